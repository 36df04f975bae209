//! The object model: `Value` (immediates inline, heap objects by `ObjRef`) and
//! the payloads of heap objects.
//!
//! Invariants:
//! - `Value::Int` holds every int that fits in an `i64`; a `Payload::BigInt`
//!   never does (constructors normalise through `Value::from_bigint`).
//! - `Value::Undef` is the VM's "no value" marker (an unbound local, the NULL
//!   of `LoadMethod`); it never reaches Python code.
//! - Mutable payloads (`List`, `Dict`, `Set`, instance dicts, cells, iterators)
//!   sit in `PyCell`s. Borrows are kept short and are never held across a call
//!   back into Python, and code that may find a borrow taken uses `try_borrow*`
//!   and raises, so a reentrant mutation is an error, never a panic.
//! - Heap objects are local to one thread (`ObjRef: !Send`).

pub mod cell;
pub mod code;
pub mod dict;
pub mod generator;
pub mod header;
pub mod host;
pub mod native;
pub mod refcount;
pub mod set_table;
pub mod weakref;

use crate::object::cell::PyCell;
use std::cell::Cell;
use std::rc::Rc;

use compact_str::CompactString;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub use header::IMMORTAL;
pub use native::{NativeFunction, NativeKind};
pub use refcount::{MaybeCounted, ObjRef};

use crate::object::code::Code;
use crate::object::dict::Dict;
use crate::object::generator::Generator;
use crate::object::set_table::SetTable;

/// A Python value. Immediates carry no refcount; heap objects are counted.
///
/// `repr(u64)`: the tag is a whole word, so a `Value` (16 bytes either way)
/// has no padding between tag and payload and LLVM copies it as two 8-byte
/// moves. With a one-byte tag it sometimes copied the padding through
/// overlapping narrow stores, which stall the next 16-byte load of the same
/// stack slot (the dispatch loop's pushes and pops): up to 2.5x on Pystone
/// depending on inlining luck (docs/benchmarks.md, refcount section).
#[derive(Debug)]
#[repr(u64)]
pub enum Value {
    /// The VM's "no value" marker; never visible to Python.
    Undef,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16 && std::mem::align_of::<Value>() == 8);

/// Write `v` to `dst` as two 8-byte stores, the tag word and the payload
/// word, never as one 16-byte copy. A value built in registers and written
/// with one 16-byte copy is first stored to a stack temporary as two words
/// and loaded back as one vector, a load the CPU cannot forward from the two
/// stores: a stall of a dozen cycles on each push of the dispatch loop,
/// where LLVM did that in one build and not in another (docs/benchmarks.md,
/// refcount section).
///
/// # Safety
/// `dst` must be valid for a write of a `Value` and properly aligned; what
/// it held is overwritten without being dropped (as `ptr::write`).
#[inline(always)]
pub(crate) unsafe fn write_value(dst: *mut Value, v: Value) {
    // SAFETY: `Value` is 16 bytes with 8-byte alignment (asserted above), so
    // it is exactly two `MaybeUninit<u64>` (which may hold its padding
    // word, uninitialised for the variants without a payload); the words are
    // moved, not read as integers, so uninitialised bytes stay uninitialised.
    // The caller guarantees `dst` is valid and aligned for those 16 bytes.
    unsafe {
        let words: [std::mem::MaybeUninit<u64>; 2] = std::mem::transmute(v);
        let d = dst.cast::<std::mem::MaybeUninit<u64>>();
        d.write(words[0]);
        d.add(1).write(words[1]);
    }
}

/// Read the `Value` at `src` as two 8-byte loads (the counterpart of
/// `write_value`: a 16-byte load of a slot just written as two words stalls
/// the same way). The value is copied bitwise, as `ptr::read`.
///
/// # Safety
/// As `ptr::read`: `src` must be valid, aligned and hold an initialised
/// `Value`, and the result and the original must not both be dropped.
#[inline(always)]
pub(crate) unsafe fn read_value(src: *const Value) -> Value {
    // SAFETY: the caller guarantees 16 valid, aligned bytes holding a
    // `Value`; copying them as two `MaybeUninit<u64>` and transmuting back
    // yields the same bit pattern, a valid `Value`.
    unsafe {
        let s = src.cast::<std::mem::MaybeUninit<u64>>();
        let words = [s.read(), s.add(1).read()];
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>(words)
    }
}

