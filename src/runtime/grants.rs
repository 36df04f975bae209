//! What a sandbox may touch: the builtins, the native modules it may
//! import, the host directories mounted into its file namespace, its
//! in-memory `/tmp`, and its caps when it starts (docs/design.md rule 1: a
//! sandbox starts with nothing; a child never gets more than its parent
//! holds).
//!
//! Files are reached through a virtual namespace (`crate::files`): its
//! working directory is `/`; a *mount* shows one host directory at a
//! virtual path, read-only or writable; `/tmp` is an in-memory directory
//! when granted. Virtual paths are normalised lexically (`.` and `..`
//! resolved without touching the file system, `..` never leaving `/`), and
//! a path is granted when it lies under a mount. Host roots are
//! canonicalised when they are granted; the file controller resolves
//! symlinks again before every access.
//!
//! Where a path leads is decided in one place, `Grants::place`: the
//! deepest mount point above it wins, and the in-memory `/tmp` counts as a
//! mount at `/tmp` that any host mount at or under `/tmp` beats (so a
//! directory granted at `/tmp/job/out` really receives the writes).
//!
//! *Import mounts* (`Grants::imports`) are read grants that only the
//! importer uses: the main script's directory is one, so `import helper`
//! finds `helper.py` beside the script while `open("helper.py")` does not
//! (docs/security.md, "Imports").

use std::path::{Component, Path, PathBuf};

use super::limits::Limits;

/// The modules that touch nothing outside the sandbox (`os` reaches files
/// only through the file controller, which applies the grants; `asyncio`
/// is Python shipped in the binary, on its accelerator `_asyncio`, which
/// goes with its grant).
pub const PURE_MODULES: &[&str] = &[
    "math",
    "cmath",
    "time",
    "random",
    "sys",
    "sandbox",
    "os",
    "importlib",
    "asyncio",
    "keyword",
    "json",
    "struct",
    "hashlib",
    "hmac",
    "zlib",
    "binascii",
    "base64",
    "itertools",
    "functools",
    "operator",
    "heapq",
    "bisect",
    "string",
    "textwrap",
    "fnmatch",
    "io",
    "array",
    "collections",
    "abc",
    "copy",
    "copyreg",
    "re",
    "glob",
    "pathlib",
    "csv",
    "_csv",
    "_csvparse",
    "pprint",
    "difflib",
    "shlex",
    "reprlib",
    "uuid",
    "queue",
    "__future__",
    "types",
    "numbers",
    "contextlib",
    "dataclasses",
    "enum",
    "fractions",
    "statistics",
    "decimal",
    "_decimal_core",
    "traceback",
    "warnings",
    "logging",
    "argparse",
    // Refusing modules: they import, and what a sandbox cannot do raises.
    "threading",
    "subprocess",
    "socket",
    "ctypes",
    "signal",
    "multiprocessing",
    // Pools of worker sandboxes (multiprocessing.Pool's engine).
    "concurrent",
    "mmap",
    "select",
    "fcntl",
    "pty",
    "datetime",
    "calendar",
    "zoneinfo",
    "typing",
    "inspect",
    "gc",
    "weakref",
];

/// The default quota of the in-memory `/tmp`: 16 MiB.
pub const DEFAULT_TMP_SIZE: u64 = 16 << 20;

/// A host directory shown in a sandbox's file namespace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mount {
    /// The host directory (canonical when granted by a host).
    pub host: PathBuf,
    /// Where the sandbox sees it (absolute, normalised).
    pub at: PathBuf,
    /// Files under it may be created, written and removed.
    pub writable: bool,
    /// The canonical host directory nothing under this mount may leave
    /// (the host's original grant; a child's narrower mount keeps its
    /// parent's bound).
    pub bound: PathBuf,
}

