//! Expression codegen: names, operators, calls, displays, comprehensions,
//! lambdas and f-strings.
//!
//! Invariants:
//! - every expression pushes exactly one value (checked by the static depth);
//! - the recursion is guarded by `enter_nested` (refusal beyond `MAX_DEPTH`);
//! - name access follows the symbol table: module names are globals, class
//!   bodies use the `*Name` family (free variables via `LoadClassDeref`),
//!   functions use fast locals, cells/free variables via `*Deref`.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::codegen::{Compiler, internal};
use super::scope::{Resolved, ScopeKind};
use super::stmt::binop_kind;
use super::{CResult, RawError};
use crate::bytecode::{CmpOpKind, CodeKind, Const, GenKind, Op, UnaryOpKind};

fn err(msg: impl Into<String>, node: &impl Ranged) -> RawError {
    RawError::syntax(msg, node.range().start().to_u32())
}

fn count(n: usize, node: &impl Ranged) -> CResult<u32> {
    u32::try_from(n).map_err(|_| err("too many items", node))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// Parse the text of a big int literal (`0x...`, `1_000...`).
fn parse_big_int(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

pub(super) fn int_const(v: BigInt) -> Const {
    match v.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(v),
    }
}

/// The constant value of a literal expression, if it is one.
pub(super) fn literal_const(e: &Expr) -> CResult<Option<Const>> {
    Ok(Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Const::Int(v),
                None => {
                    let big = parse_big_int(&i.to_string())
                        .ok_or_else(|| err("invalid integer literal", e))?;
                    int_const(big)
                }
            },
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Const::Str(Arc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::Tuple(t) if !t.elts.is_empty() && t.elts.len() <= 256 => {
            let mut items = Vec::with_capacity(t.elts.len());
            for el in &t.elts {
                // Only flat tuples of scalars are folded (no recursion here).
                if matches!(el, Expr::Tuple(_)) {
                    return Ok(None);
                }
                match literal_const(el)? {
                    Some(c) => items.push(c),
                    None => return Ok(None),
                }
            }
            Const::Tuple(Arc::from(items))
        }
        _ => return Ok(None),
    }))
}

/// Whether CPython's constant folding makes `e` a constant: a literal, a
/// sign or `~` on a number, a tuple of such. (It folds constant arithmetic
/// too; `{1 + 1, 2, 3}` is left to the item-by-item build here.)
fn folds_to_constant(e: &Expr) -> bool {
    match e {
        Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(folds_to_constant),
        _ => false,
    }
}

