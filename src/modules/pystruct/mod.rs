//! The `struct` module: values packed into and unpacked from bytes as C
//! structs lay them out (CPython's `_struct`, in Rust): `pack`, `unpack`,
//! `calcsize`, `pack_into`, `unpack_from`, `iter_unpack`, the `Struct`
//! class and `struct.error`. Formats are parsed by `layout.rs`.
//!
//! The natives find `struct.error` without module state: the module's
//! functions are bound methods of the error class (their `self`), and
//! `Struct` keeps it as its class attribute `_error`. A `Struct`'s format
//! and size are its instance attributes `format` and `size`; its methods
//! parse the format again at each call (a parse is a short loop over the
//! format's bytes).
//!
//! Results are sized before they are built: an unpack's item count and a
//! pack's byte count follow from the format, and are refused up front past
//! the memory cap (`vm.reserve_memory`) and charged as work (`vm.work`).

mod layout;

use crate::builtins::StrPayload;
use crate::object::dict::Dict;
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::class::new_class;
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

use super::set;
use layout::{Layout, Mode};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let exception = vm
        .exc_types
        .all
        .iter()
        .find(|(n, _)| *n == "Exception")
        .map(|(_, c)| c.clone())
        .ok_or_else(|| vm.type_error("no Exception class"))?;
    let error = make_class(vm, "error", "struct", exception, &[])?;
    let object = vm.types.object.clone();
    let st = make_class(
        vm,
        "Struct",
        "_struct",
        object,
        &[
            ("__init__", struct_init),
            ("pack", struct_pack),
            ("pack_into", struct_pack_into),
            ("unpack", struct_unpack),
            ("unpack_from", struct_unpack_from),
            ("iter_unpack", struct_iter_unpack),
        ],
    )?;
    set_class_attr(&st, "_error", Value::Obj(error.clone()));
    set(vm, d, "error", Value::Obj(error.clone()))?;
    set(vm, d, "Struct", Value::Obj(st))?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("pack", pack),
        ("unpack", unpack),
        ("calcsize", calcsize),
        ("pack_into", pack_into),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
    ];
    for (name, f) in functions {
        let native = crate::types::registry::native(name, *f, NativeKind::Function);
        let bound = Payload::BoundMethod(Box::new((Value::Obj(native), Value::Obj(error.clone()))));
        set(vm, d, name, Value::Obj(ObjRef::new(bound)))?;
    }
    Ok(())
}

fn make_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    base: ObjRef,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<ObjRef> {
    let n = vm.intern(name);
    let cls = new_class(
        n.clone(),
        n,
        vec![base],
        Dict::new(),
        None,
        crate::object::NO_AUTHORITY,
    )
    .map_err(|m| vm.type_error(m))?;
    for (mname, f) in methods {
        add_method(&cls, mname, *f, NativeKind::Method);
    }
    set_class_attr(&cls, "__module__", Value::Obj(vm.intern(module)));
    vm.type_epoch += 1;
    Ok(cls)
}

/// `struct.error(msg)`, to raise.
fn error(vm: &mut Vm, cls: &Value, msg: &str) -> Exc {
    match cls {
        Value::Obj(c) => vm.new_exc(c, msg),
        _ => vm.value_error(msg),
    }
}

/// A format argument (str or bytes) parsed.
fn layout_of(vm: &mut Vm, err: &Value, fmt: &Value) -> PyResult<Layout> {
    // The parse makes at most one item per format byte, in a vector that
    // grows by doubling, next to a copy of the format: reserved first, so
    // that a format of ten million codes meets the memory cap before it
    // is parsed, not after (the count alone would see it too late).
    let len = match fmt.payload() {
        Some(Payload::Str(s)) => s.s.len(),
        Some(Payload::Bytes(b)) => b.len(),
        _ => fmt
            .instance_base()
            .and_then(Value::as_str)
            .map_or(0, str::len),
    } as u64;
    let item = std::mem::size_of::<layout::Item>() as u64;
    vm.reserve_memory(len.saturating_mul(1 + 2 * item))?;
    let bytes: Vec<u8> = match fmt.payload() {
        Some(Payload::Str(s)) => s.s.as_bytes().to_vec(),
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => match fmt.instance_base().and_then(Value::as_str) {
            Some(s) => s.as_bytes().to_vec(),
            None => {
                let tn = vm.type_name(fmt);
                return Err(vm.type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {tn}"
                )));
            }
        },
    };
    vm.work(bytes.len())?;
    layout::parse(&bytes).map_err(|m| error(vm, err, m))
}

