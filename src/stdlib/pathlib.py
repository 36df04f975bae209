"""Object-oriented filesystem paths (CPython 3.11's `pathlib`).

Pure paths (PurePath, PurePosixPath, PureWindowsPath) are path arithmetic
only. Concrete paths (Path, PosixPath) do their file operations through
`os` and `open`, so through the file controller under the sandbox's
grants; the working directory is '/' and there is a home directory only
when HOME is granted (`--allow-env HOME`). WindowsPath cannot be made.

Mutable module-level state: none.
"""

import os
from glob import _fnmatch

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]

_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _Flavour:
    sep = "/"
    altsep = ""
    is_posix = True

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def splitroot(self, part):
        sep = self.sep
        if part and part[0] == sep:
            stripped = part.lstrip(sep)
            if len(part) - len(stripped) == 2:
                return "", sep * 2, stripped
            return "", sep, stripped
        return "", "", part

    def parse_parts(self, parts):
        parsed = []
        sep = self.sep
        altsep = self.altsep
        drv = root = ""
        rest = list(reversed(parts))
        while rest:
            part = rest.pop(0)
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            drv, root, rel = self.splitroot(part)
            for x in reversed(rel.split(sep)):
                if x and x != ".":
                    parsed.append(x)
            if drv or root:
                if not drv:
                    for earlier in rest:
                        if not earlier:
                            continue
                        if altsep:
                            earlier = earlier.replace(altsep, sep)
                        drv = self.splitroot(earlier)[0]
                        if drv:
                            break
                break
        if drv or root:
            parsed.append(drv + root)
        parsed.reverse()
        return drv, root, parsed


class _WindowsFlavour(_Flavour):
    sep = "\\"
    altsep = "/"
    is_posix = False

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def splitroot(self, part):
        sep = self.sep
        first, second, third = part[0:1], part[1:2], part[2:3]
        if second == sep and first == sep and third != sep:
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ""
        if second == ":" and first in _ASCII_LETTERS:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return drv, root, part


_posix_flavour = _Flavour()
_windows_flavour = _WindowsFlavour()


def _quote_uri(text):
    safe = _ASCII_LETTERS + "0123456789_.-~/"
    out = []
    for b in text.encode("utf-8", "surrogateescape"):
        c = chr(b)
        out.append(c if c in safe else "%%%02X" % b)
    return "".join(out)


