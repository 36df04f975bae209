//! The runner shared by the test binaries that run Python programs
//! (`python_suite.rs` over `tests/python`, `security.rs` over
//! `tests/security`): each program runs under sandpy (and under CPython
//! when `python3` is installed and the program is not `# sandpy-only`) and
//! its outcome is compared with the expectation block at the end of the
//! file. The format is described in `tests/python/README.md`.
//!
//! Environment:
//! - `SANDPY_TEST_FILTER=substr`: only run files whose name contains `substr`.
//! - `SANDPY_SKIP_CPYTHON=1`: do not run the programs under `python3`.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// Wall-clock limit for one program under one interpreter.
const TIMEOUT: Duration = Duration::from_secs(20);
/// At most this many lines of a diff are printed per failure.
const MAX_DIFF_LINES: usize = 60;

/// What a test file expects, parsed from its trailing comment block.
#[derive(Debug)]
pub struct Expectation {
    pub stdout: Vec<String>,
    /// Full expected stderr (after normalisation), from `# Traceback:`.
    pub traceback: Option<Vec<String>>,
    /// Expected last line of stderr, from `# Raise: ...`.
    pub raise: Option<String>,
    pub exit: i32,
}

fn is_marker(line: &str) -> bool {
    line == "# Output:"
        || line == "# Traceback:"
        || line.starts_with("# Raise:")
        || line.starts_with("# Exit:")
}

/// Parses the expectation block; an error describes what is malformed.
pub fn parse_expectation(text: &str) -> Result<Expectation, String> {
    let mut lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let mut k = lines.len();
    while k > 0 && lines[k - 1].starts_with('#') {
        k -= 1;
    }
    let start = (k..lines.len())
        .find(|&i| is_marker(lines[i]))
        .ok_or_else(|| {
            "no expectation block ('# Output:', '# Raise: ...', '# Traceback:' or \
             '# Exit: N') at the end of the file"
                .to_string()
        })?;

    let mut output: Option<Vec<String>> = None;
    let mut traceback: Option<Vec<String>> = None;
    let mut raise: Option<String> = None;
    let mut exit: Option<i32> = None;
    // Which section content lines go to: 0 none, 1 output, 2 traceback.
    let mut section = 0;
    for (idx, line) in lines.iter().enumerate().skip(start) {
        let n = idx + 1;
        if *line == "# Output:" {
            if output.is_some() || traceback.is_some() || raise.is_some() || exit.is_some() {
                return Err(format!("line {n}: misplaced or repeated '# Output:'"));
            }
            output = Some(Vec::new());
            section = 1;
        } else if *line == "# Traceback:" {
            if traceback.is_some() || raise.is_some() || exit.is_some() {
                return Err(format!("line {n}: misplaced or repeated '# Traceback:'"));
            }
            traceback = Some(Vec::new());
            section = 2;
        } else if line.starts_with("# Raise:") {
            if raise.is_some() {
                return Err(format!("line {n}: repeated '# Raise:'"));
            }
            match line.strip_prefix("# Raise: ") {
                Some(rest) if !rest.trim().is_empty() => raise = Some(rest.to_string()),
                _ => return Err(format!("line {n}: expected '# Raise: ExcType: message'")),
            }
            section = 0;
        } else if let Some(rest) = line.strip_prefix("# Exit:") {
            if exit.is_some() {
                return Err(format!("line {n}: repeated '# Exit:'"));
            }
            match rest.trim().parse::<i32>() {
                Ok(code) => exit = Some(code),
                Err(_) => return Err(format!("line {n}: expected '# Exit: N' with an integer N")),
            }
            section = 0;
        } else {
            let content = if *line == "#" {
                String::new()
            } else if let Some(rest) = line.strip_prefix("# ") {
                rest.to_string()
            } else {
                return Err(format!(
                    "line {n}: expectation lines must be '#' or start with '# '"
                ));
            };
            match section {
                1 => output.as_mut().unwrap().push(content),
                2 => traceback.as_mut().unwrap().push(content),
                _ => {
                    return Err(format!(
                        "line {n}: text after '# Raise:'/'# Exit:' (they must be the last lines)"
                    ));
                }
            }
        }
    }
    let exit = exit.unwrap_or(if raise.is_some() || traceback.is_some() {
        1
    } else {
        0
    });
    Ok(Expectation {
        stdout: output.unwrap_or_default(),
        traceback,
        raise,
        exit,
    })
}

