//! The `os` module: the file functions (`listdir`, `remove`, `mkdir`,
//! `makedirs`, `rmdir`, `getcwd`) and `os.path` (`exists`, `isfile`,
//! `isdir` and the pure path functions). Everything that touches a file is
//! a request to the file controller (`crate::files`), which applies the
//! sandbox's grants; the path arithmetic is computed here, as POSIX
//! `posixpath` does. The working directory is always `/`.

use crate::builtins::{arg_or_kw, check_kw};
use crate::files::file::{controller, path_arg};
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::runtime::data::Data;
use crate::vm::Vm;

use super::{def, set};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "getcwd", getcwd)?;
    def(vm, d, "listdir", listdir)?;
    def(vm, d, "remove", remove)?;
    def(vm, d, "unlink", remove)?;
    def(vm, d, "rmdir", rmdir)?;
    def(vm, d, "mkdir", mkdir)?;
    def(vm, d, "makedirs", makedirs)?;
    for (k, v) in [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("linesep", "\n"),
        ("name", "posix"),
    ] {
        set(vm, d, k, Value::str(v))?;
    }
    let p = vm.new_module("posixpath");
    let pd = match p.payload() {
        Payload::Module(m) => m.dict.clone(),
        _ => return Ok(()),
    };
    def(vm, &pd, "exists", exists)?;
    def(vm, &pd, "isfile", isfile)?;
    def(vm, &pd, "isdir", isdir)?;
    def(vm, &pd, "join", join)?;
    def(vm, &pd, "basename", basename)?;
    def(vm, &pd, "dirname", dirname)?;
    def(vm, &pd, "split", split)?;
    def(vm, &pd, "splitext", splitext)?;
    def(vm, &pd, "abspath", abspath)?;
    def(vm, &pd, "normpath", normpath)?;
    def(vm, &pd, "isabs", isabs)?;
    set(vm, &pd, "sep", Value::str("/"))?;
    set(vm, d, "path", Value::Obj(p.clone()))?;
    // As in CPython, `os.path` is a module of its own name: `import
    // os.path` and `from os.path import join` find it here.
    vm.modules.insert("os.path".into(), p);
    Ok(())
}

/// One request to the controller about a path.
fn ask(vm: &mut Vm, method: &str, path: &str) -> PyResult<Data> {
    let s = controller(vm)?;
    vm.service_call(&s, method, vec![Data::Str(path.to_string())])
}

fn one_path(vm: &mut Vm, a: &Args, fname: &str, kw: &str) -> PyResult<String> {
    check_kw(vm, fname, a, &[kw])?;
    let Some(v) = arg_or_kw(a, 0, kw) else {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{kw}' (pos 1)"
        )));
    };
    path_arg(vm, &v, fname)
}

fn getcwd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "getcwd", a, 0, 0)?;
    Ok(Value::str("/"))
}

fn listdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "listdir", a, &["path"])?;
    let p = match arg_or_kw(a, 0, "path") {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => path_arg(vm, &v, "listdir")?,
    };
    let d = ask(vm, "listdir", &p)?;
    vm.local_from_data(&d)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_path(vm, a, "remove", "path")?;
    ask(vm, "remove", &p)?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_path(vm, a, "rmdir", "path")?;
    ask(vm, "rmdir", &p)?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "mkdir", a, &["path", "mode", "dir_fd"])?;
    let Some(v) = arg_or_kw(a, 0, "path") else {
        return Err(vm.type_error("mkdir() missing required argument 'path' (pos 1)"));
    };
    let p = path_arg(vm, &v, "mkdir")?;
    ask(vm, "mkdir", &p)?;
    Ok(Value::None)
}

/// `makedirs(name, mode=0o777, exist_ok=False)`: the missing parents first.
fn makedirs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "makedirs", a, &["name", "mode", "exist_ok"])?;
    let Some(v) = arg_or_kw(a, 0, "name") else {
        return Err(vm.type_error("makedirs() missing required argument 'name' (pos 1)"));
    };
    let name = path_arg(vm, &v, "makedirs")?;
    let exist_ok = match arg_or_kw(a, 2, "exist_ok") {
        Some(x) => vm.truthy(&x)?,
        None => false,
    };
    let mut chain = Vec::new();
    let mut cur = name.clone();
    loop {
        let (mut head, mut tail) = split_path(&cur);
        if tail.is_empty() {
            (head, tail) = split_path(&head);
        }
        if head.is_empty() || tail.is_empty() || head == cur {
            break;
        }
        chain.push(head.clone());
        cur = head;
    }
    for dir in chain.iter().rev() {
        if kind(vm, dir)?.is_empty() {
            ask(vm, "mkdir", dir)?;
        }
    }
    if exist_ok && kind(vm, &name)? == "dir" {
        return Ok(Value::None);
    }
    ask(vm, "mkdir", &name)?;
    Ok(Value::None)
}

