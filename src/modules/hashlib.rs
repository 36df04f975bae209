//! `_hashlib`: the hash objects behind `hashlib` (Python source,
//! src/stdlib/hashlib.py) and `hmac`, over the RustCrypto crates (md-5,
//! sha1, sha2, sha3, blake2, hmac; all of the digest 0.10 family). A
//! private accelerator, importable wherever `hashlib` is.
//!
//! - `openssl_md5` ... `openssl_shake_256` and `new(name, string=b'')`
//!   make `HASH` objects (`HASHXOF` for the SHAKEs), named and typed as
//!   CPython's OpenSSL-backed ones; `blake2b` and `blake2s` are classes
//!   (CPython's `_blake2`), with digest_size, key, salt and person.
//!   BLAKE2's tree-hashing parameters (fanout, depth, leaf_size,
//!   node_offset, node_depth, inner_size, last_node) are accepted at their
//!   defaults only: the blake2 crate builds the sequential-mode parameter
//!   block alone, so other values raise ValueError (docs/compatibility.md).
//! - `pbkdf2_hmac` (RFC 8018 over the hmac crate), `scrypt` (the scrypt
//!   crate, with OpenSSL's limits, as CPython's), `hmac_digest` (one-shot
//!   HMAC for hmac.digest) and `compare_digest` (constant time in the
//!   length of the second argument, as CPython's).
//!
//! Invariants:
//! - a hash object's state is only ever touched through its `RefCell`,
//!   never across a call back into Python, so a borrow cannot be met busy;
//! - hashing charges the sandbox's work meter a unit per byte, every
//!   `CHUNK` bytes, so a time cap stops a hash of a huge buffer part way;
//!   PBKDF2 charges its iterations as it goes;
//! - the module keeps no mutable state: the exception class it raises
//!   (`UnsupportedDigestmodError`) is looked up in the imported module.

use std::cell::RefCell;

use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use blake2::{Blake2bVarCore, Blake2sVarCore};
use scrypt as scrypt_crate;
use sha2::digest::{DynDigest, ExtendableOutput, Update, XofReader};
use sha3::{Shake128, Shake256};

use super::clinic::{Params, int_arg};
use super::{def, set};
use crate::object::host::{Host, HostObject, HostType};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::buffer::bytes_like;
use crate::types::bytes::bytes_value;
use crate::types::registry::{add_method, builtin_class, set_class_attr};
use crate::vm::{NativeFn, Vm};

/// Bytes hashed between two charges of the work meter.
const CHUNK: usize = 64 * 1024;

/// `_hashlib.HASH`: the fixed-size digests.
pub static HASH_TYPE: HostType = HostType::with_class_protocols("HASH");
/// `_hashlib.HASHXOF`: SHAKE-128 and SHAKE-256.
pub static HASHXOF_TYPE: HostType = HostType::with_class_protocols("HASHXOF");
/// `_blake2.blake2b`.
pub static BLAKE2B_TYPE: HostType = HostType::with_class_protocols("blake2b");
/// `_blake2.blake2s`.
pub static BLAKE2S_TYPE: HostType = HostType::with_class_protocols("blake2s");

/// How an algorithm's state is made.
#[derive(Clone, Copy)]
enum Family {
    Fixed(fn() -> Box<dyn DynDigest>),
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
}

/// One algorithm: its name (CPython's), sizes and family.
pub struct Algo {
    pub name: &'static str,
    pub digest_size: usize,
    pub block_size: usize,
    family: Family,
}

fn boxed<D: DynDigest + Default + 'static>() -> Box<dyn DynDigest> {
    Box::new(D::default())
}

