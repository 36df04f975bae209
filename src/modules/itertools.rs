//! The `itertools` module: its iterator types live in one room,
//! `types/itertools/` (registered with the builtin types); this file binds
//! them, and `tee`, to the module's names.

use crate::object::{ObjRef, PyResult, Value};
use crate::types::itertools as it;
use crate::vm::Vm;

use super::{def, set};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let types: &[(&str, &'static crate::object::host::HostType)] = &[
        ("count", &it::COUNT),
        ("cycle", &it::CYCLE),
        ("repeat", &it::REPEAT),
        ("accumulate", &it::ACCUMULATE),
        ("chain", &it::CHAIN),
        ("compress", &it::COMPRESS),
        ("dropwhile", &it::DROPWHILE),
        ("takewhile", &it::TAKEWHILE),
        ("filterfalse", &it::FILTERFALSE),
        ("groupby", &it::GROUPBY),
        ("_grouper", &it::GROUPER),
        ("islice", &it::ISLICE),
        ("pairwise", &it::PAIRWISE),
        ("starmap", &it::STARMAP),
        ("_tee", &it::TEE),
        ("_tee_dataobject", &it::TEE_DATA),
        ("zip_longest", &it::ZIP_LONGEST),
        ("product", &it::PRODUCT),
        ("permutations", &it::PERMUTATIONS),
        ("combinations", &it::COMBINATIONS),
        ("combinations_with_replacement", &it::CWR),
    ];
    for (name, ty) in types {
        let cls = vm.types.host_class(ty);
        set(vm, d, name, Value::Obj(cls))?;
    }
    def(vm, d, "tee", it::tee)?;
    set(
        vm,
        d,
        "__doc__",
        Value::str("Functional tools for creating and using iterators."),
    )?;
    Ok(())
}
