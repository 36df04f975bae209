//! The algorithms behind Python's `str` methods, on Rust `&str`.
//!
//! This file owns index arithmetic in code points, searching, splitting,
//! padding, case mapping, the character predicates and `repr` of `str` and
//! `bytes`. It knows nothing of Python objects: errors are `Err(String)`
//! messages that the caller raises (`ValueError` unless a function says
//! otherwise).
//!
//! # Invariants
//! - Every index a caller sees is counted in code points (`char`s), as in
//!   Python; byte offsets stay inside this file and are always on char
//!   boundaries (they come from `char_indices`, `find` or `char_index_to_byte`).
//! - No function panics, and none allocates more than
//!   [`MAX_RESULT_BYTES`] because of a number the user chose (a width, a tab
//!   size, a replace count): such results are refused before any memory is
//!   taken, with a message the caller raises as `MemoryError`.
//!
//! # Where the Unicode data differs from CPython 3.11 (Unicode 14.0)
//! Rust's `char` methods follow a newer Unicode version; characters assigned
//! after 14.0 may be classified differently. Beyond that:
//! - `isspace`, `split()`, `strip()`: exact (Rust's `is_whitespace` plus
//!   U+001C..U+001F, which Python counts as whitespace).
//! - `isdecimal`, `isdigit`, `istitle`'s titlecase set: exact, from tables here.
//! - `isnumeric`: Rust's `is_numeric` (Nd, Nl, No) plus the `isdigit` table
//!   and the common CJK numerals; other Han characters with numeric values
//!   (e.g. U+4EBF) are not numeric here.
//! - `isalpha`: Rust's `is_alphabetic` without `is_numeric` (drops Nl); marks
//!   with the Other_Alphabetic property (e.g. U+093F) and circled letters
//!   are alphabetic here but not in Python.
//! - `isidentifier`: start is `_` or `isalpha`-ish, continue adds decimal
//!   digits, connector punctuation and U+0300..U+036F; other combining marks
//!   (Mn/Mc outside that block) are not accepted.
//! - `isprintable` and `str_repr`: exact (the table of unicode_printable.rs,
//!   generated from CPython 3.11).
//! - Case mapping uses Rust's full mappings (the same SpecialCasing data as
//!   CPython, including Final_Sigma in lower/title/capitalize/swapcase);
//!   titlecase differences from uppercase are tabled here; `casefold` is the
//!   per-character lowercase plus the common folds (ß, ς, µ, ſ, ligatures).

/// The largest string (in UTF-8 bytes) a padding, tab expansion or replace
/// may build; larger requests are refused before allocating.
pub const MAX_RESULT_BYTES: usize = 1 << 30;

/// Checks a computed result size (`None`: it overflowed) against
/// [`MAX_RESULT_BYTES`].
fn check_size(bytes: Option<usize>) -> Result<usize, String> {
    match bytes {
        Some(n) if n <= MAX_RESULT_BYTES => Ok(n),
        _ => Err(format!("result too large (limit {MAX_RESULT_BYTES} bytes)")),
    }
}

// ---------------------------------------------------------------- indices

/// Number of code points in `s` (Python's `len`).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point `i`; `i == char_len(s)` gives `s.len()`.
pub fn char_index_to_byte(s: &str, i: usize) -> Option<usize> {
    if s.is_ascii() {
        return (i <= s.len()).then_some(i);
    }
    s.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.len()))
        .nth(i)
}

