//! Iteration builtins: iter, next, aiter, anext, all, any, sorted (over
//! types/sort.rs, as `list.sort`), and the constructors of
//! the builtin iterator types map, filter, zip, enumerate and reversed.

use crate::object::{Args, IterState, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::iter::new_iter;

use super::{check_kw, def, kwarg, positional, set_builtin, set_new};

/// Register the functions of this file.
pub(super) fn install(vm: &mut Vm) {
    def(vm, "iter", iter);
    def(vm, "next", next);
    def(vm, "aiter", aiter);
    def(vm, "anext", anext);
    def(vm, "all", all);
    def(vm, "any", any);
    def(vm, "sorted", sorted);
}

const ITER_TYPES: [(&str, crate::vm::NativeFn); 5] = [
    ("map", map_new),
    ("filter", filter_new),
    ("zip", zip_new),
    ("enumerate", enumerate_new),
    ("reversed", reversed_new),
];

/// Make map, filter, zip, enumerate and reversed callable (once per process,
/// with the other builtin types' methods).
pub(crate) fn register_iter_types(vm: &mut Vm) {
    for (name, f) in ITER_TYPES {
        set_new(&vm.types.iter_type(name), f);
    }
}

/// Make map, filter, zip, enumerate and reversed visible as builtins.
pub(super) fn install_iter_types(vm: &mut Vm) {
    for (name, _) in ITER_TYPES {
        let cls = vm.types.iter_type(name);
        set_builtin(vm, name, Value::Obj(cls));
    }
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "iter", a, 1, 2)?;
    match a.pos.get(1) {
        None => vm.iter(&a.pos[0]),
        Some(sentinel) => {
            if !super::functions::is_callable(vm, &a.pos[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(new_iter(
                IterState::Callable {
                    func: a.pos[0].clone(),
                    sentinel: sentinel.clone(),
                },
                "callable_iterator",
            ))
        }
    }
}

/// `aiter(x)`: `x.__aiter__()`, which must be an async iterator.
fn aiter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "aiter", a, 1, 1)?;
    let x = &a.pos[0];
    let Some(f) = vm.lookup_special_str(x, "__aiter__") else {
        let tn = vm.type_name(x);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterable")));
    };
    let it = vm.call(&f, std::slice::from_ref(x))?;
    if vm.lookup_special_str(&it, "__anext__").is_none() {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{tn}'"
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable `it.__anext__()`; with a default,
/// one whose StopAsyncIteration gives the default instead.
fn anext(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "anext", a, 1, 2)?;
    let it = &a.pos[0];
    let Some(f) = vm.lookup_special_str(it, "__anext__") else {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    };
    let awaitable = vm.call(&f, std::slice::from_ref(it))?;
    Ok(match a.pos.get(1) {
        Some(d) => crate::types::anext_awaitable::new(awaitable, d.clone()),
        None => awaitable,
    })
}

fn next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "next", a, 1, 2)?;
    let it = &a.pos[0];
    let is_iter = match it.payload() {
        Some(Payload::Iter(_)) => true,
        Some(p @ Payload::Generator(_)) => p.is_plain_generator(),
        Some(p) if p.class_protocols() => vm.lookup_special_str(it, "__next__").is_some(),
        _ => false,
    };
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    if it.payload().is_some_and(Payload::class_protocols) && a.pos.get(1).is_none() {
        // Let the instance's own StopIteration (with its value) propagate.
        if let Some(f) = vm.lookup_special_str(it, "__next__") {
            return vm.call(&f, std::slice::from_ref(it));
        }
    }
    if let (Some(Payload::Generator(_)), Some(g)) = (it.payload(), it.as_obj()) {
        // Keep the generator's return value in the StopIteration.
        let g = g.clone();
        return match vm.gen_resume(&g, Value::None)? {
            crate::vm::generator::GenStep::Yield(v) => Ok(v),
            crate::vm::generator::GenStep::Return(r) => match a.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn all(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "all", a, 1, 1)?;
    let it = vm.iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "any", a, 1, 1)?;
    let it = vm.iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn sorted(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "sorted", a, &["key", "reverse"])?;
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let mut items = vm.collect(&a.pos[0])?;
    let key = kwarg(a, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(a, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    crate::types::sort::sort(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

// ----- iterator constructors ---------------------------------------------

/// The arguments after `cls`.
fn ctor_args<'a>(a: &'a Args) -> &'a [Value] {
    a.pos.get(1..).unwrap_or(&[])
}

fn map_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let args = ctor_args(a);
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for it in &args[1..] {
        iters.push(vm.iter(it)?);
    }
    Ok(new_iter(
        IterState::Map {
            func: args[0].clone(),
            iters: iters.into_boxed_slice(),
        },
        "map",
    ))
}

fn filter_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    let args = ctor_args(a);
    if args.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", args.len())));
    }
    let inner = vm.iter(&args[1])?;
    Ok(new_iter(
        IterState::Filter {
            func: args[0].clone(),
            inner,
        },
        "filter",
    ))
}

