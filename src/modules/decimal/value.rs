//! The value of a `decimal.Decimal`: sign, coefficient, exponent and
//! special kind held in the object itself (a host object, object/host.rs),
//! with no instance dict.
//!
//! Invariants:
//! - A [`DecValue`] never changes once made (a Decimal is immutable), and
//!   holds no heap object (only numbers, a big coefficient as a `BigInt`
//!   behind an `Arc`): it is `Send + Sync`, so freezing one shares it
//!   (`Host::shared`), and a frozen Decimal is read by any sandbox.
//! - [`Int::Small`] is used whenever the number fits an `i128`; `Big`
//!   only beyond. The coefficient is never negative (the sign is `sign`).
//! - Its Python class is the sandbox's `decimal.Decimal` (decimal.py),
//!   registered by `_decimal_core.install` (vm/host_number.rs); an
//!   instance of a subclass of it is a Python instance whose base value is
//!   a `DecValue` ([`of_value`] reads both).

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::host::{Host, HostObject, HostType, SharedHost};
use crate::object::{ObjRef, Payload, Value};

use super::number::{Dec, LIMIT};

/// The type of Decimal values.
pub static DECIMAL_TYPE: HostType = HostType::of_module("decimal.Decimal", "decimal");

/// A Python int as a Decimal holds it.
#[derive(Clone, Debug)]
pub enum Int {
    Small(i128),
    Big(Arc<BigInt>),
}

impl Int {
    /// The int value `v` (an int or a bool), None for anything else.
    pub fn from_value(v: &Value) -> Option<Int> {
        match v {
            Value::Int(n) => Some(Int::Small(i128::from(*n))),
            Value::Bool(b) => Some(Int::Small(i128::from(*b))),
            _ => match v.payload()? {
                Payload::BigInt(b) => Some(match b.to_i128() {
                    Some(n) => Int::Small(n),
                    None => Int::Big(Arc::new(b.clone())),
                }),
                _ => None,
            },
        }
    }

    /// As a Python int.
    pub fn to_value(&self) -> Value {
        match self {
            Int::Small(n) => match i64::try_from(*n) {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_bigint(BigInt::from(*n)),
            },
            Int::Big(b) => Value::from_bigint((**b).clone()),
        }
    }

    /// Whether it is negative.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(n) => *n < 0,
            Int::Big(b) => b.sign() == num_bigint::Sign::Minus,
        }
    }
}

/// decimal.py's `_special`: '' (finite), 'n' (NaN), 'N' (sNaN), 'F'
/// (Infinity).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Special {
    Finite,
    NaN,
    SNaN,
    Inf,
}

impl Special {
    /// The kind named by decimal.py's letter.
    pub fn from_text(s: &str) -> Option<Special> {
        Some(match s {
            "" => Special::Finite,
            "n" => Special::NaN,
            "N" => Special::SNaN,
            "F" => Special::Inf,
            _ => return None,
        })
    }

    /// decimal.py's letter.
    pub fn text(self) -> &'static str {
        match self {
            Special::Finite => "",
            Special::NaN => "n",
            Special::SNaN => "N",
            Special::Inf => "F",
        }
    }
}

/// A Decimal (see the module docs).
#[derive(Clone, Debug)]
pub struct DecValue {
    /// 1 for negative, else 0 (decimal.py's `_sign`).
    pub sign: u8,
    pub special: Special,
    pub coeff: Int,
    pub exp: Int,
}

impl HostObject for DecValue {
    fn host_type(&self) -> &'static HostType {
        &DECIMAL_TYPE
    }

    fn share(&self) -> Option<Box<dyn SharedHost>> {
        Some(Box::new(self.clone()))
    }
}

impl DecValue {
    /// The finite value `d` (whose coefficient is below the limit).
    #[inline]
    pub fn finite(d: Dec) -> DecValue {
        DecValue {
            sign: u8::from(d.sign),
            special: Special::Finite,
            // Below 10**38 < 2**127: fits.
            coeff: Int::Small(d.coeff as i128),
            exp: Int::Small(i128::from(d.exp)),
        }
    }

    /// The value as number.rs computes with it: finite, a coefficient
    /// below the limit and an exponent in `i64`; None otherwise.
    #[inline]
    pub fn dec(&self) -> Option<Dec> {
        if self.special != Special::Finite {
            return None;
        }
        let (Int::Small(c), Int::Small(e)) = (&self.coeff, &self.exp) else {
            return None;
        };
        let coeff = u128::try_from(*c).ok().filter(|c| *c < LIMIT)?;
        Some(Dec {
            sign: self.sign != 0,
            coeff,
            exp: i64::try_from(*e).ok()?,
        })
    }

    /// A new Decimal object holding it (exactly `decimal.Decimal`).
    #[inline]
    pub fn into_value(self) -> Value {
        Value::Obj(ObjRef::new(Payload::Host(Host::shared(self))))
    }
}

/// The Decimal value of `v`: a Decimal, or an instance of a subclass of it.
#[inline]
pub fn of_value(v: &Value) -> Option<&DecValue> {
    match v.payload()? {
        Payload::Host(h) => h.downcast::<DecValue>(),
        Payload::Instance(i) => match i.base.payload()? {
            Payload::Host(h) => h.downcast::<DecValue>(),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is exactly a Decimal (not a subclass instance).
#[inline]
pub fn is_exact(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Host(h)) if h.downcast::<DecValue>().is_some())
}