/// The substring between code point indices `a <= b` (clamped to the string).
fn sub_chars(s: &str, a: usize, b: usize) -> &str {
    let start = char_index_to_byte(s, a).unwrap_or(s.len());
    let end = char_index_to_byte(s, b).unwrap_or(s.len()).max(start);
    s.get(start..end).unwrap_or("")
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end, then both
/// are clamped to `0..=len` (`start` may stay above `len`).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The number of items `start:stop:step` selects (`PySlice_AdjustIndices`).
fn slice_len(start: i64, stop: i64, step: i64) -> i128 {
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    match step {
        ..=-1 if stop < start => (start - stop - 1) / -step + 1,
        1.. if start < stop => (stop - start - 1) / step + 1,
        _ => 0,
    }
}

/// `s[start:stop:step]` for indices already normalised by the caller (as
/// `PySlice_AdjustIndices` leaves them); `step == 0` selects nothing and
/// indices outside the string select only the characters that exist.
pub fn slice_chars(s: &str, start: i64, stop: i64, step: i64) -> String {
    if step == 1 {
        let a = usize::try_from(start).unwrap_or(0);
        let b = usize::try_from(stop).unwrap_or(0);
        return if a < b {
            sub_chars(s, a, b).to_string()
        } else {
            String::new()
        };
    }
    let chars: Vec<char> = s.chars().collect();
    let count = slice_len(start, stop, step).min(chars.len() as i128);
    let (start, step) = (i128::from(start), i128::from(step));
    (0..count)
        .filter_map(|i| usize::try_from(start + i * step).ok())
        .filter_map(|i| chars.get(i).copied())
        .collect()
}

// ---------------------------------------------------------------- search

/// The code point window `[start, end)` of `s` after `ADJUST_INDICES`, with
/// `None` when it cannot hold `sub`.
fn window<'a>(
    s: &'a str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(&'a str, i64, i64)> {
    let (start, end) = adjust_indices(start, end, char_len(s));
    let sub_len = i64::try_from(char_len(sub)).unwrap_or(i64::MAX);
    if end - start < sub_len {
        return None;
    }
    let hay = sub_chars(s, usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    Some((hay, start, end))
}

/// Converts a byte offset in `hay` (which starts at code point `base`) to a
/// code point index of the whole string.
fn to_index(hay: &str, base: i64, byte: usize) -> i64 {
    let chars = char_len(hay.get(..byte).unwrap_or(hay));
    base + i64::try_from(chars).unwrap_or(0)
}

/// `s.find(sub, start, end)`: lowest code point index of `sub`, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, sub, start, end) {
        None => -1,
        Some((_, start, _)) if sub.is_empty() => start,
        Some((hay, start, _)) => hay.find(sub).map_or(-1, |b| to_index(hay, start, b)),
    }
}

/// `s.rfind(sub, start, end)`: highest code point index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, sub, start, end) {
        None => -1,
        Some((_, _, end)) if sub.is_empty() => end,
        Some((hay, start, _)) => hay.rfind(sub).map_or(-1, |b| to_index(hay, start, b)),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// matches between every two code points and at both ends.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match window(s, sub, start, end) {
        None => 0,
        Some((_, start, end)) if sub.is_empty() => usize::try_from(end - start + 1).unwrap_or(0),
        Some((hay, _, _)) => hay.matches(sub).count(),
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (without bounds, a
/// byte comparison: no code point count of a long non-ASCII `s`).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    if start.is_none() && end.is_none() {
        return s.starts_with(prefix);
    }
    window(s, prefix, start, end).is_some_and(|(hay, _, _)| hay.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix (without bounds, a
/// byte comparison).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    if start.is_none() && end.is_none() {
        return s.ends_with(suffix);
    }
    window(s, suffix, start, end).is_some_and(|(hay, _, _)| hay.ends_with(suffix))
}

// ---------------------------------------------------------------- splitting

/// Python's `str.isspace` for one character.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// A Python `maxsplit`/`count` (negative means unlimited) as a limit.
fn limit(n: i64) -> usize {
    if n < 0 {
        usize::MAX
    } else {
        usize::try_from(n).unwrap_or(usize::MAX)
    }
}

/// `s.split(sep, maxsplit)`; `sep == None` splits on runs of whitespace and
/// drops empty strings. `Err("empty separator")` for `sep == Some("")`.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = limit(maxsplit);
    match sep {
        Some("") => Err("empty separator".to_string()),
        Some(sep) => Ok(s
            .splitn(max.saturating_add(1), sep)
            .map(str::to_string)
            .collect()),
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            loop {
                rest = rest.trim_start_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if out.len() == max {
                    out.push(rest.to_string());
                    break;
                }
                let (word, tail) = rest.split_at(rest.find(is_space).unwrap_or(rest.len()));
                out.push(word.to_string());
                rest = tail;
            }
            Ok(out)
        }
    }
}

