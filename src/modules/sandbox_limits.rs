//! The `sandbox` module's caps and grants: `limits()`, `usage()`,
//! `Config(...)`, and what `spawn`/`map` do with `_config=`, plus the
//! handle methods `usage()`, `limits()` and `set_limits(...)`.
//!
//! Caps are given as keywords: `memory` (bytes, or a size such as "64M"),
//! `instructions`, `time` and `cpu` (seconds, or "500ms"), `recursion`,
//! `output` and `written` (bytes or sizes), `files`; None means no cap of
//! its own. Grants: `builtins` (True or False) and `modules` (a list of
//! names), `stdin` (True or False); `builtins` may also name a set:
//! "none", "pure" (the builtins without standard input) or "all". A child's
//! caps and grants are always narrowed to its parent's.

use crate::builtins::StrPayload;
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::runtime::limits::{Limits, Resource, Usage, parse_cap};
use std::path::PathBuf;

use crate::runtime::grants::{self, Access};
use crate::runtime::{Grants, handle::HandleRef};
use crate::vm::Vm;

/// The keywords `Config` takes besides the caps.
const GRANT_KEYS: [&str; 5] = ["builtins", "modules", "read", "write", "stdin"];

fn cap_keys() -> String {
    Resource::ALL
        .iter()
        .map(|r| r.key())
        .chain(GRANT_KEYS)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A cap as Python sees it: None, an int, or seconds as a float.
fn cap_value(r: Resource, v: Option<u64>) -> Value {
    match v {
        None => Value::None,
        Some(ns) if r.is_time() => Value::Float(ns as f64 / 1e9),
        Some(n) => Value::Int(i64::try_from(n).unwrap_or(i64::MAX)),
    }
}

fn dict_of(vm: &mut Vm, items: Vec<(&str, Value)>) -> PyResult<Value> {
    let d = vm.new_dict();
    if let Some(o) = d.as_obj().cloned() {
        for (k, v) in items {
            let k = vm.intern(k);
            vm.dict_set_str(&o, &k, v)?;
        }
    }
    Ok(d)
}

/// `{name: cap}` for every resource.
pub fn limits_dict(vm: &mut Vm, l: &Limits) -> PyResult<Value> {
    let items = Resource::ALL
        .iter()
        .map(|&r| (r.key(), cap_value(r, l.get(r))))
        .collect();
    dict_of(vm, items)
}

/// `{name: used}` for every resource (the sandbox's own figures), and
/// `'tree'`: the same for the sandbox with its descendants, the figures
/// its caps bound.
pub fn usage_dict(vm: &mut Vm, u: &Usage) -> PyResult<Value> {
    let tree = Resource::ALL
        .iter()
        .map(|&r| (r.key(), cap_value(r, Some(u.tree(r)))))
        .collect();
    let tree = dict_of(vm, tree)?;
    let mut items: Vec<(&str, Value)> = Resource::ALL
        .iter()
        .map(|&r| (r.key(), cap_value(r, Some(u.get(r)))))
        .collect();
    items.push(("tree", tree));
    dict_of(vm, items)
}

/// One cap from a Python value (None: no cap).
fn parse_value(vm: &mut Vm, r: Resource, v: &Value) -> PyResult<Option<u64>> {
    let bad = |vm: &mut Vm| {
        let what = if r.is_time() {
            "seconds (a number) or a duration such as '500ms'"
        } else if matches!(r, Resource::Memory | Resource::Output | Resource::Written) {
            "bytes (an int) or a size such as '64M'"
        } else {
            "a non-negative int"
        };
        vm.value_error(format!("{} must be None or {what}", r.key()))
    };
    match v {
        Value::None => Ok(None),
        Value::Bool(_) => Err(bad(vm)),
        Value::Int(i) if *i >= 0 => Ok(Some(if r.is_time() {
            (*i as u64).saturating_mul(1_000_000_000)
        } else {
            *i as u64
        })),
        Value::Float(f) if r.is_time() && f.is_finite() && *f >= 0.0 => {
            Ok(Some((f * 1e9).min(u64::MAX as f64 / 2.0) as u64))
        }
        _ => match v.as_str() {
            Some(s) => parse_cap(r, s).map(Some).map_err(|e| vm.value_error(e)),
            None => Err(bad(vm)),
        },
    }
}

/// What a `_config` (or `Config(...)` keywords) asks for.
#[derive(Default)]
pub struct Request {
    pub limits: Limits,
    pub builtins: Option<bool>,
    pub stdin: Option<bool>,
    pub modules: Option<Vec<String>>,
    pub read: Option<Vec<PathBuf>>,
    pub write: Option<Vec<PathBuf>>,
}

/// Read caps and grants from keyword pairs.
fn parse_pairs(vm: &mut Vm, pairs: &[(String, Value)], fname: &str) -> PyResult<Request> {
    let mut req = Request::default();
    for (k, v) in pairs {
        if let Some(r) = Resource::from_key(k) {
            let cap = parse_value(vm, r, v)?;
            req.limits.set(r, cap);
        } else if k == "builtins" && v.as_str().is_some() {
            // The builtin sets: "none", "pure" (no standard input), "all".
            match v.as_str().unwrap_or("") {
                "none" => req.builtins = Some(false),
                "pure" => {
                    req.builtins = Some(true);
                    req.stdin = Some(false);
                }
                "all" => req.builtins = Some(true),
                other => {
                    return Err(vm.value_error(format!(
                        "builtins must be 'none', 'pure', 'all', True or False, not {other:?}"
                    )));
                }
            }
        } else if k == "builtins" || k == "stdin" {
            let b = match v {
                Value::Bool(b) => Some(*b),
                Value::None => None,
                _ => return Err(vm.type_error(format!("{k} must be True or False"))),
            };
            if k == "builtins" {
                req.builtins = b;
            } else {
                req.stdin = b;
            }
        } else if k == "modules" {
            if matches!(v, Value::None) {
                continue;
            }
            let items = vm.collect(v)?;
            let mut names = Vec::with_capacity(items.len());
            for x in items {
                match x.as_str() {
                    Some(s) => names.push(s.to_string()),
                    None => return Err(vm.type_error("modules must be a list of module names")),
                }
            }
            req.modules = Some(names);
        } else if k == "read" || k == "write" {
            if matches!(v, Value::None) {
                continue;
            }
            let items = vm.collect(v)?;
            let mut paths = Vec::with_capacity(items.len());
            for x in items {
                let Some(s) = x.as_str() else {
                    return Err(vm.type_error(format!("{k} must be a list of paths")));
                };
                match grants::virtual_path(s) {
                    Some(p) => paths.push(p),
                    None => return Err(vm.value_error(format!("{k}: invalid path {s:?}"))),
                }
            }
            if k == "read" {
                req.read = Some(paths);
            } else {
                req.write = Some(paths);
            }
        } else {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}' (it takes {})",
                cap_keys()
            )));
        }
    }
    Ok(req)
}

