//! The arithmetic of `_decimal_core`: finite decimal numbers whose
//! coefficient fits in a `u128` below 10**38, rounded to a context as the
//! General Decimal Arithmetic Specification says (and as decimal.py, the
//! reference this mirrors step by step, does).
//!
//! Invariants:
//! - Every coefficient taken in or given out is below [`LIMIT`] (10**38),
//!   so it has at most 38 digits and `10**digits` fits in a `u128`.
//! - A function that cannot finish within those bounds (a product or an
//!   alignment past the limit, an exponent outside `i64`, an overflow to
//!   Infinity, an invalid operation) returns `None`: the caller then runs
//!   decimal.py's general code, so the result is the same in every case.
//! - The conditions an operation meets are collected as bits ([`Conds`]);
//!   the caller records them in the context's flags or, when one is
//!   trapped, leaves the operation to decimal.py, which raises.

/// The coefficient bound: every coefficient here is below it.
pub const LIMIT: u128 = 100_000_000_000_000_000_000_000_000_000_000_000_000;

/// Condition bits.
pub type Conds = u8;
pub const CLAMPED: Conds = 1;
pub const INEXACT: Conds = 2;
pub const ROUNDED: Conds = 4;
pub const SUBNORMAL: Conds = 8;
pub const UNDERFLOW: Conds = 16;

/// The rounding modes, by their names in decimal.py.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rounding {
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    ZeroFiveUp,
}

impl Rounding {
    /// The mode named `s` (decimal.py's `ROUND_*` strings).
    pub fn from_name(s: &str) -> Option<Rounding> {
        Some(match s {
            "ROUND_DOWN" => Rounding::Down,
            "ROUND_HALF_UP" => Rounding::HalfUp,
            "ROUND_HALF_EVEN" => Rounding::HalfEven,
            "ROUND_CEILING" => Rounding::Ceiling,
            "ROUND_FLOOR" => Rounding::Floor,
            "ROUND_UP" => Rounding::Up,
            "ROUND_HALF_DOWN" => Rounding::HalfDown,
            "ROUND_05UP" => Rounding::ZeroFiveUp,
            _ => return None,
        })
    }
}

/// A finite decimal: (-1)**sign * coeff * 10**exp.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Dec {
    pub sign: bool,
    pub coeff: u128,
    pub exp: i64,
}

/// The arithmetic part of a context.
#[derive(Clone, Copy, Debug)]
pub struct Ctx {
    pub prec: i64,
    pub rounding: Rounding,
    pub emin: i64,
    pub emax: i64,
    pub clamp: bool,
}

/// 10**n, when it is below the limit's reach (n <= 38).
pub fn pow10(n: i128) -> Option<u128> {
    if !(0..=38).contains(&n) {
        return None;
    }
    Some(POW10[n as usize])
}

/// 10**i for i in 0..=38.
const POW10: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// The number of decimal digits of c (1 for 0): estimated from its bit
/// length (log10(2) ~ 1233/4096), then corrected by one compare.
pub fn ndigits(c: u128) -> i128 {
    let bits = 128 - c.leading_zeros() as usize;
    let guess = (bits * 1233) >> 12;
    let n = if guess < 39 && c >= POW10[guess] {
        guess + 1
    } else {
        guess
    };
    n.max(1) as i128
}

/// c * 10**n, within the limit.
fn scale(c: u128, n: i128) -> Option<u128> {
    let r = c.checked_mul(pow10(n)?)?;
    (r < LIMIT).then_some(r)
}

/// A result exponent back in `i64`.
fn exp_of(e: i128) -> Option<i64> {
    i64::try_from(e).ok()
}

/// c with its last `drop` digits rounded away: (coefficient, whether a
/// nonzero digit was dropped).
pub fn round_coeff(sign: bool, c: u128, drop: i128, rounding: Rounding) -> (u128, bool) {
    if drop <= 0 {
        return (c, false);
    }
    let (q, r, above, at) = if drop > ndigits(c) {
        // Every digit dropped, and c is below half a unit of the place kept.
        (0, c, false, false)
    } else {
        // drop <= 38 here, since c has at most 38 digits.
        let p = POW10[drop as usize];
        let half = 5 * (p / 10);
        let (q, r) = match (u64::try_from(c), u64::try_from(p)) {
            // The common case divides in one machine instruction.
            (Ok(c), Ok(p)) => (u128::from(c / p), u128::from(c % p)),
            _ => (c / p, c % p),
        };
        (q, r, r > half, r == half)
    };
    if r == 0 {
        return (q, false);
    }
    let up = match rounding {
        Rounding::HalfEven => above || (at && q & 1 == 1),
        Rounding::HalfUp => above || at,
        Rounding::HalfDown => above,
        Rounding::Down => false,
        Rounding::Up => true,
        Rounding::Ceiling => !sign,
        Rounding::Floor => sign,
        Rounding::ZeroFiveUp => q % 5 == 0,
    };
    (if up { q + 1 } else { q }, true)
}

