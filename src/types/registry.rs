//! The builtin type objects and the exception hierarchy, created once per VM
//! before anything else runs.

use std::collections::HashMap;

use crate::object::host::HostType;
use crate::object::{BuiltinType, NativeFunction, NativeKind, ObjRef, Payload, PyStr, Value};
use crate::vm::NativeFn;

use super::class::new_class;
use crate::object::dict::Dict;

/// The builtin types by role.
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none_type: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub module: ObjRef,
    pub code: ObjRef,
    pub cell: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    /// The type of `e.__traceback__` objects.
    pub traceback: ObjRef,
    /// `sandbox.Queue`.
    pub queue: ObjRef,
    /// The type of the handles `sandbox.spawn` returns.
    pub sandbox_handle: ObjRef,
    /// `sandbox.Proxy`, its bound methods and its iterators.
    pub proxy: ObjRef,
    pub proxy_method: ObjRef,
    pub proxy_iterator: ObjRef,
    /// The file objects `open` returns (text, binary read, binary write).
    pub text_file: ObjRef,
    pub binary_reader: ObjRef,
    pub binary_writer: ObjRef,
    /// The classes of host objects, by `HostType` slot (object/host.rs);
    /// `object` in a slot no class was registered for.
    pub host: Vec<ObjRef>,
    /// Iterator types by name (`list_iterator`, `map`, ...).
    pub iter_types: HashMap<&'static str, ObjRef>,
    pub object_new: ObjRef,
    pub object_init: ObjRef,
    pub object_setattr: ObjRef,
    pub object_delattr: ObjRef,
}

impl Types {
    /// Every builtin type, in a fixed order (the iterator types by name):
    /// what `__subclasses__` lists besides a sandbox's own classes.
    pub fn all_classes(&self) -> Vec<ObjRef> {
        let mut v = vec![
            self.object.clone(),
            self.type_.clone(),
            self.none_type.clone(),
            self.int.clone(),
            self.bool_.clone(),
            self.float.clone(),
            self.str_.clone(),
            self.bytes.clone(),
            self.tuple.clone(),
            self.list.clone(),
            self.dict.clone(),
            self.set.clone(),
            self.frozenset.clone(),
            self.range.clone(),
            self.slice.clone(),
            self.function.clone(),
            self.builtin_function.clone(),
            self.method.clone(),
            self.module.clone(),
            self.code.clone(),
            self.cell.clone(),
            self.generator.clone(),
            self.coroutine.clone(),
            self.async_generator.clone(),
            self.property.clone(),
            self.staticmethod.clone(),
            self.classmethod.clone(),
            self.super_.clone(),
            self.dict_keys.clone(),
            self.dict_values.clone(),
            self.dict_items.clone(),
            self.not_implemented_type.clone(),
            self.ellipsis_type.clone(),
            self.traceback.clone(),
            self.queue.clone(),
            self.sandbox_handle.clone(),
            self.proxy.clone(),
            self.proxy_method.clone(),
            self.proxy_iterator.clone(),
            self.text_file.clone(),
            self.binary_reader.clone(),
            self.binary_writer.clone(),
        ];
        let mut iters: Vec<(&&str, &ObjRef)> = self.iter_types.iter().collect();
        iters.sort_by_key(|(name, _)| **name);
        v.extend(iters.into_iter().map(|(_, c)| c.clone()));
        v
    }

    /// The type object of a builtin iterator.
    pub fn iter_type(&self, name: &str) -> ObjRef {
        self.iter_type_ref(name).clone()
    }

    /// `iter_type`, borrowed.
    pub fn iter_type_ref(&self, name: &str) -> &ObjRef {
        self.iter_types.get(name).unwrap_or(&self.object)
    }
}

