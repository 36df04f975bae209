//! The virtual namespace a sandbox sees: where a path it names leads.
//!
//! Its working directory is `/`. Each mount (`Grants::mounts`) shows one
//! host directory at a virtual path; `/tmp` is the in-memory file system
//! when granted; the parent directories of mount points exist, read-only,
//! listing only the way to the mounts; nothing else exists.
//!
//! Invariants:
//! - a path is normalised lexically first (`virtual_path`), so `..` can
//!   never climb above `/`, and only then matched against the mounts
//!   (`Grants::place`: the longest mount point wins, and a mount at or
//!   under `/tmp` beats the in-memory `/tmp`); import mounts count only
//!   for `locate_module`;
//! - a host path is reached only through `check_host` (or `check_entry`),
//!   which walks it one component at a time from the mount's root and
//!   refuses (EACCES) a symlink whose target is not inside that root before
//!   looking at anything after it, so the answer never depends on what
//!   exists outside the mount; it refuses anything but regular files and
//!   directories;
//! - every error names the path as the sandbox wrote it, never a host path.

use std::path::{Component, Path, PathBuf};

use crate::proxy::service::ServiceError;
use crate::runtime::grants::{Granted, Grants, Mount, virtual_path};

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
    locate_in(g, name, false)
}

/// `locate` for the importer: the import mounts count too.
pub fn locate_module<'g>(g: &'g Grants, name: &str) -> Result<Place<'g>, ServiceError> {
    locate_in(g, name, true)
}

fn locate_in<'g>(g: &'g Grants, name: &str, imports: bool) -> Result<Place<'g>, ServiceError> {
    let v = virtual_path(name).ok_or_else(nul_error)?;
    match g.place(&v, imports) {
        Some(Granted::Tmp(rel)) => return Ok(Place::Tmp(rel)),
        Some(Granted::Mount(m)) => {
            let rel = v.strip_prefix(&m.at).unwrap_or(Path::new(""));
            return Ok(Place::Host {
                mount: m,
                host: m.host.join(rel),
            });
        }
        None => {}
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

/// How far a host path exists, walked one component at a time from a
/// directory that is known to be inside the mount.
enum Walked {
    /// All of it: the canonical path.
    All(PathBuf),
    /// All but the last component, which is absent: the parent's
    /// canonical path (a directory) and that last name.
    Last(PathBuf, std::ffi::OsString),
    /// Some earlier component is absent.
    Less,
}

/// Walk `rest` down from the canonical directory `from`, following each
/// symlink met on the way. A symlink whose target is not inside `inside`
/// (or has no target: dangling, a loop) is refused with EACCES before
/// anything after it is looked at, so the answer never depends on what
/// exists outside the mount.
fn walk(from: PathBuf, rest: &Path, inside: &Path, name: &str) -> Result<Walked, ServiceError> {
    let parts: Vec<_> = rest
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    let mut cur = from;
    for (i, part) in parts.iter().enumerate() {
        let next = cur.join(part.as_os_str());
        match std::fs::symlink_metadata(&next) {
            Ok(md) if md.file_type().is_symlink() => match std::fs::canonicalize(&next) {
                Ok(t) if t.starts_with(inside) => cur = t,
                _ => return Err(os_error(EACCES, name)),
            },
            Ok(_) => cur = next,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if i + 1 == parts.len() {
                    if !std::fs::metadata(&cur).is_ok_and(|m| m.is_dir()) {
                        return Err(os_error(ENOTDIR, name));
                    }
                    return Ok(Walked::Last(cur, part.as_os_str().to_owned()));
                }
                return Ok(Walked::Less);
            }
            Err(e) => return Err(from_io(&e, name)),
        }
    }
    Ok(Walked::All(cur))
}

/// The mount's canonical root: its host directory, reached from its bound
/// (the host's original grant) without leaving it.
fn root(mount: &Mount, name: &str) -> Result<PathBuf, ServiceError> {
    let bound = std::fs::canonicalize(&mount.bound).map_err(|_| os_error(ENOENT, name))?;
    if bound != mount.bound {
        // The granted directory was replaced (by a symlink, say) since.
        return Err(os_error(EACCES, name));
    }
    let rest = mount
        .host
        .strip_prefix(&mount.bound)
        .unwrap_or(Path::new(""));
    match walk(bound, rest, &mount.bound, name)? {
        Walked::All(r) if std::fs::metadata(&r).is_ok_and(|m| m.is_dir()) => Ok(r),
        Walked::All(_) => Err(os_error(ENOTDIR, name)),
        Walked::Last(..) | Walked::Less => Err(os_error(ENOENT, name)),
    }
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
/// `name`), whether or not its target exists.
pub fn check_host(mount: &Mount, host: &Path, name: &str) -> Result<Checked, ServiceError> {
    let root = root(mount, name)?;
    let rest = host.strip_prefix(&mount.host).unwrap_or(Path::new(""));
    match walk(root.clone(), rest, &root, name)? {
        Walked::All(c) => {
            let dir = kind_ok(&c, name)?;
            Ok(Checked::Exists(c, dir))
        }
        Walked::Last(parent, file) => Ok(Checked::Missing(parent.join(file))),
        Walked::Less => Ok(Checked::NoParent),
    }
}

/// The host path of `host`'s directory entry itself (its parent resolved
/// and checked, the last component not followed), for removing it.
pub fn check_entry(mount: &Mount, host: &Path, name: &str) -> Result<PathBuf, ServiceError> {
    let root = root(mount, name)?;
    let rest = host.strip_prefix(&mount.host).unwrap_or(Path::new(""));
    let (Some(parent), Some(file)) = (rest.parent(), rest.file_name()) else {
        // The mount point itself.
        return Err(os_error(EACCES, name));
    };
    let pc = match walk(root.clone(), parent, &root, name)? {
        Walked::All(pc) => pc,
        Walked::Last(..) | Walked::Less => return Err(os_error(ENOENT, name)),
    };
    if !std::fs::metadata(&pc).is_ok_and(|m| m.is_dir()) {
        return Err(os_error(ENOTDIR, name));
    }
    let p = pc.join(file);
    if p == root || !p.starts_with(&root) {
        return Err(os_error(EACCES, name));
    }
    Ok(p)
}
