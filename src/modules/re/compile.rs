//! The compiler: a parsed pattern ([`Node`]) to a [`Program`], a flat list
//! of instructions for the backtracking matcher of `exec.rs`.
//!
//! Invariants:
//! - a program is plain immutable data (`Send + Sync`): one compiled
//!   pattern serves every sandbox that holds it;
//! - every repeat of more than one character owns a counter register
//!   (`Inst::RepStart`), so the matcher needs no recursion;
//! - a look-behind's body has a fixed width, checked here with CPython's
//!   rule and message ("look-behind requires fixed-width pattern");
//!   a backreference counts as the width of its group, as in 3.11.

use super::chars::{CharSet, Fold};
use super::parse::{At, MAXREPEAT, Node, ParseError, RepeatKind};

/// A single-character test (the item of a fast repeat).
#[derive(Clone, Copy, Debug)]
pub enum One {
    Char(u32),
    /// Matches when the fold of the subject's character is this one.
    CharFold(u32, Fold),
    /// Not this character (after folding both).
    NotChar(u32, Fold),
    /// Any character but a newline.
    Any,
    /// Any character.
    AnyAll,
    /// A class of `Program::sets`.
    Set(usize),
}

/// One instruction.
#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(One),
    At(At),
    /// Record the position in a group slot (odd slots close a group).
    Save(usize),
    /// Try the next instruction, and on failure the target.
    Split(usize),
    /// A `Split` between the alternatives of a `|` inside a possessive
    /// repeat's body: failing back to it keeps the group starts and ends
    /// that the failed alternative moved (see exec.rs, `Bt::Choice`).
    SplitKeep(usize),
    Jmp(usize),
    /// Reset a repeat counter (count 0, no last position).
    RepStart(usize),
    /// A greedy repeat's test, before each iteration.
    RepGreedy {
        reg: usize,
        min: u32,
        max: u32,
        exit: usize,
    },
    /// A lazy repeat's test, before each iteration.
    RepLazy {
        reg: usize,
        min: u32,
        max: u32,
        exit: usize,
    },
    /// A repeat of one character.
    RepOne {
        one: One,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    /// Start of an atomic group or a positive look-ahead (`behind`:
    /// look-behind of that width).
    Barrier {
        look: bool,
        behind: Option<usize>,
    },
    /// End of the construct the last barrier opened.
    Cut,
    /// Start of a negative look-around; `exit` follows it.
    NegLook {
        behind: Option<usize>,
        exit: usize,
    },
    /// The body of a negative look-around matched.
    NegLookEnd,
    Backref(usize, Fold),
    /// If the group did not match, jump.
    Cond(usize, usize),
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    /// Number of capture groups, not counting group 0.
    pub groups: usize,
    /// Number of repeat counters.
    pub regs: usize,
    /// A character every match starts with, when there is one (exactly).
    pub first_char: Option<u32>,
    /// The pattern can only match at the beginning of the string.
    pub anchored: bool,
    /// The code points below 256 a match can start with (a bitmap), when
    /// the first instruction consumes a character: a search skips the
    /// other positions whose character is below 256.
    pub first_set: Option<[u64; 4]>,
    /// With `first_set`: whether a match can start with a code point at or
    /// above 256 (true when there is no `first_set`).
    pub first_high: bool,
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    /// Inside a possessive repeat's body and no ordinary repeat within it
    /// (where CPython's BRANCH saves no marks).
    keep_marks: bool,
    sets: Vec<CharSet>,
    regs: usize,
    widths: Vec<Option<(u64, u64)>>,
    work: &'a mut dyn FnMut(usize) -> Result<(), ParseError>,
}

const MAXW: u64 = MAXREPEAT as u64;

fn mul(a: u64, b: u64) -> u64 {
    a.saturating_mul(b).min(MAXW)
}

fn add(a: u64, b: u64) -> u64 {
    a.saturating_add(b).min(MAXW)
}

