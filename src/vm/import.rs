//! Imports: native modules (math, time, random, sys, os, sandbox,
//! importlib), standard-library modules shipped as Python source inside
//! the binary (`modules::embedded`: asyncio), and `.py` modules and
//! packages found on the import path (the main script's directory). A
//! module is executed once; later imports return the same module object.
//!
//! Invariants:
//! - every route that imports by name (the `import` statement, `from ...
//!   import`, `__import__`, `sandbox.import_isolated`) goes through
//!   `import_name`, which checks the name (`check_module_name`: a dotted
//!   identifier) before any lookup, so no path, `..` or NUL byte ever
//!   reaches the file controller;
//! - a `.py` module's source is read only through the file controller,
//!   under the importing sandbox's grants (`modules::find_source`): the
//!   importer never touches the host file system itself;
//! - packages are directories with an `__init__.py`, found like modules
//!   on the import path; a submodule is looked for only on its parent
//!   package's `__path__`, through the same controller, so a package
//!   reaches no file its importer could not import itself. Native modules
//!   register their submodules (`os.path`) in the module table;
//! - an embedded module (and its submodules) is found before the import
//!   path and imported exactly when its top-level name is granted
//!   (`modules::check_granted`), from code compiled once per process.

use std::rc::Rc;

use crate::object::{Module, ObjRef, Payload, PyResult, Value};
use crate::types::str_algo::str_repr;

use super::Vm;
use super::eval::RunOutcome;
use super::frame::{Frame, FrameKind};

