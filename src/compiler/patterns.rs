//! Codegen of the `match` statement and its patterns (PEP 634, with
//! CPython 3.11's compile-time checks and messages).
//!
//! Shape of the code: the subject is evaluated once and stays on the stack
//! while the cases are tried; each case copies it, matches the copy, runs
//! its guard, then pops the subject and runs its body. A pattern is
//! compiled with the value it matches on top of the stack and consumes it;
//! on success it falls through, on failure it jumps into its case's
//! failure ladder.
//!
//! Invariants:
//! - the failure ladder of a case (`Chain`) is a run of `PopTop`s with one
//!   label before each: a check that fails with `n` values above the
//!   chain's base jumps to label `n`, so the ladder pops exactly what the
//!   pattern had pushed and reaches the next case (or the next alternative
//!   of an or-pattern) with the stack at the base. The compiler's static
//!   depth tells `n` at every jump, so no count is kept by hand;
//! - names are stored as soon as their sub-pattern has matched: a case
//!   that fails later may leave some of its names bound (PEP 634 allows
//!   it), a case that matches has bound exactly its names;
//! - the compile-time errors are CPython's, raised in the order CPython
//!   meets them: an irrefutable pattern that is not last (in the cases or
//!   in an or-pattern), a name bound twice, alternatives that bind
//!   different names, two starred names, a repeated keyword, a repeated
//!   literal mapping key;
//! - pattern nesting is bounded by the compiler's depth guard.

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

use super::codegen::{Compiler, Label, internal};
use super::expr::{int_const, literal_const};
use super::{CResult, RawError};
use crate::bytecode::{BinOpKind, CmpOpKind, Const, Op};

fn err(msg: impl Into<String>, node: &impl Ranged) -> RawError {
    RawError::syntax(msg, node.range().start().to_u32())
}

/// The failure ladder of one case or one or-pattern alternative.
struct Chain {
    /// Static stack depth the ladder ends at.
    base: i32,
    /// `labels[n]`: where a failure with `n` values above `base` jumps.
    labels: Vec<Label>,
}

/// State of the pattern being compiled.
struct PatternCtx {
    chain: Chain,
    /// Names the pattern binds so far, in order.
    names: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
}

