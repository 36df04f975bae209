//! The virtual machine: one per sandbox (interpreter thread).
//!
//! The interpreter's state lives in `Vm`: the value stack (locals and
//! operands of every frame, one `Vec`), the frame stack, the builtin types,
//! the builtins namespace, imported modules and the interned names. The
//! local heap's bookkeeping is per thread instead (object/refcount.rs keeps
//! the pending frees, the tracked objects for the cycle collector, the
//! finalizer queue and the live count in thread-locals), since INCREF and
//! DECREF run where no `Vm` is at hand; one sandbox is one thread, so the
//! two never disagree about whose heap it is. A Python-to-Python call pushes a `Frame` and continues in the same
//! dispatch loop (`eval.rs`); only calls made from Rust (a native function
//! calling back into Python, a generator being resumed) enter the loop again,
//! and those nested entries are bounded by `native_depth` and a stack-address
//! guard, so no program can overflow the Rust stack.

pub mod attr;
pub mod authority;
pub mod call;
pub mod code;
pub mod containers;
pub mod coroutine;
pub mod descr;
pub mod eval;
pub mod eval_cold;
pub mod exc;
pub mod exc_report;
pub mod exc_star;
pub mod finalize;
pub mod frame;
#[cfg(test)]
mod gc_tests;
pub mod generator;
pub mod host_number;
pub mod import;
pub mod iter;
pub mod limits;
pub mod meta;
pub mod namespace;
pub mod native;
pub mod ops;
mod pattern;
pub mod sandbox;
mod stack_view;

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::{CodeUnit, Const};
use crate::object::dict::Dict;
use crate::object::{Exc, ObjRef, Payload, PyResult, PyStr, Value};
use crate::types::registry::{ExcTypes, Types};

use crate::object::code::{Cache, Code};
use frame::Frame;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;
/// Hard ceiling on Python frame depth, whatever `sys.setrecursionlimit` says.
pub const MAX_RECURSION_LIMIT: usize = 200_000;
/// Bytes of Rust stack kept free below the guard for native code.
const STACK_RESERVE: usize = 256 * 1024;
/// Bytes of Rust stack a sandbox uses without charge (its usual depth);
/// deeper native recursion is charged to its memory, a step at a time.
const STACK_FREE: usize = 1 << 20;
/// How much deeper the stack goes between two charges.
const STACK_STEP: usize = 256 * 1024;

pub use crate::runtime::output::{Output, Sink};
pub use native::NativeFn;

