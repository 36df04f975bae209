//! The buffer protocol of the byte types: what `bytes`, `bytearray` and
//! `memoryview` accept from each other as "a bytes-like object".
//!
//! Invariants:
//! - [`bytes_like`] never holds a borrow of a bytearray's cell past its
//!   return: a local bytearray (and a view of one) is copied, so the caller
//!   may run Python code (an `__index__`, an iterator) that mutates it
//!   without meeting a busy cell. bytes and frozen bytearrays, which no one
//!   writes, are lent without a copy.

use std::borrow::Cow;

use crate::object::{Payload, Value};
use crate::vm::Vm;

/// The bytes of `v` when it is bytes-like (bytes, bytearray, memoryview,
/// array.array (a copy of its machine bytes); a released view is not), or
/// None.
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::Host(_) => super::bytearray::contents(v)
            .or_else(|| super::memoryview::contents(v))
            .or_else(|| super::array::contents(v).map(Cow::Owned)),
        _ => None,
    }
}

/// Whether `v` is one of the byte types (without reading it).
pub fn is_bytes_like(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Bytes(_)) => true,
        Some(Payload::Host(_)) => {
            super::bytearray::is_bytearray(v)
                || super::memoryview::is_view(v)
                || super::array::is_array(v)
        }
        _ => false,
    }
}

/// Whether `v` is an int or has `__index__` (an index, a byte value, a
/// repeat count), without converting it.
pub(crate) fn is_index_like(vm: &mut Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::BigInt(_)))
        || (matches!(v.payload(), Some(Payload::Instance(_)))
            && vm.lookup_special_str(v, "__index__").is_some())
}

/// Index `i` (negative from the end) into `n` items, when in range.
pub(crate) fn seq_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i.saturating_add(n as i64) } else { i };
    usize::try_from(j).ok().filter(|&j| j < n)
}