/// Pack `values` by `lay` into `out` (exactly `lay.size` bytes, zeroed).
fn pack_values(
    vm: &mut Vm,
    err: &Value,
    lay: &Layout,
    values: &[Value],
    out: &mut [u8],
) -> PyResult<()> {
    let mut vals = values.iter();
    for item in &lay.items {
        let one = layout::item_size(lay.mode, item.code).unwrap_or(1);
        match item.code {
            b'x' => continue,
            b's' | b'p' => {
                let v = vals.next().cloned().unwrap_or(Value::None);
                let data = match v.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    _ if crate::types::bytearray::is_bytearray(&v) => {
                        crate::types::buffer::bytes_like(&v)
                            .map(|c| c.into_owned())
                            .unwrap_or_default()
                    }
                    _ => {
                        let msg = format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        );
                        return Err(error(vm, err, &msg));
                    }
                };
                let field = &mut out[item.offset..item.offset + item.count];
                if item.code == b's' {
                    let n = data.len().min(field.len());
                    field[..n].copy_from_slice(&data[..n]);
                } else if !field.is_empty() {
                    let n = data.len().min(field.len() - 1);
                    field[1..1 + n].copy_from_slice(&data[..n]);
                    field[0] = n.min(255) as u8;
                }
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let v = vals.next().cloned().unwrap_or(Value::None);
            let at = item.offset + k * one;
            let dst = &mut out[at..at + one];
            match item.code {
                b'c' => match v.payload() {
                    Some(Payload::Bytes(b)) if b.len() == 1 => dst[0] = b[0],
                    _ => {
                        return Err(error(
                            vm,
                            err,
                            "char format requires a bytes object of length 1",
                        ));
                    }
                },
                b'?' => dst[0] = u8::from(vm.truthy(&v)?),
                b'e' | b'f' | b'd' => {
                    if !is_real(vm, &v) {
                        return Err(error(vm, err, "required argument is not a float"));
                    }
                    // Any failure of the conversion is this error, as in CPython.
                    let Ok(x) = crate::types::int::to_f64(vm, &v) else {
                        return Err(error(vm, err, "required argument is not a float"));
                    };
                    let bits: u64 = match item.code {
                        b'd' => x.to_bits(),
                        b'f' => {
                            let y = x as f32;
                            if y.is_infinite() && x.is_finite() && lay.mode != Mode::Native {
                                return Err(
                                    vm.overflow_error("float too large to pack with f format")
                                );
                            }
                            u64::from(y.to_bits())
                        }
                        _ => match layout::f16_bits(x) {
                            Some(h) => u64::from(h),
                            None => {
                                return Err(
                                    vm.overflow_error("float too large to pack with e format")
                                );
                            }
                        },
                    };
                    layout::put_int(lay.mode, dst, i128::from(bits));
                }
                code => {
                    if !crate::types::buffer::is_index_like(vm, &v) {
                        return Err(error(vm, err, "required argument is not an integer"));
                    }
                    let n = crate::types::int::index_bigint(vm, &v)?;
                    let n = num_traits::ToPrimitive::to_i128(&n);
                    let Some(rule) = layout::int_range(lay.mode, code) else {
                        return Err(error(vm, err, layout::BAD_CHAR));
                    };
                    let n = rule.check(n).map_err(|m| error(vm, err, m))?;
                    layout::put_int(lay.mode, dst, n);
                }
            }
        }
    }
    Ok(())
}

/// Whether `v` converts to a float (`float()`'s numbers: int, float, or
/// an object with `__float__` or `__index__`).
fn is_real(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) => true,
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => true,
            Some(p) if p.class_protocols() => {
                vm.lookup_special_str(v, "__float__").is_some()
                    || vm.lookup_special_str(v, "__index__").is_some()
            }
            _ => false,
        },
    }
}

