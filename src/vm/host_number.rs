//! Native number types whose class a sandbox supplies (decimal's
//! `Decimal`): a host object type (object/host.rs) whose Python class is
//! made by Python code in each sandbox, and whose arithmetic and
//! comparisons the VM reaches without a class lookup.
//!
//! A module registers such a type once per sandbox with
//! [`Vm::set_host_number`]: the class `type(x)` returns for its objects in
//! this sandbox, the two entry points below, and the module's state for
//! them. Until a sandbox registers one, its objects have the class the
//! type registry gave (`object` when none).
//!
//! Invariants:
//! - The entry points are asked only when neither operand is an instance
//!   of a Python class (a subclass instance may define the reflected
//!   operator, which must then run first): at least one operand is an
//!   object of the registered type, the other a builtin value or another
//!   host object. They answer `None` for anything they do not compute, and
//!   the VM then takes its general road (the class's dunders), so a hook
//!   never changes what an operation means, only how fast it gets there.
//! - The construct and text hooks follow the same rule: `cls(x)` and
//!   `str(x)` computed as the class's `__new__`/`__init__` and `__str__`
//!   would, or `None`. A hook checks itself that the class's methods are
//!   still the ones it stands for (decimal.py's class can be changed by
//!   assignment, unlike CPython's C type).
//! - The entries are per sandbox (`Vm::host_numbers`), like the class and
//!   the state they hold, which are local objects.

use std::any::Any;
use std::rc::Rc;

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::host::HostType;
use crate::object::{ObjRef, Payload, PyResult, Value};

use super::Vm;

/// `a op b`, `None` when the hook does not compute it.
pub type BinaryHook = fn(&mut Vm, &Value, &Value, BinOpKind) -> PyResult<Option<Value>>;
/// `a op b` for a comparison, `None` when the hook does not compute it.
pub type CompareHook = fn(&mut Vm, &Value, &Value, CmpOpKind) -> PyResult<Option<Value>>;
/// `cls(*args)` for the registered class itself, positional arguments
/// only; `None` when the hook does not compute it.
pub type ConstructHook = fn(&mut Vm, &[Value]) -> PyResult<Option<Value>>;
/// `str(x)`; `None` when the hook does not compute it.
pub type TextHook = fn(&mut Vm, &Value) -> PyResult<Option<Value>>;

/// A registered native number type (see the module docs).
pub struct HostNumber {
    /// The class of the type's objects in this sandbox.
    pub class: ObjRef,
    pub binary: BinaryHook,
    pub compare: CompareHook,
    pub construct: ConstructHook,
    pub text: TextHook,
    /// What the module keeps for the hooks and its natives.
    pub state: Rc<dyn Any>,
}

impl Vm {
    /// Register `n` as the number protocol (and class) of `ty` in this
    /// sandbox, replacing an earlier registration.
    pub fn set_host_number(&mut self, ty: &'static HostType, n: HostNumber) {
        let i = ty.slot();
        if self.host_numbers.len() <= i {
            self.host_numbers.resize_with(i + 1, || None);
        }
        self.host_numbers[i] = Some(n);
        self.type_epoch += 1;
    }

    /// The registration of `ty` in this sandbox.
    #[inline]
    pub fn host_number(&self, ty: &HostType) -> Option<&HostNumber> {
        self.host_numbers.get(ty.slot())?.as_ref()
    }

    /// The registration for the type of `v`, when `v` is a host object of
    /// a registered type.
    #[inline]
    fn host_number_of(&self, v: &Value) -> Option<&HostNumber> {
        match v.payload() {
            Some(Payload::Host(h)) => self.host_number(h.get().host_type()),
            _ => None,
        }
    }

