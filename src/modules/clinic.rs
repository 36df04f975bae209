//! Argument binding for the natives of `_hashlib`, `zlib` and `binascii`,
//! with the messages CPython's argument clinic gives for the same calls
//! (`'foo' is an invalid keyword argument for compress()`, `hexlify()
//! missing required argument 'data' (pos 1)`, ...), and the reading of a
//! bytes-like argument.
//!
//! Invariant: a bound argument list has exactly one slot per declared
//! parameter; a slot is None when the caller gave nothing for it.

use std::borrow::Cow;

use crate::object::{Args, PyResult, Value};
use crate::types::buffer::bytes_like;
use crate::vm::Vm;

/// A native's parameters: `names[..positional]` may be given by position,
/// `names[keyword_from..]` by keyword (positional-only before it), and the
/// first `required` are required.
pub struct Params<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub positional: usize,
    pub keyword_from: usize,
    pub required: usize,
}

impl Params<'_> {
    /// Bind `a` to the parameters: one slot per name.
    pub fn bind(&self, vm: &mut Vm, a: &Args) -> PyResult<Vec<Option<Value>>> {
        let f = self.fname;
        let n = a.pos.len();
        if n > self.positional {
            let msg = if self.positional == 0 {
                format!("{f}() takes no positional arguments")
            } else if self.keyword_from < self.positional || self.positional == self.names.len() {
                let s = if self.positional == 1 { "" } else { "s" };
                format!(
                    "{f}() takes at most {} argument{s} ({n} given)",
                    self.positional
                )
            } else {
                let s = if self.positional == 1 { "" } else { "s" };
                format!(
                    "{f}() takes at most {} positional argument{s} ({n} given)",
                    self.positional
                )
            };
            return Err(vm.type_error(msg));
        }
        let mut out: Vec<Option<Value>> = vec![None; self.names.len()];
        for (i, v) in a.pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in a.kw {
            let key = k.as_str_value().unwrap_or("?");
            let Some(i) = self
                .names
                .iter()
                .position(|p| *p == key)
                .filter(|i| *i >= self.keyword_from)
            else {
                return Err(
                    vm.type_error(format!("'{key}' is an invalid keyword argument for {f}()"))
                );
            };
            if out[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for {f}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(v.clone());
        }
        for (i, slot) in out.iter().enumerate().take(self.required) {
            if slot.is_none() {
                let msg = if i < self.keyword_from && self.keyword_from > 0 && a.kw.is_empty() {
                    let s = if self.required == 1 { "" } else { "s" };
                    if self.required == self.positional {
                        format!(
                            "{f}() takes {} positional argument{s} but {n} were given",
                            self.required
                        )
                    } else {
                        format!(
                            "{f}() takes at least {} positional argument{s} ({n} given)",
                            self.required
                        )
                    }
                } else {
                    format!(
                        "{f}() missing required argument '{}' (pos {})",
                        self.names[i],
                        i + 1
                    )
                };
                return Err(vm.type_error(msg));
            }
        }
        Ok(out)
    }
}

/// Small extension for keyword names.
trait StrValue {
    fn as_str_value(&self) -> Option<&str>;
}

impl StrValue for crate::object::ObjRef {
    fn as_str_value(&self) -> Option<&str> {
        match self.payload() {
            crate::object::Payload::Str(s) => Some(&s.s),
            _ => None,
        }
    }
}

/// The bytes of a bytes-like `v`, or CPython's TypeError for the buffer
/// protocol: `a bytes-like object is required, not 'str'`.
pub fn buffer<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// An int argument that fits an i64 (`__index__` semantics), with
/// CPython's OverflowError for one that does not.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let b = crate::types::int::index_bigint(vm, v)?;
    match num_traits::ToPrimitive::to_i64(&b) {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}