impl Value {
    /// Move the value out, leaving `Undef` (word by word, see `write_value`).
    #[inline(always)]
    pub fn take(&mut self) -> Value {
        // SAFETY: `self` is a valid, initialised, aligned `Value`; its bits
        // move to the result and are overwritten with `Undef` without being
        // dropped, so the reference is owned exactly once.
        unsafe {
            let v = read_value(self);
            write_value(self, Value::Undef);
            v
        }
    }
}

impl Clone for Value {
    /// One tag test and a 16-byte copy (a derived clone dispatches on every
    /// variant through a jump table, which the dispatch loop pays on each
    /// `LoadFast`).
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // Count the reference the copy below will hold.
            std::mem::forget(o.clone());
        }
        // SAFETY: every variant except `Obj` is plain data (bool, i64, f64 or
        // nothing), so a bitwise copy is a valid, independent value; for `Obj`
        // the refcount was incremented just above, so the copied `ObjRef` owns
        // its own counted reference and dropping both copies decrements twice.
        unsafe { std::ptr::read(self) }
    }
}

/// A heap object: the header (see header.rs) followed by its payload.
#[repr(C)]
pub struct PyObject {
    pub(crate) header: header::Header,
    pub payload: Payload,
}

/// The result of a fallible operation: an exception object on failure.
pub type PyResult<T> = Result<T, Exc>;

/// A raised exception: always an instance of a BaseException subclass.
#[derive(Clone, Debug)]
pub struct Exc(pub ObjRef);

/// Arguments of a native (Rust) function: positional values and keyword pairs.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(ObjRef, Value)],
}

/// A function's code: this thread's runtime code object, or (for a frozen
/// function, which any sandbox may run) the shared compiled unit, resolved to
/// the running sandbox's own runtime code object at call time (`Vm::func_code`).
pub enum FuncCode {
    Local(Rc<Code>),
    Shared(std::sync::Arc<crate::bytecode::CodeUnit>),
}

impl FuncCode {
    /// The compiled unit.
    #[inline]
    pub fn unit(&self) -> &std::sync::Arc<crate::bytecode::CodeUnit> {
        match self {
            FuncCode::Local(c) => &c.unit,
            FuncCode::Shared(u) => u,
        }
    }

    /// The runtime code object, when it is this thread's.
    #[inline(always)]
    pub fn local(&self) -> Option<&Rc<Code>> {
        match self {
            FuncCode::Local(c) => Some(c),
            FuncCode::Shared(_) => None,
        }
    }
}

/// A Python function: code plus the environment it closes over.
pub struct Function {
    pub code: FuncCode,
    pub globals: ObjRef,
    /// Default values of the last positional parameters.
    pub defaults: Box<[Value]>,
    /// Defaults of keyword-only parameters (a dict), if any.
    pub kwdefaults: Option<ObjRef>,
    /// Cells of the free variables, in `CodeUnit::freevars` order.
    pub closure: Box<[ObjRef]>,
    pub name: PyCell<ObjRef>,
    pub qualname: PyCell<ObjRef>,
    /// `__dict__` for function attributes, created on first use.
    pub dict: PyCell<Option<ObjRef>>,
    pub doc: PyCell<Value>,
    /// `__annotations__`: the dict evaluated at definition, or None until
    /// it is first read (then an empty dict is made) or assigned.
    pub annotations: PyCell<Value>,
    pub module: Value,
    /// The authority of the code that made it (see [`Authority`]).
    pub authority: Authority,
}

/// Whose authority code carries: the id of the sandbox whose code made a
/// function or a class (runtime/authority.rs: process-unique, never reused),
/// or [`NO_AUTHORITY`] for the interpreter's own objects (the builtin types
/// and the builtins namespace), which carry none of their own and so never
/// narrow what the code that runs them may do. Copied with the object when
/// it is frozen: a function that crosses into another sandbox still runs
/// with at most the authority of the sandbox that wrote it.
pub type Authority = u64;

/// The authority of the interpreter's own objects (see [`Authority`]).
pub const NO_AUTHORITY: Authority = 0;

