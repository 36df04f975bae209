//! `_decimal_core`: the native Decimal value and its fast paths.
//!
//! decimal.py (src/stdlib/decimal.py) defines `Decimal` as a Python class
//! holding every method. Its values, though, are native (value.rs): a
//! host object with the sign, coefficient, exponent and special kind in
//! the object, no dict. At the end of the class's setup decimal.py calls
//! [`install`] (`_decimal_core.install(Decimal, _current, fallbacks,
//! Clamped, Inexact, Rounded, Subnormal, Underflow)`), which
//! - registers the class as the class of Decimal values in this sandbox,
//!   with this module's operator hooks (vm/host_number.rs): `a + b`,
//!   `a < b`, `sum()` and the rest reach [`hook_binary`] and
//!   [`hook_compare`] straight from the VM's operator paths;
//! - puts the natives below in place of the Python methods named in
//!   `fallbacks` (a dict of those methods), and the read-only properties
//!   `_sign`, `_int`, `_exp`, `_special` through which decimal.py's Python
//!   methods read a value.
//!
//! decimal.py makes every value through [`make`] (`_new`) or [`make_of`]
//! (a subclass's instance: a Python instance whose base value is the
//! Decimal, so it keeps its own attributes).
//!
//! Invariants:
//! - A native or hook computes a result only for the common case it knows
//!   exactly (finite operands with coefficients below 10**38, the current
//!   context, no overflow, no invalid operation, no trapped condition:
//!   number.rs); a hook answers None for anything else (the VM then calls
//!   the class's dunder), and a native calls the Python method it replaced
//!   with the same arguments, so behaviour is decimal.py's in every case;
//!   the differential tests against python3 (tests/python/decimal__*.py)
//!   check both roads.
//! - Conditions met by a native result are recorded in the context's
//!   flags (decimal.py's `_SignalDict`, a dict subclass holding every
//!   signal as a key) before the result is returned; when any of them is
//!   trapped, nothing is recorded and the Python road runs instead (it
//!   records and raises).
//! - Results of the operators are exactly `Decimal`, whatever subclass the
//!   operands belong to (as CPython's are).
//! - The context is read per operation from the current Context instance
//!   (the last item of `_current`), by position in its dict as
//!   `Context.__init__` lays it out, so that a change made through any
//!   road (a property, `localcontext`, `setcontext`) is seen at once.