/// Every algorithm, by CPython's name.
const ALGOS: &[Algo] = &[
    Algo {
        name: "md5",
        digest_size: 16,
        block_size: 64,
        family: Family::Fixed(boxed::<md5::Md5>),
    },
    Algo {
        name: "sha1",
        digest_size: 20,
        block_size: 64,
        family: Family::Fixed(boxed::<sha1::Sha1>),
    },
    Algo {
        name: "sha224",
        digest_size: 28,
        block_size: 64,
        family: Family::Fixed(boxed::<sha2::Sha224>),
    },
    Algo {
        name: "sha256",
        digest_size: 32,
        block_size: 64,
        family: Family::Fixed(boxed::<sha2::Sha256>),
    },
    Algo {
        name: "sha384",
        digest_size: 48,
        block_size: 128,
        family: Family::Fixed(boxed::<sha2::Sha384>),
    },
    Algo {
        name: "sha512",
        digest_size: 64,
        block_size: 128,
        family: Family::Fixed(boxed::<sha2::Sha512>),
    },
    Algo {
        name: "sha512_224",
        digest_size: 28,
        block_size: 128,
        family: Family::Fixed(boxed::<sha2::Sha512_224>),
    },
    Algo {
        name: "sha512_256",
        digest_size: 32,
        block_size: 128,
        family: Family::Fixed(boxed::<sha2::Sha512_256>),
    },
    Algo {
        name: "sha3_224",
        digest_size: 28,
        block_size: 144,
        family: Family::Fixed(boxed::<sha3::Sha3_224>),
    },
    Algo {
        name: "sha3_256",
        digest_size: 32,
        block_size: 136,
        family: Family::Fixed(boxed::<sha3::Sha3_256>),
    },
    Algo {
        name: "sha3_384",
        digest_size: 48,
        block_size: 104,
        family: Family::Fixed(boxed::<sha3::Sha3_384>),
    },
    Algo {
        name: "sha3_512",
        digest_size: 64,
        block_size: 72,
        family: Family::Fixed(boxed::<sha3::Sha3_512>),
    },
    Algo {
        name: "shake_128",
        digest_size: 0,
        block_size: 168,
        family: Family::Shake128,
    },
    Algo {
        name: "shake_256",
        digest_size: 0,
        block_size: 136,
        family: Family::Shake256,
    },
    Algo {
        name: "blake2b",
        digest_size: 64,
        block_size: 128,
        family: Family::Blake2b,
    },
    Algo {
        name: "blake2s",
        digest_size: 32,
        block_size: 64,
        family: Family::Blake2s,
    },
];

/// The algorithm `name` as `_hashlib.new` reads it: CPython's names, and
/// the OpenSSL spellings it also accepts (any case, `sha-256`,
/// `sha512-224`, `sha3-256`, `shake128`); BLAKE2 by its exact name only.
pub fn lookup(name: &str) -> Option<&'static Algo> {
    if let Some(a) = ALGOS.iter().find(|a| a.name == name) {
        return Some(a);
    }
    let lower = name.to_ascii_lowercase();
    let canonical = match lower.as_str() {
        "md5" => "md5",
        "sha1" | "sha-1" => "sha1",
        "sha224" | "sha-224" | "sha2-224" => "sha224",
        "sha256" | "sha-256" | "sha2-256" => "sha256",
        "sha384" | "sha-384" | "sha2-384" => "sha384",
        "sha512" | "sha-512" | "sha2-512" => "sha512",
        "sha512-224" | "sha-512/224" | "sha2-512/224" | "sha512_224" => "sha512_224",
        "sha512-256" | "sha-512/256" | "sha2-512/256" | "sha512_256" => "sha512_256",
        "sha3-224" | "sha3_224" => "sha3_224",
        "sha3-256" | "sha3_256" => "sha3_256",
        "sha3-384" | "sha3_384" => "sha3_384",
        "sha3-512" | "sha3_512" => "sha3_512",
        "shake128" | "shake_128" => "shake_128",
        "shake256" | "shake_256" => "shake_256",
        _ => return None,
    };
    ALGOS.iter().find(|a| a.name == canonical)
}

/// The running state of one hash.
enum State {
    Fixed(Box<dyn DynDigest>),
    Shake128(Shake128),
    Shake256(Shake256),
    Blake2b(Blake2bVarCore, Buffer<Blake2bVarCore>),
    Blake2s(Blake2sVarCore, Buffer<Blake2sVarCore>),
}

impl Clone for State {
    fn clone(&self) -> State {
        match self {
            State::Fixed(d) => State::Fixed(d.box_clone()),
            State::Shake128(s) => State::Shake128(s.clone()),
            State::Shake256(s) => State::Shake256(s.clone()),
            State::Blake2b(c, b) => State::Blake2b(c.clone(), b.clone()),
            State::Blake2s(c, b) => State::Blake2s(c.clone(), b.clone()),
        }
    }
}

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Fixed(d) => d.update(data),
            State::Shake128(s) => s.update(data),
            State::Shake256(s) => s.update(data),
            State::Blake2b(c, b) => b.digest_blocks(data, |blocks| c.update_blocks(blocks)),
            State::Blake2s(c, b) => b.digest_blocks(data, |blocks| c.update_blocks(blocks)),
        }
    }

    /// The digest of what was hashed so far (`len` bytes: the digest size,
    /// or the length asked of a SHAKE), leaving the state as it was.
    fn finish(&self, len: usize) -> Vec<u8> {
        match self.clone() {
            State::Fixed(d) => d.finalize().into_vec(),
            State::Shake128(s) => xof(s.finalize_xof(), len),
            State::Shake256(s) => xof(s.finalize_xof(), len),
            State::Blake2b(mut c, mut b) => {
                let mut out = Default::default();
                c.finalize_variable_core(&mut b, &mut out);
                out[..len].to_vec()
            }
            State::Blake2s(mut c, mut b) => {
                let mut out = Default::default();
                c.finalize_variable_core(&mut b, &mut out);
                out[..len].to_vec()
            }
        }
    }
}

