//! `freeze`: a deeply immutable copy of a local object graph, handed to the
//! shared heap.
//!
//! The copy is made in four phases, none of which recurses on the graph's
//! depth (a million-deep nested list freezes on a small stack):
//!
//! 1. *Discover* (`discover.rs`): every reachable local object, with an
//!    explicit stack; what cannot be frozen is refused before anything is
//!    allocated, with the path by which it was reached.
//! 2. *Allocate*: first an empty shell for every list, dict, set and cell (and
//!    for each globals snapshot); then every other object, children first
//!    (an iterative post-order over the fields fixed when an object is made:
//!    tuple items, an instance's class and base, a class's bases, a function's
//!    defaults). Every cycle of a Python object graph passes through a shell
//!    or a field that can be written later (a `PyCell`), so this order exists.
//! 3. *Fill*: the shells' contents and the late fields (a function's name,
//!    qualname and doc, a class namespace, an exception's args), each child
//!    mapped through the memo (node number to copy), so sharing and cycles
//!    are kept. A dict key whose hash depends on its identity (an instance, a
//!    class, a function) is hashed again once every object exists.
//! 4. *Seal*: every cell frozen, str hashes computed, then every object marked
//!    frozen (immortal) and handed to `Vm::adopt_frozen`, once.
//!
//! Already-frozen objects (the builtin types, earlier freezes) are not copied:
//! `freeze(f) is f`.

use std::cell::Cell;

use crate::object::cell::PyCell;
use crate::object::dict::Dict;
use crate::object::set_table::SetTable;
use crate::object::{
    Class, ExcData, ExcGroup, FuncCode, Function, Instance, Module, ObjRef, Payload, PyResult,
    PyStr, Value,
};
use crate::vm::Vm;

use super::discover::{Graph, is_builtins_entry, read};

/// `freeze(v)`: `v` itself when it is an immediate or already frozen, else a
/// deeply immutable copy in the shared heap.
pub fn freeze(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Value::Obj(root) = v else {
        return Ok(v.clone());
    };
    if root.is_frozen() {
        vm.adopt_frozen(Vec::new(), v);
        return Ok(v.clone());
    }
    let g = Graph::discover(vm, root)?;
    let mut b = Builder::new(vm, &g);
    b.allocate(vm)?;
    b.fill(vm)?;
    let result = b.map(v);
    if b.missing {
        return Err(vm.runtime_error("an object changed while it was being frozen"));
    }
    let objs = b.seal();
    vm.adopt_frozen(objs, &result);
    Ok(result)
}

/// A table whose keys must be hashed again once every copy exists.
struct Pending {
    target: ObjRef,
    /// (hash, or None to compute it from the copied key; key; value).
    entries: Vec<(Option<i64>, Value, Value)>,
}

/// Phases 2 to 4 over a discovered graph.
struct Builder<'g> {
    g: &'g Graph,
    /// The copy of each node, once made.
    out: Vec<Option<ObjRef>>,
    /// The dict each globals snapshot became.
    snap_out: Vec<Option<ObjRef>>,
    /// Every object made, to be sealed.
    made: Vec<ObjRef>,
    /// A child was not found in the memo (the graph changed under us).
    missing: bool,
    /// Stands in for a function's name until phase 3 writes it.
    placeholder: ObjRef,
    pending: Vec<Pending>,
}

/// Whether a key's hash survives copying (it depends on content only).
fn stable_hash(v: &Value) -> bool {
    let mut todo = vec![v];
    let mut budget = 10_000;
    while let Some(v) = todo.pop() {
        budget -= 1;
        if budget == 0 {
            return false;
        }
        let Value::Obj(o) = v else { continue };
        if o.is_frozen() {
            continue;
        }
        match o.payload() {
            Payload::Str(_) | Payload::Bytes(_) | Payload::BigInt(_) => {}
            Payload::Tuple(t) => todo.extend(t.iter()),
            Payload::FrozenSet(d) => todo.extend(d.iter()),
            _ => return false,
        }
    }
    true
}

