//! The `array` module: `array` (also `ArrayType`), the class of compact
//! arrays of machine numbers, which lives in its own room
//! (types/array.rs), and `typecodes`.

use crate::object::{ObjRef, PyResult, Value};
use crate::types::array::{ARRAY_TYPE, TYPECODES};
use crate::vm::Vm;

use super::set;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let cls = Value::Obj(vm.types.host_class(&ARRAY_TYPE));
    set(vm, d, "array", cls.clone())?;
    set(vm, d, "ArrayType", cls)?;
    set(vm, d, "typecodes", Value::str(TYPECODES))?;
    Ok(())
}