/// `_`: matches anything, binds nothing.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.name.is_none() && a.pattern.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let base = self.depth();
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let line = self.line_of(case.pattern.range());
            self.unit().line = line;
            let mut pc = PatternCtx {
                chain: Chain {
                    base,
                    labels: Vec::new(),
                },
                names: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
            };
            self.emit(Op::Copy, 1);
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(guard) = &case.guard {
                self.expr(guard)?;
                self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
            }
            // A match: the subject goes before the body runs.
            self.emit(Op::PopTop, 0);
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.fail_ladder(&mut pc.chain);
        }
        self.emit(Op::PopTop, 0);
        self.bind(end);
        self.set_depth(base - 1);
        Ok(())
    }

    /// Emit `op` (a conditional jump) to the failure ladder, at the label
    /// for the depth the stack has after the jump.
    fn jump_fail(&mut self, chain: &mut Chain, op: Op) {
        let after = self.depth() + op.stack_effect(0);
        let n = usize::try_from(after - chain.base).unwrap_or(0);
        while chain.labels.len() <= n {
            let l = self.new_label();
            chain.labels.push(l);
        }
        self.emit_jump(op, chain.labels[n]);
    }

    /// Emit the ladder of `chain` after an unconditional jump: it ends with
    /// the stack at the chain's base.
    fn fail_ladder(&mut self, chain: &mut Chain) {
        if chain.labels.is_empty() {
            let l = self.new_label();
            chain.labels.push(l);
        }
        for k in (1..chain.labels.len()).rev() {
            self.bind(chain.labels[k]);
            self.set_depth(chain.base + k as i32);
            self.emit(Op::PopTop, 0);
        }
        self.bind(chain.labels[0]);
        self.set_depth(chain.base);
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        self.enter_nested(p.range().start().to_u32())?;
        let saved_line = self.unit().line;
        let line = self.line_of(p.range());
        self.unit().line = line;
        let r = self.pattern_inner(p, pc);
        self.unit().line = saved_line;
        self.leave_nested();
        r
    }

    /// A pattern inside another (a sequence item, a mapping value, a class
    /// pattern's argument): irrefutable ones are fine there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                check_value(&v.value)?;
                self.expr(&v.value)?;
                self.emit(Op::CompareOp, CmpOpKind::Eq as u32);
                self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.emit_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                self.emit(Op::IsOp, 0);
                self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(p, &s.patterns, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(_) => Err(err("can't use starred name here", p)),
            Pattern::MatchAs(a) => {
                let name = a.name.as_ref().map(|n| n.as_str());
                match &a.pattern {
                    None => {
                        if !pc.allow_irrefutable {
                            return Err(match name {
                                Some(n) => err(
                                    format!(
                                        "name capture '{n}' makes remaining patterns unreachable"
                                    ),
                                    p,
                                ),
                                None => err("wildcard makes remaining patterns unreachable", p),
                            });
                        }
                        self.capture(name, p, pc)
                    }
                    Some(inner) => {
                        if name == Some("_") {
                            return Err(err("cannot use '_' as a target", p));
                        }
                        self.emit(Op::Copy, 1);
                        self.pattern(inner, pc)?;
                        self.capture(name, p, pc)
                    }
                }
            }
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        }
    }

    /// Store TOS in `name` (pop it for a wildcard), checking the name.
    fn capture(
        &mut self,
        name: Option<&str>,
        at: &impl Ranged,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(err("cannot assign to __debug__", at));
        }
        if pc.names.iter().any(|n| n == name) {
            return Err(err(
                format!("multiple assignments to name '{name}' in pattern"),
                at,
            ));
        }
        pc.names.push(name.to_string());
        self.store_name(name)
    }

    fn pattern_sequence(
        &mut self,
        p: &'a Pattern,
        pats: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = pats.len();
        let mut star = None;
        let mut star_wildcard = false;
        let mut only_wildcard = true;
        for (i, s) in pats.iter().enumerate() {
            if let Pattern::MatchStar(st) = s {
                if star.is_some() {
                    return Err(err("multiple starred names in sequence pattern", p));
                }
                star = Some(i);
                star_wildcard = st.name.is_none();
            }
            only_wildcard &= is_wildcard(s) || is_star_wildcard(s);
        }
        let count = |n: usize| u32::try_from(n).map_err(|_| err("too many sub-patterns", p));
        self.emit(Op::MatchSequence, 0);
        self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Op::GetLen, 0);
                self.emit_const(Const::Int(size as i64));
                self.emit(Op::CompareOp, CmpOpKind::Eq as u32);
                self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen, 0);
                self.emit_const(Const::Int(size as i64 - 1));
                self.emit(Op::CompareOp, CmpOpKind::Ge as u32);
                self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        if only_wildcard {
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        match star {
            Some(s) if star_wildcard => {
                // Index the items the pattern looks at; the star's middle
                // is never built.
                for (i, sub) in pats.iter().enumerate() {
                    if i == s || is_wildcard(sub) {
                        continue;
                    }
                    self.emit(Op::Copy, 1);
                    if i < s {
                        self.emit_const(Const::Int(i as i64));
                    } else {
                        self.emit(Op::GetLen, 0);
                        self.emit_const(Const::Int((size - i) as i64));
                        self.emit(Op::BinaryOp, BinOpKind::Sub as u32);
                    }
                    self.emit(Op::BinarySubscr, 0);
                    self.subpattern(sub, pc)?;
                }
                self.emit(Op::PopTop, 0);
                return Ok(());
            }
            Some(s) => {
                let (before, after) = (s, size - s - 1);
                if before > 0xff || after > 0xff_ffff {
                    return Err(err(
                        "too many expressions in star-unpacking sequence pattern",
                        p,
                    ));
                }
                self.emit(Op::UnpackEx, count(before)? | (count(after)? << 8));
            }
            None => self.emit(Op::UnpackSequence, count(size)?),
        }
        for sub in pats {
            match sub {
                Pattern::MatchStar(st) => {
                    let name = st.name.as_ref().map(|n| n.as_str());
                    self.capture(name, sub, pc)?;
                }
                other => self.subpattern(other, pc)?,
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(internal("mapping pattern keys"));
        }
        let nkeys = u32::try_from(size).map_err(|_| err("too many sub-patterns", m))?;
        // The keys are checked before any code is emitted, as CPython does.
        let mut constants: Vec<Const> = Vec::new();
        for key in &m.keys {
            match key_const(key)? {
                Some(c) => {
                    if constants.iter().any(|k| const_eq(k, &c)) {
                        return Err(err(
                            format!("mapping pattern checks duplicate key ({})", key_repr(&c)),
                            m,
                        ));
                    }
                    constants.push(c);
                }
                None if is_attribute_chain(key) => {}
                None => {
                    return Err(err(
                        "mapping pattern keys may only match literals and attribute lookups",
                        key,
                    ));
                }
            }
        }
        self.emit(Op::MatchMapping, 0);
        self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.emit_const(Const::Int(size as i64));
            self.emit(Op::CompareOp, CmpOpKind::Ge as u32);
            self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
        }
        for key in &m.keys {
            self.expr(key)?;
        }
        self.emit(Op::BuildTuple, nkeys);
        if size > 0 {
            self.emit(Op::MatchKeys, 0);
            self.emit(Op::Copy, 1);
            self.emit_const(Const::None);
            self.emit(Op::IsOp, 1);
            self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
            self.emit(Op::UnpackSequence, nkeys);
            for sub in &m.patterns {
                self.subpattern(sub, pc)?;
            }
        }
        match &m.rest {
            Some(rest) => {
                if rest.as_str() == "_" {
                    return Err(err("invalid syntax", rest));
                }
                self.emit(Op::MatchRest, 0);
                self.capture(Some(rest.as_str()), rest, pc)
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
                Ok(())
            }
        }
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let pos = &c.arguments.patterns;
        let kws = &c.arguments.keywords;
        for (i, kw) in kws.iter().enumerate() {
            let name = kw.attr.as_str();
            if name == "__debug__" {
                return Err(err("cannot assign to __debug__", &kw.attr));
            }
            if kws[..i].iter().any(|k| k.attr.as_str() == name) {
                return Err(err(
                    format!("attribute name repeated in class pattern: {name}"),
                    &kw.attr,
                ));
            }
        }
        let npos = u32::try_from(pos.len()).map_err(|_| err("too many sub-patterns", c))?;
        let total =
            u32::try_from(pos.len() + kws.len()).map_err(|_| err("too many sub-patterns", c))?;
        self.expr(&c.cls)?;
        let names: Vec<Const> = kws
            .iter()
            .map(|k| Const::Str(std::sync::Arc::from(k.attr.as_str())))
            .collect();
        self.emit_const(Const::Tuple(names.into()));
        self.emit(Op::MatchClass, npos);
        self.emit(Op::Copy, 1);
        self.emit_const(Const::None);
        self.emit(Op::IsOp, 1);
        self.jump_fail(&mut pc.chain, Op::PopJumpIfFalse);
        let subs = || pos.iter().chain(kws.iter().map(|k| &k.pattern));
        if subs().all(is_wildcard) {
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        self.emit(Op::UnpackSequence, total);
        for sub in subs() {
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: each alternative but the last tries a copy of the
    /// value and falls back to the next one through its own ladder.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult<()> {
        let base = self.depth();
        let end = self.new_label();
        let outer_names = std::mem::take(&mut pc.names);
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            let last = i + 1 == n;
            pc.names = Vec::new();
            pc.allow_irrefutable = last && outer_allow;
            if last {
                self.pattern(alt, pc)?;
            } else {
                let inner = Chain {
                    base,
                    labels: Vec::new(),
                };
                let mut outer_chain = std::mem::replace(&mut pc.chain, inner);
                self.emit(Op::Copy, 1);
                let r = self.pattern(alt, pc);
                std::mem::swap(&mut pc.chain, &mut outer_chain);
                r?;
                let mut inner = outer_chain;
                self.emit(Op::PopTop, 0);
                self.emit_jump(Op::Jump, end);
                self.fail_ladder(&mut inner);
            }
            let names = std::mem::take(&mut pc.names);
            match &control {
                None => control = Some(names),
                Some(c) => {
                    let same = c.len() == names.len() && c.iter().all(|x| names.contains(x));
                    if !same {
                        return Err(err("alternative patterns bind different names", alt));
                    }
                }
            }
        }
        self.bind(end);
        self.set_depth(base - 1);
        pc.names = outer_names;
        pc.allow_irrefutable = outer_allow;
        for name in control.unwrap_or_default() {
            if pc.names.contains(&name) {
                return Err(err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o,
                ));
            }
            pc.names.push(name);
        }
        Ok(())
    }
}

