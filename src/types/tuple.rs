//! tuple methods, and the argument checking shared by the method files of
//! the builtin sequence and mapping types (str.rs, bytes.rs, list.rs,
//! tuple.rs, dict_methods.rs).
//!
//! Invariants:
//! - Every native here takes `self` as `a.pos[0]` and checks its type before
//!   use: a method fetched from the class and called on the wrong object
//!   (`tuple.count([1], 1)`) raises TypeError as CPython does.
//! - Argument errors carry CPython 3.11's messages. Four families exist
//!   there and are reproduced by [`bind`]: Argument Clinic functions that
//!   accept keywords (`split() takes at most 2 arguments (3 given)`),
//!   positional-only ones (`index expected at least 1 argument, got 0`),
//!   `PyArg_ParseTuple` ones (`find() takes at least 1 argument (0 given)`), and
//!   `METH_NOARGS`/`METH_O` ones ([`no_args`], [`one_arg`]).
//! - The operator dunders (`__add__`, `__eq__`, ...) are thin wrappers over
//!   the VM's builtin paths (`seq_ops`), returning NotImplemented where those
//!   do not apply, so `tuple.__add__` exists and agrees with `+`.

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::registry::add_method;
use super::seq_ops;

// ------------------------------------------------------------ argument helpers

/// The signature of a native method, for [`bind`].
pub(crate) struct Sig {
    /// The name CPython shows in messages (`split`, not `str.split`).
    pub name: &'static str,
    /// Parameter names, in order.
    pub params: &'static [&'static str],
    /// How many leading parameters are required.
    pub required: usize,
    /// How the function takes arguments, which decides its messages.
    pub style: Style,
}

/// The CPython argument parser a native imitates.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Argument Clinic with keywords: `split() takes at most 2 arguments (3 given)`.
    Keywords,
    /// Argument Clinic, positional only: `index expected at least 1 argument, got 0`.
    Positional,
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Legacy,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "argument" } else { "arguments" }
}

/// Bound arguments: one slot per parameter, None where the caller gave
/// nothing (inline for up to four parameters: no allocation per call).
pub(crate) type Bound = smallvec::SmallVec<[Option<Value>; 4]>;

/// Bind the arguments after `self` to `sig`'s parameters.
pub(crate) fn bind(vm: &mut Vm, a: &Args, sig: &Sig) -> PyResult<Bound> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if sig.style != Style::Keywords && !a.kw.is_empty() {
        // CPython names the owner here: `str.find() takes no keyword arguments`.
        let owner = match a.pos.first() {
            Some(Value::Obj(o)) if matches!(o.payload(), Payload::Class(_)) => vm.class_name(o),
            Some(v) => vm.type_name(v),
            None => String::from("object"),
        };
        return Err(vm.type_error(format!("{owner}.{}() takes no keyword arguments", sig.name)));
    }
    bind_from(vm, pos, a.kw, sig)
}

/// [`bind`] over explicit positional arguments (static and class methods).
pub(crate) fn bind_from(
    vm: &mut Vm,
    pos: &[Value],
    kw: &[(ObjRef, Value)],
    sig: &Sig,
) -> PyResult<Bound> {
    let (name, max, min) = (sig.name, sig.params.len(), sig.required);
    if sig.style != Style::Keywords && !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = pos.len();
    let total = given + kw.len();
    if total > max {
        return Err(vm.type_error(match sig.style {
            Style::Keywords | Style::Legacy => {
                format!(
                    "{name}() takes at most {max} {} ({total} given)",
                    plural(max)
                )
            }
            Style::Positional if min == max => {
                format!("{name} expected {max} {}, got {given}", plural(max))
            }
            Style::Positional => {
                format!("{name} expected at most {max} {}, got {given}", plural(max))
            }
        }));
    }
    let mut slots: Bound = smallvec::smallvec![None; max];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let key: &str = match k.payload() {
            Payload::Str(s) => &s.s,
            _ => "?",
        };
        match sig.params.iter().position(|p| *p == key) {
            Some(i) if i < given => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(v.clone());
                }
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    if let Some(missing) = slots.iter().take(min).position(Option::is_none) {
        return Err(vm.type_error(match sig.style {
            Style::Keywords => {
                let p = sig.params.get(missing).copied().unwrap_or("?");
                format!(
                    "{name}() missing required argument '{p}' (pos {})",
                    missing + 1
                )
            }
            Style::Legacy => {
                format!(
                    "{name}() takes at least {min} {} ({given} given)",
                    plural(min)
                )
            }
            Style::Positional if min == max => {
                format!("{name} expected {min} {}, got {given}", plural(min))
            }
            Style::Positional => {
                format!(
                    "{name} expected at least {min} {}, got {given}",
                    plural(min)
                )
            }
        }));
    }
    Ok(slots)
}