/// "file", "dir" or "" for a path.
fn kind(vm: &mut Vm, p: &str) -> PyResult<String> {
    let d = ask(vm, "kind", p)?;
    Ok(d.as_str().unwrap_or("").to_string())
}

/// `exists`/`isfile`/`isdir`: False for what is absent, not a str, or holds
/// a NUL byte.
fn test_kind(vm: &mut Vm, a: &Args, fname: &str, want: &[&str]) -> PyResult<Value> {
    crate::builtins::positional(vm, fname, a, 1, 1)?;
    let Some(p) = a.pos[0].as_str().map(str::to_string) else {
        return Ok(Value::Bool(false));
    };
    if p.contains('\0') {
        return Ok(Value::Bool(false));
    }
    let k = kind(vm, &p)?;
    Ok(Value::Bool(want.contains(&k.as_str())))
}

fn exists(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    test_kind(vm, a, "exists", &["file", "dir"])
}

fn isfile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    test_kind(vm, a, "isfile", &["file"])
}

fn isdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    test_kind(vm, a, "isdir", &["dir"])
}

fn str_args(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<Vec<String>> {
    let mut out = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        match v.as_str() {
            Some(s) => out.push(s.to_string()),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{fname}() argument must be str, bytes, or os.PathLike object, not '{t}'"
                )));
            }
        }
    }
    Ok(out)
}

fn one_str(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<String> {
    crate::builtins::positional(vm, fname, a, 1, 1)?;
    Ok(str_args(vm, a, fname)?.remove(0))
}

fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let parts = str_args(vm, a, "join")?;
    let mut path = String::new();
    for (i, b) in parts.iter().enumerate() {
        if i == 0 || b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    Ok(Value::string(path))
}

/// posixpath.split.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_str(vm, a, "split")?;
    let (h, t) = split_path(&p);
    Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
}

fn basename(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_str(vm, a, "basename")?;
    Ok(Value::string(split_path(&p).1))
}

fn dirname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_str(vm, a, "dirname")?;
    Ok(Value::string(split_path(&p).0))
}

fn splitext(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_str(vm, a, "splitext")?;
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let dot = p.rfind('.').map_or(-1, |i| i as i64);
    if dot > sep {
        let start = (sep + 1) as usize;
        if p.as_bytes()[start..dot as usize].iter().any(|&c| c != b'.') {
            let (root, ext) = p.split_at(dot as usize);
            return Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]));
        }
    }
    Ok(Value::tuple(vec![Value::string(p), Value::str("")]))
}

/// posixpath.normpath.
pub fn normpath_str(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial = usize::from(path.starts_with('/'));
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for c in path.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() { ".".to_string() } else { out }
}

fn normpath(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_str(vm, a, "normpath")?;
    Ok(Value::string(normpath_str(&p)))
}

fn abspath(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_str(vm, a, "abspath")?;
    let p = if p.starts_with('/') {
        p
    } else {
        format!("/{p}")
    };
    Ok(Value::string(normpath_str(&p)))
}

fn isabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = one_str(vm, a, "isabs")?;
    Ok(Value::Bool(p.starts_with('/')))
}

#[cfg(test)]
mod tests {
    use super::{normpath_str, split_path};

    #[test]
    fn paths_split_and_normalise_as_posixpath() {
        assert_eq!(split_path("a/b/c"), ("a/b".into(), "c".into()));
        assert_eq!(split_path("/a"), ("/".into(), "a".into()));
        assert_eq!(split_path("a//b/"), ("a//b".into(), "".into()));
        assert_eq!(normpath_str("a/./b/../../.."), "..");
        assert_eq!(normpath_str("/../x//y/"), "/x/y");
        assert_eq!(normpath_str(""), ".");
    }
}
