//! The constructors (`__new__`) of the simple itertools types, their
//! argument checks (worded as CPython's) and the reprs of count and repeat.

use super::{
    ACCUMULATE, CHAIN, COMPRESS, COUNT, CYCLE, DROPWHILE, FILTERFALSE, ISLICE, PAIRWISE, REPEAT,
    STARMAP, St, TAKEWHILE, ZIP_LONGEST, new_tool, ssize, this,
};
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// The arguments of a `__new__` without the class.
pub(crate) fn strip_cls<'a>(a: &'a Args<'a>) -> Args<'a> {
    Args {
        pos: a.pos.get(1..).unwrap_or(&[]),
        kw: a.kw,
    }
}

/// A positional-only signature: "NAME expected N arguments, got M".
pub(crate) fn exact(vm: &mut Vm, name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.pos.len();
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let msg = if min == max && n != min {
        format!("{name} expected {min} {}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} {}, got {n}", plural(min))
    } else if n > max {
        format!("{name} expected at most {max} {}, got {n}", plural(max))
    } else {
        return Ok(());
    };
    Err(vm.type_error(msg))
}

/// Arguments by position or keyword, as CPython's argument parser reads
/// them: `names` in order, the first `required` of them required, at most
/// `max_pos` by position. One slot per name.
pub(crate) fn parse(
    vm: &mut Vm,
    fname: &str,
    a: &Args,
    names: &[&str],
    required: usize,
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let total = a.pos.len() + a.kw.len();
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    if a.pos.len() > max_pos {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max_pos} positional argument{} ({} given)",
            if max_pos == 1 { "" } else { "s" },
            a.pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, v) in a.pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in a.kw {
        let key = match k.payload() {
            Payload::Str(s) => s.s.to_string(),
            _ => String::new(),
        };
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Whether `v` is a number for `count` (an int, float or complex, or an
/// object with `__index__`, `__int__`, `__float__` or `__complex__`).
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(_) => true,
            Payload::Host(h)
                if std::ptr::eq(h.get().host_type(), &crate::types::complex::COMPLEX_TYPE) =>
            {
                true
            }
            Payload::Instance(_) | Payload::Host(_) => {
                ["__index__", "__int__", "__float__", "__complex__"]
                    .iter()
                    .any(|m| vm.lookup_special_str(v, m).is_some())
            }
            _ => false,
        },
        _ => false,
    }
}

pub(super) fn count_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    let p = parse(vm, "count", &a, &["start", "step"], 0, 2)?;
    let mut start = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    // CPython counts in machine ints when the step is the int 1: a bool
    // start then counts as its int.
    if let (Value::Bool(b), Value::Int(1) | Value::Bool(true)) = (&start, &step) {
        start = Value::Int(i64::from(*b));
    }
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(new_tool(&COUNT, St::Count { cur: start, step }))
}

pub(super) fn count_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = this(vm, a, &COUNT, "__repr__")?;
    let (cur, step) = match &*t.st.borrow() {
        St::Count { cur, step } => (cur.clone(), step.clone()),
        _ => (Value::Int(0), Value::Int(1)),
    };
    let c = vm.nested(" while getting the repr of an object", |vm| vm.repr(&cur))?;
    let one = matches!(step, Value::Int(1) | Value::Bool(true));
    if one {
        return Ok(Value::string(format!("count({c})")));
    }
    let s = vm.nested(" while getting the repr of an object", |vm| vm.repr(&step))?;
    Ok(Value::string(format!("count({c}, {s})")))
}

pub(super) fn cycle_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    exact(vm, "cycle", &a, 1, 1)?;
    let it = vm.iter(&a.pos[0])?;
    Ok(new_tool(
        &CYCLE,
        St::Cycle {
            it: Some(it),
            saved: Vec::new(),
            index: 0,
            first_pass: false,
        },
    ))
}

pub(super) fn repeat_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    let p = parse(vm, "repeat", &a, &["object", "times"], 1, 2)?;
    let obj = p[0].clone().unwrap_or(Value::None);
    let left = match &p[1] {
        Some(t) => Some(ssize(vm, t)?.max(0)),
        None => None,
    };
    Ok(new_tool(&REPEAT, St::Repeat { obj, left }))
}

fn repeat_parts(vm: &mut Vm, a: &Args, m: &str) -> PyResult<(Value, Option<i64>)> {
    let t = this(vm, a, &REPEAT, m)?;
    Ok(match &*t.st.borrow() {
        St::Repeat { obj, left } => (obj.clone(), *left),
        _ => (Value::None, Some(0)),
    })
}

pub(super) fn repeat_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (obj, left) = repeat_parts(vm, a, "__repr__")?;
    let r = vm.nested(" while getting the repr of an object", |vm| vm.repr(&obj))?;
    Ok(Value::string(match left {
        None => format!("repeat({r})"),
        Some(n) => format!("repeat({r}, {n})"),
    }))
}

pub(super) fn repeat_hint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match repeat_parts(vm, a, "__length_hint__")?.1 {
        None => Err(vm.type_error("len() of unsized object")),
        Some(n) => Ok(Value::Int(n)),
    }
}