/// (sign, c, exp) rounded to the context: the result and the conditions
/// met; None for an overflow (or a result past the bounds).
pub fn fix(sign: bool, c: u128, exp: i128, ctx: &Ctx) -> Option<(Dec, Conds)> {
    let prec = i128::from(ctx.prec);
    let emin = i128::from(ctx.emin);
    let emax = i128::from(ctx.emax);
    let done = |c: u128, e: i128, conds: Conds| {
        Some((
            Dec {
                sign,
                coeff: c,
                exp: exp_of(e)?,
            },
            conds,
        ))
    };
    if c != 0 {
        let nd = ndigits(c);
        if nd <= prec
            && emin < exp + nd
            && exp + nd - 1 <= emax
            && (!ctx.clamp || exp <= emax - prec + 1)
        {
            return done(c, exp, 0);
        }
    }
    let etiny = emin - prec + 1;
    let etop = emax - prec + 1;
    if c == 0 {
        let exp_max = if ctx.clamp { etop } else { emax };
        let new_exp = exp.max(etiny).min(exp_max);
        if new_exp != exp {
            return done(0, new_exp, CLAMPED);
        }
        return done(0, exp, 0);
    }
    let nd = ndigits(c);
    let mut exp_min = nd + exp - prec;
    if exp_min > etop {
        return None;
    }
    let subnormal = exp_min < etiny;
    if subnormal {
        exp_min = etiny;
    }
    let mut conds = 0;
    if exp < exp_min {
        let (mut c, inexact) = round_coeff(sign, c, exp_min - exp, ctx.rounding);
        let mut exp = exp_min;
        if c != 0 && ndigits(c) > prec {
            c /= 10;
            exp += 1;
            if exp > etop {
                return None;
            }
        }
        if subnormal {
            conds |= SUBNORMAL;
            if inexact {
                conds |= UNDERFLOW | INEXACT;
                if c == 0 {
                    conds |= CLAMPED;
                }
            }
        } else if inexact {
            conds |= INEXACT;
        }
        return done(c, exp, conds | ROUNDED);
    }
    if subnormal {
        conds |= SUBNORMAL;
    }
    if ctx.clamp && exp > etop {
        return done(scale(c, exp - etop)?, etop, conds | CLAMPED);
    }
    done(c, exp, conds)
}

/// Whether the rounding is toward negative infinity (the sign of an exact
/// zero sum).
fn floor(ctx: &Ctx) -> bool {
    ctx.rounding == Rounding::Floor
}

/// a + b rounded to the context.
pub fn add(a: Dec, b: Dec, ctx: &Ctx) -> Option<(Dec, Conds)> {
    let exp = i128::from(a.exp.min(b.exp));
    if a.coeff == 0 && b.coeff == 0 {
        let sign = if floor(ctx) {
            a.sign | b.sign
        } else {
            a.sign & b.sign
        };
        return fix(sign, 0, exp, ctx);
    }
    // A zero is never aligned (decimal.py pads only the other operand).
    let ca = if a.coeff == 0 {
        0
    } else {
        scale(a.coeff, i128::from(a.exp) - exp)?
    };
    let cb = if b.coeff == 0 {
        0
    } else {
        scale(b.coeff, i128::from(b.exp) - exp)?
    };
    if a.coeff == 0 {
        return fix(b.sign, cb, exp, ctx);
    }
    if b.coeff == 0 {
        return fix(a.sign, ca, exp, ctx);
    }
    let va = if a.sign { -(ca as i128) } else { ca as i128 };
    let vb = if b.sign { -(cb as i128) } else { cb as i128 };
    // |va| and |vb| are below 10**38, but their sum may pass i128's range.
    let total = va.checked_add(vb)?;
    if total == 0 {
        return fix(floor(ctx), 0, exp, ctx);
    }
    let t = total.unsigned_abs();
    if t >= LIMIT {
        return None;
    }
    fix(total < 0, t, exp, ctx)
}

/// a * b rounded to the context.
pub fn mul(a: Dec, b: Dec, ctx: &Ctx) -> Option<(Dec, Conds)> {
    let c = a.coeff.checked_mul(b.coeff)?;
    if c >= LIMIT {
        return None;
    }
    fix(
        a.sign ^ b.sign,
        c,
        i128::from(a.exp) + i128::from(b.exp),
        ctx,
    )
}

