//! The virtual namespace a sandbox sees: where a path it names leads.
//!
//! Its working directory is `/`. Each mount (`Grants::mounts`) shows one
//! host directory at a virtual path; `/tmp` is the in-memory file system
//! when granted; the parent directories of mount points exist, read-only,
//! listing only the way to the mounts; nothing else exists.
//!
//! Invariants:
//! - a path is normalised lexically first (`virtual_path`), so `..` can
//!   never climb above `/`, and only then matched against the mounts (the
//!   longest mount point wins);
//! - a host path is reached only through `check_host`, which resolves its
//!   symlinks and refuses any that lands outside the mount's canonical root,
//!   and refuses anything but regular files and directories;
//! - every error names the path as the sandbox wrote it, never a host path.

use std::path::{Path, PathBuf};

use crate::proxy::service::ServiceError;
use crate::runtime::grants::{Grants, Mount, virtual_path};

use super::errno::*;

/// Where a virtual path leads.
pub enum Place<'g> {
    /// Under a host mount: the host path (symlinks not yet resolved).
    Host { mount: &'g Mount, host: PathBuf },
    /// In `/tmp`: the path relative to it.
    Tmp(PathBuf),
    /// A directory that exists only as the way to mounts: its entries.
    Virtual(Vec<String>),
    /// Nothing.
    Absent,
}

/// The ValueError CPython raises for a path with a NUL byte.
pub fn nul_error() -> ServiceError {
    ServiceError::new("ValueError", "embedded null byte")
}

/// Find where `name` (as the sandbox wrote it) leads.
pub fn locate<'g>(g: &'g Grants, name: &str) -> Result<Place<'g>, ServiceError> {
    let v = virtual_path(name).ok_or_else(nul_error)?;
    if g.tmp.is_some()
        && let Ok(rel) = v.strip_prefix("/tmp")
    {
        return Ok(Place::Tmp(rel.to_path_buf()));
    }
    if let Some(m) = g
        .mounts
        .iter()
        .filter(|m| v.starts_with(&m.at))
        .max_by_key(|m| m.at.components().count())
    {
        let rel = v.strip_prefix(&m.at).unwrap_or(Path::new(""));
        return Ok(Place::Host {
            mount: m,
            host: m.host.join(rel),
        });
    }
    let mut points: Vec<&Path> = g.mounts.iter().map(|m| m.at.as_path()).collect();
    if g.tmp.is_some() {
        points.push(Path::new("/tmp"));
    }
    let mut names: Vec<String> = Vec::new();
    let mut is_dir = false;
    for p in points {
        if let Ok(rest) = p.strip_prefix(&v)
            && let Some(first) = rest.components().next()
        {
            is_dir = true;
            let n = first.as_os_str().to_string_lossy().into_owned();
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    if is_dir || v == Path::new("/") {
        names.sort();
        Ok(Place::Virtual(names))
    } else {
        Ok(Place::Absent)
    }
}

/// A host path checked against its mount.
pub enum Checked {
    /// It exists: its canonical path, and whether it is a directory.
    Exists(PathBuf, bool),
    /// It does not exist; it may be created at this path (its parent is a
    /// directory inside the mount).
    Missing(PathBuf),
    /// Neither it nor its parent exists.
    NoParent,
}

/// The mount's canonical root, itself inside the mount's bound.
fn root(mount: &Mount, name: &str) -> Result<PathBuf, ServiceError> {
    let r = std::fs::canonicalize(&mount.host).map_err(|_| os_error(ENOENT, name))?;
    if !r.starts_with(&mount.bound) {
        return Err(os_error(EACCES, name));
    }
    Ok(r)
}

/// Only regular files and directories are served.
fn kind_ok(p: &Path, name: &str) -> Result<bool, ServiceError> {
    let md = std::fs::metadata(p).map_err(|e| from_io(&e, name))?;
    if md.is_dir() {
        Ok(true)
    } else if md.is_file() {
        Ok(false)
    } else {
        // Devices, fifos and sockets.
        Err(os_error(EACCES, name))
    }
}

/// Resolve `host` (under `mount`) on the host: symlinks are followed, and
/// any that leads outside the mount is refused (PermissionError naming
/// `name`).
pub fn check_host(mount: &Mount, host: &Path, name: &str) -> Result<Checked, ServiceError> {
    let root = root(mount, name)?;
    match std::fs::canonicalize(host) {
        Ok(c) => {
            if !c.starts_with(&root) {
                return Err(os_error(EACCES, name));
            }
            let dir = kind_ok(&c, name)?;
            Ok(Checked::Exists(c, dir))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(host).is_ok() {
                // A dangling symlink: where it points is not ours to create.
                return Err(os_error(EACCES, name));
            }
            let (Some(parent), Some(file)) = (host.parent(), host.file_name()) else {
                return Ok(Checked::NoParent);
            };
            match std::fs::canonicalize(parent) {
                Ok(pc) => {
                    if !pc.starts_with(&root) {
                        return Err(os_error(EACCES, name));
                    }
                    if !kind_ok(&pc, name)? {
                        return Err(os_error(ENOTDIR, name));
                    }
                    Ok(Checked::Missing(pc.join(file)))
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Checked::NoParent),
                Err(e) => Err(from_io(&e, name)),
            }
        }
        Err(e) => Err(from_io(&e, name)),
    }
}

/// The host path of `host`'s directory entry itself (its parent resolved
/// and checked, the last component not followed), for removing it.
pub fn check_entry(mount: &Mount, host: &Path, name: &str) -> Result<PathBuf, ServiceError> {
    let root = root(mount, name)?;
    let (Some(parent), Some(file)) = (host.parent(), host.file_name()) else {
        return Err(os_error(EACCES, name));
    };
    let pc = std::fs::canonicalize(parent).map_err(|e| from_io(&e, name))?;
    if !pc.starts_with(&root) {
        return Err(os_error(EACCES, name));
    }
    let p = pc.join(file);
    if p == root || !p.starts_with(&root) {
        return Err(os_error(EACCES, name));
    }
    Ok(p)
}