impl Mount {
    /// Mount the host directory `host` at the virtual path `at` (None: at
    /// `/DIR` for a relative DIR, at the same path for an absolute one).
    /// The directory must exist; it is canonicalised now.
    pub fn new(host: &Path, at: Option<&str>, writable: bool) -> Result<Mount, String> {
        let canon = std::fs::canonicalize(host)
            .map_err(|e| format!("{}: {}", host.display(), crate::files::errno::describe(&e)))?;
        if !canon.is_dir() {
            return Err(format!("{}: not a directory", host.display()));
        }
        let at = match at {
            Some(a) => virtual_path(a).ok_or_else(|| format!("invalid mount point {a:?}"))?,
            None => {
                let text = host.to_string_lossy();
                if host.is_relative()
                    && host.components().any(|c| matches!(c, Component::ParentDir))
                {
                    // `../x` has no place under `/`: mount it at its name.
                    let name = canon.file_name().map(|n| n.to_string_lossy().into_owned());
                    virtual_path(&name.unwrap_or_default()).unwrap_or_else(|| PathBuf::from("/"))
                } else {
                    virtual_path(&text).ok_or_else(|| format!("invalid path {text:?}"))?
                }
            }
        };
        Ok(Mount {
            host: canon.clone(),
            at,
            writable,
            bound: canon,
        })
    }
}

impl Mount {
    /// This mount's part at the virtual path `p` (at or under `self.at`):
    /// the same host directory's sub-directory, within the same bound.
    fn narrowed_to(&self, p: PathBuf, writable: bool) -> Mount {
        let rel = p.strip_prefix(&self.at).unwrap_or(Path::new(""));
        Mount {
            host: self.host.join(rel),
            at: p,
            writable: writable && self.writable,
            bound: self.bound.clone(),
        }
    }
}

/// What a sandbox was granted.
#[derive(Clone, Debug)]
pub struct Grants {
    /// The builtins namespace is installed.
    pub builtins: bool,
    /// Native modules it may import: None means all of them.
    pub modules: Option<Vec<String>>,
    /// Host directories in its file namespace.
    pub mounts: Vec<Mount>,
    /// Host directories its importer may read `.py` modules from (read-only,
    /// and invisible to `open` and `os`): the main script's directory.
    pub imports: Vec<Mount>,
    /// The in-memory `/tmp` (shared by the runtime's sandboxes), with the
    /// most bytes this sandbox may fill it to; None: no `/tmp`.
    pub tmp: Option<u64>,
    /// It may read the process's standard input (`input()`).
    pub stdin: bool,
    /// The environment variables it sees (`os.environ`), as (name, value):
    /// read from the host's environment when the grant is made (the
    /// command line's `--allow-env NAME`); empty by default.
    pub env: Vec<(String, String)>,
    /// Its caps when it starts (the host may change them while it runs).
    pub limits: Limits,
}

