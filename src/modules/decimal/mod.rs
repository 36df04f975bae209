//! `_decimal_core`: the native fast paths of decimal.py's `Decimal`.
//!
//! decimal.py (src/stdlib/decimal.py) defines `Decimal` as a Python class
//! whose instances hold `_sign` (0 or 1), `_int` (the coefficient, an
//! int), `_exp` (an int) and `_special` ('' for a finite number). At the
//! end of its body it installs this module's functions as the class's
//! `__new__`, `__add__`, `__sub__`, `__mul__`, `__truediv__` (and the
//! reflected forms), comparisons, `quantize`, `__str__` and `__repr__`,
//! keeping its own methods as fallbacks, and stores what the natives need
//! as the class attribute `_core_state`:
//! `(Decimal, _current, fallbacks, Clamped, Inexact, Rounded, Subnormal,
//! Underflow, prototype)`, where `_current` is the list whose last item is
//! the sandbox's current context, `fallbacks` maps each dunder to the
//! Python function it replaced, and `prototype` is a zero made by
//! decimal.py's `_new`, whose dict every native result copies.
//!
//! Invariants:
//! - A native computes a result only for the common case it knows exactly
//!   (finite operands with coefficients below 10**38, the current context,
//!   no overflow, no invalid operation, no trapped condition: number.rs);
//!   anything else calls the Python function it replaced with the same
//!   arguments, so behaviour is decimal.py's in every case, and the
//!   differential tests against python3 (tests/python/decimal__*.py)
//!   check both roads.
//! - Conditions met by a native result are recorded in the context's
//!   flags (decimal.py's `_SignalDict`, a dict subclass holding every
//!   signal as a key) before the result is returned; when any of them is
//!   trapped, nothing is recorded and the Python road runs instead (it
//!   records and raises).
//! - Results are instances of the class in `_core_state` (exactly
//!   `Decimal`, as decimal.py's `_new` makes them), whatever subclass the
//!   operands belong to.

pub mod number;

