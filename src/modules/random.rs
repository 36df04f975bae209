//! The `random` module over the VM's Mersenne Twister (`vm.random`, see
//! `random_core.rs`): seed, random, uniform, randint, randrange, choice,
//! choices, shuffle, sample, getrandbits, getstate/setstate. Integer seeds
//! give CPython's exact streams.
//!
//! Departure: CPython seeds from a str/bytes through SHA-512; sandpy uses
//! the UTF-8 bytes as a big-endian integer, so string seeds are repeatable
//! but give other streams than CPython's.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::types::int::{index_bigint, to_f64};
use crate::vm::Vm;

use super::def;
use super::random_core::{EMPTY_CHOICE, MISSING_STOP, Mt19937};
use crate::builtins::{arg_or_kw, check_kw, kwarg, positional};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("seed", seed),
        ("random", random),
        ("uniform", uniform),
        ("randint", randint),
        ("randrange", randrange),
        ("choice", choice),
        ("choices", choices),
        ("shuffle", shuffle),
        ("sample", sample),
        ("getrandbits", getrandbits),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    Ok(())
}

fn seed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "seed", a, &["a", "version"])?;
    positional(
        vm,
        "seed",
        &Args {
            pos: a.pos,
            kw: &[],
        },
        0,
        2,
    )?;
    let s = arg_or_kw(a, 0, "a").unwrap_or(Value::None);
    let rng = match &s {
        Value::None => Mt19937::new_from_time_and_pid(),
        Value::Float(_) => {
            let h = vm.hash(&s)?;
            Mt19937::new_seeded_int(&BigInt::from(h as u64))
        }
        _ => match s.to_bigint() {
            Some(b) => Mt19937::new_seeded_int(&b),
            None => match s.payload() {
                Some(Payload::Str(t)) => {
                    Mt19937::new_seeded_int(&BigInt::from_bytes_be(Sign::Plus, t.s.as_bytes()))
                }
                Some(Payload::Bytes(b)) => {
                    Mt19937::new_seeded_int(&BigInt::from_bytes_be(Sign::Plus, b))
                }
                _ => {
                    return Err(vm.type_error(
                        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                    ))
                }
            },
        },
    };
    vm.random = Some(Box::new(rng));
    Ok(Value::None)
}

fn random(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "random", a, 0, 0)?;
    Ok(Value::Float(vm.rng().random()))
}

fn uniform(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "uniform", a, 2, 2)?;
    let x = to_f64(vm, &a.pos[0])?;
    let y = to_f64(vm, &a.pos[1])?;
    Ok(Value::Float(vm.rng().uniform(x, y)))
}

/// Map a random_core error message to its exception.
fn core_err(vm: &mut Vm, msg: String) -> crate::object::Exc {
    if msg == MISSING_STOP {
        vm.type_error(msg)
    } else if msg == EMPTY_CHOICE {
        vm.index_error(msg)
    } else if msg.contains("too large") {
        vm.overflow_error(msg)
    } else {
        vm.value_error(msg)
    }
}

fn randint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "randint", a, 2, 2)?;
    let x = index_bigint(vm, &a.pos[0])?;
    let y = index_bigint(vm, &a.pos[1])?;
    match vm.rng().randint(&x, &y) {
        Ok(r) => Ok(Value::from_bigint(r)),
        Err(m) => Err(core_err(vm, m)),
    }
}

fn randrange(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "randrange", a, &["start", "stop", "step"])?;
    let Some(start) = arg_or_kw(a, 0, "start") else {
        return Err(vm.type_error("randrange() missing 1 required positional argument: 'start'"));
    };
    let stop = arg_or_kw(a, 1, "stop").unwrap_or(Value::None);
    let step = arg_or_kw(a, 2, "step").unwrap_or(Value::Int(1));
    let start = index_bigint(vm, &start)?;
    let stop = if stop.is_none() {
        None
    } else {
        Some(index_bigint(vm, &stop)?)
    };
    let step = index_bigint(vm, &step)?;
    match vm.rng().randrange(&start, stop.as_ref(), &step) {
        Ok(r) => Ok(Value::from_bigint(r)),
        Err(m) => Err(core_err(vm, m)),
    }
}

/// Length of a sequence argument as usize.
fn seq_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = vm.len(v)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

fn choice(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "choice", a, 1, 1)?;
    let seq = &a.pos[0];
    if let Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::Dict(_)) = seq.payload() {
        let tn = vm.type_name(seq);
        return Err(vm.type_error(format!("'{tn}' object is not subscriptable")));
    }
    let n = seq_len(vm, seq)?;
    let i = match vm.rng().choice_index(n) {
        Ok(i) => i,
        Err(m) => return Err(core_err(vm, m)),
    };
    let idx = i64::try_from(i).unwrap_or(0);
    vm.getitem(seq, &Value::Int(idx))
}

