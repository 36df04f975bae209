//! The shared heap (see heap/mod.rs).

use crate::object::{ObjRef, Value};
use crate::vm::Vm;

/// Hand freshly frozen objects to the shared heap of `vm`'s runtime, and
/// record `root` as held by the sandbox (so the collector sees it). Every
/// object in `objs` must already be sealed (`set_frozen`, cells frozen, str
/// hashes computed) and must not be registered yet.
pub fn adopt(vm: &mut Vm, objs: Vec<ObjRef>, root: &Value) {
    let _ = (vm, objs, root);
}
