//! `memoryview`: a view of the bytes of a bytes or bytearray object,
//! written from the Python documentation (Built-in Types, "Memory Views")
//! and checked against CPython 3.11 by tests/python/memoryview__*.py.
//!
//! Invariants:
//! - A view never copies what it shows: it keeps the exporting object
//!   (`base`), the byte offset of its first item, its shape and its strides
//!   (in bytes, negative for a reversed slice), so a slice of a view of a
//!   bytearray sees later writes, and writes through the view land in it.
//! - While a view of a bytearray is alive and not released it counts as
//!   one export of that bytearray (`bytearray::export`), which then refuses
//!   to change its length; `release`, the end of a `with` block, the
//!   collector's `clear` and the view's drop give the export back, once.
//! - A released view holds nothing (`base` is None) and every operation but
//!   `release`, `repr` and `==` raises `ValueError: operation forbidden on
//!   released memoryview object`.
//! - Formats are the native single-character ones 'B', 'b', 'c' and the
//!   integers 'H','h','I','i','L','l','Q','q' with their native sizes
//!   (little-endian, LP64). Views of more than one dimension come only from
//!   `cast` with a shape, and are C-contiguous.
//! - A view holds a reference (its base), so it stays in its sandbox: the
//!   freezer refuses it, as CPython refuses to pickle one.

use std::cell::Cell;

use crate::object::cell::PyCell;
use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

use super::buffer::bytes_like;
use super::bytearray;
use super::tuple::{Sig, Style, bind, no_args, one_arg};

/// The Python type `memoryview`.
pub static MEMORYVIEW_TYPE: HostType = HostType::with_class_protocols("memoryview");

/// The formats a view may have: (code, item size).
const FORMATS: &[(char, usize)] = &[
    ('B', 1),
    ('b', 1),
    ('c', 1),
    ('H', 2),
    ('h', 2),
    ('I', 4),
    ('i', 4),
    ('L', 8),
    ('l', 8),
    ('Q', 8),
    ('q', 8),
];

/// Most dimensions a view may have (CPython's `PyBUF_MAX_NDIM`).
const MAX_NDIM: usize = 64;

/// A view.
pub struct MemoryView {
    /// The exporting bytes or bytearray; None once released.
    base: PyCell<Option<Value>>,
    /// The format as given (`'@B'` keeps its prefix) and its code.
    format: Box<str>,
    code: char,
    itemsize: usize,
    /// Byte offset of the first item in the base.
    start: usize,
    shape: Box<[usize]>,
    strides: Box<[isize]>,
    readonly: bool,
    /// Whether the export of the base is still held (given back once).
    exporting: Cell<bool>,
}

impl MemoryView {
    fn base(&self) -> Option<Value> {
        self.base.try_borrow().ok().and_then(|b| b.clone())
    }

    /// Give back the export and let go of the base.
    fn release_base(&self) {
        let taken = self.base.try_borrow_mut().ok().and_then(|mut b| b.take());
        if let Some(b) = taken
            && self.exporting.replace(false)
        {
            bytearray::export(&b, -1);
        }
    }

    fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    fn nbytes(&self) -> usize {
        self.nitems() * self.itemsize
    }

    /// Whether the items lie in order, each right after the one before.
    fn c_contiguous(&self) -> bool {
        let mut want = self.itemsize as isize;
        for (&n, &s) in self.shape.iter().zip(self.strides.iter()).rev() {
            if n > 1 && s != want {
                return false;
            }
            want *= n as isize;
        }
        true
    }

