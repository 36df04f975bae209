"""Common operations on POSIX pathnames (CPython's `posixpath`), for the
sandbox's file namespace: the working directory is always '/', no user
has a home directory, and the file queries go through `os` (the file
controller, under the sandbox's grants).

Mutable module-level state: none.
"""

import _os

# As in CPython, os.path is the module posixpath.
__name__ = "posixpath"

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        method = type(p).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__) from None
    r = method(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


def _seps(p):
    if isinstance(p, bytes):
        return b"/", b".", b"", b".."
    return "/", ".", "", ".."


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or "
                            "os.PathLike object, not %r"
                            % (funcname, type(s).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname (nothing to do on POSIX)."""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the
    final slash; either part may be empty."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext may be empty."""
    p = _fspath(p)
    sep, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path: on POSIX, drive is empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The final component of a pathname."""
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """The directory component of a pathname."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest leading string (character by character) of the list."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Normalize path, eliminating double slashes, '.' and '..' lexically."""
    path = _fspath(path)
    sep, dot, empty, dotdot = _seps(path)
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """Absolute version of a path (the working directory is '/')."""
    path = _fspath(path)
    if not isabs(path):
        path = join(_seps(path)[0], path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symlinks inside the sandbox's mounts are resolved
    by the file controller and never shown, so this is abspath()."""
    filename = _fspath(filename)
    path = abspath(filename)
    if strict:
        _os.stat(_as_str(path))
    return path


def relpath(path, start=None):
    """A relative version of a path, from start (default: the working
    directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, curdir_, _, pardir_ = _seps(path)
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of each pathname in the sequence."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    sep, curdir_, _, _ = _seps(paths[0])
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise


def expanduser(path):
    """Expand ~ and ~user: no user of a sandbox has a home directory, so
    the path is returned unchanged unless HOME is granted (`~` then
    expands to it)."""
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ().get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Expand shell variables of the forms $var and ${var} from the
    sandbox's (granted) environment; unknown ones are left alone."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode("utf-8", "surrogateescape") if is_bytes else path
    if "$" not in text:
        return path
    env = _os.environ()
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "$":
            out.append(ch)
            i += 1
            continue
        if text[i + 1:i + 2] == "{":
            end = text.find("}", i + 2)
            name = text[i + 2:end] if end >= 0 else ""
            if end < 0 or not name or not all(c.isalnum() or c in "_-" for c in name) \
                    or not name.isascii():
                out.append(ch)
                i += 1
                continue
            whole = text[i:end + 1]
            i = end + 1
        else:
            j = i + 1
            while j < n and text[j].isascii() and (text[j].isalnum() or text[j] == "_"):
                j += 1
            name = text[i + 1:j]
            if not name:
                out.append(ch)
                i += 1
                continue
            whole = text[i:j]
            i = j
        out.append(env[name] if name in env else whole)
    result = "".join(out)
    return result.encode("utf-8", "surrogateescape") if is_bytes else result


def _as_str(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return path.decode("utf-8", "surrogateescape")
    return path


def _kind(path):
    if isinstance(path, int) and not isinstance(path, bool):
        return ""
    if not isinstance(path, (str, bytes)) and not hasattr(type(path), "__fspath__"):
        raise TypeError("stat: path should be string, bytes, os.PathLike or "
                        "integer, not " + type(path).__name__)
    try:
        return _os.kind(_as_str(path))
    except (OSError, ValueError):
        return ""


def exists(path):
    """Test whether a path exists (and the sandbox may see it)."""
    return _kind(path) != ""


def lexists(path):
    """Test whether a path exists (the sandbox sees no broken links)."""
    return _kind(path) != ""


def isfile(path):
    """Test whether a path is a regular file."""
    return _kind(path) == "file"


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return _kind(s) == "dir"


def islink(path):
    """Test whether a path is a symbolic link: the file controller resolves
    links inside the sandbox's mounts and refuses the others, so none is
    ever seen."""
    _fspath(path)
    return False


def ismount(path):
    """Test whether a path is a mount point (the root, or a granted
    directory's place)."""
    path = _as_str(path)
    return normpath(abspath(path)) == "/"


def _stat(path):
    import os
    return os.stat(path)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file."""
    return _stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file."""
    return _stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file."""
    return _stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat results refer to the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file."""
    return samestat(_stat(f1), _stat(f2))
