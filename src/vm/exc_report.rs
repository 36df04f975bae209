//! The CPython 3.11 report of an uncaught exception, byte for byte: chained
//! causes and contexts first, the traceback, `Type: message`, the notes;
//! an exception group in the nested box format:
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 1, in <module>
//!   | ExceptionGroup: msg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +---------------- 2 ----------------
//!     | TypeError: 2
//!     +------------------------------------
//! ```
//!
//! Invariants (CPython's `print_exception_recursive` and friends):
//! - a traceback shows its innermost `TB_LIMIT` entries, outermost first,
//!   and a run of one place past `TB_REPEATS` as "[Previous line repeated
//!   N more times]";
//! - every line of an exception printed inside a group starts with the
//!   margin of its nesting (`2 * depth` spaces, then `| `);
//! - a group shows at most `MAX_GROUP_WIDTH` members ("and N more
//!   exceptions") and nests at most `MAX_GROUP_DEPTH` deep;
//! - each exception is printed once (`seen`), however often it is reached
//!   as a cause, context or member; the recursion is bounded by
//!   `MAX_LEVELS`, so no guest structure takes the Rust stack down.

use std::collections::HashSet;

use crate::object::{ObjRef, TbEntry, Value};
use crate::types::exception_group::{group_parts, is_sequence};

use super::Vm;
use super::exc::exc_data;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// How deep causes, contexts and members are followed.
const MAX_LEVELS: usize = 200;
/// The innermost entries of a traceback that are shown (CPython's
/// default `sys.tracebacklimit`).
const TB_LIMIT: usize = 1000;
/// How often the same place is shown in a row before "[Previous line
/// repeated N more times]".
const TB_REPEATS: usize = 3;

const CAUSE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:\n";

struct Report {
    out: String,
    /// Group nesting (CPython's `exception_group_depth`).
    depth: usize,
    /// The last member of a group still owes its closing line.
    need_close: bool,
    seen: HashSet<usize>,
    levels: usize,
}

impl Report {
    fn indent(&mut self) {
        for _ in 0..2 * self.depth {
            self.out.push(' ');
        }
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 { "| " } else { "" }
    }

    /// The indent and the margin that start a line.
    fn start_line(&mut self) {
        self.indent();
        let m = self.margin();
        self.out.push_str(m);
    }
}

impl Vm {
    /// The full CPython-style report of an uncaught exception.
    pub fn format_exception(&mut self, e: &ObjRef) -> String {
        let mut r = Report {
            out: String::new(),
            depth: 0,
            need_close: false,
            seen: HashSet::new(),
            levels: 0,
        };
        self.report_recursive(e, &mut r);
        r.out
    }

    fn report_recursive(&mut self, e: &ObjRef, r: &mut Report) {
        if r.levels >= MAX_LEVELS {
            return;
        }
        r.levels += 1;
        self.report_chain(e, r);
        let v = Value::Obj(e.clone());
        match group_parts(&v) {
            Some((_, excs)) => self.report_group(e, &excs, r),
            None => self.report_one(e, r),
        }
        r.levels -= 1;
    }

    /// The cause, or else the context (unless suppressed), printed before
    /// the exception with the line that links them.
    fn report_chain(&mut self, e: &ObjRef, r: &mut Report) {
        r.seen.insert(e.addr());
        let Some(d) = exc_data(e) else { return };
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let (linked, msg) = match (cause, context) {
            (Value::Obj(c), _) => (c, CAUSE),
            (_, Value::Obj(c)) if !suppress => (c, CONTEXT),
            _ => return,
        };
        if r.seen.contains(&linked.addr()) {
            return;
        }
        let need_close = r.need_close;
        self.report_recursive(&linked, r);
        r.need_close = need_close;
        r.start_line();
        r.out.push('\n');
        r.start_line();
        r.out.push_str(msg);
        r.start_line();
        r.out.push('\n');
    }

