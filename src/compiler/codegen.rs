//! Code-unit construction shared by statement and expression codegen.
//!
//! Invariants:
//! - `emit` records, for every instruction, its source line and the innermost
//!   active exception handler; the exception table is derived from those runs
//!   at `finish`, so entries never overlap and are trivially innermost first;
//! - `depth` is the static operand-stack height, updated with
//!   `Op::stack_effect` by `emit`; code after an unconditional transfer sets it
//!   explicitly (`set_depth`) to the height expected at the next label;
//! - jump operands hold label ids until `finish` patches them into absolute
//!   instruction indices; an unbound label is reported as an error, never a panic;
//! - constants are de-duplicated by exact value (floats by bit pattern);
//! - the `fblocks` stack mirrors the blocks (loops, try, with, handlers)
//!   enclosing the statement being compiled, for `break`/`continue`/`return`.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use ruff_python_ast::Stmt;
use ruff_text_size::TextRange;

use super::frontend::LineTable;
use super::scope::{Resolved, ScopeId, ScopeKind, SymbolTable};
use super::{CResult, MAX_DEPTH, RawError};
use crate::bytecode::{
    ArgKind, CodeKind, CodeUnit, Const, ExcEntry, GenKind, Instr, Op, SourceFile,
};

/// A forward or backward jump target inside one code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// A block enclosing the code being compiled.
#[derive(Clone, Copy)]
pub enum FBlockKind<'a> {
    /// `while` loop (no stack item).
    While,
    /// `for` loop: its iterator is on the stack.
    For,
    /// Body of `try` with `except` handlers (no stack item).
    TryExcept,
    /// Body of `try ... finally`: unwinding inlines the finally body.
    Finally(&'a [Stmt]),
    /// Finally body on the exceptional path: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    /// Body of `with`: the `__exit__` callable is on the stack.
    With,
    /// Body of `async with`: the bound `__aexit__` is on the stack.
    AsyncWith,
    /// Except-handler body: `prev_exc` on the stack; the bound name if any.
    Handler(Option<&'a str>),
    /// An except* clause's body (compiler/try_star.rs): nothing may leave
    /// it by `break`, `continue` or `return`.
    StarHandler,
}

#[derive(Clone, Copy)]
pub struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Loop head (continue target) for loops.
    pub cont: Option<Label>,
    /// Loop exit (break target) for loops.
    pub brk: Option<Label>,
    /// Handler-stack length outside this block.
    pub hlen: usize,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Big(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<ConstKey>),
    Ellipsis,
    Code(usize),
}

fn const_key(c: &Const) -> ConstKey {
    match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::Big(b.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect()),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Code(c) => ConstKey::Code(Arc::as_ptr(c) as usize),
    }
}

/// A code unit under construction.
pub struct Unit<'a> {
    pub kind: CodeKind,
    pub scope: ScopeId,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    handler_at: Vec<Option<usize>>,
    consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<Arc<str>>,
    name_map: HashMap<Arc<str>, u32>,
    pub varnames: Vec<Arc<str>>,
    var_map: HashMap<Arc<str>, u32>,
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    pub gen_kind: GenKind,
    pub doc: Option<Arc<str>>,
    labels: Vec<Option<u32>>,
    /// Exception handlers: (target label, depth).
    handlers: Vec<(Label, u32)>,
    /// Active handlers, innermost last (indices into `handlers`).
    pub hstack: Vec<usize>,
    pub depth: i32,
    pub line: u32,
    pub fblocks: Vec<FBlock<'a>>,
}

/// Compiler state shared by all units of one module.
pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub file: Arc<SourceFile>,
    pub lines: &'a LineTable,
    pub units: Vec<Unit<'a>>,
    pub depth: usize,
    pub opts: Options,
}