impl Compiler<'_> {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn one(&mut self, n: &Node) -> Result<Option<One>, ParseError> {
        Ok(Some(match n {
            Node::Lit(c, Fold::None) => One::Char(*c),
            Node::Lit(c, f) => One::CharFold(super::chars::fold(*c, *f), *f),
            Node::NotLit(c, f) => One::NotChar(super::chars::fold(*c, *f), *f),
            Node::Any(true) => One::AnyAll,
            Node::Any(false) => One::Any,
            Node::Set(items, neg, f, uni) => {
                let set = CharSet::new(items, *neg, *f, *uni, self.work)?;
                self.sets.push(set);
                One::Set(self.sets.len() - 1)
            }
            _ => return Ok(None),
        }))
    }

    /// Emit `n`; its width (min, max) is returned.
    fn node(&mut self, n: &Node, depth: usize) -> Result<(u64, u64), ParseError> {
        (self.work)(16)?;
        if let Some(one) = self.one(n)? {
            self.emit(Inst::One(one));
            return Ok((1, 1));
        }
        Ok(match n {
            Node::At(a) => {
                self.emit(Inst::At(*a));
                (0, 0)
            }
            Node::Cat(items) => {
                let (mut lo, mut hi) = (0, 0);
                for it in items {
                    let (a, b) = self.node(it, depth + 1)?;
                    lo = add(lo, a);
                    hi = add(hi, b);
                }
                (lo, hi)
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                let (mut lo, mut hi) = (MAXW, 0);
                for (i, it) in items.iter().enumerate() {
                    let split = (i + 1 < items.len()).then(|| self.emit(Inst::Split(0)));
                    let (a, b) = self.node(it, depth + 1)?;
                    lo = lo.min(a);
                    hi = hi.max(b);
                    if let Some(s) = split {
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let here = self.insts.len();
                        self.insts[s] = if self.keep_marks {
                            Inst::SplitKeep(here)
                        } else {
                            Inst::Split(here)
                        };
                    }
                }
                let end = self.insts.len();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
                (lo, hi)
            }
            Node::Group(g, body) => {
                self.emit(Inst::Save(2 * g));
                let w = self.node(body, depth + 1)?;
                self.emit(Inst::Save(2 * g + 1));
                if self.widths.len() <= *g {
                    self.widths.resize(g + 1, None);
                }
                self.widths[*g] = Some(w);
                w
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => self.repeat(*min, *max, *kind, node, depth)?,
            Node::Atomic(body) => {
                self.emit(Inst::Barrier {
                    look: false,
                    behind: None,
                });
                let w = self.node(body, depth + 1)?;
                self.emit(Inst::Cut);
                w
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let at = self.insts.len();
                self.emit(Inst::Cut);
                let (lo, hi) = self.node(node, depth + 1)?;
                let width = if *behind {
                    if lo != hi {
                        return Err(ParseError::Re(
                            "look-behind requires fixed-width pattern".into(),
                            None,
                        ));
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                if *negate {
                    self.emit(Inst::NegLookEnd);
                    let exit = self.insts.len();
                    self.insts[at] = Inst::NegLook {
                        behind: width,
                        exit,
                    };
                } else {
                    self.emit(Inst::Cut);
                    self.insts[at] = Inst::Barrier {
                        look: true,
                        behind: width,
                    };
                }
                (0, 0)
            }
            Node::Backref(g, f) => {
                self.emit(Inst::Backref(*g, *f));
                self.widths.get(*g).copied().flatten().unwrap_or((0, MAXW))
            }
            Node::Cond(g, yes, no) => {
                let c = self.emit(Inst::Cond(*g, 0));
                let (a, b) = self.node(yes, depth + 1)?;
                let (lo, hi) = match no {
                    Some(no) => {
                        let j = self.emit(Inst::Jmp(0));
                        let here = self.insts.len();
                        self.insts[c] = Inst::Cond(*g, here);
                        let (x, y) = self.node(no, depth + 1)?;
                        let end = self.insts.len();
                        self.insts[j] = Inst::Jmp(end);
                        (a.min(x), b.max(y))
                    }
                    None => {
                        let here = self.insts.len();
                        self.insts[c] = Inst::Cond(*g, here);
                        (0, b)
                    }
                };
                (lo, hi)
            }
            _ => (0, 0),
        })
    }

    fn repeat(
        &mut self,
        min: u32,
        max: u32,
        kind: RepeatKind,
        body: &Node,
        depth: usize,
    ) -> Result<(u64, u64), ParseError> {
        let wmin = |lo: u64| mul(lo, min as u64);
        let wmax = |hi: u64| {
            if max == MAXREPEAT {
                MAXW
            } else {
                mul(hi, max as u64)
            }
        };
        if let Some(one) = self.one(body)? {
            self.emit(Inst::RepOne {
                one,
                min,
                max,
                kind,
            });
            return Ok((wmin(1), wmax(1)));
        }
        if kind == RepeatKind::Possessive {
            self.emit(Inst::Barrier {
                look: false,
                behind: None,
            });
        }
        let reg = self.regs;
        self.regs += 1;
        self.emit(Inst::RepStart(reg));
        let test = self.emit(Inst::Jmp(0));
        // A possessive repeat (3.11's POSSESSIVE_REPEAT) matches each
        // iteration atomically, as well as the whole.
        let poss = kind == RepeatKind::Possessive;
        if poss {
            self.emit(Inst::Barrier {
                look: false,
                behind: None,
            });
        }
        let saved_keep = self.keep_marks;
        self.keep_marks = poss;
        let body_w = self.node(body, depth + 1);
        self.keep_marks = saved_keep;
        let (lo, hi) = body_w?;
        if poss {
            self.emit(Inst::Cut);
        }
        self.emit(Inst::Jmp(test));
        let exit = self.insts.len();
        self.insts[test] = if kind == RepeatKind::Lazy {
            Inst::RepLazy {
                reg,
                min,
                max,
                exit,
            }
        } else {
            Inst::RepGreedy {
                reg,
                min,
                max,
                exit,
            }
        };
        if kind == RepeatKind::Possessive {
            self.emit(Inst::Cut);
        }
        Ok((wmin(lo), wmax(hi)))
    }
}

/// Compile a parsed pattern. `work` is told about the work done (and may
/// stop it).
pub fn compile(
    node: &Node,
    groups: usize,
    work: &mut dyn FnMut(usize) -> Result<(), ParseError>,
) -> Result<Program, ParseError> {
    let mut c = Compiler {
        insts: Vec::new(),
        keep_marks: false,
        sets: Vec::new(),
        regs: 0,
        widths: vec![None; groups + 1],
        work,
    };
    c.node(node, 0)?;
    c.emit(Inst::Match);
    let anchored = matches!(c.insts.first(), Some(Inst::At(At::Beginning)));
    // The first-character analysis tests up to 256 characters against
    // each instruction.
    (c.work)(c.insts.len() * 64)?;
    let first = first_chars(&c.insts, &c.sets);
    // One character below 256 and nothing else: found with `Subject::find`.
    let first_char = first.and_then(|(bits, high)| {
        let n: u32 = bits.iter().map(|b| b.count_ones()).sum();
        let i = bits.iter().position(|&b| b != 0)?;
        (n == 1 && !high).then(|| i as u32 * 64 + bits[i].trailing_zeros())
    });
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        groups,
        regs: c.regs,
        first_char,
        anchored,
        first_set: first.map(|(bits, _)| bits),
        first_high: first.is_none_or(|(_, high)| high),
    })
}