/// The objects a copy of `o` needs to exist before it is made.
fn hard_deps(vm: &mut Vm, o: &ObjRef, deps: &mut Vec<Value>) -> PyResult<()> {
    match o.payload() {
        Payload::Tuple(t) => deps.extend(t.iter().cloned()),
        Payload::FrozenSet(d) => deps.extend(d.iter().cloned()),
        Payload::Slice(s) => deps.extend(s.iter().cloned()),
        Payload::BoundMethod(m) => deps.extend([m.0.clone(), m.1.clone()]),
        Payload::Property(p) => deps.extend(p.iter().cloned()),
        Payload::StaticMethod(v) | Payload::ClassMethod(v) => deps.push(v.clone()),
        Payload::Module(m) => deps.push(Value::Obj(m.name.clone())),
        Payload::Class(c) => {
            deps.push(Value::Obj(read(vm, &c.name)?.clone()));
            deps.push(Value::Obj(read(vm, &c.qualname)?.clone()));
            deps.extend(c.bases.iter().chain(c.mro.iter()).cloned().map(Value::Obj));
            deps.extend(c.metaclass.iter().cloned().map(Value::Obj));
        }
        Payload::Instance(i) => deps.extend([Value::Obj(i.class.clone()), i.base.clone()]),
        Payload::Function(f) => {
            deps.extend(f.defaults.iter().cloned());
            deps.push(f.module.clone());
        }
        _ => {}
    }
    Ok(())
}