    /// Call `f` with the byte offset of every item, in C order.
    fn each_offset(&self, mut f: impl FnMut(usize)) {
        if self.nitems() == 0 {
            return;
        }
        let mut idx = vec![0usize; self.shape.len()];
        loop {
            let mut off = self.start as isize;
            for (&i, &s) in idx.iter().zip(self.strides.iter()) {
                off += i as isize * s;
            }
            f(off as usize);
            let mut d = self.shape.len();
            loop {
                if d == 0 {
                    return;
                }
                d -= 1;
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    /// The bytes shown, in C order; None when released.
    fn bytes(&self) -> Option<Vec<u8>> {
        let base = self.base()?;
        let size = self.itemsize;
        let n = self.nbytes();
        let contiguous = self.c_contiguous();
        read_base(&base, |d| {
            if contiguous {
                return d.get(self.start..self.start + n).unwrap_or(&[]).to_vec();
            }
            let mut out = Vec::with_capacity(n);
            self.each_offset(|o| out.extend_from_slice(d.get(o..o + size).unwrap_or(&[])));
            out
        })
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release_base();
    }
}

impl HostObject for MemoryView {
    fn weakrefable(&self) -> bool {
        true
    }

    fn host_type(&self) -> &'static HostType {
        &MEMORYVIEW_TYPE
    }

    fn repr(&self, addr: usize) -> String {
        if self.base().is_some() {
            format!("<memory at {addr:#x}>")
        } else {
            format!("<released memory at {addr:#x}>")
        }
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let b = self.base.try_borrow().map_err(|_| Busy)?;
        if let Some(Value::Obj(o)) = &*b {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        self.release_base();
    }
}

/// Run `f` on the bytes of a bytes or bytearray base.
fn read_base<R>(base: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match base.payload() {
        Some(Payload::Bytes(b)) => Some(f(b)),
        _ => bytearray::with_bytes(base, f),
    }
}

/// Whether `v` is a memoryview.
pub fn is_view(v: &Value) -> bool {
    v.host::<MemoryView>().is_some()
}

/// The bytes a view shows (None: not a view, or released).
pub fn contents(v: &Value) -> Option<std::borrow::Cow<'static, [u8]>> {
    v.host::<MemoryView>()
        .and_then(MemoryView::bytes)
        .map(std::borrow::Cow::Owned)
}

struct Layout {
    format: Box<str>,
    code: char,
    itemsize: usize,
    start: usize,
    shape: Box<[usize]>,
    strides: Box<[isize]>,
    /// Read-only even over a writable base (`toreadonly`, its sub-views).
    readonly: bool,
}

/// A new view of `base` (bytes or bytearray) with this layout.
fn make(base: &Value, l: Layout) -> Value {
    let readonly = l.readonly || !bytearray::is_writable(base);
    bytearray::export(base, 1);
    let v = MemoryView {
        base: PyCell::new(Some(base.clone())),
        format: l.format,
        code: l.code,
        itemsize: l.itemsize,
        start: l.start,
        shape: l.shape,
        strides: l.strides,
        readonly,
        exporting: Cell::new(true),
    };
    Value::Obj(ObjRef::new(Payload::Host(Host::local(v))))
}

/// A plain 'B' view of all of `base`.
fn whole(base: &Value, len: usize) -> Value {
    make(
        base,
        Layout {
            format: "B".into(),
            code: 'B',
            itemsize: 1,
            start: 0,
            shape: Box::new([len]),
            strides: Box::new([1]),
            readonly: false,
        },
    )
}

// ----- receivers -------------------------------------------------------------

fn released(vm: &mut Vm) -> Exc {
    vm.value_error("operation forbidden on released memoryview object")
}

/// `self`, not released, and its base.
fn this<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<(&'a MemoryView, Value)> {
    let Some(m) = a.pos.first().and_then(|v| v.host::<MemoryView>()) else {
        return Err(super::tuple::bad_self(vm, a, "memoryview", name));
    };
    match m.base() {
        Some(b) => Ok((m, b)),
        None => Err(released(vm)),
    }
}

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

// ----- the class -------------------------------------------------------------

/// The class, with its methods (registered from types/registry.rs).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("memoryview", object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", repr),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
        ("__enter__", enter),
        ("__exit__", exit),
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("cast", cast),
        ("release", release),
        ("toreadonly", toreadonly),
    ];
    for &(name, f) in methods {
        add_method(&cls, name, f, NativeKind::Method);
    }
    add_method(&cls, "__new__", new, NativeKind::StaticMethod);
    let props: &[(&'static str, NativeFn)] = &[
        ("obj", p_obj),
        ("nbytes", p_nbytes),
        ("readonly", p_readonly),
        ("itemsize", p_itemsize),
        ("format", p_format),
        ("ndim", p_ndim),
        ("shape", p_shape),
        ("strides", p_strides),
        ("suboffsets", p_suboffsets),
        ("c_contiguous", p_contiguous),
        ("f_contiguous", p_f_contiguous),
        ("contiguous", p_contiguous),
    ];
    for &(name, f) in props {
        crate::types::registry::add_property(&cls, name, f);
    }
    set_class_attr(
        &cls,
        "__doc__",
        Value::str("Create a new memoryview object which references the given object."),
    );
    cls
}

/// `memoryview(object)`.
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "memoryview",
        params: &["object"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let Some(src) = arg(&args, 0) else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(m) = src.host::<MemoryView>() {
        let Some(base) = m.base() else {
            return Err(released(vm));
        };
        return Ok(make(
            &base,
            Layout {
                format: m.format.clone(),
                code: m.code,
                itemsize: m.itemsize,
                start: m.start,
                shape: m.shape.clone(),
                strides: m.strides.clone(),
                readonly: m.readonly,
            },
        ));
    }
    let n = match src.payload() {
        Some(Payload::Bytes(b)) => Some(b.len()),
        _ => bytearray::with_bytes(src, <[u8]>::len),
    };
    match n {
        Some(n) => Ok(whole(src, n)),
        None => {
            let tn = vm.type_name(src);
            Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )))
        }
    }
}

