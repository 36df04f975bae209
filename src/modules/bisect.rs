//! The `bisect` module, native: bisect_left, bisect_right (and `bisect`),
//! insort_left, insort_right (and `insort`), with `lo`, `hi` and `key`
//! read as CPython's argument parser reads them. Items are read with the
//! VM's `a[i]` and compared with its `<`, so sequences of any type and
//! user `__lt__` work, and their errors propagate.

use num_traits::ToPrimitive;

use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::types::itertools::construct::parse;
use crate::types::itertools::ssize;
use crate::vm::Vm;

use super::heapq::less;
use super::{def, set};

/// `(a, x, lo, hi, key)` of a bisect or insort call.
struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn read(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Call> {
    let p = parse(vm, name, a, &["a", "x", "lo", "hi", "key"], 2, 4)?;
    let lo = match &p[2] {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    let hi = match &p[3] {
        None => -1,
        Some(v) if v.is_none() => -1,
        Some(v) => match v {
            Value::Int(n) => *n,
            Value::Bool(b) => i64::from(*b),
            _ => match v.payload() {
                Some(Payload::BigInt(b)) => match b.to_i64() {
                    Some(n) => n,
                    None => {
                        return Err(
                            vm.overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                },
                _ if vm.lookup_special_str(v, "__index__").is_some() => ssize(vm, v)?,
                _ => {
                    let tn = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("argument should be integer or None, not '{tn}'"))
                    );
                }
            },
        },
    };
    Ok(Call {
        a: p[0].clone().unwrap_or(Value::None),
        x: p[1].clone().unwrap_or(Value::None),
        lo,
        hi,
        key: p[4].clone().filter(|k| !k.is_none()),
    })
}

/// The insertion point of `x` (already keyed) in `c.a[lo:hi]`: left of
/// equal items, or right of them.
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<i64> {
    if c.lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let (mut lo, mut hi) = (c.lo, c.hi);
    if hi == -1 {
        hi = vm.len(&c.a)?;
    }
    while lo < hi {
        vm.work(1)?;
        let mid = lo + (hi - lo) / 2;
        let mut item = vm.getitem(&c.a, &Value::Int(mid))?;
        if let Some(k) = &c.key {
            item = vm.call(k, std::slice::from_ref(&item))?;
        }
        let go_right = if right {
            !less(vm, x, &item)?
        } else {
            less(vm, &item, x)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_common(vm: &mut Vm, a: &Args, name: &str, right: bool) -> PyResult<Value> {
    let c = read(vm, a, name)?;
    let x = c.x.clone();
    search(vm, &c, &x, right).map(Value::Int)
}

fn bisect_left(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bisect_common(vm, a, "bisect_left", false)
}

fn bisect_right(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bisect_common(vm, a, "bisect_right", true)
}

fn insort_common(vm: &mut Vm, a: &Args, name: &str, right: bool) -> PyResult<Value> {
    let c = read(vm, a, name)?;
    let keyed = match &c.key {
        Some(k) => vm.call(k, std::slice::from_ref(&c.x))?,
        None => c.x.clone(),
    };
    let i = search(vm, &c, &keyed, right)?;
    if let Some(Payload::List(l)) = c.a.payload() {
        let mut v = l.try_borrow_mut().map_err(|e| {
            crate::freeze::guard::borrow_error(vm, e, "list", "list changed during insort")
        })?;
        let at = usize::try_from(i).unwrap_or(0).min(v.len());
        v.insert(at, c.x.clone());
        return Ok(Value::None);
    }
    let insert = vm.intern("insert");
    let f = vm.getattr(&c.a, &insert)?;
    vm.call(&f, &[Value::Int(i), c.x.clone()])?;
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    insort_common(vm, a, "insort_left", false)
}

fn insort_right(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    insort_common(vm, a, "insort_right", true)
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("bisect_left", bisect_left),
        ("bisect_right", bisect_right),
        ("insort_left", insort_left),
        ("insort_right", insort_right),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let key = vm.intern(name);
        if let Some(f) = vm.dict_get_str(d, &key)? {
            set(vm, d, alias, f)?;
        }
    }
    set(vm, d, "__doc__", Value::str("Bisection algorithms."))?;
    Ok(())
}