/// The builtin exception classes the runtime raises itself.
pub struct ExcTypes {
    pub base_exception: ObjRef,
    pub exception: ObjRef,
    pub type_error: ObjRef,
    pub value_error: ObjRef,
    pub index_error: ObjRef,
    pub key_error: ObjRef,
    pub lookup_error: ObjRef,
    pub attribute_error: ObjRef,
    pub name_error: ObjRef,
    pub unbound_local_error: ObjRef,
    pub zero_division_error: ObjRef,
    pub overflow_error: ObjRef,
    pub runtime_error: ObjRef,
    pub recursion_error: ObjRef,
    pub not_implemented_error: ObjRef,
    pub stop_iteration: ObjRef,
    pub stop_async_iteration: ObjRef,
    pub generator_exit: ObjRef,
    pub assertion_error: ObjRef,
    pub memory_error: ObjRef,
    pub import_error: ObjRef,
    pub module_not_found_error: ObjRef,
    pub system_exit: ObjRef,
    pub os_error: ObjRef,
    pub syntax_error: ObjRef,
    pub unicode_error: ObjRef,
    /// `BaseExceptionGroup` and `ExceptionGroup` (which also derives from
    /// Exception), as CPython lays them out.
    pub base_exception_group: ObjRef,
    pub exception_group: ObjRef,
    /// `sandbox.SandboxError`: a child sandbox failed.
    pub sandbox_error: ObjRef,
    /// `sandbox.Empty`, `sandbox.Full`, `sandbox.QueueClosed`.
    pub queue_empty: ObjRef,
    pub queue_full: ObjRef,
    pub queue_closed: ObjRef,
    /// The `__cause__` of an exception re-raised from a proxy's owner: the
    /// owner's traceback.
    pub remote_traceback: ObjRef,
    /// A call on a proxy whose owner has ended (a SandboxError).
    pub proxy_closed: ObjRef,
    /// Every builtin exception class by name, for the builtins namespace.
    pub all: Vec<(&'static str, ObjRef)>,
}

fn str_obj(s: &str) -> ObjRef {
    let o = ObjRef::new(Payload::Str(PyStr::new(s.into())));
    o.make_immortal();
    o
}

fn mk(name: &str, bases: Vec<ObjRef>, builtin: Option<BuiltinType>) -> ObjRef {
    let n = str_obj(name);
    match new_class(
        n.clone(),
        n,
        bases,
        Dict::new(),
        builtin,
        crate::object::NO_AUTHORITY,
    ) {
        Ok(c) => {
            c.make_immortal();
            c
        }
        Err(e) => panic!("internal error: bad builtin class {name}: {e}"),
    }
}

/// A class of the `sandbox` module (its `__module__` says so).
fn sandbox_class(name: &str, base: ObjRef) -> ObjRef {
    let c = mk(name, vec![base], None);
    set_class_attr(&c, "__module__", Value::Obj(str_obj("sandbox")));
    c
}

/// A class of the `io` module (its `__module__` says `_io`, as CPython's).
fn io_class(name: &str, base: ObjRef) -> ObjRef {
    let c = mk(name, vec![base], None);
    set_class_attr(&c, "__module__", Value::Obj(str_obj("_io")));
    c
}

/// A native function object.
pub fn native(name: &'static str, func: NativeFn, kind: NativeKind) -> ObjRef {
    let o = ObjRef::new(Payload::Native(NativeFunction::new(name, func, kind, None)));
    o.make_immortal();
    o
}

/// Put `value` into a class namespace under `name`.
pub fn set_class_attr(cls: &ObjRef, name: &str, value: Value) {
    if let Payload::Class(c) = cls.payload() {
        let key = str_obj(name);
        let h = match key.payload() {
            Payload::Str(s) => super::str::str_hash(s),
            _ => 0,
        };
        let mut d = c.dict.borrow_mut();
        match super::dict_ops::find_str(&d, &key) {
            Some(i) => {
                d.set_value_at(i, value);
            }
            None => {
                d.push_new(h, Value::Obj(key), value);
            }
        }
    }
}

/// Add a native method (or function) to a class.
pub fn add_method(cls: &ObjRef, name: &'static str, func: NativeFn, kind: NativeKind) {
    let owner = match cls.payload() {
        Payload::Class(c) => c.builtin.filter(|b| b.is_value_base()),
        _ => None,
    };
    let o = ObjRef::new(Payload::Native(NativeFunction::new(
        name, func, kind, owner,
    )));
    o.make_immortal();
    set_class_attr(cls, name, Value::Obj(o));
}

/// A read-only property `name` on `cls` whose getter is the native `func`
/// (called with the instance).
pub fn add_property(cls: &ObjRef, name: &'static str, func: NativeFn) {
    let getter = Value::Obj(native(name, func, NativeKind::Method));
    let p = Payload::Property(Box::new([getter, Value::None, Value::None, Value::None]));
    set_class_attr(cls, name, Value::Obj(ObjRef::new(p)));
}

/// Create all builtin types and exception classes.
pub fn bootstrap() -> (Types, ExcTypes) {
    let object = mk("object", vec![], Some(BuiltinType::Object));
    let o = || vec![object.clone()];
    let t = |name: &str, b: BuiltinType| mk(name, vec![object.clone()], Some(b));
    let int = t("int", BuiltinType::Int);
    let bool_ = mk("bool", vec![int.clone()], Some(BuiltinType::Bool));
    let mut iter_types = HashMap::new();
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_ascii_iterator",
        "str_iterator",
        "bytes_iterator",
        "range_iterator",
        "longrange_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
        "list_reverseiterator",
        "callable_iterator",
        "iterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
    ] {
        iter_types.insert(name, mk(name, o(), Some(BuiltinType::Iterator)));
    }
    let types = Types {
        type_: t("type", BuiltinType::Type),
        none_type: t("NoneType", BuiltinType::NoneType),
        bool_,
        int,
        float: t("float", BuiltinType::Float),
        str_: t("str", BuiltinType::Str),
        bytes: t("bytes", BuiltinType::Bytes),
        tuple: t("tuple", BuiltinType::Tuple),
        list: t("list", BuiltinType::List),
        dict: t("dict", BuiltinType::Dict),
        set: t("set", BuiltinType::Set),
        frozenset: t("frozenset", BuiltinType::FrozenSet),
        range: t("range", BuiltinType::Range),
        slice: t("slice", BuiltinType::Slice),
        function: t("function", BuiltinType::Function),
        builtin_function: t("builtin_function_or_method", BuiltinType::BuiltinFunction),
        method: t("method", BuiltinType::Method),
        module: t("module", BuiltinType::Module),
        code: t("code", BuiltinType::Code),
        cell: t("cell", BuiltinType::Cell),
        generator: t("generator", BuiltinType::Generator),
        coroutine: t("coroutine", BuiltinType::Generator),
        async_generator: t("async_generator", BuiltinType::Generator),
        property: t("property", BuiltinType::Property),
        staticmethod: t("staticmethod", BuiltinType::StaticMethod),
        classmethod: t("classmethod", BuiltinType::ClassMethod),
        super_: t("super", BuiltinType::Super),
        dict_keys: t("dict_keys", BuiltinType::DictKeys),
        dict_values: t("dict_values", BuiltinType::DictValues),
        dict_items: t("dict_items", BuiltinType::DictItems),
        not_implemented_type: t("NotImplementedType", BuiltinType::NotImplementedType),
        ellipsis_type: t("ellipsis", BuiltinType::Ellipsis),
        traceback: mk("traceback", vec![object.clone()], None),
        queue: sandbox_class("Queue", object.clone()),
        sandbox_handle: sandbox_class("SandboxHandle", object.clone()),
        proxy: sandbox_class("Proxy", object.clone()),
        proxy_method: sandbox_class("proxy_method", object.clone()),
        proxy_iterator: sandbox_class("proxy_iterator", object.clone()),
        text_file: io_class("TextIOWrapper", object.clone()),
        binary_reader: io_class("BufferedReader", object.clone()),
        binary_writer: io_class("BufferedWriter", object.clone()),
        iter_types,
        host: Vec::new(),
        object_new: native(
            "__new__",
            super::object::object_new,
            NativeKind::StaticMethod,
        ),
        object_init: native("__init__", super::object::object_init, NativeKind::Method),
        object_setattr: native(
            "__setattr__",
            super::object::object_setattr,
            NativeKind::Method,
        ),
        object_delattr: native(
            "__delattr__",
            super::object::object_delattr,
            NativeKind::Method,
        ),
        object,
    };
    let mut types = types;
    register_host_types(&mut types);
    let exc = exception_hierarchy(&types.object);
    (types, exc)
}

