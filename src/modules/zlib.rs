//! `zlib`: DEFLATE compression over zlib-rs (a pure-Rust port of zlib
//! whose stable API needs no `unsafe` here and whose allocations go
//! through Rust's allocator, so the memory cap counts them): compress,
//! decompress, compressobj, decompressobj, crc32, adler32, `zlib.error`
//! and the constants, with zlib, gzip and raw containers chosen by wbits.
//!
//! Invariants:
//! - every configuration is checked here before zlib-rs sees it (its
//!   constructors assert that initialisation succeeds): a bad level,
//!   wbits, memLevel or strategy raises as CPython does, never panics;
//! - input is fed in `CHUNK`-byte slices and each is charged to the work
//!   meter; every growth of an output buffer is reserved first
//!   (`vm.reserve_memory`), so a decompression bomb stops at the memory
//!   cap with MemoryError and a long stream at the time cap;
//! - a stream object's state sits in a `RefCell` that is never held
//!   across a call back into Python;
//! - compressed bytes are zlib-rs's (zlib-ng's algorithms): they often
//!   differ from what CPython's zlib 1.2.13 makes, at every level (level 0
//!   only for inputs of a few KiB); each decodes the other's streams.
//!
//! Departure: `Compress.copy` and `Decompress.copy` are missing (the
//! stable zlib-rs API offers no deflateCopy/inflateCopy).

use std::cell::RefCell;

use zlib_rs::{
    Deflate, DeflateConfig, DeflateError, DeflateFlush, Inflate, InflateError, InflateFlush,
    Method, Status, Strategy,
};

use super::clinic::{Params, buffer, int_arg};
use super::{def, set};
use crate::object::host::{Host, HostObject, HostType};
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::buffer::bytes_like;
use crate::types::bytes::bytes_value;
use crate::types::registry::{add_method, builtin_class, set_class_attr};
use crate::vm::{NativeFn, Vm};

/// Input bytes fed to zlib-rs per call, between two charges of the meter.
const CHUNK: usize = 64 * 1024;
/// Work units charged per input byte compressed (deflate's cost).
const DEFLATE_COST: usize = 20;
/// Memory a deflate state takes at most (window, hash chains, buffers).
const DEFLATE_STATE: u64 = 600 * 1024;
/// Memory an inflate state takes at most.
const INFLATE_STATE: u64 = 64 * 1024;
const DEF_BUF_SIZE: i64 = 16384;

pub static COMPRESS_TYPE: HostType = HostType::with_class_protocols("Compress");
pub static DECOMPRESS_TYPE: HostType = HostType::with_class_protocols("Decompress");

// zlib's flush modes.
const Z_NO_FLUSH: i64 = 0;
const Z_PARTIAL_FLUSH: i64 = 1;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;
const Z_BLOCK: i64 = 5;
const Z_TREES: i64 = 6;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, NativeFn)] = &[
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", compressobj),
        ("decompressobj", decompressobj),
        ("crc32", crc32),
        ("adler32", adler32),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", Z_FULL_FLUSH),
        ("Z_FINISH", Z_FINISH),
        ("Z_BLOCK", Z_BLOCK),
        ("Z_TREES", Z_TREES),
    ];
    for (name, v) in ints {
        set(vm, d, name, Value::Int(*v))?;
    }
    set(vm, d, "ZLIB_VERSION", Value::str(VERSION))?;
    set(vm, d, "ZLIB_RUNTIME_VERSION", Value::str(VERSION))?;
    let exception = vm.builtin_exc_class("Exception");
    let error = super::new_exception_class(vm, "zlib", "error", &exception)?;
    set(vm, d, "error", Value::Obj(error))?;
    for ty in [&COMPRESS_TYPE, &DECOMPRESS_TYPE] {
        let cls = vm.types.host_class(ty);
        set(vm, d, ty.name, Value::Obj(cls))?;
    }
    Ok(())
}

/// The zlib version zlib-rs implements, and which library this is.
const VERSION: &str = "1.3.1-zlib-rs";

