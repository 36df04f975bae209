//! The VM's side of the `match` statement: the opcodes `GetLen`,
//! `MatchSequence`, `MatchMapping`, `MatchKeys`, `MatchClass` and
//! `MatchRest` (declared in bytecode/opcodes.rs, emitted by
//! compiler/patterns.rs). They are rare in hot loops, so the dispatch loop
//! reaches them through `exec_cold`, never inline.
//!
//! Semantics are PEP 634's as CPython 3.11 has them:
//! - a sequence is a list, tuple or range, or an instance of a subclass of
//!   list or tuple (str, bytes and bytearray never are); a mapping is a dict
//!   or an instance of a subclass;
//! - a mapping pattern reads each key with `x.get(key, <missing>)` (for an
//!   exact dict, the lookup `dict.get` makes: no `__missing__`), so extra
//!   keys are allowed; a key given twice is a ValueError;
//! - a class pattern checks `isinstance(x, cls)` first, then maps its
//!   positional sub-patterns through `cls.__match_args__` (or, for the
//!   builtin types that match themselves and their subclasses without
//!   `__match_args__`, to `x` itself), then reads each attribute; an
//!   AttributeError means "no match", every other error propagates.
//!
//! Every opcode here leaves the stack as its declared effect says, on
//! success; on an error the frame unwinds, which cuts the stack back.

use crate::bytecode::{Instr, Op};
use crate::object::{BuiltinType, ObjRef, Payload, PyResult, Value};
use crate::types::dict_ops;

use super::Vm;
use super::attr::class_of;

/// The builtin types whose class pattern matches one positional
/// sub-pattern against the subject itself (CPython's "match self" types;
/// their subclasses inherit it). bytearray belongs here once sandpy has it.
fn matches_self(t: BuiltinType) -> bool {
    matches!(
        t,
        BuiltinType::Bool
            | BuiltinType::Bytes
            | BuiltinType::Dict
            | BuiltinType::Float
            | BuiltinType::FrozenSet
            | BuiltinType::Int
            | BuiltinType::List
            | BuiltinType::Set
            | BuiltinType::Str
            | BuiltinType::Tuple
    )
}

impl Vm {
    /// Run one pattern-matching opcode (see the module docs).
    #[inline(never)]
    pub(crate) fn exec_pattern(&mut self, ins: Instr) -> PyResult<()> {
        match ins.op {
            Op::GetLen => {
                let x = self.stack.last().cloned().unwrap_or(Value::None);
                let n = self.len(&x)?;
                self.stack.push(Value::Int(n));
            }
            Op::MatchSequence => {
                let x = self.stack.last().cloned().unwrap_or(Value::None);
                let b = self.is_match_sequence(&x);
                self.stack.push(Value::Bool(b));
            }
            Op::MatchMapping => {
                let x = self.stack.last().cloned().unwrap_or(Value::None);
                let dict = self.types.dict.clone();
                let b = self.is_instance(&x, &dict);
                self.stack.push(Value::Bool(b));
            }
            Op::MatchKeys => {
                let n = self.stack.len();
                let keys = self.stack[n - 1].clone();
                let x = self.stack[n - 2].clone();
                let values = self.match_keys(&x, &keys)?;
                self.stack.push(values);
            }
            Op::MatchClass => {
                let names = self.stack.pop().unwrap_or(Value::None);
                let cls = self.stack.pop().unwrap_or(Value::None);
                let x = self.stack.pop().unwrap_or(Value::None);
                let attrs = self.match_class(&x, &cls, ins.arg as usize, &names)?;
                self.stack.push(attrs.map_or(Value::None, Value::tuple));
            }
            Op::MatchRest => {
                let keys = self.stack.pop().unwrap_or(Value::None);
                let x = self.stack.pop().unwrap_or(Value::None);
                let rest = self.match_rest(&x, &keys)?;
                self.stack.push(rest);
            }
            _ => {}
        }
        Ok(())
    }

    /// Whether a sequence pattern may match `x`.
    fn is_match_sequence(&self, x: &Value) -> bool {
        match x.payload() {
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
            Some(Payload::Instance(_)) => {
                let (list, tuple) = (self.types.list.clone(), self.types.tuple.clone());
                self.is_instance(x, &list) || self.is_instance(x, &tuple)
            }
            _ => false,
        }
    }