fn kw_pairs(a: &Args) -> Vec<(String, Value)> {
    a.kw.iter()
        .map(|(k, v)| (crate::vm::eval::name_text(k).to_string(), v.clone()))
        .collect()
}

/// Read a `_config` value: a dict (as `Config` makes) or None.
pub fn parse_config(vm: &mut Vm, v: &Value) -> PyResult<Request> {
    if matches!(v, Value::None) {
        return Ok(Request::default());
    }
    let pairs: Option<Vec<(Value, Value)>> = match v.payload() {
        Some(Payload::Dict(d)) => Some(
            d.borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        _ => None,
    };
    let Some(pairs) = pairs else {
        return Err(vm.type_error(
            "_config must be a dict of caps and grants, e.g. sandbox.Config(time=2, memory='64M')",
        ));
    };
    let mut named = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        match k.as_str() {
            Some(k) => named.push((k.to_string(), v)),
            None => return Err(vm.type_error("_config keys must be strings")),
        }
    }
    parse_pairs(vm, &named, "Config")
}

/// The grants of a child asked for by `req`, narrowed to this sandbox's;
/// its caps are at most what is left of this sandbox's (whose caps still
/// bound the child's usage as it goes: they cover the whole tree).
pub fn child_grants(vm: &mut Vm, req: &Request) -> Grants {
    vm.publish_usage_now();
    let current = vm.ctx.me.meter.remaining_limits();
    vm.effective_grants().narrowed(
        req.builtins,
        req.stdin,
        req.modules.as_deref(),
        req.read.as_deref(),
        req.write.as_deref(),
        &req.limits,
        &current,
    )
}

