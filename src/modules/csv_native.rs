//! `_csvparse`, the accelerator of `_csv` (src/stdlib/_csv.py): the
//! reader's state machine over one line.
//!
//! `feed(line, state, field, numeric, delimiter, quotechar, escapechar,
//! doublequote, skipinitialspace, strict, nonnumeric, limit, float, error)`
//! runs the machine over the characters of `line` and then its end-of-line
//! mark, starting from `state` with the partial `field` (and whether it is
//! a number of a QUOTE_NONNUMERIC dialect), and returns `(state, field,
//! numeric, fields)`: the state after the line, the field still open, and
//! the fields the line completed. The iteration over lines, `line_num`
//! and the end of input stay in Python.
//!
//! Invariants: the states are `_csv.py`'s numbers; a completed field of
//! a number is converted by calling `float` (so its errors are Python's,
//! raised where CPython raises them); the field size limit is checked
//! before each character is added, as CPython's `parse_add_char` does, and
//! an error is an instance of `error` (`_csv.Error`). The work and the
//! memory are bounded by the line's length.

use crate::object::{Args, ObjRef, PyResult, Value};
use crate::vm::Vm;

use super::def;

const START_RECORD: i64 = 0;
const START_FIELD: i64 = 1;
const ESCAPED_CHAR: i64 = 2;
const IN_FIELD: i64 = 3;
const IN_QUOTED_FIELD: i64 = 4;
const ESCAPE_IN_QUOTED_FIELD: i64 = 5;
const QUOTE_IN_QUOTED_FIELD: i64 = 6;
const EAT_CRNL: i64 = 7;
const AFTER_ESCAPED_CRNL: i64 = 8;

/// The dialect's parameters and the machine's state over one line.
struct Machine {
    delim: char,
    quote: Option<char>,
    esc: Option<char>,
    doublequote: bool,
    skipsp: bool,
    strict: bool,
    nonnum: bool,
    limit: i64,
    float: Value,
    error: ObjRef,
    state: i64,
    field: String,
    flen: i64,
    numeric: bool,
    done: Vec<Value>,
}

impl Machine {
    fn fail(&self, vm: &mut Vm, msg: &str) -> crate::object::Exc {
        vm.new_exc(&self.error, msg)
    }

    fn add(&mut self, vm: &mut Vm, c: char) -> PyResult<()> {
        if self.flen >= self.limit {
            let msg = format!("field larger than field limit ({})", self.limit);
            return Err(self.fail(vm, &msg));
        }
        self.field.push(c);
        self.flen += 1;
        Ok(())
    }

    fn save(&mut self, vm: &mut Vm) -> PyResult<()> {
        let text = Value::string(std::mem::take(&mut self.field));
        let v = if self.numeric {
            self.numeric = false;
            vm.call(&self.float, &[text])?
        } else {
            text
        };
        self.flen = 0;
        self.done.push(v);
        Ok(())
    }