/// Where a granted path leads (`Grants::place`).
#[derive(Debug)]
pub enum Granted<'g> {
    /// The in-memory `/tmp`: the path relative to it.
    Tmp(PathBuf),
    /// A host mount.
    Mount(&'g Mount),
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
    /// Everything a program may be given without naming host paths: every
    /// module, stdin and `/tmp` (a host's trusted program; `Runtime` hosts
    /// grant piecemeal).
    pub fn all() -> Grants {
        Grants {
            builtins: true,
            modules: None,
            mounts: Vec::new(),
            imports: Vec::new(),
            tmp: Some(DEFAULT_TMP_SIZE),
            stdin: true,
            env: Vec::new(),
            limits: Limits::none(),
        }
    }

    /// The builtins, the pure modules and `/tmp` (`sandpy run` without flags).
    pub fn pure() -> Grants {
        Grants {
            builtins: true,
            modules: Some(PURE_MODULES.iter().map(|m| m.to_string()).collect()),
            mounts: Vec::new(),
            imports: Vec::new(),
            tmp: Some(DEFAULT_TMP_SIZE),
            // The command line's program reads its own terminal, as Deno's
            // does without a flag.
            stdin: true,
            env: Vec::new(),
            limits: Limits::none(),
        }
    }

    /// Nothing at all (a sandbox built from Rust before any grant).
    pub fn none() -> Grants {
        Grants {
            builtins: false,
            modules: Some(Vec::new()),
            mounts: Vec::new(),
            imports: Vec::new(),
            tmp: None,
            stdin: false,
            env: Vec::new(),
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

    /// Whether `access` to `target` (a module name, or a virtual path,
    /// relative ones taken from `/`) is granted.
    pub fn allowed(&self, access: Access, target: &str) -> bool {
        if access == Access::Import {
            return self.may_import(target);
        }
        let Some(p) = virtual_path(target) else {
            return false;
        };
        match self.place(&p, false) {
            Some(Granted::Tmp(_)) => true,
            Some(Granted::Mount(m)) => access == Access::Read || m.writable,
            None => false,
        }
    }

    /// Where the normalised virtual path `p` leads: the deepest mount
    /// above it (import mounts included when `imports`), or the in-memory
    /// `/tmp`, which a host mount at or under `/tmp` beats. None: nothing
    /// granted holds it.
    pub fn place(&self, p: &Path, imports: bool) -> Option<Granted<'_>> {
        let extra: &[Mount] = if imports { &self.imports } else { &[] };
        let mount = self
            .mounts
            .iter()
            .chain(extra)
            .filter(|m| p.starts_with(&m.at))
            // The first of equally deep mounts wins: the ordinary ones.
            .rev()
            .max_by_key(|m| m.at.components().count());
        let tmp = Path::new("/tmp");
        if self.tmp.is_some()
            && let Ok(rel) = p.strip_prefix(tmp)
            && mount.is_none_or(|m| m.at.components().count() < tmp.components().count())
        {
            return Some(Granted::Tmp(rel.to_path_buf()));
        }
        mount.map(Granted::Mount)
    }

    /// The virtual paths this sandbox may read (every mount) or write
    /// (writable mounts), `/tmp` included when granted.
    pub fn paths(&self, access: Access) -> Vec<String> {
        let mut out: Vec<String> = self
            .mounts
            .iter()
            .filter(|m| access == Access::Read || m.writable)
            .map(|m| m.at.display().to_string())
            .collect();
        if self.tmp.is_some() {
            out.push("/tmp".to_string());
        }
        out
    }

    /// What both `self` and `other` grant: the authority of code written in
    /// one sandbox and run in another (docs/security.md, "Authority follows
    /// code"). Mounts meet in host path space: a mount of `self` is kept
    /// where `other` also mounts its host directory or a directory above it
    /// (writable only if both are), and a mount of `self` above one of
    /// `other` narrows to `other`'s directory, seen at the matching place in
    /// `self`'s namespace. Modules are those both may import, `/tmp` the
    /// smaller quota when both have one, builtins and stdin only if both,
    /// and the caps the narrower of each.
    pub fn intersect(&self, other: &Grants) -> Grants {
        let modules = match (&self.modules, &other.modules) {
            (None, o) => o.clone(),
            (Some(m), None) => Some(m.clone()),
            (Some(m), Some(o)) => Some(m.iter().filter(|n| o.contains(n)).cloned().collect()),
        };
        let mounts = intersect_mounts(&self.mounts, &other.mounts);
        let imports = intersect_mounts(&self.imports, &other.imports);
        let tmp = match (self.tmp, other.tmp) {
            (Some(a), Some(b)) => Some(a.min(b)),
            _ => None,
        };
        Grants {
            builtins: self.builtins && other.builtins,
            modules,
            mounts,
            imports,
            tmp,
            stdin: self.stdin && other.stdin,
            env: self
                .env
                .iter()
                .filter(|v| other.env.contains(v))
                .cloned()
                .collect(),
            limits: self.limits.within(&other.limits),
        }
    }

    /// These grants narrowed by what a child asks for (`None`: as the
    /// parent): never more than the parent holds. `read` and `write` are
    /// virtual paths; each one under a mount of the parent (a writable one
    /// for `write`) becomes a mount of the child, of the same host
    /// directory's sub-directory; others are dropped. A `read` path under
    /// one of the parent's import mounts becomes an import mount of the
    /// child the same way (`read` left out: the parent's import mounts).
    ///
    /// The in-memory `/tmp` is read-write, so the child has it only where
    /// it may both read and write it: `write` names it, or `write` is left
    /// out (the parent's writes, `/tmp` among them) and `read` is left out
    /// or names it. `write=[]` therefore takes `/tmp` away too. It is
    /// granted whole, by naming `/tmp` itself: a path under it (which the
    /// in-memory file system cannot narrow to) grants nothing.
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
        let (mounts, tmp, imports) = if read.is_none() && write.is_none() {
            (self.mounts.clone(), self.tmp, self.imports.clone())
        } else {
            let mut mounts: Vec<Mount> = Vec::new();
            let asked_w: Vec<PathBuf> = match write {
                Some(w) => w.to_vec(),
                None => self
                    .mounts
                    .iter()
                    .filter(|m| m.writable)
                    .map(|m| m.at.clone())
                    .collect(),
            };
            let asked_r: Vec<PathBuf> = match read {
                Some(r) => r.to_vec(),
                None => self.mounts.iter().map(|m| m.at.clone()).collect(),
            };
            let names_tmp = |list: &[PathBuf]| {
                list.iter().any(|p| {
                    virtual_path(&p.to_string_lossy()).is_some_and(|p| {
                        // /tmp is granted whole: a path under it
                        // cannot be narrowed to, so it grants nothing.
                        matches!(self.place(&p, false),
                                Some(Granted::Tmp(rel)) if rel.as_os_str().is_empty())
                    })
                })
            };
            let keep_tmp = match (read, write) {
                (_, Some(w)) => names_tmp(w),
                (None, None) => true,
                (Some(r), None) => names_tmp(r),
            };
            for (list, writable) in [(&asked_w, true), (&asked_r, false)] {
                for p in list {
                    let Some(p) = virtual_path(&p.to_string_lossy()) else {
                        continue;
                    };
                    let Some(Granted::Mount(m)) = self.place(&p, false) else {
                        continue;
                    };
                    if (writable && !m.writable) || mounts.iter().any(|x| x.at == p) {
                        continue;
                    }
                    mounts.push(m.narrowed_to(p, writable));
                }
            }
            let imports = match read {
                None => self.imports.clone(),
                Some(r) => {
                    let mut out: Vec<Mount> = Vec::new();
                    for p in r {
                        let Some(p) = virtual_path(&p.to_string_lossy()) else {
                            continue;
                        };
                        let Some(m) = self
                            .imports
                            .iter()
                            .filter(|m| p.starts_with(&m.at))
                            .max_by_key(|m| m.at.components().count())
                        else {
                            continue;
                        };
                        if !out.iter().any(|x| x.at == p) {
                            out.push(m.narrowed_to(p, false));
                        }
                    }
                    out
                }
            };
            (mounts, self.tmp.filter(|_| keep_tmp), imports)
        };
        Grants {
            builtins: self.builtins && builtins.unwrap_or(true),
            stdin: self.stdin && stdin.unwrap_or(true),
            env: self.env.clone(),
            modules,
            mounts,
            imports,
            tmp,
            limits: limits.within(current),
        }
    }
}

