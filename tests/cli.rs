//! The `sandpy` command line: its commands, messages and exit statuses match
//! `python`'s conventions.

use std::process::Command;

fn sandpy(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sandpy"))
        .args(args)
        .output()
        .expect("run sandpy");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn version_and_help() {
    let (code, out, _) = sandpy(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("sandpy "), "{out}");
    let (code, out, _) = sandpy(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("run") && out.contains("--dis"), "{out}");
}

#[test]
fn dash_c_runs_code_with_argv() {
    let (code, out, _) = sandpy(&["-c", "import sys; print(sys.argv[1:])", "a", "b"]);
    assert_eq!(code, 0);
    assert_eq!(out, "['a', 'b']\n");
}

#[test]
fn run_file_and_exit_statuses() {
    let dir = std::env::temp_dir().join(format!("sandpy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ok = dir.join("ok.py");
    std::fs::write(
        &ok,
        "import sys\nprint('args', sys.argv[1:])\nsys.exit(4)\n",
    )
    .unwrap();
    let (code, out, _) = sandpy(&["run", ok.to_str().unwrap(), "x"]);
    assert_eq!(code, 4);
    assert_eq!(out, "args ['x']\n");

    let bad = dir.join("bad.py");
    std::fs::write(&bad, "x = 1\nif x\n    pass\n").unwrap();
    let (code, _, err) = sandpy(&["run", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("line 2") && err.contains("SyntaxError"),
        "{err}"
    );
    assert!(err.contains('^'), "a caret marks the error: {err}");

    let raises = dir.join("raises.py");
    std::fs::write(&raises, "def f():\n    raise ValueError('boom')\nf()\n").unwrap();
    let (code, _, err) = sandpy(&["run", raises.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("line 2, in f\n    raise ValueError('boom')"),
        "{err}"
    );
    assert!(err.ends_with("ValueError: boom\n"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn missing_file_and_bad_arguments_exit_2() {
    let (code, _, err) = sandpy(&["run", "/definitely/not/here.py"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("can't open file") && err.contains("[Errno 2]"),
        "{err}"
    );
    let (code, _, err) = sandpy(&["--no-such-flag"]);
    assert_eq!(code, 2);
    assert!(err.contains("--no-such-flag"), "{err}");
}

#[test]
fn dis_prints_bytecode() {
    let dir = std::env::temp_dir().join(format!("sandpy-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("d.py");
    std::fs::write(&f, "def f(x):\n    return x + 1\n").unwrap();
    let (code, out, _) = sandpy(&["--dis", f.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        out.contains("LoadFast") && out.contains("ReturnValue"),
        "{out}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