/// A class (a `type` object). Builtin types are classes too.
pub struct Class {
    pub name: PyCell<ObjRef>,
    pub qualname: PyCell<ObjRef>,
    pub bases: Box<[ObjRef]>,
    /// The method resolution order after the class itself (C3).
    pub mro: Box<[ObjRef]>,
    pub dict: PyCell<Dict>,
    /// For builtin types, which one; instances of a class deriving from a
    /// builtin type inherit its `base_kind`.
    pub builtin: Option<BuiltinType>,
    /// Layout of instances: the nearest builtin ancestor that defines one.
    pub base_kind: BuiltinType,
    /// How many attributes instances of this class have ended up with (the
    /// most seen): new instances' tables are allocated at that size, so
    /// `__init__` filling them does not regrow them.
    pub attr_hint: Cell<usize>,
    /// The class or a base defined `__del__` when it was made, or `__del__`
    /// was assigned to it since (vm/finalize.rs also reads the bases' flags,
    /// for a `__del__` assigned to a base later).
    pub has_del: Cell<bool>,
    /// `__abstractmethods__` was assigned a true value to this class (by
    /// `abc.ABCMeta`): instantiating it raises TypeError, as CPython's
    /// `Py_TPFLAGS_IS_ABSTRACT` makes it.
    pub is_abstract: Cell<bool>,
    /// Identity of the class statement run that made the class, unique in
    /// the process and kept by frozen copies: a frozen snapshot of a class
    /// counts as that class for isinstance, issubclass and `except`.
    pub origin: u64,
    /// The authority of the code that made it (see [`Authority`]): what
    /// its namespace holds that is not a function of that same authority
    /// (a native, a bound method, another sandbox's function) runs with at
    /// most this authority when looked up on the class (vm/authority.rs).
    pub authority: Authority,
    /// The class's metaclass when it is not `type` (a class made by
    /// `class A(metaclass=M)` or `M(name, bases, ns)`): `type(A)` is it.
    /// Fixed once the class is made; None for `type` itself.
    pub metaclass: Option<ObjRef>,
}

/// A new class `origin` (see `Class::origin`).
pub fn next_class_origin() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The builtin types that Rust code knows by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Code,
    Cell,
    Iterator,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    DictKeys,
    DictValues,
    DictItems,
    NotImplementedType,
    Ellipsis,
    BaseException,
}

/// An instance of a user class (or of an exception class).
pub struct Instance {
    /// The instance's class (fixed: `__class__` assignment is refused).
    pub class: ObjRef,
    /// The instance's `__dict__`: always a dict object (so `obj.__dict__` and
    /// `vars(obj)` are live views of the attributes).
    pub dict: ObjRef,
    /// For instances of subclasses of builtin value types (`class U(str)`),
    /// the builtin value they extend; Undef otherwise.
    pub base: Value,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<Box<PyCell<ExcData>>>,
}

impl Instance {
    /// The builtin value this instance extends, if its class derives from a
    /// builtin value type.
    #[inline]
    pub fn base(&self) -> Option<&Value> {
        match &self.base {
            Value::Undef => None,
            v => Some(v),
        }
    }

    /// The attribute table.
    #[inline(always)]
    pub fn dict(&self) -> &PyCell<Dict> {
        dict_ref(&self.dict)
    }
}

/// The dict inside a dict object (globals, namespaces, instance dicts).
/// Frames, modules and instances are only ever built with dict objects, so
/// anything else is an internal bug.
#[inline(always)]
pub fn dict_ref(o: &ObjRef) -> &PyCell<Dict> {
    match o.payload() {
        Payload::Dict(d) => d,
        _ => panic!("internal error: namespace object is not a dict"),
    }
}

/// The class payload of a class object.
#[inline]
pub fn class_of(o: &ObjRef) -> Option<&Class> {
    match o.payload() {
        Payload::Class(c) => Some(c),
        _ => None,
    }
}

/// The state every exception carries.
pub struct ExcData {
    pub args: Value,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The fields of an exception group (`BaseExceptionGroup` and its
    /// subclasses, made by `BaseExceptionGroup.__new__`); None otherwise.
    pub group: Option<Box<ExcGroup>>,
}

/// What an exception group holds besides its args (types/exception_group.rs).
pub struct ExcGroup {
    /// `eg.message`: a str.
    pub message: Value,
    /// `eg.exceptions`: a non-empty tuple of exception instances.
    pub exceptions: Value,
}

/// One traceback line: where the exception passed.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

/// A module: a name and its globals dict.
pub struct Module {
    pub name: ObjRef,
    pub dict: ObjRef,
}

/// A str object: UTF-8 text with its length in code points and a cached hash.
/// The text is a `CompactString`: up to 24 bytes live inside the object
/// (one allocation for the str, as CPython's), longer text on the heap.
pub struct PyStr {
    pub s: CompactString,
    /// Number of code points; equal to `s.len()` exactly when the text is ASCII.
    pub nchars: usize,
    /// The hash, or -1 when not computed yet.
    pub hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: CompactString) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
}

