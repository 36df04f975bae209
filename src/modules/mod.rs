//! Native modules: `math`, `cmath`, `sys` and `sandbox`, and the
//! accelerators `_time`, `_random`, `_os` and `_asyncio` of modules written
//! in Python, built on import; the standard-library modules written in
//! Python and shipped inside the binary (`embedded`); and the reading of
//! `.py` modules (`find_source`).
//!
//! `load_native` makes a fresh module object for one of those names (None
//! for any other name, so the importer looks for a `.py` file). Each module
//! file exposes `fill(vm, &module_dict)`.

pub mod abc_native;
pub mod array;
pub mod asyncio_native;
pub mod binascii;
pub mod bisect;
mod clinic;
pub mod cmath;
mod cmath_special;
pub mod collections;
pub mod csv_native;
pub mod decimal;
pub mod embedded;
pub mod functools_native;
pub mod gc_native;
pub mod hashlib;
pub mod heapq;
pub mod importlib;
pub mod inspect_native;
pub mod io_native;
pub mod itertools;
pub mod json;
pub mod libm_compat;
pub mod math;
mod math_gamma;
pub mod operator;
pub mod os;
pub mod pystruct;
pub mod random;
pub mod random_core;
pub mod re;
pub mod sandbox;
pub mod sandbox_limits;
pub mod sandbox_worker;
pub mod shared;
pub mod stdlib_names;
pub mod sys;
mod sys_more;
pub mod time;
pub mod traceback_native;
pub mod weakref_native;
pub mod zlib;

use crate::object::{NativeKind, ObjRef, Payload, PyResult, Value};
use crate::runtime::data::Data;
use crate::types::registry::native;
use crate::vm::NativeFn;
use crate::vm::Vm;

/// The native modules by name.
fn native_fill(name: &str) -> Option<fn(&mut Vm, &ObjRef) -> PyResult<()>> {
    Some(match name {
        "math" => math::fill,
        "cmath" => cmath::fill,
        "_time" => time::fill,
        "_random" => random::fill,
        "sys" => sys::fill,
        "sandbox" => sandbox::fill,
        "_os" => os::fill,
        "importlib" => importlib::fill,
        "_asyncio" => asyncio_native::fill,
        "_json" => json::fill,
        "struct" => pystruct::fill,
        "_hashlib" => hashlib::fill,
        "binascii" => binascii::fill,
        "zlib" => zlib::fill,
        "itertools" => itertools::fill,
        "operator" => operator::fill,
        "_heapq" => heapq::fill,
        "_functools" => functools_native::fill,
        "_csvparse" => csv_native::fill,
        "_decimal_core" => decimal::fill,
        "bisect" => bisect::fill,
        "_io" => io_native::fill,
        "array" => array::fill,
        "_collections" => collections::fill,
        "_abc" => abc_native::fill,
        "_re" => re::fill,
        "_traceback" => traceback_native::fill,
        "gc" => gc_native::fill,
        "_inspect" => inspect_native::fill,
        "_weakref" => weakref_native::fill,
        _ => return None,
    })
}

/// The native modules built once per runtime and shared frozen by every
/// sandbox (modules/shared.rs): those whose module object holds no
/// mutable state (a module keeping per-sandbox state, as `random`'s
/// hidden generator or `sys`, is built in each sandbox).
const SHARED_NATIVES: &[&str] = &[
    "math",
    "cmath",
    "_json",
    "struct",
    "_hashlib",
    "binascii",
    "zlib",
    "itertools",
    "operator",
    "_heapq",
    "_functools",
    "_csvparse",
    "_decimal_core",
    "bisect",
    "_io",
    "array",
    "_abc",
    "_re",
    "_time",
    "_traceback",
    "_inspect",
    "_weakref",
];

/// Whether the module `name` (a full dotted name) is built once per
/// runtime and shared frozen, rather than built in each sandbox.
pub fn is_shared(name: &str) -> bool {
    // The rc-plain build cannot share objects between sandboxes (spawn is
    // refused there): every module is built in each sandbox.
    if cfg!(feature = "rc-plain") {
        return false;
    }
    SHARED_NATIVES.contains(&name) || embedded::is_shared(name)
}

/// The top-level names of every shared module (what the sandbox that
/// builds them is granted).
pub fn shared_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = SHARED_NATIVES.to_vec();
    v.extend(
        embedded::EMBEDDED
            .iter()
            .filter(|e| e.shared && !e.name.contains('.'))
            .map(|e| e.name),
    );
    v
}

/// Whether a native module has this name.
pub fn is_native(name: &str) -> bool {
    native_fill(name).is_some()
}

/// Whether a module of the runtime (native, or Python shipped inside the
/// binary) has this top-level name: a host service may not take it.
pub fn is_builtin(name: &str) -> bool {
    is_native(name) || embedded::is_embedded(name)
}

/// A new native module named `name` (or the proxy of the host service
/// served under that name), or None when there is none.
pub fn load_native(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    let service = vm.ctx.rt.service(name);
    let fill = native_fill(name);
    if fill.is_none() && service.is_none() {
        return Ok(None);
    }
    check_granted(vm, name)?;
    let Some(fill) = fill else {
        return Ok(
            service.map(|p| ObjRef::new(Payload::Host(crate::object::host::Host::shared(p))))
        );
    };
    let m = vm.new_module(name);
    let dict = match m.payload() {
        Payload::Module(md) => md.dict.clone(),
        _ => return Ok(None),
    };
    fill(vm, &dict)?;
    Ok(Some(m))
}