/// Check a `METH_NOARGS` method was given nothing after `self`.
#[inline]
pub(crate) fn no_args(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<()> {
    if a.kw.is_empty() && a.pos.len() <= 1 {
        return Ok(());
    }
    Err(arity_error(vm, a, qualname, 0))
}

/// The one argument of a `METH_O` method.
#[inline]
pub(crate) fn one_arg<'a>(vm: &mut Vm, a: &'a Args, qualname: &str) -> PyResult<&'a Value> {
    if a.kw.is_empty()
        && let [_, v] = a.pos
    {
        return Ok(v);
    }
    Err(arity_error(vm, a, qualname, 1))
}

/// The TypeError of `no_args` (`expected` 0) or `one_arg` (1).
#[cold]
#[inline(never)]
fn arity_error(vm: &mut Vm, a: &Args, qualname: &str, expected: usize) -> Exc {
    if !a.kw.is_empty() {
        return vm.type_error(format!("{qualname}() takes no keyword arguments"));
    }
    let n = a.pos.len().saturating_sub(1);
    if expected == 0 {
        vm.type_error(format!("{qualname}() takes no arguments ({n} given)"))
    } else {
        vm.type_error(format!(
            "{qualname}() takes exactly one argument ({n} given)"
        ))
    }
}

/// The TypeError for a method called on an object of the wrong type.
#[cold]
pub(crate) fn bad_self(vm: &mut Vm, a: &Args, ty: &str, method: &str) -> Exc {
    match a.pos.first() {
        None => vm.type_error(format!("unbound method {ty}.{method}() needs an argument")),
        Some(v) => {
            let tn = vm.type_name(v);
            vm.type_error(format!(
                "descriptor '{method}' for '{ty}' objects doesn't apply to a '{tn}' object"
            ))
        }
    }
}

/// A start/end argument of `find`, `count`, ...: None means "not given";
/// huge ints clamp, as CPython's `_PyEval_SliceIndex` does.
pub(crate) fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(i64::from(*b))),
        Some(v) => {
            if let Some(b) = v.to_bigint() {
                return Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                }));
            }
            if matches!(v.payload(), Some(Payload::Instance(_)))
                && vm.lookup_special_str(v, "__index__").is_some()
            {
                return vm.index_value(v).map(Some);
            }
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// An int argument (`__index__` semantics) with a default.
pub(crate) fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) if matches!(v.payload(), Some(Payload::BigInt(_))) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        Some(v) => vm.index_value(v),
    }
}

/// The bounds `start`/`stop` of `index()` on a sequence of `len` items,
/// resolved like a slice (`_PyEval_SliceIndexNotNone` + clamping).
pub(crate) fn index_bounds(
    vm: &mut Vm,
    start: Option<&Value>,
    stop: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            None => default,
            Some(Value::None) => {
                return Err(
                    vm.type_error("slice indices must be integers or have an __index__ method")
                );
            }
            Some(v) => slice_index(vm, Some(v))?.unwrap_or(default),
        };
        let i = if i < 0 {
            i.saturating_add(n).max(0)
        } else {
            i.min(n)
        };
        Ok(usize::try_from(i).unwrap_or(0))
    };
    let lo = bound(start, 0)?;
    let hi = bound(stop, n)?;
    Ok((lo, hi))
}

// ------------------------------------------------------------ shared dunders

/// `x.__len__()` for any builtin container.
pub(crate) fn op_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    vm.len(&v).map(Value::Int)
}

/// `x.__getitem__(key)`.
pub(crate) fn op_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let key = one_arg(vm, a, "__getitem__")?.clone();
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    vm.getitem(&v, &key)
}

/// `x.__contains__(item)`.
pub(crate) fn op_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let item = one_arg(vm, a, "__contains__")?.clone();
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    vm.contains(&v, &item).map(Value::Bool)
}

/// `x.__iter__()`.
pub(crate) fn op_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    vm.iter(&v)
}

/// `x.__hash__()`.
pub(crate) fn op_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    vm.hash(&v).map(Value::Int)
}

fn binary(vm: &mut Vm, a: &Args, name: &str, kind: BinOpKind, swap: bool) -> PyResult<Value> {
    let other = one_arg(vm, a, name)?.clone();
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let (x, y) = if swap { (other, this) } else { (this, other) };
    Ok(seq_ops::binary(vm, &x, &y, kind)?.unwrap_or_else(|| vm.not_implemented()))
}

fn compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOpKind) -> PyResult<Value> {
    let other = one_arg(vm, a, name)?.clone();
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    // Only same-kind operands compare here; others are NotImplemented.
    let same = match (this.payload(), other.payload()) {
        (Some(x), Some(y)) => std::mem::discriminant(x) == std::mem::discriminant(y),
        _ => false,
    };
    if !same {
        return Ok(vm.not_implemented());
    }
    Ok(match seq_ops::compare(vm, &this, &other, op)? {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented(),
    })
}