/// A range object. Bounds are 128-bit: `range(10**20)` works; larger bounds
/// are refused with OverflowError when the range is built.
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl Range {
    /// Number of items (always >= 0; fits in i128 because the bounds do and
    /// `step != 0`).
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`-th item (no bounds check).
    pub fn item(&self, i: i128) -> i128 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// Which view of a dict a view object shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// The state of a builtin iterator.
pub enum IterState {
    /// Over a list, tuple, str or bytes by index.
    Seq {
        seq: ObjRef,
        index: usize,
    },
    /// Backwards over a list/tuple/bytes/str (`reversed`): `index` items
    /// are left (for a str, `index` is the byte offset of the end of what
    /// is left).
    Reversed {
        seq: ObjRef,
        index: usize,
    },
    /// Backwards over any sequence through `__getitem__` with `index`,
    /// `index - 1`, ..., 0 (`reversed` of a class with `__len__` and
    /// `__getitem__`).
    GetItemBack {
        obj: Value,
        index: i64,
    },
    /// `len` is the range's length (for `__reduce__`: `len - left` items
    /// were given).
    Range {
        next: i64,
        step: i64,
        left: i64,
        len: i64,
    },
    /// A range whose items do not all fit in an `i64` (boxed: rare, and
    /// inline it would make every object's payload 40 bytes larger).
    BigRange(Box<BigRangeIter>),
    /// Over a dict's entries by position; `len` detects resizing, `seen`
    /// counts the entries given.
    Dict {
        dict: ObjRef,
        index: usize,
        len: usize,
        seen: usize,
        kind: ViewKind,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    /// `strict`: a shorter or longer input is a ValueError.
    Zip {
        iters: Box<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Box<[Value]>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Via `__getitem__` with 0, 1, 2, ... until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

/// The state of an iterator over a range whose items do not all fit in
/// an `i64`: as `IterState::Range`, in i128.
pub struct BigRangeIter {
    pub next: i128,
    pub step: i128,
    pub left: i128,
    pub len: i128,
}

/// A builtin iterator object and the name of its type.
pub struct Iter {
    pub state: PyCell<IterState>,
    pub type_name: &'static str,
}

/// The payload of a heap object.
pub enum Payload {
    Str(PyStr),
    Bytes(Box<[u8]>),
    BigInt(BigInt),
    Tuple(Box<[Value]>),
    List(PyCell<Vec<Value>>),
    Dict(PyCell<Dict>),
    Set(PyCell<SetTable>),
    FrozenSet(SetTable),
    Range(Range),
    /// start, stop, step.
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Native(NativeFunction),
    /// A function bound to `self`: (function, self).
    BoundMethod(Box<(Value, Value)>),
    Class(Box<Class>),
    Instance(Instance),
    Module(Module),
    Code(Rc<Code>),
    Cell(PyCell<Value>),
    Iter(Iter),
    Generator(Box<PyCell<Generator>>),
    /// fget, fset, fdel, doc.
    Property(Box<[Value; 4]>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// (the class after which to search, the bound object or class).
    Super(Box<(ObjRef, Value)>),
    DictView(ObjRef, ViewKind),
    NotImplemented,
    Ellipsis,
    /// An object owned by a floor above the object model (a queue, a
    /// sandbox handle, a proxy, an open file): see host.rs.
    Host(host::Host),
}

impl BuiltinType {
    /// Builtin types whose instances are plain values that a Python class may
    /// extend (`class U(str)`): the subclass's instances carry a base value.
    pub fn is_value_base(self) -> bool {
        matches!(
            self,
            BuiltinType::Int
                | BuiltinType::Float
                | BuiltinType::Str
                | BuiltinType::Bytes
                | BuiltinType::Tuple
                | BuiltinType::List
                | BuiltinType::Dict
                | BuiltinType::Set
                | BuiltinType::FrozenSet
        )
    }
}

impl Value {
    /// The base value of an instance of a builtin-type subclass.
    #[inline]
    pub fn instance_base(&self) -> Option<&Value> {
        match self.payload() {
            Some(Payload::Instance(i)) => i.base(),
            _ => None,
        }
    }
}

impl Payload {
    /// Whether the VM finds this object's operators (`__eq__`, `__hash__`,
    /// `__neg__`, `__bool__`, `__format__`, ...) in its class's dict:
    /// instances of Python classes, and host objects whose type says so
    /// (host.rs, `HostType::class_protocols`).
    #[inline]
    pub fn class_protocols(&self) -> bool {
        match self {
            Payload::Instance(_) => true,
            Payload::Host(h) => h.get().host_type().class_protocols,
            _ => false,
        }
    }

    /// A generator (not a coroutine nor an async generator: those are not
    /// iterators).
    #[inline]
    pub fn is_plain_generator(&self) -> bool {
        match self {
            Payload::Generator(g) => g
                .try_borrow()
                .map_or(true, |g| g.kind == generator::GenKind::Generator),
            _ => false,
        }
    }

    /// The kind of a generator-like object (None for other objects).
    #[inline]
    pub fn gen_kind(&self) -> Option<generator::GenKind> {
        match self {
            Payload::Generator(g) => Some(
                g.try_borrow()
                    .map_or(generator::GenKind::Generator, |g| g.kind),
            ),
            _ => None,
        }
    }

    /// The host object, if this is a host object of type `T` (host.rs).
    #[inline]
    pub fn host<T: host::HostObject>(&self) -> Option<&T> {
        match self {
            Payload::Host(h) => h.downcast(),
            _ => None,
        }
    }

    /// A short name of the variant, for debugging output.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::BigInt(_) => "int",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Function(_) => "function",
            Payload::Native(_) => "builtin_function_or_method",
            Payload::BoundMethod(_) => "method",
            Payload::Class(_) => "type",
            Payload::Instance(_) => "instance",
            Payload::Module(_) => "module",
            Payload::Code(_) => "code",
            Payload::Cell(_) => "cell",
            Payload::Iter(it) => it.type_name,
            Payload::Generator(g) => g.try_borrow().map_or("generator", |g| g.kind.type_name()),
            Payload::Property(_) => "property",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super(_) => "super",
            Payload::DictView(_, ViewKind::Keys) => "dict_keys",
            Payload::DictView(_, ViewKind::Values) => "dict_values",
            Payload::DictView(_, ViewKind::Items) => "dict_items",
            Payload::NotImplemented => "NotImplementedType",
            Payload::Ellipsis => "ellipsis",
            Payload::Host(h) => h.get().type_name(),
        }
    }

    /// Whether an object whose count reached zero wants a finalizer run
    /// before it is freed (an instance of a class with `__del__`, a
    /// generator suspended inside a `try`/`with`). Called for every freed
    /// object: a match on the payload kind, then a few flag reads.
    #[inline]
    pub fn wants_finalizer(&self) -> bool {
        match self {
            Payload::Instance(i) => class_has_del(&i.class),
            Payload::Generator(g) => g.try_borrow().is_ok_and(|g| {
                g.state == generator::GenState::Suspended
                    && (g.code.unit.handler_for(g.pc.saturating_sub(1)).is_some()
                        || g.code.unit.handler_for(g.pc).is_some())
            }),
            _ => false,
        }
    }
}

fn class_has_del(cls: &ObjRef) -> bool {
    class_of(cls).is_some_and(|c| {
        c.has_del.get()
            || c.mro
                .iter()
                .any(|b| class_of(b).is_some_and(|b| b.has_del.get()))
    })
}

impl Value {
    /// A new str value.
    pub fn str(s: &str) -> Value {
        Value::Obj(ObjRef::new(Payload::Str(PyStr::new(CompactString::new(s)))))
    }

    /// A new str value from an owned string.
    pub fn string(s: String) -> Value {
        Value::Obj(ObjRef::new(Payload::Str(PyStr::new(CompactString::from(
            s,
        )))))
    }

    /// An int value, normalised: small ints inline.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(ObjRef::new(Payload::BigInt(b))),
        }
    }

    /// A new tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(Payload::Tuple(items.into_boxed_slice())))
    }

    /// A new list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(Payload::List(PyCell::new(items))))
    }

    /// The heap object, if this is one.
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload, if this is a heap object.
    #[inline(always)]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(o.payload()),
            _ => None,
        }
    }

    /// The host object, if this is a host object of type `T` (host.rs).
    #[inline]
    pub fn host<T: host::HostObject>(&self) -> Option<&T> {
        self.payload().and_then(Payload::host)
    }

    /// The text, if this is a str.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(&s.s),
            _ => None,
        }
    }

    /// The `PyStr`, if this is a str.
    #[inline]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// Identity (`is`): immediates compare by value, objects by address.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// An int (inline or big) as a BigInt; bools count as ints.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(o) => match o.payload() {
                Payload::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}
