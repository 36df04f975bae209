# The values that the builtin_walk__* tests walk: one or more of every
# builtin type, with the numbers at their edges (signed zeros, inf, nan,
# subnormals, big ints, the hash modulus 2**61 - 1).
inf = float('inf')
nan = float('nan')


def f():
    pass


class K:
    pass


NUMBERS = [
    0, 1, -1, 7, -2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**62,
    2**63 - 1, 2**63, -2**63, 2**64, 10**30, -10**30, 2**200 + 1, True, False,
    0.0, -0.0, inf, -inf, 0.5, 0.1, 1.0, -1.0, 1.5, 7.0, 1e16, 1e22, 2.0**63,
    2.0**64, 2.0**61, 9007199254740993.0, 1e308, 5e-324, -5e-324,
    2.2250738585072014e-308, 2.225073858507201e-308, 1e-320,
    0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j,
    1j, -1j, 1.5 + 2.5j, complex(inf, 0), complex(0, inf), complex(-inf, -inf),
    complex(inf, 1), complex(7, 0), complex(2**61 - 1, 1),
]

OTHERS = [
    nan, complex(nan, 0), complex(0, nan), complex(inf, nan),
    '', 'a', 'abc', '1', "it's", 'say "hi"', 'é\n\x00\t', '\u20ac\U0001f600', '\\',
    b'', b'a', b'\x00\xff', b"it's", b'\\"',
    bytearray(), bytearray(b'a'), bytearray(b"q'\""),
    (), (1,), (1, 2.0), (1, 'a'), ((),), (0.0, -0.0), (1, (2, 3)),
    [], [1], [1, 2.0], [[1]], ['a', None],
    {}, {1: 2}, {'a': [1]}, {1.0: 'x'},
    set(), {1}, frozenset(), frozenset({1}), frozenset({1.0}),
    range(0), range(3), range(1, 10, 2), range(0, 3, 1), range(-5), range(0, -1),
    slice(1), slice(1, 2, 3), slice(None), slice(1.5, 'a', None),
    None, Ellipsis, NotImplemented, int, type, object, float, K,
    len, f, K(), memoryview(b'ab'), memoryview(b''),
]

VALUES = NUMBERS + OTHERS


def has_address(v):
    """Whether repr(v) shows an address."""
    return type(v) in (type(f), K, memoryview)


def label(v):
    """A text naming v that is the same in every run."""
    if has_address(v):
        if isinstance(v, memoryview):
            return 'memoryview(%r)' % v.tobytes()
        return '<%s %s>' % (type(v).__name__, getattr(v, '__name__', ''))
    return repr(v)
