//! Plain Rust data to and from frozen values, for hosts: ints, floats,
//! strings, bytes, lists, tuples and dicts.
//!
//! ```
//! use sandpy::runtime::{Data, Runtime};
//! let rt = Runtime::new();
//! let v = rt.freeze(&Data::List(vec![Data::Int(1), Data::from("two")]));
//! assert_eq!(v.to_data().unwrap(), Data::List(vec![Data::Int(1), Data::Str("two".into())]));
//! ```

use std::sync::Arc;

use num_bigint::BigInt;

use crate::object::cell::PyCell;
use crate::object::{ObjRef, Payload, PyStr, Value};
use crate::types::dict::Dict;
use crate::types::hash;

use super::RuntimeInner;
use super::frozen::Frozen;

/// A Python value as plain Rust data.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    None,
    Bool(bool),
    Int(i64),
    /// An int that does not fit in an `i64`.
    BigInt(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<Data>),
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

/// Why a frozen value has no `Data` form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotData(pub String);

impl std::fmt::Display for NotData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a '{}' object has no plain-data form", self.0)
    }
}

impl std::error::Error for NotData {}

/// Convert a frozen value to plain data (iteratively deep-copied; a cycle or
/// an object of another type is refused).
pub(crate) fn to_data(f: &Frozen) -> Result<Data, NotData> {
    let v = f.to_value();
    value_to_data(&v, 0)
}

fn value_to_data(v: &Value, depth: usize) -> Result<Data, NotData> {
    if depth > 10_000 {
        return Err(NotData("too deeply nested value".into()));
    }
    Ok(match v {
        Value::None | Value::Undef => Data::None,
        Value::Bool(b) => Data::Bool(*b),
        Value::Int(i) => Data::Int(*i),
        Value::Float(x) => Data::Float(*x),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Data::Str(s.s.to_string()),
            Payload::Bytes(b) => Data::Bytes(b.to_vec()),
            Payload::BigInt(b) => Data::BigInt(b.clone()),
            Payload::Tuple(t) => Data::Tuple(
                t.iter()
                    .map(|x| value_to_data(x, depth + 1))
                    .collect::<Result<_, _>>()?,
            ),
            Payload::List(l) => {
                let items: Vec<Value> = l.borrow().clone();
                Data::List(
                    items
                        .iter()
                        .map(|x| value_to_data(x, depth + 1))
                        .collect::<Result<_, _>>()?,
                )
            }
            Payload::Dict(d) => {
                let entries: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let mut out = Vec::with_capacity(entries.len());
                for (k, v) in entries {
                    out.push((value_to_data(&k, depth + 1)?, value_to_data(&v, depth + 1)?));
                }
                Data::Dict(out)
            }
            p => return Err(NotData(p.kind_name().to_string())),
        },
    })
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

/// Build `d` as frozen objects in `rt`'s shared heap and pin the result.
/// Dict keys must be hashable (None, bools, numbers, str, bytes, tuples of
/// those); an unhashable key is an error.
pub(crate) fn freeze_data(rt: &Arc<RuntimeInner>, d: &Data) -> Result<Frozen, NotData> {
    let mut made: Vec<ObjRef> = Vec::new();
    let v = build(d, &mut made, 0)?;
    for o in &made {
        crate::freeze::freeze_cells(o.payload());
        if let Payload::Str(s) = o.payload() {
            crate::types::str::str_hash(s);
        }
        o.set_frozen(false);
    }
    // Pin first, then register: a collection that runs in between does not
    // know the objects yet (so cannot free them), and once they are
    // registered the root is pinned.
    let f = Frozen::from_value(rt, &v).ok_or_else(|| NotData("unfrozen value".into()))?;
    rt.heap.register(&made);
    drop(made);
    Ok(f)
}

fn build(d: &Data, made: &mut Vec<ObjRef>, depth: usize) -> Result<Value, NotData> {
    if depth > 10_000 {
        return Err(NotData("too deeply nested value".into()));
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
                let h = key_hash(k).ok_or_else(|| NotData("unhashable dict key".into()))?;
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
    let o = ObjRef::new(Payload::Queue(q.clone()));
    o.set_frozen(false);
    let f = Frozen::from_value(rt, &Value::Obj(o.clone())).unwrap_or_else(|| unreachable!());
    rt.heap.register(std::slice::from_ref(&o));
    f
}
