//! Character predicates and case folding of the `re` engine, on code
//! points (`u32`): a str subject is matched as code points, a bytes
//! subject as byte values 0..=255.
//!
//! Invariants:
//! - the Unicode categories follow Python's `str` predicates
//!   (`types/str_algo.rs`): `\d` is `isdecimal`, `\s` is `isspace`, `\w`
//!   is `isalnum` or `_`, so they differ from CPython exactly where those
//!   predicates do (docs/compatibility.md);
//! - case-insensitive matching compares *folds*: two characters match when
//!   their folds are equal. The Unicode fold is the simple lowercase of the
//!   simple uppercase of the simple lowercase, which puts together the
//!   characters that CPython's `_sre` treats as equal under IGNORECASE
//!   (`i`/`I`/`ı`/`İ`, `s`/`S`/`ſ`, `k`/`K`/U+212A, `σ`/`ς`/`Σ`, ...);
//!   the ASCII fold (bytes patterns, ASCII and LOCALE flags) lowers A-Z
//!   only.

use crate::types::str_algo;

/// How letters compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    /// Exactly.
    None,
    /// Case-insensitively, ASCII letters only.
    Ascii,
    /// Case-insensitively, every cased character (simple case mappings).
    Unicode,
}

/// The simple lowercase of `c` (one code point).
pub fn lower1(c: u32) -> u32 {
    if c < 0x80 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        // U+0130 is the only character whose full lowercase is longer;
        // its simple lowercase is 'i'.
        _ if c == 0x130 => 0x69,
        _ => c,
    }
}

/// The simple uppercase of `c` (itself when the full uppercase is longer).
pub fn upper1(c: u32) -> u32 {
    if c < 0x80 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// `c` folded for comparison under `fold`.
#[inline]
pub fn fold(c: u32, fold: Fold) -> u32 {
    match fold {
        Fold::None => c,
        Fold::Ascii => {
            if (b'A' as u32..=b'Z' as u32).contains(&c) {
                c + 32
            } else {
                c
            }
        }
        Fold::Unicode => {
            if c < 0x80 {
                if (b'A' as u32..=b'Z' as u32).contains(&c) {
                    c + 32
                } else {
                    c
                }
            } else {
                lower1(upper1(lower1(c)))
            }
        }
    }
}

/// Whether `c` has another case (CPython's `iscased`).
pub fn is_cased(c: u32, f: Fold) -> bool {
    match f {
        Fold::None => false,
        Fold::Ascii => (c as u8).is_ascii_alphabetic() && c < 0x80,
        Fold::Unicode => {
            // CPython's upper of a character with a longer full uppercase
            // (ß) is that mapping's first character: such a one is cased.
            let full_upper = char::from_u32(c).is_some_and(|ch| {
                let mut u = ch.to_uppercase();
                !(u.next() == Some(ch) && u.next().is_none())
            });
            lower1(c) != c || full_upper || fold(c, f) != c
        }
    }
}

/// The backslash categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Digit,
    Space,
    Word,
}

