//! The cold half of the dispatch loop: opcodes that are rare in hot loops
//! (building containers, imports, exception handling, `with`, generators'
//! yields, keyword calls). Keeping them out of `run` keeps that function small
//! enough for the compiler to hold the loop's state in registers.
//!
//! Contract with `run`: the current frame's `pc` has been stored before the
//! call; `Cold` says how the loop continues.

use std::rc::Rc;

use crate::bytecode::{Instr, Op};
use crate::object::{Exc, ObjRef, Payload, PyResult, Value};

use super::Vm;
use crate::object::code::Code;

/// How the dispatch loop continues after a cold opcode.
pub(crate) enum Cold {
    /// Go on with the next instruction.
    Next,
    /// The frame stack changed (a call pushed a frame): reload the frame.
    Frame,
    /// The frame yields this value.
    Yield(Value),
    /// Re-raise an exception without adding a traceback entry.
    Reraise(Exc),
}

macro_rules! tri {
    ($e:expr) => {
        $e?
    };
}

impl Vm {
    #[inline(never)]
    pub(crate) fn exec_cold(
        &mut self,
        ins: Instr,
        code: &Rc<Code>,
        fi: usize,
        base: usize,
        pc: usize,
    ) -> PyResult<Cold> {
        let arg = ins.arg as usize;
        match ins.op {
            Op::DeleteFast => {
                if let Value::Undef = self.stack[base + arg] {
                    return Err(self.unbound_local(code, arg));
                }
                self.stack[base + arg] = Value::Undef;
            }
            Op::DeleteDeref => {
                self.load_deref(code, base, arg)?;
                if let Some(c) = self.cell_at(code, base, arg) {
                    if c.is_frozen() {
                        let name = code.unit.deref_name(arg);
                        return Err(crate::freeze::guard::frozen_cell_error(self, name));
                    }
                    *c.borrow_mut() = Value::Undef;
                }
            }
            Op::LoadClosure => {
                let v = self.stack[base + code.nlocals + arg].clone();
                self.stack.push(v);
            }
            Op::LoadClassDeref => {
                let name = code.unit.deref_name(arg).to_string();
                let name = self.intern(&name);
                let found = match self.frames[fi].locals.clone() {
                    Some(ns) => tri!(self.ns_get(&ns, &name)),
                    None => None,
                };
                let v = match found {
                    Some(v) => v,
                    None => tri!(self.load_deref(code, base, arg)),
                };
                self.stack.push(v);
            }
            Op::DeleteGlobal => {
                let g = self.frames[fi].globals.clone();
                if g.is_frozen() {
                    return Err(self.frozen_globals_error(code, arg));
                }
                if !tri!(self.dict_del_str(&g, &code.names[arg])) {
                    return Err(self.name_error(&code.unit.names[arg]));
                }
            }
            Op::LoadName => {
                let v = self.load_name(fi, &code.names[arg])?;
                self.stack.push(v);
            }
            Op::StoreName => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let ns = self.frame_ns(fi);
                self.ns_set(&ns, &code.names[arg], v)?;
            }
            Op::DeleteName => {
                let ns = self.frame_ns(fi);
                if !tri!(self.ns_del(&ns, &code.names[arg])) {
                    return Err(self.name_error(&code.unit.names[arg]));
                }
            }
            Op::DeleteAttr => {
                let obj = self.stack.pop().unwrap_or(Value::None);
                let name = code.names[arg].clone();
                self.delattr(&obj, &name)?;
            }
            Op::DeleteSubscr => {
                let key = self.stack.pop().unwrap_or(Value::None);
                let container = self.stack.pop().unwrap_or(Value::None);
                self.delitem(&container, &key)?;
            }
            Op::BuildTuple => {
                let items = self.stack.split_off(self.stack.len() - arg);
                self.stack.push(Value::tuple(items));
            }
            Op::BuildList => {
                let items = self.stack.split_off(self.stack.len() - arg);
                self.stack.push(Value::list(items));
            }
            Op::BuildSet => {
                let items = self.stack.split_off(self.stack.len() - arg);
                let s = self.new_set(items)?;
                self.stack.push(s);
            }
            Op::BuildFrozenSet => {
                let items = self.stack.split_off(self.stack.len() - arg);
                let s = self.new_frozenset(items)?;
                self.stack.push(s);
            }
            Op::BuildMap => {
                let items = self.stack.split_off(self.stack.len() - 2 * arg);
                let d = self.new_dict_from_pairs(items)?;
                self.stack.push(d);
            }
            Op::BuildString => {
                let items = self.stack.split_off(self.stack.len() - arg);
                let mut s = String::new();
                for it in &items {
                    s.push_str(it.as_str().unwrap_or(""));
                }
                self.stack.push(Value::string(s));
            }
            Op::BuildSlice => {
                let mut items = self.stack.split_off(self.stack.len() - arg);
                if items.len() == 2 {
                    items.push(Value::None);
                }
                let step = items.pop().unwrap_or(Value::None);
                let stop = items.pop().unwrap_or(Value::None);
                let start = items.pop().unwrap_or(Value::None);
                self.stack
                    .push(Value::Obj(ObjRef::new(Payload::Slice(Box::new([
                        start, stop, step,
                    ])))));
            }
            Op::FormatValue => {
                let spec = if arg & 4 != 0 { self.stack.pop() } else { None };
                let v = self.stack.pop().unwrap_or(Value::None);
                let s = self.format_value(v, arg & 3, spec)?;
                self.stack.push(s);
            }
            Op::SetAdd => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let target = self.stack[self.stack.len() - arg].clone();
                self.set_add(&target, v)?;
            }
            Op::MapAdd => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let k = self.stack.pop().unwrap_or(Value::None);
                let target = self.stack[self.stack.len() - arg].clone();
                self.setitem(&target, k, v)?;
            }
            Op::ListExtend => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let items = self.collect_star(&v)?;
                let target = &self.stack[self.stack.len() - arg];
                if let Some(Payload::List(l)) = target.payload() {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let target = self.stack[self.stack.len() - arg].clone();
                crate::types::set_ops::update(self, &target, &v)?;
            }
            Op::DictUpdate | Op::DictMerge => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let target = self.stack[self.stack.len() - arg].clone();
                let func = if ins.op == Op::DictMerge {
                    self.stack
                        .get(self.stack.len().wrapping_sub(arg + 2))
                        .cloned()
                } else {
                    None
                };
                self.dict_merge(&target, &v, func)?;
            }
            Op::ListToTuple => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let items = match v.payload() {
                    Some(Payload::List(l)) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                self.stack.push(Value::tuple(items));
            }
            Op::UnpackEx => {
                let seq = self.stack.pop().unwrap_or(Value::None);
                self.unpack_ex(seq, arg & 0xff, arg >> 8)?;
            }
            Op::MakeFunction => {
                let f = self.make_function(fi, ins.arg)?;
                self.stack.push(f);
            }
            Op::CallKw | Op::CallMethodKw => {
                let kwnames = self.stack.pop().unwrap_or(Value::None);
                let (nargs, callable_at) = if ins.op == Op::CallKw {
                    (arg, self.stack.len() - arg - 1)
                } else if let Value::Undef = self.stack[self.stack.len() - arg - 1] {
                    (arg, self.stack.len() - arg - 2)
                } else {
                    (arg + 1, self.stack.len() - arg - 2)
                };
                self.frames[fi].pc = pc;
                let args_at = self.stack.len() - nargs;
                if self.call_from_stack(callable_at, args_at, callable_at, Some(kwnames))? {
                    return Ok(Cold::Frame);
                }
            }
            Op::CallEx => {
                let kwargs = if arg & 1 != 0 { self.stack.pop() } else { None };
                let args = self.stack.pop().unwrap_or(Value::None);
                let callable = self.stack.pop().unwrap_or(Value::None);
                self.frames[fi].pc = pc;
                let r = self.call_ex(&callable, &args, kwargs.as_ref())?;
                self.stack.push(r);
            }
            Op::YieldValue => {
                let v = self.stack.pop().unwrap_or(Value::None);
                self.frames[fi].pc = pc;
                return Ok(Cold::Yield(v));
            }
            Op::GetYieldFromIter => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let it = match v.payload().and_then(Payload::gen_kind) {
                    Some(crate::bytecode::GenKind::Generator) => v,
                    Some(crate::bytecode::GenKind::Coroutine) => {
                        return Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                    }
                    _ => tri!(self.iter(&v)),
                };
                self.stack.push(it);
            }
            Op::YieldFrom => {
                let sent = self.stack.pop().unwrap_or(Value::None);
                let it = self.stack.last().cloned().unwrap_or(Value::None);
                match tri!(self.send_into(&it, sent)) {
                    Ok(yielded) => {
                        // Re-execute this instruction on resumption.
                        self.frames[fi].pc = pc - 1;
                        return Ok(Cold::Yield(yielded));
                    }
                    Err(result) => {
                        self.stack.pop();
                        self.stack.push(result);
                    }
                }
            }
            Op::Raise => {
                let e = match arg {
                    0 => match self.handled.clone() {
                        Value::Obj(o) => return Ok(Cold::Reraise(Exc(o))),
                        _ => self.runtime_error("No active exception to reraise"),
                    },
                    1 => {
                        let v = self.stack.pop().unwrap_or(Value::None);
                        self.make_raisable(v, None)?
                    }
                    _ => {
                        let cause = self.stack.pop().unwrap_or(Value::None);
                        let v = self.stack.pop().unwrap_or(Value::None);
                        self.make_raisable(v, Some(cause))?
                    }
                };
                return Err(e);
            }
            Op::Reraise => {
                let e = self.stack.pop().unwrap_or(Value::None);
                let prev = self.stack.pop().unwrap_or(Value::None);
                self.handled = prev;
                match e {
                    Value::Obj(o) => return Ok(Cold::Reraise(Exc(o))),
                    _ => return Err(self.runtime_error("bad exception on the stack")),
                }
            }
            Op::PushExcInfo => {
                let e = self.stack.pop().unwrap_or(Value::None);
                let prev = std::mem::replace(&mut self.handled, e.clone());
                self.stack.push(prev);
                self.stack.push(e);
            }
            Op::PopExcept => {
                self.handled = self.stack.pop().unwrap_or(Value::None);
            }
            Op::CheckExcMatch => {
                let ty = self.stack.pop().unwrap_or(Value::None);
                let e = self.stack.last().cloned().unwrap_or(Value::None);
                let m = self.exception_matches(&e, &ty)?;
                self.stack.push(Value::Bool(m));
            }
            Op::CheckEgMatch => {
                let ty = self.stack.pop().unwrap_or(Value::None);
                let e = self.stack.pop().unwrap_or(Value::None);
                let (keep, matched) = self.check_eg_match(e, &ty)?;
                self.stack.push(keep);
                self.stack.push(matched);
            }
            Op::PrepReraiseStar => {
                let excs = self.stack.pop().unwrap_or(Value::None);
                let orig = self.stack.pop().unwrap_or(Value::None);
                let r = self.prep_reraise_star(&orig, &excs)?;
                self.stack.push(r);
            }
            Op::LoadAssertionError => {
                self.stack
                    .push(Value::Obj(self.exc_types.assertion_error.clone()));
            }
            Op::BeforeWith => {
                let mgr = self.stack.pop().unwrap_or(Value::None);
                let (exit, entered) = self.before_with(&mgr)?;
                self.stack.push(exit);
                self.stack.push(entered);
            }
            Op::GetAwaitable => {
                let v = self.stack.pop().unwrap_or(Value::None);
                self.frames[fi].pc = pc;
                let it = self.get_awaitable(&v, ins.arg)?;
                self.stack.push(it);
            }
            Op::GetAIter => {
                let v = self.stack.pop().unwrap_or(Value::None);
                self.frames[fi].pc = pc;
                let it = self.get_aiter(&v)?;
                self.stack.push(it);
            }
            Op::GetANext => {
                let aiter = self.stack.last().cloned().unwrap_or(Value::None);
                self.frames[fi].pc = pc;
                let it = self.get_anext(&aiter)?;
                self.stack.push(it);
            }
            Op::EndAsyncFor => {
                let e = self.stack.pop().unwrap_or(Value::None);
                self.stack.pop();
                if !self.ends_async_for(&e) {
                    match e {
                        Value::Obj(o) => return Ok(Cold::Reraise(Exc(o))),
                        _ => return Err(self.runtime_error("bad exception on the stack")),
                    }
                }
            }
            Op::BeforeAsyncWith => {
                let mgr = self.stack.pop().unwrap_or(Value::None);
                self.frames[fi].pc = pc;
                let (exit, entered) = self.before_async_with(&mgr)?;
                self.stack.push(exit);
                self.stack.push(entered);
            }
            Op::WithExitCall => {
                let exit = self.stack.pop().unwrap_or(Value::None);
                self.frames[fi].pc = pc;
                let r = self.call(&exit, &[Value::None, Value::None, Value::None])?;
                self.stack.push(r);
            }
            Op::WithExit => {
                let exit = self.stack.pop().unwrap_or(Value::None);
                self.call(&exit, &[Value::None, Value::None, Value::None])?;
            }
            Op::WithExceptStart => {
                let n = self.stack.len();
                let exit = self.stack[n - 3].clone();
                let e = self.stack[n - 1].clone();
                let ty = Value::Obj(self.type_of(&e));
                let tb = match &e {
                    Value::Obj(o) => self.traceback_object(o),
                    _ => Value::None,
                };
                let r = self.call(&exit, &[ty, e, tb])?;
                self.stack.push(r);
            }
            Op::ImportName => {
                let fromlist = self.stack.pop().unwrap_or(Value::None);
                let level = match self.stack.pop() {
                    Some(Value::Int(l)) => l,
                    _ => 0,
                };
                self.frames[fi].pc = pc;
                let name = code.unit.names[arg].clone();
                // `from m import x` (a fromlist) needs `m` itself, not its
                // top-level package.
                let leaf = !matches!(fromlist, Value::None);
                let m = self.import_name(&name, level, leaf)?;
                self.stack.push(m);
            }
            Op::ImportFrom => {
                let m = self.stack.last().cloned().unwrap_or(Value::None);
                let name = code.names[arg].clone();
                let v = self.import_from(&m, &name)?;
                self.stack.push(v);
            }
            Op::ImportStar => {
                let m = self.stack.pop().unwrap_or(Value::None);
                let ns = self.frames[fi]
                    .locals
                    .clone()
                    .unwrap_or_else(|| self.frames[fi].globals.clone());
                self.import_star(&m, &ns)?;
            }
            Op::GetLen
            | Op::MatchSequence
            | Op::MatchMapping
            | Op::MatchKeys
            | Op::MatchClass
            | Op::MatchRest => self.exec_pattern(ins)?,
            Op::CallIntrinsic => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let r = self.call_intrinsic(fi, arg as u32, v)?;
                self.stack.push(r);
            }
            Op::LoadBuildClass => {
                let b = self.builtins.clone();
                let name = self.intern("__build_class__");
                let v = self.dict_get_str(&b, &name)?;
                self.stack.push(v.unwrap_or(Value::None));
            }
            _ => {}
        }
        // `del x` (and a module-level rebinding) is where a program most
        // often lets an object go: the finalizers and weak-reference
        // callbacks it caused run now, before the next statement, as
        // CPython runs them inside the statement.
        if matches!(
            ins.op,
            Op::DeleteFast
                | Op::DeleteDeref
                | Op::DeleteGlobal
                | Op::DeleteName
                | Op::DeleteAttr
                | Op::DeleteSubscr
                | Op::StoreName
        ) {
            self.run_finalizers_if_any();
        }
        Ok(Cold::Next)
    }
}