/// A sandbox's path as an absolute virtual path: relative paths are taken
/// from `/`, `.` and `..` resolved lexically (`..` at `/` stays at `/`).
/// None for a path with a NUL byte.
pub fn virtual_path(p: &str) -> Option<PathBuf> {
    if p.contains('\0') {
        return None;
    }
    Some(normalize(&Path::new("/").join(p)))
}

/// `.` and `..` resolved lexically (`/a/b/../c` is `/a/c`; `..` at the root
/// stays at the root).
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if out.parent().is_some() {
                    out.pop();
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Mounts in both lists, met in host path space: a host directory both
/// grant (or a sub-directory of one that the other grants), at our virtual
/// path, writable only where both are.
fn intersect_mounts(ours: &[Mount], theirs: &[Mount]) -> Vec<Mount> {
    let mut mounts: Vec<Mount> = Vec::new();
    for m in ours {
        for o in theirs {
            let (host, at) = if m.host.starts_with(&o.host) {
                (m.host.clone(), m.at.clone())
            } else if let Ok(rel) = o.host.strip_prefix(&m.host) {
                (o.host.clone(), normalize(&m.at.join(rel)))
            } else {
                continue;
            };
            let writable = m.writable && o.writable;
            match mounts.iter_mut().find(|x| x.at == at) {
                // Two of `other`'s mounts cover it: the wider access wins.
                Some(x) => x.writable |= writable,
                None => mounts.push(Mount {
                    host,
                    at,
                    writable,
                    bound: m.bound.clone(),
                }),
            }
        }
    }
    mounts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mount(at: &str, writable: bool) -> Mount {
        Mount {
            host: PathBuf::from("/host").join(at.trim_start_matches('/')),
            at: PathBuf::from(at),
            writable,
            bound: PathBuf::from("/host").join(at.trim_start_matches('/')),
        }
    }

    #[test]
    fn paths_are_granted_under_a_mount_only() {
        let mut g = Grants::none();
        g.mounts = vec![mount("/data", false)];
        assert!(g.allowed(Access::Read, "/data"));
        assert!(g.allowed(Access::Read, "data/x/y.txt"));
        assert!(!g.allowed(Access::Read, "/data/../etc/passwd"));
        assert!(!g.allowed(Access::Read, "../../etc/passwd"));
        assert!(!g.allowed(Access::Read, "/database"));
        assert!(!g.allowed(Access::Write, "/data/x"));
        assert!(!g.allowed(Access::Read, "/data/x\0"));
        assert!(!g.allowed(Access::Read, "/tmp/x"));
        g.tmp = Some(10);
        assert!(g.allowed(Access::Write, "/tmp/x"));
        assert_eq!(normalize(Path::new("/a/./b/../../..")), PathBuf::from("/"));
        assert_eq!(virtual_path("../../x"), Some(PathBuf::from("/x")));
    }

    #[test]
    fn intersect_meets_in_host_path_space() {
        let mut a = Grants::pure();
        a.mounts = vec![mount("/data", false), mount("/out", true)];
        a.modules = Some(vec!["math".into(), "os".into()]);
        let mut b = Grants::none();
        b.builtins = true;
        b.tmp = Some(5);
        b.modules = None;
        // b sees /host/data/sub at /x (read-write) and /host/out at /o (read).
        b.mounts = vec![
            Mount {
                host: PathBuf::from("/host/data/sub"),
                at: PathBuf::from("/x"),
                writable: true,
                bound: PathBuf::from("/host/data/sub"),
            },
            Mount {
                host: PathBuf::from("/host/out"),
                at: PathBuf::from("/o"),
                writable: false,
                bound: PathBuf::from("/host/out"),
            },
        ];
        let c = a.intersect(&b);
        let shown: Vec<(String, String, bool)> = c
            .mounts
            .iter()
            .map(|m| {
                (
                    m.at.display().to_string(),
                    m.host.display().to_string(),
                    m.writable,
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                ("/data/sub".into(), "/host/data/sub".into(), false),
                ("/out".into(), "/host/out".into(), false),
            ]
        );
        assert!(c.allowed(Access::Read, "/data/sub/f"));
        assert!(!c.allowed(Access::Read, "/data/f"));
        assert!(!c.allowed(Access::Write, "/out/f"));
        assert_eq!(c.tmp, Some(5));
        assert_eq!(c.modules, Some(vec!["math".to_string(), "os".to_string()]));
        assert!(c.builtins && !c.stdin);
        let none = a.intersect(&Grants::none());
        assert!(none.mounts.is_empty() && none.tmp.is_none() && !none.builtins);
        assert_eq!(none.modules, Some(Vec::new()));
    }

    #[test]
    fn a_child_gets_no_more_than_its_parent() {
        let mut p = Grants::pure();
        p.mounts = vec![mount("/data", false), mount("/out", true)];
        let none = Limits::none();
        let c = p.narrowed(
            None,
            Some(false),
            Some(&["math".to_string(), "sqlite3".to_string()]),
            Some(&[PathBuf::from("/data/sub"), PathBuf::from("/etc")]),
            Some(&[PathBuf::from("/data"), PathBuf::from("/out/x")]),
            &none,
            &none,
        );
        assert_eq!(c.modules, Some(vec!["math".to_string()]));
        let shown: Vec<(String, bool)> = c
            .mounts
            .iter()
            .map(|m| (m.at.display().to_string(), m.writable))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("/out/x".to_string(), true),
                ("/data/sub".to_string(), false)
            ]
        );
        assert_eq!(c.mounts[1].host, PathBuf::from("/host/data/sub"));
        assert_eq!(c.tmp, None);
        assert!(c.builtins && !c.stdin);
    }

    #[test]
    fn a_mount_under_tmp_beats_the_in_memory_tmp() {
        let mut g = Grants::pure();
        g.mounts = vec![mount("/tmp/job/out", true)];
        let at = |g: &Grants, p: &str| match g.place(Path::new(p), false) {
            Some(Granted::Tmp(rel)) => format!("tmp:{}", rel.display()),
            Some(Granted::Mount(m)) => format!("mount:{}", m.at.display()),
            None => "none".into(),
        };
        assert_eq!(at(&g, "/tmp/job/out/r.txt"), "mount:/tmp/job/out");
        assert_eq!(at(&g, "/tmp/job/out"), "mount:/tmp/job/out");
        assert_eq!(at(&g, "/tmp/job/outer"), "tmp:job/outer");
        assert_eq!(at(&g, "/tmp"), "tmp:");
        assert_eq!(at(&g, "/etc"), "none");
        g.mounts.push(mount("/tmp", false));
        assert_eq!(at(&g, "/tmp/x"), "mount:/tmp");
        assert!(!g.allowed(Access::Write, "/tmp/x"));
        assert!(g.allowed(Access::Write, "/tmp/job/out/x"));
    }

    #[test]
    fn tmp_goes_with_the_write_grants() {
        let p = Grants::pure();
        let none = Limits::none();
        let tmp = PathBuf::from("/tmp");
        let data = PathBuf::from("/data");
        let child = |read: Option<&[PathBuf]>, write: Option<&[PathBuf]>| {
            p.narrowed(None, None, None, read, write, &none, &none).tmp
        };
        let t = p.tmp;
        assert_eq!(child(None, None), t);
        assert_eq!(child(None, Some(&[])), None);
        assert_eq!(child(Some(&[]), Some(&[])), None);
        assert_eq!(child(Some(&[]), None), None);
        assert_eq!(child(Some(std::slice::from_ref(&data)), None), None);
        assert_eq!(child(Some(std::slice::from_ref(&tmp)), None), t);
        assert_eq!(child(Some(std::slice::from_ref(&tmp)), Some(&[])), None);
        assert_eq!(child(Some(&[]), Some(std::slice::from_ref(&tmp))), t);
        assert_eq!(child(None, Some(&[PathBuf::from("/tmp/sub")])), None);
        assert_eq!(child(None, Some(&[PathBuf::from("/tmp/../tmp")])), t);
    }

    #[test]
    fn import_mounts_narrow_with_the_reads() {
        let mut p = Grants::pure();
        p.imports = vec![mount("/app", false)];
        let none = Limits::none();
        let c = p.narrowed(None, None, None, None, Some(&[]), &none, &none);
        assert_eq!(c.imports, p.imports);
        let c = p.narrowed(None, None, None, Some(&[]), None, &none, &none);
        assert!(c.imports.is_empty());
        let c = p.narrowed(
            None,
            None,
            None,
            Some(&[PathBuf::from("/")]),
            None,
            &none,
            &none,
        );
        assert!(c.imports.is_empty());
        let c = p.narrowed(
            None,
            None,
            None,
            Some(&[PathBuf::from("/app/lib")]),
            None,
            &none,
            &none,
        );
        assert_eq!(c.imports.len(), 1);
        assert_eq!(c.imports[0].host, PathBuf::from("/host/app/lib"));
        assert!(c.mounts.is_empty());
        // An import mount is not a read grant.
        assert!(!p.allowed(Access::Read, "/app/x.py"));
        assert!(p.place(Path::new("/app/x.py"), false).is_none());
        assert!(p.place(Path::new("/app/x.py"), true).is_some());
    }
}