/// `x.__add__(y)`.
pub(crate) fn op_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__add__", BinOpKind::Add, false)
}

/// `x.__mul__(n)`.
pub(crate) fn op_mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__mul__", BinOpKind::Mul, false)
}

/// `x.__rmul__(n)`.
pub(crate) fn op_rmul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rmul__", BinOpKind::Mul, true)
}

/// `x.__mod__(y)` (str formatting).
pub(crate) fn op_mod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__mod__", BinOpKind::Mod, false)
}

/// `x.__or__(y)`.
pub(crate) fn op_or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__or__", BinOpKind::Or, false)
}

pub(crate) fn op_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", CmpOpKind::Eq)
}
pub(crate) fn op_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", CmpOpKind::Ne)
}
pub(crate) fn op_lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__lt__", CmpOpKind::Lt)
}
pub(crate) fn op_le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__le__", CmpOpKind::Le)
}
pub(crate) fn op_gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__gt__", CmpOpKind::Gt)
}
pub(crate) fn op_ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__ge__", CmpOpKind::Ge)
}

/// Register the comparison dunders on `cls` (all six, or only `==`/`!=`).
pub(crate) fn add_comparisons(cls: &ObjRef, ordered: bool) {
    add_method(cls, "__eq__", op_eq, NativeKind::Method);
    add_method(cls, "__ne__", op_ne, NativeKind::Method);
    if ordered {
        add_method(cls, "__lt__", op_lt, NativeKind::Method);
        add_method(cls, "__le__", op_le, NativeKind::Method);
        add_method(cls, "__gt__", op_gt, NativeKind::Method);
        add_method(cls, "__ge__", op_ge, NativeKind::Method);
    }
}

/// Refuse a result of `n` items beyond [`seq_ops::MAX_ITEMS`].
pub(crate) fn check_items(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > seq_ops::MAX_ITEMS {
        return Err(vm.memory_error(&format!(
            "result of {n} items is too large (limit {})",
            seq_ops::MAX_ITEMS
        )));
    }
    Ok(())
}

// ------------------------------------------------------------ tuple methods

fn this(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Box<[Value]>> {
    match a.pos.first().and_then(Value::payload) {
        Some(Payload::Tuple(t)) => Ok(t.clone()),
        _ => Err(bad_self(vm, a, "tuple", method)),
    }
}

/// `tuple.index(x, start=0, stop=sys.maxsize)`.
fn tuple_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = this(vm, a, "index")?;
    const SIG: Sig = Sig {
        name: "index",
        params: &["value", "start", "stop"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let x = args.first().cloned().flatten().unwrap_or(Value::None);
    let (lo, hi) = index_bounds(
        vm,
        args.get(1).and_then(Option::as_ref),
        args.get(2).and_then(Option::as_ref),
        items.len(),
    )?;
    for (i, item) in items.iter().enumerate().take(hi).skip(lo) {
        if item.is(&x) || vm.eq(item, &x)? {
            return Ok(Value::Int(i64::try_from(i).unwrap_or(i64::MAX)));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

/// `tuple.count(x)`.
fn tuple_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = this(vm, a, "count")?;
    let x = one_arg(vm, a, "tuple.count")?.clone();
    let mut n = 0i64;
    for item in items.iter() {
        if item.is(&x) || vm.eq(item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `tuple(iterable=())`, called as `tuple.__new__(cls, ...)`.
fn tuple_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "tuple",
        params: &["iterable"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    match args.into_iter().next().flatten() {
        None => Ok(Value::Obj(vm.none_singletons.empty_tuple.clone())),
        Some(v) => {
            if let Some(Payload::Tuple(_)) = v.payload() {
                return Ok(v);
            }
            let items = vm.collect(&v)?;
            check_items(vm, items.len())?;
            Ok(Value::tuple(items))
        }
    }
}

/// `tuple.__getnewargs__`-free pickling is out of scope; `__repr__` lives
/// in repr.rs. Install the tuple methods.
pub fn register(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    add_method(&t, "__new__", tuple_new, NativeKind::StaticMethod);
    add_method(&t, "index", tuple_index, NativeKind::Method);
    add_method(&t, "count", tuple_count, NativeKind::Method);
    add_method(&t, "__len__", op_len, NativeKind::Method);
    add_method(&t, "__getitem__", op_getitem, NativeKind::Method);
    add_method(&t, "__contains__", op_contains, NativeKind::Method);
    add_method(&t, "__iter__", op_iter, NativeKind::Method);
    add_method(&t, "__hash__", op_hash, NativeKind::Method);
    add_method(&t, "__add__", op_add, NativeKind::Method);
    add_method(&t, "__mul__", op_mul, NativeKind::Method);
    add_method(&t, "__rmul__", op_rmul, NativeKind::Method);
    add_comparisons(&t, true);
}
