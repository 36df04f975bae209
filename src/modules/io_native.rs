//! `_io`: what the `io` module (Python shipped in the binary,
//! `src/stdlib/io.py`) takes from Rust: the classes of the file objects
//! `open` returns (`TextIOWrapper`, `BufferedReader`, `BufferedWriter`,
//! files/file.rs), `StringIO` (a native type, types/stringio.rs) and
//! `UnsupportedOperation` (a class of this sandbox, subclass of OSError
//! and ValueError, which StringIO's natives raise). A private accelerator,
//! importable wherever `io` is (`modules::check_granted`).

use crate::object::dict::Dict;
use crate::object::{ObjRef, PyResult, Value};
use crate::types::class::new_class;
use crate::types::stringio::STRINGIO_TYPE;
use crate::vm::Vm;

use super::set;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let classes = [
        ("TextIOWrapper", vm.types.text_file.clone()),
        ("BufferedReader", vm.types.binary_reader.clone()),
        ("BufferedWriter", vm.types.binary_writer.clone()),
        ("StringIO", vm.types.host_class(&STRINGIO_TYPE)),
    ];
    for (name, cls) in classes {
        set(vm, d, name, Value::Obj(cls))?;
    }
    let bases = vec![
        vm.builtin_exc_class("OSError"),
        vm.builtin_exc_class("ValueError"),
    ];
    let name = vm.intern("UnsupportedOperation");
    let cls = match new_class(
        name.clone(),
        name,
        bases,
        Dict::new(),
        None,
        crate::object::NO_AUTHORITY,
    ) {
        Ok(c) => c,
        Err(m) => return Err(vm.type_error(m)),
    };
    crate::types::registry::set_class_attr(&cls, "__module__", Value::str("io"));
    vm.type_epoch += 1;
    set(vm, d, "UnsupportedOperation", Value::Obj(cls))
}
