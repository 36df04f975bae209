//! The dict table: an insertion-ordered hash map (indexmap) keyed by Python
//! values with precomputed Python hashes.
//!
//! Python equality can run user code (`__eq__`), which Rust's `Eq` cannot, so
//! the table never compares keys by itself: every lookup takes the key's hash
//! and an equality callback (`find`), which the VM supplies. The table's own
//! `Eq` on `DictKey` is used by indexmap only between keys already known to be
//! distinct, and is identity.
//!
//! `version` changes whenever the set of keys changes (insert of a new key,
//! removal, clear), never when only a value is replaced. Inline caches key on it:
//! a cached entry index stays valid while the version is unchanged. Versions are
//! unique in the process (per-thread blocks of one process-wide counter), so
//! two dicts never share one, even when one was frozen on another thread.

use std::cell::Cell;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::{Equivalent, IndexMap};

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

/// Passes the precomputed Python hash through, spreading its bits (small ints
/// hash to themselves, and hashbrown wants entropy in the top bits).
#[derive(Default)]
pub struct PassHasher(u64);

impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = i as u64;
    }
}

/// The equality callback of a lookup.
type EqFn<'a> = &'a mut dyn FnMut(&Value) -> bool;

struct Probe<'a> {
    hash: i64,
    eq: Cell<Option<EqFn<'a>>>,
}

impl Hash for Probe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<DictKey> for Probe<'_> {
    fn equivalent(&self, key: &DictKey) -> bool {
        if key.hash != self.hash {
            return false;
        }
        match self.eq.take() {
            Some(f) => {
                let r = f(&key.key);
                self.eq.set(Some(f));
                r
            }
            None => false,
        }
    }
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
    map: IndexMap<DictKey, Value, BuildHasherDefault<PassHasher>>,
    version: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            map: IndexMap::default(),
            version: next_version(),
        }
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            map: IndexMap::with_capacity_and_hasher(n, Default::default()),
            version: next_version(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Changes whenever the set of keys changes.
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Index of the entry whose key has `hash` and satisfies `eq`.
    pub fn find(&self, hash: i64, eq: &mut dyn FnMut(&Value) -> bool) -> Option<usize> {
        let probe = Probe {
            hash,
            eq: Cell::new(Some(eq)),
        };
        self.map.get_index_of(&probe)
    }

    /// The entry at `i`.
    #[inline(always)]
    pub fn entry_at(&self, i: usize) -> Option<(&Value, &Value)> {
        self.map.get_index(i).map(|(k, v)| (&k.key, v))
    }

    /// The key with its hash at `i`.
    pub fn key_at(&self, i: usize) -> Option<&DictKey> {
        self.map.get_index(i).map(|(k, _)| k)
    }

    /// The value at `i`.
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.map.get_index(i).map(|(_, v)| v)
    }

    /// Replace the value at `i`, returning the old one.
    pub fn set_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        self.map
            .get_index_mut(i)
            .map(|(_, v)| std::mem::replace(v, value))
    }

    /// Insert a key known to be absent; returns its index.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        self.version = next_version();
        self.map.insert_full(DictKey { hash, key }, value).0
    }

    /// Remove the entry at `i`, keeping the order of the others.
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        let r = self.map.shift_remove_index(i);
        if r.is_some() {
            self.version = next_version();
        }
        r.map(|(k, v)| (k.key, v))
    }

    /// Remove the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let r = self.map.pop();
        if r.is_some() {
            self.version = next_version();
        }
        r.map(|(k, v)| (k.key, v))
    }

    pub fn clear(&mut self) {
        self.map.clear();
        self.version = next_version();
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> + '_ {
        self.map.iter().map(|(k, v)| (&k.key, v))
    }

    /// Keys with their hashes, in insertion order.
    pub fn keys_hashed(&self) -> impl Iterator<Item = &DictKey> + '_ {
        self.map.keys()
    }

    /// A shallow copy (same keys and values, new version).
    pub fn copy(&self) -> Dict {
        Dict {
            map: self.map.clone(),
            version: next_version(),
        }
    }
}
