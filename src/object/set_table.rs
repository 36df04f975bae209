//! The set table: the open-addressing hash table of `set` and `frozenset`,
//! shaped as CPython 3.11's so that a set iterates in CPython's order.
//!
//! A set's iteration order is the order of its slots, and which slot a key
//! lands in depends on the whole history of the table: its size, the probe
//! sequence, the dummies left by removals, the resizes. So this table keeps
//! CPython's rules (Objects/setobject.c, read to learn, written anew here):
//!
//! - The slots are a power of two, at least `MIN_SIZE`; `mask` is their
//!   number less one. A slot is empty (key `Undef`, hash 0), a dummy (key
//!   `Undef`, hash -1: a removed key, which probes walk past) or active.
//!   A Python hash is never -1, so an active slot never looks like a dummy.
//! - An insertion whose probe passed dummies before the empty slot that
//!   ended it reuses the last of them (what CPython 3.11 does, checked
//!   against it on random add/discard sequences), else takes that empty slot.
//! - The probe sequence of a hash starts at `hash & mask`, looks at up to
//!   `LINEAR_PROBES` following slots when they are not past the end, then
//!   jumps to `(i * 5 + 1 + perturb) & mask`, with `perturb` the hash (as an
//!   unsigned word) shifted right by `PERTURB_SHIFT` before each jump. Once
//!   `perturb` is 0 the jumps alone visit every slot, so a probe ends at an
//!   empty slot: there is always one, by the load rule below.
//! - `used` counts the active slots, `fill` the active and dummy ones. When
//!   an insertion into an empty slot raised `fill` to 3/5 of `mask`, the
//!   table is rebuilt with room for four times `used` (twice above 50,000).
//! - A rebuild (`resize`) makes the smallest power of two above the asked
//!   number (at least `MIN_SIZE`) and puts the active keys in, in slot order,
//!   each in the first empty slot of its probe (no comparisons: the keys are
//!   known distinct). Dummies are dropped.
//! - `pop` starts at `finger` (masked) and takes the first active slot,
//!   wrapping round; `finger` then points past it. `clear` and the in-place
//!   operators keep `finger`, as CPython does.
//!
//! An empty table that has never held a key allocates nothing (`slots` is
//! empty while `mask` is `MIN_SIZE - 1`); its first insertion allocates the
//! minimal table, so an empty set costs no heap block. A dropped table
//! releases its keys in address order when there are many (see `Drop`).
//!
//! Positions (`find`, `key_at`, `next_active`) are slot indices; an iterator
//! keeps one and notices a change of size through `len`, as CPython's does.
//! Python equality can run user code, so the table never compares keys by
//! itself: lookups take an equality callback, which the VM supplies, and the
//! callers hold a shared borrow of the table while it runs, so that code
//! cannot change the table under the probe.
//!
//! A frozenset's table is never written after it is built: every method that
//! changes a table takes `&mut self`, which a frozen (shared) object never
//! hands out.

use crate::object::Value;
use crate::object::dict::DictKey;

/// The slots of the smallest table.
pub const MIN_SIZE: usize = 8;
/// Neighbouring slots a probe looks at before it jumps.
const LINEAR_PROBES: usize = 9;
/// How far `perturb` shifts at each jump.
const PERTURB_SHIFT: u32 = 5;
/// The hash a dummy slot carries.
const DUMMY_HASH: i64 = -1;

