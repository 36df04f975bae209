//! Statement codegen: control flow, exceptions, `with`, definitions, imports.
//!
//! Invariants:
//! - every statement leaves the static stack height as it found it;
//! - exception regions follow the contract in `bytecode/opcodes.rs` and the
//!   sandpy compiler brief: a handler's region never covers a `Reraise` that
//!   pops below the handler's depth (those run under the enclosing handler);
//! - `break`/`continue`/`return` unwind the enclosing blocks innermost first
//!   (see `unwind_block`); a `return` crossing a `with`, `finally` or handler
//!   parks its value in the hidden local `.ret` while unwinding;
//! - annotations are evaluated where 3.11 evaluates them (annotations.rs).

use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::codegen::{Compiler, FBlock, FBlockKind, Label, internal};
use super::scope::ScopeKind;
use super::{CResult, RawError};
use crate::bytecode::{BinOpKind, CodeKind, Const, GenKind, INPLACE, Op};

fn err(msg: impl Into<String>, node: &impl Ranged) -> RawError {
    RawError::syntax(msg, node.range().start().to_u32())
}

/// Future features that are always on (accepted as no-ops).
const FUTURES: &[&str] = &[
    "annotations",
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

pub fn binop_kind(op: ast::Operator) -> BinOpKind {
    match op {
        ast::Operator::Add => BinOpKind::Add,
        ast::Operator::Sub => BinOpKind::Sub,
        ast::Operator::Mult => BinOpKind::Mul,
        ast::Operator::MatMult => BinOpKind::MatMul,
        ast::Operator::Div => BinOpKind::TrueDiv,
        ast::Operator::Mod => BinOpKind::Mod,
        ast::Operator::Pow => BinOpKind::Pow,
        ast::Operator::LShift => BinOpKind::LShift,
        ast::Operator::RShift => BinOpKind::RShift,
        ast::Operator::BitOr => BinOpKind::Or,
        ast::Operator::BitXor => BinOpKind::Xor,
        ast::Operator::BitAnd => BinOpKind::And,
        ast::Operator::FloorDiv => BinOpKind::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.enter_nested(s.range().start().to_u32())?;
        let saved_line = self.unit().line;
        let line = self.line_of(s.range());
        self.unit().line = line;
        let before = self.depth();
        let r = self.stmt_inner(s);
        self.unit().line = saved_line;
        self.leave_nested();
        r?;
        if self.depth() != before {
            return Err(internal("unbalanced statement"));
        }
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => {
                match &*a.target {
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {}
                    other => return Err(err("illegal target for annotation", other)),
                }
                self.ann_assign(a)
            }
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_items(&w.items, &w.body, w.is_async),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                let d = self.depth();
                self.emit(Op::Raise, n);
                self.set_depth(d - n as i32);
                Ok(())
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(_) if self.opts.optimize >= 1 => Ok(()),
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.expr(&a.test)?;
                self.emit_jump(Op::PopJumpIfTrue, ok);
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::Raise, 1);
                self.bind(ok);
                Ok(())
            }
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) if self.opts.interactive && self.scope_kind() == ScopeKind::Module => {
                self.expr(&e.value)?;
                self.emit(Op::CallIntrinsic, crate::bytecode::INTRINSIC_PRINT);
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Expr(e) => {
                if is_constant(&e.value) {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Break(_) => self.break_continue(s, true),
            Stmt::Continue(_) => self.break_continue(s, false),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TypeAlias(_) => Err(err("type aliases are not supported by sandpy", s)),
            Stmt::IpyEscapeCommand(_) => Err(err(
                "IPython escape commands are not supported by sandpy",
                s,
            )),
        }
    }

    // ----- definitions -------------------------------------------------

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let flags = self.defaults(&f.parameters)?
            | self.function_annotations(&f.parameters, f.returns.as_deref())?;
        let scope = self
            .table
            .scope_of(f.range)
            .ok_or_else(|| internal("function scope missing"))?;
        let qualname = self.qualname_for(f.name.as_str());
        let line = self.line_of(f.range);
        self.push_unit(CodeKind::Function, scope, f.name.as_str(), &qualname, line);
        self.set_params(&f.parameters);
        let body = self.take_docstring(&f.body);
        self.stmts(body)?;
        let last = self.last_line(&f.body);
        self.unit().line = last;
        self.emit_const(Const::None);
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, flags)?;
        for _ in &f.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(f.name.as_str())
    }

    pub fn set_params(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.posonlyargcount = u32::try_from(p.posonlyargs.len()).unwrap_or(0);
        u.argcount = u32::try_from(p.posonlyargs.len() + p.args.len()).unwrap_or(0);
        u.kwonlyargcount = u32::try_from(p.kwonlyargs.len()).unwrap_or(0);
        u.varargs = p.vararg.is_some();
        u.varkeywords = p.kwarg.is_some();
    }

    /// Emit defaults and keyword-only defaults; returns the MakeFunction flags.
    pub fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let mut n = 0u32;
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildTuple, n);
            flags |= 1;
        }
        let mut k = 0u32;
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                self.emit_const(Const::Str(Arc::from(a.parameter.name.as_str())));
                self.expr(d)?;
                k += 1;
            }
        }
        if k > 0 {
            self.emit(Op::BuildMap, k);
            flags |= 2;
        }
        Ok(flags)
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let scope = self
            .table
            .scope_of(c.range)
            .ok_or_else(|| internal("class scope missing"))?;
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        let line = self.line_of(c.range);
        self.emit(Op::LoadBuildClass, 0);
        self.push_unit(CodeKind::Class, scope, name, &qualname, line);
        let i = self.name_index("__name__");
        self.emit(Op::LoadName, i);
        let i = self.name_index("__module__");
        self.emit(Op::StoreName, i);
        self.emit_const(Const::Str(Arc::from(qualname.as_str())));
        let i = self.name_index("__qualname__");
        self.emit(Op::StoreName, i);
        self.setup_annotations(&c.body);
        let body = self.take_docstring(&c.body);
        if let Some(doc) = self.unit().doc.clone() {
            self.emit_const(Const::Str(doc));
            let i = self.name_index("__doc__");
            self.emit(Op::StoreName, i);
        }
        self.stmts(body)?;
        let last = self.last_line(&c.body);
        self.unit().line = last;
        let class_cell = self.table.get(scope).is_some_and(|s| s.class_cell);
        if class_cell {
            // The cell goes to `type.__new__` in the namespace, which fills
            // it with the new class, and back to `__build_class__`, which
            // checks that it was.
            let i = self.deref_index("__class__")?;
            self.emit(Op::LoadClosure, i);
            self.emit(Op::Copy, 1);
            let i = self.name_index("__classcell__");
            self.emit(Op::StoreName, i);
        } else {
            self.emit_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, 0)?;
        self.emit_const(Const::Str(Arc::from(name)));
        match &c.arguments {
            Some(args) => self.call_tail(2, &args.args, &args.keywords, false)?,
            None => self.emit(Op::Call, 2),
        }
        for _ in &c.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(name)
    }

    // ----- simple statements -------------------------------------------

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop_kind(a.op) as u32 | INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str())?;
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.store_name(n.id.as_str())
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Copy, 1);
                let i = self.name_index(at.attr.as_str());
                self.emit(Op::LoadAttr, i);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            other => Err(err(
                "'expression' is an illegal expression for augmented assignment",
                other,
            )),
        }
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            let full = alias.name.as_str();
            self.emit_const(Const::Int(0));
            self.emit_const(Const::None);
            let idx = self.name_index(full);
            self.emit(Op::ImportName, idx);
            match &alias.asname {
                Some(asname) => {
                    for part in full.split('.').skip(1) {
                        let p = self.name_index(part);
                        self.emit(Op::ImportFrom, p);
                        self.emit(Op::Swap, 2);
                        self.emit(Op::PopTop, 0);
                    }
                    self.store_name(asname.as_str())?;
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.store_name(top)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        if module == "__future__" && i.level == 0 {
            for alias in &i.names {
                if !FUTURES.contains(&alias.name.as_str()) {
                    return Err(err(
                        format!("future feature {} is not defined", alias.name.as_str()),
                        alias,
                    ));
                }
            }
            // The features are the compiler's; the import itself binds
            // each name to its feature object of `__future__`, as in
            // CPython (that module is importable by every sandbox).
        }
        // A relative import (level > 0) compiles; the importer raises
        // ImportError for it, as CPython does where there is no package.
        self.emit_const(Const::Int(i64::from(i.level)));
        let star = i.names.iter().any(|a| a.name.as_str() == "*");
        let fromlist: Vec<Const> = i
            .names
            .iter()
            .map(|a| Const::Str(Arc::from(a.name.as_str())))
            .collect();
        self.emit_const(Const::Tuple(Arc::from(fromlist)));
        let idx = self.name_index(module);
        self.emit(Op::ImportName, idx);
        if star {
            if self.scope_kind() != ScopeKind::Module {
                return Err(err("import * only allowed at module level", i));
            }
            self.emit(Op::ImportStar, 0);
            return Ok(());
        }
        for alias in &i.names {
            let n = self.name_index(alias.name.as_str());
            self.emit(Op::ImportFrom, n);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound.as_str())?;
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    // ----- control flow ------------------------------------------------

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.expr(&i.test)?;
        self.emit_jump(Op::PopJumpIfFalse, next);
        self.stmts(&i.body)?;
        if !i.elif_else_clauses.is_empty() {
            self.emit_jump(Op::Jump, end);
        }
        let n = i.elif_else_clauses.len();
        for (k, clause) in i.elif_else_clauses.iter().enumerate() {
            self.bind(next);
            next = self.new_label();
            let line = self.line_of(clause.range);
            self.unit().line = line;
            if let Some(t) = &clause.test {
                self.expr(t)?;
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            self.stmts(&clause.body)?;
            if k + 1 < n {
                self.emit_jump(Op::Jump, end);
            }
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let head = self.new_label();
        let orelse = self.new_label();
        let brk = self.new_label();
        self.bind(head);
        let always = matches!(&*w.test, Expr::BooleanLiteral(b) if b.value);
        if !always {
            self.expr(&w.test)?;
            self.emit_jump(Op::PopJumpIfFalse, orelse);
        }
        let hlen = self.unit().hstack.len();
        self.unit().fblocks.push(FBlock {
            kind: FBlockKind::While,
            cont: Some(head),
            brk: Some(brk),
            hlen,
        });
        let r = self.stmts(&w.body);
        self.unit().fblocks.pop();
        r?;
        self.emit_jump(Op::Jump, head);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let head = self.new_label();
        let end = self.new_label();
        let brk = self.new_label();
        self.iterable(&f.iter)?;
        self.emit(
            if f.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            },
            0,
        );
        let d = self.depth();
        self.bind(head);
        let exhausted = self.new_label();
        if f.is_async {
            self.emit_anext(exhausted);
        } else {
            self.emit_jump(Op::ForIter, end);
        }
        self.store_target(&f.target)?;
        let hlen = self.unit().hstack.len();
        self.unit().fblocks.push(FBlock {
            kind: FBlockKind::For,
            cont: Some(head),
            brk: Some(brk),
            hlen,
        });
        let r = self.stmts(&f.body);
        self.unit().fblocks.pop();
        r?;
        self.emit_jump(Op::Jump, head);
        if f.is_async {
            // `[aiter, exc]`: StopAsyncIteration ends the loop.
            self.bind(exhausted);
            self.set_depth(d + 1);
            self.emit(Op::EndAsyncFor, 0);
        }
        self.bind(end);
        self.set_depth(d - 1);
        self.stmts(&f.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn break_continue(&mut self, s: &'a Stmt, is_break: bool) -> CResult<()> {
        let blocks = self.unit().fblocks.clone();
        let pos = blocks
            .iter()
            .rposition(|b| matches!(b.kind, FBlockKind::While | FBlockKind::For));
        self.check_star_exit(pos, s.range().start().to_u32())?;
        let Some(pos) = pos else {
            return Err(if is_break {
                err("'break' outside loop", s)
            } else {
                err("'continue' not properly in loop", s)
            });
        };
        let d = self.depth();
        let saved_h = self.unit().hstack.clone();
        for i in (pos + 1..blocks.len()).rev() {
            self.unwind_block(i)?;
        }
        let Some(loop_block) = blocks.get(pos).copied() else {
            return Err(internal("loop block"));
        };
        let target = if is_break {
            self.unit().hstack.truncate(loop_block.hlen);
            if let FBlockKind::For = loop_block.kind {
                self.emit(Op::PopTop, 0);
            }
            loop_block.brk
        } else {
            loop_block.cont
        };
        let target = target.ok_or_else(|| internal("loop label"))?;
        self.emit_jump(Op::Jump, target);
        self.unit().hstack = saved_h;
        self.set_depth(d);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if self.scope_kind() != ScopeKind::Function {
            return Err(err("'return' outside function", r));
        }
        if r.value.is_some() && self.unit().gen_kind == GenKind::AsyncGenerator {
            return Err(err("'return' with value in async generator", r));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.emit_const(Const::None),
        }
        self.check_star_exit(None, super::try_star::return_offset(r))?;
        let blocks = self.unit().fblocks.clone();
        let needs_park = blocks.iter().any(|b| {
            !matches!(
                b.kind,
                FBlockKind::While | FBlockKind::For | FBlockKind::TryExcept
            )
        });
        let d = self.depth();
        if needs_park {
            let saved_h = self.unit().hstack.clone();
            let slot = self.unit().varname(".ret");
            self.emit(Op::StoreFast, slot);
            for i in (0..blocks.len()).rev() {
                self.unwind_block(i)?;
            }
            self.emit(Op::LoadFast, slot);
            self.emit(Op::ReturnValue, 0);
            self.unit().hstack = saved_h;
        } else {
            self.emit(Op::ReturnValue, 0);
        }
        self.set_depth(d - 1);
        Ok(())
    }

    /// Emit the exit code of fblock `i` (the innermost remaining one).
    fn unwind_block(&mut self, i: usize) -> CResult<()> {
        let Some(block) = self.unit().fblocks.get(i).copied() else {
            return Err(internal("fblock index"));
        };
        self.unit().hstack.truncate(block.hlen);
        match block.kind {
            FBlockKind::While | FBlockKind::TryExcept => {}
            FBlockKind::For => self.emit(Op::PopTop, 0),
            FBlockKind::With => self.emit(Op::WithExit, 0),
            FBlockKind::AsyncWith => {
                self.emit(Op::WithExitCall, 0);
                self.emit_await(2);
                self.emit(Op::PopTop, 0);
            }
            FBlockKind::Handler(name) => {
                self.emit(Op::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_name(name)?;
                }
            }
            FBlockKind::FinallyEnd => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopExcept, 0);
            }
            // `check_star_exit` refuses every exit from an except* clause.
            FBlockKind::StarHandler => return Err(internal("exit from an except* clause")),
            FBlockKind::Finally(body) => {
                let saved = self.unit().fblocks.split_off(i);
                let r = self.stmts(body);
                self.unit().fblocks.extend(saved);
                r?;
            }
        }
        Ok(())
    }

    /// `name = None; del name` (end of a named except clause).
    pub(super) fn clear_name(&mut self, name: &str) -> CResult<()> {
        self.emit_const(Const::None);
        self.store_name(name)?;
        self.delete_name(name)
    }

    // ----- try / with --------------------------------------------------

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let d = self.depth();
        let hlen = self.unit().hstack.len();
        let fin = self.new_label();
        let end = self.new_label();
        self.push_handler(fin, d);
        self.unit().fblocks.push(FBlock {
            kind: FBlockKind::Finally(&t.finalbody),
            cont: None,
            brk: None,
            hlen,
        });
        let r = if t.handlers.is_empty() {
            self.stmts(&t.body).and_then(|_| self.stmts(&t.orelse))
        } else {
            self.try_except(t)
        };
        self.unit().fblocks.pop();
        self.pop_handler();
        r?;
        // Normal path.
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::Jump, end);
        // Exceptional path: [exc] on top of depth d.
        self.bind(fin);
        self.set_depth(d + 1);
        let cleanup = self.new_label();
        self.push_handler(cleanup, d + 1);
        self.emit(Op::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock {
            kind: FBlockKind::FinallyEnd,
            cont: None,
            brk: None,
            hlen,
        });
        let r = self.stmts(&t.finalbody);
        self.unit().fblocks.pop();
        self.pop_handler();
        r?;
        self.emit(Op::Reraise, 0);
        self.bind(cleanup);
        self.set_depth(d + 2);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        self.set_depth(d);
        Ok(())
    }

    /// What `try/except` and `try/except*` share: the `try` body under a
    /// handler, the `else` body and a jump to `end`; then, at the handler,
    /// the exception pushed with the one it replaces (`[prev, exc]`) under
    /// a `cleanup` handler. Returns (depth, hstack length, cleanup, end).
    pub(super) fn try_body_and_handler(
        &mut self,
        t: &'a ast::StmtTry,
    ) -> CResult<(i32, usize, Label, Label)> {
        let d = self.depth();
        let hlen = self.unit().hstack.len();
        let handler = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, d);
        self.unit().fblocks.push(FBlock {
            kind: FBlockKind::TryExcept,
            cont: None,
            brk: None,
            hlen,
        });
        let r = self.stmts(&t.body);
        self.unit().fblocks.pop();
        self.pop_handler();
        r?;
        self.stmts(&t.orelse)?;
        self.emit_jump(Op::Jump, end);

        self.bind(handler);
        self.set_depth(d + 1);
        let cleanup = self.new_label();
        self.push_handler(cleanup, d + 1);
        self.emit(Op::PushExcInfo, 0);
        Ok((d, hlen, cleanup, end))
    }

    /// The end of a `try/except(*)`: a clause that raised re-raises from
    /// `cleanup` (`[prev, err]`), and `end` is where every path meets.
    pub(super) fn try_cleanup_and_end(&mut self, d: i32, cleanup: Label, end: Label) {
        self.bind(cleanup);
        self.set_depth(d + 2);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        self.set_depth(d);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return self.try_star(t);
        }
        let (d, hlen, cleanup, end) = self.try_body_and_handler(t)?;
        let n = t.handlers.len();
        let mut fell_through = true;
        for (k, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line_of(h.range);
            self.unit().line = line;
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if k + 1 < n {
                        return Err(err("default 'except:' must be last", h));
                    }
                    fell_through = false;
                }
            }
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(name) => self.store_name(name)?,
                None => self.emit(Op::PopTop, 0),
            }
            let named_cleanup = self.new_label();
            if name.is_some() {
                self.push_handler(named_cleanup, d + 1);
            }
            self.unit().fblocks.push(FBlock {
                kind: FBlockKind::Handler(name),
                cont: None,
                brk: None,
                hlen,
            });
            let r = self.stmts(&h.body);
            self.unit().fblocks.pop();
            r?;
            if name.is_some() {
                self.pop_handler();
            }
            self.pop_handler();
            self.emit(Op::PopExcept, 0);
            if let Some(name) = name {
                self.clear_name(name)?;
            }
            self.emit_jump(Op::Jump, end);
            if let Some(name) = name {
                // The handler body raised: [prev_exc, new_exc].
                self.bind(named_cleanup);
                self.set_depth(d + 2);
                self.clear_name(name)?;
                self.emit(Op::Reraise, 0);
            }
            self.bind(next);
            self.set_depth(d + 2);
            self.push_handler(cleanup, d + 1);
        }
        self.pop_handler();
        if fell_through {
            // No clause matched: [prev_exc, exc] remain.
            self.emit(Op::Reraise, 0);
        }
        self.try_cleanup_and_end(d, cleanup, end);
        Ok(())
    }

    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let d = self.depth();
        let hlen = self.unit().hstack.len();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit_await(1);
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, d + 1);
        self.unit().fblocks.push(FBlock {
            kind: if is_async {
                FBlockKind::AsyncWith
            } else {
                FBlockKind::With
            },
            cont: None,
            brk: None,
            hlen,
        });
        let r = match &item.optional_vars {
            Some(t) => self.store_target(t),
            None => {
                self.emit(Op::PopTop, 0);
                Ok(())
            }
        }
        .and_then(|_| self.with_items(rest, body, is_async));
        self.unit().fblocks.pop();
        self.pop_handler();
        r?;
        if is_async {
            self.emit(Op::WithExitCall, 0);
            self.emit_await(2);
            self.emit(Op::PopTop, 0);
        } else {
            self.emit(Op::WithExit, 0);
        }
        self.emit_jump(Op::Jump, end);
        // [exit, exc]
        self.bind(handler);
        self.set_depth(d + 2);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.push_handler(cleanup, d + 2);
        self.emit(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit_await(2);
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.pop_handler();
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.set_depth(d + 3);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.set_depth(d + 3);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        self.set_depth(d);
        Ok(())
    }

    // ----- targets -----------------------------------------------------

    /// Store TOS into an assignment target.
    pub fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.enter_nested(t.range().start().to_u32())?;
        let r = self.store_target_inner(t);
        self.leave_nested();
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.as_str());
                self.emit(Op::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(t, elts)
            }
            Expr::Starred(_) => Err(err(
                "starred assignment target must be in a list or tuple",
                t,
            )),
            other => Err(err(format!("cannot assign to {}", describe(other)), other)),
        }
    }

    fn unpack(&mut self, t: &'a Expr, elts: &'a [Expr]) -> CResult<()> {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, Expr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        match stars.as_slice() {
            [] => {
                let n = u32::try_from(elts.len()).map_err(|_| err("too many targets", t))?;
                self.emit(Op::UnpackSequence, n);
            }
            [s] => {
                let before = *s;
                let after = elts.len() - s - 1;
                if before > 0xff || after > 0xff_ffff {
                    return Err(err("too many expressions in star-unpacking assignment", t));
                }
                self.emit(Op::UnpackEx, (before as u32) | ((after as u32) << 8));
            }
            _ => return Err(err("multiple starred expressions in assignment", t)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.as_str());
                self.emit(Op::DeleteAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.enter_nested(t.range().start().to_u32())?;
                let r = elts.iter().try_for_each(|e| self.delete_target(e));
                self.leave_nested();
                r
            }
            other => Err(err(format!("cannot delete {}", describe(other)), other)),
        }
    }
}

/// A constant expression statement has no effect (CPython drops it).
fn is_constant(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// CPython's wording for an expression kind in "cannot assign to ..." errors.
pub fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => "literal",
        Expr::EllipsisLiteral(_) => "ellipsis",
        _ => "expression",
    }
}
