//! The dispatch loop: one function, one arm per opcode.
//!
//! Fast paths (int and float arithmetic, list indexing, cached globals and
//! attributes, calls of plain Python functions) sit inline in their arms; the
//! general cases are out-of-line functions in ops.rs, attr.rs and call.rs.
//!
//! Python-to-Python calls push a frame and `continue 'frames`: the Rust stack
//! does not grow. `run` returns when the entry frame it was started on returns,
//! yields (generators) or lets an exception escape.
//!
//! Two layers. The *fast layer* handles the hottest opcodes (locals,
//! constants, int/float arithmetic and comparisons, branches, cached globals,
//! attribute and subscript hits) on a raw view of the value stack,
//! `StackView` (vm/stack_view.rs, whose module docs argue its invariant):
//! a buffer pointer, capacity and live length kept in registers, with
//! `self.stack.len()` stale while the view is attached. Every fast arm asks
//! the view for what it relies on (a pop or peek answers None when the
//! operand stack is too shallow, a push grows the buffer through the `Vec`),
//! so a VM bug cannot read or write outside the buffer. A fast arm either
//! completes and continues, or leaves the stack untouched and falls through
//! to the *general layer*: `sync` writes the view's length back into the
//! `Vec` (consuming the view), the opcode runs with the ordinary `Vec` API
//! (and may call anything, run Python code, grow the stack), and a fresh view
//! is attached. Fast arms call only helpers that never touch the value stack
//! or run Python code.
//!
//! `unsafe` left in this file, each with its argument at the site: attaching
//! the view (its contract, that nothing else uses the stack while it is
//! attached, is a property of the fast arms that types cannot check); the
//! unchecked instruction fetch and constant reads (`Code`'s verified
//! invariant, vm/code.rs: a bounds test on every dispatched instruction is
//! what the verifier exists to save); and the frame's borrowed reference to
//! its function's globals (`MaybeCounted::borrowed`, which saves a count and
//! an uncount per call).
//!
//! Error protocol: an arm that fails `break`s out of the inner loop with the
//! exception; `unwind` then records the traceback entry, looks the faulting
//! instruction up in the frame's exception table, and either jumps to the
//! handler or pops the frame and repeats in the caller.

use std::rc::Rc;

use crate::bytecode::{BinOpKind, CmpOpKind, INPLACE, Op, UnaryOpKind};
use crate::object::{Args, Exc, IterState, MaybeCounted, ObjRef, Payload, PyResult, Value};

use super::Vm;
use super::eval_cold::Cold;
use super::frame::FrameKind;
use super::ops::compare_fast;
use super::stack_view::{StackView, pop_value, push_value};
use crate::object::code::Cache;

/// How a run of the dispatch loop ended.
pub enum RunOutcome {
    Return(Value),
    Yield(Value),
}

pub(crate) use crate::object::dict_ref;

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break e,
        }
    };
}

