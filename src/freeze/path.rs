//! How the freezer names the place where it met an object it cannot freeze:
//! each object found records its parent and one path segment, and the error
//! message joins the segments from the argument of `freeze` down, e.g.
//! `cannot freeze 'generator' object (reached via ['jobs'][3].state)`.
//!
//! Segments are kept unrendered (a key's repr is computed only when an error
//! is reported), so a successful freeze pays one small enum per object.

use crate::object::{ObjRef, Value};
use crate::vm::Vm;
use crate::vm::eval::name_text;

/// How an object was reached from its parent.
pub enum Seg {
    /// The argument of `freeze` itself, or a part that adds nothing to the
    /// path (an instance's base value, a key of a globals snapshot).
    Empty,
    /// `[i]` of a list or tuple.
    Index(u32),
    /// `[repr(key)]` of a dict.
    Key(Value),
    /// `.name` of an instance, class, module or function attribute.
    Attr(Value),
    /// An attribute dict (instance, module or function `__dict__`): its
    /// entries are named as attributes (`.name`), the dict itself adds nothing.
    AttrDict,
    /// A fixed attribute: `.__defaults__`, `.cell_contents`, `.__class__`.
    Fixed(&'static str),
    /// `.__defaults__[i]`, `.__closure__[i]`, `.__bases__[i]`.
    FixedIndex(&'static str, u32),
    /// `.__globals__['name']`, `.__kwdefaults__['k']`.
    FixedKey(&'static str, Value),
    /// The `i`-th key of a dict (`{key #i}`).
    DictKey(u32),
    /// The `i`-th element of a set or frozenset (`{element #i}`).
    Element(u32),
}

/// The repr of a key for a path, or `...` when it cannot be computed.
fn key_text(vm: &mut Vm, k: &Value) -> String {
    let r = vm.repr(k).unwrap_or_else(|_| "...".into());
    if r.chars().count() > 60 {
        let cut: String = r.chars().take(57).collect();
        format!("{cut}...")
    } else {
        r
    }
}

impl Seg {
    fn render(&self, vm: &mut Vm, out: &mut String) {
        match self {
            Seg::Empty | Seg::AttrDict => {}
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
            Seg::Key(k) => {
                let t = key_text(vm, k);
                out.push_str(&format!("[{t}]"));
            }
            Seg::Attr(k) => match k {
                Value::Obj(o) if k.as_str().is_some() => {
                    out.push('.');
                    out.push_str(&name_text(o));
                }
                _ => {
                    let t = key_text(vm, k);
                    out.push_str(&format!(".__dict__[{t}]"));
                }
            },
            Seg::Fixed(s) => out.push_str(s),
            Seg::FixedIndex(s, i) => out.push_str(&format!("{s}[{i}]")),
            Seg::FixedKey(s, k) => {
                let t = key_text(vm, k);
                out.push_str(&format!("{s}[{t}]"));
            }
            Seg::DictKey(i) => out.push_str(&format!("{{key #{i}}}")),
            Seg::Element(i) => out.push_str(&format!("{{element #{i}}}")),
        }
    }
}

/// A parent link: the node's parent (`NO_PARENT` for the argument) and the
/// segment from it.
pub struct Link {
    pub parent: u32,
    pub seg: Seg,
}

/// The parent index of the argument of `freeze`.
pub const NO_PARENT: u32 = u32::MAX;

/// `TypeError: cannot freeze 'T' object (reached via PATH)` for `obj`, found
/// through `last` from the node `parent` (whose own links are in `links`).
pub fn unfreezable_error(
    vm: &mut Vm,
    obj: &ObjRef,
    links: &[Link],
    parent: u32,
    last: &Seg,
) -> crate::object::Exc {
    let mut segs: Vec<&Seg> = vec![last];
    let mut p = parent;
    while p != NO_PARENT {
        let l = &links[p as usize];
        segs.push(&l.seg);
        p = l.parent;
    }
    let mut path = String::new();
    for s in segs.iter().rev() {
        s.render(vm, &mut path);
    }
    let tn = vm.type_name(&Value::Obj(obj.clone()));
    let mut msg = if path.is_empty() {
        format!("cannot freeze '{tn}' object")
    } else {
        format!("cannot freeze '{tn}' object (reached via {path})")
    };
    if matches!(obj.payload(), crate::object::Payload::Code(_)) {
        // Code objects stay in the sandbox that compiled them
        // (docs/security.md, "exec, eval and compile").
        msg.push_str("; send the source text and compile it there");
    }
    vm.type_error(msg)
}
