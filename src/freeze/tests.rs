//! Tests of `freeze` and `thaw` called directly, and a run of the
//! `tests/python/freeze__*.py` programs with a stand-in `sandbox` module
//! (its `freeze`, `thaw` and `is_frozen`), so they are checked before the
//! runtime's own module exists.

use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::native;
use crate::vm::Vm;

const STACK: usize = 256 << 20;

fn sb_freeze(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    super::freeze(vm, &v)
}

fn sb_thaw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    super::thaw(vm, &v)
}

fn sb_is_frozen(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(match a.pos.first() {
        Some(Value::Obj(o)) => o.is_frozen(),
        _ => true,
    }))
}

thread_local! {
    /// What the stand-in `print` wrote.
    static OUT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// `print(*args, sep=' ', end='\n')`, into `OUT`.
fn sb_print(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    for (k, v) in a.kw {
        let t = vm.str(v)?;
        match crate::vm::eval::name_text(k).as_str() {
            "sep" => sep = t,
            "end" => end = t,
            _ => {}
        }
    }
    let mut line = Vec::new();
    for v in a.pos {
        line.push(vm.str(v)?);
    }
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.push_str(&line.join(&sep));
        o.push_str(&end);
    });
    Ok(Value::None)
}

/// A VM with a stand-in `sandbox` module and a `print` that is captured.
fn test_vm(stack: usize) -> Vm {
    let mut vm = Vm::new(stack);
    OUT.with(|o| o.borrow_mut().clear());
    let p = vm.intern("print");
    let b = vm.builtins.clone();
    let f = Value::Obj(native("print", sb_print, NativeKind::Function));
    vm.dict_set_str(&b, &p, f).expect("builtins");
    let m = vm.new_module("sandbox");
    if let Payload::Module(md) = m.payload() {
        let d = md.dict.clone();
        for (name, f) in [
            ("freeze", sb_freeze as crate::object::NativeFn),
            ("thaw", sb_thaw),
            ("is_frozen", sb_is_frozen),
        ] {
            let k = vm.intern(name);
            let f = Value::Obj(native(name, f, NativeKind::Function));
            vm.dict_set_str(&d, &k, f).expect("module dict");
        }
    }
    vm.modules.insert("sandbox".into(), m);
    vm
}

/// Run `src` as `__main__`: (stdout, the last line of the traceback if it
/// raised).
fn run_in(vm: &mut Vm, src: &str) -> (String, Option<String>, ObjRef) {
    let unit = crate::compile_source(src, "t.py").expect("compiles");
    let main = vm.new_module("__main__");
    let globals = match main.payload() {
        Payload::Module(m) => m.dict.clone(),
        _ => unreachable!(),
    };
    let r = vm.run_code_in(&unit, globals.clone());
    let err = r.err().map(|e| {
        let text = vm.format_exception(&e.0);
        text.trim_end().lines().last().unwrap_or("").to_string()
    });
    let out = OUT.with(|o| std::mem::take(&mut *o.borrow_mut()));
    (out, err, globals)
}

/// Run `f` on a thread with a stack of `size` bytes.
fn on_stack(size: usize, f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(size)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("test thread panicked");
}

fn global(vm: &mut Vm, g: &ObjRef, name: &str) -> Value {
    let k = vm.intern(name);
    vm.dict_get_str(g, &k)
        .expect("dict")
        .expect("global exists")
}

/// Every object reachable from `v` is frozen.
fn all_frozen(v: &Value) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut todo: Vec<ObjRef> = v.as_obj().cloned().into_iter().collect();
    while let Some(o) = todo.pop() {
        if !seen.insert(o.addr()) {
            continue;
        }
        if !o.is_frozen() {
            eprintln!("not frozen: {o:?}");
            return false;
        }
        let _ = crate::heap::trace::for_each_ref(o.payload(), &mut |c| todo.push(c.clone()));
    }
    true
}