// ----- items -----------------------------------------------------------------

/// One item's value.
#[derive(Clone, PartialEq)]
enum Item {
    Int(i128),
    Char(u8),
}

fn decode(code: char, b: &[u8]) -> Item {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    let u = u64::from_le_bytes(w);
    let v = match code {
        'c' => return Item::Char(b.first().copied().unwrap_or(0)),
        'b' => i128::from(u as u8 as i8),
        'h' => i128::from(u as u16 as i16),
        'i' => i128::from(u as u32 as i32),
        'l' | 'q' => i128::from(u as i64),
        _ => i128::from(u),
    };
    Item::Int(v)
}

fn item_value(it: &Item) -> Value {
    match it {
        Item::Int(i) => match i64::try_from(*i) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(num_bigint::BigInt::from(*i)),
        },
        Item::Char(c) => super::bytes::bytes_value(vec![*c]),
    }
}

/// The items of a view (or of bytes-like `v` as 'B'), with its shape.
fn items_of(v: &Value) -> Option<(Vec<usize>, Vec<Item>)> {
    if let Some(m) = v.host::<MemoryView>() {
        let b = m.bytes()?;
        let items = b
            .chunks(m.itemsize.max(1))
            .map(|c| decode(m.code, c))
            .collect();
        return Some((m.shape.to_vec(), items));
    }
    let b = bytes_like(v)?;
    Some((
        vec![b.len()],
        b.iter().map(|&c| Item::Int(i128::from(c))).collect(),
    ))
}

/// The bytes of `value` stored as one item of format `code`.
fn encode(vm: &mut Vm, code: char, size: usize, value: &Value) -> PyResult<Vec<u8>> {
    if code == 'c' {
        return match bytes_like(value) {
            Some(b) if b.len() == 1 => Ok(b.into_owned()),
            Some(_) => Err(vm.value_error("memoryview: invalid value for format 'c'")),
            None => Err(vm.type_error("memoryview: invalid type for format 'c'")),
        };
    }
    let Some(i) = value
        .to_bigint()
        .filter(|_| !matches!(value, Value::Float(_)))
    else {
        return Err(vm.type_error(format!("memoryview: invalid type for format '{code}'")));
    };
    let bits = (size * 8) as u32;
    let signed = code.is_ascii_lowercase();
    let (lo, hi) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    match num_traits::ToPrimitive::to_i128(&i).filter(|x| (lo..=hi).contains(x)) {
        Some(x) => Ok(x.to_le_bytes()[..size].to_vec()),
        None => Err(vm.value_error(format!("memoryview: invalid value for format '{code}'"))),
    }
}

// ----- operators -------------------------------------------------------------

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, _) = this(vm, a, "__len__")?;
    no_args(vm, a, "memoryview.__len__")?;
    Ok(Value::Int(m.shape.first().copied().unwrap_or(1) as i64))
}

/// What a key selects on the first dimension.
enum Key {
    At(usize),
    Slice(i64, i64, usize),
}