pub mod number;
pub mod value;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::cell::PyCell;
use crate::object::dict::Dict;
use crate::object::{Args, Instance, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{add_property, native, set_class_attr};
use crate::vm::host_number::HostNumber;
use crate::vm::{NativeFn, Vm};

use number::{Conds, Ctx, Dec, Rounding};
use value::{DECIMAL_TYPE, DecValue, Int, Special, of_value};

/// What the natives keep per sandbox (given to [`install`]).
struct State {
    /// decimal.py's `Decimal`.
    cls: ObjRef,
    /// decimal.py's `_current`: its last item is the current context.
    current: ObjRef,
    /// The Python methods the natives replaced, by name (a dict).
    fallbacks: ObjRef,
    /// Clamped, Inexact, Rounded, Subnormal, Underflow: the classes of
    /// number.rs's condition bits, in bit order.
    signals: [Value; 5],
    /// The settings last read from a context, with what they were read
    /// from (see [`CtxCache`]).
    cache: RefCell<Option<CtxCache>>,
    /// The natives `install` put in the class, by name (`__new__` among
    /// them).
    natives: Vec<(&'static str, ObjRef)>,
    /// `(type_epoch, answer)` of the last check that the class still holds
    /// those natives and `object.__init__` (see [`ours`]).
    checked: Cell<(u64, bool)>,
}

/// Whether decimal.py's class still has the natives `install` gave it and
/// no `__init__` of its own: the hooks stand for those methods, and step
/// aside when one was replaced (`Decimal.__add__ = f`). Checked again
/// only after a class namespace changed somewhere (`Vm::type_epoch`).
#[inline]
fn ours(vm: &mut Vm, st: &State) -> bool {
    let (epoch, ok) = st.checked.get();
    if epoch == vm.type_epoch {
        return ok;
    }
    let ok = check_ours(vm, st);
    st.checked.set((vm.type_epoch, ok));
    ok
}

#[cold]
#[inline(never)]
fn check_ours(vm: &mut Vm, st: &State) -> bool {
    for (name, f) in &st.natives {
        let key = vm.intern_static(name);
        match vm.class_lookup(&st.cls, &key) {
            Some(Value::Obj(o)) if o.is(f) => {}
            _ => return false,
        }
    }
    let key = vm.intern_static("__init__");
    matches!(vm.class_lookup(&st.cls, &key), Some(Value::Obj(o)) if o.is(&vm.types.object_init))
}

/// The settings of one context object, valid while its dict holds the
/// same keys and values (by identity) at its first eight positions: every
/// change to a context's settings (a property, `localcontext`, decimal.py
/// writing `_rounding` itself) replaces one of those values or the
/// layout, so the check sees it. Holding the context keeps its address
/// from being reused by another object.
struct CtxCache {
    ctx: ObjRef,
    entries: [(Value, Value); 8],
    settings: Context,
}

/// This sandbox's state, None before `install`.
#[inline]
fn state(vm: &Vm) -> Option<Rc<State>> {
    let s = vm.host_number(&DECIMAL_TYPE)?.state.clone();
    s.downcast::<State>().ok()
}

/// The attributes of a Context that the natives read.
/// (In the order `Context.__init__` sets them, so that each is found at
/// its own position.)
const CTX_FIELDS: [&str; 8] = [
    "_prec",
    "_rounding",
    "_Emax",
    "_Emin",
    "_capitals",
    "_clamp",
    "_traps",
    "_flags",
];

/// Whether the dict key `k` is the str `name` (a short attribute name:
/// compared byte by byte, inline, rather than through `memcmp`).
#[inline]
fn key_is(k: &Value, name: &str) -> bool {
    let Some(Payload::Str(s)) = k.payload() else {
        return false;
    };
    let (a, b) = (s.s.as_bytes(), name.as_bytes());
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// The attributes `names` of an instance, read from its dict in one pass
/// (an entry is first tried against the name at its own position, which
/// is where decimal.py's constructors put it).
fn fields<const N: usize>(inst: &ObjRef, names: &[&str; N]) -> Option<[Option<Value>; N]> {
    let Payload::Instance(i) = inst.payload() else {
        return None;
    };
    let d = i.dict().try_borrow().ok()?;
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    let mut at = 0;
    let mut pos = 0;
    while let Some((j, k, v)) = d.next_entry(at) {
        let slot = if pos < N && key_is(k, names[pos]) {
            Some(pos)
        } else {
            names.iter().position(|n| key_is(k, n))
        };
        if let Some(slot) = slot {
            out[slot] = Some(v.clone());
        }
        at = j + 1;
        pos += 1;
    }
    Some(out)
}

/// An int value as an `i64`.
fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

/// A Decimal (exact or a subclass instance) or an int, as number.rs takes
/// it; None for anything else (a special value, a big coefficient,
/// another type).
#[inline]
fn operand(v: &Value) -> Option<Dec> {
    match v {
        Value::Int(n) => Some(Dec {
            sign: *n < 0,
            coeff: u128::from(n.unsigned_abs()),
            exp: 0,
        }),
        Value::Bool(b) => Some(Dec {
            sign: false,
            coeff: u128::from(*b),
            exp: 0,
        }),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => {
                use num_traits::ToPrimitive;
                let m = b.magnitude().to_u128()?;
                (m < number::LIMIT).then_some(Dec {
                    sign: b.sign() == num_bigint::Sign::Minus,
                    coeff: m,
                    exp: 0,
                })
            }
            _ => of_value(v)?.dec(),
        },
        _ => None,
    }
}

/// The current context (the last item of `_current`), None when the
/// sandbox has none yet (decimal.py's `getcontext` makes it).
fn current(st: &State) -> Option<ObjRef> {
    match st.current.payload() {
        Payload::List(l) => l.try_borrow().ok()?.last()?.as_obj().cloned(),
        _ => None,
    }
}

/// A context object as the natives read it.
#[derive(Clone)]
struct Context {
    arith: Ctx,
    capitals: i64,
    flags: Value,
    traps: Value,
}

/// The settings of a context object; None when one is not as decimal.py
/// keeps it.
fn settings(ctx: &ObjRef) -> Option<Context> {
    let [prec, rounding, emax, emin, capitals, clamp, traps, flags] = fields(ctx, &CTX_FIELDS)?;
    Some(Context {
        arith: Ctx {
            prec: small_int(&prec?)?,
            rounding: Rounding::from_name(rounding?.as_str()?)?,
            emin: small_int(&emin?)?,
            emax: small_int(&emax?)?,
            clamp: small_int(&clamp?)? != 0,
        },
        capitals: small_int(&capitals?)?,
        flags: flags?,
        traps: traps?,
    })
}

/// The settings of the current context: from the cache when the
/// context's dict still holds what they were read from.
#[inline]
fn current_settings(st: &State) -> Option<Context> {
    with_settings(st, Context::clone)
}

/// `f` of the settings of the current context, read in place from the
/// cache when it holds them (no copy of the flags and traps).
#[inline]
fn with_settings<R>(st: &State, f: impl FnOnce(&Context) -> R) -> Option<R> {
    {
        let Payload::List(l) = st.current.payload() else {
            return None;
        };
        let list = l.try_borrow().ok()?;
        let Some(Value::Obj(ctx)) = list.last() else {
            return None;
        };
        if let Ok(cache) = st.cache.try_borrow()
            && let Some(c) = cache.as_ref()
            && c.ctx.is(ctx)
            && unchanged(ctx, &c.entries)
        {
            return Some(f(&c.settings));
        }
    }
    let got = read_settings(st, current(st)?)?;
    Some(f(&got))
}

/// Whether the first eight entries of the context's dict are `entries`.
#[inline]
fn unchanged(ctx: &ObjRef, entries: &[(Value, Value); 8]) -> bool {
    let Payload::Instance(i) = ctx.payload() else {
        return false;
    };
    let Ok(d) = i.dict().try_borrow() else {
        return false;
    };
    entries
        .iter()
        .enumerate()
        .all(|(at, (k, v))| d.entry_at(at).is_some_and(|(k2, v2)| k2.is(k) && v2.is(v)))
}

/// Read the settings of `ctx` and, when its dict is laid out as
/// `Context.__init__` makes it, cache them.
#[cold]
#[inline(never)]
fn read_settings(st: &State, ctx: ObjRef) -> Option<Context> {
    let got = settings(&ctx)?;
    let entries = {
        let Payload::Instance(i) = ctx.payload() else {
            return Some(got);
        };
        let Ok(d) = i.dict().try_borrow() else {
            return Some(got);
        };
        let mut entries: [(Value, Value); 8] = std::array::from_fn(|_| (Value::None, Value::None));
        for (at, e) in entries.iter_mut().enumerate() {
            match d.entry_at(at) {
                Some((k, v)) if key_is(k, CTX_FIELDS[at]) => *e = (k.clone(), v.clone()),
                _ => return Some(got),
            }
        }
        entries
    };
    if let Ok(mut cache) = st.cache.try_borrow_mut() {
        let old = cache.replace(CtxCache {
            ctx,
            entries,
            settings: got.clone(),
        });
        drop(cache);
        drop(old);
    }
    Some(got)
}

/// The dict object behind a `_SignalDict` (or a plain dict).
fn signal_table(v: &Value) -> Option<&ObjRef> {
    let v = v.instance_base().unwrap_or(v);
    match v.payload()? {
        Payload::Dict(_) => v.as_obj(),
        _ => None,
    }
}

/// Where decimal.py's `_SignalDict` puts each signal of [`State::signals`]
/// (its keys follow `_SIGNALS`: InvalidOperation, FloatOperation,
/// DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
/// Clamped).
const SIGNAL_AT: [usize; 5] = [8, 6, 7, 5, 4];

/// The position of the key `s` (by identity) in `d`, tried first at
/// `hint`.
#[inline]
fn key_position(d: &Dict, s: &Value, hint: usize) -> Option<usize> {
    if d.entry_at(hint).is_some_and(|(k, _)| k.is(s)) {
        return Some(hint);
    }
    let mut i = 0;
    loop {
        match d.next_entry(i) {
            Some((j, k, _)) if k.is(s) => return Some(j),
            Some((j, _, _)) => i = j + 1,
            None => return None,
        }
    }
}

/// Record `conds` in the context's flags; false (nothing recorded) when
/// one of them is trapped or the tables are not as decimal.py makes them.
fn record(st: &State, ctx: &Context, conds: Conds) -> bool {
    if conds == 0 {
        return true;
    }
    let (Some(traps), Some(flags)) = (signal_table(&ctx.traps), signal_table(&ctx.flags)) else {
        return false;
    };
    let (Payload::Dict(traps), Payload::Dict(flags)) = (traps.payload(), flags.payload()) else {
        return false;
    };
    let wanted = || {
        (0..5)
            .filter(move |bit| conds & (1 << bit) != 0)
            .map(|bit| (&st.signals[bit], SIGNAL_AT[bit]))
    };
    let Ok(traps) = traps.try_borrow() else {
        return false;
    };
    for (s, hint) in wanted() {
        let on = key_position(&traps, s, hint).and_then(|i| traps.value_at(i).cloned());
        match on {
            Some(Value::Bool(false)) | Some(Value::Int(0)) => {}
            _ => return false,
        }
    }
    drop(traps);
    let Ok(mut flags) = flags.try_borrow_mut() else {
        return false;
    };
    let mut at = [0usize; 5];
    let mut n = 0;
    for (s, hint) in wanted() {
        let Some(i) = key_position(&flags, s, hint) else {
            return false;
        };
        at[n] = i;
        n += 1;
    }
    for &i in &at[..n] {
        if !matches!(flags.value_at(i), Some(Value::Bool(true))) {
            let old = flags.set_value_at(i, Value::Bool(true));
            drop(old);
        }
    }
    true
}

/// A new `Decimal` holding `d`.
#[inline]
fn make_dec(d: Dec) -> Value {
    DecValue::finite(d).into_value()
}

/// A value of class `cls`: exactly a Decimal when `cls` is decimal.py's
/// `Decimal`, else an instance of the subclass whose base value is it.
fn make_in(st: &State, cls: &ObjRef, v: DecValue) -> Value {
    let d = v.into_value();
    if cls.is(&st.cls) {
        return d;
    }
    Value::Obj(ObjRef::new(Payload::Instance(Instance {
        class: cls.clone(),
        dict: ObjRef::new(Payload::Dict(PyCell::new(Dict::new()))),
        base: d,
        exc: None,
    })))
}

/// Whether the method `name` applies to the arguments: `__new__` to a
/// subclass of Decimal, the others to a Decimal `self`.
fn applies(vm: &mut Vm, st: &State, name: &str, a: &Args) -> bool {
    match a.pos.first() {
        Some(Value::Obj(c)) if name == "__new__" => {
            matches!(c.payload(), Payload::Class(_))
                && (c.is(&st.cls) || vm.is_subclass(c, &st.cls))
        }
        Some(v) => name != "__new__" && of_value(v).is_some(),
        None => false,
    }
}

/// Call the Python method `name` replaced, with the same arguments.
#[cold]
#[inline(never)]
fn fallback(vm: &mut Vm, st: Option<&State>, name: &'static str, a: &Args) -> PyResult<Value> {
    let f = match st {
        Some(st) if applies(vm, st, name, a) => {
            let key = vm.intern_static(name);
            vm.dict_get_str(&st.fallbacks, &key)?
        }
        _ => None,
    };
    if let Some(f) = f {
        let r = vm.call_kw(&f, a.pos, a.kw)?;
        // An operator's result is exactly a Decimal (decimal.py gives an
        // operand back as it is in some cases: `Money('-Inf') + 1`).
        let operator = name.starts_with("__")
            && !matches!(name, "__new__" | "__str__" | "__repr__" | "__hash__")
            || name == "quantize";
        if operator
            && let Some(Payload::Instance(i)) = r.payload()
            && value::is_exact(&i.base)
        {
            return Ok(i.base.clone());
        }
        return Ok(r);
    }
    // Called on something that is not a Decimal (`Decimal.__add__(5, 3)`):
    // CPython's descriptor messages.
    let msg = match (name, a.pos.first()) {
        ("__new__", Some(Value::Obj(c))) if matches!(c.payload(), Payload::Class(_)) => {
            let n = vm.class_name(c);
            format!("decimal.Decimal.__new__({n}): {n} is not a subtype of decimal.Decimal")
        }
        ("__new__", Some(v)) => {
            let tn = vm.type_name(v);
            format!("decimal.Decimal.__new__(X): X is not a type object ({tn})")
        }
        ("__new__", None) => "decimal.Decimal.__new__(): not enough arguments".to_string(),
        (_, Some(v)) if name.starts_with("__") => {
            let tn = vm.type_name(v);
            format!("descriptor '{name}' requires a 'decimal.Decimal' object but received a '{tn}'")
        }
        (_, Some(v)) => {
            let tn = vm.type_name(v);
            format!(
                "descriptor '{name}' for 'decimal.Decimal' objects doesn't apply to a '{tn}' object"
            )
        }
        (_, None) => format!("descriptor '{name}' of 'decimal.Decimal' object needs an argument"),
    };
    Err(vm.type_error(msg))
}

/// A rounded result, recorded; None for the Python road.
#[inline]
fn finish(st: &State, ctx: &Context, r: Option<(Dec, Conds)>) -> Option<Value> {
    let (d, conds) = r?;
    if !record(st, ctx, conds) {
        return None;
    }
    Some(make_dec(d))
}

/// The arithmetic of a binary operator.
type Arith = fn(Dec, Dec, &Ctx) -> Option<(Dec, Conds)>;

fn sub(a: Dec, b: Dec, c: &Ctx) -> Option<(Dec, Conds)> {
    number::add(a, Dec { sign: !b.sign, ..b }, c)
}

/// `x op y` computed here, or None.
#[inline]
fn compute(st: &State, x: &Value, y: &Value, op: Arith) -> Option<Value> {
    let l = operand(x)?;
    let r = operand(y)?;
    with_settings(st, |c| finish(st, c, op(l, r, &c.arith)))?
}

/// The VM's `a op b` with a Decimal operand (vm/host_number.rs).
fn hook_binary(vm: &mut Vm, a: &Value, b: &Value, kind: BinOpKind) -> PyResult<Option<Value>> {
    let op: Arith = match kind {
        BinOpKind::Add => number::add,
        BinOpKind::Sub => sub,
        BinOpKind::Mul => number::mul,
        BinOpKind::TrueDiv => number::div,
        _ => return Ok(None),
    };
    let Some(st) = state(vm) else {
        return Ok(None);
    };
    if !ours(vm, &st) {
        return Ok(None);
    }
    Ok(compute(&st, a, b, op))
}

/// The VM's comparison with a Decimal operand (vm/host_number.rs).
fn hook_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOpKind) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(None);
    };
    match state(vm) {
        Some(st) if ours(vm, &st) => {}
        _ => return Ok(None),
    }
    let Some(r) = number::compare(x, y) else {
        return Ok(None);
    };
    Ok(Some(Value::Bool(match op {
        CmpOpKind::Eq => r == 0,
        CmpOpKind::Ne => r != 0,
        CmpOpKind::Lt => r < 0,
        CmpOpKind::Le => r <= 0,
        CmpOpKind::Gt => r > 0,
        CmpOpKind::Ge => r >= 0,
    })))
}