/// `zlib.error(msg)`.
fn zerror(vm: &mut Vm, msg: &str) -> Exc {
    let cls = super::module_attr(vm, "zlib", "error")
        .unwrap_or_else(|| vm.builtin_exc_class("Exception"));
    vm.new_exc(&cls, msg)
}

/// `Error N while WHAT: MSG`, with zlib's text for the code when the
/// stream gave none (as CPython's zlib_error does).
fn stream_error(vm: &mut Vm, code: i32, msg: Option<&str>, what: &str) -> Exc {
    let msg = msg.filter(|m| !m.is_empty()).or(match code {
        -5 => Some("incomplete or truncated stream"),
        -2 => Some("inconsistent stream state"),
        -3 => Some("invalid input data"),
        _ => None,
    });
    let text = match msg {
        Some(m) => format!("Error {code} while {what}: {m}"),
        None => format!("Error {code} while {what}"),
    };
    zerror(vm, &text)
}

fn inflate_code(e: InflateError) -> i32 {
    match e {
        InflateError::NeedDict { .. } => 2,
        InflateError::StreamError => -2,
        InflateError::DataError => -3,
        InflateError::MemError => -4,
    }
}

fn deflate_code(e: DeflateError) -> i32 {
    match e {
        DeflateError::StreamError => -2,
        DeflateError::DataError => -3,
        DeflateError::MemError => -4,
    }
}

// ----- configuration -------------------------------------------------------

/// A deflate configuration, or None when zlib would refuse it.
fn deflate_config(
    level: i64,
    method: i64,
    wbits: i64,
    mem: i64,
    strategy: i64,
) -> Option<DeflateConfig> {
    if !(-1..=9).contains(&level) || method != 8 || !(1..=9).contains(&mem) {
        return None;
    }
    // wbits 8 means 9 for a zlib stream; zlib refuses 8 for raw and gzip.
    let wbits = match wbits {
        8 => 9,
        9..=15 | -15..=-9 | 25..=31 => wbits,
        _ => return None,
    };
    let strategy = match strategy {
        0 => Strategy::Default,
        1 => Strategy::Filtered,
        2 => Strategy::HuffmanOnly,
        3 => Strategy::Rle,
        4 => Strategy::Fixed,
        _ => return None,
    };
    Some(DeflateConfig {
        level: level as i32,
        method: Method::Deflated,
        window_bits: wbits as i32,
        mem_level: mem as i32,
        strategy,
    })
}

/// An inflate state for `wbits`, or None when zlib would refuse it.
fn inflater(wbits: i64) -> Option<Inflate> {
    // zlib's rule (inflateReset2): below 48 the low four bits are the
    // window (0: the header's) and the rest the container (zlib, gzip,
    // either); a negative value is a raw stream's window.
    match wbits {
        0..=47 if wbits & 15 == 0 || wbits & 15 >= 8 => Some(Inflate::new(true, wbits as u8)),
        -15..=-8 => Some(Inflate::new(false, (-wbits) as u8)),
        _ => None,
    }
}

// ----- the engines ---------------------------------------------------------

/// Compress `input` into `out` with `flush` for the last slice; true when
/// the stream ended (after a finishing flush).
fn deflate_into(
    vm: &mut Vm,
    d: &mut Deflate,
    input: &[u8],
    flush: DeflateFlush,
    out: &mut Vec<u8>,
) -> PyResult<Result<bool, (i32, Option<&'static str>)>> {
    let mut rest = input;
    loop {
        let last = rest.len() <= CHUNK;
        let slice = &rest[..rest.len().min(CHUNK)];
        let mode = if last { flush } else { DeflateFlush::NoFlush };
        vm.work(slice.len().saturating_mul(DEFLATE_COST))?;
        let mut fed = 0;
        loop {
            let room = CHUNK.max(slice.len() / 2);
            vm.reserve_memory((out.len() + room) as u64)?;
            let start = out.len();
            out.resize(start + room, 0);
            let (in0, out0) = (d.total_in(), d.total_out());
            let r = d.compress(&slice[fed..], &mut out[start..], mode);
            fed += (d.total_in() - in0) as usize;
            let wrote = (d.total_out() - out0) as usize;
            out.truncate(start + wrote);
            match r {
                Ok(Status::StreamEnd) => return Ok(Ok(true)),
                Ok(Status::BufError) if wrote == 0 && fed == slice.len() => break,
                Ok(_) => {
                    if wrote < room && fed == slice.len() {
                        break;
                    }
                }
                Err(e) => return Ok(Err((deflate_code(e), d.error_message()))),
            }
        }
        rest = &rest[slice.len()..];
        if last {
            return Ok(Ok(false));
        }
    }
}