/// a / b rounded to the context; None for a zero divisor (a signal).
pub fn div(a: Dec, b: Dec, ctx: &Ctx) -> Option<(Dec, Conds)> {
    let sign = a.sign ^ b.sign;
    if b.coeff == 0 {
        return None;
    }
    let ideal = i128::from(a.exp) - i128::from(b.exp);
    if a.coeff == 0 {
        return fix(sign, 0, ideal, ctx);
    }
    let shift = ndigits(b.coeff) - ndigits(a.coeff) + i128::from(ctx.prec) + 1;
    let (mut q, r) = if shift >= 0 {
        let n = scale(a.coeff, shift)?;
        (n / b.coeff, n % b.coeff)
    } else {
        let d = scale(b.coeff, -shift)?;
        (a.coeff / d, a.coeff % d)
    };
    let mut exp = ideal - shift;
    if r != 0 {
        if q % 5 == 0 {
            q += 1;
        }
    } else {
        while exp < ideal && q % 10 == 0 {
            q /= 10;
            exp += 1;
        }
    }
    fix(sign, q, exp, ctx)
}

/// a quantized to the exponent `target` with `rounding`; None where
/// decimal.py signals InvalidOperation (or the bounds are passed).
pub fn quantize(a: Dec, target: i64, rounding: Rounding, ctx: &Ctx) -> Option<(Dec, Conds)> {
    let t = i128::from(target);
    let prec = i128::from(ctx.prec);
    let emax = i128::from(ctx.emax);
    let etiny = i128::from(ctx.emin) - prec + 1;
    if t < etiny || t > emax {
        return None;
    }
    if a.coeff == 0 {
        // A zero is clamped like any result (clamp=1 with a small Emax).
        return fix(a.sign, 0, t, ctx);
    }
    let exp = i128::from(a.exp);
    if exp + ndigits(a.coeff) - 1 - t + 1 > prec {
        return None;
    }
    let (c, conds) = if exp >= t {
        (scale(a.coeff, exp - t)?, 0)
    } else {
        let (c, inexact) = round_coeff(a.sign, a.coeff, t - exp, rounding);
        (c, if inexact { INEXACT | ROUNDED } else { ROUNDED })
    };
    if ndigits(c) > prec || (c != 0 && ndigits(c) + t - 1 > emax) {
        return None;
    }
    let (d, more) = fix(a.sign, c, t, ctx)?;
    Some((d, conds | more))
}

/// -1, 0 or 1 as a is below, equal to or above b.
pub fn compare(a: Dec, b: Dec) -> Option<i8> {
    if a.coeff == 0 {
        if b.coeff == 0 {
            return Some(0);
        }
        return Some(if b.sign { 1 } else { -1 });
    }
    if b.coeff == 0 {
        return Some(if a.sign { -1 } else { 1 });
    }
    if a.sign != b.sign {
        return Some(if a.sign { -1 } else { 1 });
    }
    let r = if a.exp == b.exp {
        a.coeff.cmp(&b.coeff)
    } else {
        let (ea, eb) = (i128::from(a.exp), i128::from(b.exp));
        let (sa, sb) = (ea + ndigits(a.coeff), eb + ndigits(b.coeff));
        if sa != sb {
            sa.cmp(&sb)
        } else {
            let exp = ea.min(eb);
            scale(a.coeff, ea - exp)?.cmp(&scale(b.coeff, eb - exp)?)
        }
    };
    let r = r as i8;
    Some(if a.sign { -r } else { r })
}