/// Unpack `src` (exactly `lay.size` bytes) into a tuple.
fn unpack_values(vm: &mut Vm, lay: &Layout, src: &[u8]) -> PyResult<Value> {
    vm.reserve_memory((lay.nvalues as u64).saturating_mul(32))?;
    vm.work(lay.nvalues + lay.size)?;
    let mut out = Vec::with_capacity(lay.nvalues);
    for item in &lay.items {
        let one = layout::item_size(lay.mode, item.code).unwrap_or(1);
        match item.code {
            b'x' => continue,
            b's' => {
                out.push(bytes_value(&src[item.offset..item.offset + item.count]));
                continue;
            }
            b'p' => {
                let field = &src[item.offset..item.offset + item.count];
                let data = match field.split_first() {
                    Some((&n, rest)) => &rest[..usize::from(n).min(rest.len())],
                    None => &[][..],
                };
                out.push(bytes_value(data));
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let at = item.offset + k * one;
            let b = &src[at..at + one];
            out.push(match item.code {
                b'c' => bytes_value(b),
                b'?' => Value::Bool(b[0] != 0),
                b'd' => Value::Float(f64::from_bits(layout::get_int(lay.mode, b, false) as u64)),
                b'f' => Value::Float(f64::from(f32::from_bits(
                    layout::get_int(lay.mode, b, false) as u32,
                ))),
                b'e' => Value::Float(layout::f16_value(layout::get_int(lay.mode, b, false) as u16)),
                code => {
                    let n = layout::get_int(lay.mode, b, layout::signed(code));
                    match i64::try_from(n) {
                        Ok(i) => Value::Int(i),
                        Err(_) => Value::from_bigint(num_bigint::BigInt::from(n)),
                    }
                }
            });
        }
    }
    Ok(Value::tuple(out))
}

fn bytes_value(b: &[u8]) -> Value {
    Value::Obj(ObjRef::new(Payload::Bytes(b.into())))
}

/// The bytes of a buffer argument (TypeError when it is not bytes-like).
fn buffer_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::types::buffer::bytes_like(v) {
        Some(b) => Ok(b.into_owned()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// An offset argument as an i64 (an int, or `__index__`).
fn offset_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = crate::types::int::index_bigint(vm, v)?;
    num_traits::ToPrimitive::to_i64(&n).ok_or_else(|| {
        vm.index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(v)
        ))
    })
}

/// Where a struct of `need` bytes goes at `offset` in a buffer of `len`
/// bytes (negative offsets count from the end), or the error message.
fn place(what: &str, verb: &str, need: usize, offset: i64, len: usize) -> Result<usize, String> {
    let start = if offset < 0 {
        let back = offset.unsigned_abs();
        if back > len as u64 {
            return Err(format!(
                "offset {offset} out of range for {len}-byte buffer"
            ));
        }
        len - back as usize
    } else {
        offset as usize
    };
    if len.saturating_sub(start) < need || start > len {
        return Err(if offset < 0 {
            format!("not enough data to {verb} {need} bytes at offset {offset}")
        } else {
            format!(
                "{what} requires a buffer of at least {} bytes for {verb}ing {need} bytes at offset {offset} (actual buffer size is {len})",
                need as u64 + offset as u64
            )
        });
    }
    Ok(start)
}

// ----- module functions (bound to struct.error: a.pos[0]) --------------------

fn fmt_arg<'a>(vm: &mut Vm, a: &'a Args, fname: &str) -> PyResult<&'a Value> {
    match a.pos.get(1) {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "{fname}() missing required argument 'format' (pos 1)"
        ))),
    }
}

fn pack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_kw(vm, a, "_struct.pack")?;
    let err = a.pos[0].clone();
    let Some(fmt) = a.pos.get(1) else {
        return Err(vm.type_error("missing format argument"));
    };
    let lay = layout_of(vm, &err, fmt)?;
    do_pack(vm, &err, &lay, &a.pos[2..], "pack")
}

fn do_pack(
    vm: &mut Vm,
    err: &Value,
    lay: &Layout,
    values: &[Value],
    what: &str,
) -> PyResult<Value> {
    if values.len() != lay.nvalues {
        let msg = format!(
            "{what} expected {} items for packing (got {})",
            lay.nvalues,
            values.len()
        );
        return Err(error(vm, err, &msg));
    }
    vm.reserve_memory(lay.size as u64)?;
    vm.work(lay.size + lay.nvalues)?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, err, lay, values, &mut out)?;
    Ok(Value::Obj(ObjRef::new(Payload::Bytes(
        out.into_boxed_slice(),
    ))))
}

fn no_kw(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

fn count(vm: &mut Vm, a: &Args, fname: &str, n: usize) -> PyResult<()> {
    no_kw(vm, a, fname)?;
    let got = a.pos.len() - 1;
    if got != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{fname} expected {n} argument{s}, got {got}")));
    }
    Ok(())
}

fn unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    count(vm, a, "unpack", 2)?;
    let err = a.pos[0].clone();
    let lay = layout_of(vm, &err, &a.pos[1])?;
    do_unpack(vm, &err, &lay, &a.pos[2])
}

