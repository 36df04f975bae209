//! Functions written in Rust, as the object floor holds them.
//!
//! A native receives the interpreter (`vm::Vm`), which lives two floors up:
//! this floor cannot name it. It stores the function pointer with the
//! interpreter's type erased to [`Interp`], an opaque zero-sized type that
//! nothing can read, build or move out of. `vm/native.rs` erases a
//! `vm::NativeFn` on the way in and restores the same type on the way out,
//! so every call runs a function at the type it was written with
//! (docs/soundness.md, "Natives").

use std::marker::PhantomData;

use super::{Args, PyResult, Value};

/// The interpreter as this floor sees it: opaque. A `&mut Interp` is only
/// ever a `&mut vm::Vm` passed through an erased pointer; a zero-sized type
/// with a private field, it has no bytes to read and cannot be constructed
/// outside this file.
pub struct Interp {
    _opaque: [u8; 0],
    /// Not `Send`/`Sync`, as the interpreter it stands for.
    _local: PhantomData<*mut ()>,
}

/// A native function with the interpreter's type erased (see the module
/// docs); `vm::native` turns one back into a `vm::NativeFn`.
pub type ErasedFn = fn(&mut Interp, &Args) -> PyResult<Value>;

/// How a native function binds when found on a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A plain function (builtins, module functions): never binds.
    Function,
    /// A method of a builtin type: binds `self` like a Python function.
    Method,
    /// A class method of a builtin type (`dict.fromkeys`): binds the class.
    ClassMethod,
    /// A static method of a builtin type (`str.maketrans`).
    StaticMethod,
}

/// A function written in Rust.
#[derive(Clone, Copy)]
pub struct NativeFunction {
    pub name: &'static str,
    /// The function, erased (see the module docs).
    pub erased: ErasedFn,
    pub kind: NativeKind,
    /// The builtin value type whose method this is (str, int, list, ...), if
    /// any: called on an instance of a subclass, it receives the instance's
    /// base value as `self`.
    pub owner: Option<super::BuiltinType>,
}