/// A zlib failure: its code, the stream's message, and what was being
/// done (`decompressing data`, `setting zdict`).
type Failure = (i32, Option<&'static str>, &'static str);

/// How to run inflate: at most `max` bytes of output (0: no limit), an
/// output buffer of `bufsize` to start with, the dictionary to set when
/// the stream asks for one, and whether this is the stream's last input.
struct InflateJob<'a> {
    max: usize,
    bufsize: usize,
    zdict: Option<&'a [u8]>,
    finish: bool,
}

/// What one run of inflate did.
struct Inflated {
    /// Input bytes consumed.
    used: usize,
    /// The stream's end was reached.
    end: bool,
}

/// Decompress `input` into `out` as `job` says.
fn inflate_into(
    vm: &mut Vm,
    inf: &mut Inflate,
    input: &[u8],
    out: &mut Vec<u8>,
    job: &InflateJob,
) -> PyResult<Result<Inflated, Failure>> {
    let InflateJob {
        max,
        bufsize,
        zdict,
        finish,
    } = *job;
    let mut used = 0;
    let mut room = bufsize.max(1);
    loop {
        let limit = if max > 0 { max - out.len() } else { room };
        if max > 0 && limit == 0 {
            return Ok(Ok(Inflated { used, end: false }));
        }
        let grow = limit.min(room);
        vm.reserve_memory((out.len() + grow) as u64)?;
        let slice = &input[used..input.len().min(used + CHUNK)];
        let start = out.len();
        out.resize(start + grow, 0);
        let (in0, out0) = (inf.total_in(), inf.total_out());
        let flush = if finish {
            InflateFlush::Finish
        } else {
            InflateFlush::NoFlush
        };
        let r = inf.decompress(slice, &mut out[start..], flush);
        let ate = (inf.total_in() - in0) as usize;
        let wrote = (inf.total_out() - out0) as usize;
        used += ate;
        out.truncate(start + wrote);
        vm.work(ate + wrote)?;
        match r {
            Ok(Status::StreamEnd) => return Ok(Ok(Inflated { used, end: true })),
            Ok(_) => {
                if ate == 0 && wrote == 0 && (used == input.len() || wrote < grow) {
                    return Ok(Ok(Inflated { used, end: false }));
                }
                if wrote == grow {
                    // The output buffer filled: grow it (as CPython does).
                    room = room.saturating_mul(2).min(1 << 26);
                }
            }
            Err(InflateError::NeedDict { .. }) => match zdict {
                Some(dict) => {
                    if let Err(e) = inf.set_dictionary(dict) {
                        return Ok(Err((inflate_code(e), None, "setting zdict")));
                    }
                }
                None => return Ok(Err((2, None, "decompressing data"))),
            },
            Err(e) => {
                return Ok(Err((
                    inflate_code(e),
                    inf.error_message(),
                    "decompressing data",
                )));
            }
        }
    }
}

// ----- one-shot functions --------------------------------------------------

fn compress(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "compress",
        names: &["data", "level", "wbits"],
        positional: 3,
        keyword_from: 1,
        required: 1,
    }
    .bind(vm, a)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let level = opt_int(vm, &p[1], -1)?;
    let wbits = opt_int(vm, &p[2], 15)?;
    let Some(config) = deflate_config(level, 8, wbits, 8, 0) else {
        return Err(zerror(vm, "Bad compression level"));
    };
    vm.reserve_memory(DEFLATE_STATE)?;
    let mut d = Deflate::new_with_config(config);
    let mut out = Vec::new();
    match deflate_into(vm, &mut d, &data, DeflateFlush::Finish, &mut out)? {
        Ok(_) => Ok(bytes_value(out)),
        Err((code, msg)) => Err(stream_error(vm, code, msg, "compressing data")),
    }
}