/// `a.b.c`: a value pattern or a mapping key that is looked up.
fn is_attribute_chain(e: &Expr) -> bool {
    let mut e = e;
    loop {
        match e {
            Expr::Attribute(a) => e = &a.value,
            Expr::Name(_) => return true,
            _ => return false,
        }
    }
}

/// A literal or value pattern's expression must be a literal, a signed
/// number, a complex literal (`1+2j`) or a dotted name.
fn check_value(e: &Expr) -> CResult<()> {
    if is_attribute_chain(e) && matches!(e, Expr::Attribute(_)) {
        return Ok(());
    }
    match e {
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => Ok(()),
        Expr::UnaryOp(u)
            if u.op == ast::UnaryOp::USub && matches!(&*u.operand, Expr::NumberLiteral(_)) =>
        {
            Ok(())
        }
        Expr::BinOp(_) => match key_const(e)? {
            Some(_) => Ok(()),
            None => Err(err(
                "patterns may only match literals and attribute lookups",
                e,
            )),
        },
        _ => Err(err(
            "patterns may only match literals and attribute lookups",
            e,
        )),
    }
}

/// The value of a literal mapping key or literal pattern, folded as
/// CPython folds it (`-1`, `1+2j`, `-1.5-2j`); None for anything else.
fn key_const(e: &Expr) -> CResult<Option<Const>> {
    match e {
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
            if !matches!(&*u.operand, Expr::NumberLiteral(_)) {
                return Ok(None);
            }
            Ok(literal_const(&u.operand)?.and_then(negate))
        }
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            let re = match key_const(&b.left)? {
                Some(Const::Int(i)) => i as f64,
                Some(Const::BigInt(n)) => num_traits::ToPrimitive::to_f64(&n).unwrap_or(f64::NAN),
                Some(Const::Float(f)) => f,
                _ => return Ok(None),
            };
            if !matches!(&*b.left, Expr::NumberLiteral(_) | Expr::UnaryOp(_)) {
                return Ok(None);
            }
            let im = match (&*b.right, literal_const(&b.right)?) {
                (Expr::NumberLiteral(_), Some(Const::Complex(0.0, im))) => im,
                _ => return Ok(None),
            };
            let im = if b.op == ast::Operator::Sub { -im } else { im };
            Ok(Some(Const::Complex(re, im)))
        }
        Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => literal_const(e),
        _ => Ok(None),
    }
}

