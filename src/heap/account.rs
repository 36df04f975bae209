//! Memory accounts: who pays for the bytes a sandbox's thread allocates,
//! for a whole tree of sandboxes (docs/security.md, "Who pays").
//!
//! Every sandbox has an `Account`; a child's account has its parent's as
//! `parent`, so the accounts of one program form a tree. The counting
//! allocator (`alloc.rs`) charges the bytes a thread allocates, net of what
//! it frees, to the account attached to that thread (`attach`): it keeps the
//! change since the last flush in a thread-local and, each time the change
//! passes `FLUSH_BYTES` either way, adds it to the account's `own` figure
//! and to the `tree` figure of the account and of every ancestor. A tree
//! figure that passes its cap raises the account's `breaker`, a flag the
//! VM reads at every backward jump and call and every native reads in its
//! work loop (`Vm::work`): the sandbox then stops within one quantum of
//! work. Between two flushes a thread may hold at most `FLUSH_BYTES` more
//! than its account shows, so a tree of N running sandboxes passes its cap
//! by at most N x `FLUSH_BYTES` plus the single allocation in progress
//! (natives refuse large results before allocating them:
//! `Vm::reserve_memory`).
//!
//! Frozen objects outlive their maker's thread: they stay charged to the
//! account of the sandbox that made them (the shared heap keeps the account
//! with each object), ancestors included, until the collector frees them and
//! credits the bytes back (`release`).
//!
//! Ordering: the figures are plain counters (Relaxed): a reader may see a
//! figure a flush late, which the bound above already allows. The breaker is
//! set with Release and read with Relaxed on the hot path; the slow path that
//! acts on it reads the figures again.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};

/// The bytes a thread may allocate (or free) before its account is told.
pub const FLUSH_BYTES: i64 = 256 << 10;

/// No cap (the value `cap` holds when memory is not capped).
const NO_CAP: u64 = u64::MAX;

/// The memory account of one sandbox (see the module docs).
#[derive(Debug)]
pub struct Account {
    /// Something wants the sandbox's attention now: a cap was passed, it was
    /// cancelled or stopped from outside. Cleared by the sandbox when it has
    /// looked (`take_breaker`).
    breaker: AtomicBool,
    /// Bytes charged to this sandbox alone (as of its last flush).
    own: AtomicI64,
    /// Bytes charged to this sandbox and all its descendants.
    tree: AtomicI64,
    /// The cap on `tree` (bytes), or `NO_CAP`.
    cap: AtomicU64,
    /// The account of the sandbox that started this one.
    parent: Option<Arc<Account>>,
}

impl Account {
    /// A new account below `parent` (None: the root of a tree).
    pub fn new(parent: Option<Arc<Account>>) -> Arc<Account> {
        Arc::new(Account {
            breaker: AtomicBool::new(false),
            own: AtomicI64::new(0),
            tree: AtomicI64::new(0),
            cap: AtomicU64::new(NO_CAP),
            parent,
        })
    }

    /// The parent's account, if any.
    pub fn parent(&self) -> Option<&Arc<Account>> {
        self.parent.as_ref()
    }

    /// Set or clear the cap on this account's tree.
    pub fn set_cap(&self, bytes: Option<u64>) {
        self.cap.store(bytes.unwrap_or(NO_CAP), Ordering::Relaxed);
        if self.over() {
            self.trip();
        }
    }

    /// The cap on this account's tree.
    pub fn cap(&self) -> Option<u64> {
        match self.cap.load(Ordering::Relaxed) {
            NO_CAP => None,
            c => Some(c),
        }
    }

    /// Whether this account or an ancestor has a cap.
    pub fn capped(&self) -> bool {
        let mut a = Some(self);
        while let Some(acc) = a {
            if acc.cap().is_some() {
                return true;
            }
            a = acc.parent.as_deref();
        }
        false
    }

    /// Bytes charged to this sandbox alone (as of the last flush).
    pub fn own(&self) -> u64 {
        self.own.load(Ordering::Relaxed).max(0) as u64
    }

    /// Bytes charged to this sandbox and its descendants.
    pub fn tree(&self) -> u64 {
        self.tree.load(Ordering::Relaxed).max(0) as u64
    }

    /// Whether this account's tree holds more than its cap.
    pub fn over(&self) -> bool {
        self.tree() > self.cap.load(Ordering::Relaxed)
    }

    /// The nearest account, this one or an ancestor, whose tree is over its
    /// cap, with `extra` bytes more charged to this one.
    pub fn first_over(self: &Arc<Account>, extra: u64) -> Option<Arc<Account>> {
        let mut a = Some(self);
        while let Some(acc) = a {
            if acc.tree().saturating_add(extra) > acc.cap.load(Ordering::Relaxed) {
                return Some(acc.clone());
            }
            a = acc.parent.as_ref();
        }
        None
    }

    /// Raise the breaker: the sandbox looks at its caps at its next backward
    /// jump, call or quantum of native work.
    #[inline]
    pub fn trip(&self) {
        self.breaker.store(true, Ordering::Release);
    }

    /// Whether the breaker is raised (the hot-path check).
    #[inline(always)]
    pub fn tripped(&self) -> bool {
        self.breaker.load(Ordering::Relaxed)
    }

    /// Lower the breaker; returns whether it was raised.
    pub fn take_breaker(&self) -> bool {
        self.breaker.swap(false, Ordering::Acquire)
    }

    /// Charge `delta` bytes (negative: credit) to this account and to the
    /// tree figure of every ancestor; raises this account's breaker when a
    /// tree passes its cap. Touches only atomics: the allocator calls it.
    pub fn charge(&self, delta: i64) {
        self.own.fetch_add(delta, Ordering::Relaxed);
        let mut a = Some(self);
        while let Some(acc) = a {
            let t = acc
                .tree
                .fetch_add(delta, Ordering::Relaxed)
                .wrapping_add(delta);
            if delta > 0 && t.max(0) as u64 > acc.cap.load(Ordering::Relaxed) {
                self.trip();
            }
            a = acc.parent.as_deref();
        }
    }

    /// Credit `bytes` freed on another thread (the collector freeing this
    /// sandbox's frozen objects).
    pub fn release(&self, bytes: u64) {
        self.charge(-(bytes.min(i64::MAX as u64) as i64));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charges_reach_every_ancestor_and_trip_at_the_cap() {
        let root = Account::new(None);
        let child = Account::new(Some(root.clone()));
        let grandchild = Account::new(Some(child.clone()));
        root.set_cap(Some(1000));
        grandchild.charge(600);
        assert_eq!(
            (grandchild.own(), child.tree(), root.tree()),
            (600, 600, 600)
        );
        assert_eq!(child.own(), 0);
        assert!(!grandchild.tripped());
        child.charge(500);
        assert!(child.tripped(), "the root's tree passed its cap");
        assert!(Arc::ptr_eq(&child.first_over(0).unwrap(), &root));
        assert!(child.take_breaker());
        assert!(!child.tripped());
        grandchild.release(600);
        assert_eq!((root.tree(), grandchild.own()), (500, 0));
        assert!(root.first_over(0).is_none());
        assert!(root.first_over(501).is_some());
    }
}
