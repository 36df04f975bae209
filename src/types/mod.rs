//! The builtin types: their tables, operators and methods.
//!
//! One file per type (or family) for methods, registered into the type
//! objects by `register_all` at VM start.

pub mod anext_awaitable;
pub mod array;
pub mod async_gen;
pub mod bigcost;
pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod bytes_text;
pub mod class;
pub mod code_attrs;
pub mod complex;
pub mod coroutine;
pub mod deque;
pub mod dict_methods;
pub mod dict_ops;
pub mod exception_group;
pub mod exceptions;
pub mod functools_types;
pub mod hash;
pub mod int;
pub mod int_bytes;
pub mod iter_pickle;
pub mod itertools;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod metaclass;
pub mod misc;
pub mod num;
pub mod object;
pub mod operator_types;
pub mod range;
pub mod registry;
pub mod repr;
pub mod seq_ops;
pub mod set;
pub mod set_ops;
pub mod slot_methods;
pub mod sort;
pub mod special_attrs;
pub mod str;
pub mod str_algo;
pub mod stringio;
pub mod syntax_error;
pub mod tuple;
pub mod unicode_printable;
pub mod weakref;

use crate::vm::Vm;

/// Install every builtin type's methods.
pub fn register_all(vm: &mut Vm) {
    object::register(vm);
    int::register(vm);
    int_bytes::register(vm);
    str::register(vm);
    bytes::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict_methods::register(vm);
    set::register(vm);
    slot_methods::register(vm);
    misc::register(vm);
    coroutine::register(vm);
    async_gen::register(vm);
    exceptions::register(vm);
    crate::builtins::iteration::register_iter_types(vm);
    crate::modules::sandbox::register_types(vm);
    crate::files::file::register_types(vm);
}