/// PermissionError unless this sandbox may import the module `name` (a
/// native module, a host service or an embedded stdlib module). A native
/// module `_NAME` is the private accelerator of the module `NAME` (as
/// CPython's `_asyncio` is asyncio's) and goes with its grant.
pub fn check_granted(vm: &mut Vm, name: &str) -> PyResult<()> {
    let grants = vm.effective_grants();
    let accelerator = name
        .strip_prefix('_')
        .is_some_and(|public| is_native(name) && grants.may_import(public));
    // `_types` (the class of `list[int]`) is the runtime's own, needed by
    // every annotation and giving no authority; so is `__future__`, which
    // every `from __future__ import x` imports.
    let runtime_own = name == "_types" || name == "__future__";
    if !grants.may_import(name) && !accelerator && !runtime_own && !library_import(vm, name) {
        let c = vm
            .exc_types
            .all
            .iter()
            .find(|(n, _)| *n == "PermissionError")
            .map_or_else(|| vm.exc_types.import_error.clone(), |(_, c)| c.clone());
        return Err(vm.new_exc(
            &c,
            &format!(
                "import of module '{name}' is not granted to this sandbox (grant it with \
                 sandbox.Config(modules=[..., '{name}']) or SandboxBuilder::module(\"{name}\"))"
            ),
        ));
    }
    Ok(())
}

/// The runtime's modules that give what a host may want to withhold (the
/// clock, files, the sandbox's own state, other sandboxes): importing one
/// always takes a grant, even from the standard library's own code.
const AUTHORITY_MODULES: &[&str] = &[
    "sys",
    "os",
    "_os",
    "time",
    "_time",
    "sandbox",
    "importlib",
    "asyncio",
    "_asyncio",
];

/// Whether the running code is the standard library's (an embedded
/// module's) importing `name`, a module of the runtime that gives no
/// authority: a library module may use another without the host granting
/// both (`json` may import `re`), since what it can do with it the guest
/// could do by computing alone.
fn library_import(vm: &Vm, name: &str) -> bool {
    if !is_builtin(name) || AUTHORITY_MODULES.contains(&name) {
        return false;
    }
    vm.frames
        .last()
        .is_some_and(|f| embedded::is_stdlib_source(&f.code.unit.source))
}

/// The source of module `name` (an identifier: a top-level name, or the
/// last part of a submodule's) as `(path, bytes, is_package)`: from the
/// first of `dirs` (the import path, or a package's `__path__`) that holds
/// `name/__init__.py` or `name.py`, read by the file controller under this
/// sandbox's grants (its mounts and import mounts). None when none holds it.
pub fn find_source(
    vm: &mut Vm,
    name: &str,
    dirs: &[String],
) -> PyResult<Option<(String, Vec<u8>, bool)>> {
    let g = &vm.ctx.grants;
    if dirs.is_empty() || (g.mounts.is_empty() && g.imports.is_empty() && g.tmp.is_none()) {
        return Ok(None);
    }
    let dirs = dirs.iter().map(|p| Data::Str(p.clone())).collect();
    let s = crate::files::file::controller(vm)?;
    let found = vm.service_call(
        &s,
        "find_module",
        vec![Data::Str(name.into()), Data::List(dirs)],
    )?;
    Ok(match found {
        Data::List(mut v) if v.len() == 3 => match (v.pop(), v.pop(), v.pop()) {
            (Some(Data::Bool(pkg)), Some(Data::Bytes(b)), Some(Data::Str(p))) => Some((p, b, pkg)),
            _ => None,
        },
        _ => None,
    })
}

/// `dict[name] = value` for a module namespace.
pub(crate) fn set(vm: &mut Vm, dict: &ObjRef, name: &str, value: Value) -> PyResult<()> {
    let key = vm.intern(name);
    vm.dict_set_str(dict, &key, value)
}

/// Add a native function to a module namespace.
pub(crate) fn def(vm: &mut Vm, dict: &ObjRef, name: &'static str, f: NativeFn) -> PyResult<()> {
    set(
        vm,
        dict,
        name,
        Value::Obj(native(name, f, NativeKind::Function)),
    )
}

/// A new exception class `module.name` deriving from `base`, for a native
/// module's namespace.
pub(crate) fn new_exception_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    base: &ObjRef,
) -> PyResult<ObjRef> {
    let n = vm.intern(name);
    let cls = match crate::types::class::new_class(
        n.clone(),
        n,
        vec![base.clone()],
        crate::object::dict::Dict::new(),
        None,
        crate::object::NO_AUTHORITY,
    ) {
        Ok(c) => c,
        Err(m) => return Err(vm.type_error(m)),
    };
    crate::types::registry::set_class_attr(&cls, "__module__", Value::str(module));
    vm.type_epoch += 1;
    Ok(cls)
}

/// The class `module.name` of an imported module (a native module's
/// exception class, found where the module that defined it keeps it), or
/// None when the module is gone or its attribute is not a class.
pub(crate) fn module_attr(vm: &mut Vm, module: &str, name: &str) -> Option<ObjRef> {
    let m = vm.loaded_module(module)?;
    let Payload::Module(md) = m.payload() else {
        return None;
    };
    let dict = md.dict.clone();
    let key = vm.intern(name);
    match vm.dict_get_str(&dict, &key) {
        Ok(Some(Value::Obj(c))) if matches!(c.payload(), Payload::Class(_)) => Some(c),
        _ => None,
    }
}
