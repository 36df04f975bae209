//! The compiler: Python source text -> sandpy bytecode (`CodeUnit`).
//!
//! Pipeline: `frontend` (depth prescan, ruff parse, error mapping) ->
//! `scope` (symbol table: local / cell / free / global resolution) ->
//! `codegen` + `stmt` + `expr` + `patterns` (bytecode emission with static stack-height
//! tracking and zero-cost exception tables) -> `CodeUnit`.
//!
//! Invariants:
//! - `compile_module` never panics and never overflows the stack on any input
//!   when run on a thread with a large (e.g. 256 MiB) stack: deep inputs are
//!   refused by the prescan before parsing, and every recursive pass counts
//!   its depth and refuses beyond `MAX_DEPTH`; a refused AST is leaked with
//!   `std::mem::forget` so its recursive `Drop` cannot overflow.
//! - every failure is a `CompileError` of kind `SyntaxError` or `IndentationError`.
//! - annotations are evaluated as 3.11 does, when the definition runs:
//!   a function's parameter and return annotations into its
//!   `__annotations__`, and those of simple names at module and class
//!   level into the namespace's `__annotations__` dict; local variables'
//!   annotations in functions are not evaluated.
//! - `import a.b` imports `a.b` and binds `a`; a relative import compiles
//!   with its level, and the VM refuses it (there are no packages).

mod annotations;
mod codegen;
mod expr;
mod frontend;
mod patterns;
mod scope;
mod stmt;
mod try_star;

#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::Arc;

use crate::bytecode::{CodeUnit, SourceFile};

pub use crate::bytecode::verify::{check_structure, verify};

/// Deepest nesting (statements + expressions) the compiler's recursive passes accept.
pub const MAX_DEPTH: usize = 2000;

/// How CPython fails where sandpy's compiler refuses a source nested past
/// its bounds (`compile()` raises these instead of a SyntaxError).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nesting {
    /// A chain of prefix operators, `not`, `lambda`, `**`, conditional
    /// expressions: CPython's parser overflows its stack (MemoryError).
    Parser,
    /// Other deep nesting: CPython's compiler stops at its recursion
    /// limit ("maximum recursion depth exceeded during compilation").
    Compiler,
}

impl CompileError {
    /// Whether this error refuses a source nested past sandpy's bounds.
    pub fn nesting(&self) -> Option<Nesting> {
        if !self.msg.starts_with("expression too deeply nested") {
            return None;
        }
        let chain = format!("(sandpy limit {})", frontend::MAX_CHAIN);
        Some(if self.msg.ends_with(&chain) {
            Nesting::Parser
        } else {
            Nesting::Compiler
        })
    }
}

/// A compile-time error, reported like CPython reports a `SyntaxError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// `"SyntaxError"` or `"IndentationError"`.
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// The source line, if known.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        if let Some(text) = &self.text {
            let trimmed = text.trim_start();
            let removed = text.chars().count() - trimmed.chars().count();
            let trimmed = trimmed.trim_end();
            writeln!(f, "    {trimmed}")?;
            let caret = (self.col as usize)
                .saturating_sub(1)
                .saturating_sub(removed);
            writeln!(f, "    {}^", " ".repeat(caret.min(trimmed.chars().count())))?;
        }
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for CompileError {}

/// An error before it is given a line and column: a byte offset into the source.
/// Boxed so that `CResult<()>` is one word: the recursive passes keep many
/// results in their (debug-build) stack frames.
#[derive(Clone, Debug)]
pub(crate) struct RawError(Box<RawErrorData>);

#[derive(Clone, Debug)]
pub(crate) struct RawErrorData {
    pub kind: &'static str,
    pub msg: String,
    pub offset: u32,
}

impl std::ops::Deref for RawError {
    type Target = RawErrorData;
    fn deref(&self) -> &RawErrorData {
        &self.0
    }
}

impl RawError {
    pub(crate) fn new(kind: &'static str, msg: impl Into<String>, offset: u32) -> RawError {
        RawError(Box::new(RawErrorData {
            kind,
            msg: msg.into(),
            offset,
        }))
    }

    pub(crate) fn syntax(msg: impl Into<String>, offset: u32) -> RawError {
        RawError::new("SyntaxError", msg, offset)
    }
}

pub(crate) type CResult<T> = Result<T, RawError>;

/// What `compile()` makes of its source (its `mode` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `'exec'`: a module's statements.
    Exec,
    /// `'eval'`: one expression, whose value the code returns.
    Eval,
    /// `'single'`: one statement of the interactive prompt; the values of
    /// its expression statements are shown (`sys.displayhook`).
    Single,
}

/// Compile a module's source text into its module code unit.
pub fn compile_module(source: &str, filename: &str) -> Result<Arc<CodeUnit>, CompileError> {
    compile_with(source, filename, Mode::Exec, codegen::Options::default())
}

/// Compile source for `exec`, `eval` or `compile()`: module-level names are
/// looked up in the frame's locals mapping first (`LoadName`), as CPython's
/// module code does, so the code runs with any globals and locals.
/// `future_annotations`: as if the source began with `from __future__
/// import annotations` (`compile`'s flag); `optimize`: `compile`'s level
/// (0 to 2; see `Options::optimize`).
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
    future_annotations: bool,
    optimize: u8,
) -> Result<Arc<CodeUnit>, CompileError> {
    let opts = codegen::Options {
        name_ops: true,
        interactive: mode == Mode::Single,
        eval: mode == Mode::Eval,
        future_annotations,
        optimize,
    };
    compile_with(source, filename, mode, opts)
}

fn compile_with(
    source: &str,
    filename: &str,
    mode: Mode,
    opts: codegen::Options,
) -> Result<Arc<CodeUnit>, CompileError> {
    let lines = frontend::LineTable::new(source);
    let to_error = |e: RawError| lines.error(e, source, filename);
    let module = match mode {
        Mode::Exec => frontend::parse(source),
        Mode::Eval => frontend::parse_expression(source),
        Mode::Single => frontend::parse_single(source),
    }
    .map_err(to_error)?;
    let file = Arc::new(SourceFile {
        name: Arc::from(filename),
        text: Arc::from(source),
        show_lines: !opts.name_ops,
    });
    let result = scope::SymbolTable::build(&module.body)
        .and_then(|table| codegen::compile_with(&module.body, &table, &file, &lines, opts));
    match result {
        Ok(code) => Ok(code),
        Err(e) => {
            if e.msg.contains("too deeply nested") {
                // The AST may be deep enough that its recursive drop overflows: leak it.
                std::mem::forget(module);
            }
            let mut e = to_error(e);
            if opts.name_ops {
                // CPython reports the errors found after parsing without
                // the line's text when the file it names cannot be read.
                e.text = None;
            }
            Err(e)
        }
    }
}
