//! Builtin functions about objects and namespaces: print, input, repr,
//! ascii, len, format, chr, ord, callable, getattr/hasattr/setattr/delattr,
//! hash, id, isinstance, issubclass, vars, dir, globals, locals, exit/quit.

use std::io::BufRead;

use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use crate::types::object::attr_name;

use super::{arg_or_kw, check_kw, def, kwarg, positional, str_arg};

/// Register the functions of this file.
pub(super) fn install(vm: &mut Vm) {
    def(vm, "print", print);
    def(vm, "input", input);
    def(vm, "repr", repr);
    def(vm, "ascii", ascii);
    def(vm, "len", len);
    def(vm, "format", format);
    def(vm, "chr", chr);
    def(vm, "ord", ord);
    def(vm, "callable", callable);
    def(vm, "getattr", getattr);
    def(vm, "hasattr", hasattr);
    def(vm, "setattr", setattr);
    def(vm, "delattr", delattr);
    def(vm, "hash", hash);
    def(vm, "id", id);
    def(vm, "isinstance", isinstance);
    def(vm, "issubclass", issubclass);
    def(vm, "vars", vars);
    def(vm, "dir", dir);
    def(vm, "globals", globals);
    def(vm, "locals", locals);
    def(vm, "exit", exit);
    def(vm, "quit", exit);
    def(vm, "__import__", import);
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
/// importer of the `import` statement, under this sandbox's grants (the
/// statement calls the importer directly, never a replaced `__import__`).
fn import(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(
        vm,
        "__import__",
        a,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    if a.pos.len() > 5 {
        return Err(vm.type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(name) = arg_or_kw(a, 0, "name") else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let leaf = match arg_or_kw(a, 3, "fromlist") {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    let level = match arg_or_kw(a, 4, "level") {
        None => 0,
        Some(v) => vm.index_value(&v)?,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let globals = match arg_or_kw(a, 1, "globals") {
        Some(Value::Obj(g)) if matches!(g.payload(), Payload::Dict(_)) => Some(g),
        _ => None,
    };
    if level > 0 && name.is_empty() && globals.is_none() {
        let c = vm.exc_types.import_error.clone();
        return Err(vm.new_exc(&c, "attempted relative import with no known parent package"));
    }
    vm.import_name_from(&name, level, leaf, globals.as_ref())
}

/// A keyword text argument that may be None (`sep`, `end`).
fn opt_text(vm: &mut Vm, a: &Args, name: &str, default: &str) -> PyResult<String> {
    match kwarg(a, name) {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = vm.type_name(&v);
                Err(vm.type_error(format!("{name} must be None or a string, not {tn}")))
            }
        },
    }
}

fn print(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "print", a, &["sep", "end", "file", "flush"])?;
    let sep = opt_text(vm, a, "sep", " ")?;
    let end = opt_text(vm, a, "end", "\n")?;
    let flush = match kwarg(a, "flush") {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    let file = match kwarg(a, "file") {
        None | Some(Value::None) => redirected_stdout(vm)?,
        Some(file) => Some(file),
    };
    match file {
        None => {
            let mut out = String::new();
            for (i, v) in a.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match v.as_str() {
                    Some(s) => out.push_str(s),
                    None => {
                        let s = vm.str(v)?;
                        out.push_str(&s);
                    }
                }
            }
            out.push_str(&end);
            vm.write_out(&out);
            if flush {
                vm.flush_out();
            }
        }
        // `sys.stdout = None`: print writes nothing, as in CPython.
        Some(Value::None) => {}
        // A file object gets each piece in its own `write`, as CPython
        // writes them.
        Some(file) => {
            let w = vm.getattr_str(&file, "write")?;
            for (i, v) in a.pos.iter().enumerate() {
                if i > 0 {
                    vm.call(&w, &[Value::str(&sep)])?;
                }
                let text = match v.as_str() {
                    Some(_) => v.clone(),
                    None => Value::string(vm.str(v)?),
                };
                vm.call(&w, &[text])?;
            }
            vm.call(&w, &[Value::str(&end)])?;
            if flush {
                let f = vm.getattr_str(&file, "flush")?;
                vm.call(&f, &[])?;
            }
        }
    }
    Ok(Value::None)
}

/// `sys.stdout` when the program has rebound it (an assignment,
/// `contextlib.redirect_stdout`): `print` writes there, as CPython's does;
/// `Some(None)` when it is None (print then writes nothing). None while
/// it is still the sandbox's own stream, or `sys` was never imported: the
/// fast path, straight to the output.
fn redirected_stdout(vm: &mut Vm) -> PyResult<Option<Value>> {
    let Some(sys) = vm.modules.get("sys").cloned() else {
        return Ok(None);
    };
    let Payload::Module(m) = sys.payload() else {
        return Ok(None);
    };
    let dict = m.dict.clone();
    let key = vm.intern("stdout");
    let Some(current) = vm.dict_get_str(&dict, &key)? else {
        return Ok(None);
    };
    let key = vm.intern("__stdout__");
    match vm.dict_get_str(&dict, &key)? {
        Some(own) if own.is(&current) => Ok(None),
        _ => Ok(Some(current)),
    }
}

fn input(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "input", a, 0, 1)?;
    if !vm.effective_grants().stdin {
        let c = vm
            .exc_types
            .all
            .iter()
            .find(|(n, _)| *n == "PermissionError")
            .map_or_else(|| vm.exc_types.os_error.clone(), |(_, c)| c.clone());
        return Err(vm.new_exc(
            &c,
            "input() reads the host's standard input, which this sandbox was not granted \
             (grant it with SandboxBuilder::stdin() or sandbox.Config(stdin=True))",
        ));
    }
    if let Some(p) = a.pos.first() {
        let s = vm.str(p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    let n = std::io::stdin().lock().read_line(&mut line);
    match n {
        Ok(0) | Err(_) => {
            let c = vm.builtin_exc_class("EOFError");
            Err(vm.new_exc(&c, "EOF when reading a line"))
        }
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
    }
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "repr", a, 1, 1)?;
    vm.repr(&a.pos[0]).map(Value::string)
}

fn ascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "ascii", a, 1, 1)?;
    super::strformat::ascii_of(vm, &a.pos[0]).map(Value::string)
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "len", a, 1, 1)?;
    vm.len(&a.pos[0]).map(Value::Int)
}

