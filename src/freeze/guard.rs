//! The mutators' guard: every operation that writes into a list, dict, set,
//! instance, class, function, module or cell tests the object's FROZEN flag
//! first (one load of the header) and raises `TypeError` naming the frozen
//! object; the error text is built out of line.
//!
//! Invariant: no code path reaches `PyCell::borrow_mut` on a frozen cell
//! (which would panic). Mutators either call `check_mutable` before they
//! borrow, or borrow with `try_borrow_mut` and turn `BorrowError::Frozen`
//! into `frozen_kind_error`.

use crate::object::cell::BorrowError;
use crate::object::{Exc, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::eval::name_text;

/// Raise `TypeError: cannot modify frozen ...` when `v` is a frozen object.
#[inline(always)]
pub fn check_mutable(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if let Value::Obj(o) = v
        && o.is_frozen()
    {
        return Err(frozen_error(vm, o));
    }
    Ok(())
}

/// `TypeError: cannot modify frozen list` (dict, set, `'Point' object`,
/// `class 'Point'`, `function 'f'`, `module 'm'`), for the frozen `o`.
#[cold]
#[inline(never)]
pub fn frozen_error(vm: &mut Vm, o: &ObjRef) -> Exc {
    let msg = match o.payload() {
        Payload::List(_) => "cannot modify frozen list".to_string(),
        Payload::Dict(_) => "cannot modify frozen dict".to_string(),
        Payload::Set(_) => "cannot modify frozen set".to_string(),
        Payload::Cell(_) => "cannot modify frozen closure cell".to_string(),
        Payload::Instance(i) => {
            format!("cannot modify frozen '{}' object", vm.class_name(&i.class))
        }
        Payload::Class(c) => format!(
            "cannot modify frozen class '{}'",
            name_text(&c.name.borrow())
        ),
        Payload::Function(f) => {
            format!(
                "cannot modify frozen function '{}'",
                name_text(&f.name.borrow())
            )
        }
        Payload::Module(m) => format!("cannot modify frozen module '{}'", name_text(&m.name)),
        _ => {
            let tn = vm.type_name(&Value::Obj(o.clone()));
            format!("cannot modify frozen '{tn}' object")
        }
    };
    vm.type_error(msg)
}

/// `TypeError: cannot modify frozen {kind}`, for code that holds only the
/// payload's cell (`kind` is "list", "dict" or "set").
#[cold]
#[inline(never)]
pub fn frozen_kind_error(vm: &mut Vm, kind: &str) -> Exc {
    vm.type_error(format!("cannot modify frozen {kind}"))
}

/// The error for a failed `try_borrow_mut` on a cell of kind `kind`: the
/// frozen error, or RuntimeError `busy` for a reentrant mutation.
#[cold]
#[inline(never)]
pub fn borrow_error(vm: &mut Vm, e: BorrowError, kind: &str, busy: &str) -> Exc {
    match e {
        BorrowError::Frozen => frozen_kind_error(vm, kind),
        BorrowError::Busy => vm.runtime_error(busy),
    }
}

/// A frozen function assigned or deleted a global: its globals are a frozen
/// snapshot (`qualname` is the running code's qualified name).
#[cold]
#[inline(never)]
pub fn frozen_globals_error(vm: &mut Vm, qualname: &str, name: &str) -> Exc {
    vm.type_error(format!(
        "cannot modify frozen globals of function '{qualname}' (global '{name}')"
    ))
}

/// A frozen function assigned or deleted a variable of an enclosing scope.
#[cold]
#[inline(never)]
pub fn frozen_cell_error(vm: &mut Vm, name: &str) -> Exc {
    vm.type_error(format!("cannot modify frozen closure cell '{name}'"))
}