/// The binary operators as methods: `self op other` (or, `swap`,
/// `other op self`).
fn binary(vm: &mut Vm, a: &Args, name: &'static str, swap: bool, op: Arith) -> PyResult<Value> {
    let st = state(vm);
    if let Some(st) = &st
        && a.pos.len() == 2
        && a.kw.is_empty()
        && of_value(&a.pos[0]).is_some()
    {
        let (x, y) = if swap {
            (&a.pos[1], &a.pos[0])
        } else {
            (&a.pos[0], &a.pos[1])
        };
        if let Some(v) = compute(st, x, y, op) {
            return Ok(v);
        }
    }
    fallback(vm, st.as_deref(), name, a)
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__add__", false, number::add)
}
fn radd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__radd__", true, number::add)
}
fn sub_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__sub__", false, sub)
}
fn rsub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rsub__", true, sub)
}
fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__mul__", false, number::mul)
}
fn rmul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rmul__", true, number::mul)
}
fn truediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__truediv__", false, number::div)
}
fn rtruediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rtruediv__", true, number::div)
}

/// The comparisons as methods: finite Decimal or int operands compare
/// here.
fn order(vm: &mut Vm, a: &Args, name: &'static str, test: fn(i8) -> bool) -> PyResult<Value> {
    let st = state(vm);
    if a.pos.len() == 2
        && a.kw.is_empty()
        && of_value(&a.pos[0]).is_some()
        && let Some(x) = operand(&a.pos[0])
        && let Some(y) = operand(&a.pos[1])
        && let Some(r) = number::compare(x, y)
    {
        return Ok(Value::Bool(test(r)));
    }
    fallback(vm, st.as_deref(), name, a)
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    order(vm, a, "__eq__", |r| r == 0)
}
fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    order(vm, a, "__lt__", |r| r < 0)
}
fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    order(vm, a, "__le__", |r| r <= 0)
}
fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    order(vm, a, "__gt__", |r| r > 0)
}
fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    order(vm, a, "__ge__", |r| r >= 0)
}

