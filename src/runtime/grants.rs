//! What a sandbox may touch: the builtins, the native modules it may
//! import, the host paths it may read and write, and its caps when it starts
//! (DESIGN.md rule 1: a sandbox starts with nothing; a child never gets
//! more than its parent holds).
//!
//! Paths are kept absolute and normalised lexically (`.` and `..` resolved
//! without touching the file system), and a path is granted when it is a
//! granted path or lies under one. The file controller (which opens files)
//! also resolves symlinks before it asks.

use std::path::{Component, Path, PathBuf};

use super::limits::Limits;

/// The native modules that touch nothing outside the sandbox.
pub const PURE_MODULES: [&str; 5] = ["math", "time", "random", "sys", "sandbox"];

/// What a sandbox was granted.
#[derive(Clone, Debug)]
pub struct Grants {
    /// The builtins namespace is installed.
    pub builtins: bool,
    /// Native modules it may import: None means all of them.
    pub modules: Option<Vec<String>>,
    /// Host paths it may read (absolute, normalised).
    pub read: Vec<PathBuf>,
    /// Host paths it may write (absolute, normalised).
    pub write: Vec<PathBuf>,
    /// It may read the process's standard input (`input()`).
    pub stdin: bool,
    /// Its caps when it starts (the host may change them while it runs).
    pub limits: Limits,
}

/// What `allowed` is asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Import,
    Read,
    Write,
}

impl Access {
    pub fn from_key(k: &str) -> Option<Access> {
        match k {
            "import" => Some(Access::Import),
            "read" => Some(Access::Read),
            "write" => Some(Access::Write),
            _ => None,
        }
    }
}

impl Grants {
    /// Everything (a host's trusted program; `Runtime` hosts grant piecemeal).
    pub fn all() -> Grants {
        Grants {
            builtins: true,
            modules: None,
            read: Vec::new(),
            write: Vec::new(),
            stdin: true,
            limits: Limits::none(),
        }
    }

    /// The builtins and the pure modules (`sandpy run` without flags).
    pub fn pure() -> Grants {
        Grants {
            builtins: true,
            modules: Some(PURE_MODULES.iter().map(|m| m.to_string()).collect()),
            read: Vec::new(),
            write: Vec::new(),
            // The command line's program reads its own terminal, as Deno's
            // does without a flag.
            stdin: true,
            limits: Limits::none(),
        }
    }

    /// Nothing at all (a sandbox built from Rust before any grant).
    pub fn none() -> Grants {
        Grants {
            builtins: false,
            modules: Some(Vec::new()),
            read: Vec::new(),
            write: Vec::new(),
            stdin: false,
            limits: Limits::none(),
        }
    }

    /// Whether `import name` of a native module is allowed.
    pub fn may_import(&self, name: &str) -> bool {
        match &self.modules {
            None => true,
            Some(m) => m.iter().any(|n| n == name),
        }
    }

    /// Whether `access` to `target` (a module name or a path) is granted.
    /// A relative path is taken from the process's working directory.
    pub fn allowed(&self, access: Access, target: &str) -> bool {
        match access {
            Access::Import => self.may_import(target),
            Access::Read => under_any(&self.read, target),
            Access::Write => under_any(&self.write, target),
        }
    }

    /// These grants narrowed by what a child asks for (`None`: as the
    /// parent): never more than the parent holds.
    #[allow(clippy::too_many_arguments)]
    pub fn narrowed(
        &self,
        builtins: Option<bool>,
        stdin: Option<bool>,
        modules: Option<&[String]>,
        read: Option<&[PathBuf]>,
        write: Option<&[PathBuf]>,
        limits: &Limits,
        current: &Limits,
    ) -> Grants {
        let modules = match (&self.modules, modules) {
            (mine, None) => mine.clone(),
            (None, Some(r)) => Some(r.to_vec()),
            (Some(m), Some(r)) => Some(r.iter().filter(|n| m.contains(n)).cloned().collect()),
        };
        let keep = |mine: &[PathBuf], asked: Option<&[PathBuf]>| match asked {
            None => mine.to_vec(),
            Some(a) => a
                .iter()
                .filter(|p| mine.iter().any(|m| p.starts_with(m)))
                .cloned()
                .collect(),
        };
        Grants {
            builtins: self.builtins && builtins.unwrap_or(true),
            stdin: self.stdin && stdin.unwrap_or(true),
            modules,
            read: keep(&self.read, read),
            write: keep(&self.write, write),
            limits: limits.within(current),
        }
    }
}

fn under_any(granted: &[PathBuf], target: &str) -> bool {
    if target.contains('\0') {
        return false;
    }
    let Ok(abs) = std::path::absolute(Path::new(target)) else {
        return false;
    };
    let p = normalize(&abs);
    granted.iter().any(|g| p.starts_with(g))
}

/// `.` and `..` resolved lexically (`/a/b/../c` is `/a/c`; `..` at the root
/// stays at the root).
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_granted_under_a_granted_directory_only() {
        let mut g = Grants::none();
        g.read = vec![PathBuf::from("/data")];
        assert!(g.allowed(Access::Read, "/data"));
        assert!(g.allowed(Access::Read, "/data/x/y.txt"));
        assert!(!g.allowed(Access::Read, "/data/../etc/passwd"));
        assert!(!g.allowed(Access::Read, "/database"));
        assert!(!g.allowed(Access::Write, "/data/x"));
        assert!(!g.allowed(Access::Read, "/data/x\0"));
        assert_eq!(normalize(Path::new("/a/./b/../../..")), PathBuf::from("/"));
    }

    #[test]
    fn a_child_gets_no_more_than_its_parent() {
        let mut p = Grants::pure();
        p.read = vec![PathBuf::from("/data")];
        let none = Limits::none();
        let c = p.narrowed(
            None,
            Some(false),
            Some(&["math".to_string(), "os".to_string()]),
            Some(&[PathBuf::from("/data/sub"), PathBuf::from("/etc")]),
            Some(&[PathBuf::from("/tmp")]),
            &none,
            &none,
        );
        assert_eq!(c.modules, Some(vec!["math".to_string()]));
        assert_eq!(c.read, vec![PathBuf::from("/data/sub")]);
        assert!(c.write.is_empty());
        assert!(c.builtins && !c.stdin);
    }
}