    /// One step: `c` is a character of the line, None its end.
    fn step(&mut self, vm: &mut Vm, c: Option<char>) -> PyResult<()> {
        let is = |x: Option<char>| c.is_some() && c == x;
        let newline = matches!(c, Some('\n' | '\r'));
        let mut state = self.state;
        if state == START_RECORD {
            match c {
                None => return Ok(()),
                Some('\n' | '\r') => {
                    self.state = EAT_CRNL;
                    return Ok(());
                }
                _ => state = START_FIELD,
            }
        }
        match state {
            START_FIELD => {
                if c.is_none() || newline {
                    self.save(vm)?;
                    self.state = if c.is_none() { START_RECORD } else { EAT_CRNL };
                } else if is(self.quote) {
                    self.state = IN_QUOTED_FIELD;
                } else if is(self.esc) {
                    self.state = ESCAPED_CHAR;
                } else if c == Some(' ') && self.skipsp {
                    self.state = START_FIELD;
                } else if c == Some(self.delim) {
                    self.save(vm)?;
                    self.state = START_FIELD;
                } else if let Some(ch) = c {
                    self.numeric = self.nonnum;
                    self.add(vm, ch)?;
                    self.state = IN_FIELD;
                }
            }
            ESCAPED_CHAR => {
                if let Some(ch @ ('\n' | '\r')) = c {
                    self.add(vm, ch)?;
                    self.state = AFTER_ESCAPED_CRNL;
                } else {
                    self.add(vm, c.unwrap_or('\n'))?;
                    self.state = IN_FIELD;
                }
            }
            AFTER_ESCAPED_CRNL | IN_FIELD => {
                // After an escaped newline the end of the line does not
                // end the field, and plain characters keep the state.
                if state == AFTER_ESCAPED_CRNL && c.is_none() {
                    return Ok(());
                }
                if c.is_none() || newline {
                    self.save(vm)?;
                    self.state = if c.is_none() { START_RECORD } else { EAT_CRNL };
                } else if is(self.esc) {
                    self.state = ESCAPED_CHAR;
                } else if c == Some(self.delim) {
                    self.save(vm)?;
                    self.state = START_FIELD;
                } else if let Some(ch) = c {
                    self.add(vm, ch)?;
                }
            }
            IN_QUOTED_FIELD => {
                // The end of a line inside quotes adds nothing (the line
                // holds its own newline).
                if let Some(ch) = c {
                    if is(self.esc) {
                        self.state = ESCAPE_IN_QUOTED_FIELD;
                    } else if is(self.quote) {
                        self.state = if self.doublequote {
                            QUOTE_IN_QUOTED_FIELD
                        } else {
                            IN_FIELD
                        };
                    } else {
                        self.add(vm, ch)?;
                    }
                }
            }
            ESCAPE_IN_QUOTED_FIELD => {
                self.add(vm, c.unwrap_or('\n'))?;
                self.state = IN_QUOTED_FIELD;
            }
            QUOTE_IN_QUOTED_FIELD => {
                if is(self.quote) {
                    if let Some(ch) = c {
                        self.add(vm, ch)?;
                    }
                    self.state = IN_QUOTED_FIELD;
                } else if c == Some(self.delim) {
                    self.save(vm)?;
                    self.state = START_FIELD;
                } else if c.is_none() || newline {
                    self.save(vm)?;
                    self.state = if c.is_none() { START_RECORD } else { EAT_CRNL };
                } else if !self.strict {
                    if let Some(ch) = c {
                        self.add(vm, ch)?;
                    }
                    self.state = IN_FIELD;
                } else {
                    let q = self.quote.map(String::from).unwrap_or_default();
                    let msg = format!("'{}' expected after '{q}'", self.delim);
                    return Err(self.fail(vm, &msg));
                }
            }
            EAT_CRNL => {
                if c.is_none() {
                    self.state = START_RECORD;
                } else if !newline {
                    return Err(self.fail(
                        vm,
                        "new-line character seen in unquoted field - do you need to open the \
                         file in universal-newline mode?",
                    ));
                }
            }
            _ => return Err(vm.value_error("_csvparse.feed: bad state")),
        }
        Ok(())
    }
}

/// A one-character str as its char, None for None.
fn one_char(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<char>> {
    if v.is_none() {
        return Ok(None);
    }
    let mut chars = v.as_pystr().map(|s| s.s.chars());
    match chars.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(ch), None)) => Ok(Some(ch)),
        _ => Err(vm.type_error(format!("_csvparse.feed: {what} must be one character"))),
    }
}

fn int_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => Err(vm.type_error(format!("_csvparse.feed: {what} must be an int"))),
    }
}

/// `feed(...)`: see the module documentation.
fn feed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 14 || !a.kw.is_empty() {
        return Err(vm.type_error("_csvparse.feed expected 14 positional arguments"));
    }
    let p = a.pos;
    let Some(line) = p[0].as_pystr().map(|s| s.s.to_string()) else {
        return Err(vm.type_error("_csvparse.feed: line must be a str"));
    };
    let Some(field) = p[2].as_pystr().map(|s| s.s.to_string()) else {
        return Err(vm.type_error("_csvparse.feed: field must be a str"));
    };
    let Value::Obj(error) = &p[13] else {
        return Err(vm.type_error("_csvparse.feed: error must be a class"));
    };
    let Some(delim) = one_char(vm, &p[4], "delimiter")? else {
        return Err(vm.type_error("_csvparse.feed: delimiter must be one character"));
    };
    let flen = i64::try_from(field.chars().count()).unwrap_or(i64::MAX);
    let mut m = Machine {
        delim,
        quote: one_char(vm, &p[5], "quotechar")?,
        esc: one_char(vm, &p[6], "escapechar")?,
        doublequote: vm.truthy(&p[7])?,
        skipsp: vm.truthy(&p[8])?,
        strict: vm.truthy(&p[9])?,
        nonnum: vm.truthy(&p[10])?,
        limit: int_arg(vm, &p[11], "limit")?,
        float: p[12].clone(),
        error: error.clone(),
        state: int_arg(vm, &p[1], "state")?,
        field,
        flen,
        numeric: vm.truthy(&p[3])?,
        done: Vec::new(),
    };
    for c in line.chars() {
        m.step(vm, Some(c))?;
    }
    m.step(vm, None)?;
    Ok(Value::tuple(vec![
        Value::Int(m.state),
        Value::string(m.field),
        Value::Bool(m.numeric),
        Value::list(m.done),
    ]))
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "feed", feed)
}
