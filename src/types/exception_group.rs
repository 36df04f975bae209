//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), as CPython 3.11
//! has them: construction and its checks, `message`, `exceptions`, str,
//! `derive`, `split` and `subgroup`.
//!
//! Invariants:
//! - a group's fields live in its exception state (`ExcData::group`), set
//!   once by `BaseExceptionGroup.__new__`: `message` is a str and
//!   `exceptions` a non-empty tuple of exception instances; both are
//!   read-only attributes;
//! - `split`, `subgroup` and the `except*` machinery (vm/exc_star.rs) build
//!   their parts with the group's own `derive`, then copy the original's
//!   traceback, `__cause__`, `__context__` and a copy of its `__notes__`
//!   onto each part (and set `__suppress_context__`, as CPython's
//!   `PyException_SetCause` does);
//! - walking a nested group goes through `Vm::nested`, so a guest's deep
//!   nesting ends in RecursionError, never below the Rust stack's floor.

use std::collections::HashSet;

use crate::object::{Args, ExcGroup, NativeKind, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::exc::exc_data;

use super::registry::add_method;

/// The message and the exceptions of a group; None for anything else.
pub fn group_parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let d = v.as_obj().and_then(exc_data)?;
    let d = d.borrow();
    let g = d.group.as_ref()?;
    let excs = match g.exceptions.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    Some((g.message.clone(), excs))
}

/// Whether `v` is an exception group (one made by `BaseExceptionGroup.__new__`).
pub fn is_group(v: &Value) -> bool {
    v.as_obj()
        .and_then(exc_data)
        .is_some_and(|d| d.borrow().group.is_some())
}

/// `PySequence_Check`: a type with `__getitem__` that is not a mapping.
pub(crate) fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    let dict = vm.types.dict.clone();
    if vm.is_instance(v, &dict) {
        return false;
    }
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Range(_),
        ) => true,
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => false,
        _ => vm.lookup_special_str(v, "__getitem__").is_some(),
    }
}

fn eg_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(cls_v) = a.pos.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let beg = vm.exc_types.base_exception_group.clone();
    let cls = match cls_v.payload() {
        Some(Payload::Class(_)) => cls_v.as_obj().cloned(),
        _ => None,
    };
    let Some(cls) = cls else {
        let n = vm.type_name(cls_v);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__(X): X is not a type object ({n})"
        )));
    };
    if !vm.is_subclass(&cls, &beg) {
        let n = vm.class_name(&cls);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__({n}): {n} is not a subtype of BaseExceptionGroup"
        )));
    }
    let args = &a.pos[1..];
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, excs) = (&args[0], &args[1]);
    let str_t = vm.types.str_.clone();
    if !vm.is_instance(message, &str_t) {
        // CPython's argument parser names None itself, other values by type.
        let tn = match message {
            Value::None => "None".to_string(),
            m => vm.type_name(m),
        };
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
        )));
    }
    if !is_sequence(vm, excs) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base = vm.exc_types.base_exception.clone();
    let exception = vm.exc_types.exception.clone();
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !vm.is_instance(e, &base) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !vm.is_instance(e, &exception);
    }
    let eg = vm.exc_types.exception_group.clone();
    let mut cls = cls;
    if cls.is(&eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls.is(&beg) {
        if !nested_base {
            cls = eg;
        }
    } else if nested_base && vm.is_subclass(&cls, &exception) {
        let n = vm.class_name(&cls);
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{n}'")));
    }
    let inst = vm.new_instance(&cls);
    if let Some(d) = exc_data(&inst) {
        let mut d = d.borrow_mut();
        d.args = Value::tuple(args.to_vec());
        d.group = Some(Box::new(ExcGroup {
            message: message.clone(),
            exceptions: Value::tuple(items),
        }));
    }
    Ok(Value::Obj(inst))
}

