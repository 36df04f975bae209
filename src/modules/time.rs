//! `_time`: the clocks of `time` (the calendar half is Python,
//! `src/stdlib/time.py`): wall-clock time, monotonic clocks and sleep.
//!
//! `perf_counter` and `monotonic` count from a process-wide start instant.
//! `process_time` is the CPU time the calling sandbox has used (what its
//! `--cpu` cap counts): the process's CPU time would tell a sandbox how
//! busy the others are, and a sleep counts for nothing in either.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::object::{Args, ObjRef, PyResult, Value};
use crate::types::int::to_f64;
use crate::vm::Vm;

use super::def;
use crate::builtins::positional;

/// The instant the monotonic clocks count from.
fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    start();
    def(vm, d, "time", time)?;
    def(vm, d, "time_ns", time_ns)?;
    def(vm, d, "perf_counter", monotonic)?;
    def(vm, d, "perf_counter_ns", monotonic_ns)?;
    def(vm, d, "monotonic", monotonic)?;
    def(vm, d, "monotonic_ns", monotonic_ns)?;
    def(vm, d, "process_time", process_time)?;
    def(vm, d, "process_time_ns", process_time_ns)?;
    def(vm, d, "sleep", sleep)?;
    Ok(())
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn time(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "time", a, 0, 0)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "time_ns", a, 0, 0)?;
    let ns = i64::try_from(since_epoch().as_nanos()).unwrap_or(i64::MAX);
    Ok(Value::Int(ns))
}

pub(crate) fn monotonic(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "monotonic", a, 0, 0)?;
    Ok(Value::Float(start().elapsed().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "monotonic_ns", a, 0, 0)?;
    let ns = i64::try_from(start().elapsed().as_nanos()).unwrap_or(i64::MAX);
    Ok(Value::Int(ns))
}

/// The CPU time this sandbox has used (its thread's, counted from when the
/// sandbox started: a pooled thread's earlier sandboxes are not shown).
fn sandbox_cpu_ns(vm: &Vm) -> u64 {
    crate::runtime::limits::thread_cpu_ns().saturating_sub(vm.charges.cpu_base)
}

fn process_time(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "process_time", a, 0, 0)?;
    Ok(Value::Float(sandbox_cpu_ns(vm) as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "process_time_ns", a, 0, 0)?;
    let ns = i64::try_from(sandbox_cpu_ns(vm)).unwrap_or(i64::MAX);
    Ok(Value::Int(ns))
}

pub(crate) fn sleep(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "sleep", a, 1, 1)?;
    let v = &a.pos[0];
    if !matches!(v, Value::Float(_)) && v.to_bigint().is_none() {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let secs = to_f64(vm, v)?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let Ok(d) = Duration::try_from_secs_f64(secs) else {
        return Err(vm.overflow_error("sleep length is too large"));
    };
    vm.flush_out();
    // Sleeping is a safe region: it does not hold up a collection, and a
    // cancel wakes it.
    let cancelled = vm.blocking(|cancel| {
        let deadline = std::time::Instant::now()
            .checked_add(d)
            .map_or(crossbeam_channel::never(), crossbeam_channel::at);
        crossbeam_channel::select! {
            recv(cancel) -> _ => true,
            recv(deadline) -> _ => false,
        }
    });
    if cancelled {
        return Err(vm.stopped_error());
    }
    Ok(Value::None)
}