fn zip_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "zip", a, &["strict"])?;
    let strict = match kwarg(a, "strict") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let args = ctor_args(a);
    let mut iters = Vec::with_capacity(args.len());
    for it in args {
        iters.push(vm.iter(it)?);
    }
    Ok(new_iter(
        IterState::Zip {
            iters: iters.into_boxed_slice(),
            strict,
        },
        "zip",
    ))
}

fn enumerate_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "enumerate", a, &["iterable", "start"])?;
    let args = ctor_args(a);
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let Some(iterable) = args.first().cloned().or_else(|| kwarg(a, "iterable")) else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(a, "start"))
        .unwrap_or(Value::Int(0));
    let count = match &start {
        Value::Int(_) => start.clone(),
        Value::Bool(b) => Value::Int(i64::from(*b)),
        _ => Value::from_bigint(crate::types::int::index_bigint(vm, &start)?),
    };
    let inner = vm.iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate { inner, count }, "enumerate"))
}

fn reversed_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    let args = ctor_args(a);
    if args.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.len())));
    }
    reversed_of(vm, &args[0])
}

/// `reversed(seq)` (also `range.__reversed__`).
pub(crate) fn reversed_of(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let Value::Obj(o) = seq else {
        return Err(not_reversible(vm, seq));
    };
    match o.payload() {
        Payload::List(l) => {
            let n = l.borrow().len();
            Ok(new_iter(
                IterState::Reversed {
                    seq: o.clone(),
                    index: n,
                },
                "list_reverseiterator",
            ))
        }
        Payload::Tuple(t) => Ok(new_iter(
            IterState::Reversed {
                seq: o.clone(),
                index: t.len(),
            },
            "reversed",
        )),
        Payload::Bytes(b) => Ok(new_iter(
            IterState::Reversed {
                seq: o.clone(),
                index: b.len(),
            },
            "reversed",
        )),
        Payload::Str(s) => Ok(new_iter(
            IterState::Reversed {
                seq: o.clone(),
                index: s.s.len(),
            },
            "reversed",
        )),
        Payload::Range(r) => Ok(crate::types::range::reversed(r)),
        Payload::Dict(_) | Payload::DictView(..) => {
            let mut items = vm.collect(seq)?;
            items.reverse();
            vm.iter(&Value::list(items))
        }
        p if crate::vm::meta::protocols(p) => {
            match vm.lookup_special_str(seq, "__reversed__") {
                // `__reversed__ = None` (collections.abc.Mapping) opts out.
                Some(Value::None) => return Err(not_reversible(vm, seq)),
                Some(f) => return vm.call(&f, std::slice::from_ref(seq)),
                None => {}
            }
            if vm.lookup_special_str(seq, "__len__").is_some()
                && vm.lookup_special_str(seq, "__getitem__").is_some()
            {
                let n = vm.len(seq)?;
                return Ok(new_iter(
                    IterState::GetItemBack {
                        obj: seq.clone(),
                        index: n - 1,
                    },
                    "reversed",
                ));
            }
            Err(not_reversible(vm, seq))
        }
        _ => Err(not_reversible(vm, seq)),
    }
}

fn not_reversible(vm: &mut Vm, v: &Value) -> crate::object::Exc {
    let tn = vm.type_name(v);
    vm.type_error(format!("'{tn}' object is not reversible"))
}