/// How many strings `split`/`rsplit` of `s` make at most (one scan of `s`),
/// so that a result too large for the memory cap is refused before it is
/// built.
pub fn split_count(s: &str, sep: Option<&str>, maxsplit: i64) -> usize {
    let max = limit(maxsplit);
    match sep {
        Some("") => 0,
        Some(sep) => s.matches(sep).take(max).count() + 1,
        None => {
            let mut words = 0usize;
            let mut in_space = true;
            for c in s.chars() {
                let space = is_space(c);
                if in_space && !space {
                    words += 1;
                }
                in_space = space;
            }
            words.min(max.saturating_add(1))
        }
    }
}

/// How many lines `splitlines` of `s` makes at most.
pub fn splitlines_count(s: &str) -> usize {
    s.chars().filter(|&c| is_line_break(c)).count() + 1
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but splitting from the right.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = limit(maxsplit);
    let mut out: Vec<String> = match sep {
        Some("") => return Err("empty separator".to_string()),
        Some(sep) => s
            .rsplitn(max.saturating_add(1), sep)
            .map(str::to_string)
            .collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            loop {
                rest = rest.trim_end_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if out.len() == max {
                    out.push(rest.to_string());
                    break;
                }
                let cut = rest
                    .char_indices()
                    .rfind(|&(_, c)| is_space(c))
                    .map_or(0, |(b, c)| b + c.len_utf8());
                let (head, word) = rest.split_at(cut);
                out.push(word.to_string());
                rest = head;
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

/// Python's line boundaries for `splitlines`.
fn is_line_break(c: char) -> bool {
    "\n\r\u{b}\u{c}\u{1c}\u{1d}\u{1e}\u{85}\u{2028}\u{2029}".contains(c)
}

/// `s.splitlines(keepends)`; `\r\n` is one boundary.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut next = at + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            next += 1;
        }
        let line_end = if keepends { next } else { at };
        out.push(s.get(line_start..line_end).unwrap_or("").to_string());
        line_start = next;
    }
    if line_start < s.len() {
        out.push(s.get(line_start..).unwrap_or("").to_string());
    }
    out
}

/// `s.partition(sep)`.
pub fn partition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match s.split_once(sep) {
        Some((a, b)) => (a.to_string(), sep.to_string(), b.to_string()),
        None => (s.to_string(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match s.rsplit_once(sep) {
        Some((a, b)) => (a.to_string(), sep.to_string(), b.to_string()),
        None => (String::new(), String::new(), s.to_string()),
    })
}

// ---------------------------------------------------------------- strip, pad

/// The characters `strip(chars)` removes: `chars`, or Python whitespace.
fn strippable(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| chars.map_or_else(|| is_space(c), |set| set.contains(c))
}

/// `s.strip(chars)`; `None` strips Python whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strippable(chars))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strippable(chars))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strippable(chars))
}

/// `s` with `left` and `right` copies of `fill` around it, size-checked.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, String> {
    let extra = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()));
    let total = check_size(extra.and_then(|n| n.checked_add(s.len())))?;
    let mut out = String::with_capacity(total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// How many fill characters `width` asks for beyond `s`, if any.
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s);
    let width = usize::try_from(width).ok()?;
    (width > len).then(|| width - len)
}

