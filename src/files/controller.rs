//! The file controller: one host service per runtime (`RuntimeInner::files`)
//! that opens, reads and writes files for every sandbox, applying each
//! caller's grants (`vfs.rs`), caps (files created, bytes written) and its
//! `/tmp` quota (`tmpfs.rs`).
//!
//! Invariants:
//! - open files are kept per sandbox (keyed by the caller's id): a sandbox
//!   can name only its own, and has at most `MAX_OPEN` at once;
//! - a cap is checked before the bytes land: a write that would pass the
//!   `written` cap, or a creation past the `files` cap, stops the sandbox
//!   (`Meter::stop`) and changes nothing; a write past the `/tmp` quota is
//!   ENOSPC;
//! - text files are UTF-8, read with universal newlines (`\r\n` and `\r`
//!   read as `\n`) and written as given. A file keeps its read-ahead as raw
//!   bytes, so its position (`tell`) is always a byte offset.

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::proxy::service::{Caller, Service, ServiceError};
use crate::runtime::data::Data;
use crate::runtime::limits::Resource;

use super::errno::*;
use super::tmpfs::{Kind, TmpFileRef, TmpFs};
use super::vfs::{self, Checked, Place};

/// Files one sandbox may hold open at once.
pub const MAX_OPEN: usize = 256;
/// Bytes read ahead at a time.
const CHUNK: usize = 8192;

enum Handle {
    Host(std::fs::File),
    Tmp { file: TmpFileRef, pos: u64 },
}

impl Handle {
    fn read(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        match self {
            Handle::Host(f) => {
                let mut buf = vec![0; n];
                let k = f.read(&mut buf)?;
                buf.truncate(k);
                Ok(buf)
            }
            Handle::Tmp { file, pos } => {
                let g = file.lock();
                let start = (*pos as usize).min(g.data.len());
                let end = start.saturating_add(n).min(g.data.len());
                *pos = end as u64;
                Ok(g.data[start..end].to_vec())
            }
        }
    }

    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        match self {
            Handle::Host(f) => f.seek(to),
            Handle::Tmp { file, pos } => {
                let len = file.lock().data.len() as i64;
                let p = match to {
                    SeekFrom::Start(n) => n as i64,
                    SeekFrom::Current(d) => *pos as i64 + d,
                    SeekFrom::End(d) => len + d,
                };
                if p < 0 {
                    return Err(std::io::Error::from_raw_os_error(EINVAL as i32));
                }
                *pos = p as u64;
                Ok(*pos)
            }
        }
    }
}

struct OpenFile {
    handle: Handle,
    /// The path as the sandbox named it (for errors).
    name: String,
    readable: bool,
    writable: bool,
    append: bool,
    text: bool,
    /// Bytes read ahead and not yet handed out.
    buf: Vec<u8>,
    /// The last read found the end.
    eof: bool,
}

impl OpenFile {
    /// Read one more chunk into `buf`; false at the end.
    fn fill(&mut self) -> Result<bool, ServiceError> {
        let more = self
            .handle
            .read(CHUNK)
            .map_err(|e| from_io(&e, &self.name))?;
        if more.is_empty() {
            self.eof = true;
            return Ok(false);
        }
        self.buf.extend_from_slice(&more);
        Ok(true)
    }

    /// Give the read-ahead back (before a write or seek).
    fn unread(&mut self) -> Result<(), ServiceError> {
        if !self.buf.is_empty() {
            let back = -(self.buf.len() as i64);
            self.handle
                .seek(SeekFrom::Current(back))
                .map_err(|e| from_io(&e, &self.name))?;
            self.buf.clear();
        }
        self.eof = false;
        Ok(())
    }

