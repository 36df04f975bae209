//! Iteration: `iter()`, `next()`, collecting and unpacking.

use crate::object::cell::PyCell;

use crate::object::{Iter, IterState, ObjRef, Payload, PyResult, Value, ViewKind};

use super::Vm;

/// A new builtin iterator object.
pub fn new_iter(state: IterState, type_name: &'static str) -> Value {
    Value::Obj(ObjRef::new(Payload::Iter(Iter {
        state: PyCell::new(state),
        type_name,
    })))
}

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(b) = self.base_for(v, "__iter__") {
            return self.iter(&b);
        }
        match self.try_iter(v)? {
            Some(it) => Ok(it),
            None => Err(self.not_iterable(v, "'", "' object is not iterable")),
        }
    }

    /// `iter(v)` for unpacking: a non-iterable is reported as
    /// "cannot unpack non-iterable X object".
    pub(crate) fn iter_unpack(&mut self, v: &Value) -> PyResult<Value> {
        match self.try_iter(v)? {
            Some(it) => Ok(it),
            None => Err(self.not_iterable(v, "cannot unpack non-iterable ", " object")),
        }
    }

    /// The items of `*v` in a display or call (`LIST_EXTEND`).
    pub fn collect_star(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(Payload::List(_) | Payload::Tuple(_)) = v.payload() {
            return self.collect(v);
        }
        match self.try_iter(v)? {
            Some(it) => self.collect(&it),
            None => Err(self.not_iterable(v, "Value after * must be an iterable, not ", "")),
        }
    }

    /// `iter(v)`, or None when `v`'s type supports no iteration at all
    /// (no `__iter__`, not a sequence), so callers can word that error.
    #[inline]
    pub(crate) fn try_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = v else {
            return Ok(None);
        };
        if let Payload::Host(h) = o.payload() {
            if let Some(p) = h.downcast::<crate::proxy::ProxyRef>() {
                let p = p.clone();
                return self.proxy_iter(&p).map(Some);
            }
            if h.downcast::<PyCell<crate::proxy::RemoteIter>>().is_some() {
                return Ok(Some(v.clone()));
            }
            if h.downcast::<crate::files::File>().is_some() {
                return crate::files::file::iter_lines(self, v).map(Some);
            }
        }
        let (state, name) = match o.payload() {
            Payload::List(_) => (
                IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                },
                "list_iterator",
            ),
            Payload::Tuple(_) => (
                IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                },
                "tuple_iterator",
            ),
            Payload::Str(s) => (
                IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                },
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                },
            ),
            Payload::Bytes(_) => (
                IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                },
                "bytes_iterator",
            ),
            Payload::Range(r) => return Ok(Some(crate::types::range::iter(r))),
            Payload::Dict(d) => (
                IterState::Dict {
                    dict: o.clone(),
                    index: 0,
                    seen: 0,
                    len: d.borrow().len(),
                    kind: ViewKind::Keys,
                },
                "dict_keyiterator",
            ),
            Payload::Set(d) => (
                IterState::Dict {
                    dict: o.clone(),
                    index: 0,
                    seen: 0,
                    len: d.borrow().len(),
                    kind: ViewKind::Keys,
                },
                "set_iterator",
            ),
            Payload::FrozenSet(d) => (
                IterState::Dict {
                    dict: o.clone(),
                    index: 0,
                    seen: 0,
                    len: d.len(),
                    kind: ViewKind::Keys,
                },
                "set_iterator",
            ),
            Payload::DictView(d, kind) => {
                let len = match d.payload() {
                    Payload::Dict(dd) => dd.borrow().len(),
                    _ => 0,
                };
                let name = match kind {
                    ViewKind::Keys => "dict_keyiterator",
                    ViewKind::Values => "dict_valueiterator",
                    ViewKind::Items => "dict_itemiterator",
                };
                (
                    IterState::Dict {
                        dict: d.clone(),
                        index: 0,
                        seen: 0,
                        len,
                        kind: *kind,
                    },
                    name,
                )
            }
            Payload::Iter(_) => return Ok(Some(v.clone())),
            p @ Payload::Generator(_) => {
                return Ok(p.is_plain_generator().then(|| v.clone()));
            }
            p if super::meta::protocols(p) => {
                if let Some(f) = self.lookup_special_str(v, "__iter__") {
                    let it = self.call(&f, std::slice::from_ref(v))?;
                    if self.lookup_special_str(&it, "__next__").is_none()
                        && !matches!(it.payload(), Some(Payload::Iter(_)))
                        && !it.payload().is_some_and(Payload::is_plain_generator)
                    {
                        let tn = self.type_name(&it);
                        return Err(
                            self.type_error(format!("iter() returned non-iterator of type '{tn}'"))
                        );
                    }
                    return Ok(Some(it));
                }
                if self.lookup_special_str(v, "__getitem__").is_some() {
                    return Ok(Some(new_iter(
                        IterState::GetItem {
                            obj: v.clone(),
                            index: 0,
                        },
                        "iterator",
                    )));
                }
                return Ok(None);
            }
            _ => return Ok(None),
        };
        Ok(Some(new_iter(state, name)))
    }

    #[cold]
    pub(crate) fn not_iterable(
        &mut self,
        v: &Value,
        before: &str,
        after: &str,
    ) -> crate::object::Exc {
        let tn = self.type_name(v);
        self.type_error(format!("{before}{tn}{after}"))
    }

    /// `next(it)` with no default: the value, or the StopIteration that ended
    /// the iterator, keeping a generator's return value as `value`.
    pub fn next_or_stop(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = it {
            if o.payload().is_plain_generator() {
                return match self.gen_resume(o, Value::None)? {
                    super::generator::GenStep::Yield(v) => Ok(v),
                    super::generator::GenStep::Return(r) => Err(self.stop_iteration(r)),
                };
            }
            if o.payload().class_protocols()
                && let Some(f) = self.lookup_special_str(it, "__next__")
            {
                return self.call(&f, std::slice::from_ref(it));
            }
        }
        match self.next(it)? {
            Some(v) => Ok(v),
            None => Err(self.stop_iteration(Value::None)),
        }
    }

    /// `next(it)`: Some(value), or None when exhausted (StopIteration consumed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.tick()?;
        let Value::Obj(o) = it else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object is not an iterator")));
        };
        match o.payload() {
            Payload::Iter(iter) => self.next_builtin(iter),
            Payload::Host(h) if h.downcast::<PyCell<crate::proxy::RemoteIter>>().is_some() => {
                match h.downcast::<PyCell<crate::proxy::RemoteIter>>() {
                    Some(r) => self.remote_next(r),
                    None => Ok(None),
                }
            }
            p @ Payload::Generator(_) if p.is_plain_generator() => {
                match self.gen_resume(o, Value::None)? {
                    super::generator::GenStep::Yield(v) => Ok(Some(v)),
                    super::generator::GenStep::Return(_) => Ok(None),
                }
            }
            p if p.class_protocols() => {
                let Some(f) = self.lookup_special_str(it, "__next__") else {
                    let tn = self.type_name(it);
                    return Err(self.type_error(format!("'{tn}' object is not an iterator")));
                };
                match self.call(&f, std::slice::from_ref(it)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        let t = self.type_of(&Value::Obj(e.0.clone()));
                        let si = self.exc_types.stop_iteration.clone();
                        if self.is_subclass(&t, &si) {
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
        }
    }

    fn next_builtin(&mut self, iter: &Iter) -> PyResult<Option<Value>> {
        // Take the state out so that Python code run below cannot observe a
        // borrowed iterator; put it back afterwards.
        let mut state = std::mem::replace(&mut *iter.state.borrow_mut(), IterState::Exhausted);
        // An iterator over other objects (map, zip, filter, enumerate,
        // `iter(f, sentinel)`, `__getitem__`) steps them from Rust: a chain
        // of a million is one native level each, so it ends in
        // RecursionError rather than overflowing the stack.
        let r = if matches!(
            state,
            IterState::Seq { .. }
                | IterState::Reversed { .. }
                | IterState::Range { .. }
                | IterState::BigRange(_)
                | IterState::Dict { .. }
                | IterState::Exhausted
        ) {
            self.step_state(&mut state)
        } else {
            self.nested("", |vm| vm.step_state(&mut state))
        };
        // An exhausted iterator over a container lets go of it and stays
        // exhausted (CPython's); range, enumerate, zip, map and filter keep
        // their state, as CPython's do (their `__reduce__` shows it, and
        // zip/map/filter ask their inputs again on the next call).
        let keep = !matches!(r, Ok(None))
            || matches!(
                state,
                IterState::Range { .. }
                    | IterState::BigRange(_)
                    | IterState::Enumerate { .. }
                    | IterState::Zip { .. }
                    | IterState::Map { .. }
                    | IterState::Filter { .. }
            );
        if keep {
            *iter.state.borrow_mut() = state;
        }
        r
    }

    fn step_state(&mut self, state: &mut IterState) -> PyResult<Option<Value>> {
        match state {
            IterState::Seq { seq, index } => {
                let v = match seq.payload() {
                    Payload::List(l) => l.borrow().get(*index).cloned(),
                    Payload::Tuple(t) => t.get(*index).cloned(),
                    Payload::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                    Payload::Str(s) => {
                        if s.is_ascii() {
                            s.s.as_bytes()
                                .get(*index)
                                .map(|b| self.char_str(*b as char))
                        } else {
                            // `index` is a byte offset for non-ASCII text.
                            let rest = s.s.get(*index..).unwrap_or("");
                            rest.chars().next().map(|c| {
                                *index += c.len_utf8() - 1;
                                Value::string(c.to_string())
                            })
                        }
                    }
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                }
                Ok(v)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let v = match seq.payload() {
                    Payload::List(l) => l.borrow().get(*index).cloned(),
                    Payload::Tuple(t) => t.get(*index).cloned(),
                    Payload::Str(s) => {
                        // `index` was the byte offset of the end of what is
                        // left: step back over one character.
                        let c = s.s.get(..=*index).and_then(|h| h.chars().next_back());
                        if let Some(c) = c {
                            *index = (*index + 1).saturating_sub(c.len_utf8());
                        }
                        c.map(|c| self.char_str(c))
                    }
                    Payload::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                Ok(v)
            }
            IterState::Range {
                next, step, left, ..
            } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *next = next.wrapping_add(*step);
                *left -= 1;
                Ok(Some(Value::Int(v)))
            }
            IterState::BigRange(b) => {
                let crate::object::BigRangeIter {
                    next, step, left, ..
                } = &mut **b;
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *next = next.wrapping_add(*step);
                *left -= 1;
                Ok(Some(crate::types::range::int_value(v)))
            }
            IterState::Dict {
                dict,
                index,
                len,
                seen,
                kind,
            } => {
                let step = |d: &crate::object::dict::Dict| {
                    (
                        d.next_entry(*index)
                            .map(|(i, k, v)| (i, k.clone(), v.clone())),
                        d.len(),
                    )
                };
                let step_set = |t: &crate::object::set_table::SetTable| {
                    (
                        t.next_active(*index)
                            .map(|(i, k)| (i, k.clone(), Value::None)),
                        t.len(),
                    )
                };
                let (entry, cur_len) = match dict.payload() {
                    Payload::Dict(d) => step(&d.borrow()),
                    Payload::Set(d) => step_set(&d.borrow()),
                    Payload::FrozenSet(d) => step_set(d),
                    _ => (None, 0),
                };
                if cur_len != *len {
                    let what = if matches!(dict.payload(), Payload::Dict(_)) {
                        "dictionary"
                    } else {
                        "Set"
                    };
                    *len = usize::MAX;
                    return Err(self.runtime_error(format!("{what} changed size during iteration")));
                }
                let Some((at, k, v)) = entry else {
                    return Ok(None);
                };
                // As many entries as the dict had are all it can give while
                // its size is unchanged: one more means keys were removed and
                // others added behind the iterator (CPython's check; without
                // it, `del d[k]; d[k2] = v` in the loop would never end).
                // A set's iterator walks on by slot, as CPython's does.
                if *seen == *len && matches!(dict.payload(), Payload::Dict(_)) {
                    *len = usize::MAX;
                    return Err(self.runtime_error("dictionary keys changed during iteration"));
                }
                *seen += 1;
                *index = at + 1;
                Ok(Some(match kind {
                    ViewKind::Keys => k,
                    ViewKind::Values => v,
                    ViewKind::Items => Value::tuple(vec![k, v]),
                }))
            }
            IterState::Enumerate { inner, count } => {
                let inner = inner.clone();
                match self.next(&inner)? {
                    Some(v) => {
                        let c = count.clone();
                        *count = match &c {
                            Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                            _ => {
                                self.binary_op(&c, &Value::Int(1), crate::bytecode::BinOpKind::Add)?
                            }
                        };
                        Ok(Some(Value::tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict } => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let (iters, strict) = (iters.clone(), *strict);
                let mut out = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None if strict => return self.zip_strict_end(&iters, i).map(|()| None),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                let mut args = Vec::with_capacity(iters.len());
                for it in iters.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, &args).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                loop {
                    let Some(v) = self.next(&inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, std::slice::from_ref(&v))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                // A StopIteration from the callable ends the iteration, as
                // in CPython.
                let v = match self.call(&func, &[]) {
                    Ok(v) => v,
                    Err(e) => {
                        let t = self.type_of(&Value::Obj(e.0.clone()));
                        let si = self.exc_types.stop_iteration.clone();
                        if self.is_subclass(&t, &si) {
                            return Ok(None);
                        }
                        return Err(e);
                    }
                };
                if self.eq(&v, &sentinel)? {
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItemBack { obj, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let obj = obj.clone();
                match self.getitem(&obj, &Value::Int(*index)) {
                    Ok(v) => {
                        *index -= 1;
                        Ok(Some(v))
                    }
                    Err(e) if self.ends_item_walk(&e) => {
                        *index = -1;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::GetItem { obj, index } => {
                let obj = obj.clone();
                let i = *index;
                match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    Err(e) if self.ends_item_walk(&e) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// Whether `e` (IndexError or StopIteration) ends a walk by
    /// `__getitem__`.
    fn ends_item_walk(&mut self, e: &crate::object::Exc) -> bool {
        let t = self.type_of(&Value::Obj(e.0.clone()));
        let ie = self.exc_types.index_error.clone();
        let si = self.exc_types.stop_iteration.clone();
        self.is_subclass(&t, &ie) || self.is_subclass(&t, &si)
    }

    /// `zip(..., strict=True)` found input `i` at its end: the others must
    /// end there too (checked by asking each for one more item, as
    /// CPython does), else ValueError naming the first that differs.
    fn zip_strict_end(&mut self, iters: &[Value], i: usize) -> PyResult<()> {
        let which = |k: usize| {
            if k == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{k}")
            }
        };
        if i > 0 {
            let msg = format!("zip() argument {} is shorter than {}", i + 1, which(i));
            return Err(self.value_error(msg));
        }
        for (k, other) in iters.iter().enumerate().skip(1) {
            if self.next(other)?.is_some() {
                let msg = format!("zip() argument {} is longer than {}", k + 1, which(k));
                return Err(self.value_error(msg));
            }
        }
        Ok(())
    }

    /// All items of an iterable.
    /// One step of a native's iteration. Natives that iterate (sum, list,
    /// sorted, join, ...) spend the safepoint budget like a loop does, so a
    /// cap, a cancellation or a collection reaches them too.
    #[inline]
    pub(crate) fn tick(&mut self) -> PyResult<()> {
        self.budget -= 1;
        self.charges.instructions += 1;
        if self.budget == 0 || self.account.tripped() {
            self.safepoint(false)?;
        }
        Ok(())
    }

    /// Run `f` on each item of `v`. A list or tuple is walked by index
    /// without an iterator object (a list re-read at every step, as its
    /// iterator does, so `f` may change it).
    pub fn for_each(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>,
    ) -> PyResult<()> {
        match v.payload() {
            Some(Payload::List(l)) => {
                let mut i = 0;
                loop {
                    self.tick()?;
                    let Some(x) = l.borrow().get(i).cloned() else {
                        return Ok(());
                    };
                    i += 1;
                    f(self, x)?;
                }
            }
            Some(Payload::Tuple(t)) => {
                for x in t.iter() {
                    self.tick()?;
                    f(self, x.clone())?;
                }
                Ok(())
            }
            _ => {
                let it = self.iter(v)?;
                while let Some(x) = self.next(&it)? {
                    f(self, x)?;
                }
                Ok(())
            }
        }
    }

    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::List(l)) => {
                let n = l.borrow().len();
                self.reserve_memory((n as u64).saturating_mul(size_of::<Value>() as u64))?;
                self.work(n)?;
                return Ok(l.borrow().clone());
            }
            Some(Payload::Tuple(t)) => {
                self.reserve_memory((t.len() as u64).saturating_mul(size_of::<Value>() as u64))?;
                self.work(t.len())?;
                return Ok(t.to_vec());
            }
            Some(Payload::Range(_)) => {
                // The length is known: refuse what would break the memory
                // cap before building it.
                if let Some(n) = crate::types::seq_ops::len(v) {
                    let bytes = (n.max(0) as u64).saturating_mul(size_of::<Value>() as u64);
                    self.reserve_memory(bytes)?;
                }
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            if out.len() >= crate::types::seq_ops::MAX_ITEMS {
                return Err(self.memory_error("too many items"));
            }
            out.push(x);
        }
        Ok(out)
    }

    /// Each item of an iterable in turn, with no list of them built (as
    /// CPython's `min`, `set.update` or `dict.fromkeys` stream an iterator):
    /// `f` returns `Ok(true)` to go on, `Ok(false)` to stop early. A tuple is
    /// walked in place; every other iterable through its iterator, so a
    /// list that `f` changes is seen as CPython's list iterator sees it.
    pub fn each(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        if let Some(Payload::Tuple(t)) = v.payload() {
            self.work(t.len())?;
            for x in t.iter() {
                if !f(self, x.clone())? {
                    break;
                }
            }
            return Ok(());
        }
        let it = self.iter(v)?;
        while let Some(x) = self.next(&it)? {
            if !f(self, x)? {
                break;
            }
        }
        Ok(())
    }

    /// `UnpackSequence(n)`: push the items, first on top.
    pub(crate) fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        let items = match seq.payload() {
            Some(Payload::Tuple(t)) if t.len() == n => {
                self.stack.extend(t.iter().rev().cloned());
                return Ok(());
            }
            Some(Payload::List(l)) if l.borrow().len() == n => {
                let l = l.borrow().clone();
                self.stack.extend(l.into_iter().rev());
                return Ok(());
            }
            _ => {
                let it = self.iter_unpack(&seq)?;
                let mut items = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    items.push(x);
                    if items.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                items
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// `UnpackEx`: `before` items, a list of the middle, `after` items.
    pub(crate) fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let items = match seq.payload() {
            Some(Payload::List(_) | Payload::Tuple(_)) => self.collect(&seq)?,
            _ => {
                let it = self.iter_unpack(&seq)?;
                self.collect(&it)?
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let mid = items.split_off(before);
        for v in tail.into_iter().rev() {
            self.stack.push(v);
        }
        self.stack.push(Value::list(mid));
        for v in items.into_iter().rev() {
            self.stack.push(v);
        }
        Ok(())
    }
}