/// How the module-level code is compiled.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Module-level names use `LoadName`/`StoreName` (the frame's locals
    /// mapping, then its globals), as code run by `exec`/`eval` needs; a
    /// program's own modules use the cached global instructions.
    pub name_ops: bool,
    /// `compile(..., 'single')`: module-level expression statements show
    /// their value (`INTRINSIC_PRINT`), and a leading string is no docstring.
    pub interactive: bool,
    /// `compile(..., 'eval')`: the body is one expression statement whose
    /// value the code returns.
    pub eval: bool,
    /// `from __future__ import annotations`: annotations are kept as their
    /// source text (set by `compile_with` from the body).
    pub future_annotations: bool,
    /// `compile()`'s `optimize`: 1 drops `assert` statements and makes
    /// `__debug__` False; 2 also drops docstrings.
    pub optimize: u8,
}

/// Compile a module body (or, with `opts.eval`, one expression) as `opts` says.
pub fn compile_with(
    body: &[Stmt],
    table: &SymbolTable,
    file: &Arc<SourceFile>,
    lines: &LineTable,
    mut opts: Options,
) -> CResult<Arc<CodeUnit>> {
    opts.future_annotations |= super::annotations::future_annotations(body);
    let mut c = Compiler {
        table,
        file: file.clone(),
        lines,
        units: Vec::new(),
        depth: 0,
        opts,
    };
    c.push_unit(CodeKind::Module, 0, "<module>", "<module>", 1);
    if opts.eval {
        if let [Stmt::Expr(e)] = body {
            c.expr(&e.value)?;
            c.emit(Op::ReturnValue, 0);
            return c.pop_unit();
        }
        return Err(internal("eval mode needs one expression"));
    }
    c.setup_annotations(body);
    let body = if opts.interactive {
        body
    } else {
        c.take_docstring(body)
    };
    if let Some(doc) = c.unit().doc.clone() {
        c.emit_const(Const::Str(doc));
        c.store_name("__doc__")?;
    }
    c.stmts(body)?;
    let last = c.last_line(body);
    c.unit().line = last;
    c.emit_const(Const::None);
    c.emit(Op::ReturnValue, 0);
    c.pop_unit()
}

pub fn internal(msg: &str) -> RawError {
    RawError::syntax(format!("internal compiler error: {msg}"), 0)
}

impl<'a> Compiler<'a> {
    pub fn push_unit(
        &mut self,
        kind: CodeKind,
        scope: ScopeId,
        name: &str,
        qualname: &str,
        line: u32,
    ) {
        let mut u = Unit {
            kind,
            scope,
            name: Arc::from(name),
            qualname: Arc::from(qualname),
            first_line: line,
            instrs: Vec::new(),
            lines: Vec::new(),
            handler_at: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            generator: false,
            gen_kind: GenKind::Generator,
            doc: None,
            labels: Vec::new(),
            handlers: Vec::new(),
            hstack: Vec::new(),
            depth: 0,
            line,
            fblocks: Vec::new(),
        };
        if let Some(s) = self.table.get(scope) {
            for v in s.varnames() {
                u.varname(&v);
            }
            u.cellvars = s.cellvars.iter().map(|s| Arc::from(s.as_str())).collect();
            u.freevars = s.freevars.iter().map(|s| Arc::from(s.as_str())).collect();
            u.generator = s.generator || s.coroutine;
            u.gen_kind = match (s.coroutine, s.generator) {
                (false, _) => GenKind::Generator,
                (true, false) => GenKind::Coroutine,
                (true, true) => GenKind::AsyncGenerator,
            };
        }
        self.units.push(u);
    }

    /// Finish the current unit and return it as a code object.
    pub fn pop_unit(&mut self) -> CResult<Arc<CodeUnit>> {
        let u = self.units.pop().ok_or_else(|| internal("no unit"))?;
        u.finish(&self.file, self.table)
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        // There is always a unit while compiling; fall back to a fresh one otherwise.
        if self.units.is_empty() {
            self.push_unit(CodeKind::Module, 0, "<module>", "<module>", 1);
        }
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.units
            .last()
            .and_then(|u| self.table.get(u.scope))
            .map(|s| s.kind)
            .unwrap_or(ScopeKind::Module)
    }

    pub fn resolve(&self, name: &str) -> Resolved {
        self.units
            .last()
            .and_then(|u| self.table.get(u.scope))
            .map(|s| s.resolve(name))
            .unwrap_or(Resolved::GlobalImplicit)
    }

