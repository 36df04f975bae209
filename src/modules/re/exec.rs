//! The matcher: runs a [`Program`] on a subject with backtracking in the
//! order of CPython's `_sre`, on an explicit stack (no recursion on the
//! Rust stack, whatever the pattern or the subject).
//!
//! Invariants:
//! - the backtrack stack holds choice points and undo records; every
//!   write to a group slot, `lastindex` or a repeat counter pushes the old
//!   value first, so backtracking restores the state exactly;
//! - an atomic group or a look-around, when its body succeeds, drops the
//!   choice points its body left but keeps their undo records;
//! - the matcher reports its steps to `work` every `STEP_QUANTUM` steps
//!   and the growth of its stack to `grow`, either of which may stop it
//!   (a time or memory cap): no pattern runs unbounded.

use super::chars::{Cat, Fold, fold, in_cat};
use super::compile::{Inst, One, Program};
use super::parse::{At, MAXREPEAT, RepeatKind};

const UNSET: usize = usize::MAX;
const STEP_QUANTUM: usize = 2048;

/// A subject: the code points of a str, or bytes.
pub trait Subject {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    /// The first index `>= from` (and `< to`) holding `c`.
    fn find(&self, c: u32, from: usize, to: usize) -> Option<usize>;
    /// The last index `>= from` (and `< to`) holding `c`.
    fn rfind(&self, c: u32, from: usize, to: usize) -> Option<usize>;
    /// The first index `>= from` (`to` at most) whose character fails `f`.
    fn skip_while(&self, from: usize, to: usize, f: impl Fn(u32) -> bool) -> usize;
}

impl Subject for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
    fn find(&self, c: u32, from: usize, to: usize) -> Option<usize> {
        if c > 255 {
            return None;
        }
        memchr::memchr(c as u8, &self[from..to]).map(|i| i + from)
    }
    fn rfind(&self, c: u32, from: usize, to: usize) -> Option<usize> {
        if c > 255 {
            return None;
        }
        memchr::memrchr(c as u8, &self[from..to]).map(|i| i + from)
    }
    #[inline]
    fn skip_while(&self, from: usize, to: usize, f: impl Fn(u32) -> bool) -> usize {
        self[from..to]
            .iter()
            .position(|&x| !f(x as u32))
            .map_or(to, |i| i + from)
    }
}

impl Subject for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
    fn find(&self, c: u32, from: usize, to: usize) -> Option<usize> {
        self[from..to]
            .iter()
            .position(|&x| x == c)
            .map(|i| i + from)
    }
    fn rfind(&self, c: u32, from: usize, to: usize) -> Option<usize> {
        self[from..to]
            .iter()
            .rposition(|&x| x == c)
            .map(|i| i + from)
    }
    #[inline]
    fn skip_while(&self, from: usize, to: usize, f: impl Fn(u32) -> bool) -> usize {
        self[from..to]
            .iter()
            .position(|&x| !f(x))
            .map_or(to, |i| i + from)
    }
}

/// A backtrack entry.
#[derive(Clone, Copy)]
enum Bt {
    /// `keep`: CPython 3.11's BRANCH inside a possessive repeat (no
    /// ordinary repeat around it) saves no marks, so failing back to this
    /// choice keeps the group slots the failed alternative set over
    /// earlier values (those it set over unset ones go back to unset, as
    /// `_sre`'s LASTMARK_RESTORE does).
    Choice {
        pc: usize,
        pos: usize,
        keep: bool,
    },
    Slot {
        slot: usize,
        old: usize,
    },
    LastIndex(usize),
    Reg {
        reg: usize,
        count: u32,
        last: usize,
    },
    /// An atomic group or positive look-around began here (`pos`: where).
    Barrier {
        pos: usize,
        look: bool,
    },
    /// A negative look-around began here; failing back to it means the
    /// look-around succeeds: continue at `pc` from `pos`.
    NegLook {
        pc: usize,
        pos: usize,
    },
    /// A greedy one-character repeat may give back characters down to
    /// `min_pos`.
    RepOneGreedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy one-character repeat may take `left` more characters.
    RepOneLazy {
        pc: usize,
        one: usize,
        pos: usize,
        left: u32,
    },
    /// A lazy repeat may try one more iteration (the test at `pc`).
    LazyMore {
        pc: usize,
        pos: usize,
    },
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::LastIndex(_) | Bt::Reg { .. })
    }
}

