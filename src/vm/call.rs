//! Calls: binding arguments to parameters, calling functions, bound methods,
//! classes, native functions and callable instances.
//!
//! Two entry points:
//! - `call_from_stack` (from the dispatch loop): the callable and arguments are
//!   on the value stack. A Python function with a simple signature gets a new
//!   frame whose first slots *are* those arguments: nothing is copied or
//!   allocated. It returns true when a frame was pushed.
//! - `call`/`call_kw` (from Rust): runs the callee to completion, re-entering the
//!   dispatch loop for Python code (bounded by `Vm::enter_native`).

use smallvec::SmallVec;

use crate::object::{
    Args, BuiltinType, Exc, Function, NativeKind, ObjRef, Payload, PyResult, Value,
};

use super::Vm;
use super::eval::RunOutcome;
use super::frame::FrameKind;
use super::stack_view::{pop_value, push_value};

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Positional arguments and keyword pairs taken off the stack.
type SplitArgs = (SmallVec<[Value; 8]>, Vec<(ObjRef, Value)>);

impl Vm {
    /// Call the callable at `stack[callable_at]` with the arguments
    /// `stack[args_at..]` (the last `len(kwnames)` of them keyword values).
    /// The result replaces everything from `ret_to` up. Returns true when a
    /// Python frame was pushed instead (the dispatch loop continues in it).
    pub(crate) fn call_from_stack(
        &mut self,
        callable_at: usize,
        mut args_at: usize,
        ret_to: usize,
        kwnames: Option<Value>,
    ) -> PyResult<bool> {
        // A clean point to run Python code: objects that died since the
        // last one get their finalizers before this call (finalize.rs).
        self.run_finalizers_if_any();
        let mut callable = self.stack[callable_at].clone();
        while let Value::Obj(o) = &callable {
            match o.payload() {
                Payload::Function(f) => {
                    let code = self.func_code(&f.code)?;
                    let unit = &code.unit;
                    let nargs = self.stack.len() - args_at;
                    if kwnames.is_none()
                        && let Some(skip) = simple_positional(f, nargs)
                    {
                        // The arguments already on the stack are the new
                        // frame's first slots; trailing defaults follow.
                        self.stack.extend(f.defaults[skip..].iter().cloned());
                        self.push_frame(
                            code.clone(),
                            f.globals.clone().into(),
                            &f.closure,
                            args_at,
                            ret_to,
                            FrameKind::Normal,
                            f.authority,
                        )?;
                        return Ok(true);
                    }
                    // General binding.
                    let (pos, kw) = self.split_stack_args(args_at, kwnames.as_ref())?;
                    self.stack.truncate(ret_to);
                    let slots = self.bind_args(f, &pos, &kw)?;
                    if unit.generator {
                        let g = self.new_generator(f, slots)?;
                        self.stack.push(g);
                        return Ok(false);
                    }
                    let base = self.stack.len();
                    self.stack.extend(slots);
                    self.push_frame(
                        code.clone(),
                        f.globals.clone().into(),
                        &f.closure,
                        base,
                        ret_to,
                        FrameKind::Normal,
                        f.authority,
                    )?;
                    return Ok(true);
                }
                Payload::BoundMethod(bm) => {
                    let (func, slf) = (bm.0.clone(), bm.1.clone());
                    // A Python function, or a native method (`d.append`,
                    // `s.join`) called without keywords: self goes below
                    // the arguments and the callee is called directly.
                    if matches!(func.payload(), Some(Payload::Function(_)))
                        || (kwnames.is_none() && matches!(func.payload(), Some(Payload::Native(_))))
                    {
                        // Put self just below the arguments (over the callable or NULL).
                        self.stack[args_at - 1] = slf;
                        args_at -= 1;
                        callable = func;
                        continue;
                    }
                    break;
                }
                Payload::Native(n) if kwnames.is_none() => {
                    // The common case, up to three arguments, was taken by
                    // `call_native_fast` in the dispatch loop, before this call.
                    let nargs = self.stack.len() - args_at;
                    let args = self.pop_n(nargs);
                    self.stack.truncate(ret_to);
                    let r = if n.owner.is_none() {
                        n.call(
                            self,
                            &Args {
                                pos: &args,
                                kw: &[],
                            },
                        )?
                    } else {
                        self.call_native(n, &args, &[])?
                    };
                    self.stack.push(r);
                    return Ok(false);
                }
                // A native called with keywords (`d.quantize(q, rounding=r)`,
                // `sorted(xs, key=f)`): the arguments move off the stack
                // into small vectors, with no heap allocation for a few.
                Payload::Native(n) => {
                    let Some(Payload::Tuple(names)) = kwnames.as_ref().and_then(|k| k.payload())
                    else {
                        break;
                    };
                    let nargs = self.stack.len() - args_at;
                    let nk = names.len();
                    if nk > nargs {
                        break;
                    }
                    let mut pos = self.pop_n(nargs);
                    self.stack.truncate(ret_to);
                    let mut kw: SmallVec<[(ObjRef, Value); 4]> = SmallVec::new();
                    for (name, v) in names.iter().zip(pos.drain(nargs - nk..)) {
                        if let Value::Obj(name) = name {
                            kw.push((name.clone(), v));
                        }
                    }
                    let r = self.call_native(n, &pos, &kw)?;
                    self.stack.push(r);
                    return Ok(false);
                }
                // `range(...)`, in nearly every loop: `range` cannot be
                // subclassed or changed, so its `__new__` is `range_new`,
                // called here without looking `__new__`/`__init__` up.
                Payload::Class(_) if kwnames.is_none() && o.is(&self.types.range) => {
                    let mut args = self.pop_n(self.stack.len() - args_at);
                    self.stack.truncate(ret_to);
                    args.insert(0, Value::Obj(o.clone()));
                    let r = crate::types::range::range_new(
                        self,
                        &Args {
                            pos: &args,
                            kw: &[],
                        },
                    )?;
                    self.stack.push(r);
                    return Ok(false);
                }
                // `str(x)`: the text of one value, without binding `str`'s
                // signature (`str` cannot be changed either). An int's digits
                // are written on the stack and copied once.
                Payload::Class(_)
                    if kwnames.is_none()
                        && self.stack.len() == args_at + 1
                        && o.is(&self.types.str_) =>
                {
                    let v = pop_value(&mut self.stack);
                    self.stack.truncate(ret_to);
                    let r = match &v {
                        Value::Int(i) => Value::str(crate::format::i64_text(*i, &mut [0u8; 20])),
                        _ if v.as_str().is_some() => v,
                        _ => match self.host_text(&v)? {
                            Some(t) => t,
                            None => Value::string(self.str(&v)?),
                        },
                    };
                    self.stack.push(r);
                    return Ok(false);
                }
                Payload::Class(cls) => {
                    if kwnames.is_none()
                        && !self.host_numbers.is_empty()
                        && self.stack.len() <= args_at + 1
                    {
                        let arg: SmallVec<[Value; 1]> =
                            self.stack[args_at..].iter().cloned().collect();
                        if let Some(r) = self.host_construct(o, &arg)? {
                            self.stack.truncate(ret_to);
                            self.stack.push(r);
                            return Ok(false);
                        }
                    }
                    if cls.builtin.is_none()
                        && cls.metaclass.is_none()
                        && kwnames.is_none()
                        && let Some(pushed) = self.try_fast_instantiate(o, args_at, ret_to)?
                    {
                        return Ok(pushed);
                    }
                    break;
                }
                _ => break,
            }
        }
        // Everything else: collect the arguments and call from Rust.
        let (pos, kw) = self.split_stack_args(args_at, kwnames.as_ref())?;
        self.stack.truncate(ret_to);
        let r = self.call_kw(&callable, &pos, &kw)?;
        self.stack.push(r);
        Ok(false)
    }