use crate::object::cell::PyCell;
use crate::object::{Args, Instance, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::native;
use crate::vm::{NativeFn, Vm};

use num_traits::ToPrimitive;
use number::{Conds, Ctx, Dec, Rounding};

/// What the natives read from `Decimal._core_state` (see the module
/// docs): the tuple, checked, and its first items.
struct State {
    cls: ObjRef,
    current: ObjRef,
    tuple: ObjRef,
}

/// The state's items.
const STATE_LEN: usize = 9;
const FALLBACKS: usize = 2;
/// Clamped, Inexact, Rounded, Subnormal, Underflow: the classes of
/// number.rs's condition bits, in bit order, from this index on.
const SIGNALS: usize = 3;
/// A Decimal made by decimal.py (`_new`): results copy its dict.
const PROTO: usize = 8;

impl State {
    fn item(&self, i: usize) -> &Value {
        match self.tuple.payload() {
            Payload::Tuple(items) => &items[i],
            _ => unreachable!("State is built from a tuple of STATE_LEN items"),
        }
    }
}

/// The state of the Decimal class `cls` (or a subclass), None when the
/// class carries none (decimal.py always sets it).
fn state_of_class(vm: &mut Vm, cls: &ObjRef) -> Option<State> {
    let key = vm.intern_static("_core_state");
    let t = vm.class_lookup(cls, &key)?;
    let Some(Payload::Tuple(items)) = t.payload() else {
        return None;
    };
    if items.len() != STATE_LEN || !items.iter().all(|v| v.as_obj().is_some()) {
        return None;
    }
    Some(State {
        cls: items[0].as_obj()?.clone(),
        current: items[1].as_obj()?.clone(),
        tuple: t.as_obj()?.clone(),
    })
}

fn state_of(vm: &mut Vm, v: &Value) -> Option<State> {
    match v.payload() {
        Some(Payload::Instance(i)) => {
            let cls = i.class.clone();
            state_of_class(vm, &cls)
        }
        _ => None,
    }
}

/// The attributes of a Decimal, in the order decimal.py sets them.
const DEC_FIELDS: [&str; 4] = ["_sign", "_int", "_exp", "_special"];

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

/// The four attributes of a Decimal whose dict has the prototype's keys,
/// the same objects at the same positions (every Decimal decimal.py or a
/// native makes): read by position, with no text compared. None for any
/// other layout (the caller then looks the names up).
fn dec_fields(st: &State, o: &ObjRef) -> Option<[Value; 4]> {
    let (Payload::Instance(i), Some(Payload::Instance(p))) =
        (o.payload(), st.item(PROTO).payload())
    else {
        return None;
    };
    let d = i.dict().try_borrow().ok()?;
    let pd = p.dict().try_borrow().ok()?;
    if d.len() != 4 || pd.len() != 4 {
        return None;
    }
    let mut out: [Value; 4] = std::array::from_fn(|_| Value::None);
    for (at, slot) in out.iter_mut().enumerate() {
        let (k, v) = d.entry_at(at)?;
        let (pk, _) = pd.entry_at(at)?;
        if !k.is(pk) {
            return None;
        }
        *slot = v.clone();
    }
    Some(out)
}

/// A non-negative int value below the coefficient limit, as a `u128`.
fn small_coeff(v: &Value) -> Option<u128> {
    let c = match v {
        Value::Int(n) => u128::try_from(*n).ok()?,
        Value::Bool(b) => u128::from(*b),
        _ => match v.payload()? {
            Payload::BigInt(b) => b.to_u128()?,
            _ => return None,
        },
    };
    (c < number::LIMIT).then_some(c)
}

/// An int value as an `i64`.
fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

/// A finite Decimal (an instance of `st.cls` or a subclass) or an int, as
/// number.rs takes it; None for anything else (a special value, a big
/// coefficient, another type).
fn operand(vm: &mut Vm, st: &State, v: &Value) -> Option<Dec> {
    match v {
        Value::Int(n) => {
            return Some(Dec {
                sign: *n < 0,
                coeff: u128::from(n.unsigned_abs()),
                exp: 0,
            });
        }
        Value::Bool(b) => {
            return Some(Dec {
                sign: false,
                coeff: u128::from(*b),
                exp: 0,
            });
        }
        _ => {}
    }
    let o = v.as_obj()?;
    match o.payload() {
        Payload::Instance(i) => {
            if !i.class.is(&st.cls) && !vm.is_subclass(&i.class, &st.cls) {
                return None;
            }
        }
        Payload::BigInt(b) => {
            let m = b.magnitude().to_u128()?;
            return (m < number::LIMIT).then_some(Dec {
                sign: b.sign() == num_bigint::Sign::Minus,
                coeff: m,
                exp: 0,
            });
        }
        _ => return None,
    }
    let [sign, coeff, exp, special] = match dec_fields(st, o) {
        Some(f) => f.map(Some),
        None => fields(o, &DEC_FIELDS)?,
    };
    if special?.as_str() != Some("") {
        return None;
    }
    let sign = small_int(&sign?)?;
    let coeff = small_coeff(&coeff?)?;
    let exp = small_int(&exp?)?;
    Some(Dec {
        sign: sign == 1,
        coeff,
        exp,
    })
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

/// The dict object behind a `_SignalDict` (or a plain dict).
fn signal_table(v: &Value) -> Option<&ObjRef> {
    let v = v.instance_base().unwrap_or(v);
    match v.payload()? {
        Payload::Dict(_) => v.as_obj(),
        _ => None,
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
            .map(|bit| (bit, st.item(SIGNALS + bit)))
            .filter(move |(bit, _)| conds & (1 << bit) != 0)
            .map(|(_, s)| s)
    };
    let Ok(traps) = traps.try_borrow() else {
        return false;
    };
    for s in wanted() {
        let on = traps.iter().find(|(k, _)| k.is(s)).map(|(_, v)| v.clone());
        match on {
            Some(Value::Bool(false)) => {}
            Some(Value::Int(0)) => {}
            _ => return false,
        }
    }
    drop(traps);
    let Ok(mut flags) = flags.try_borrow_mut() else {
        return false;
    };
    let mut at = Vec::with_capacity(5);
    for s in wanted() {
        let mut i = 0;
        let found = loop {
            match flags.next_entry(i) {
                Some((j, k, _)) if k.is(s) => break Some(j),
                Some((j, _, _)) => i = j + 1,
                None => break None,
            }
        };
        let Some(i) = found else {
            return false;
        };
        at.push(i);
    }
    for i in at {
        let old = flags.set_value_at(i, Value::Bool(true));
        drop(old);
    }
    true
}

/// An int value for a coefficient.
fn coeff_value(c: u128) -> Value {
    match i64::try_from(c) {
        Ok(n) => Value::Int(n),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(c)),
    }
}

/// A new `Decimal` holding `d`: a copy of the prototype's dict with the
/// values replaced (decimal.py's `_new` put its keys in `DEC_FIELDS`
/// order; the checks below hold it to that).
fn make(vm: &mut Vm, st: &State, d: Dec) -> PyResult<Value> {
    let Some(Payload::Instance(p)) = st.item(PROTO).payload() else {
        return Err(vm.runtime_error("decimal: prototype is not an instance"));
    };
    let mut dict = match p.dict().try_borrow() {
        Ok(t) => t.copy(),
        Err(_) => return Err(vm.runtime_error("decimal: prototype is busy")),
    };
    let in_order = dict.len() == 4
        && DEC_FIELDS
            .iter()
            .enumerate()
            .all(|(i, n)| dict.entry_at(i).is_some_and(|(k, _)| key_is(k, n)));
    if !in_order {
        return Err(vm.runtime_error("decimal: prototype fields out of order"));
    }
    drop(dict.set_value_at(0, Value::Int(i64::from(d.sign))));
    drop(dict.set_value_at(1, coeff_value(d.coeff)));
    drop(dict.set_value_at(2, Value::Int(d.exp)));
    Ok(Value::Obj(ObjRef::new(Payload::Instance(Instance {
        class: st.cls.clone(),
        dict: ObjRef::new(Payload::Dict(PyCell::new(dict))),
        base: Value::Undef,
        exc: None,
    }))))
}

/// Call the Python method `name` replaced, with the same arguments.
#[cold]
#[inline(never)]
fn fallback(vm: &mut Vm, st: Option<&State>, name: &'static str, a: &Args) -> PyResult<Value> {
    let f = match st {
        Some(st) => {
            let key = vm.intern_static(name);
            match st.item(FALLBACKS) {
                Value::Obj(d) if matches!(d.payload(), Payload::Dict(_)) => {
                    let d = d.clone();
                    vm.dict_get_str(&d, &key)?
                }
                _ => None,
            }
        }
        None => None,
    };
    if let Some(f) = f {
        return vm.call_kw(&f, a.pos, a.kw);
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

/// A rounded result: recorded and returned, or None for the Python road.
fn finish(
    vm: &mut Vm,
    st: &State,
    ctx: &Context,
    r: Option<(Dec, Conds)>,
) -> Option<PyResult<Value>> {
    let (d, conds) = r?;
    if !record(st, ctx, conds) {
        return None;
    }
    Some(make(vm, st, d))
}

/// The binary operators: `self op other` (or, `swap`, `other op self`).
fn binary(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
    swap: bool,
    op: fn(Dec, Dec, &Ctx) -> Option<(Dec, Conds)>,
) -> PyResult<Value> {
    let st = a.pos.first().and_then(|v| state_of(vm, v));
    if let Some(st) = &st
        && a.pos.len() == 2
        && a.kw.is_empty()
        && let Some(x) = operand(vm, st, &a.pos[0])
        && let Some(y) = operand(vm, st, &a.pos[1])
        && let Some(ctx) = current(st)
        && let Some(c) = settings(&ctx)
    {
        let (l, r) = if swap { (y, x) } else { (x, y) };
        if let Some(res) = finish(vm, st, &c, op(l, r, &c.arith)) {
            return res;
        }
    }
    fallback(vm, st.as_ref(), name, a)
}

fn sub(a: Dec, b: Dec, c: &Ctx) -> Option<(Dec, Conds)> {
    number::add(a, Dec { sign: !b.sign, ..b }, c)
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

/// The comparisons: finite Decimal or int operands compare here.
fn order(vm: &mut Vm, a: &Args, name: &'static str, test: fn(i8) -> bool) -> PyResult<Value> {
    let st = a.pos.first().and_then(|v| state_of(vm, v));
    if let Some(st) = &st
        && a.pos.len() == 2
        && a.kw.is_empty()
        && let Some(x) = operand(vm, st, &a.pos[0])
        && let Some(y) = operand(vm, st, &a.pos[1])
        && let Some(r) = number::compare(x, y)
    {
        return Ok(Value::Bool(test(r)));
    }
    fallback(vm, st.as_ref(), name, a)
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
    let st = a.pos.first().and_then(|v| state_of(vm, v));
    if let Some(st) = &st
        && let Some(r) = quantize_fast(vm, st, a)
    {
        return r;
    }
    fallback(vm, st.as_ref(), "quantize", a)
}

fn quantize_fast(vm: &mut Vm, st: &State, a: &Args) -> Option<PyResult<Value>> {
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
    let e = exp?;
    if !matches!(e.payload(), Some(Payload::Instance(_))) {
        return None;
    }
    let target = operand(vm, st, e)?.exp;
    let x = operand(vm, st, &a.pos[0])?;
    let ctx = current(st)?;
    let c = settings(&ctx)?;
    let mode = match rounding {
        None | Some(Value::None) => c.arith.rounding,
        Some(r) => Rounding::from_name(r.as_str()?)?,
    };
    finish(vm, st, &c, number::quantize(x, target, mode, &c.arith))
}

/// `str(d)` and `repr(d)` of a finite Decimal.
fn text(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<Value> {
    let st = a.pos.first().and_then(|v| state_of(vm, v));
    if let Some(st) = &st
        && a.pos.len() == 1
        && a.kw.is_empty()
        && let Some(d) = operand(vm, st, &a.pos[0])
    {
        let exp = i128::from(d.exp);
        let plain = exp <= 0 && exp + number::ndigits(d.coeff) > -6;
        let letter = if plain {
            Some('E')
        } else {
            current(st)
                .and_then(|ctx| settings(&ctx))
                .map(|c| if c.capitals == 0 { 'e' } else { 'E' })
        };
        if let Some(letter) = letter {
            let s = number::to_sci_string(d, letter);
            return Ok(Value::string(if name == "__repr__" {
                format!("Decimal('{s}')")
            } else {
                s
            }));
        }
    }
    fallback(vm, st.as_ref(), name, a)
}

fn str_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    text(vm, a, "__str__")
}
fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    text(vm, a, "__repr__")
}

/// `Decimal(value='0', context=None)`: a plain numeric string, an int or a
/// Decimal here; the rest in decimal.py.
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let st = match a.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Class(_)) => {
            let c = c.clone();
            state_of_class(vm, &c)
        }
        _ => None,
    };
    if let Some(st) = &st
        && a.kw.is_empty()
        && a.pos[0].as_obj().is_some_and(|c| c.is(&st.cls))
    {
        let d = match a.pos.get(1) {
            None => Some(Dec {
                sign: false,
                coeff: 0,
                exp: 0,
            }),
            Some(v) if v.as_str().is_some() => v.as_str().and_then(number::parse),
            Some(v @ Value::Int(_)) => operand(vm, st, v),
            Some(_) => None,
        };
        if a.pos.len() <= 2
            && let Some(d) = d
        {
            return make(vm, st, d);
        }
    }
    fallback(vm, st.as_ref(), "__new__", a)
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let methods: &[(&'static str, NativeFn)] = &[
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
    ];
    for (name, f) in methods {
        super::set(
            vm,
            d,
            name,
            Value::Obj(native(name, *f, NativeKind::Method)),
        )?;
    }
    super::set(
        vm,
        d,
        "__new__",
        Value::Obj(native("__new__", new, NativeKind::StaticMethod)),
    )?;
    super::set(
        vm,
        d,
        "__doc__",
        Value::str("Native fast paths of decimal.Decimal (used by decimal.py)."),
    )?;
    Ok(())
}