    /// Up to `n` bytes (all that is left when `n` is negative), or up to
    /// and including the next newline when `line`.
    fn read_bytes(&mut self, n: i64, line: bool) -> Result<Vec<u8>, ServiceError> {
        loop {
            let nl = if line {
                self.buf.iter().position(|&b| b == b'\n').map(|i| i + 1)
            } else {
                None
            };
            let enough = nl.is_some() || (n >= 0 && self.buf.len() >= n as usize);
            if enough || !self.fill()? {
                let mut k = nl.unwrap_or(self.buf.len());
                if n >= 0 {
                    k = k.min(n as usize);
                }
                return Ok(self.buf.drain(..k).collect());
            }
        }
    }

    /// The text counterpart of `read_bytes`: `n` counts characters.
    fn read_text(&mut self, n: i64, line: bool) -> Result<String, ServiceError> {
        loop {
            if let Some((s, used)) =
                take_text(&self.buf, n, line, self.eof).map_err(|at| decode_error(&self.buf, at))?
            {
                self.buf.drain(..used);
                return Ok(s);
            }
            self.fill()?;
        }
    }
}

/// The UnicodeDecodeError for invalid UTF-8 at `at`.
fn decode_error(buf: &[u8], at: usize) -> ServiceError {
    ServiceError::new(
        "UnicodeDecodeError",
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
            buf.get(at).copied().unwrap_or(0)
        ),
    )
}

/// Decode text from the start of `buf` with universal newlines: up to `n`
/// characters (all when negative), stopping after a newline when `line`.
/// Returns the text and the bytes it used, or None when more bytes are
/// needed to decide (and the end has not been seen); Err(position) on
/// invalid UTF-8.
fn take_text(buf: &[u8], n: i64, line: bool, eof: bool) -> Result<Option<(String, usize)>, usize> {
    let (valid, bad) = match std::str::from_utf8(buf) {
        Ok(s) => (s, false),
        Err(e) => (
            std::str::from_utf8(&buf[..e.valid_up_to()]).unwrap_or(""),
            e.error_len().is_some() || eof,
        ),
    };
    // More text may still come after `valid`.
    let open = valid.len() == buf.len() && !eof;
    let mut out = String::new();
    let mut count: i64 = 0;
    let mut chars = valid.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if n >= 0 && count >= n {
            return Ok(Some((out, i)));
        }
        if c == '\r' {
            match chars.peek() {
                Some((_, '\n')) => {
                    chars.next();
                }
                // A `\r` at the end of what is read: `\r\n` or not?
                None if open => return Ok(None),
                _ => {}
            }
            out.push('\n');
        } else {
            out.push(c);
        }
        count += 1;
        if line && (c == '\r' || c == '\n') {
            let used = chars.peek().map_or(valid.len(), |(j, _)| *j);
            return Ok(Some((out, used)));
        }
    }
    if n >= 0 && count >= n {
        return Ok(Some((out, valid.len())));
    }
    if bad {
        if out.is_empty() || (n < 0 && !line) {
            return Err(valid.len());
        }
        return Ok(Some((out, valid.len())));
    }
    if valid.len() == buf.len() && eof {
        return Ok(Some((out, valid.len())));
    }
    Ok(None)
}

/// The file controller (one per runtime).
#[derive(Default)]
pub struct FileController {
    tmp: TmpFs,
    /// Open files by sandbox id, then by file id.
    open: HashMap<u64, HashMap<u64, OpenFile>>,
    next_id: u64,
}

fn arg_str(args: &[Data], i: usize) -> Result<&str, ServiceError> {
    args.get(i)
        .and_then(Data::as_str)
        .ok_or_else(|| ServiceError::bad_args("a path must be a str"))
}

fn arg_int(args: &[Data], i: usize) -> Result<i64, ServiceError> {
    args.get(i)
        .and_then(Data::as_int)
        .ok_or_else(|| ServiceError::bad_args("an integer is required"))
}

/// Charge `n` more files created; past the cap the sandbox is stopped.
/// The cap may be the caller's own or an enclosing sandbox's (caps bound
/// a sandbox with its descendants): the caller is the one stopped.
fn charge_file(caller: &Caller) -> Result<(), ServiceError> {
    let s = &caller.sandbox;
    if let Err((cap, used)) = s.room_for(Resource::Files, 1) {
        s.meter.stop(Resource::Files.exceeded(cap, used + 1));
        return Err(os_error_bare(EPERM));
    }
    s.add(Resource::Files, 1);
    Ok(())
}

