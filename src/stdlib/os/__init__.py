"""Operating-system interfaces (CPython's `os` on POSIX) over the sandbox's
file namespace.

Every file operation is a request to the file controller, under the
sandbox's grants (paths outside them do not exist, or are refused with a
PermissionError that names the grant). The working directory is always
'/', `environ` holds only the variables the host granted
(`--allow-env NAME`), `urandom` reads the host's OS entropy, and there are
no processes, users or file descriptors to see.

Mutable module-level state: yes, `environ` (a dict the guest may change;
changes stay in its own sandbox and reach no process).
"""

import _os
from . import path

# os is a module, not a package, in CPython: os.path is imported here and
# found in sys.modules afterwards; no other submodule exists.
del __path__

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path",
           "extsep", "PathLike", "DirEntry", "environ", "error", "fspath",
           "getcwd", "getcwdb", "getenv", "listdir", "lstat", "makedirs",
           "mkdir", "remove", "removedirs", "rename", "renames", "replace",
           "rmdir", "scandir", "stat", "stat_result", "unlink", "urandom",
           "walk", "cpu_count", "strerror", "F_OK", "R_OK", "W_OK", "X_OK",
           "access"]

name = "posix"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
supports_bytes_environ = False
error = OSError


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(type(obj), "__fspath__")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "__fspath__")


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


PathLike.__module__ = "os"


def fspath(path):
    """Return the file system path representation of the object: str and
    bytes as they are, else what its __fspath__ returns."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        method = type(path).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__) from None
    r = method(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(r).__name__))


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to bytes."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) to str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def _path(p, fname, allow_none=False, allow_fd=False, arg="path"):
    """A path argument as (str for the controller, whether it was bytes).
    Where CPython also takes a file descriptor, an int is a bad one: the
    sandbox has none."""
    if p is None and allow_none:
        return ".", False
    if allow_fd and isinstance(p, int) and not isinstance(p, bool):
        raise OSError(9, "Bad file descriptor")
    if not isinstance(p, (str, bytes)) and not hasattr(type(p), "__fspath__"):
        what = "string, bytes, os.PathLike"
        if allow_fd:
            what += ", integer"
        what += " or None" if allow_none else ""
        if not allow_fd and not allow_none:
            what = "string, bytes or os.PathLike"
        elif allow_fd and not allow_none:
            what = "string, bytes, os.PathLike or integer"
        raise TypeError("%s: %s should be %s, not %s"
                        % (fname, arg, what, type(p).__name__))
    p = fspath(p)
    if isinstance(p, bytes):
        if b"\0" in p:
            raise ValueError("embedded null byte")
        return p.decode("utf-8", "surrogateescape"), True
    if "\0" in p:
        raise ValueError("embedded null byte")
    return p, False


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat (a 10-item sequence
    with the times as ints, and named fields with float and ns times)."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
              "st_size", "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence "
                            "(%d-sequence given)" % n)
        if n > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence "
                            "(%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:10])
        extra = list(items[10:]) + [None] * (19 - n)
        self._extra = extra
        return self

    st_mode = property(lambda self: self[0], doc="protection bits")
    st_ino = property(lambda self: self[1], doc="inode")
    st_dev = property(lambda self: self[2], doc="device")
    st_nlink = property(lambda self: self[3], doc="number of hard links")
    st_uid = property(lambda self: self[4], doc="user ID of owner")
    st_gid = property(lambda self: self[5], doc="group ID of owner")
    st_size = property(lambda self: self[6], doc="total size, in bytes")
    st_atime = property(lambda self: self[7] if self._extra[3] is None else self._extra[3], doc="time of last access")
    st_mtime = property(lambda self: self[8] if self._extra[4] is None else self._extra[4], doc="time of last modification")
    st_ctime = property(lambda self: self[9] if self._extra[5] is None else self._extra[5], doc="time of last change")
    st_atime_ns = property(lambda self: self._extra[6], doc="time of last access in nanoseconds")
    st_mtime_ns = property(lambda self: self._extra[7], doc="time of last modification in nanoseconds")
    st_ctime_ns = property(lambda self: self._extra[8], doc="time of last change in nanoseconds")

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self))


stat_result.__module__ = "os"


def _make_stat(fields):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns = fields
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime_ns // 10 ** 9, mtime_ns // 10 ** 9,
                        ctime_ns // 10 ** 9, None, None, None,
                        atime_ns / 1e9, mtime_ns / 1e9, ctime_ns / 1e9,
                        atime_ns, mtime_ns, ctime_ns))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    p, _ = _path(path, "stat", allow_fd=True)
    return _make_stat(_os.stat(p))


def lstat(path, *, dir_fd=None):
    """Like stat(): the sandbox sees no symbolic links."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    p, _ = _path(path, "lstat")
    return _make_stat(_os.stat(p))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the path exists (F_OK) and may be read, written or searched
    under the sandbox's grants (as far as its stat mode says)."""
    p, _ = _path(path, "access")
    try:
        st = _os.stat(p)
    except OSError:
        return False
    perms = st[0]
    if mode & R_OK and not perms & 0o444:
        return False
    if mode & W_OK and not perms & 0o222:
        return False
    if mode & X_OK and not perms & 0o111:
        return False
    return True


