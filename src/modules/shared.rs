//! Shared standard-library modules: built once per runtime, frozen, and
//! handed to every sandbox that imports them (docs/design.md, "The
//! standard library"; Olsen's "bring the modules back by making them
//! immutable"). `modules::is_shared` says which modules are.
//!
//! Invariants:
//! - A shared module is built by a sandbox of its own (`Job::BuildStdlib`)
//!   that runs no guest code: fresh builtins, an empty module table, the
//!   grants of the shared modules alone, no parent (the build is the
//!   runtime's, charged to no program's caps), and the interpreter's
//!   authority (`NO_AUTHORITY`), so the functions and classes it makes
//!   carry no sandbox's authority: they run with their caller's grants,
//!   and do not fail closed when some sandbox ends. Nothing a guest did
//!   (entries planted in `sys.modules`, builtins rebound) can reach what
//!   every other sandbox is handed.
//! - Every shared module that one build imported is frozen in one graph,
//!   so a package, its submodules and the modules it imports keep their
//!   identities (`json.decoder is sys.modules['json.decoder']`).
//! - Importing stays a per-sandbox decision: `check_granted` runs before
//!   the table is read, and a module that one sandbox built is given only
//!   to sandboxes granted its name. What importing costs a sandbox once
//!   the module is built is a table lookup and a module-table entry.
//! - A shared module is frozen: its attributes cannot be set (`json.x = 1`
//!   is a TypeError, docs/compatibility.md), and a sandbox that wants a
//!   module of its own may still import a `.py` file of another name.

use std::rc::Rc;

use crate::object::{NO_AUTHORITY, ObjRef, Payload, PyResult, Value};
use crate::runtime::queue::Wait;
use crate::runtime::spawn::{Job, Start};

use crate::vm::Vm;

/// The body of a build (`Job::BuildStdlib`), run in the building sandbox:
/// import `name` (with every submodule of a shared package) as the
/// interpreter's own code, and return a tuple of `(name, module)` for
/// every shared module now in the module table (frozen together by the
/// job).
pub(crate) fn build(vm: &mut Vm, name: &str) -> PyResult<Value> {
    vm.authority = NO_AUTHORITY;
    vm.import_name(name, 0, true)?;
    let top = name.split('.').next().unwrap_or(name);
    let dotted = format!("{top}.");
    for e in super::embedded::EMBEDDED {
        if e.name.starts_with(&dotted) && !vm.modules.contains_key(e.name) {
            vm.import_name(e.name, 0, true)?;
        }
    }
    let mut names: Vec<Rc<str>> = vm
        .modules
        .keys()
        .filter(|k| super::is_shared(k))
        .cloned()
        .collect();
    names.sort();
    let mut pairs = Vec::with_capacity(names.len());
    for n in names {
        if let Some(m) = vm.modules.get(&n) {
            pairs.push(Value::tuple(vec![Value::str(&n), Value::Obj(m.clone())]));
        }
    }
    Ok(Value::tuple(pairs))
}

impl Vm {
    /// Whether this VM builds shared modules (it then imports them as any
    /// sandbox imports a module, into its own table).
    pub(crate) fn builds_stdlib(&self) -> bool {
        self.authority == NO_AUTHORITY
    }

    /// Import the shared module `name` (a full dotted name, granted to
    /// this sandbox): from the runtime's table, built there first if no
    /// sandbox has imported it yet. The module and the shared modules of
    /// its family (a package's submodules) enter this sandbox's table.
    pub(crate) fn import_shared(&mut self, name: &str) -> PyResult<ObjRef> {
        let top = name.split('.').next().unwrap_or(name);
        super::check_granted(self, top)?;
        self.shared_module(name, true)
    }

    /// The shared module `name`, built first if need be; with `enter`, it
    /// and its family enter this sandbox's module table (an import), else
    /// the module is only returned (the runtime's own use: `runtime_module`).
    pub(crate) fn shared_module(&mut self, name: &str, enter: bool) -> PyResult<ObjRef> {
        // The builder imports as any sandbox does; so does every sandbox of
        // the rc-plain build, which cannot share (`is_shared` is false).
        if self.builds_stdlib() || cfg!(feature = "rc-plain") {
            return self.import_name(name, 0, true).and_then(|_| {
                self.modules.get(name).cloned().ok_or_else(|| {
                    self.runtime_error(format!("internal error: '{name}' was not imported"))
                })
            });
        }
        let top = name.split('.').next().unwrap_or(name);
        if self.ctx.rt.stdlib_module(name).is_none() {
            self.build_shared(name)?;
        }
        let family = self.ctx.rt.stdlib_family(top);
        let mut found = None;
        for (n, p) in family {
            let v = p.to_value();
            self.note_root(&v);
            let Value::Obj(m) = v else { continue };
            if n == name {
                found = Some(m.clone());
            }
            if enter && !self.modules.contains_key(n.as_str()) {
                self.modules.insert(Rc::from(n.as_str()), m);
            }
        }
        match found {
            Some(m) if enter => {
                // The sandbox's own entry wins (it may have replaced it).
                let m = self.modules.get(name).cloned().unwrap_or(m);
                if m.is_frozen()
                    && let Some(local) = self.sandbox_part(name, &m)?
                {
                    self.modules.insert(Rc::from(name), local.clone());
                    return Ok(local);
                }
                Ok(m)
            }
            Some(m) => Ok(m),
            None => Err(self.runtime_error(format!(
                "internal error: the shared module '{name}' was built but is not in the table"
            ))),
        }
    }