fn opt_int(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => int_arg(vm, v),
        None => Ok(default),
    }
}

fn decompress(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "decompress",
        names: &["data", "wbits", "bufsize"],
        positional: 3,
        keyword_from: 1,
        required: 1,
    }
    .bind(vm, a)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let wbits = opt_int(vm, &p[1], 15)?;
    let bufsize = opt_int(vm, &p[2], DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    vm.reserve_memory(INFLATE_STATE)?;
    let Some(mut inf) = inflater(wbits) else {
        return Err(stream_error(vm, -2, None, "preparing to decompress data"));
    };
    let mut out = Vec::new();
    let job = InflateJob {
        max: 0,
        bufsize: bufsize as usize,
        zdict: None,
        finish: false,
    };
    match inflate_into(vm, &mut inf, &data, &mut out, &job)? {
        Ok(r) if r.end => Ok(bytes_value(out)),
        Ok(_) => Err(stream_error(vm, -5, None, "decompressing data")),
        Err((code, msg, what)) => Err(stream_error(vm, code, msg, what)),
    }
}

fn checksum(
    vm: &mut Vm,
    a: &Args,
    fname: &str,
    start: u32,
    f: fn(u32, &[u8]) -> u32,
) -> PyResult<Value> {
    let p = Params {
        fname,
        names: &["data", "value"],
        positional: 2,
        keyword_from: 2,
        required: 1,
    }
    .bind(vm, a)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let mut sum = match &p[1] {
        Some(v) => super::binascii::u32_arg(vm, v)?,
        None => start,
    };
    for chunk in data.chunks(CHUNK) {
        vm.work(chunk.len())?;
        sum = f(sum, chunk);
    }
    Ok(Value::Int(i64::from(sum)))
}

fn crc32(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    checksum(vm, a, "zlib.crc32", 0, zlib_rs::crc32::crc32)
}

fn adler32(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    checksum(vm, a, "zlib.adler32", 1, zlib_rs::adler32::adler32)
}

// ----- Compress ------------------------------------------------------------

/// A `zlib.Compress` object: a deflate stream, None once finished.
pub struct Compressor {
    state: RefCell<Option<Deflate>>,
}

impl HostObject for Compressor {
    fn host_type(&self) -> &'static HostType {
        &COMPRESS_TYPE
    }

    fn repr(&self, addr: usize) -> String {
        format!("<zlib.Compress object at {addr:#x}>")
    }
}

fn compressobj(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "compressobj",
        names: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        positional: 6,
        keyword_from: 0,
        required: 0,
    }
    .bind(vm, a)?;
    let level = opt_int(vm, &p[0], -1)?;
    let method = opt_int(vm, &p[1], 8)?;
    let wbits = opt_int(vm, &p[2], 15)?;
    let mem = opt_int(vm, &p[3], 8)?;
    let strategy = opt_int(vm, &p[4], 0)?;
    let zdict = match &p[5] {
        Some(v) => Some(buffer(vm, v)?.into_owned()),
        None => None,
    };
    let Some(config) = deflate_config(level, method, wbits, mem, strategy) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    vm.reserve_memory(DEFLATE_STATE)?;
    let mut d = Deflate::new_with_config(config);
    if let Some(z) = zdict {
        vm.work(z.len().saturating_mul(DEFLATE_COST))?;
        if d.set_dictionary(&z).is_err() {
            return Err(vm.value_error("Invalid dictionary"));
        }
    }
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
        Compressor {
            state: RefCell::new(Some(d)),
        },
    )))))
}

pub fn compress_class(object: &ObjRef) -> ObjRef {
    let cls = builtin_class("Compress", object);
    add_method(&cls, "compress", c_compress, NativeKind::Method);
    add_method(&cls, "flush", c_flush, NativeKind::Method);
    add_method(&cls, "__new__", no_new, NativeKind::StaticMethod);
    set_class_attr(&cls, "__module__", Value::str("zlib"));
    cls
}