def listdir(path=None):
    """The names of the entries in the directory (sorted here: the
    controller lists in name order); bytes names for a bytes path."""
    p, as_bytes = _path(path, "listdir", allow_none=True, allow_fd=True)
    names = _os.listdir(p)
    if as_bytes:
        return [n.encode("utf-8", "surrogateescape") for n in names]
    return names


def getcwd():
    """The working directory: always '/'."""
    return _os.getcwd()


def getcwdb():
    """The working directory as bytes."""
    return _os.getcwd().encode()


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    p, _ = _path(path, "mkdir")
    _os.mkdir(p)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ascii")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    """Remove a file."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    p, _ = _path(path, "remove")
    _os.remove(p)


def unlink(path, *, dir_fd=None):
    """Remove a file (same as remove())."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    p, _ = _path(path, "unlink")
    _os.remove(p)


def rmdir(path, *, dir_fd=None):
    """Remove an empty directory."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    p, _ = _path(path, "rmdir")
    _os.rmdir(p)


def removedirs(name):
    """Remove a leaf directory and every empty parent above it."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory (replacing a file at dst)."""
    _rename(src, dst, "rename")


def _rename(src, dst, fname):
    a, _ = _path(src, fname, arg="src")
    b, _ = _path(dst, fname, arg="dst")
    try:
        _os.rename(a, b)
    except OSError as e:
        # CPython names both paths: "...: 'src' -> 'dst'".
        err = type(e)(e.errno, "%s: %r -> %r" % (e.strerror, a, b))
        err.filename = a
        raise err from None


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory, overwriting the destination."""
    _rename(src, dst, "replace")


def renames(old, new):
    """Rename, creating the new path's directories and removing the old
    path's emptied ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): its name and path, and cached answers about
    the file it names."""

    def __init__(self, directory, name, as_bytes):
        self._as_bytes = as_bytes
        full = path.join(directory, name)
        if as_bytes:
            self.name = name.encode("utf-8", "surrogateescape")
            self.path = full.encode("utf-8", "surrogateescape")
        else:
            self.name = name
            self.path = full
        self._full = full
        self._stat = None

    def __class_getitem__(cls, item):
        return cls

    def _fields(self):
        if self._stat is None:
            self._stat = _os.stat(self._full)
        return self._stat

    def stat(self, *, follow_symlinks=True):
        """The entry's stat_result (cached)."""
        return _make_stat(self._fields())

    def inode(self):
        """The entry's inode number."""
        return self._fields()[1]

    def is_dir(self, *, follow_symlinks=True):
        """Whether the entry is a directory."""
        try:
            return self._fields()[0] & 0o170000 == 0o040000
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        """Whether the entry is a regular file."""
        try:
            return self._fields()[0] & 0o170000 == 0o100000
        except FileNotFoundError:
            return False

    def is_symlink(self):
        """Whether the entry is a symbolic link (never, in a sandbox)."""
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, directory, names, as_bytes):
        self._directory = directory
        self._names = names
        self._as_bytes = as_bytes
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None or self._i >= len(self._names):
            raise StopIteration
        name = self._names[self._i]
        self._i += 1
        return DirEntry(self._directory, name, self._as_bytes)

    def close(self):
        """Stop the iteration."""
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory
    (a context manager too)."""
    p, as_bytes = _path(path, "scandir", allow_none=True, allow_fd=True)
    names = _os.listdir(p)
    shown = p if path is not None else "."
    return _ScandirIterator(shown, names, as_bytes)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each
    directory under top. With topdown, the caller may prune dirnames in
    place."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            for entry in entries:
                if entry.is_dir():
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                stack.append(path.join(top, dirname))
        else:
            stack.append((top, dirs, nondirs))
            for dirname in reversed(dirs):
                stack.append(path.join(top, dirname))


class _Environ(dict):
    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)

    def copy(self):
        return dict(self)


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """The environment variable key if granted, else default."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for executables: none in a sandbox."""
    return []


def urandom(size):
    """Return a bytes object of size random bytes from the host's OS
    entropy."""
    return _os.urandom(size)


def cpu_count():
    """The number of logical CPUs of the host."""
    return _os.cpu_count()


_ERRNO_TEXT = {
    0: "Success", 1: "Operation not permitted",
    2: "No such file or directory", 5: "Input/output error",
    9: "Bad file descriptor", 13: "Permission denied", 17: "File exists",
    18: "Invalid cross-device link", 20: "Not a directory",
    21: "Is a directory", 22: "Invalid argument",
    24: "Too many open files", 28: "No space left on device",
    30: "Read-only file system", 39: "Directory not empty",
}


def strerror(code):
    """The text of an error number."""
    if not isinstance(code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(code).__name__)
    return _ERRNO_TEXT.get(code, "Unknown error %d" % code)
