//! The attributes of code objects (`compile()`'s result, a function's
//! `__code__`): what a compiled unit says about itself. `co_code`,
//! `co_consts`, `co_lnotab` and the other views of CPython's own bytecode
//! are not there: sandpy's instructions are its own.

use crate::object::code::Code;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// Attribute `name` of the code object `c`, if it has one.
pub fn get(vm: &mut Vm, c: &Code, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "co_name" => Value::Obj(c.name.clone()),
        "co_qualname" => Value::Obj(c.qualname.clone()),
        _ => return unit_attr(vm, &c.unit, name),
    }))
}

/// Attribute `name` of a compiled unit (every `co_` attribute but
/// `co_name` and `co_qualname`, which the runtime code object holds
/// interned): what `inspect` reads of a function (modules/inspect_native.rs).
pub fn unit_attr(
    vm: &mut Vm,
    unit: &crate::bytecode::CodeUnit,
    name: &str,
) -> PyResult<Option<Value>> {
    let names = |vm: &mut Vm, items: &[std::sync::Arc<str>]| {
        Value::tuple(items.iter().map(|n| Value::Obj(vm.intern(n))).collect())
    };
    Ok(Some(match name {
        "co_filename" => Value::str(&unit.source.name),
        "co_firstlineno" => Value::Int(i64::from(unit.first_line)),
        "co_argcount" => Value::Int(i64::from(unit.argcount)),
        "co_posonlyargcount" => Value::Int(i64::from(unit.posonlyargcount)),
        "co_kwonlyargcount" => Value::Int(i64::from(unit.kwonlyargcount)),
        "co_nlocals" => Value::Int(unit.varnames.len() as i64),
        "co_varnames" => names(vm, &unit.varnames),
        "co_cellvars" => names(vm, &unit.cellvars),
        "co_freevars" => names(vm, &unit.freevars),
        "co_names" => names(vm, &unit.names),
        "co_flags" => Value::Int(flags(unit)),
        _ => return Ok(None),
    }))
}

/// CPython's `co_flags` bits for what sandpy's unit records (CO_OPTIMIZED,
/// CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
/// CO_COROUTINE, CO_ASYNC_GENERATOR): what `inspect` reads.
fn flags(unit: &crate::bytecode::CodeUnit) -> i64 {
    use crate::bytecode::{CodeKind, GenKind};
    let mut f = 0;
    if unit.kind == CodeKind::Function {
        f |= 0x1 | 0x2;
    }
    if unit.varargs {
        f |= 0x4;
    }
    if unit.varkeywords {
        f |= 0x8;
    }
    if unit.kind == CodeKind::Function && unit.qualname.contains("<locals>") {
        f |= 0x10;
    }
    if unit.generator {
        f |= match unit.gen_kind {
            GenKind::Generator => 0x20,
            GenKind::Coroutine => 0x80,
            GenKind::AsyncGenerator => 0x200,
        };
    }
    f
}
