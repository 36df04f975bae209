//! Class objects: creation with a C3 method resolution order.

use crate::object::cell::PyCell;

use crate::object::{BuiltinType, Class, ObjRef, Payload};

use crate::object::dict::Dict;

/// The C3 linearisation of `bases` (each given with its own MRO after itself).
/// Returns the MRO after the new class, or an error message as CPython words it.
pub fn c3_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        let Payload::Class(c) = b.payload() else {
            return Err("bases must be types".into());
        };
        let mut s = vec![b.clone()];
        s.extend(c.mro.iter().cloned());
        seqs.push(s);
    }
    seqs.push(bases.to_vec());
    // How many sequences hold each class past their head: a candidate is
    // good when that count is zero. Keeping the counts makes each step
    // linear in the number of sequences, not quadratic (a class with
    // thousands of bases is built in milliseconds, as in CPython).
    let mut in_tails: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for s in &seqs {
        for x in s.iter().skip(1) {
            *in_tails.entry(x.addr()).or_insert(0) += 1;
        }
    }
    // `heads[i]` is the index of sequence i's current head.
    let mut heads = vec![0usize; seqs.len()];
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        let live = || (0..seqs.len()).filter(|&i| heads[i] < seqs[i].len());
        if live().next().is_none() {
            return Ok(out);
        }
        let chosen = live()
            .map(|i| &seqs[i][heads[i]])
            .find(|cand| in_tails.get(&cand.addr()).is_none_or(|&n| n == 0))
            .cloned();
        let Some(c) = chosen else {
            let mut uniq: Vec<String> = Vec::new();
            for i in live() {
                let n = match seqs[i][heads[i]].payload() {
                    Payload::Class(c) => crate::vm::eval::name_text(&c.name.borrow()),
                    _ => "?".into(),
                };
                if !uniq.contains(&n) {
                    uniq.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                uniq.join(", ")
            ));
        };
        for (i, s) in seqs.iter().enumerate() {
            if heads[i] < s.len() && s[heads[i]].is(&c) {
                heads[i] += 1;
                // The next element leaves this sequence's tail.
                if let Some(n) = s.get(heads[i]).and_then(|x| in_tails.get_mut(&x.addr())) {
                    *n = n.saturating_sub(1);
                }
            }
        }
        out.push(c);
    }
}

/// A new class object whose metaclass is `type`.
pub fn new_class(
    name: ObjRef,
    qualname: ObjRef,
    bases: Vec<ObjRef>,
    dict: Dict,
    builtin: Option<BuiltinType>,
    authority: crate::object::Authority,
) -> Result<ObjRef, String> {
    new_class_with_meta(name, qualname, bases, dict, builtin, authority, None)
}

/// A new class object; `metaclass` None means `type`.
pub fn new_class_with_meta(
    name: ObjRef,
    qualname: ObjRef,
    bases: Vec<ObjRef>,
    dict: Dict,
    builtin: Option<BuiltinType>,
    authority: crate::object::Authority,
    metaclass: Option<ObjRef>,
) -> Result<ObjRef, String> {
    let mro = c3_mro(&bases)?;
    let base_kind = builtin.unwrap_or_else(|| {
        mro.iter()
            .find_map(|m| match m.payload() {
                Payload::Class(c) if c.base_kind != BuiltinType::Object => Some(c.base_kind),
                _ => None,
            })
            .unwrap_or(BuiltinType::Object)
    });
    let has_del = dict.iter().any(|(k, _)| k.as_str() == Some("__del__"))
        || mro
            .iter()
            .any(|m| matches!(m.payload(), Payload::Class(c) if c.has_del.get()));
    Ok(ObjRef::new(Payload::Class(Box::new(Class {
        name: PyCell::new(name),
        qualname: PyCell::new(qualname),
        bases: bases.into_boxed_slice(),
        mro: mro.into_boxed_slice(),
        dict: PyCell::new(dict),
        builtin,
        base_kind,
        attr_hint: std::cell::Cell::new(0),
        has_del: std::cell::Cell::new(has_del),
        is_abstract: std::cell::Cell::new(false),
        origin: crate::object::next_class_origin(),
        authority,
        metaclass,
    }))))
}

/// `cls.__subclasses__()`: the classes whose `__bases__` name `cls` (or a
/// frozen copy of it: the same class origin), among those this sandbox can
/// see without reaching another sandbox: the builtin types and exception
/// classes (frozen and shared, so harmless) and the classes this sandbox
/// made itself (its thread's local heap). Frozen classes that entered from
/// elsewhere are not listed: finding them would mean walking the shared
/// heap, which holds every sandbox's frozen objects. Builtins come first in
/// their fixed order, then the sandbox's classes in creation order.
pub fn visible_subclasses(vm: &crate::vm::Vm, cls: &ObjRef) -> Vec<ObjRef> {
    let Payload::Class(target) = cls.payload() else {
        return Vec::new();
    };
    let derives = |c: &ObjRef| match c.payload() {
        Payload::Class(k) => k.bases.iter().any(|b| {
            b.is(cls) || matches!(b.payload(), Payload::Class(bc) if bc.origin == target.origin)
        }),
        _ => false,
    };
    let mut out: Vec<ObjRef> = Vec::new();
    let builtins = vm
        .types
        .all_classes()
        .into_iter()
        .chain(vm.exc_types.all.iter().map(|(_, c)| c.clone()));
    for c in builtins {
        if derives(&c) && !out.iter().any(|o| o.is(&c)) {
            out.push(c);
        }
    }
    let mut local: Vec<(u64, ObjRef)> = crate::object::refcount::tracked_objects()
        .into_iter()
        .filter_map(|o| match o.payload() {
            Payload::Class(k) if !o.is_frozen() && derives(&o) => Some((k.origin, o.clone())),
            _ => None,
        })
        .collect();
    local.sort_by_key(|(origin, _)| *origin);
    for (_, c) in local {
        if !out.iter().any(|o| o.is(&c)) {
            out.push(c);
        }
    }
    out
}
