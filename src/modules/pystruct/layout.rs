//! Struct format strings: their parsing into a layout of items with
//! offsets, and the packing and unpacking of each item's bytes.
//!
//! Invariants:
//! - a layout's offsets and total size are computed once, with overflow
//!   checked ("total struct size too long"), so packing and unpacking
//!   index a buffer of exactly `size` bytes and never out of it;
//! - native mode (`@`, the default) uses this machine's sizes and aligns
//!   each item to its size (x86-64 and aarch64 Linux: `l`, `L`, `n`, `N`,
//!   `P` are 8 bytes); the standard modes (`=`, `<`, `>`, `!`) use the
//!   standard sizes, no alignment, and refuse `n`, `N` and `P`.

/// The byte order and sizes of a format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `=` and `<`: standard sizes, little-endian (`=` is this machine's
    /// order, little-endian on the targets sandpy builds for).
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// One format character with its repeat count, at its offset.
#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub code: u8,
    /// The repeat count (for `s` and `p`: the field's length).
    pub count: usize,
    pub offset: usize,
}

/// A parsed format.
#[derive(Debug)]
pub struct Layout {
    pub mode: Mode,
    pub items: Vec<Item>,
    /// Bytes in a packed struct.
    pub size: usize,
    /// Values a pack takes (and an unpack gives).
    pub nvalues: usize,
}

/// Why a format is refused (the message of `struct.error`).
pub const BAD_CHAR: &str = "bad char in struct format";
pub const TOO_LONG: &str = "total struct size too long";

/// Size of one `code` in `mode`, or None for a character the mode lacks.
pub fn item_size(mode: Mode, code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'l' | b'L' => {
            if mode == Mode::Native {
                std::mem::size_of::<std::ffi::c_long>()
            } else {
                4
            }
        }
        b'n' | b'N' | b'P' if mode == Mode::Native => std::mem::size_of::<usize>(),
        _ => return None,
    })
}

/// Parse a format (its bytes: a str format's UTF-8).
pub fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    if fmt.contains(&0) {
        return Err("embedded null character");
    }
    let (mode, rest) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Mode::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues: usize = 0;
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            count = 0;
            while i < rest.len() && rest[i].is_ascii_digit() {
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(rest[i] - b'0')))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or(TOO_LONG)?;
                i += 1;
            }
            match rest.get(i) {
                Some(&d) => c = d,
                None => return Err("repeat count given without format specifier"),
            }
        }
        let one = item_size(mode, c).ok_or(BAD_CHAR)?;
        if mode == Mode::Native && one > 1 {
            size = size.checked_add(one - 1).ok_or(TOO_LONG)? / one * one;
        }
        let offset = size;
        let bytes = if matches!(c, b's' | b'p') {
            count
        } else {
            one.checked_mul(count).ok_or(TOO_LONG)?
        };
        size = size.checked_add(bytes).ok_or(TOO_LONG)?;
        if size > isize::MAX as usize {
            return Err(TOO_LONG);
        }
        nvalues += match c {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        items.push(Item {
            code: c,
            count,
            offset,
        });
        i += 1;
    }
    Ok(Layout {
        mode,
        items,
        size,
        nvalues,
    })
}

