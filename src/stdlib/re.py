"""Regular expression operations, as CPython 3.11's `re`.

The engine is native (`_re`, src/modules/re/): it parses and compiles a
pattern into an immutable program and runs it. This layer gives the
documented API: the flags, `error`, `Pattern`, `Match`, the module
functions, replacement templates and `escape`.

Module-level state: none that changes. The compile cache is this
sandbox's dict kept by `_re` (`_re.cache()`), read at each call.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_FLAG_NAMES = (
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
    (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
    (256, "ASCII"),
)

# The order of RegexFlag's members (their reprs list them in it).
_ENUM_ORDER = (
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
    (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
    (128, "DEBUG"),
)


class RegexFlag(int):
    """The flags of re, an int with the reprs of CPython's enum.IntFlag."""

    __slots__ = ()

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        return _flag_names(v, _ENUM_ORDER)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for b, n in _ENUM_ORDER if v & b]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)


def _flag_names(v, order=_FLAG_NAMES):
    parts = []
    for bit, name in order:
        if v & bit:
            parts.append("re." + name)
            v &= ~bit
    if v:
        parts.append(hex(v))
    return "|".join(parts)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

for _name, _flag in (("NOFLAG", NOFLAG), ("ASCII", A), ("A", A),
                     ("IGNORECASE", I), ("I", I), ("LOCALE", L), ("L", L),
                     ("UNICODE", U), ("U", U), ("MULTILINE", M), ("M", M),
                     ("DOTALL", S), ("S", S), ("VERBOSE", X), ("X", X),
                     ("TEMPLATE", T), ("T", T), ("DEBUG", DEBUG)):
    setattr(RegexFlag, _name, _flag)
del _name, _flag


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (the index in
    the pattern where compilation failed, or None), lineno and colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
RegexFlag.__module__ = "re"


def _index(v, what):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(v).__name__)


_END = 2 ** 62


def _bounds(string, pos, endpos):
    pos = _index(pos, "pos")
    if isinstance(string, (str, bytes, bytearray)):
        n = len(string)
    else:
        # Another buffer is matched as its bytes.
        try:
            n = memoryview(string).nbytes
        except TypeError:
            n = None
    if endpos is None:
        endpos = 2 ** 62
    else:
        endpos = _index(endpos, "endpos")
    if n is not None:
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
    else:
        pos = max(pos, 0)
        endpos = max(endpos, 0)
    return pos, min(endpos, 2 ** 62)