fn no_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = match a.pos.first().and_then(Value::payload) {
        Some(Payload::Class(c)) => match c.name.borrow().payload() {
            Payload::Str(s) => s.s.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    Err(vm.type_error(format!("cannot create 'zlib.{name}' instances")))
}

fn compressor<'a>(vm: &mut Vm, a: &'a Args, m: &str) -> PyResult<&'a Compressor> {
    match a.pos.first().and_then(|v| v.host::<Compressor>()) {
        Some(c) => Ok(c),
        None => Err(vm.type_error(format!(
            "descriptor '{m}' for 'zlib.Compress' objects doesn't apply to this object"
        ))),
    }
}

fn c_compress(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let c = compressor(vm, a, "compress")?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let p = Params {
        fname: "compress",
        names: &["data"],
        positional: 1,
        keyword_from: 1,
        required: 1,
    }
    .bind(vm, &rest)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let mut st = c.state.borrow_mut();
    let Some(d) = st.as_mut() else {
        drop(st);
        return Err(stream_error(vm, -2, None, "compressing data"));
    };
    let mut out = Vec::new();
    let r = deflate_into(vm, d, &data, DeflateFlush::NoFlush, &mut out);
    drop(st);
    match r? {
        Ok(_) => Ok(bytes_value(out)),
        Err((code, msg)) => Err(stream_error(vm, code, msg, "compressing data")),
    }
}

fn c_flush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let c = compressor(vm, a, "flush")?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let p = Params {
        fname: "flush",
        names: &["mode"],
        positional: 1,
        keyword_from: 1,
        required: 0,
    }
    .bind(vm, &rest)?;
    let mode = opt_int(vm, &p[0], Z_FINISH)?;
    if mode == Z_NO_FLUSH {
        return Ok(bytes_value(Vec::new()));
    }
    let flush = match mode {
        Z_PARTIAL_FLUSH => DeflateFlush::PartialFlush,
        Z_SYNC_FLUSH => DeflateFlush::SyncFlush,
        Z_FULL_FLUSH => DeflateFlush::FullFlush,
        Z_FINISH => DeflateFlush::Finish,
        Z_BLOCK => DeflateFlush::Block,
        _ => return Err(stream_error(vm, -2, None, "flushing")),
    };
    let mut st = c.state.borrow_mut();
    let Some(d) = st.as_mut() else {
        drop(st);
        return Err(stream_error(vm, -2, None, "flushing"));
    };
    let mut out = Vec::new();
    let r = deflate_into(vm, d, &[], flush, &mut out);
    if mode == Z_FINISH {
        st.take();
    }
    drop(st);
    match r? {
        Ok(_) => Ok(bytes_value(out)),
        Err((code, msg)) => Err(stream_error(vm, code, msg, "flushing")),
    }
}

// ----- Decompress ----------------------------------------------------------

struct DecompState {
    inflate: Inflate,
    eof: bool,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    zdict: Option<Vec<u8>>,
}

/// A `zlib.Decompress` object.
pub struct Decompressor {
    state: RefCell<DecompState>,
}

impl HostObject for Decompressor {
    fn host_type(&self) -> &'static HostType {
        &DECOMPRESS_TYPE
    }

    fn repr(&self, addr: usize) -> String {
        format!("<zlib.Decompress object at {addr:#x}>")
    }
}

fn decompressobj(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "decompressobj",
        names: &["wbits", "zdict"],
        positional: 2,
        keyword_from: 0,
        required: 0,
    }
    .bind(vm, a)?;
    let wbits = opt_int(vm, &p[0], 15)?;
    let zdict = match &p[1] {
        Some(v) => match bytes_like(v) {
            Some(b) => Some(b.into_owned()),
            None => return Err(vm.type_error("zdict argument must support the buffer protocol")),
        },
        None => None,
    };
    vm.reserve_memory(INFLATE_STATE)?;
    let Some(mut inflate) = inflater(wbits) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    if wbits < 0
        && let Some(z) = &zdict
        && let Err(e) = inflate.set_dictionary(z)
    {
        return Err(stream_error(vm, inflate_code(e), None, "setting zdict"));
    }
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
        Decompressor {
            state: RefCell::new(DecompState {
                inflate,
                eof: false,
                unused_data: Vec::new(),
                unconsumed_tail: Vec::new(),
                zdict,
            }),
        },
    )))))
}