    /// The common native call, `d.append(x)`, `len(s)`, `s.startswith(p)`:
    /// a native function, or a native bound to its `self`, called with at
    /// most three positional arguments in all and no keywords. The
    /// arguments move off the stack into three words on the Rust stack and
    /// the native is called through its function pointer, with no counted
    /// copy of the callable. None, with the stack untouched, when the call
    /// is not of that kind (a builtin type's method on an instance of a
    /// subclass needs its base value as `self`: `call_native`).
    #[inline(always)]
    pub(crate) fn call_native_fast(
        &mut self,
        callable_at: usize,
        args_at: usize,
        ret_to: usize,
    ) -> Option<PyResult<()>> {
        let nargs = self.stack.len() - args_at;
        // `self` of a bound native is written straight into its slot: a
        // copy through a temporary costs a stalled store-to-load forward.
        let mut buf = [Value::Undef, Value::Undef, Value::Undef];
        let (f, first) = match self.stack[callable_at].payload()? {
            Payload::Native(n) if nargs <= 3 && n.direct_with(self.stack.get(args_at)) => {
                (n.func(), 0)
            }
            Payload::BoundMethod(bm) if nargs <= 2 => match bm.0.payload()? {
                Payload::Native(n) if n.direct_with(Some(&bm.1)) => {
                    buf[0] = bm.1.clone();
                    (n.func(), 1)
                }
                _ => return None,
            },
            _ => return None,
        };
        self.run_finalizers_if_any();
        let total = first + nargs;
        for slot in buf[first..total].iter_mut().rev() {
            *slot = pop_value(&mut self.stack);
        }
        while self.stack.len() > ret_to {
            drop(pop_value(&mut self.stack));
        }
        let r = f(
            self,
            &Args {
                pos: &buf[..total],
                kw: &[],
            },
        );
        Some(r.map(|v| push_value(&mut self.stack, v)))
    }