fn xof(mut r: impl XofReader, len: usize) -> Vec<u8> {
    let mut out = vec![0; len];
    r.read(&mut out);
    out
}

/// A hash object: `HASH`, `HASHXOF`, `blake2b` or `blake2s`.
pub struct Hash {
    algo: &'static Algo,
    /// The digest size: the algorithm's, or a BLAKE2 object's own.
    digest_size: usize,
    state: RefCell<State>,
}

impl HostObject for Hash {
    fn host_type(&self) -> &'static HostType {
        type_of(self.algo)
    }

    fn repr(&self, addr: usize) -> String {
        match self.algo.family {
            Family::Blake2b | Family::Blake2s => {
                format!("<_blake2.{} object at {addr:#x}>", self.algo.name)
            }
            _ => format!(
                "<{} _hashlib.{} object @ {addr:#x}>",
                self.algo.name,
                type_of(self.algo).name
            ),
        }
    }
}

fn type_of(algo: &Algo) -> &'static HostType {
    match algo.family {
        Family::Fixed(_) => &HASH_TYPE,
        Family::Shake128 | Family::Shake256 => &HASHXOF_TYPE,
        Family::Blake2b => &BLAKE2B_TYPE,
        Family::Blake2s => &BLAKE2S_TYPE,
    }
}

impl Hash {
    fn new(algo: &'static Algo) -> Hash {
        let state = match algo.family {
            Family::Fixed(make) => State::Fixed(make()),
            Family::Shake128 => State::Shake128(Shake128::default()),
            Family::Shake256 => State::Shake256(Shake256::default()),
            Family::Blake2b => State::Blake2b(
                Blake2bVarCore::new_with_params(&[], &[], 0, 64),
                Buffer::<Blake2bVarCore>::default(),
            ),
            Family::Blake2s => State::Blake2s(
                Blake2sVarCore::new_with_params(&[], &[], 0, 32),
                Buffer::<Blake2sVarCore>::default(),
            ),
        };
        Hash {
            algo,
            digest_size: algo.digest_size,
            state: RefCell::new(state),
        }
    }

    fn value(self) -> Value {
        Value::Obj(ObjRef::new(Payload::Host(Host::local(self))))
    }
}

/// Hash `data` into `state`, charging the work meter as it goes.
fn feed(vm: &mut Vm, state: &RefCell<State>, data: &[u8]) -> PyResult<()> {
    for chunk in data.chunks(CHUNK) {
        vm.work(chunk.len())?;
        state.borrow_mut().update(chunk);
    }
    Ok(())
}

/// The bytes of an argument to hash: bytes-like, with CPython's errors for
/// a str and for anything else.
pub fn data_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if v.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    Err(vm.type_error("object supporting the buffer API required"))
}

// ----- the module ----------------------------------------------------------

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, NativeFn)] = &[
        ("new", new),
        ("openssl_md5", openssl_md5),
        ("openssl_sha1", openssl_sha1),
        ("openssl_sha224", openssl_sha224),
        ("openssl_sha256", openssl_sha256),
        ("openssl_sha384", openssl_sha384),
        ("openssl_sha512", openssl_sha512),
        ("openssl_sha3_224", openssl_sha3_224),
        ("openssl_sha3_256", openssl_sha3_256),
        ("openssl_sha3_384", openssl_sha3_384),
        ("openssl_sha3_512", openssl_sha3_512),
        ("openssl_shake_128", openssl_shake_128),
        ("openssl_shake_256", openssl_shake_256),
        ("pbkdf2_hmac", pbkdf2_hmac),
        ("scrypt", scrypt),
        ("hmac_digest", hmac_digest),
        ("compare_digest", compare_digest),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    let types = [
        ("HASH", &HASH_TYPE),
        ("HASHXOF", &HASHXOF_TYPE),
        ("blake2b", &BLAKE2B_TYPE),
        ("blake2s", &BLAKE2S_TYPE),
    ];
    for (name, ty) in types {
        let cls = vm.types.host_class(ty);
        set(vm, d, name, Value::Obj(cls))?;
    }
    let value_error = vm.exc_types.value_error.clone();
    let err =
        super::new_exception_class(vm, "_hashlib", "UnsupportedDigestmodError", &value_error)?;
    set(vm, d, "UnsupportedDigestmodError", Value::Obj(err))?;
    let names: Vec<Value> = ALGOS.iter().map(|a| Value::str(a.name)).collect();
    set(vm, d, "_algorithms", Value::tuple(names))?;
    Ok(())
}

