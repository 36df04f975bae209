//! `bytearray`: a mutable sequence of bytes, written from the Python
//! documentation (Built-in Types, "Bytes and Bytearray Operations") and
//! checked against CPython 3.11 by tests/python/bytearray__*.py.
//!
//! This type lives in this room: its value, its class, its operators and
//! mutators, and what the freezer needs (object/host.rs). The methods it
//! shares with bytes (find, split, upper, decode, ...) are bytes.rs's and
//! bytes_text.rs's natives, which build results of their receiver's type.
//!
//! Invariants:
//! - A local bytearray ([`ByteArray`]) keeps its bytes in a `PyCell`;
//!   borrows are short and never held across a call into Python. Its
//!   frozen form ([`FrozenByteArray`], what crosses a sandbox boundary) is
//!   the same type to Python, immutable: every mutator raises
//!   `TypeError: cannot modify frozen bytearray`; `thaw` makes a local copy.
//! - `exports` counts the live memoryviews over it; while it is not zero
//!   no operation changes its length (`BufferError`).
//! - A result whose size follows from the arguments (`*`, `+`, `extend`,
//!   `bytearray(n)`) is reserved with `Vm::reserve_memory` before it is made.

use std::borrow::Cow;
use std::cell::Cell;

use crate::object::cell::{PyCell, PyRefMut};
use crate::object::host::{Busy, Host, HostObject, HostType, SharedHost};
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

use super::buffer::bytes_like;
use super::str_algo::bytearray_repr;
use super::tuple::{Sig, Style, bind, no_args, one_arg};

/// The Python type `bytearray`; its operators are natives in its class.
pub static BYTEARRAY_TYPE: HostType = HostType::with_class_protocols("bytearray");

/// The iterator over a bytearray.
pub static BYTEARRAY_ITER_TYPE: HostType = HostType::with_class_protocols("bytearray_iterator");

/// A bytearray of this sandbox.
pub struct ByteArray {
    data: PyCell<Vec<u8>>,
    /// Live memoryviews over it.
    exports: Cell<usize>,
}

/// A frozen bytearray: read-only bytes any sandbox may read.
pub struct FrozenByteArray(Box<[u8]>);

fn repr_of(b: &[u8]) -> String {
    format!("bytearray({})", bytearray_repr(b))
}

impl HostObject for ByteArray {
    fn host_type(&self) -> &'static HostType {
        &BYTEARRAY_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        match self.data.try_borrow() {
            Ok(d) => repr_of(&d),
            Err(_) => String::from("bytearray(...)"),
        }
    }

    fn frozen_form(&self) -> Option<Box<dyn SharedHost>> {
        let d = self.data.try_borrow().ok()?;
        Some(Box::new(FrozenByteArray(d.as_slice().into())))
    }

    fn has_frozen_form(&self) -> bool {
        true
    }
}

impl HostObject for FrozenByteArray {
    fn host_type(&self) -> &'static HostType {
        &BYTEARRAY_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        repr_of(&self.0)
    }

    fn share(&self) -> Option<Box<dyn SharedHost>> {
        Some(Box::new(FrozenByteArray(self.0.clone())))
    }

    fn thawed_form(&self) -> Option<Host> {
        Some(local(self.0.to_vec()))
    }

    fn thaws(&self) -> bool {
        true
    }
}

fn local(v: Vec<u8>) -> Host {
    Host::local(ByteArray {
        data: PyCell::new(v),
        exports: Cell::new(0),
    })
}

/// A new bytearray.
pub fn new_value(v: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(local(v))))
}

/// Whether `v` is a bytearray (local or frozen).
pub fn is_bytearray(v: &Value) -> bool {
    v.host::<ByteArray>().is_some() || v.host::<FrozenByteArray>().is_some()
}

/// The bytes of a bytearray: a copy of a local one (see types/buffer.rs),
/// the frozen one's own.
pub fn contents(v: &Value) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = v.host::<ByteArray>() {
        return b.data.try_borrow().ok().map(|d| Cow::Owned(d.clone()));
    }
    v.host::<FrozenByteArray>().map(|f| Cow::Borrowed(&*f.0))
}

