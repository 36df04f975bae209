# bytearray and memoryview with the builtins: formatting, sorting, iteration
# helpers, membership in lists, reductions.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = bytearray(b"hi")
t(lambda: f"{b}|{b!r}|{b:>20}")
t(lambda: "%s %r" % (b, b))
t(lambda: (sorted(b), sum(b), max(b), min(b), any(b), tuple(b), set(b) == {104, 105}))
t(lambda: (b.__class__.__name__, bytearray.__name__, type(b) is bytearray, isinstance(b, object)))
t(lambda: [x for x in enumerate(b)])
t(lambda: dict(zip(b, b"ab")))
t(lambda: bytearray(b"abc")[::-1].decode())
t(lambda: str(memoryview(b"a")).startswith("<memory"))
t(lambda: b"ab".startswith(memoryview(b"a")))
t(lambda: b"x".join(memoryview(b"ab")))
t(lambda: bytes(memoryview(b"ab")[::-1]))
t(lambda: [bytearray(b"b"), bytearray(b"a")].sort())
l = [bytearray(b"b"), bytearray(b"a"), b"c"]; l.sort(); t(lambda: l)
t(lambda: bytearray(b"a") in [b"a"])
t(lambda: b"a" in [bytearray(b"a")])
t(lambda: {b"a": 1}[bytearray(b"a")] if False else "skip")
t(lambda: bytearray.fromhex.__name__)
t(lambda: memoryview.cast.__name__)
t(lambda: bytearray.__doc__[:20])
t(lambda: hash(memoryview(b"abc")[1:]) == hash(b"bc"))
t(lambda: len(memoryview(b"abcdef").cast("H")))
t(lambda: max(memoryview(b"\x01\x09\x03")))
t(lambda: bytearray(3) == bytes(3))

# Output:
# TypeError unsupported format string passed to bytearray.__format__
# "bytearray(b'hi') bytearray(b'hi')"
# ([104, 105], 209, 105, 104, True, (104, 105), True)
# ('bytearray', 'bytearray', True, True)
# [(0, 104), (1, 105)]
# {104: 97, 105: 98}
# 'cba'
# True
# True
# TypeError sequence item 0: expected a bytes-like object, int found
# b'ba'
# None
# [bytearray(b'a'), bytearray(b'b'), b'c']
# True
# True
# 'skip'
# 'fromhex'
# 'cast'
# 'bytearray(iterable_o'
# True
# 3
# 9
# True
