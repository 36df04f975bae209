//! A CPython-`dis`-like disassembler for `CodeUnit`s (used by `--dis` and tests).
//!
//! Output per code unit: a header (name, file, first line), one line per
//! instruction (source line when it changes, index, opcode name, operand and
//! its meaning in parentheses), the exception table, then every nested code
//! unit in constant order. Never panics on malformed code: out-of-range
//! operands print as `?`. Nested units are visited with an explicit stack.

use std::fmt::Write;

use super::code::{CodeUnit, Const};
use super::opcodes::{ArgKind, BinOpKind, CmpOpKind, INPLACE, Op, UnaryOpKind};

/// Python-style `repr` of a float.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 {
            "inf".to_string()
        } else {
            "-inf".to_string()
        }
    } else if f.fract() == 0.0 && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        let s = format!("{f:?}");
        match s.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
            _ => s,
        }
    }
}

/// Python-style `repr` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// Python-style `repr` of a constant (tuples nest only as deep as the compiler built them).
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(re, im) => crate::format::complex_repr(*re, *im),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts.join(""))
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Code(code) => format!("<code object {} at line {}>", code.name, code.first_line),
    }
}

fn operand_meaning(code: &CodeUnit, op: Op, arg: u32) -> Option<String> {
    let a = arg as usize;
    let q = |s: Option<String>| s.unwrap_or_else(|| "?".to_string());
    Some(match op.arg_kind() {
        ArgKind::None | ArgKind::Count => return None,
        ArgKind::Const => q(code.consts.get(a).map(const_repr)),
        ArgKind::Local => q(code.varnames.get(a).map(|s| s.to_string())),
        ArgKind::Name => q(code.names.get(a).map(|s| s.to_string())),
        ArgKind::Deref => {
            if a < code.cellvars.len() + code.freevars.len() {
                code.deref_name(a).to_string()
            } else {
                "?".to_string()
            }
        }
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinOp => {
            let sym = BinOpKind::from_arg(arg).symbol();
            if arg & INPLACE != 0 {
                format!("{sym}=")
            } else {
                sym.to_string()
            }
        }
        ArgKind::CmpOp => CmpOpKind::from_arg(arg).symbol().to_string(),
        ArgKind::UnaryOp => match UnaryOpKind::from_arg(arg) {
            UnaryOpKind::Neg => "-".to_string(),
            UnaryOpKind::Pos => "+".to_string(),
            UnaryOpKind::Not => "not".to_string(),
            UnaryOpKind::Invert => "~".to_string(),
        },
        ArgKind::Flags => match op {
            Op::IsOp => if arg == 0 { "is" } else { "is not" }.to_string(),
            Op::ContainsOp => if arg == 0 { "in" } else { "not in" }.to_string(),
            Op::FormatValue => {
                let conv = ["", "!s", "!r", "!a"]
                    .get((arg & 3) as usize)
                    .copied()
                    .unwrap_or("");
                let spec = if arg & 4 != 0 { " with spec" } else { "" };
                if conv.is_empty() && spec.is_empty() {
                    return None;
                }
                format!("{conv}{spec}").trim().to_string()
            }
            Op::UnpackEx => format!("{} before, {} after", arg & 0xff, arg >> 8),
            Op::MakeFunction => {
                let mut parts = Vec::new();
                if arg & 1 != 0 {
                    parts.push("defaults");
                }
                if arg & 2 != 0 {
                    parts.push("kwdefaults");
                }
                if arg & 4 != 0 {
                    parts.push("annotations");
                }
                if arg & 8 != 0 {
                    parts.push("closure");
                }
                if parts.is_empty() {
                    return None;
                }
                parts.join(", ")
            }
            Op::CallEx if arg & 1 != 0 => "kwargs".to_string(),
            _ => return None,
        },
    })
}

fn disassemble_one(code: &CodeUnit, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} ({}) at \"{}\", line {}>:",
        code.name, code.qualname, code.source.name, code.first_line
    );
    let mut targets = std::collections::HashSet::new();
    for i in &code.instrs {
        if i.op.arg_kind() == ArgKind::Jump {
            targets.insert(i.arg as usize);
        }
    }
    for e in &code.exc_table {
        targets.insert(e.target as usize);
    }
    let mut last_line = None;
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.lines.get(pc).copied();
        let line_col = if line != last_line {
            last_line = line;
            line.map(|l| l.to_string()).unwrap_or_default()
        } else {
            String::new()
        };
        let marker = if targets.contains(&pc) { ">>" } else { "  " };
        let mut row = format!("{line_col:>4}   {marker} {pc:>5} {:<20}", ins.op.name());
        if ins.op.arg_kind() != ArgKind::None {
            let _ = write!(row, " {:>5}", ins.arg);
            if let Some(m) = operand_meaning(code, ins.op, ins.arg) {
                let _ = write!(row, " ({m})");
            }
        }
        let _ = writeln!(out, "{}", row.trim_end());
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            );
        }
    }
}

/// Disassemble `code` and every code unit nested in it.
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    let mut stack: Vec<&CodeUnit> = vec![code];
    let mut first = true;
    while let Some(c) = stack.pop() {
        if !first {
            out.push('\n');
        }
        first = false;
        disassemble_one(c, &mut out);
        for k in c.consts.iter().rev() {
            if let Const::Code(inner) = k {
                stack.push(inner);
            }
        }
    }
    out
}
