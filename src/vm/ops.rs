//! Operators: the general (slow) paths behind the dispatch loop's fast paths.
//!
//! Binary operators follow Python's protocol: builtin operands are handled in
//! Rust (types/num.rs, types/seq_ops.rs); when an instance is involved,
//! `__op__` of the left type is tried, then `__rop__` of the right type (first
//! when the right type is a proper subclass that overrides it), and
//! NotImplemented from both is a TypeError naming the operand types.

use crate::bytecode::{BinOpKind, CmpOpKind, UnaryOpKind};
use crate::object::{Exc, ObjRef, Payload, PyResult, Value};
use crate::types::{hash, num, seq_ops};

use super::Vm;
use super::meta::{has_metaclass, protocols};

impl Vm {
    /// For an instance of a subclass of a builtin value type (`class U(str)`)
    /// whose class does not define `name` in Python: the base value, on which
    /// the operation then acts. None for everything else.
    #[inline]
    pub(crate) fn base_for(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        let base = v.instance_base()?.clone();
        match self.lookup_special_str(v, name) {
            // `__hash__ = None` (a class defining __eq__) stays unhashable.
            Some(Value::None) => None,
            Some(f @ Value::Obj(_)) if !super::authority::is_native(&f) => None,
            // A native that a subclass itself defines (`sys.version_info`'s
            // `__repr__`) overrides the builtin's.
            Some(Value::Obj(f)) if self.native_override(&f, name) => None,
            _ => Some(base),
        }
    }

    /// Whether native `f`, found as special method `name` of a builtin
    /// subclass, was defined by the subclass rather than inherited from
    /// the builtin (whose methods have an owner) or from `object`.
    fn native_override(&mut self, f: &ObjRef, name: &str) -> bool {
        let Payload::Native(n) = f.payload() else {
            return false;
        };
        if n.owner.is_some() {
            return false;
        }
        !self.is_object_method(f, name)
    }

    /// Whether `f` is `object`'s own method `name`.
    fn is_object_method(&mut self, f: &ObjRef, name: &str) -> bool {
        let Payload::Class(object) = self.types.object.payload() else {
            return false;
        };
        let key = self.intern(name);
        let d = object.dict.borrow();
        crate::types::dict_ops::find_str(&d, &key)
            .and_then(|i| d.value_at(i))
            .is_some_and(|o| matches!(o, Value::Obj(o) if o.is(f)))
    }

