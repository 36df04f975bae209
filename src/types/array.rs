//! `array.array`: a compact sequence of machine numbers (or characters)
//! of one type, written from the Python documentation of the `array`
//! module and checked against CPython 3.11 by tests/python/array__*.py.
//! The module `array` (modules/array.rs) hands out this room's class.
//!
//! Invariants:
//! - An array keeps its items as native-endian machine bytes in one
//!   `PyCell<Vec<u8>>` whose length is always a multiple of the item size
//!   of its type code; borrows are short and never held across a call into
//!   Python (an `__index__`, `__eq__` or iterator runs with no borrow out).
//! - A value is converted to its item's bytes (with CPython's range checks
//!   and messages, [`encode`]) before any borrow is taken, so a failed
//!   conversion leaves the array as it was; `fromlist` converts
//!   everything first and changes the array once (`extend` from an
//!   iterable appends item by item, as CPython's does).
//! - A result whose size follows from the arguments (`*`, `+`, `frombytes`,
//!   slices) is reserved with `Vm::reserve_memory` before it is made, and
//!   work that grows with the input is charged (`Vm::work`/`afford`).
//! - An array cannot be frozen yet (it has no frozen form): the freezer
//!   names it as it does other local-only objects.

use std::cell::Cell;

use num_bigint::BigInt;

use crate::bytecode::CmpOpKind;
use crate::object::cell::PyCell;
use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

use super::buffer::{bytes_like, is_index_like, seq_index};
use super::tuple::{no_args, one_arg};

/// The Python type `array.array`; its operators are natives in its class.
pub static ARRAY_TYPE: HostType = HostType::with_class_protocols("array.array");

/// The iterator over an array.
pub static ARRAY_ITER_TYPE: HostType = HostType::with_class_protocols("arrayiterator");

/// The type codes, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// A type code: what one item is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Code {
    /// `b`: signed char.
    I8,
    /// `B`: unsigned char.
    U8,
    /// `u`: wchar_t (a code point, 4 bytes as on Linux).
    Wchar,
    /// `h`: signed short.
    I16,
    /// `H`: unsigned short.
    U16,
    /// `i`: signed int.
    I32,
    /// `I`: unsigned int.
    U32,
    /// `l`: signed long (8 bytes, LP64).
    Long,
    /// `L`: unsigned long.
    ULong,
    /// `q`: signed long long.
    I64,
    /// `Q`: unsigned long long.
    U64,
    /// `f`: float.
    F32,
    /// `d`: double.
    F64,
}

impl Code {
    fn from_char(c: char) -> Option<Code> {
        Some(match c {
            'b' => Code::I8,
            'B' => Code::U8,
            'u' => Code::Wchar,
            'h' => Code::I16,
            'H' => Code::U16,
            'i' => Code::I32,
            'I' => Code::U32,
            'l' => Code::Long,
            'L' => Code::ULong,
            'q' => Code::I64,
            'Q' => Code::U64,
            'f' => Code::F32,
            'd' => Code::F64,
            _ => return None,
        })
    }

    fn ch(self) -> char {
        match self {
            Code::I8 => 'b',
            Code::U8 => 'B',
            Code::Wchar => 'u',
            Code::I16 => 'h',
            Code::U16 => 'H',
            Code::I32 => 'i',
            Code::U32 => 'I',
            Code::Long => 'l',
            Code::ULong => 'L',
            Code::I64 => 'q',
            Code::U64 => 'Q',
            Code::F32 => 'f',
            Code::F64 => 'd',
        }
    }

    /// The item size in bytes.
    pub fn size(self) -> usize {
        match self {
            Code::I8 | Code::U8 => 1,
            Code::I16 | Code::U16 => 2,
            Code::Wchar | Code::I32 | Code::U32 | Code::F32 => 4,
            Code::Long | Code::ULong | Code::I64 | Code::U64 | Code::F64 => 8,
        }
    }
}

/// One item, read out of the bytes.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Item {
    Int(i128),
    Float(f64),
    Char(u32),
}

/// An array of this sandbox.
pub struct Array {
    code: Code,
    data: PyCell<Vec<u8>>,
}

impl HostObject for Array {
    fn weakrefable(&self) -> bool {
        true
    }

    fn host_type(&self) -> &'static HostType {
        &ARRAY_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        match self.data.try_borrow() {
            Ok(d) => repr_of(self.code, &d),
            Err(_) => format!("array('{}', ...)", self.code.ch()),
        }
    }
}

/// A new array value.
fn new_array(code: Code, data: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(Array {
        code,
        data: PyCell::new(data),
    }))))
}

/// Whether `v` is an array.
pub fn is_array(v: &Value) -> bool {
    v.host::<Array>().is_some()
}

/// A copy of the bytes of an array (the buffer protocol's view of it for
/// `bytes(a)`, `b.extend(a)`, ...), or None when `v` is not one.
pub fn contents(v: &Value) -> Option<Vec<u8>> {
    v.host::<Array>()
        .and_then(|a| a.data.try_borrow().ok().map(|d| d.clone()))
}

// ----- items -------------------------------------------------------------------

