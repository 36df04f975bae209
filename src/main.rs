//! The `sandpy` command line, shaped like `python`'s.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Memory caps (`--memory`, `Config(memory=...)`) count every allocation;
/// the library leaves installing the counter to its host, and this is it.
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

#[derive(Parser)]
#[command(
    name = "sandpy",
    version,
    about = "A Python 3 runtime for parallel sandboxes",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(flatten)]
    caps: Box<Caps>,
    /// Run CODE as the main program (like `python -c`; the caps and grants
    /// of `sandpy run` come before it, what follows it is sys.argv[1:]).
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    /// Print the bytecode of FILE instead of running it.
    #[arg(long = "dis", value_name = "FILE")]
    dis: Option<PathBuf>,
    /// Arguments after `-c CODE` (sys.argv[1:]).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python file, or `-c CODE` (caps and grants: see `sandpy run --help`).
    Run {
        #[command(flatten)]
        caps: Box<Caps>,
        /// Run CODE instead of a file (what follows it is sys.argv[1:]).
        #[arg(short = 'c', value_name = "CODE")]
        code: Option<String>,
        /// The script to run.
        file: Option<PathBuf>,
        /// Arguments passed to the script as sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run the bundled Pystone benchmark in one or more sandboxes at once.
    Pystone {
        /// Passes per sandbox.
        #[arg(default_value_t = 50_000)]
        loops: u64,
        /// How many sandboxes run it at the same time.
        #[arg(long, short = 't', default_value_t = 1)]
        threads: usize,
    },
}

/// Caps and grants of `sandpy run`. A program stopped at a cap prints
/// `sandpy: <limit> exceeded ...` on stderr and exits with status 124.
#[derive(clap::Args, Default)]
struct Caps {
    /// Memory cap (bytes, or a size: 64M, 1G).
    #[arg(long, value_name = "SIZE")]
    memory: Option<String>,
    /// Wall-time cap (seconds, or 500ms, 2s).
    #[arg(long, value_name = "DURATION")]
    time: Option<String>,
    /// CPU-time cap (seconds, or 500ms, 2s).
    #[arg(long, value_name = "DURATION")]
    cpu: Option<String>,
    /// Cap on bytecode instructions run.
    #[arg(long, value_name = "N")]
    instructions: Option<String>,
    /// Cap on the depth of Python calls.
    #[arg(long, value_name = "N")]
    recursion: Option<String>,
    /// Cap on the bytes printed (stdout and stderr).
    #[arg(long = "max-output", value_name = "SIZE")]
    max_output: Option<String>,
    /// Cap on the files the program creates.
    #[arg(long = "max-files", value_name = "N")]
    max_files: Option<String>,
    /// Cap on the bytes the program writes to files (a size: 4K, 20M).
    #[arg(long = "max-written", value_name = "SIZE")]
    max_written: Option<String>,
    /// Cap on the sandboxes alive at once, the program's own included
    /// (default 1000).
    #[arg(long = "max-sandboxes", value_name = "N")]
    max_sandboxes: Option<String>,
    /// Mount the host directory DIR read-only (repeatable): a relative DIR
    /// is seen at `/DIR` (and, from the working directory `/`, as `DIR`),
    /// an absolute one at its own path. Nothing else on the host exists
    /// for the program.
    #[arg(long = "allow-read", value_name = "DIR")]
    allow_read: Vec<PathBuf>,
    /// Mount the host directory DIR read-write (repeatable; implies read).
    #[arg(long = "allow-write", value_name = "DIR")]
    allow_write: Vec<PathBuf>,
    /// Show the host's environment variable NAME to the program in
    /// `os.environ` (repeatable; its value is read when the program starts;
    /// an unset NAME is left out). Without it the environment is empty.
    #[arg(long = "allow-env", value_name = "NAME")]
    allow_env: Vec<String>,
    /// Size of the program's in-memory /tmp (default 16M; 0: no /tmp).
    #[arg(long = "tmp-size", value_name = "SIZE")]
    tmp_size: Option<String>,
}

