//! Tests of the local cycle collector (heap/local_gc.rs) on programs run by
//! a VM: they live on the VM floor, since the heap floor names no VM.

use crate::heap::local_gc::collect;
use crate::object::{ObjRef, Payload};
use crate::vm::Vm;

/// Run `src` on a fresh VM on its own thread (its own tracked list);
/// `check` sees the VM and the live local objects after the run.
fn with_vm(src: &'static str, check: impl FnOnce(&mut Vm) + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut vm = Vm::new(64 << 20);
            let unit = crate::compiler::compile_module(src, "t.py").expect("compiles");
            let main = vm.new_module("__main__");
            let globals = match main.payload() {
                Payload::Module(m) => m.dict.clone(),
                _ => unreachable!(),
            };
            vm.modules.insert("__main__".into(), main);
            let r = vm.run_code_in(&unit, globals);
            assert!(r.is_ok(), "the program raised");
            check(&mut vm);
        })
        .expect("thread")
        .join()
        .expect("test thread panicked");
}

#[test]
#[cfg_attr(
    feature = "audit",
    ignore = "the audit build collects at every safepoint, before this test counts"
)]
fn unreachable_cycles_are_freed_and_reachable_ones_kept() {
    with_vm(
        "class Node:\n    def __init__(self, k):\n        self.k = k\n        self.peer = self\n\
         keep = [Node(i) for i in range(10)]\n\
         for i in range(1000):\n    a = [i]\n    a.append(a)\n    d = {'me': None}\n    d['me'] = d\n    n = Node(i)\n\
         del a, d, n\n",
        |vm| {
            let before = ObjRef::live_objects();
            let c = collect();
            let after = ObjRef::live_objects();
            // 1000 lists, 1000 dicts, 1000 nodes and their 1000 dicts
            // (the last iteration's were deleted too).
            assert_eq!(c.freed, 4000, "{c:?}");
            assert_eq!(before - after, 4000);
            // The module and the kept nodes are reachable: nothing more
            // is freed, until the module goes (its globals, class and
            // methods are a cycle, and they hold the kept nodes).
            assert_eq!(collect().freed, 0);
            vm.modules.clear();
            assert!(collect().freed > 20);
        },
    );
}

#[test]
fn a_long_chain_of_garbage_is_collected_without_recursion() {
    with_vm(
        "head = [None]\nnode = head\nfor i in range(200000):\n    nxt = [None]\n    node[0] = nxt\n    node = nxt\nnode[0] = head\ndel head, node, nxt\n",
        |_| {
            let before = ObjRef::live_objects();
            let c = collect();
            assert_eq!(c.freed, 200_001, "{c:?}");
            assert_eq!(before - ObjRef::live_objects(), 200_001);
        },
    );
}

#[test]
fn a_vm_that_ends_leaves_no_local_object_behind() {
    std::thread::spawn(|| {
        let base = ObjRef::live_objects();
        {
            let mut vm = Vm::new(8 << 20);
            let unit = crate::compiler::compile_module(
                "def f():\n    return f\nclass C:\n    def m(self):\n        return self\nc = C()\nc.me = c\nx = [1]\nx.append(x)\n",
                "t.py",
            )
            .expect("compiles");
            let main = vm.new_module("__main__");
            let globals = match main.payload() {
                Payload::Module(m) => m.dict.clone(),
                _ => unreachable!(),
            };
            vm.modules.insert("__main__".into(), main);
            assert!(vm.run_code_in(&unit, globals).is_ok());
        }
        assert_eq!(ObjRef::live_objects(), base);
    })
    .join()
    .expect("test thread panicked");
}

/// A container written as a host object (object/host.rs): it reports its
/// items to the collectors, which then find cycles through it; the freezer
/// refuses it.
mod host_container {

    use crate::object::cell::PyCell;
    use crate::object::host::{Busy, Host, HostObject, HostType};
    use crate::object::{ObjRef, Payload, Value};
    use crate::vm::Vm;

    static BAG_TYPE: HostType = HostType::new("bag");

    struct Bag(PyCell<Vec<Value>>);

    impl HostObject for Bag {
        fn host_type(&self) -> &'static HostType {
            &BAG_TYPE
        }
        fn holds_references(&self) -> bool {
            true
        }
        fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
            let items = self.0.try_borrow().map_err(|_| Busy)?;
            for v in items.iter() {
                if let Value::Obj(o) = v {
                    f(o);
                }
            }
            Ok(())
        }
        fn clear(&self) {
            let old = self
                .0
                .try_borrow_mut()
                .ok()
                .map(|mut v| std::mem::take(&mut *v));
            drop(old);
        }
    }

    fn bag(items: Vec<Value>) -> ObjRef {
        ObjRef::new(Payload::Host(Host::local(Bag(PyCell::new(items)))))
    }

    #[test]
    fn a_cycle_through_a_host_container_is_collected() {
        std::thread::spawn(|| {
            let live = ObjRef::live_objects();
            // bag -> list -> bag, then both handles dropped: only the
            // cycle holds them, and only the collector can free them.
            let b = bag(vec![Value::Int(1)]);
            let l = Value::list(vec![Value::Obj(b.clone())]);
            if let Payload::Host(h) = b.payload()
                && let Some(bg) = h.downcast::<Bag>()
            {
                bg.0.borrow_mut().push(l.clone());
            }
            // A reachable bag keeps what it holds.
            let kept = bag(vec![Value::list(vec![Value::Int(2)])]);
            drop((b, l));
            let r = crate::heap::local_gc::collect();
            assert_eq!(r.freed, 2, "{r:?}");
            assert_eq!(ObjRef::live_objects(), live + 2, "kept and its list");
            drop(kept);
            assert_eq!(ObjRef::live_objects(), live);
        })
        .join()
        .expect("the test thread");
    }

    #[test]
    fn a_host_container_cannot_be_frozen() {
        std::thread::spawn(|| {
            let mut vm = Vm::new(8 << 20);
            let b = Value::Obj(bag(vec![Value::Int(1)]));
            let Err(e) = crate::freeze::freeze(&mut vm, &Value::list(vec![b])) else {
                panic!("a bag was frozen");
            };
            let msg = vm.format_exception(&e.0);
            // (The test type has no class registered, so it prints as
            // 'object'; a registered type prints its own name.)
            assert!(msg.contains("TypeError: cannot freeze '"), "{msg}");
            assert!(msg.contains("(reached via [0])"), "{msg}");
        })
        .join()
        .expect("the test thread");
    }
}