pub fn decompress_class(object: &ObjRef) -> ObjRef {
    let cls = builtin_class("Decompress", object);
    add_method(&cls, "decompress", d_decompress, NativeKind::Method);
    add_method(&cls, "flush", d_flush, NativeKind::Method);
    add_method(&cls, "__new__", no_new, NativeKind::StaticMethod);
    for (n, f) in [
        ("unused_data", g_unused_data as NativeFn),
        ("unconsumed_tail", g_unconsumed_tail),
        ("eof", g_eof),
    ] {
        crate::types::registry::add_property(&cls, n, f);
    }
    set_class_attr(&cls, "__module__", Value::str("zlib"));
    cls
}

fn decompressor<'a>(vm: &mut Vm, a: &'a Args, m: &str) -> PyResult<&'a Decompressor> {
    match a.pos.first().and_then(|v| v.host::<Decompressor>()) {
        Some(c) => Ok(c),
        None => Err(vm.type_error(format!(
            "descriptor '{m}' for 'zlib.Decompress' objects doesn't apply to this object"
        ))),
    }
}

/// Decompress `data` on the object's stream and keep what is left over:
/// after the end of the stream as `unused_data`, before it (stopped by
/// `max`) as `unconsumed_tail`.
fn run_decompress(
    vm: &mut Vm,
    d: &Decompressor,
    data: &[u8],
    max: usize,
    bufsize: usize,
    finish: bool,
) -> PyResult<Value> {
    let mut st = d.state.borrow_mut();
    let mut out = Vec::new();
    if st.eof {
        st.unused_data.extend_from_slice(data);
        return Ok(bytes_value(out));
    }
    let DecompState { inflate, zdict, .. } = &mut *st;
    let job = InflateJob {
        max,
        bufsize,
        zdict: zdict.as_deref(),
        finish,
    };
    match inflate_into(vm, inflate, data, &mut out, &job)? {
        Ok(done) => {
            let left = &data[done.used..];
            if done.end {
                st.eof = true;
                st.unused_data.extend_from_slice(left);
                st.unconsumed_tail.clear();
            } else {
                st.unconsumed_tail = left.to_vec();
            }
            Ok(bytes_value(out))
        }
        Err((code, msg, what)) => {
            drop(st);
            Err(stream_error(vm, code, msg, what))
        }
    }
}

fn d_decompress(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = decompressor(vm, a, "decompress")?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let p = Params {
        fname: "decompress",
        names: &["data", "max_length"],
        positional: 2,
        keyword_from: 1,
        required: 1,
    }
    .bind(vm, &rest)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?.into_owned();
    let max = opt_int(vm, &p[1], 0)?;
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    run_decompress(vm, d, &data, max as usize, DEF_BUF_SIZE as usize, false)
}

fn d_flush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = decompressor(vm, a, "flush")?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let p = Params {
        fname: "flush",
        names: &["length"],
        positional: 1,
        keyword_from: 1,
        required: 0,
    }
    .bind(vm, &rest)?;
    let length = opt_int(vm, &p[0], DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let tail = std::mem::take(&mut d.state.borrow_mut().unconsumed_tail);
    let r = run_decompress(vm, d, &tail, 0, length as usize, true);
    // Flush keeps no unconsumed input.
    let mut st = d.state.borrow_mut();
    if !st.eof {
        st.unconsumed_tail.clear();
    }
    drop(st);
    r
}

fn g_unused_data(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = decompressor(vm, a, "unused_data")?;
    Ok(bytes_value(d.state.borrow().unused_data.clone()))
}

fn g_unconsumed_tail(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = decompressor(vm, a, "unconsumed_tail")?;
    Ok(bytes_value(d.state.borrow().unconsumed_tail.clone()))
}

fn g_eof(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = decompressor(vm, a, "eof")?;
    Ok(Value::Bool(d.state.borrow().eof))
}
