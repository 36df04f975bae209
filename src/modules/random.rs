//! `_random`: the native half of `random` (the Python half is
//! `src/stdlib/random.py`). It owns the Mersenne Twister generators
//! (`random_core.rs`) behind an opaque host object, `_random.Generator`,
//! and the few operations that must be fast or need the host: drawing
//! floats and bits, the state as CPython's tuple, SHA-512 for str/bytes
//! seeds, and bytes of the host's OS entropy for `SystemRandom`/`seed()`.
//!
//! Invariants: a generator is a local host object (it cannot be frozen or
//! shared; each `random.Random` owns one); every draw consumes generator
//! words exactly as CPython's `_random.Random` does, so seeded streams are
//! bit-identical; results whose size follows from an argument are refused
//! before they are built (`reserve_memory`), and long draws count work.

use std::cell::RefCell;
use std::io::Read;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use sha2::Digest;

use crate::object::host::{Host, HostObject, HostType};
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::types::int::index_bigint;
use crate::vm::Vm;

use super::def;
use super::random_core::{MAX_RANDBITS, Mt19937};
use crate::builtins::positional;

/// The Python type of a generator (private to `random`).
pub static GENERATOR_TYPE: HostType = HostType::new("_random.Generator");

/// One Mersenne Twister, owned by one `random.Random` instance.
struct Generator(RefCell<Mt19937>);

impl HostObject for Generator {
    fn host_type(&self) -> &'static HostType {
        &GENERATOR_TYPE
    }
    fn has_frozen_form(&self) -> bool {
        true
    }
    /// Frozen, a generator is a snapshot of its state that cannot draw (a
    /// frozen `Random` is immutable); `thaw` makes a live copy again.
    fn frozen_form(&self) -> Option<Box<dyn crate::object::host::SharedHost>> {
        Some(Box::new(FrozenGenerator(self.0.borrow().clone())))
    }
}

/// A frozen generator: the state it had when frozen.
struct FrozenGenerator(Mt19937);

impl HostObject for FrozenGenerator {
    fn host_type(&self) -> &'static HostType {
        &GENERATOR_TYPE
    }
    fn share(&self) -> Option<Box<dyn crate::object::host::SharedHost>> {
        Some(Box::new(FrozenGenerator(self.0.clone())))
    }
    fn thaws(&self) -> bool {
        true
    }
    fn thawed_form(&self) -> Option<Host> {
        Some(Host::local(Generator(RefCell::new(self.0.clone()))))
    }
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("new", new),
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("randbelow", randbelow),
        ("getstate", getstate),
        ("setstate", setstate),
        ("sha512", sha512),
        ("urandom", urandom_native),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    Ok(())
}

/// `n` bytes of the host's OS entropy (`/dev/urandom`), or None when the
/// host has none to give (a process sandbox without the device).
pub fn os_entropy(n: usize) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; n];
    let mut f = std::fs::File::open("/dev/urandom").ok()?;
    f.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// A generator seeded from OS entropy as CPython's `seed(None)` is (624
/// words), or from the clock and process id where there is none.
fn fresh() -> Mt19937 {
    match os_entropy(4 * 624) {
        Some(b) => {
            let key: Vec<u32> = b
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            Mt19937::new_from_key(&key)
        }
        None => Mt19937::new_from_time_and_pid(),
    }
}

fn generator<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Generator> {
    if let Some(Payload::Host(h)) = v.payload()
        && let Some(g) = h.downcast::<Generator>()
    {
        return Ok(g);
    }
    if let Some(Payload::Host(h)) = v.payload()
        && h.downcast::<FrozenGenerator>().is_some()
    {
        return Err(vm.type_error(
            "cannot draw from a frozen random generator (a frozen Random is immutable; \
             thaw it, or make a Random in this sandbox)",
        ));
    }
    Err(vm.type_error("expected a _random.Generator"))
}

/// `new()`: a generator seeded from OS entropy.
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "new", a, 0, 0)?;
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
        Generator(RefCell::new(fresh())),
    )))))
}

/// `seed(gen, n)`: reseed from the int `n` (its absolute value's 32-bit
/// words) or, for None, from OS entropy.
fn seed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "seed", a, 2, 2)?;
    let rng = if a.pos[1].is_none() {
        fresh()
    } else {
        let n = index_bigint(vm, &a.pos[1])?;
        vm.work(usize::try_from(n.bits() / 32).unwrap_or(usize::MAX))?;
        Mt19937::new_seeded_int(&n)
    };
    *generator(vm, &a.pos[0])?.0.borrow_mut() = rng;
    Ok(Value::None)
}

/// `random(gen)`: a float in [0.0, 1.0) with 53 random bits.
fn random(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "random", a, 1, 1)?;
    let g = generator(vm, &a.pos[0])?;
    let x = g.0.borrow_mut().random();
    Ok(Value::Float(x))
}