/// Run `f` on the bytes of a bytearray without copying them; None when
/// `v` is not one (or its cell is busy). `f` must not call into Python.
pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = v.host::<ByteArray>() {
        return b.data.try_borrow().ok().map(|d| f(&d));
    }
    v.host::<FrozenByteArray>().map(|fz| f(&fz.0))
}

/// A memoryview starts (`+1`) or stops (`-1`) exporting `v`'s bytes.
pub fn export(v: &Value, delta: isize) {
    if let Some(b) = v.host::<ByteArray>() {
        b.exports.set(b.exports.get().saturating_add_signed(delta));
    }
}

/// Write `src` at `at` in a local bytearray (a memoryview's assignment):
/// false when `v` is frozen or busy, or the range is out of bounds.
pub fn write_at(v: &Value, at: usize, src: &[u8]) -> bool {
    let Some(b) = v.host::<ByteArray>() else {
        return false;
    };
    let Ok(mut d) = b.data.try_borrow_mut() else {
        return false;
    };
    match d.get_mut(at..at + src.len()) {
        Some(dst) => {
            dst.copy_from_slice(src);
            true
        }
        None => false,
    }
}

/// Whether `v` is a bytearray that can be written (local, not frozen).
pub fn is_writable(v: &Value) -> bool {
    v.host::<ByteArray>().is_some()
}

// ----- receivers -----------------------------------------------------------

fn bad_self(vm: &mut Vm, a: &Args, method: &str) -> Exc {
    super::tuple::bad_self(vm, a, "bytearray", method)
}

/// The bytes of `self` (a copy: see [`contents`]).
fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<Cow<'a, [u8]>> {
    match a.pos.first().and_then(contents) {
        Some(b) => Ok(b),
        None => Err(bad_self(vm, a, method)),
    }
}

/// `self` of a mutator: a local bytearray (TypeError when frozen).
fn this_mut<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a ByteArray> {
    let v = a.pos.first();
    if let Some(b) = v.and_then(|v| v.host::<ByteArray>()) {
        return Ok(b);
    }
    if v.and_then(|v| v.host::<FrozenByteArray>()).is_some() {
        return Err(crate::freeze::guard::frozen_kind_error(vm, "bytearray"));
    }
    Err(bad_self(vm, a, method))
}

/// The bytes of a mutable bytearray, to write.
fn data_mut<'a>(vm: &mut Vm, b: &'a ByteArray) -> PyResult<PyRefMut<'a, Vec<u8>>> {
    b.data.try_borrow_mut().map_err(|e| {
        crate::freeze::guard::borrow_error(vm, e, "bytearray", "bytearray changed during use")
    })
}

/// BufferError when views are out and the length would change.
fn check_resize(vm: &mut Vm, b: &ByteArray, old: usize, new: usize) -> PyResult<()> {
    if old != new && b.exports.get() > 0 {
        let cls = vm.builtin_exc_class("BufferError");
        return Err(vm.new_exc(&cls, "Existing exports of data: object cannot be re-sized"));
    }
    Ok(())
}

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

/// An int in range(256) (`append`, `insert`, `x in b`, `b[i] = x`).
pub(crate) fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match v.to_bigint() {
        Some(_) if !matches!(v, Value::Int(_) | Value::Bool(_)) => -1,
        _ => vm.index_value(v)?,
    };
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

// ----- the class -------------------------------------------------------------

/// The class, with its methods (registered from types/registry.rs).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("bytearray", object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", init),
        ("__repr__", repr),
        ("__str__", repr),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__mod__", super::bytes_text::op_mod),
        ("__rmod__", super::bytes_text::op_rmod),
        ("__alloc__", alloc),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
    ];
    for &(name, f) in methods {
        add_method(&cls, name, f, NativeKind::Method);
    }
    for &(name, f) in super::bytes::shared_methods() {
        add_method(&cls, name, f, NativeKind::Method);
    }
    add_method(&cls, "__new__", new, NativeKind::StaticMethod);
    add_method(
        &cls,
        "fromhex",
        super::bytes::bytes_fromhex,
        NativeKind::ClassMethod,
    );
    add_method(
        &cls,
        "maketrans",
        super::bytes_text::maketrans,
        NativeKind::StaticMethod,
    );
    set_class_attr(&cls, "__hash__", Value::None);
    let doc = "bytearray(iterable_of_ints) -> bytearray\n\
               bytearray(string, encoding[, errors]) -> bytearray\n\
               bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n\
               bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n\
               bytearray() -> empty bytes array\n\n\
               Construct a mutable bytearray object from:\n  \
               - an iterable yielding integers in range(256)\n  \
               - a text string encoded using the specified encoding\n  \
               - a bytes or a buffer object\n  \
               - any object implementing the buffer API.\n  \
               - an integer";
    set_class_attr(&cls, "__doc__", Value::str(doc));
    cls
}