/// One interpreter.
pub struct Vm {
    /// Locals and operand values of every frame.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub types: &'static Types,
    pub exc_types: &'static ExcTypes,
    /// The builtins namespace (a dict object).
    pub builtins: ObjRef,
    /// Imported modules by name.
    pub modules: HashMap<Rc<str>, ObjRef>,
    /// What native modules keep per sandbox, by a key each module owns
    /// (`re`'s compile cache): a module built once and shared frozen
    /// (modules/shared.rs) keeps its mutable state here, not in its
    /// namespace. See `native_state`.
    pub(crate) native_state: HashMap<&'static str, ObjRef>,
    /// Native number types registered in this sandbox, by `HostType` slot
    /// (host_number.rs): their class here and their operator hooks.
    pub(crate) host_numbers: Vec<Option<host_number::HostNumber>>,
    /// By `HostType` slot: whether this sandbox tried to import the module
    /// that registers the type (host_number.rs).
    pub(crate) host_import_tried: Vec<bool>,
    /// Interned `'static` names by address (no hashing of the text): a
    /// `'static` str's address is never reused for other text.
    static_names: HashMap<(usize, usize), ObjRef, std::hash::BuildHasherDefault<NameHasher>>,
    /// The `__call__` of each callable type of one room (object/host.rs),
    /// by its slot: those classes are immutable, so one lookup serves
    /// every call (`sorted(rows, key=itemgetter(0))`).
    pub(crate) room_calls: Vec<Option<Value>>,
    /// Interned strings (names, attribute names) made by this VM; the
    /// builtin names are shared (`statics`) and not in this table.
    interned: HashMap<Box<str>, ObjRef, std::hash::BuildHasherDefault<NameHasher>>,
    /// Runtime code objects by compiled unit (address of the `Arc<CodeUnit>`).
    code_cache: HashMap<usize, (Arc<CodeUnit>, Rc<Code>)>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    /// The exception that last left an entry frame for the Rust code that
    /// ran it (an `__exit__`, a property getter): it got its `__context__`
    /// where it was raised, so the caller's unwind does not chain it again
    /// (frame.rs, `unwind`).
    pub(crate) escaped: Option<ObjRef>,
    /// Bumped whenever any class namespace or base changes; attribute caches
    /// compare against it.
    pub type_epoch: u64,
    pub recursion_limit: usize,
    /// Nested entries into the dispatch loop from Rust.
    pub native_depth: usize,
    /// The interned names and one-character strs every sandbox shares
    /// (None only in the VM that builds them).
    shared_names: Option<&'static crate::runtime::statics::StaticNames>,
    /// Containers whose repr is being computed (self-reference guard).
    pub repr_stack: Vec<usize>,
    /// Lowest stack address native recursion may reach.
    stack_floor: usize,
    /// The lowest stack address charged to the memory account so far: the
    /// pages a deep native recursion touches stay resident, so they count
    /// as memory (`charge_stack`).
    stack_charged_to: usize,
    /// Where `stack_charged_to` started (nothing charged).
    stack_start: usize,
    pub none_singletons: &'static Singletons,
    pub out: Output,
    /// When set, stderr text (tracebacks, `sys.stderr`) is captured here.
    pub err_capture: Option<Vec<u8>>,
    pub argv: Vec<String>,
    /// Directory searched for `import name` (the script's directory).
    pub import_path: Vec<std::path::PathBuf>,
    /// The `random` module's generator, seeded on first use (most
    /// sandboxes never draw a number).
    pub random: Option<Box<crate::modules::random_core::Mt19937>>,
    /// Backward jumps and calls left before the next slow safepoint check.
    pub(crate) budget: u32,
    /// Set when the sandbox is being ended (cancelled, over a limit): the
    /// unwinder then runs no handler.
    pub terminating: Option<crate::runtime::FailureKind>,
    /// Finalizers are running (finalize.rs): a nested check leaves the
    /// queue to the outer loop.
    pub(crate) finalizing: bool,
    /// The shared heap asked for a collection (it grew past its trigger).
    pub(crate) collect_pending: bool,
    /// The local collector's switches set by the `gc` module.
    pub(crate) gc: crate::heap::local_gc::Settings,
    /// Usage the VM counts itself (instructions, output; see limits.rs).
    pub(crate) charges: limits::Charges,
    /// Frame depth at which the recursion cap ends the sandbox.
    pub(crate) frame_cap: usize,
    /// The bound of the proxy request this owner is serving (limits.rs).
    pub(crate) request_bound: Option<limits::RequestBound>,
    /// The sandbox's memory account, whose breaker the dispatch loop reads
    /// at every backward jump and call (heap/account.rs).
    pub(crate) account: Arc<crate::heap::account::Account>,
    /// This sandbox's authority (`ctx.me.authority`; NO_AUTHORITY in the
    /// VM that builds the builtins): the stamp of the module code it runs.
    pub(crate) authority: crate::object::Authority,
    /// Authorities of calls in progress that pushed no frame of their own
    /// (a native found on another sandbox's class: authority.rs); read with
    /// the frames' when a grant is used.
    pub(crate) authority_extra: Vec<(crate::object::Authority, usize)>,
    /// The sandbox's place in its runtime. Declared last so that it is
    /// dropped last: every local object goes before it unregisters.
    pub ctx: crate::runtime::SandboxCtx,
}

impl Drop for Vm {
    /// Release every local object, cycles included, before the sandbox
    /// leaves its runtime (`ctx` is dropped after this): the frozen objects
    /// they refer to stay roots until then, and a reused thread starts with
    /// nothing left of the sandbox before it.
    fn drop(&mut self) {
        // The stack pages charged as memory go back with the sandbox.
        self.account
            .charge(-((self.stack_start - self.stack_charged_to) as i64));
        // No Python code runs from here: objects waiting for their finalizer
        // are freed, and those that die from now on are freed at once.
        crate::object::refcount::finalizers_disable();
        while let Some(o) = crate::object::refcount::take_finalizable() {
            drop(o);
        }
        // Frames first: a frame may borrow its globals from a function on
        // the stack (frame.rs).
        self.frames.clear();
        self.stack.clear();
        self.modules.clear();
        self.code_cache.clear();
        self.handled = Value::None;
        self.builtins = ObjRef::new(Payload::Dict(crate::object::cell::PyCell::new(Dict::new())));
        crate::heap::local_gc::collect();
    }
}