fn read(code: Code, d: &[u8], i: usize) -> Item {
    let n = code.size();
    let mut raw = [0u8; 8];
    if let Some(src) = d.get(i * n..i * n + n) {
        raw[..n].copy_from_slice(src);
    }
    let b2 = [raw[0], raw[1]];
    let b4 = [raw[0], raw[1], raw[2], raw[3]];
    match code {
        Code::I8 => Item::Int(i128::from(raw[0] as i8)),
        Code::U8 => Item::Int(i128::from(raw[0])),
        Code::Wchar => Item::Char(u32::from_ne_bytes(b4)),
        Code::I16 => Item::Int(i128::from(i16::from_ne_bytes(b2))),
        Code::U16 => Item::Int(i128::from(u16::from_ne_bytes(b2))),
        Code::I32 => Item::Int(i128::from(i32::from_ne_bytes(b4))),
        Code::U32 => Item::Int(i128::from(u32::from_ne_bytes(b4))),
        Code::Long | Code::I64 => Item::Int(i128::from(i64::from_ne_bytes(raw))),
        Code::ULong | Code::U64 => Item::Int(i128::from(u64::from_ne_bytes(raw))),
        Code::F32 => Item::Float(f64::from(f32::from_ne_bytes(b4))),
        Code::F64 => Item::Float(f64::from_ne_bytes(raw)),
    }
}

fn char_error(vm: &mut Vm, c: u32) -> Exc {
    vm.value_error(format!(
        "character U+{c:x} is not in range [U+0000; U+10ffff]"
    ))
}

fn item_value(vm: &mut Vm, item: Item) -> PyResult<Value> {
    Ok(match item {
        Item::Int(i) => match i64::try_from(i) {
            Ok(x) => Value::Int(x),
            Err(_) => Value::from_bigint(BigInt::from(i)),
        },
        Item::Float(f) => Value::Float(f),
        Item::Char(c) => match char::from_u32(c) {
            Some(ch) => Value::string(ch.to_string()),
            None if c > 0x10ffff => return Err(char_error(vm, c)),
            // A lone surrogate: sandpy's str holds none.
            None => {
                return Err(vm.value_error(format!(
                    "array item U+{c:04x} is a lone surrogate, which sandpy's str cannot hold"
                )));
            }
        },
    })
}

/// The item `i` of `arr` as a value (None when out of range).
fn get_value(vm: &mut Vm, arr: &Array, i: usize) -> PyResult<Option<Value>> {
    let item = {
        let Ok(d) = arr.data.try_borrow() else {
            return Err(busy(vm));
        };
        if i >= d.len() / arr.code.size() {
            return Ok(None);
        }
        read(arr.code, &d, i)
    };
    item_value(vm, item).map(Some)
}

fn busy(vm: &mut Vm) -> Exc {
    vm.runtime_error("array changed during use")
}

fn overflow(vm: &mut Vm, msg: &str) -> Exc {
    vm.overflow_error(msg)
}

/// The integer value of an item argument (`__index__` semantics),
/// saturated to the i128 range (every bound checked is within it).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => return Ok(i128::from(*i)),
        Value::Bool(b) => return Ok(i128::from(*b)),
        _ => {}
    }
    if let Some(Payload::BigInt(b)) = v.payload() {
        return Ok(i128::try_from(b).unwrap_or(match b.sign() {
            num_bigint::Sign::Minus => i128::MIN,
            _ => i128::MAX,
        }));
    }
    if is_index_like(vm, v) {
        let r = vm.index_object(v)?;
        if let Some(b) = r.to_bigint() {
            return Ok(i128::try_from(&b).unwrap_or(match b.sign() {
                num_bigint::Sign::Minus => i128::MIN,
                _ => i128::MAX,
            }));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

/// CPython's checks of an integer item, in its order, with its messages
/// (the C conversions each type code goes through).
fn check_int(vm: &mut Vm, code: Code, x: i128) -> PyResult<()> {
    let long = |vm: &mut Vm| -> PyResult<()> {
        if x < i128::from(i64::MIN) || x > i128::from(i64::MAX) {
            return Err(overflow(vm, "Python int too large to convert to C long"));
        }
        Ok(())
    };
    let range = |vm: &mut Vm, lo: i128, hi: i128, what: &str| -> PyResult<()> {
        if x < lo {
            return Err(overflow(vm, &format!("{what} is less than minimum")));
        }
        if x > hi {
            return Err(overflow(vm, &format!("{what} is greater than maximum")));
        }
        Ok(())
    };
    let (short, int) = (
        (i128::from(i16::MIN), i128::from(i16::MAX)),
        (i128::from(i32::MIN), i128::from(i32::MAX)),
    );
    let u64max = i128::from(u64::MAX);
    match code {
        Code::I8 => {
            long(vm)?;
            range(vm, short.0, short.1, "signed short integer")?;
            range(vm, -128, 127, "signed char")
        }
        Code::U8 => {
            long(vm)?;
            range(vm, 0, 255, "unsigned byte integer")
        }
        Code::I16 => {
            long(vm)?;
            range(vm, short.0, short.1, "signed short integer")
        }
        Code::U16 => {
            long(vm)?;
            range(vm, int.0, int.1, "signed integer")?;
            range(vm, 0, 65535, "unsigned short")
        }
        Code::I32 => {
            long(vm)?;
            range(vm, int.0, int.1, "signed integer")
        }
        Code::U32 | Code::ULong => {
            if x < 0 {
                return Err(overflow(vm, "can't convert negative value to unsigned int"));
            }
            if x > u64max {
                return Err(overflow(
                    vm,
                    "Python int too large to convert to C unsigned long",
                ));
            }
            if code == Code::U32 && x > i128::from(u32::MAX) {
                return Err(overflow(vm, "unsigned int is greater than maximum"));
            }
            Ok(())
        }
        Code::Long => long(vm),
        Code::I64 => {
            if x < i128::from(i64::MIN) || x > i128::from(i64::MAX) {
                return Err(overflow(vm, "int too big to convert"));
            }
            Ok(())
        }
        Code::U64 => {
            if x < 0 {
                return Err(overflow(vm, "can't convert negative int to unsigned"));
            }
            if x > u64max {
                return Err(overflow(vm, "int too big to convert"));
            }
            Ok(())
        }
        Code::Wchar | Code::F32 | Code::F64 => Ok(()),
    }
}

/// The machine bytes of `v` as an item of type `code` (the first
/// `code.size()` bytes of the result), with CPython's errors.
fn encode(vm: &mut Vm, code: Code, v: &Value) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    match code {
        Code::F32 => {
            let f = super::int::to_f64(vm, v)? as f32;
            out[..4].copy_from_slice(&f.to_ne_bytes());
        }
        Code::F64 => {
            let f = super::int::to_f64(vm, v)?;
            out.copy_from_slice(&f.to_ne_bytes());
        }
        Code::Wchar => {
            let mut chars = v.as_str().map(str::chars);
            let c = match chars.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => c,
                _ => return Err(vm.type_error("array item must be unicode character")),
            };
            out[..4].copy_from_slice(&u32::from(c).to_ne_bytes());
        }
        _ => {
            let x = int_arg(vm, v)?;
            check_int(vm, code, x)?;
            // In range for the code, so the low bytes are the item.
            let n = code.size();
            out[..n].copy_from_slice(&x.to_ne_bytes()[..n]);
        }
    }
    Ok(out)
}