/// Whether the test `o` accepts `ch` (a code point below 256).
fn one_accepts(o: One, ch: u32, sets: &[CharSet]) -> bool {
    match o {
        One::Char(x) => ch == x,
        One::CharFold(x, f) => super::chars::fold(ch, f) == x,
        One::NotChar(x, f) => super::chars::fold(ch, f) != x,
        One::Any => ch != 10,
        One::AnyAll => true,
        One::Set(i) => sets[i].contains(ch),
    }
}

/// The characters a match can start with: a bitmap of those below 256,
/// and whether any at or above 256 can. None when it cannot be told (a
/// match may be empty, or its start depends on a backreference, a
/// condition or a look-behind). Found by following, from the first
/// instruction, every path that consumes nothing up to the tests of the
/// first character; a superset is always safe (a search only skips the
/// positions whose character is outside it).
fn first_chars(insts: &[Inst], sets: &[CharSet]) -> Option<([u64; 4], bool)> {
    let mut bits = [0u64; 4];
    let mut high = false;
    let mut seen = vec![false; insts.len()];
    let mut todo = vec![0usize];
    let mut take = |o: One| {
        high |= !matches!(o, One::Char(x) if x < 256);
        for ch in 0..256u32 {
            if one_accepts(o, ch, sets) {
                bits[(ch >> 6) as usize] |= 1 << (ch & 63);
            }
        }
    };
    while let Some(pc) = todo.pop() {
        if std::mem::replace(&mut seen[pc], true) {
            continue;
        }
        match insts[pc] {
            Inst::One(o) => take(o),
            Inst::RepOne { one, min, .. } => {
                take(one);
                if min == 0 {
                    todo.push(pc + 1);
                }
            }
            Inst::At(_) | Inst::Save(_) | Inst::RepStart(_) | Inst::Cut => todo.push(pc + 1),
            Inst::Barrier { behind: None, .. } => todo.push(pc + 1),
            Inst::Jmp(t) => todo.push(t),
            Inst::Split(alt) | Inst::SplitKeep(alt) => todo.extend([pc + 1, alt]),
            Inst::RepGreedy { exit, .. } | Inst::RepLazy { exit, .. } => {
                todo.extend([pc + 1, exit])
            }
            Inst::Barrier { .. }
            | Inst::NegLook { .. }
            | Inst::NegLookEnd
            | Inst::Backref(..)
            | Inst::Cond(..)
            | Inst::Match => return None,
        }
    }
    Some((bits, high))
}
