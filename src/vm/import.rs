//! Imports: native modules (math, time, random, sys, os, sandbox) and `.py`
//! files found on the import path (the main script's directory). A module
//! is executed once; later imports return the same module object.
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
//! - there are no packages: `a.b` names a submodule only where a native
//!   module registers one (`os.path`).

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

    /// `import name`: the top-level module (after importing every part).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        self.import_name(name, 0, false)
    }

    /// Import the dotted `name` (`level` > 0: a relative import) and return
    /// its top-level module, or the named module itself when `leaf` (as
    /// `from name import x` and `import_isolated(name)` need). The name is
    /// checked before any lookup: see `check_module_name`.
    pub fn import_name(&mut self, name: &str, level: i64, leaf: bool) -> PyResult<Value> {
        if level > 0 {
            // Every sandpy module is top-level (there are no packages).
            let c = self.exc_types.import_error.clone();
            return Err(self.new_exc(&c, "attempted relative import with no known parent package"));
        }
        self.check_module_name(name)?;
        let mut parts = name.split('.');
        let top = parts.next().unwrap_or(name);
        let top_module = self.import_top(top)?;
        let mut module = top_module.clone();
        let mut prefix = top.to_string();
        for part in parts {
            let parent_len = prefix.len();
            prefix.push('.');
            prefix.push_str(part);
            match self.modules.get(prefix.as_str()) {
                Some(m) => module = m.clone(),
                None => {
                    let msg = format!(
                        "No module named {}; {} is not a package",
                        str_repr(&prefix),
                        str_repr(&prefix[..parent_len])
                    );
                    return Err(self.module_not_found(&msg, &prefix));
                }
            }
        }
        Ok(Value::Obj(if leaf { module } else { top_module }))
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
        if let Some(m) = crate::modules::load_native(self, top)? {
            self.modules.insert(Rc::from(top), m.clone());
            return Ok(m);
        }
        let Some((fname, raw)) = crate::modules::find_source(self, top)? else {
            let msg = format!("No module named {}", str_repr(top));
            return Err(self.module_not_found(&msg, top));
        };
        let bytes = raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&raw);
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
        let unit = match crate::compiler::compile_module(source, &fname) {
            Ok(u) => u,
            Err(e) => return Err(self.syntax_error_from(&e)),
        };
        let m = self.new_module(top);
        if let Payload::Module(md) = m.payload() {
            let f = self.intern("__file__");
            let _ = self.dict_set_str(&md.dict, &f, Value::str(&fname));
        }
        self.modules.insert(Rc::from(top), m.clone());
        let globals = match m.payload() {
            Payload::Module(md) => md.dict.clone(),
            _ => unreachable!("new_module returns a module"),
        };
        if let Err(e) = self.run_code_in(&unit, globals) {
            self.modules.remove(top);
            return Err(e);
        }
        Ok(m)
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
                let n = super::eval::name_text(name);
                let mname = match m.payload() {
                    Some(Payload::Module(md)) => super::eval::name_text(&md.name),
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
