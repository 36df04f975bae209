//! Phase 1 of freezing: find every local object reachable from the argument,
//! without recursion (an explicit stack), refusing what cannot be frozen.
//!
//! Each object found becomes a node (numbered in discovery order) with a
//! parent link for error paths. Already-frozen objects are not nodes: they
//! stay as they are. A function's globals are not followed as a whole: the
//! function gets a *snapshot* of the globals its code names (its own names
//! and those of the code nested in its constants, plus `__name__`); functions
//! sharing one globals dict share one snapshot, holding the union.
//!
//! What phase 1 lists as an object's children is exactly what phases 2 and 3
//! map through the memo (`copy.rs`); the two must agree.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::{CodeUnit, Const};
use crate::object::cell::PyCell;
use crate::object::dict::Dict;
use crate::object::{ObjRef, Payload, PyResult, Value};
use crate::types::dict_ops::find_str;
use crate::vm::Vm;

use super::path::{Link, NO_PARENT, Seg, unfreezable_error};

/// Hashes object addresses for the memo tables: a multiply and a rotate
/// (SipHash's DoS resistance buys nothing for keys the interpreter makes).
#[derive(Default)]
pub(super) struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
}

/// A table keyed by object address.
pub(super) type AddrMap<V> = HashMap<usize, V, std::hash::BuildHasherDefault<AddrHasher>>;

/// The globals one or more functions of the graph get.
pub(super) struct Snap {
    /// The functions' (local) globals dict.
    pub globals: ObjRef,
    /// Entry indices of `globals` taken so far.
    taken: HashSet<usize>,
    /// The entries taken: (index in `globals`, key, hash, value).
    pub entries: Vec<(usize, Value, i64, Value)>,
}

/// The local objects reachable from the argument of `freeze`.
pub(super) struct Graph {
    /// The objects, in discovery order (node 0 is the argument).
    pub nodes: Vec<ObjRef>,
    /// How each node was reached (for error paths).
    pub links: Vec<Link>,
    /// Node number by object address.
    pub index: AddrMap<u32>,
    pub snaps: Vec<Snap>,
    /// Snapshot number by globals dict address.
    snap_of_globals: HashMap<usize, u32>,
    /// Snapshot number of each function node.
    pub func_snap: HashMap<u32, u32>,
    /// Names used by a code unit and the units nested in it, by unit address.
    names: HashMap<usize, Rc<[ObjRef]>>,
    /// Address of the VM's builtins dict (a `__builtins__` entry holding it
    /// is left out of frozen namespaces: every sandbox has its own).
    pub builtins: usize,
}

/// Whether an object of this payload can be frozen at all.
pub(super) fn freezable(p: &Payload) -> bool {
    match p {
        Payload::Iter(_) | Payload::Generator(_) | Payload::Code(_) | Payload::Super(_) => false,
        Payload::Host(h) => h.is_shared(),
        _ => true,
    }
}

/// Whether the entry `k: v` of a namespace is `__builtins__` holding the
/// VM's builtins dict.
pub(super) fn is_builtins_entry(k: &Value, v: &Value, builtins: usize) -> bool {
    matches!(v, Value::Obj(o) if o.addr() == builtins) && k.as_str() == Some("__builtins__")
}

/// A shared borrow of a source cell, or RuntimeError if it is being mutated.
pub(super) fn read<'a, T>(
    vm: &mut Vm,
    c: &'a PyCell<T>,
) -> PyResult<crate::object::cell::PyRef<'a, T>> {
    c.try_borrow()
        .map_err(|_| vm.runtime_error("an object changed while it was being frozen"))
}

