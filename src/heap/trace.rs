//! Tracing: the references one heap object holds, for every payload.
//!
//! The shared-heap collector marks through frozen objects with it, the
//! freezer walks object graphs with it, and a sandbox scanning its own local
//! heap for the frozen objects it still holds uses it too. It is the one list
//! of "where a payload keeps references"; a payload variant added to
//! `object::Payload` must be added here, or the collector would miss roots.
//!
//! Tracing a cell that is mutably borrowed is refused (`Busy`): the caller then
//! treats the scan as incomplete and falls back to its conservative roots.

use crate::object::cell::PyCell;
use crate::object::code::Code;
use crate::object::{IterState, ObjRef, Payload, Value};

pub use crate::object::host::Busy;

fn val(v: &Value, f: &mut dyn FnMut(&ObjRef)) {
    if let Value::Obj(o) = v {
        f(o);
    }
}

fn vals(vs: &[Value], f: &mut dyn FnMut(&ObjRef)) {
    for v in vs {
        val(v, f);
    }
}

fn cell<T>(c: &PyCell<T>, f: &mut dyn FnMut(&T)) -> Result<(), Busy> {
    let r = c.try_borrow().map_err(|_| Busy)?;
    f(&r);
    Ok(())
}

fn vals_iter<'a>(vs: impl Iterator<Item = &'a Value>, f: &mut dyn FnMut(&ObjRef)) {
    for v in vs {
        val(v, f);
    }
}

fn dict(d: &crate::object::dict::Dict, f: &mut dyn FnMut(&ObjRef)) {
    for (k, v) in d.iter() {
        val(k, f);
        val(v, f);
    }
}

/// The references held by a runtime code object (its constants and names).
pub fn code_refs(c: &Code, f: &mut dyn FnMut(&ObjRef)) {
    vals(&c.consts, f);
    for n in c.names.iter().chain(c.varnames.iter()) {
        f(n);
    }
    f(&c.name);
    f(&c.qualname);
}

/// Call `f` on every object `p` refers to directly, including those held
/// through the runtime code objects it uses (constants and names).
pub fn for_each_ref(p: &Payload, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
    refs(p, f, true)
}

/// Call `f` once for each counted reference the object itself owns: every
/// `ObjRef` field of the payload, but not the references of a runtime code
/// object (`Rc<Code>`), which many functions, generators and tracebacks
/// share. The local cycle collector subtracts exactly these from the
/// counts, so a reference reported here that the object does not own
/// would free a live object; one left out only keeps garbage alive.
pub fn for_each_owned_ref(p: &Payload, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
    refs(p, f, false)
}

fn refs(p: &Payload, f: &mut dyn FnMut(&ObjRef), code: bool) -> Result<(), Busy> {
    match p {
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::BigInt(_)
        | Payload::Range(_)
        | Payload::Native(_)
        | Payload::NotImplemented
        | Payload::Ellipsis => {}
        Payload::Host(h) => h.get().trace(f)?,
        Payload::Tuple(t) => vals(t, f),
        Payload::List(l) => cell(l, &mut |v| vals(v, f))?,
        Payload::Dict(d) => cell(d, &mut |d| dict(d, f))?,
        Payload::Set(d) => cell(d, &mut |d| vals_iter(d.iter(), f))?,
        Payload::FrozenSet(d) => vals_iter(d.iter(), f),
        Payload::Slice(s) => vals(&s[..], f),
        Payload::Function(func) => {
            f(&func.globals);
            vals(&func.defaults, f);
            if let Some(k) = &func.kwdefaults {
                f(k);
            }
            for c in func.closure.iter() {
                f(c);
            }
            cell(&func.name, &mut |o| f(o))?;
            cell(&func.qualname, &mut |o| f(o))?;
            cell(&func.dict, &mut |o| {
                if let Some(o) = o {
                    f(o)
                }
            })?;
            cell(&func.doc, &mut |v| val(v, f))?;
            cell(&func.annotations, &mut |v| val(v, f))?;
            val(&func.module, f);
            if code && let Some(c) = func.code.local() {
                code_refs(c, f);
            }
        }
        Payload::BoundMethod(b) => {
            val(&b.0, f);
            val(&b.1, f);
        }
        Payload::Class(c) => {
            cell(&c.name, &mut |o| f(o))?;
            cell(&c.qualname, &mut |o| f(o))?;
            for b in c.bases.iter().chain(c.mro.iter()) {
                f(b);
            }
            if let Some(m) = &c.metaclass {
                f(m);
            }
            cell(&c.dict, &mut |d| dict(d, f))?;
        }
        Payload::Instance(i) => {
            f(&i.class);
            f(&i.dict);
            val(&i.base, f);
            if let Some(e) = &i.exc {
                cell(e, &mut |e| {
                    val(&e.args, f);
                    val(&e.cause, f);
                    val(&e.context, f);
                    if let Some(g) = &e.group {
                        val(&g.message, f);
                        val(&g.exceptions, f);
                    }
                    if code {
                        for tb in &e.traceback {
                            code_refs(&tb.code, f);
                        }
                    }
                })?;
            }
        }
        Payload::Module(m) => {
            f(&m.name);
            f(&m.dict);
        }
        Payload::Code(c) => {
            if code {
                code_refs(c, f)
            }
        }
        Payload::Cell(c) => cell(c, &mut |v| val(v, f))?,
        Payload::Iter(it) => cell(&it.state, &mut |s| iter_refs(s, f))?,
        Payload::Generator(g) => cell(g, &mut |g| {
            if code {
                code_refs(&g.code, f);
            }
            f(&g.globals);
            for c in g.closure.iter() {
                f(c);
            }
            vals(&g.saved, f);
            val(&g.handled, f);
            f(&g.name);
            f(&g.qualname);
        })?,
        Payload::Property(p) => vals(&p[..], f),
        Payload::StaticMethod(v) | Payload::ClassMethod(v) => val(v, f),
        Payload::Super(s) => {
            f(&s.0);
            val(&s.1, f);
        }
        Payload::DictView(d, _) => f(d),
    }
    Ok(())
}

fn iter_refs(s: &IterState, f: &mut dyn FnMut(&ObjRef)) {
    match s {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(seq),
        IterState::Dict { dict, .. } => f(dict),
        IterState::Range { .. } | IterState::BigRange(_) | IterState::Exhausted => {}
        IterState::GetItemBack { obj, .. } => val(obj, f),
        IterState::Enumerate { inner, count } => {
            val(inner, f);
            val(count, f);
        }
        IterState::Zip { iters, .. } => vals(iters, f),
        IterState::Map { func, iters } => {
            val(func, f);
            vals(iters, f);
        }
        IterState::Filter { func, inner } => {
            val(func, f);
            val(inner, f);
        }
        IterState::Callable { func, sentinel } => {
            val(func, f);
            val(sentinel, f);
        }
        IterState::GetItem { obj, .. } => val(obj, f),
    }
}