fn resolve(vm: &mut Vm, m: &MemoryView, key: &Value) -> PyResult<Key> {
    let n = m.shape.first().copied().unwrap_or(0);
    if let Some(Payload::Slice(s)) = key.payload() {
        if m.shape.len() > 1 {
            return Err(not_implemented(
                vm,
                "multi-dimensional slicing is not implemented",
            ));
        }
        let (start, _, step, count) = super::seq_ops::slice_indices(vm, s, n as i64)?;
        return Ok(Key::Slice(start, step, count));
    }
    let is_index = super::buffer::is_index_like(vm, key);
    if !is_index {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    if m.shape.len() > 1 {
        return Err(not_implemented(
            vm,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    if matches!(key.payload(), Some(Payload::BigInt(_))) {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    }
    let i = vm.index_value(key)?;
    match super::buffer::seq_index(i, n) {
        Some(j) => Ok(Key::At(j)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn not_implemented(vm: &mut Vm, msg: &str) -> Exc {
    let cls = vm.builtin_exc_class("NotImplementedError");
    vm.new_exc(&cls, msg)
}

fn item_offset(m: &MemoryView, i: usize) -> usize {
    (m.start as isize + i as isize * m.strides.first().copied().unwrap_or(1)) as usize
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, base) = this(vm, a, "__getitem__")?;
    let key = one_arg(vm, a, "memoryview.__getitem__")?;
    match resolve(vm, m, key)? {
        Key::At(i) => {
            let off = item_offset(m, i);
            let size = m.itemsize;
            let b = read_base(&base, |d| d.get(off..off + size).map(<[u8]>::to_vec))
                .flatten()
                .unwrap_or_default();
            Ok(item_value(&decode(m.code, &b)))
        }
        Key::Slice(start, step, count) => {
            let stride = m.strides.first().copied().unwrap_or(1);
            let first = if count == 0 {
                m.start
            } else {
                item_offset(m, start as usize)
            };
            Ok(make(
                &base,
                Layout {
                    format: m.format.clone(),
                    code: m.code,
                    itemsize: m.itemsize,
                    start: first,
                    shape: Box::new([count]),
                    strides: Box::new([stride.saturating_mul(step as isize)]),
                    readonly: m.readonly,
                },
            ))
        }
    }
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, base) = this(vm, a, "__setitem__")?;
    let [_, key, value] = a.pos else {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    };
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if m.shape.len() > 1 {
        return Err(not_implemented(vm, "sub-views are not implemented"));
    }
    match resolve(vm, m, key)? {
        Key::At(i) => {
            let b = encode(vm, m.code, m.itemsize, value)?;
            bytearray::write_at(&base, item_offset(m, i), &b);
        }
        Key::Slice(start, step, count) => {
            let Some((src_code, shape, raw)) = raw_of(value) else {
                let tn = vm.type_name(value);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            };
            if src_code != m.code || shape != [count] {
                return Err(vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            vm.work(count)?;
            for (k, item) in raw.chunks(m.itemsize.max(1)).enumerate() {
                let i = (start + step * k as i64) as usize;
                bytearray::write_at(&base, item_offset(m, i), item);
            }
        }
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "__delitem__")?;
    Err(vm.type_error("cannot delete memory"))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = tolist(vm, a)?;
    vm.iter(&l)
}

/// The format, shape and bytes of a view, or of bytes-like `v` as 'B'.
fn raw_of(v: &Value) -> Option<(char, Vec<usize>, Vec<u8>)> {
    if let Some(m) = v.host::<MemoryView>() {
        return Some((m.code, m.shape.to_vec(), m.bytes()?));
    }
    let b = bytes_like(v)?.into_owned();
    Some(('B', vec![b.len()], b))
}

fn eq_values(a: &Args) -> bool {
    let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else {
        return false;
    };
    if x.is(y) {
        return true;
    }
    // The same format: equal items are equal bytes.
    let code = |v: &Value| v.host::<MemoryView>().map_or('B', |m| m.code);
    if code(x) == code(y) {
        return match (raw_of(x), raw_of(y)) {
            (Some(p), Some(q)) => p == q,
            _ => false,
        };
    }
    match (items_of(x), items_of(y)) {
        (Some(p), Some(q)) => p == q,
        _ => false,
    }
}

/// `==`: same shape and equal items; a released view equals only itself.
fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let other = one_arg(vm, a, "memoryview.__eq__")?;
    if bytes_like(other).is_none() && !is_view(other) {
        return Ok(vm.not_implemented());
    }
    Ok(Value::Bool(eq_values(a)))
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let other = one_arg(vm, a, "memoryview.__ne__")?;
    if bytes_like(other).is_none() && !is_view(other) {
        return Ok(vm.not_implemented());
    }
    Ok(Value::Bool(!eq_values(a)))
}

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, base) = this(vm, a, "__hash__")?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.code, 'B' | 'b' | 'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    if bytearray::is_bytearray(&base) {
        // CPython hashes the exporting object first.
        return Err(vm.type_error("unhashable type: 'bytearray'"));
    }
    let b = m.bytes().unwrap_or_default();
    vm.work(b.len())?;
    Ok(Value::Int(super::hash::hash_bytes(&b)))
}

fn enter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "__enter__")?;
    Ok(a.pos[0].clone())
}

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    release(
        vm,
        &Args {
            pos: a.pos.get(..1).unwrap_or(&[]),
            kw: &[],
        },
    )
}

