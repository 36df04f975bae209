//! Exceptions: creation, raising rules, matching and chaining (the
//! traceback text of an uncaught one is exc_report.rs).

use std::rc::Rc;

use crate::object::{Exc, ExcData, ObjRef, Payload, PyResult, TbEntry, Value};

use super::Vm;
use crate::object::code::Code;

/// The exception state of an exception instance.
pub fn exc_data(e: &ObjRef) -> Option<&crate::object::cell::PyCell<ExcData>> {
    match e.payload() {
        Payload::Instance(i) => i.exc.as_deref(),
        _ => None,
    }
}

/// A new exception of class `cls` with `args` (no `__init__` is run).
pub fn new_exception(vm: &mut Vm, cls: &ObjRef, args: Vec<Value>) -> Exc {
    let inst = vm.new_instance(cls);
    if let Some(d) = exc_data(&inst) {
        d.borrow_mut().args = Value::tuple(args);
    }
    Exc(inst)
}

/// Where `code` is at `line`, as the plain data the `traceback` module
/// shows of a frame: `(filename, lineno, name, line)`, `line` the source
/// line as written (None when its source is not shown, as for code
/// compiled from a string).
pub fn tb_place(code: &Code, line: u32) -> Value {
    let unit = &code.unit;
    let text = unit.source.line(line).map_or(Value::None, Value::str);
    Value::tuple(vec![
        Value::str(&unit.source.name),
        Value::Int(i64::from(line)),
        Value::str(&unit.name),
        text,
    ])
}

impl Vm {
    /// `e.__traceback__`: a chain of traceback objects, outermost first
    /// (`tb_next` leads inward), each with `tb_lineno`; None when the
    /// exception has not been raised (or its traceback was cleared).
    /// `tb_frame` is None (sandpy hands out no frames); `_place` holds
    /// what the `traceback` module shows of the frame, as plain data
    /// (`(filename, lineno, name, line)`, `tb_place`).
    pub fn traceback_object(&mut self, e: &ObjRef) -> Value {
        let entries: Vec<TbEntry> = exc_data(e)
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        let cls = self.types.traceback.clone();
        let (next, lineno, frame, lasti, place) = (
            self.intern("tb_next"),
            self.intern("tb_lineno"),
            self.intern("tb_frame"),
            self.intern("tb_lasti"),
            self.intern("_place"),
        );
        let mut tb = Value::None;
        // Entries are innermost first: build from the inside out.
        for entry in &entries {
            let node = self.new_instance(&cls);
            let v = Value::Obj(node.clone());
            let line = Value::Int(i64::from(entry.line));
            for (k, val) in [
                (&next, tb),
                (&lineno, line),
                (&frame, Value::None),
                (&lasti, Value::Int(-1)),
                (&place, tb_place(&entry.code, entry.line)),
            ] {
                if self.object_setattr(&v, k, val).is_err() {
                    return Value::None;
                }
            }
            tb = v;
        }
        tb
    }

    /// Forget the traceback of `e` (`e.with_traceback(None)`, `e.__traceback__ = None`).
    pub fn clear_traceback(&mut self, e: &ObjRef) {
        // A frozen exception keeps no traceback: nothing to clear.
        if let Some(mut d) = exc_data(e).and_then(|d| d.try_borrow_mut().ok()) {
            d.traceback.clear();
        }
    }

    /// Record that `err` passed through `code` at `line`.
    pub(crate) fn add_traceback(&mut self, err: &Exc, code: Rc<Code>, line: u32) {
        // A frozen exception is copied when raised (`make_raisable`); one
        // that reaches here anyway records no traceback.
        if let Some(mut d) = exc_data(&err.0).and_then(|d| d.try_borrow_mut().ok()) {
            d.traceback.push(TbEntry { code, line });
        }
    }

