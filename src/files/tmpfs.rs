//! The in-memory `/tmp`: one tree of directories and files per runtime,
//! shared by the sandboxes granted it, held by the file controller's thread.
//!
//! Invariant: `used` is the sum of the sizes of every file still alive (in
//! the tree, or unlinked but still open), and never exceeds the quota of the
//! sandbox that last grew it: a write that would pass the caller's quota is
//! refused with ENOSPC before it lands.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use parking_lot::Mutex;

use super::errno::*;

/// A file's bytes, shared by the tree and the handles that have it open.
pub struct TmpFile {
    pub data: Vec<u8>,
    /// Removed from the tree (its bytes are freed when the last handle closes).
    pub unlinked: bool,
}

pub type TmpFileRef = Arc<Mutex<TmpFile>>;

enum Entry {
    Dir,
    File(TmpFileRef),
}

/// What a path names.
pub enum Kind {
    Dir,
    File(TmpFileRef),
}

/// The tree, keyed by path relative to `/tmp` ("" is `/tmp` itself).
pub struct TmpFs {
    entries: BTreeMap<PathBuf, Entry>,
    /// Bytes held by live files.
    pub used: u64,
}

impl Default for TmpFs {
    fn default() -> Self {
        let mut entries = BTreeMap::new();
        entries.insert(PathBuf::new(), Entry::Dir);
        TmpFs { entries, used: 0 }
    }
}

impl TmpFs {
    pub fn get(&self, rel: &Path) -> Option<Kind> {
        match self.entries.get(rel)? {
            Entry::Dir => Some(Kind::Dir),
            Entry::File(f) => Some(Kind::File(f.clone())),
        }
    }

    /// Errno for a path whose parent is not a directory (or missing).
    fn parent_errno(&self, rel: &Path) -> Option<i64> {
        let parent = rel.parent()?;
        match self.entries.get(parent) {
            Some(Entry::Dir) => None,
            Some(Entry::File(_)) => Some(ENOTDIR),
            None => Some(ENOENT),
        }
    }

    /// Create an empty file (its parent must be a directory).
    pub fn create(&mut self, rel: &Path) -> Result<TmpFileRef, i64> {
        if let Some(e) = self.parent_errno(rel) {
            return Err(e);
        }
        if self.entries.contains_key(rel) {
            return Err(EEXIST);
        }
        let f = Arc::new(Mutex::new(TmpFile {
            data: Vec::new(),
            unlinked: false,
        }));
        self.entries
            .insert(rel.to_path_buf(), Entry::File(f.clone()));
        Ok(f)
    }

    pub fn mkdir(&mut self, rel: &Path) -> Result<(), i64> {
        if self.entries.contains_key(rel) {
            return Err(EEXIST);
        }
        if let Some(e) = self.parent_errno(rel) {
            return Err(e);
        }
        self.entries.insert(rel.to_path_buf(), Entry::Dir);
        Ok(())
    }

    /// Remove a file.
    pub fn remove(&mut self, rel: &Path) -> Result<(), i64> {
        match self.entries.get(rel) {
            None => return Err(ENOENT),
            Some(Entry::Dir) => {
                return Err(if rel.as_os_str().is_empty() {
                    EPERM
                } else {
                    EISDIR
                });
            }
            Some(Entry::File(_)) => {}
        }
        if let Some(Entry::File(f)) = self.entries.remove(rel) {
            let mut g = f.lock();
            g.unlinked = true;
            if Arc::strong_count(&f) == 1 {
                self.used -= g.data.len() as u64;
                g.data = Vec::new();
            }
        }
        Ok(())
    }

    /// Remove an empty directory.
    pub fn rmdir(&mut self, rel: &Path) -> Result<(), i64> {
        match self.entries.get(rel) {
            None => return Err(ENOENT),
            Some(Entry::File(_)) => return Err(ENOTDIR),
            Some(Entry::Dir) if rel.as_os_str().is_empty() => return Err(EPERM),
            Some(Entry::Dir) => {}
        }
        if !self.list(rel).is_empty() {
            return Err(ENOTEMPTY);
        }
        self.entries.remove(rel);
        Ok(())
    }

    /// The names in a directory, sorted.
    pub fn list(&self, rel: &Path) -> Vec<String> {
        let mut out = Vec::new();
        let from = std::ops::Bound::Excluded(rel.to_path_buf());
        for (p, _) in self.entries.range((from, std::ops::Bound::Unbounded)) {
            if !p.starts_with(rel) {
                break;
            }
            if p.parent() == Some(rel) {
                out.push(
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                );
            }
        }
        out
    }

    /// A handle on an unlinked file was closed: free its bytes if it was the
    /// last one.
    /// Move `from` (a file, or a directory with everything under it) to
    /// `to`, replacing a file there (or an empty directory, when `from` is
    /// one), with POSIX rename's errnos.
    pub fn rename(&mut self, from: &Path, to: &Path) -> Result<(), i64> {
        let src_dir = match self.entries.get(from) {
            None => return Err(ENOENT),
            Some(Entry::Dir) if from.as_os_str().is_empty() => return Err(EPERM),
            Some(Entry::Dir) => true,
            Some(Entry::File(_)) => false,
        };
        if from == to {
            return Ok(());
        }
        if let Some(e) = self.parent_errno(to) {
            return Err(e);
        }
        if src_dir && to.starts_with(from) {
            return Err(EINVAL);
        }
        match self.entries.get(to) {
            Some(Entry::Dir) if !src_dir => return Err(EISDIR),
            Some(Entry::Dir) if to.as_os_str().is_empty() || !self.list(to).is_empty() => {
                return Err(ENOTEMPTY);
            }
            Some(Entry::File(_)) if src_dir => return Err(ENOTDIR),
            Some(Entry::File(_)) => self.remove(to)?,
            Some(Entry::Dir) => {
                self.entries.remove(to);
            }
            None => {}
        }
        let moved: Vec<PathBuf> = self
            .entries
            .range(from.to_path_buf()..)
            .map(|(p, _)| p)
            .take_while(|p| p.starts_with(from))
            .cloned()
            .collect();
        for p in moved {
            if let Some(e) = self.entries.remove(&p) {
                let rest = p.strip_prefix(from).unwrap_or(Path::new(""));
                let dest = if rest.as_os_str().is_empty() {
                    to.to_path_buf()
                } else {
                    to.join(rest)
                };
                self.entries.insert(dest, e);
            }
        }
        Ok(())
    }

    pub fn release(&mut self, f: TmpFileRef) {
        let mut g = f.lock();
        if g.unlinked && Arc::strong_count(&f) == 1 {
            self.used -= g.data.len() as u64;
            g.data = Vec::new();
        }
    }
}