/// A class of the hash objects (the registration in types/registry.rs
/// calls these once, when the builtin types are built).
fn hash_class(object: &ObjRef, name: &str, module: &str, blake: bool) -> ObjRef {
    let cls = builtin_class(name, object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("update", m_update),
        ("digest", m_digest),
        ("hexdigest", m_hexdigest),
        ("copy", m_copy),
        ("__repr__", m_repr),
    ];
    for (n, f) in methods {
        add_method(&cls, n, *f, NativeKind::Method);
    }
    for (n, f) in [
        ("name", g_name as NativeFn),
        ("digest_size", g_digest_size),
        ("block_size", g_block_size),
    ] {
        crate::types::registry::add_property(&cls, n, f);
    }
    set_class_attr(&cls, "__module__", Value::str(module));
    set_class_attr(&cls, "__hash__", Value::None);
    if blake {
        add_method(&cls, "__new__", blake2_new, NativeKind::StaticMethod);
        let (salt, key) = if name == "blake2b" { (16, 64) } else { (8, 32) };
        set_class_attr(&cls, "SALT_SIZE", Value::Int(salt));
        set_class_attr(&cls, "PERSON_SIZE", Value::Int(salt));
        set_class_attr(&cls, "MAX_KEY_SIZE", Value::Int(key));
        set_class_attr(&cls, "MAX_DIGEST_SIZE", Value::Int(key));
    } else {
        add_method(&cls, "__new__", no_new, NativeKind::StaticMethod);
    }
    cls
}

pub fn hash_type_class(object: &ObjRef) -> ObjRef {
    hash_class(object, "HASH", "_hashlib", false)
}

pub fn hashxof_type_class(object: &ObjRef) -> ObjRef {
    hash_class(object, "HASHXOF", "_hashlib", false)
}

pub fn blake2b_type_class(object: &ObjRef) -> ObjRef {
    hash_class(object, "blake2b", "_blake2", true)
}

pub fn blake2s_type_class(object: &ObjRef) -> ObjRef {
    hash_class(object, "blake2s", "_blake2", true)
}

fn no_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = match a.pos.first().and_then(Value::payload) {
        Some(Payload::Class(c)) => c.name.borrow().payload_str_or("HASH"),
        _ => "HASH".to_string(),
    };
    Err(vm.type_error(format!("cannot create '_hashlib.{name}' instances")))
}

trait NameOr {
    fn payload_str_or(&self, d: &str) -> String;
}

impl NameOr for ObjRef {
    fn payload_str_or(&self, d: &str) -> String {
        match self.payload() {
            Payload::Str(s) => s.s.to_string(),
            _ => d.to_string(),
        }
    }
}

/// The hash object `self` of a method.
fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a Hash> {
    match a.pos.first().and_then(|v| v.host::<Hash>()) {
        Some(h) => Ok(h),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' requires a '_hashlib.HASH' object"
        ))),
    }
}

/// What CPython calls the type in a method's messages.
fn qualname(h: &Hash) -> &'static str {
    type_of(h.algo).name
}

fn m_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this(vm, a, "update")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}.update() takes no keyword arguments",
            qualname(h)
        )));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{}.update() takes exactly one argument ({} given)",
            qualname(h),
            a.pos.len() - 1
        )));
    }
    let data = data_arg(vm, &a.pos[1])?;
    feed(vm, &h.state, &data)?;
    Ok(Value::None)
}

/// The length of a digest: none for a fixed-size one, the `length`
/// argument of a SHAKE's.
fn digest_len(vm: &mut Vm, a: &Args, method: &str) -> PyResult<(usize, &'static Algo)> {
    let h = this(vm, a, method)?;
    let xof = matches!(h.algo.family, Family::Shake128 | Family::Shake256);
    if !xof {
        if !a.kw.is_empty() || a.pos.len() > 1 {
            return Err(vm.type_error(format!(
                "{}.{method}() takes no arguments ({} given)",
                qualname(h),
                a.pos.len() - 1 + a.kw.len()
            )));
        }
        return Ok((h.digest_size, h.algo));
    }
    let p = Params {
        fname: method,
        names: &["length"],
        positional: 1,
        keyword_from: 0,
        required: 1,
    };
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let args = p.bind(vm, &rest)?;
    let n = int_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    if n < 0 && method == "hexdigest" {
        let c = vm.builtin_exc_class("MemoryError");
        return Err(crate::vm::exc::new_exception(vm, &c, Vec::new()));
    }
    if n < 0 {
        let c = vm.builtin_exc_class("SystemError");
        return Err(vm.new_exc(&c, "Negative size passed to PyBytes_FromStringAndSize"));
    }
    let n = n as u64;
    // The digest, and its hex form, are made in full.
    vm.reserve_memory(n.saturating_mul(3))?;
    vm.work(n as usize)?;
    Ok((n as usize, h.algo))
}

fn m_digest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (n, _) = digest_len(vm, a, "digest")?;
    let h = this(vm, a, "digest")?;
    let out = h.state.borrow().finish(n);
    Ok(bytes_value(out))
}