pub(super) fn accumulate_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    let p = parse(vm, "accumulate", &a, &["iterable", "func", "initial"], 1, 2)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let func = p[1].clone().filter(|f| !f.is_none());
    let initial = p[2].clone().filter(|f| !f.is_none());
    Ok(new_tool(
        &ACCUMULATE,
        St::Accumulate {
            it,
            func,
            total: None,
            initial,
        },
    ))
}

pub(super) fn chain_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    if !a.kw.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let source = vm.iter(&Value::tuple(a.pos.to_vec()))?;
    Ok(new_tool(
        &CHAIN,
        St::Chain {
            source: Some(source),
            active: None,
        },
    ))
}

pub(super) fn chain_from_iterable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    if !a.kw.is_empty() {
        return Err(vm.type_error("chain.from_iterable() takes no keyword arguments"));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let source = vm.iter(&a.pos[0])?;
    Ok(new_tool(
        &CHAIN,
        St::Chain {
            source: Some(source),
            active: None,
        },
    ))
}

pub(super) fn compress_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    let p = parse(vm, "compress", &a, &["data", "selectors"], 2, 2)?;
    let data = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = vm.iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(new_tool(&COMPRESS, St::Compress { data, selectors }))
}

/// The `(predicate, iterator)` of dropwhile, takewhile and filterfalse.
fn pred_and_iter(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, Value)> {
    let a = strip_cls(a);
    exact(vm, name, &a, 2, 2)?;
    let it = vm.iter(&a.pos[1])?;
    Ok((a.pos[0].clone(), it))
}

pub(super) fn dropwhile_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(vm, a, "dropwhile")?;
    Ok(new_tool(
        &DROPWHILE,
        St::DropWhile {
            pred,
            it,
            dropped: false,
        },
    ))
}

pub(super) fn takewhile_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(vm, a, "takewhile")?;
    Ok(new_tool(&TAKEWHILE, St::TakeWhile { pred, it }))
}

pub(super) fn filterfalse_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(vm, a, "filterfalse")?;
    let pred = Some(pred).filter(|p| !p.is_none());
    Ok(new_tool(&FILTERFALSE, St::FilterFalse { pred, it }))
}

/// An islice bound: None, or an int in `0..=sys.maxsize`.
fn islice_bound(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    let bad = |vm: &mut Vm| vm.value_error(msg);
    let is_int = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload(), Payload::BigInt(_))
                || vm.lookup_special_str(v, "__index__").is_some()
        }
        _ => false,
    };
    if !is_int {
        return Err(bad(vm));
    }
    match ssize(vm, v) {
        Ok(n) if n >= 0 => Ok(Some(n)),
        Ok(_) => Err(bad(vm)),
        Err(e) => {
            let ov = vm.exc_types.overflow_error.clone();
            if vm.exc_is(&e, &ov) {
                Err(bad(vm))
            } else {
                Err(e)
            }
        }
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const START_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MSG: &str = "Step for islice() must be a positive integer or None.";

pub(super) fn islice_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    exact(vm, "islice", &a, 2, 4)?;
    let (start, stop, step) = if a.pos.len() == 2 {
        (0, islice_bound(vm, &a.pos[1], STOP_MSG)?, 1)
    } else {
        let stop = islice_bound(vm, &a.pos[2], STOP_MSG)?;
        let start = islice_bound(vm, &a.pos[1], START_MSG)?.unwrap_or(0);
        let step = match a.pos.get(3) {
            None => 1,
            Some(s) => match islice_bound(vm, s, STEP_MSG) {
                Ok(Some(n)) if n >= 1 => n,
                Ok(None) => 1,
                Ok(Some(_)) => return Err(vm.value_error(STEP_MSG)),
                Err(e) => return Err(e),
            },
        };
        (start, stop, step)
    };
    let it = vm.iter(&a.pos[0])?;
    Ok(new_tool(
        &ISLICE,
        St::ISlice {
            it: Some(it),
            next: start,
            stop,
            step,
            count: 0,
        },
    ))
}

pub(super) fn pairwise_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    exact(vm, "pairwise", &a, 1, 1)?;
    let it = vm.iter(&a.pos[0])?;
    Ok(new_tool(
        &PAIRWISE,
        St::Pairwise {
            it: Some(it),
            old: None,
        },
    ))
}

pub(super) fn starmap_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (func, it) = pred_and_iter(vm, a, "starmap")?;
    Ok(new_tool(&STARMAP, St::StarMap { func, it }))
}

pub(super) fn zip_longest_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    let mut fill = Value::None;
    for (k, v) in a.kw {
        if k.payload_str_is("fillvalue") {
            fill = v.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    vm.work(a.pos.len())?;
    let mut its = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        its.push(Some(vm.iter(v)?));
    }
    let active = its.len();
    Ok(new_tool(&ZIP_LONGEST, St::ZipLongest { its, active, fill }))
}

/// Small extension: whether a str object's text is `s`.
trait StrIs {
    fn payload_str_is(&self, s: &str) -> bool;
}

impl StrIs for ObjRef {
    fn payload_str_is(&self, s: &str) -> bool {
        matches!(self.payload(), Payload::Str(t) if &*t.s == s)
    }
}