impl Caps {
    fn grants(&self) -> Result<sandpy::Grants, String> {
        use sandpy::runtime::limits::{check, parse_cap};
        use sandpy::{Limits, Mount, Resource};
        let mut limits = Limits::none();
        for (r, v) in [
            (Resource::Memory, &self.memory),
            (Resource::WallTime, &self.time),
            (Resource::CpuTime, &self.cpu),
            (Resource::Instructions, &self.instructions),
            (Resource::Recursion, &self.recursion),
            (Resource::Output, &self.max_output),
            (Resource::Files, &self.max_files),
            (Resource::Written, &self.max_written),
            (Resource::Sandboxes, &self.max_sandboxes),
        ] {
            if let Some(text) = v {
                let flag = match r {
                    Resource::Output => "--max-output".to_string(),
                    Resource::Files => "--max-files".to_string(),
                    Resource::Written => "--max-written".to_string(),
                    Resource::Sandboxes => "--max-sandboxes".to_string(),
                    _ => format!("--{}", r.key()),
                };
                let cap = parse_cap(r, text).map_err(|e| format!("{flag}: {e}"))?;
                limits.set(r, Some(cap));
            }
        }
        if limits.get(Resource::Sandboxes).is_none() {
            limits.set(
                Resource::Sandboxes,
                Some(sandpy::runtime::limits::DEFAULT_MAX_SANDBOXES),
            );
        }
        check(&limits).map_err(|e| e.to_string())?;
        let mut g = sandpy::Grants::pure();
        g.limits = limits;
        if let Some(t) = &self.tmp_size {
            let size = parse_cap(Resource::Memory, t).map_err(|e| {
                format!(
                    "--tmp-size: {}",
                    e.replacen("invalid memory", "invalid size", 1)
                )
            })?;
            g.tmp = (size > 0).then_some(size);
        }
        for (list, writable, flag) in [
            (&self.allow_write, true, "--allow-write"),
            (&self.allow_read, false, "--allow-read"),
        ] {
            for dir in list {
                let m = Mount::new(dir, None, writable).map_err(|e| format!("{flag} {e}"))?;
                if !g.mounts.iter().any(|x| x.at == m.at) {
                    g.mounts.push(m);
                }
            }
        }
        for name in &self.allow_env {
            if let Some(value) = std::env::var_os(name) {
                let value = value.to_string_lossy().into_owned();
                if !g.env.iter().any(|(n, _)| n == name) {
                    g.env.push((name.clone(), value));
                }
            }
        }
        Ok(g)
    }
}

/// The options that take a value as the next word (`--memory 64M`).
const VALUED: [&str; 14] = [
    "--dis",
    "--memory",
    "--time",
    "--cpu",
    "--instructions",
    "--recursion",
    "--max-output",
    "--max-files",
    "--max-written",
    "--max-sandboxes",
    "--allow-read",
    "--allow-write",
    "--allow-env",
    "--tmp-size",
];

/// As `python -c CODE ARGS` does, everything after `-c CODE` is the
/// program's argv, never an option of sandpy: split the command line there.
/// Returns the words before `-c` (for clap), and CODE with the words after
/// it when `-c` is given (top level or after `run`) before any positional
/// word.
fn split_at_code(words: Vec<String>) -> (Vec<String>, Option<(String, Vec<String>)>) {
    let mut i = 1;
    while i < words.len() {
        let w = words[i].as_str();
        if w == "--" {
            break;
        }
        if w == "-c" {
            if i + 1 >= words.len() {
                // clap reports the missing value.
                break;
            }
            let rest = words[i + 2..].to_vec();
            let code = words[i + 1].clone();
            let mut head = words;
            head.truncate(i);
            return (head, Some((code, rest)));
        }
        if let Some(code) = w.strip_prefix("-c") {
            let (code, rest) = (code.to_string(), words[i + 1..].to_vec());
            let mut head = words;
            head.truncate(i);
            return (head, Some((code, rest)));
        }
        if VALUED.contains(&w) {
            i += 2;
            continue;
        }
        if w.starts_with('-') || (i == 1 && w == "run") {
            i += 1;
            continue;
        }
        // A positional word: a script, or another subcommand.
        break;
    }
    (words, None)
}

/// As `python FILE ARGS` does, everything after the script of `sandpy run`
/// is the program's argv, never an option of sandpy (`sandpy run cli.py
/// --help` shows the script's help): split the command line after FILE.
/// Returns the words up to FILE (for clap), and the words after it when
/// there is one.
fn split_at_file(words: Vec<String>) -> (Vec<String>, Option<Vec<String>>) {
    if words.get(1).map(String::as_str) != Some("run") {
        return (words, None);
    }
    let mut i = 2;
    while i < words.len() {
        let w = words[i].as_str();
        if w == "--" {
            break;
        }
        if VALUED.contains(&w) {
            i += 2;
            continue;
        }
        if w.starts_with('-') {
            i += 1;
            continue;
        }
        let rest = words[i + 1..].to_vec();
        let mut head = words;
        head.truncate(i + 1);
        return (head, Some(rest));
    }
    (words, None)
}

fn read_file(path: &PathBuf) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| {
        let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        let text = e.to_string();
        let text = text.split(" (os error").next().unwrap_or(&text).to_string();
        eprintln!(
            "sandpy: can't open file '{}': [Errno {}] {}",
            shown.display(),
            e.raw_os_error().unwrap_or(2),
            text
        );
        ExitCode::from(2)
    })
}