fn m_hexdigest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (n, _) = digest_len(vm, a, "hexdigest")?;
    let h = this(vm, a, "hexdigest")?;
    let out = h.state.borrow().finish(n);
    Ok(Value::string(hex(&out)))
}

/// Lower-case hex of `b`.
pub fn hex(b: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for &x in b {
        s.push(DIGITS[usize::from(x >> 4)] as char);
        s.push(DIGITS[usize::from(x & 15)] as char);
    }
    s
}

fn m_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this(vm, a, "copy")?;
    if a.pos.len() > 1 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}.copy() takes no arguments ({} given)",
            qualname(h),
            a.pos.len() - 1 + a.kw.len()
        )));
    }
    let state = h.state.borrow().clone();
    Ok(Hash {
        algo: h.algo,
        digest_size: h.digest_size,
        state: RefCell::new(state),
    }
    .value())
}

fn m_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this(vm, a, "__repr__")?;
    let addr = a.pos[0].as_obj().map_or(0, ObjRef::addr);
    Ok(Value::string(h.repr(addr)))
}

fn g_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this(vm, a, "name")?;
    Ok(Value::str(h.algo.name))
}

fn g_digest_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this(vm, a, "digest_size")?;
    Ok(Value::Int(h.digest_size as i64))
}

fn g_block_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this(vm, a, "block_size")?;
    Ok(Value::Int(h.algo.block_size as i64))
}

// ----- constructors --------------------------------------------------------

/// `openssl_NAME(string=b'', *, usedforsecurity=True)`.
fn construct(vm: &mut Vm, a: &Args, fname: &str, algo: &'static Algo) -> PyResult<Value> {
    let p = Params {
        fname,
        names: &["string", "usedforsecurity"],
        positional: 1,
        keyword_from: 0,
        required: 0,
    };
    let args = p.bind(vm, a)?;
    let h = Hash::new(algo);
    if let Some(v) = &args[0] {
        let data = data_arg(vm, v)?;
        feed(vm, &h.state, &data)?;
    }
    Ok(h.value())
}

macro_rules! constructors {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let algo = lookup($name).expect("a listed algorithm");
                construct(vm, a, stringify!($f), algo)
            }
        )*
    };
}

constructors! {
    openssl_md5 => "md5",
    openssl_sha1 => "sha1",
    openssl_sha224 => "sha224",
    openssl_sha256 => "sha256",
    openssl_sha384 => "sha384",
    openssl_sha512 => "sha512",
    openssl_sha3_224 => "sha3_224",
    openssl_sha3_256 => "sha3_256",
    openssl_sha3_384 => "sha3_384",
    openssl_sha3_512 => "sha3_512",
    openssl_shake_128 => "shake_128",
    openssl_shake_256 => "shake_256",
}

/// `new(name, string=b'', *, usedforsecurity=True)`: every algorithm but
/// BLAKE2 (hashlib.new sends those to their classes).
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "new",
        names: &["name", "string", "usedforsecurity"],
        positional: 2,
        keyword_from: 0,
        required: 1,
    };
    let args = p.bind(vm, a)?;
    let name_v = args[0].clone().unwrap_or(Value::None);
    let Some(name) = name_v.as_str().map(str::to_string) else {
        return Err(vm.type_error("name must be a string"));
    };
    let algo = match lookup(&name) {
        Some(algo) if !matches!(algo.family, Family::Blake2b | Family::Blake2s) => algo,
        _ => return Err(vm.value_error(format!("unsupported hash type {name}"))),
    };
    let h = Hash::new(algo);
    if let Some(v) = &args[1] {
        let data = data_arg(vm, v)?;
        feed(vm, &h.state, &data)?;
    }
    Ok(h.value())
}