fn format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "format", a, 1, 2)?;
    let spec = match a.pos.get(1) {
        Some(s) => str_arg(vm, s, "format() argument 2")?,
        None => String::new(),
    };
    super::strformat::format_value(vm, &a.pos[0], &spec).map(Value::string)
}

fn chr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "chr", a, 1, 1)?;
    let v = &a.pos[0];
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    // A small int (the common case) needs no big-int conversion.
    if let Value::Int(n) = v
        && let Some(c) = u32::try_from(*n).ok().and_then(char::from_u32)
    {
        return Ok(Value::string(c.to_string()));
    }
    let b = crate::types::int::index_bigint(vm, v)?;
    let c = num_traits::ToPrimitive::to_u32(&b)
        .filter(|n| *n < 0x11_0000)
        .ok_or(());
    match c {
        Ok(n) => match char::from_u32(n) {
            Some(c) => Ok(Value::string(c.to_string())),
            None => Err(vm.value_error(format!(
                "chr() arg {n:#x} is a surrogate, which sandpy strings cannot hold"
            ))),
        },
        Err(()) => {
            if num_traits::ToPrimitive::to_i64(&b).is_none() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn ord(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "ord", a, 1, 1)?;
    let v = &a.pos[0];
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.nchars == 1 {
                let c = s.s.chars().next().map(u32::from).unwrap_or(0);
                return Ok(Value::Int(i64::from(c)));
            }
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.nchars
            )))
        }
        Some(Payload::Bytes(b)) => {
            if b.len() == 1 {
                return Ok(Value::Int(i64::from(b[0])));
            }
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

/// Whether `v` can be called.
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_)
            | Payload::Native(_)
            | Payload::BoundMethod(_)
            | Payload::Class(_)
            | Payload::StaticMethod(_),
        ) => true,
        Some(Payload::Instance(_)) => vm.lookup_special_str(v, "__call__").is_some(),
        Some(p) if p.class_protocols() => vm.lookup_special_str(v, "__call__").is_some(),
        _ => false,
    }
}

fn callable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "callable", a, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &a.pos[0])))
}

fn getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getattr", a, 2, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    match vm.getattr(&a.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) => {
            let ae = vm.exc_types.attribute_error.clone();
            match a.pos.get(2) {
                Some(d) if vm.exc_is(&e, &ae) => Ok(d.clone()),
                _ => Err(e),
            }
        }
    }
}

