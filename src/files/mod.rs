//! The file controller: `open` and the `os` file functions inside a sandbox
//! are requests to one host-owned thread (a host service, one per runtime,
//! started on first use), which applies the sandbox's file grants.
//!
//! - `vfs.rs`: the virtual namespace (mounts, `/tmp`, path resolution and
//!   every check against path tricks);
//! - `tmpfs.rs`: the in-memory `/tmp` and its quota;
//! - `controller.rs`: the service (open files per sandbox, caps);
//! - `errno.rs`: OSError values, mapped from host errors without their text;
//! - `file.rs`: the Python file objects and the `open` builtin.
//!
//! A file object holds only its number in the controller's table: closing
//! it (or dropping it) tells the controller, which forgets it.

pub mod controller;
pub mod errno;
pub mod file;
pub mod meta;
pub mod tmpfs;
pub mod vfs;

use std::cell::Cell;
use std::sync::Arc;

use crate::object::host::{HostObject, HostType};
use crate::proxy::service::{Caller, ServiceRef};
use crate::runtime::SandboxShared;
use crate::runtime::data::Data;

/// A file opened through the controller, as a sandbox holds it.
pub struct File {
    /// The controller's number for the open file.
    pub id: u64,
    /// Binary (`b` in the mode).
    pub binary: bool,
    /// Opened for reading.
    pub readable: bool,
    /// Opened for writing or appending.
    pub writable: bool,
    /// The path as the sandbox named it.
    pub name: String,
    /// The mode string as given to `open`.
    pub mode: String,
    /// `close()` was called.
    pub closed: Cell<bool>,
    /// The controller.
    pub(crate) service: ServiceRef,
    /// The sandbox that opened it (the controller's key for its files).
    pub(crate) owner: Arc<SandboxShared>,
}

impl Drop for File {
    fn drop(&mut self) {
        if !self.closed.get() {
            self.service.post(
                Caller {
                    sandbox: self.owner.clone(),
                    grants: self.owner.grants.clone(),
                },
                "close",
                vec![Data::Int(self.id as i64)],
            );
        }
    }
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

/// `open()` in text mode.
pub static TEXT_FILE_TYPE: HostType = HostType::new("TextIOWrapper");
/// `open()` in binary read mode.
pub static BINARY_READER_TYPE: HostType = HostType::new("BufferedReader");
/// `open()` in binary write or append mode.
pub static BINARY_WRITER_TYPE: HostType = HostType::new("BufferedWriter");

/// An open file is this sandbox's (its position and buffers are local): it
/// cannot be frozen.
impl HostObject for File {
    fn host_type(&self) -> &'static HostType {
        match (self.binary, self.writable) {
            (false, _) => &TEXT_FILE_TYPE,
            (true, false) => &BINARY_READER_TYPE,
            (true, true) => &BINARY_WRITER_TYPE,
        }
    }

    fn repr(&self, _addr: usize) -> String {
        File::repr(self)
    }
}