/// What a search asks for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// At `pos` only.
    Match,
    /// At `pos`, up to `endpos` exactly.
    FullMatch,
    /// At the first position from `pos` where it matches.
    Search,
}

/// A successful match: slots (2 per group, `UNSET` where none) and the
/// last group closed (0: none).
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

/// The matcher's state for one subject.
pub struct Matcher<'p, 's, S: Subject + ?Sized, E> {
    prog: &'p Program,
    s: &'s S,
    end: usize,
    slots: Vec<usize>,
    lastindex: usize,
    regs: Vec<(u32, usize)>,
    stack: Vec<Bt>,
    /// Steps not yet reported to `ctl`.
    steps: usize,
    /// Told about work done (`false`, units) and stack growth (`true`,
    /// bytes); an error stops the run.
    ctl: &'p mut dyn FnMut(bool, usize) -> Result<(), E>,
}

#[inline]
fn is_word(c: u32, unicode: bool) -> bool {
    in_cat(Cat::Word, c, unicode)
}

impl<'p, 's, S: Subject + ?Sized, E> Matcher<'p, 's, S, E> {
    pub fn new(
        prog: &'p Program,
        s: &'s S,
        endpos: usize,
        ctl: &'p mut dyn FnMut(bool, usize) -> Result<(), E>,
    ) -> Self {
        Matcher {
            prog,
            s,
            end: endpos.min(s.len()),
            slots: vec![UNSET; 2 * (prog.groups + 1)],
            lastindex: 0,
            regs: vec![(0, UNSET); prog.regs],
            stack: Vec::new(),
            steps: 0,
            ctl,
        }
    }

    #[inline]
    fn one(&self, one: One, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c = self.s.at(pos);
        match one {
            One::Char(x) => c == x,
            One::CharFold(x, f) => fold(c, f) == x,
            One::NotChar(x, f) => fold(c, f) != x,
            One::Any => c != 10,
            One::AnyAll => true,
            One::Set(i) => self.prog.sets[i].contains(c),
        }
    }

    /// How many characters from `pos` pass `one` (`limit` at most, where
    /// `pos + limit` is within the subject).
    #[inline]
    fn run_of(&self, one: One, pos: usize, limit: usize) -> usize {
        if limit == 0 {
            return 0;
        }
        let (s, to) = (self.s, pos + limit);
        let stop = match one {
            One::Char(x) => s.skip_while(pos, to, |c| c == x),
            One::CharFold(x, f) => s.skip_while(pos, to, |c| fold(c, f) == x),
            One::NotChar(x, f) => s.skip_while(pos, to, |c| fold(c, f) != x),
            One::Any => s.find(10, pos, to).unwrap_or(to),
            One::AnyAll => to,
            One::Set(i) => {
                let set = &self.prog.sets[i];
                s.skip_while(pos, to, |c| set.contains(c))
            }
        };
        stop - pos
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let end = self.end;
        match a {
            At::Beginning => pos == 0,
            At::BeginningLine => pos == 0 || (pos <= self.s.len() && self.s.at(pos - 1) == 10),
            At::EndString => pos == end,
            At::EndDollar => pos == end || (pos + 1 == end && self.s.at(pos) == 10),
            At::EndLine => pos == end || (pos < end && self.s.at(pos) == 10),
            At::Boundary(u) | At::NonBoundary(u) => {
                if pos == 0 && pos == end {
                    return false;
                }
                let before = pos > 0 && pos <= self.s.len() && is_word(self.s.at(pos - 1), u);
                let after = pos < end && is_word(self.s.at(pos), u);
                (before != after) == matches!(a, At::Boundary(_))
            }
        }
    }

    #[inline]
    fn push(&mut self, b: Bt) -> Result<(), E> {
        if self.stack.len() == self.stack.capacity() {
            let more = self.stack.capacity().max(64);
            (self.ctl)(true, more * std::mem::size_of::<Bt>())?;
            self.stack.reserve(more);
        }
        self.stack.push(b);
        Ok(())
    }

