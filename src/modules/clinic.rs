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
/// first `required` are required. `fname` may name the module
/// (`binascii.crc32`): CPython names it in some messages of functions
/// whose parameters are all positional-only.
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
        let f = self.short();
        let n = a.pos.len();
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let total = n + a.kw.len();
        if self.keyword_from >= self.names.len() {
            return self.bind_positional(vm, a);
        }
        if total > self.names.len() {
            let how = if self.required < self.names.len() {
                "at most"
            } else {
                "exactly"
            };
            let max = self.names.len();
            return Err(vm.type_error(format!(
                "{f}() takes {how} {max} argument{} ({total} given)",
                plural(max)
            )));
        }
        if n > self.positional {
            let msg = if self.positional == 0 {
                format!("{f}() takes no positional arguments")
            } else {
                let how = if self.required.min(self.positional) < self.positional {
                    "at most"
                } else {
                    "exactly"
                };
                format!(
                    "{f}() takes {how} {} positional argument{} ({n} given)",
                    self.positional,
                    plural(self.positional)
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
                let msg = if i < self.keyword_from {
                    let min = self.required.min(self.keyword_from);
                    let how = if min < self.positional {
                        "at least"
                    } else {
                        "exactly"
                    };
                    format!(
                        "{f}() takes {how} {min} positional argument{} ({n} given)",
                        plural(min)
                    )
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

impl Params<'_> {
    /// The function's name without its module (`fname` may be qualified,
    /// `binascii.crc32`, for the messages that name the module).
    fn short(&self) -> &str {
        self.fname.rsplit('.').next().unwrap_or(self.fname)
    }

    /// Bind a function whose parameters are all positional-only, with the
    /// messages CPython gives such a function (`crc32 expected at least 1
    /// argument, got 0`).
    fn bind_positional(&self, vm: &mut Vm, a: &Args) -> PyResult<Vec<Option<Value>>> {
        let full = self.fname;
        let f = self.short();
        if !a.kw.is_empty() {
            return Err(vm.type_error(format!("{full}() takes no keyword arguments")));
        }
        let n = a.pos.len();
        let (min, max) = (self.required, self.names.len());
        if max == 1 && min == 1 && n != 1 {
            return Err(vm.type_error(format!("{full}() takes exactly one argument ({n} given)")));
        }
        if n < min || n > max {
            let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
            let msg = if min == max {
                format!("{f} expected {min} {}, got {n}", plural(min))
            } else if n < min {
                format!("{f} expected at least {min} {}, got {n}", plural(min))
            } else {
                format!("{f} expected at most {max} {}, got {n}", plural(max))
            };
            return Err(vm.type_error(msg));
        }
        let mut out: Vec<Option<Value>> = a.pos.iter().cloned().map(Some).collect();
        out.resize(max, None);
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
