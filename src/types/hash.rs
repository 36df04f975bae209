//! Python's numeric hash: equal numbers hash equal across int, bool and float
//! (`hash(1) == hash(1.0) == hash(True)`), reduced modulo the Mersenne prime
//! 2**61 - 1 as CPython does, with -1 mapped to -2.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

/// The modulus of numeric hashes.
pub const MODULUS: u64 = (1u64 << 61) - 1;
/// `hash(float('inf'))`.
pub const INF: i64 = 314_159;

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// Hash of an int that fits in an i64.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    if i > -(MODULUS as i64) && i < MODULUS as i64 {
        return fix(i);
    }
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

/// Hash of a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    let m = (b.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if b.sign() == Sign::Minus { -m } else { m })
}

/// Hash of a float (CPython's `_Py_HashDouble`, with NaN hashing by identity
/// replaced by 0, as Python 3.9 did: callers pass the object address for NaN).
pub fn hash_f64(x: f64, nan_identity: usize) -> i64 {
    if x.is_nan() {
        return fix((nan_identity >> 4) as i64);
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    // x = m * 2**e with 0.5 <= |m| < 1; fold 28 bits at a time.
    let (mut m, mut e) = frexp(x.abs());
    let sign = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while !m.is_zero() {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = e.rem_euclid(61) as u32;
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    fix(h as i64 * sign)
}

/// Split `x` (finite, non-negative) into mantissa in [0.5, 1) and exponent.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Combine item hashes the way tuples do (xxHash-style, as CPython 3.8+).
pub fn combine_tuple(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// Hash of an i128 (a range's bounds).
fn hash_i128(i: i128) -> i64 {
    match i64::try_from(i) {
        Ok(i) => hash_i64(i),
        Err(_) => hash_bigint(&BigInt::from(i)),
    }
}

/// A range's hash, as CPython's: the hash of `(len, start, step)`, with
/// `step` None for one item and both None for none (`none` is None's hash).
pub fn range(start: i128, len: i128, step: i128, none: i64) -> i64 {
    let items = match len {
        0 => [0, none, none],
        1 => [1, hash_i128(start), none],
        _ => [hash_i128(len), hash_i128(start), hash_i128(step)],
    };
    combine_tuple(items.into_iter(), 3)
}

/// A frozenset's hash from its items' hashes, as CPython's: the xor of each
/// item's hash with its bits shuffled (so the order does not count), mixed
/// with the size and dispersed so that nested frozensets differ.
pub fn frozenset(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut h: u64 = 0;
    for x in hashes {
        h ^= shuffle(x as u64);
    }
    h ^= (len as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        return 590_923_713;
    }
    h as i64
}

/// FNV-1a over UTF-8 bytes, for str and bytes (Python randomises these; any
/// good hash keeps semantics).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fix((h >> 1) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(12345), 12345);
        assert_eq!(hash_i64(1 << 62), 2);
        assert_eq!(hash_f64(1.5, 0), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(-2.5, 0), -1_152_921_504_606_846_978);
        assert_eq!(hash_f64(3.0, 0), 3);
        assert_eq!(hash_bigint(&(BigInt::from(1u64 << 63) * 4)), 16);
    }

    #[test]
    fn containers_match_cpython() {
        assert_eq!(frozenset(std::iter::empty(), 0), 133_146_708_735_736);
        assert_eq!(
            frozenset([1, 2, 3].into_iter(), 3),
            -272_375_401_224_217_160
        );
        assert_eq!(range(0, 3, 1, 0), -8_338_477_496_398_685_190);
        assert_eq!(range(1, 5, 2, 0), -8_580_228_179_051_518_038);
        let big = 1i128 << 70;
        assert_eq!(range(-big, 4, 1i128 << 69, 0), -8_675_184_767_091_705_083);
    }
}