    fn set_slot(&mut self, slot: usize, pos: usize) -> Result<(), E> {
        let old = self.slots[slot];
        self.push(Bt::Slot { slot, old })?;
        self.slots[slot] = pos;
        if slot & 1 == 1 {
            let g = slot / 2;
            self.push(Bt::LastIndex(self.lastindex))?;
            self.lastindex = g;
        }
        Ok(())
    }

    fn set_reg(&mut self, reg: usize, count: u32, last: usize) -> Result<(), E> {
        let (c, l) = self.regs[reg];
        self.push(Bt::Reg {
            reg,
            count: c,
            last: l,
        })?;
        self.regs[reg] = (count, last);
        Ok(())
    }

    /// Drop the choice points above the newest barrier-like entry (and the
    /// entry itself), keeping the undo records. Returns the entry.
    fn cut(&mut self) -> Option<Bt> {
        let i = self
            .stack
            .iter()
            .rposition(|b| matches!(b, Bt::Barrier { .. } | Bt::NegLook { .. }))?;
        let mark = self.stack[i];
        let mut w = i;
        for r in i + 1..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
        Some(mark)
    }

    fn undo(&mut self, b: Bt) {
        match b {
            Bt::Slot { slot, old } => self.slots[slot] = old,
            Bt::LastIndex(old) => self.lastindex = old,
            Bt::Reg { reg, count, last } => self.regs[reg] = (count, last),
            _ => {}
        }
    }