/// `quantize(exp, rounding=None, context=None)` with the current context.
fn quantize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let st = state(vm);
    if let Some(st) = &st
        && let Some(r) = quantize_fast(st, a)
    {
        return Ok(r);
    }
    fallback(vm, st.as_deref(), "quantize", a)
}

fn quantize_fast(st: &State, a: &Args) -> Option<Value> {
    let mut exp = a.pos.get(1);
    let mut rounding = a.pos.get(2);
    if a.pos.len() > 3 {
        return None;
    }
    for (k, v) in a.kw {
        match k.payload() {
            Payload::Str(s) if &*s.s == "exp" && exp.is_none() => exp = Some(v),
            Payload::Str(s) if &*s.s == "rounding" && rounding.is_none() => rounding = Some(v),
            _ => return None,
        }
    }
    // Only a Decimal exponent: an int one is converted by decimal.py.
    let target = of_value(exp?)?.dec()?.exp;
    let x = of_value(a.pos.first()?)?.dec()?;
    let c = current_settings(st)?;
    let mode = match rounding {
        None | Some(Value::None) => c.arith.rounding,
        Some(r) => Rounding::from_name(r.as_str()?)?,
    };
    finish(st, &c, number::quantize(x, target, mode, &c.arith))
}

/// The text of a finite Decimal (`str`), None for the Python road.
fn sci_text(st: &State, v: &Value) -> Option<String> {
    let d = of_value(v)?.dec()?;
    let exp = i128::from(d.exp);
    let plain = exp <= 0 && exp + number::ndigits(d.coeff) > -6;
    let letter = if plain {
        'E'
    } else if current_settings(st)?.capitals == 0 {
        'e'
    } else {
        'E'
    };
    Some(number::to_sci_string(d, letter))
}