fn negate(c: Const) -> Option<Const> {
    Some(match c {
        Const::Int(i) => int_const(-num_bigint::BigInt::from(i)),
        Const::BigInt(b) => int_const(-b),
        Const::Float(f) => Const::Float(-f),
        Const::Complex(re, im) => Const::Complex(-re, -im),
        _ => return None,
    })
}

/// A number as (real, imaginary) parts, exact for ints.
enum Num {
    Int(num_bigint::BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(c: &Const) -> Option<Num> {
    Some(match c {
        Const::Bool(b) => Num::Int(num_bigint::BigInt::from(i64::from(*b))),
        Const::Int(i) => Num::Int(num_bigint::BigInt::from(*i)),
        Const::BigInt(b) => Num::Int(b.clone()),
        Const::Float(f) => Num::Float(*f),
        Const::Complex(re, im) => Num::Complex(*re, *im),
        _ => return None,
    })
}

/// An int and a float are equal when the float is that exact integer.
fn int_eq_float(i: &num_bigint::BigInt, f: f64) -> bool {
    f.is_finite()
        && f.fract() == 0.0
        && num_traits::FromPrimitive::from_f64(f).is_some_and(|b: num_bigint::BigInt| &b == i)
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_eq_float(i, *f),
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => match other {
            Num::Complex(re2, im2) => re == re2 && im == im2,
            real => *im == 0.0 && num_eq(&Num::Float(*re), real),
        },
    }
}

/// Python's `==` between two literal keys.
fn const_eq(a: &Const, b: &Const) -> bool {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Const::None, Const::None) => true,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        _ => false,
    }
}

/// `repr` of a literal key, for the duplicate-key message.
fn key_repr(c: &Const) -> String {
    match c {
        Const::Float(f) => crate::format::float_repr(*f),
        other => crate::bytecode::dis::const_repr(other),
    }
}

/// CPython's wording for the parser's errors in patterns; None for an
/// error that is not about a pattern. `offset` is where the parser put it.
pub(super) fn parse_error(msg: &str, offset: u32, source: &str) -> Option<RawError> {
    let at = source.get(offset as usize..).unwrap_or("");
    let before = source.get(..offset as usize).unwrap_or("").trim_end();
    let number = at.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    let text = match msg {
        "Expected a real number in complex literal pattern" if number => {
            "real number required in complex literal"
        }
        "Expected an imaginary number in complex literal pattern" if number => {
            "imaginary number required in complex literal"
        }
        "Positional patterns cannot follow keyword patterns" => {
            "positional patterns follow keyword patterns"
        }
        "cannot use '_' as a target" if before.ends_with("**") => "invalid syntax",
        "Expected a real number in complex literal pattern"
        | "Expected an imaginary number in complex literal pattern"
        | "Star pattern cannot be used here"
        | "Only one double star pattern is allowed"
        | "Invalid mapping pattern key"
        | "Pattern cannot follow a double star pattern"
        | "Invalid value for a class pattern" => "invalid syntax",
        _ => return None,
    };
    Some(RawError::syntax(text, offset))
}