    /// Import the module that registers the type of `v`, when `v` is a
    /// host object of such a type that this sandbox has not registered
    /// (a frozen Decimal from a sandbox that imported decimal); true when
    /// it is registered afterwards. An import that fails (no grant) leaves
    /// the object with the registry's class.
    #[cold]
    #[inline(never)]
    pub(crate) fn register_host_number(&mut self, v: &Value) -> bool {
        let ty = match v.payload() {
            Some(Payload::Host(h)) => h.get().host_type(),
            _ => return false,
        };
        let Some(module) = ty.module else {
            return false;
        };
        if self.host_number(ty).is_some() {
            return true;
        }
        // Once per sandbox and type: a failed import is not retried.
        let i = ty.slot();
        if self.host_import_tried.len() <= i {
            self.host_import_tried.resize(i + 1, false);
        }
        if std::mem::replace(&mut self.host_import_tried[i], true) {
            return false;
        }
        let _ = self.import_module(module);
        self.host_number(ty).is_some()
    }

    /// Whether `v` is an object of a type that a module registers but this
    /// sandbox has not yet.
    #[inline]
    fn unregistered(&self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Host(h)) => {
                let ty = h.get().host_type();
                ty.module.is_some() && self.host_number(ty).is_none()
            }
            _ => false,
        }
    }

    /// Register the type of either operand when it needs it (see
    /// `register_host_number`).
    #[inline]
    fn register_operands(&mut self, a: &Value, b: &Value) {
        if self.unregistered(a) {
            self.register_host_number(a);
        }
        if self.unregistered(b) {
            self.register_host_number(b);
        }
    }

    /// The class of a host object of type `ty`: this sandbox's
    /// registration first, then the type registry's.
    #[inline]
    pub(crate) fn host_class_of(&self, ty: &HostType) -> &ObjRef {
        match self.host_numbers.get(ty.slot()) {
            Some(Some(n)) => &n.class,
            _ => self.types.host_class_ref(ty),
        }
    }

    /// The registered hook's `a op b`, when either operand is an object of
    /// a registered type and neither is an instance of a Python class.
    #[inline]
    pub(crate) fn host_binary(
        &mut self,
        a: &Value,
        b: &Value,
        kind: BinOpKind,
    ) -> PyResult<Option<Value>> {
        self.register_operands(a, b);
        if self.host_numbers.is_empty() {
            return Ok(None);
        }
        let hook = match self.host_number_of(a).or_else(|| self.host_number_of(b)) {
            Some(n) => n.binary,
            None => return Ok(None),
        };
        if is_instance(a) || is_instance(b) {
            return Ok(None);
        }
        hook(self, a, b, kind)
    }

    /// The registered hook's comparison, as `host_binary`.
    #[inline]
    pub(crate) fn host_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOpKind,
    ) -> PyResult<Option<Value>> {
        self.register_operands(a, b);
        if self.host_numbers.is_empty() {
            return Ok(None);
        }
        let hook = match self.host_number_of(a).or_else(|| self.host_number_of(b)) {
            Some(n) => n.compare,
            None => return Ok(None),
        };
        if is_instance(a) || is_instance(b) {
            return Ok(None);
        }
        hook(self, a, b, op)
    }
}

impl Vm {
    /// The registered hook's `cls(*args)`, when `cls` is the class of a
    /// registered type.
    #[inline]
    pub(crate) fn host_construct(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let hook = self
            .host_numbers
            .iter()
            .flatten()
            .find(|n| n.class.is(cls))
            .map(|n| n.construct);
        match hook {
            Some(h) => h(self, args),
            None => Ok(None),
        }
    }

    /// The registered hook's `str(v)`, when `v` is an object of a
    /// registered type.
    #[inline]
    pub(crate) fn host_text(&mut self, v: &Value) -> PyResult<Option<Value>> {
        match self.host_number_of(v).map(|n| n.text) {
            Some(h) => h(self, v),
            None => Ok(None),
        }
    }
}

/// Whether `v` is an instance of a Python class or a class with a
/// metaclass (whose operators Python code may define).
#[inline]
fn is_instance(v: &Value) -> bool {
    v.payload()
        .is_some_and(|p| matches!(p, Payload::Instance(_)) || super::meta::has_metaclass(p))
}