/// The bytes of every value of `items` as items of type `code`.
fn encode_all(vm: &mut Vm, code: Code, items: &[Value]) -> PyResult<Vec<u8>> {
    let n = code.size();
    vm.reserve_memory((items.len() * n) as u64)?;
    let mut out = Vec::with_capacity(items.len() * n);
    for v in items {
        vm.work(8)?;
        out.extend_from_slice(&encode(vm, code, v)?[..n]);
    }
    Ok(out)
}

fn repr_of(code: Code, d: &[u8]) -> String {
    let n = d.len() / code.size();
    if n == 0 {
        return format!("array('{}')", code.ch());
    }
    if code == Code::Wchar {
        let s: String = (0..n)
            .map(|i| match read(code, d, i) {
                Item::Char(c) => char::from_u32(c).unwrap_or('\u{fffd}'),
                _ => '\u{fffd}',
            })
            .collect();
        return format!("array('u', {})", super::str_algo::str_repr(&s));
    }
    let mut out = format!("array('{}', [", code.ch());
    for i in 0..n {
        if i > 0 {
            out.push_str(", ");
        }
        match read(code, d, i) {
            Item::Int(x) => out.push_str(&x.to_string()),
            Item::Float(f) => out.push_str(&crate::format::float_repr(f)),
            Item::Char(_) => {}
        }
    }
    out.push_str("])");
    out
}

// ----- receivers ---------------------------------------------------------------

fn bad_self(vm: &mut Vm, a: &Args, method: &str) -> Exc {
    super::tuple::bad_self(vm, a, "array.array", method)
}

fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a Array> {
    match a.pos.first().and_then(|v| v.host::<Array>()) {
        Some(arr) => Ok(arr),
        None => Err(bad_self(vm, a, method)),
    }
}

/// A copy of the bytes of `arr`.
fn bytes_of(vm: &mut Vm, arr: &Array) -> PyResult<Vec<u8>> {
    match arr.data.try_borrow() {
        Ok(d) => {
            vm.work(d.len() / 8)?;
            Ok(d.clone())
        }
        Err(_) => Err(busy(vm)),
    }
}

fn len_of(vm: &mut Vm, arr: &Array) -> PyResult<usize> {
    match arr.data.try_borrow() {
        Ok(d) => Ok(d.len() / arr.code.size()),
        Err(_) => Err(busy(vm)),
    }
}

/// Run `f` on the bytes of `arr`, to change them.
fn with_data<R>(vm: &mut Vm, arr: &Array, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    match arr.data.try_borrow_mut() {
        Ok(mut d) => Ok(f(&mut d)),
        Err(_) => Err(busy(vm)),
    }
}