fn eg_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        let tn = a.pos.first().map(|s| vm.type_name(s)).unwrap_or_default();
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    }
    super::exceptions::exc_init(vm, a)
}

/// The message and exceptions of `self`, or the TypeError of a method of
/// BaseExceptionGroup called on something else (CPython words the slot
/// `__str__` otherwise than the methods).
fn self_group(vm: &mut Vm, a: &Args, what: &str) -> PyResult<(Value, Vec<Value>)> {
    if let Some(p) = a.pos.first().and_then(group_parts) {
        return Ok(p);
    }
    let tn = a
        .pos
        .first()
        .map(|s| vm.type_name(s))
        .unwrap_or_else(|| "NoneType".to_string());
    Err(vm.type_error(if what == "__str__" {
        format!("descriptor '{what}' requires a 'BaseExceptionGroup' object but received a '{tn}'")
    } else {
        format!(
            "descriptor '{what}' for 'BaseExceptionGroup' objects doesn't apply to a '{tn}' object"
        )
    }))
}

fn eg_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (message, excs) = self_group(vm, a, "__str__")?;
    let m = vm.str(&message)?;
    let n = excs.len();
    let s = if n > 1 { "s" } else { "" };
    Ok(Value::string(format!("{m} ({n} sub-exception{s})")))
}

/// `BaseExceptionGroup(message, excs)`: an ExceptionGroup when every one
/// of `excs` is an Exception (CPython's `_PyExc_CreateExceptionGroup`).
pub fn new_group(vm: &mut Vm, message: Value, excs: Value) -> PyResult<Value> {
    let beg = Value::Obj(vm.exc_types.base_exception_group.clone());
    vm.call(&beg, &[message, excs])
}

fn eg_derive(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (message, _) = self_group(vm, a, "derive")?;
    no_keywords(vm, a, "derive")?;
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "function takes exactly 1 argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    new_group(vm, message, a.pos[1].clone())
}

fn no_keywords(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "BaseExceptionGroup.{name}() takes no keyword arguments"
    )))
}

/// What `split` and `subgroup` match an exception against.
pub enum Matcher {
    /// An exception class or a tuple of them (`isinstance`).
    Type(Value),
    /// A Python function called with each exception; true selects it.
    Predicate(Value),
    /// The identities of the exceptions to keep (except*'s re-raise).
    Ids(HashSet<usize>),
}

/// The matcher for `cond`, or CPython's TypeError.
pub fn matcher_of(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
    let base = vm.exc_types.base_exception.clone();
    let is_exc_class = |vm: &Vm, v: &Value| match v.payload() {
        Some(Payload::Class(_)) => v.as_obj().is_some_and(|c| vm.is_subclass(c, &base)),
        _ => false,
    };
    match cond.payload() {
        Some(Payload::Function(_)) => return Ok(Matcher::Predicate(cond.clone())),
        Some(Payload::Tuple(t)) if t.iter().all(|v| is_exc_class(vm, v)) => {
            return Ok(Matcher::Type(cond.clone()));
        }
        _ if is_exc_class(vm, cond) => return Ok(Matcher::Type(cond.clone())),
        _ => {}
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, e: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => vm.exception_matches(e, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(e))?;
            vm.truthy(&r)
        }
        Matcher::Ids(ids) => Ok(e.as_obj().is_some_and(|o| ids.contains(&o.addr()))),
    }
}