/// What one run of a program produced.
struct RunResult {
    /// Exit status; `None` when killed by a signal.
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

fn run_program(program: &str, args: &[&str], dir: &Path) -> Result<RunResult, String> {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    // Drain both pipes on their own threads so a chatty program cannot block.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let started = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if started.elapsed() > TIMEOUT {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().map_err(|e| format!("wait failed: {e}"))?;
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(RunResult {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        timed_out,
    })
}

/// Splits program output into lines (a final newline does not start a line).
fn out_lines(s: &str) -> Vec<String> {
    let mut lines: Vec<String> = s
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
        .collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// A line of CPython 3.11's `^`/`~` markers: only those, blanks and (inside
/// an exception group's box) the `|` margin.
fn is_caret_line(line: &str) -> bool {
    line.contains(['^', '~'])
        && line
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '^' | '~' | '|'))
}

/// stderr as lines: the test folder's absolute path (CPython names the script
/// by its absolute path) is removed and caret lines are dropped.
pub fn stderr_lines(stderr: &str, dir_prefixes: &[String]) -> Vec<String> {
    let mut text = stderr.to_string();
    for prefix in dir_prefixes {
        text = text.replace(prefix.as_str(), "");
    }
    out_lines(&text)
        .into_iter()
        .filter(|l| !is_caret_line(l))
        .collect()
}

/// A line diff (longest common subsequence): `-` lines are expected but
/// missing, `+` lines are produced but not expected.
fn diff(label: &str, expected: &[String], actual: &[String]) -> String {
    let mut msg = format!("  {label} differs (- expected, + actual):\n");
    let (n, m) = (expected.len(), actual.len());
    // lcs[i][j]: length of the LCS of expected[i..] and actual[j..].
    let mut ops: Vec<(char, &String)> = Vec::new();
    if n * m <= 4_000_000 {
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if expected[i] == actual[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && expected[i] == actual[j] {
                ops.push((' ', &expected[i]));
                i += 1;
                j += 1;
            } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
                ops.push(('+', &actual[j]));
                j += 1;
            } else {
                ops.push(('-', &expected[i]));
                i += 1;
            }
        }
    } else {
        ops.extend(expected.iter().map(|l| ('-', l)));
        ops.extend(actual.iter().map(|l| ('+', l)));
    }
    if n == 0 && m == 0 {
        return msg;
    }
    // Print changed lines with two lines of context around them.
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let keep = |k: usize| changed.iter().any(|&c| c.abs_diff(k) <= 2);
    let mut printed = 0;
    let mut skipped = false;
    for (k, (tag, line)) in ops.iter().enumerate() {
        if !keep(k) {
            skipped = true;
            continue;
        }
        if skipped {
            msg.push_str("    ...\n");
            skipped = false;
        }
        if printed >= MAX_DIFF_LINES {
            let _ = writeln!(msg, "    ... (diff cut at {MAX_DIFF_LINES} lines)");
            return msg;
        }
        let _ = writeln!(msg, "    {tag} {line:?}");
        printed += 1;
    }
    if skipped {
        msg.push_str("    ...\n");
    }
    msg
}

/// Compares one run with the expectation; returns the problems found.
fn check(exp: &Expectation, run: &RunResult, dir_prefixes: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    if run.timed_out {
        problems.push(format!("  timed out after {} s", TIMEOUT.as_secs()));
    }
    match run.code {
        Some(code) if code == exp.exit => {}
        Some(code) => problems.push(format!(
            "  exit status: expected {}, got {}",
            exp.exit, code
        )),
        None => problems.push(format!(
            "  exit status: expected {}, but the process was killed by a signal",
            exp.exit
        )),
    }
    let stdout = out_lines(&run.stdout);
    if stdout != exp.stdout {
        problems.push(diff("stdout", &exp.stdout, &stdout));
    }
    let err = stderr_lines(&run.stderr, dir_prefixes);
    if let Some(tb) = &exp.traceback
        && &err != tb
    {
        problems.push(diff("stderr", tb, &err));
    }
    if let Some(raise) = &exp.raise {
        let last = err.last().map(String::as_str).unwrap_or("");
        if last != raise {
            problems.push(format!(
                "  last line of stderr: expected {raise:?}, got {last:?}"
            ));
        }
    }
    if !problems.is_empty() && exp.traceback.is_none() && !run.stderr.trim().is_empty() {
        let lines = out_lines(&run.stderr);
        let tail = &lines[lines.len().saturating_sub(15)..];
        let mut s = String::from("  stderr was (last lines):\n");
        for l in tail {
            let _ = writeln!(s, "    | {l}");
        }
        problems.push(s.trim_end().to_string());
    }
    problems
}