/// `blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth,
/// leaf_size, node_offset, node_depth, inner_size, last_node,
/// usedforsecurity)` (and blake2s), as the class's `__new__`.
fn blake2_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let is_b = match a.pos.first().and_then(Value::payload) {
        Some(Payload::Class(_)) => {
            let cls = a.pos[0].clone();
            let b = Value::Obj(vm.types.host_class(&BLAKE2B_TYPE));
            let s = Value::Obj(vm.types.host_class(&BLAKE2S_TYPE));
            if cls.is(&b) {
                true
            } else if cls.is(&s) {
                false
            } else {
                return Err(vm.type_error("blake2 objects cannot be subclassed"));
            }
        }
        _ => return Err(vm.type_error("blake2b.__new__(X): X is not a type object")),
    };
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let (fname, algo) = if is_b {
        ("blake2b", lookup("blake2b").expect("listed"))
    } else {
        ("blake2s", lookup("blake2s").expect("listed"))
    };
    let p = Params {
        fname,
        names: &[
            "data",
            "digest_size",
            "key",
            "salt",
            "person",
            "fanout",
            "depth",
            "leaf_size",
            "node_offset",
            "node_depth",
            "inner_size",
            "last_node",
            "usedforsecurity",
        ],
        positional: 1,
        keyword_from: 1,
        required: 0,
    };
    let args = p.bind(vm, &rest)?;
    let max = algo.digest_size;
    let digest_size = match &args[1] {
        Some(v) => int_arg(vm, v)?,
        None => max as i64,
    };
    if digest_size < 1 || digest_size > max as i64 {
        return Err(vm.value_error(format!("digest_size must be between 1 and {max} bytes")));
    }
    let digest_size = digest_size as usize;
    let bytes_param = |vm: &mut Vm, i: usize, what: &str, limit: usize| -> PyResult<Vec<u8>> {
        let Some(v) = &args[i] else {
            return Ok(Vec::new());
        };
        let b = super::clinic::buffer(vm, v)?.into_owned();
        if b.len() > limit {
            return Err(vm.value_error(format!("maximum {what} length is {limit} bytes")));
        }
        Ok(b)
    };
    let key = bytes_param(vm, 2, "key", max)?;
    let salt = bytes_param(vm, 3, "salt", max / 4)?;
    let person = bytes_param(vm, 4, "person", max / 4)?;
    // Tree hashing: only the sequential mode's values.
    let defaults: [(usize, &str, i64); 6] = [
        (5, "fanout", 1),
        (6, "depth", 1),
        (7, "leaf_size", 0),
        (8, "node_offset", 0),
        (9, "node_depth", 0),
        (10, "inner_size", 0),
    ];
    for (i, what, default) in defaults {
        if let Some(v) = &args[i] {
            let n = int_arg(vm, v)?;
            if n != default {
                return Err(vm.value_error(format!(
                    "{fname}: tree hashing is not supported ({what} must be {default})"
                )));
            }
        }
    }
    if let Some(v) = &args[11]
        && vm.truthy(v)?
    {
        return Err(vm.value_error(format!(
            "{fname}: tree hashing is not supported (last_node must be False)"
        )));
    }
    let state = if is_b {
        let core = Blake2bVarCore::new_with_params(&salt, &person, key.len(), digest_size);
        let mut buf = Buffer::<Blake2bVarCore>::default();
        let mut core = core;
        if !key.is_empty() {
            let mut block = [0u8; 128];
            block[..key.len()].copy_from_slice(&key);
            buf.digest_blocks(&block, |b| core.update_blocks(b));
        }
        State::Blake2b(core, buf)
    } else {
        let mut core = Blake2sVarCore::new_with_params(&salt, &person, key.len(), digest_size);
        let mut buf = Buffer::<Blake2sVarCore>::default();
        if !key.is_empty() {
            let mut block = [0u8; 64];
            block[..key.len()].copy_from_slice(&key);
            buf.digest_blocks(&block, |b| core.update_blocks(b));
        }
        State::Blake2s(core, buf)
    };
    let h = Hash {
        algo,
        digest_size,
        state: RefCell::new(state),
    };
    if let Some(v) = &args[0] {
        let data = data_arg(vm, v)?;
        feed(vm, &h.state, &data)?;
    }
    Ok(h.value())
}

// ----- PBKDF2, one-shot HMAC, compare_digest -------------------------------

/// An HMAC of any fixed-size algorithm, behind one interface.
trait Prf {
    fn mac(&self, parts: &[&[u8]]) -> Vec<u8>;
    fn size(&self) -> usize;
}

struct HmacOf<D: hmac::digest::Digest + hmac::digest::core_api::BlockSizeUser + Clone> {
    mac: hmac::SimpleHmac<D>,
}

impl<D> Prf for HmacOf<D>
where
    D: hmac::digest::Digest + hmac::digest::core_api::BlockSizeUser + Clone,
{
    fn mac(&self, parts: &[&[u8]]) -> Vec<u8> {
        use hmac::Mac;
        let mut m = self.mac.clone();
        for p in parts {
            Mac::update(&mut m, p);
        }
        m.finalize().into_bytes().to_vec()
    }

    fn size(&self) -> usize {
        <D as hmac::digest::Digest>::output_size()
    }
}

fn hmac_of<D>(key: &[u8]) -> Box<dyn Prf>
where
    D: hmac::digest::Digest + hmac::digest::core_api::BlockSizeUser + Clone + 'static,
{
    use hmac::Mac;
    // SimpleHmac takes a key of any length.
    let mac = <hmac::SimpleHmac<D> as Mac>::new_from_slice(key).expect("any key length");
    Box::new(HmacOf { mac })
}