/// Check `n` bytes against the `written` cap (before they are written).
fn check_written(caller: &Caller, n: u64) -> Result<(), ServiceError> {
    let s = &caller.sandbox;
    if let Err((cap, used)) = s.room_for(Resource::Written, n) {
        s.meter.stop(Resource::Written.exceeded(cap, used + n));
        return Err(os_error_bare(EPERM));
    }
    Ok(())
}

/// What `open` was asked for.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    truncate: bool,
    exclusive: bool,
    text: bool,
}

impl Mode {
    fn parse(m: &str) -> Mode {
        let plus = m.contains('+');
        let (w, a, x) = (m.contains('w'), m.contains('a'), m.contains('x'));
        Mode {
            read: m.contains('r') || plus,
            write: w || a || x || plus,
            append: a,
            create: w || a || x,
            truncate: w,
            exclusive: x,
            text: !m.contains('b'),
        }
    }
}

impl FileController {
    fn file(&mut self, caller: &Caller, id: i64) -> Result<&mut OpenFile, ServiceError> {
        self.open
            .get_mut(&caller.id())
            .and_then(|t| t.get_mut(&(id as u64)))
            .ok_or_else(|| ServiceError::new("ValueError", "I/O operation on closed file."))
    }

    fn open(&mut self, caller: &Caller, name: &str, mode: &str) -> Result<Data, ServiceError> {
        let mode = Mode::parse(mode);
        let count = self.open.get(&caller.id()).map_or(0, HashMap::len);
        if count >= MAX_OPEN {
            return Err(os_error(EMFILE, name));
        }
        let g = caller.grants();
        let handle = match vfs::locate(g, name)? {
            Place::Absent if mode.write => return Err(os_error(EACCES, name)),
            Place::Absent => return Err(os_error(ENOENT, name)),
            Place::Virtual(_) => return Err(os_error(EISDIR, name)),
            Place::Host { mount, host } => {
                if mode.write && !mount.writable {
                    return Err(os_error(EACCES, name));
                }
                let (path, exists) = match vfs::check_host(mount, &host, name)? {
                    Checked::Exists(_, true) => return Err(os_error(EISDIR, name)),
                    Checked::Exists(p, false) => (p, true),
                    Checked::Missing(p) => (p, false),
                    Checked::NoParent => return Err(os_error(ENOENT, name)),
                };
                if exists && mode.exclusive {
                    return Err(os_error(EEXIST, name));
                }
                if !exists && !mode.create {
                    return Err(os_error(ENOENT, name));
                }
                if !exists {
                    charge_file(caller)?;
                }
                let f = std::fs::OpenOptions::new()
                    .read(mode.read)
                    .write(mode.write && !mode.append)
                    .append(mode.append)
                    .truncate(mode.truncate)
                    .create_new(!exists)
                    .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
                    .open(&path)
                    .map_err(|e| from_io(&e, name))?;
                let md = f.metadata().map_err(|e| from_io(&e, name))?;
                if !md.is_file() {
                    return Err(os_error(EACCES, name));
                }
                Handle::Host(f)
            }
            Place::Tmp(rel) => {
                let file = match self.tmp.get(&rel) {
                    Some(Kind::Dir) => return Err(os_error(EISDIR, name)),
                    Some(Kind::File(_)) if mode.exclusive => return Err(os_error(EEXIST, name)),
                    Some(Kind::File(f)) => {
                        if mode.truncate {
                            let mut d = f.lock();
                            self.tmp.used -= d.data.len() as u64;
                            d.data = Vec::new();
                        }
                        f
                    }
                    None if !mode.create => return Err(os_error(ENOENT, name)),
                    None => {
                        if let Some(e) = tmp_parent_error(&self.tmp, &rel) {
                            return Err(os_error(e, name));
                        }
                        charge_file(caller)?;
                        self.tmp.create(&rel).map_err(|e| os_error(e, name))?
                    }
                };
                Handle::Tmp { file, pos: 0 }
            }
        };
        self.next_id += 1;
        let id = self.next_id;
        let mut of = OpenFile {
            handle,
            name: name.to_string(),
            readable: mode.read,
            writable: mode.write,
            append: mode.append,
            text: mode.text,
            buf: Vec::new(),
            eof: false,
        };
        if mode.append {
            of.handle
                .seek(SeekFrom::End(0))
                .map_err(|e| from_io(&e, name))?;
        }
        self.open.entry(caller.id()).or_default().insert(id, of);
        Ok(Data::Int(id as i64))
    }

