//! Annotations, evaluated as CPython 3.11 evaluates them (eagerly, when the
//! definition runs; PEP 526 and PEP 3107):
//!
//! - a function's parameter and return annotations are evaluated in the
//!   defining scope after its defaults, into a dict passed to
//!   `MakeFunction` (flag 4): `f.__annotations__`, in the order positional
//!   parameters, positional-only ones, `*args`, keyword-only ones,
//!   `**kwargs`, `return`;
//! - at module and class level, `name: ann [= value]` evaluates `ann` after
//!   the assignment and stores it in the namespace's `__annotations__`
//!   dict, made at the start of a body that has such a statement
//!   (`INTRINSIC_SETUP_ANNOTATIONS`); a target that is not a simple name
//!   (`(x): int`, `a.b: int`, `a[i]: int`) evaluates the annotation and
//!   drops it, and without a value evaluates the target's object (and
//!   subscript) too;
//! - in a function body an annotation is never evaluated;
//! - under `from __future__ import annotations` an annotation is stored
//!   as its source text instead of being evaluated.
//!
//! The symbol table (`scope.rs`) visits exactly the annotations compiled
//! here, in the same scopes, so a lambda or comprehension inside one has
//! its scope.

use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::CResult;
use super::codegen::Compiler;
use super::scope::ScopeKind;
use crate::bytecode::{Const, INTRINSIC_SETUP_ANNOTATIONS, Op};

/// Whether a module or class body holds an annotated simple name at its
/// own level (looking into compound statements, not into definitions).
pub fn has_annotations(body: &[Stmt]) -> bool {
    let mut todo: Vec<&[Stmt]> = vec![body];
    while let Some(stmts) = todo.pop() {
        for s in stmts {
            match s {
                Stmt::AnnAssign(a) if a.simple && matches!(&*a.target, Expr::Name(_)) => {
                    return true;
                }
                Stmt::For(f) => todo.extend([&f.body[..], &f.orelse[..]]),
                Stmt::While(w) => todo.extend([&w.body[..], &w.orelse[..]]),
                Stmt::If(i) => {
                    todo.push(&i.body);
                    todo.extend(i.elif_else_clauses.iter().map(|c| &c.body[..]));
                }
                Stmt::With(w) => todo.push(&w.body),
                Stmt::Match(m) => todo.extend(m.cases.iter().map(|c| &c.body[..])),
                Stmt::Try(t) => {
                    todo.extend([&t.body[..], &t.orelse[..], &t.finalbody[..]]);
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        todo.push(&h.body);
                    }
                }
                _ => {}
            }
        }
    }
    false
}

/// Whether a module body starts with `from __future__ import annotations`
/// (future imports come first, after the docstring).
pub fn future_annotations(body: &[Stmt]) -> bool {
    for s in body {
        match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if i.names.iter().any(|n| n.name.as_str() == "annotations") {
                    return true;
                }
            }
            Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) => {}
            _ => return false,
        }
    }
    false
}

impl<'a> Compiler<'a> {
    /// Whether annotations at the current level are evaluated and stored.
    fn annotating_scope(&self) -> bool {
        matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class)
    }

    /// At the start of a module or class body: make `__annotations__` when
    /// the body annotates a name.
    pub fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit_const(Const::None);
            self.emit(Op::CallIntrinsic, INTRINSIC_SETUP_ANNOTATIONS);
            self.emit(Op::PopTop, 0);
        }
    }

    /// Push one annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.opts.future_annotations {
            let text = self
                .file
                .text
                .get(e.range().start().to_usize()..e.range().end().to_usize())
                .unwrap_or("")
                .to_string();
            self.emit_const(Const::Str(Arc::from(text)));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// `target: annotation [= value]`.
    pub fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let store = self.annotating_scope();
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if store {
                    self.annotation(&a.annotation)?;
                    self.load_name("__annotations__")?;
                    self.emit_const(Const::Str(Arc::from(n.id.as_str())));
                    self.emit(Op::StoreSubscr, 0);
                }
                return Ok(());
            }
            Expr::Attribute(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.emit(Op::PopTop, 0);
            }
            Expr::Subscript(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.emit(Op::PopTop, 0);
                self.expr(&t.slice)?;
                self.emit(Op::PopTop, 0);
            }
            _ => {}
        }
        if store && !self.opts.future_annotations {
            self.expr(&a.annotation)?;
            self.emit(Op::PopTop, 0);
        }
        Ok(())
    }

    /// Evaluate a function's annotations into a dict on the stack; returns
    /// the `MakeFunction` flag (4, or 0 when it has none).
    pub fn function_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut n = 0u32;
        let params = p
            .args
            .iter()
            .chain(p.posonlyargs.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in params {
            if let Some(ann) = &param.annotation {
                self.emit_const(Const::Str(Arc::from(param.name.as_str())));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.emit_const(Const::Str(Arc::from("return")));
            self.annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Op::BuildMap, n);
        Ok(4)
    }
}