/// The keyed PRF for a fixed-size algorithm, None for the others.
fn prf(algo: &Algo, key: &[u8]) -> Option<Box<dyn Prf>> {
    Some(match algo.name {
        "md5" => hmac_of::<md5::Md5>(key),
        "sha1" => hmac_of::<sha1::Sha1>(key),
        "sha224" => hmac_of::<sha2::Sha224>(key),
        "sha256" => hmac_of::<sha2::Sha256>(key),
        "sha384" => hmac_of::<sha2::Sha384>(key),
        "sha512" => hmac_of::<sha2::Sha512>(key),
        "sha512_224" => hmac_of::<sha2::Sha512_224>(key),
        "sha512_256" => hmac_of::<sha2::Sha512_256>(key),
        "sha3_224" => hmac_of::<sha3::Sha3_224>(key),
        "sha3_256" => hmac_of::<sha3::Sha3_256>(key),
        "sha3_384" => hmac_of::<sha3::Sha3_384>(key),
        "sha3_512" => hmac_of::<sha3::Sha3_512>(key),
        _ => return None,
    })
}

fn unsupported_digestmod(vm: &mut Vm) -> crate::object::Exc {
    let cls = super::module_attr(vm, "_hashlib", "UnsupportedDigestmodError")
        .unwrap_or_else(|| vm.exc_types.value_error.clone());
    vm.new_exc(&cls, "[digital envelope routines] unsupported")
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "pbkdf2_hmac",
        names: &["hash_name", "password", "salt", "iterations", "dklen"],
        positional: 5,
        keyword_from: 0,
        required: 4,
    };
    let args = p.bind(vm, a)?;
    let name_v = args[0].clone().unwrap_or(Value::None);
    let Some(name) = name_v.as_str().map(str::to_string) else {
        let tn = vm.type_name(&name_v);
        return Err(vm.type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {tn}"
        )));
    };
    let password =
        super::clinic::buffer(vm, args[1].as_ref().unwrap_or(&Value::None))?.into_owned();
    let salt = super::clinic::buffer(vm, args[2].as_ref().unwrap_or(&Value::None))?.into_owned();
    let iterations = int_arg(vm, args[3].as_ref().unwrap_or(&Value::None))
        .map_err(|_| vm.overflow_error("iteration value is too great."))?;
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    if iterations > i64::from(i32::MAX) {
        return Err(vm.overflow_error("iteration value is too great."));
    }
    let Some(f) = lookup(&name).and_then(|algo| prf(algo, &password)) else {
        return Err(unsupported_digestmod(vm));
    };
    let dklen = match args.get(4).cloned().flatten() {
        None | Some(Value::None) => f.size() as i64,
        Some(v) => int_arg(vm, &v).map_err(|_| vm.overflow_error("key length is too great."))?,
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    if dklen > i64::from(i32::MAX) {
        return Err(vm.overflow_error("key length is too great."));
    }
    let dklen = dklen as usize;
    vm.reserve_memory(dklen as u64)?;
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut u = f.mac(&[&salt, &block.to_be_bytes()]);
        let mut t = u.clone();
        for i in 1..iterations {
            if i % 256 == 0 {
                vm.work(256 * 1000)?;
            }
            u = f.mac(&[&u]);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        let take = (dklen - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        block = block.wrapping_add(1);
    }
    Ok(bytes_value(out))
}

/// The memory scrypt may take when `maxmem` is 0 (OpenSSL's default).
const SCRYPT_MAX_MEM: u64 = 32 * 1024 * 1024;

/// `scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64)` (RFC 7914),
/// with OpenSSL's parameter and memory checks, which CPython's messages
/// reflect. The work is one uninterruptible call: it is estimated and
/// refused up front when the time left cannot cover it (`vm.afford`), and
/// its memory is reserved first.
fn scrypt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "scrypt",
        names: &["password", "salt", "n", "r", "p", "maxmem", "dklen"],
        positional: 1,
        keyword_from: 0,
        required: 1,
    };
    let args = p.bind(vm, a)?;
    let password =
        super::clinic::buffer(vm, args[0].as_ref().unwrap_or(&Value::None))?.into_owned();
    let salt = match &args[1] {
        None | Some(Value::None) => return Err(vm.type_error("salt is required")),
        Some(v) => super::clinic::buffer(vm, v)?.into_owned(),
    };
    let unsigned = |vm: &mut Vm, i: usize, what: &str| -> PyResult<u64> {
        match &args[i] {
            Some(v @ (Value::Int(_) | Value::Bool(_))) | Some(v @ Value::Obj(_))
                if v.to_bigint().is_some() =>
            {
                let n = int_arg(vm, v)?;
                u64::try_from(n)
                    .map_err(|_| vm.overflow_error("can't convert negative int to unsigned"))
            }
            _ => Err(vm.type_error(format!("{what} is required and must be an unsigned int"))),
        }
    };
    let n = unsigned(vm, 2, "n")?;
    let r = unsigned(vm, 3, "r")?;
    let par = unsigned(vm, 4, "p")?;
    if n < 2 || !n.is_power_of_two() {
        return Err(vm.value_error("n must be a power of 2."));
    }
    let maxmem = match &args[5] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    if !(0..=i64::from(i32::MAX)).contains(&maxmem) {
        return Err(vm.value_error("maxmem must be positive and smaller than 2147483647"));
    }
    let dklen = match &args[6] {
        Some(v) => int_arg(vm, v)?,
        None => 64,
    };
    if !(1..i64::from(i32::MAX)).contains(&dklen) {
        return Err(vm.value_error("dklen must be greater than 0 and smaller than 2147483647"));
    }
    let log_n = n.trailing_zeros() as u8;
    let params = match (u32::try_from(r), u32::try_from(par)) {
        (Ok(r), Ok(p)) => scrypt_crate::Params::new(log_n, r, p, 32).ok(),
        _ => None,
    };
    let Some(params) = params else {
        return Err(vm.value_error("Invalid parameter combination for n, r, p, maxmem."));
    };
    let limit = if maxmem == 0 {
        SCRYPT_MAX_MEM
    } else {
        maxmem as u64
    };
    let need = 128u128 * u128::from(r) * (u128::from(par) + u128::from(n) + 2);
    if need > u128::from(limit) {
        return Err(vm.value_error("[digital envelope routines] memory limit exceeded"));
    }
    vm.reserve_memory((need as u64).saturating_add(dklen as u64))?;
    // About 200 ns per 128-byte block mixed, twice per element of V.
    let units = u128::from(n) * u128::from(r) * u128::from(par) * 200 + (dklen as u128) * 4;
    vm.afford(u64::try_from(units).unwrap_or(u64::MAX))?;
    let mut out = vec![0u8; dklen as usize];
    if scrypt_crate::scrypt(&password, &salt, &params, &mut out).is_err() {
        return Err(vm.value_error("Invalid parameter combination for n, r, p, maxmem."));
    }
    Ok(bytes_value(out))
}