/// The class of the iterator.
pub fn iter_class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("bytearray_iterator", object);
    add_method(&cls, "__iter__", iter_self, NativeKind::Method);
    add_method(&cls, "__next__", iter_next, NativeKind::Method);
    add_method(&cls, "__length_hint__", iter_hint, NativeKind::Method);
    cls
}

// ----- construction ----------------------------------------------------------

/// `bytearray.__new__(cls, ...)`: an empty bytearray (`__init__` fills it,
/// as in CPython, so `b.__init__(x)` refills an existing one).
fn new(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(new_value(Vec::new()))
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`.
fn init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "__init__")?;
    // `a.pos[0]` is self, in the class's place for `source_bytes`.
    let v = super::bytes::source_bytes(vm, a, "bytearray")?;
    // CPython empties it first: refused with views out, whatever the size.
    let n = with_bytes_of(ba, <[u8]>::len);
    check_resize(vm, ba, n.max(1), 0)?;
    *data_mut(vm, ba)? = v;
    Ok(Value::None)
}

// ----- operators -------------------------------------------------------------

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "__repr__")?;
    no_args(vm, a, "bytearray.__repr__")?;
    vm.reserve_memory(b.len().saturating_mul(4) as u64)?;
    Ok(Value::string(repr_of(&b)))
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(n) = a.pos.first().and_then(|v| with_bytes(v, <[u8]>::len)) else {
        return Err(bad_self(vm, a, "__len__"));
    };
    no_args(vm, a, "bytearray.__len__")?;
    Ok(Value::Int(n as i64))
}

/// An index or a slice key, resolved against `n` bytes.
enum Key {
    At(usize),
    Slice(i64, i64, i64, usize),
}

fn resolve(vm: &mut Vm, key: &Value, n: usize) -> PyResult<Key> {
    if let Some(Payload::Slice(s)) = key.payload() {
        let (start, stop, step, count) = super::seq_ops::slice_indices(vm, s, n as i64)?;
        return Ok(Key::Slice(start, stop, step, count));
    }
    let is_index = super::buffer::is_index_like(vm, key);
    if !is_index {
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {tn}"
        )));
    }
    if matches!(key.payload(), Some(Payload::BigInt(_))) {
        let tn = vm.type_name(key);
        return Err(vm.index_error(format!("cannot fit '{tn}' into an index-sized integer")));
    }
    let i = vm.index_value(key)?;
    match super::buffer::seq_index(i, n) {
        Some(j) => Ok(Key::At(j)),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// The positions a slice selects.
fn positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + step * k as i64) as usize)
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let key = one_arg(vm, a, "bytearray.__getitem__")?.clone();
    let v = &a.pos[0];
    let Some(n) = with_bytes(v, <[u8]>::len) else {
        return Err(bad_self(vm, a, "__getitem__"));
    };
    // Read in place (no copy): the key is resolved first, since an
    // `__index__` may run Python code.
    match resolve(vm, &key, n)? {
        Key::At(i) => match with_bytes(v, |d| d.get(i).copied()).flatten() {
            Some(x) => Ok(Value::Int(i64::from(x))),
            None => Err(vm.index_error("bytearray index out of range")),
        },
        Key::Slice(start, _, step, count) => {
            vm.work(count)?;
            let out = with_bytes(v, |d| {
                positions(start, step, count)
                    .filter_map(|i| d.get(i).copied())
                    .collect::<Vec<u8>>()
            })
            .unwrap_or_default();
            Ok(new_value(out))
        }
    }
}

/// The bytes assigned to a slice: a buffer, or what `bytearray(v)` gives
/// for anything but an int or a str.
fn assigned_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    let refused = matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::Str(_) | Payload::BigInt(_)));
    if refused {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let pos = [Value::None, v.clone()];
    super::bytes::source_bytes(vm, &Args { pos: &pos, kw: &[] }, "bytearray")
}

fn two_args<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    match a.pos {
        [_, k, v] if a.kw.is_empty() => Ok((k, v)),
        _ => Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "__setitem__")?;
    let (key, value) = two_args(vm, a)?;
    let n = with_bytes(&a.pos[0], <[u8]>::len).unwrap_or(0);
    match resolve(vm, key, n)? {
        Key::At(i) => {
            let x = byte_value(vm, value)?;
            let mut d = data_mut(vm, ba)?;
            if let Some(slot) = d.get_mut(i) {
                *slot = x;
            }
        }
        Key::Slice(start, stop, step, count) => {
            let src = assigned_bytes(vm, value)?;
            if step == 1 {
                let lo = start as usize;
                let hi = (stop.max(start)) as usize;
                let cur = with_bytes(&a.pos[0], <[u8]>::len).unwrap_or(0);
                let (lo, hi) = (lo.min(cur), hi.min(cur));
                let new_len = cur - (hi - lo) + src.len();
                check_resize(vm, ba, cur, new_len)?;
                super::tuple::check_items(vm, new_len)?;
                vm.reserve_memory(src.len() as u64)?;
                vm.work(new_len)?;
                let mut d = data_mut(vm, ba)?;
                d.splice(lo..hi, src);
            } else {
                if src.len() != count {
                    return Err(vm.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {count}",
                        src.len()
                    )));
                }
                vm.work(count)?;
                let mut d = data_mut(vm, ba)?;
                for (i, x) in positions(start, step, count).zip(src) {
                    if let Some(slot) = d.get_mut(i) {
                        *slot = x;
                    }
                }
            }
        }
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "__delitem__")?;
    let key = one_arg(vm, a, "bytearray.__delitem__")?;
    let n = with_bytes(&a.pos[0], <[u8]>::len).unwrap_or(0);
    match resolve(vm, key, n)? {
        Key::At(i) => {
            check_resize(vm, ba, n, n - 1)?;
            let mut d = data_mut(vm, ba)?;
            if i < d.len() {
                d.remove(i);
            }
        }
        Key::Slice(start, _, step, count) => {
            check_resize(vm, ba, n, n - count)?;
            vm.work(n)?;
            let mut drop = vec![false; n];
            for i in positions(start, step, count) {
                if let Some(f) = drop.get_mut(i) {
                    *f = true;
                }
            }
            let mut d = data_mut(vm, ba)?;
            let mut k = 0;
            d.retain(|_| {
                let keep = !drop.get(k).copied().unwrap_or(false);
                k += 1;
                keep
            });
        }
    }
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let item = one_arg(vm, a, "bytearray.__contains__")?.clone();
    let b = this(vm, a, "__contains__")?;
    vm.work(b.len())?;
    if let Some(sub) = bytes_like(&item) {
        let found = sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]);
        return Ok(Value::Bool(found));
    }
    let is_int = super::buffer::is_index_like(vm, &item);
    if !is_int {
        let tn = vm.type_name(&item);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    }
    let x = byte_value(vm, &item)?;
    Ok(Value::Bool(b.contains(&x)))
}

fn compare(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let x = this(vm, a, name)?;
    let other = one_arg(vm, a, "bytearray.__eq__")?;
    match bytes_like(other) {
        Some(y) => Ok(Value::Bool(f(x.as_ref().cmp(y.as_ref())))),
        None => Ok(vm.not_implemented()),
    }
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", |o| o.is_eq())
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", |o| o.is_ne())
}

fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__lt__", |o| o.is_lt())
}

fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__le__", |o| o.is_le())
}

fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__gt__", |o| o.is_gt())
}

fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__ge__", |o| o.is_ge())
}

/// The bytes of the right operand of `+`, or `can't concat T to bytearray`.
fn concat_operand(vm: &mut Vm, a: &Args) -> PyResult<Vec<u8>> {
    let other = one_arg(vm, a, "bytearray.__add__")?;
    match bytes_like(other) {
        Some(y) => Ok(y.into_owned()),
        None => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("can't concat {tn} to bytearray")))
        }
    }
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__add__")?;
    let y = concat_operand(vm, a)?;
    super::tuple::check_items(vm, x.len() + y.len())?;
    vm.reserve_memory((x.len() + y.len()) as u64)?;
    let mut out = x.into_owned();
    out.extend_from_slice(&y);
    Ok(new_value(out))
}