/// Split `exc` by `m`: the part that matches and (with `construct_rest`)
/// the part that does not, each None when empty. A group that matches as a
/// whole is its own match; a partial match is rebuilt with `derive`.
pub fn split_group(
    vm: &mut Vm,
    exc: &Value,
    m: &Matcher,
    construct_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, exc, m)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, excs)) = group_parts(exc) else {
        return Ok((None, construct_rest.then(|| exc.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in &excs {
        let (mt, rs) = vm.nested(" in exceptiongroup_split_recursive", |vm| {
            split_group(vm, e, m, construct_rest)
        })?;
        matched.extend(mt);
        rest.extend(rs);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if construct_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// `orig.derive(excs)` carrying `orig`'s traceback, cause, context and
/// notes; None when `excs` is empty.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr_str(orig, "derive")?;
    let eg = vm.call(&derive, &[Value::list(excs)])?;
    let beg = vm.exc_types.base_exception_group.clone();
    let (Some(src), Some(dst)) = (
        orig.as_obj().and_then(exc_data),
        eg.as_obj()
            .filter(|_| vm.is_instance(&eg, &beg))
            .and_then(exc_data),
    ) else {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    };
    if let Some(o) = eg.as_obj()
        && o.is_frozen()
    {
        return Err(crate::freeze::frozen_error(vm, o));
    }
    let (tb, cause, context) = {
        let s = src.borrow();
        (s.traceback.clone(), s.cause.clone(), s.context.clone())
    };
    {
        let mut d = dst.borrow_mut();
        if !tb.is_empty() {
            d.traceback = tb;
        }
        d.context = context;
        d.cause = cause;
        d.suppress_context = true;
    }
    let key = vm.intern("__notes__");
    if let Ok(notes) = vm.getattr(orig, &key)
        && is_sequence(vm, &notes)
    {
        let copy = vm.collect(&notes)?;
        vm.setattr(&eg, &key, Value::list(copy))?;
    }
    Ok(Some(eg))
}

fn cond_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    no_keywords(vm, a, name)?;
    match a.pos.len() {
        2 => Ok(a.pos[1].clone()),
        n => Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            n.saturating_sub(1)
        ))),
    }
}

fn eg_split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    self_group(vm, a, "split")?;
    let cond = cond_arg(vm, a, "split")?;
    let m = matcher_of(vm, &cond)?;
    let (matched, rest) = split_group(vm, &a.pos[0], &m, true)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

fn eg_subgroup(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    self_group(vm, a, "subgroup")?;
    let cond = cond_arg(vm, a, "subgroup")?;
    let m = matcher_of(vm, &cond)?;
    let (matched, _) = split_group(vm, &a.pos[0], &m, false)?;
    Ok(matched.unwrap_or(Value::None))
}

/// Add the identities of the leaf exceptions of `exc` (itself when it is
/// not a group) to `ids`.
pub fn leaf_ids(vm: &mut Vm, exc: &Value, ids: &mut HashSet<usize>) -> PyResult<()> {
    match group_parts(exc) {
        None => {
            if let Some(o) = exc.as_obj() {
                ids.insert(o.addr());
            }
            Ok(())
        }
        Some((_, excs)) => {
            for e in &excs {
                vm.nested(" in collect_exception_group_leaf_ids", |vm| {
                    leaf_ids(vm, e, ids)
                })?;
            }
            Ok(())
        }
    }
}

/// `eg.message` and `eg.exceptions` (None when `name` is neither or `v`
/// is not a group).
pub fn attr(v: &Value, name: &str) -> Option<Value> {
    if !matches!(name, "message" | "exceptions") {
        return None;
    }
    let d = v.as_obj().and_then(exc_data)?;
    let d = d.borrow();
    let g = d.group.as_ref()?;
    Some(match name {
        "message" => g.message.clone(),
        _ => g.exceptions.clone(),
    })
}

/// Install the methods of BaseExceptionGroup (ExceptionGroup inherits them).
pub fn register(vm: &mut Vm) {
    let b = vm.exc_types.base_exception_group.clone();
    add_method(&b, "__new__", eg_new, NativeKind::StaticMethod);
    add_method(&b, "__init__", eg_init, NativeKind::Method);
    add_method(&b, "__str__", eg_str, NativeKind::Method);
    add_method(&b, "derive", eg_derive, NativeKind::Method);
    add_method(&b, "split", eg_split, NativeKind::Method);
    add_method(&b, "subgroup", eg_subgroup, NativeKind::Method);
}
