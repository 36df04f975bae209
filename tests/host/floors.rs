//! The floors of the crate, checked on every build (`cargo test`).
//!
//! `src/` is split into floors, ground to top (docs/architecture.md draws
//! them). A file may use what its own floor and the floors below it define,
//! never what a floor above defines: the object model names no interpreter,
//! no sandbox, no queue, no proxy and no file. This test reads every
//! `crate::` path in `src/` (in `use` lines, grouped `use crate::{..}`
//! lists and inline paths) and fails on a path that climbs.
//!
//! The ground floors (bytecode and format, object, heap, compiler) are held
//! strictly. Between the upper floors some upward uses remain (the VM
//! reaches the runtime for its limits and the modules for `import`): they
//! are listed in `UPPER_ALLOWED`, file by file, and the list may only
//! shrink. A new upward use fails here with the file, the path and what to
//! do instead.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The floor of each top-level module of `src/`, ground (0) to top.
const FLOORS: &[(&str, u32)] = &[
    ("bytecode", 0),
    ("format", 0),
    ("object", 1),
    ("heap", 2),
    ("compiler", 3),
    ("vm", 4),
    ("types", 4),
    ("freeze", 4),
    ("builtins", 4),
    ("runtime", 5),
    ("proxy", 5),
    ("files", 5),
    ("modules", 6),
    ("runner", 6),
    ("fuzzing", 6),
    ("pystone_cmd", 6),
    ("main", 6),
    ("lib", 6),
];

/// The highest ground floor: files at or below it may not climb at all.
const GROUND: u32 = 3;

/// Upward uses between upper floors that exist today: (file, module used).
/// Remove an entry when its use goes; never add one without a reason in
/// docs/architecture.md.
const UPPER_ALLOWED: &[(&str, &str)] = &[
    ("builtins/mod.rs", "files"),
    ("proxy/client.rs", "modules"),
    ("proxy/service.rs", "runner"),
    ("runtime/api.rs", "modules"),
    ("runtime/spawn.rs", "runner"),
    ("types/mod.rs", "files"),
    ("types/mod.rs", "modules"),
    ("types/registry.rs", "files"),
    ("types/registry.rs", "modules"),
    ("types/registry.rs", "proxy"),
    ("types/registry.rs", "runtime"),
    ("vm/attr.rs", "proxy"),
    ("vm/call.rs", "proxy"),
    ("vm/import.rs", "modules"),
    ("vm/iter.rs", "files"),
    ("vm/iter.rs", "proxy"),
    ("vm/limits.rs", "runtime"),
    ("vm/mod.rs", "modules"),
    ("vm/mod.rs", "runtime"),
    ("vm/ops.rs", "proxy"),
    ("vm/sandbox.rs", "runtime"),
];

fn floor_of(module: &str) -> Option<u32> {
    FLOORS.iter().find(|(m, _)| *m == module).map(|(_, f)| *f)
}

/// The top-level module a file of `src/` belongs to.
fn module_of(rel: &Path) -> String {
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    first
        .unwrap_or_default()
        .trim_end_matches(".rs")
        .to_string()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The source without comments (line and block) and without string
/// literals, so that a path in a doc comment or a message does not count.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            // A char literal such as '"' (lifetimes have no closing quote).
            i += 3;
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            i += 2;
            while i < b.len() && b[i] != b'\'' {
                i += 1;
            }
            i += 1;
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

fn ident_at(s: &str, at: usize) -> String {
    s[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules named by `crate::` paths in `code`.
fn crate_uses(code: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut from = 0;
    while let Some(k) = code[from..].find("crate::") {
        let at = from + k + "crate::".len();
        from = at;
        // `$crate::` (macros) and paths such as `other_crate::` are not ours.
        let before = code[..at - "crate::".len()].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = code[at..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a::b, c, d::{e, f}}`: the first segment of each
            // item at depth one.
            let mut depth = 1;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => item_start = true,
                    c if depth == 1 && item_start && !c.is_whitespace() => {
                        used.insert(ident_at(group, i));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident_at(&code[at..], 0);
            if !name.is_empty() {
                used.insert(name);
            }
        }
    }
    used
}

#[test]
fn no_file_uses_a_floor_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 50, "src/ not found at {}", src.display());
    let mut faults = Vec::new();
    let mut upper_seen = BTreeSet::new();
    for path in &files {
        let rel = path.strip_prefix(&src).unwrap_or(path);
        let rel_s = rel.to_string_lossy().replace('\\', "/");
        let module = module_of(rel);
        let Some(mine) = floor_of(&module) else {
            faults.push(format!(
                "src/{rel_s}: module `{module}` has no floor: add it to FLOORS in tests/host/floors.rs \
                 and to the map in docs/architecture.md"
            ));
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for used in crate_uses(&code_only(&text)) {
            if used == module || used.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                continue;
            }
            // Items of lib.rs itself (`crate::compile_source`) are top floor.
            let theirs = floor_of(&used).unwrap_or(floor_of("lib").unwrap_or(u32::MAX));
            if theirs <= mine {
                continue;
            }
            if mine <= GROUND {
                faults.push(format!(
                    "src/{rel_s} (floor {mine}, `{module}`) uses `crate::{used}` (floor {theirs}): \
                     a ground floor may not name what is built above it. Move the item down \
                     (into `{module}` or below), or have the upper floor pass it in (a trait \
                     object, a function pointer, a host object: see object/host.rs)"
                ));
            } else if UPPER_ALLOWED.contains(&(rel_s.as_str(), used.as_str())) {
                upper_seen.insert((rel_s.clone(), used.clone()));
            } else {
                faults.push(format!(
                    "src/{rel_s} (floor {mine}, `{module}`) uses `crate::{used}` (floor {theirs}): \
                     a new upward use. Move the item to a floor at or below `{module}`'s, or \
                     pass it in from above"
                ));
            }
        }
    }
    for (file, used) in UPPER_ALLOWED {
        if !upper_seen.contains(&(file.to_string(), used.to_string())) {
            faults.push(format!(
                "UPPER_ALLOWED lists (\"{file}\", \"{used}\"), which is gone: remove the entry"
            ));
        }
    }
    assert!(faults.is_empty(), "floors broken:\n{}", faults.join("\n"));
}

#[test]
fn the_checker_sees_every_form_of_path() {
    let code = code_only(
        "use crate::vm::Vm;\n// crate::runtime in a comment\nlet s = \"crate::proxy\";\n\
         use crate::{files::File, heap, types::{a, b}};\nfn f() { crate::modules::x(); }\n\
         macro_rules! m { () => { $crate::runner::go() } }\nuse other_crate::builtins;",
    );
    let used: Vec<String> = crate_uses(&code).into_iter().collect();
    assert_eq!(used, ["files", "heap", "modules", "types", "vm"]);
}
