//! The controller's requests about files rather than their contents:
//! `stat` (what `os.stat` and `os.path.get*` report) and `rename` (what
//! `os.rename`/`os.replace` do), under the caller's grants like every
//! other request (see vfs.rs for how a path is located and checked).
//!
//! Invariants: a host path is reached only through `vfs::check_host` /
//! `vfs::check_entry`, so symlinks out of a mount are refused before
//! anything is reported; what is reported hides the host's users (uid and
//! gid are 0); files in the in-memory `/tmp` and the virtual directories
//! leading to mounts have no times (0) and get inode numbers from their
//! place in memory.

use std::os::unix::fs::MetadataExt;

use crate::proxy::service::{Caller, ServiceError};
use crate::runtime::data::Data;

use super::errno::*;
use super::tmpfs::{Kind, TmpFs};
use super::vfs::{self, Checked, Place};

/// `S_IFDIR` and `S_IFREG` of `st_mode`.
const S_IFDIR: i64 = 0o040000;
const S_IFREG: i64 = 0o100000;

/// `[mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns]`
/// of the file or directory `name`.
pub fn stat(tmp: &TmpFs, caller: &Caller, name: &str) -> Result<Data, ServiceError> {
    let fields: [i64; 10] = match vfs::locate(caller.grants(), name)? {
        Place::Absent => return Err(os_error(ENOENT, name)),
        Place::Virtual(_) => [S_IFDIR | 0o555, virtual_ino(name), 0, 2, 0, 0, 0, 0, 0, 0],
        Place::Tmp(rel) => match tmp.get(&rel) {
            None => return Err(os_error(ENOENT, name)),
            Some(Kind::Dir) => [
                S_IFDIR | 0o755,
                virtual_ino(&rel.to_string_lossy()),
                1,
                2,
                0,
                0,
                0,
                0,
                0,
                0,
            ],
            Some(Kind::File(f)) => {
                let size = f.lock().data.len() as i64;
                let ino = std::sync::Arc::as_ptr(&f) as usize as i64 & i64::MAX;
                [S_IFREG | 0o644, ino, 1, 1, 0, 0, size, 0, 0, 0]
            }
        },
        Place::Host { mount, host } => match vfs::check_host(mount, &host, name)? {
            Checked::Exists(p, _) => {
                let md = std::fs::metadata(&p).map_err(|e| from_io(&e, name))?;
                let ns = |s: i64, n: i64| s.saturating_mul(1_000_000_000).saturating_add(n);
                let mut mode = i64::from(md.mode());
                if !mount.writable {
                    mode &= !0o222;
                }
                [
                    mode,
                    md.ino() as i64 & i64::MAX,
                    md.dev() as i64 & i64::MAX,
                    md.nlink() as i64 & i64::MAX,
                    0,
                    0,
                    i64::try_from(md.size()).unwrap_or(i64::MAX),
                    ns(md.atime(), md.atime_nsec()),
                    ns(md.mtime(), md.mtime_nsec()),
                    ns(md.ctime(), md.ctime_nsec()),
                ]
            }
            _ => return Err(os_error(ENOENT, name)),
        },
    };
    Ok(Data::List(fields.iter().map(|v| Data::Int(*v)).collect()))
}

/// A stable inode number for a path with no inode of its own.
fn virtual_ino(path: &str) -> i64 {
    // FNV-1a: stable across runs, unlike the std hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in path.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h >> 1) as i64
}

/// Rename `src` to `dst` (replacing a file, or an empty directory when
/// `src` is one, as POSIX rename does). Both must be in the same place:
/// the in-memory `/tmp`, or one writable mount.
pub fn rename(
    tmp: &mut TmpFs,
    caller: &Caller,
    src: &str,
    dst: &str,
) -> Result<Data, ServiceError> {
    let g = caller.grants();
    match (vfs::locate(g, src)?, vfs::locate(g, dst)?) {
        (Place::Absent, _) => Err(os_error(ENOENT, src)),
        (Place::Virtual(_), _) | (_, Place::Virtual(_)) => Err(os_error(EACCES, src)),
        (Place::Tmp(a), Place::Tmp(b)) => tmp
            .rename(&a, &b)
            .map(|()| Data::None)
            .map_err(|e| os_error(e, src)),
        (
            Place::Host {
                mount: ma,
                host: ha,
            },
            Place::Host {
                mount: mb,
                host: hb,
            },
        ) if std::ptr::eq(ma, mb) => {
            if !ma.writable {
                return Err(os_error(EACCES, src));
            }
            let from = vfs::check_entry(ma, &ha, src)?;
            let to = match vfs::check_host(mb, &hb, dst)? {
                Checked::Exists(p, _) => vfs::check_entry(mb, &hb, dst).unwrap_or(p),
                Checked::Missing(p) => p,
                Checked::NoParent => return Err(os_error(ENOENT, src)),
            };
            std::fs::symlink_metadata(&from).map_err(|e| from_io(&e, src))?;
            std::fs::rename(&from, &to)
                .map(|()| Data::None)
                .map_err(|e| from_io(&e, src))
        }
        (_, Place::Absent) => Err(os_error(ENOENT, src)),
        // Between /tmp and a mount, or two mounts: another device.
        _ => Err(os_error(EXDEV, src)),
    }
}