/// The classes of the host objects of the floors above (object/host.rs).
fn register_host_types(t: &mut Types) {
    let classes = [
        (&crate::runtime::queue::QUEUE_TYPE, t.queue.clone()),
        (
            &crate::runtime::handle::HANDLE_TYPE,
            t.sandbox_handle.clone(),
        ),
        (&crate::proxy::PROXY_TYPE, t.proxy.clone()),
        (&crate::proxy::PROXY_METHOD_TYPE, t.proxy_method.clone()),
        (&crate::proxy::PROXY_ITERATOR_TYPE, t.proxy_iterator.clone()),
        (&crate::files::TEXT_FILE_TYPE, t.text_file.clone()),
        (&crate::files::BINARY_READER_TYPE, t.binary_reader.clone()),
        (&crate::files::BINARY_WRITER_TYPE, t.binary_writer.clone()),
    ];
    for (ty, cls) in classes {
        t.set_host_class(ty, cls);
    }
    for room in ROOMS
        .iter()
        .chain(super::itertools::ROOMS)
        .chain(super::operator_types::ROOMS)
        .chain(super::functools_types::ROOMS)
    {
        let cls = (room.class)(&t.object);
        t.set_host_class(room.ty, cls);
    }
}

/// A built-in type that lives in one room (object/host.rs): its type, the
/// function that builds its class with its methods, and whether the
/// builtins namespace binds its name.
pub struct TypeRoom {
    pub ty: &'static HostType,
    pub class: fn(object: &ObjRef) -> ObjRef,
    pub builtin: bool,
}