/// `hmac_digest(key, msg, digest)`: the one-shot HMAC of hmac.digest for
/// an algorithm named by a str; None when the name is not one of ours
/// (hmac.py then builds the HMAC from the digest constructor).
fn hmac_digest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    super::clinic::Params {
        fname: "hmac_digest",
        names: &["key", "msg", "digest"],
        positional: 3,
        keyword_from: 0,
        required: 3,
    }
    .bind(vm, a)?;
    let key = data_arg(vm, &a.pos[0])?.into_owned();
    let msg = data_arg(vm, &a.pos[1])?;
    let Some(name) = a.pos[2].as_str() else {
        return Ok(Value::None);
    };
    let Some(f) = lookup(name).and_then(|algo| prf(algo, &key)) else {
        return Ok(Value::None);
    };
    vm.work(msg.len())?;
    Ok(bytes_value(f.mac(&[&msg])))
}

/// `compare_digest(a, b)`: equality of two str (ASCII only) or two
/// bytes-like values, taking time that depends only on the length of `b`.
pub fn compare_digest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    super::clinic::Params {
        fname: "compare_digest",
        names: &["a", "b"],
        positional: 2,
        keyword_from: 2,
        required: 2,
    }
    .bind(vm, a)?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    let (left, right): (Vec<u8>, Vec<u8>) = match (x.as_str(), y.as_str()) {
        (Some(s), Some(t)) => {
            if !s.is_ascii() || !t.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (s.as_bytes().to_vec(), t.as_bytes().to_vec())
        }
        (None, None) => match (bytes_like(x), bytes_like(y)) {
            (Some(p), Some(q)) => (p.into_owned(), q.into_owned()),
            _ => return Err(unsupported_operands(vm, x, y)),
        },
        (Some(_), None) | (None, Some(_)) => {
            return Err(vm.type_error("a bytes-like object is required, not 'str'"));
        }
    };
    vm.work(right.len())?;
    Ok(Value::Bool(constant_time_eq(&left, &right)))
}

fn unsupported_operands(vm: &mut Vm, x: &Value, y: &Value) -> crate::object::Exc {
    let (tx, ty) = (vm.type_name(x), vm.type_name(y));
    vm.type_error(format!(
        "unsupported operand types(s) or combination of types: '{tx}' and '{ty}'"
    ))
}

/// Whether `a == b`, reading every byte of `b` whatever the contents.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    // Against itself when the lengths differ, as CPython does, so the time
    // depends on `b` alone.
    let left = if a.len() == b.len() { a } else { b };
    for (x, y) in left.iter().zip(b) {
        diff |= x ^ y;
    }
    std::hint::black_box(diff) == 0
}
