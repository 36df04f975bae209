//! product, permutations, combinations and combinations_with_replacement:
//! the input pools are read into vectors when the object is made (their
//! size reserved against the memory cap first), and each step turns an
//! odometer of indices and builds a fresh tuple (its size charged as work).

use super::construct::{parse, strip_cls};
use super::{COMBINATIONS, CWR, PERMUTATIONS, PRODUCT, St, new_tool, ssize};
use crate::object::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

/// Which combinatoric generator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

/// The state of a combinatoric iterator.
pub struct Combo {
    kind: Kind,
    /// product: one pool per factor; the others: one pool.
    pools: Vec<Vec<Value>>,
    /// The length of each result.
    r: usize,
    indices: Vec<usize>,
    /// permutations only: CPython's cycle counters.
    cycles: Vec<usize>,
    /// Whether the first result was given.
    started: bool,
    stopped: bool,
}

impl Combo {
    pub(super) fn each_value(&self, f: &mut dyn FnMut(&Value)) {
        for p in &self.pools {
            p.iter().for_each(&mut *f);
        }
    }

    fn pool(&self, i: usize) -> &[Value] {
        match self.kind {
            Kind::Product => &self.pools[i],
            _ => &self.pools[0],
        }
    }

    /// The tuple the indices point at.
    fn result(&self, vm: &mut Vm) -> PyResult<Value> {
        vm.work(self.r)?;
        vm.reserve_memory((self.r as u64).saturating_mul(size_of::<Value>() as u64))?;
        let out: Vec<Value> = match self.kind {
            Kind::Product => (0..self.r)
                .map(|i| self.pool(i)[self.indices[i]].clone())
                .collect(),
            _ => self.indices[..self.r]
                .iter()
                .map(|&i| self.pools[0][i].clone())
                .collect(),
        };
        Ok(Value::tuple(out))
    }