/// The built-in types that live in rooms of their own: adding one is one
/// line here.
pub const ROOMS: &[TypeRoom] = &[
    TypeRoom {
        ty: &crate::object::weakref::REF_TYPE,
        class: super::weakref::class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::object::weakref::PROXY_BASE_TYPE,
        class: super::weakref::proxy_class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::array::ARRAY_TYPE,
        class: super::array::class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::array::ARRAY_ITER_TYPE,
        class: super::array::iter_class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::stringio::STRINGIO_TYPE,
        class: super::stringio::class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::complex::COMPLEX_TYPE,
        class: super::complex::class,
        builtin: true,
    },
    TypeRoom {
        ty: &super::bytearray::BYTEARRAY_TYPE,
        class: super::bytearray::class,
        builtin: true,
    },
    TypeRoom {
        ty: &super::bytearray::BYTEARRAY_ITER_TYPE,
        class: super::bytearray::iter_class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::deque::DEQUE_TYPE,
        class: super::deque::class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::deque::DEQUE_ITER_TYPE,
        class: super::deque::iter_class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::memoryview::MEMORYVIEW_TYPE,
        class: super::memoryview::class,
        builtin: true,
    },
    TypeRoom {
        ty: &super::anext_awaitable::ANEXT_AWAITABLE_TYPE,
        class: super::anext_awaitable::class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::async_gen::ASEND_TYPE,
        class: super::async_gen::asend_class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::async_gen::ATHROW_TYPE,
        class: super::async_gen::athrow_class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::coroutine::COROUTINE_WRAPPER_TYPE,
        class: super::coroutine::wrapper_class,
        builtin: false,
    },
    TypeRoom {
        ty: &super::mappingproxy::MAPPINGPROXY_TYPE,
        class: super::mappingproxy::class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::modules::hashlib::HASH_TYPE,
        class: crate::modules::hashlib::hash_type_class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::modules::hashlib::HASHXOF_TYPE,
        class: crate::modules::hashlib::hashxof_type_class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::modules::hashlib::BLAKE2B_TYPE,
        class: crate::modules::hashlib::blake2b_type_class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::modules::hashlib::BLAKE2S_TYPE,
        class: crate::modules::hashlib::blake2s_type_class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::modules::zlib::COMPRESS_TYPE,
        class: crate::modules::zlib::compress_class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::modules::zlib::DECOMPRESS_TYPE,
        class: crate::modules::zlib::decompress_class,
        builtin: false,
    },
    TypeRoom {
        ty: &crate::vm::authority::FOREIGN_TYPE,
        class: crate::vm::authority::foreign_class,
        builtin: false,
    },
];

