//! The values of `cmath`'s functions where a part of the argument is
//! infinite or NaN (C99 Annex G, as CPython 3.11 reports them). Rows are
//! indexed by the class of the real part, columns by the class of the
//! imaginary part: -inf, negative, -0, +0, positive, +inf, nan
//! ([`class_of`]).
//!
//! `V(re, im)` is the result; `D` raises ValueError (math domain error);
//! `C` is computed from the finite part (cos/sin of it fix the signs), so
//! the caller handles it before it looks here; `U` (both parts finite)
//! never reaches a table. The tables were checked value by value against
//! python3 by tests/tools/cmath_tables.py, which prints them.

use std::f64::consts::{FRAC_PI_2 as P2, FRAC_PI_4 as P4, PI as P};

/// One entry of a special-value table.
#[derive(Clone, Copy, Debug)]
pub enum Sv {
    /// The result.
    V(f64, f64),
    /// A domain error.
    D,
    /// Computed by the function itself.
    C,
    /// Unused: both parts finite.
    U,
}

use Sv::{C, D, U, V};

/// A 7 x 7 table of special values.
pub type Table = [[Sv; 7]; 7];

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P34: f64 = 0.75 * P;

/// The class of one part: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive,
/// 5 +inf, 6 nan.
pub fn class_of(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x == f64::INFINITY {
        5
    } else if x == f64::NEG_INFINITY {
        0
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// `acos` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const ACOS: Table = [
    [V(P34, INF), V(P, INF), V(P, INF), V(P, -INF), V(P, -INF), V(P34, -INF), V(N, INF)],
    [V(P2, INF), U, U, U, U, V(P2, -INF), V(N, N)],
    [V(P2, INF), U, U, U, U, V(P2, -INF), V(P2, N)],
    [V(P2, INF), U, U, U, U, V(P2, -INF), V(P2, N)],
    [V(P2, INF), U, U, U, U, V(P2, -INF), V(N, N)],
    [V(P4, INF), V(0.0, INF), V(0.0, INF), V(0.0, -INF), V(0.0, -INF), V(P4, -INF), V(N, INF)],
    [V(N, INF), V(N, N), V(N, N), V(N, N), V(N, N), V(N, -INF), V(N, N)],
];

/// `acosh` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const ACOSH: Table = [
    [V(INF, -P34), V(INF, -P), V(INF, -P), V(INF, P), V(INF, P), V(INF, P34), V(INF, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P4), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, P4), V(INF, N)],
    [V(INF, N), V(N, N), V(N, N), V(N, N), V(N, N), V(INF, N), V(N, N)],
];

/// `asinh` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const ASINH: Table = [
    [V(-INF, -P4), V(-INF, -0.0), V(-INF, -0.0), V(-INF, 0.0), V(-INF, 0.0), V(-INF, P4), V(-INF, N)],
    [V(-INF, -P2), U, U, U, U, V(-INF, P2), V(N, N)],
    [V(-INF, -P2), U, U, U, U, V(-INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P4), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, P4), V(INF, N)],
    [V(INF, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(INF, N), V(N, N)],
];

/// `atanh` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const ATANH: Table = [
    [V(-0.0, -P2), V(-0.0, -P2), V(-0.0, -P2), V(-0.0, P2), V(-0.0, P2), V(-0.0, P2), V(-0.0, N)],
    [V(-0.0, -P2), U, U, U, U, V(-0.0, P2), V(N, N)],
    [V(-0.0, -P2), U, U, U, U, V(-0.0, P2), V(-0.0, N)],
    [V(0.0, -P2), U, U, U, U, V(0.0, P2), V(0.0, N)],
    [V(0.0, -P2), U, U, U, U, V(0.0, P2), V(N, N)],
    [V(0.0, -P2), V(0.0, -P2), V(0.0, -P2), V(0.0, P2), V(0.0, P2), V(0.0, P2), V(0.0, N)],
    [V(0.0, -P2), V(N, N), V(N, N), V(N, N), V(N, N), V(0.0, P2), V(N, N)],
];

/// `cosh` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const COSH: Table = [
    [D, C, V(INF, 0.0), V(INF, -0.0), C, D, V(INF, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(N, 0.0)],
    [D, U, U, U, U, D, V(N, 0.0)],
    [D, U, U, U, U, D, V(N, N)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, N)],
    [V(N, N), V(N, N), V(N, 0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];

/// `exp` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const EXP: Table = [
    [V(0.0, 0.0), C, V(0.0, -0.0), V(0.0, 0.0), C, V(0.0, 0.0), V(0.0, 0.0)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, N)],
    [V(N, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];

/// `log` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const LOG: Table = [
    [V(INF, -P34), V(INF, -P), V(INF, -P), V(INF, P), V(INF, P), V(INF, P34), V(INF, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P2), U, U, U, U, V(INF, P2), V(N, N)],
    [V(INF, -P4), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, P4), V(INF, N)],
    [V(INF, N), V(N, N), V(N, N), V(N, N), V(N, N), V(INF, N), V(N, N)],
];

/// `sinh` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const SINH: Table = [
    [D, C, V(-INF, -0.0), V(-INF, 0.0), C, D, V(INF, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(0.0, N)],
    [D, U, U, U, U, D, V(0.0, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, N)],
    [V(N, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];

/// `sqrt` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const SQRT: Table = [
    [V(INF, -INF), V(0.0, -INF), V(0.0, -INF), V(0.0, INF), V(0.0, INF), V(INF, INF), V(N, INF)],
    [V(INF, -INF), U, U, U, U, V(INF, INF), V(N, N)],
    [V(INF, -INF), U, U, U, U, V(INF, INF), V(N, N)],
    [V(INF, -INF), U, U, U, U, V(INF, INF), V(N, N)],
    [V(INF, -INF), U, U, U, U, V(INF, INF), V(N, N)],
    [V(INF, -INF), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, INF), V(INF, N)],
    [V(INF, -INF), V(N, N), V(N, N), V(N, N), V(N, N), V(INF, INF), V(N, N)],
];

/// `tanh` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const TANH: Table = [
    [V(-1.0, 0.0), C, V(-1.0, -0.0), V(-1.0, 0.0), C, V(-1.0, 0.0), V(-1.0, 0.0)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(N, N)],
    [D, U, U, U, U, D, V(N, N)],
    [V(1.0, 0.0), C, V(1.0, -0.0), V(1.0, 0.0), C, V(1.0, 0.0), V(1.0, 0.0)],
    [V(N, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];

/// `rect` at special values (rows: real part, columns: imaginary part).
#[rustfmt::skip]
pub const RECT: Table = [
    [D, C, V(-INF, 0.0), V(-INF, -0.0), C, D, V(INF, N)],
    [D, U, U, U, U, D, V(N, N)],
    [V(0.0, 0.0), U, U, U, U, V(0.0, 0.0), V(0.0, 0.0)],
    [V(0.0, 0.0), U, U, U, U, V(0.0, 0.0), V(0.0, 0.0)],
    [D, U, U, U, U, D, V(N, N)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, N)],
    [V(N, N), V(N, N), V(N, 0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];