/// The dict of a module object.
pub(crate) fn module_dict(m: &ObjRef) -> ObjRef {
    match m.payload() {
        Payload::Module(md) => md.dict.clone(),
        _ => panic!("internal error: not a module"),
    }
}

/// Objects that exist once per VM.
pub struct Singletons {
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub empty_tuple: ObjRef,
}

/// FNV-1a for the interner: names are short, and SipHash's DoS resistance
/// buys nothing for a table that only the interpreter itself fills.
#[derive(Default)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    /// A whole word at once (the static-name keys are two words): one
    /// multiply, where the byte loop takes eight.
    fn write_usize(&mut self, n: usize) {
        let h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        // The multiply's high bits depend on all of the word's bits; the
        // rotation brings them down to the bits a table indexes by.
        self.0 = (h ^ n as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

fn approx_stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl Vm {
    /// A VM with the builtin types and the full builtins namespace.
    /// `stack_size` is the size of the Rust stack of the thread it runs on.
    pub fn new(stack_size: usize) -> Vm {
        let mut vm = Vm::bare(crate::runtime::statics::builtins(), stack_size);
        vm.install_builtins();
        vm
    }

    /// Give this VM its own copy of the shared builtins namespace.
    pub(crate) fn install_builtins(&mut self) {
        let b = crate::runtime::statics::builtins();
        let Some(Payload::Dict(t)) = b.namespace().map(|n| n.payload()) else {
            unreachable!("the builtins namespace is built before any VM runs code")
        };
        let copy = t.borrow().copy();
        self.builtins = ObjRef::new(Payload::Dict(crate::object::cell::PyCell::new(copy)));
    }

    /// A VM on the shared builtin types with an empty builtins namespace.
    pub(crate) fn bare(b: &'static crate::runtime::statics::Builtins, stack_size: usize) -> Vm {
        let ctx = crate::runtime::SandboxCtx::new(
            crate::runtime::RuntimeInner::new(),
            crate::runtime::Grants::all(),
            None,
        )
        .unwrap_or_else(|_| unreachable!("a sandbox without a parent has no sandbox cap"));
        Vm::bare_in(b, stack_size, ctx)
    }

    /// A bare VM (see `bare`) in the sandbox `ctx`.
    pub(crate) fn bare_in(
        b: &'static crate::runtime::statics::Builtins,
        stack_size: usize,
        ctx: crate::runtime::SandboxCtx,
    ) -> Vm {
        let sp = approx_stack_pointer();
        let floor = sp.saturating_sub(stack_size.saturating_sub(STACK_RESERVE));
        crate::object::refcount::finalizers_enable();
        ctx.attach_account();
        Vm {
            stack: Vec::with_capacity(4096),
            frames: Vec::with_capacity(256),
            types: &b.types,
            exc_types: &b.exc,
            builtins: ObjRef::new(Payload::Dict(crate::object::cell::PyCell::new(Dict::new()))),
            modules: HashMap::new(),
            native_state: HashMap::new(),
            host_numbers: Vec::new(),
            host_import_tried: Vec::new(),
            interned: HashMap::default(),
            static_names: HashMap::default(),
            room_calls: Vec::new(),
            code_cache: HashMap::new(),
            handled: Value::None,
            escaped: None,
            type_epoch: 1,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            repr_stack: Vec::new(),
            shared_names: b.names(),
            stack_floor: floor,
            stack_charged_to: sp.saturating_sub(STACK_FREE),
            stack_start: sp.saturating_sub(STACK_FREE),
            none_singletons: &b.singletons,
            out: Output::new(Sink::Stdout),
            err_capture: None,
            argv: Vec::new(),
            import_path: Vec::new(),
            random: None,
            budget: sandbox::SAFEPOINT_BUDGET,
            terminating: None,
            finalizing: false,
            collect_pending: false,
            gc: crate::heap::local_gc::Settings::default(),
            charges: limits::Charges::new(),
            frame_cap: usize::MAX,
            account: ctx.me.meter.account.clone(),
            request_bound: None,
            authority: ctx.me.authority,
            authority_extra: Vec::new(),
            ctx,
        }
    }

    /// The `random` module's generator (seeded now if it was not yet).
    pub fn rng(&mut self) -> &mut crate::modules::random_core::Mt19937 {
        self.random.get_or_insert_with(|| {
            Box::new(crate::modules::random_core::Mt19937::new_from_time_and_pid())
        })
    }

    /// Intern `s`: equal names share one str object (fast dict key comparison).
    /// Names the builtins use are shared by every sandbox; others live (and
    /// are counted) in this VM's table until the VM ends.
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.shared_names.and_then(|n| n.map.get(s)) {
            return o.clone();
        }
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = ObjRef::new(Payload::Str(PyStr::new(s.into())));
        crate::types::str::str_hash(match o.payload() {
            Payload::Str(p) => p,
            _ => unreachable!("just built a str"),
        });
        self.interned.insert(s.into(), o.clone());
        o
    }

    /// The str of one character; ASCII ones are shared, not allocated.
    #[inline]
    pub fn char_str(&self, c: char) -> Value {
        match self.shared_names.and_then(|n| n.ascii.get(c as usize)) {
            Some(o) => Value::Obj(o.clone()),
            None => Value::string(c.to_string()),
        }
    }

    /// Hand over this VM's interned names (the statics builder keeps them).
    pub(crate) fn take_interned(
        &mut self,
    ) -> HashMap<Box<str>, ObjRef, std::hash::BuildHasherDefault<NameHasher>> {
        self.static_names.clear();
        std::mem::take(&mut self.interned)
    }

    /// `intern` for names known at compile time, looked up by address.
    #[inline]
    pub fn intern_static(&mut self, s: &'static str) -> ObjRef {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(o) = self.static_names.get(&key) {
            return o.clone();
        }
        let o = self.intern(s);
        self.static_names.insert(key, o.clone());
        o
    }

    /// A new str value.
    pub fn new_str(&self, s: &str) -> Value {
        Value::str(s)
    }

    /// The runtime code object of a function's code on this thread.
    #[inline]
    pub fn func_code(&mut self, c: &crate::object::FuncCode) -> PyResult<Rc<Code>> {
        match c {
            crate::object::FuncCode::Local(c) => Ok(c.clone()),
            crate::object::FuncCode::Shared(u) => self.code_for(u),
        }
    }

    /// The runtime code object for a compiled unit (materialised once). A
    /// unit that fails the structural checks the dispatch loop relies on
    /// (which the compiler never produces) is a SystemError.
    pub fn code_for(&mut self, unit: &Arc<CodeUnit>) -> PyResult<Rc<Code>> {
        self.build_code(unit, true)
    }

    /// The text of the source file `name` that this sandbox ran (a module,
    /// the main script, or a module of the standard library), if its lines
    /// are shown in tracebacks: what `inspect.getsource` reads.
    pub(crate) fn source_named(&self, name: &str) -> Option<Arc<str>> {
        // The main script's units are named by the path it was run with,
        // its `__file__` by the absolute path (runner.rs): a relative name
        // matches the absolute one it ends.
        let names = |unit: &str| {
            unit == name
                || (!unit.starts_with('/')
                    && !unit.starts_with('<')
                    && name
                        .strip_suffix(unit)
                        .is_some_and(|dir| dir.ends_with('/')))
        };
        let ran = self.code_cache.values().find_map(|(u, _)| {
            (u.source.show_lines && names(&u.source.name)).then(|| u.source.text.clone())
        });
        ran.or_else(|| {
            crate::modules::embedded::EMBEDDED
                .iter()
                .find(|e| e.file() == name)
                .map(|e| Arc::from(e.source))
        })
    }

    /// `code_for` for code that `exec`, `eval` or `compile` made at run
    /// time: neither it nor the code nested in it enters the cache, which
    /// would keep every string ever run alive for the life of the sandbox.
    pub fn code_uncached(&mut self, unit: &Arc<CodeUnit>) -> PyResult<Rc<Code>> {
        self.build_code(unit, false)
    }

    fn build_code(&mut self, unit: &Arc<CodeUnit>, cache: bool) -> PyResult<Rc<Code>> {
        let key = Arc::as_ptr(unit) as usize;
        if let Some((_, c)) = self.code_cache.get(&key) {
            return Ok(c.clone());
        }
        let checked = match crate::object::code::Checked::new(unit) {
            Ok(c) => c,
            Err(e) => {
                let cls = self.builtin_exc_class("SystemError");
                let msg = format!("invalid bytecode: {e} (a compiler bug: please report it)");
                return Err(self.new_exc(&cls, &msg));
            }
        };
        let consts = unit
            .consts
            .iter()
            .map(|c| self.const_value(c, cache))
            .collect::<PyResult<Vec<Value>>>()?;
        let names = unit.names.iter().map(|n| self.intern(n)).collect();
        let varnames = unit.varnames.iter().map(|n| self.intern(n)).collect();
        let nlocals = unit.varnames.len();
        let code = Rc::new(Code {
            unit: unit.clone(),
            instrs: crate::bytecode::quicken::quicken(&unit.instrs),
            consts: consts.into_boxed_slice(),
            names,
            varnames,
            caches: (0..unit.instrs.len())
                .map(|_| std::cell::Cell::new(Cache::default()))
                .collect(),
            nlocals,
            nslots: Code::slots_for(unit),
            name: self.intern(&unit.name),
            qualname: self.intern(&unit.qualname),
            simple_call: !unit.generator
                && !unit.varargs
                && !unit.varkeywords
                && unit.kwonlyargcount == 0,
            checked,
        });
        if cache {
            self.code_cache.insert(key, (unit.clone(), code.clone()));
        }
        Ok(code)
    }

    fn const_value(&mut self, c: &Const, cache: bool) -> PyResult<Value> {
        Ok(match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => Value::from_bigint(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(re, im) => crate::types::complex::new(*re, *im),
            Const::Str(s) => {
                // Identifier-like constants are interned, as CPython does.
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    Value::Obj(self.intern(s))
                } else {
                    Value::str(s)
                }
            }
            Const::Bytes(b) => Value::Obj(ObjRef::new(Payload::Bytes(b.to_vec().into()))),
            Const::Tuple(items) => {
                let v = items
                    .iter()
                    .map(|c| self.const_value(c, cache))
                    .collect::<PyResult<Vec<Value>>>()?;
                Value::tuple(v)
            }
            Const::Ellipsis => Value::Obj(self.none_singletons.ellipsis.clone()),
            Const::Code(u) => {
                let code = self.build_code(u, cache)?;
                Value::Obj(ObjRef::new(Payload::Code(code)))
            }
        })
    }

    /// Bytes of Rust stack left above the guard (`stack_floor`): what a
    /// native that needs much stack at once (the compiler, for `exec`)
    /// checks before it starts.
    pub(crate) fn native_stack_left(&self) -> usize {
        approx_stack_pointer().saturating_sub(self.stack_floor)
    }

    /// Check that native recursion may go one level deeper.
    #[inline]
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.enter_native_for("")
    }

    /// `enter_native` for a native that recurses through a structure the
    /// guest built (a nested container, a chain of iterators): `doing` ends
    /// the RecursionError's message as CPython words it (" in comparison",
    /// " while getting the repr of an object"; "" for none). Every such
    /// native goes through here (or through `nested`), so no guest structure
    /// can take the Rust stack below `stack_floor`.
    #[inline]
    pub fn enter_native_for(&mut self, doing: &'static str) -> PyResult<()> {
        let sp = approx_stack_pointer();
        if self.native_depth >= self.recursion_limit.max(50) + 50 || sp < self.stack_floor {
            return Err(self.native_depth_error(doing));
        }
        if sp < self.stack_charged_to {
            self.charge_stack(sp)?;
        }
        self.native_depth += 1;
        Ok(())
    }

    /// Charge the stack pages down to `sp` (and a step more) to the memory
    /// account: a thread's stack stays resident once touched, so a program
    /// that recurses deeply through natives holds that memory as surely as
    /// one that allocates it. Past the memory cap the sandbox stops.
    #[cold]
    #[inline(never)]
    fn charge_stack(&mut self, sp: usize) -> PyResult<()> {
        let to = sp.saturating_sub(STACK_STEP);
        let bytes = self.stack_charged_to - to;
        self.stack_charged_to = to;
        self.reserve_memory(bytes as u64)?;
        self.account.charge(bytes as i64);
        Ok(())
    }

    /// Run `f` one native level deeper (`enter_native_for` and
    /// `leave_native` around it, whatever `f` returns).
    #[inline]
    pub fn nested<T>(
        &mut self,
        doing: &'static str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        self.enter_native_for(doing)?;
        let r = f(self);
        self.leave_native();
        r
    }

    #[cold]
    #[inline(never)]
    fn native_depth_error(&mut self, doing: &'static str) -> Exc {
        self.new_exc(
            &self.exc_types.recursion_error.clone(),
            &format!("maximum recursion depth exceeded{doing}"),
        )
    }

    #[inline]
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    /// Write text to the VM's output.
    #[inline]
    pub fn write_out(&mut self, s: &str) {
        if self.charge_output(s.len()) {
            self.out.write(s.as_bytes());
        }
    }

    /// Flush buffered output (everything, a partial last line included).
    pub fn flush_out(&mut self) {
        self.out.flush_all();
        if let crate::runtime::output::Sink::Stdout = self.out.sink {
            // Waiting for the writer (a slow reader of stdout) is a safe
            // region: it does not hold up a collection.
            self.blocking(|_| crate::runtime::output::Sink::sync_stdout());
        }
    }

    /// Write text to stderr (after flushing stdout, to keep order).
    pub fn write_err(&mut self, s: &str) {
        if self.terminating.is_none() && !self.charge_output(s.len()) {
            return;
        }
        if let Some(buf) = &mut self.err_capture {
            buf.extend_from_slice(s.as_bytes());
            return;
        }
        // After this sandbox's pending stdout, through the same writer.
        self.out.flush_all();
        match &self.out.sink {
            crate::runtime::output::Sink::Stdout => {
                crate::runtime::output::Sink::write_err(s.as_bytes())
            }
            crate::runtime::output::Sink::Buffer(_) => {
                let mut e = std::io::stderr().lock();
                let _ = e.write_all(s.as_bytes());
                let _ = e.flush();
            }
        }
    }

    /// The NotImplemented singleton as a value.
    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.none_singletons.not_implemented.clone())
    }

    /// True if `v` is NotImplemented.
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::NotImplemented))
    }

    /// Raise helper: an exception of class `cls` with one str argument.
    pub fn new_exc(&mut self, cls: &ObjRef, msg: &str) -> Exc {
        exc::new_exception(self, cls, vec![Value::str(msg)])
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> Exc {
        let c = self.exc_types.type_error.clone();
        self.new_exc(&c, msg.as_ref())
    }

    pub fn value_error(&mut self, msg: impl AsRef<str>) -> Exc {
        let c = self.exc_types.value_error.clone();
        self.new_exc(&c, msg.as_ref())
    }

    pub fn index_error(&mut self, msg: impl AsRef<str>) -> Exc {
        let c = self.exc_types.index_error.clone();
        self.new_exc(&c, msg.as_ref())
    }

    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> Exc {
        let c = self.exc_types.attribute_error.clone();
        self.new_exc(&c, msg.as_ref())
    }

    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> Exc {
        let c = self.exc_types.zero_division_error.clone();
        self.new_exc(&c, msg.as_ref())
    }

    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> Exc {
        let c = self.exc_types.overflow_error.clone();
        self.new_exc(&c, msg.as_ref())
    }

    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> Exc {
        let c = self.exc_types.runtime_error.clone();
        self.new_exc(&c, msg.as_ref())
    }

    pub fn name_error(&mut self, name: &str) -> Exc {
        let c = self.exc_types.name_error.clone();
        self.new_exc(&c, &format!("name '{name}' is not defined"))
    }

    /// KeyError carries the key itself as its argument.
    pub fn key_error(&mut self, key: Value) -> Exc {
        let c = self.exc_types.key_error.clone();
        exc::new_exception(self, &c, vec![key])
    }

    /// StopIteration carrying a return value.
    pub fn stop_iteration(&mut self, value: Value) -> Exc {
        let c = self.exc_types.stop_iteration.clone();
        let args = if value.is_none() { vec![] } else { vec![value] };
        exc::new_exception(self, &c, args)
    }

    /// `MemoryError` for a refused huge allocation.
    pub fn memory_error(&mut self, what: &str) -> Exc {
        let c = self.exc_types.memory_error.clone();
        self.new_exc(&c, what)
    }
}
