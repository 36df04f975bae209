//! Plain Rust data to and from frozen values, for hosts: ints, floats,
//! strings, bytes, lists, tuples and dicts.
//!
//! ```
//! use sandpy::{Data, Runtime};
//! let rt = Runtime::new();
//! let v = rt.freeze(&Data::List(vec![Data::Int(1), Data::from("two")])).unwrap();
//! assert_eq!(v.to_data().unwrap(), Data::List(vec![Data::Int(1), Data::Str("two".into())]));
//! ```

use std::sync::Arc;

use num_bigint::BigInt;

use crate::object::cell::PyCell;
use crate::object::dict::Dict;
use crate::object::{ObjRef, Payload, PyStr, Value};
use crate::types::hash;

use super::RuntimeInner;
use super::frozen::Frozen;

/// A Python value as plain Rust data.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An int that fits in an `i64`.
    Int(i64),
    /// An int that does not fit in an `i64`.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A list (frozen: a list whose mutators raise).
    List(Vec<Data>),
    /// A tuple.
    Tuple(Vec<Data>),
    /// Entries in insertion order.
    Dict(Vec<(Data, Data)>),
}

impl From<i64> for Data {
    fn from(i: i64) -> Data {
        Data::Int(i)
    }
}
impl From<f64> for Data {
    fn from(f: f64) -> Data {
        Data::Float(f)
    }
}
impl From<bool> for Data {
    fn from(b: bool) -> Data {
        Data::Bool(b)
    }
}
impl From<&str> for Data {
    fn from(s: &str) -> Data {
        Data::Str(s.to_string())
    }
}
impl From<String> for Data {
    fn from(s: String) -> Data {
        Data::Str(s)
    }
}
impl From<Vec<u8>> for Data {
    fn from(b: Vec<u8>) -> Data {
        Data::Bytes(b)
    }
}
impl<T: Into<Data>> From<Vec<T>> for Data {
    fn from(v: Vec<T>) -> Data {
        Data::List(v.into_iter().map(Into::into).collect())
    }
}

impl Data {
    /// The int, if this is one that fits an `i64`.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Data::Int(i) => Some(*i),
            Data::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    /// The text, if this is a str.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Data::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The float value of an int or float.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Data::Float(f) => Some(*f),
            Data::Int(i) => Some(*i as f64),
            _ => None,
        }
    }
}

/// Why a value has no `Data` form (or `Data` no frozen form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotData(
    /// What has no such form, and why.
    pub String,
);

impl std::fmt::Display for NotData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotData {}

/// Deepest nesting converted either way (as deep as CPython's default
/// recursion limit lets `json` go): deep enough for any real data, and
/// shallow enough that the host's recursive drop of a `Data` tree never
/// overflows a thread's stack.
pub const MAX_DEPTH: usize = 1000;
/// Most values one conversion produces: a frozen graph that shares a
/// sub-value many times unfolds into a tree that can be exponentially
/// larger, and is refused rather than filling memory.
pub const MAX_ITEMS: usize = 10_000_000;

fn too_deep() -> NotData {
    NotData(format!(
        "the value is nested more than {MAX_DEPTH} levels deep; plain data this deep is refused"
    ))
}

/// Steps of the iterative conversion.
enum Step {
    /// Convert this value (at this nesting depth) and push its `Data`.
    Visit(Value, usize),
    /// Pop this many converted items and build the container; then the
    /// object at this address is no longer on the current path.
    Tuple(usize, usize),
    List(usize, usize),
    /// Pops twice the count (key, value, key, value...).
    Dict(usize, usize),
}

/// Convert a frozen value to plain data: a deep copy, made iteratively. A
/// cycle, an object of a kind `Data` cannot hold, nesting deeper than
/// `MAX_DEPTH` or more than `MAX_ITEMS` values are refused.
pub(crate) fn to_data(f: &Frozen) -> Result<Data, NotData> {
    value_to_data(&f.to_value())
}