fn release(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(m) = a.pos.first().and_then(|v| v.host::<MemoryView>()) else {
        return Err(super::tuple::bad_self(vm, a, "memoryview", "release"));
    };
    no_args(vm, a, "memoryview.release")?;
    m.release_base();
    Ok(Value::None)
}

// ----- conversions -----------------------------------------------------------

fn shown_bytes(vm: &mut Vm, m: &MemoryView) -> PyResult<Vec<u8>> {
    vm.reserve_memory(m.nbytes() as u64)?;
    vm.work(m.nitems())?;
    match m.bytes() {
        Some(b) => Ok(b),
        None => Err(released(vm)),
    }
}

/// `repr(m)`: `<memory at 0x...>`, or `<released memory at 0x...>` (a
/// released view can still be shown).
fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(o) = a.pos.first().and_then(|v| v.as_obj()) else {
        return Err(super::tuple::bad_self(vm, a, "memoryview", "__repr__"));
    };
    let Some(m) = o.payload().host::<MemoryView>() else {
        return Err(super::tuple::bad_self(vm, a, "memoryview", "__repr__"));
    };
    Ok(Value::string(m.repr(o.addr())))
}

fn tobytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, _) = this(vm, a, "tobytes")?;
    const SIG: Sig = Sig {
        name: "tobytes",
        params: &["order"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    match arg(&args, 0) {
        None | Some(Value::None) => {}
        Some(o) => match o.as_str() {
            Some("C" | "F" | "A") => {}
            Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            None => {
                let tn = vm.type_name(o);
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {tn}"
                )));
            }
        },
    }
    let b = shown_bytes(vm, m)?;
    Ok(super::bytes::bytes_value(b))
}

fn tolist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, _) = this(vm, a, "tolist")?;
    no_args(vm, a, "memoryview.tolist")?;
    vm.reserve_memory((m.nitems() * std::mem::size_of::<Value>()) as u64)?;
    let b = shown_bytes(vm, m)?;
    let mut level: Vec<Value> = b
        .chunks(m.itemsize.max(1))
        .map(|c| item_value(&decode(m.code, c)))
        .collect();
    // Group from the innermost dimension out.
    for &n in m.shape.iter().skip(1).rev() {
        let n = n.max(1);
        let mut grouped = Vec::with_capacity(level.len() / n);
        let mut it = level.into_iter();
        loop {
            let chunk: Vec<Value> = it.by_ref().take(n).collect();
            if chunk.is_empty() {
                break;
            }
            grouped.push(Value::list(chunk));
        }
        level = grouped;
    }
    Ok(Value::list(level))
}

fn hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, _) = this(vm, a, "hex")?;
    let b = shown_bytes(vm, m)?;
    let mut pos = vec![super::bytes::bytes_value(b)];
    pos.extend(a.pos.iter().skip(1).cloned());
    super::bytes::bytes_hex(
        vm,
        &Args {
            pos: &pos,
            kw: a.kw,
        },
    )
}