/// How an integer code checks its range before packing, as CPython's
/// `_struct` does for each mode (its messages differ by mode and code).
pub enum Range {
    /// Read as a C long (else "argument out of range"), then checked
    /// against `lo..=hi` with the message given.
    Long(i128, i128, &'static str),
    /// Read as a C unsigned long (negative: "argument out of range"), then
    /// checked against `0..=hi` with the message given.
    ULong(i128, &'static str),
    /// `lo..=hi`, else the message given.
    Plain(i128, i128, &'static str),
}

const OUT_OF_RANGE: &str = "argument out of range";
const TOO_LARGE: &str = "int too large to convert";

/// The range rule of integer `code` in `mode` (None: not an integer code).
pub fn int_range(mode: Mode, code: u8) -> Option<Range> {
    const I32: (i128, i128) = (i32::MIN as i128, i32::MAX as i128);
    const I64: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
    const U64: i128 = u64::MAX as i128;
    Some(match (mode, code) {
        (_, b'b') => Range::Long(-128, 127, "byte format requires -128 <= number <= 127"),
        (_, b'B') => Range::Long(0, 255, "ubyte format requires 0 <= number <= 255"),
        (Mode::Big, b'h') => Range::Long(
            -32768,
            32767,
            "'h' format requires -32768 <= number <= 32767",
        ),
        (_, b'h') => Range::Long(
            -32768,
            32767,
            "short format requires -32768 <= number <= 32767",
        ),
        (Mode::Big, b'H') => Range::ULong(65535, "'H' format requires 0 <= number <= 65535"),
        (_, b'H') => Range::Long(0, 65535, "ushort format requires 0 <= number <= 65535"),
        (_, b'i') => Range::Long(
            I32.0,
            I32.1,
            "'i' format requires -2147483648 <= number <= 2147483647",
        ),
        (_, b'I') => Range::ULong(
            u32::MAX as i128,
            "'I' format requires 0 <= number <= 4294967295",
        ),
        (Mode::Native, b'l' | b'q' | b'n') => Range::Plain(I64.0, I64.1, OUT_OF_RANGE),
        (Mode::Native, b'L' | b'Q' | b'N') => Range::Plain(0, U64, OUT_OF_RANGE),
        (Mode::Native, b'P') => Range::Plain(I64.0, U64, TOO_LARGE),
        (_, b'l') => Range::Long(
            I32.0,
            I32.1,
            "'l' format requires -2147483648 <= number <= 2147483647",
        ),
        (_, b'L') => Range::ULong(
            u32::MAX as i128,
            "'L' format requires 0 <= number <= 4294967295",
        ),
        (Mode::Little, b'q') => Range::Plain(I64.0, I64.1, OUT_OF_RANGE),
        (Mode::Little, b'Q') => Range::Plain(0, U64, OUT_OF_RANGE),
        (Mode::Big, b'q') => Range::Plain(I64.0, I64.1, TOO_LARGE),
        (Mode::Big, b'Q') => Range::Plain(0, U64, TOO_LARGE),
        _ => return None,
    })
}

impl Range {
    /// Check `v` (None: too large for an i128); the error message if out.
    pub fn check(&self, v: Option<i128>) -> Result<i128, &'static str> {
        match *self {
            Range::Long(lo, hi, msg) => {
                let v = v
                    .filter(|v| (i64::MIN as i128..=i64::MAX as i128).contains(v))
                    .ok_or(OUT_OF_RANGE)?;
                if (lo..=hi).contains(&v) {
                    Ok(v)
                } else {
                    Err(msg)
                }
            }
            Range::ULong(hi, msg) => {
                let v = v
                    .filter(|v| (0..=u64::MAX as i128).contains(v))
                    .ok_or(OUT_OF_RANGE)?;
                if v <= hi { Ok(v) } else { Err(msg) }
            }
            Range::Plain(lo, hi, msg) => v.filter(|v| (lo..=hi).contains(v)).ok_or(msg),
        }
    }
}

/// Whether an integer code is signed.
pub fn signed(code: u8) -> bool {
    matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

/// Write the low `dst.len()` bytes of `v` in the mode's byte order.
pub fn put_int(mode: Mode, dst: &mut [u8], v: i128) {
    let le = v.to_le_bytes();
    let n = dst.len();
    match mode {
        Mode::Big => {
            for (k, d) in dst.iter_mut().enumerate() {
                *d = le[n - 1 - k];
            }
        }
        _ => dst.copy_from_slice(&le[..n]),
    }
}

/// Read an integer of `src.len()` bytes in the mode's byte order.
pub fn get_int(mode: Mode, src: &[u8], signed: bool) -> i128 {
    let mut le = [0u8; 16];
    let n = src.len();
    match mode {
        Mode::Big => {
            for k in 0..n {
                le[k] = src[n - 1 - k];
            }
        }
        _ => le[..n].copy_from_slice(src),
    }
    if signed && n > 0 && le[n - 1] & 0x80 != 0 {
        for b in &mut le[n..] {
            *b = 0xFF;
        }
    }
    i128::from_le_bytes(le)
}

/// `x` as an IEEE 754 half float's bits, rounded to nearest even; None when
/// a finite `x` is too large for one.
pub fn f16_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7E00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7C00);
    }
    // Largest half is 65504; values at or past 65520 round to infinity.
    if a >= 65520.0 {
        return None;
    }
    if a < 6.103515625e-05 {
        // Subnormal (or zero): units of 2**-24, rounded half to even.
        let units = round_half_even(a * 16777216.0);
        return Some(sign | units as u16);
    }
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32 - 1023;
    let mant = bits & ((1u64 << 52) - 1);
    // Keep 10 bits of the 52, rounding the 42 dropped half to even.
    let keep = mant >> 42;
    let rest = mant & ((1u64 << 42) - 1);
    let half = 1u64 << 41;
    let mut m = keep;
    let mut e = (exp + 15) as u64;
    if rest > half || (rest == half && keep & 1 == 1) {
        m += 1;
        if m == 1 << 10 {
            m = 0;
            e += 1;
        }
    }
    if e >= 31 {
        return None;
    }
    Some(sign | ((e as u16) << 10) | m as u16)
}

fn round_half_even(v: f64) -> f64 {
    let r = v.round();
    if (r - v).abs() == 0.5 && r % 2.0 != 0.0 {
        r - v.signum()
    } else {
        r
    }
}

/// The value of a half float's bits.
pub fn f16_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1F);
    let m = f64::from(h & 0x3FF);
    match e {
        0 => sign * m * 2f64.powi(-24),
        31 if m == 0.0 => sign * f64::INFINITY,
        31 => {
            // Keep the sign (and the payload's top bits) of a NaN.
            let bits = (u64::from(h & 0x8000) << 48)
                | 0x7FF8_0000_0000_0000
                | (u64::from(h & 0x1FF) << 42);
            f64::from_bits(bits)
        }
        _ => sign * (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment_and_sizes() {
        assert_eq!(parse(b"ci").map(|l| l.size), Ok(8));
        assert_eq!(parse(b"ic").map(|l| l.size), Ok(5));
        assert_eq!(parse(b"c0l").map(|l| l.size), Ok(8));
        assert_eq!(parse(b"<ci").map(|l| l.size), Ok(5));
        assert_eq!(parse(b"<P").err(), Some(BAD_CHAR));
        assert_eq!(
            parse(b"3").err(),
            Some("repeat count given without format specifier")
        );
        assert_eq!(parse(b"99999999999999999999i").err(), Some(TOO_LONG));
    }

    #[test]
    fn half_floats_round_to_even() {
        assert_eq!(f16_bits(1.0), Some(0x3C00));
        assert_eq!(f16_bits(65504.0), Some(0x7BFF));
        assert_eq!(f16_bits(65519.99), Some(0x7BFF));
        assert_eq!(f16_bits(65520.0), None);
        assert_eq!(f16_bits(5.960464477539063e-08 / 2.0), Some(0));
        assert_eq!(f16_bits(5.960464477539063e-08 * 1.5), Some(2));
        assert_eq!(f16_value(0x0001), 5.960464477539063e-08);
        for h in 0..=0xFFFFu16 {
            let v = f16_value(h);
            if !v.is_nan() {
                assert_eq!(f16_bits(v), Some(h), "{h:#x}");
            }
        }
    }
}