fn main() -> ExitCode {
    let words: Vec<String> = match std::env::args_os()
        .map(|w| w.into_string())
        .collect::<Result<_, _>>()
    {
        Ok(w) => w,
        Err(w) => {
            eprintln!(
                "sandpy: argument is not valid UTF-8: {}",
                w.to_string_lossy()
            );
            return ExitCode::from(2);
        }
    };
    let (head, code) = split_at_code(words);
    let (head, script_args) = match code {
        Some(_) => (head, None),
        None => split_at_file(head),
    };
    let mut cli = Cli::parse_from(head);
    if let (Some(rest), Some(Command::Run { args, .. })) = (script_args, &mut cli.command) {
        *args = rest;
    }
    if let Some((code, rest)) = code {
        match &mut cli.command {
            Some(Command::Run { code: c, args, .. }) => {
                *c = Some(code);
                *args = rest;
            }
            _ => {
                cli.code = Some(code);
                cli.rest = rest;
            }
        }
    }
    if let Some(path) = cli.dis {
        let src = match read_file(&path) {
            Ok(s) => s,
            Err(c) => return c,
        };
        return match sandpy::compile_source(&src, &path.display().to_string()) {
            Ok(unit) => {
                print!("{}", sandpy::bytecode::dis::disassemble(&unit));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        };
    }
    if let Some(code) = cli.code {
        return run_code(&cli.caps, code, cli.rest);
    }
    if let Some(first) = cli.rest.first() {
        eprintln!(
            "sandpy: unexpected argument '{first}'. Try `sandpy run FILE`, `sandpy -c CODE` or `sandpy --help`."
        );
        return ExitCode::from(2);
    }
    match cli.command {
        Some(Command::Run {
            caps,
            code: Some(code),
            args,
            ..
        }) => run_code(&caps, code, args),
        Some(Command::Run {
            code: None,
            file: None,
            ..
        }) => {
            eprintln!("sandpy run: nothing to run. Give a FILE or -c CODE.");
            ExitCode::from(2)
        }
        Some(Command::Run {
            caps,
            code: None,
            file: Some(file),
            args,
        }) => {
            let grants = match caps.grants() {
                Ok(g) => g,
                Err(e) => {
                    eprintln!("sandpy: {e}");
                    return ExitCode::from(2);
                }
            };
            let src = match read_file(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            let name = file.display().to_string();
            let mut argv = vec![name.clone()];
            argv.extend(args);
            let status = sandpy::runner::run_source_with(src, name, argv, grants);
            ExitCode::from(status.clamp(0, 255) as u8)
        }
        Some(Command::Pystone { loops, threads }) => match sandpy::pystone_cmd::run(loops, threads)
        {
            Ok(r) => {
                for (i, f) in r.per_sandbox.iter().enumerate() {
                    println!(
                        "sandbox {i}: Pystone(1.2) time for {} passes = {:.4}; {:.0} pystones/second",
                        r.loops, f.seconds, f.pystones
                    );
                }
                println!(
                    "aggregate: {:.0} pystones/second in {} sandboxes ({:.0} by wall clock over {:.3} s)",
                    r.aggregate,
                    r.per_sandbox.len(),
                    r.wall_aggregate,
                    r.wall_seconds
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("sandpy: pystone failed: {e}");
                ExitCode::from(1)
            }
        },
        None => {
            eprintln!(
                "sandpy: nothing to run. Try `sandpy run FILE`, `sandpy -c CODE` or `sandpy --help`."
            );
            ExitCode::from(2)
        }
    }
}

/// `-c CODE`: run CODE as `<string>` with the grants of the flags before
/// it; sys.argv is `['-c', ARGS...]`.
fn run_code(caps: &Caps, code: String, rest: Vec<String>) -> ExitCode {
    let grants = match caps.grants() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("sandpy: {e}");
            return ExitCode::from(2);
        }
    };
    let mut argv = vec!["-c".to_string()];
    argv.extend(rest);
    let status = sandpy::runner::run_source_with(code, "<string>".into(), argv, grants);
    ExitCode::from(status.clamp(0, 255) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The command-line splits (`split_at_code`, `split_at_file`) skip an
    /// option's value only when `VALUED` names the option.
    #[test]
    fn valued_names_every_option_that_takes_a_value() {
        let cli = Cli::command();
        let run = cli.find_subcommand("run").expect("run").clone();
        for arg in cli.get_arguments().chain(run.get_arguments()) {
            if arg.is_positional() || !arg.get_action().takes_values() {
                continue;
            }
            if let Some(long) = arg.get_long() {
                let name = format!("--{long}");
                assert!(VALUED.contains(&name.as_str()), "{name} is not in VALUED");
            }
        }
    }
}
