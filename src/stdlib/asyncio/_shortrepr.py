"""The short reprs asyncio puts in its own reprs (a future's result, a
callback's arguments): reprlib.repr with reprlib's default limits,
written here until sandpy has reprlib.

Containers show at most 6 items (a dict 4), nested at most 6 levels; a
str is cut to 30 characters, an int to 40 digits, any other repr to 30
characters, with '...' in the middle.
"""

_MAXLEVEL = 6
_MAXITEMS = 6
_MAXDICT = 4
_MAXSTRING = 30
_MAXLONG = 40
_MAXOTHER = 30


def _cut(s, limit):
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _sorted_if_possible(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _items(x, level, left, right, trail=''):
    n = len(x)
    if level <= 0 and n:
        inner = '...'
    else:
        pieces = []
        for i, item in enumerate(x):
            if i >= _MAXITEMS:
                break
            pieces.append(_repr(item, level - 1))
        if n > _MAXITEMS:
            pieces.append('...')
        inner = ', '.join(pieces)
        if n == 1 and trail:
            right = trail + right
    return f'{left}{inner}{right}'


def _repr(x, level):
    t = type(x)
    if t is tuple:
        return _items(x, level, '(', ')', ',')
    if t is list:
        return _items(x, level, '[', ']')
    if t is set:
        if not x:
            return 'set()'
        return _items(_sorted_if_possible(x), level, '{', '}')
    if t is frozenset:
        if not x:
            return 'frozenset()'
        return _items(_sorted_if_possible(x), level, 'frozenset({', '})')
    if t is dict:
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for i, key in enumerate(_sorted_if_possible(x)):
            if i >= _MAXDICT:
                break
            pieces.append(f'{_repr(key, level - 1)}: {_repr(x[key], level - 1)}')
        if n > _MAXDICT:
            pieces.append('...')
        return '{%s}' % ', '.join(pieces)
    if t is str:
        s = repr(x[:_MAXSTRING])
        if len(s) > _MAXSTRING:
            s = _cut(repr(x), _MAXSTRING)
        return s
    if t is int:
        return _cut(repr(x), _MAXLONG)
    try:
        s = repr(x)
    except Exception:
        return f'<{type(x).__name__} instance at {id(x):#x}>'
    return _cut(s, _MAXOTHER)


def short_repr(x):
    """reprlib.repr(x)."""
    return _repr(x, _MAXLEVEL)