fn arg(vm: &mut Vm, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("array.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len().saturating_sub(1);
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

// ----- the class -----------------------------------------------------------------

/// The class, with its methods (registered from types/registry.rs).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("array", object);
    let methods: &[(&'static str, NativeFn)] = &[
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
        ("__hash__", unhashable),
        ("__copy__", copy),
        ("__deepcopy__", deepcopy),
        ("__reduce_ex__", reduce_ex),
        ("__bytes__", tobytes),
        ("append", append),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
        ("count", count),
        ("extend", extend),
        ("frombytes", frombytes),
        ("fromfile", fromfile),
        ("fromlist", fromlist),
        ("fromunicode", fromunicode),
        ("index", index),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("tobytes", tobytes),
        ("tofile", tofile),
        ("tolist", tolist),
        ("tounicode", tounicode),
    ];
    for &(name, f) in methods {
        add_method(&cls, name, f, NativeKind::Method);
    }
    add_method(&cls, "__new__", new, NativeKind::StaticMethod);
    for (name, f) in [("typecode", typecode as NativeFn), ("itemsize", itemsize)] {
        crate::types::registry::add_property(&cls, name, f);
    }
    set_class_attr(&cls, "__module__", Value::str("array"));
    let doc = "array(typecode [, initializer]) -> array\n\n\
               Return a new array whose items are restricted by typecode, and\n\
               initialized from the optional initializer value, which must be a list,\n\
               string or iterable over elements of the appropriate type.";
    set_class_attr(&cls, "__doc__", Value::str(doc));
    cls
}

/// The class of the iterator.
pub fn iter_class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("arrayiterator", object);
    add_method(&cls, "__iter__", iter_self, NativeKind::Method);
    add_method(&cls, "__next__", iter_next, NativeKind::Method);
    set_class_attr(&cls, "__module__", Value::str("array"));
    cls
}

fn typecode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "typecode")?;
    Ok(Value::string(arr.code.ch().to_string()))
}

fn itemsize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "itemsize")?;
    Ok(Value::Int(arr.code.size() as i64))
}

// ----- construction ----------------------------------------------------------------

/// `array(typecode[, initializer])`.
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    if let Some(Value::Obj(cls)) = a.pos.first()
        && !cls.is(&vm.types.host_class(&ARRAY_TYPE))
    {
        let name = vm.class_name(cls);
        return Err(vm.type_error(format!(
            "cannot make an instance of '{name}': sandpy does not support subclasses of \
             array.array yet"
        )));
    }
    let given = a.pos.len().saturating_sub(1);
    if given == 0 {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if given > 2 {
        return Err(vm.type_error(format!("array() takes at most 2 arguments ({given} given)")));
    }
    let tc = &a.pos[1];
    let mut chars = tc.as_str().map(str::chars);
    let c = match chars.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(c), None)) => c,
        _ => {
            let tn = vm.type_name(tc);
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {tn}"
            )));
        }
    };
    let Some(code) = Code::from_char(c) else {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    };
    let data = match a.pos.get(2) {
        None => Vec::new(),
        Some(init) => initial_bytes(vm, code, init)?,
    };
    Ok(new_array(code, data))
}

fn initial_bytes(vm: &mut Vm, code: Code, init: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = init.as_str() {
        if code != Code::Wchar {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code.ch()
            )));
        }
        return unicode_bytes(vm, s);
    }
    if let Some(other) = init.host::<Array>()
        && other.code == Code::Wchar
        && code != Code::Wchar
    {
        return Err(vm.type_error(format!(
            "cannot use a unicode array to initialize an array with typecode '{}'",
            code.ch()
        )));
    }
    if matches!(init.payload(), Some(Payload::Bytes(_))) || super::bytearray::is_bytearray(init) {
        let b = bytes_like(init).map(|b| b.into_owned()).unwrap_or_default();
        return from_raw(vm, code, b);
    }
    let items = collect(vm, init)?;
    encode_all(vm, code, &items)
}

/// The items of an iterable, charged as they come.
fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(arr) = v.host::<Array>() {
        let n = len_of(vm, arr)?;
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            vm.work(8)?;
            match get_value(vm, arr, i)? {
                Some(x) => out.push(x),
                None => break,
            }
        }
        return Ok(out);
    }
    let it = vm.iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        vm.work(4)?;
        out.push(x);
    }
    Ok(out)
}

fn unicode_bytes(vm: &mut Vm, s: &str) -> PyResult<Vec<u8>> {
    vm.reserve_memory((s.len() * 4) as u64)?;
    vm.work(s.len())?;
    Ok(s.chars().flat_map(|c| u32::from(c).to_ne_bytes()).collect())
}

fn from_raw(vm: &mut Vm, code: Code, b: Vec<u8>) -> PyResult<Vec<u8>> {
    if !b.len().is_multiple_of(code.size()) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    Ok(b)
}

// ----- sequence protocol ----------------------------------------------------------

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "__repr__")?;
    no_args(vm, a, "array.__repr__")?;
    let d = bytes_of(vm, arr)?;
    vm.reserve_memory((d.len() * 4) as u64)?;
    vm.work(d.len() * 4)?;
    if arr.code == Code::Wchar {
        // CPython's repr goes through tounicode(), and fails as it does.
        for i in 0..d.len() / 4 {
            if let Item::Char(c) = read(Code::Wchar, &d, i)
                && char::from_u32(c).is_none()
            {
                return Err(item_value(vm, Item::Char(c))
                    .err()
                    .unwrap_or_else(|| char_error(vm, c)));
            }
        }
    }
    Ok(Value::string(repr_of(arr.code, &d)))
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "__len__")?;
    no_args(vm, a, "array.__len__")?;
    Ok(Value::Int(len_of(vm, arr)? as i64))
}