#[test]
fn immediates_and_frozen_objects_are_themselves() {
    on_stack(STACK, || {
        let mut vm = test_vm(STACK);
        assert!(
            super::freeze(&mut vm, &Value::Int(3))
                .unwrap()
                .is(&Value::Int(3))
        );
        let t = Value::Obj(vm.types.int.clone());
        assert!(super::freeze(&mut vm, &t).unwrap().is(&t));
        let (_, err, g) = run_in(&mut vm, "x = [1, 'a', (2, 3), {'k': [4]}]\n");
        assert_eq!(err, None);
        let x = global(&mut vm, &g, "x");
        let f = super::freeze(&mut vm, &x).unwrap();
        assert!(!f.is(&x));
        assert!(all_frozen(&f));
        assert!(super::freeze(&mut vm, &f).unwrap().is(&f));
        let t = super::thaw(&mut vm, &f).unwrap();
        assert!(!t.as_obj().unwrap().is_frozen());
    });
}

#[test]
fn deep_nesting_freezes_and_thaws_without_recursion() {
    // A small stack: a freezer that recursed on the depth would overflow it.
    const SMALL: usize = 4 << 20;
    on_stack(SMALL, || {
        let mut vm = test_vm(SMALL);
        let (_, err, g) = run_in(
            &mut vm,
            "x = []\nfor i in range(1000000):\n    x = [x]\nd = {}\nfor i in range(300000):\n    d = {'k': d, 't': (d,)}\n",
        );
        assert_eq!(err, None);
        for name in ["x", "d"] {
            let x = global(&mut vm, &g, name);
            let f = super::freeze(&mut vm, &x).unwrap();
            let t = super::thaw(&mut vm, &f).unwrap();
            assert!(f.as_obj().unwrap().is_frozen());
            assert!(!t.as_obj().unwrap().is_frozen());
        }
    });
}

#[test]
fn freezing_keeps_sharing_and_cycles() {
    on_stack(STACK, || {
        let mut vm = test_vm(STACK);
        let (_, err, g) = run_in(
            &mut vm,
            "a = [1]\nx = [a, a]\nx.append(x)\nclass P:\n    def m(self):\n        return P\np = P()\np.me = p\ny = (x, p)\n",
        );
        assert_eq!(err, None);
        let y = global(&mut vm, &g, "y");
        let f = super::freeze(&mut vm, &y).unwrap();
        assert!(all_frozen(&f));
        let Some(Payload::Tuple(t)) = f.payload() else {
            panic!("tuple expected")
        };
        let Some(Payload::List(l)) = t[0].payload() else {
            panic!("list expected")
        };
        let l = l.borrow();
        assert!(l[0].is(&l[1]));
        assert!(l[2].is(&t[0]));
    });
}

/// The expectation block of a test program: stdout lines and the last line
/// of stderr, as tests/python/README.md describes.
fn expectation(text: &str) -> (Vec<String>, Option<String>) {
    let lines: Vec<&str> = text.trim_end().lines().collect();
    let mut k = lines.len();
    while k > 0 && lines[k - 1].starts_with('#') {
        k -= 1;
    }
    let mut out = Vec::new();
    let mut raise = None;
    let mut in_output = false;
    for l in &lines[k..] {
        if *l == "# Output:" {
            in_output = true;
        } else if let Some(r) = l.strip_prefix("# Raise: ") {
            raise = Some(r.to_string());
            in_output = false;
        } else if in_output {
            out.push(l.strip_prefix("# ").unwrap_or("").to_string());
        }
    }
    (out, raise)
}

#[test]
fn python_freeze_programs_with_a_stand_in_module() {
    on_stack(STACK, || {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().into_string().unwrap())
            .filter(|n| n.starts_with("freeze__") && n.ends_with(".py"))
            .collect();
        names.sort();
        let mut failures = Vec::new();
        for n in &names {
            let src = std::fs::read_to_string(dir.join(n)).unwrap();
            let (want_out, want_raise) = expectation(&src);
            let mut vm = test_vm(STACK);
            let (out, err, _) = run_in(&mut vm, &src);
            let out: Vec<String> = out.lines().map(str::to_string).collect();
            if out != want_out || err != want_raise {
                failures.push(format!(
                    "{n}:\n  expected {want_out:#?}\n  raise {want_raise:?}\n  got {out:#?}\n  raise {err:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}