/// `s.center(width, fill)`, with CPython's placement of the odd fill char.
pub fn center(s: &str, width: i64, fill: char) -> Result<String, String> {
    match margin(s, width) {
        None => Ok(s.to_string()),
        Some(marg) => {
            let left = marg / 2 + (marg & usize::try_from(width).unwrap_or(0) & 1);
            pad(s, left, marg - left, fill)
        }
    }
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, String> {
    pad(s, 0, margin(s, width).unwrap_or(0), fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, String> {
    pad(s, margin(s, width).unwrap_or(0), 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading `+` or `-`.
pub fn zfill(s: &str, width: i64) -> Result<String, String> {
    let Some(fill) = margin(s, width) else {
        return Ok(s.to_string());
    };
    match s.strip_prefix(['+', '-']) {
        Some(rest) => {
            let sign = if s.starts_with('+') { "+" } else { "-" };
            Ok(sign.to_string() + &pad(rest, fill, 0, '0')?)
        }
        None => pad(s, fill, 0, '0'),
    }
}

/// `s.expandtabs(tabsize)` as pieces: each code point with how many copies
/// of it the result holds (a tab becomes that many spaces). Columns count
/// code points and restart after `\n` and `\r`; a tab size `<= 0` removes
/// tabs.
fn tab_pieces(s: &str, tabsize: i64) -> impl Iterator<Item = (char, usize)> + '_ {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut col = 0usize;
    s.chars().map(move |c| {
        let copies = match c {
            '\t' if tab == 0 => 0,
            '\t' => tab - col % tab,
            _ => 1,
        };
        col = if matches!(c, '\n' | '\r') {
            0
        } else {
            col.saturating_add(copies)
        };
        (if c == '\t' { ' ' } else { c }, copies)
    })
}

/// The size in bytes of `s.expandtabs(tabsize)` (None: it overflows), so
/// that the caller can check it against the memory cap first.
pub fn expandtabs_size(s: &str, tabsize: i64) -> Option<usize> {
    tab_pieces(s, tabsize).try_fold(0usize, |acc, (c, n)| {
        n.checked_mul(c.len_utf8())?.checked_add(acc)
    })
}

/// `s.expandtabs(tabsize)` (see `tab_pieces`); the size is summed first so
/// that a huge tab size is refused before allocating.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, String> {
    let mut out = String::with_capacity(check_size(expandtabs_size(s, tabsize))?);
    for (c, copies) in tab_pieces(s, tabsize) {
        out.extend(std::iter::repeat_n(c, copies));
    }
    Ok(out)
}

/// The size in bytes of `s.replace(old, new, count)` (None: it overflows).
pub fn replace_size(s: &str, old: &str, new: &str, count: i64) -> Option<usize> {
    let max = limit(count);
    let hits = if old.is_empty() {
        char_len(s).saturating_add(1).min(max)
    } else {
        s.matches(old).take(max).count()
    };
    hits.checked_mul(new.len())?
        .checked_add(s.len())?
        .checked_sub(hits.checked_mul(old.len())?)
}

/// `s.replace(old, new, count)`; `count < 0` replaces all. An empty `old`
/// inserts `new` before every code point and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, String> {
    let max = limit(count);
    let hits = if old.is_empty() {
        char_len(s).saturating_add(1).min(max)
    } else {
        s.matches(old).take(max).count()
    };
    let size = hits
        .checked_mul(new.len())
        .and_then(|n| n.checked_add(s.len()))
        .map(|n| n - hits * old.len());
    let size = check_size(size)?;
    if !old.is_empty() {
        return Ok(s.replacen(old, new, hits));
    }
    let mut out = String::with_capacity(size);
    let mut left = hits;
    for c in s.chars() {
        if left > 0 {
            out.push_str(new);
            left -= 1;
        }
        out.push(c);
    }
    if left > 0 {
        out.push_str(new);
    }
    Ok(out)
}

// ---------------------------------------------------------------- case

/// Titlecase letters (category Lt), Unicode 14.0.
const TITLECASE: [u32; 20] = [
    0x1C5, 0x1C5, 0x1C8, 0x1C8, 0x1CB, 0x1CB, 0x1F2, 0x1F2, 0x1F88, 0x1F8F, 0x1F98, 0x1F9F, 0x1FA8,
    0x1FAF, 0x1FBC, 0x1FBC, 0x1FCC, 0x1FCC, 0x1FFC, 0x1FFC,
];

/// Whether `c` lies in one of the inclusive ranges `[lo0, hi0, lo1, hi1...]`.
fn in_ranges(c: char, table: &[u32]) -> bool {
    let cp = u32::from(c);
    table
        .chunks_exact(2)
        .any(|r| matches!(*r, [lo, hi] if (lo..=hi).contains(&cp)))
}

/// Python's `Py_UNICODE_ISTITLE`.
pub fn is_titlecase(c: char) -> bool {
    in_ranges(c, &TITLECASE)
}

/// Python's `_PyUnicode_IsCased`: lowercase, uppercase or titlecase.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The lowercase Rust's `str::to_lowercase` gives each `Σ` of `s`, in
/// order: it applies the same Final_Sigma rule as CPython's `lower_ucs4`.
fn sigma_forms(s: &str) -> std::vec::IntoIter<char> {
    let mut forms = Vec::new();
    if s.contains('Σ') {
        let lowered = s.to_lowercase();
        let mut low = lowered.chars();
        for c in s.chars() {
            if c == 'Σ' {
                forms.push(low.next().unwrap_or('σ'));
            } else {
                low.by_ref().take(c.to_lowercase().count()).for_each(drop);
            }
        }
    }
    forms.into_iter()
}

/// Pushes the lowercase of `c`; `sigma` is its contextual form if `c == 'Σ'`.
fn push_lower(out: &mut String, c: char, sigma: Option<char>) {
    match sigma {
        Some(form) => out.push(form),
        None => out.extend(c.to_lowercase()),
    }
}

/// Pushes Python's full titlecase mapping of `c` (`_PyUnicode_ToTitleFull`).
fn push_title(out: &mut String, c: char) {
    let cp = u32::from(c);
    let fixed = match cp {
        0x10D0..=0x10FA | 0x10FD..=0x10FF => cp,
        0x1C4..=0x1C6 => 0x1C5,
        0x1C7..=0x1C9 => 0x1C8,
        0x1CA..=0x1CC => 0x1CB,
        0x1F1..=0x1F3 => 0x1F2,
        0x1F80..=0x1FAF => cp | 8,
        0x1FB3 | 0x1FBC => 0x1FBC,
        0x1FC3 | 0x1FCC => 0x1FCC,
        0x1FF3 | 0x1FFC => 0x1FFC,
        _ => 0,
    };
    if let Some(t) = char::from_u32(fixed).filter(|_| fixed != 0) {
        return out.push(t);
    }
    let upper = c.to_uppercase();
    match cp {
        // Greek with ypogegrammeni: uppercase with the final IOTA written as
        // a combining ypogegrammeni.
        0x1FB2 | 0x1FB4 | 0x1FB7 | 0x1FC2 | 0x1FC4 | 0x1FC7 | 0x1FF2 | 0x1FF4 | 0x1FF7 => {
            out.extend(upper.filter(|&u| u != 'Ι'));
            out.push('\u{345}');
        }
        // Ligatures: only the first letter is capitalised.
        0xDF | 0x587 | 0xFB00..=0xFB17 => {
            let mut upper = upper;
            out.extend(upper.next());
            upper.for_each(|u| out.extend(u.to_lowercase()));
        }
        _ => out.extend(upper),
    }
}

/// `s.title()`: titlecase after an uncased character, lowercase after a
/// cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sigmas = sigma_forms(s);
    let mut prev_cased = false;
    for c in s.chars() {
        let sigma = if c == 'Σ' { sigmas.next() } else { None };
        if prev_cased {
            push_lower(&mut out, c, sigma)
        } else {
            push_title(&mut out, c)
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: first code point titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sigmas = sigma_forms(s);
    for (i, c) in s.chars().enumerate() {
        let sigma = if c == 'Σ' { sigmas.next() } else { None };
        if i == 0 {
            push_title(&mut out, c)
        } else {
            push_lower(&mut out, c, sigma)
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sigmas = sigma_forms(s);
    for c in s.chars() {
        let sigma = if c == 'Σ' { sigmas.next() } else { None };
        if c.is_uppercase() {
            push_lower(&mut out, c, sigma);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.casefold()`: per-character lowercase (no Final_Sigma) with the common
/// full case folds; see the module docs.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let fold = match c {
            'ß' | 'ẞ' => "ss",
            'ς' => "σ",
            'µ' => "μ",
            'ſ' => "s",
            'ﬀ' => "ff",
            'ﬁ' => "fi",
            'ﬂ' => "fl",
            'ﬃ' => "ffi",
            'ﬄ' => "ffl",
            'ﬅ' | 'ﬆ' => "st",
            _ => "",
        };
        if fold.is_empty() {
            out.extend(c.to_lowercase())
        } else {
            out.push_str(fold)
        }
    }
    out
}

// ---------------------------------------------------------------- predicates

/// The zero of every run of ten decimal digits (category Nd), Unicode 14.0.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Digits that are not decimal (superscripts, circled digits...), Unicode 14.0.
const OTHER_DIGITS: [u32; 40] = [
    0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080,
    0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF,
    0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68,
    0x11052, 0x1105A, 0x1F100, 0x1F10A,
];

/// Python's `str.isdecimal` for one character (exact for Unicode 14.0).
pub fn is_decimal(c: char) -> bool {
    let cp = u32::from(c);
    if cp < 0x80 {
        return c.is_ascii_digit();
    }
    DECIMAL_ZEROS.iter().any(|&z| (z..z + 10).contains(&cp))
}

/// Python's `str.isdigit` for one character.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(c, &OTHER_DIGITS)
}

/// Python's `str.isnumeric` for one character (approximate, see module docs).
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || c.is_numeric() || "〇一二三四五六七八九十百千万萬億兆零".contains(c)
}

/// Python's `str.isalpha` for one character (approximate, see module docs).
pub fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

/// Python's `str.isprintable` for one character (exact for Unicode 14.0:
/// unicode_printable.rs).
pub fn is_printable(c: char) -> bool {
    super::unicode_printable::is_printable(u32::from(c))
}

/// True when `s` is non-empty and every code point satisfies `pred`.
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isalnum()`: every code point is alphabetic or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| is_alpha(c) || is_numeric(c))
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.islower()`: some cased code point, and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    !s.chars().any(|c| c.is_uppercase() || is_titlecase(c)) && s.chars().any(char::is_lowercase)
}

/// `s.isupper()`: some cased code point, and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    !s.chars().any(|c| c.is_lowercase() || is_titlecase(c)) && s.chars().any(char::is_uppercase)
}

/// `s.istitle()`: uppercase/titlecase only after uncased code points,
/// lowercase only after cased ones, and at least one cased code point.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()` (exact for ASCII; see module docs).
pub fn isidentifier(s: &str) -> bool {
    let start = |c: char| c == '_' || c.is_alphabetic();
    let cont = |c: char| {
        start(c)
            || is_decimal(c)
            || "\u{b7}\u{387}\u{19da}\u{203f}\u{2040}\u{2054}\u{fe33}\u{fe34}\u{fe4d}\u{fe4e}\u{fe4f}\u{ff3f}".contains(c)
            || ('\u{300}'..='\u{36f}').contains(&c)
            || ('\u{1369}'..='\u{1371}').contains(&c)
    };
    let mut chars = s.chars();
    chars.next().is_some_and(start) && chars.all(cont)
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

// ---------------------------------------------------------------- repr

/// `repr(s)`: single quotes unless `s` holds `'` and no `"`; escapes `\\`,
/// the quote, `\t` `\n` `\r`, and non-printable code points as `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII is kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => {
                let cp = u32::from(c);
                let esc = if cp <= 0xFF {
                    format!("\\x{cp:02x}")
                } else if cp <= 0xFFFF {
                    format!("\\u{cp:04x}")
                } else {
                    format!("\\U{cp:08x}")
                };
                out.push_str(&esc);
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` of a bytes object: `b'...'` with the same quote rule as
/// [`str_repr`] and `\xNN` for bytes outside printable ASCII.
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_quoting(b, false)
}

/// The `b'...'` inside `repr(bytearray)`: as bytes's, except that CPython
/// escapes a single quote even inside double quotes (`bytearray(b"\x00\'")`).
pub fn bytearray_repr(b: &[u8]) -> String {
    bytes_repr_quoting(b, true)
}

fn bytes_repr_quoting(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote || (escape_single && byte == b'\'') => {
                out.push('\\');
                out.push(char::from(byte));
            }
            0x20..=0x7E => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    //! Edge cases with expected values from CPython 3.11; the full comparison
    //! tables live with the scratch crate that produced this file.
    use super::*;

    fn v(items: &[&str]) -> Result<Vec<String>, String> {
        Ok(items.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn search_uses_python_slice_rules() {
        assert_eq!(find("abc", "", Some(5), None), -1);
        assert_eq!(find("abc", "", Some(3), None), 3);
        assert_eq!(rfind("abc", "", None, None), 3);
        assert_eq!(count("abc", "", None, None), 4);
        assert_eq!(count("abc", "", Some(2), Some(1)), 0);
        assert_eq!(find("héllo wörld", "ö", None, None), 7);
        assert_eq!(rfind("ααβαα", "α", Some(1), Some(-1)), 3);
        assert_eq!(count("aaaa", "aa", None, None), 2);
        assert_eq!(find("日本語日本", "本", Some(-2), None), 4);
        assert_eq!(find("abcabc", "bc", Some(-100), Some(100)), 1);
    }

    #[test]
    fn splitting() {
        assert_eq!(split("a,b,,c,", Some(","), 2), v(&["a", "b", ",c,"]));
        assert_eq!(rsplit("a,b,,c,", Some(","), 2), v(&["a,b,", "c", ""]));
        assert_eq!(split("  a  b\tc\n ", None, 1), v(&["a", "b\tc\n "]));
        assert_eq!(rsplit("  a  b\tc\n ", None, 1), v(&["  a  b", "c"]));
        assert_eq!(split("a\u{1c}b\u{85}c", None, -1), v(&["a", "b", "c"]));
        assert_eq!(split("aaa", Some("aa"), -1), v(&["", "a"]));
        assert_eq!(rsplit("aaa", Some("aa"), -1), v(&["a", ""]));
        assert_eq!(split("", None, -1), v(&[]));
        assert_eq!(split("", Some(","), -1), v(&[""]));
        assert_eq!(split("a", Some(""), 1), Err("empty separator".to_string()));
        let lines = "a\nb\r\nc\rd\u{b}e\u{2029}";
        assert_eq!(Ok(splitlines(lines, false)), v(&["a", "b", "c", "d", "e"]));
        let kept = ["a\n", "b\r\n", "c\r", "d\u{b}", "e\u{2029}"];
        assert_eq!(Ok(splitlines(lines, true)), v(&kept));
        assert_eq!(Ok(splitlines("a\u{1f}b\n\n", false)), v(&["a\u{1f}b", ""]));
        let parts = ("a=b".to_string(), "=".to_string(), "c".to_string());
        assert_eq!(rpartition("a=b=c", "="), Ok(parts));
        assert_eq!(partition("a", ""), Err("empty separator".to_string()));
    }

    #[test]
    fn padding_and_limits() {
        assert_eq!(center("abc", 8, '*').as_deref(), Ok("**abc***"));
        assert_eq!(center("ab", 7, '-').as_deref(), Ok("---ab--"));
        assert_eq!(rjust("ü", 4, 'ß').as_deref(), Ok("ßßßü"));
        assert_eq!(ljust("abc", -5, ' ').as_deref(), Ok("abc"));
        assert_eq!(zfill("-42", 5).as_deref(), Ok("-0042"));
        assert_eq!(zfill("--", 4).as_deref(), Ok("-00-"));
        assert_eq!(expandtabs("a\n\tb", 3).as_deref(), Ok("a\n   b"));
        assert_eq!(expandtabs("ü\tb", 2).as_deref(), Ok("ü b"));
        assert_eq!(expandtabs("x\ty", -2).as_deref(), Ok("xy"));
        assert_eq!(replace("abc", "", "-", 2).as_deref(), Ok("-a-bc"));
        assert_eq!(replace("", "", "x", -1).as_deref(), Ok("x"));
        assert_eq!(replace("aaaa", "a", "bc", 3).as_deref(), Ok("bcbcbca"));
        assert!(center("a", i64::MAX, ' ').is_err());
        assert!(expandtabs("\t\t", i64::MAX).is_err());
        let big = "x".repeat(1 << 16);
        assert!(replace(&big, "", &big, -1).is_err());
        assert_eq!(strip("\u{1c}\u{1f}x\u{1e}", None), "x");
        assert_eq!(lstrip("abcba", Some("ab")), "cba");
        assert_eq!(rstrip("ab", Some("")), "ab");
    }

    #[test]
    fn case_mapping() {
        assert_eq!(title("they're bill's friends"), "They'Re Bill'S Friends");
        assert_eq!(title("ΣΑΣ ΑΣ Σ"), "Σας Ας Σ");
        assert_eq!(title("ǆemal ǈ Ǌ"), "ǅemal ǈ ǋ");
        assert_eq!(title("ßtraße ﬁne ﬃ"), "Sstraße Fine Ffi");
        assert_eq!(title("ᾳ ᾷ ῼ ᾀ"), "ᾼ \u{391}\u{342}\u{345} ῼ ᾈ");
        assert_eq!(capitalize("ὈΔΥΣΣΕΎΣ."), "Ὀδυσσεύς.");
        assert_eq!(swapcase("MiXeD ΣΣ"), "mIxEd σς");
        assert_eq!(swapcase("İ"), "i\u{307}");
        assert_eq!(casefold("Straße ΣΑΣ ς ﬁ"), "strasse σασ σ fi");
    }

    #[test]
    fn predicates() {
        assert!(!isdigit("") && !isalpha("") && isprintable("") && isascii(""));
        assert!(isdigit("²³") && !isdecimal("²³") && isnumeric("½一") && !isdigit("½"));
        assert!(isdecimal("٣𝟘") && !isalpha("Ⅻ") && isnumeric("Ⅻ"));
        assert!(isspace("\u{1c}\u{a0}\t") && !isspace("a b"));
        assert!(islower("ab1") && !islower("123") && isupper("AB1") && !isupper("ǅ"));
        assert!(istitle("Hello World") && !istitle("HeLLo") && istitle("ǅungla"));
        assert!(isidentifier("_x1") && !isidentifier("1x") && isidentifier("été"));
        assert!(isidentifier("x·y") && !isidentifier("a-b"));
        assert!(!isprintable("ab\u{7f}") && !isprintable("\u{200b}") && isprintable("\u{e0100}"));
    }

    #[test]
    fn reprs() {
        assert_eq!(str_repr("it's"), r#""it's""#);
        assert_eq!(str_repr("both ' and \""), r#"'both \' and "'"#);
        assert_eq!(str_repr("\t\n\r\0\u{7f}\\"), r"'\t\n\r\x00\x7f\\'");
        assert_eq!(str_repr("\u{80}\u{ad}ÿ日🎉"), r"'\x80\xadÿ日🎉'");
        assert_eq!(str_repr("\u{200b}\u{feff}"), r"'\u200b\ufeff'");
        assert_eq!(str_repr("\u{e0001}\u{10fffd}"), r"'\U000e0001\U0010fffd'");
        assert_eq!(bytes_repr(b"it's"), r#"b"it's""#);
        let bytes = bytes_repr(b"\\\t\0\x7f\xff'\"");
        assert_eq!(bytes, r#"b'\\\t\x00\x7f\xff\'"'"#);
    }

    #[test]
    fn indices_and_slices() {
        assert_eq!(slice_chars("héllo wörld", 1, 8, 2), "él ö");
        assert_eq!(slice_chars("héllo wörld", 10, -1, -1), "dlröw olléh");
        assert_eq!(slice_chars("日本語", 1, 2, 1), "本");
        assert_eq!(slice_chars("abc", 2, -1, i64::MIN), "c");
        assert_eq!(slice_chars("abc", 0, 3, 0), "");
        assert_eq!(char_len("héllo"), 5);
        assert_eq!(char_index_to_byte("héllo", 2), Some(3));
        assert_eq!(char_index_to_byte("héllo", 5), Some(6));
        assert_eq!(char_index_to_byte("héllo", 6), None);
        assert!(startswith("héllo", "él", Some(1), None) && !startswith("abc", "", Some(4), None));
        assert!(endswith("abc", "", Some(3), None));
    }
}
