//! The VM's side of `except*` (PEP 654): matching an except* clause against
//! the exception being handled (`CheckEgMatch`) and working out what leaves
//! the statement once its clauses ran (`PrepReraiseStar`). The compiler's
//! side is compiler/try_star.rs.
//!
//! Invariants, as CPython 3.11:
//! - a clause matches the leaves of a group by type (`split`); a naked
//!   exception that matches is handled as `ExceptionGroup('', (exc,))`;
//! - an exception that leaves a clause is *re-raised* when it carries the
//!   original's traceback, cause and context (a part made by `split`, or
//!   the match re-raised with a bare `raise`), else *raised*: the re-raised
//!   parts are put back together in the original's shape, and any raised
//!   ones are combined with them in `ExceptionGroup('', [...])`.

use std::collections::HashSet;

use crate::object::{ExcData, Payload, PyResult, Value};
use crate::types::exception_group::{Matcher, is_group, leaf_ids, new_group, split_group};

use super::Vm;
use super::exc::exc_data;

/// The TypeError for a `split` (a subclass's) whose result except* cannot use.
const SPLIT_RESULT: &str = "split() must return a (match, rest) pair of exceptions or None";

/// Whether two exceptions carry the same traceback, cause and context
/// (CPython's `is_same_exception_metadata`).
fn same_metadata(a: &ExcData, b: &ExcData) -> bool {
    a.cause.is(&b.cause)
        && a.context.is(&b.context)
        && a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(&b.traceback)
            .all(|(x, y)| std::rc::Rc::ptr_eq(&x.code, &y.code) && x.line == y.line)
}

impl Vm {
    /// Refuse an except* clause type that is not an exception class (or a
    /// tuple of them), or that is an exception group class.
    fn check_except_star_type(&mut self, ty: &Value) -> PyResult<()> {
        let base = self.exc_types.base_exception.clone();
        let group = self.exc_types.base_exception_group.clone();
        let items: Vec<Value> = match ty.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![ty.clone()],
        };
        let mut any_group = false;
        for t in &items {
            match t.as_obj() {
                Some(c)
                    if matches!(c.payload(), Payload::Class(_)) && self.is_subclass(c, &base) =>
                {
                    any_group |= self.is_subclass(c, &group);
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
        }
        if any_group {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// `CheckEgMatch`: `(rest, match)` when part of `exc` matches `ty`,
    /// `(exc, None)` when nothing does.
    pub(crate) fn check_eg_match(&mut self, exc: Value, ty: &Value) -> PyResult<(Value, Value)> {
        self.check_except_star_type(ty)?;
        if self.exception_matches(&exc, ty)? {
            let matched = if is_group(&exc) {
                exc
            } else {
                new_group(self, Value::str(""), Value::tuple(vec![exc]))?
            };
            self.handled = matched.clone();
            return Ok((Value::None, matched));
        }
        if !is_group(&exc) {
            return Ok((exc, Value::None));
        }
        let split = self.getattr_str(&exc, "split")?;
        let pair = self.call(&split, std::slice::from_ref(ty))?;
        let (matched, rest) = match pair.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            _ => return Err(self.type_error(SPLIT_RESULT)),
        };
        // A subclass's `split` may return anything: only exceptions may
        // become the handled exception (or be raised again).
        let is_exc = |v: &Value| v.is_none() || v.as_obj().and_then(exc_data).is_some();
        if !is_exc(&matched) || !is_exc(&rest) {
            return Err(self.type_error(SPLIT_RESULT));
        }
        if matched.is_none() {
            return Ok((exc, Value::None));
        }
        self.handled = matched.clone();
        Ok((rest, matched))
    }

    /// `PrepReraiseStar`: the exception that leaves a `try ... except*`
    /// whose original exception was `orig`, given the list `excs` of what
    /// its clauses raised or re-raised and the unmatched rest (None items
    /// are skipped); None when nothing is left.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let excs: Vec<Value> = match excs.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => return Err(self.runtime_error("internal error: except* results are not a list")),
        };
        let Some(first) = excs.first() else {
            return Ok(Value::None);
        };
        if !is_group(orig) {
            // A naked exception was wrapped: one clause at most ran, so
            // there is at most one exception to raise.
            return Ok(first.clone());
        }
        let Some(orig_data) = orig.as_obj().and_then(exc_data) else {
            return Ok(Value::None);
        };
        let mut raised = Vec::new();
        let mut ids = HashSet::new();
        for e in excs.iter().filter(|e| !e.is_none()) {
            let reraised = e
                .as_obj()
                .and_then(exc_data)
                .is_some_and(|d| same_metadata(&d.borrow(), &orig_data.borrow()));
            if reraised {
                leaf_ids(self, e, &mut ids)?;
            } else {
                raised.push(e.clone());
            }
        }
        let (kept, _) = split_group(self, orig, &Matcher::Ids(ids), false)?;
        if raised.is_empty() {
            return Ok(kept.unwrap_or(Value::None));
        }
        raised.extend(kept);
        if raised.len() == 1 {
            return Ok(raised.swap_remove(0));
        }
        new_group(self, Value::str(""), Value::list(raised))
    }
}