/// A new built-in class deriving from `object` (for a room's `class`).
pub fn builtin_class(name: &str, object: &ObjRef) -> ObjRef {
    mk(name, vec![object.clone()], None)
}

impl Types {
    /// Register `cls` as the class of host objects of type `ty`.
    pub fn set_host_class(&mut self, ty: &'static HostType, cls: ObjRef) {
        let i = ty.slot();
        if self.host.len() <= i {
            self.host.resize(i + 1, self.object.clone());
        }
        self.host[i] = cls;
    }

    /// The class of host objects of type `ty`.
    #[inline]
    pub fn host_class(&self, ty: &HostType) -> ObjRef {
        self.host_class_ref(ty).clone()
    }

    /// `host_class`, borrowed.
    #[inline]
    pub fn host_class_ref(&self, ty: &HostType) -> &ObjRef {
        self.host.get(ty.slot()).unwrap_or(&self.object)
    }
}

fn exception_hierarchy(object: &ObjRef) -> ExcTypes {
    // (name, parent) in an order where parents come first.
    const TREE: &[(&str, &str)] = &[
        ("BaseException", ""),
        ("SystemExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"),
        ("GeneratorExit", "BaseException"),
        ("Exception", "BaseException"),
        ("StopIteration", "Exception"),
        ("StopAsyncIteration", "Exception"),
        ("ArithmeticError", "Exception"),
        ("FloatingPointError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"),
        ("ZeroDivisionError", "ArithmeticError"),
        ("AssertionError", "Exception"),
        ("AttributeError", "Exception"),
        ("BufferError", "Exception"),
        ("EOFError", "Exception"),
        ("ImportError", "Exception"),
        ("ModuleNotFoundError", "ImportError"),
        ("LookupError", "Exception"),
        ("IndexError", "LookupError"),
        ("KeyError", "LookupError"),
        ("MemoryError", "Exception"),
        ("NameError", "Exception"),
        ("UnboundLocalError", "NameError"),
        ("OSError", "Exception"),
        ("BlockingIOError", "OSError"),
        ("ChildProcessError", "OSError"),
        ("ConnectionError", "OSError"),
        ("BrokenPipeError", "ConnectionError"),
        ("ConnectionAbortedError", "ConnectionError"),
        ("ConnectionRefusedError", "ConnectionError"),
        ("ConnectionResetError", "ConnectionError"),
        ("FileExistsError", "OSError"),
        ("FileNotFoundError", "OSError"),
        ("InterruptedError", "OSError"),
        ("IsADirectoryError", "OSError"),
        ("NotADirectoryError", "OSError"),
        ("PermissionError", "OSError"),
        ("ProcessLookupError", "OSError"),
        ("TimeoutError", "OSError"),
        ("ReferenceError", "Exception"),
        ("RuntimeError", "Exception"),
        ("NotImplementedError", "RuntimeError"),
        ("RecursionError", "RuntimeError"),
        ("SyntaxError", "Exception"),
        ("IndentationError", "SyntaxError"),
        ("TabError", "IndentationError"),
        ("SystemError", "Exception"),
        ("TypeError", "Exception"),
        ("ValueError", "Exception"),
        ("UnicodeError", "ValueError"),
        ("UnicodeDecodeError", "UnicodeError"),
        ("UnicodeEncodeError", "UnicodeError"),
        ("UnicodeTranslateError", "UnicodeError"),
        ("Warning", "Exception"),
        ("BytesWarning", "Warning"),
        ("DeprecationWarning", "Warning"),
        ("EncodingWarning", "Warning"),
        ("FutureWarning", "Warning"),
        ("ImportWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"),
        ("ResourceWarning", "Warning"),
        ("RuntimeWarning", "Warning"),
        ("SyntaxWarning", "Warning"),
        ("UnicodeWarning", "Warning"),
        ("UserWarning", "Warning"),
    ];
    let mut all: Vec<(&'static str, ObjRef)> = Vec::new();
    for (name, parent) in TREE {
        let base = if parent.is_empty() {
            object.clone()
        } else {
            all.iter()
                .find(|(n, _)| n == parent)
                .map(|(_, c)| c.clone())
                .unwrap_or_else(|| object.clone())
        };
        let builtin = if parent.is_empty() {
            Some(BuiltinType::BaseException)
        } else {
            None
        };
        let c = mk(name, vec![base], builtin);
        if builtin.is_none() {
            // Builtin exception classes are not user classes: mark them by
            // giving them BaseException's layout through `base_kind`.
        }
        all.push((name, c));
    }
    let base_group = mk("BaseExceptionGroup", vec![all[0].1.clone()], None);
    let exception = all
        .iter()
        .find(|(n, _)| *n == "Exception")
        .map(|(_, c)| c.clone())
        .unwrap_or_else(|| object.clone());
    let group = mk("ExceptionGroup", vec![base_group.clone(), exception], None);
    all.push(("BaseExceptionGroup", base_group));
    all.push(("ExceptionGroup", group));
    let get = |n: &str| {
        all.iter()
            .find(|(k, _)| *k == n)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| object.clone())
    };
    let sandbox_error = sandbox_class("SandboxError", get("Exception"));
    ExcTypes {
        base_exception: get("BaseException"),
        exception: get("Exception"),
        type_error: get("TypeError"),
        value_error: get("ValueError"),
        index_error: get("IndexError"),
        key_error: get("KeyError"),
        lookup_error: get("LookupError"),
        attribute_error: get("AttributeError"),
        name_error: get("NameError"),
        unbound_local_error: get("UnboundLocalError"),
        zero_division_error: get("ZeroDivisionError"),
        overflow_error: get("OverflowError"),
        runtime_error: get("RuntimeError"),
        recursion_error: get("RecursionError"),
        not_implemented_error: get("NotImplementedError"),
        stop_iteration: get("StopIteration"),
        stop_async_iteration: get("StopAsyncIteration"),
        generator_exit: get("GeneratorExit"),
        assertion_error: get("AssertionError"),
        memory_error: get("MemoryError"),
        import_error: get("ImportError"),
        module_not_found_error: get("ModuleNotFoundError"),
        system_exit: get("SystemExit"),
        os_error: get("OSError"),
        syntax_error: get("SyntaxError"),
        unicode_error: get("UnicodeError"),
        base_exception_group: get("BaseExceptionGroup"),
        exception_group: get("ExceptionGroup"),
        sandbox_error: sandbox_error.clone(),
        remote_traceback: sandbox_class("RemoteTraceback", get("Exception")),
        proxy_closed: sandbox_class("ProxyClosed", sandbox_error),
        queue_empty: sandbox_class("Empty", get("Exception")),
        queue_full: sandbox_class("Full", get("Exception")),
        queue_closed: sandbox_class("QueueClosed", get("Exception")),
        all,
    }
}