impl<'g> Builder<'g> {
    fn new(vm: &mut Vm, g: &'g Graph) -> Builder<'g> {
        Builder {
            g,
            out: vec![None; g.nodes.len()],
            snap_out: vec![None; g.snaps.len()],
            made: Vec::with_capacity(g.nodes.len()),
            missing: false,
            placeholder: vm.intern(""),
            pending: Vec::new(),
        }
    }

    /// The copy of a child value (itself when immediate or frozen).
    fn map(&mut self, v: &Value) -> Value {
        match v {
            Value::Obj(o) if !o.is_frozen() => Value::Obj(self.map_obj(o)),
            _ => v.clone(),
        }
    }

    fn map_obj(&mut self, o: &ObjRef) -> ObjRef {
        if o.is_frozen() {
            return o.clone();
        }
        match self.g.node_of(o).and_then(|n| self.out[n as usize].clone()) {
            Some(c) => c,
            None => {
                self.missing = true;
                self.placeholder.clone()
            }
        }
    }

    fn new_obj(&mut self, p: Payload) -> ObjRef {
        let o = ObjRef::new(p);
        self.made.push(o.clone());
        o
    }

    /// Phase 2: shells, then everything else children first.
    fn allocate(&mut self, vm: &mut Vm) -> PyResult<()> {
        let g = self.g;
        for (i, o) in g.nodes.iter().enumerate() {
            let shell = match o.payload() {
                Payload::List(_) => Payload::List(PyCell::new(Vec::new())),
                Payload::Dict(_) => Payload::Dict(PyCell::new(Dict::new())),
                Payload::Set(_) => Payload::Set(PyCell::new(SetTable::new())),
                Payload::Cell(_) => Payload::Cell(PyCell::new(Value::None)),
                _ => continue,
            };
            self.out[i] = Some(self.new_obj(shell));
        }
        for (s, snap) in g.snaps.iter().enumerate() {
            // A snapshot of a globals dict that is itself in the graph (a
            // module frozen with its functions) is that dict's copy.
            self.snap_out[s] = match g.node_of(&snap.globals) {
                Some(n) => self.out[n as usize].clone(),
                None => Some(self.new_obj(Payload::Dict(PyCell::new(Dict::new())))),
            };
        }
        let n = g.nodes.len();
        // 0: not made, 1: children being made, 2: made.
        let mut state: Vec<u8> = self
            .out
            .iter()
            .map(|o| if o.is_some() { 2 } else { 0 })
            .collect();
        let mut stack: Vec<(u32, bool)> = Vec::new();
        let mut deps: Vec<Value> = Vec::new();
        for start in 0..n {
            if state[start] == 2 {
                continue;
            }
            stack.push((start as u32, false));
            while let Some((j, children_made)) = stack.pop() {
                let ju = j as usize;
                if state[ju] == 2 {
                    continue;
                }
                if children_made {
                    let c = self.build(vm, j)?;
                    self.out[ju] = Some(c);
                    state[ju] = 2;
                    continue;
                }
                if state[ju] == 1 {
                    return Err(vm.runtime_error(
                        "internal error: a reference cycle through immutable objects",
                    ));
                }
                state[ju] = 1;
                stack.push((j, true));
                deps.clear();
                hard_deps(vm, &g.nodes[ju], &mut deps)?;
                for d in deps.drain(..) {
                    if let Value::Obj(o) = d
                        && let Some(k) = g.node_of(&o)
                        && state[k as usize] != 2
                    {
                        stack.push((k, false));
                    }
                }
            }
        }
        Ok(())
    }

    /// The copy of node `id`, whose hard dependencies are made already.
    fn build(&mut self, vm: &mut Vm, id: u32) -> PyResult<ObjRef> {
        let o = &self.g.nodes[id as usize];
        let p = match o.payload() {
            Payload::Str(s) => Payload::Str(PyStr::new(s.s.clone())),
            Payload::Bytes(b) => Payload::Bytes(b.clone()),
            Payload::BigInt(b) => Payload::BigInt(b.clone()),
            Payload::Range(r) => Payload::Range(*r),
            Payload::Native(f) => Payload::Native(*f),
            // A shared host object's state is thread-safe (a queue's
            // channel, a handle's atomics, a proxy's owner), so a frozen
            // copy is the same object: joining, putting or calling it from
            // anywhere works. `freezable` refused the local ones.
            Payload::Host(h) => match h.share() {
                Some(c) => Payload::Host(c),
                None => {
                    return Err(vm.runtime_error("internal error: unexpected object in freeze"));
                }
            },
            Payload::NotImplemented => return Ok(vm.none_singletons.not_implemented.clone()),
            Payload::Ellipsis => return Ok(vm.none_singletons.ellipsis.clone()),
            Payload::Tuple(t) => Payload::Tuple(t.iter().map(|v| self.map(v)).collect()),
            Payload::FrozenSet(d) => {
                // Same hashes: the same layout, so the copy iterates as the
                // original. A key hashed by identity gets its copy's hash,
                // and the keys go into a new table in the original's order.
                if d.iter().all(stable_hash) {
                    Payload::FrozenSet(
                        d.map_keys(|k| Ok::<Value, ()>(self.map(k)))
                            .unwrap_or_default(),
                    )
                } else {
                    let mut t = SetTable::new();
                    for k in d.keys_hashed() {
                        let key = self.map(&k.key);
                        let h = if stable_hash(&k.key) {
                            k.hash
                        } else {
                            vm.hash(&key)?
                        };
                        t.insert_new(h, key);
                    }
                    Payload::FrozenSet(t)
                }
            }
            Payload::Slice(s) => Payload::Slice(Box::new([
                self.map(&s[0]),
                self.map(&s[1]),
                self.map(&s[2]),
            ])),
            Payload::BoundMethod(m) => {
                Payload::BoundMethod(Box::new((self.map(&m.0), self.map(&m.1))))
            }
            Payload::Property(p) => Payload::Property(Box::new([
                self.map(&p[0]),
                self.map(&p[1]),
                self.map(&p[2]),
                self.map(&p[3]),
            ])),
            Payload::StaticMethod(v) => Payload::StaticMethod(self.map(v)),
            Payload::ClassMethod(v) => Payload::ClassMethod(self.map(v)),
            Payload::DictView(d, k) => Payload::DictView(self.map_obj(d), *k),
            Payload::Module(m) => Payload::Module(Module {
                name: self.map_obj(&m.name),
                dict: self.map_obj(&m.dict),
            }),
            Payload::Class(c) => {
                let name = read(vm, &c.name)?.clone();
                let qualname = read(vm, &c.qualname)?.clone();
                Payload::Class(Box::new(Class {
                    name: PyCell::new(self.map_obj(&name)),
                    qualname: PyCell::new(self.map_obj(&qualname)),
                    bases: c.bases.iter().map(|b| self.map_obj(b)).collect(),
                    mro: c.mro.iter().map(|b| self.map_obj(b)).collect(),
                    dict: PyCell::new(Dict::new()),
                    builtin: c.builtin,
                    base_kind: c.base_kind,
                    attr_hint: Cell::new(c.attr_hint.get()),
                    has_del: Cell::new(c.has_del.get()),
                    is_abstract: Cell::new(c.is_abstract.get()),
                    origin: c.origin,
                    authority: c.authority,
                    metaclass: c.metaclass.as_ref().map(|m| self.map_obj(m)),
                }))
            }
            Payload::Instance(inst) => Payload::Instance(Instance {
                class: self.map_obj(&inst.class),
                dict: self.map_obj(&inst.dict),
                base: self.map(&inst.base),
                // The args (and a group's message and exceptions) are
                // written in phase 3; the traceback and the chained
                // exceptions are not kept.
                exc: match &inst.exc {
                    Some(e) => {
                        let is_group = read(vm, e)?.group.is_some();
                        let empty = Value::Obj(vm.none_singletons.empty_tuple.clone());
                        Some(Box::new(PyCell::new(ExcData {
                            args: empty.clone(),
                            traceback: Vec::new(),
                            cause: Value::None,
                            context: Value::None,
                            suppress_context: false,
                            group: is_group.then(|| {
                                Box::new(ExcGroup {
                                    message: Value::None,
                                    exceptions: empty,
                                })
                            }),
                        })))
                    }
                    None => None,
                },
            }),
            Payload::Function(f) => {
                let globals = if f.globals.is_frozen() {
                    f.globals.clone()
                } else {
                    let snap = self.g.func_snap.get(&id).copied();
                    match snap.and_then(|s| self.snap_out[s as usize].clone()) {
                        Some(d) => d,
                        None => {
                            self.missing = true;
                            self.placeholder.clone()
                        }
                    }
                };
                let dict = match read(vm, &f.dict)?.clone() {
                    Some(d) => self.map_obj(&d),
                    // Made now, so that `f.__dict__` of the frozen function
                    // is always the same (empty, frozen) dict.
                    None => self.new_obj(Payload::Dict(PyCell::new(Dict::new()))),
                };
                Payload::Function(Box::new(Function {
                    code: FuncCode::Shared(f.code.unit().clone()),
                    globals,
                    defaults: f.defaults.iter().map(|v| self.map(v)).collect(),
                    kwdefaults: f.kwdefaults.as_ref().map(|k| self.map_obj(k)),
                    closure: f.closure.iter().map(|c| self.map_obj(c)).collect(),
                    name: PyCell::new(self.placeholder.clone()),
                    qualname: PyCell::new(self.placeholder.clone()),
                    dict: PyCell::new(Some(dict)),
                    doc: PyCell::new(Value::None),
                    annotations: PyCell::new(Value::None),
                    module: self.map(&f.module),
                    authority: f.authority,
                }))
            }
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Cell(_)
            | Payload::Iter(_)
            | Payload::Generator(_)
            | Payload::Code(_)
            | Payload::Super(_) => {
                return Err(vm.runtime_error("internal error: unexpected object in freeze"));
            }
        };
        Ok(self.new_obj(p))
    }

    /// Phase 3: the shells' contents and the late fields.
    fn fill(&mut self, vm: &mut Vm) -> PyResult<()> {
        let g = self.g;
        for (i, o) in g.nodes.iter().enumerate() {
            let Some(dst) = self.out[i].clone() else {
                self.missing = true;
                continue;
            };
            match (o.payload(), dst.payload()) {
                (Payload::List(src), Payload::List(d)) => {
                    let items: Vec<Value> = read(vm, src)?.iter().map(|v| self.map(v)).collect();
                    *d.borrow_mut() = items;
                }
                (Payload::Dict(src), _) => {
                    let entries = self.table_entries(&*read(vm, src)?);
                    self.put_table(dst, entries);
                }
                (Payload::Set(src), Payload::Set(d)) => {
                    let src = read(vm, src)?;
                    if src.iter().all(stable_hash) {
                        // The same layout: the frozen set iterates as the
                        // original did.
                        let t = src.map_keys(|k| Ok::<Value, ()>(self.map(k)));
                        *d.borrow_mut() = t.unwrap_or_default();
                    } else {
                        let entries = src
                            .keys_hashed()
                            .map(|k| {
                                let h = stable_hash(&k.key).then_some(k.hash);
                                (h, self.map(&k.key), Value::None)
                            })
                            .collect();
                        drop(src);
                        self.put_table(dst, entries);
                    }
                }
                (Payload::Class(src), _) => {
                    let entries = self.table_entries(&*read(vm, &src.dict)?);
                    self.put_table(dst, entries);
                }
                (Payload::Cell(src), Payload::Cell(d)) => {
                    let v = self.map(&*read(vm, src)?);
                    *d.borrow_mut() = v;
                }
                (Payload::Function(src), Payload::Function(d)) => {
                    let name = self.map_obj(&*read(vm, &src.name)?);
                    let qualname = self.map_obj(&*read(vm, &src.qualname)?);
                    let doc = self.map(&*read(vm, &src.doc)?);
                    let annotations = self.map(&*read(vm, &src.annotations)?);
                    *d.name.borrow_mut() = name;
                    *d.qualname.borrow_mut() = qualname;
                    *d.doc.borrow_mut() = doc;
                    *d.annotations.borrow_mut() = annotations;
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
        for (s, snap) in g.snaps.iter().enumerate() {
            if g.node_of(&snap.globals).is_some() {
                continue;
            }
            let Some(dst) = self.snap_out[s].clone() else {
                continue;
            };
            let mut taken: Vec<&(usize, Value, i64, Value)> = snap.entries.iter().collect();
            taken.sort_by_key(|e| e.0);
            let entries = taken
                .into_iter()
                .map(|(_, k, h, v)| (Some(*h), self.map(k), self.map(v)))
                .collect();
            self.put_table(dst, entries);
        }
        // Keys hashed by identity get their copies' hashes, now that every
        // copy exists.
        for p in std::mem::take(&mut self.pending) {
            let mut entries = Vec::with_capacity(p.entries.len());
            for (h, k, v) in p.entries {
                let h = match h {
                    Some(h) => h,
                    None => vm.hash(&k)?,
                };
                entries.push((Some(h), k, v));
            }
            self.put_table(p.target, entries);
        }
        Ok(())
    }

    /// The copied entries of a source table (`__builtins__` left out).
    fn table_entries(&mut self, d: &Dict) -> Vec<(Option<i64>, Value, Value)> {
        let b = self.g.builtins;
        d.keys_hashed()
            .zip(d.iter().map(|(_, v)| v))
            .filter(|(k, v)| !is_builtins_entry(&k.key, v, b))
            .map(|(k, v)| {
                let h = stable_hash(&k.key).then_some(k.hash);
                (h, self.map(&k.key), self.map(v))
            })
            .collect()
    }

    /// Write entries into the table of `dst` (a dict, set or class), or
    /// keep them for later when some key must be hashed again.
    fn put_table(&mut self, dst: ObjRef, entries: Vec<(Option<i64>, Value, Value)>) {
        if entries.iter().any(|e| e.0.is_none()) {
            self.pending.push(Pending {
                target: dst,
                entries,
            });
            return;
        }
        if let Payload::Set(d) = dst.payload() {
            let mut t = d.borrow_mut();
            for (h, k, _) in entries {
                t.insert_new(h.unwrap_or(0), k);
            }
            return;
        }
        let table = match dst.payload() {
            Payload::Dict(d) => d,
            Payload::Class(c) => &c.dict,
            _ => {
                self.missing = true;
                return;
            }
        };
        let mut t = table.borrow_mut();
        for (h, k, v) in entries {
            t.push_new(h.unwrap_or(0), k, v);
        }
    }

    /// Phase 4: freeze the cells, compute str hashes, mark every copy frozen.
    fn seal(self) -> Vec<ObjRef> {
        // SAFETY: `seal_unchecked`'s contract. Closed: `made` holds every
        // copy, and a copy refers only to copies (mapped through the memo)
        // or to objects that were already frozen (kept as they are).
        // Shareable: phase 1 refused every payload that cannot be frozen,
        // and a frozen function's code is `FuncCode::Shared`.
        unsafe { super::seal_unchecked(&self.made, false) };
        self.made
    }
}
