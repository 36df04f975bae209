//! The errors the file controller answers with: CPython's OSError
//! subclasses built from `(errno, strerror, filename)`, where the filename
//! is always the path as the sandbox wrote it. A host `io::Error` is mapped
//! here to its errno and strerror only: its text (which may carry a host
//! path) never reaches a sandbox.

use crate::proxy::service::ServiceError;
use crate::runtime::data::Data;

pub const EPERM: i64 = 1;
pub const ENOENT: i64 = 2;
pub const EIO: i64 = 5;
pub const EBADF: i64 = 9;
pub const EACCES: i64 = 13;
pub const EEXIST: i64 = 17;
pub const EXDEV: i64 = 18;
pub const ENOTDIR: i64 = 20;
pub const EISDIR: i64 = 21;
pub const EINVAL: i64 = 22;
pub const EMFILE: i64 = 24;
pub const ENOSPC: i64 = 28;
pub const EROFS: i64 = 30;
pub const ENOTEMPTY: i64 = 39;

/// CPython's strerror for the errnos the controller uses.
pub fn strerror(errno: i64) -> &'static str {
    match errno {
        EPERM => "Operation not permitted",
        ENOENT => "No such file or directory",
        EIO => "Input/output error",
        EBADF => "Bad file descriptor",
        EACCES => "Permission denied",
        EEXIST => "File exists",
        EXDEV => "Invalid cross-device link",
        ENOTDIR => "Not a directory",
        EISDIR => "Is a directory",
        EINVAL => "Invalid argument",
        EMFILE => "Too many open files",
        ENOSPC => "No space left on device",
        EROFS => "Read-only file system",
        ENOTEMPTY => "Directory not empty",
        _ => "Input/output error",
    }
}

/// The exception class CPython raises for an errno.
fn class(errno: i64) -> &'static str {
    match errno {
        ENOENT => "FileNotFoundError",
        EEXIST => "FileExistsError",
        EPERM | EACCES => "PermissionError",
        EISDIR => "IsADirectoryError",
        ENOTDIR => "NotADirectoryError",
        _ => "OSError",
    }
}

/// `[Errno N] strerror: 'name'` as the right OSError subclass.
pub fn os_error(errno: i64, name: &str) -> ServiceError {
    ServiceError {
        exception: class(errno).to_string(),
        args: vec![
            Data::Int(errno),
            Data::Str(strerror(errno).to_string()),
            Data::Str(name.to_string()),
        ],
    }
}

/// `[Errno N] strerror` with no file name.
pub fn os_error_bare(errno: i64) -> ServiceError {
    ServiceError {
        exception: class(errno).to_string(),
        args: vec![Data::Int(errno), Data::Str(strerror(errno).to_string())],
    }
}

/// The errno of a host error (its text is dropped).
pub fn errno_of(e: &std::io::Error) -> i64 {
    match e.raw_os_error() {
        Some(n) => i64::from(n),
        None => match e.kind() {
            std::io::ErrorKind::NotFound => ENOENT,
            std::io::ErrorKind::PermissionDenied => EACCES,
            std::io::ErrorKind::AlreadyExists => EEXIST,
            std::io::ErrorKind::InvalidInput => EINVAL,
            _ => EIO,
        },
    }
}

/// A host error on the file the sandbox called `name`.
pub fn from_io(e: &std::io::Error, name: &str) -> ServiceError {
    let n = errno_of(e);
    // Only errnos with a known wording pass; the rest read as EIO.
    let n = if strerror(n) == strerror(EIO) { EIO } else { n };
    os_error(n, name)
}

/// A host error described without its (host-path-bearing) text, for the
/// host's own messages.
pub fn describe(e: &std::io::Error) -> String {
    let text = e.to_string();
    text.split(" (os error").next().unwrap_or(&text).to_string()
}
