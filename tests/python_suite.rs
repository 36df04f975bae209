//! Runs every Python program in `tests/python` under sandpy (and under CPython
//! when `python3` is installed) and compares the outcome with the expectation
//! block at the end of the file. The format is described in
//! `tests/python/README.md`; `tests/python/check_cpython.py` applies the same
//! rules with CPython alone. The runner is `pyprog/mod.rs`.
//!
//! Environment:
//! - `SANDPY_TEST_FILTER=substr`: only run files whose name contains `substr`.
//! - `SANDPY_SKIP_CPYTHON=1`: do not run the programs under `python3`.

mod pyprog;

use std::path::Path;

/// The rc-plain build counts every reference without immortality, so it
/// cannot share objects between sandboxes (spawn is refused there); the
/// `sandbox__`, `proxy__` and `pool__` programs start sandboxes.
fn skip(path: &Path) -> bool {
    cfg!(feature = "rc-plain")
        && path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
            n.starts_with("sandbox__") || n.starts_with("proxy__") || n.starts_with("pool__")
        })
}

#[test]
fn python_programs() {
    pyprog::run_folder("python", env!("CARGO_BIN_EXE_sandpy"), skip);
}

/// The realistic scripts of tests/scripts (a log report, a JSON transform,
/// a hashing job, an iterator pipeline, a binary record reader; a dataclass
/// inventory with enum states through pprint, an argparse and logging CLI,
/// a date-range report, a decimal invoice, a csv summary with statistics):
/// programs in the style of users' batch jobs, each using several modules
/// at once, whose expected output is CPython's.
#[test]
fn realistic_scripts() {
    pyprog::run_folder("scripts", env!("CARGO_BIN_EXE_sandpy"), skip);
}

#[cfg(test)]
mod format_tests {
    use super::pyprog::{parse_expectation, sandpy_only, stderr_lines};

    #[test]
    fn sandpy_only_marker_is_the_first_line() {
        assert!(sandpy_only("# sandpy-only\nimport sandbox\n"));
        assert!(sandpy_only("# sandpy-only: the sandbox module\n"));
        assert!(!sandpy_only("import sandbox\n# sandpy-only\n"));
    }

    #[test]
    fn parses_output_and_raise() {
        let exp =
            parse_expectation("print(1)\n# Output:\n# 1\n#\n# Raise: ValueError: x\n").unwrap();
        assert_eq!(exp.stdout, vec!["1".to_string(), String::new()]);
        assert_eq!(exp.raise.as_deref(), Some("ValueError: x"));
        assert_eq!(exp.exit, 1);
        assert!(exp.traceback.is_none());
    }

    #[test]
    fn parses_exit_and_traceback() {
        let exp =
            parse_expectation("# a comment\nx\n# not a marker\n# Traceback:\n# T\n# Exit: 3\n\n")
                .unwrap();
        assert!(exp.stdout.is_empty());
        assert_eq!(exp.traceback, Some(vec!["T".to_string()]));
        assert_eq!(exp.exit, 3);
    }

    #[test]
    fn rejects_malformed_blocks() {
        assert!(parse_expectation("print(1)\n").is_err());
        assert!(parse_expectation("# Output:\n#bad\n").is_err());
        assert!(parse_expectation("# Raise: E: m\n# 1\n").is_err());
        assert!(parse_expectation("# Exit: x\n").is_err());
    }

    #[test]
    fn drops_caret_lines_and_paths() {
        let lines = stderr_lines(
            "  File \"/d/x.py\", line 1\n    ^^^^\n    ~~^~~\n    |     ^^^\n    | \nE: m\n",
            &["/d/".to_string()],
        );
        assert_eq!(
            lines,
            vec![
                "  File \"x.py\", line 1".to_string(),
                "    | ".to_string(),
                "E: m".to_string()
            ]
        );
    }
}