/// The items of a set display CPython holds as a frozenset constant: all
/// constants, and more than `min` of them.
pub(super) fn const_set_items(e: &Expr, min: usize) -> Option<&[Expr]> {
    match e {
        Expr::Set(s) if s.elts.len() > min && s.elts.iter().all(folds_to_constant) => Some(&s.elts),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// The iterable of a `for` or of a comprehension: a set display of
    /// constants is walked as the frozenset CPython folds it into.
    pub(super) fn iterable(&mut self, e: &'a Expr) -> CResult<()> {
        match const_set_items(e, 0) {
            Some(items) => {
                for x in items {
                    self.expr(x)?;
                }
                self.emit(Op::BuildFrozenSet, count(items.len(), e)?);
                Ok(())
            }
            None => self.expr(e),
        }
    }

    // ----- names -------------------------------------------------------

    fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult<()> {
        let res = self.resolve(name);
        let kind = self.scope_kind();
        let (op, arg) = match (kind, res) {
            (ScopeKind::Function | ScopeKind::Comprehension, Resolved::Local) => {
                let slot = self.unit().varname(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadFast,
                    NameCtx::Store => Op::StoreFast,
                    NameCtx::Del => Op::DeleteFast,
                };
                (op, slot)
            }
            (_, Resolved::Cell | Resolved::Free) => {
                let i = self.deref_index(name)?;
                let op = match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Op::LoadClassDeref,
                    NameCtx::Load => Op::LoadDeref,
                    NameCtx::Store => Op::StoreDeref,
                    NameCtx::Del => Op::DeleteDeref,
                };
                (op, i)
            }
            (ScopeKind::Class, Resolved::Local | Resolved::GlobalImplicit) => {
                let i = self.name_index(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadName,
                    NameCtx::Store => Op::StoreName,
                    NameCtx::Del => Op::DeleteName,
                };
                (op, i)
            }
            // Code for `exec`/`eval`: module names go through the frame's
            // locals mapping (codegen::Options::name_ops).
            (ScopeKind::Module, Resolved::Local | Resolved::GlobalImplicit)
                if self.opts.name_ops =>
            {
                let i = self.name_index(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadName,
                    NameCtx::Store => Op::StoreName,
                    NameCtx::Del => Op::DeleteName,
                };
                (op, i)
            }
            _ => {
                let i = self.name_index(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadGlobal,
                    NameCtx::Store => Op::StoreGlobal,
                    NameCtx::Del => Op::DeleteGlobal,
                };
                (op, i)
            }
        };
        self.emit(op, arg);
        Ok(())
    }

    pub fn load_name(&mut self, name: &str) -> CResult<()> {
        self.name_op(name, NameCtx::Load)
    }

    pub fn store_name(&mut self, name: &str) -> CResult<()> {
        self.name_op(name, NameCtx::Store)
    }

    pub fn delete_name(&mut self, name: &str) -> CResult<()> {
        self.name_op(name, NameCtx::Del)
    }

    // ----- expressions -------------------------------------------------

    pub fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.enter_nested(e.range().start().to_u32())?;
        let saved_line = self.unit().line;
        let line = self.line_of(e.range());
        self.unit().line = line;
        let r = self.expr_inner(e);
        self.unit().line = saved_line;
        self.leave_nested();
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = literal_const(e)? {
            self.emit_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp, binop_kind(b.op) as u32);
                Ok(())
            }
            Expr::UnaryOp(u) => self.unary(e, u),
            Expr::Lambda(l) => self.lambda(l),
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.expr(&i.test)?;
                self.emit_jump(Op::PopJumpIfFalse, orelse);
                let d = self.depth();
                self.expr(&i.body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(orelse);
                self.set_depth(d);
                self.expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict(d),
            Expr::Set(s) => self.sequence(e, &s.elts, Op::BuildSet),
            Expr::List(l) => self.sequence(e, &l.elts, Op::BuildList),
            Expr::Tuple(t) => self.sequence(e, &t.elts, Op::BuildTuple),
            Expr::ListComp(c) => {
                self.comprehension(e.range(), CompKind::List, &c.generators, &c.elt, None)
            }
            Expr::SetComp(c) => {
                self.comprehension(e.range(), CompKind::Set, &c.generators, &c.elt, None)
            }
            Expr::Generator(c) => {
                self.comprehension(e.range(), CompKind::Gen, &c.generators, &c.elt, None)
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => {
                    self.comprehension(e.range(), CompKind::Dict, &c.generators, k, Some(&c.value))
                }
                None => Err(err(
                    "dict unpacking cannot be used in dict comprehension",
                    e,
                )),
            },
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.emit_await(0);
                Ok(())
            }
            Expr::Yield(y) => {
                self.check_yield(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.emit(Op::YieldValue, 0);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.check_yield(e)?;
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.emit_const(Const::None);
                self.emit(Op::YieldFrom, 0);
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::Call(c) => self.call(c),
            Expr::FString(f) => self.fstring(f),
            Expr::TString(_) => Err(err("t-strings are not supported by sandpy", e)),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.as_str());
                self.emit(Op::LoadAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BinarySubscr, 0);
                Ok(())
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
                Ok(())
            }
            Expr::Starred(_) => Err(err("can't use starred expression here", e)),
            // A constant, as CPython compiles it (False under `optimize`).
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                self.emit_const(Const::Bool(self.opts.optimize == 0));
                Ok(())
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::IpyEscapeCommand(_) => Err(err(
                "IPython escape commands are not supported by sandpy",
                e,
            )),
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Err(internal("literal not folded")),
        }
    }

    fn check_yield(&mut self, e: &Expr) -> CResult<()> {
        match self.scope_kind() {
            ScopeKind::Function => Ok(()),
            ScopeKind::Comprehension => Err(err("'yield' inside comprehension", e)),
            _ => Err(err("'yield' outside function", e)),
        }
    }

    fn unary(&mut self, e: &'a Expr, u: &'a ast::ExprUnaryOp) -> CResult<()> {
        if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, &*u.operand) {
            {
                match literal_const(&u.operand)? {
                    Some(Const::Int(i)) => {
                        self.emit_const(int_const(-BigInt::from(i)));
                        return Ok(());
                    }
                    Some(Const::BigInt(b)) => {
                        self.emit_const(int_const(-b));
                        return Ok(());
                    }
                    Some(Const::Float(f)) if matches!(n.value, ast::Number::Float(_)) => {
                        self.emit_const(Const::Float(-f));
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        let _ = e;
        self.expr(&u.operand)?;
        let k = match u.op {
            ast::UnaryOp::Invert => UnaryOpKind::Invert,
            ast::UnaryOp::Not => UnaryOpKind::Not,
            ast::UnaryOp::UAdd => UnaryOpKind::Pos,
            ast::UnaryOp::USub => UnaryOpKind::Neg,
        };
        self.emit(Op::UnaryOp, k as u32);
        Ok(())
    }

    fn bool_op(&mut self, b: &'a ast::ExprBoolOp) -> CResult<()> {
        let end = self.new_label();
        let op = match b.op {
            ast::BoolOp::And => Op::JumpIfFalseOrPop,
            ast::BoolOp::Or => Op::JumpIfTrueOrPop,
        };
        let n = b.values.len();
        for (i, v) in b.values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < n {
                self.emit_jump(op, end);
            }
        }
        self.bind(end);
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 0 {
            return Err(err("empty comparison", c));
        }
        let cleanup = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            match (op, const_set_items(right, 2)) {
                // Only membership is asked of it: no order to keep, so no
                // frozenset built first (CPython's is a constant).
                (ast::CmpOp::In | ast::CmpOp::NotIn, Some(items)) => {
                    for x in items {
                        self.expr(x)?;
                    }
                    self.emit(Op::BuildSet, count(items.len(), right)?);
                }
                _ => self.expr(right)?,
            }
            if i + 1 < n {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.cmp_op(*op);
                self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.cmp_op(*op);
            }
        }
        if n > 1 {
            let end = self.new_label();
            let d = self.depth();
            self.emit_jump(Op::Jump, end);
            self.bind(cleanup);
            self.set_depth(d + 1);
            self.emit(Op::Swap, 2);
            self.emit(Op::PopTop, 0);
            self.bind(end);
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        let (o, arg) = match op {
            ast::CmpOp::Eq => (Op::CompareOp, CmpOpKind::Eq as u32),
            ast::CmpOp::NotEq => (Op::CompareOp, CmpOpKind::Ne as u32),
            ast::CmpOp::Lt => (Op::CompareOp, CmpOpKind::Lt as u32),
            ast::CmpOp::LtE => (Op::CompareOp, CmpOpKind::Le as u32),
            ast::CmpOp::Gt => (Op::CompareOp, CmpOpKind::Gt as u32),
            ast::CmpOp::GtE => (Op::CompareOp, CmpOpKind::Ge as u32),
            ast::CmpOp::Is => (Op::IsOp, 0),
            ast::CmpOp::IsNot => (Op::IsOp, 1),
            ast::CmpOp::In => (Op::ContainsOp, 0),
            ast::CmpOp::NotIn => (Op::ContainsOp, 1),
        };
        self.emit(o, arg);
    }

    /// List, tuple or set display (with `*x` items via extend/update).
    fn sequence(&mut self, e: &'a Expr, elts: &'a [Expr], build: Op) -> CResult<()> {
        let has_star = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        if build == Op::BuildSet
            && let Some(items) = const_set_items(e, 2)
        {
            // CPython: `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1`.
            self.emit(Op::BuildSet, 0);
            for x in items {
                self.expr(x)?;
            }
            self.emit(Op::BuildFrozenSet, count(items.len(), e)?);
            self.emit(Op::SetUpdate, 1);
            return Ok(());
        }
        if !has_star {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(build, count(elts.len(), e)?);
            return Ok(());
        }
        let is_set = build == Op::BuildSet;
        let lead = elts
            .iter()
            .take_while(|x| !matches!(x, Expr::Starred(_)))
            .count();
        for x in elts.iter().take(lead) {
            self.expr(x)?;
        }
        self.emit(
            if is_set { Op::BuildSet } else { Op::BuildList },
            count(lead, e)?,
        );
        for x in elts.iter().skip(lead) {
            match x {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(
                        if is_set {
                            Op::SetUpdate
                        } else {
                            Op::ListExtend
                        },
                        1,
                    );
                }
                other => {
                    self.expr(other)?;
                    self.emit(if is_set { Op::SetAdd } else { Op::ListAppend }, 1);
                }
            }
        }
        if build == Op::BuildTuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let mut pending = 0u32;
        let mut have_dict = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Op::BuildMap, pending);
                        if have_dict {
                            self.emit(Op::DictUpdate, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(&item.value)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit(Op::BuildMap, pending);
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
        }
        Ok(())
    }

    // ----- calls -------------------------------------------------------

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), false) = (&*c.func, has_star) {
            self.expr(&a.value)?;
            let i = self.name_index(a.attr.as_str());
            self.emit(Op::LoadMethod, i);
            return self.call_tail(0, &args.args, &args.keywords, true);
        }
        self.expr(&c.func)?;
        self.call_tail(0, &args.args, &args.keywords, false)
    }

    /// Emit arguments and the call; `pre` positional values are already pushed.
    pub fn call_tail(
        &mut self,
        pre: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        method: bool,
    ) -> CResult<()> {
        let mut seen = std::collections::HashSet::new();
        for k in keywords {
            match &k.arg {
                Some(name) if !seen.insert(name.as_str()) => {
                    return Err(err(
                        format!("keyword argument repeated: {}", name.as_str()),
                        k,
                    ));
                }
                _ => {}
            }
        }
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            let n = pre
                + u32::try_from(args.len() + keywords.len())
                    .map_err(|_| internal("too many arguments"))?;
            if keywords.is_empty() {
                self.emit(if method { Op::CallMethod } else { Op::Call }, n);
            } else {
                let names: Vec<Const> = keywords
                    .iter()
                    .filter_map(|k| k.arg.as_ref())
                    .map(|a| Const::Str(Arc::from(a.as_str())))
                    .collect();
                self.emit_const(Const::Tuple(Arc::from(names)));
                self.emit(if method { Op::CallMethodKw } else { Op::CallKw }, n);
            }
            return Ok(());
        }
        // Positional part as one tuple.
        let all_plain = !args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if let ([Expr::Starred(only)], 0) = (args, pre) {
            // `f(*xs)`: CallEx takes the iterable itself, as CPython does, and
            // names `f` if it is not iterable.
            self.expr(&only.value)?;
        } else if all_plain {
            for a in args {
                self.expr(a)?;
            }
            let n = pre + u32::try_from(args.len()).map_err(|_| internal("too many arguments"))?;
            self.emit(Op::BuildTuple, n);
        } else {
            let lead = args
                .iter()
                .take_while(|a| !matches!(a, Expr::Starred(_)))
                .count();
            for a in args.iter().take(lead) {
                self.expr(a)?;
            }
            let n = pre + u32::try_from(lead).map_err(|_| internal("too many arguments"))?;
            self.emit(Op::BuildList, n);
            for a in args.iter().skip(lead) {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::ListExtend, 1);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Op::ListAppend, 1);
                    }
                }
            }
            self.emit(Op::ListToTuple, 0);
        }
        // Keyword part as one dict.
        let mut have_dict = false;
        let mut pending = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.emit_const(Const::Str(Arc::from(name.as_str())));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Op::BuildMap, pending);
                        if have_dict {
                            self.emit(Op::DictMerge, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap, pending);
            if have_dict {
                self.emit(Op::DictMerge, 1);
            }
            have_dict = true;
        }
        self.emit(Op::CallEx, u32::from(have_dict));
        Ok(())
    }

    // ----- functions ---------------------------------------------------

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let flags = match &l.parameters {
            Some(p) => self.defaults(p)?,
            None => 0,
        };
        let scope = self
            .table
            .scope_of(l.range)
            .ok_or_else(|| internal("lambda scope missing"))?;
        let qualname = self.qualname_for("<lambda>");
        let line = self.line_of(l.range);
        self.push_unit(CodeKind::Function, scope, "<lambda>", &qualname, line);
        if let Some(p) = &l.parameters {
            self.set_params(p);
        }
        self.expr(&l.body)?;
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, flags)
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Err(RawError::syntax(
                "comprehension without a loop",
                range.start().to_u32(),
            ));
        };
        let scope = self
            .table
            .scope_of(range)
            .ok_or_else(|| internal("comprehension scope missing"))?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.line_of(range);
        self.push_unit(CodeKind::Function, scope, name, &qualname, line);
        {
            let u = self.unit();
            u.argcount = 1;
            if kind == CompKind::Gen {
                u.generator = true;
                if u.gen_kind != GenKind::Generator {
                    u.gen_kind = GenKind::AsyncGenerator;
                }
            }
        }
        let awaited = kind != CompKind::Gen && self.unit().gen_kind != GenKind::Generator;
        match kind {
            CompKind::List => self.emit(Op::BuildList, 0),
            CompKind::Set => self.emit(Op::BuildSet, 0),
            CompKind::Dict => self.emit(Op::BuildMap, 0),
            CompKind::Gen => {}
        }
        self.comp_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Gen {
            self.emit_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, 0)?;
        self.iterable(&first.iter)?;
        self.emit(
            if first.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            },
            0,
        );
        self.emit(Op::Call, 1);
        if awaited {
            // An async list/set/dict comprehension is a coroutine: await it.
            self.emit_await(0);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(g) = generators.get(i) else {
            return Err(internal("generator index"));
        };
        self.enter_nested(g.range.start().to_u32())?;
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            let slot = self.unit().varname(".0");
            self.emit(Op::LoadFast, slot);
        } else {
            self.iterable(&g.iter)?;
            self.emit(
                if g.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        let d = self.depth();
        self.bind(start);
        let exhausted = self.new_label();
        if g.is_async {
            self.emit_anext(exhausted);
        } else {
            self.emit_jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit_jump(Op::PopJumpIfFalse, start);
        }
        if i + 1 < generators.len() {
            self.comp_loop(kind, generators, i + 1, elt, value)?;
        } else {
            let below = count(generators.len() + 1, &g.range)?;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, below);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, below);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, below);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.emit_jump(Op::Jump, start);
        if g.is_async {
            self.bind(exhausted);
            self.set_depth(d + 1);
            self.emit(Op::EndAsyncFor, 0);
        }
        self.bind(end);
        self.set_depth(d - 1);
        self.leave_nested();
        Ok(())
    }

    // ----- f-strings ---------------------------------------------------

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut parts = 0u32;
        let mut literal = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => literal.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut literal, &mut parts)?;
                }
            }
        }
        self.flush_literal(&mut literal, &mut parts);
        self.finish_string(parts);
        Ok(())
    }

    fn flush_literal(&mut self, literal: &mut String, parts: &mut u32) {
        if !literal.is_empty() {
            let s = std::mem::take(literal);
            self.emit_const(Const::Str(Arc::from(s)));
            *parts += 1;
        }
    }

    fn finish_string(&mut self, parts: u32) {
        match parts {
            0 => self.emit_const(Const::Str(Arc::from(""))),
            1 => {}
            n => self.emit(Op::BuildString, n),
        }
    }

    fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        literal: &mut String,
        parts: &mut u32,
    ) -> CResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => literal.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    self.enter_nested(i.range.start().to_u32())?;
                    let r = self.fstring_field(i, literal, parts);
                    self.leave_nested();
                    r?;
                }
            }
        }
        Ok(())
    }

    fn fstring_field(
        &mut self,
        i: &'a ast::InterpolatedElement,
        literal: &mut String,
        parts: &mut u32,
    ) -> CResult<()> {
        if let Some(debug) = &i.debug_text {
            literal.push_str(debug.leading());
            literal.push_str(debug.expression());
            literal.push_str(debug.trailing());
        }
        self.flush_literal(literal, parts);
        self.expr(&i.expression)?;
        let mut flags = match i.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if i.debug_text.is_some() && flags == 0 && i.format_spec.is_none() {
            flags = 2;
        }
        if let Some(spec) = &i.format_spec {
            let mut spec_literal = String::new();
            let mut spec_parts = 0u32;
            self.fstring_elements(&spec.elements, &mut spec_literal, &mut spec_parts)?;
            self.flush_literal(&mut spec_literal, &mut spec_parts);
            self.finish_string(spec_parts);
            flags |= 4;
        }
        self.emit(Op::FormatValue, flags);
        *parts += 1;
        Ok(())
    }
}