    /// `a op b`.
    #[inline(never)]
    pub fn binary_op(&mut self, a: &Value, b: &Value, kind: BinOpKind) -> PyResult<Value> {
        if a.instance_base().is_some() || b.instance_base().is_some() {
            let (name, rname, _) = kind.dunders();
            let a2 = self.base_for(a, name);
            let b2 = self.base_for(b, rname);
            // An operand whose class defines the operator in Python sees
            // both operands as they are (`Counter() + Counter()` gives
            // Counter.__add__ a Counter, not the dict inside it).
            let overrides = |v: &Value, base: &Option<Value>| {
                base.is_none()
                    && (matches!(v.payload(), Some(Payload::Instance(_)))
                        || v.payload().is_some_and(has_metaclass))
            };
            if (a2.is_some() || b2.is_some()) && !overrides(a, &a2) && !overrides(b, &b2) {
                let a2 = a2.unwrap_or_else(|| a.clone());
                let b2 = b2.unwrap_or_else(|| b.clone());
                return self.binary_op(&a2, &b2, kind);
            }
        }
        let a_inst = matches!(a.payload(), Some(Payload::Instance(_)))
            || a.payload().is_some_and(has_metaclass);
        let b_inst = matches!(b.payload(), Some(Payload::Instance(_)))
            || b.payload().is_some_and(has_metaclass);
        if !a_inst && !b_inst {
            if let Some(v) = self.host_binary(a, b, kind)? {
                return Ok(v);
            }
            if let Some(v) = num::binary(self, a, b, kind)? {
                return Ok(v);
            }
            if let Some(v) = seq_ops::binary(self, a, b, kind)? {
                return Ok(v);
            }
            return self.binary_op_native_dunders(a, b, kind);
        }
        let (name, rname, _) = kind.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = self.intern_static(name);
        let rname = self.intern_static(rname);
        let lf = self.class_lookup(&ta, &name);
        let rf = if ta.is(&tb) {
            None
        } else {
            self.class_lookup(&tb, &rname)
        };
        let b_sub_first = rf.is_some() && !ta.is(&tb) && self.is_subclass(&tb, &ta);
        if b_sub_first && let Some(f) = &rf {
            let r = self.call(f, &[b.clone(), a.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(f) = lf {
            let r = if a_inst {
                self.call(&f, &[a.clone(), b.clone()])?
            } else {
                num::binary(self, a, b, kind)?
                    .or(seq_ops::binary(self, a, b, kind)?)
                    .unwrap_or_else(|| self.not_implemented())
            };
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        } else if !a_inst {
            if let Some(v) = num::binary(self, a, b, kind)? {
                return Ok(v);
            }
            if let Some(v) = seq_ops::binary(self, a, b, kind)? {
                return Ok(v);
            }
        }
        if !b_sub_first && let Some(f) = rf {
            let r = self.call(&f, &[b.clone(), a.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Err(self.unsupported_operands(a, b, kind.symbol()))
    }

    /// `a op b` for builtin operands the Rust paths do not cover: the
    /// methods their types register (dict views' `__and__`, ...).
    #[cold]
    #[inline(never)]
    fn binary_op_native_dunders(
        &mut self,
        a: &Value,
        b: &Value,
        kind: BinOpKind,
    ) -> PyResult<Value> {
        let (name, rname, _) = kind.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = self.intern(name);
        if let Some(f) = self.class_lookup(&ta, &name) {
            let r = self.call(&f, &[a.clone(), b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !ta.is(&tb) {
            let rname = self.intern(rname);
            if let Some(f) = self.class_lookup(&tb, &rname) {
                let r = self.call(&f, &[b.clone(), a.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        Err(self.unsupported_operands(a, b, kind.symbol()))
    }

    /// `a op= b`: the builtin in-place operators of list, set and dict, else
    /// `__iop__` (for a subclass of those, the inherited builtin method
    /// unless it defines its own), else the binary operator.
    pub fn inplace_op(&mut self, a: Value, b: Value, kind: BinOpKind) -> PyResult<Value> {
        if self.builtin_inplace(&a, &b, kind)? {
            return Ok(a);
        }
        if let Some(v) = self.host_binary(&a, &b, kind)? {
            return Ok(v);
        }
        if a.payload().is_some_and(Payload::class_protocols) {
            let (_, _, iname) = kind.dunders();
            let iname = self.intern(iname);
            if let Some(f) = self.lookup_special(&a, &iname) {
                let r = self.call(&f, &[a.clone(), b.clone()])?;
                if !self.is_not_implemented(&r) {
                    // An inherited builtin method (`list.__iadd__`) works on
                    // the instance's base value and returns it: the result
                    // is the instance itself (so `y += x` keeps `y`).
                    if a.instance_base().is_some_and(|base| r.is(base)) {
                        return Ok(a);
                    }
                    return Ok(r);
                }
            }
        }
        match self.binary_op(&a, &b, kind) {
            Err(e) if self.is_unsupported(&e) => {
                let sym = format!("{}=", kind.symbol());
                Err(self.unsupported_operands(&a, &b, &sym))
            }
            r => r,
        }
    }

    /// list `+=` and `*=`, set `|=`, `&=`, `-=` and `^=` with a set
    /// operand, dict `|=`: done in place on `target`. False when `target`'s
    /// type has no such in-place operator (nothing was done).
    fn builtin_inplace(&mut self, target: &Value, b: &Value, kind: BinOpKind) -> PyResult<bool> {
        match target.payload() {
            Some(Payload::List(l)) if matches!(kind, BinOpKind::Add | BinOpKind::Mul) => {
                crate::freeze::check_mutable(self, target)?;
                if kind == BinOpKind::Add {
                    let items = self.collect(b)?;
                    l.borrow_mut().extend(items);
                    return Ok(true);
                }
                let n = self.index_value(b)?;
                let mut v = l.borrow_mut();
                let orig = v.clone();
                if n <= 0 {
                    v.clear();
                } else {
                    let total = orig.len().saturating_mul(n as usize);
                    if total > seq_ops::MAX_ITEMS {
                        drop(v);
                        return Err(self.memory_error("list is too large"));
                    }
                    for _ in 1..n {
                        v.extend(orig.iter().cloned());
                    }
                }
                Ok(true)
            }
            Some(Payload::Set(_))
                if matches!(
                    kind,
                    BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor
                ) =>
            {
                // The operand may itself be an instance of a set subclass.
                let other = b.instance_base().unwrap_or(b);
                if !matches!(
                    other.payload(),
                    Some(Payload::Set(_) | Payload::FrozenSet(_))
                ) {
                    return Ok(false);
                }
                crate::freeze::check_mutable(self, target)?;
                crate::types::set::set_inplace(self, target, other, kind)?;
                Ok(true)
            }
            Some(Payload::Dict(_)) if kind == BinOpKind::Or => {
                crate::types::dict_methods::update_from(self, target, b)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn is_unsupported(&self, e: &Exc) -> bool {
        let t = self.type_of(&Value::Obj(e.0.clone()));
        t.is(&self.exc_types.type_error)
    }

    #[cold]
    pub(crate) fn unsupported_operands(&mut self, a: &Value, b: &Value, sym: &str) -> Exc {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if sym == "+" && ta == "str" {
            return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if sym == "+" && (ta == "list" || ta == "tuple") && ta != tb {
            return self.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
        }
        if sym == "*" || sym == "*=" {
            let is_seq = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(
                        Payload::Str(_) | Payload::Bytes(_) | Payload::List(_) | Payload::Tuple(_)
                    )
                )
            };
            if is_seq(a) {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
            }
            if is_seq(b) {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
            }
        }
        if (sym == "+" || sym == "+=") && ta == "bytes" {
            return self.type_error(format!("can't concat {tb} to {ta}"));
        }
        if sym == "**" {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// `-a`, `+a`, `~a`, `not a`.
    pub fn unary_op(&mut self, a: &Value, kind: UnaryOpKind) -> PyResult<Value> {
        let dunder = match kind {
            UnaryOpKind::Neg => "__neg__",
            UnaryOpKind::Pos => "__pos__",
            UnaryOpKind::Invert => "__invert__",
            UnaryOpKind::Not => "__bool__",
        };
        if let Some(b) = self.base_for(a, dunder) {
            return self.unary_op(&b, kind);
        }
        if kind == UnaryOpKind::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if let Some(v) = num::unary(a, kind) {
            return Ok(v);
        }
        let (dunder, sym) = match kind {
            UnaryOpKind::Neg => ("__neg__", "-"),
            UnaryOpKind::Pos => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        if a.payload().is_some_and(protocols)
            && let Some(f) = self.lookup_special_str(a, dunder)
        {
            return self.call(&f, std::slice::from_ref(a));
        }
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    /// Rich comparison `a op b`, returning the (possibly non-bool) result.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOpKind) -> PyResult<Value> {
        if let Some(r) = self.host_compare(a, b, op)? {
            return Ok(r);
        }
        // Containers compare their items recursively: bound the Rust depth.
        self.nested(" in comparison", |vm| vm.compare_inner(a, b, op))
    }

    fn compare_inner(&mut self, a: &Value, b: &Value, op: CmpOpKind) -> PyResult<Value> {
        if let (Value::Obj(x), Value::Obj(y), CmpOpKind::Eq | CmpOpKind::Ne) = (a, b, op)
            && shared_identity(x.payload()).is_some()
        {
            let same = same_shared(x, y);
            return Ok(Value::Bool(same == matches!(op, CmpOpKind::Eq)));
        }
        if a.instance_base().is_some() || b.instance_base().is_some() {
            let (name, rname) = op.dunders();
            let a2 = self.base_for(a, name);
            let b2 = self.base_for(b, rname);
            if a2.is_some() || b2.is_some() {
                let a2 = a2.unwrap_or_else(|| a.clone());
                let b2 = b2.unwrap_or_else(|| b.clone());
                return self.compare_inner(&a2, &b2, op);
            }
        }
        let a_inst = a.payload().is_some_and(protocols);
        let b_inst = b.payload().is_some_and(protocols);
        if !a_inst && !b_inst {
            if let Some(r) = seq_ops::compare(self, a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let (name, rname) = op.dunders();
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let reflected_first = !ta.is(&tb) && self.is_subclass(&tb, &ta);
            let order: [(bool, &'static str); 2] = if reflected_first {
                [(true, rname), (false, name)]
            } else {
                [(false, name), (true, rname)]
            };
            for (swap, dunder) in order {
                let (x, y) = if swap { (b, a) } else { (a, b) };
                if !x.payload().is_some_and(protocols) {
                    // A builtin compares with a subclass instance's value
                    // (`{} == Counter()` once Counter.__eq__ declined).
                    let y = y.instance_base().unwrap_or(y);
                    if let Some(r) =
                        seq_ops::compare(self, x, y, if swap { op.swapped() } else { op })?
                    {
                        return Ok(Value::Bool(r));
                    }
                    continue;
                }
                let n = self.intern_static(dunder);
                if let Some(f) = self.lookup_special(x, &n) {
                    let r = self.call(&f, &[x.clone(), y.clone()])?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            CmpOpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpOpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{ta}' and '{tb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Natives compare in loops (`in`, index, ==, dict lookups): each
        // comparison is work, and long texts are work in proportion.
        self.work(1 + text_len(a))?;
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOpKind::Eq)?;
        self.truthy(&r)
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Undef => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => !s.s.is_empty(),
                Payload::Bytes(b) => !b.is_empty(),
                Payload::BigInt(_) => true,
                Payload::Tuple(t) => !t.is_empty(),
                Payload::List(l) => !l.borrow().is_empty(),
                Payload::Dict(d) => !d.borrow().is_empty(),
                Payload::Set(d) => !d.borrow().is_empty(),
                Payload::FrozenSet(d) => !d.is_empty(),
                Payload::Range(r) => !r.is_empty(),
                Payload::DictView(d, _) => match d.payload() {
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    _ => true,
                },
                Payload::Instance(_) => return self.instance_truthy(v),
                Payload::Host(h) if let Some(n) = h.get().native_len() => n != 0,
                p if protocols(p) => return self.instance_truthy(v),
                _ => true,
            },
        })
    }

    fn instance_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if v.instance_base().is_some()
            && self.base_for(v, "__bool__").is_some()
            && let Some(b) = self.base_for(v, "__len__")
        {
            return self.truthy(&b);
        }
        if let Some(f) = self.lookup_special_str(v, "__bool__") {
            let r = self.call(&f, std::slice::from_ref(v))?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__bool__ should return bool, returned {tn}")))
                }
            };
        }
        if let Some(f) = self.lookup_special_str(v, "__len__") {
            let r = self.call(&f, std::slice::from_ref(v))?;
            let n = self.len_result(&r)?;
            return Ok(n != 0);
        }
        Ok(true)
    }

    /// Validate a `__len__` result.
    /// As CPython's `slot_sq_length`: `__index__` the result, refuse a
    /// negative one, and an int too big for an index is an OverflowError.
    pub(crate) fn len_result(&mut self, r: &Value) -> PyResult<i64> {
        let r = match r {
            Value::Int(_) | Value::Bool(_) => r.clone(),
            Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => r.clone(),
            Value::Obj(o) if matches!(o.payload(), Payload::Instance(_)) => self.index_object(r)?,
            _ => {
                let tn = self.type_name(r);
                return Err(
                    self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        };
        match &r {
            Value::Int(n) if *n >= 0 => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match o.payload() {
                Payload::BigInt(b) if b.sign() != num_bigint::Sign::Minus => {
                    Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
                _ => Err(self.value_error("__len__() should return >= 0")),
            },
            _ => Err(self.value_error("__len__() should return >= 0")),
        }
    }

    /// `operator.index(v)` for an instance: the int its `__index__` returns.
    pub(crate) fn index_object(&mut self, v: &Value) -> PyResult<Value> {
        let Some(f) = self.lookup_special_str(v, "__index__") else {
            let tn = self.type_name(v);
            return Err(
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        };
        let r = self.call(&f, std::slice::from_ref(v))?;
        let is_int = match &r {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(o) => matches!(o.payload(), Payload::BigInt(_)),
            _ => false,
        };
        if !is_int {
            let tn = self.type_name(&r);
            return Err(self.type_error(format!("__index__ returned non-int (type {tn})")));
        }
        Ok(r)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(Payload::Range(r)) = v.payload() {
            let r = *r;
            return crate::types::range::len(self, &r);
        }
        // A builtin container (never an instance: a subclass's goes
        // through `base_for`, which honours an overriding `__len__`).
        if let Some(n) = seq_ops::len(v) {
            return Ok(n);
        }
        if let Some(Payload::Host(h)) = v.payload()
            && let Some(n) = h.get().native_len()
        {
            return Ok(n as i64);
        }
        if let Some(b) = self.base_for(v, "__len__") {
            return self.len(&b);
        }
        if v.payload().is_some_and(protocols)
            && let Some(f) = self.lookup_special_str(v, "__len__")
        {
            let r = self.call(&f, std::slice::from_ref(v))?;
            return self.len_result(&r);
        }
        if let Some(p) = v.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_len(&p);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("object of type '{tn}' has no len()")))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(b) = self.base_for(container, "__contains__") {
            return self.contains(&b, item);
        }
        if let Some(r) = seq_ops::contains(self, container, item)? {
            return Ok(r);
        }
        if container.payload().is_some_and(protocols)
            && let Some(f) = self.lookup_special_str(container, "__contains__")
        {
            let r = self.call(&f, &[container.clone(), item.clone()])?;
            return self.truthy(&r);
        }
        if let Some(p) = container.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_contains(&p, item);
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(_) => {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Some(b) = self.base_for(container, "__getitem__") {
            if let Some(Payload::Dict(_)) = b.payload() {
                // dict subclasses: a missing key goes to __missing__ if defined.
                if crate::types::dict_ops::lookup(self, &b, key)?.is_none()
                    && let Some(m) = self.lookup_special_str(container, "__missing__")
                {
                    return self.call(&m, &[container.clone(), key.clone()]);
                }
            }
            return self.getitem(&b, key);
        }
        if let Some(v) = seq_ops::getitem(self, container, key)? {
            return Ok(v);
        }
        if let Some(p) = container.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_getitem(&p, key);
        }
        match container.payload() {
            Some(p) if p.class_protocols() => {
                if let Some(f) = self.lookup_special_str(container, "__getitem__") {
                    return self.call(&f, &[container.clone(), key.clone()]);
                }
            }
            Some(Payload::Class(c)) => {
                if c.metaclass.is_some()
                    && let Some(f) = self.meta_method(container, "__getitem__")
                {
                    return self.call_meta_method(f, container, std::slice::from_ref(key), &[]);
                }
                if let Some(Value::Obj(c)) = container.as_obj().map(|o| Value::Obj(o.clone())) {
                    let n = self.intern("__class_getitem__");
                    if let Some(f) = self.class_lookup(&c, &n) {
                        // An implicit class method (`type.__new__` wraps it).
                        let f = self.bind_class_attr(f, &Value::Undef, &c)?;
                        return self.call(&f, std::slice::from_ref(key));
                    }
                    let name = self.class_name(&c);
                    return Err(self.type_error(format!("type '{name}' is not subscriptable")));
                }
            }
            _ => {}
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(b) = self.base_for(container, "__setitem__") {
            return self.setitem(&b, key, value);
        }
        if seq_ops::setitem(self, container, &key, &value)? {
            return Ok(());
        }
        if container.payload().is_some_and(protocols)
            && let Some(f) = self.lookup_special_str(container, "__setitem__")
        {
            self.call(&f, &[container.clone(), key, value])?;
            return Ok(());
        }
        if let Some(p) = container.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_setitem(&p, &key, Some(&value));
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Some(b) = self.base_for(container, "__delitem__") {
            return self.delitem(&b, key);
        }
        if seq_ops::delitem(self, container, key)? {
            return Ok(());
        }
        if container.payload().is_some_and(protocols)
            && let Some(f) = self.lookup_special_str(container, "__delitem__")
        {
            self.call(&f, &[container.clone(), key.clone()])?;
            return Ok(());
        }
        if let Some(p) = container.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_setitem(&p, key, None);
        }
        // CPython words this by which slots the type has: a type with
        // sequence methods given an index says "doesn't", others "does not".
        let has_seq_slots = matches!(
            container.payload(),
            Some(
                Payload::Instance(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::Tuple(_)
                    | Payload::Range(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::DictView(..)
            )
        );
        let index_key = match key {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(o) => match o.payload() {
                Payload::BigInt(_) => true,
                Payload::Instance(_) => self.lookup_special_str(key, "__index__").is_some(),
                _ => false,
            },
            _ => false,
        };
        let tn = self.type_name(container);
        let verb = if has_seq_slots && index_key {
            "doesn't"
        } else {
            "does not"
        };
        Err(self.type_error(format!("'{tn}' object {verb} support item deletion")))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        // An exact str whose hash is cached (dict keys, words counted).
        if let Value::Obj(o) = v
            && let Payload::Str(s) = o.payload()
            && s.hash.get() != -1
        {
            self.work(1)?;
            return Ok(s.hash.get());
        }
        self.work(1 + uncached_hash_len(v))?;
        if let Some(b) = self.base_for(v, "__hash__") {
            return self.hash(&b);
        }
        if let Some(h) = fast_hash(v) {
            return Ok(h);
        }
        match v.payload() {
            Some(Payload::Tuple(items)) => {
                let items = items.clone();
                let mut hs = Vec::with_capacity(items.len());
                self.enter_native()?;
                for it in items.iter() {
                    match self.hash(it) {
                        Ok(h) => hs.push(h),
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    }
                }
                self.leave_native();
                Ok(hash::combine_tuple(hs.into_iter(), items.len()))
            }
            Some(p) if protocols(p) => {
                let n = self.intern("__hash__");
                match self.lookup_special(v, &n) {
                    Some(Value::None) | None => Err(self.unhashable(v)),
                    Some(f) => {
                        if let Value::Obj(fo) = &f
                            && let Payload::Native(nf) = fo.payload()
                            && nf.name == "__hash__"
                            && nf.is(crate::types::object::object_hash)
                        {
                            return Ok(addr_hash(v));
                        }
                        let r = self.call(&f, std::slice::from_ref(v))?;
                        match r {
                            // A builtin type's own hash is final (a
                            // memoryview hashes as its bytes do).
                            Value::Int(i) if matches!(p, Payload::Host(_)) => Ok(i),
                            // An int that fits is the hash as it is (-1
                            // excepted), a bigger one hashes as an int, as
                            // CPython's slot_tp_hash does.
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            _ => match r.to_bigint() {
                                Some(b) => Ok(hash::hash_bigint(&b)),
                                None => {
                                    Err(self.type_error("__hash__ method should return an integer"))
                                }
                            },
                        }
                    }
                }
            }
            Some(Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::Slice(_)) => {
                Err(self.unhashable(v))
            }
            _ => Ok(addr_hash(v)),
        }
    }

    #[cold]
    fn unhashable(&mut self, v: &Value) -> Exc {
        let tn = self.type_name(v);
        self.type_error(format!("unhashable type: '{tn}'"))
    }

    /// The integer value of `v` for indexing (`__index__` semantics).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(b) = self.base_for(v, "__index__") {
            return self.index_value(&b);
        }
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match o.payload() {
                Payload::BigInt(_) => {
                    let tn = self.type_name(v);
                    Err(self.index_error(format!("cannot fit '{tn}' into an index-sized integer")))
                }
                Payload::Instance(_) => {
                    let r = self.index_object(v)?;
                    self.index_value(&r)
                }
                _ => {
                    let tn = self.type_name(v);
                    Err(self
                        .type_error(format!("'{tn}' object cannot be interpreted as an integer")))
                }
            },
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `repr(v)` as Rust text.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        self.work(1 + text_len(v))?;
        crate::types::repr::repr(self, v)
    }

    /// `str(v)` as Rust text.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(b) = self.base_for(v, "__str__") {
            // `object.__str__` is `repr`: an instance of a builtin subclass
            // whose class overrides `__repr__` shows that.
            let inherited = matches!(self.lookup_special_str(v, "__str__"),
                Some(Value::Obj(f)) if self.is_object_method(&f, "__str__"));
            // (A str's own str is itself, not its repr.)
            let own_str = matches!(b.payload(), Some(Payload::Str(_)));
            if inherited && !own_str && self.base_for(v, "__repr__").is_none() {
                return self.repr(v);
            }
            return self.str(&b);
        }
        match v {
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(s.s.to_string()),
                Payload::Class(c) if c.metaclass.is_some() => {
                    match self.meta_method(v, "__str__") {
                        Some(f) => {
                            let r = self.call_meta_method(f, v, &[], &[])?;
                            match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => {
                                    let tn = self.type_name(&r);
                                    Err(self.type_error(format!(
                                        "__str__ returned non-string (type {tn})"
                                    )))
                                }
                            }
                        }
                        None => self.repr(v),
                    }
                }
                p if p.class_protocols() => {
                    let f = self.lookup_special_str(v, "__str__");
                    match f {
                        Some(f) => {
                            let r = self.call(&f, std::slice::from_ref(v))?;
                            match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => {
                                    let tn = self.type_name(&r);
                                    Err(self.type_error(format!(
                                        "__str__ returned non-string (type {tn})"
                                    )))
                                }
                            }
                        }
                        None => self.repr(v),
                    }
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// An `ObjRef` for a dict object's key `name` lookup, None when absent.
    pub fn dict_get_str(&mut self, dict: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        let d = super::eval::dict_ref(dict).borrow();
        Ok(crate::types::dict_ops::find_str(&d, name).and_then(|i| d.value_at(i).cloned()))
    }

    /// `dict[name] = value` for a str key.
    pub fn dict_set_str(&mut self, dict: &ObjRef, name: &ObjRef, value: Value) -> PyResult<()> {
        let h = match name.payload() {
            Payload::Str(s) => crate::types::str::str_hash(s),
            _ => return self.setitem(&Value::Obj(dict.clone()), Value::Obj(name.clone()), value),
        };
        let mut d = match super::eval::dict_ref(dict).try_borrow_mut() {
            Ok(d) => d,
            Err(e) => {
                let busy = "dictionary changed during update";
                return Err(crate::freeze::guard::borrow_error(self, e, "dict", busy));
            }
        };
        match crate::types::dict_ops::find_str(&d, name) {
            Some(i) => {
                let old = d.set_value_at(i, value);
                drop(d);
                drop(old);
            }
            None => {
                d.push_new(h, Value::Obj(name.clone()), value);
            }
        }
        Ok(())
    }

    /// Remove a str key; false when it was absent.
    pub fn dict_del_str(&mut self, dict: &ObjRef, name: &ObjRef) -> PyResult<bool> {
        let mut d = match super::eval::dict_ref(dict).try_borrow_mut() {
            Ok(d) => d,
            Err(e) => {
                let busy = "dictionary changed during update";
                return Err(crate::freeze::guard::borrow_error(self, e, "dict", busy));
            }
        };
        match crate::types::dict_ops::find_str(&d, name) {
            Some(i) => {
                let old = d.remove_at(i);
                drop(d);
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// A new empty dict object.
    pub fn new_dict(&self) -> Value {
        Value::Obj(ObjRef::new(Payload::Dict(
            crate::object::cell::PyCell::new(crate::object::dict::Dict::new()),
        )))
    }
}

/// `a op b` for the operands the dispatch loop compares inline, read in
/// place: two ints, two floats or two exact strs (UTF-8 byte order is code
/// point order, Python's). None for anything else (the general path).
#[inline(always)]
pub(crate) fn compare_fast(a: &Value, b: &Value, op: CmpOpKind) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(op.holds(x, y)),
        (Value::Float(x), Value::Float(y)) => Some(op.holds(x, y)),
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Str(p), Payload::Str(q)) => Some(op.holds(&*p.s, &*q.s)),
            _ => None,
        },
        _ => None,
    }
}

/// `dict[name] = value` when the str key `name` is already in the dict
/// object and the dict is not borrowed: the value is replaced in place, with
/// no error possible and no counting of the dict. Gives the value back
/// otherwise (the caller takes the general path).
#[inline]
pub(crate) fn dict_replace_str(dict: &ObjRef, name: &ObjRef, value: Value) -> Result<(), Value> {
    let Ok(mut d) = super::eval::dict_ref(dict).try_borrow_mut() else {
        return Err(value);
    };
    match crate::types::dict_ops::find_str(&d, name) {
        Some(i) => {
            let old = d.set_value_at(i, value);
            drop(d);
            drop(old);
            Ok(())
        }
        None => Err(value),
    }
}

/// Equality decided without running Python code; None when it needs the VM.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(num::int_float_eq(*x, *y))
        }
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(f64::from(u8::from(*x)) == *y)
        }
        (Value::Obj(x), Value::Obj(y)) => {
            if x.is(y) {
                return Some(true);
            }
            match (x.payload(), y.payload()) {
                (Payload::Str(p), Payload::Str(q)) => Some(p.s == q.s),
                (Payload::Host(h), _) if h.get().shared_identity().is_some() => {
                    Some(same_shared(x, y))
                }
                (Payload::BigInt(p), Payload::BigInt(q)) => Some(p == q),
                (Payload::Bytes(p), Payload::Bytes(q)) => Some(p == q),
                // Bound methods: the same function bound to the same object
                // (`__self__` compared by identity, as CPython's since 3.8).
                (Payload::BoundMethod(p), Payload::BoundMethod(q)) => {
                    Some(p.0.is(&q.0) && p.1.is(&q.1))
                }
                (p, _) | (_, p) if protocols(p) => None,
                (Payload::Tuple(_), Payload::Tuple(_))
                | (Payload::List(_), Payload::List(_))
                | (Payload::Dict(_), Payload::Dict(_))
                | (Payload::Set(_), _)
                | (Payload::FrozenSet(_), _)
                | (Payload::DictView(..), _)
                | (Payload::Range(_), Payload::Range(_))
                | (Payload::BigInt(_), _)
                | (_, Payload::BigInt(_))
                | (Payload::Slice(_), Payload::Slice(_)) => None,
                _ => Some(false),
            }
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match o.payload() {
            Payload::BigInt(_) => None,
            p if p.class_protocols() => None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}

/// Hash decided without running Python code.
/// The bytes of a str or bytes value (0 for others): what comparing it
/// costs.
#[inline]
fn text_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Str(s)) => s.s.len(),
        Some(Payload::Bytes(b)) => b.len(),
        _ => 0,
    }
}

/// The bytes that hashing `v` reads (0 when its hash is cached or cheap).
#[inline]
fn uncached_hash_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Str(s)) if s.hash.get() == -1 => s.s.len(),
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::BigInt(b)) => (b.bits() / 8) as usize,
        _ => 0,
    }
}

pub fn fast_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(hash::hash_i64(*i)),
        Value::Bool(b) => Some(*b as i64),
        Value::Float(f) => Some(hash::hash_f64(*f, 0)),
        Value::None => Some(0x5a5a_5a5a),
        Value::Undef => Some(0),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Some(crate::types::str::str_hash(s)),
            Payload::BigInt(b) => Some(hash::hash_bigint(b)),
            Payload::Bytes(b) => Some(hash::hash_bytes(b)),
            Payload::FrozenSet(d) => {
                Some(hash::frozenset(d.keys_hashed().map(|k| k.hash), d.len()))
            }
            Payload::Range(r) => Some(hash::range(r.start, r.len(), r.step, 0x5a5a_5a5a)),
            // Equal bound methods (fast_eq) hash alike.
            Payload::BoundMethod(bm) => Some(addr_hash(&bm.0) ^ identity_hash(&bm.1)),
            Payload::Slice(_) => None,
            Payload::Class(c) if c.metaclass.is_some() => None,
            Payload::Tuple(_)
            | Payload::Instance(_)
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_) => None,
            Payload::Host(h) => match h.get().shared_identity() {
                Some(id) => Some((id >> 4) as i64),
                None if h.get().host_type().class_protocols => None,
                None => Some(addr_hash(v)),
            },
            _ => Some(addr_hash(v)),
        },
    }
}

/// The identity of the shared state behind a host object whose frozen
/// copies are the same object (a queue, a proxy).
fn shared_identity(p: &Payload) -> Option<usize> {
    match p {
        Payload::Host(h) => h.get().shared_identity(),
        _ => None,
    }
}

/// Whether two proxies (or two queues) are copies of the same one: every
/// frozen copy shares its state, so that is their equality (and hash).
fn same_shared(x: &ObjRef, y: &ObjRef) -> bool {
    match (x.payload(), y.payload()) {
        (Payload::Host(p), Payload::Host(q)) => {
            let (p, q) = (p.get(), q.get());
            p.host_type().slot() == q.host_type().slot()
                && p.shared_identity().is_some()
                && p.shared_identity() == q.shared_identity()
        }
        _ => false,
    }
}

/// A hash of `v`'s identity as `is` sees it: its address, or the inline
/// value itself (small ints, floats, None, bools are compared by value).
fn identity_hash(v: &Value) -> i64 {
    match v {
        Value::Obj(o) => (o.addr() >> 4) as i64,
        Value::Int(i) => *i & (i64::MAX >> 1),
        Value::Float(f) => (f.to_bits() >> 1) as i64 & (i64::MAX >> 1),
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

fn addr_hash(v: &Value) -> i64 {
    match v {
        Value::Obj(o) => (o.addr() >> 4) as i64,
        _ => 0,
    }
}

/// The object a value refers to, for identity-keyed tables.
pub fn obj_addr(v: &Value) -> usize {
    match v {
        Value::Obj(o) => o.addr(),
        _ => 0,
    }
}

/// Keep `ObjRef` in scope for the doc links above.
pub type _Obj = ObjRef;
