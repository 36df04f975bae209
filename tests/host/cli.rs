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
    // What follows the script is its argv, even words that are options of
    // sandpy (an argparse script's `--help`, `--time`, `-c`).
    let (code, out, _) = sandpy(&[
        "run",
        "--time",
        "20s",
        ok.to_str().unwrap(),
        "--help",
        "--time",
        "5",
        "-c",
        "x",
    ]);
    assert_eq!(code, 4);
    assert_eq!(out, "args ['--help', '--time', '5', '-c', 'x']\n");

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

#[test]
fn caps_on_the_command_line_end_the_program_with_status_124() {
    let dir = std::env::temp_dir().join(format!("sandpy-cli-caps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spin = dir.join("spin.py");
    std::fs::write(
        &spin,
        "print('start')\ntry:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\n",
    )
    .unwrap();
    let spin = spin.to_str().unwrap();
    let t0 = std::time::Instant::now();
    let (code, out, err) = sandpy(&["run", "--time", "300ms", spin]);
    assert_eq!((code, out.as_str()), (124, "start\n"), "{err}");
    assert!(
        err.starts_with("sandpy: time limit 300ms exceeded after 30"),
        "{err}"
    );
    assert!(t0.elapsed() < std::time::Duration::from_secs(5));
    let (code, _, err) = sandpy(&["run", "--instructions", "100000", spin]);
    assert_eq!(code, 124);
    assert!(
        err.starts_with("sandpy: instruction limit 100000 exceeded ("),
        "{err}"
    );
    let (code, _, err) = sandpy(&["run", "--cpu", "0.2", spin]);
    assert_eq!(code, 124);
    assert!(
        err.starts_with("sandpy: cpu time limit 200ms exceeded after"),
        "{err}"
    );

    let rec = dir.join("rec.py");
    std::fs::write(&rec, "def f(n):\n    return f(n + 1)\nf(0)\n").unwrap();
    let (code, _, err) = sandpy(&["run", "--recursion", "50", rec.to_str().unwrap()]);
    assert_eq!(code, 124);
    assert_eq!(err, "sandpy: recursion limit 50 exceeded (51 used)\n");

    let big = dir.join("big.py");
    std::fs::write(&big, "x = 'y' * 10**9\nprint('never')\n").unwrap();
    let (code, out, err) = sandpy(&["run", "--memory", "16M", big.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (124, ""));
    assert!(
        err.starts_with("sandpy: memory limit 16M exceeded: a result of 953.7M was refused"),
        "{err}"
    );

    let talk = dir.join("talk.py");
    std::fs::write(&talk, "while True:\n    print('z' * 9)\n").unwrap();
    let (code, out, err) = sandpy(&["run", "--max-output", "1K", talk.to_str().unwrap()]);
    assert_eq!(code, 124);
    assert_eq!(out.len(), 1020, "whole lines only, within the cap");
    assert!(err.starts_with("sandpy: output limit 1K exceeded"), "{err}");

    // Bad cap values are refused before anything runs.
    let (code, _, err) = sandpy(&["run", "--memory", "lots", spin]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "sandpy: --memory: invalid memory 'lots': use a size such as 64M, 512K, 1G or 4096\n"
    );
    let (code, _, err) = sandpy(&["run", "--time", "soon", spin]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("sandpy: --time: invalid time 'soon'"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn finalizers_report_their_errors_and_stay_within_the_caps() {
    let (code, out, err) = sandpy(&[
        "-c",
        "class C:\n    def __del__(self):\n        print('del')\n        1 / 0\nc = C()\ndel c\nprint('after')\n",
    ]);
    assert_eq!((code, out.as_str()), (0, "del\nafter\n"), "{err}");
    assert!(
        err.starts_with("Exception ignored in: <function C.__del__ at 0x"),
        "{err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );

    // A finalizer that runs at exit is under the program's caps: a loop
    // there ends the program as a loop anywhere else does.
    let dir = std::env::temp_dir().join(format!("sandpy-cli-del-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spin = dir.join("spin_del.py");
    std::fs::write(
        &spin,
        "class C:\n    def __del__(self):\n        while True:\n            pass\nc = C()\nprint('end')\n",
    )
    .unwrap();
    let t0 = std::time::Instant::now();
    let (code, out, err) = sandpy(&["run", "--time", "300ms", spin.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (124, "end\n"), "{err}");
    assert!(
        err.starts_with("sandpy: time limit 300ms exceeded"),
        "{err}"
    );
    assert!(t0.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn dash_c_takes_the_grant_flags_and_leaves_what_follows_to_argv() {
    let dir = std::env::temp_dir().join(format!("sandpy-cli-c-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("in.txt"), "data\n").unwrap();
    let d = dir.to_str().unwrap();
    let code = format!("import sys; print(open('{d}/in.txt').read().strip(), sys.argv[1:])");
    for head in [&["-c"][..], &["run", "-c"][..]] {
        // Without a grant the file does not exist for the program.
        let mut args: Vec<&str> = head.to_vec();
        args.extend([code.as_str(), "x"]);
        let (status, _, err) = sandpy(&args);
        assert_eq!(status, 1, "{err}");
        assert!(err.contains("FileNotFoundError"), "{err}");
        // With it, it does; flags after CODE are the program's.
        let mut args: Vec<&str> = vec![];
        if head.len() == 2 {
            args.push("run");
        }
        args.extend(["--allow-read", d, "--memory", "64M", "-c", code.as_str()]);
        args.extend(["--allow-write", "/", "-c", "x"]);
        let (status, out, err) = sandpy(&args);
        assert_eq!(status, 0, "{err}");
        assert_eq!(out, "data ['--allow-write', '/', '-c', 'x']\n");
    }
    // A cap given before -c applies.
    let (status, _, err) = sandpy(&["--time", "200ms", "-c", "while True: pass"]);
    assert_eq!(status, 124, "{err}");
    let (status, _, err) = sandpy(&["run"]);
    assert_eq!(status, 2, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_mount_under_tmp_beats_the_in_memory_tmp() {
    // A real directory under /tmp, granted writable: the program's writes
    // reach it (the in-memory /tmp does not shadow it), and the rest of
    // /tmp stays in memory.
    let dir =
        std::path::Path::new("/tmp").join(format!("sandpy-cli-tmpmount-{}", std::process::id()));
    let out_dir = dir.join("job/out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let o = out_dir.to_str().unwrap();
    let code = format!(
        "import os\n\
         with open('{o}/result.txt', 'w') as f: f.write('reached disk')\n\
         with open('/tmp/scratch.txt', 'w') as f: f.write('memory')\n\
         print(os.listdir('{o}'), sorted(os.listdir('/tmp')))\n"
    );
    let (status, out, err) = sandpy(&["run", "--allow-write", o, "-c", &code]);
    assert_eq!(status, 0, "{err}");
    assert_eq!(out, "['result.txt'] ['scratch.txt']\n");
    assert_eq!(
        std::fs::read_to_string(out_dir.join("result.txt")).unwrap(),
        "reached disk"
    );
    assert!(
        !std::path::Path::new("/tmp/scratch.txt").exists() || {
            // Another process may own a /tmp/scratch.txt: it is not ours.
            std::fs::read_to_string("/tmp/scratch.txt").ok().as_deref() != Some("memory")
        }
    );
    // Read-only: the host directory is seen, writing into it is refused.
    let code = format!("print(open('{o}/result.txt').read()); open('{o}/x', 'w')");
    let (status, out, err) = sandpy(&["run", "--allow-read", o, "-c", &code]);
    assert_eq!((status, out.as_str()), (1, "reached disk\n"), "{err}");
    assert!(err.contains("PermissionError"), "{err}");
    assert!(!out_dir.join("x").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
