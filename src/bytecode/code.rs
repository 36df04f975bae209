//! Compiled code units: the compiler's output, the VM's input.
//!
//! A `CodeUnit` is plain data (`Send + Sync`): strings, numbers and nested code
//! units, no interpreter objects. That lets one compilation be shared by many
//! sandboxes (each materialises its constants into local objects when it first
//! runs the code) and keeps the compiler independent of any heap.
//!
//! Invariants the compiler guarantees and the VM relies on:
//! - every jump target and exception-table target is `< instrs.len()`;
//! - `lines.len() == instrs.len()`;
//! - the last instruction of every code unit is `ReturnValue` or a jump/raise,
//!   so execution never runs off the end;
//! - local slots: `varnames` first (arguments first, in the order positional,
//!   keyword-only, `*args`, `**kwargs`), cell and free variables live in the
//!   `Deref` index space, `cellvars` then `freevars`;
//! - exception-table entries are listed innermost first: the VM takes the first
//!   entry whose `[start, end)` range holds the faulting instruction.

use std::sync::Arc;

use num_bigint::BigInt;

use super::opcodes::Instr;

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    /// An int that fits in an `i64`.
    Int(i64),
    /// An int that does not fit in an `i64`.
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal (`2j`): real and imaginary parts.
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Const]>),
    Ellipsis,
    Code(Arc<CodeUnit>),
}

impl PartialEq for Const {
    /// Structural equality; floats by bit pattern (so `0.0` and `-0.0` stay
    /// distinct constants) and code units by identity.
    fn eq(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::BigInt(a), Const::BigInt(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex(a, b), Const::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::Bytes(a), Const::Bytes(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) => a == b,
            (Const::Code(a), Const::Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// One row of a code unit's exception table (zero-cost `try`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First instruction covered.
    pub start: u32,
    /// One past the last instruction covered.
    pub end: u32,
    /// Handler to jump to.
    pub target: u32,
    /// Operand-stack height (above the frame's local slots) to cut back to
    /// before the exception is pushed and the handler runs.
    pub depth: u32,
}

/// The object a call of a generator-like code unit makes: a generator
/// (`def` with `yield`), a coroutine (`async def` without `yield`) or an
/// async generator (`async def` with `yield`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The Python type name of the object (`generator`, `coroutine`, ...).
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// What kind of scope a code unit runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// Module top level: names resolve through the module globals.
    Module,
    /// A class body: `LoadName`/`StoreName` use the class namespace; the body
    /// returns the `__class__` cell when it has one, else None.
    Class,
    /// A function, lambda or comprehension (fast locals).
    Function,
}

/// The source text of a file, shared by all code units compiled from it
/// (tracebacks quote its lines).
#[derive(Debug)]
pub struct SourceFile {
    pub name: Arc<str>,
    pub text: Arc<str>,
    /// Whether tracebacks show this source's lines: not for code compiled
    /// from a string by `exec`/`eval`/`compile` (CPython reads the lines of
    /// the file a traceback names, and `<string>` names none).
    pub show_lines: bool,
}

impl SourceFile {
    /// The text of 1-based line `line`, without its line break, if it exists
    /// and is shown (`show_lines`).
    pub fn line(&self, line: u32) -> Option<&str> {
        if line == 0 || !self.show_lines {
            return None;
        }
        self.text.lines().nth(line as usize - 1)
    }
}

/// One compiled function, class body or module.
#[derive(Debug)]
pub struct CodeUnit {
    /// The function name (`<module>`, `<lambda>`, `<listcomp>`, `f`).
    pub name: Arc<str>,
    /// The dotted qualified name (`A.method.<locals>.inner`).
    pub qualname: Arc<str>,
    pub kind: CodeKind,
    pub source: Arc<SourceFile>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// The 1-based source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Global, attribute and imported names used by name-indexed instructions.
    pub names: Vec<Arc<str>>,
    /// Fast local slot names, arguments first.
    pub varnames: Vec<Arc<str>>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Arc<str>>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<Arc<str>>,
    /// For each cell variable that is also an argument, the argument's local slot:
    /// the VM moves the argument into the fresh cell when the frame starts.
    pub cell2arg: Vec<Option<u32>>,
    /// Number of positional parameters (including positional-only ones).
    pub argcount: u32,
    /// How many of `argcount` are positional-only.
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Has a `*args` parameter (its slot follows the keyword-only ones).
    pub varargs: bool,
    /// Has a `**kwargs` parameter (its slot follows `*args`, if any).
    pub varkeywords: bool,
    /// Contains `yield`, or is `async def`: calling it makes a generator
    /// object (of the kind `gen_kind` says) instead of running the body.
    pub generator: bool,
    /// Which generator-like object a call makes (when `generator`).
    pub gen_kind: GenKind,
    pub exc_table: Vec<ExcEntry>,
    /// Docstring of a function/class/module, if its body starts with one.
    pub doc: Option<Arc<str>>,
}

impl CodeUnit {
    /// The source line of instruction `pc` (0 when unknown).
    pub fn line_of(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// Total parameter count, `*args` and `**kwargs` included.
    pub fn total_params(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + usize::from(self.varargs)
            + usize::from(self.varkeywords)
    }

    /// The name of cell-or-free variable `i` (the `Deref` index space).
    pub fn deref_name(&self, i: usize) -> &str {
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            self.freevars
                .get(i - self.cellvars.len())
                .map(|s| &**s)
                .unwrap_or("?")
        }
    }

    /// The innermost exception handler covering instruction `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<ExcEntry> {
        let pc = pc as u32;
        self.exc_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn code_units_are_shareable() {
        assert_send_sync::<CodeUnit>();
        assert_send_sync::<Const>();
    }
}