/// The dict of a namespace object (globals, an instance or module dict).
pub(super) fn dict_cell(o: &ObjRef) -> Option<&PyCell<Dict>> {
    match o.payload() {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

impl Graph {
    fn new(vm: &Vm) -> Graph {
        Graph {
            nodes: Vec::new(),
            links: Vec::new(),
            index: AddrMap::default(),
            snaps: Vec::new(),
            snap_of_globals: HashMap::new(),
            func_snap: HashMap::new(),
            names: HashMap::new(),
            builtins: vm.builtins.addr(),
        }
    }

    /// The node of a local object.
    #[inline]
    pub fn node_of(&self, o: &ObjRef) -> Option<u32> {
        self.index.get(&o.addr()).copied()
    }

    /// Find everything reachable from `root` (a local, unfrozen object).
    pub fn discover(vm: &mut Vm, root: &ObjRef) -> PyResult<Graph> {
        let mut g = Graph::new(vm);
        let mut todo: Vec<(ObjRef, u32, Seg)> = vec![(root.clone(), NO_PARENT, Seg::Empty)];
        let mut kids: Vec<(Value, Seg)> = Vec::new();
        while let Some((o, parent, seg)) = todo.pop() {
            if o.is_frozen() || g.index.contains_key(&o.addr()) {
                continue;
            }
            if !freezable(o.payload()) {
                return Err(unfreezable_error(vm, &o, &g.links, parent, &seg));
            }
            let Ok(id) = u32::try_from(g.nodes.len()) else {
                return Err(vm.memory_error("object graph too large to freeze"));
            };
            g.index.insert(o.addr(), id);
            g.nodes.push(o.clone());
            g.links.push(Link { parent, seg });
            kids.clear();
            g.children(vm, id, &o, &mut kids)?;
            // Reversed, so the first child is explored first (and an error
            // names the first offending item).
            for (v, s) in kids.drain(..).rev() {
                if let Value::Obj(c) = v
                    && !c.is_frozen()
                    && !g.index.contains_key(&c.addr())
                {
                    todo.push((c, id, s));
                }
            }
        }
        Ok(g)
    }

    /// The children of node `id` (object `o`), with their path segments.
    fn children(
        &mut self,
        vm: &mut Vm,
        id: u32,
        o: &ObjRef,
        kids: &mut Vec<(Value, Seg)>,
    ) -> PyResult<()> {
        let b = self.builtins;
        match o.payload() {
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::BigInt(_)
            | Payload::Range(_)
            | Payload::Native(_)
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::Host(_) => {}
            Payload::List(l) => {
                let l = read(vm, l)?;
                kids.extend(
                    l.iter()
                        .enumerate()
                        .map(|(i, v)| (v.clone(), Seg::Index(i as u32))),
                );
            }
            Payload::Tuple(t) => {
                kids.extend(
                    t.iter()
                        .enumerate()
                        .map(|(i, v)| (v.clone(), Seg::Index(i as u32))),
                );
            }
            Payload::Dict(d) => {
                let attr = matches!(self.links[id as usize].seg, Seg::AttrDict);
                let d = read(vm, d)?;
                table_kids(&d, attr, b, kids);
            }
            Payload::Set(d) => {
                let d = read(vm, d)?;
                set_kids(&d, kids);
            }
            Payload::FrozenSet(d) => set_kids(d, kids),
            Payload::Slice(s) => {
                kids.push((s[0].clone(), Seg::Fixed(".start")));
                kids.push((s[1].clone(), Seg::Fixed(".stop")));
                kids.push((s[2].clone(), Seg::Fixed(".step")));
            }
            Payload::Function(f) => {
                kids.push((
                    Value::Obj(read(vm, &f.name)?.clone()),
                    Seg::Fixed(".__name__"),
                ));
                let q = read(vm, &f.qualname)?.clone();
                kids.push((Value::Obj(q), Seg::Fixed(".__qualname__")));
                kids.push((read(vm, &f.doc)?.clone(), Seg::Fixed(".__doc__")));
                let ann = read(vm, &f.annotations)?.clone();
                kids.push((ann, Seg::Fixed(".__annotations__")));
                kids.push((f.module.clone(), Seg::Fixed(".__module__")));
                for (i, v) in f.defaults.iter().enumerate() {
                    kids.push((v.clone(), Seg::FixedIndex(".__defaults__", i as u32)));
                }
                if let Some(k) = &f.kwdefaults {
                    kids.push((Value::Obj(k.clone()), Seg::Fixed(".__kwdefaults__")));
                }
                for (i, c) in f.closure.iter().enumerate() {
                    kids.push((
                        Value::Obj(c.clone()),
                        Seg::FixedIndex(".__closure__", i as u32),
                    ));
                }
                if let Some(d) = read(vm, &f.dict)?.clone() {
                    kids.push((Value::Obj(d), Seg::AttrDict));
                }
                if !f.globals.is_frozen() {
                    let unit = f.code.unit().clone();
                    self.snapshot_kids(vm, id, &f.globals, &unit, kids)?;
                }
            }
            Payload::BoundMethod(m) => {
                kids.push((m.0.clone(), Seg::Fixed(".__func__")));
                kids.push((m.1.clone(), Seg::Fixed(".__self__")));
            }
            Payload::Class(c) => {
                kids.push((
                    Value::Obj(read(vm, &c.name)?.clone()),
                    Seg::Fixed(".__name__"),
                ));
                let q = read(vm, &c.qualname)?.clone();
                kids.push((Value::Obj(q), Seg::Fixed(".__qualname__")));
                for (i, k) in c.bases.iter().enumerate() {
                    kids.push((
                        Value::Obj(k.clone()),
                        Seg::FixedIndex(".__bases__", i as u32),
                    ));
                }
                for (i, k) in c.mro.iter().enumerate() {
                    // The MRO after the class itself: `__mro__[0]` is the class.
                    let seg = Seg::FixedIndex(".__mro__", i as u32 + 1);
                    kids.push((Value::Obj(k.clone()), seg));
                }
                if let Some(m) = &c.metaclass {
                    kids.push((Value::Obj(m.clone()), Seg::Fixed(".__class__")));
                }
                let d = read(vm, &c.dict)?;
                table_kids(&d, true, b, kids);
            }
            Payload::Instance(inst) => {
                kids.push((Value::Obj(inst.class.clone()), Seg::Fixed(".__class__")));
                kids.push((Value::Obj(inst.dict.clone()), Seg::AttrDict));
                kids.push((inst.base.clone(), Seg::Empty));
                if let Some(e) = &inst.exc {
                    let e = read(vm, e)?;
                    // A group's members are named by `.exceptions` first
                    // (its args hold them too).
                    if let Some(g) = &e.group {
                        kids.push((g.exceptions.clone(), Seg::Fixed(".exceptions")));
                        kids.push((g.message.clone(), Seg::Fixed(".message")));
                    }
                    kids.push((e.args.clone(), Seg::Fixed(".args")));
                }
            }
            Payload::Module(m) => {
                kids.push((Value::Obj(m.name.clone()), Seg::Fixed(".__name__")));
                kids.push((Value::Obj(m.dict.clone()), Seg::AttrDict));
            }
            Payload::Cell(c) => {
                kids.push((read(vm, c)?.clone(), Seg::Fixed(".cell_contents")));
            }
            Payload::Property(p) => {
                for (v, s) in p.iter().zip([".fget", ".fset", ".fdel", ".__doc__"]) {
                    kids.push((v.clone(), Seg::Fixed(s)));
                }
            }
            Payload::StaticMethod(v) | Payload::ClassMethod(v) => {
                kids.push((v.clone(), Seg::Fixed(".__func__")));
            }
            Payload::DictView(d, _) => kids.push((Value::Obj(d.clone()), Seg::Fixed(".mapping"))),
            Payload::Iter(_) | Payload::Generator(_) | Payload::Code(_) | Payload::Super(_) => {}
        }
        Ok(())
    }

    /// Add to the snapshot of `globals` the entries that the function `id`
    /// (running `unit`) names, and list their keys and values as children.
    fn snapshot_kids(
        &mut self,
        vm: &mut Vm,
        id: u32,
        globals: &ObjRef,
        unit: &Arc<CodeUnit>,
        kids: &mut Vec<(Value, Seg)>,
    ) -> PyResult<()> {
        let names = self.code_names(vm, unit);
        let Some(cell) = dict_cell(globals) else {
            return Err(vm.type_error("cannot freeze a function whose globals are not a dict"));
        };
        let next = self.snaps.len() as u32;
        let si = *self.snap_of_globals.entry(globals.addr()).or_insert(next);
        if si == next {
            self.snaps.push(Snap {
                globals: globals.clone(),
                taken: HashSet::new(),
                entries: Vec::new(),
            });
        }
        self.func_snap.insert(id, si);
        let builtins = self.builtins;
        let d = read(vm, cell)?;
        let snap = &mut self.snaps[si as usize];
        for n in names.iter() {
            let Some(i) = find_str(&d, n) else { continue };
            if !snap.taken.insert(i) {
                continue;
            }
            let (Some(k), Some(v)) = (d.key_at(i), d.value_at(i)) else {
                continue;
            };
            if is_builtins_entry(&k.key, v, builtins) {
                continue;
            }
            snap.entries.push((i, k.key.clone(), k.hash, v.clone()));
            kids.push((k.key.clone(), Seg::Empty));
            kids.push((v.clone(), Seg::FixedKey(".__globals__", k.key.clone())));
        }
        Ok(())
    }

    /// The names (interned) used by `unit` and the code nested in its
    /// constants, plus `__name__`; computed once per unit.
    fn code_names(&mut self, vm: &mut Vm, unit: &Arc<CodeUnit>) -> Rc<[ObjRef]> {
        let key = Arc::as_ptr(unit) as usize;
        if let Some(n) = self.names.get(&key) {
            return n.clone();
        }
        let mut seen: HashSet<Arc<str>> = HashSet::new();
        seen.insert("__name__".into());
        let mut todo: Vec<&Arc<CodeUnit>> = vec![unit];
        let mut units: HashSet<usize> = HashSet::new();
        while let Some(u) = todo.pop() {
            if !units.insert(Arc::as_ptr(u) as usize) {
                continue;
            }
            seen.extend(u.names.iter().cloned());
            let mut consts: Vec<&Const> = u.consts.iter().collect();
            while let Some(c) = consts.pop() {
                match c {
                    Const::Code(inner) => todo.push(inner),
                    Const::Tuple(items) => consts.extend(items.iter()),
                    _ => {}
                }
            }
        }
        let mut names: Vec<Arc<str>> = seen.into_iter().collect();
        names.sort();
        let names: Rc<[ObjRef]> = names.iter().map(|n| vm.intern(n)).collect();
        self.names.insert(key, names.clone());
        names
    }
}

/// The keys and values of a dict, class namespace or snapshot as children.
fn table_kids(d: &Dict, attr: bool, builtins: usize, kids: &mut Vec<(Value, Seg)>) {
    for (i, (k, v)) in d.iter().enumerate() {
        if is_builtins_entry(k, v, builtins) {
            continue;
        }
        kids.push((k.clone(), Seg::DictKey(i as u32)));
        let seg = if attr {
            Seg::Attr(k.clone())
        } else {
            Seg::Key(k.clone())
        };
        kids.push((v.clone(), seg));
    }
}

fn set_kids(d: &crate::object::set_table::SetTable, kids: &mut Vec<(Value, Seg)>) {
    for (i, k) in d.iter().enumerate() {
        kids.push((k.clone(), Seg::Element(i as u32)));
    }
}