    fn read(&mut self, caller: &Caller, args: &[Data], line: bool) -> Result<Data, ServiceError> {
        let n = arg_int(args, 1)?;
        let f = self.file(caller, arg_int(args, 0)?)?;
        if !f.readable {
            return Err(ServiceError::new("io.UnsupportedOperation", "not readable"));
        }
        if f.text {
            Ok(Data::Str(f.read_text(n, line)?))
        } else {
            Ok(Data::Bytes(f.read_bytes(n, line)?))
        }
    }

    fn write(&mut self, caller: &Caller, args: &[Data]) -> Result<Data, ServiceError> {
        let id = arg_int(args, 0)?;
        // Bytes written to a file already open are the sandbox's to pay for
        // (the open itself was checked against the caller's authority).
        let quota = caller.sandbox_grants().tmp.unwrap_or(0);
        let tmp_used = self.tmp.used;
        let f = self.file(caller, id)?;
        if !f.writable {
            return Err(ServiceError::new("io.UnsupportedOperation", "not writable"));
        }
        let (bytes, answer) = match args.get(1) {
            Some(Data::Str(s)) => (s.as_bytes(), s.chars().count()),
            Some(Data::Bytes(b)) => (b.as_slice(), b.len()),
            _ => return Err(ServiceError::bad_args("write() needs str or bytes")),
        };
        f.unread()?;
        if f.append {
            f.handle
                .seek(SeekFrom::End(0))
                .map_err(|e| from_io(&e, &f.name))?;
        }
        let n = bytes.len() as u64;
        let mut grew = 0;
        if let Handle::Tmp { file, pos } = &f.handle {
            let len = file.lock().data.len() as u64;
            grew = (*pos + n).saturating_sub(len);
            if tmp_used + grew > quota {
                return Err(os_error_bare(ENOSPC));
            }
        }
        check_written(caller, n)?;
        match &mut f.handle {
            Handle::Host(h) => h.write_all(bytes).map_err(|e| from_io(&e, &f.name))?,
            Handle::Tmp { file, pos } => {
                let mut g = file.lock();
                let start = *pos as usize;
                if g.data.len() < start {
                    g.data.resize(start, 0);
                }
                let end = start + bytes.len();
                if g.data.len() < end {
                    g.data.resize(end, 0);
                }
                g.data[start..end].copy_from_slice(bytes);
                *pos = end as u64;
            }
        }
        self.tmp.used += grew;
        caller.sandbox.add(Resource::Written, n);
        Ok(Data::Int(answer as i64))
    }

    fn seek(&mut self, caller: &Caller, args: &[Data]) -> Result<Data, ServiceError> {
        let (off, whence) = (arg_int(args, 1)?, arg_int(args, 2)?);
        let f = self.file(caller, arg_int(args, 0)?)?;
        let ahead = f.buf.len() as i64;
        f.buf.clear();
        f.eof = false;
        let to = match whence {
            0 if off >= 0 => SeekFrom::Start(off as u64),
            0 => {
                return Err(ServiceError::new(
                    "ValueError",
                    format!("negative seek position {off}"),
                ));
            }
            1 => SeekFrom::Current(off - ahead),
            2 => SeekFrom::End(off),
            w => {
                return Err(ServiceError::new(
                    "ValueError",
                    format!("invalid whence ({w}, should be 0, 1 or 2)"),
                ));
            }
        };
        let p = f.handle.seek(to).map_err(|e| from_io(&e, &f.name))?;
        Ok(Data::Int(p as i64))
    }

