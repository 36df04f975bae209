//! `try ... except*` (PEP 654) codegen, laid out as CPython 3.11 does:
//!
//! ```text
//!   [exc]                        handler: PushExcInfo
//!   [prev, orig]                 Copy 1; BuildList 0; Swap 2
//!   [prev, orig, res, exc]       for each clause:
//!                                  <type>; CheckEgMatch
//!   [.., rest, match]              (None: no match, skip the clause)
//!   [.., rest]                     bind or pop match; <body>
//!                                  (an exception leaving the body is
//!                                  appended to res: ListAppend 2)
//!   [prev, orig, res, rest]      ListAppend 1
//!   [prev, orig, res]            PrepReraiseStar
//!   [prev, exc_or_None]          None: PopTop, PopExcept; else Reraise
//! ```
//!
//! Invariants:
//! - each clause runs at most once, with the matching subgroup bound to its
//!   name and being the handled exception; the name is cleared after;
//! - `break`, `continue` and `return` may not leave a clause's body
//!   (`check_star_exit`, CPython's SyntaxError);
//! - the regions follow the contract of stmt.rs: the dispatch code runs
//!   under a handler that re-raises with `prev` restored, and no region
//!   covers a `Reraise` that pops below its depth.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::codegen::{Compiler, FBlock, FBlockKind};
use super::{CResult, RawError};
use crate::bytecode::{Const, Op};

const STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    /// The SyntaxError for a `break`/`continue` (`loop_pos`: the fblock of
    /// its loop) or a `return` (None) that would leave an except* clause,
    /// reported at `offset`.
    pub(super) fn check_star_exit(&mut self, loop_pos: Option<usize>, offset: u32) -> CResult<()> {
        let from = loop_pos.map_or(0, |p| p + 1);
        let blocks = &self.unit().fblocks;
        if blocks
            .iter()
            .skip(from)
            .any(|b| matches!(b.kind, FBlockKind::StarHandler))
        {
            return Err(RawError::syntax(STAR_EXIT, offset));
        }
        Ok(())
    }

    /// `try: ... except* T as name: ... else: ...` (a `finally` is laid
    /// around this by `try_stmt`).
    pub(super) fn try_star(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        // [prev, exc] at depth d + 2.
        let (d, hlen, cleanup, end) = self.try_body_and_handler(t)?;
        self.emit(Op::Copy, 1);
        self.emit(Op::BuildList, 0);
        self.emit(Op::Swap, 2);
        // [prev, orig, res, exc] at depth d + 4.
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.star_clause(h, d + 4, hlen)?;
        }
        // [prev, orig, res, rest]
        self.emit(Op::ListAppend, 1);
        self.emit(Op::PrepReraiseStar, 0);
        let nothing = self.new_label();
        self.emit(Op::Copy, 1);
        self.emit_const(Const::None);
        self.emit(Op::IsOp, 0);
        self.emit_jump(Op::PopJumpIfTrue, nothing);
        self.pop_handler();
        // [prev, exc]
        self.emit(Op::Reraise, 0);
        self.bind(nothing);
        self.set_depth(d + 2);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit_jump(Op::Jump, end);
        // The dispatch failed (a clause's type raised): [prev, err].
        self.try_cleanup_and_end(d, cleanup, end);
        Ok(())
    }

    /// One `except* T as name:` clause, entered and left with
    /// `[prev, orig, res, exc_or_rest]` at depth `d4`.
    fn star_clause(
        &mut self,
        h: &'a ast::ExceptHandlerExceptHandler,
        d4: i32,
        hlen: usize,
    ) -> CResult<()> {
        let line = self.line_of(h.range);
        self.unit().line = line;
        let Some(ty) = &h.type_ else {
            return Err(RawError::syntax(
                "expected one or more exception types",
                h.range.start().to_u32(),
            ));
        };
        let no_match = self.new_label();
        let next = self.new_label();
        let raised = self.new_label();
        self.expr(ty)?;
        self.emit(Op::CheckEgMatch, 0);
        self.emit(Op::Copy, 1);
        self.emit_const(Const::None);
        self.emit(Op::IsOp, 0);
        self.emit_jump(Op::PopJumpIfTrue, no_match);
        // [.., rest, match]
        let name = h.name.as_ref().map(|n| n.as_str());
        match name {
            Some(name) => self.store_name(name)?,
            None => self.emit(Op::PopTop, 0),
        }
        self.push_handler(raised, d4);
        self.unit().fblocks.push(FBlock {
            kind: FBlockKind::StarHandler,
            cont: None,
            brk: None,
            hlen,
        });
        let r = self.stmts(&h.body);
        self.unit().fblocks.pop();
        self.pop_handler();
        r?;
        if let Some(name) = name {
            self.clear_name(name)?;
        }
        self.emit_jump(Op::Jump, next);
        // The body raised: [.., rest, err]; err joins the results.
        self.bind(raised);
        self.set_depth(d4 + 1);
        if let Some(name) = name {
            self.clear_name(name)?;
        }
        self.emit(Op::ListAppend, 2);
        self.emit_jump(Op::Jump, next);
        // [.., exc, None]
        self.bind(no_match);
        self.set_depth(d4 + 1);
        self.emit(Op::PopTop, 0);
        self.bind(next);
        self.set_depth(d4);
        Ok(())
    }
}

/// Where CPython reports a `return` leaving an except* clause: at its
/// value when it has one, else at the statement.
pub(super) fn return_offset(r: &ast::StmtReturn) -> u32 {
    match &r.value {
        Some(v) => v.range().start().to_u32(),
        None => r.range().start().to_u32(),
    }
}
