//! Natives at their real type: a `NativeFn` takes the interpreter. The
//! object floor stores it erased (`object::native`); this file is the one
//! place that erases and restores the type.

use crate::object::native::{ErasedFn, NativeFunction, NativeKind};
use crate::object::{Args, BuiltinType, PyResult, Value};

use super::Vm;

/// A native function: receives the VM and its arguments.
pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

/// `f` with the interpreter's type erased, for the object floor to store.
#[inline]
pub fn erase(f: NativeFn) -> ErasedFn {
    // SAFETY: both are safe `extern "Rust"` function pointers of the same
    // shape whose first parameters are references to sized types, so they
    // have the same size and representation. The result is only ever called
    // through `NativeFunction::call` below, which turns it back into a
    // `NativeFn` first (docs/soundness.md, "Natives").
    unsafe { std::mem::transmute::<NativeFn, ErasedFn>(f) }
}

impl NativeFunction {
    /// A native function object's payload.
    pub fn new(
        name: &'static str,
        func: NativeFn,
        kind: NativeKind,
        owner: Option<BuiltinType>,
    ) -> NativeFunction {
        NativeFunction {
            name,
            erased: erase(func),
            kind,
            owner,
        }
    }

    /// Whether the function may be called as it is, through its pointer,
    /// with `first` as its first argument (None: no argument): anything
    /// but a builtin value type's method, which must also not be given an
    /// instance of a subclass (that one receives the instance's base value
    /// as `self`, through `Vm::call_native`). The one test of every direct
    /// native call (`Vm::call_native_fast`, `Vm::call_getter`, the dispatch
    /// loop's `Call`/`CallMethod` arm).
    #[inline(always)]
    pub fn direct_with(&self, first: Option<&Value>) -> bool {
        self.owner.is_none()
            || (self.kind == NativeKind::Method
                && first.is_some_and(|v| v.instance_base().is_none()))
    }

    /// Whether this is the native `f`.
    pub fn is(&self, f: NativeFn) -> bool {
        std::ptr::fn_addr_eq(self.erased, erase(f))
    }

    /// The native at its real type, to call after the borrow of the
    /// function object that holds it has ended.
    #[inline(always)]
    pub fn func(&self) -> NativeFn {
        // SAFETY: as in `call` below: an `ErasedFn` is made by `erase` from
        // a `NativeFn`, or is a safe function written against `&mut
        // Interp`, ABI-compatible with a `NativeFn` (docs/soundness.md,
        // "Natives").
        unsafe { std::mem::transmute::<ErasedFn, NativeFn>(self.erased) }
    }

    /// Call the native with the interpreter.
    #[inline(always)]
    pub fn call(&self, vm: &mut Vm, a: &Args) -> PyResult<Value> {
        // SAFETY: an `ErasedFn` is made by `erase` from a `NativeFn` (the
        // round trip restores the type it was written with), or is a safe
        // function written against `&mut Interp`, which receives our `&mut
        // Vm` as a reference to a zero-sized, unreadable, unconstructible
        // type: `&mut Vm` and `&mut Interp` are ABI-compatible (both thin
        // references to sized types), so the call is well-defined either way
        // (docs/soundness.md, "Natives").
        let f = unsafe { std::mem::transmute::<ErasedFn, NativeFn>(self.erased) };
        f(vm, a)
    }
}