impl Vm {
    /// Run the frame on top of the frame stack (which must be marked `entry`)
    /// until it returns or yields.
    pub(crate) fn run(&mut self) -> PyResult<RunOutcome> {
        let mut reraise = false;
        'frames: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code.clone();
            let base = self.frames[fi].base;
            let mut pc = self.frames[fi].pc;
            let instrs = &code.instrs[..];
            // The frame's operand stack starts above its slots.
            let floor = base + code.nslots;
            // Attach the fast layer's raw view of the value stack
            // (vm/stack_view.rs). The one `unsafe` of the view in this file,
            // written once here and used at the frame's entry and after each
            // general-layer opcode: its contract cannot be checked by types.
            macro_rules! attach {
                () => {
                    // SAFETY: `StackView::attach`'s contract (docs/soundness.md,
                    // "The stack view"). (1) Until the view is synced back,
                    // `self.stack` is used only through it: the fast arms
                    // call only helpers that never touch the value stack or
                    // run Python code (`load_attr_hit`, `store_attr_hit`,
                    // `load_method_hit`, `load_global`, `subscr_fast`,
                    // `list_store_fast`, `compare_fast`), and every path that
                    // leaves the fast layer (the general layer, the
                    // `LoadGlobal` error, the native called by `Call` and
                    // `CallMethod`, after which a fresh view is attached)
                    // calls `sync` first; `sync` and
                    // `push` are given `self.stack`. (2) `floor <= len`: the
                    // frame's slots `base..floor` were filled by `push_frame`,
                    // and the verifier checked that the static stack height
                    // never goes below the frame's floor; every index given
                    // to `local`, `set_local` and `local*_and_top_mut` below
                    // is `base` plus a local operand, below `nlocals <=
                    // nslots` (`Code`'s invariant, vm/code.rs).
                    unsafe { StackView::attach(&mut self.stack, floor) }
                };
            }
            let mut view = attach!();
            // Push fast local `slot`; UnboundLocalError if it is unbound.
            macro_rules! load_fast {
                ($slot:expr) => {{
                    let slot = $slot;
                    let v = &self.stack[base + slot];
                    if let Value::Undef = v {
                        break self.unbound_local(&code, slot);
                    }
                    let v = v.clone();
                    push_value(&mut self.stack, v);
                }};
            }
            // The instruction at `pc`, or the operand of the instruction `k`
            // places after the current one (a member of the current
            // superinstruction's group). The instruction fetch stays unchecked
            // here: a bounds test on every dispatched instruction is what the
            // verifier exists to save.
            macro_rules! instr_at {
                ($i:expr) => {{
                    // SAFETY: used for the `pc` being dispatched, which is
                    // below `instrs.len()`, and for the members of a
                    // superinstruction's group in that superinstruction's
                    // arm, which all exist (both `Code`'s invariant,
                    // vm/code.rs, checked when the code was built).
                    unsafe { *instrs.get_unchecked($i) }
                }};
            }
            macro_rules! member_arg {
                ($k:expr) => {
                    instr_at!(pc + $k).arg as usize
                };
            }
            // The constant `k`, a constant operand of this code: below
            // `consts.len()`, unchecked for the same reason.
            macro_rules! konst {
                ($k:expr) => {{
                    // SAFETY: only used with a constant operand (`Code`'s
                    // invariant: below `consts.len()`, vm/code.rs).
                    unsafe { code.consts.get_unchecked($k) }
                }};
            }
            let err: Exc = loop {
                let ins = instr_at!(pc);
                pc += 1;
                let arg = ins.arg as usize;
                // Fast layer: the hottest opcodes on the raw stack view. An arm
                // either completes and `continue`s, or leaves the stack as it
                // found it and falls through to the general layer below.
                match ins.op {
                    Op::LoadFast | Op::LoadFastLoadFast | Op::LoadFastLoadConst => {
                        let v = view.local(base + arg);
                        if !matches!(v, Value::Undef) {
                            let v = v.clone();
                            match ins.op {
                                Op::LoadFast => {
                                    view.push(&mut self.stack, v);
                                    continue;
                                }
                                Op::LoadFastLoadConst => {
                                    let k = member_arg!(0);
                                    let c = konst!(k).clone();
                                    view.push(&mut self.stack, v);
                                    view.push(&mut self.stack, c);
                                    pc += 1;
                                    continue;
                                }
                                _ => {
                                    let w = view.local(base + member_arg!(0));
                                    if !matches!(w, Value::Undef) {
                                        let w = w.clone();
                                        view.push(&mut self.stack, v);
                                        view.push(&mut self.stack, w);
                                        pc += 1;
                                        continue;
                                    }
                                }
                            }
                        }
                    }
                    Op::LoadFastLoadAttr => {
                        let v = view.local(base + arg);
                        // The attribute is read from the local in place (the
                        // hit runs no Python code): the object is neither
                        // counted nor uncounted. The cache is the LoadAttr's.
                        if let Some(a) = self.load_attr_hit(&code, pc, v, member_arg!(0)) {
                            view.push(&mut self.stack, a);
                            pc += 1;
                            continue;
                        }
                    }
                    Op::StoreFast | Op::StoreFastLoadFast => {
                        if let Some(v) = view.pop() {
                            view.set_local(base + arg, v);
                            if ins.op == Op::StoreFastLoadFast {
                                // The load; when it cannot be done here (an
                                // unbound local), the LoadFast runs alone next
                                // and raises.
                                let w = view.local(base + member_arg!(0));
                                if !matches!(w, Value::Undef) {
                                    let w = w.clone();
                                    view.push(&mut self.stack, w);
                                    pc += 1;
                                }
                            }
                            continue;
                        }
                    }
                    Op::LoadConst => {
                        let c = konst!(arg).clone();
                        view.push(&mut self.stack, c);
                        continue;
                    }
                    // (The pop happens in the guard: on an empty operand
                    // stack nothing is popped and the general layer runs.)
                    Op::PopTop if view.drop_top() => continue,
                    // A backward jump spends budget; the last unit falls
                    // through to the general layer, which runs the safepoint.
                    Op::Jump if arg > pc || (self.budget > 1 && !self.account.tripped()) => {
                        if arg <= pc {
                            self.budget -= 1;
                            // One loop iteration: charge the loop body.
                            self.charges.instructions += (pc - arg) as u64;
                        }
                        pc = arg;
                        continue;
                    }
                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                        if let Some(t) = view.pop_bool() {
                            if t == (ins.op == Op::PopJumpIfTrue) {
                                pc = arg;
                            }
                            continue;
                        }
                    }
                    Op::CompareOp | Op::CompareJumpIfFalse => {
                        if let Some((a, b)) = view.top2() {
                            let op = CmpOpKind::from_arg(ins.arg);
                            if let (Value::Int(x), Value::Int(y)) = (a, b) {
                                let t = op.holds(x, y);
                                if ins.op == Op::CompareOp {
                                    // Both are ints: nothing to drop.
                                    view.fold2(Value::Bool(t));
                                } else {
                                    view.forget_tops::<2>();
                                    pc = if t { pc + 1 } else { member_arg!(0) };
                                }
                                continue;
                            }
                            if let Some(t) = compare_fast(a, b, op) {
                                view.drop_tops::<2>();
                                if ins.op == Op::CompareOp {
                                    view.push(&mut self.stack, Value::Bool(t));
                                } else {
                                    pc = if t { pc + 1 } else { member_arg!(0) };
                                }
                                continue;
                            }
                        }
                    }
                    Op::BinaryOp => {
                        if let Some((a, b)) = view.top2() {
                            let r = match (a, b) {
                                (Value::Int(x), Value::Int(y)) => {
                                    match BinOpKind::from_arg(ins.arg) {
                                        BinOpKind::Add => x.checked_add(*y).map(Value::Int),
                                        BinOpKind::Sub => x.checked_sub(*y).map(Value::Int),
                                        BinOpKind::Mul => x.checked_mul(*y).map(Value::Int),
                                        BinOpKind::And => Some(Value::Int(x & y)),
                                        BinOpKind::Or => Some(Value::Int(x | y)),
                                        BinOpKind::Xor => Some(Value::Int(x ^ y)),
                                        _ => None,
                                    }
                                }
                                (Value::Float(x), Value::Float(y)) => {
                                    match BinOpKind::from_arg(ins.arg) {
                                        BinOpKind::Add => Some(Value::Float(x + y)),
                                        BinOpKind::Sub => Some(Value::Float(x - y)),
                                        BinOpKind::Mul => Some(Value::Float(x * y)),
                                        _ => None,
                                    }
                                }
                                _ => None,
                            };
                            if let Some(r) = r {
                                // Both operands are ints or floats: nothing
                                // to drop; the result replaces the lower one.
                                view.fold2(r);
                                continue;
                            }
                        }
                    }
                    Op::LoadAttr => {
                        if let Some(obj) = view.top()
                            && let Some(v) = self.load_attr_hit(&code, pc - 1, obj, arg)
                        {
                            // The attribute replaces the object (dropped).
                            view.replace_top(v);
                            continue;
                        }
                    }
                    Op::StoreAttr => {
                        // The value below the object; a hit moves it out
                        // (leaving Undef).
                        if let Some((value, obj)) = view.top2_mut()
                            && self.store_attr_hit(&code, pc - 1, obj, arg, value)
                        {
                            view.drop_tops::<2>();
                            continue;
                        }
                    }
                    Op::LoadFastStoreAttr => {
                        // The value moves into the local's attribute in place:
                        // the object is neither counted nor uncounted. The
                        // cache is the StoreAttr's.
                        let name = member_arg!(0);
                        if let Some((obj, value)) = view.local_and_top_mut(base + arg)
                            && self.store_attr_hit(&code, pc, obj, name, value)
                        {
                            // The value's slot is Undef now.
                            view.drop_tops::<1>();
                            pc += 1;
                            continue;
                        }
                    }
                    Op::BinarySubscr => {
                        if let Some((c, k)) = view.top2()
                            && let Some(v) = subscr_fast(c, k)
                        {
                            // The item replaces the container and the key.
                            view.replace_top2(v);
                            continue;
                        }
                    }
                    Op::StoreSubscr => {
                        if let Some((v, c, k)) = view.top3_mut()
                            && list_store_fast(c, k, v)
                        {
                            // The value's slot is Undef now.
                            view.drop_tops::<3>();
                            continue;
                        }
                    }
                    Op::SubscrFastFast => {
                        // The group is LoadFast, LoadFast, BinarySubscr
                        // (quicken): container and key are read from their
                        // locals in place, neither counted.
                        let b = member_arg!(0);
                        let (c, k) = (view.local(base + arg), view.local(base + b));
                        if let Some(v) = subscr_fast(c, k) {
                            view.push(&mut self.stack, v);
                            pc += 2;
                            continue;
                        }
                    }
                    Op::StoreSubscrFastFast => {
                        // The group is LoadFast, LoadFast, StoreSubscr
                        // (quicken), read in place as above.
                        let b = member_arg!(0);
                        if let Some((c, k, v)) = view.locals2_and_top_mut(base + arg, base + b)
                            && list_store_fast(c, k, v)
                        {
                            // The value's slot is Undef now.
                            view.drop_tops::<1>();
                            pc += 2;
                            continue;
                        }
                    }
                    Op::CompareFastFastJump | Op::CompareFastConstJump => {
                        let a = view.local(base + arg);
                        // The group is LoadFast, LoadFast/LoadConst, CompareOp,
                        // PopJumpIfFalse (quicken): `pc` is at the second.
                        let k = member_arg!(0);
                        let b = if ins.op == Op::CompareFastFastJump {
                            view.local(base + k)
                        } else {
                            konst!(k)
                        };
                        let op = CmpOpKind::from_arg(member_arg!(1) as u32);
                        if let Some(t) = compare_fast(a, b, op) {
                            pc = if t { pc + 3 } else { member_arg!(2) };
                            continue;
                        }
                    }
                    Op::LoadMethod => {
                        if let Some(obj) = view.top()
                            && let Some(f) = self.load_method_hit(&code, pc - 1, obj, arg)
                        {
                            // The function replaces the object, which is
                            // pushed again as self.
                            let obj = view.swap_top(f);
                            view.push(&mut self.stack, obj);
                            continue;
                        }
                    }
                    Op::Call | Op::CallMethod => {
                        // A native called with at most three arguments (self
                        // included): its operands are taken off the view and
                        // it is called here, without the general layer. A
                        // `CallMethod` whose self slot is Undef (LoadMethod
                        // found a plain attribute: `math.sqrt(x)`) calls a
                        // plain function, or a builtin type's method bound
                        // to its object; with self, a builtin type's method.
                        let method = ins.op == Op::CallMethod;
                        let bound = method && !matches!(view.peek(arg), Some(Value::Undef) | None);
                        let take = arg + usize::from(bound);
                        // (the function, the self of a bound method called
                        // as `append(x)` after `append = d.append`).
                        let found = match view.peek(arg + usize::from(method)) {
                            Some(Value::Obj(c)) if take <= 3 => match c.payload() {
                                // The first argument: self, or the lowest one.
                                Payload::Native(n)
                                    if n.direct_with(
                                        take.checked_sub(1).and_then(|k| view.peek(k)),
                                    ) =>
                                {
                                    Some((n.func(), None))
                                }
                                Payload::BoundMethod(bm) if !bound && take <= 2 => {
                                    match bm.0.payload() {
                                        Some(Payload::Native(n)) if n.direct_with(Some(&bm.1)) => {
                                            Some((n.func(), Some(bm.1.clone())))
                                        }
                                        _ => None,
                                    }
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        if let Some((f, this)) = found {
                            let mut buf = [Value::Undef, Value::Undef, Value::Undef];
                            let first = usize::from(this.is_some());
                            let take = take + first;
                            for slot in buf[first..take].iter_mut().rev() {
                                view.pop_into(slot);
                            }
                            if let Some(this) = this {
                                buf[0] = this;
                            }
                            if method && !bound {
                                // The Undef self slot: nothing to drop.
                                view.forget_tops::<1>();
                            }
                            // The callable (`f` is a plain fn pointer).
                            view.drop_top();
                            view.sync(&mut self.stack);
                            self.frames[fi].pc = pc;
                            self.run_finalizers_if_any();
                            let r = f(
                                self,
                                &Args {
                                    pos: &buf[..take],
                                    kw: &[],
                                },
                            );
                            // Dropped one by one, inline (the array's drop is
                            // an out-of-line call).
                            let [a0, a1, a2] = buf;
                            drop(a0);
                            drop(a1);
                            drop(a2);
                            view = attach!();
                            match r {
                                Ok(v) => {
                                    view.push(&mut self.stack, v);
                                    continue;
                                }
                                Err(e) => {
                                    view.sync(&mut self.stack);
                                    break e;
                                }
                            }
                        }
                    }
                    Op::LoadGlobal => {
                        // `load_global` reads only the globals and builtins dicts
                        // (no Python code runs, the value stack is not touched).
                        match self.load_global(&code, fi, pc - 1, arg) {
                            Ok(v) => {
                                view.push(&mut self.stack, v);
                                continue;
                            }
                            Err(e) => {
                                view.sync(&mut self.stack);
                                break e;
                            }
                        }
                    }
                    _ => {}
                }
                // General layer: make `self.stack` exact, run the opcode with
                // the `Vec` API, then attach a fresh view (`sync` consumes
                // this one, so a stale view cannot be used).
                view.sync(&mut self.stack);
                match ins.op {
                    Op::Nop => {}
                    Op::PopTop => {
                        self.stack.pop();
                    }
                    Op::Copy => {
                        let v = self.stack[self.stack.len() - arg].clone();
                        push_value(&mut self.stack, v);
                    }
                    Op::Swap => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg);
                    }
                    Op::LoadConst => {
                        push_value(&mut self.stack, code.consts[arg].clone());
                    }
                    Op::LoadFast => load_fast!(arg),
                    Op::StoreFast => {
                        let v = pop_value(&mut self.stack);
                        self.stack[base + arg] = v;
                    }
                    // A compare group whose operands need the general path
                    // pushes them; its CompareJumpIfFalse runs next.
                    Op::LoadFastLoadFast
                    | Op::CompareFastFastJump
                    | Op::SubscrFastFast
                    | Op::StoreSubscrFastFast => {
                        load_fast!(arg);
                        let b = instrs[pc].arg as usize;
                        pc += 1;
                        load_fast!(b);
                    }
                    Op::StoreFastLoadFast => {
                        let v = pop_value(&mut self.stack);
                        self.stack[base + arg] = v;
                        let b = instrs[pc].arg as usize;
                        pc += 1;
                        load_fast!(b);
                    }
                    Op::LoadFastLoadAttr | Op::LoadFastStoreAttr => {
                        // A miss: the LoadFast alone; the LoadAttr/StoreAttr
                        // that follows runs as itself (and fills its cache).
                        load_fast!(arg);
                    }
                    Op::LoadFastLoadConst | Op::CompareFastConstJump => {
                        load_fast!(arg);
                        let k = instrs[pc].arg as usize;
                        pc += 1;
                        push_value(&mut self.stack, code.consts[k].clone());
                    }
                    Op::CompareJumpIfFalse => {
                        let b = pop_value(&mut self.stack);
                        let a = pop_value(&mut self.stack);
                        let op = CmpOpKind::from_arg(ins.arg);
                        let t = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => op.holds(x, y),
                            _ => {
                                let r = tri!(self.compare(&a, &b, op));
                                match r {
                                    Value::Bool(t) => t,
                                    // A rich comparison may return any object.
                                    _ => {
                                        pc += 1;
                                        let t = tri!(self.truthy(&r));
                                        pc -= 1;
                                        t
                                    }
                                }
                            }
                        };
                        pc = if t { pc + 1 } else { instrs[pc].arg as usize };
                    }
                    Op::LoadDeref => {
                        let v = tri!(self.load_deref(&code, base, arg));
                        push_value(&mut self.stack, v);
                    }
                    Op::StoreDeref => {
                        let v = pop_value(&mut self.stack);
                        if let Some(c) = self.cell_at(&code, base, arg) {
                            if c.is_frozen() {
                                let name = code.unit.deref_name(arg);
                                break crate::freeze::guard::frozen_cell_error(self, name);
                            }
                            *c.borrow_mut() = v;
                        }
                    }
                    Op::LoadGlobal => {
                        // The fast layer finishes every LoadGlobal; this arm
                        // is only a correct fallback (one inlined copy of
                        // `load_global` is enough).
                        let v = tri!(self.load_global_slow(&code, fi, pc - 1, arg));
                        push_value(&mut self.stack, v);
                    }
                    Op::StoreGlobal => {
                        let v = pop_value(&mut self.stack);
                        if self.frames[fi].globals.is_frozen() {
                            break self.frozen_globals_error(&code, arg);
                        }
                        // An existing global is replaced in place, without
                        // counting the globals dict.
                        if let Err(v) = super::ops::dict_replace_str(
                            &self.frames[fi].globals,
                            &code.names[arg],
                            v,
                        ) {
                            let g = self.frames[fi].globals.clone();
                            tri!(self.dict_set_str(&g, &code.names[arg], v));
                        }
                    }
                    Op::LoadAttr => {
                        let obj = pop_value(&mut self.stack);
                        let v = tri!(self.load_attr_cached(&code, pc - 1, &obj, arg));
                        push_value(&mut self.stack, v);
                    }
                    Op::StoreAttr => {
                        let obj = pop_value(&mut self.stack);
                        let v = pop_value(&mut self.stack);
                        tri!(self.store_attr_cached(&code, pc - 1, &obj, arg, v));
                    }
                    Op::LoadMethod => {
                        let obj = pop_value(&mut self.stack);
                        let (m, s) = tri!(self.load_method_cached(&code, pc - 1, obj, arg));
                        push_value(&mut self.stack, m);
                        push_value(&mut self.stack, s);
                    }
                    Op::BinarySubscr => {
                        // The fast layer's in-range list/tuple index missed:
                        // the general lookup (which raises the errors).
                        let key = pop_value(&mut self.stack);
                        let container = pop_value(&mut self.stack);
                        let v = tri!(self.getitem(&container, &key));
                        push_value(&mut self.stack, v);
                    }
                    Op::StoreSubscr => {
                        // The fast layer's in-range list store missed.
                        let key = pop_value(&mut self.stack);
                        let container = pop_value(&mut self.stack);
                        let v = pop_value(&mut self.stack);
                        tri!(self.setitem(&container, key, v));
                    }
                    Op::BinaryOp => {
                        let b = pop_value(&mut self.stack);
                        let a = pop_value(&mut self.stack);
                        let kind = BinOpKind::from_arg(ins.arg);
                        let fast = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => match kind {
                                BinOpKind::Add => x.checked_add(*y).map(Value::Int),
                                BinOpKind::Sub => x.checked_sub(*y).map(Value::Int),
                                BinOpKind::Mul => x.checked_mul(*y).map(Value::Int),
                                BinOpKind::TrueDiv if *y != 0 => {
                                    // Exact operands only: one rounding.
                                    Some(Value::Float(*x as f64 / *y as f64)).filter(|_| {
                                        x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53)
                                    })
                                }
                                BinOpKind::FloorDiv if *y != 0 && *y != -1 => Some(Value::Int(
                                    x.div_euclid(*y)
                                        - i64::from((x.rem_euclid(*y) != 0) && (*y < 0)),
                                )),
                                BinOpKind::Mod if *y > 0 => Some(Value::Int(x.rem_euclid(*y))),
                                BinOpKind::And => Some(Value::Int(x & y)),
                                BinOpKind::Or => Some(Value::Int(x | y)),
                                BinOpKind::Xor => Some(Value::Int(x ^ y)),
                                _ => None,
                            },
                            (Value::Float(x), Value::Float(y)) => match kind {
                                BinOpKind::Add => Some(Value::Float(x + y)),
                                BinOpKind::Sub => Some(Value::Float(x - y)),
                                BinOpKind::Mul => Some(Value::Float(x * y)),
                                BinOpKind::TrueDiv if *y != 0.0 => Some(Value::Float(x / y)),
                                _ => None,
                            },
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => {
                                if ins.arg & INPLACE != 0 {
                                    tri!(self.inplace_op(a, b, kind))
                                } else {
                                    tri!(self.binary_op(&a, &b, kind))
                                }
                            }
                        };
                        push_value(&mut self.stack, v);
                    }
                    Op::UnaryOp => {
                        let a = pop_value(&mut self.stack);
                        let v = match (UnaryOpKind::from_arg(ins.arg), &a) {
                            (UnaryOpKind::Not, Value::Bool(b)) => Value::Bool(!b),
                            (UnaryOpKind::Not, _) => Value::Bool(!tri!(self.truthy(&a))),
                            (UnaryOpKind::Neg, Value::Int(i)) if *i != i64::MIN => Value::Int(-i),
                            (UnaryOpKind::Neg, Value::Float(f)) => Value::Float(-f),
                            (kind, _) => tri!(self.unary_op(&a, kind)),
                        };
                        push_value(&mut self.stack, v);
                    }
                    Op::CompareOp => {
                        let b = pop_value(&mut self.stack);
                        let a = pop_value(&mut self.stack);
                        let op = CmpOpKind::from_arg(ins.arg);
                        let v = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => Value::Bool(op.holds(x, y)),
                            (Value::Float(x), Value::Float(y)) => Value::Bool(op.holds(x, y)),
                            (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
                                (Payload::Str(p), Payload::Str(q)) => {
                                    Value::Bool(op.holds(&*p.s, &*q.s))
                                }
                                _ => tri!(self.compare(&a, &b, op)),
                            },
                            _ => tri!(self.compare(&a, &b, op)),
                        };
                        push_value(&mut self.stack, v);
                    }
                    Op::IsOp => {
                        let b = pop_value(&mut self.stack);
                        let a = pop_value(&mut self.stack);
                        push_value(&mut self.stack, Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Op::ContainsOp => {
                        let b = pop_value(&mut self.stack);
                        let a = pop_value(&mut self.stack);
                        let r = tri!(self.contains(&b, &a));
                        push_value(&mut self.stack, Value::Bool(r != (arg == 1)));
                    }
                    Op::Jump => {
                        if arg <= pc {
                            self.charges.instructions += (pc - arg) as u64;
                            self.budget = self.budget.saturating_sub(1);
                            if self.budget == 0 || self.account.tripped() {
                                self.frames[fi].pc = pc;
                                tri!(self.safepoint(true));
                                self.run_finalizers_if_any();
                            }
                        }
                        pc = arg;
                    }
                    Op::PopJumpIfFalse => {
                        let v = pop_value(&mut self.stack);
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => tri!(self.truthy(&v)),
                        };
                        if !t {
                            pc = arg;
                        }
                    }
                    Op::PopJumpIfTrue => {
                        let v = pop_value(&mut self.stack);
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => tri!(self.truthy(&v)),
                        };
                        if t {
                            pc = arg;
                        }
                    }
                    Op::JumpIfFalseOrPop => {
                        let v = self.stack.last().cloned().unwrap_or(Value::None);
                        if tri!(self.truthy(&v)) {
                            self.stack.pop();
                        } else {
                            pc = arg;
                        }
                    }
                    Op::JumpIfTrueOrPop => {
                        let v = self.stack.last().cloned().unwrap_or(Value::None);
                        if tri!(self.truthy(&v)) {
                            pc = arg;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = pop_value(&mut self.stack);
                        let it = tri!(self.iter(&v));
                        push_value(&mut self.stack, it);
                    }
                    Op::ForIter => {
                        let mut done = None;
                        let next = {
                            let it = self.stack.last().unwrap_or(&Value::None);
                            match it.payload() {
                                Some(Payload::Iter(iter)) => {
                                    let mut list_end = false;
                                    let r = match &mut *iter.state.borrow_mut() {
                                        IterState::Range {
                                            next, step, left, ..
                                        } => {
                                            if *left > 0 {
                                                let v = *next;
                                                *next = next.wrapping_add(*step);
                                                *left -= 1;
                                                Some(Some(Value::Int(v)))
                                            } else {
                                                Some(None)
                                            }
                                        }
                                        IterState::Seq { seq, index } => match seq.payload() {
                                            Payload::List(l) => {
                                                let l = l.borrow();
                                                if *index < l.len() {
                                                    let v = l[*index].clone();
                                                    *index += 1;
                                                    Some(Some(v))
                                                } else {
                                                    list_end = true;
                                                    Some(None)
                                                }
                                            }
                                            _ => None,
                                        },
                                        _ => None,
                                    };
                                    if list_end {
                                        // At the end a list iterator lets go
                                        // of its list and stays exhausted, as
                                        // `next` does (the list is dropped
                                        // after the borrow ends).
                                        done = Some(std::mem::replace(
                                            &mut *iter.state.borrow_mut(),
                                            IterState::Exhausted,
                                        ));
                                    }
                                    r
                                }
                                _ => None,
                            }
                        };
                        drop(done);
                        let next = match next {
                            Some(n) => n,
                            None => {
                                let it = self.stack.last().cloned().unwrap_or(Value::None);
                                tri!(self.next(&it))
                            }
                        };
                        match next {
                            Some(v) => push_value(&mut self.stack, v),
                            None => {
                                self.stack.pop();
                                pc = arg;
                            }
                        }
                    }
                    Op::ListAppend => {
                        let v = pop_value(&mut self.stack);
                        let target = &self.stack[self.stack.len() - arg];
                        if let Some(Payload::List(l)) = target.payload() {
                            l.borrow_mut().push(v);
                        }
                    }
                    Op::UnpackSequence => {
                        let seq = pop_value(&mut self.stack);
                        tri!(self.unpack_sequence(seq, arg));
                    }
                    Op::Call | Op::CallMethod => {
                        let (nargs, callable_at, ret_to) = if ins.op == Op::Call {
                            let at = self.stack.len() - arg - 1;
                            (arg, at, at)
                        } else if let Value::Undef = self.stack[self.stack.len() - arg - 1] {
                            let at = self.stack.len() - arg - 2;
                            (arg, at, at)
                        } else {
                            // [callable, self, args..]: self is the first argument.
                            let at = self.stack.len() - arg - 2;
                            (arg + 1, at, at)
                        };
                        self.frames[fi].pc = pc;
                        let args_at = self.stack.len() - nargs;
                        // Fast path: a Python function called with exactly its
                        // positional parameters; the arguments become its slots.
                        if let Some(Payload::Function(f)) = self.stack[callable_at].payload()
                            && let crate::object::FuncCode::Local(code) = &f.code
                            && code.simple_call
                            && code.unit.argcount as usize == nargs
                        {
                            let fcode = code.clone();
                            // SAFETY: the function at `callable_at` (which is
                            // `ret_to`) holds a counted reference to its
                            // globals, which a function never replaces. That
                            // slot lies below the new frame's base: no
                            // instruction of the frame or its callees writes
                            // there, and a return or an unwind pops the frame
                            // before cutting the stack back to `ret_to`. So
                            // the function, and its globals, outlive every use
                            // of the frame's reference.
                            let globals = unsafe { MaybeCounted::borrowed(&f.globals) };
                            // `push_frame` needs the stack mutably, so a
                            // closure's cells are read through a counted
                            // reference to the function held here.
                            let authority = f.authority;
                            let holder = (!f.closure.is_empty())
                                .then(|| self.stack[callable_at].as_obj().cloned())
                                .flatten();
                            let closure = match holder.as_ref().map(ObjRef::payload) {
                                Some(Payload::Function(f)) => &f.closure[..],
                                _ => &[],
                            };
                            tri!(self.push_frame(
                                fcode,
                                globals,
                                closure,
                                args_at,
                                ret_to,
                                FrameKind::Normal,
                                authority
                            ));
                            continue 'frames;
                        }
                        if let Some(done) = self.call_native_fast(callable_at, args_at, ret_to) {
                            tri!(done);
                        } else if tri!(self.call_from_stack(callable_at, args_at, ret_to, None)) {
                            continue 'frames;
                        }
                    }
                    Op::ReturnValue => {
                        let mut v = pop_value(&mut self.stack);
                        let f = match self.frames.pop() {
                            Some(f) => f,
                            None => return Ok(RunOutcome::Return(v)),
                        };
                        self.stack.truncate(f.ret_to);
                        if let FrameKind::Init(inst) = f.kind {
                            if !v.is_none() {
                                let tn = self.type_name(&v);
                                let e = self.type_error(format!(
                                    "__init__() should return None, not '{tn}'"
                                ));
                                if f.entry {
                                    return Err(e);
                                }
                                // Raised in the caller, at its call (whose
                                // `pc` was stored then): see below.
                                break e;
                            }
                            v = Value::Obj(inst);
                        }
                        if f.entry {
                            return Ok(RunOutcome::Return(v));
                        }
                        push_value(&mut self.stack, v);
                        continue 'frames;
                    }
                    _ => {
                        self.frames[fi].pc = pc;
                        match self.exec_cold(ins, &code, fi, base, pc) {
                            Ok(Cold::Next) => {}
                            Ok(Cold::Frame) => continue 'frames,
                            Ok(Cold::Yield(v)) => return Ok(RunOutcome::Yield(v)),
                            Ok(Cold::Reraise(e)) => {
                                reraise = true;
                                break e;
                            }
                            Err(e) => break e,
                        }
                    }
                }
                view = attach!();
            };
            // An exception: find a handler here or in a caller. Frame `fi` is
            // gone only when an `__init__` returned a value; the error is then
            // the caller's, whose `pc` was stored when it called.
            if let Some(f) = self.frames.get_mut(fi) {
                f.pc = pc;
            }
            let was_reraise = std::mem::replace(&mut reraise, false);
            self.unwind(err, was_reraise)?;
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn unbound_local(
        &mut self,
        code: &Rc<crate::object::code::Code>,
        slot: usize,
    ) -> Exc {
        let name = code.unit.varnames.get(slot).map(|s| &**s).unwrap_or("?");
        let c = self.exc_types.unbound_local_error.clone();
        self.new_exc(
            &c,
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// A frozen function assigned or deleted the global `names[arg]`.
    #[cold]
    #[inline(never)]
    pub(crate) fn frozen_globals_error(
        &mut self,
        code: &crate::object::code::Code,
        arg: usize,
    ) -> Exc {
        let name = code.unit.names.get(arg).map_or("?", |n| &**n);
        crate::freeze::guard::frozen_globals_error(self, &code.unit.qualname, name)
    }

    pub(crate) fn cell_at(
        &self,
        code: &crate::object::code::Code,
        base: usize,
        i: usize,
    ) -> Option<&crate::object::cell::PyCell<Value>> {
        match self.stack[base + code.nlocals + i].payload() {
            Some(Payload::Cell(c)) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn load_deref(
        &mut self,
        code: &Rc<crate::object::code::Code>,
        base: usize,
        i: usize,
    ) -> PyResult<Value> {
        let v = self
            .cell_at(code, base, i)
            .map(|c| c.borrow().clone())
            .unwrap_or(Value::Undef);
        if let Value::Undef = v {
            let name = code.unit.deref_name(i).to_string();
            if i < code.unit.cellvars.len() {
                let c = self.exc_types.unbound_local_error.clone();
                return Err(self.new_exc(
                    &c,
                    &format!("cannot access local variable '{name}' where it is not associated with a value"),
                ));
            }
            let c = self.exc_types.name_error.clone();
            return Err(self.new_exc(
                &c,
                &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            ));
        }
        Ok(v)
    }

    /// `LoadGlobal` with its inline cache (globals version, then builtins version).
    #[inline(always)]
    fn load_global(
        &mut self,
        code: &Rc<crate::object::code::Code>,
        fi: usize,
        at: usize,
        arg: usize,
    ) -> PyResult<Value> {
        let slot = &code.caches[at];
        let c = slot.get();
        {
            let g = dict_ref(&self.frames[fi].globals).borrow();
            if c.tag == g.version() {
                if c.aux == 0 {
                    if let Some(v) = g.value_at(c.index as usize) {
                        return Ok(v.clone());
                    }
                } else {
                    let b = dict_ref(&self.builtins).borrow();
                    if c.aux == b.version()
                        && let Some(v) = b.value_at(c.index as usize)
                    {
                        return Ok(v.clone());
                    }
                }
            }
        }
        self.load_global_slow(code, fi, at, arg)
    }

    #[cold]
    #[inline(never)]
    fn load_global_slow(
        &mut self,
        code: &Rc<crate::object::code::Code>,
        fi: usize,
        at: usize,
        arg: usize,
    ) -> PyResult<Value> {
        let name = &code.names[arg];
        let globals = self.frames[fi].globals.clone();
        let gd = dict_ref(&globals).borrow();
        if let Some(i) = crate::types::dict_ops::find_str(&gd, name) {
            code.caches[at].set(Cache {
                tag: gd.version(),
                aux: 0,
                index: i as u32,
                kind: 0,
            });
            return Ok(gd.value_at(i).cloned().unwrap_or(Value::None));
        }
        let bd = dict_ref(&self.builtins).borrow();
        if let Some(i) = crate::types::dict_ops::find_str(&bd, name) {
            code.caches[at].set(Cache {
                tag: gd.version(),
                aux: bd.version(),
                index: i as u32,
                kind: 0,
            });
            return Ok(bd.value_at(i).cloned().unwrap_or(Value::None));
        }
        drop(gd);
        drop(bd);
        Err(self.name_error(&code.unit.names[arg]))
    }

    pub(crate) fn load_name(&mut self, fi: usize, name: &ObjRef) -> PyResult<Value> {
        if let Some(ns) = self.frames[fi].locals.clone()
            && let Some(v) = self.ns_get(&ns, name)?
        {
            return Ok(v);
        }
        let g = self.frames[fi].globals.clone();
        if let Some(v) = self.dict_get_str(&g, name)? {
            return Ok(v);
        }
        let b = self.builtins.clone();
        if let Some(v) = self.dict_get_str(&b, name)? {
            return Ok(v);
        }
        let n = name_text(name);
        Err(self.name_error(&n))
    }
}

/// `list[i] = v` for an in-range int index without running Python code: on
/// success the value is moved out of `v` (left `Undef`); false, with `v`
/// untouched, when the general path must handle it.
#[inline(always)]
fn list_store_fast(container: &Value, key: &Value, v: &mut Value) -> bool {
    if let (Value::Obj(o), Value::Int(i)) = (container, key)
        && let Payload::List(l) = o.payload()
        && let Ok(mut l) = l.try_borrow_mut()
    {
        let n = l.len() as i64;
        let j = if *i < 0 { *i + n } else { *i };
        if j >= 0 && j < n {
            let old = std::mem::replace(&mut l[j as usize], v.take());
            drop(l);
            drop(old);
            return true;
        }
    }
    false
}

/// `container[i]` for a list or tuple and an in-range int index, read in
/// place without running Python code; None when the general path must
/// handle it (other types, out of range: it raises the error).
#[inline(always)]
fn subscr_fast(container: &Value, key: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else {
        return None;
    };
    let at = |n: usize| {
        let j = if *i < 0 { *i + n as i64 } else { *i };
        (j >= 0 && j < n as i64).then_some(j as usize)
    };
    match o.payload() {
        Payload::List(l) => {
            let l = l.try_borrow().ok()?;
            at(l.len()).map(|j| l[j].clone())
        }
        Payload::Tuple(t) => at(t.len()).map(|j| t[j].clone()),
        _ => None,
    }
}

/// The text of an interned name object.
pub(crate) fn name_text(name: &ObjRef) -> String {
    match name.payload() {
        Payload::Str(s) => s.s.to_string(),
        _ => String::from("?"),
    }
}
