//! `_traceback`, the accelerator of `traceback`, `warnings` and `logging`
//! (src/stdlib/): where the running code is, as plain data.
//!
//! sandpy hands out no frame objects (docs/security.md, "Escape routes"):
//! these functions give what the library modules need of a frame, its
//! file name, line, function name and source line, and nothing that
//! reaches its globals, locals or code.
//!
//! Invariant: every place is a tuple `(filename, lineno, name, line)`,
//! `line` the source line as written (None when the source is not shown,
//! as for code compiled from a string), outermost place first.

use crate::object::{Args, ObjRef, PyResult, Value};
use crate::vm::Vm;
use crate::vm::exc::tb_place;

use super::def;

/// `stack(skip=0)`: the places of the running frames, outermost first,
/// leaving out the innermost `skip` (the caller of `stack` is innermost).
fn stack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() || a.pos.len() > 1 {
        return Err(vm.type_error("stack() takes at most 1 positional argument"));
    }
    let skip = match a.pos.first() {
        None => 0,
        Some(Value::Int(n)) => usize::try_from(*n).unwrap_or(0),
        Some(_) => return Err(vm.type_error("stack() argument must be an int")),
    };
    let keep = vm.frames.len().saturating_sub(skip);
    let places: Vec<Value> = vm.frames[..keep]
        .iter()
        .map(|f| tb_place(&f.code, f.code.unit.line_of(f.pc.saturating_sub(1))))
        .collect();
    Ok(Value::list(places))
}

/// Fill the module `_traceback`.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "stack", stack)?;
    Ok(())
}