    /// Implicit chaining: an exception raised while another is handled gets it
    /// as `__context__` (unless that would make a cycle).
    pub(crate) fn set_implicit_context(&mut self, err: &Exc) {
        let Value::Obj(h) = &self.handled else { return };
        if h.is(&err.0) {
            return;
        }
        // Avoid cycles: walk the handled exception's context chain.
        let mut cur = Some(h.clone());
        let mut steps = 0;
        while let Some(c) = cur {
            if c.is(&err.0) {
                if let Some(mut d) = exc_data(&c).and_then(|d| d.try_borrow_mut().ok()) {
                    d.context = Value::None;
                }
                break;
            }
            steps += 1;
            if steps > 1000 {
                break;
            }
            cur = exc_data(&c).and_then(|d| d.borrow().context.as_obj().cloned());
        }
        if let Some(mut d) = exc_data(&err.0).and_then(|d| d.try_borrow_mut().ok())
            && d.context.is_none()
        {
            d.context = Value::Obj(h.clone());
        }
    }

    /// Turn the operand of `raise` into an exception instance.
    pub(crate) fn make_raisable(&mut self, v: Value, cause: Option<Value>) -> PyResult<Exc> {
        let base = self.exc_types.base_exception.clone();
        let inst = match &v {
            Value::Obj(o) => match o.payload() {
                Payload::Class(_) if self.is_subclass(o, &base) => {
                    let r = self.call(&v, &[])?;
                    match r {
                        // A `__new__` may hand back a frozen exception: it
                        // is raised as a local copy, like one raised directly.
                        Value::Obj(i) if exc_data(&i).is_some() && i.is_frozen() => {
                            crate::freeze::raisable_copy(self, &i)?
                        }
                        Value::Obj(i) if exc_data(&i).is_some() => i,
                        _ => {
                            return Err(
                                self.type_error("exceptions must derive from BaseException")
                            );
                        }
                    }
                }
                // A frozen exception (one received from another sandbox) is
                // raised as a local copy, which gets its own traceback.
                Payload::Instance(_) if exc_data(o).is_some() && o.is_frozen() => {
                    crate::freeze::raisable_copy(self, o)?
                }
                Payload::Instance(_) if exc_data(o).is_some() => o.clone(),
                _ => return Err(self.type_error("exceptions must derive from BaseException")),
            },
            _ => return Err(self.type_error("exceptions must derive from BaseException")),
        };
        if let Some(cause) = cause {
            let cause = match &cause {
                Value::None => Value::None,
                Value::Obj(o) => match o.payload() {
                    Payload::Class(_) if self.is_subclass(o, &base) => self.call(&cause, &[])?,
                    Payload::Instance(_) if exc_data(o).is_some() => cause.clone(),
                    _ => {
                        return Err(
                            self.type_error("exception causes must derive from BaseException")
                        );
                    }
                },
                _ => return Err(self.type_error("exception causes must derive from BaseException")),
            };
            if let Some(d) = exc_data(&inst) {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        Ok(Exc(inst))
    }

    /// `except ty:` matching.
    pub(crate) fn exception_matches(&mut self, e: &Value, ty: &Value) -> PyResult<bool> {
        let base = self.exc_types.base_exception.clone();
        let check = |vm: &mut Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(c)
                    if matches!(c.payload(), Payload::Class(_)) && vm.is_subclass(c, &base) =>
                {
                    Ok(vm.is_instance(e, c))
                }
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        if let Some(Payload::Tuple(items)) = ty.payload() {
            let items = items.clone();
            for t in items.iter() {
                if check(self, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        check(self, ty)
    }

    /// Whether `e` is an instance of the exception class `cls`.
    pub fn exc_is(&self, e: &Exc, cls: &ObjRef) -> bool {
        self.is_instance(&Value::Obj(e.0.clone()), cls)
    }

    /// `ExcType: message` (the last line of a traceback).
    pub fn exc_line(&mut self, e: &ObjRef) -> String {
        let v = Value::Obj(e.clone());
        let cls = self.type_of(&v);
        let name = self.class_name(&cls);
        let module = {
            let n = self.intern("__module__");
            match self.class_lookup(&cls, &n) {
                Some(m) => m.as_str().map(str::to_string),
                None => None,
            }
        };
        let qual = match module.as_deref() {
            Some("builtins") | None => name,
            Some("__main__") => name,
            Some(m) => format!("{m}.{name}"),
        };
        let msg = match self.str(&v) {
            Ok(s) => s,
            Err(_) => String::from("<exception str() failed>"),
        };
        if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        }
    }
}