    fn tell(&mut self, caller: &Caller, args: &[Data]) -> Result<Data, ServiceError> {
        let f = self.file(caller, arg_int(args, 0)?)?;
        let p = f
            .handle
            .seek(SeekFrom::Current(0))
            .map_err(|e| from_io(&e, &f.name))?;
        Ok(Data::Int(p as i64 - f.buf.len() as i64))
    }

    fn close(&mut self, caller: &Caller, args: &[Data]) -> Result<Data, ServiceError> {
        let id = arg_int(args, 0)? as u64;
        let t = self.open.get_mut(&caller.id());
        let f = t.and_then(|t| t.remove(&id));
        if self.open.get(&caller.id()).is_some_and(HashMap::is_empty) {
            self.open.remove(&caller.id());
        }
        if let Some(OpenFile {
            handle: Handle::Tmp { file, .. },
            ..
        }) = f
        {
            self.tmp.release(file);
        }
        Ok(Data::None)
    }

    /// "file", "dir" or "" (absent, or not the sandbox's to see).
    fn kind(&mut self, caller: &Caller, name: &str) -> Data {
        let k = match vfs::locate(caller.grants(), name) {
            Ok(Place::Virtual(_)) => "dir",
            Ok(Place::Tmp(rel)) => match self.tmp.get(&rel) {
                Some(Kind::Dir) => "dir",
                Some(Kind::File(_)) => "file",
                None => "",
            },
            Ok(Place::Host { mount, host }) => match vfs::check_host(mount, &host, name) {
                Ok(Checked::Exists(_, true)) => "dir",
                Ok(Checked::Exists(_, false)) => "file",
                _ => "",
            },
            _ => "",
        };
        Data::Str(k.to_string())
    }

    fn listdir(&mut self, caller: &Caller, name: &str) -> Result<Data, ServiceError> {
        let mut names = match vfs::locate(caller.grants(), name)? {
            Place::Absent => return Err(os_error(ENOENT, name)),
            Place::Virtual(n) => n,
            Place::Tmp(rel) => match self.tmp.get(&rel) {
                Some(Kind::Dir) => self.tmp.list(&rel),
                Some(Kind::File(_)) => return Err(os_error(ENOTDIR, name)),
                None => return Err(os_error(ENOENT, name)),
            },
            Place::Host { mount, host } => match vfs::check_host(mount, &host, name)? {
                Checked::Exists(p, true) => {
                    let rd = std::fs::read_dir(&p).map_err(|e| from_io(&e, name))?;
                    let mut out = Vec::new();
                    for e in rd {
                        let e = e.map_err(|e| from_io(&e, name))?;
                        out.push(e.file_name().to_string_lossy().into_owned());
                    }
                    out
                }
                Checked::Exists(_, false) => return Err(os_error(ENOTDIR, name)),
                _ => return Err(os_error(ENOENT, name)),
            },
        };
        names.sort();
        Ok(Data::List(names.into_iter().map(Data::Str).collect()))
    }

    /// `remove` (dir false) or `rmdir` (dir true).
    fn remove(&mut self, caller: &Caller, name: &str, dir: bool) -> Result<Data, ServiceError> {
        match vfs::locate(caller.grants(), name)? {
            Place::Absent => Err(os_error(ENOENT, name)),
            Place::Virtual(_) => Err(os_error(EACCES, name)),
            Place::Tmp(rel) => {
                let r = if dir {
                    self.tmp.rmdir(&rel)
                } else {
                    self.tmp.remove(&rel)
                };
                r.map(|()| Data::None).map_err(|e| os_error(e, name))
            }
            Place::Host { mount, host } => {
                if !mount.writable {
                    return Err(os_error(EACCES, name));
                }
                let p = vfs::check_entry(mount, &host, name)?;
                let md = std::fs::symlink_metadata(&p).map_err(|e| from_io(&e, name))?;
                let r = if dir {
                    if !md.is_dir() {
                        return Err(os_error(ENOTDIR, name));
                    }
                    std::fs::remove_dir(&p)
                } else {
                    if md.is_dir() {
                        return Err(os_error(EISDIR, name));
                    }
                    std::fs::remove_file(&p)
                };
                r.map(|()| Data::None).map_err(|e| from_io(&e, name))
            }
        }
    }