fn choices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(
        vm,
        "choices",
        a,
        &["population", "weights", "cum_weights", "k"],
    )?;
    let Some(pop) = arg_or_kw(a, 0, "population") else {
        return Err(vm.type_error("choices() missing 1 required positional argument: 'population'"));
    };
    let items = vm.collect(&pop)?;
    let n = items.len();
    let weights = arg_or_kw(a, 1, "weights").filter(|v| !v.is_none());
    let cum = kwarg(a, "cum_weights").filter(|v| !v.is_none());
    let k = match kwarg(a, "k") {
        Some(v) => index_bigint(vm, &v)?.to_i64().unwrap_or(i64::MAX).max(0),
        None => 1,
    };
    let k = usize::try_from(k).unwrap_or(usize::MAX);
    if k > crate::types::seq_ops::MAX_ITEMS {
        return Err(vm.memory_error("too many items"));
    }
    if weights.is_some() && cum.is_some() {
        return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
    }
    let cum_weights: Option<Vec<f64>> = match (weights, cum) {
        (Some(w), _) => {
            let w = vm.collect(&w)?;
            let mut acc = 0.0;
            let mut out = Vec::with_capacity(w.len());
            for x in &w {
                acc += to_f64(vm, x)?;
                out.push(acc);
            }
            Some(out)
        }
        (None, Some(c)) => {
            let c = vm.collect(&c)?;
            let mut out = Vec::with_capacity(c.len());
            for x in &c {
                out.push(to_f64(vm, x)?);
            }
            Some(out)
        }
        (None, None) => None,
    };
    vm.reserve_memory((k as u64).saturating_mul(size_of::<Value>() as u64))?;
    let mut out = Vec::with_capacity(k);
    match cum_weights {
        None => {
            if n == 0 && k > 0 {
                return Err(vm.index_error(EMPTY_CHOICE));
            }
            for _ in 0..k {
                vm.work(8)?;
                let i = (vm.rng().random() * n as f64).floor() as usize;
                out.push(items[i.min(n.saturating_sub(1))].clone());
            }
        }
        Some(cw) => {
            if cw.len() != n {
                return Err(vm.value_error("The number of weights does not match the population"));
            }
            let total = cw.last().copied().unwrap_or(0.0);
            if n == 0 {
                return Err(vm.index_error(EMPTY_CHOICE));
            }
            if total <= 0.0 {
                return Err(vm.value_error("Total of weights must be greater than zero"));
            }
            if !total.is_finite() {
                return Err(vm.value_error("Total of weights must be finite"));
            }
            for _ in 0..k {
                vm.work(16)?;
                let x = vm.rng().random() * total;
                // bisect_right over cw[0..n-1]
                let hi = n - 1;
                let i = cw[..hi].partition_point(|w| *w <= x);
                out.push(items[i].clone());
            }
        }
    }
    Ok(Value::list(out))
}

fn shuffle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "shuffle", a, 1, 1)?;
    let x = &a.pos[0];
    crate::freeze::check_mutable(vm, x)?;
    // The swaps are drawn first (n pairs of indices, about 10 ns each).
    let n = seq_len(vm, x)?;
    vm.reserve_memory((n as u64).saturating_mul(16))?;
    vm.afford((n as u64).saturating_mul(10))?;
    if let Some(Payload::List(l)) = x.payload() {
        let n = l.borrow().len();
        let swaps = vm.rng().shuffle_indices(n);
        let Ok(mut v) = l.try_borrow_mut() else {
            return Err(vm.runtime_error("list changed during shuffle"));
        };
        for (i, j) in swaps {
            if i < v.len() && j < v.len() {
                v.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    let swaps = vm.rng().shuffle_indices(n);
    for (i, j) in swaps {
        let (ii, jj) = (
            Value::Int(i64::try_from(i).unwrap_or(0)),
            Value::Int(i64::try_from(j).unwrap_or(0)),
        );
        let vi = vm.getitem(x, &ii)?;
        let vj = vm.getitem(x, &jj)?;
        vm.setitem(x, ii, vj)?;
        vm.setitem(x, jj, vi)?;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "sample", a, &["population", "k", "counts"])?;
    let (Some(pop), Some(k)) = (arg_or_kw(a, 0, "population"), arg_or_kw(a, 1, "k")) else {
        return Err(vm.type_error("sample() missing 1 required positional argument: 'k'"));
    };
    if let Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::Dict(_)) = pop.payload() {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    if kwarg(a, "counts").is_some_and(|c| !c.is_none()) {
        return Err(vm.type_error("sandpy's random.sample does not support counts"));
    }
    let items = vm.collect(&pop)?;
    let n = items.len();
    let k = index_bigint(vm, &k)?;
    let k = match k.to_usize() {
        Some(k) if k <= n => k,
        _ => return Err(vm.value_error("Sample larger than population or is negative")),
    };
    vm.reserve_memory((k as u64).saturating_mul(2 * size_of::<Value>() as u64))?;
    let mut result = Vec::with_capacity(k);
    let mut setsize: usize = 21;
    if k > 5 {
        let e = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil();
        let e = u32::try_from(e as i64).unwrap_or(60).min(60);
        setsize = setsize.saturating_add(4usize.saturating_pow(e));
    }
    if n <= setsize {
        let mut pool = items;
        for i in 0..k {
            vm.work(8)?;
            let j = vm.rng().randbelow_u64((n - i) as u64) as usize;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            vm.work(32)?;
            let mut j = vm.rng().randbelow_u64(n as u64) as usize;
            while selected.contains(&j) {
                j = vm.rng().randbelow_u64(n as u64) as usize;
            }
            selected.insert(j);
            result.push(items[j].clone());
        }
    }
    Ok(Value::list(result))
}

fn getrandbits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getrandbits", a, 1, 1)?;
    let k = index_bigint(vm, &a.pos[0])?;
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k.to_u64().unwrap_or(u64::MAX);
    vm.reserve_memory(k / 8)?;
    if k > crate::types::num::MAX_INT_BITS {
        return Err(vm.memory_error("getrandbits() result is too large"));
    }
    vm.work(usize::try_from(k / 8).unwrap_or(usize::MAX))?;
    match vm.rng().getrandbits(k) {
        Ok(b) => Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, b))),
        Err(m) => Err(core_err(vm, m)),
    }
}