/// A set's table of keys with their hashes, in CPython's slot layout.
pub struct SetTable {
    /// `mask + 1` slots, or none while the table is the unallocated minimal one.
    slots: Vec<DictKey>,
    /// Slots less one (a power of two less one).
    mask: usize,
    /// Active and dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where the next `pop` starts looking (masked when used).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

#[inline(always)]
fn empty_slot() -> DictKey {
    DictKey {
        hash: 0,
        key: Value::Undef,
    }
}

#[inline(always)]
fn is_active(s: &DictKey) -> bool {
    !matches!(s.key, Value::Undef)
}

#[inline(always)]
fn is_empty_slot(s: &DictKey) -> bool {
    matches!(s.key, Value::Undef) && s.hash != DUMMY_HASH
}

/// Walk the probe sequence of `hash` in a table of `mask + 1` slots until
/// `visit` answers; the table must have an empty slot (or `visit` must stop
/// earlier), else this does not end.
#[inline(always)]
fn probe<R>(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
    let mut perturb = hash as u64 as usize;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let last = if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        };
        for j in i..=last {
            if let Some(r) = visit(j) {
                return r;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
    }
}

/// Put a key known to be absent into the first empty slot of its probe, in
/// a table without dummies (a rebuild).
fn insert_clean(slots: &mut [DictKey], mask: usize, hash: i64, key: Value) {
    let at = probe(mask, hash, |j| is_empty_slot(&slots[j]).then_some(j));
    slots[at] = DictKey { hash, key };
}

impl SetTable {
    /// An empty table (allocates nothing).
    pub const fn new() -> SetTable {
        SetTable {
            slots: Vec::new(),
            mask: MIN_SIZE - 1,
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Keys in the table.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slots of the table (what it holds in memory, in slots).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Slot of the key with `hash` for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: i64, eq: &mut dyn FnMut(&Value) -> bool) -> Option<usize> {
        self.find_or_free(hash, eq).ok()
    }

    /// `Ok(slot)` of the key with `hash` for which `eq` holds, else
    /// `Err(slot)` where that key would go: the last dummy on its probe
    /// before the empty slot that ended it, else that empty slot (pass it to `insert_at`, with no change
    /// to the table between).
    #[inline]
    pub fn find_or_free(
        &self,
        hash: i64,
        eq: &mut dyn FnMut(&Value) -> bool,
    ) -> Result<usize, usize> {
        if self.slots.is_empty() {
            return Err(hash as u64 as usize & self.mask);
        }
        let slots = &self.slots[..];
        let mut free = None;
        probe(self.mask, hash, |j| {
            let s = &slots[j];
            if !is_active(s) {
                if s.hash != DUMMY_HASH {
                    return Some(Err(free.unwrap_or(j)));
                }
                free = Some(j);
            } else if s.hash == hash && eq(&s.key) {
                return Some(Ok(j));
            }
            None
        })
    }

    /// Where a key known to be absent would go (`find_or_free` with no
    /// comparisons).
    pub fn free_slot(&self, hash: i64) -> usize {
        match self.find_or_free(hash, &mut |_| false) {
            Ok(i) | Err(i) => i,
        }
    }

    /// Store a key known to be absent at `slot`, which `find_or_free` gave for
    /// its hash; rebuilds the table when it is full enough. Its position
    /// after that is not returned: a rebuild moves it.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        if self.slots.is_empty() {
            self.slots = vec![empty_slot(); self.mask + 1];
        }
        let s = &mut self.slots[slot];
        let was_dummy = s.hash == DUMMY_HASH;
        *s = DictKey { hash, key };
        self.used += 1;
        if was_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask * 3 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let at = self.free_slot(hash);
        self.insert_at(at, hash, key);
    }