fn cpython_available() -> bool {
    if std::env::var_os("SANDPY_SKIP_CPYTHON").is_some() {
        return false;
    }
    Command::new("python3")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The test programs of `dir` (sorted), less helpers (`_name.py`), those
/// not matching `filter` and those `skip` leaves out.
fn test_files(dir: &Path, filter: Option<&str>, skip: fn(&Path) -> bool) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_file())
        .filter(|entry| !skip(&entry.path()))
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| {
            name.ends_with(".py") && !name.starts_with('_') && name != "check_cpython.py"
        })
        .filter(|name| filter.is_none_or(|f| name.contains(f)))
        .collect();
    names.sort();
    names
}

/// A program that uses what CPython lacks (the `sandbox` module) says so on
/// its first line, `# sandpy-only` (optionally `: why`); it runs under sandpy
/// alone.
pub fn sandpy_only(text: &str) -> bool {
    text.lines()
        .next()
        .is_some_and(|l| l.trim_end().starts_with("# sandpy-only"))
}

/// Flags for `sandpy run` given by a leading comment line
/// `# sandpy-args: --allow-read data` (grants a program needs), split on
/// blanks.
pub fn sandpy_args(text: &str) -> Vec<String> {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# sandpy-args:"))
        .map(|rest| rest.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Runs one file under every interpreter; returns a report of its failures
/// (empty when it passed everywhere).
fn run_file(
    name: &str,
    dir: &Path,
    sandpy: &str,
    cpython: bool,
    dir_prefixes: &[String],
) -> String {
    let mut report = String::new();
    let text = match std::fs::read_to_string(dir.join(name)) {
        Ok(t) => t,
        Err(e) => return format!("FAIL {name}: cannot read the file: {e}\n"),
    };
    let exp = match parse_expectation(&text) {
        Ok(exp) => exp,
        Err(e) => return format!("FAIL {name}: malformed expectation block: {e}\n"),
    };
    let extra = sandpy_args(&text);
    let mut run_args = vec!["run"];
    run_args.extend(extra.iter().map(String::as_str));
    run_args.push(name);
    let mut interpreters: Vec<(&str, &str, Vec<&str>)> = vec![("sandpy", sandpy, run_args)];
    if cpython && !sandpy_only(&text) {
        interpreters.push(("CPython", "python3", vec![name]));
    }
    for (label, program, args) in interpreters {
        let problems = match run_program(program, &args, dir) {
            Ok(run) => check(&exp, &run, dir_prefixes),
            Err(e) => vec![format!("  {e}")],
        };
        if !problems.is_empty() {
            let _ = writeln!(report, "FAIL {name} ({label})");
            for p in problems {
                let _ = writeln!(report, "{}", p.trim_end());
            }
        }
    }
    report
}
/// Run every program of `tests/<folder>` (less those `skip` leaves out)
/// with the `sandpy` binary given; panics with a report if any fails.
pub fn run_folder(folder: &str, sandpy: &str, skip: fn(&Path) -> bool) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(folder);
    let filter = std::env::var("SANDPY_TEST_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let names = test_files(&dir, filter.as_deref(), skip);
    if names.is_empty() && filter.is_some() {
        // The filter picks programs of another folder.
        return;
    }
    assert!(
        !names.is_empty(),
        "no test programs found in {} (filter: {:?})",
        dir.display(),
        filter
    );
    let cpython = cpython_available();
    if !cpython {
        eprintln!(
            "note: not checking the expectations against CPython (python3 missing or SANDPY_SKIP_CPYTHON set)"
        );
    }
    let mut dir_prefixes = vec![format!("{}/", dir.display())];
    if let Ok(canon) = dir.canonicalize() {
        let canon = format!("{}/", canon.display());
        if !dir_prefixes.contains(&canon) {
            dir_prefixes.push(canon);
        }
    }

    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(names.len());
    let next = AtomicUsize::new(0);
    let reports: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(name) = names.get(i) else { break };
                    let report = run_file(name, &dir, sandpy, cpython, &dir_prefixes);
                    reports.lock().unwrap().push((i, report));
                }
            });
        }
    });

    let mut reports = reports.into_inner().unwrap();
    reports.sort_by_key(|(i, _)| *i);
    let failed: Vec<&str> = reports
        .iter()
        .filter(|(_, r)| !r.is_empty())
        .map(|(i, _)| names[*i].as_str())
        .collect();
    for (_, report) in &reports {
        if !report.is_empty() {
            eprint!("{report}");
        }
    }
    let passed = names.len() - failed.len();
    eprintln!("{} passed, {} failed", passed, failed.len());
    if !failed.is_empty() {
        eprintln!("failed files:");
        for name in &failed {
            eprintln!("  {name}");
        }
        panic!(
            "{} of {} Python test programs in tests/{folder} failed",
            failed.len(),
            names.len()
        );
    }
}