/// Convert a value (frozen or local to the calling sandbox) to plain data,
/// as `to_data` does.
pub(crate) fn value_to_data(v: &Value) -> Result<Data, NotData> {
    let mut todo = vec![Step::Visit(v.clone(), 0)];
    let mut out: Vec<Data> = Vec::new();
    // Containers being converted, by address: meeting one again is a cycle.
    let mut open: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut items = 0usize;
    let take = |out: &mut Vec<Data>, n: usize| out.split_off(out.len() - n);
    while let Some(step) = todo.pop() {
        let (v, depth) = match step {
            Step::Visit(v, depth) => (v, depth),
            Step::Tuple(n, addr) => {
                let t = take(&mut out, n);
                out.push(Data::Tuple(t));
                open.remove(&addr);
                continue;
            }
            Step::List(n, addr) => {
                let l = take(&mut out, n);
                out.push(Data::List(l));
                open.remove(&addr);
                continue;
            }
            Step::Dict(n, addr) => {
                let flat = take(&mut out, 2 * n);
                let mut entries = Vec::with_capacity(n);
                let mut it = flat.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    entries.push((k, v));
                }
                out.push(Data::Dict(entries));
                open.remove(&addr);
                continue;
            }
        };
        items += 1;
        if items > MAX_ITEMS {
            return Err(NotData(format!(
                "the value unfolds into more than {MAX_ITEMS} items; plain data this large is refused"
            )));
        }
        let o = match &v {
            Value::None | Value::Undef => {
                out.push(Data::None);
                continue;
            }
            Value::Bool(b) => {
                out.push(Data::Bool(*b));
                continue;
            }
            Value::Int(i) => {
                out.push(Data::Int(*i));
                continue;
            }
            Value::Float(x) => {
                out.push(Data::Float(*x));
                continue;
            }
            Value::Obj(o) => o,
        };
        let children: Vec<Value> = match o.payload() {
            Payload::Str(s) => {
                out.push(Data::Str(s.s.to_string()));
                continue;
            }
            Payload::Bytes(b) => {
                out.push(Data::Bytes(b.to_vec()));
                continue;
            }
            Payload::BigInt(b) => {
                out.push(Data::BigInt(b.clone()));
                continue;
            }
            Payload::Tuple(t) => t.to_vec(),
            Payload::List(l) => l.borrow().clone(),
            Payload::Dict(d) => d
                .borrow()
                .iter()
                .flat_map(|(k, v)| [k.clone(), v.clone()])
                .collect(),
            p => {
                return Err(NotData(format!(
                    "a '{}' object has no plain-data form",
                    p.kind_name()
                )));
            }
        };
        if depth >= MAX_DEPTH {
            return Err(too_deep());
        }
        let addr = o.addr();
        if !open.insert(addr) {
            return Err(NotData(format!(
                "the '{}' contains itself; plain data cannot hold a cycle",
                o.payload().kind_name()
            )));
        }
        let n = children.len();
        todo.push(match o.payload() {
            Payload::Tuple(_) => Step::Tuple(n, addr),
            Payload::List(_) => Step::List(n, addr),
            _ => Step::Dict(n / 2, addr),
        });
        // Pushed in reverse, so converted in order.
        todo.extend(
            children
                .into_iter()
                .rev()
                .map(|c| Step::Visit(c, depth + 1)),
        );
    }
    match (out.pop(), out.is_empty()) {
        (Some(d), true) => Ok(d),
        _ => unreachable!("the conversion produces exactly one value"),
    }
}

/// Python's hash of a key, for the kinds of data that can be dict keys.
fn key_hash(d: &Data) -> Option<i64> {
    Some(match d {
        Data::None => 0x5f3759df,
        Data::Bool(b) => *b as i64,
        Data::Int(i) => hash::hash_i64(*i),
        Data::BigInt(b) => hash::hash_bigint(b),
        Data::Float(f) => hash::hash_f64(*f, 0),
        Data::Str(s) => crate::types::str::str_hash(&PyStr::new(s.as_str().into())),
        Data::Bytes(b) => hash::hash_bytes(b),
        Data::Tuple(t) => {
            let hs: Option<Vec<i64>> = t.iter().map(key_hash).collect();
            hash::combine_tuple(hs?.into_iter(), t.len())
        }
        Data::List(_) | Data::Dict(_) => return None,
    })
}