    /// Move the indices to the next result; false when there is none.
    fn advance(&mut self) -> bool {
        let r = self.r;
        match self.kind {
            Kind::Product => {
                for i in (0..r).rev() {
                    self.indices[i] += 1;
                    if self.indices[i] < self.pools[i].len() {
                        return true;
                    }
                    self.indices[i] = 0;
                }
                false
            }
            Kind::Combinations => {
                let n = self.pools[0].len();
                let Some(i) = (0..r).rev().find(|&i| self.indices[i] != i + n - r) else {
                    return false;
                };
                self.indices[i] += 1;
                for j in i + 1..r {
                    self.indices[j] = self.indices[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let n = self.pools[0].len();
                let Some(i) = (0..r).rev().find(|&i| self.indices[i] != n - 1) else {
                    return false;
                };
                let v = self.indices[i] + 1;
                for j in i..r {
                    self.indices[j] = v;
                }
                true
            }
            Kind::Permutations => {
                let n = self.pools[0].len();
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        // Move index i to the end, the ones after it forward.
                        let moved = self.indices[i];
                        self.indices.copy_within(i + 1.., i);
                        self.indices[n - 1] = moved;
                        self.cycles[i] = n - i;
                    } else {
                        let j = self.cycles[i];
                        self.indices.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
        }
    }

    pub(super) fn step(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.stopped {
            return Ok(None);
        }
        if self.started {
            vm.work(self.r)?;
            if !self.advance() {
                self.stopped = true;
                self.pools = Vec::new();
                return Ok(None);
            }
        }
        self.started = true;
        self.result(vm).map(Some)
    }
}

/// The items of an iterable as a vector, their size reserved first when
/// it is known.
fn pool_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.collect(v)
}

fn new_combo(kind: Kind, pools: Vec<Vec<Value>>, r: usize) -> St {
    let n = pools.first().map_or(0, Vec::len);
    let stopped = match kind {
        Kind::Product => pools.iter().any(|p| p.is_empty()),
        Kind::Combinations | Kind::Permutations => r > n,
        Kind::WithReplacement => n == 0 && r > 0,
    };
    let (indices, cycles) = match kind {
        _ if stopped => (Vec::new(), Vec::new()),
        Kind::Product | Kind::WithReplacement => (vec![0; r], Vec::new()),
        Kind::Combinations => ((0..r).collect(), Vec::new()),
        Kind::Permutations => ((0..n).collect(), (0..r).map(|i| n - i).collect()),
    };
    St::Combo(Box::new(Combo {
        kind,
        pools: if stopped { Vec::new() } else { pools },
        r,
        indices,
        cycles,
        started: false,
        stopped,
    }))
}

/// Refuse a vector of `n` items of `item` bytes that breaks the memory cap.
fn reserve(vm: &mut Vm, n: usize, item: usize) -> PyResult<()> {
    if n > crate::types::seq_ops::MAX_ITEMS {
        return Err(vm.memory_error("too many items"));
    }
    vm.reserve_memory((n as u64).saturating_mul(item as u64))
}

pub(super) fn product_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut repeat = 1i64;
    for (k, v) in a.kw {
        match k.payload() {
            Payload::Str(s) if &*s.s == "repeat" => repeat = ssize(vm, v)?,
            Payload::Str(s) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for product()",
                    s.s
                )));
            }
            _ => return Err(vm.type_error("keywords must be strings")),
        }
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let args = &a.pos[1.min(a.pos.len())..];
    let mut base = Vec::with_capacity(args.len());
    for v in args {
        base.push(pool_of(vm, v)?);
    }
    let factors = if args.is_empty() {
        0
    } else {
        match args.len().checked_mul(repeat as usize) {
            Some(n) if n < isize::MAX as usize / size_of::<Value>() => n,
            _ => return Err(vm.overflow_error("repeat argument too large")),
        }
    };
    let items: usize = base.iter().map(Vec::len).sum::<usize>();
    reserve(
        vm,
        items.saturating_mul(repeat as usize),
        size_of::<Value>(),
    )?;
    reserve(vm, factors, 2 * size_of::<usize>() + size_of::<Value>())?;
    vm.work(items.saturating_mul(repeat as usize))?;
    let mut pools = Vec::with_capacity(factors);
    for _ in 0..if args.is_empty() { 0 } else { repeat } {
        pools.extend(base.iter().cloned());
    }
    Ok(new_tool(&PRODUCT, new_combo(Kind::Product, pools, factors)))
}

/// `r` of permutations/combinations: a non-negative ssize.
fn r_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = ssize(vm, v)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

pub(super) fn permutations_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    let p = parse(vm, "permutations", &a, &["iterable", "r"], 1, 2)?;
    let pool = pool_of(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &p[1] {
        None => pool.len(),
        Some(v) if v.is_none() => pool.len(),
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Bool(_))
                && !matches!(v.payload(), Some(Payload::BigInt(_)))
            {
                return Err(vm.type_error("Expected int as r"));
            }
            r_of(vm, v)?
        }
    };
    if r <= pool.len() {
        reserve(vm, pool.len(), 2 * size_of::<usize>())?;
    }
    Ok(new_tool(
        &PERMUTATIONS,
        new_combo(Kind::Permutations, vec![pool], r),
    ))
}

fn combinations_common(vm: &mut Vm, a: &Args, name: &str, kind: Kind) -> PyResult<St> {
    let a = strip_cls(a);
    let p = parse(vm, name, &a, &["iterable", "r"], 2, 2)?;
    let pool = pool_of(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let r = r_of(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    if kind == Kind::Combinations && r > pool.len() {
        return Ok(new_combo(kind, vec![pool], r));
    }
    reserve(vm, r, size_of::<usize>() + size_of::<Value>())?;
    Ok(new_combo(kind, vec![pool], r))
}

pub(super) fn combinations_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let st = combinations_common(vm, a, "combinations", Kind::Combinations)?;
    Ok(new_tool(&COMBINATIONS, st))
}

pub(super) fn cwr_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let st = combinations_common(
        vm,
        a,
        "combinations_with_replacement",
        Kind::WithReplacement,
    )?;
    Ok(new_tool(&CWR, st))
}