/// The bit count `k` of `getrandbits`, checked as CPython does (a C int,
/// non-negative), with the result's size reserved.
fn bit_count(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let k = index_bigint(vm, v)?;
    if k.is_negative() {
        if k < BigInt::from(i32::MIN) {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k.to_u64().unwrap_or(u64::MAX);
    if k > MAX_RANDBITS {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    vm.reserve_memory(k / 8 + 16)?;
    vm.work(usize::try_from(k / 4).unwrap_or(usize::MAX))?;
    Ok(k)
}

/// `getrandbits(gen, k)`: an int of `k` random bits.
fn getrandbits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getrandbits", a, 2, 2)?;
    let k = bit_count(vm, &a.pos[1])?;
    let g = generator(vm, &a.pos[0])?;
    let r = g.0.borrow_mut().getrandbits(k);
    match r {
        Ok(b) => Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, b))),
        Err(m) => Err(vm.overflow_error(m)),
    }
}

/// `randbelow(gen, n)`: for `n > 0`, an int in `range(n)` drawn as
/// `Random._randbelow_with_getrandbits` draws it (getrandbits of
/// `n.bit_length()` bits until one is below `n`).
fn randbelow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "randbelow", a, 2, 2)?;
    let n = index_bigint(vm, &a.pos[1])?;
    if !n.is_positive() {
        return Err(vm.value_error("randbelow() needs a positive bound"));
    }
    let g = generator(vm, &a.pos[0])?;
    if let Some(small) = n.to_u64() {
        let r = g.0.borrow_mut().randbelow_u64(small);
        return Ok(Value::from_bigint(BigInt::from(r)));
    }
    let (_, mag) = n.into_parts();
    vm.reserve_memory(mag.bits() / 8 + 16)?;
    // Each try draws n.bit_length() bits and succeeds with odds above 1/2.
    vm.work(usize::try_from(mag.bits() / 2).unwrap_or(usize::MAX))?;
    let r = g.0.borrow_mut().randbelow(&mag);
    Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

/// `getstate(gen)`: CPython's internal state, 624 words and the index.
fn getstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getstate", a, 1, 1)?;
    let g = generator(vm, &a.pos[0])?;
    let (words, index) = g.0.borrow().state();
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(i64::try_from(index).unwrap_or(0)));
    Ok(Value::tuple(items))
}

/// `setstate(gen, state)`: the inverse of `getstate`, checked with
/// CPython's messages.
fn setstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "setstate", a, 2, 2)?;
    let items: Vec<Value> = match a.pos[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != 625 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; 624];
    for (w, v) in words.iter_mut().zip(&items) {
        let Some(b) = v.to_bigint() else {
            return Err(vm.type_error("an integer is required"));
        };
        if b.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let Some(u) = b.to_u64() else {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        *w = u as u32;
    }
    let index = match items[624].to_bigint() {
        Some(b) => b,
        None => return Err(vm.type_error("an integer is required")),
    };
    let index = match index.to_usize() {
        Some(i) if i <= 624 => i,
        _ => return Err(vm.value_error("invalid state")),
    };
    let g = generator(vm, &a.pos[0])?;
    let r = g.0.borrow_mut().set_state(words, index);
    r.map_err(|m| vm.value_error(m))?;
    Ok(Value::None)
}

/// `sha512(data)`: the SHA-512 digest of bytes (str/bytes seeds).
fn sha512(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "sha512", a, 1, 1)?;
    let Some(Payload::Bytes(b)) = a.pos[0].payload() else {
        return Err(vm.type_error("sha512() argument must be bytes"));
    };
    vm.work(b.len().saturating_mul(4))?;
    let digest = sha2::Sha512::digest(b);
    Ok(Value::Obj(ObjRef::new(Payload::Bytes(
        digest.to_vec().into_boxed_slice(),
    ))))
}

/// `urandom(n)`: `n` bytes of the host's OS entropy (also `os.urandom`).
pub(crate) fn urandom_native(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "urandom", a, 1, 1)?;
    let n = index_bigint(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    vm.reserve_memory(n)?;
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    vm.work(n)?;
    match os_entropy(n) {
        Some(b) => Ok(Value::Obj(ObjRef::new(Payload::Bytes(
            b.into_boxed_slice(),
        )))),
        None => Err(exc_named(
            vm,
            "NotImplementedError",
            "no source of OS entropy on this host",
        )),
    }
}

/// An exception of the builtin class named `name` (one str argument).
pub(crate) fn exc_named(vm: &mut Vm, name: &str, msg: &str) -> crate::object::Exc {
    let c = vm
        .exc_types
        .all
        .iter()
        .find(|(n, _)| *n == name)
        .map_or_else(|| vm.exc_types.runtime_error.clone(), |(_, c)| c.clone());
    vm.new_exc(&c, msg)
}