/// `str(d)` and `repr(d)` of a finite Decimal.
fn text(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<Value> {
    let st = state(vm);
    if let Some(st) = &st
        && a.pos.len() == 1
        && a.kw.is_empty()
        && let Some(s) = sci_text(st, &a.pos[0])
    {
        return Ok(Value::string(if name == "__repr__" {
            format!("Decimal('{s}')")
        } else {
            s
        }));
    }
    fallback(vm, st.as_deref(), name, a)
}

/// The VM's `str(d)` of an exact Decimal (vm/host_number.rs).
fn hook_text(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(st) = state(vm) else {
        return Ok(None);
    };
    if !ours(vm, &st) {
        return Ok(None);
    }
    Ok(sci_text(&st, v).map(Value::string))
}

fn str_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    text(vm, a, "__str__")
}
fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    text(vm, a, "__repr__")
}

/// The modulus of Python's numeric hash (2**61 - 1).
const HASH_MODULUS: u128 = (1 << 61) - 1;
/// The inverse of 10 modulo `HASH_MODULUS`.
const HASH_INV10: u128 = 2_075_258_708_292_324_556;

/// b**e modulo `HASH_MODULUS`.
fn pow_mod(mut b: u128, mut e: u128) -> u128 {
    let mut r = 1u128;
    b %= HASH_MODULUS;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % HASH_MODULUS;
        }
        b = b * b % HASH_MODULUS;
        e >>= 1;
    }
    r
}