    /// Rebuild with the smallest power-of-two table above `min_used` slots
    /// (at least `MIN_SIZE`), keys in the old slot order, dummies dropped.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![empty_slot(); size]);
        self.mask = size - 1;
        self.fill = self.used;
        for s in old {
            if is_active(&s) {
                insert_clean(&mut self.slots, self.mask, s.hash, s.key);
            }
        }
    }

    /// Make room for `n` more keys at once before inserting them (CPython's
    /// step before merging a set or a dict into a set).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Rebuild when more than a quarter of the slots are dummies (what a
    /// set does after removing another collection's keys).
    pub fn squeeze_dummies(&mut self) {
        if self.fill - self.used > self.mask / 4 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// The key at slot `i`, if active.
    #[inline(always)]
    pub fn key_at(&self, i: usize) -> Option<&Value> {
        match self.slots.get(i) {
            Some(s) if is_active(s) => Some(&s.key),
            _ => None,
        }
    }

    /// The first active slot at `i` or after, with its key.
    #[inline]
    pub fn next_active(&self, i: usize) -> Option<(usize, &Value)> {
        let rest = self.slots.get(i..)?;
        let off = rest.iter().position(is_active)?;
        Some((i + off, &rest[off].key))
    }

    /// Remove the key at slot `i` (it becomes a dummy).
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        let s = self.slots.get_mut(i)?;
        if !is_active(s) {
            return None;
        }
        let old = std::mem::replace(
            s,
            DictKey {
                hash: DUMMY_HASH,
                key: Value::Undef,
            },
        );
        self.used -= 1;
        Some(old.key)
    }

    /// Remove and return a key, searching from the finger (`set.pop`).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        while !is_active(&self.slots[i]) {
            i = if i == self.mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Drop every key, back to the minimal table (the finger stays).
    pub fn clear(&mut self) -> Vec<DictKey> {
        self.mask = MIN_SIZE - 1;
        self.fill = 0;
        self.used = 0;
        std::mem::take(&mut self.slots)
    }

    /// Take `other`'s keys and layout, keeping this table's finger (what
    /// CPython's in-place intersection does by swapping the tables).
    pub fn replace_with(&mut self, other: SetTable) -> SetTable {
        let finger = self.finger;
        let old = std::mem::replace(self, other);
        self.finger = finger;
        old
    }

    /// Active keys in slot order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> + '_ {
        self.slots.iter().filter(|s| is_active(s)).map(|s| &s.key)
    }

    /// Active keys with their hashes, in slot order.
    pub fn keys_hashed(&self) -> impl Iterator<Item = &DictKey> + '_ {
        self.slots.iter().filter(|s| is_active(s))
    }

    /// Merge the keys of `other` into this table when that needs no
    /// comparison, which is when this table is empty: the layout is copied
    /// slot for slot when the sizes agree and `other` has no dummies, else
    /// the keys go in in `other`'s slot order. Returns false (doing
    /// nothing) when this table has keys; the caller then adds them one by
    /// one. The room for them is made first either way, as CPython does.
    pub fn merge_clean(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        self.reserve_for(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.mask == other.mask && other.fill == other.used {
            self.slots = other.slots.clone();
        } else {
            if self.slots.is_empty() {
                self.slots = vec![empty_slot(); self.mask + 1];
            }
            for s in other.keys_hashed() {
                insert_clean(&mut self.slots, self.mask, s.hash, s.key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// A shallow copy as `set.copy` makes it: a new table into which this
    /// one is merged (so the copy of a table with dummies or grown large may
    /// be laid out anew, as CPython's copy is).
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        t.merge_clean(self);
        t
    }

    /// The same layout with every key mapped through `f` (freezing and
    /// thawing keep a set's order exactly; `f` must keep hashes).
    pub fn map_keys<E>(
        &self,
        mut f: impl FnMut(&Value) -> Result<Value, E>,
    ) -> Result<SetTable, E> {
        let mut slots = Vec::with_capacity(self.slots.len());
        for s in &self.slots {
            slots.push(if is_active(s) {
                DictKey {
                    hash: s.hash,
                    key: f(&s.key)?,
                }
            } else {
                s.clone()
            });
        }
        Ok(SetTable {
            slots,
            mask: self.mask,
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        })
    }
}

impl Drop for SetTable {
    /// The keys are released in the order of their addresses rather than
    /// of their slots: slot order is hash order, which scatters the frees
    /// of a large set over the heap, and the allocator then spends longer
    /// merging free chunks than the frees themselves take (twice the run
    /// time of building a 400,000-tuple set and dropping it). Keys that
    /// are immediates free nothing, so a set of them is not sorted.
    fn drop(&mut self) {
        if self.used < 64 || !self.slots.iter().any(|s| matches!(s.key, Value::Obj(_))) {
            return;
        }
        // Sorted in place: a drop takes no memory (it may run when a
        // sandbox is at its memory cap).
        self.slots.sort_unstable_by_key(|s| match &s.key {
            Value::Obj(o) => o.addr(),
            _ => 0,
        });
    }
}

impl Clone for SetTable {
    /// The exact layout (not `copy`'s relaying out).
    fn clone(&self) -> SetTable {
        SetTable {
            slots: self.slots.clone(),
            mask: self.mask,
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -99,
            })
            .collect()
    }

    fn with(items: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &i in items {
            if let Err(at) = t.find_or_free(i, &mut |k| matches!(k, Value::Int(j) if *j == i)) {
                t.insert_at(at, i, Value::Int(i));
            }
        }
        t
    }

    #[test]
    fn small_ints_sit_in_their_slots() {
        // python3: {3, 1} -> {1, 3}; {8, 0} -> {8, 0} (0 collides, goes next).
        assert_eq!(keys(&with(&[3, 1])), vec![1, 3]);
        assert_eq!(keys(&with(&[8, 0])), vec![8, 0]);
    }

    #[test]
    fn a_dummy_is_reused() {
        // python3: s = {0, 8}; s.discard(0); s.add(16) -> {16, 8}
        let mut t = with(&[0, 8]);
        let at = t.find(0, &mut |k| matches!(k, Value::Int(0))).unwrap();
        t.remove_at(at);
        let at = t.free_slot(16);
        t.insert_at(at, 16, Value::Int(16));
        assert_eq!(keys(&t), vec![16, 8]);
    }

    #[test]
    fn growth_and_pop_follow_the_finger() {
        // python3: s = set(range(6)); [s.pop() for _ in range(3)] -> [0, 1, 2]
        let mut t = with(&[0, 1, 2, 3, 4, 5]);
        assert_eq!(t.capacity(), 32);
        let popped: Vec<_> = (0..3).map(|_| t.pop()).collect();
        assert!(matches!(
            popped[..],
            [
                Some(Value::Int(0)),
                Some(Value::Int(1)),
                Some(Value::Int(2))
            ]
        ));
        t.clear();
        assert_eq!(t.finger, 3);
    }
}