fn iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "__iadd__")?;
    let y = concat_operand(vm, a)?;
    grow(vm, ba, &y)?;
    Ok(a.pos[0].clone())
}

/// Append `y` to a mutable bytearray.
fn grow(vm: &mut Vm, ba: &ByteArray, y: &[u8]) -> PyResult<()> {
    let n = with_bytes_of(ba, <[u8]>::len);
    super::tuple::check_items(vm, n + y.len())?;
    check_resize(vm, ba, n, n + y.len())?;
    vm.reserve_memory(y.len() as u64)?;
    data_mut(vm, ba)?.extend_from_slice(y);
    Ok(())
}

fn with_bytes_of<R>(ba: &ByteArray, f: impl FnOnce(&[u8]) -> R) -> R {
    match ba.data.try_borrow() {
        Ok(d) => f(&d),
        Err(_) => f(&[]),
    }
}

/// The count of `b * n`, or the error CPython gives for a non-int.
fn repeat_count(vm: &mut Vm, a: &Args) -> PyResult<usize> {
    let n = one_arg(vm, a, "bytearray.__mul__")?;
    let is_int = super::buffer::is_index_like(vm, n);
    if !is_int {
        let tn = vm.type_name(n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    if let Some(b) = n
        .to_bigint()
        .filter(|_| matches!(n.payload(), Some(Payload::BigInt(_))))
    {
        if b.sign() == num_bigint::Sign::Minus {
            return Ok(0);
        }
        let tn = vm.type_name(n);
        return Err(vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer")));
    }
    let k = vm.index_value(n)?;
    Ok(usize::try_from(k).unwrap_or(0))
}

fn repeated(vm: &mut Vm, x: &[u8], k: usize) -> PyResult<Vec<u8>> {
    let total = x.len().saturating_mul(k);
    super::tuple::check_items(vm, total)?;
    vm.reserve_memory(total as u64)?;
    vm.afford((total / 8) as u64)?;
    Ok(x.repeat(k))
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__mul__")?;
    let k = repeat_count(vm, a)?;
    let out = repeated(vm, &x, k)?;
    Ok(new_value(out))
}

fn imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "__imul__")?;
    let k = repeat_count(vm, a)?;
    let x = this(vm, a, "__imul__")?.into_owned();
    let out = repeated(vm, &x, k)?;
    check_resize(vm, ba, x.len(), out.len())?;
    *data_mut(vm, ba)? = out;
    Ok(a.pos[0].clone())
}

fn alloc(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "__alloc__")?;
    no_args(vm, a, "bytearray.__alloc__")?;
    Ok(Value::Int(b.len() as i64 + 1))
}