class _GroupIndex(dict):
    """The read-only mapping of a pattern's group names."""

    __slots__ = ()

    def _ro(self, *a, **k):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = _ro
    __delitem__ = _ro

    def _nomethod(self, *a, **k):
        raise AttributeError("'mappingproxy' object has no such method")

    pop = popitem = clear = update = setdefault = _nomethod

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("_prog", "_pattern", "_flags", "_groups", "_groupindex",
                 "_names", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _GroupIndex(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        if pos.__class__ is not int or endpos is not None:
            pos, endpos = _bounds(string, pos, endpos)
        m = _re.run(self._prog, string, pos, _END if endpos is None else endpos,
                    mode, False, Match, self, pos, endpos)
        if m.__class__ is tuple:
            return _new_match(self, string, pos, endpos, m)
        return m

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, count):
        pos, endpos = _bounds(string, pos, endpos)
        return _re.scan(self._prog, string, pos, endpos, 0, count), pos, endpos

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = _bounds(string, pos, endpos)
        return _re.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return _finditer(self, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        maxsplit = _index(maxsplit, "maxsplit")
        if maxsplit < 0:
            return [_sl(string, 0, len(string))]
        return _re.split(self._prog, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        count = _index(count, "count")
        literal = None
        filt = None
        template = None
        if callable(repl):
            filt = repl
        elif isinstance(repl, str):
            if "\\" in repl and isinstance(self._pattern, str):
                template = _parse_template(repl, self)
            else:
                literal = repl
        else:
            try:
                b = bytes(memoryview(repl))
            except TypeError:
                raise TypeError("decoding to str: need a bytes-like object, "
                                "%s found" % type(repl).__name__) from None
            if b"\\" in b and not isinstance(self._pattern, str):
                template = _parse_template(b, self)
            else:
                literal = repl
        if template is not None:
            if not template[0] and len(template[1]) == 1:
                literal = template[1][0]
                template = None
        if count < 0:
            return _sl(string, 0, len(string)), 0
        if filt is None:
            if template is None:
                pieces = [literal]
            else:
                pieces = [lit if lit is not None else 0 for lit in template[1]]
                for index, group in template[0]:
                    pieces[index] = group
            if all(type(x) is int or isinstance(x, str) == isinstance(self._pattern, str)
                   for x in pieces):
                r, n = _re.sub(self._prog, string, pieces, count)
                if r is None:
                    return _sl(string, 0, len(string)), 0
                return r, n
        if filt is not None:
            pos, endpos = _bounds(string, 0, None)
            pieces, n = _re.subf(self._prog, string, count, filt, Match, self, pos, endpos)
            if not n:
                return _sl(string, 0, len(string)), 0
            if isinstance(string, str):
                return "".join(pieces), n
            return b"".join(pieces), n
        found, pos, endpos = self._scan(string, 0, None, count)
        if not found:
            return _sl(string, 0, len(string)), 0
        pieces = []
        last = 0
        for m in found:
            if last < m[1]:
                pieces.append(string[last:m[1]])
            if literal is not None:
                pieces.append(literal)
            else:
                pieces.append(_expand_template(template, _new_match(self, string, pos, endpos, m)))
            last = m[2]
        if last < len(string):
            pieces.append(string[last:])
        if isinstance(string, str):
            return "".join(pieces), len(found)
        return b"".join(pieces), len(found)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        r = repr(self._pattern)
        if len(r) > 200:
            r = r[:200]
        if flags:
            return "re.compile(%s, %s)" % (r, _flag_names(flags))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags
                and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = "re"


def _sl(string, a, b):
    """string[a:b] as str or bytes (a bytes-like subject gives bytes)."""
    r = string[a:b]
    if type(r) is not str and type(r) is not bytes:
        r = bytes(r)
    return r


def _slice(string, a, b):
    if a < 0 or b < 0:
        return _sl(string, 0, 0)
    return _sl(string, a, b)


class Match:
    """The result of a successful match."""

    __slots__ = ("_re", "_string", "_pos", "_endpos", "_m")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def re(self):
        return self._re

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        li = self._m[0]
        return li if li > 0 else None

    @property
    def lastgroup(self):
        li = self._m[0]
        if li <= 0:
            return None
        for name, g in self._re._names:
            if g == li:
                return name
        return None

    @property
    def regs(self):
        m = self._m
        return tuple((m[2 * g + 1], m[2 * g + 2])
                     for g in range(self._re._groups + 1))

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            i = int(g)
        elif not isinstance(g, (str, bytes)) and hasattr(type(g), "__index__"):
            i = type(g).__index__(g)
        else:
            i = self._re._groupindex.get(g, -1) if isinstance(g, str) else -1
        if i < 0 or i > self._re._groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        m = self._m
        a = m[2 * i + 1]
        b = m[2 * i + 2]
        if a < 0 or b < 0:
            return default
        return _sl(self._string, a, b)

    # group() and m[g]: native for one group of a str or bytes subject
    # (_re.match_group), which calls _group for the rest.
    group = __getitem__ = _re.match_group

    def _group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def groups(self, default=None):
        return tuple(self._get(g, default)
                     for g in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self._re._names}

    def start(self, group=0):
        return self._m[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._m[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._m[2 * i + 1], self._m[2 * i + 2])

    def expand(self, template):
        return _expand_template(_parse_template(template, self._re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._m[1], self._m[2], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = "re"


def _new_match(pattern, string, pos, endpos, m):
    """A Match; `pos` and `endpos` may be out of range or None (then they
    are the subject's bounds, clamped as the engine clamped them)."""
    if endpos is None or pos < 0 or pos.__class__ is not int:
        pos, endpos = _bounds(string, pos, endpos)
    r = object.__new__(Match)
    r._re = pattern
    r._string = string
    r._pos = pos
    r._endpos = endpos
    r._m = m
    return r


def _finditer(pattern, string, pos, endpos):
    pos, endpos = _bounds(string, pos, endpos)
    prog = pattern._prog
    start = pos
    advance = 0
    chunk = 16
    while True:
        found = _re.scan(prog, string, start, endpos, advance, chunk,
                         Match, pattern, pos, endpos)
        yield from found
        if len(found) < chunk:
            return
        last = found[-1]._m
        start = last[2]
        advance = 1 if last[1] == last[2] else 0
        if chunk < 1024:
            chunk *= 2


class _Scanner:
    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_start", "_advance")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _bounds(string, pos, endpos)
        self._start = self._pos
        self._advance = False

    def _next(self, mode):
        if self._start is None:
            return None
        m = _re.run(self.pattern._prog, self._string, self._start,
                    self._endpos, mode, self._advance,
                    Match, self.pattern, self._pos, self._endpos)
        if m is None:
            self._start = None
            return None
        span = m._m
        self._advance = span[1] == span[2]
        self._start = span[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


def _is_decimal_ascii(s):
    return s.isdecimal() and s.isascii()


def _parse_template(template, pattern):
    """A replacement template as (groups, literals): literals[i] is None
    where group groups[k][1] goes (groups[k][0] == i)."""
    is_str = isinstance(pattern._pattern, str)
    if is_str:
        if not isinstance(template, str):
            raise TypeError("expected str instance, %s found"
                            % type(template).__name__)
        src = template
    else:
        try:
            template = bytes(memoryview(template))
        except TypeError:
            raise TypeError("expected a bytes-like object, %s found"
                            % type(template).__name__) from None
        src = template.decode("latin-1")
    groups = []
    literals = []
    literal = []
    n = len(src)
    i = 0
    ngroups = pattern._groups

    def fail(msg, pos):
        if not is_str:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, template, pos)

    def addgroup(index, pos):
        if index > ngroups:
            raise fail("invalid group reference %d" % index, pos)
        if literal:
            literals.append("".join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    while i < n:
        c = src[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise fail("bad escape (end of pattern)", n - 1)
        c = src[i + 1]
        i += 2
        if c == "g":
            if i >= n or src[i] != "<":
                raise fail("missing <", i)
            j = src.find(">", i + 1)
            if i + 1 >= n:
                raise fail("missing group name", i + 1)
            if j < 0:
                raise fail("missing >, unterminated name", i + 1)
            name = src[i + 1:j]
            if not name:
                raise fail("missing group name", i + 1)
            i = j + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise fail("bad character in group name %r" % name,
                               i - len(name) - 1) from None
                if index >= _re.MAXGROUPS:
                    raise fail("invalid group reference %d" % index,
                               i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            j = i
            while j < n and j < i + 2 and src[j] in "01234567":
                j += 1
            literal.append(chr(int(src[i - 1:j], 8) & 0xff))
            i = j
        elif c in "0123456789":
            start = i - 2
            this = c
            isoctal = False
            if i < n and src[i] in "0123456789":
                this += src[i]
                i += 1
                if (c in "01234567" and this[1] in "01234567"
                        and i < n and src[i] in "01234567"):
                    this += src[i]
                    i += 1
                    isoctal = True
                    v = int(this, 8)
                    if v > 0o377:
                        raise fail("octal escape value \\%s outside of "
                                   "range 0-0o377" % this, start)
                    literal.append(chr(v))
            if not isoctal:
                addgroup(int(this), start + 1)
        else:
            esc = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\v", "\\": "\\"}.get(c)
            if esc is not None:
                literal.append(esc)
            elif c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
                raise fail("bad escape \\%s" % c, i - 2)
            else:
                literal.append("\\" + c)
    if literal:
        literals.append("".join(literal))
    if not is_str:
        literals = [None if s is None else s.encode("latin-1") for s in literals]
    return groups, literals


def _expand_template(template, match):
    groups, literals = template
    empty = _sl(match.string, 0, 0)
    literals = literals[:]
    for index, group in groups:
        literals[index] = match.group(group) or empty
    if isinstance(empty, str):
        return "".join(literals)
    return b"".join(bytes(x) for x in literals)


_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags) if isinstance(flags, int) else flags
    cache = _re.cache()
    key = (type(pattern), pattern, flags)
    try:
        return cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, (bytearray, memoryview)):
            pattern = bytes(pattern)
        else:
            raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'"
                        % type(flags).__name__)
    r = _re.compile(pattern, flags)
    if r[0] is None:
        if r[2] is None:
            raise error(r[1])
        raise error(r[1], pattern, r[2])
    p = object.__new__(Pattern)
    p._prog = r[0]
    p._pattern = pattern
    p._flags = r[1]
    p._groups = r[2]
    p._names = tuple(r[3])
    p._groupindex = dict(r[3])
    if not flags & DEBUG:
        if len(cache) >= _MAXCACHE:
            try:
                del cache[next(iter(cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _re.cache().clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL else c
                   for c in pattern).encode("latin1")
