//! Tests of `freeze` and `thaw` called directly from Rust: what Python
//! programs cannot see (every reachable object frozen, no recursion on the
//! graph's depth). The semantics are tested by `tests/python/freeze__*.py`.

use crate::object::{ObjRef, Payload, Value};
use crate::vm::Vm;

const STACK: usize = 256 << 20;

fn test_vm(stack: usize) -> Vm {
    Vm::new(stack)
}

/// Run `src` as `__main__`: (the last line of the traceback if it raised,
/// the module's globals).
fn run_in(vm: &mut Vm, src: &str) -> (Option<String>, ObjRef) {
    let unit = crate::compiler::compile_module(src, "t.py").expect("compiles");
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
    (err, globals)
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
        let (err, g) = run_in(&mut vm, "x = [1, 'a', (2, 3), {'k': [4]}]\n");
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
        let (err, g) = run_in(
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
        let (err, g) = run_in(
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

#[test]
fn nothing_local_is_reachable_from_a_frozen_graph() {
    on_stack(STACK, || {
        let mut vm = test_vm(STACK);
        let src = "\
import math
K = 3
class Base:
    tag = 'b'
    def m(self):
        return K
class P(Base):
    def __init__(self):
        self.err = ValueError('x', [1])
        self.args = (1, {2: [3]})
    @property
    def prop(self):
        return math.floor(self.args[0])
    @staticmethod
    def s():
        return P
    @classmethod
    def c(cls):
        return cls
class L(list):
    pass
def outer():
    n = [0]
    def inner(x=n, *, y={'k': n}):
        return n, x, y
    return inner
p = P()
eg = ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', (KeyError([2]),))])
eg.add_note('note')
x = {'p': p, 'eg': eg, 'pm': p.m, 'inner': outer(), 'mod': math, 'cls': P, 'l': L([1, 2]),
     'fs': frozenset([(1, 'a')]), 'r': range(3), 'sl': slice(1, 2), 'b': b'x',
     'big': 2 ** 80, 'view': {1: 2}.items(), 'none': None}
";
        let (err, g) = run_in(&mut vm, src);
        assert_eq!(err, None);
        let x = global(&mut vm, &g, "x");
        let f = super::freeze(&mut vm, &x).unwrap();
        assert!(all_frozen(&f));
        let t = super::thaw(&mut vm, &f).unwrap();
        assert!(!t.as_obj().unwrap().is_frozen());
    });
}
