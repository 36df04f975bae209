//! `gc`: the interface to this sandbox's local cycle collector
//! (heap/local_gc.rs), written from the documentation of CPython's `gc`.
//!
//! - `collect()` runs the local collector now and returns the number of
//!   unreachable objects it freed; `enable`/`disable`/`isenabled` switch
//!   the automatic collections the VM starts at its safepoints (the
//!   collections that keep a sandbox under its memory cap, and the one at
//!   the end of a sandbox, run whatever the switch says).
//! - `get_count()` is `(tracked objects, 0, 0)`: sandpy's collector has one
//!   generation. `get_threshold`/`set_threshold` keep CPython's three
//!   numbers for the program to read back; the collector's own trigger
//!   (twice the survivors of the last collection) is not changed by them.
//! - `is_tracked(x)`: whether the local collector watches `x` (a container
//!   of this sandbox); frozen objects and atoms (str, int, bytes) are not.
//! - `garbage` and `callbacks` are lists that the collector leaves empty
//!   and never calls (it runs no finalizer on cycles: nothing is
//!   uncollectable); `freeze`/`unfreeze` do nothing (`get_freeze_count()`
//!   is 0), `set_debug` records flags that change no output.
//!
//! The switches and numbers live in the VM (`Vm::gc`), one set per
//! sandbox, so the module is built in each sandbox that imports it.

use crate::builtins::{check_kw, kwarg};
use crate::heap::local_gc::Settings;
use crate::object::{Args, ObjRef, PyResult, Value};
use crate::vm::Vm;

use super::{def, set};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "collect", collect)?;
    def(vm, d, "enable", enable)?;
    def(vm, d, "disable", disable)?;
    def(vm, d, "isenabled", isenabled)?;
    def(vm, d, "get_count", get_count)?;
    def(vm, d, "get_threshold", get_threshold)?;
    def(vm, d, "set_threshold", set_threshold)?;
    def(vm, d, "get_debug", get_debug)?;
    def(vm, d, "set_debug", set_debug)?;
    def(vm, d, "get_stats", get_stats)?;
    def(vm, d, "is_tracked", is_tracked)?;
    def(vm, d, "freeze", freeze)?;
    def(vm, d, "unfreeze", unfreeze)?;
    def(vm, d, "get_freeze_count", get_freeze_count)?;
    set(vm, d, "garbage", Value::list(Vec::new()))?;
    set(vm, d, "callbacks", Value::list(Vec::new()))?;
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set(vm, d, name, Value::Int(v))?;
    }
    Ok(())
}

/// Refuse any argument, in CPython's words for `gc`'s no-argument functions.
fn no_args(vm: &mut Vm, name: &str, a: &Args) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    if !a.pos.is_empty() {
        return Err(vm.type_error(format!(
            "gc.{name}() takes no arguments ({} given)",
            a.pos.len()
        )));
    }
    Ok(())
}

/// Exactly one positional argument, in CPython's words.
fn one_arg<'a>(vm: &mut Vm, name: &str, a: &'a Args) -> PyResult<&'a Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    match a.pos {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!(
            "gc.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

/// `collect(generation=2)`.
fn collect(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "collect", a, &["generation"])?;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    let generation = match a.pos.first().cloned().or_else(|| kwarg(a, "generation")) {
        Some(v) => vm.index_value(&v)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let done = crate::heap::local_gc::collect();
    vm.gc.collections += 1;
    vm.gc.collected += done.freed as u64;
    Ok(Value::Int(done.freed as i64))
}

fn enable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "enable", a)?;
    vm.gc.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "disable", a)?;
    vm.gc.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "isenabled", a)?;
    Ok(Value::Bool(vm.gc.enabled))
}

fn get_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "get_count", a)?;
    let n = crate::object::refcount::tracked_count() as i64;
    Ok(Value::tuple(vec![
        Value::Int(n),
        Value::Int(0),
        Value::Int(0),
    ]))
}

fn get_threshold(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "get_threshold", a)?;
    let t = vm.gc.thresholds;
    Ok(Value::tuple(t.iter().map(|&v| Value::Int(v)).collect()))
}

/// `set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    let n = a.pos.len();
    if n == 0 {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({n} given)"
        )));
    }
    let mut t = vm.gc.thresholds;
    for (i, v) in a.pos.iter().enumerate() {
        let v = vm.index_value(v)?;
        if v > i64::from(i32::MAX) {
            return Err(vm.overflow_error("signed integer is greater than maximum"));
        }
        if v < i64::from(i32::MIN) {
            return Err(vm.overflow_error("signed integer is less than minimum"));
        }
        t[i] = v;
    }
    vm.gc.thresholds = t;
    Ok(Value::None)
}

fn get_debug(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "get_debug", a)?;
    Ok(Value::Int(vm.gc.debug))
}

fn set_debug(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one_arg(vm, "set_debug", a)?.clone();
    let flags = vm.index_value(&v)?;
    vm.gc.debug = i64::from(
        i32::try_from(flags)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?,
    );
    Ok(Value::None)
}

/// `get_stats()`: one dict per generation; the one generation sandpy has
/// is reported as CPython's oldest (what a full `collect()` counts).
fn get_stats(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "get_stats", a)?;
    let Settings {
        collections,
        collected,
        ..
    } = vm.gc;
    let mut items = Vec::new();
    for generation in 0..3 {
        let (c, n) = if generation == 2 {
            (collections as i64, collected as i64)
        } else {
            (0, 0)
        };
        let mut pairs = Vec::new();
        for (k, v) in [("collections", c), ("collected", n), ("uncollectable", 0)] {
            pairs.push(Value::str(k));
            pairs.push(Value::Int(v));
        }
        items.push(vm.new_dict_from_pairs(pairs)?);
    }
    Ok(Value::list(items))
}

fn is_tracked(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one_arg(vm, "is_tracked", a)?;
    Ok(Value::Bool(
        matches!(v, Value::Obj(o) if o.local_slot().is_some()),
    ))
}

fn freeze(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "freeze", a)?;
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "unfreeze", a)?;
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, "get_freeze_count", a)?;
    Ok(Value::Int(0))
}
