//! The file controller end to end: `sandpy run --allow-read data/
//! --allow-write out/` on a scratch directory reads and writes exactly
//! there and nowhere else; symlinks that leave a mount are refused; caps on
//! files created and bytes written stop the program (status 124) before the
//! bytes land; the /tmp quota is ENOSPC; usage is visible; no message names
//! a host path. Plus the embedding API's `mount`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A scratch directory with `data/` (two files, symlinks out of it),
/// `out/` (empty) and `secret/` (never granted).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sandpy-files-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data/sub")).unwrap();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::create_dir_all(dir.join("secret")).unwrap();
    std::fs::write(dir.join("data/in.txt"), "one\ntwo\n").unwrap();
    std::fs::write(dir.join("data/sub/deep.txt"), "deep\n").unwrap();
    std::fs::write(dir.join("secret/key.txt"), "TOP SECRET\n").unwrap();
    let link = |target: &Path, at: &str| std::os::unix::fs::symlink(target, dir.join(at)).unwrap();
    link(&dir.join("secret/key.txt"), "data/key_link");
    link(&dir.join("secret"), "data/secret_dir");
    link(Path::new("/etc/passwd"), "data/passwd");
    link(&dir.join("secret/new.txt"), "out/dangling");
    link(&dir.join("data/in.txt"), "data/inside_link");
    dir
}