    /// `getter(obj)` for a property's getter: a native bound to a value (a
    /// namedtuple field's `_tuple_item` bound to its index) is called at
    /// once, as `call_native_fast` would; anything else through `call`.
    pub(crate) fn call_getter(&mut self, getter: &Value, obj: &Value) -> PyResult<Value> {
        if let Some(Payload::BoundMethod(bm)) = getter.payload()
            && let Some(Payload::Native(n)) = bm.0.payload()
            && n.direct_with(Some(&bm.1))
        {
            let f = n.func();
            let args = [bm.1.clone(), obj.clone()];
            self.run_finalizers_if_any();
            return f(
                self,
                &Args {
                    pos: &args,
                    kw: &[],
                },
            );
        }
        self.call(getter, std::slice::from_ref(obj))
    }

    /// Pop the arguments above `args_at` into positional values and keyword pairs.
    fn split_stack_args(&mut self, args_at: usize, kwnames: Option<&Value>) -> PyResult<SplitArgs> {
        let n = self.stack.len() - args_at;
        let mut pos = self.pop_n(n);
        let mut kw = Vec::new();
        if let Some(Payload::Tuple(names)) = kwnames.and_then(|k| k.payload()) {
            let nk = names.len().min(pos.len());
            let vals: Vec<Value> = pos.drain(pos.len() - nk..).collect();
            for (name, v) in names.iter().zip(vals) {
                if let Value::Obj(n) = name {
                    kw.push((n.clone(), v));
                }
            }
        }
        Ok((pos, kw))
    }

    /// Instantiate a user class whose `__new__` is object's and whose
    /// `__init__` is a Python function, by pushing the `__init__` frame directly.
    /// Returns None when the fast path does not apply.
    fn try_fast_instantiate(
        &mut self,
        cls: &ObjRef,
        args_at: usize,
        ret_to: usize,
    ) -> PyResult<Option<bool>> {
        let new_name = self.intern_static("__new__");
        let init_name = self.intern_static("__init__");
        let new = self.class_lookup(cls, &new_name);
        let is_object_new = match &new {
            Some(Value::Obj(n)) => n.is(&self.types.object_new),
            _ => false,
        };
        if !is_object_new {
            return Ok(None);
        }
        let init = self.class_lookup(cls, &init_name);
        let Some(Value::Obj(init)) = init else {
            return Ok(None);
        };
        let Payload::Function(f) = init.payload() else {
            return Ok(None);
        };
        let unit = f.code.unit();
        let nargs = self.stack.len() - args_at + 1;
        if unit.generator
            || unit.varargs
            || unit.varkeywords
            || unit.kwonlyargcount != 0
            || nargs > unit.argcount as usize
            || nargs + f.defaults.len() < unit.argcount as usize
        {
            return Ok(None);
        }
        let code = self.func_code(&f.code)?;
        crate::types::object::check_not_abstract(self, cls)?;
        let inst = self.new_instance(cls);
        self.stack[args_at - 1] = Value::Obj(inst.clone());
        let argc = unit.argcount as usize;
        if nargs < argc {
            let skip = f.defaults.len() - (argc - nargs);
            self.stack.extend(f.defaults[skip..].iter().cloned());
        }
        self.push_frame(
            code,
            f.globals.clone().into(),
            &f.closure,
            args_at - 1,
            ret_to,
            FrameKind::Init(inst),
            f.authority,
        )?;
        Ok(Some(true))
    }

