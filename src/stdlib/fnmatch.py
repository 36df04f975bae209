"""fnmatch: Unix shell-style filename matching (`*`, `?`, `[seq]`, `[!seq]`).

Written for sandpy from the Python 3.11 documentation. Patterns are
matched by a small glob matcher of this module, without `re`; `translate`
returns the same regular expression text as CPython's, so that the two
agree wherever `re` is available. File names are case-sensitive here, as
on POSIX (`os.path.normcase` is the identity).

This module keeps no mutable module-level state (CPython caches compiled
patterns; compiling one here is cheap).
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# re.escape's special characters.
_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
_STAR = None


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(kind.__name__, type(result).__name__))


def _escape(c):
    if not isinstance(c, str):
        raise TypeError('decoding to str: need a bytes-like object, %s found'
                        % type(c).__name__)
    return '\\' + c if c in _SPECIAL else c


class _Set:
    """A bracket expression: its characters and ranges, maybe negated."""

    def __init__(self, negated, chars, ranges):
        self.negated = negated
        self.chars = chars
        self.ranges = ranges

    def __call__(self, c):
        found = c in self.chars
        if not found:
            for lo, hi in self.ranges:
                if lo <= c <= hi:
                    found = True
                    break
        return found != self.negated


def _bracket(pat, i, j):
    """The bracket expression pat[i:j] (between '[' and ']'): its regular
    expression text and its matcher."""
    stuff = pat[i:j]
    if '-' not in stuff:
        chunks = [stuff]
    else:
        # Split at the hyphens that make ranges: never the first character
        # (after a '!'), never the character just after a range.
        chunks = []
        start = i
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k += 3
        if start < j:
            chunks.append(pat[start:j])
        else:
            chunks[-1] += '-'
        # A range whose ends are out of order is empty: drop it, ends and all.
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
    joined = '-'.join(chunks)
    negated = joined[:1] == '!'
    ranges = []
    chars = set()
    for n, chunk in enumerate(chunks):
        first = 1 if n > 0 else 0
        last = len(chunk) - 1 if n < len(chunks) - 1 else len(chunk)
        if n == 0 and negated:
            first = 1
        chars.update(chunk[first:last])
        if n > 0:
            ranges.append((chunks[n - 1][-1], chunk[0]))
    test = _Set(negated, frozenset(chars), tuple(ranges))
    if not joined:
        return '(?!)', test
    if joined == '!':
        return '.', test
    body = '-'.join(c.replace('\\', '\\\\').replace('-', '\\-')
                    for c in chunks)
    body = ''.join('\\' + c if c in '&~|' else c for c in body)
    if negated:
        body = '^' + body[1:]
    elif body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']', test


def _parse(pat):
    """The pattern as items: _STAR, or (regex text, test) where test is a
    character, None for any character, or a _Set."""
    items = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] is not _STAR:
                items.append(_STAR)
        elif c == '?':
            items.append(('.', None))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('\\[', '['))
            else:
                items.append(_bracket(pat, i, j))
                i = j + 1
        else:
            items.append((_escape(c), c))
    return items


def _segments(items):
    """(head, middles, tail): the fixed pieces around the stars, each a
    list of tests; tail is None when there is no star at all."""
    pieces = [[]]
    for item in items:
        if item is _STAR:
            pieces.append([])
        else:
            pieces[-1].append(item[1])
    if len(pieces) == 1:
        return pieces[0], [], None
    return pieces[0], pieces[1:-1], pieces[-1]


def _fits(tests, name, at):
    for k, t in enumerate(tests):
        c = name[at + k]
        if t is None:
            continue
        if isinstance(t, str):
            if t != c:
                return False
        elif not t(c):
            return False
    return True


def _matches(segments, name):
    head, middles, tail = segments
    n = len(name)
    if tail is None:
        return n == len(head) and _fits(head, name, 0)
    if n < len(head) or not _fits(head, name, 0):
        return False
    pos = len(head)
    for piece in middles:
        # The earliest place the piece fits, never revisited (CPython's
        # regular expression takes it in an atomic group).
        m = len(piece)
        while pos + m <= n and not _fits(piece, name, pos):
            pos += 1
        if pos + m > n:
            return False
        pos += m
    return n - pos >= len(tail) and _fits(tail, name, n - len(tail))


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    items = _parse(pat)
    out = []
    k = 0
    n = len(items)
    while k < n and items[k] is not _STAR:
        out.append(items[k][0])
        k += 1
    while k < n:
        k += 1
        if k == n:
            out.append('.*')
            break
        fixed = []
        while k < n and items[k] is not _STAR:
            fixed.append(items[k][0])
            k += 1
        if k == n:
            out.append('.*' + ''.join(fixed))
        else:
            out.append('(?>.*?' + ''.join(fixed) + ')')
    return '(?s:' + ''.join(out) + ')\\Z'


def _compile(pat):
    if isinstance(pat, bytes):
        return _segments(_parse(str(pat, 'ISO-8859-1'))), True
    if isinstance(pat, str):
        return _segments(_parse(pat)), False
    if isinstance(pat, (bytearray, memoryview)):
        raise TypeError("unhashable type: '%s'" % type(pat).__name__)
    return _segments(_parse(pat)), False


def _name_text(name, binary):
    if isinstance(name, str):
        if binary:
            raise TypeError('cannot use a bytes pattern on a string-like '
                            'object')
        return name
    if isinstance(name, (bytes, bytearray, memoryview)):
        if not binary:
            raise TypeError('cannot use a string pattern on a bytes-like '
                            'object')
        return str(bytes(name), 'ISO-8859-1')
    raise TypeError("expected string or bytes-like object, got '%s'"
                    % type(name).__name__)


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    segments, binary = _compile(pat)
    return _matches(segments, _name_text(name, binary))


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = _fspath(name)
    pat = _fspath(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = _fspath(pat)
    segments, binary = _compile(pat)
    return [name for name in names
            if _matches(segments, _name_text(name, binary))]