/// `hash(d)` of a finite Decimal: the hash of the same number as an int,
/// a float or a Fraction (Python's numeric hash).
fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() == 1
        && a.kw.is_empty()
        && let Some(d) = of_value(&a.pos[0]).and_then(DecValue::dec)
    {
        let e = i128::from(d.exp);
        let scale = if e >= 0 {
            pow_mod(10, e as u128)
        } else {
            pow_mod(HASH_INV10, e.unsigned_abs())
        };
        let h = (d.coeff % HASH_MODULUS) * scale % HASH_MODULUS;
        let h = h as i64;
        let h = if d.sign { -h } else { h };
        return Ok(Value::Int(if h == -1 { -2 } else { h }));
    }
    let st = state(vm);
    fallback(vm, st.as_deref(), "__hash__", a)
}

/// `Decimal(value='0', context=None)`: a plain numeric string, an int or a
/// Decimal here; the rest in decimal.py.
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let st = state(vm);
    if let Some(st) = &st
        && a.kw.is_empty()
        && a.pos.len() <= 2
        && let Some(Value::Obj(cls)) = a.pos.first()
        && (cls.is(&st.cls) || vm.is_subclass(cls, &st.cls))
    {
        let exact = cls.is(&st.cls);
        match convert(a.pos.get(1), exact) {
            Some(Converted::Same(v)) => return Ok(v),
            Some(Converted::New(v)) => return Ok(make_in(st, cls, v)),
            None => {}
        }
    }
    fallback(vm, st.as_deref(), "__new__", a)
}

