//! `_io`: what the `io` module (Python shipped in the binary,
//! `src/stdlib/io.py`) cannot reach from Python: the classes of the file
//! objects `open` returns (`TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, files/file.rs). A private accelerator, importable
//! wherever `io` is (`modules::check_granted`).

use crate::object::{ObjRef, PyResult, Value};
use crate::vm::Vm;

use super::set;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let classes = [
        ("TextIOWrapper", vm.types.text_file.clone()),
        ("BufferedReader", vm.types.binary_reader.clone()),
        ("BufferedWriter", vm.types.binary_writer.clone()),
    ];
    for (name, cls) in classes {
        set(vm, d, name, Value::Obj(cls))?;
    }
    Ok(())
}