/// An index or a slice key, resolved against `n` items.
enum Key {
    At(usize),
    Slice(i64, i64, usize),
}

fn resolve(vm: &mut Vm, key: &Value, n: usize, out_of_range: &str) -> PyResult<Key> {
    if let Some(Payload::Slice(s)) = key.payload() {
        let (start, _, step, count) = super::seq_ops::slice_indices(vm, s, n as i64)?;
        return Ok(Key::Slice(start, step, count));
    }
    if !is_index_like(vm, key) {
        return Err(vm.type_error("array indices must be integers"));
    }
    if matches!(key.payload(), Some(Payload::BigInt(_))) {
        let tn = vm.type_name(key);
        return Err(vm.index_error(format!("cannot fit '{tn}' into an index-sized integer")));
    }
    let i = vm.index_value(key)?;
    match seq_index(i, n) {
        Some(j) => Ok(Key::At(j)),
        None => Err(vm.index_error(out_of_range)),
    }
}

fn positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + step * k as i64) as usize)
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "__getitem__")?;
    let key = one_arg(vm, a, "array.__getitem__")?.clone();
    let n = len_of(vm, arr)?;
    match resolve(vm, &key, n, "array index out of range")? {
        Key::At(i) => match get_value(vm, arr, i)? {
            Some(v) => Ok(v),
            None => Err(vm.index_error("array index out of range")),
        },
        Key::Slice(start, step, count) => {
            let size = arr.code.size();
            vm.reserve_memory((count * size) as u64)?;
            vm.work(count)?;
            let out = with_data(vm, arr, |d| {
                let mut out = Vec::with_capacity(count * size);
                for p in positions(start, step, count) {
                    if let Some(src) = d.get(p * size..p * size + size) {
                        out.extend_from_slice(src);
                    }
                }
                out
            })?;
            Ok(new_array(arr.code, out))
        }
    }
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "__setitem__")?;
    let (key, value) = match a.pos.get(1..) {
        Some([k, v]) => (k.clone(), v.clone()),
        _ => return Err(vm.type_error("expected 2 arguments")),
    };
    let n = len_of(vm, arr)?;
    let size = arr.code.size();
    match resolve(vm, &key, n, "array assignment index out of range")? {
        Key::At(i) => {
            let raw = encode(vm, arr.code, &value)?;
            with_data(vm, arr, |d| {
                if let Some(dst) = d.get_mut(i * size..i * size + size) {
                    dst.copy_from_slice(&raw[..size]);
                }
            })?;
        }
        Key::Slice(start, step, count) => {
            let Some(src) = value.host::<Array>() else {
                let tn = vm.type_name(&value);
                return Err(vm.type_error(format!(
                    "can only assign array (not \"{tn}\") to array slice"
                )));
            };
            if src.code != arr.code {
                return Err(vm.type_error("bad argument type for built-in operation"));
            }
            let new = bytes_of(vm, src)?;
            let m = new.len() / size;
            if step == 1 {
                let from = (start as usize).min(n) * size;
                vm.reserve_memory(new.len() as u64)?;
                with_data(vm, arr, |d| {
                    d.splice(from..from + count * size, new);
                })?;
            } else if m == 0 {
                // CPython deletes an extended slice assigned an empty array.
                delete_slice(vm, arr, n, start, step, count)?;
            } else {
                if m != count {
                    return Err(vm.value_error(format!(
                        "attempt to assign array of size {m} to extended slice of size {count}"
                    )));
                }
                vm.work(count)?;
                with_data(vm, arr, |d| {
                    for (k, p) in positions(start, step, count).enumerate() {
                        if let (Some(dst), Some(s)) = (
                            d.get_mut(p * size..p * size + size),
                            new.get(k * size..k * size + size),
                        ) {
                            dst.copy_from_slice(s);
                        }
                    }
                })?;
            }
        }
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "__delitem__")?;
    let key = one_arg(vm, a, "array.__delitem__")?.clone();
    let n = len_of(vm, arr)?;
    let size = arr.code.size();
    match resolve(vm, &key, n, "array assignment index out of range")? {
        Key::At(i) => {
            with_data(vm, arr, |d| {
                d.drain(i * size..i * size + size);
            })?;
        }
        Key::Slice(start, step, count) => delete_slice(vm, arr, n, start, step, count)?,
    }
    Ok(Value::None)
}

/// Delete the `count` items of a slice from `start` by `step` (of `n`).
fn delete_slice(
    vm: &mut Vm,
    arr: &Array,
    n: usize,
    start: i64,
    step: i64,
    count: usize,
) -> PyResult<()> {
    let size = arr.code.size();
    vm.work(n)?;
    let mut drop = vec![false; n];
    for p in positions(start, step, count) {
        if let Some(x) = drop.get_mut(p) {
            *x = true;
        }
    }
    with_data(vm, arr, |d| {
        let mut k = 0;
        d.retain(|_| {
            let keep = !drop.get(k / size).copied().unwrap_or(false);
            k += 1;
            keep
        });
    })
}