/// What `Decimal(value)` makes without the context.
enum Converted {
    /// `value` itself (an exact Decimal made into an exact Decimal).
    Same(Value),
    New(DecValue),
}

/// `value` (absent: '0') as a Decimal: a plain numeric string, an int or
/// a Decimal; None for the rest (decimal.py's road).
#[inline]
fn convert(value: Option<&Value>, exact: bool) -> Option<Converted> {
    let v = match value {
        None => DecValue::finite(Dec {
            sign: false,
            coeff: 0,
            exp: 0,
        }),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => DecValue::finite(operand(v)?),
        Some(v) => match v.as_str() {
            Some(s) => DecValue::finite(number::parse(s)?),
            None => {
                let d = of_value(v)?;
                // An exact Decimal is its own copy (CPython returns it).
                if exact && value::is_exact(v) {
                    return Some(Converted::Same(v.clone()));
                }
                d.clone()
            }
        },
    };
    Some(Converted::New(v))
}

/// The VM's `Decimal(value)` (vm/host_number.rs).
fn hook_construct(vm: &mut Vm, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(st) = state(vm) else {
        return Ok(None);
    };
    if args.len() > 1 || !ours(vm, &st) {
        return Ok(None);
    }
    Ok(match convert(args.first(), true) {
        Some(Converted::Same(v)) => Some(v),
        Some(Converted::New(v)) => Some(v.into_value()),
        None => None,
    })
}

/// The parts decimal.py gives a new value: `(sign, coeff, exp, special)`.
fn parts(vm: &mut Vm, args: &[Value]) -> PyResult<DecValue> {
    let bad =
        |vm: &mut Vm| vm.type_error("decimal: a value is (sign, coefficient, exponent, special)");
    let (Some(sign), Some(coeff), Some(exp)) = (args.first(), args.get(1), args.get(2)) else {
        return Err(bad(vm));
    };
    let special = match args.get(3) {
        None => Some(Special::Finite),
        Some(s) => s.as_str().and_then(Special::from_text),
    };
    let (Some(sign), Some(coeff), Some(exp), Some(special)) = (
        small_int(sign).filter(|s| *s == 0 || *s == 1),
        Int::from_value(coeff).filter(|c| !c.is_negative()),
        Int::from_value(exp),
        special,
    ) else {
        return Err(bad(vm));
    };
    Ok(DecValue {
        sign: sign as u8,
        special,
        coeff,
        exp,
    })
}

/// `make(sign, coeff, exp, special='')`: a new Decimal (decimal.py's
/// `_new`).
fn make(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = parts(vm, a.pos)?;
    Ok(v.into_value())
}