// ----- mutators --------------------------------------------------------------

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "append")?;
    let item = match a.pos {
        [_, x] if a.kw.is_empty() => x,
        _ if !a.kw.is_empty() => {
            return Err(vm.type_error("bytearray.append() takes no keyword arguments"));
        }
        _ => {
            return Err(vm.type_error(format!(
                "bytearray.append() takes exactly one argument ({} given)",
                a.pos.len().saturating_sub(1)
            )));
        }
    };
    let x = byte_value(vm, item)?;
    grow(vm, ba, &[x])?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "extend")?;
    let src = one_arg(vm, a, "bytearray.extend")?;
    let y = match bytes_like(src) {
        Some(y) => y.into_owned(),
        None => {
            if vm.iter(src).is_err() {
                let tn = vm.type_name(src);
                return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
            }
            super::bytes::bytes_of_items(vm, src, byte_value)?
        }
    };
    grow(vm, ba, &y)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "insert")?;
    const SIG: Sig = Sig {
        name: "insert",
        params: &["index", "item"],
        required: 2,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let i = super::tuple::int_arg(vm, arg(&args, 0), 0)?;
    let x = byte_value(vm, arg(&args, 1).unwrap_or(&Value::None))?;
    let n = with_bytes_of(ba, <[u8]>::len);
    check_resize(vm, ba, n, n + 1)?;
    let at = if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    data_mut(vm, ba)?.insert(at, x);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "pop")?;
    const SIG: Sig = Sig {
        name: "pop",
        params: &["index"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let i = super::tuple::int_arg(vm, arg(&args, 0), -1)?;
    let n = with_bytes_of(ba, <[u8]>::len);
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let Some(j) = super::buffer::seq_index(i, n) else {
        return Err(vm.index_error("pop index out of range"));
    };
    check_resize(vm, ba, n, n - 1)?;
    let x = data_mut(vm, ba)?.remove(j);
    Ok(Value::Int(i64::from(x)))
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "remove")?;
    let item = one_arg(vm, a, "bytearray.remove")?;
    let x = byte_value(vm, item)?;
    let n = with_bytes_of(ba, <[u8]>::len);
    vm.work(n)?;
    let Some(at) = with_bytes_of(ba, |d| d.iter().position(|&c| c == x)) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    check_resize(vm, ba, n, n - 1)?;
    data_mut(vm, ba)?.remove(at);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "clear")?;
    no_args(vm, a, "bytearray.clear")?;
    let n = with_bytes_of(ba, <[u8]>::len);
    check_resize(vm, ba, n, 0)?;
    data_mut(vm, ba)?.clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "copy")?;
    no_args(vm, a, "bytearray.copy")?;
    Ok(new_value(b.into_owned()))
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ba = this_mut(vm, a, "reverse")?;
    no_args(vm, a, "bytearray.reverse")?;
    vm.work(with_bytes_of(ba, <[u8]>::len))?;
    data_mut(vm, ba)?.reverse();
    Ok(Value::None)
}

