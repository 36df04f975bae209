//! `re.Match` objects made by `_re` itself, so that a search, finditer or
//! a `sub` with a callable makes no call to re.py per match.
//!
//! Invariant: a Match made here is exactly what re.py's `_new_match`
//! makes: an instance of re.py's Match class (passed in by re.py) whose
//! attributes `_re`, `_string`, `_pos`, `_endpos` and `_m` are the
//! pattern, the subject, the bounds as `_bounds` clamps them and the match
//! tuple. When the bounds cannot be told here (a subject other than an
//! exact str or bytes, whose length re.py asks with `len`), no maker is
//! made and re.py makes the Match.

use crate::object::dict::Dict;
use crate::object::{Args, BuiltinType, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// The attributes of a Match, in the order `make` takes their values.
const NAMES: [&str; 5] = ["_re", "_string", "_pos", "_endpos", "_m"];

pub(super) struct MatchMaker {
    cls: ObjRef,
    /// The attribute names and their hashes.
    names: [(i64, Value); 5],
    /// The values of the first four attributes, the same for every match.
    common: [Value; 4],
}

impl MatchMaker {
    /// The maker the optional arguments `(Match, pattern, pos, endpos)` at
    /// `a.pos[at..]` ask for (None when they are absent); `pos` or `endpos`
    /// None: the `bounds` the engine clamped them to, when the subject
    /// `a.pos[1]` is an exact str or bytes (else None: re.py makes them).
    pub fn from_args(
        vm: &mut Vm,
        a: &Args,
        at: usize,
        bounds: (usize, usize),
    ) -> PyResult<Option<MatchMaker>> {
        if a.pos.len() < at + 4 {
            return Ok(None);
        }
        let exact = matches!(
            a.pos[1].payload(),
            Some(Payload::Str(_) | Payload::Bytes(_))
        );
        let mut pos = a.pos[at + 2].clone();
        let mut endpos = a.pos[at + 3].clone();
        if matches!(pos, Value::None) || matches!(endpos, Value::None) {
            if !exact {
                return Ok(None);
            }
            pos = Value::Int(bounds.0 as i64);
            endpos = Value::Int(bounds.1 as i64);
        }
        let cls = match &a.pos[at] {
            Value::Obj(o) => match o.payload() {
                // A plain class, as `object.__new__` requires.
                Payload::Class(c) if c.builtin.is_none() && c.base_kind == BuiltinType::Object => {
                    o.clone()
                }
                _ => return Err(vm.type_error("expected the Match class")),
            },
            _ => return Err(vm.type_error("expected the Match class")),
        };
        crate::types::object::check_not_abstract(vm, &cls)?;
        let names = NAMES.map(|n| {
            let n = vm.intern_static(n);
            let Payload::Str(s) = n.payload() else {
                unreachable!("intern makes a str")
            };
            (crate::types::str::str_hash(s), Value::Obj(n.clone()))
        });
        let common = [a.pos[at + 1].clone(), a.pos[1].clone(), pos, endpos];
        Ok(Some(MatchMaker { cls, names, common }))
    }

    /// The Match of the match tuple `m`: its dict is built whole, at its
    /// final size (the instance's attributes live in its dict).
    pub fn make(&self, vm: &mut Vm, m: Value) -> Value {
        let mut d = Dict::with_capacity(NAMES.len());
        let values = self.common.iter().cloned().chain(std::iter::once(m));
        for ((h, n), v) in self.names.iter().zip(values) {
            d.push_new(*h, n.clone(), v);
        }
        let obj = vm.new_instance(&self.cls);
        if let Payload::Instance(inst) = obj.payload() {
            *crate::object::dict_ref(&inst.dict).borrow_mut() = d;
        }
        Value::Obj(obj)
    }
}

/// `Match.group(*args)` (also `Match.__getitem__`), a method of re.py's
/// Match: here for one group of an exact str (ASCII) or bytes subject
/// given by number; re.py's `_group` for the rest (names, several groups,
/// other subjects).
pub(super) fn match_group(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("Match.group() takes no keyword arguments"));
    }
    let Some(this) = a.pos.first() else {
        return Err(vm.type_error("unbound method Match.group() needs an argument"));
    };
    if let Some(v) = group_here(vm, this, &a.pos[1..]) {
        return Ok(v);
    }
    if !matches!(this.payload(), Some(Payload::Instance(_))) {
        let t = vm.type_name(this);
        return Err(vm.type_error(format!(
            "descriptor 'group' for 're.Match' objects doesn't apply to a '{t}' object"
        )));
    }
    let name = vm.intern_static("_group");
    let slow = vm.getattr(this, &name)?;
    vm.call(&slow, &a.pos[1..])
}

/// One group's text, when it is quick to tell (see `match_group`).
fn group_here(vm: &mut Vm, this: &Value, args: &[Value]) -> Option<Value> {
    let g = match args {
        [] => 0,
        [Value::Int(g)] => usize::try_from(*g).ok()?,
        _ => return None,
    };
    let Some(Payload::Instance(inst)) = this.payload() else {
        return None;
    };
    let (m_name, s_name) = (vm.intern_static("_m"), vm.intern_static("_string"));
    let d = crate::object::dict_ref(&inst.dict).borrow();
    let get = |n: &ObjRef| crate::types::dict_ops::find_str(&d, n).and_then(|i| d.value_at(i));
    let (m, s) = (get(&m_name)?, get(&s_name)?);
    let Some(Payload::Tuple(m)) = m.payload() else {
        return None;
    };
    let (Value::Int(x), Value::Int(y)) = (m.get(2 * g + 1)?, m.get(2 * g + 2)?) else {
        return None;
    };
    if *x < 0 || *y < 0 {
        return Some(Value::None);
    }
    let (x, y) = (*x as usize, *y as usize);
    match s.payload()? {
        Payload::Str(t) if t.nchars == t.s.len() => t.s.get(x..y).map(Value::str),
        Payload::Bytes(b) => b
            .get(x..y)
            .map(|b| crate::types::bytes::bytes_value(b.to_vec())),
        _ => None,
    }
}
