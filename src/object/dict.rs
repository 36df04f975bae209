//! The dict table: an insertion-ordered hash map keyed by Python values with
//! precomputed Python hashes.
//!
//! Laid out as CPython's compact dict: the entries in insertion order in one
//! vector, and a hash index (hashbrown's `HashTable`) of positions in it.
//! Removing an entry leaves a hole in its position, so `del d[k]` is O(1)
//! (shifting the vector made deleting 32,768 keys take 1.8 s); the holes are
//! squeezed out when an insertion finds as many holes as live entries, which
//! keeps every operation amortised O(1). Positions are what `find` returns
//! and what `entry_at` takes; an iterator walks them with `next_entry`.
//!
//! Python equality can run user code (`__eq__`), which Rust's `Eq` cannot, so
//! the table never compares keys by itself: every lookup takes the key's hash
//! and an equality callback (`find`), which the VM supplies.
//!
//! `version` changes whenever the set of keys changes (insert of a new key,
//! removal, clear), never when only a value is replaced. Inline caches key on it:
//! a cached entry index stays valid while the version is unchanged. Versions are
//! unique in the process (per-thread blocks of one process-wide counter), so
//! two dicts never share one, even when one was frozen on another thread.

use std::cell::Cell;
use std::hash::{Hash, Hasher};

use hashbrown::HashTable;

use crate::object::Value;

/// A key with its Python hash.
#[derive(Clone, Debug)]
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &Self) -> bool {
        self.key.is(&other.key)
    }
}

impl Eq for DictKey {}