    fn report_group(&mut self, e: &ObjRef, excs: &[Value], r: &mut Report) {
        if r.depth > MAX_GROUP_DEPTH {
            r.start_line();
            r.out
                .push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        let top = r.depth == 0;
        if top {
            r.depth = 1;
        }
        self.report_one(e, r);
        let shown = excs.len().min(MAX_GROUP_WIDTH + 1);
        r.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                r.need_close = true;
            }
            r.indent();
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                r.out
                    .push_str(&format!("{lead}+---------------- ... ----------------\n"));
            } else {
                r.out.push_str(&format!(
                    "{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            r.depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                r.start_line();
                r.out.push_str(&format!("and {more} more exception{s}\n"));
            } else if let Value::Obj(member) = &excs[i] {
                self.report_recursive(member, r);
            }
            if last && r.need_close {
                r.indent();
                r.out.push_str("+------------------------------------\n");
                r.need_close = false;
            }
            r.depth -= 1;
        }
        if top {
            r.depth = 0;
        }
    }

    /// One exception: its traceback, where a SyntaxError is, `Type:
    /// message`, its notes.
    fn report_one(&mut self, e: &ObjRef, r: &mut Report) {
        let v = Value::Obj(e.clone());
        let tb: Vec<TbEntry> = exc_data(e)
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            let is_group = group_parts(&v).is_some();
            r.indent();
            let header_margin = match (is_group, r.depth) {
                (true, 1) => "+ ",
                _ => r.margin(),
            };
            r.out.push_str(header_margin);
            r.out.push_str(if is_group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            });
            // Outermost first, the last TB_LIMIT entries only; a run of
            // the same place shows TB_REPEATS times, then a count.
            let mut last: Option<(&str, u32, &str)> = None;
            let mut count = 0;
            for entry in tb.iter().take(TB_LIMIT).rev() {
                let unit = &entry.code.unit;
                let here = (&*unit.source.name, entry.line, &*unit.name);
                if last != Some(here) {
                    repeated(r, count);
                    last = Some(here);
                    count = 0;
                }
                count += 1;
                if count > TB_REPEATS {
                    continue;
                }
                r.start_line();
                r.out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    unit.source.name, entry.line, unit.name
                ));
                if let Some(src) = unit.source.line(entry.line) {
                    let t = src.trim();
                    if !t.is_empty() {
                        r.start_line();
                        r.out.push_str(&format!("    {t}\n"));
                    }
                }
            }
            repeated(r, count);
        }
        r.start_line();
        if let Some((location, msg)) = crate::types::syntax_error::report(self, &v) {
            // CPython shows where a SyntaxError is (the margin on the
            // first line only), then `Type: msg`.
            r.out.push_str(&location);
            r.start_line();
            let cls = self.type_of(&v);
            let name = self.class_name(&cls);
            if msg.is_empty() {
                r.out.push_str(&name);
            } else {
                r.out.push_str(&format!("{name}: {msg}"));
            }
        } else {
            let line = self.exc_line(e);
            r.out.push_str(&line);
        }
        r.out.push('\n');
        self.report_notes(&v, r);
    }

    /// `__notes__`: each note's lines after the margin, a newline after
    /// each note; the repr of a `__notes__` that is not a sequence.
    fn report_notes(&mut self, v: &Value, r: &mut Report) {
        let key = self.intern("__notes__");
        let Ok(notes) = self.getattr(v, &key) else {
            return;
        };
        if !is_sequence(self, &notes) {
            r.start_line();
            let text = self
                .repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            r.out.push_str(&text);
            return;
        }
        let Ok(items) = self.collect(&notes) else {
            return;
        };
        for note in &items {
            match self.str(note) {
                Ok(text) => {
                    for line in split_lines_keepends(&text) {
                        r.start_line();
                        r.out.push_str(line);
                    }
                }
                Err(_) => r.out.push_str("<note str() failed>"),
            }
            r.out.push('\n');
        }
    }
}

/// The line that stands for a run of `count` entries of the same place
/// past the first `TB_REPEATS`: with no margin, even inside a group's box,
/// as CPython 3.11 prints it.
fn repeated(r: &mut Report, count: usize) {
    if count <= TB_REPEATS {
        return;
    }
    let more = count - TB_REPEATS;
    let s = if more > 1 { "s" } else { "" };
    r.out
        .push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
}

/// `str.splitlines(keepends=True)` for the line breaks a note may hold.
fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '\r' => match chars.peek() {
                Some((j, '\n')) => {
                    let j = *j;
                    chars.next();
                    j + 1
                }
                _ => i + 1,
            },
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}'
            | '\u{2029}' => i + c.len_utf8(),
            _ => continue,
        };
        lines.push(&s[start..end]);
        start = end;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}