// ----- iteration -------------------------------------------------------------

/// An iterator over a bytearray: sees changes made while it runs.
struct ByteArrayIter {
    seq: PyCell<Option<Value>>,
    index: Cell<usize>,
}

impl HostObject for ByteArrayIter {
    fn host_type(&self) -> &'static HostType {
        &BYTEARRAY_ITER_TYPE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let s = self.seq.try_borrow().map_err(|_| Busy)?;
        if let Some(Value::Obj(o)) = &*s {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut s) = self.seq.try_borrow_mut() {
            *s = None;
        }
    }
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    if !is_bytearray(&v) {
        return Err(bad_self(vm, a, "__iter__"));
    }
    no_args(vm, a, "bytearray.__iter__")?;
    let it = ByteArrayIter {
        seq: PyCell::new(Some(v)),
        index: Cell::new(0),
    };
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(it)))))
}

fn this_iter<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a ByteArrayIter> {
    match a.pos.first().and_then(|v| v.host::<ByteArrayIter>()) {
        Some(it) => Ok(it),
        None => Err(vm.type_error("expected a bytearray_iterator")),
    }
}

fn iter_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this_iter(vm, a)?;
    Ok(a.pos[0].clone())
}

fn iter_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = this_iter(vm, a)?;
    let seq = it.seq.try_borrow().ok().and_then(|s| s.clone());
    let i = it.index.get();
    let item = seq
        .as_ref()
        .and_then(|s| with_bytes(s, |d| d.get(i).copied()).flatten());
    match item {
        Some(x) => {
            it.index.set(i + 1);
            Ok(Value::Int(i64::from(x)))
        }
        None => {
            if let Ok(mut s) = it.seq.try_borrow_mut() {
                *s = None;
            }
            Err(vm.stop_iteration(Value::None))
        }
    }
}

fn iter_hint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = this_iter(vm, a)?;
    let seq = it.seq.try_borrow().ok().and_then(|s| s.clone());
    let n = seq
        .as_ref()
        .and_then(|s| with_bytes(s, <[u8]>::len))
        .unwrap_or(0);
    Ok(Value::Int(n.saturating_sub(it.index.get()) as i64))
}
