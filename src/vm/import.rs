//! Imports: native modules (math, time, random, sys) and `.py` files found
//! beside the main script. A module is executed once; later imports return
//! the same module object.

use std::rc::Rc;

use crate::object::{Module, ObjRef, Payload, PyResult, Value};

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
        let b = self.intern("__builtins__");
        let builtins = Value::Obj(self.builtins.clone());
        let _ = self.dict_set_str(&dict, &b, builtins);
        ObjRef::new(Payload::Module(Module {
            name: self.intern(name),
            dict,
        }))
    }

    /// `import name`.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        if let Some(m) = self.modules.get(top) {
            return Ok(Value::Obj(m.clone()));
        }
        if let Some(m) = crate::modules::load_native(self, top)? {
            self.modules.insert(Rc::from(top), m.clone());
            return Ok(Value::Obj(m));
        }
        let mut found = None;
        for dir in self.import_path.clone() {
            let p = dir.join(format!("{top}.py"));
            if p.is_file() {
                found = Some(p);
                break;
            }
        }
        let Some(path) = found else {
            let c = self.exc_types.module_not_found_error.clone();
            let e = self.new_exc(&c, &format!("No module named '{name}'"));
            self.set_import_error_attrs(&e, name, Value::None);
            return Err(e);
        };
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                let c = self.exc_types.import_error.clone();
                return Err(self.new_exc(&c, &format!("cannot read module '{top}': {e}")));
            }
        };
        let fname = path.display().to_string();
        let unit = match crate::compiler::compile_module(&source, &fname) {
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
        Ok(Value::Obj(m))
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
            self.dict_set_str(ns, &key, v)?;
        }
        Ok(())
    }

    /// A SyntaxError exception from a compile error.
    pub fn syntax_error_from(&mut self, e: &crate::compiler::CompileError) -> crate::object::Exc {
        let cls = if e.kind == "IndentationError" {
            self.builtin_exc_class("IndentationError")
        } else {
            self.exc_types.syntax_error.clone()
        };

        super::exc::new_exception(self, &cls, vec![Value::str(&e.msg)])
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