/// The index of the first item equal to `x` in `lo..hi`.
fn find(vm: &mut Vm, arr: &Array, x: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let mut i = lo;
    while i < hi {
        vm.work(8)?;
        let Some(item) = get_value(vm, arr, i)? else {
            break;
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "__contains__")?;
    let x = one_arg(vm, a, "array.__contains__")?.clone();
    let n = len_of(vm, arr)?;
    Ok(Value::Bool(find(vm, arr, &x, 0, n)?.is_some()))
}

// ----- comparisons -------------------------------------------------------------------

fn compare(vm: &mut Vm, a: &Args, op: CmpOpKind) -> PyResult<Value> {
    let x = this(vm, a, "__eq__")?;
    let other = one_arg(vm, a, "array.__eq__")?.clone();
    let Some(y) = other.host::<Array>() else {
        return Ok(vm.not_implemented());
    };
    let (nx, ny) = (len_of(vm, x)?, len_of(vm, y)?);
    if nx != ny && matches!(op, CmpOpKind::Eq | CmpOpKind::Ne) {
        return Ok(Value::Bool(op == CmpOpKind::Ne));
    }
    // The first position where the items differ decides.
    let mut i = 0;
    while i < nx.min(ny) {
        vm.work(8)?;
        let (Some(p), Some(q)) = (get_value(vm, x, i)?, get_value(vm, y, i)?) else {
            break;
        };
        if !vm.eq(&p, &q)? {
            return match op {
                CmpOpKind::Eq => Ok(Value::Bool(false)),
                CmpOpKind::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(&p, &q, op),
            };
        }
        i += 1;
    }
    Ok(Value::Bool(match op {
        CmpOpKind::Lt => nx < ny,
        CmpOpKind::Le => nx <= ny,
        CmpOpKind::Eq => nx == ny,
        CmpOpKind::Ne => nx != ny,
        CmpOpKind::Gt => nx > ny,
        CmpOpKind::Ge => nx >= ny,
    }))
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Eq)
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Ne)
}

fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Lt)
}

fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Le)
}

fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Gt)
}

fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Ge)
}

// ----- arithmetic --------------------------------------------------------------------

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__add__")?;
    let other = one_arg(vm, a, "array.__add__")?.clone();
    let Some(y) = other.host::<Array>() else {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("can only append array (not \"{tn}\") to array")));
    };
    if x.code != y.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut out = bytes_of(vm, x)?;
    let more = bytes_of(vm, y)?;
    vm.reserve_memory((out.len() + more.len()) as u64)?;
    out.extend_from_slice(&more);
    Ok(new_array(x.code, out))
}

fn iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__iadd__")?;
    let other = one_arg(vm, a, "array.__iadd__")?.clone();
    let Some(y) = other.host::<Array>() else {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("can only extend array with array (not \"{tn}\")")));
    };
    if x.code != y.code {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let more = bytes_of(vm, y)?;
    vm.reserve_memory(more.len() as u64)?;
    with_data(vm, x, |d| d.extend_from_slice(&more))?;
    Ok(a.pos[0].clone())
}

/// The repeat count of `*`: an int (negative counts as zero).
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if !is_index_like(vm, v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    let k = int_arg(vm, v)?;
    if k > i128::from(i64::MAX) {
        let tn = vm.type_name(v);
        return Err(vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer")));
    }
    Ok(usize::try_from(k).unwrap_or(0))
}

fn repeated(vm: &mut Vm, x: &[u8], k: usize) -> PyResult<Vec<u8>> {
    let total = x.len().saturating_mul(k);
    vm.reserve_memory(total as u64)?;
    vm.afford((total / 8) as u64)?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..k {
        out.extend_from_slice(x);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__mul__")?;
    let n = one_arg(vm, a, "array.__mul__")?.clone();
    let k = repeat_count(vm, &n)?;
    let d = bytes_of(vm, x)?;
    let out = repeated(vm, &d, k)?;
    Ok(new_array(x.code, out))
}

fn imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__imul__")?;
    let n = one_arg(vm, a, "array.__imul__")?.clone();
    let k = repeat_count(vm, &n)?;
    let d = bytes_of(vm, x)?;
    let out = repeated(vm, &d, k)?;
    with_data(vm, x, |d| *d = out)?;
    Ok(a.pos[0].clone())
}

/// `hash(a)`: TypeError, naming the type as CPython does (`array.array`).
fn unhashable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "__hash__")?;
    Err(vm.type_error("unhashable type: 'array.array'"))
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__copy__")?;
    no_args(vm, a, "array.__copy__")?;
    let d = bytes_of(vm, x)?;
    vm.reserve_memory(d.len() as u64)?;
    Ok(new_array(x.code, d))
}

fn deepcopy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__deepcopy__")?;
    one_arg(vm, a, "array.__deepcopy__")?;
    let d = bytes_of(vm, x)?;
    vm.reserve_memory(d.len() as u64)?;
    Ok(new_array(x.code, d))
}