fn do_unpack(vm: &mut Vm, err: &Value, lay: &Layout, buf: &Value) -> PyResult<Value> {
    let b = buffer_of(vm, buf)?;
    if b.len() != lay.size {
        let msg = format!("unpack requires a buffer of {} bytes", lay.size);
        return Err(error(vm, err, &msg));
    }
    unpack_values(vm, lay, &b)
}

fn calcsize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_kw(vm, a, "_struct.calcsize")?;
    if a.pos.len() != 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!(
            "_struct.calcsize() takes exactly one argument ({n} given)"
        )));
    }
    let err = a.pos[0].clone();
    let lay = layout_of(vm, &err, &a.pos[1])?;
    Ok(Value::Int(lay.size as i64))
}

/// `(buffer, offset)` of `unpack_from(format, /, buffer, offset=0)` from
/// the arguments after the first `skip`.
fn from_args(vm: &mut Vm, a: &Args, skip: usize, fname: &str) -> PyResult<(Value, Value)> {
    let pos = &a.pos[skip..];
    let mut buffer = pos.first().cloned();
    let mut offset = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            skip + 1,
            a.pos.len() - 1 + a.kw.len()
        )));
    }
    for (k, v) in a.kw {
        let slot = match k.payload_str() {
            Some("buffer") => &mut buffer,
            Some("offset") => &mut offset,
            other => {
                let k = other.unwrap_or("?");
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        };
        if slot.is_some() {
            let k = k.payload_str().unwrap_or("?");
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                if k == "buffer" { skip } else { skip + 1 }
            )));
        }
        *slot = Some(v.clone());
    }
    let Some(buffer) = buffer else {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument 'buffer' (pos {skip})"
        )));
    };
    Ok((buffer, offset.unwrap_or(Value::Int(0))))
}

fn unpack_from(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let err = a.pos[0].clone();
    let fmt = fmt_arg(vm, a, "unpack_from")?.clone();
    let (buffer, offset) = from_args(vm, a, 2, "unpack_from")?;
    let lay = layout_of(vm, &err, &fmt)?;
    do_unpack_from(vm, &err, &lay, &buffer, &offset)
}

fn do_unpack_from(
    vm: &mut Vm,
    err: &Value,
    lay: &Layout,
    buffer: &Value,
    offset: &Value,
) -> PyResult<Value> {
    let offset = offset_of(vm, offset)?;
    let b = buffer_of(vm, buffer)?;
    let start = place("unpack_from", "unpack", lay.size, offset, b.len())
        .map_err(|m| error(vm, err, &m))?;
    unpack_values(vm, lay, &b[start..start + lay.size])
}

fn iter_unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    count(vm, a, "iter_unpack", 2)?;
    let err = a.pos[0].clone();
    let lay = layout_of(vm, &err, &a.pos[1])?;
    do_iter_unpack(vm, &err, &lay, &a.pos[2])
}

