//! SyntaxError's fields, read from its arguments as CPython lays them out:
//! `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
//! end_offset]))`. The compiler's errors are built that way
//! (`Vm::syntax_error_from`), and so may a program build its own.
//!
//! `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
//! `end_offset` and `print_file_and_line` read the arguments (None when
//! absent); a value assigned to one lands in the instance dict and is read
//! from there first. `str(e)` is `msg (file, line N)` with the file's base
//! name, and an uncaught one is reported with its file, line, source text
//! and caret, as CPython's traceback printer does.

use crate::object::{Payload, Value};
use crate::vm::Vm;

use super::exceptions::exc_args;

/// The names of SyntaxError's fields.
pub const FIELDS: &[&str] = &[
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

/// Whether `v` is a SyntaxError (or a subclass's instance).
fn is_syntax_error(vm: &mut Vm, v: &Value) -> bool {
    let se = vm.exc_types.syntax_error.clone();
    vm.is_instance(v, &se)
}

/// The location tuple's items, when the arguments are `(msg, (...))`.
fn details(v: &Value) -> Option<Vec<Value>> {
    let args = exc_args(v);
    match (args.len(), args.get(1).and_then(Value::payload)) {
        (2, Some(Payload::Tuple(t))) if (4..=6).contains(&t.len()) => Some(t.to_vec()),
        _ => None,
    }
}

/// Field `name` of a SyntaxError `v`; None when `v` is not one or `name`
/// is not a field.
pub fn attr(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    if !FIELDS.contains(&name) || !is_syntax_error(vm, v) {
        return None;
    }
    let args = exc_args(v);
    if name == "msg" {
        return Some(args.first().cloned().unwrap_or(Value::None));
    }
    let d = details(v).unwrap_or_default();
    let i = match name {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => return Some(Value::None),
    };
    Some(d.get(i).cloned().unwrap_or(Value::None))
}

/// `str(e)` of a SyntaxError whose arguments carry a location.
pub fn str_of(vm: &mut Vm, v: &Value) -> Option<String> {
    if !is_syntax_error(vm, v) {
        return None;
    }
    let d = details(v)?;
    let msg = exc_args(v).first().cloned().unwrap_or(Value::None);
    let msg = vm.str(&msg).ok()?;
    let file = d
        .first()
        .and_then(Value::as_str)
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = match d.get(1) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    Some(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    })
}

/// The lines an uncaught SyntaxError adds after the traceback (its file,
/// line, source text and caret) and its message, or None when it carries
/// no location.
pub fn report(vm: &mut Vm, v: &Value) -> Option<(String, String)> {
    if !is_syntax_error(vm, v) {
        return None;
    }
    let field = |vm: &mut Vm, n: &str| {
        let key = vm.intern(n);
        match vm.getattr_opt(v, &key) {
            Ok(Some(x)) => x,
            _ => Value::None,
        }
    };
    let filename = field(vm, "filename");
    let lineno = field(vm, "lineno");
    let text = field(vm, "text");
    let offset = field(vm, "offset");
    let msg = field(vm, "msg");
    let filename = filename.as_str().map(str::to_string)?;
    let mut out = String::new();
    match lineno {
        Value::Int(n) => out.push_str(&format!("  File \"{filename}\", line {n}\n")),
        _ => out.push_str(&format!("  File \"{filename}\"\n")),
    }
    if let Some(t) = text.as_str() {
        let stripped = t.trim_start_matches([' ', '\t', '\x0c']);
        let removed = t.chars().count() - stripped.chars().count();
        let line = stripped.trim_end_matches(['\n', '\r']);
        out.push_str(&format!("    {line}\n"));
        if let Value::Int(off) = offset {
            let col = (off.max(1) as usize - 1).saturating_sub(removed);
            let col = col.min(line.chars().count());
            out.push_str(&format!("    {}^\n", " ".repeat(col)));
        }
    }
    let msg = match msg {
        Value::None => String::new(),
        m => vm.str(&m).unwrap_or_default(),
    };
    Some((out, msg))
}