class _PathParents:
    """The logical ancestors of a path, as a sequence."""

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._drv, self._root,
                                          self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """Base class for manipulating paths without I/O: PurePath(...) makes
    a PurePosixPath here."""

    _flavour = _posix_flavour

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts.extend(a._parts)
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % (type(a),))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = list(parts)
        return self

    def _format(self):
        sep = self._flavour.sep
        if self._drv or self._root:
            return self._drv + self._root + sep.join(self._parts[1:])
        return sep.join(self._parts)

    def __str__(self):
        return self._format() or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._flavour.is_posix:
            return "file://" + _quote_uri(str(self))
        drive = self._drv
        if len(drive) == 2 and drive[1] == ":":
            return "file:///" + drive + _quote_uri(self.as_posix()[2:])
        return "file:" + _quote_uri(self.as_posix())

    def _cparts(self):
        return self._flavour.casefold_parts(self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts() == other._cparts() and self._flavour is other._flavour

    def __hash__(self):
        return hash(tuple(self._cparts()))

    def _order(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return None
        return self._cparts(), other._cparts()

    def __lt__(self, other):
        o = self._order(other)
        return NotImplemented if o is None else o[0] < o[1]

    def __le__(self, other):
        o = self._order(other)
        return NotImplemented if o is None else o[0] <= o[1]

    def __gt__(self, other):
        o = self._order(other)
        return NotImplemented if o is None else o[0] > o[1]

    def __ge__(self, other):
        o = self._order(other)
        return NotImplemented if o is None else o[0] >= o[1]

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def parts(self):
        """The path's components, anchor first."""
        return tuple(self._parts)

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = self._flavour.parse_parts((name,))
        f = self._flavour
        if (not name or name[-1] in [f.sep, f.altsep] or drv or root
                or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix changed ('' removes it)."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The relative path to another path identified by the arguments;
        ValueError if this path is not under it."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._from_parsed(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted._format()))
        return self._from_parsed("", root if n == 1 else "", abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether the path is relative to another path."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments."""
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path is absolute (has both a root and, on Windows, a
        drive)."""
        if not self._root:
            return False
        return self._flavour.is_posix or bool(self._drv)

    def is_reserved(self):
        """Whether the path is reserved (never, on POSIX)."""
        if self._flavour.is_posix or not self._parts:
            return False
        if self._parts[0].startswith("\\\\"):
            return False
        name = self._parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        reserved = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
        reserved |= {"COM%s" % c for c in "123456789\xb9\xb2\xb3"}
        reserved |= {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"}
        return name.upper() in reserved

    def match(self, path_pattern):
        """Whether this path matches the given (glob-style) pattern, from
        the right."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts()
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath for POSIX paths."""
    _flavour = _posix_flavour


class PureWindowsPath(PurePath):
    """PurePath for Windows paths (drives, UNC shares, either slash;
    compared without case)."""
    _flavour = _windows_flavour


class Path(PurePath):
    """A path with file operations: Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if not cls._flavour.is_posix:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The working directory ('/' in a sandbox)."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The home directory (HOME, when granted)."""
        home = os.path.expanduser("~")
        if home == "~":
            raise RuntimeError("Could not determine home directory.")
        return cls(home)

    def _make_child_relpath(self, part):
        return self._from_parsed(self._drv, self._root, self._parts + [part])

    def samefile(self, other_path):
        """Whether other_path is the same file as this one."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The entries of the directory, as paths."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _glob_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            pattern_parts.append("")
        return pattern_parts

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern."""
        parts = self._glob_parts(pattern)
        yield from self._select(self, parts, set())

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern."""
        parts = self._glob_parts(pattern)
        yield from self._select(self, ["**"] + parts, set())

    def _select(self, path, parts, yielded):
        if not parts:
            if path not in yielded:
                yielded.add(path)
                yield path
            return
        pat, rest = parts[0], parts[1:]
        if pat == "**":
            while rest and rest[0] == "**":
                rest = rest[1:]
            for d in self._dirs_under(path):
                yield from self._select(d, rest, yielded)
        elif pat == "":
            if path.is_dir():
                yield from self._select(path, rest, yielded)
        elif any(c in pat for c in "*?["):
            try:
                entries = list(os.scandir(path))
            except OSError:
                return
            for entry in entries:
                try:
                    if rest and not entry.is_dir():
                        continue
                except OSError:
                    continue
                if _fnmatch(entry.name, pat):
                    yield from self._select(path._make_child_relpath(entry.name),
                                            rest, yielded)
        else:
            child = path._make_child_relpath(pat)
            if (child.is_dir() if rest else child.exists()):
                yield from self._select(child, rest, yielded)

    def _dirs_under(self, path):
        stack = [path]
        while stack:
            d = stack.pop()
            yield d
            try:
                entries = list(os.scandir(d))
            except OSError:
                continue
            subdirs = []
            for entry in entries:
                try:
                    if entry.is_dir():
                        subdirs.append(d._make_child_relpath(entry.name))
                except OSError:
                    pass
            stack.extend(reversed(subdirs))

    def absolute(self):
        """The path made absolute against the working directory ('/')."""
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path, normalised (links inside the sandbox's mounts
        are resolved by the file controller and never seen)."""
        s = os.path.realpath(self, strict=strict)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of this path."""
        return os.lstat(self)

    def owner(self):
        """The login name of the file owner (none in a sandbox)."""
        raise KeyError("getpwuid(): uid not found: %d" % self.stat().st_uid)

    def group(self):
        """The group name of the file gid (none in a sandbox)."""
        raise KeyError("getgrgid(): gid not found: %d" % self.stat().st_gid)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None,
             newline=None):
        """Open the file, as the built-in open() does."""
        args = [mode]
        kwargs = {}
        if buffering != -1:
            kwargs["buffering"] = buffering
        if encoding is not None:
            kwargs["encoding"] = encoding
        if errors is not None:
            kwargs["errors"] = errors
        if newline is not None:
            kwargs["newline"] = newline
        return open(str(self), *args, **kwargs)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write data to it, and close it."""
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write data to it, and close it."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist (a sandbox cannot set its
        times)."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            if self.is_dir():
                return
        with self.open("a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a directory (and its missing parents, with parents)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        """Remove this file (or link)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory (it must be empty)."""
        os.rmdir(self)

    def rename(self, target):
        """Rename this path to target; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to target, overwriting it; returns the new
        path."""
        os.replace(self, target)
        return self.__class__(target)

    def exists(self):
        """Whether this path exists."""
        return os.path.exists(self)

    def is_dir(self):
        """Whether this path is a directory."""
        return os.path.isdir(self)

    def is_file(self):
        """Whether this path is a regular file."""
        return os.path.isfile(self)

    def is_mount(self):
        """Whether this path is a mount point."""
        return os.path.ismount(self)

    def is_symlink(self):
        """Whether this path is a symbolic link (never, in a sandbox)."""
        return False

    def is_block_device(self):
        """Whether this path is a block device (never, in a sandbox)."""
        return False

    def is_char_device(self):
        """Whether this path is a character device (never, in a sandbox)."""
        return False

    def is_fifo(self):
        """Whether this path is a FIFO (never, in a sandbox)."""
        return False

    def is_socket(self):
        """Whether this path is a socket (never, in a sandbox)."""
        return False

    def expanduser(self):
        """The path with ~ expanded (HOME, when granted)."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == "~":
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts((homedir,) + tuple(self._parts[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """Path for POSIX systems."""


class WindowsPath(Path, PureWindowsPath):
    """Path for Windows (cannot be made here)."""
