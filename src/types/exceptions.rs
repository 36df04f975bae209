//! BaseException and its subclasses: construction, `args`, str and repr.

use crate::object::{Args, NativeKind, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::exc::exc_data;

use super::registry::add_method;

fn exc_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.pos.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let mut cls = cls.clone();
    let base = vm.exc_types.base_exception.clone();
    if !matches!(cls.payload(), Payload::Class(_)) || !vm.is_subclass(&cls, &base) {
        let n = match cls.payload() {
            Payload::Class(_) => vm.class_name(&cls),
            _ => vm.type_name(&Value::Obj(cls.clone())),
        };
        let msg = if matches!(cls.payload(), Payload::Class(_)) {
            format!("BaseException.__new__({n}): {n} is not a subtype of BaseException")
        } else {
            format!("BaseException.__new__(X): X is not a type object ({n})")
        };
        return Err(vm.type_error(msg));
    }
    if cls.is(&vm.exc_types.os_error) && !a.kw.is_empty() {
        // Refused before the errno picks a subclass, naming the class called.
        return Err(vm.type_error("OSError() takes no keyword arguments"));
    }
    if cls.is(&vm.exc_types.os_error)
        && let (Some(Value::Int(errno)), 3..) = (a.pos.get(1), a.pos.len())
        && let Some(sub) = os_error_subclass(vm, *errno)
    {
        cls = sub;
    }
    let inst = vm.new_instance(&cls);
    if let Some(d) = exc_data(&inst) {
        d.borrow_mut().args = Value::tuple(a.pos[1..].to_vec());
    }
    Ok(Value::Obj(inst))
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError), among those sandpy defines.
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<crate::object::ObjRef> {
    let name = match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        1 | 13 => "PermissionError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        110 => "TimeoutError",
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        4 => "InterruptedError",
        3 => "ProcessLookupError",
        _ => return None,
    };
    vm.exc_types
        .all
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| c.clone())
}

/// `OSError(errno, strerror[, filename])` attributes.
pub fn os_error_attr(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    let ose = vm.exc_types.os_error.clone();
    if !vm.is_instance(v, &ose) {
        return None;
    }
    let args = exc_args(v);
    let i = match name {
        "errno" => 0,
        "strerror" => 1,
        "filename" => 2,
        _ => return None,
    };
    if !(2..=5).contains(&args.len()) {
        return Some(Value::None);
    }
    Some(args.get(i).cloned().unwrap_or(Value::None))
}

pub(crate) fn exc_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Obj(s)) = a.pos.first() else {
        return Err(vm.type_error("__init__ needs self"));
    };
    if s.is_frozen() {
        return Err(crate::freeze::frozen_error(vm, s));
    }
    if let Some(d) = exc_data(s) {
        d.borrow_mut().args = Value::tuple(a.pos[1..].to_vec());
    }
    if !a.kw.is_empty() {
        init_keywords(vm, &a.pos[0], a.kw)?;
    }
    Ok(Value::None)
}

/// The keyword arguments an exception's `__init__` takes: `name`/`path`
/// for ImportError, `name`/`obj` for AttributeError, `name` for NameError
/// (kept as attributes); any other keyword is CPython's TypeError.
fn init_keywords(vm: &mut Vm, e: &Value, kw: &[(crate::object::ObjRef, Value)]) -> PyResult<()> {
    let kinds = [
        (
            vm.exc_types.import_error.clone(),
            "ImportError",
            &["name", "path"][..],
        ),
        (
            vm.exc_types.attribute_error.clone(),
            "AttributeError",
            &["name", "obj"][..],
        ),
        (vm.exc_types.name_error.clone(), "NameError", &["name"][..]),
    ];
    let Some((_, cls_name, allowed)) = kinds.into_iter().find(|(c, _, _)| vm.is_instance(e, c))
    else {
        let tn = vm.type_name(e);
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    };
    for (k, v) in kw {
        let key = match k.payload() {
            Payload::Str(t) => t.s.to_string(),
            _ => String::new(),
        };
        if !allowed.contains(&key.as_str()) {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for {cls_name}()"
            )));
        }
        vm.object_setattr(e, k, v.clone())?;
    }
    Ok(())
}