/// `__reduce_ex__(protocol)`: `(array, (typecode, list), None)`, what
/// CPython gives for protocols below 3 (sandpy has no pickle yet).
fn reduce_ex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__reduce_ex__")?;
    one_arg(vm, a, "array.__reduce_ex__")?;
    let items = collect(vm, &a.pos[0])?;
    let cls = vm.types.host_class(&ARRAY_TYPE);
    let args = Value::tuple(vec![
        Value::string(x.code.ch().to_string()),
        Value::list(items),
    ]);
    Ok(Value::tuple(vec![Value::Obj(cls), args, Value::None]))
}

// ----- methods -----------------------------------------------------------------------

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "append")?;
    let v = one_arg(vm, a, "array.append")?.clone();
    let raw = encode(vm, arr.code, &v)?;
    let n = arr.code.size();
    with_data(vm, arr, |d| d.extend_from_slice(&raw[..n]))?;
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "buffer_info")?;
    no_args(vm, a, "array.buffer_info")?;
    let n = len_of(vm, arr)?;
    let addr = arr.data.try_borrow().map_or(0, |d| d.as_ptr() as usize);
    Ok(Value::tuple(vec![
        Value::Int(addr as i64),
        Value::Int(n as i64),
    ]))
}

fn byteswap(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "byteswap")?;
    no_args(vm, a, "array.byteswap")?;
    let size = arr.code.size();
    let n = len_of(vm, arr)?;
    vm.work(n)?;
    with_data(vm, arr, |d| {
        for item in d.chunks_exact_mut(size) {
            item.reverse();
        }
    })?;
    Ok(Value::None)
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "count")?;
    let x = one_arg(vm, a, "array.count")?.clone();
    let mut k = 0;
    let mut i = 0;
    while let Some(j) = {
        let n = len_of(vm, arr)?;
        find(vm, arr, &x, i, n)?
    } {
        k += 1;
        i = j + 1;
    }
    Ok(Value::Int(k))
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "extend")?;
    let v = one_arg(vm, a, "array.extend")?.clone();
    let more = match v.host::<Array>() {
        Some(other) if other.code != arr.code => {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        Some(other) => bytes_of(vm, other)?,
        None => {
            // Item by item, as CPython's: the items before a bad one stay.
            let it = vm.iter(&v)?;
            let size = arr.code.size();
            while let Some(x) = vm.next(&it)? {
                vm.work(8)?;
                let raw = encode(vm, arr.code, &x)?;
                with_data(vm, arr, |d| d.extend_from_slice(&raw[..size]))?;
            }
            return Ok(Value::None);
        }
    };
    with_data(vm, arr, |d| d.extend_from_slice(&more))?;
    Ok(Value::None)
}

fn frombytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "frombytes")?;
    let v = one_arg(vm, a, "array.frombytes")?.clone();
    let b = match bytes_like(&v) {
        Some(b) => b.into_owned(),
        None => match contents(&v) {
            Some(b) => b,
            None => {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        },
    };
    let b = from_raw(vm, arr.code, b)?;
    vm.reserve_memory(b.len() as u64)?;
    with_data(vm, arr, |d| d.extend_from_slice(&b))?;
    Ok(Value::None)
}

/// `fromfile(f, n)`: `n` items read with `f.read()`; EOFError (after
/// appending the items read) when fewer come, ValueError when a part of
/// an item comes.
fn fromfile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "fromfile")?;
    arg(vm, a, "fromfile", 2, 2)?;
    let (f, n) = (a.pos[1].clone(), a.pos[2].clone());
    let n = vm.index_value(&n)?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = arr.code.size();
    let want = usize::try_from(n)
        .unwrap_or(usize::MAX)
        .saturating_mul(size);
    let read = vm.getattr_str(&f, "read")?;
    let got = vm.call(&read, &[Value::Int(want.min(i64::MAX as usize) as i64)])?;
    let Some(Payload::Bytes(b)) = got.payload() else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    if !b.len().is_multiple_of(size) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let whole = b.len();
    let b = b.to_vec();
    vm.reserve_memory(b.len() as u64)?;
    with_data(vm, arr, |d| d.extend_from_slice(&b))?;
    if whole < want {
        let cls = vm.builtin_exc_class("EOFError");
        return Err(vm.new_exc(&cls, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn fromlist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "fromlist")?;
    let v = one_arg(vm, a, "array.fromlist")?.clone();
    let items = match v.payload() {
        Some(Payload::List(l)) => match l.try_borrow() {
            Ok(items) => items.clone(),
            Err(_) => return Err(busy(vm)),
        },
        _ => return Err(vm.type_error("arg must be list")),
    };
    let more = encode_all(vm, arr.code, &items)?;
    with_data(vm, arr, |d| d.extend_from_slice(&more))?;
    Ok(Value::None)
}

fn fromunicode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "fromunicode")?;
    let v = one_arg(vm, a, "array.fromunicode")?.clone();
    let Some(s) = v.as_str() else {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {tn}")));
    };
    if arr.code != Code::Wchar {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let more = unicode_bytes(vm, s)?;
    with_data(vm, arr, |d| d.extend_from_slice(&more))?;
    Ok(Value::None)
}

