//! The `importlib` module: `import_module`, `reload` and
//! `invalidate_caches`, on the sandbox's one importer (`Vm::import_name`):
//! the same name checks, grants and file controller as the `import`
//! statement, so nothing here reaches a module that `import` could not.

use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::def;
use crate::builtins::{arg_or_kw, check_kw, positional};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "import_module", import_module)?;
    def(vm, d, "reload", reload)?;
    def(vm, d, "invalidate_caches", invalidate_caches)?;
    Ok(())
}

/// `import_module(name, package=None)`: the module `name` itself (not its
/// top-level package); a name with leading dots is relative to `package`.
fn import_module(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "import_module", a, &["name", "package"])?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "import_module() takes from 1 to 2 positional arguments but {} were given",
            a.pos.len()
        )));
    }
    let Some(name) = arg_or_kw(a, 0, "name") else {
        return Err(vm.type_error("import_module() missing 1 required positional argument: 'name'"));
    };
    let Some(name) = name.as_str().map(str::to_string) else {
        // CPython's importlib asks the name for `startswith` first.
        let tn = vm.type_name(&name);
        return Err(vm.attribute_error(format!("'{tn}' object has no attribute 'startswith'")));
    };
    let package = arg_or_kw(a, 1, "package").filter(|p| !p.is_none());
    let rest = name.trim_start_matches('.');
    let level = name.len() - rest.len();
    if level == 0 {
        return vm.import_name_from(&name, 0, true, None);
    }
    let Some(package) = package else {
        return Err(vm.type_error(format!(
            "the 'package' argument is required to perform a relative import for {}",
            crate::types::str_algo::str_repr(&name)
        )));
    };
    let Some(pkg) = package.as_str().map(str::to_string) else {
        let tn = vm.type_name(&package);
        return Err(vm.type_error(format!("__package__ must be a string, not {tn}")));
    };
    // The importer resolves a relative name against a namespace's
    // `__package__`: this one holds just that.
    let Value::Obj(ns) = vm.new_dict() else {
        unreachable!("new_dict returns an object")
    };
    let k = vm.intern("__package__");
    vm.dict_set_str(&ns, &k, Value::str(&pkg))?;
    vm.import_name_from(rest, level as i64, true, Some(&ns))
}

/// `reload(module)`: run a source module's file again in its own
/// namespace (a native module is returned as it is).
fn reload(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "reload", a, 1, 1)?;
    let m = a.pos[0].clone();
    let Some(Payload::Module(md)) = m.payload() else {
        return Err(vm.type_error("reload() argument must be a module"));
    };
    let name = crate::vm::eval::name_text(&md.name);
    if !vm
        .modules
        .get(name.as_str())
        .is_some_and(|x| Value::Obj(x.clone()).is(&m))
    {
        let c = vm.exc_types.import_error.clone();
        let e = vm.new_exc(&c, &format!("module {name} not in sys.modules"));
        return Err(e);
    }
    vm.reload_module(&m, &name)?;
    Ok(m)
}

/// `invalidate_caches()`: sandpy keeps no cache of directory listings
/// (every import asks the file controller), so there is nothing to drop.
fn invalidate_caches(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "invalidate_caches", a, 0, 0)?;
    Ok(Value::None)
}