fn run(dir: &Path, flags: &[&str], script: &str) -> (i32, String, String) {
    std::fs::write(dir.join("prog.py"), script).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sandpy"))
        .arg("run")
        .args(flags)
        .arg("prog.py")
        .current_dir(dir)
        .output()
        .expect("run sandpy");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const PROBE: &str = r#"
import os
def t(label, f):
    try:
        print(label, "OK", repr(f()))
    except (OSError, ValueError) as e:
        print(label, type(e).__name__, e)

t("read", lambda: open("data/in.txt").read())
t("read deep", lambda: open("/data/sub/deep.txt").read())
t("symlink inside", lambda: open("data/inside_link").read())
t("symlink to secret", lambda: open("data/key_link").read())
t("symlink dir", lambda: open("data/secret_dir/key.txt").read())
t("symlink listdir", lambda: os.listdir("data/secret_dir"))
t("symlink /etc/passwd", lambda: open("data/passwd").read())
t("exists link", lambda: os.path.exists("data/key_link"))
t("dangling write", lambda: open("out/dangling", "w").write("x"))
t("secret", lambda: open("secret/key.txt").read())
t("dot-dot", lambda: open("data/../secret/key.txt").read())
t("write data", lambda: open("data/new.txt", "w"))
t("write out", lambda: open("out/result.txt", "w").write("written\n"))
t("mkdir out", lambda: os.makedirs("out/a/b"))
t("write deep", lambda: open("out/a/b/c.txt", "w").write("c"))
t("listdir root", lambda: os.listdir("/"))
t("listdir data", lambda: os.listdir("data"))
t("remove link", lambda: os.remove("out/dangling"))
import sandbox
u = sandbox.usage()
print("usage", u["files"], u["written"])
"#;

#[test]
fn a_program_reads_and_writes_exactly_where_it_was_granted() {
    let dir = scratch("grants");
    let (code, out, err) = run(
        &dir,
        &["--allow-read", "data/", "--allow-write", "out/"],
        PROBE,
    );
    assert_eq!(code, 0, "{out}\n{err}");
    let expected = "\
read OK 'one\\ntwo\\n'
read deep OK 'deep\\n'
symlink inside OK 'one\\ntwo\\n'
symlink to secret PermissionError [Errno 13] Permission denied: 'data/key_link'
symlink dir PermissionError [Errno 13] Permission denied: 'data/secret_dir/key.txt'
symlink listdir PermissionError [Errno 13] Permission denied: 'data/secret_dir'
symlink /etc/passwd PermissionError [Errno 13] Permission denied: 'data/passwd'
exists link OK False
dangling write PermissionError [Errno 13] Permission denied: 'out/dangling'
secret FileNotFoundError [Errno 2] No such file or directory: 'secret/key.txt'
dot-dot FileNotFoundError [Errno 2] No such file or directory: 'data/../secret/key.txt'
write data PermissionError [Errno 13] Permission denied: 'data/new.txt'
write out OK 8
mkdir out OK None
write deep OK 1
listdir root OK ['data', 'out', 'tmp']
listdir data OK ['in.txt', 'inside_link', 'key_link', 'passwd', 'secret_dir', 'sub']
remove link OK None
usage 2 9
";
    assert_eq!(out, expected);
    // The writes landed in out/ and nowhere else; the dangling link's
    // target was never created; the secret is untouched.
    assert_eq!(
        std::fs::read_to_string(dir.join("out/result.txt")).unwrap(),
        "written\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("out/a/b/c.txt")).unwrap(),
        "c"
    );
    assert!(!dir.join("secret/new.txt").exists());
    assert!(!dir.join("data/new.txt").exists());
    assert!(std::fs::symlink_metadata(dir.join("out/dangling")).is_err());
    let mut secret: Vec<_> = std::fs::read_dir(dir.join("secret"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    secret.sort();
    assert_eq!(secret, vec![std::ffi::OsString::from("key.txt")]);
    // No host path in anything the program saw.
    let host = dir.display().to_string();
    assert!(!out.contains(&host) && !err.contains(&host), "{out}\n{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_grants_nothing_exists_but_tmp() {
    let dir = scratch("none");
    let (code, out, err) = run(
        &dir,
        &[],
        "import os\nprint(os.listdir('/'))\ntry:\n    open('data/in.txt')\nexcept OSError as e:\n    print(e)\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "['tmp']\n[Errno 2] No such file or directory: 'data/in.txt'\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn caps_stop_the_program_before_the_bytes_land() {
    let dir = scratch("caps");
    // One temp file up to 4K.
    let script = "\
import sandbox
f = open('/tmp/a', 'w')
f.write('x' * 4000)
print(sandbox.usage()['files'], sandbox.usage()['written'], sandbox.limits()['written'])
try:
    f.write('y' * 200)
except BaseException as e:
    print('caught', e)
print('not reached')
";
    let (code, out, err) = run(&dir, &["--max-files", "1", "--max-written", "4K"], script);
    assert_eq!(code, 124, "{out}\n{err}");
    assert_eq!(out, "1 4000 4096\n");
    assert!(err.contains("write limit 4K exceeded"), "{err}");
    // A second file is past the files cap.
    let script = "open('/tmp/a', 'w').close()\nopen('/tmp/a', 'w').close()\nprint('reopened')\nopen('out/b', 'w')\nprint('not reached')\n";
    let (code, out, err) = run(&dir, &["--allow-write", "out", "--max-files", "1"], script);
    assert_eq!(code, 124, "{out}\n{err}");
    assert_eq!(out, "reopened\n");
    assert!(err.contains("file limit 1 exceeded"), "{err}");
    assert!(!dir.join("out/b").exists());
    // 20 MB in all: the write that passes it is refused whole.
    let script = "\
f = open('out/big', 'wb')
for i in range(25):
    f.write(b'z' * (1 << 20))
";
    let (code, _out, err) = run(
        &dir,
        &["--allow-write", "out", "--max-written", "20M"],
        script,
    );
    assert_eq!(code, 124, "{err}");
    assert!(err.contains("write limit 20M exceeded"), "{err}");
    assert_eq!(
        std::fs::metadata(dir.join("out/big")).unwrap().len(),
        20 << 20
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_tmp_quota_is_enospc() {
    let dir = scratch("quota");
    let script = "\
import os
f = open('/tmp/q', 'wb')
f.write(b'a' * 3000)
try:
    f.write(b'b' * 2000)
except OSError as e:
    print(type(e).__name__, e.errno, e)
f.close()
os.remove('/tmp/q')
open('/tmp/r', 'wb').write(b'c' * 4000)
print('space back', len(open('/tmp/r', 'rb').read()))
";
    let (code, out, err) = run(&dir, &["--tmp-size", "4K"], script);
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(
        out,
        "OSError 28 [Errno 28] No space left on device\nspace back 4000\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn open_files_are_capped_and_released() {
    let dir = scratch("open");
    let script = "\
fs = []
try:
    for i in range(300):
        fs.append(open('data/in.txt'))
except OSError as e:
    print(len(fs), e)
fs = None
for i in range(1000):
    with open('data/in.txt') as f:
        f.read()
for i in range(1000):
    open('data/in.txt').read()
print('ok')
";
    let (code, out, err) = run(&dir, &["--allow-read", "data"], script);
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(
        out,
        "256 [Errno 24] Too many open files: 'data/in.txt'\nok\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hosts_mount_directories_from_rust() {
    use sandpy::{Data, Runtime};
    let dir = scratch("api");
    let rt = Runtime::with_captured_output();
    let h = rt
        .sandbox()
        .builtins()
        .module("os")
        .mount(dir.join("data"), "/input", false)
        .mount(dir.join("out"), "/output", true)
        .spawn_source(
            "import os\n\
             text = open('/input/in.txt').read()\n\
             open('/output/copy.txt', 'w').write(text.upper())\n\
             result = [os.listdir('/'), os.path.exists('/tmp')]",
        )
        .unwrap();
    let r = h.join().unwrap().to_data().unwrap();
    assert_eq!(
        r,
        Data::List(vec![
            Data::List(vec![Data::from("input"), Data::from("output")]),
            Data::Bool(false),
        ])
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("out/copy.txt")).unwrap(),
        "ONE\nTWO\n"
    );
    // A child asks for less and gets it.
    let h = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .module("os")
        .mount(dir.join("data"), "/input", false)
        .tmp(1024)
        .spawn_source(
            "import sandbox\n\
             def peek():\n    import os\n    return os.listdir('/')\n\
             result = sandbox.spawn(peek, _config=sandbox.Config(read=['/input/sub'], modules=['os'])).join()",
        )
        .unwrap();
    assert_eq!(
        h.join().unwrap().to_data().unwrap(),
        Data::List(vec![Data::from("input")])
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every way of touching a path, one line of outcomes (the error class, or
/// OK) for each path it is given.
const SYMLINK_PROBE: &str = r#"
import os, sys
def t(f):
    try:
        f()
        return "OK"
    except (OSError, ValueError) as e:
        return type(e).__name__
def w(p):
    with open(p, "w") as f:
        f.write("x")
for p in sys.argv[1:]:
    ops = [t(lambda: open(p).read()), t(lambda: w(p)), str(os.path.exists(p)),
           str(os.path.isdir(p)), t(lambda: os.listdir(p)), t(lambda: os.mkdir(p))]
    if "/" in p[len("data/"):]:
        ops.append(t(lambda: os.remove(p)))
    print(p, " ".join(ops))
"#;

#[test]
fn a_symlink_out_of_a_mount_fails_the_same_whatever_its_target() {
    let dir = scratch("links");
    let link = |target: &Path, at: &str| std::os::unix::fs::symlink(target, dir.join(at)).unwrap();
    // Out of the mount: to a directory, to a file, to nothing, to a path
    // under a file, to a path under nothing, round in a loop, through
    // another link, and by `..`.
    link(&dir.join("secret/none.txt"), "data/to_nothing");
    link(Path::new("/nonexistent-sandpy/dir"), "data/to_nothing_dir");
    link(Path::new("/etc/passwd/x"), "data/to_under_file");
    link(Path::new("/etc"), "data/to_etc");
    link(Path::new("loop_b"), "data/loop_a");
    link(Path::new("loop_a"), "data/loop_b");
    link(Path::new("key_link"), "data/chain");
    link(Path::new("../secret"), "data/dotdot");
    let names = [
        "key_link",
        "secret_dir",
        "passwd",
        "to_nothing",
        "to_nothing_dir",
        "to_under_file",
        "to_etc",
        "loop_a",
        "chain",
        "dotdot",
    ];
    for suffix in ["", "/key.txt", "/passwd", "/none", "/x/y"] {
        let paths: Vec<String> = names.iter().map(|n| format!("data/{n}{suffix}")).collect();
        std::fs::write(dir.join("prog.py"), SYMLINK_PROBE).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_sandpy"))
            .arg("run")
            .args(["--allow-write", "data", "prog.py"])
            .args(&paths)
            .current_dir(&dir)
            .output()
            .expect("run sandpy");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(0), "{text}");
        let rows: Vec<&str> = text
            .lines()
            .map(|l| l.split_once(' ').map_or("", |(_, r)| r))
            .collect();
        assert_eq!(rows.len(), names.len(), "{text}");
        assert!(rows.iter().all(|r| *r == rows[0]), "{suffix}:\n{text}");
        let expected = if suffix.is_empty() {
            "PermissionError PermissionError False False PermissionError PermissionError"
        } else {
            "PermissionError PermissionError False False PermissionError PermissionError \
             PermissionError"
        };
        assert_eq!(rows[0], expected, "{suffix}:\n{text}");
    }
    // Nothing was created or removed outside the mount.
    assert!(!dir.join("secret/none.txt").exists());
    assert!(dir.join("secret/key.txt").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn imports_read_through_the_controller_within_the_scripts_directory() {
    let dir = scratch("imports");
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::fs::write(dir.join("app/real.py"), "NAME = 'real'\n").unwrap();
    std::fs::write(dir.join("secret/stolen.py"), "NAME = 'stolen'\n").unwrap();
    std::fs::write(dir.join("data/in_data.py"), "NAME = 'in data'\n").unwrap();
    let link = |target: &Path, at: &str| std::os::unix::fs::symlink(target, dir.join(at)).unwrap();
    link(Path::new("real.py"), "app/alias.py");
    link(&dir.join("secret/stolen.py"), "app/out.py");
    link(&dir.join("secret/gone.py"), "app/gone.py");
    link(Path::new("../secret/stolen.py"), "app/dotdot.py");
    link(Path::new("/etc/passwd"), "app/passwd.py");
    std::fs::create_dir_all(dir.join("app/pkg.py")).unwrap();
    let script = r#"
import sandbox
def probe():
    out = []
    for n in ["real", "alias", "out", "gone", "dotdot", "passwd", "pkg", "in_data", "stolen"]:
        try:
            out.append(n + "=" + __import__(n).NAME)
        except ImportError as e:
            out.append(n + ":" + type(e).__name__)
    return " ".join(out)
print(probe())
print(sandbox.spawn(probe, _config=sandbox.Config(read=[], write=[])).join())
"#;
    std::fs::write(dir.join("app/prog.py"), script).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sandpy"))
        .args(["run", "--allow-read", "data", "app/prog.py"])
        .current_dir(&dir)
        .output()
        .expect("run sandpy");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{text}{err}");
    let none = "ModuleNotFoundError";
    assert_eq!(
        text,
        format!(
            "real=real alias=real out:{none} gone:{none} dotdot:{none} passwd:{none} \
             pkg:{none} in_data:{none} stolen:{none}\n\
             real:{none} alias:{none} out:{none} gone:{none} dotdot:{none} passwd:{none} \
             pkg:{none} in_data:{none} stolen:{none}\n"
        )
    );
    let _ = std::fs::remove_dir_all(&dir);
}