/// A start or stop bound of `index`, clamped to `0..=n` as list.index does.
fn bound(vm: &mut Vm, v: Option<&Value>, n: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    if !is_index_like(vm, v) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = int_arg(vm, v)?;
    let n = n as i128;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    Ok(j as usize)
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "index")?;
    arg(vm, a, "index", 1, 3)?;
    let x = a.pos[1].clone();
    let n = len_of(vm, arr)?;
    let lo = bound(vm, a.pos.get(2), n, 0)?;
    let hi = bound(vm, a.pos.get(3), n, n)?;
    match find(vm, arr, &x, lo, hi)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "insert")?;
    arg(vm, a, "insert", 2, 2)?;
    let i = vm.index_value(&a.pos[1].clone())?;
    let raw = encode(vm, arr.code, &a.pos[2].clone())?;
    let n = len_of(vm, arr)? as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let size = arr.code.size();
    vm.work(n as usize)?;
    with_data(vm, arr, |d| {
        d.splice(at * size..at * size, raw[..size].iter().copied());
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "pop")?;
    arg(vm, a, "pop", 0, 1)?;
    let i = match a.pos.get(1) {
        Some(v) => vm.index_value(&v.clone())?,
        None => -1,
    };
    let n = len_of(vm, arr)?;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(j) = seq_index(i, n) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let v = get_value(vm, arr, j)?.unwrap_or(Value::None);
    let size = arr.code.size();
    vm.work(n - j)?;
    with_data(vm, arr, |d| {
        d.drain(j * size..j * size + size);
    })?;
    Ok(v)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "remove")?;
    let x = one_arg(vm, a, "array.remove")?.clone();
    let n = len_of(vm, arr)?;
    let Some(j) = find(vm, arr, &x, 0, n)? else {
        return Err(vm.value_error("array.remove(x): x not in array"));
    };
    let size = arr.code.size();
    with_data(vm, arr, |d| {
        if j * size + size <= d.len() {
            d.drain(j * size..j * size + size);
        }
    })?;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "reverse")?;
    no_args(vm, a, "array.reverse")?;
    let size = arr.code.size();
    let n = len_of(vm, arr)?;
    vm.work(n)?;
    with_data(vm, arr, |d| {
        let items: Vec<u8> = d.chunks_exact(size).rev().flatten().copied().collect();
        *d = items;
    })?;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "tobytes")?;
    no_args(vm, a, "array.tobytes")?;
    let d = bytes_of(vm, arr)?;
    vm.reserve_memory(d.len() as u64)?;
    Ok(Value::Obj(ObjRef::new(Payload::Bytes(d.into()))))
}

/// `tofile(f)`: `f.write(bytes)`, in blocks of 64 KiB as CPython does.
fn tofile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "tofile")?;
    let f = one_arg(vm, a, "array.tofile")?.clone();
    let d = bytes_of(vm, arr)?;
    let write = vm.getattr_str(&f, "write")?;
    for block in d.chunks(64 * 1024) {
        let b = Value::Obj(ObjRef::new(Payload::Bytes(block.into())));
        vm.call(&write, &[b])?;
    }
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "tolist")?;
    no_args(vm, a, "array.tolist")?;
    let items = collect(vm, &a.pos[0])?;
    Ok(Value::list(items))
}

fn tounicode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let arr = this(vm, a, "tounicode")?;
    no_args(vm, a, "array.tounicode")?;
    if arr.code != Code::Wchar {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let d = bytes_of(vm, arr)?;
    vm.reserve_memory(d.len() as u64)?;
    let mut s = String::with_capacity(d.len() / 4);
    for i in 0..d.len() / 4 {
        let Item::Char(c) = read(Code::Wchar, &d, i) else {
            continue;
        };
        match char::from_u32(c) {
            Some(ch) => s.push(ch),
            None => {
                return Err(item_value(vm, Item::Char(c))
                    .err()
                    .unwrap_or_else(|| char_error(vm, c)));
            }
        }
    }
    Ok(Value::string(s))
}

// ----- iteration ---------------------------------------------------------------------

/// An iterator over an array: sees changes made while it runs.
struct ArrayIter {
    seq: PyCell<Option<Value>>,
    index: Cell<usize>,
}

impl HostObject for ArrayIter {
    fn host_type(&self) -> &'static HostType {
        &ARRAY_ITER_TYPE
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
    this(vm, a, "__iter__")?;
    no_args(vm, a, "array.__iter__")?;
    let it = ArrayIter {
        seq: PyCell::new(Some(a.pos[0].clone())),
        index: Cell::new(0),
    };
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(it)))))
}

fn this_iter<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a ArrayIter> {
    match a.pos.first().and_then(|v| v.host::<ArrayIter>()) {
        Some(it) => Ok(it),
        None => Err(vm.type_error("expected an arrayiterator")),
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
    let item = match seq.as_ref().and_then(|s| s.host::<Array>()) {
        Some(arr) => get_value(vm, arr, i)?,
        None => None,
    };
    match item {
        Some(v) => {
            it.index.set(i + 1);
            Ok(v)
        }
        None => {
            if let Ok(mut s) = it.seq.try_borrow_mut() {
                *s = None;
            }
            Err(vm.stop_iteration(Value::None))
        }
    }
}