fn toreadonly(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, base) = this(vm, a, "toreadonly")?;
    no_args(vm, a, "memoryview.toreadonly")?;
    Ok(make(
        &base,
        Layout {
            format: m.format.clone(),
            code: m.code,
            itemsize: m.itemsize,
            start: m.start,
            shape: m.shape.clone(),
            strides: m.strides.clone(),
            readonly: true,
        },
    ))
}

/// `cast(format, shape=None)`.
fn cast(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, base) = this(vm, a, "cast")?;
    const SIG: Sig = Sig {
        name: "cast",
        params: &["format", "shape"],
        required: 1,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let fv = arg(&args, 0).cloned().unwrap_or(Value::None);
    let Some(fmt) = fv.as_str() else {
        let tn = vm.type_name(&fv);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {tn}")));
    };
    let code_text = fmt.strip_prefix('@').unwrap_or(fmt);
    let mut chars = code_text.chars();
    let found = match (chars.next(), chars.next()) {
        (Some(c), None) => FORMATS.iter().find(|(f, _)| *f == c).copied(),
        _ => None,
    };
    let Some((code, itemsize)) = found else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !m.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_fmt = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_fmt(m.code) && !byte_fmt(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    let shape: Vec<usize> = match arg(&args, 1) {
        None | Some(Value::None) => {
            if nbytes % itemsize != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / itemsize]
        }
        Some(s) => {
            let dims = match s.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            };
            if m.shape.len() != 1 && dims.len() != 1 {
                return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            if dims.len() > MAX_NDIM {
                return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
            }
            let mut shape = Vec::with_capacity(dims.len());
            for d in &dims {
                match d {
                    Value::Int(n) if *n > 0 => shape.push(*n as usize),
                    Value::Int(_) | Value::Bool(_) => {
                        return Err(vm.value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ));
                    }
                    _ if matches!(d.payload(), Some(Payload::BigInt(_))) => {
                        return Err(vm.value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ));
                    }
                    _ => {
                        return Err(
                            vm.type_error("memoryview.cast(): elements of shape must be integers")
                        );
                    }
                }
            }
            let total = shape
                .iter()
                .try_fold(itemsize, |acc, &n| acc.checked_mul(n));
            if total != Some(nbytes) {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            shape
        }
    };
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for (s, &n) in strides.iter_mut().zip(shape.iter()).rev() {
        *s = step;
        step *= n as isize;
    }
    let start = m.start;
    Ok(make(
        &base,
        Layout {
            format: fmt.into(),
            code,
            itemsize,
            start,
            shape: shape.into(),
            strides: strides.into(),
            readonly: m.readonly,
        },
    ))
}

// ----- attributes --------------------------------------------------------------

fn p_obj(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(this(vm, a, "obj")?.1)
}

fn p_nbytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a, "nbytes")?.0.nbytes() as i64))
}

fn p_readonly(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, a, "readonly")?.0.readonly))
}

fn p_itemsize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a, "itemsize")?.0.itemsize as i64))
}

fn p_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::str(&this(vm, a, "format")?.0.format))
}

fn p_ndim(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a, "ndim")?.0.shape.len() as i64))
}

fn p_shape(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, _) = this(vm, a, "shape")?;
    Ok(Value::tuple(
        m.shape.iter().map(|&n| Value::Int(n as i64)).collect(),
    ))
}

fn p_strides(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, _) = this(vm, a, "strides")?;
    Ok(Value::tuple(
        m.strides.iter().map(|&n| Value::Int(n as i64)).collect(),
    ))
}

fn p_suboffsets(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "suboffsets")?;
    Ok(Value::tuple(Vec::new()))
}

fn p_contiguous(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, a, "contiguous")?.0.c_contiguous()))
}

fn p_f_contiguous(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (m, _) = this(vm, a, "f_contiguous")?;
    // A C-contiguous view is also Fortran-contiguous when it has at most
    // one dimension longer than 1.
    let long_dims = m.shape.iter().filter(|&&n| n > 1).count();
    Ok(Value::Bool(m.c_contiguous() && long_dims <= 1))
}