/// `make_of(cls, sign, coeff, exp, special)`: a new value of the class
/// `cls` (Decimal or a subclass).
fn make_of(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(st) = state(vm) else {
        return Err(vm.runtime_error("decimal: _decimal_core.install was not called"));
    };
    let cls = match a.pos.first() {
        Some(Value::Obj(c)) if c.is(&st.cls) || vm.is_subclass(c, &st.cls) => c.clone(),
        _ => return Err(vm.type_error("decimal: make_of needs a subclass of Decimal")),
    };
    let v = parts(vm, &a.pos[1..])?;
    Ok(make_in(&st, &cls, v))
}

/// The value behind `self` of a property.
fn this<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a DecValue> {
    match a.pos.first().and_then(of_value) {
        Some(d) => Ok(d),
        None => {
            let tn = a.pos.first().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.attribute_error(format!("'{tn}' object has no attribute '{name}'")))
        }
    }
}

fn get_sign(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, a, "_sign")?.sign)))
}
fn get_int(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(this(vm, a, "_int")?.coeff.to_value())
}
fn get_exp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(this(vm, a, "_exp")?.exp.to_value())
}
fn get_special(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "_special")?.special.text();
    Ok(Value::Obj(vm.intern_static(s)))
}

/// The natives that replace decimal.py's methods, by name.
const METHODS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub_),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__eq__", eq),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("quantize", quantize),
    ("__str__", str_),
    ("__repr__", repr),
    ("__hash__", hash),
];

/// `install(Decimal, _current, fallbacks, Clamped, Inexact, Rounded,
/// Subnormal, Underflow)`: see the module docs.
fn install(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let objs: Vec<ObjRef> = a.pos.iter().filter_map(|v| v.as_obj().cloned()).collect();
    if objs.len() != 8 || a.pos.len() != 8 || !a.kw.is_empty() {
        return Err(vm.type_error("install() takes 8 objects"));
    }
    let (cls, current, fallbacks) = (&objs[0], &objs[1], &objs[2]);
    if !matches!(cls.payload(), Payload::Class(_))
        || !matches!(current.payload(), Payload::List(_))
        || !matches!(fallbacks.payload(), Payload::Dict(_))
    {
        return Err(vm.type_error("install(): expected a class, a list and a dict"));
    }
    let mut natives = Vec::with_capacity(METHODS.len() + 1);
    for (name, f) in METHODS {
        let o = native(name, *f, NativeKind::Method);
        set_class_attr(cls, name, Value::Obj(o.clone()));
        natives.push((*name, o));
    }
    let new_fn = native("__new__", new, NativeKind::StaticMethod);
    set_class_attr(cls, "__new__", Value::Obj(new_fn.clone()));
    natives.push(("__new__", new_fn));
    let props: &[(&'static str, NativeFn)] = &[
        ("_sign", get_sign),
        ("_int", get_int),
        ("_exp", get_exp),
        ("_special", get_special),
    ];
    for (name, f) in props {
        add_property(cls, name, *f);
    }
    let st = State {
        cls: cls.clone(),
        current: current.clone(),
        fallbacks: fallbacks.clone(),
        signals: std::array::from_fn(|i| a.pos[3 + i].clone()),
        cache: RefCell::new(None),
        natives,
        checked: Cell::new((0, false)),
    };
    vm.set_host_number(
        &DECIMAL_TYPE,
        HostNumber {
            class: cls.clone(),
            binary: hook_binary,
            compare: hook_compare,
            construct: hook_construct,
            text: hook_text,
            state: Rc::new(st),
        },
    );
    Ok(Value::None)
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] =
        &[("install", install), ("make", make), ("make_of", make_of)];
    for (name, f) in fns {
        super::def(vm, d, name, *f)?;
    }
    let names: Vec<Value> = METHODS.iter().map(|(n, _)| Value::str(n)).collect();
    super::set(
        vm,
        d,
        "METHODS",
        Value::Obj(ObjRef::new(Payload::Tuple(names.into()))),
    )?;
    super::set(
        vm,
        d,
        "__doc__",
        Value::str("The native Decimal value and its fast paths (used by decimal.py)."),
    )?;
    Ok(())
}