/// Python equality between two hashable data keys (`1 == 1.0 == True`).
fn key_eq(a: &Data, b: &Data) -> bool {
    match (a, b) {
        (Data::Tuple(x), Data::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| key_eq(p, q))
        }
        (Data::Float(_), _) | (_, Data::Float(_)) => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
        _ => match (a.as_int(), b.as_int()) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

/// Build `d` as fresh local objects of the calling sandbox.
pub(crate) fn data_to_value(d: &Data) -> Result<Value, NotData> {
    let mut made: Vec<ObjRef> = Vec::new();
    build(d, &mut made, 0)
}

/// Build `d` as frozen objects in `rt`'s shared heap and pin the result.
/// Dict keys must be hashable (None, bools, numbers, str, bytes, tuples of
/// those); an unhashable key is an error.
pub(crate) fn freeze_data(rt: &Arc<RuntimeInner>, d: &Data) -> Result<Frozen, NotData> {
    let mut made: Vec<ObjRef> = Vec::new();
    let v = build(d, &mut made, 0)?;
    crate::freeze::seal(&made, false);
    // Pin first, then register: a collection that runs in between does not
    // know the objects yet (so cannot free them), and once they are
    // registered the root is pinned.
    let Some(f) = Frozen::from_value(rt, &v) else {
        unreachable!("every object built here was frozen above")
    };
    rt.heap.register(&made);
    drop(made);
    Ok(f)
}

fn build(d: &Data, made: &mut Vec<ObjRef>, depth: usize) -> Result<Value, NotData> {
    if depth > MAX_DEPTH {
        return Err(too_deep());
    }
    let mk = |p: Payload, made: &mut Vec<ObjRef>| {
        let o = ObjRef::new(p);
        made.push(o.clone());
        Value::Obj(o)
    };
    Ok(match d {
        Data::None => Value::None,
        Data::Bool(b) => Value::Bool(*b),
        Data::Int(i) => Value::Int(*i),
        Data::Float(f) => Value::Float(*f),
        Data::BigInt(b) => match Value::from_bigint(b.clone()) {
            Value::Obj(o) => {
                made.push(o.clone());
                Value::Obj(o)
            }
            v => v,
        },
        Data::Str(s) => mk(Payload::Str(PyStr::new(s.as_str().into())), made),
        Data::Bytes(b) => mk(Payload::Bytes(b.clone().into_boxed_slice()), made),
        Data::Tuple(t) => {
            let items = t
                .iter()
                .map(|x| build(x, made, depth + 1))
                .collect::<Result<Vec<_>, _>>()?;
            mk(Payload::Tuple(items.into_boxed_slice()), made)
        }
        Data::List(l) => {
            let items = l
                .iter()
                .map(|x| build(x, made, depth + 1))
                .collect::<Result<Vec<_>, _>>()?;
            mk(Payload::List(PyCell::new(items)), made)
        }
        Data::Dict(entries) => {
            let mut dict = Dict::with_capacity(entries.len());
            let mut keys: Vec<&Data> = Vec::new();
            for (k, v) in entries {
                let h = key_hash(k).ok_or_else(|| {
                    NotData(format!(
                        "unhashable dict key: a {} cannot be a key (use a tuple, str, number or bytes)",
                        if matches!(k, Data::List(_)) { "list" } else { "dict" }
                    ))
                })?;
                let vv = build(v, made, depth + 1)?;
                if let Some(i) = keys.iter().position(|x| key_eq(x, k)) {
                    dict.set_value_at(i, vv);
                } else {
                    let kv = build(k, made, depth + 1)?;
                    dict.push_new(h, kv, vv);
                    keys.push(k);
                }
            }
            mk(Payload::Dict(PyCell::new(dict)), made)
        }
    })
}

/// A frozen queue object in `rt`'s heap, pinned.
pub(crate) fn freeze_queue(rt: &Arc<RuntimeInner>, q: &Arc<super::queue::QueueShared>) -> Frozen {
    let o = ObjRef::new(Payload::Host(crate::object::host::Host::shared(q.clone())));
    crate::freeze::seal(std::slice::from_ref(&o), false);
    let f = Frozen::from_value(rt, &Value::Obj(o.clone())).unwrap_or_else(|| unreachable!());
    rt.heap.register(std::slice::from_ref(&o));
    f
}