/// `sandbox.Config(**caps_and_grants)`: checks the keywords and returns
/// them as a dict to pass as `_config=`.
pub fn config(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.pos.is_empty() {
        return Err(vm.type_error("Config() takes keyword arguments only"));
    }
    let pairs = kw_pairs(a);
    parse_pairs(vm, &pairs, "Config")?;
    let items = pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    dict_of(vm, items)
}

/// `sandbox.limits()`: this sandbox's caps.
pub fn limits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "limits", a, 0, 0)?;
    let l = vm.ctx.me.meter.limits();
    limits_dict(vm, &l)
}

/// `sandbox.usage()`: what this sandbox has used so far.
pub fn usage(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "usage", a, 0, 0)?;
    vm.publish_usage_now();
    let u = vm.ctx.me.meter.usage();
    usage_dict(vm, &u)
}

/// `handle.usage()`.
pub fn handle_usage(vm: &mut Vm, h: &HandleRef) -> PyResult<Value> {
    let u = h.sandbox.meter.usage();
    usage_dict(vm, &u)
}

/// `handle.limits()`.
pub fn handle_limits(vm: &mut Vm, h: &HandleRef) -> PyResult<Value> {
    let l = h.sandbox.meter.limits();
    limits_dict(vm, &l)
}

/// `handle.set_limits(**caps)`: change the named caps of a child while it
/// runs (others stay). A cap is never set above this sandbox's own.
pub fn handle_set_limits(vm: &mut Vm, h: &HandleRef, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error("set_limits() takes keyword arguments only"));
    }
    let pairs = kw_pairs(a);
    let req = parse_pairs(vm, &pairs, "set_limits")?;
    if req.builtins.is_some()
        || req.stdin.is_some()
        || req.modules.is_some()
        || req.read.is_some()
        || req.write.is_some()
    {
        return Err(
            vm.type_error("set_limits() changes caps only; grants are fixed when a sandbox starts")
        );
    }
    let mut l = h.sandbox.meter.limits();
    for (k, _) in &pairs {
        if let Some(r) = Resource::from_key(k) {
            l.set(r, req.limits.get(r));
        }
    }
    let mine = vm.ctx.me.meter.limits();
    let l = l.within(&mine);
    if let Err(e) = crate::runtime::limits::check_supported(&l) {
        return Err(vm.value_error(e));
    }
    h.sandbox.meter.set_limits(&l);
    crate::runtime::watchdog::watch(&h.sandbox);
    Ok(Value::None)
}

/// Pop `_config` from keyword arguments (what `spawn` passes on to `func`).
pub fn take_config(a: &Args) -> (Option<Value>, Vec<(ObjRef, Value)>) {
    let mut config = None;
    let mut rest = Vec::with_capacity(a.kw.len());
    for (k, v) in a.kw {
        if k.payload_str() == Some("_config") {
            config = Some(v.clone());
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    (config, rest)
}

/// `sandbox.allowed(kind, target)`: may this sandbox `import` a module,
/// `read` or `write` a path?
pub fn allowed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "allowed", a, 2, 2)?;
    let (Some(kind), Some(target)) = (a.pos[0].as_str(), a.pos[1].as_str()) else {
        return Err(vm.type_error("allowed() takes two strs: a kind and a target"));
    };
    let Some(access) = Access::from_key(kind) else {
        return Err(vm.value_error(format!(
            "allowed() kind must be 'import', 'read' or 'write', not {kind:?}"
        )));
    };
    Ok(Value::Bool(vm.effective_grants().allowed(access, target)))
}

/// `sandbox.capabilities()`: what this sandbox was granted, and its caps.
pub fn capabilities(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "capabilities", a, 0, 0)?;
    let g = vm.effective_grants();
    let modules = match &g.modules {
        None => Value::None,
        Some(m) => Value::list(m.iter().map(|n| Value::str(n)).collect()),
    };
    let paths = |ps: Vec<String>| Value::list(ps.iter().map(|p| Value::str(p)).collect());
    let l = vm.ctx.me.meter.limits();
    let limits = limits_dict(vm, &l)?;
    dict_of(
        vm,
        vec![
            ("builtins", Value::Bool(g.builtins)),
            ("stdin", Value::Bool(g.stdin)),
            ("modules", modules),
            ("read", paths(g.paths(Access::Read))),
            ("write", paths(g.paths(Access::Write))),
            ("limits", limits),
        ],
    )
}
