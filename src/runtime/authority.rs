//! Authorities: which grants code carries (docs/security.md, "Authority
//! follows code").
//!
//! Every sandbox gets an authority id when it starts, unique in the process
//! and never reused (ids of different runtimes never meet). Functions and
//! classes are stamped with the authority of the code that made them
//! (`object::Authority`); frames carry their function's. When a sandbox uses
//! a grant, its VM intersects its own grants with those of every other
//! authority on its stack (vm/sandbox.rs, `effective_grants`), looked up
//! here.
//!
//! Code that one sandbox's VM makes while it runs another sandbox's code
//! (a class defined inside a function the parent passed to `spawn`, a
//! closure made by a received function) is both sandboxes' code: it is
//! stamped with a *compound* authority standing for both, and runs with
//! the intersection of their grants.
//!
//! The table holds the live sandboxes only: a sandbox's entry goes when it
//! ends. Code whose sandbox has ended therefore carries no authority at all
//! (fails closed): it may still compute, print and call what it is handed,
//! but opens no file, imports no module that is not already imported,
//! reads no stdin and starts no sandbox. Keeping the grants of ended
//! sandboxes would need a table that grows with every sandbox ever started,
//! since a frozen function can outlive its sandbox for as long as the
//! process runs.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;

use crate::object::{Authority, NO_AUTHORITY};

use super::Grants;

/// The authority of code whose sandbox has ended when it was made (it
/// fails closed, as every authority of an ended sandbox does).
pub const ENDED: Authority = u64::MAX;

/// The next authority id (0 is `NO_AUTHORITY`, the interpreter's own).
static NEXT: AtomicU64 = AtomicU64::new(1);

#[derive(Default)]
struct Table {
    /// The grants of each live sandbox, by authority id.
    live: HashMap<Authority, Arc<Grants>>,
    /// Compound authorities (code made by one sandbox's VM while running
    /// another's code carries both): id to members (sorted), and back.
    compounds: HashMap<Authority, Box<[Authority]>>,
    by_members: HashMap<Box<[Authority]>, Authority>,
}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

fn with<T>(f: impl FnOnce(&mut Table) -> T) -> T {
    f(TABLE.lock().get_or_insert_with(Table::default))
}

/// A new authority with these grants (a sandbox starting).
pub(crate) fn register(grants: Arc<Grants>) -> Authority {
    let a = NEXT.fetch_add(1, Ordering::Relaxed);
    with(|t| t.live.insert(a, grants));
    a
}

/// The sandbox of `a` has ended: its grants go, and every compound
/// authority it is part of (code carrying one now fails closed).
pub(crate) fn unregister(a: Authority) {
    with(|t| {
        t.live.remove(&a);
        let gone: Vec<Authority> = t
            .compounds
            .iter()
            .filter(|(_, m)| m.contains(&a))
            .map(|(k, _)| *k)
            .collect();
        for k in gone {
            if let Some(m) = t.compounds.remove(&k) {
                t.by_members.remove(&m);
            }
        }
    });
}

/// The sandboxes whose grants authority `a` stands for: itself, or the
/// members of a compound; None when one of them has ended.
pub(crate) fn members(a: Authority) -> Option<Vec<Authority>> {
    with(|t| members_in(t, a))
}

fn members_in(t: &Table, a: Authority) -> Option<Vec<Authority>> {
    if a == NO_AUTHORITY {
        return Some(Vec::new());
    }
    if let Some(m) = t.compounds.get(&a) {
        return Some(m.to_vec());
    }
    t.live.contains_key(&a).then(|| vec![a])
}

/// The authority of code carrying both `a` and `b` (a function made by the
/// VM of `b` while it runs code of `a`).
pub(crate) fn combine(a: Authority, b: Authority) -> Authority {
    if a == b || b == NO_AUTHORITY {
        return a;
    }
    if a == NO_AUTHORITY {
        return b;
    }
    with(|t| {
        let (Some(mut m), Some(n)) = (members_in(t, a), members_in(t, b)) else {
            return ENDED;
        };
        m.extend(n);
        m.sort_unstable();
        m.dedup();
        if m.len() == 1 {
            return m[0];
        }
        let m = m.into_boxed_slice();
        if let Some(id) = t.by_members.get(&m) {
            return *id;
        }
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        t.compounds.insert(id, m.clone());
        t.by_members.insert(m, id);
        id
    })
}

/// The grants of the live sandbox `a`; None once it has ended.
pub(crate) fn grants_of(a: Authority) -> Option<Arc<Grants>> {
    with(|t| t.live.get(&a).cloned())
}
