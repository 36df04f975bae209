//! `_asyncio`: what the `asyncio` package (Python shipped in the binary,
//! `src/stdlib/asyncio/`) needs and cannot say in Python. A private
//! accelerator module, importable wherever `asyncio` is
//! (`modules::check_granted`).
//!
//! - `iscoroutinefunction(f)`: whether `f` is an `async def` function
//!   (without a `yield`). CPython reads `f.__code__.co_flags`; sandpy
//!   hands out no function's code (docs/security.md, "Code objects do not
//!   cross sandboxes"), so the check is made here.
//! - `monotonic()` and `sleep(secs)`: the loop's clock and its wait, the
//!   `time` module's own functions, so that a grant of `asyncio` does not
//!   need one of `time` (the wait is a safe region that a cancel wakes,
//!   counted as wall time, never CPU time).
//! - `position(obj)`: where a Python function, or a coroutine, is: its
//!   file, and the line it was defined on (`at FILE:LINE` in a handle's
//!   repr) or, for a coroutine that has started and not finished, the line
//!   it is suspended or running at, with whether it has finished; None for
//!   anything else. What CPython reads from `__code__` and `cr_frame`, neither of
//!   which sandpy hands out.
//! - `report(text, exc)`: the loop's default exception handler writes
//!   `text` and `exc`'s traceback to stderr (CPython logs them), with no
//!   grant of `sys` needed.

use crate::bytecode::GenKind;
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::def;
use crate::builtins::positional;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "iscoroutinefunction", iscoroutinefunction)?;
    def(vm, d, "monotonic", super::time::monotonic)?;
    def(vm, d, "sleep", super::time::sleep)?;
    def(vm, d, "report", report)?;
    def(vm, d, "position", position)?;
    Ok(())
}

fn iscoroutinefunction(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "iscoroutinefunction", a, 1, 1)?;
    Ok(Value::Bool(match a.pos[0].payload() {
        Some(Payload::Function(f)) => {
            let unit = f.code.unit();
            unit.generator && unit.gen_kind == GenKind::Coroutine
        }
        _ => false,
    }))
}

fn report(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "report", a, 2, 2)?;
    let Some(text) = a.pos[0].as_str().map(str::to_string) else {
        return Err(vm.type_error("report() argument 1 must be str"));
    };
    let mut out = text;
    out.push('\n');
    if let Value::Obj(e) = &a.pos[1]
        && crate::vm::exc::exc_data(e).is_some()
    {
        out.push_str(&vm.format_exception(e));
    }
    vm.write_err(&out);
    Ok(Value::None)
}

fn position(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    use crate::object::generator::GenState;
    positional(vm, "position", a, 1, 1)?;
    let (unit, line, finished) = match a.pos[0].payload() {
        Some(Payload::Function(f)) => {
            let unit = f.code.unit().clone();
            let line = unit.first_line;
            (unit, line, true)
        }
        Some(Payload::Generator(g)) => {
            let Ok(g) = g.try_borrow() else {
                return Ok(Value::None);
            };
            let unit = g.code.unit.clone();
            let line = match g.state {
                // Its frame is on the VM's stack: the innermost frame of
                // its code (another running instance of the same function
                // nested inside it would be taken for it).
                GenState::Running => vm
                    .frames
                    .iter()
                    .rev()
                    .find(|f| std::rc::Rc::ptr_eq(&f.code, &g.code))
                    .and_then(|f| f.pc.checked_sub(1))
                    .and_then(|pc| unit.lines.get(pc).copied())
                    .unwrap_or(unit.first_line),
                GenState::Suspended => {
                    g.pc.checked_sub(1)
                        .and_then(|pc| unit.lines.get(pc).copied())
                        .unwrap_or(unit.first_line)
                }
                _ => unit.first_line,
            };
            (unit, line, g.state == GenState::Finished)
        }
        _ => return Ok(Value::None),
    };
    Ok(Value::tuple(vec![
        Value::str(&unit.source.name),
        Value::Int(i64::from(line)),
        Value::Bool(finished),
    ]))
}