impl Vm {
    /// A new module object with a fresh globals dict holding `__name__`.
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let dict = match self.new_dict() {
            Value::Obj(d) => d,
            _ => unreachable!("new_dict returns an object"),
        };
        let n = self.intern("__name__");
        let _ = self.dict_set_str(&dict, &n, Value::str(name));
        let doc = self.intern("__doc__");
        let _ = self.dict_set_str(&dict, &doc, Value::None);
        let b = self.intern("__builtins__");
        let builtins = Value::Obj(self.builtins.clone());
        let _ = self.dict_set_str(&dict, &b, builtins);
        ObjRef::new(Payload::Module(Module {
            name: self.intern(name),
            dict,
        }))
    }

    /// The per-sandbox state a native module keeps under `key` (made by
    /// `init` on first use): the place for the mutable state of a module
    /// built once and shared frozen (`_abc._state()`).
    pub(crate) fn native_state(
        &mut self,
        key: &'static str,
        init: fn(&mut Vm) -> ObjRef,
    ) -> ObjRef {
        if let Some(o) = self.native_state.get(key) {
            return o.clone();
        }
        let o = init(self);
        self.native_state.insert(key, o.clone());
        o
    }

    /// The module `name` as this sandbox has it: from its module table, or
    /// for a shared module that it reached through another one (hashlib's
    /// `_hashlib`), from the runtime's table (not entered in its own).
    /// Natives find their own module's classes this way.
    pub(crate) fn loaded_module(&mut self, name: &str) -> Option<ObjRef> {
        if let Some(m) = self.modules.get(name) {
            return Some(m.clone());
        }
        if crate::modules::is_shared(name) {
            return self.cached_shared(name, false);
        }
        None
    }

    /// A shared module of the runtime's own (`_types`, home of
    /// `list[int]`'s type), for the runtime's use: whatever this sandbox
    /// was granted, and kept out of its module table (it gives no
    /// authority: it only computes).
    pub(crate) fn runtime_module(&mut self, name: &'static str) -> PyResult<ObjRef> {
        if let Some(m) = self.native_state.get(name) {
            return Ok(m.clone());
        }
        let m = self.shared_module(name, false)?;
        self.native_state.insert(name, m.clone());
        Ok(m)
    }

    /// `import name`: the top-level module (after importing every part).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        self.import_name(name, 0, false)
    }

    /// Import the dotted `name` (`level` > 0: a relative import, resolved
    /// against the running frame's module) and return its top-level
    /// module, or the named module itself when `leaf` (as `from name import
    /// x` and `import_isolated(name)` need). The name is checked before any
    /// lookup: see `check_module_name`.
    pub fn import_name(&mut self, name: &str, level: i64, leaf: bool) -> PyResult<Value> {
        let globals = self.frames.last().map(|f| (*f.globals).clone());
        self.import_name_from(name, level, leaf, globals.as_ref())
    }

    /// `import_name` with the importing module's namespace given (`globals`
    /// of `__import__`): a relative name is resolved against its
    /// `__package__` (or its `__name__`).
    pub fn import_name_from(
        &mut self,
        name: &str,
        level: i64,
        leaf: bool,
        globals: Option<&ObjRef>,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            let base = self.relative_base(level, globals)?;
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            name.to_string()
        };
        self.check_module_name(&full)?;
        let mut parts = full.split('.');
        let top = parts.next().unwrap_or(&full);
        let top_module = self.import_top(top)?;
        let mut module = top_module.clone();
        let mut prefix = top.to_string();
        for part in parts {
            let parent = module;
            prefix.push('.');
            prefix.push_str(part);
            module = self.import_sub(&parent, &prefix, part)?;
        }
        // `from . import x` and `import_isolated` want the leaf; a relative
        // `import` statement does not exist (`import .a` is a syntax error).
        Ok(Value::Obj(if leaf || level > 0 {
            module
        } else {
            top_module
        }))
    }

    /// The package a relative import of `level` dots starts from: the
    /// importing module's `__package__`, else its `__name__` (a package's
    /// own, or its parent's for a plain module), less `level - 1` parts.
    fn relative_base(&mut self, level: i64, globals: Option<&ObjRef>) -> PyResult<String> {
        let mut package = String::new();
        if let Some(g) = globals {
            let k = self.intern("__package__");
            match self.dict_get_str(g, &k)? {
                Some(Value::None) | None => {
                    let n = self.intern("__name__");
                    let p = self.intern("__path__");
                    let name = self.dict_get_str(g, &n)?;
                    let name = name
                        .as_ref()
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string();
                    if self.dict_get_str(g, &p)?.is_some() {
                        package = name;
                    } else if let Some((parent, _)) = name.rsplit_once('.') {
                        package = parent.to_string();
                    }
                }
                Some(v) => match v.as_str() {
                    Some(s) => package = s.to_string(),
                    None => return Err(self.type_error("package must be a string")),
                },
            }
        }
        if package.is_empty() {
            let c = self.exc_types.import_error.clone();
            return Err(self.new_exc(&c, "attempted relative import with no known parent package"));
        }
        let up = usize::try_from(level - 1).unwrap_or(usize::MAX);
        let parts: Vec<&str> = package.split('.').collect();
        if up >= parts.len() {
            let c = self.exc_types.import_error.clone();
            return Err(self.new_exc(&c, "attempted relative import beyond top-level package"));
        }
        Ok(parts[..parts.len() - up].join("."))
    }

    /// The submodule `full` (`parent`'s `part`): from the module table, or
    /// a source found on the parent package's `__path__`. Bound as an
    /// attribute of the parent once it has run, as CPython binds it.
    fn import_sub(&mut self, parent: &ObjRef, full: &str, part: &str) -> PyResult<ObjRef> {
        if let Some(m) = self.modules.get(full) {
            return Ok(m.clone());
        }
        if crate::modules::is_shared(full) {
            if !self.builds_stdlib() {
                // A shared package holds its submodules already (built with it).
                return self.import_shared(full);
            }
            if let Some(m) = self.cached_shared(full, true) {
                return Ok(m);
            }
        }
        if let Some(e) = crate::modules::embedded::find(full) {
            let m = self.run_embedded(e)?;
            let k = self.intern(part);
            self.setattr(&Value::Obj(parent.clone()), &k, Value::Obj(m.clone()))?;
            return Ok(m);
        }
        let parent_name = &full[..full.len() - part.len() - 1];
        let Some(dirs) = self.package_dirs(parent)? else {
            let msg = format!(
                "No module named {}; {} is not a package",
                str_repr(full),
                str_repr(parent_name)
            );
            return Err(self.module_not_found(&msg, full));
        };
        let Some(found) = crate::modules::find_source(self, part, &dirs)? else {
            let msg = format!("No module named {}", str_repr(full));
            return Err(self.module_not_found(&msg, full));
        };
        let m = self.run_source_module(full, found)?;
        let k = self.intern(part);
        self.setattr(&Value::Obj(parent.clone()), &k, Value::Obj(m.clone()))?;
        Ok(m)
    }

    /// The directories a package's submodules are looked for in (the str
    /// items of its `__path__`); None when `m` is not a package.
    fn package_dirs(&mut self, m: &ObjRef) -> PyResult<Option<Vec<String>>> {
        let Payload::Module(md) = m.payload() else {
            return Ok(None);
        };
        let p = self.intern("__path__");
        let Some(path) = self.dict_get_str(&md.dict, &p)? else {
            return Ok(None);
        };
        let mut dirs = Vec::new();
        self.each(&path, |_, d| {
            if let Some(d) = d.as_str() {
                dirs.push(d.to_string());
            }
            Ok(true)
        })?;
        Ok(Some(dirs))
    }

    /// The import path (where top-level modules are looked for).
    fn import_path_dirs(&self) -> Vec<String> {
        self.import_path
            .iter()
            .map(|p| p.display().to_string())
            .collect()
    }

    /// Compile a module source the file controller found (`fname`, its
    /// bytes): UTF-8 with an optional BOM, else CPython's SyntaxError.
    fn compile_found(
        &mut self,
        fname: &str,
        raw: &[u8],
    ) -> PyResult<std::sync::Arc<crate::bytecode::CodeUnit>> {
        let bytes = raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw);
        let source = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let bad = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
                let line = 1 + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                let c = self.exc_types.syntax_error.clone();
                return Err(self.new_exc(
                    &c,
                    &format!(
                        "Non-UTF-8 code starting with '\\x{bad:02x}' in file {fname} on line \
                         {line}, but no encoding declared; see \
                         https://peps.python.org/pep-0263/ for details"
                    ),
                ));
            }
        };
        crate::compiler::compile_module(source, fname).map_err(|e| self.syntax_error_from(&e))
    }

    /// A module name is a dotted identifier (`a`, `a.b`): each part a
    /// Python identifier. Anything else (`''`, `/etc/passwd`, `a..b`,
    /// `.a`, a NUL byte) is refused here, before the module table, the
    /// native modules or the file controller are asked: ValueError for an
    /// empty name, as CPython says, and ModuleNotFoundError otherwise.
    pub fn check_module_name(&mut self, name: &str) -> PyResult<()> {
        if name.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        if !name.split('.').all(crate::types::str_algo::isidentifier) {
            let msg = format!("No module named {}", str_repr(name));
            return Err(self.module_not_found(&msg, name));
        }
        Ok(())
    }

    fn module_not_found(&mut self, msg: &str, name: &str) -> crate::object::Exc {
        let c = self.exc_types.module_not_found_error.clone();
        let e = self.new_exc(&c, msg);
        self.set_import_error_attrs(&e, name, Value::None);
        e
    }

    /// The top-level module `top` (an identifier): from the module table, a
    /// native module, or a `.py` file the file controller finds on the
    /// import path under this sandbox's grants.
    fn import_top(&mut self, top: &str) -> PyResult<ObjRef> {
        if let Some(m) = self.modules.get(top) {
            return Ok(m.clone());
        }
        if crate::modules::is_shared(top) {
            if !self.builds_stdlib() {
                return self.import_shared(top);
            }
            if let Some(m) = self.cached_shared(top, true) {
                return Ok(m);
            }
        }
        if let Some(m) = crate::modules::load_native(self, top)? {
            self.modules.insert(Rc::from(top), m.clone());
            return Ok(m);
        }
        if let Some(e) = crate::modules::embedded::find(top) {
            return self.run_embedded(e);
        }
        let dirs = self.import_path_dirs();
        let Some(found) = crate::modules::find_source(self, top, &dirs)? else {
            let mut msg = format!("No module named {}", str_repr(top));
            if crate::modules::stdlib_names::is_stdlib(top) {
                msg.push_str(
                    " (a module of CPython's standard library that sandpy does not have; \
                     docs/compatibility.md, \"Standard library\", lists the modules it has)",
                );
            }
            return Err(self.module_not_found(&msg, top));
        };
        self.run_source_module(top, found)
    }

    /// Compile and run a module found by the file controller (`found`: its
    /// path, its source, whether it is a package's `__init__.py`) as the
    /// module `name`, entered in the module table before it runs (so that
    /// circular imports see it) and taken out again if it fails.
    fn run_source_module(
        &mut self,
        name: &str,
        found: (String, Vec<u8>, bool),
    ) -> PyResult<ObjRef> {
        let (fname, raw, package) = found;
        let unit = self.compile_found(&fname, &raw)?;
        self.run_module_unit(name, &fname, &unit, package)
    }

    /// Run the standard-library module `e` shipped inside the binary
    /// (`modules::embedded`), compiled once per process, when this
    /// sandbox is granted its top-level name.
    fn run_embedded(&mut self, e: &'static crate::modules::embedded::Embedded) -> PyResult<ObjRef> {
        crate::modules::check_granted(self, e.top())?;
        let unit =
            crate::modules::embedded::compiled(e).map_err(|err| self.syntax_error_from(&err))?;
        let m = self.run_module_unit(e.name, &e.file(), &unit, e.package)?;
        // Run here, the module is this sandbox's own (a build without
        // sharing, as rc-plain's): its per-sandbox part is made in place.
        // A build for sharing leaves it to each importer (`sandbox_part`).
        if !self.builds_stdlib()
            && let Some(init) = self.sandbox_init_of(&m)?
            && let Payload::Module(md) = m.payload()
        {
            self.call(&init, &[Value::Obj(md.dict.clone())])?;
        }
        Ok(m)
    }

    /// Run the compiled module `unit` (from the file `fname`; `package`:
    /// a package's `__init__.py`) as the module `name`: see
    /// `run_source_module`.
    fn run_module_unit(
        &mut self,
        name: &str,
        fname: &str,
        unit: &std::sync::Arc<crate::bytecode::CodeUnit>,
        package: bool,
    ) -> PyResult<ObjRef> {
        let m = self.new_module(name);
        let globals = match m.payload() {
            Payload::Module(md) => md.dict.clone(),
            _ => unreachable!("new_module returns a module"),
        };
        let f = self.intern("__file__");
        self.dict_set_str(&globals, &f, Value::str(fname))?;
        // A package's `__package__` is its own name and its `__path__` the
        // directory of its `__init__.py`; a module's is its parent's name.
        let pkg = self.intern("__package__");
        if package {
            self.dict_set_str(&globals, &pkg, Value::str(name))?;
            let dir = fname.strip_suffix("/__init__.py").unwrap_or(fname);
            let p = self.intern("__path__");
            let path = Value::list(vec![Value::str(dir)]);
            self.dict_set_str(&globals, &p, path)?;
        } else {
            let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
            self.dict_set_str(&globals, &pkg, Value::str(parent))?;
        }
        self.modules.insert(Rc::from(name), m.clone());
        if let Err(e) = self.run_code_in(unit, globals) {
            self.modules.remove(name);
            return Err(e);
        }
        // The module may have replaced itself in the table, as CPython allows.
        Ok(self.modules.get(name).cloned().unwrap_or(m))
    }

    /// `importlib.reload`: find the source module `name` again (on the
    /// import path, or its parent package's `__path__`) and run it in the
    /// module's own namespace. A native module is left as it is.
    pub fn reload_module(&mut self, m: &Value, name: &str) -> PyResult<()> {
        if crate::modules::is_native(name) || crate::modules::is_shared(name) {
            return Ok(());
        }
        if let Some(e) = crate::modules::embedded::find(name) {
            let unit = crate::modules::embedded::compiled(e)
                .map_err(|err| self.syntax_error_from(&err))?;
            let Some(Payload::Module(md)) = m.payload() else {
                return Err(self.type_error("reload() argument must be a module"));
            };
            let globals = md.dict.clone();
            self.run_code_in(&unit, globals)?;
            return Ok(());
        }
        let (dirs, last) = match name.rsplit_once('.') {
            None => (self.import_path_dirs(), name),
            Some((parent, last)) => {
                let parent = self.modules.get(parent).cloned();
                let dirs = match parent {
                    Some(p) => self.package_dirs(&p)?.unwrap_or_default(),
                    None => Vec::new(),
                };
                (dirs, last)
            }
        };
        let Some((fname, raw, _)) = crate::modules::find_source(self, last, &dirs)? else {
            let msg = format!("spec not found for the module {}", str_repr(name));
            return Err(self.module_not_found(&msg, name));
        };
        let unit = self.compile_found(&fname, &raw)?;
        let Some(Payload::Module(md)) = m.payload() else {
            return Err(self.type_error("reload() argument must be a module"));
        };
        let globals = md.dict.clone();
        self.run_code_in(&unit, globals)?;
        Ok(())
    }

    /// Run a module-level code unit with `globals`.
    pub fn run_code_in(
        &mut self,
        unit: &std::sync::Arc<crate::bytecode::CodeUnit>,
        globals: ObjRef,
    ) -> PyResult<Value> {
        let code = self.code_for(unit)?;
        self.enter_native()?;
        let base = self.stack.len();
        self.stack.resize(base + code.nslots, Value::Undef);
        self.frames.push(Frame {
            code,
            pc: 0,
            base,
            globals: globals.into(),
            locals: None,
            ret_to: base,
            kind: FrameKind::Normal,
            entry: true,
            authority: self.authority,
        });
        let r = self.run();
        self.leave_native();
        match r? {
            RunOutcome::Return(v) | RunOutcome::Yield(v) => Ok(v),
        }
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, m: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.getattr_opt(m, name)? {
            Some(v) => Ok(v),
            None => {
                // `from package import submodule`: the submodule is imported.
                if let Some(Payload::Module(md)) = m.payload() {
                    let p = self.intern("__path__");
                    if self.dict_get_str(&md.dict, &p)?.is_some() {
                        let part = super::eval::name_text(name);
                        let full = format!("{}.{part}", super::eval::name_text(&md.name));
                        let Value::Obj(parent) = m else {
                            unreachable!("a module is an object")
                        };
                        match self.import_sub(parent, &full, &part) {
                            Ok(sub) => return Ok(Value::Obj(sub)),
                            Err(e) if !self.is_missing_module(&e, &full) => return Err(e),
                            Err(_) => {}
                        }
                    }
                }
                let n = super::eval::name_text(name);
                // The module's `__name__`, as CPython's message reads it
                // (os.path calls itself posixpath).
                let mname = match m.payload() {
                    Some(Payload::Module(md)) => {
                        let k = self.intern("__name__");
                        match self.dict_get_str(&md.dict, &k)? {
                            Some(v) if v.as_str().is_some() => {
                                v.as_str().unwrap_or_default().to_string()
                            }
                            _ => super::eval::name_text(&md.name),
                        }
                    }
                    _ => String::from("?"),
                };
                let file = match m.payload() {
                    Some(Payload::Module(md)) => {
                        let f = self.intern("__file__");
                        self.dict_get_str(&md.dict, &f)?
                    }
                    _ => None,
                };
                let location = match file.as_ref().and_then(Value::as_str) {
                    Some(f) => f.to_string(),
                    None => "unknown location".to_string(),
                };
                let c = self.exc_types.import_error.clone();
                let e = self.new_exc(
                    &c,
                    &format!("cannot import name '{n}' from '{mname}' ({location})"),
                );
                self.set_import_error_attrs(&e, &mname, file.unwrap_or(Value::None));
                Err(e)
            }
        }
    }

    /// Whether `e` is the ModuleNotFoundError of module `name` itself (not
    /// of a module it imports in turn).
    fn is_missing_module(&mut self, e: &crate::object::Exc, name: &str) -> bool {
        let cls = self.exc_types.module_not_found_error.clone();
        let ev = Value::Obj(e.0.clone());
        if !self.is_instance(&ev, &cls) {
            return false;
        }
        let n = self.intern("name");
        matches!(self.getattr_opt(&ev, &n), Ok(Some(v)) if v.as_str() == Some(name))
    }

    /// ImportError's `name` and `path` attributes.
    fn set_import_error_attrs(&mut self, e: &crate::object::Exc, name: &str, path: Value) {
        let ev = Value::Obj(e.0.clone());
        let n = self.intern("name");
        let p = self.intern("path");
        // Plain instance-dict stores on a fresh exception: these cannot fail.
        let _ = self.object_setattr(&ev, &n, Value::str(name));
        let _ = self.object_setattr(&ev, &p, path);
    }

    /// `from module import *` into `ns`.
    pub(crate) fn import_star(&mut self, m: &Value, ns: &ObjRef) -> PyResult<()> {
        let Some(Payload::Module(md)) = m.payload() else {
            return Err(self.type_error("import * needs a module"));
        };
        let all = self.intern("__all__");
        let names: Vec<Value> = match self.dict_get_str(&md.dict, &all)? {
            Some(a) => self.collect(&a)?,
            None => super::eval::dict_ref(&md.dict)
                .borrow()
                .iter()
                .filter(|(k, _)| !k.as_str().unwrap_or("_").starts_with('_'))
                .map(|(k, _)| k.clone())
                .collect(),
        };
        for n in names {
            let Some(s) = n.as_str().map(str::to_string) else {
                continue;
            };
            let key = self.intern(&s);
            let v = self.getattr(m, &key)?;
            self.ns_set(ns, &key, v)?;
        }
        Ok(())
    }

    /// A SyntaxError exception from a compile error of a file's source (the
    /// line's text ends with its newline, as CPython reports it).
    pub fn syntax_error_from(&mut self, e: &crate::compiler::CompileError) -> crate::object::Exc {
        let text = e.text.as_ref().map(|t| format!("{t}\n"));
        self.syntax_error_at(e, text)
    }

    /// A SyntaxError (or IndentationError) with CPython's arguments
    /// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`;
    /// sandpy knows where an error starts only, so the end is the start.
    pub fn syntax_error_at(
        &mut self,
        e: &crate::compiler::CompileError,
        text: Option<String>,
    ) -> crate::object::Exc {
        let cls = if e.kind == "IndentationError" {
            self.builtin_exc_class("IndentationError")
        } else {
            self.exc_types.syntax_error.clone()
        };
        let text = text.map(Value::string).unwrap_or(Value::None);
        let (line, col) = (i64::from(e.line), i64::from(e.col));
        let location = Value::tuple(vec![
            Value::str(&e.filename),
            Value::Int(line),
            Value::Int(col),
            text,
            Value::Int(line),
            Value::Int(col),
        ]);
        super::exc::new_exception(self, &cls, vec![Value::str(&e.msg), location])
    }

    /// A builtin exception class by name (falls back to Exception).
    pub fn builtin_exc_class(&self, name: &str) -> ObjRef {
        self.exc_types
            .all
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| self.exc_types.exception.clone())
    }
}