    fn mkdir(&mut self, caller: &Caller, name: &str) -> Result<Data, ServiceError> {
        match vfs::locate(caller.grants(), name)? {
            Place::Absent => Err(os_error(EACCES, name)),
            Place::Virtual(_) => Err(os_error(EEXIST, name)),
            Place::Tmp(rel) => self
                .tmp
                .mkdir(&rel)
                .map(|()| Data::None)
                .map_err(|e| os_error(e, name)),
            Place::Host { mount, host } => {
                let path = match vfs::check_host(mount, &host, name)? {
                    Checked::Exists(..) => return Err(os_error(EEXIST, name)),
                    Checked::NoParent => return Err(os_error(ENOENT, name)),
                    Checked::Missing(p) => p,
                };
                if !mount.writable {
                    return Err(os_error(EACCES, name));
                }
                std::fs::create_dir(&path)
                    .map(|()| Data::None)
                    .map_err(|e| from_io(&e, name))
            }
        }
    }
}

impl FileController {
    /// The importer's one request: the source of module `name` (the last
    /// part of a dotted name, an identifier: checked by the VM, and again
    /// here) from the first directory of `dirs` (virtual paths: the import
    /// path, or a package's `__path__`) that holds `<name>/__init__.py` (a
    /// package) or `<name>.py`, read under the caller's read grants and
    /// import mounts. `[path, source, is_package]`, or None when no
    /// directory holds it (or the caller may not see it: the importer says
    /// "No module named ..." either way).
    fn find_module(&mut self, caller: &Caller, args: &[Data]) -> Result<Data, ServiceError> {
        let name = arg_str(args, 0)?;
        if !crate::types::str_algo::isidentifier(name) {
            return Err(ServiceError::new(
                "ModuleNotFoundError",
                format!("No module named {}", crate::types::str_algo::str_repr(name)),
            ));
        }
        let dirs: &[Data] = match args.get(1) {
            Some(Data::List(d)) => d,
            _ => {
                return Err(ServiceError::bad_args(
                    "find_module() needs a list of directories",
                ));
            }
        };
        // In each directory, in order: a package (`name/__init__.py`), then
        // a module (`name.py`), as CPython's path finder looks.
        for dir in dirs {
            let Some(dir) = dir.as_str() else { continue };
            let dir = dir.trim_end_matches('/');
            for (file, package) in [
                (format!("{name}/__init__.py"), true),
                (format!("{name}.py"), false),
            ] {
                let path = format!("{dir}/{file}");
                if let Some(bytes) = self.read_source(caller, &path)? {
                    return Ok(Data::List(vec![
                        Data::Str(path),
                        Data::Bytes(bytes),
                        Data::Bool(package),
                    ]));
                }
            }
        }
        Ok(Data::None)
    }

