"""Filename globbing (CPython 3.11's `glob`) over os.scandir: the sandbox's
file namespace, under its grants. Results come in directory order (the
file controller lists names sorted).

The shell-pattern matcher (`*`, `?`, `[seq]`, `[!seq]`) is here too, as
`_fnmatch`; pathlib uses it.

Mutable module-level state: none.
"""

import os

__all__ = ["glob", "iglob", "escape"]


# Shell patterns, compiled to tokens: ("*",), ("?",), ("set", negate,
# ranges) and ("lit", text).

def _compile(pat):
    tokens = []
    i = 0
    n = len(pat)
    lit = []
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if lit:
                tokens.append(("lit", "".join(lit)))
                lit = []
            if not tokens or tokens[-1] != ("*",):
                tokens.append(("*",))
        elif c == "?":
            if lit:
                tokens.append(("lit", "".join(lit)))
                lit = []
            tokens.append(("?",))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                lit.append("[")
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            if lit:
                tokens.append(("lit", "".join(lit)))
                lit = []
            tokens.append(("set", negate, tuple(ranges)))
        else:
            lit.append(c)
    if lit:
        tokens.append(("lit", "".join(lit)))
    return tokens


def _one(tok, ch):
    if tok[0] == "?":
        return True
    inside = False
    for lo, hi in tok[2]:
        if lo <= ch <= hi:
            inside = True
            break
    return inside != tok[1]


def _fnmatch(name, pat):
    """Whether name matches the shell pattern pat (case-sensitive, as
    fnmatch.fnmatchcase). Backtracks to the last star only: linear in
    len(name) times the number of tokens."""
    if isinstance(pat, bytes):
        pat = pat.decode("latin-1")
        name = name.decode("latin-1")
    tokens = _compile(pat)
    ti = ni = 0
    star_t = star_n = -1
    nt = len(tokens)
    nn = len(name)
    while True:
        if ti < nt:
            tok = tokens[ti]
            kind = tok[0]
            if kind == "*":
                star_t = ti
                star_n = ni
                ti += 1
                continue
            if kind == "lit":
                text = tok[1]
                if name.startswith(text, ni):
                    ti += 1
                    ni += len(text)
                    continue
            elif ni < nn and _one(tok, name[ni]):
                ti += 1
                ni += 1
                continue
        elif ni == nn:
            return True
        if star_t < 0 or star_n >= nn:
            return False
        star_n += 1
        ti = star_t + 1
        ni = star_n


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la fnmatch; with
    recursive, '**' matches any files and zero or more directories. Names
    starting with '.' match only patterns that start with '.', unless
    include_hidden.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname
    pattern (see glob())."""
    if dir_fd is not None:
        raise OSError(9, "Bad file descriptor")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        return _skip_empty(it)
    return it


def _skip_empty(it):
    first = True
    for s in it:
        if first:
            first = False
            if not s:
                continue
        yield s


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly,
                                include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return [x for x in names if _fnmatch(x, pattern)]


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    if not dirname:
        dirname = b"." if isinstance(dirname, bytes) else "."
    try:
        with os.scandir(dirname) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        yield entry.name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s holds a wildcard (*, ? or [)."""
    if isinstance(s, bytes):
        return any(c in s for c in (b"*", b"?", b"["))
    return any(c in s for c in "*?[")


def _ishidden(path):
    return path[0] in (".", b"."[0])


def _isrecursive(pattern):
    return pattern == (b"**" if isinstance(pattern, bytes) else "**")


def escape(pathname):
    """Escape all special characters (each becomes [c])."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in b"*?[":
                out += b"[" + bytes([c]) + b"]"
            else:
                out.append(c)
        return bytes(out)
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)