    pub fn line_of(&self, range: TextRange) -> u32 {
        self.lines.line(range.start().to_u32())
    }

    pub fn last_line(&self, body: &[Stmt]) -> u32 {
        use ruff_text_size::Ranged;
        match body.last() {
            Some(s) => self.lines.line(s.range().end().to_u32().saturating_sub(1)),
            None => self.units.last().map(|u| u.line).unwrap_or(1),
        }
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        let u = self.unit();
        u.instrs.push(Instr::new(op, arg));
        u.lines.push(u.line);
        u.handler_at.push(u.hstack.last().copied());
        u.depth += op.stack_effect(arg);
    }

    pub fn emit_const(&mut self, c: Const) {
        let idx = self.unit().const_index(c);
        self.emit(Op::LoadConst, idx);
    }

    pub fn emit_jump(&mut self, op: Op, label: Label) {
        self.emit(op, label.0);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u32::try_from(u.labels.len() - 1).unwrap_or(u32::MAX))
    }

    pub fn bind(&mut self, label: Label) {
        let u = self.unit();
        let here = u32::try_from(u.instrs.len()).unwrap_or(u32::MAX);
        if let Some(slot) = u.labels.get_mut(label.0 as usize) {
            *slot = Some(here);
        }
    }

    pub fn depth(&mut self) -> i32 {
        self.unit().depth
    }

    pub fn set_depth(&mut self, d: i32) {
        self.unit().depth = d;
    }

    /// Start an exception-table region with the given target and depth.
    pub fn push_handler(&mut self, target: Label, depth: i32) {
        let u = self.unit();
        u.handlers
            .push((target, u32::try_from(depth.max(0)).unwrap_or(0)));
        let idx = u.handlers.len() - 1;
        u.hstack.push(idx);
    }

    pub fn pop_handler(&mut self) {
        self.unit().hstack.pop();
    }

    /// `[awaitable] -> [result]`: `await` it (`context` as `GetAwaitable`'s).
    pub fn emit_await(&mut self, context: u32) {
        self.emit(Op::GetAwaitable, context);
        self.emit_const(Const::None);
        self.emit(Op::YieldFrom, 0);
    }

    /// `[aiter] -> [aiter, item]`, jumping to `exhausted` with
    /// `[aiter, exc]` when awaiting `__anext__()` raises (the handler there
    /// starts with `EndAsyncFor`).
    pub fn emit_anext(&mut self, exhausted: Label) {
        let d = self.depth();
        self.push_handler(exhausted, d);
        self.emit(Op::GetANext, 0);
        self.emit_const(Const::None);
        self.emit(Op::YieldFrom, 0);
        self.pop_handler();
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        self.unit().name_index(name)
    }

    /// Nesting guard for the recursive codegen passes.
    pub fn enter_nested(&mut self, offset: u32) -> CResult<()> {
        #[cfg(test)]
        {
            let probe = 0u8;
            let addr = &probe as *const u8 as usize;
            super::tests::STACK_PROBE.with(|c| {
                let (lo, hi) = c.get();
                c.set((lo.min(addr), hi.max(addr)));
            });
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(RawError::syntax(
                format!("expression too deeply nested (sandpy limit {MAX_DEPTH})"),
                offset,
            ));
        }
        Ok(())
    }

    pub fn leave_nested(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Index of `name` in the current unit's cell+free (Deref) space.
    pub fn deref_index(&mut self, name: &str) -> CResult<u32> {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return Ok(u32::try_from(i).unwrap_or(0));
        }
        if let Some(i) = u.freevars.iter().position(|c| &**c == name) {
            return Ok(u32::try_from(u.cellvars.len() + i).unwrap_or(0));
        }
        Err(internal(&format!("no cell for '{name}'")))
    }

    /// Emit the closure tuple (if any) and `MakeFunction` for `code`.
    pub fn make_function(&mut self, code: Arc<CodeUnit>, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let i = self.deref_index(name)?;
                self.emit(Op::LoadClosure, i);
            }
            self.emit(
                Op::BuildTuple,
                u32::try_from(code.freevars.len()).unwrap_or(0),
            );
            flags |= 8;
        }
        self.emit_const(Const::Code(code));
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    /// Qualified name for a function or class named `name` defined here.
    pub fn qualname_for(&self, name: &str) -> String {
        let Some(u) = self.units.last() else {
            return name.to_string();
        };
        if self.resolve(name) == Resolved::GlobalExplicit {
            return name.to_string();
        }
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            // A comprehension's code adds no `<locals>` (as CPython's).
            CodeKind::Function if self.scope_kind() == ScopeKind::Comprehension => {
                format!("{}.{}", u.qualname, name)
            }
            CodeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Split off a leading docstring, recording it on the current unit.
    pub fn take_docstring<'b>(&mut self, body: &'b [Stmt]) -> &'b [Stmt] {
        let doc = match body.first() {
            Some(Stmt::Expr(e)) => match &*e.value {
                ruff_python_ast::Expr::StringLiteral(s) => Some(Arc::from(s.value.to_str())),
                _ => None,
            },
            _ => None,
        };
        match doc {
            Some(doc) => {
                if self.opts.optimize < 2 {
                    self.unit().doc = Some(doc);
                }
                body.get(1..).unwrap_or(&[])
            }
            None => body,
        }
    }
}

