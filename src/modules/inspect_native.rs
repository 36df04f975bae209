//! `_inspect`, what `inspect` (src/stdlib/inspect.py) reads of the
//! interpreter that Python code cannot: sandpy's functions hand out no
//! `__code__` (docs/security.md), so the facts `inspect.signature` and
//! `getsource` need come from here, and nothing more than CPython's code
//! objects show through their `co_` attributes (no constants, no bytecode).
//!
//! - `code_info(f)`: for a Python function (or a code object), the tuple
//!   `(co_argcount, co_posonlyargcount, co_kwonlyargcount, co_varnames,
//!   co_flags, co_filename, co_firstlineno)`; None for anything else.
//! - `source_text(filename)`: the text of a source file this sandbox ran
//!   (or a module of the standard library), None when it has none.
//!
//! Stateless: built once and shared frozen.

use crate::builtins::positional;
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::types::code_attrs::unit_attr;
use crate::vm::Vm;

use super::def;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "code_info", code_info)?;
    def(vm, d, "source_text", source_text)
}

const INFO: [&str; 7] = [
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_varnames",
    "co_flags",
    "co_filename",
    "co_firstlineno",
];

fn code_info(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "code_info", a, 1, 1)?;
    let unit = match a.pos[0].payload() {
        Some(Payload::Function(f)) => f.code.unit().clone(),
        Some(Payload::Code(c)) => c.unit.clone(),
        _ => return Ok(Value::None),
    };
    let mut items = Vec::with_capacity(INFO.len());
    for name in INFO {
        items.push(unit_attr(vm, &unit, name)?.unwrap_or(Value::None));
    }
    Ok(Value::tuple(items))
}

fn source_text(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "source_text", a, 1, 1)?;
    let Some(name) = a.pos[0].as_str().map(str::to_string) else {
        return Err(vm.type_error("source_text() argument must be str"));
    };
    Ok(match vm.source_named(&name) {
        Some(text) => Value::str(&text),
        None => Value::None,
    })
}
