//! The audit build (`--features audit`, STYLE habit 7): checks of the local
//! heap's counts and of the shared heap's liveness, run by the VM at every
//! safepoint together with a local and a shared collection, so that a
//! refcount or rooting bug fails a test instead of corrupting memory in a
//! user's hands.
//!
//! What is checked, for this thread's tracked local objects (the
//! containers the cycle collector sees):
//! - each count is at least one and below `IMMORTAL` (an immortal or a zero
//!   count on a local object means an INCREF/DECREF went astray);
//! - no count is below the number of references that other tracked objects
//!   hold to it (trial deletion would see a negative outside count: a
//!   missing INCREF, which would free a live object);
//! - no object they refer to, and no value the VM holds (`roots`), is a
//!   frozen object the shared collector found dead (a missed root). The
//!   audit build's shared collector quarantines the dead instead of freeing
//!   them (heap/shared.rs), so this check reads live memory.
//!
//! - the weak table (object/weakref.rs) is consistent with the header
//!   flags of the objects it lists.
//!
//! What cannot be checked here: a count that is too high (a leak) looks the
//! same as a reference held from a Rust local; the end of a sandbox's run
//! reports the live-object count for that.

use crate::heap::trace::for_each_owned_ref;
use crate::object::{IMMORTAL, ObjRef, Value, refcount};

/// What an audit looked at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Audit {
    /// Tracked local objects whose counts were checked.
    pub objects: usize,
    /// Values held by the VM that were checked.
    pub roots: usize,
}

/// Check this thread's local heap and the VM's `roots`; the error says
/// which object is wrong and how.
pub fn check(roots: &[&Value]) -> Result<Audit, String> {
    for v in roots {
        if let Value::Obj(o) = v
            && o.obj().is_dead()
        {
            return Err(format!(
                "the VM holds a '{}' object that the shared collector found dead (a missed root)",
                o.payload().kind_name()
            ));
        }
    }
    // The weak table: every listed referent and reference carries its flag
    // and every reference targets the referent it is listed under.
    crate::object::weakref::check_table()?;
    let objs = refcount::tracked_objects();
    let n = objs.len();
    let index = |o: &ObjRef| -> Option<usize> {
        let i = o.local_slot()?;
        (i < n && objs[i].is(o)).then_some(i)
    };
    // Each count less the audit's own reference.
    let mut outside: Vec<isize> = Vec::with_capacity(n);
    for o in &objs {
        let rc = o.refcount();
        if o.is_frozen() {
            outside.push(isize::MAX);
            continue;
        }
        if !(2..IMMORTAL).contains(&rc) {
            return Err(format!(
                "a tracked local '{}' object has the count {rc:#x}",
                o.payload().kind_name()
            ));
        }
        outside.push(rc as isize - 1);
    }
    let mut fault = None;
    for o in &objs {
        let scanned = for_each_owned_ref(o.payload(), &mut |c| {
            if fault.is_some() {
                return;
            }
            if c.obj().is_dead() {
                fault = Some(format!(
                    "a local '{}' object refers to a '{}' object that the shared collector \
                     found dead (a missed root)",
                    o.payload().kind_name(),
                    c.payload().kind_name()
                ));
            } else if let Some(j) = index(c) {
                outside[j] -= 1;
                if outside[j] < 0 {
                    fault = Some(format!(
                        "a local '{}' object is referred to by more local objects than its \
                         count says (a missing INCREF)",
                        c.payload().kind_name()
                    ));
                }
            }
        });
        if let Some(f) = fault {
            return Err(f);
        }
        // A cell borrowed by the running code cannot be read: skip it.
        let _ = scanned;
    }
    Ok(Audit {
        objects: n,
        roots: roots.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::object::{ObjRef, Value};

    /// A count one below the references other local objects hold is found.
    #[test]
    fn a_missing_incref_is_found() {
        std::thread::spawn(|| {
            let a = Value::list(vec![Value::Int(1)]);
            let b = Value::list(vec![a.clone()]);
            let c = Value::list(vec![a.clone()]);
            assert!(check(&[]).is_ok(), "a sound heap passes");
            // Lose two of `a`'s three counts (its handle, b's and c's), as
            // forgotten INCREFs would, by dropping bitwise copies: the
            // count (1) is then below the references b and c hold (2).
            let Value::Obj(ao) = &a else { unreachable!() };
            for _ in 0..2 {
                // SAFETY: the count stays at one or more, so nothing is
                // freed, and the two counts taken are given back below
                // before any handle is dropped.
                drop(unsafe { std::ptr::read::<ObjRef>(ao) });
            }
            let err = check(&[]).expect_err("the missing count is found");
            assert!(err.contains("missing INCREF"), "{err}");
            assert!(err.contains("'list'"), "{err}");
            for _ in 0..2 {
                std::mem::forget(ao.clone());
            }
            assert!(check(&[]).is_ok(), "restored");
            drop((a, b, c));
        })
        .join()
        .expect("the audit test thread");
    }
}