impl Unit<'_> {
    pub fn const_index(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        if let Some(&i) = self.const_map.get(&key) {
            return i;
        }
        let i = u32::try_from(self.consts.len()).unwrap_or(u32::MAX);
        self.consts.push(c);
        self.const_map.insert(key, i);
        i
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_map.get(name) {
            return i;
        }
        let i = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        let a: Arc<str> = Arc::from(name);
        self.names.push(a.clone());
        self.name_map.insert(a, i);
        i
    }

    /// Slot of fast local `name`, adding it if new.
    pub fn varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.var_map.get(name) {
            return i;
        }
        let i = u32::try_from(self.varnames.len()).unwrap_or(u32::MAX);
        let a: Arc<str> = Arc::from(name);
        self.varnames.push(a.clone());
        self.var_map.insert(a, i);
        i
    }

    fn finish(self, file: &Arc<SourceFile>, table: &SymbolTable) -> CResult<Arc<CodeUnit>> {
        let mut instrs = self.instrs;
        for ins in instrs.iter_mut() {
            if ins.op.arg_kind() == ArgKind::Jump {
                ins.arg = self
                    .labels
                    .get(ins.arg as usize)
                    .copied()
                    .flatten()
                    .ok_or_else(|| internal("unbound jump label"))?;
            }
        }
        let mut exc_table = Vec::new();
        let mut start = 0usize;
        while start < self.handler_at.len() {
            let h = self.handler_at.get(start).copied().flatten();
            let mut end = start + 1;
            while end < self.handler_at.len() && self.handler_at.get(end).copied().flatten() == h {
                end += 1;
            }
            if let Some(h) = h {
                let (label, depth) = self
                    .handlers
                    .get(h)
                    .copied()
                    .ok_or_else(|| internal("bad handler"))?;
                let target = self
                    .labels
                    .get(label.0 as usize)
                    .copied()
                    .flatten()
                    .ok_or_else(|| internal("unbound handler label"))?;
                exc_table.push(ExcEntry {
                    start: u32::try_from(start).unwrap_or(u32::MAX),
                    end: u32::try_from(end).unwrap_or(u32::MAX),
                    target,
                    depth,
                });
            }
            start = end;
        }
        let scope = table.get(self.scope);
        let cell2arg = self
            .cellvars
            .iter()
            .map(|c| {
                scope.and_then(|s| {
                    s.params
                        .iter()
                        .position(|p| p == &**c)
                        .map(|i| u32::try_from(i).unwrap_or(0))
                })
            })
            .collect();
        Ok(Arc::new(CodeUnit {
            name: self.name,
            qualname: self.qualname,
            kind: self.kind,
            source: file.clone(),
            first_line: self.first_line,
            instrs,
            lines: self.lines,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell2arg,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            varargs: self.varargs,
            varkeywords: self.varkeywords,
            generator: self.generator,
            gen_kind: self.gen_kind,
            exc_table,
            doc: self.doc,
        }))
    }
}