    /// The items of the tuple `keys` (the compiler always builds one).
    fn pattern_tuple(v: &Value) -> Vec<Value> {
        match v.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    /// `MatchKeys`: the values of `keys` in the mapping `x`, or None.
    fn match_keys(&mut self, x: &Value, keys: &Value) -> PyResult<Value> {
        let keys = Self::pattern_tuple(keys);
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        // An exact dict answers as `dict.get` would; anything else is asked
        // through its own `get`, whatever it does.
        let exact = matches!(x.payload(), Some(Payload::Dict(_)));
        let (get, missing) = if exact {
            (Value::None, Value::None)
        } else {
            let get = self.getattr_str(x, "get")?;
            let object = Value::Obj(self.types.object.clone());
            (get, self.call(&object, &[])?)
        };
        let seen = self.new_set(Vec::new())?;
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.contains(&seen, &key)? {
                let r = self.repr(&key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            self.set_add(&seen, key.clone())?;
            let found = if exact {
                dict_ops::lookup(self, x, &key)?
            } else {
                let v = self.call(&get, &[key, missing.clone()])?;
                match (&v, &missing) {
                    (Value::Obj(a), Value::Obj(b)) if a.is(b) => None,
                    _ => Some(v),
                }
            };
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `MatchRest`: `{**x}` without `keys`.
    fn match_rest(&mut self, x: &Value, keys: &Value) -> PyResult<Value> {
        let rest = self.new_dict();
        // A dict subclass that keeps dict's iteration is copied as a dict.
        let source = self.base_for(x, "__iter__").unwrap_or_else(|| x.clone());
        self.dict_merge(&rest, &source, None)?;
        for key in Self::pattern_tuple(keys) {
            if dict_ops::remove(self, &rest, &key)?.is_none() {
                // Only a `get` that answers for keys the mapping does not
                // hold gets here; deleting such a key fails, as in CPython.
                return Err(self.key_error(key));
            }
        }
        Ok(rest)
    }

    /// `MatchClass`: the matched attributes, or None for no match.
    fn match_class(
        &mut self,
        x: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Option<Vec<Value>>> {
        let Some(cls) = cls
            .as_obj()
            .filter(|o| matches!(o.payload(), Payload::Class(_)))
            .cloned()
        else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.is_instance(x, &cls) {
            return Ok(None);
        }
        let names = Self::pattern_tuple(names);
        let cls_name = self.class_name(&cls);
        let mut attrs = Vec::with_capacity(npos + names.len());
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let match_args = self.match_args(&cls)?;
            let (allowed, match_self) = match &match_args {
                Some(t) => (t.len(), false),
                None => {
                    let s = self.class_matches_self(&cls);
                    (usize::from(s), s)
                }
            };
            if npos > allowed {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({npos} given)"
                )));
            }
            if match_self {
                attrs.push(x.clone());
            } else {
                let match_args = match_args.unwrap_or_default();
                for name in match_args.iter().take(npos) {
                    let Some(text) = self.str_text(name) else {
                        let tn = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {tn})"
                        )));
                    };
                    match self.match_attr(x, &cls_name, &text, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        for name in &names {
            let text = self.str_text(name).unwrap_or_default();
            match self.match_attr(x, &cls_name, &text, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    /// `cls.__match_args__` as a tuple's items; None when it has none;
    /// TypeError when it is not a tuple.
    fn match_args(&mut self, cls: &ObjRef) -> PyResult<Option<Vec<Value>>> {
        let name = self.intern_static("__match_args__");
        let v = match self.getattr(&Value::Obj(cls.clone()), &name) {
            Ok(v) => v,
            Err(e) => {
                let ae = self.exc_types.attribute_error.clone();
                if self.exc_is(&e, &ae) {
                    return Ok(None);
                }
                return Err(e);
            }
        };
        match v.payload() {
            Some(Payload::Tuple(t)) => Ok(Some(t.to_vec())),
            _ => {
                let cls_name = self.class_name(cls);
                let tn = self.type_name(&v);
                Err(self.type_error(format!(
                    "{cls_name}.__match_args__ must be a tuple (got {tn})"
                )))
            }
        }
    }

    /// Whether `cls` is, or derives from, a type that matches itself.
    fn class_matches_self(&self, cls: &ObjRef) -> bool {
        // bytearray is a host type (and cannot be subclassed).
        if cls.is(&self
            .types
            .host_class(&crate::types::bytearray::BYTEARRAY_TYPE))
        {
            return true;
        }
        let Some(c) = class_of(cls) else {
            return false;
        };
        c.builtin.is_some_and(matches_self)
            || c.mro.iter().any(|m| {
                class_of(m)
                    .and_then(|mc| mc.builtin)
                    .is_some_and(matches_self)
            })
    }

    /// The text of an exact str (a subclass's instance is refused, as in
    /// CPython).
    fn str_text(&self, v: &Value) -> Option<String> {
        v.as_str().map(str::to_string)
    }

    /// One attribute of a class pattern: `getattr(x, name)`, None when it
    /// raises AttributeError; TypeError when `name` was asked for already.
    fn match_attr(
        &mut self,
        x: &Value,
        cls_name: &str,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            let r = crate::types::str_algo::str_repr(name);
            return Err(self.type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.to_string());
        let n = self.intern(name);
        match self.getattr(x, &n) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let ae = self.exc_types.attribute_error.clone();
                if self.exc_is(&e, &ae) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }
}