    /// A shared module with per-sandbox state (`random`'s hidden
    /// generator) defines `_sandbox_init(namespace)`: each sandbox that
    /// imports it gets a module of its own whose namespace is a copy of the
    /// frozen one (the same frozen functions and classes, nothing compiled
    /// or run again), completed by that function. None for the others.
    pub(crate) fn sandbox_part(&mut self, name: &str, m: &ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(init) = self.sandbox_init_of(m)? else {
            return Ok(None);
        };
        let Payload::Module(md) = m.payload() else {
            return Ok(None);
        };
        let entries = crate::object::dict_ref(&md.dict).borrow().copy();
        let local = self.new_module(name);
        let Payload::Module(lm) = local.payload() else {
            return Ok(None);
        };
        // A new module's namespace: nobody else holds it yet.
        if let Ok(mut d) = crate::object::dict_ref(&lm.dict).try_borrow_mut() {
            *d = entries;
        }
        self.call(&init, &[Value::Obj(lm.dict.clone())])?;
        Ok(Some(local))
    }

    /// A module's `_sandbox_init`, if it defines one (see `sandbox_part`).
    pub(crate) fn sandbox_init_of(&mut self, m: &ObjRef) -> PyResult<Option<Value>> {
        let Payload::Module(md) = m.payload() else {
            return Ok(None);
        };
        let key = self.intern_static("_sandbox_init");
        self.dict_get_str(&md.dict, &key)
    }

    /// The shared module `name` when the runtime has built it (with
    /// `enter`, entered in this sandbox's module table): a build imports
    /// what other builds made from the table (so each shared module exists
    /// once, and `struct.error` is the same class whichever module
    /// imported `struct`), and natives find their own module there.
    pub(crate) fn cached_shared(&mut self, name: &str, enter: bool) -> Option<ObjRef> {
        let v = self.ctx.rt.stdlib_module(name)?.to_value();
        self.note_root(&v);
        let Value::Obj(m) = v else { return None };
        if enter {
            self.modules.insert(Rc::from(name), m.clone());
        }
        Some(m)
    }

    /// Build the shared module `name` in a sandbox of its own and record
    /// every shared module the build made in the runtime's table.
    #[cold]
    #[inline(never)]
    fn build_shared(&mut self, name: &str) -> PyResult<()> {
        let mut grants = crate::runtime::Grants::none();
        grants.builtins = true;
        grants.modules = Some(
            super::shared_names()
                .into_iter()
                .map(str::to_string)
                .collect(),
        );
        let start = Start {
            rt: self.ctx.rt.clone(),
            grants,
            globals: Vec::new(),
            sink: crate::runtime::output::Sink::buffer(),
            import_path: Vec::new(),
            job: Job::BuildStdlib(name.to_string(), build),
            parent: None,
        };
        let h = match self.blocking(|_| crate::runtime::spawn::start(start)) {
            Ok(h) => h,
            Err(m) => return Err(self.runtime_error(m)),
        };
        let outcome = match self.blocking(|cancel| h.join(Wait::Forever, cancel)) {
            Ok(o) => o,
            Err(_) => {
                // This sandbox was stopped while it waited: the build goes
                // on by itself, and this sandbox ends.
                return Err(self.stopped_error());
            }
        };
        let frozen = match outcome {
            Ok(f) => f,
            Err(f) => {
                return Err(self.runtime_error(format!(
                    "internal error: the standard-library module '{name}' could not be \
                     built: {}: {}",
                    f.type_name, f.message
                )));
            }
        };
        let pairs = self.take_frozen(&frozen)?;
        let items = match pairs.payload() {
            Some(crate::object::Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        for pair in items {
            let Some(crate::object::Payload::Tuple(t)) = pair.payload() else {
                continue;
            };
            let (Some(n), Some(m)) = (t.first().and_then(Value::as_str), t.get(1)) else {
                continue;
            };
            if let Some(f) = crate::runtime::Frozen::from_value(&self.ctx.rt, m) {
                self.ctx.rt.add_stdlib_module(n, f);
            }
        }
        Ok(())
    }
}