    /// The bytes of the source file `path`, if the caller's read grants or
    /// import mounts reach a regular file there.
    fn read_source(
        &mut self,
        caller: &Caller,
        path: &str,
    ) -> Result<Option<Vec<u8>>, ServiceError> {
        Ok(Some(match vfs::locate_module(caller.grants(), path)? {
            Place::Tmp(rel) => match self.tmp.get(&rel) {
                Some(Kind::File(f)) => {
                    let g = f.lock();
                    check_source_size(caller, g.data.len() as u64)?;
                    g.data.clone()
                }
                _ => return Ok(None),
            },
            Place::Host { mount, host } => match vfs::check_host(mount, &host, path) {
                Ok(Checked::Exists(p, false)) => {
                    let len = std::fs::metadata(&p).map_or(0, |m| m.len());
                    check_source_size(caller, len)?;
                    let f = std::fs::OpenOptions::new()
                        .read(true)
                        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
                        .open(&p)
                        .map_err(|e| from_io(&e, path))?;
                    let mut out = Vec::new();
                    // The file may have grown since: read no more than
                    // was checked.
                    f.take(len)
                        .read_to_end(&mut out)
                        .map_err(|e| from_io(&e, path))?;
                    out
                }
                _ => return Ok(None),
            },
            Place::Virtual(_) | Place::Absent => return Ok(None),
        }))
    }
}

/// A module's source is held whole in memory: one larger than what is left
/// of the caller's memory cap stops it at that cap.
fn check_source_size(caller: &Caller, n: u64) -> Result<(), ServiceError> {
    let s = &caller.sandbox;
    if let Err((cap, used)) = s.room_for(Resource::Memory, n) {
        s.meter
            .stop(Resource::Memory.exceeded(cap, used.saturating_add(n)));
        return Err(ServiceError::new("MemoryError", ""));
    }
    Ok(())
}

/// ENOENT or ENOTDIR when a new `/tmp` file's parent is not a directory.
fn tmp_parent_error(t: &TmpFs, rel: &Path) -> Option<i64> {
    match rel.parent().map(|p| t.get(p)) {
        Some(Some(Kind::Dir)) | None => None,
        Some(Some(Kind::File(_))) => Some(ENOTDIR),
        Some(None) => Some(ENOENT),
    }
}

impl Service for FileController {
    fn call(
        &mut self,
        caller: &Caller,
        method: &str,
        args: Vec<Data>,
    ) -> Result<Data, ServiceError> {
        match method {
            "open" => {
                let mode = args
                    .get(1)
                    .and_then(Data::as_str)
                    .unwrap_or("r")
                    .to_string();
                self.open(caller, arg_str(&args, 0)?, &mode)
            }
            "read" => self.read(caller, &args, false),
            "readline" => self.read(caller, &args, true),
            "write" => self.write(caller, &args),
            "seek" => self.seek(caller, &args),
            "tell" => self.tell(caller, &args),
            "close" => self.close(caller, &args),
            "kind" => Ok(self.kind(caller, arg_str(&args, 0)?)),
            "listdir" => self.listdir(caller, arg_str(&args, 0)?),
            "remove" => self.remove(caller, arg_str(&args, 0)?, false),
            "rmdir" => self.remove(caller, arg_str(&args, 0)?, true),
            "mkdir" => self.mkdir(caller, arg_str(&args, 0)?),
            "find_module" => self.find_module(caller, &args),
            "stat" => super::meta::stat(&self.tmp, caller, arg_str(&args, 0)?),
            "rename" => super::meta::rename(
                &mut self.tmp,
                caller,
                arg_str(&args, 0)?,
                arg_str(&args, 1)?,
            ),
            _ => Err(ServiceError::no_method("files", method)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::take_text;

    #[test]
    fn text_is_read_with_universal_newlines() {
        let t = |b: &[u8], n, line, eof| take_text(b, n, line, eof).unwrap();
        assert_eq!(
            t(b"a\r\nb\rc\n", -1, false, true),
            Some(("a\nb\nc\n".into(), 7))
        );
        assert_eq!(t(b"a\r\nb", -1, true, true), Some(("a\n".into(), 3)));
        assert_eq!(t(b"ab\r", -1, true, false), None);
        assert_eq!(t(b"ab\r", -1, true, true), Some(("ab\n".into(), 3)));
        assert_eq!(t("é€x".as_bytes(), 2, false, false), Some(("é€".into(), 5)));
        assert_eq!(t(&"é".as_bytes()[..1], 1, false, false), None);
        assert!(take_text(b"\xff", -1, false, true).is_err());
    }
}
