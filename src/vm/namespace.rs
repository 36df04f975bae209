//! A frame's locals mapping (`Frame::locals`): the namespace of a class
//! body, or the `locals` that `exec`/`eval` were given, which may be any
//! mapping. `LoadName`, `StoreName`, `DeleteName`, `LoadClassDeref`,
//! `import *` and `locals()` go through here: a dict is read and written
//! in place; any other mapping through its `__getitem__`, `__setitem__`
//! and `__delitem__`, a KeyError meaning "not there" (as CPython's
//! `LOAD_NAME` does for a mapping that is not exactly a dict).
//!
//! Also here: running code that `exec`/`eval` were given (`run_dynamic`),
//! and the rare operations of `CallIntrinsic`.

use crate::bytecode::{INTRINSIC_PRINT, INTRINSIC_SETUP_ANNOTATIONS};
use crate::object::code::Code;
use crate::object::{ObjRef, Payload, PyResult, Value};

use super::Vm;
use super::eval::RunOutcome;
use super::frame::FrameKind;

impl Vm {
    /// `ns[name]`, None when absent.
    pub(crate) fn ns_get(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        if let Payload::Dict(_) = ns.payload() {
            return self.dict_get_str(ns, name);
        }
        match self.getitem(&Value::Obj(ns.clone()), &Value::Obj(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_is(&e, &self.exc_types.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `ns[name] = value`.
    pub(crate) fn ns_set(&mut self, ns: &ObjRef, name: &ObjRef, value: Value) -> PyResult<()> {
        if let Payload::Dict(_) = ns.payload() {
            return self.dict_set_str(ns, name, value);
        }
        self.setitem(&Value::Obj(ns.clone()), Value::Obj(name.clone()), value)
    }

    /// `del ns[name]`; false when it was absent. A mapping that fails to
    /// delete, however it fails, makes it absent (the caller's NameError),
    /// as CPython's `DELETE_NAME` reports it.
    pub(crate) fn ns_del(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<bool> {
        if let Payload::Dict(_) = ns.payload() {
            return self.dict_del_str(ns, name);
        }
        match self.delitem(&Value::Obj(ns.clone()), &Value::Obj(name.clone())) {
            Ok(()) => Ok(true),
            Err(e) if self.stopping() => Err(e),
            Err(_) => Ok(false),
        }
    }

    /// The namespace a frame's name instructions write: its locals mapping,
    /// else its globals.
    pub(crate) fn frame_ns(&self, fi: usize) -> ObjRef {
        let f = &self.frames[fi];
        f.locals.clone().unwrap_or_else(|| f.globals.clone())
    }

    /// `CallIntrinsic(which)` on `v`, in frame `fi`.
    pub(crate) fn call_intrinsic(&mut self, fi: usize, which: u32, v: Value) -> PyResult<Value> {
        match which {
            INTRINSIC_PRINT => self.display_value(v),
            INTRINSIC_SETUP_ANNOTATIONS => {
                let ns = self.frame_ns(fi);
                let key = self.intern("__annotations__");
                if self.ns_get(&ns, &key)?.is_none() {
                    let d = self.new_dict();
                    self.ns_set(&ns, &key, d)?;
                }
                Ok(Value::None)
            }
            _ => Err(self.runtime_error("unknown intrinsic operation")),
        }
    }

    /// `sys.displayhook(v)`: show `v`'s repr on stdout unless it is None,
    /// and keep it as `builtins._` (None while its repr runs).
    fn display_value(&mut self, v: Value) -> PyResult<Value> {
        if v.is_none() {
            return Ok(Value::None);
        }
        let b = self.builtins.clone();
        let key = self.intern("_");
        self.dict_set_str(&b, &key, Value::None)?;
        let text = self.repr(&v)?;
        self.write_out(&format!("{text}\n"));
        self.dict_set_str(&b, &key, v)?;
        Ok(Value::None)
    }

    /// Run `code` (from `exec`, `eval` or a code object they were given)
    /// with `globals` and, for module code, the locals mapping `locals`
    /// (None: the globals). The frame carries the authority of the code
    /// that called `exec`, so what the code defines is stamped with it.
    pub(crate) fn run_dynamic(
        &mut self,
        code: std::rc::Rc<Code>,
        globals: ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<Value> {
        let module = code.unit.kind == crate::bytecode::CodeKind::Module;
        let authority = self.current_authority();
        self.enter_native()?;
        let base = self.stack.len();
        let r = self
            .push_frame(
                code,
                globals.into(),
                &[],
                base,
                base,
                FrameKind::Normal,
                authority,
            )
            .and_then(|()| {
                if let Some(fr) = self.frames.last_mut() {
                    if module {
                        fr.locals = locals;
                    }
                    fr.entry = true;
                }
                self.run()
            });
        self.leave_native();
        match r? {
            RunOutcome::Return(v) => Ok(v),
            RunOutcome::Yield(_) => {
                // Only a generator's code yields; `exec` refuses those first.
                self.drop_top_frame();
                Err(self.runtime_error("yield outside a generator"))
            }
        }
    }
}