    /// Try to match at `start`; `full`: must end at the end; `advance`: must
    /// not be empty.
    fn try_at(&mut self, start: usize, full: bool, advance: bool) -> Result<Option<usize>, E> {
        self.stack.clear();
        for s in self.slots.iter_mut() {
            *s = UNSET;
        }
        self.lastindex = 0;
        for r in self.regs.iter_mut() {
            *r = (0, UNSET);
        }
        let insts = &self.prog.insts;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            self.steps += 1;
            if self.steps >= STEP_QUANTUM {
                (self.ctl)(false, self.steps * 4)?;
                self.steps = 0;
            }
            let ok = match insts[pc] {
                Inst::One(o) => {
                    if self.one(o, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a) => {
                    pc += 1;
                    self.at(a, pos)
                }
                Inst::Save(slot) => {
                    self.set_slot(slot, pos)?;
                    pc += 1;
                    true
                }
                Inst::Split(alt) => {
                    self.push(Bt::Choice {
                        pc: alt,
                        pos,
                        keep: false,
                    })?;
                    pc += 1;
                    true
                }
                Inst::SplitKeep(alt) => {
                    self.push(Bt::Choice {
                        pc: alt,
                        pos,
                        keep: true,
                    })?;
                    pc += 1;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::RepStart(reg) => {
                    self.set_reg(reg, 0, UNSET)?;
                    pc += 1;
                    true
                }
                Inst::RepGreedy {
                    reg,
                    min,
                    max,
                    exit,
                } => {
                    let (c, last) = self.regs[reg];
                    if c < min {
                        self.set_reg(reg, c + 1, last)?;
                        pc += 1;
                    } else if (c < max || max == MAXREPEAT) && pos != last {
                        self.push(Bt::Choice {
                            pc: exit,
                            pos,
                            keep: false,
                        })?;
                        self.set_reg(reg, c.saturating_add(1), pos)?;
                        pc += 1;
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::RepLazy { reg, min, exit, .. } => {
                    let (c, last) = self.regs[reg];
                    if c < min {
                        self.set_reg(reg, c + 1, last)?;
                        pc += 1;
                    } else {
                        self.push(Bt::LazyMore { pc, pos })?;
                        pc = exit;
                    }
                    true
                }
                Inst::RepOne {
                    one,
                    min,
                    max,
                    kind,
                } => {
                    let limit = if max == MAXREPEAT {
                        self.end.saturating_sub(pos)
                    } else {
                        (max as usize).min(self.end.saturating_sub(pos))
                    };
                    if kind == RepeatKind::Lazy {
                        let mut n = 0usize;
                        while n < min as usize && self.one(one, pos + n) {
                            n += 1;
                        }
                        if n < min as usize {
                            false
                        } else {
                            self.steps += n;
                            pos += n;
                            let left = if max == MAXREPEAT {
                                MAXREPEAT
                            } else {
                                max - min
                            };
                            if left > 0 {
                                self.push(Bt::RepOneLazy {
                                    pc: pc + 1,
                                    one: pc,
                                    pos,
                                    left,
                                })?;
                            }
                            pc += 1;
                            true
                        }
                    } else {
                        let n = self.run_of(one, pos, limit);
                        self.steps += n;
                        if n < min as usize {
                            false
                        } else {
                            if kind == RepeatKind::Greedy && n > min as usize {
                                self.push(Bt::RepOneGreedy {
                                    pc: pc + 1,
                                    min_pos: pos + min as usize,
                                    pos: pos + n,
                                })?;
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::Barrier { look, behind } => {
                    self.push(Bt::Barrier { pos, look })?;
                    pc += 1;
                    match behind {
                        Some(w) if look => {
                            if pos < w {
                                false
                            } else {
                                pos -= w;
                                true
                            }
                        }
                        _ => true,
                    }
                }
                Inst::Cut => {
                    // A look-around goes back to where it began; an atomic
                    // group stays where its body ended.
                    if let Some(Bt::Barrier { pos: p, look: true }) = self.cut() {
                        pos = p;
                    }
                    pc += 1;
                    true
                }
                Inst::NegLook { behind, exit } => match behind {
                    Some(w) if pos < w => {
                        pc = exit;
                        true
                    }
                    _ => {
                        self.push(Bt::NegLook { pc: exit, pos })?;
                        if let Some(w) = behind {
                            pos -= w;
                        }
                        pc += 1;
                        true
                    }
                },
                Inst::NegLookEnd => {
                    // The body matched: the assertion fails. Undo what the
                    // body did, down to the NegLook entry.
                    while let Some(b) = self.stack.pop() {
                        if let Bt::NegLook { .. } = b {
                            break;
                        }
                        self.undo(b);
                    }
                    false
                }
                Inst::Backref(g, f) => {
                    let (a, b) = (self.slots[2 * g], self.slots[2 * g + 1]);
                    if a == UNSET || b == UNSET || b < a {
                        false
                    } else {
                        let n = b - a;
                        if pos + n > self.end {
                            false
                        } else {
                            self.steps += n;
                            let same = (0..n).all(|i| {
                                let (x, y) = (self.s.at(a + i), self.s.at(pos + i));
                                x == y || (f != Fold::None && fold(x, f) == fold(y, f))
                            });
                            if same {
                                pos += n;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Inst::Cond(g, no) => {
                    let (a, b) = (self.slots[2 * g], self.slots[2 * g + 1]);
                    if a == UNSET || b == UNSET || b < a {
                        pc = no;
                    } else {
                        pc += 1;
                    }
                    true
                }
                Inst::Match => {
                    if (full && pos != self.end) || (advance && pos == start) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack.
            self.keep_marks_if_kept_choice();
            loop {
                let Some(b) = self.stack.pop() else {
                    return Ok(None);
                };
                match b {
                    Bt::Choice { pc: p, pos: q, .. } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::NegLook { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::RepOneGreedy {
                        pc: p,
                        min_pos,
                        pos: q,
                    } => {
                        let mut np = q - 1;
                        // Skip positions where the next character cannot
                        // match a literal that follows (past any group
                        // marks: they take no character).
                        let next = insts[p..].iter().find(|i| !matches!(i, Inst::Save(_)));
                        if let Some(Inst::One(One::Char(c))) = next
                            && np > min_pos
                        {
                            let to = (np + 1).min(self.end);
                            let hit = self.s.rfind(*c, min_pos + 1, to).unwrap_or(min_pos);
                            self.steps += np - hit;
                            np = hit;
                        }
                        if np > min_pos {
                            self.stack.push(Bt::RepOneGreedy {
                                pc: p,
                                min_pos,
                                pos: np,
                            });
                        }
                        pc = p;
                        pos = np;
                        break;
                    }
                    Bt::RepOneLazy {
                        pc: p,
                        one,
                        pos: q,
                        left,
                    } => {
                        let Inst::RepOne { one: o, .. } = insts[one] else {
                            continue;
                        };
                        if self.one(o, q) {
                            let left = if left == MAXREPEAT { left } else { left - 1 };
                            if left > 0 {
                                self.stack.push(Bt::RepOneLazy {
                                    pc: p,
                                    one,
                                    pos: q + 1,
                                    left,
                                });
                            }
                            pc = p;
                            pos = q + 1;
                            break;
                        }
                    }
                    Bt::LazyMore { pc: p, pos: q } => {
                        let Inst::RepLazy { reg, max, .. } = insts[p] else {
                            continue;
                        };
                        let (c, last) = self.regs[reg];
                        if (c >= max && max != MAXREPEAT) || q == last {
                            continue;
                        }
                        self.set_reg(reg, c.saturating_add(1), q)?;
                        pc = p + 1;
                        pos = q;
                        break;
                    }
                    Bt::Barrier { .. } => {}
                    undo => self.undo(undo),
                }
                self.steps += 1;
            }
        }
    }

    /// When the choice point that a failure goes back to is a `keep` one,
    /// the group slots that the failed alternative wrote over set values
    /// keep what it wrote, as `_sre` does there: their undo records move
    /// from above the choice to just below it, so that failing past the
    /// choice (the whole iteration failing) still restores them.
    fn keep_marks_if_kept_choice(&mut self) {
        let Some(i) = self.stack.iter().rposition(|b| !b.is_undo()) else {
            return;
        };
        if !matches!(self.stack[i], Bt::Choice { keep: true, .. }) {
            return;
        }
        let kept = |b: &Bt| matches!(b, Bt::Slot { old, .. } if *old != UNSET);
        if !self.stack[i + 1..].iter().any(kept) {
            return;
        }
        let above: Vec<Bt> = self.stack.drain(i + 1..).collect();
        let choice = self.stack.pop();
        self.stack.extend(above.iter().filter(|b| kept(b)).copied());
        self.stack.extend(choice);
        self.stack.extend(above.into_iter().filter(|b| !kept(b)));
    }

    /// Run in `mode` from `pos`; `advance`: the first try must not be an
    /// empty match at `pos` (the rule of finditer, sub and split).
    pub fn run(&mut self, pos: usize, mode: Mode, advance: bool) -> Result<Option<Found>, E> {
        if self.slots.len() != 2 * (self.prog.groups + 1) {
            self.slots = vec![UNSET; 2 * (self.prog.groups + 1)];
        }
        let found = match mode {
            Mode::Match => self.try_at(pos, false, advance)?.map(|e| (pos, e)),
            Mode::FullMatch => self.try_at(pos, true, advance)?.map(|e| (pos, e)),
            Mode::Search => self.search(pos, advance)?,
        };
        Ok(found.map(|(s, e)| {
            let mut slots = std::mem::take(&mut self.slots);
            slots[0] = s;
            slots[1] = e;
            Found {
                slots,
                lastindex: self.lastindex,
            }
        }))
    }

    /// Report `bytes` of growth of a caller's buffer to the memory check.
    pub fn charge(&mut self, bytes: usize) -> Result<(), E> {
        (self.ctl)(true, bytes)
    }

    /// Hand back a match's slots, to be reused by the next run.
    pub fn give_back(&mut self, f: Found) {
        self.slots = f.slots;
    }

    fn search(&mut self, pos: usize, advance: bool) -> Result<Option<(usize, usize)>, E> {
        if pos > self.end {
            return Ok(None);
        }
        if self.prog.anchored {
            if pos != 0 {
                return Ok(None);
            }
            return Ok(self.try_at(0, false, advance)?.map(|e| (0, e)));
        }
        let mut p = pos;
        let mut adv = advance;
        loop {
            if let Some(c) = self.prog.first_char {
                match self.s.find(c, p, self.end) {
                    Some(q) => {
                        self.steps += q - p;
                        if q != p {
                            adv = false;
                        }
                        p = q;
                    }
                    None => return Ok(None),
                }
            }
            if let Some(bits) = &self.prog.first_set {
                let start = p;
                let high = self.prog.first_high;
                p = self.s.skip_while(p, self.end, |c| {
                    if c >= 256 {
                        !high
                    } else {
                        bits[(c >> 6) as usize] & (1 << (c & 63)) == 0
                    }
                });
                if p != start {
                    self.steps += p - start;
                    adv = false;
                }
            }
            if let Some(e) = self.try_at(p, false, adv)? {
                return Ok(Some((p, e)));
            }
            adv = false;
            if p >= self.end {
                return Ok(None);
            }
            p += 1;
        }
    }
}