fn hasattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "hasattr", a, 2, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    match vm.getattr(&a.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) => {
            let ae = vm.exc_types.attribute_error.clone();
            if vm.exc_is(&e, &ae) {
                Ok(Value::Bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "setattr", a, 3, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.setattr(&a.pos[0], &name, a.pos[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "delattr", a, 2, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.delattr(&a.pos[0], &name)?;
    Ok(Value::None)
}

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "hash", a, 1, 1)?;
    vm.hash(&a.pos[0]).map(Value::Int)
}

/// `id(v)`: the address of heap objects; a value-derived number otherwise.
fn id(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "id", a, 1, 1)?;
    let n: u64 = match &a.pos[0] {
        Value::Obj(o) => o.addr() as u64,
        Value::None => 0x10,
        Value::Undef => 0x18,
        Value::Bool(b) => 0x20 + u64::from(*b) * 8,
        Value::Int(i) => (*i as u64).wrapping_mul(16).wrapping_add(0x41) | 1 << 62,
        Value::Float(f) => (f.to_bits() >> 2) | 1 << 61,
    };
    Ok(Value::Int((n & (i64::MAX as u64)) as i64))
}

/// `isinstance` against a class or (nested) tuple of classes.
fn instance_of(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<bool> {
    match spec.payload() {
        Some(Payload::Class(c)) => {
            let cls = spec
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.types.object.clone());
            // The metaclass's `__instancecheck__`, unless `v` is exactly
            // of that class (CPython asks no one then).
            if c.metaclass.is_some()
                && !vm.type_of(v).is(&cls)
                && let Some(r) = vm.meta_check(spec, v, false)?
            {
                return Ok(r);
            }
            Ok(vm.is_instance(v, &cls))
        }
        Some(Payload::Tuple(items)) => {
            let items = items.clone();
            // Nested tuples nest natives: one guarded level each.
            vm.nested(" in __instancecheck__", |vm| {
                for it in items.iter() {
                    if instance_of(vm, v, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })
        }
        _ => {
            match special_check(vm, spec, v, "__instancecheck__")? {
                Some(r) => Ok(r),
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
    }
}

/// `spec.__instancecheck__(v)` (or `__subclasscheck__`) of an object that
/// is no class, found on its type as CPython looks for it: how a union
/// (`int | None`, src/stdlib/_types.py) answers. None when it has none.
fn special_check(
    vm: &mut Vm,
    spec: &Value,
    v: &Value,
    name: &'static str,
) -> PyResult<Option<bool>> {
    if !matches!(spec.payload(), Some(Payload::Instance(_))) {
        return Ok(None);
    }
    let Some(f) = vm.lookup_special_str(spec, name) else {
        return Ok(None);
    };
    let r = vm.nested(" in __instancecheck__", |vm| {
        vm.call(&f, &[spec.clone(), v.clone()])
    })?;
    vm.truthy(&r).map(Some)
}

fn isinstance(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "isinstance", a, 2, 2)?;
    instance_of(vm, &a.pos[0], &a.pos[1]).map(Value::Bool)
}

fn subclass_of(vm: &mut Vm, c: &ObjRef, spec: &Value) -> PyResult<bool> {
    match spec.payload() {
        Some(Payload::Class(k)) => {
            let sup = spec
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.types.object.clone());
            if k.metaclass.is_some()
                && let Some(r) = vm.meta_check(spec, &Value::Obj(c.clone()), true)?
            {
                return Ok(r);
            }
            Ok(vm.is_subclass(c, &sup))
        }
        Some(Payload::Tuple(items)) => {
            let items = items.clone();
            // Nested tuples nest natives: one guarded level each.
            vm.nested(" in __subclasscheck__", |vm| {
                for it in items.iter() {
                    if subclass_of(vm, c, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })
        }
        _ => match special_check(vm, spec, &Value::Obj(c.clone()), "__subclasscheck__")? {
            Some(r) => Ok(r),
            None => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        },
    }
}

fn issubclass(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "issubclass", a, 2, 2)?;
    let Some(c) = a.pos[0]
        .as_obj()
        .filter(|o| matches!(o.payload(), Payload::Class(_)))
        .cloned()
    else {
        // A metaclass's `__subclasscheck__` is asked about anything.
        if let Some(r) = vm.meta_check(&a.pos[1], &a.pos[0], true)? {
            return Ok(Value::Bool(r));
        }
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    subclass_of(vm, &c, &a.pos[1]).map(Value::Bool)
}

fn vars(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "vars", a, 0, 1)?;
    let Some(obj) = a.pos.first() else {
        return locals(vm, a);
    };
    let n = vm.intern("__dict__");
    match vm.getattr_opt(obj, &n)? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// Push the str keys of a class namespace and its MRO.
fn class_names(cls: &ObjRef, out: &mut Vec<String>) {
    if let Payload::Class(c) = cls.payload() {
        for holder in std::iter::once(cls).chain(c.mro.iter()) {
            if let Payload::Class(hc) = holder.payload() {
                for (k, _) in hc.dict.borrow().iter() {
                    if let Some(s) = k.as_str() {
                        out.push(s.to_string());
                    }
                }
            }
        }
    }
}

fn dict_names(d: &ObjRef, out: &mut Vec<String>) {
    if let Payload::Dict(dd) = d.payload() {
        for (k, _) in dd.borrow().iter() {
            if let Some(s) = k.as_str() {
                out.push(s.to_string());
            }
        }
    }
}

fn dir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "dir", a, 0, 1)?;
    let mut names = Vec::new();
    match a.pos.first() {
        None => {
            let l = locals(vm, a)?;
            match l.as_obj() {
                Some(o) if matches!(o.payload(), Payload::Dict(_)) => dict_names(o, &mut names),
                // The locals mapping `exec` was given: its keys().
                Some(_) => {
                    let keys = vm.intern("keys");
                    let f = vm.getattr(&l, &keys)?;
                    let r = vm.call(&f, &[])?;
                    for k in vm.collect(&r)? {
                        names.push(vm.str(&k)?);
                    }
                }
                None => {}
            }
        }
        Some(obj) => match obj.payload() {
            Some(Payload::Class(_)) => {
                if let Some(f) = vm.meta_method(obj, "__dir__") {
                    let r = vm.call_meta_method(f, obj, &[], &[])?;
                    for it in vm.collect(&r)? {
                        names.push(vm.str(&it)?);
                    }
                } else if let Some(c) = obj.as_obj() {
                    class_names(c, &mut names);
                }
            }
            Some(Payload::Module(m)) => dict_names(&m.dict, &mut names),
            Some(Payload::Instance(inst)) => {
                if let Some(f) = vm.lookup_special_str(obj, "__dir__") {
                    let r = vm.call(&f, std::slice::from_ref(obj))?;
                    let items = vm.collect(&r)?;
                    for it in items {
                        names.push(vm.str(&it)?);
                    }
                } else {
                    for (k, _) in inst.dict().borrow().iter() {
                        if let Some(s) = k.as_str() {
                            names.push(s.to_string());
                        }
                    }
                    let cls = inst.class.clone();
                    class_names(&cls, &mut names);
                }
            }
            _ => {
                if let Some(Payload::Function(f)) = obj.payload()
                    && let Some(d) = &*f.dict.borrow()
                {
                    dict_names(d, &mut names);
                }
                let cls = vm.type_of(obj);
                class_names(&cls, &mut names);
            }
        },
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn globals(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "globals", a, 0, 0)?;
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(vm.new_dict()),
    }
}

/// `locals()`: the frame's locals mapping, a module's globals, or a
/// function's local variables as a new dict (`eval` and `exec` read it too).
pub(crate) fn locals(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    if let Some(ns) = &f.locals {
        return Ok(Value::Obj(ns.clone()));
    }
    if f.code.unit.kind == crate::bytecode::CodeKind::Module {
        return Ok(Value::Obj(f.globals.clone()));
    }
    let code = f.code.clone();
    let base = f.base;
    let d = vm.new_dict();
    let Some(dobj) = d.as_obj().cloned() else {
        return Ok(d);
    };
    for (i, name) in code.varnames.iter().enumerate() {
        let v = vm.stack.get(base + i).cloned().unwrap_or(Value::Undef);
        if !matches!(v, Value::Undef) {
            vm.dict_set_str(&dobj, name, v)?;
        }
    }
    let unit = &code.unit;
    let ncells = unit.cellvars.len() + unit.freevars.len();
    for k in 0..ncells {
        let slot = vm.stack.get(base + code.nlocals + k).cloned();
        if let Some(Value::Obj(cell)) = slot
            && let Payload::Cell(c) = cell.payload()
        {
            let v = c.borrow().clone();
            if !matches!(v, Value::Undef) {
                let n = vm.intern(unit.deref_name(k));
                vm.dict_set_str(&dobj, &n, v)?;
            }
        }
    }
    Ok(d)
}

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "exit", a, 0, 1)?;
    let c = vm.exc_types.system_exit.clone();
    let args = a.pos.to_vec();
    Err(crate::vm::exc::new_exception(vm, &c, args))
}