/// The scientific string of a (decimal.py's `__str__`, eng=False), with
/// the exponent letter `e_char` ('E' or 'e').
pub fn to_sci_string(a: Dec, e_char: char) -> String {
    let digits = match u64::try_from(a.coeff) {
        Ok(c) => c.to_string(),
        Err(_) => a.coeff.to_string(),
    };
    let exp = i128::from(a.exp);
    let nd = digits.len() as i128;
    let leftdigits = exp + nd;
    let dotplace = if exp <= 0 && leftdigits > -6 {
        leftdigits
    } else {
        1
    };
    let mut out = String::with_capacity(digits.len() + 8);
    if a.sign {
        out.push('-');
    }
    if dotplace <= 0 {
        out.push_str("0.");
        for _ in 0..-dotplace {
            out.push('0');
        }
        out.push_str(&digits);
    } else if dotplace >= nd {
        out.push_str(&digits);
        for _ in 0..dotplace - nd {
            out.push('0');
        }
    } else {
        let (l, r) = digits.split_at(dotplace as usize);
        out.push_str(l);
        out.push('.');
        out.push_str(r);
    }
    if leftdigits != dotplace {
        out.push(e_char);
        let e = leftdigits - dotplace;
        if e >= 0 {
            out.push('+');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// Parse the plain numeric strings `[+-]digits[.digits][(e|E)[+-]digits]`
/// (ASCII only, no spaces or underscores, some digit before the exponent);
/// None for anything else, which decimal.py parses.
pub fn parse(s: &str) -> Option<Dec> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut sign = false;
    if let Some(&c) = b.first()
        && (c == b'+' || c == b'-')
    {
        sign = c == b'-';
        i = 1;
    }
    let mut coeff: u128 = 0;
    let mut ndig = 0usize;
    let mut frac: i128 = 0;
    let mut seen_dot = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            ndig += 1;
            if coeff != 0 || c != b'0' {
                coeff = coeff.checked_mul(10)?.checked_add(u128::from(c - b'0'))?;
                if coeff >= LIMIT {
                    return None;
                }
            }
            if seen_dot {
                frac += 1;
            }
        } else if c == b'.' && !seen_dot {
            seen_dot = true;
        } else {
            break;
        }
        i += 1;
    }
    if ndig == 0 {
        return None;
    }
    let mut exp: i128 = 0;
    if i < b.len() {
        if b[i] != b'e' && b[i] != b'E' {
            return None;
        }
        i += 1;
        let mut neg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            neg = b[i] == b'-';
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        while i < b.len() {
            let c = b[i];
            if !c.is_ascii_digit() {
                return None;
            }
            exp = exp.checked_mul(10)?.checked_add(i128::from(c - b'0'))?;
            if exp > i128::from(i64::MAX) {
                return None;
            }
            i += 1;
        }
        if neg {
            exp = -exp;
        }
    }
    Some(Dec {
        sign,
        coeff,
        exp: exp_of(exp - frac)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(prec: i64, rounding: Rounding) -> Ctx {
        Ctx {
            prec,
            rounding,
            emin: -999_999,
            emax: 999_999,
            clamp: false,
        }
    }

    fn d(s: &str) -> Dec {
        parse(s).unwrap()
    }

    #[test]
    fn counts_digits() {
        assert_eq!(ndigits(0), 1);
        for (i, &p) in POW10.iter().enumerate() {
            assert_eq!(ndigits(p), i as i128 + 1);
            if i > 0 {
                assert_eq!(ndigits(p - 1), i as i128);
            }
        }
        assert_eq!(ndigits(u128::MAX), 39);
    }

    #[test]
    fn divides_and_rounds() {
        let c = ctx(28, Rounding::HalfEven);
        let (q, conds) = div(d("1"), d("3"), &c).unwrap();
        assert_eq!(to_sci_string(q, 'E'), "0.3333333333333333333333333333");
        assert_eq!(conds, INEXACT | ROUNDED);
        let (q, conds) = div(d("10"), d("4"), &c).unwrap();
        assert_eq!(to_sci_string(q, 'E'), "2.5");
        assert_eq!(conds, 0);
    }

    #[test]
    fn quantizes_and_prints() {
        let c = ctx(28, Rounding::HalfEven);
        let (q, _) = quantize(d("2.675"), -2, Rounding::HalfEven, &c).unwrap();
        assert_eq!(to_sci_string(q, 'E'), "2.68");
        let (q, _) = quantize(d("-2.675"), -2, Rounding::Down, &c).unwrap();
        assert_eq!(to_sci_string(q, 'E'), "-2.67");
        assert_eq!(to_sci_string(d("1E+5"), 'E'), "1E+5");
        assert_eq!(to_sci_string(d("0.0000001"), 'e'), "1e-7");
        assert!(parse("1_0").is_none() && parse(".").is_none() && parse("1e").is_none());
    }

    #[test]
    fn compares_and_adds() {
        assert_eq!(compare(d("1.10"), d("1.1")), Some(0));
        assert_eq!(compare(d("-2"), d("-10")), Some(1));
        let c = ctx(3, Rounding::HalfUp);
        let (s, conds) = add(d("999"), d("1"), &c).unwrap();
        assert_eq!(to_sci_string(s, 'E'), "1.00E+3");
        assert_eq!(conds, ROUNDED);
        let (s, _) = add(d("0.00"), d("-0"), &ctx(28, Rounding::Floor)).unwrap();
        assert_eq!(to_sci_string(s, 'E'), "-0.00");
    }
}
