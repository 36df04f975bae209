//! Runs every program in `tests/security`: one per known route out of a
//! Python sandbox (frames, `__subclasses__` walks, foreign `__globals__`,
//! `__builtins__` tricks, mutation of builtin types and frozen objects, ...),
//! each printing what the route gave and ending with the expectation block
//! that shows it closed (format: `tests/python/README.md`). Most are
//! `# sandpy-only`: CPython would let them out. The table of routes is in
//! `docs/security.md`, section "Escape routes".
//!
//! `SANDPY_TEST_FILTER=substr` runs a subset, as for `python_suite`.

use crate::pyprog;

use std::path::Path;

/// Under rc-plain sandboxes cannot share objects and spawn is refused: the
/// programs that start a child sandbox are left out there.
fn skip(path: &Path) -> bool {
    cfg!(feature = "rc-plain")
        && std::fs::read_to_string(path).is_ok_and(|t| t.contains("sandbox.spawn"))
}

#[test]
fn escape_routes_are_closed() {
    pyprog::run_folder("security", env!("CARGO_BIN_EXE_sandpy"), skip);
}