fn do_iter_unpack(vm: &mut Vm, err: &Value, lay: &Layout, buffer: &Value) -> PyResult<Value> {
    if lay.size == 0 {
        return Err(error(
            vm,
            err,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let b = buffer_of(vm, buffer)?;
    if b.len() % lay.size != 0 {
        let msg = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            lay.size
        );
        return Err(error(vm, err, &msg));
    }
    // Every row's tuple is made now: refused up front past the memory cap.
    let n = b.len() / lay.size;
    vm.reserve_memory((n as u64).saturating_mul(64 + 32 * lay.nvalues as u64))?;
    let mut rows = Vec::with_capacity(n);
    for chunk in b.chunks(lay.size) {
        rows.push(unpack_values(vm, lay, chunk)?);
    }
    let list = Value::list(rows);
    vm.iter(&list)
}

fn pack_into(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_kw(vm, a, "_struct.pack_into")?;
    let err = a.pos[0].clone();
    let Some(fmt) = a.pos.get(1) else {
        return Err(vm.type_error("missing format argument"));
    };
    let lay = layout_of(vm, &err, fmt)?;
    do_pack_into(vm, &err, &lay, &a.pos[2..])
}

/// `pack_into(buffer, offset, *values)` for a parsed layout.
fn do_pack_into(vm: &mut Vm, err: &Value, lay: &Layout, rest: &[Value]) -> PyResult<Value> {
    let Some(buffer) = rest.first() else {
        return Err(error(vm, err, "pack_into expected buffer argument"));
    };
    let Some(offset) = rest.get(1) else {
        return Err(error(vm, err, "pack_into expected offset argument"));
    };
    let values = &rest[2..];
    if values.len() != lay.nvalues {
        let msg = format!(
            "pack_into expected {} items for packing (got {})",
            lay.nvalues,
            values.len()
        );
        return Err(error(vm, err, &msg));
    }
    let writable = crate::types::bytearray::is_writable(buffer)
        || (crate::types::memoryview::is_view(buffer)
            && vm
                .getattr_str(buffer, "readonly")
                .is_ok_and(|r| matches!(r, Value::Bool(false))));
    if !writable {
        let tn = vm.type_name(buffer);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {tn}"
        )));
    }
    let offset = offset_of(vm, offset)?;
    let len = crate::types::buffer::bytes_like(buffer).map_or(0, |b| b.len());
    let start =
        place("pack_into", "pack", lay.size, offset, len).map_err(|m| error(vm, err, &m))?;
    vm.reserve_memory(lay.size as u64)?;
    vm.work(lay.size + lay.nvalues)?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, err, lay, values, &mut out)?;
    if crate::types::bytearray::write_at(buffer, start, &out) {
        return Ok(Value::None);
    }
    let slice = Value::Obj(ObjRef::new(Payload::Slice(Box::new([
        Value::Int(start as i64),
        Value::Int((start + out.len()) as i64),
        Value::None,
    ]))));
    vm.setitem(buffer, slice, bytes_value(&out))?;
    Ok(Value::None)
}

// ----- the Struct class ------------------------------------------------------

/// A Struct's error class and parsed layout.
fn this(vm: &mut Vm, a: &Args, method: &str) -> PyResult<(Value, Layout)> {
    let Some(me) = a.pos.first() else {
        return Err(vm.type_error(format!("Struct.{method}() needs an argument")));
    };
    let err = vm.getattr_str(me, "_error")?;
    let fmt = vm.getattr_str(me, "format")?;
    let lay = layout_of(vm, &err, &fmt)?;
    Ok((err, lay))
}

fn struct_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let fmt = match (a.pos.get(1), a.kw.first()) {
        (Some(f), None) if a.pos.len() == 2 => f.clone(),
        (None, Some((k, f))) if a.kw.len() == 1 && k.payload_str() == Some("format") => f.clone(),
        (None, None) => {
            return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)"));
        }
        _ => {
            let n = a.pos.len() - 1 + a.kw.len();
            return Err(vm.type_error(format!("Struct() takes at most 1 argument ({n} given)")));
        }
    };
    let err = vm.getattr_str(&me, "_error")?;
    let lay = layout_of(vm, &err, &fmt)?;
    let text = match fmt.payload() {
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => fmt
            .as_str()
            .or_else(|| fmt.instance_base().and_then(Value::as_str))
            .unwrap_or("")
            .to_string(),
    };
    let (kf, ks) = (vm.intern("format"), vm.intern("size"));
    vm.object_setattr(&me, &kf, Value::string(text))?;
    vm.object_setattr(&me, &ks, Value::Int(lay.size as i64))?;
    Ok(Value::None)
}

fn struct_pack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_kw(vm, a, "pack")?;
    let (err, lay) = this(vm, a, "pack")?;
    do_pack(vm, &err, &lay, &a.pos[1..], "pack")
}

fn struct_pack_into(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_kw(vm, a, "pack_into")?;
    let (err, lay) = this(vm, a, "pack_into")?;
    do_pack_into(vm, &err, &lay, &a.pos[1..])
}

fn struct_unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_kw(vm, a, "unpack")?;
    if a.pos.len() != 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!(
            "Struct.unpack() takes exactly one argument ({n} given)"
        )));
    }
    let (err, lay) = this(vm, a, "unpack")?;
    do_unpack(vm, &err, &lay, &a.pos[1])
}

fn struct_unpack_from(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (err, lay) = this(vm, a, "unpack_from")?;
    let (buffer, offset) = from_args(vm, a, 1, "unpack_from")?;
    do_unpack_from(vm, &err, &lay, &buffer, &offset)
}

fn struct_iter_unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_kw(vm, a, "iter_unpack")?;
    if a.pos.len() != 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!(
            "Struct.iter_unpack() takes exactly one argument ({n} given)"
        )));
    }
    let (err, lay) = this(vm, a, "iter_unpack")?;
    do_iter_unpack(vm, &err, &lay, &a.pos[1])
}
