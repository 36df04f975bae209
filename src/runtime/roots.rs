//! A sandbox's root set: the frozen objects it may still reach.
//!
//! Frozen objects are never counted, so a sandbox cannot say cheaply which
//! ones it holds. Instead it records every frozen object that *enters* it (a
//! door: the result of `freeze`, a queue item, a spawn argument, a join
//! result, a granted global) in its root set. Everything a sandbox holds was
//! either entered through a door or read out of a frozen object that was, and
//! frozen graphs never change, so the root set (traced through the frozen
//! graph) covers every frozen object the sandbox holds: in its frames, in its
//! local objects, and in the Rust locals of native functions on its stack.
//!
//! The set only grows between *prunes*. A prune rebuilds it from a precise
//! scan of the sandbox's own state (the VM's roots, every local container
//! the thread tracks, and every local object reachable from those), and is
//! done only where no native frame holds values in Rust locals: in the
//! outermost dispatch loop, at a backward jump, or in a native that holds
//! nothing (`collect`, a blocking queue call) called from there. Local
//! garbage (an unreachable cycle not yet collected) is scanned too: the
//! local cycle collector will visit it and drop its references, so the
//! frozen objects it refers to must stay alive until then.

use std::collections::HashSet;

use crate::object::ObjRef;
use crate::vm::Vm;

/// Prune once the set has doubled since the last prune (and is not tiny).
const PRUNE_MIN: usize = 1024;

/// The frozen objects one sandbox may reach, by address.
#[derive(Default, Debug)]
pub struct RootSet {
    set: HashSet<usize>,
    after_prune: usize,
}

impl RootSet {
    /// Record a frozen object as held.
    #[inline]
    pub fn insert(&mut self, addr: usize) {
        self.set.insert(addr);
    }

    /// The addresses, for the collector.
    pub fn addresses(&self) -> impl Iterator<Item = usize> + '_ {
        self.set.iter().copied()
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// Whether the set has grown enough to be worth a prune.
    pub fn wants_prune(&self) -> bool {
        self.set.len() > PRUNE_MIN.max(2 * self.after_prune)
    }

    /// Replace the set with the result of a precise scan.
    pub fn replace(&mut self, set: HashSet<usize>) {
        self.after_prune = set.len();
        self.set = set;
    }

    /// Forget everything (the sandbox ended).
    pub fn clear(&mut self) {
        self.set.clear();
        self.after_prune = 0;
    }
}

/// The frozen objects `vm` refers to directly from its state or from any
/// local object reachable from it. None when a cell was found borrowed (the
/// scan is then incomplete and must not be used).
pub(crate) fn scan(vm: &Vm) -> Option<HashSet<usize>> {
    let mut found = HashSet::new();
    let mut seen: HashSet<usize> = HashSet::new();
    let mut todo: Vec<ObjRef> = Vec::new();
    vm.for_each_root(&mut |o| todo.push(o.clone()));
    todo.extend(crate::object::refcount::tracked_objects());
    while let Some(o) = todo.pop() {
        if o.is_frozen() {
            if !o.is_static() {
                found.insert(o.addr());
            }
            continue;
        }
        if !seen.insert(o.addr()) {
            continue;
        }
        let r = crate::heap::trace::for_each_ref(o.payload(), &mut |c| {
            if c.is_frozen() {
                if !c.is_static() {
                    found.insert(c.addr());
                }
            } else if !seen.contains(&c.addr()) {
                todo.push(c.clone());
            }
        });
        if r.is_err() {
            return None;
        }
    }
    Some(found)
}