/// The args tuple of an exception.
pub fn exc_args(v: &Value) -> Vec<Value> {
    match v.as_obj().and_then(exc_data) {
        Some(d) => match d.borrow().args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

fn exc_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.pos.first().cloned().unwrap_or(Value::None);
    if let Some(text) = super::syntax_error::str_of(vm, &s) {
        return Ok(Value::string(text));
    }
    let args = exc_args(&s);
    let key_error = vm.exc_types.key_error.clone();
    let os_error = vm.exc_types.os_error.clone();
    if (2..=5).contains(&args.len()) && vm.is_instance(&s, &os_error) {
        let errno = vm.str(&args[0])?;
        let strerror = vm.str(&args[1])?;
        return Ok(Value::string(match args.get(2) {
            Some(f) if args.len() >= 3 => {
                let f = vm.repr(f)?;
                format!("[Errno {errno}] {strerror}: {f}")
            }
            _ => format!("[Errno {errno}] {strerror}"),
        }));
    }
    Ok(Value::string(match args.len() {
        0 => String::new(),
        1 if vm.is_instance(&s, &key_error) => vm.repr(&args[0])?,
        1 => vm.str(&args[0])?,
        _ => vm.repr(&Value::tuple(args))?,
    }))
}

fn exc_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.pos.first().cloned().unwrap_or(Value::None);
    let name = vm.type_name(&s);
    let args = exc_args(&s);
    let inner = match args.len() {
        0 => String::new(),
        1 => vm.repr(&args[0])?,
        _ => {
            // The tuple's repr without its own parentheses (only those:
            // an argument may end in a paren, `E('', (x,))`).
            let r = vm.repr(&Value::tuple(args))?;
            r.strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .unwrap_or(&r)
                .to_string()
        }
    };
    Ok(Value::string(format!("{name}({inner})")))
}

/// `e.with_traceback(tb)`: None clears the traceback; a traceback object
/// (sandpy builds them from the exception's record on demand) keeps as many
/// of the record's innermost entries as its `tb_next` chain is long, so
/// `e.with_traceback(e.__traceback__.tb_next)` drops the outermost frame.
fn exc_with_traceback(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Obj(e)) = a.pos.first() else {
        return Err(vm.type_error("with_traceback needs self"));
    };
    match a.pos.get(1) {
        Some(Value::None) => vm.clear_traceback(e),
        Some(tb) if vm.is_instance(tb, &vm.types.traceback.clone()) => {
            let have = exc_data(e).map_or(0, |d| d.borrow().traceback.len());
            let n = traceback_depth(vm, tb, have)?;
            if let Some(mut d) = exc_data(e).and_then(|d| d.try_borrow_mut().ok()) {
                // Entries are innermost first.
                d.traceback.truncate(n);
            }
        }
        Some(_) => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        None => {
            return Err(vm.type_error(
                "BaseException.with_traceback() takes exactly one argument (0 given)",
            ));
        }
    }
    Ok(Value::Obj(e.clone()))
}

/// `e.add_note(note)`: append `note` to the list `e.__notes__`, made
/// when missing (3.11).
fn exc_add_note(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("BaseException.add_note() takes no keyword arguments"));
    }
    let (Some(e), 2) = (a.pos.first(), a.pos.len()) else {
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    };
    let note = &a.pos[1];
    let str_t = vm.types.str_.clone();
    if !vm.is_instance(note, &str_t) {
        let tn = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.getattr(e, &key) {
        Ok(n) => n,
        Err(_) => {
            let fresh = Value::list(Vec::new());
            vm.setattr(e, &key, fresh)?;
            vm.getattr(e, &key)?
        }
    };
    let list_t = vm.types.list.clone();
    if !vm.is_instance(&notes, &list_t) {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    let append = vm.getattr_str(&notes, "append")?;
    vm.call(&append, std::slice::from_ref(note))?;
    Ok(Value::None)
}

/// How many traceback objects the chain from `tb` holds (`tb` and those
/// its `tb_next` leads to), counted up to `most` (past that the count
/// changes nothing, and a chain made into a loop ends there).
fn traceback_depth(vm: &mut Vm, tb: &Value, most: usize) -> PyResult<usize> {
    let next = vm.intern("tb_next");
    let cls = vm.types.traceback.clone();
    let mut n = 0;
    let mut cur = tb.clone();
    while n < most && vm.is_instance(&cur, &cls) {
        n += 1;
        cur = vm.getattr(&cur, &next)?;
    }
    Ok(n)
}

/// Install BaseException's methods (inherited by the whole hierarchy).
pub fn register(vm: &mut Vm) {
    super::exception_group::register(vm);
    let b = vm.exc_types.base_exception.clone();
    add_method(&b, "__new__", exc_new, NativeKind::StaticMethod);
    add_method(&b, "__init__", exc_init, NativeKind::Method);
    add_method(&b, "__str__", exc_str, NativeKind::Method);
    add_method(&b, "__repr__", exc_repr, NativeKind::Method);
    add_method(&b, "with_traceback", exc_with_traceback, NativeKind::Method);
    add_method(&b, "add_note", exc_add_note, NativeKind::Method);
}