    /// Call `f(*args)` from Rust.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Call `f(*args, **kw)` from Rust.
    pub fn call_kw(
        &mut self,
        f: &Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            return Err(self.not_callable(f));
        };
        match o.payload() {
            Payload::Function(func) => {
                if kw.is_empty()
                    && let Some(skip) = simple_positional(func, args.len())
                {
                    // Positional arguments that fill the parameters exactly
                    // (with trailing defaults): they go straight onto the
                    // value stack as the new frame's first slots.
                    return self.run_function_filled(func, |stack| {
                        stack.extend_from_slice(args);
                        stack.extend(func.defaults[skip..].iter().cloned());
                    });
                }
                let slots = self.bind_args(func, args, kw)?;
                if func.code.unit().generator {
                    return self.new_generator(func, slots);
                }
                self.run_function_slots(func, slots)
            }
            Payload::Native(n) => self.call_native(n, args, kw),
            Payload::BoundMethod(bm) => {
                let mut all: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
                all.push(bm.1.clone());
                all.extend(args.iter().cloned());
                let func = bm.0.clone();
                self.call_kw(&func, &all, kw)
            }
            Payload::Class(_) => self.call_class(o, args, kw),
            Payload::Instance(_) => {
                let name = self.intern_static("__call__");
                match self.lookup_special(f, &name) {
                    Some(m) => {
                        let mut all: SmallVec<[Value; 8]> = SmallVec::new();
                        all.push(f.clone());
                        all.extend(args.iter().cloned());
                        self.call_kw(&m, &all, kw)
                    }
                    None => Err(self.not_callable(f)),
                }
            }
            Payload::StaticMethod(inner) => {
                let inner = inner.clone();
                self.call_kw(&inner, args, kw)
            }
            Payload::Host(h) => {
                if let Some((target, a)) = super::authority::foreign_parts(f) {
                    return self.call_foreign(target, a, args, kw);
                }
                if let Some(m) = h.downcast::<crate::proxy::RemoteMethod>() {
                    let (p, name) = (m.proxy.clone(), m.name.clone());
                    return self.proxy_call(&p, Some(&name), args, kw);
                }
                if let Some(p) = h.downcast::<crate::proxy::ProxyRef>() {
                    let p = p.clone();
                    return self.proxy_call(&p, None, args, kw);
                }
                if h.get().host_type().class_protocols {
                    return self.call_room_type(f, args, kw);
                }
                Err(self.not_callable(f))
            }
            _ => Err(self.not_callable(f)),
        }
    }

    /// Call an object of a type in one room (object/host.rs) through the
    /// `__call__` of its class (operator.itemgetter, functools'
    /// cmp_to_key wrapper); out of line, so that `call_kw`'s frame, which
    /// every nested call from Rust stacks, does not grow.
    #[cold]
    #[inline(never)]
    fn call_room_type(
        &mut self,
        f: &Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        let slot = match f.payload() {
            Some(Payload::Host(h)) => h.get().host_type().slot(),
            _ => return Err(self.not_callable(f)),
        };
        let m = match self.room_calls.get(slot) {
            Some(Some(m)) => m.clone(),
            _ => {
                let Some(m) = self.lookup_special_str(f, "__call__") else {
                    return Err(self.not_callable(f));
                };
                if self.room_calls.len() <= slot {
                    self.room_calls.resize(slot + 1, None);
                }
                self.room_calls[slot] = Some(m.clone());
                m
            }
        };
        if let [x] = args {
            // One argument (a key function's): no vector to build and move.
            return self.call_kw(&m, &[f.clone(), x.clone()], kw);
        }
        let mut all: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
        all.push(f.clone());
        all.extend(args.iter().cloned());
        self.call_kw(&m, &all, kw)
    }

    /// Call a native function, applying the rules for subclasses of builtin
    /// value types: a method of `str` called on an instance of `class U(str)`
    /// receives the instance's base str as `self`, and a builtin `__new__`
    /// called for such a subclass returns an instance of it wrapping the value.
    pub(crate) fn call_native(
        &mut self,
        n: &crate::object::NativeFunction,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        let Some(owner) = n.owner else {
            return n.call(self, &Args { pos: args, kw });
        };
        match n.kind {
            NativeKind::Method => {
                if let Some(base) = args.first().and_then(|a| a.instance_base()) {
                    let mut v: SmallVec<[Value; 8]> = args.iter().cloned().collect();
                    v[0] = base.clone();
                    return n.call(self, &Args { pos: &v, kw });
                }
            }
            NativeKind::StaticMethod if n.name == "__new__" => {
                if mutable_container(owner)
                    && let Some(r) = self.container_new_by_name(n, owner, args)
                {
                    return r;
                }
                let user_cls = match args.first() {
                    Some(Value::Obj(c)) => match c.payload() {
                        Payload::Class(cl) if cl.builtin.is_none() && cl.base_kind == owner => {
                            Some(c.clone())
                        }
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(cls) = user_cls {
                    // Mutable containers start empty; their __init__ fills them.
                    let mutable = mutable_container(owner);
                    let pos = if mutable { &args[..1] } else { args };
                    let kw = if mutable { &[][..] } else { kw };
                    let r = n.call(self, &Args { pos, kw })?;
                    if self.is_instance(&r, &cls) {
                        return Ok(r);
                    }
                    return Ok(Value::Obj(self.new_instance_with_base(&cls, r)));
                }
            }
            _ => {}
        }
        n.call(self, &Args { pos: args, kw })
    }

    /// `list.__new__`, `dict.__new__` or `set.__new__` called by name:
    /// for the type itself an empty object whatever the arguments, as
    /// CPython's (its `__init__` fills it; calling the type builds it in
    /// one step, `type_call`); CPython's errors for a first argument that
    /// is not a subtype. None: a subclass, left to the caller.
    #[cold]
    #[inline(never)]
    fn container_new_by_name(
        &mut self,
        n: &crate::object::NativeFunction,
        owner: BuiltinType,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        let tname = match owner {
            BuiltinType::List => "list",
            BuiltinType::Dict => "dict",
            _ => "set",
        };
        let Some(first) = args.first() else {
            return Some(Err(
                self.type_error(format!("{tname}.__new__(): not enough arguments"))
            ));
        };
        let cls = match first {
            Value::Obj(c) if matches!(c.payload(), Payload::Class(_)) => c.clone(),
            _ => {
                let t = self.type_name(first);
                return Some(Err(self.type_error(format!(
                    "{tname}.__new__(X): X is not a type object ({t})"
                ))));
            }
        };
        match cls.payload() {
            Payload::Class(cl) if cl.builtin == Some(owner) => Some(n.call(
                self,
                &Args {
                    pos: &args[..1],
                    kw: &[],
                },
            )),
            Payload::Class(cl) if cl.builtin.is_none() && cl.base_kind == owner => None,
            _ => {
                let name = self.class_name(&cls);
                Some(Err(self.type_error(format!(
                    "{tname}.__new__({name}): {name} is not a subtype of {tname}"
                ))))
            }
        }
    }

    #[cold]
    pub(crate) fn not_callable(&mut self, f: &Value) -> Exc {
        let tn = self.type_name(f);
        self.type_error(format!("'{tn}' object is not callable"))
    }

    /// Run a function to completion with already-bound slots.
    pub(crate) fn run_function_slots(
        &mut self,
        func: &Function,
        slots: Vec<Value>,
    ) -> PyResult<Value> {
        self.run_function_filled(func, |stack| stack.extend(slots))
    }

    /// Run a function to completion; `fill` pushes its parameter slots.
    fn run_function_filled(
        &mut self,
        func: &Function,
        fill: impl FnOnce(&mut Vec<Value>),
    ) -> PyResult<Value> {
        let code = self.func_code(&func.code)?;
        self.enter_native()?;
        let base = self.stack.len();
        fill(&mut self.stack);
        let r = self
            .push_frame(
                code,
                func.globals.clone().into(),
                &func.closure,
                base,
                base,
                FrameKind::Normal,
                func.authority,
            )
            .and_then(|()| {
                if let Some(f) = self.frames.last_mut() {
                    f.entry = true;
                }
                self.run()
            });
        self.leave_native();
        match r? {
            RunOutcome::Return(v) => Ok(v),
            RunOutcome::Yield(_) => {
                // The frame that yielded is still on top.
                self.drop_top_frame();
                Err(self.runtime_error("yield outside a generator frame"))
            }
        }
    }

    /// Bind positional and keyword arguments to a function's parameter slots
    /// (CPython's rules and error messages).
    pub(crate) fn bind_args(
        &mut self,
        func: &Function,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Vec<Value>> {
        let unit = func.code.unit();
        let argc = unit.argcount as usize;
        let kwonly = unit.kwonlyargcount as usize;
        let posonly = unit.posonlyargcount as usize;
        let total = argc + kwonly;
        let mut slots: Vec<Value> = vec![Value::Undef; unit.total_params()];
        let npos = args.len().min(argc);
        slots[..npos].clone_from_slice(&args[..npos]);
        let mut var_index = total;
        // Too many positional arguments is reported after the keywords are
        // bound (their errors come first, as in CPython).
        let mut too_many = None;
        if unit.varargs {
            let extra: Vec<Value> = args[npos..].to_vec();
            slots[var_index] = Value::tuple(extra);
            var_index += 1;
        } else if args.len() > argc {
            let given = args.len();
            let ndef = func.defaults.len();
            let kw_given = kw
                .iter()
                .filter(|(k, _)| {
                    let k = super::eval::name_text(k);
                    unit.varnames[argc..total].iter().any(|n| **n == *k)
                })
                .count();
            let takes = if ndef > 0 {
                format!("from {} to {}", argc - ndef, argc)
            } else {
                argc.to_string()
            };
            let fname = func_qualname(func);
            let msg = if kw_given > 0 {
                format!(
                    "{fname}() takes {takes} positional argument{} but {given} positional argument{} (and {} keyword-only argument{}) were given",
                    if argc == 1 && ndef == 0 { "" } else { "s" },
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{fname}() takes {takes} positional argument{} but {given} {} given",
                    if argc == 1 && ndef == 0 { "" } else { "s" },
                    if given == 1 { "was" } else { "were" }
                )
            };
            too_many = Some(msg);
        }
        let kwargs_dict = if unit.varkeywords {
            let d = self.new_dict();
            slots[var_index] = d.clone();
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kw {
            let key = super::eval::name_text(k);
            let found = unit.varnames[..total]
                .iter()
                .position(|n| **n == *key)
                .filter(|&i| i >= posonly);
            match found {
                Some(i) => {
                    if !matches!(slots[i], Value::Undef) {
                        let fname = func_qualname(func);
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{key}'"
                        )));
                    }
                    slots[i] = v.clone();
                }
                None => match &kwargs_dict {
                    Some(d) => {
                        let d = d.clone();
                        self.setitem(&d, Value::Obj(k.clone()), v.clone())?;
                    }
                    None => {
                        if unit.varnames[..posonly].iter().any(|n| **n == *key) {
                            posonly_as_kw.push(key);
                            continue;
                        }
                        let fname = func_qualname(func);
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{key}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let fname = func_qualname(func);
            return Err(self.type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(msg) = too_many {
            return Err(self.type_error(msg));
        }
        // Defaults for missing positional parameters.
        let ndef = func.defaults.len();
        let first_default = argc.saturating_sub(ndef);
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate().take(argc) {
            if matches!(slot, Value::Undef) {
                if i >= first_default {
                    *slot = func.defaults[i - first_default].clone();
                } else {
                    missing.push(unit.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            let fname = func_qualname(func);
            return Err(self.type_error(format!(
                "{fname}() missing {} required positional {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
        for (i, slot) in slots.iter_mut().enumerate().take(total).skip(argc) {
            if matches!(slot, Value::Undef) {
                let name: &str = &unit.varnames[i];
                // Found by its text: no interning of the name per call.
                let d = func.kwdefaults.as_ref().and_then(|kd| {
                    let d = crate::object::dict_ref(kd).borrow();
                    // The compiler makes the dict in parameter order: the
                    // entry at the parameter's place is usually its own.
                    if let Some((k, v)) = d.entry_at(i - argc)
                        && k.as_str() == Some(name)
                    {
                        return Some(v.clone());
                    }
                    let h = crate::types::str::text_hash(name);
                    d.find(h, &mut |k: &Value| k.as_str() == Some(name))
                        .and_then(|j| d.value_at(j).cloned())
                });
                match d {
                    Some(v) => *slot = v,
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            let fname = func_qualname(func);
            return Err(self.type_error(format!(
                "{fname}() missing {} required keyword-only {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
        Ok(slots)
    }

    /// `MakeFunction`: pop the code object and the optional parts below it.
    pub(crate) fn make_function(&mut self, fi: usize, flags: u32) -> PyResult<Value> {
        let code = self.stack.pop().unwrap_or(Value::None);
        let closure = if flags & 8 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let annotations = if flags & 4 != 0 {
            self.stack.pop().unwrap_or(Value::None)
        } else {
            Value::None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let Some(Payload::Code(code)) = code.payload() else {
            return Err(self.type_error("MakeFunction needs a code object"));
        };
        let code = code.clone();
        let closure: Box<[ObjRef]> = match closure.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Tuple(t)) => t.iter().filter_map(|v| v.as_obj().cloned()).collect(),
            _ => Box::new([]),
        };
        let defaults: Box<[Value]> = match defaults.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Tuple(t)) => t.clone(),
            _ => Box::new([]),
        };
        let globals = self.frames[fi].globals.clone();
        let module = {
            let name = self.intern_static("__name__");
            self.dict_get_str(&globals, &name)?.unwrap_or(Value::None)
        };
        let doc = match &code.unit.doc {
            Some(d) => Value::str(d),
            None => Value::None,
        };
        let authority = self.authority_for_new_code(self.frames[fi].authority);
        let f = Function {
            name: crate::object::cell::PyCell::new(code.name.clone()),
            qualname: crate::object::cell::PyCell::new(code.qualname.clone()),
            code: crate::object::FuncCode::Local(code),
            globals,
            defaults,
            kwdefaults: kwdefaults.and_then(|k| k.as_obj().cloned()),
            closure,
            dict: crate::object::cell::PyCell::new(None),
            doc: crate::object::cell::PyCell::new(doc),
            annotations: crate::object::cell::PyCell::new(annotations),
            module,
            // Code made by a frame carries that frame's authority: a
            // function defined inside another sandbox's function (run here)
            // is that sandbox's code.
            authority,
        };
        Ok(Value::Obj(ObjRef::new(Payload::Function(Box::new(f)))))
    }

    /// `f(*args, **kwargs)` (the `CallEx` instruction).
    pub(crate) fn call_ex(
        &mut self,
        f: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<Value> {
        let pos = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => self.star_args(f, args)?,
        };
        let mut kw = Vec::new();
        if let Some(k) = kwargs {
            let Some(Payload::Dict(d)) = k.payload() else {
                let tn = self.type_name(k);
                let fs = self.function_str(f);
                return Err(self.type_error(format!(
                    "{fs} argument after ** must be a mapping, not {tn}"
                )));
            };
            let items: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in items {
                match &k {
                    Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => {
                        let name = super::eval::name_text(o);
                        let name = self.intern(&name);
                        kw.push((name, v));
                    }
                    _ => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        self.call_kw(f, &pos, &kw)
    }

    /// Calling a builtin type that has no `__new__` of its own (its objects
    /// are made by the interpreter: functions, cells, iterators, generators,
    /// dict views, modules, ...), or a class extending one: `object.__new__`
    /// would make an instance without the payload such an object needs, so
    /// it is refused as CPython does (`cannot create 'generator'
    /// instances`). The singletons' types give their singleton.
    #[cold]
    fn builtin_without_new(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Option<Value>> {
        let Payload::Class(c) = cls.payload() else {
            return Ok(None);
        };
        if c.base_kind == BuiltinType::Object {
            return Ok(None);
        }
        let name = self.class_name(cls);
        let singleton = match c.builtin {
            Some(BuiltinType::NoneType) => Some(Value::None),
            Some(BuiltinType::NotImplementedType) => Some(self.not_implemented()),
            Some(BuiltinType::Ellipsis) => Some(Value::Obj(self.none_singletons.ellipsis.clone())),
            _ => None,
        };
        match singleton {
            Some(_) if !args.is_empty() || !kw.is_empty() => {
                Err(self.type_error(format!("{name} takes no arguments")))
            }
            Some(v) => Ok(Some(v)),
            None => Err(self.type_error(format!("cannot create '{name}' instances"))),
        }
    }

    /// `cls(*args, **kw)`: the metaclass's `__call__` when it has one of
    /// its own (meta.rs), else `type.__call__`.
    pub(crate) fn call_class(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if let Payload::Class(c) = cls.payload()
            && c.metaclass.is_some()
            && let Some(r) = self.meta_call(cls, args, kw)?
        {
            return Ok(r);
        }
        self.type_call(cls, args, kw)
    }

    /// Call a class's `__new__` or `__init__`. Anything but a function or a
    /// native (a class, a callable instance) is called one native level
    /// deeper: `C.__new__ = C` would otherwise call itself with no Python
    /// frame between (RecursionError, as in CPython).
    fn call_hook(&mut self, f: &Value, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
        if matches!(
            f.payload(),
            Some(Payload::Function(_)) | Some(Payload::Native(_))
        ) {
            return self.call_kw(f, args, kw);
        }
        self.nested(" while calling a Python object", |vm| {
            vm.call_kw(f, args, kw)
        })
    }

    /// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`.
    pub(crate) fn type_call(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if cls.is(&self.types.type_) {
            match args.len() {
                1 if kw.is_empty() => return Ok(Value::Obj(self.type_of(&args[0]))),
                1 => return Err(self.type_error("type() takes no keyword arguments")),
                3 => {}
                _ => return Err(self.type_error("type() takes 1 or 3 arguments")),
            }
        }
        let new_name = self.intern_static("__new__");
        let init_name = self.intern_static("__init__");
        let new = self.class_lookup(cls, &new_name);
        let mut all: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
        all.push(Value::Obj(cls.clone()));
        all.extend(args.iter().cloned());
        let obj = match new {
            Some(Value::Obj(n)) if n.is(&self.types.object_new) => {
                if let Some(v) = self.builtin_without_new(cls, args, kw)? {
                    return Ok(v);
                }
                let init = self.class_lookup(cls, &init_name);
                let init_is_object =
                    matches!(&init, Some(Value::Obj(i)) if i.is(&self.types.object_init));
                if init_is_object && (!args.is_empty() || !kw.is_empty()) {
                    let name = self.class_name(cls);
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                crate::types::object::check_not_abstract(self, cls)?;
                Value::Obj(self.new_instance(cls))
            }
            Some(n) => {
                let n = match n.payload() {
                    Some(Payload::StaticMethod(inner)) => inner.clone(),
                    _ => n,
                };
                match n.payload() {
                    // list, dict and set themselves: their native `__new__`
                    // is also their constructor, called here with the
                    // arguments (by name, it makes an empty one).
                    Some(Payload::Native(nf))
                        if nf.owner.is_some_and(mutable_container)
                            && matches!(cls.payload(), Payload::Class(c) if c.builtin == nf.owner) =>
                    {
                        nf.call(self, &Args { pos: &all, kw })?
                    }
                    _ => self.call_hook(&n, &all, kw)?,
                }
            }
            None => return Err(self.type_error("cannot create instances of this type")),
        };
        // Call __init__ only when __new__ returned an instance of cls.
        let obj_cls = self.type_of(&obj);
        if !self.is_subclass(&obj_cls, cls) {
            return Ok(obj);
        }
        let builtin_cls = matches!(cls.payload(), Payload::Class(c) if c.builtin.is_some())
            && !cls.is(&self.types.type_);
        if builtin_cls {
            return Ok(obj);
        }
        if let Some(init) = self.class_lookup(&obj_cls, &init_name) {
            let skip = matches!(&init, Value::Obj(i) if i.is(&self.types.object_init));
            if !skip {
                all[0] = obj.clone();
                let r = match init.payload() {
                    Some(Payload::Native(nf)) if nf.kind == NativeKind::Method => {
                        self.call_native(nf, &all, kw)?
                    }
                    _ => self.call_hook(&init, &all, kw)?,
                };
                if !r.is_none() {
                    let tn = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{tn}'"))
                    );
                }
            }
        }
        Ok(obj)
    }
}

/// list, dict and set: builtin types whose `__new__` makes an empty object
/// that `__init__` fills.
fn mutable_container(t: crate::object::BuiltinType) -> bool {
    matches!(
        t,
        crate::object::BuiltinType::List
            | crate::object::BuiltinType::Dict
            | crate::object::BuiltinType::Set
    )
}

/// When `nargs` positional arguments bind to `f`'s parameters in order with
/// nothing else to do (no `*args`, `**kwargs`, keyword-only parameters, not a
/// generator), the index of the first default still needed.
#[inline]
fn simple_positional(f: &Function, nargs: usize) -> Option<usize> {
    let unit = f.code.unit();
    if unit.generator || unit.varargs || unit.varkeywords || unit.kwonlyargcount != 0 {
        return None;
    }
    let argc = unit.argcount as usize;
    if nargs > argc || nargs + f.defaults.len() < argc {
        return None;
    }
    Some(f.defaults.len() - (argc - nargs))
}

/// The qualified name of a function, as error messages show it.
pub(crate) fn func_qualname(f: &Function) -> String {
    super::eval::name_text(&f.qualname.borrow())
}