/// The index's hash of a Python hash: its bits spread (small ints hash to
/// themselves, and hashbrown wants entropy in the top bits).
#[inline(always)]
pub(crate) fn spread(hash: i64) -> u64 {
    (hash as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(26)
}

/// Versions are handed to threads in blocks of `VERSION_BLOCK` from one
/// process-wide counter; a thread numbers its dicts inside its block and
/// takes a new block when it runs out. So versions stay unique across
/// sandboxes (a frozen dict made on one thread is read by inline caches on
/// another) however many threads come and go: 2^64 versions never run out.
const VERSION_BLOCK: u64 = 1 << 16;
static NEXT_BLOCK: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

thread_local! {
    /// The next version of this thread and the end of its block.
    static VERSIONS: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

fn next_version() -> u64 {
    VERSIONS.with(|v| {
        let (mut next, mut end) = v.get();
        if next == end {
            let block = NEXT_BLOCK.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            next = block * VERSION_BLOCK;
            end = next + VERSION_BLOCK;
        }
        v.set((next + 1, end));
        next
    })
}

/// An insertion-ordered table of Python keys and values.
pub struct Dict {
    /// Entries in insertion order; a removed one is a hole (key `Undef`).
    entries: Vec<Entry>,
    /// Positions in `entries` of the live entries, by their keys' hashes
    /// (4 bytes each, as CPython's index of a dict below 2**32 entries:
    /// half the cache lines of a `usize` index on every lookup).
    index: HashTable<u32>,
    /// Live entries.
    live: usize,
    version: u64,
}

/// One position of the entries: a key with its hash and its value, or a hole.
#[derive(Clone)]
struct Entry {
    key: DictKey,
    value: Value,
}

impl Entry {
    #[inline(always)]
    fn is_hole(&self) -> bool {
        matches!(self.key.key, Value::Undef)
    }
}

/// An entry position as the index stores it. A table of 2**32 entries
/// (160 GiB of entries alone) is past any memory a sandbox can be given;
/// reaching it is a broken invariant, not an input error.
#[inline(always)]
fn position(i: usize) -> u32 {
    u32::try_from(i).expect("a dict of more than 2**32 entries")
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::with_capacity(0)
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            live: 0,
            version: next_version(),
        }
    }

    /// Live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.live
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Changes whenever the set of keys changes.
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Position of the entry whose key has `hash` and satisfies `eq`.
    pub fn find(&self, hash: i64, eq: &mut dyn FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(spread(hash), |&i| {
                let e = &entries[i as usize];
                e.key.hash == hash && eq(&e.key.key)
            })
            .map(|&i| i as usize)
    }

    /// The entry at position `i` (None for a hole or past the end).
    #[inline(always)]
    pub fn entry_at(&self, i: usize) -> Option<(&Value, &Value)> {
        match self.entries.get(i) {
            Some(e) if !e.is_hole() => Some((&e.key.key, &e.value)),
            _ => None,
        }
    }

    /// The first live entry at position `i` or after, with its position.
    pub fn next_entry(&self, i: usize) -> Option<(usize, &Value, &Value)> {
        let rest = self.entries.get(i..)?;
        let off = rest.iter().position(|e| !e.is_hole())?;
        let e = &rest[off];
        Some((i + off, &e.key.key, &e.value))
    }

    /// The key with its hash at position `i`.
    pub fn key_at(&self, i: usize) -> Option<&DictKey> {
        match self.entries.get(i) {
            Some(e) if !e.is_hole() => Some(&e.key),
            _ => None,
        }
    }

    /// The value at position `i`.
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        match self.entries.get(i) {
            Some(e) if !e.is_hole() => Some(&e.value),
            _ => None,
        }
    }

    /// Replace the value at position `i`, returning the old one.
    pub fn set_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        match self.entries.get_mut(i) {
            Some(e) if !e.is_hole() => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// Insert a key known to be absent; returns its position.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        self.version = next_version();
        let holes = self.entries.len() - self.live;
        if holes > 0 && holes >= self.live && self.entries.len() == self.entries.capacity() {
            self.squeeze();
        }
        let i = self.entries.len();
        let at = position(i);
        self.entries.push(Entry {
            key: DictKey { hash, key },
            value,
        });
        let entries = &self.entries;
        self.index
            .insert_unique(spread(hash), at, |&j| spread(entries[j as usize].key.hash));
        self.live += 1;
        i
    }

    /// Drop the holes: the live entries move down in order and the index is
    /// rebuilt (positions change, so callers bump the version).
    fn squeeze(&mut self) {
        self.entries.retain(|e| !e.is_hole());
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            self.index
                .insert_unique(spread(e.key.hash), position(i), |&j| {
                    spread(entries[j as usize].key.hash)
                });
        }
    }

    /// Remove the entry at position `i`, keeping the order of the others.
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        let hash = self.key_at(i)?.hash;
        if let Ok(slot) = self.index.find_entry(spread(hash), |&j| j as usize == i) {
            slot.remove();
        }
        self.version = next_version();
        self.live -= 1;
        let hole = Entry {
            key: DictKey {
                hash: 0,
                key: Value::Undef,
            },
            value: Value::None,
        };
        let e = std::mem::replace(&mut self.entries[i], hole);
        if self.live == 0 {
            self.entries.clear();
        } else {
            self.trim();
        }
        Some((e.key.key, e.value))
    }

    /// Drop the holes at the end of the entries.
    fn trim(&mut self) {
        while self.entries.last().is_some_and(Entry::is_hole) {
            self.entries.pop();
        }
    }

    /// Remove the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.len().checked_sub(1)?;
        self.remove_at(i)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.live = 0;
        self.version = next_version();
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> + '_ {
        self.entries
            .iter()
            .filter(|e| !e.is_hole())
            .map(|e| (&e.key.key, &e.value))
    }

    /// Keys with their hashes, in insertion order.
    pub fn keys_hashed(&self) -> impl Iterator<Item = &DictKey> + '_ {
        self.entries.iter().filter(|e| !e.is_hole()).map(|e| &e.key)
    }

    /// A shallow copy (same keys and values, new version, no holes).
    pub fn copy(&self) -> Dict {
        if self.live == self.entries.len() {
            // No holes: the positions stay the same, so the index is
            // copied as it is rather than rebuilt key by key.
            return Dict {
                entries: self.entries.clone(),
                index: self.index.clone(),
                live: self.live,
                version: next_version(),
            };
        }
        let entries: Vec<Entry> = self
            .entries
            .iter()
            .filter(|e| !e.is_hole())
            .cloned()
            .collect();
        let mut index = HashTable::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            index.insert_unique(spread(e.key.hash), position(i), |&j| {
                spread(entries[j as usize].key.hash)
            });
        }
        Dict {
            live: entries.len(),
            entries,
            index,
            version: next_version(),
        }
    }
}
