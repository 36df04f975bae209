//! The range type: construction, length, indexing and slicing, membership,
//! `index`/`count`, iteration and reversal, all in 128-bit arithmetic so that
//! `range(10**20)` behaves as in CPython. Iteration over ranges whose items fit
//! in an `i64` uses the VM's fast iterator.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{Args, IterState, ObjRef, Payload, PyResult, Range, Value};
use crate::vm::Vm;
use crate::vm::iter::new_iter;

/// An `i128` as a Python int.
pub fn int_value(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(v) => Value::Int(v),
        Err(_) => Value::from_bigint(BigInt::from(i)),
    }
}

/// An int argument as `i128` (OverflowError beyond that; TypeError for
/// non-ints, honouring `__index__`).
fn bound(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(i128::from(*i)),
        Value::Bool(b) => Ok(i128::from(*b)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => b.to_i128().ok_or_else(|| {
                vm.overflow_error("range() bounds beyond 128 bits are not supported by sandpy")
            }),
            _ => vm.index_value(v).map(i128::from),
        },
        _ => vm.index_value(v).map(i128::from),
    }
}

/// An int as `i128` if it is one (None for non-ints and out-of-range ints).
fn as_i128(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(i128::from(*i)),
        Value::Bool(b) => Some(i128::from(*b)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => b.to_i128(),
            _ => None,
        },
        _ => None,
    }
}

/// `range(...)`.
pub fn range_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = &a.pos[1.min(a.pos.len())..];
    if !a.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match args.len() {
        1 => (0, bound(vm, &args[0])?, 1),
        2 => (bound(vm, &args[0])?, bound(vm, &args[1])?, 1),
        3 => (
            bound(vm, &args[0])?,
            bound(vm, &args[1])?,
            bound(vm, &args[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(ObjRef::new(Payload::Range(Range {
        start,
        stop,
        step,
    }))))
}

/// `len(r)`: OverflowError when it does not fit a machine size.
pub fn len(vm: &mut Vm, r: &Range) -> PyResult<i64> {
    i64::try_from(r.len())
        .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// Position of `x` in `r`, if it is an item.
fn position(r: &Range, x: i128) -> Option<i128> {
    let off = x.checked_sub(r.start)?;
    if off % r.step != 0 {
        return None;
    }
    let k = off / r.step;
    (k >= 0 && k < r.len()).then_some(k)
}

/// `x in r` for int items; None when `x` is not an int (the caller compares
/// item by item, as CPython does for other types).
pub fn contains(r: &Range, x: &Value) -> Option<bool> {
    match x {
        Value::Int(_) | Value::Bool(_) => as_i128(x).map(|i| position(r, i).is_some()),
        Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => {
            Some(as_i128(x).is_some_and(|i| position(r, i).is_some()))
        }
        _ => None,
    }
}

/// `r[key]` for an int or slice key.
pub fn getitem(vm: &mut Vm, r: &Range, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(s)) = key.payload() {
        let s = s.clone();
        // Slice bounds are clamped into the range's length.
        let n = r.len();
        let step = match &s[2] {
            Value::None => 1,
            v => bound(vm, v)?,
        };
        if step == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let clamp = |v: i128, lo: i128, hi: i128| v.clamp(lo, hi);
        let adjust = |vm: &mut Vm, v: &Value, default: i128| -> PyResult<i128> {
            match v {
                Value::None => Ok(default),
                v => {
                    let i = bound(vm, v)?;
                    Ok(if i < 0 { i + n } else { i })
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                clamp(adjust(vm, &s[0], 0)?, 0, n),
                clamp(adjust(vm, &s[1], n)?, 0, n),
            )
        } else {
            (
                clamp(adjust(vm, &s[0], n - 1)?, -1, n - 1),
                clamp(adjust(vm, &s[1], -1)?, -1, n - 1),
            )
        };
        return Ok(Value::Obj(ObjRef::new(Payload::Range(Range {
            start: r.item(start),
            stop: r.item(stop),
            step: r.step.saturating_mul(step),
        }))));
    }
    let Some(i) = as_i128(key).or_else(|| {
        matches!(key.payload(), Some(Payload::Instance(_)))
            .then_some(0)
            .and(None)
    }) else {
        if matches!(key.payload(), Some(Payload::Instance(_))) {
            let i = vm.index_value(key)?;
            return getitem(vm, r, &Value::Int(i));
        }
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {tn}"
        )));
    };
    let n = r.len();
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(int_value(r.item(j)))
}

fn self_and_arg<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<(Range, &'a Value)> {
    match (a.pos.first().and_then(|v| v.payload()), a.pos.get(1)) {
        (Some(Payload::Range(r)), Some(x)) => Ok((*r, x)),
        _ => Err(vm.type_error(format!("{name}() takes exactly one argument"))),
    }
}

/// `range.index(x)`.
pub fn range_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, x) = self_and_arg(vm, a, "index")?;
    match contains(&r, x) {
        Some(true) => {
            let i = as_i128(x).unwrap_or(0);
            Ok(int_value(position(&r, i).unwrap_or(0)))
        }
        Some(false) => {
            let rx = vm.repr(x)?;
            Err(vm.value_error(format!("{rx} is not in range")))
        }
        None => {
            // Other types: compare item by item as a sequence would.
            let it = iter(&r);
            let mut k: i64 = 0;
            while let Some(v) = vm.next(&it)? {
                if vm.eq(&v, x)? {
                    return Ok(Value::Int(k));
                }
                k += 1;
            }
            let rx = vm.repr(x)?;
            Err(vm.value_error(format!("{rx} is not in range")))
        }
    }
}

/// `range.count(x)`.
pub fn range_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, x) = self_and_arg(vm, a, "count")?;
    match contains(&r, x) {
        Some(found) => Ok(Value::Int(i64::from(found))),
        None => {
            let it = iter(&r);
            let mut n: i64 = 0;
            while let Some(v) = vm.next(&it)? {
                if vm.eq(&v, x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}

fn iter_from(first: i128, step: i128, count: i128) -> Value {
    let last = first.wrapping_add(step.wrapping_mul((count - 1).max(0)));
    let small = i64::try_from(first).is_ok()
        && i64::try_from(last).is_ok()
        && i64::try_from(step).is_ok()
        && i64::try_from(count).is_ok();
    if small {
        new_iter(
            IterState::Range {
                next: first as i64,
                step: step as i64,
                left: count as i64,
                len: count as i64,
            },
            "range_iterator",
        )
    } else {
        new_iter(
            IterState::BigRange(Box::new(crate::object::BigRangeIter {
                next: first,
                step,
                left: count,
                len: count,
            })),
            "longrange_iterator",
        )
    }
}

/// `iter(r)`.
pub fn iter(r: &Range) -> Value {
    iter_from(r.start, r.step, r.len())
}

/// `reversed(r)`.
pub fn reversed(r: &Range) -> Value {
    let n = r.len();
    iter_from(r.item(n - 1), -r.step, n)
}
