"""CPython stand-in for sandpy's native `_functools`
(src/modules/functools_native.rs, src/types/functools_types.rs), so that
sandpy's functools (src/stdlib/functools.py) runs on CPython."""


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        acc = initial[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        acc = function(acc, x)
    return acc


class _Key:
    __slots__ = ("cmp", "obj")
    __hash__ = None

    def __init__(self, cmp, obj):
        self.cmp, self.obj = cmp, obj

    def __call__(self, obj):
        return _Key(self.cmp, obj)

    def _c(self, other):
        if not isinstance(other, _Key):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, o):
        return self._c(o) < 0

    def __le__(self, o):
        return self._c(o) <= 0

    def __eq__(self, o):
        return self._c(o) == 0

    def __ne__(self, o):
        return self._c(o) != 0

    def __gt__(self, o):
        return self._c(o) > 0

    def __ge__(self, o):
        return self._c(o) >= 0


_Key.__name__ = _Key.__qualname__ = "KeyWrapper"


def cmp_to_key(mycmp):
    return _Key(mycmp, None)


_MARK = object()


class _lru_store:
    def __init__(self, func, maxsize, typed):
        self.func, self.typed = func, bool(typed)
        self.maxsize = None if maxsize is None else max(maxsize, 0)
        self.table, self.hits, self.misses = {}, 0, 0

    def _key(self, args, kwds):
        if not kwds and not self.typed and len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        key = args
        if kwds:
            key += (_MARK,) + tuple(x for kv in kwds.items() for x in kv)
        if self.typed:
            key += tuple(type(v) for v in args) + tuple(type(v) for v in kwds.values())
        return key

    def call(self, args, kwds):
        if self.maxsize == 0:
            self.misses += 1
            return self.func(*args, **kwds)
        key = self._key(args, kwds)
        if key in self.table:
            self.hits += 1
            value = self.table[key]
            if self.maxsize is not None:
                del self.table[key]
                self.table[key] = value
            return value
        self.misses += 1
        result = self.func(*args, **kwds)
        if key in self.table:
            if self.maxsize is None:
                self.table[key] = result
            return result
        if self.maxsize is not None and len(self.table) >= self.maxsize:
            del self.table[next(iter(self.table))]
        self.table[key] = result
        return result

    def info(self):
        return (self.hits, self.misses, self.maxsize, len(self.table))

    def clear(self):
        self.table.clear()
        self.hits = self.misses = 0


def _bind(attr, obj, cls):
    get = getattr(type(attr), "__get__", None)
    if get is None:
        return attr
    return get(attr, obj, cls if cls is not None else type(obj))