/// Whether `c` is in category `cat` (`unicode`: str semantics, else ASCII).
#[inline]
pub fn in_cat(cat: Cat, c: u32, unicode: bool) -> bool {
    if c < 0x80 || !unicode {
        let b = if c < 0x80 { c as u8 } else { return false };
        return match cat {
            Cat::Digit => b.is_ascii_digit(),
            Cat::Space => {
                matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
                    || (unicode && (0x1c..=0x1f).contains(&b))
            }
            Cat::Word => b.is_ascii_alphanumeric() || b == b'_',
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    match cat {
        Cat::Digit => str_algo::is_decimal(ch),
        Cat::Space => str_algo::is_space(ch),
        Cat::Word => {
            str_algo::is_alpha(ch)
                || str_algo::is_decimal(ch)
                || str_algo::is_digit(ch)
                || str_algo::is_numeric(ch)
        }
    }
}

/// One member of a character class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// An inclusive range of code points (a literal is a range of one).
    Range(u32, u32),
    /// A category (`\d`), or its complement (`\D`) when the flag is set.
    Cat(Cat, bool),
}

/// A compiled character class: its members, whether it is negated, how
/// letters compare and a bitmap of the answer for code points below 256.
#[derive(Clone, Debug)]
pub struct CharSet {
    /// Ranges (already folded when `fold` is not `None`), sorted and merged.
    ranges: Vec<(u32, u32)>,
    cats: Vec<(Cat, bool)>,
    negate: bool,
    fold: Fold,
    unicode: bool,
    /// The final answer for every code point below 256.
    low: [u64; 4],
}

impl CharSet {
    /// Build a class; `work` is told about the units spent folding ranges
    /// and may stop the build (a time cap).
    pub fn new<E>(
        items: &[Item],
        negate: bool,
        fold_kind: Fold,
        unicode: bool,
        work: &mut dyn FnMut(usize) -> Result<(), E>,
    ) -> Result<CharSet, E> {
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        let mut cats = Vec::new();
        for it in items {
            match *it {
                Item::Range(a, b) => {
                    if fold_kind == Fold::None {
                        ranges.push((a, b));
                    } else {
                        ranges.push((a, b));
                        fold_range(a, b, fold_kind, &mut ranges, work)?;
                    }
                }
                Item::Cat(c, neg) => cats.push((c, neg)),
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (a, b) in ranges {
            match merged.last_mut() {
                Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let mut set = CharSet {
            ranges: merged,
            cats,
            negate,
            fold: fold_kind,
            unicode,
            low: [0; 4],
        };
        for c in 0..256u32 {
            if set.test(c) {
                set.low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        Ok(set)
    }

    /// Whether `c` is in the class (the slow path).
    fn test(&self, c: u32) -> bool {
        let f = fold(c, self.fold);
        let mut hit = self.in_ranges(f) || (f != c && self.in_ranges(c));
        if !hit {
            hit = self
                .cats
                .iter()
                .any(|&(cat, neg)| in_cat(cat, c, self.unicode) != neg);
        }
        hit != self.negate
    }

    fn in_ranges(&self, c: u32) -> bool {
        let r = &self.ranges;
        let i = r.partition_point(|&(_, b)| b < c);
        i < r.len() && r[i].0 <= c
    }

    /// Whether `c` is in the class.
    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.test(c)
        }
    }
}

/// Push the folds of every character of `a..=b` (as ranges) onto `out`.
fn fold_range<E>(
    a: u32,
    b: u32,
    f: Fold,
    out: &mut Vec<(u32, u32)>,
    work: &mut dyn FnMut(usize) -> Result<(), E>,
) -> Result<(), E> {
    let mut c = a;
    let mut run: Option<(u32, u32)> = None;
    loop {
        if (c - a) & 0xfff == 0 {
            work(4096 * 20)?;
        }
        let g = fold(c, f);
        if g != c {
            run = match run {
                Some((x, y)) if y + 1 == g => Some((x, g)),
                Some(r) => {
                    out.push(r);
                    Some((g, g))
                }
                None => Some((g, g)),
            };
        }
        if c == b {
            break;
        }
        c += 1;
    }
    out.extend(run);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[Item], negate: bool, f: Fold) -> CharSet {
        CharSet::new::<()>(items, negate, f, true, &mut |_| Ok(())).unwrap()
    }

    #[test]
    fn folds_put_together_what_cpython_does() {
        let u = Fold::Unicode;
        for (a, b) in [
            ('i', 'I'),
            ('ı', 'I'),
            ('İ', 'i'),
            ('s', 'ſ'),
            ('k', '\u{212a}'),
            ('σ', 'ς'),
            ('µ', 'Μ'),
            ('ß', 'ẞ'),
        ] {
            assert_eq!(fold(a as u32, u), fold(b as u32, u), "{a} {b}");
        }
        assert_ne!(fold('ß' as u32, u), fold('s' as u32, u));
        assert_eq!(fold('É' as u32, Fold::Ascii), 'É' as u32);
        assert!(is_cased('ß' as u32, u) && !is_cased('1' as u32, u));
    }

    #[test]
    fn classes_answer_above_and_below_256() {
        let s = set(
            &[
                Item::Range('a' as u32, 'c' as u32),
                Item::Cat(Cat::Digit, false),
            ],
            false,
            Fold::None,
        );
        assert!(s.contains('b' as u32) && s.contains('٣' as u32) && !s.contains('d' as u32));
        let n = set(&[Item::Range('k' as u32, 'k' as u32)], true, Fold::Unicode);
        assert!(!n.contains('K' as u32) && !n.contains(0x212a) && n.contains('j' as u32));
    }
}
