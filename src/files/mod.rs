//! The file controller: `open` and the `os` file functions inside a sandbox
//! are requests to one host-owned thread, which applies the sandbox's file
//! grants (see docs/architecture.md).

use crate::object::ObjRef;
use crate::types::registry::Types;

/// A file opened through the controller, as a sandbox holds it.
pub struct File {
    /// The controller's number for the open file.
    pub id: u64,
    /// Binary (`b` in the mode).
    pub binary: bool,
    /// Opened for writing or appending.
    pub writable: bool,
    /// The path as the sandbox named it.
    pub name: String,
    /// The mode string as given to `open`.
    pub mode: String,
}

impl File {
    /// The Python type name (`TextIOWrapper`, `BufferedReader`, `BufferedWriter`).
    pub fn type_name(&self) -> &'static str {
        match (self.binary, self.writable) {
            (false, _) => "TextIOWrapper",
            (true, false) => "BufferedReader",
            (true, true) => "BufferedWriter",
        }
    }

    /// The type object of this file.
    pub fn type_object(&self, t: &Types) -> ObjRef {
        match (self.binary, self.writable) {
            (false, _) => t.text_file.clone(),
            (true, false) => t.binary_reader.clone(),
            (true, true) => t.binary_writer.clone(),
        }
    }

    /// `repr(f)`, as CPython words it.
    pub fn repr(&self) -> String {
        let name = crate::types::str_algo::str_repr(&self.name);
        if self.binary {
            format!("<_io.{} name={name}>", self.type_name())
        } else {
            format!(
                "<_io.TextIOWrapper name={name} mode={} encoding='utf-8'>",
                crate::types::str_algo::str_repr(&self.mode)
            )
        }
    }
}
