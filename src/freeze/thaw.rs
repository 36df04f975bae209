//! `thaw`: a mutable deep copy in the caller's local heap (as
//! `copy.deepcopy` would make it, for the containers).
//!
//! Lists, dicts, sets, tuples and instances (with their attribute dicts) are
//! copied; everything else is an atom and returned as it is (str, bytes,
//! numbers, frozensets, functions, classes, modules, natives, queues): atoms
//! are immutable or meant to be shared, so a frozen atom stays frozen. Dict
//! keys and set elements are kept as they are (they are hashable, so already
//! immutable, and their hashes stay valid). A tuple whose items all stay the
//! same is itself kept.
//!
//! Like `freeze`, it is iterative (discover, make shells and then the
//! tuples and instances children first, fill), and keeps sharing and cycles.

use crate::object::cell::PyCell;
use crate::object::{ExcData, ExcGroup, Instance, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::discover::{AddrMap, read};

/// Whether `thaw` copies objects of this kind.
fn copied(o: &ObjRef) -> bool {
    matches!(
        o.payload(),
        Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Tuple(_)
            | Payload::Instance(_)
    ) || matches!(o.payload(), Payload::Host(h) if h.get().thaws())
}

/// `thaw(v)`: a mutable deep copy of the containers in `v`.
pub fn thaw(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Value::Obj(root) = v else {
        return Ok(v.clone());
    };
    if !copied(root) {
        return Ok(v.clone());
    }
    let mut t = Thaw::discover(vm, root)?;
    t.allocate(vm)?;
    t.fill(vm)?;
    let r = t.map(v);
    if t.missing {
        return Err(vm.runtime_error("an object changed while it was being thawed"));
    }
    Ok(r)
}

/// A copy of a frozen exception that can be raised (its traceback and
/// chaining written): a local instance of the same class, same args.
pub fn raisable_copy(vm: &mut Vm, e: &ObjRef) -> PyResult<ObjRef> {
    match thaw(vm, &Value::Obj(e.clone()))? {
        Value::Obj(o) => Ok(o),
        _ => Err(vm.runtime_error("internal error: thawed exception is not an object")),
    }
}

struct Thaw {
    nodes: Vec<ObjRef>,
    index: AddrMap<u32>,
    out: Vec<Option<ObjRef>>,
    missing: bool,
}

/// The children of a copied object that may be copied too.
fn children(vm: &mut Vm, o: &ObjRef, kids: &mut Vec<Value>) -> PyResult<()> {
    match o.payload() {
        Payload::List(l) => kids.extend(read(vm, l)?.iter().cloned()),
        Payload::Tuple(t) => kids.extend(t.iter().cloned()),
        Payload::Dict(d) => kids.extend(read(vm, d)?.iter().map(|(_, v)| v.clone())),
        Payload::Instance(i) => {
            kids.push(Value::Obj(i.dict.clone()));
            kids.push(i.base.clone());
            if let Some(e) = &i.exc {
                let e = read(vm, e)?;
                kids.push(e.args.clone());
                if let Some(g) = &e.group {
                    kids.push(g.message.clone());
                    kids.push(g.exceptions.clone());
                }
            }
        }
        _ => {}
    }
    Ok(())
}

impl Thaw {
    fn discover(vm: &mut Vm, root: &ObjRef) -> PyResult<Thaw> {
        let mut t = Thaw {
            nodes: Vec::new(),
            index: AddrMap::default(),
            out: Vec::new(),
            missing: false,
        };
        let mut todo = vec![root.clone()];
        let mut kids = Vec::new();
        while let Some(o) = todo.pop() {
            if t.index.contains_key(&o.addr()) {
                continue;
            }
            let Ok(id) = u32::try_from(t.nodes.len()) else {
                return Err(vm.memory_error("object graph too large to thaw"));
            };
            t.index.insert(o.addr(), id);
            t.nodes.push(o.clone());
            kids.clear();
            children(vm, &o, &mut kids)?;
            for k in kids.drain(..) {
                if let Value::Obj(c) = k
                    && copied(&c)
                    && !t.index.contains_key(&c.addr())
                {
                    todo.push(c);
                }
            }
        }
        t.out = vec![None; t.nodes.len()];
        Ok(t)
    }

    fn map(&mut self, v: &Value) -> Value {
        match v {
            Value::Obj(o) if copied(o) => match self.index.get(&o.addr()) {
                Some(&n) => match &self.out[n as usize] {
                    Some(c) => Value::Obj(c.clone()),
                    None => {
                        self.missing = true;
                        Value::None
                    }
                },
                None => {
                    self.missing = true;
                    Value::None
                }
            },
            _ => v.clone(),
        }
    }

    /// Shells for lists, dicts and sets; then tuples and instances, children
    /// first (their items and base values are fixed when they are made).
    fn allocate(&mut self, vm: &mut Vm) -> PyResult<()> {
        for (i, o) in self.nodes.iter().enumerate() {
            let shell = match o.payload() {
                Payload::List(_) => Payload::List(PyCell::new(Vec::new())),
                Payload::Dict(_) => Payload::Dict(PyCell::new(crate::object::dict::Dict::new())),
                Payload::Set(d) => Payload::Set(PyCell::new(read(vm, d)?.clone())),
                Payload::Host(h) => match h.get().thawed_form() {
                    Some(c) => Payload::Host(c),
                    None => continue,
                },
                _ => continue,
            };
            self.out[i] = Some(ObjRef::new(shell));
        }
        let n = self.nodes.len();
        let mut stack: Vec<(u32, bool)> = Vec::new();
        let mut on_stack = vec![false; n];
        for start in 0..n {
            if self.out[start].is_some() {
                continue;
            }
            stack.push((start as u32, false));
            while let Some((j, children_made)) = stack.pop() {
                let ju = j as usize;
                if self.out[ju].is_some() {
                    continue;
                }
                if children_made {
                    let c = self.build(vm, ju)?;
                    self.out[ju] = Some(c);
                    continue;
                }
                if on_stack[ju] {
                    return Err(vm.runtime_error(
                        "internal error: a reference cycle through immutable objects",
                    ));
                }
                on_stack[ju] = true;
                stack.push((j, true));
                let deps: Vec<Value> = match self.nodes[ju].payload() {
                    Payload::Tuple(t) => t.to_vec(),
                    Payload::Instance(i) => vec![i.base.clone()],
                    _ => Vec::new(),
                };
                for d in deps {
                    if let Value::Obj(o) = d
                        && let Some(&k) = self.index.get(&o.addr())
                        && self.out[k as usize].is_none()
                    {
                        stack.push((k, false));
                    }
                }
            }
        }
        Ok(())
    }

    fn build(&mut self, vm: &mut Vm, i: usize) -> PyResult<ObjRef> {
        let o = self.nodes[i].clone();
        match o.payload() {
            Payload::Tuple(t) => {
                let items: Vec<Value> = t.iter().map(|v| self.map(v)).collect();
                if items.iter().zip(t.iter()).all(|(a, b)| a.is(b)) {
                    return Ok(o.clone());
                }
                Ok(ObjRef::new(Payload::Tuple(items.into_boxed_slice())))
            }
            Payload::Instance(inst) => {
                let dict = match self.map(&Value::Obj(inst.dict.clone())) {
                    Value::Obj(d) => d,
                    _ => return Err(vm.runtime_error("internal error: instance without a dict")),
                };
                let exc = match &inst.exc {
                    Some(e) => {
                        let e = read(vm, e)?;
                        Some(Box::new(PyCell::new(ExcData {
                            // Written in `fill` (the args may hold a list
                            // not filled yet, or this very instance).
                            args: e.args.clone(),
                            traceback: Vec::new(),
                            cause: e.cause.clone(),
                            context: e.context.clone(),
                            suppress_context: e.suppress_context,
                            // Written in `fill`, as the args are.
                            group: e.group.as_ref().map(|g| {
                                Box::new(ExcGroup {
                                    message: g.message.clone(),
                                    exceptions: g.exceptions.clone(),
                                })
                            }),
                        })))
                    }
                    None => None,
                };
                Ok(ObjRef::new(Payload::Instance(Instance {
                    class: inst.class.clone(),
                    dict,
                    base: self.map(&inst.base),
                    exc,
                })))
            }
            _ => Err(vm.runtime_error("internal error: unexpected object in thaw")),
        }
    }

    fn fill(&mut self, vm: &mut Vm) -> PyResult<()> {
        for i in 0..self.nodes.len() {
            let o = self.nodes[i].clone();
            let Some(dst) = self.out[i].clone() else {
                self.missing = true;
                continue;
            };
            match (o.payload(), dst.payload()) {
                (Payload::List(src), Payload::List(d)) => {
                    let items: Vec<Value> = read(vm, src)?.iter().map(|v| self.map(v)).collect();
                    *d.borrow_mut() = items;
                }
                (Payload::Dict(src), Payload::Dict(d)) => {
                    let entries: Vec<(i64, Value, Value)> = {
                        let s = read(vm, src)?;
                        s.keys_hashed()
                            .zip(s.iter())
                            .map(|(k, (_, v))| (k.hash, k.key.clone(), v.clone()))
                            .collect()
                    };
                    let mut t = crate::object::dict::Dict::with_capacity(entries.len());
                    for (h, k, v) in entries {
                        let v = self.map(&v);
                        t.push_new(h, k, v);
                    }
                    *d.borrow_mut() = t;
                }
                (Payload::Instance(src), Payload::Instance(d)) => {
                    if let (Some(s), Some(e)) = (&src.exc, &d.exc) {
                        let s = read(vm, s)?;
                        let args = self.map(&s.args);
                        let group = s.group.as_ref().map(|g| ExcGroup {
                            message: self.map(&g.message),
                            exceptions: self.map(&g.exceptions),
                        });
                        drop(s);
                        let mut e = e.borrow_mut();
                        e.args = args;
                        if let (Some(g), Some(dg)) = (group, e.group.as_mut()) {
                            **dg = g;
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}
