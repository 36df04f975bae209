# Differential test: every bytes and bytearray method on a grid of
# receivers and arguments (empty, non-ASCII, out-of-range ints, wrong
# types), printing each result or the exception type and message.
RECEIVERS = [b"", b"a", b"Hello, World", b"  ab\tc  \n", b"\x00\xff\x80", b"a,b,,c", b"-12", b"aAbB cC\r\nx"]
BYTES_ARGS = [b"", b"a", b",", b"ab", b"\xff", b"  "]
ARGS = BYTES_ARGS + [bytearray(b"b"), memoryview(b"c"), 97, 0, 255, 256, -1, 2**70, "a", None, 1.5, [98], (b"a", b"H")]
INTS = [-1, 0, 1, 3, 20, 2**70, "2", None]

ONE_BYTES = ["partition", "rpartition", "removeprefix", "removesuffix", "join"]
SEARCH = ["count", "find", "rfind", "index", "rindex", "startswith", "endswith"]
NOARGS = ["upper", "lower", "swapcase", "title", "capitalize", "isdigit", "isalpha", "isalnum", "isspace",
          "isascii", "islower", "isupper", "istitle", "hex", "decode", "splitlines", "expandtabs", "strip",
          "lstrip", "rstrip", "split", "rsplit", "__len__", "__iter__"]
PAD = ["center", "ljust", "rjust", "zfill", "expandtabs"]
SPLIT = ["split", "rsplit", "strip", "lstrip", "rstrip"]

def show(v):
    if type(v).__name__ in ("bytes_iterator", "bytearray_iterator"):
        return list(v)
    if isinstance(v, memoryview):
        return ("mv", v.tobytes())
    if isinstance(v, tuple):
        return tuple(show(x) for x in v)
    return v

def lab(a):
    if isinstance(a, memoryview):
        return f"mv({a.tobytes()!r})"
    return repr(a)

def call(label, f):
    try:
        print(label, repr(show(f())))
    except Exception as e:
        print(label, type(e).__name__, e)

for T in (bytes, bytearray):
    print("==", T.__name__)
    for r in RECEIVERS:
        x = T(r)
        for m in NOARGS:
            call(f"{r!r}.{m}()", lambda: getattr(x, m)())
        for m in ONE_BYTES + SEARCH:
            for a in ARGS:
                call(f"{r!r}.{m}({lab(a)})", lambda: getattr(x, m)(a))
        for m in SEARCH:
            for s in INTS[:5]:
                for e in [None, 2, -1]:
                    call(f"{r!r}.{m}(b'a', {s!r}, {e!r})", lambda: getattr(x, m)(b"a", s, e))
        for m in PAD:
            for w in INTS:
                call(f"{r!r}.{m}({w!r})", lambda: getattr(x, m)(w))
        for m in ["center", "ljust", "rjust"]:
            for fill in [b"*", bytearray(b"-"), b"", b"ab", "*", 42]:
                call(f"{r!r}.{m}(15, {fill!r})", lambda: getattr(x, m)(15, fill))
        for m in SPLIT:
            for a in [None, b"a", b",", b"", "a", 5, bytearray(b" ")]:
                call(f"{r!r}.{m}({lab(a)})", lambda: getattr(x, m)(a))
        for m in ["split", "rsplit"]:
            for k in [-1, 0, 1, 2, "1"]:
                call(f"{r!r}.{m}(b',', {k!r})", lambda: getattr(x, m)(b",", k))
                call(f"{r!r}.{m}(None, {k!r})", lambda: getattr(x, m)(None, k))
        for old, new in [(b"a", b"XY"), (b"", b"-"), (b",", b""), (b"\xff", bytearray(b"!")), ("a", b"b"), (b"a", 1)]:
            for c in [-1, 0, 1, 2]:
                call(f"{r!r}.replace({old!r}, {new!r}, {c})", lambda: x.replace(old, new, c))
        for k in [False, True, 0, 1, "x"]:
            call(f"{r!r}.splitlines({k!r})", lambda: x.splitlines(k))
        for enc, err in [("utf-8", "strict"), ("ascii", "ignore"), ("latin-1", "strict"), ("utf-8", "replace"), ("ascii", "backslashreplace"), ("nope", "strict"), ("utf-8", "nope")]:
            call(f"{r!r}.decode({enc!r}, {err!r})", lambda: x.decode(enc, err))
        for sep, n in [(":", 1), (b"-", 2), ("-", -2), ("", 1), ("ab", 1), (1, 1)]:
            call(f"{r!r}.hex({sep!r}, {n})", lambda: x.hex(sep, n))
        table = bytes(range(255, -1, -1))
        for tb, d in [(table, b""), (None, b"a, "), (table, b"\xff"), (b"short", b""), (None, "a")]:
            call(f"{r!r}.translate(.., {d!r})", lambda: x.translate(tb, d))
        for other in [b"a", bytearray(b"Hello"), memoryview(b""), "a", 3, [1]]:
            call(f"{r!r} + {lab(other)}", lambda: x + other)
            call(f"{r!r} == {lab(other)}", lambda: x == other)
            call(f"{r!r} < {lab(other)}", lambda: x < other)
            call(f"{lab(other)} in {r!r}", lambda: other in x)
        for k in [0, 1, 3, -1, "x", 2.0]:
            call(f"{r!r} * {k!r}", lambda: x * k)
        for key in [0, -1, 5, -20, slice(1, 3), slice(None, None, -2), slice(5, 1), "k", 1.0]:
            call(f"{r!r}[{key!r}]", lambda: x[key])
        for fmt_args in [(), (1,), (b"z",), "s"]:
            call(f"{r!r} % {fmt_args!r}", lambda: x % fmt_args)
    for a in ARGS:
        call(f"{T.__name__}({lab(a)})", lambda: T(a))
    for h in ["", "00", "ab cd", "zz", " 1", "1 ", "\u00e9", "0g"]:
        call(f"{T.__name__}.fromhex({h!r})", lambda: T.fromhex(h))



# Output:
# == bytes
# b''.upper() b''
# b''.lower() b''
# b''.swapcase() b''
# b''.title() b''
# b''.capitalize() b''
# b''.isdigit() False
# b''.isalpha() False
# b''.isalnum() False
# b''.isspace() False
# b''.isascii() True
# b''.islower() False
# b''.isupper() False
# b''.istitle() False
# b''.hex() ''
# b''.decode() ''
# b''.splitlines() []
# b''.expandtabs() b''
# b''.strip() b''
# b''.lstrip() b''
# b''.rstrip() b''
# b''.split() []
# b''.rsplit() []
# b''.__len__() 0
# b''.__iter__() []
# b''.partition(b'') ValueError empty separator
# b''.partition(b'a') (b'', b'', b'')
# b''.partition(b',') (b'', b'', b'')
# b''.partition(b'ab') (b'', b'', b'')
# b''.partition(b'\xff') (b'', b'', b'')
# b''.partition(b'  ') (b'', b'', b'')
# b''.partition(bytearray(b'b')) (b'', b'', b'')
# b''.partition(mv(b'c')) (b'', b'', b'')
# b''.partition(97) TypeError a bytes-like object is required, not 'int'
# b''.partition(0) TypeError a bytes-like object is required, not 'int'
# b''.partition(255) TypeError a bytes-like object is required, not 'int'
# b''.partition(256) TypeError a bytes-like object is required, not 'int'
# b''.partition(-1) TypeError a bytes-like object is required, not 'int'
# b''.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.partition('a') TypeError a bytes-like object is required, not 'str'
# b''.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b''.partition([98]) TypeError a bytes-like object is required, not 'list'
# b''.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.rpartition(b'') ValueError empty separator
# b''.rpartition(b'a') (b'', b'', b'')
# b''.rpartition(b',') (b'', b'', b'')
# b''.rpartition(b'ab') (b'', b'', b'')
# b''.rpartition(b'\xff') (b'', b'', b'')
# b''.rpartition(b'  ') (b'', b'', b'')
# b''.rpartition(bytearray(b'b')) (b'', b'', b'')
# b''.rpartition(mv(b'c')) (b'', b'', b'')
# b''.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b''.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b''.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b''.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.removeprefix(b'') b''
# b''.removeprefix(b'a') b''
# b''.removeprefix(b',') b''
# b''.removeprefix(b'ab') b''
# b''.removeprefix(b'\xff') b''
# b''.removeprefix(b'  ') b''
# b''.removeprefix(bytearray(b'b')) b''
# b''.removeprefix(mv(b'c')) b''
# b''.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b''.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b''.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b''.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.removesuffix(b'') b''
# b''.removesuffix(b'a') b''
# b''.removesuffix(b',') b''
# b''.removesuffix(b'ab') b''
# b''.removesuffix(b'\xff') b''
# b''.removesuffix(b'  ') b''
# b''.removesuffix(bytearray(b'b')) b''
# b''.removesuffix(mv(b'c')) b''
# b''.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b''.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b''.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b''.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.join(b'') b''
# b''.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(97) TypeError can only join an iterable
# b''.join(0) TypeError can only join an iterable
# b''.join(255) TypeError can only join an iterable
# b''.join(256) TypeError can only join an iterable
# b''.join(-1) TypeError can only join an iterable
# b''.join(1180591620717411303424) TypeError can only join an iterable
# b''.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b''.join(None) TypeError can only join an iterable
# b''.join(1.5) TypeError can only join an iterable
# b''.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b''.join((b'a', b'H')) b'aH'
# b''.count(b'') 1
# b''.count(b'a') 0
# b''.count(b',') 0
# b''.count(b'ab') 0
# b''.count(b'\xff') 0
# b''.count(b'  ') 0
# b''.count(bytearray(b'b')) 0
# b''.count(mv(b'c')) 0
# b''.count(97) 0
# b''.count(0) 0
# b''.count(255) 0
# b''.count(256) ValueError byte must be in range(0, 256)
# b''.count(-1) ValueError byte must be in range(0, 256)
# b''.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.find(b'') 0
# b''.find(b'a') -1
# b''.find(b',') -1
# b''.find(b'ab') -1
# b''.find(b'\xff') -1
# b''.find(b'  ') -1
# b''.find(bytearray(b'b')) -1
# b''.find(mv(b'c')) -1
# b''.find(97) -1
# b''.find(0) -1
# b''.find(255) -1
# b''.find(256) ValueError byte must be in range(0, 256)
# b''.find(-1) ValueError byte must be in range(0, 256)
# b''.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.rfind(b'') 0
# b''.rfind(b'a') -1
# b''.rfind(b',') -1
# b''.rfind(b'ab') -1
# b''.rfind(b'\xff') -1
# b''.rfind(b'  ') -1
# b''.rfind(bytearray(b'b')) -1
# b''.rfind(mv(b'c')) -1
# b''.rfind(97) -1
# b''.rfind(0) -1
# b''.rfind(255) -1
# b''.rfind(256) ValueError byte must be in range(0, 256)
# b''.rfind(-1) ValueError byte must be in range(0, 256)
# b''.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.index(b'') 0
# b''.index(b'a') ValueError subsection not found
# b''.index(b',') ValueError subsection not found
# b''.index(b'ab') ValueError subsection not found
# b''.index(b'\xff') ValueError subsection not found
# b''.index(b'  ') ValueError subsection not found
# b''.index(bytearray(b'b')) ValueError subsection not found
# b''.index(mv(b'c')) ValueError subsection not found
# b''.index(97) ValueError subsection not found
# b''.index(0) ValueError subsection not found
# b''.index(255) ValueError subsection not found
# b''.index(256) ValueError byte must be in range(0, 256)
# b''.index(-1) ValueError byte must be in range(0, 256)
# b''.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.rindex(b'') 0
# b''.rindex(b'a') ValueError subsection not found
# b''.rindex(b',') ValueError subsection not found
# b''.rindex(b'ab') ValueError subsection not found
# b''.rindex(b'\xff') ValueError subsection not found
# b''.rindex(b'  ') ValueError subsection not found
# b''.rindex(bytearray(b'b')) ValueError subsection not found
# b''.rindex(mv(b'c')) ValueError subsection not found
# b''.rindex(97) ValueError subsection not found
# b''.rindex(0) ValueError subsection not found
# b''.rindex(255) ValueError subsection not found
# b''.rindex(256) ValueError byte must be in range(0, 256)
# b''.rindex(-1) ValueError byte must be in range(0, 256)
# b''.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.startswith(b'') True
# b''.startswith(b'a') False
# b''.startswith(b',') False
# b''.startswith(b'ab') False
# b''.startswith(b'\xff') False
# b''.startswith(b'  ') False
# b''.startswith(bytearray(b'b')) False
# b''.startswith(mv(b'c')) False
# b''.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b''.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b''.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b''.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b''.startswith((b'a', b'H')) False
# b''.endswith(b'') True
# b''.endswith(b'a') False
# b''.endswith(b',') False
# b''.endswith(b'ab') False
# b''.endswith(b'\xff') False
# b''.endswith(b'  ') False
# b''.endswith(bytearray(b'b')) False
# b''.endswith(mv(b'c')) False
# b''.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b''.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b''.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b''.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b''.endswith((b'a', b'H')) False
# b''.count(b'a', -1, None) 0
# b''.count(b'a', -1, 2) 0
# b''.count(b'a', -1, -1) 0
# b''.count(b'a', 0, None) 0
# b''.count(b'a', 0, 2) 0
# b''.count(b'a', 0, -1) 0
# b''.count(b'a', 1, None) 0
# b''.count(b'a', 1, 2) 0
# b''.count(b'a', 1, -1) 0
# b''.count(b'a', 3, None) 0
# b''.count(b'a', 3, 2) 0
# b''.count(b'a', 3, -1) 0
# b''.count(b'a', 20, None) 0
# b''.count(b'a', 20, 2) 0
# b''.count(b'a', 20, -1) 0
# b''.find(b'a', -1, None) -1
# b''.find(b'a', -1, 2) -1
# b''.find(b'a', -1, -1) -1
# b''.find(b'a', 0, None) -1
# b''.find(b'a', 0, 2) -1
# b''.find(b'a', 0, -1) -1
# b''.find(b'a', 1, None) -1
# b''.find(b'a', 1, 2) -1
# b''.find(b'a', 1, -1) -1
# b''.find(b'a', 3, None) -1
# b''.find(b'a', 3, 2) -1
# b''.find(b'a', 3, -1) -1
# b''.find(b'a', 20, None) -1
# b''.find(b'a', 20, 2) -1
# b''.find(b'a', 20, -1) -1
# b''.rfind(b'a', -1, None) -1
# b''.rfind(b'a', -1, 2) -1
# b''.rfind(b'a', -1, -1) -1
# b''.rfind(b'a', 0, None) -1
# b''.rfind(b'a', 0, 2) -1
# b''.rfind(b'a', 0, -1) -1
# b''.rfind(b'a', 1, None) -1
# b''.rfind(b'a', 1, 2) -1
# b''.rfind(b'a', 1, -1) -1
# b''.rfind(b'a', 3, None) -1
# b''.rfind(b'a', 3, 2) -1
# b''.rfind(b'a', 3, -1) -1
# b''.rfind(b'a', 20, None) -1
# b''.rfind(b'a', 20, 2) -1
# b''.rfind(b'a', 20, -1) -1
# b''.index(b'a', -1, None) ValueError subsection not found
# b''.index(b'a', -1, 2) ValueError subsection not found
# b''.index(b'a', -1, -1) ValueError subsection not found
# b''.index(b'a', 0, None) ValueError subsection not found
# b''.index(b'a', 0, 2) ValueError subsection not found
# b''.index(b'a', 0, -1) ValueError subsection not found
# b''.index(b'a', 1, None) ValueError subsection not found
# b''.index(b'a', 1, 2) ValueError subsection not found
# b''.index(b'a', 1, -1) ValueError subsection not found
# b''.index(b'a', 3, None) ValueError subsection not found
# b''.index(b'a', 3, 2) ValueError subsection not found
# b''.index(b'a', 3, -1) ValueError subsection not found
# b''.index(b'a', 20, None) ValueError subsection not found
# b''.index(b'a', 20, 2) ValueError subsection not found
# b''.index(b'a', 20, -1) ValueError subsection not found
# b''.rindex(b'a', -1, None) ValueError subsection not found
# b''.rindex(b'a', -1, 2) ValueError subsection not found
# b''.rindex(b'a', -1, -1) ValueError subsection not found
# b''.rindex(b'a', 0, None) ValueError subsection not found
# b''.rindex(b'a', 0, 2) ValueError subsection not found
# b''.rindex(b'a', 0, -1) ValueError subsection not found
# b''.rindex(b'a', 1, None) ValueError subsection not found
# b''.rindex(b'a', 1, 2) ValueError subsection not found
# b''.rindex(b'a', 1, -1) ValueError subsection not found
# b''.rindex(b'a', 3, None) ValueError subsection not found
# b''.rindex(b'a', 3, 2) ValueError subsection not found
# b''.rindex(b'a', 3, -1) ValueError subsection not found
# b''.rindex(b'a', 20, None) ValueError subsection not found
# b''.rindex(b'a', 20, 2) ValueError subsection not found
# b''.rindex(b'a', 20, -1) ValueError subsection not found
# b''.startswith(b'a', -1, None) False
# b''.startswith(b'a', -1, 2) False
# b''.startswith(b'a', -1, -1) False
# b''.startswith(b'a', 0, None) False
# b''.startswith(b'a', 0, 2) False
# b''.startswith(b'a', 0, -1) False
# b''.startswith(b'a', 1, None) False
# b''.startswith(b'a', 1, 2) False
# b''.startswith(b'a', 1, -1) False
# b''.startswith(b'a', 3, None) False
# b''.startswith(b'a', 3, 2) False
# b''.startswith(b'a', 3, -1) False
# b''.startswith(b'a', 20, None) False
# b''.startswith(b'a', 20, 2) False
# b''.startswith(b'a', 20, -1) False
# b''.endswith(b'a', -1, None) False
# b''.endswith(b'a', -1, 2) False
# b''.endswith(b'a', -1, -1) False
# b''.endswith(b'a', 0, None) False
# b''.endswith(b'a', 0, 2) False
# b''.endswith(b'a', 0, -1) False
# b''.endswith(b'a', 1, None) False
# b''.endswith(b'a', 1, 2) False
# b''.endswith(b'a', 1, -1) False
# b''.endswith(b'a', 3, None) False
# b''.endswith(b'a', 3, 2) False
# b''.endswith(b'a', 3, -1) False
# b''.endswith(b'a', 20, None) False
# b''.endswith(b'a', 20, 2) False
# b''.endswith(b'a', 20, -1) False
# b''.center(-1) b''
# b''.center(0) b''
# b''.center(1) b' '
# b''.center(3) b'   '
# b''.center(20) b'                    '
# b''.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.center('2') TypeError 'str' object cannot be interpreted as an integer
# b''.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.ljust(-1) b''
# b''.ljust(0) b''
# b''.ljust(1) b' '
# b''.ljust(3) b'   '
# b''.ljust(20) b'                    '
# b''.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b''.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.rjust(-1) b''
# b''.rjust(0) b''
# b''.rjust(1) b' '
# b''.rjust(3) b'   '
# b''.rjust(20) b'                    '
# b''.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b''.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.zfill(-1) b''
# b''.zfill(0) b''
# b''.zfill(1) b'0'
# b''.zfill(3) b'000'
# b''.zfill(20) b'00000000000000000000'
# b''.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b''.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.expandtabs(-1) b''
# b''.expandtabs(0) b''
# b''.expandtabs(1) b''
# b''.expandtabs(3) b''
# b''.expandtabs(20) b''
# b''.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b''.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b''.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.center(15, b'*') b'***************'
# b''.center(15, bytearray(b'-')) b'---------------'
# b''.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b''.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b''.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b''.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b''.ljust(15, b'*') b'***************'
# b''.ljust(15, bytearray(b'-')) b'---------------'
# b''.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b''.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b''.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b''.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b''.rjust(15, b'*') b'***************'
# b''.rjust(15, bytearray(b'-')) b'---------------'
# b''.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b''.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b''.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b''.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b''.split(None) []
# b''.split(b'a') [b'']
# b''.split(b',') [b'']
# b''.split(b'') ValueError empty separator
# b''.split('a') TypeError a bytes-like object is required, not 'str'
# b''.split(5) TypeError a bytes-like object is required, not 'int'
# b''.split(bytearray(b' ')) [b'']
# b''.rsplit(None) []
# b''.rsplit(b'a') [b'']
# b''.rsplit(b',') [b'']
# b''.rsplit(b'') ValueError empty separator
# b''.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b''.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b''.rsplit(bytearray(b' ')) [b'']
# b''.strip(None) b''
# b''.strip(b'a') b''
# b''.strip(b',') b''
# b''.strip(b'') b''
# b''.strip('a') TypeError a bytes-like object is required, not 'str'
# b''.strip(5) TypeError a bytes-like object is required, not 'int'
# b''.strip(bytearray(b' ')) b''
# b''.lstrip(None) b''
# b''.lstrip(b'a') b''
# b''.lstrip(b',') b''
# b''.lstrip(b'') b''
# b''.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b''.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b''.lstrip(bytearray(b' ')) b''
# b''.rstrip(None) b''
# b''.rstrip(b'a') b''
# b''.rstrip(b',') b''
# b''.rstrip(b'') b''
# b''.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b''.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b''.rstrip(bytearray(b' ')) b''
# b''.split(b',', -1) [b'']
# b''.split(None, -1) []
# b''.split(b',', 0) [b'']
# b''.split(None, 0) []
# b''.split(b',', 1) [b'']
# b''.split(None, 1) []
# b''.split(b',', 2) [b'']
# b''.split(None, 2) []
# b''.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b''.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b''.rsplit(b',', -1) [b'']
# b''.rsplit(None, -1) []
# b''.rsplit(b',', 0) [b'']
# b''.rsplit(None, 0) []
# b''.rsplit(b',', 1) [b'']
# b''.rsplit(None, 1) []
# b''.rsplit(b',', 2) [b'']
# b''.rsplit(None, 2) []
# b''.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b''.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b''.replace(b'a', b'XY', -1) b''
# b''.replace(b'a', b'XY', 0) b''
# b''.replace(b'a', b'XY', 1) b''
# b''.replace(b'a', b'XY', 2) b''
# b''.replace(b'', b'-', -1) b'-'
# b''.replace(b'', b'-', 0) b''
# b''.replace(b'', b'-', 1) b'-'
# b''.replace(b'', b'-', 2) b'-'
# b''.replace(b',', b'', -1) b''
# b''.replace(b',', b'', 0) b''
# b''.replace(b',', b'', 1) b''
# b''.replace(b',', b'', 2) b''
# b''.replace(b'\xff', bytearray(b'!'), -1) b''
# b''.replace(b'\xff', bytearray(b'!'), 0) b''
# b''.replace(b'\xff', bytearray(b'!'), 1) b''
# b''.replace(b'\xff', bytearray(b'!'), 2) b''
# b''.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b''.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b''.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b''.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b''.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b''.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b''.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b''.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b''.splitlines(False) []
# b''.splitlines(True) []
# b''.splitlines(0) []
# b''.splitlines(1) []
# b''.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b''.decode('utf-8', 'strict') ''
# b''.decode('ascii', 'ignore') ''
# b''.decode('latin-1', 'strict') ''
# b''.decode('utf-8', 'replace') ''
# b''.decode('ascii', 'backslashreplace') ''
# b''.decode('nope', 'strict') ''
# b''.decode('utf-8', 'nope') ''
# b''.hex(':', 1) ''
# b''.hex(b'-', 2) ''
# b''.hex('-', -2) ''
# b''.hex('', 1) ValueError sep must be length 1.
# b''.hex('ab', 1) ValueError sep must be length 1.
# b''.hex(1, 1) TypeError object of type 'int' has no len()
# b''.translate(.., b'') b''
# b''.translate(.., b'a, ') b''
# b''.translate(.., b'\xff') b''
# b''.translate(.., b'') ValueError translation table must be 256 characters long
# b''.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'' + b'a' b'a'
# b'' == b'a' False
# b'' < b'a' True
# b'a' in b'' False
# b'' + bytearray(b'Hello') b'Hello'
# b'' == bytearray(b'Hello') False
# b'' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'' False
# b'' + mv(b'') b''
# b'' == mv(b'') True
# b'' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'' True
# b'' + 'a' TypeError can't concat str to bytes
# b'' == 'a' False
# b'' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'' TypeError a bytes-like object is required, not 'str'
# b'' + 3 TypeError can't concat int to bytes
# b'' == 3 False
# b'' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'' False
# b'' + [1] TypeError can't concat list to bytes
# b'' == [1] False
# b'' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'' TypeError a bytes-like object is required, not 'list'
# b'' * 0 b''
# b'' * 1 b''
# b'' * 3 b''
# b'' * -1 b''
# b'' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b''[0] IndexError index out of range
# b''[-1] IndexError index out of range
# b''[5] IndexError index out of range
# b''[-20] IndexError index out of range
# b''[slice(1, 3, None)] b''
# b''[slice(None, None, -2)] b''
# b''[slice(5, 1, None)] b''
# b''['k'] TypeError byte indices must be integers or slices, not str
# b''[1.0] TypeError byte indices must be integers or slices, not float
# b'' % () b''
# b'' % (1,) TypeError not all arguments converted during bytes formatting
# b'' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'' % 's' TypeError not all arguments converted during bytes formatting
# b'a'.upper() b'A'
# b'a'.lower() b'a'
# b'a'.swapcase() b'A'
# b'a'.title() b'A'
# b'a'.capitalize() b'A'
# b'a'.isdigit() False
# b'a'.isalpha() True
# b'a'.isalnum() True
# b'a'.isspace() False
# b'a'.isascii() True
# b'a'.islower() True
# b'a'.isupper() False
# b'a'.istitle() False
# b'a'.hex() '61'
# b'a'.decode() 'a'
# b'a'.splitlines() [b'a']
# b'a'.expandtabs() b'a'
# b'a'.strip() b'a'
# b'a'.lstrip() b'a'
# b'a'.rstrip() b'a'
# b'a'.split() [b'a']
# b'a'.rsplit() [b'a']
# b'a'.__len__() 1
# b'a'.__iter__() [97]
# b'a'.partition(b'') ValueError empty separator
# b'a'.partition(b'a') (b'', b'a', b'')
# b'a'.partition(b',') (b'a', b'', b'')
# b'a'.partition(b'ab') (b'a', b'', b'')
# b'a'.partition(b'\xff') (b'a', b'', b'')
# b'a'.partition(b'  ') (b'a', b'', b'')
# b'a'.partition(bytearray(b'b')) (b'a', b'', b'')
# b'a'.partition(mv(b'c')) (b'a', b'', b'')
# b'a'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'a'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.rpartition(b'') ValueError empty separator
# b'a'.rpartition(b'a') (b'', b'a', b'')
# b'a'.rpartition(b',') (b'', b'', b'a')
# b'a'.rpartition(b'ab') (b'', b'', b'a')
# b'a'.rpartition(b'\xff') (b'', b'', b'a')
# b'a'.rpartition(b'  ') (b'', b'', b'a')
# b'a'.rpartition(bytearray(b'b')) (b'', b'', b'a')
# b'a'.rpartition(mv(b'c')) (b'', b'', b'a')
# b'a'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'a'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.removeprefix(b'') b'a'
# b'a'.removeprefix(b'a') b''
# b'a'.removeprefix(b',') b'a'
# b'a'.removeprefix(b'ab') b'a'
# b'a'.removeprefix(b'\xff') b'a'
# b'a'.removeprefix(b'  ') b'a'
# b'a'.removeprefix(bytearray(b'b')) b'a'
# b'a'.removeprefix(mv(b'c')) b'a'
# b'a'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'a'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.removesuffix(b'') b'a'
# b'a'.removesuffix(b'a') b''
# b'a'.removesuffix(b',') b'a'
# b'a'.removesuffix(b'ab') b'a'
# b'a'.removesuffix(b'\xff') b'a'
# b'a'.removesuffix(b'  ') b'a'
# b'a'.removesuffix(bytearray(b'b')) b'a'
# b'a'.removesuffix(mv(b'c')) b'a'
# b'a'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'a'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.join(b'') b''
# b'a'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(97) TypeError can only join an iterable
# b'a'.join(0) TypeError can only join an iterable
# b'a'.join(255) TypeError can only join an iterable
# b'a'.join(256) TypeError can only join an iterable
# b'a'.join(-1) TypeError can only join an iterable
# b'a'.join(1180591620717411303424) TypeError can only join an iterable
# b'a'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'a'.join(None) TypeError can only join an iterable
# b'a'.join(1.5) TypeError can only join an iterable
# b'a'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join((b'a', b'H')) b'aaH'
# b'a'.count(b'') 2
# b'a'.count(b'a') 1
# b'a'.count(b',') 0
# b'a'.count(b'ab') 0
# b'a'.count(b'\xff') 0
# b'a'.count(b'  ') 0
# b'a'.count(bytearray(b'b')) 0
# b'a'.count(mv(b'c')) 0
# b'a'.count(97) 1
# b'a'.count(0) 0
# b'a'.count(255) 0
# b'a'.count(256) ValueError byte must be in range(0, 256)
# b'a'.count(-1) ValueError byte must be in range(0, 256)
# b'a'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.find(b'') 0
# b'a'.find(b'a') 0
# b'a'.find(b',') -1
# b'a'.find(b'ab') -1
# b'a'.find(b'\xff') -1
# b'a'.find(b'  ') -1
# b'a'.find(bytearray(b'b')) -1
# b'a'.find(mv(b'c')) -1
# b'a'.find(97) 0
# b'a'.find(0) -1
# b'a'.find(255) -1
# b'a'.find(256) ValueError byte must be in range(0, 256)
# b'a'.find(-1) ValueError byte must be in range(0, 256)
# b'a'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.rfind(b'') 1
# b'a'.rfind(b'a') 0
# b'a'.rfind(b',') -1
# b'a'.rfind(b'ab') -1
# b'a'.rfind(b'\xff') -1
# b'a'.rfind(b'  ') -1
# b'a'.rfind(bytearray(b'b')) -1
# b'a'.rfind(mv(b'c')) -1
# b'a'.rfind(97) 0
# b'a'.rfind(0) -1
# b'a'.rfind(255) -1
# b'a'.rfind(256) ValueError byte must be in range(0, 256)
# b'a'.rfind(-1) ValueError byte must be in range(0, 256)
# b'a'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.index(b'') 0
# b'a'.index(b'a') 0
# b'a'.index(b',') ValueError subsection not found
# b'a'.index(b'ab') ValueError subsection not found
# b'a'.index(b'\xff') ValueError subsection not found
# b'a'.index(b'  ') ValueError subsection not found
# b'a'.index(bytearray(b'b')) ValueError subsection not found
# b'a'.index(mv(b'c')) ValueError subsection not found
# b'a'.index(97) 0
# b'a'.index(0) ValueError subsection not found
# b'a'.index(255) ValueError subsection not found
# b'a'.index(256) ValueError byte must be in range(0, 256)
# b'a'.index(-1) ValueError byte must be in range(0, 256)
# b'a'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.rindex(b'') 1
# b'a'.rindex(b'a') 0
# b'a'.rindex(b',') ValueError subsection not found
# b'a'.rindex(b'ab') ValueError subsection not found
# b'a'.rindex(b'\xff') ValueError subsection not found
# b'a'.rindex(b'  ') ValueError subsection not found
# b'a'.rindex(bytearray(b'b')) ValueError subsection not found
# b'a'.rindex(mv(b'c')) ValueError subsection not found
# b'a'.rindex(97) 0
# b'a'.rindex(0) ValueError subsection not found
# b'a'.rindex(255) ValueError subsection not found
# b'a'.rindex(256) ValueError byte must be in range(0, 256)
# b'a'.rindex(-1) ValueError byte must be in range(0, 256)
# b'a'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.startswith(b'') True
# b'a'.startswith(b'a') True
# b'a'.startswith(b',') False
# b'a'.startswith(b'ab') False
# b'a'.startswith(b'\xff') False
# b'a'.startswith(b'  ') False
# b'a'.startswith(bytearray(b'b')) False
# b'a'.startswith(mv(b'c')) False
# b'a'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'a'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'a'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'a'.startswith((b'a', b'H')) True
# b'a'.endswith(b'') True
# b'a'.endswith(b'a') True
# b'a'.endswith(b',') False
# b'a'.endswith(b'ab') False
# b'a'.endswith(b'\xff') False
# b'a'.endswith(b'  ') False
# b'a'.endswith(bytearray(b'b')) False
# b'a'.endswith(mv(b'c')) False
# b'a'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'a'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'a'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'a'.endswith((b'a', b'H')) True
# b'a'.count(b'a', -1, None) 1
# b'a'.count(b'a', -1, 2) 1
# b'a'.count(b'a', -1, -1) 0
# b'a'.count(b'a', 0, None) 1
# b'a'.count(b'a', 0, 2) 1
# b'a'.count(b'a', 0, -1) 0
# b'a'.count(b'a', 1, None) 0
# b'a'.count(b'a', 1, 2) 0
# b'a'.count(b'a', 1, -1) 0
# b'a'.count(b'a', 3, None) 0
# b'a'.count(b'a', 3, 2) 0
# b'a'.count(b'a', 3, -1) 0
# b'a'.count(b'a', 20, None) 0
# b'a'.count(b'a', 20, 2) 0
# b'a'.count(b'a', 20, -1) 0
# b'a'.find(b'a', -1, None) 0
# b'a'.find(b'a', -1, 2) 0
# b'a'.find(b'a', -1, -1) -1
# b'a'.find(b'a', 0, None) 0
# b'a'.find(b'a', 0, 2) 0
# b'a'.find(b'a', 0, -1) -1
# b'a'.find(b'a', 1, None) -1
# b'a'.find(b'a', 1, 2) -1
# b'a'.find(b'a', 1, -1) -1
# b'a'.find(b'a', 3, None) -1
# b'a'.find(b'a', 3, 2) -1
# b'a'.find(b'a', 3, -1) -1
# b'a'.find(b'a', 20, None) -1
# b'a'.find(b'a', 20, 2) -1
# b'a'.find(b'a', 20, -1) -1
# b'a'.rfind(b'a', -1, None) 0
# b'a'.rfind(b'a', -1, 2) 0
# b'a'.rfind(b'a', -1, -1) -1
# b'a'.rfind(b'a', 0, None) 0
# b'a'.rfind(b'a', 0, 2) 0
# b'a'.rfind(b'a', 0, -1) -1
# b'a'.rfind(b'a', 1, None) -1
# b'a'.rfind(b'a', 1, 2) -1
# b'a'.rfind(b'a', 1, -1) -1
# b'a'.rfind(b'a', 3, None) -1
# b'a'.rfind(b'a', 3, 2) -1
# b'a'.rfind(b'a', 3, -1) -1
# b'a'.rfind(b'a', 20, None) -1
# b'a'.rfind(b'a', 20, 2) -1
# b'a'.rfind(b'a', 20, -1) -1
# b'a'.index(b'a', -1, None) 0
# b'a'.index(b'a', -1, 2) 0
# b'a'.index(b'a', -1, -1) ValueError subsection not found
# b'a'.index(b'a', 0, None) 0
# b'a'.index(b'a', 0, 2) 0
# b'a'.index(b'a', 0, -1) ValueError subsection not found
# b'a'.index(b'a', 1, None) ValueError subsection not found
# b'a'.index(b'a', 1, 2) ValueError subsection not found
# b'a'.index(b'a', 1, -1) ValueError subsection not found
# b'a'.index(b'a', 3, None) ValueError subsection not found
# b'a'.index(b'a', 3, 2) ValueError subsection not found
# b'a'.index(b'a', 3, -1) ValueError subsection not found
# b'a'.index(b'a', 20, None) ValueError subsection not found
# b'a'.index(b'a', 20, 2) ValueError subsection not found
# b'a'.index(b'a', 20, -1) ValueError subsection not found
# b'a'.rindex(b'a', -1, None) 0
# b'a'.rindex(b'a', -1, 2) 0
# b'a'.rindex(b'a', -1, -1) ValueError subsection not found
# b'a'.rindex(b'a', 0, None) 0
# b'a'.rindex(b'a', 0, 2) 0
# b'a'.rindex(b'a', 0, -1) ValueError subsection not found
# b'a'.rindex(b'a', 1, None) ValueError subsection not found
# b'a'.rindex(b'a', 1, 2) ValueError subsection not found
# b'a'.rindex(b'a', 1, -1) ValueError subsection not found
# b'a'.rindex(b'a', 3, None) ValueError subsection not found
# b'a'.rindex(b'a', 3, 2) ValueError subsection not found
# b'a'.rindex(b'a', 3, -1) ValueError subsection not found
# b'a'.rindex(b'a', 20, None) ValueError subsection not found
# b'a'.rindex(b'a', 20, 2) ValueError subsection not found
# b'a'.rindex(b'a', 20, -1) ValueError subsection not found
# b'a'.startswith(b'a', -1, None) True
# b'a'.startswith(b'a', -1, 2) True
# b'a'.startswith(b'a', -1, -1) False
# b'a'.startswith(b'a', 0, None) True
# b'a'.startswith(b'a', 0, 2) True
# b'a'.startswith(b'a', 0, -1) False
# b'a'.startswith(b'a', 1, None) False
# b'a'.startswith(b'a', 1, 2) False
# b'a'.startswith(b'a', 1, -1) False
# b'a'.startswith(b'a', 3, None) False
# b'a'.startswith(b'a', 3, 2) False
# b'a'.startswith(b'a', 3, -1) False
# b'a'.startswith(b'a', 20, None) False
# b'a'.startswith(b'a', 20, 2) False
# b'a'.startswith(b'a', 20, -1) False
# b'a'.endswith(b'a', -1, None) True
# b'a'.endswith(b'a', -1, 2) True
# b'a'.endswith(b'a', -1, -1) False
# b'a'.endswith(b'a', 0, None) True
# b'a'.endswith(b'a', 0, 2) True
# b'a'.endswith(b'a', 0, -1) False
# b'a'.endswith(b'a', 1, None) False
# b'a'.endswith(b'a', 1, 2) False
# b'a'.endswith(b'a', 1, -1) False
# b'a'.endswith(b'a', 3, None) False
# b'a'.endswith(b'a', 3, 2) False
# b'a'.endswith(b'a', 3, -1) False
# b'a'.endswith(b'a', 20, None) False
# b'a'.endswith(b'a', 20, 2) False
# b'a'.endswith(b'a', 20, -1) False
# b'a'.center(-1) b'a'
# b'a'.center(0) b'a'
# b'a'.center(1) b'a'
# b'a'.center(3) b' a '
# b'a'.center(20) b'         a          '
# b'a'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.ljust(-1) b'a'
# b'a'.ljust(0) b'a'
# b'a'.ljust(1) b'a'
# b'a'.ljust(3) b'a  '
# b'a'.ljust(20) b'a                   '
# b'a'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.rjust(-1) b'a'
# b'a'.rjust(0) b'a'
# b'a'.rjust(1) b'a'
# b'a'.rjust(3) b'  a'
# b'a'.rjust(20) b'                   a'
# b'a'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.zfill(-1) b'a'
# b'a'.zfill(0) b'a'
# b'a'.zfill(1) b'a'
# b'a'.zfill(3) b'00a'
# b'a'.zfill(20) b'0000000000000000000a'
# b'a'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.expandtabs(-1) b'a'
# b'a'.expandtabs(0) b'a'
# b'a'.expandtabs(1) b'a'
# b'a'.expandtabs(3) b'a'
# b'a'.expandtabs(20) b'a'
# b'a'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'a'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.center(15, b'*') b'*******a*******'
# b'a'.center(15, bytearray(b'-')) b'-------a-------'
# b'a'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'a'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'a'.ljust(15, b'*') b'a**************'
# b'a'.ljust(15, bytearray(b'-')) b'a--------------'
# b'a'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'a'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'a'.rjust(15, b'*') b'**************a'
# b'a'.rjust(15, bytearray(b'-')) b'--------------a'
# b'a'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'a'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'a'.split(None) [b'a']
# b'a'.split(b'a') [b'', b'']
# b'a'.split(b',') [b'a']
# b'a'.split(b'') ValueError empty separator
# b'a'.split('a') TypeError a bytes-like object is required, not 'str'
# b'a'.split(5) TypeError a bytes-like object is required, not 'int'
# b'a'.split(bytearray(b' ')) [b'a']
# b'a'.rsplit(None) [b'a']
# b'a'.rsplit(b'a') [b'', b'']
# b'a'.rsplit(b',') [b'a']
# b'a'.rsplit(b'') ValueError empty separator
# b'a'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'a'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'a'.rsplit(bytearray(b' ')) [b'a']
# b'a'.strip(None) b'a'
# b'a'.strip(b'a') b''
# b'a'.strip(b',') b'a'
# b'a'.strip(b'') b'a'
# b'a'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'a'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'a'.strip(bytearray(b' ')) b'a'
# b'a'.lstrip(None) b'a'
# b'a'.lstrip(b'a') b''
# b'a'.lstrip(b',') b'a'
# b'a'.lstrip(b'') b'a'
# b'a'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a'.lstrip(bytearray(b' ')) b'a'
# b'a'.rstrip(None) b'a'
# b'a'.rstrip(b'a') b''
# b'a'.rstrip(b',') b'a'
# b'a'.rstrip(b'') b'a'
# b'a'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a'.rstrip(bytearray(b' ')) b'a'
# b'a'.split(b',', -1) [b'a']
# b'a'.split(None, -1) [b'a']
# b'a'.split(b',', 0) [b'a']
# b'a'.split(None, 0) [b'a']
# b'a'.split(b',', 1) [b'a']
# b'a'.split(None, 1) [b'a']
# b'a'.split(b',', 2) [b'a']
# b'a'.split(None, 2) [b'a']
# b'a'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.rsplit(b',', -1) [b'a']
# b'a'.rsplit(None, -1) [b'a']
# b'a'.rsplit(b',', 0) [b'a']
# b'a'.rsplit(None, 0) [b'a']
# b'a'.rsplit(b',', 1) [b'a']
# b'a'.rsplit(None, 1) [b'a']
# b'a'.rsplit(b',', 2) [b'a']
# b'a'.rsplit(None, 2) [b'a']
# b'a'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.replace(b'a', b'XY', -1) b'XY'
# b'a'.replace(b'a', b'XY', 0) b'a'
# b'a'.replace(b'a', b'XY', 1) b'XY'
# b'a'.replace(b'a', b'XY', 2) b'XY'
# b'a'.replace(b'', b'-', -1) b'-a-'
# b'a'.replace(b'', b'-', 0) b'a'
# b'a'.replace(b'', b'-', 1) b'-a'
# b'a'.replace(b'', b'-', 2) b'-a-'
# b'a'.replace(b',', b'', -1) b'a'
# b'a'.replace(b',', b'', 0) b'a'
# b'a'.replace(b',', b'', 1) b'a'
# b'a'.replace(b',', b'', 2) b'a'
# b'a'.replace(b'\xff', bytearray(b'!'), -1) b'a'
# b'a'.replace(b'\xff', bytearray(b'!'), 0) b'a'
# b'a'.replace(b'\xff', bytearray(b'!'), 1) b'a'
# b'a'.replace(b'\xff', bytearray(b'!'), 2) b'a'
# b'a'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'a'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'a'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'a'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'a'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'a'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'a'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'a'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'a'.splitlines(False) [b'a']
# b'a'.splitlines(True) [b'a']
# b'a'.splitlines(0) [b'a']
# b'a'.splitlines(1) [b'a']
# b'a'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'a'.decode('utf-8', 'strict') 'a'
# b'a'.decode('ascii', 'ignore') 'a'
# b'a'.decode('latin-1', 'strict') 'a'
# b'a'.decode('utf-8', 'replace') 'a'
# b'a'.decode('ascii', 'backslashreplace') 'a'
# b'a'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'a'.decode('utf-8', 'nope') 'a'
# b'a'.hex(':', 1) '61'
# b'a'.hex(b'-', 2) '61'
# b'a'.hex('-', -2) '61'
# b'a'.hex('', 1) ValueError sep must be length 1.
# b'a'.hex('ab', 1) ValueError sep must be length 1.
# b'a'.hex(1, 1) TypeError object of type 'int' has no len()
# b'a'.translate(.., b'') b'\x9e'
# b'a'.translate(.., b'a, ') b''
# b'a'.translate(.., b'\xff') b'\x9e'
# b'a'.translate(.., b'') ValueError translation table must be 256 characters long
# b'a'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'a' + b'a' b'aa'
# b'a' == b'a' True
# b'a' < b'a' False
# b'a' in b'a' True
# b'a' + bytearray(b'Hello') b'aHello'
# b'a' == bytearray(b'Hello') False
# b'a' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'a' False
# b'a' + mv(b'') b'a'
# b'a' == mv(b'') False
# b'a' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'a' True
# b'a' + 'a' TypeError can't concat str to bytes
# b'a' == 'a' False
# b'a' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'a' TypeError a bytes-like object is required, not 'str'
# b'a' + 3 TypeError can't concat int to bytes
# b'a' == 3 False
# b'a' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'a' False
# b'a' + [1] TypeError can't concat list to bytes
# b'a' == [1] False
# b'a' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'a' TypeError a bytes-like object is required, not 'list'
# b'a' * 0 b''
# b'a' * 1 b'a'
# b'a' * 3 b'aaa'
# b'a' * -1 b''
# b'a' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'a' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'a'[0] 97
# b'a'[-1] 97
# b'a'[5] IndexError index out of range
# b'a'[-20] IndexError index out of range
# b'a'[slice(1, 3, None)] b''
# b'a'[slice(None, None, -2)] b'a'
# b'a'[slice(5, 1, None)] b''
# b'a'['k'] TypeError byte indices must be integers or slices, not str
# b'a'[1.0] TypeError byte indices must be integers or slices, not float
# b'a' % () b'a'
# b'a' % (1,) TypeError not all arguments converted during bytes formatting
# b'a' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'a' % 's' TypeError not all arguments converted during bytes formatting
# b'Hello, World'.upper() b'HELLO, WORLD'
# b'Hello, World'.lower() b'hello, world'
# b'Hello, World'.swapcase() b'hELLO, wORLD'
# b'Hello, World'.title() b'Hello, World'
# b'Hello, World'.capitalize() b'Hello, world'
# b'Hello, World'.isdigit() False
# b'Hello, World'.isalpha() False
# b'Hello, World'.isalnum() False
# b'Hello, World'.isspace() False
# b'Hello, World'.isascii() True
# b'Hello, World'.islower() False
# b'Hello, World'.isupper() False
# b'Hello, World'.istitle() True
# b'Hello, World'.hex() '48656c6c6f2c20576f726c64'
# b'Hello, World'.decode() 'Hello, World'
# b'Hello, World'.splitlines() [b'Hello, World']
# b'Hello, World'.expandtabs() b'Hello, World'
# b'Hello, World'.strip() b'Hello, World'
# b'Hello, World'.lstrip() b'Hello, World'
# b'Hello, World'.rstrip() b'Hello, World'
# b'Hello, World'.split() [b'Hello,', b'World']
# b'Hello, World'.rsplit() [b'Hello,', b'World']
# b'Hello, World'.__len__() 12
# b'Hello, World'.__iter__() [72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100]
# b'Hello, World'.partition(b'') ValueError empty separator
# b'Hello, World'.partition(b'a') (b'Hello, World', b'', b'')
# b'Hello, World'.partition(b',') (b'Hello', b',', b' World')
# b'Hello, World'.partition(b'ab') (b'Hello, World', b'', b'')
# b'Hello, World'.partition(b'\xff') (b'Hello, World', b'', b'')
# b'Hello, World'.partition(b'  ') (b'Hello, World', b'', b'')
# b'Hello, World'.partition(bytearray(b'b')) (b'Hello, World', b'', b'')
# b'Hello, World'.partition(mv(b'c')) (b'Hello, World', b'', b'')
# b'Hello, World'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.rpartition(b'') ValueError empty separator
# b'Hello, World'.rpartition(b'a') (b'', b'', b'Hello, World')
# b'Hello, World'.rpartition(b',') (b'Hello', b',', b' World')
# b'Hello, World'.rpartition(b'ab') (b'', b'', b'Hello, World')
# b'Hello, World'.rpartition(b'\xff') (b'', b'', b'Hello, World')
# b'Hello, World'.rpartition(b'  ') (b'', b'', b'Hello, World')
# b'Hello, World'.rpartition(bytearray(b'b')) (b'', b'', b'Hello, World')
# b'Hello, World'.rpartition(mv(b'c')) (b'', b'', b'Hello, World')
# b'Hello, World'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.removeprefix(b'') b'Hello, World'
# b'Hello, World'.removeprefix(b'a') b'Hello, World'
# b'Hello, World'.removeprefix(b',') b'Hello, World'
# b'Hello, World'.removeprefix(b'ab') b'Hello, World'
# b'Hello, World'.removeprefix(b'\xff') b'Hello, World'
# b'Hello, World'.removeprefix(b'  ') b'Hello, World'
# b'Hello, World'.removeprefix(bytearray(b'b')) b'Hello, World'
# b'Hello, World'.removeprefix(mv(b'c')) b'Hello, World'
# b'Hello, World'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.removesuffix(b'') b'Hello, World'
# b'Hello, World'.removesuffix(b'a') b'Hello, World'
# b'Hello, World'.removesuffix(b',') b'Hello, World'
# b'Hello, World'.removesuffix(b'ab') b'Hello, World'
# b'Hello, World'.removesuffix(b'\xff') b'Hello, World'
# b'Hello, World'.removesuffix(b'  ') b'Hello, World'
# b'Hello, World'.removesuffix(bytearray(b'b')) b'Hello, World'
# b'Hello, World'.removesuffix(mv(b'c')) b'Hello, World'
# b'Hello, World'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.join(b'') b''
# b'Hello, World'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(97) TypeError can only join an iterable
# b'Hello, World'.join(0) TypeError can only join an iterable
# b'Hello, World'.join(255) TypeError can only join an iterable
# b'Hello, World'.join(256) TypeError can only join an iterable
# b'Hello, World'.join(-1) TypeError can only join an iterable
# b'Hello, World'.join(1180591620717411303424) TypeError can only join an iterable
# b'Hello, World'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'Hello, World'.join(None) TypeError can only join an iterable
# b'Hello, World'.join(1.5) TypeError can only join an iterable
# b'Hello, World'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join((b'a', b'H')) b'aHello, WorldH'
# b'Hello, World'.count(b'') 13
# b'Hello, World'.count(b'a') 0
# b'Hello, World'.count(b',') 1
# b'Hello, World'.count(b'ab') 0
# b'Hello, World'.count(b'\xff') 0
# b'Hello, World'.count(b'  ') 0
# b'Hello, World'.count(bytearray(b'b')) 0
# b'Hello, World'.count(mv(b'c')) 0
# b'Hello, World'.count(97) 0
# b'Hello, World'.count(0) 0
# b'Hello, World'.count(255) 0
# b'Hello, World'.count(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.count(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.find(b'') 0
# b'Hello, World'.find(b'a') -1
# b'Hello, World'.find(b',') 5
# b'Hello, World'.find(b'ab') -1
# b'Hello, World'.find(b'\xff') -1
# b'Hello, World'.find(b'  ') -1
# b'Hello, World'.find(bytearray(b'b')) -1
# b'Hello, World'.find(mv(b'c')) -1
# b'Hello, World'.find(97) -1
# b'Hello, World'.find(0) -1
# b'Hello, World'.find(255) -1
# b'Hello, World'.find(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.find(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.rfind(b'') 12
# b'Hello, World'.rfind(b'a') -1
# b'Hello, World'.rfind(b',') 5
# b'Hello, World'.rfind(b'ab') -1
# b'Hello, World'.rfind(b'\xff') -1
# b'Hello, World'.rfind(b'  ') -1
# b'Hello, World'.rfind(bytearray(b'b')) -1
# b'Hello, World'.rfind(mv(b'c')) -1
# b'Hello, World'.rfind(97) -1
# b'Hello, World'.rfind(0) -1
# b'Hello, World'.rfind(255) -1
# b'Hello, World'.rfind(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.rfind(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.index(b'') 0
# b'Hello, World'.index(b'a') ValueError subsection not found
# b'Hello, World'.index(b',') 5
# b'Hello, World'.index(b'ab') ValueError subsection not found
# b'Hello, World'.index(b'\xff') ValueError subsection not found
# b'Hello, World'.index(b'  ') ValueError subsection not found
# b'Hello, World'.index(bytearray(b'b')) ValueError subsection not found
# b'Hello, World'.index(mv(b'c')) ValueError subsection not found
# b'Hello, World'.index(97) ValueError subsection not found
# b'Hello, World'.index(0) ValueError subsection not found
# b'Hello, World'.index(255) ValueError subsection not found
# b'Hello, World'.index(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.index(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.rindex(b'') 12
# b'Hello, World'.rindex(b'a') ValueError subsection not found
# b'Hello, World'.rindex(b',') 5
# b'Hello, World'.rindex(b'ab') ValueError subsection not found
# b'Hello, World'.rindex(b'\xff') ValueError subsection not found
# b'Hello, World'.rindex(b'  ') ValueError subsection not found
# b'Hello, World'.rindex(bytearray(b'b')) ValueError subsection not found
# b'Hello, World'.rindex(mv(b'c')) ValueError subsection not found
# b'Hello, World'.rindex(97) ValueError subsection not found
# b'Hello, World'.rindex(0) ValueError subsection not found
# b'Hello, World'.rindex(255) ValueError subsection not found
# b'Hello, World'.rindex(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.rindex(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.startswith(b'') True
# b'Hello, World'.startswith(b'a') False
# b'Hello, World'.startswith(b',') False
# b'Hello, World'.startswith(b'ab') False
# b'Hello, World'.startswith(b'\xff') False
# b'Hello, World'.startswith(b'  ') False
# b'Hello, World'.startswith(bytearray(b'b')) False
# b'Hello, World'.startswith(mv(b'c')) False
# b'Hello, World'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'Hello, World'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'Hello, World'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'Hello, World'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'Hello, World'.startswith((b'a', b'H')) True
# b'Hello, World'.endswith(b'') True
# b'Hello, World'.endswith(b'a') False
# b'Hello, World'.endswith(b',') False
# b'Hello, World'.endswith(b'ab') False
# b'Hello, World'.endswith(b'\xff') False
# b'Hello, World'.endswith(b'  ') False
# b'Hello, World'.endswith(bytearray(b'b')) False
# b'Hello, World'.endswith(mv(b'c')) False
# b'Hello, World'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'Hello, World'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'Hello, World'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'Hello, World'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'Hello, World'.endswith((b'a', b'H')) False
# b'Hello, World'.count(b'a', -1, None) 0
# b'Hello, World'.count(b'a', -1, 2) 0
# b'Hello, World'.count(b'a', -1, -1) 0
# b'Hello, World'.count(b'a', 0, None) 0
# b'Hello, World'.count(b'a', 0, 2) 0
# b'Hello, World'.count(b'a', 0, -1) 0
# b'Hello, World'.count(b'a', 1, None) 0
# b'Hello, World'.count(b'a', 1, 2) 0
# b'Hello, World'.count(b'a', 1, -1) 0
# b'Hello, World'.count(b'a', 3, None) 0
# b'Hello, World'.count(b'a', 3, 2) 0
# b'Hello, World'.count(b'a', 3, -1) 0
# b'Hello, World'.count(b'a', 20, None) 0
# b'Hello, World'.count(b'a', 20, 2) 0
# b'Hello, World'.count(b'a', 20, -1) 0
# b'Hello, World'.find(b'a', -1, None) -1
# b'Hello, World'.find(b'a', -1, 2) -1
# b'Hello, World'.find(b'a', -1, -1) -1
# b'Hello, World'.find(b'a', 0, None) -1
# b'Hello, World'.find(b'a', 0, 2) -1
# b'Hello, World'.find(b'a', 0, -1) -1
# b'Hello, World'.find(b'a', 1, None) -1
# b'Hello, World'.find(b'a', 1, 2) -1
# b'Hello, World'.find(b'a', 1, -1) -1
# b'Hello, World'.find(b'a', 3, None) -1
# b'Hello, World'.find(b'a', 3, 2) -1
# b'Hello, World'.find(b'a', 3, -1) -1
# b'Hello, World'.find(b'a', 20, None) -1
# b'Hello, World'.find(b'a', 20, 2) -1
# b'Hello, World'.find(b'a', 20, -1) -1
# b'Hello, World'.rfind(b'a', -1, None) -1
# b'Hello, World'.rfind(b'a', -1, 2) -1
# b'Hello, World'.rfind(b'a', -1, -1) -1
# b'Hello, World'.rfind(b'a', 0, None) -1
# b'Hello, World'.rfind(b'a', 0, 2) -1
# b'Hello, World'.rfind(b'a', 0, -1) -1
# b'Hello, World'.rfind(b'a', 1, None) -1
# b'Hello, World'.rfind(b'a', 1, 2) -1
# b'Hello, World'.rfind(b'a', 1, -1) -1
# b'Hello, World'.rfind(b'a', 3, None) -1
# b'Hello, World'.rfind(b'a', 3, 2) -1
# b'Hello, World'.rfind(b'a', 3, -1) -1
# b'Hello, World'.rfind(b'a', 20, None) -1
# b'Hello, World'.rfind(b'a', 20, 2) -1
# b'Hello, World'.rfind(b'a', 20, -1) -1
# b'Hello, World'.index(b'a', -1, None) ValueError subsection not found
# b'Hello, World'.index(b'a', -1, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', -1, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 0, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 0, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 0, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 1, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 1, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 1, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 3, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 3, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 3, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 20, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 20, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 20, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', -1, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', -1, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', -1, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 0, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 0, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 0, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 1, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 1, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 1, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 3, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 3, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 3, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 20, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 20, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 20, -1) ValueError subsection not found
# b'Hello, World'.startswith(b'a', -1, None) False
# b'Hello, World'.startswith(b'a', -1, 2) False
# b'Hello, World'.startswith(b'a', -1, -1) False
# b'Hello, World'.startswith(b'a', 0, None) False
# b'Hello, World'.startswith(b'a', 0, 2) False
# b'Hello, World'.startswith(b'a', 0, -1) False
# b'Hello, World'.startswith(b'a', 1, None) False
# b'Hello, World'.startswith(b'a', 1, 2) False
# b'Hello, World'.startswith(b'a', 1, -1) False
# b'Hello, World'.startswith(b'a', 3, None) False
# b'Hello, World'.startswith(b'a', 3, 2) False
# b'Hello, World'.startswith(b'a', 3, -1) False
# b'Hello, World'.startswith(b'a', 20, None) False
# b'Hello, World'.startswith(b'a', 20, 2) False
# b'Hello, World'.startswith(b'a', 20, -1) False
# b'Hello, World'.endswith(b'a', -1, None) False
# b'Hello, World'.endswith(b'a', -1, 2) False
# b'Hello, World'.endswith(b'a', -1, -1) False
# b'Hello, World'.endswith(b'a', 0, None) False
# b'Hello, World'.endswith(b'a', 0, 2) False
# b'Hello, World'.endswith(b'a', 0, -1) False
# b'Hello, World'.endswith(b'a', 1, None) False
# b'Hello, World'.endswith(b'a', 1, 2) False
# b'Hello, World'.endswith(b'a', 1, -1) False
# b'Hello, World'.endswith(b'a', 3, None) False
# b'Hello, World'.endswith(b'a', 3, 2) False
# b'Hello, World'.endswith(b'a', 3, -1) False
# b'Hello, World'.endswith(b'a', 20, None) False
# b'Hello, World'.endswith(b'a', 20, 2) False
# b'Hello, World'.endswith(b'a', 20, -1) False
# b'Hello, World'.center(-1) b'Hello, World'
# b'Hello, World'.center(0) b'Hello, World'
# b'Hello, World'.center(1) b'Hello, World'
# b'Hello, World'.center(3) b'Hello, World'
# b'Hello, World'.center(20) b'    Hello, World    '
# b'Hello, World'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.ljust(-1) b'Hello, World'
# b'Hello, World'.ljust(0) b'Hello, World'
# b'Hello, World'.ljust(1) b'Hello, World'
# b'Hello, World'.ljust(3) b'Hello, World'
# b'Hello, World'.ljust(20) b'Hello, World        '
# b'Hello, World'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.rjust(-1) b'Hello, World'
# b'Hello, World'.rjust(0) b'Hello, World'
# b'Hello, World'.rjust(1) b'Hello, World'
# b'Hello, World'.rjust(3) b'Hello, World'
# b'Hello, World'.rjust(20) b'        Hello, World'
# b'Hello, World'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.zfill(-1) b'Hello, World'
# b'Hello, World'.zfill(0) b'Hello, World'
# b'Hello, World'.zfill(1) b'Hello, World'
# b'Hello, World'.zfill(3) b'Hello, World'
# b'Hello, World'.zfill(20) b'00000000Hello, World'
# b'Hello, World'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.expandtabs(-1) b'Hello, World'
# b'Hello, World'.expandtabs(0) b'Hello, World'
# b'Hello, World'.expandtabs(1) b'Hello, World'
# b'Hello, World'.expandtabs(3) b'Hello, World'
# b'Hello, World'.expandtabs(20) b'Hello, World'
# b'Hello, World'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'Hello, World'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.center(15, b'*') b'**Hello, World*'
# b'Hello, World'.center(15, bytearray(b'-')) b'--Hello, World-'
# b'Hello, World'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'Hello, World'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'Hello, World'.ljust(15, b'*') b'Hello, World***'
# b'Hello, World'.ljust(15, bytearray(b'-')) b'Hello, World---'
# b'Hello, World'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'Hello, World'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'Hello, World'.rjust(15, b'*') b'***Hello, World'
# b'Hello, World'.rjust(15, bytearray(b'-')) b'---Hello, World'
# b'Hello, World'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'Hello, World'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'Hello, World'.split(None) [b'Hello,', b'World']
# b'Hello, World'.split(b'a') [b'Hello, World']
# b'Hello, World'.split(b',') [b'Hello', b' World']
# b'Hello, World'.split(b'') ValueError empty separator
# b'Hello, World'.split('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.split(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.split(bytearray(b' ')) [b'Hello,', b'World']
# b'Hello, World'.rsplit(None) [b'Hello,', b'World']
# b'Hello, World'.rsplit(b'a') [b'Hello, World']
# b'Hello, World'.rsplit(b',') [b'Hello', b' World']
# b'Hello, World'.rsplit(b'') ValueError empty separator
# b'Hello, World'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rsplit(bytearray(b' ')) [b'Hello,', b'World']
# b'Hello, World'.strip(None) b'Hello, World'
# b'Hello, World'.strip(b'a') b'Hello, World'
# b'Hello, World'.strip(b',') b'Hello, World'
# b'Hello, World'.strip(b'') b'Hello, World'
# b'Hello, World'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.strip(bytearray(b' ')) b'Hello, World'
# b'Hello, World'.lstrip(None) b'Hello, World'
# b'Hello, World'.lstrip(b'a') b'Hello, World'
# b'Hello, World'.lstrip(b',') b'Hello, World'
# b'Hello, World'.lstrip(b'') b'Hello, World'
# b'Hello, World'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.lstrip(bytearray(b' ')) b'Hello, World'
# b'Hello, World'.rstrip(None) b'Hello, World'
# b'Hello, World'.rstrip(b'a') b'Hello, World'
# b'Hello, World'.rstrip(b',') b'Hello, World'
# b'Hello, World'.rstrip(b'') b'Hello, World'
# b'Hello, World'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rstrip(bytearray(b' ')) b'Hello, World'
# b'Hello, World'.split(b',', -1) [b'Hello', b' World']
# b'Hello, World'.split(None, -1) [b'Hello,', b'World']
# b'Hello, World'.split(b',', 0) [b'Hello, World']
# b'Hello, World'.split(None, 0) [b'Hello, World']
# b'Hello, World'.split(b',', 1) [b'Hello', b' World']
# b'Hello, World'.split(None, 1) [b'Hello,', b'World']
# b'Hello, World'.split(b',', 2) [b'Hello', b' World']
# b'Hello, World'.split(None, 2) [b'Hello,', b'World']
# b'Hello, World'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.rsplit(b',', -1) [b'Hello', b' World']
# b'Hello, World'.rsplit(None, -1) [b'Hello,', b'World']
# b'Hello, World'.rsplit(b',', 0) [b'Hello, World']
# b'Hello, World'.rsplit(None, 0) [b'Hello, World']
# b'Hello, World'.rsplit(b',', 1) [b'Hello', b' World']
# b'Hello, World'.rsplit(None, 1) [b'Hello,', b'World']
# b'Hello, World'.rsplit(b',', 2) [b'Hello', b' World']
# b'Hello, World'.rsplit(None, 2) [b'Hello,', b'World']
# b'Hello, World'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.replace(b'a', b'XY', -1) b'Hello, World'
# b'Hello, World'.replace(b'a', b'XY', 0) b'Hello, World'
# b'Hello, World'.replace(b'a', b'XY', 1) b'Hello, World'
# b'Hello, World'.replace(b'a', b'XY', 2) b'Hello, World'
# b'Hello, World'.replace(b'', b'-', -1) b'-H-e-l-l-o-,- -W-o-r-l-d-'
# b'Hello, World'.replace(b'', b'-', 0) b'Hello, World'
# b'Hello, World'.replace(b'', b'-', 1) b'-Hello, World'
# b'Hello, World'.replace(b'', b'-', 2) b'-H-ello, World'
# b'Hello, World'.replace(b',', b'', -1) b'Hello World'
# b'Hello, World'.replace(b',', b'', 0) b'Hello, World'
# b'Hello, World'.replace(b',', b'', 1) b'Hello World'
# b'Hello, World'.replace(b',', b'', 2) b'Hello World'
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), -1) b'Hello, World'
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), 0) b'Hello, World'
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), 1) b'Hello, World'
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), 2) b'Hello, World'
# b'Hello, World'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.splitlines(False) [b'Hello, World']
# b'Hello, World'.splitlines(True) [b'Hello, World']
# b'Hello, World'.splitlines(0) [b'Hello, World']
# b'Hello, World'.splitlines(1) [b'Hello, World']
# b'Hello, World'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.decode('utf-8', 'strict') 'Hello, World'
# b'Hello, World'.decode('ascii', 'ignore') 'Hello, World'
# b'Hello, World'.decode('latin-1', 'strict') 'Hello, World'
# b'Hello, World'.decode('utf-8', 'replace') 'Hello, World'
# b'Hello, World'.decode('ascii', 'backslashreplace') 'Hello, World'
# b'Hello, World'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'Hello, World'.decode('utf-8', 'nope') 'Hello, World'
# b'Hello, World'.hex(':', 1) '48:65:6c:6c:6f:2c:20:57:6f:72:6c:64'
# b'Hello, World'.hex(b'-', 2) '4865-6c6c-6f2c-2057-6f72-6c64'
# b'Hello, World'.hex('-', -2) '4865-6c6c-6f2c-2057-6f72-6c64'
# b'Hello, World'.hex('', 1) ValueError sep must be length 1.
# b'Hello, World'.hex('ab', 1) ValueError sep must be length 1.
# b'Hello, World'.hex(1, 1) TypeError object of type 'int' has no len()
# b'Hello, World'.translate(.., b'') b'\xb7\x9a\x93\x93\x90\xd3\xdf\xa8\x90\x8d\x93\x9b'
# b'Hello, World'.translate(.., b'a, ') b'HelloWorld'
# b'Hello, World'.translate(.., b'\xff') b'\xb7\x9a\x93\x93\x90\xd3\xdf\xa8\x90\x8d\x93\x9b'
# b'Hello, World'.translate(.., b'') ValueError translation table must be 256 characters long
# b'Hello, World'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World' + b'a' b'Hello, Worlda'
# b'Hello, World' == b'a' False
# b'Hello, World' < b'a' True
# b'a' in b'Hello, World' False
# b'Hello, World' + bytearray(b'Hello') b'Hello, WorldHello'
# b'Hello, World' == bytearray(b'Hello') False
# b'Hello, World' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'Hello, World' True
# b'Hello, World' + mv(b'') b'Hello, World'
# b'Hello, World' == mv(b'') False
# b'Hello, World' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'Hello, World' True
# b'Hello, World' + 'a' TypeError can't concat str to bytes
# b'Hello, World' == 'a' False
# b'Hello, World' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'Hello, World' TypeError a bytes-like object is required, not 'str'
# b'Hello, World' + 3 TypeError can't concat int to bytes
# b'Hello, World' == 3 False
# b'Hello, World' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'Hello, World' False
# b'Hello, World' + [1] TypeError can't concat list to bytes
# b'Hello, World' == [1] False
# b'Hello, World' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'Hello, World' TypeError a bytes-like object is required, not 'list'
# b'Hello, World' * 0 b''
# b'Hello, World' * 1 b'Hello, World'
# b'Hello, World' * 3 b'Hello, WorldHello, WorldHello, World'
# b'Hello, World' * -1 b''
# b'Hello, World' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'Hello, World' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'Hello, World'[0] 72
# b'Hello, World'[-1] 100
# b'Hello, World'[5] 44
# b'Hello, World'[-20] IndexError index out of range
# b'Hello, World'[slice(1, 3, None)] b'el'
# b'Hello, World'[slice(None, None, -2)] b'drW,le'
# b'Hello, World'[slice(5, 1, None)] b''
# b'Hello, World'['k'] TypeError byte indices must be integers or slices, not str
# b'Hello, World'[1.0] TypeError byte indices must be integers or slices, not float
# b'Hello, World' % () b'Hello, World'
# b'Hello, World' % (1,) TypeError not all arguments converted during bytes formatting
# b'Hello, World' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'Hello, World' % 's' TypeError not all arguments converted during bytes formatting
# b'  ab\tc  \n'.upper() b'  AB\tC  \n'
# b'  ab\tc  \n'.lower() b'  ab\tc  \n'
# b'  ab\tc  \n'.swapcase() b'  AB\tC  \n'
# b'  ab\tc  \n'.title() b'  Ab\tC  \n'
# b'  ab\tc  \n'.capitalize() b'  ab\tc  \n'
# b'  ab\tc  \n'.isdigit() False
# b'  ab\tc  \n'.isalpha() False
# b'  ab\tc  \n'.isalnum() False
# b'  ab\tc  \n'.isspace() False
# b'  ab\tc  \n'.isascii() True
# b'  ab\tc  \n'.islower() True
# b'  ab\tc  \n'.isupper() False
# b'  ab\tc  \n'.istitle() False
# b'  ab\tc  \n'.hex() '20206162096320200a'
# b'  ab\tc  \n'.decode() '  ab\tc  \n'
# b'  ab\tc  \n'.splitlines() [b'  ab\tc  ']
# b'  ab\tc  \n'.expandtabs() b'  ab    c  \n'
# b'  ab\tc  \n'.strip() b'ab\tc'
# b'  ab\tc  \n'.lstrip() b'ab\tc  \n'
# b'  ab\tc  \n'.rstrip() b'  ab\tc'
# b'  ab\tc  \n'.split() [b'ab', b'c']
# b'  ab\tc  \n'.rsplit() [b'ab', b'c']
# b'  ab\tc  \n'.__len__() 9
# b'  ab\tc  \n'.__iter__() [32, 32, 97, 98, 9, 99, 32, 32, 10]
# b'  ab\tc  \n'.partition(b'') ValueError empty separator
# b'  ab\tc  \n'.partition(b'a') (b'  ', b'a', b'b\tc  \n')
# b'  ab\tc  \n'.partition(b',') (b'  ab\tc  \n', b'', b'')
# b'  ab\tc  \n'.partition(b'ab') (b'  ', b'ab', b'\tc  \n')
# b'  ab\tc  \n'.partition(b'\xff') (b'  ab\tc  \n', b'', b'')
# b'  ab\tc  \n'.partition(b'  ') (b'', b'  ', b'ab\tc  \n')
# b'  ab\tc  \n'.partition(bytearray(b'b')) (b'  a', bytearray(b'b'), b'\tc  \n')
# b'  ab\tc  \n'.partition(mv(b'c')) (b'  ab\t', ('mv', b'c'), b'  \n')
# b'  ab\tc  \n'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.rpartition(b'') ValueError empty separator
# b'  ab\tc  \n'.rpartition(b'a') (b'  ', b'a', b'b\tc  \n')
# b'  ab\tc  \n'.rpartition(b',') (b'', b'', b'  ab\tc  \n')
# b'  ab\tc  \n'.rpartition(b'ab') (b'  ', b'ab', b'\tc  \n')
# b'  ab\tc  \n'.rpartition(b'\xff') (b'', b'', b'  ab\tc  \n')
# b'  ab\tc  \n'.rpartition(b'  ') (b'  ab\tc', b'  ', b'\n')
# b'  ab\tc  \n'.rpartition(bytearray(b'b')) (b'  a', bytearray(b'b'), b'\tc  \n')
# b'  ab\tc  \n'.rpartition(mv(b'c')) (b'  ab\t', ('mv', b'c'), b'  \n')
# b'  ab\tc  \n'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.removeprefix(b'') b'  ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(b'a') b'  ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(b',') b'  ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(b'ab') b'  ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(b'\xff') b'  ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(b'  ') b'ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(bytearray(b'b')) b'  ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(mv(b'c')) b'  ab\tc  \n'
# b'  ab\tc  \n'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.removesuffix(b'') b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(b'a') b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(b',') b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(b'ab') b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(b'\xff') b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(b'  ') b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(bytearray(b'b')) b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(mv(b'c')) b'  ab\tc  \n'
# b'  ab\tc  \n'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.join(b'') b''
# b'  ab\tc  \n'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(97) TypeError can only join an iterable
# b'  ab\tc  \n'.join(0) TypeError can only join an iterable
# b'  ab\tc  \n'.join(255) TypeError can only join an iterable
# b'  ab\tc  \n'.join(256) TypeError can only join an iterable
# b'  ab\tc  \n'.join(-1) TypeError can only join an iterable
# b'  ab\tc  \n'.join(1180591620717411303424) TypeError can only join an iterable
# b'  ab\tc  \n'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'  ab\tc  \n'.join(None) TypeError can only join an iterable
# b'  ab\tc  \n'.join(1.5) TypeError can only join an iterable
# b'  ab\tc  \n'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join((b'a', b'H')) b'a  ab\tc  \nH'
# b'  ab\tc  \n'.count(b'') 10
# b'  ab\tc  \n'.count(b'a') 1
# b'  ab\tc  \n'.count(b',') 0
# b'  ab\tc  \n'.count(b'ab') 1
# b'  ab\tc  \n'.count(b'\xff') 0
# b'  ab\tc  \n'.count(b'  ') 2
# b'  ab\tc  \n'.count(bytearray(b'b')) 1
# b'  ab\tc  \n'.count(mv(b'c')) 1
# b'  ab\tc  \n'.count(97) 1
# b'  ab\tc  \n'.count(0) 0
# b'  ab\tc  \n'.count(255) 0
# b'  ab\tc  \n'.count(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.count(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.find(b'') 0
# b'  ab\tc  \n'.find(b'a') 2
# b'  ab\tc  \n'.find(b',') -1
# b'  ab\tc  \n'.find(b'ab') 2
# b'  ab\tc  \n'.find(b'\xff') -1
# b'  ab\tc  \n'.find(b'  ') 0
# b'  ab\tc  \n'.find(bytearray(b'b')) 3
# b'  ab\tc  \n'.find(mv(b'c')) 5
# b'  ab\tc  \n'.find(97) 2
# b'  ab\tc  \n'.find(0) -1
# b'  ab\tc  \n'.find(255) -1
# b'  ab\tc  \n'.find(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.find(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.rfind(b'') 9
# b'  ab\tc  \n'.rfind(b'a') 2
# b'  ab\tc  \n'.rfind(b',') -1
# b'  ab\tc  \n'.rfind(b'ab') 2
# b'  ab\tc  \n'.rfind(b'\xff') -1
# b'  ab\tc  \n'.rfind(b'  ') 6
# b'  ab\tc  \n'.rfind(bytearray(b'b')) 3
# b'  ab\tc  \n'.rfind(mv(b'c')) 5
# b'  ab\tc  \n'.rfind(97) 2
# b'  ab\tc  \n'.rfind(0) -1
# b'  ab\tc  \n'.rfind(255) -1
# b'  ab\tc  \n'.rfind(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rfind(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.index(b'') 0
# b'  ab\tc  \n'.index(b'a') 2
# b'  ab\tc  \n'.index(b',') ValueError subsection not found
# b'  ab\tc  \n'.index(b'ab') 2
# b'  ab\tc  \n'.index(b'\xff') ValueError subsection not found
# b'  ab\tc  \n'.index(b'  ') 0
# b'  ab\tc  \n'.index(bytearray(b'b')) 3
# b'  ab\tc  \n'.index(mv(b'c')) 5
# b'  ab\tc  \n'.index(97) 2
# b'  ab\tc  \n'.index(0) ValueError subsection not found
# b'  ab\tc  \n'.index(255) ValueError subsection not found
# b'  ab\tc  \n'.index(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.index(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.rindex(b'') 9
# b'  ab\tc  \n'.rindex(b'a') 2
# b'  ab\tc  \n'.rindex(b',') ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'ab') 2
# b'  ab\tc  \n'.rindex(b'\xff') ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'  ') 6
# b'  ab\tc  \n'.rindex(bytearray(b'b')) 3
# b'  ab\tc  \n'.rindex(mv(b'c')) 5
# b'  ab\tc  \n'.rindex(97) 2
# b'  ab\tc  \n'.rindex(0) ValueError subsection not found
# b'  ab\tc  \n'.rindex(255) ValueError subsection not found
# b'  ab\tc  \n'.rindex(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rindex(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.startswith(b'') True
# b'  ab\tc  \n'.startswith(b'a') False
# b'  ab\tc  \n'.startswith(b',') False
# b'  ab\tc  \n'.startswith(b'ab') False
# b'  ab\tc  \n'.startswith(b'\xff') False
# b'  ab\tc  \n'.startswith(b'  ') True
# b'  ab\tc  \n'.startswith(bytearray(b'b')) False
# b'  ab\tc  \n'.startswith(mv(b'c')) False
# b'  ab\tc  \n'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'  ab\tc  \n'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'  ab\tc  \n'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'  ab\tc  \n'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'  ab\tc  \n'.startswith((b'a', b'H')) False
# b'  ab\tc  \n'.endswith(b'') True
# b'  ab\tc  \n'.endswith(b'a') False
# b'  ab\tc  \n'.endswith(b',') False
# b'  ab\tc  \n'.endswith(b'ab') False
# b'  ab\tc  \n'.endswith(b'\xff') False
# b'  ab\tc  \n'.endswith(b'  ') False
# b'  ab\tc  \n'.endswith(bytearray(b'b')) False
# b'  ab\tc  \n'.endswith(mv(b'c')) False
# b'  ab\tc  \n'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'  ab\tc  \n'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'  ab\tc  \n'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'  ab\tc  \n'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'  ab\tc  \n'.endswith((b'a', b'H')) False
# b'  ab\tc  \n'.count(b'a', -1, None) 0
# b'  ab\tc  \n'.count(b'a', -1, 2) 0
# b'  ab\tc  \n'.count(b'a', -1, -1) 0
# b'  ab\tc  \n'.count(b'a', 0, None) 1
# b'  ab\tc  \n'.count(b'a', 0, 2) 0
# b'  ab\tc  \n'.count(b'a', 0, -1) 1
# b'  ab\tc  \n'.count(b'a', 1, None) 1
# b'  ab\tc  \n'.count(b'a', 1, 2) 0
# b'  ab\tc  \n'.count(b'a', 1, -1) 1
# b'  ab\tc  \n'.count(b'a', 3, None) 0
# b'  ab\tc  \n'.count(b'a', 3, 2) 0
# b'  ab\tc  \n'.count(b'a', 3, -1) 0
# b'  ab\tc  \n'.count(b'a', 20, None) 0
# b'  ab\tc  \n'.count(b'a', 20, 2) 0
# b'  ab\tc  \n'.count(b'a', 20, -1) 0
# b'  ab\tc  \n'.find(b'a', -1, None) -1
# b'  ab\tc  \n'.find(b'a', -1, 2) -1
# b'  ab\tc  \n'.find(b'a', -1, -1) -1
# b'  ab\tc  \n'.find(b'a', 0, None) 2
# b'  ab\tc  \n'.find(b'a', 0, 2) -1
# b'  ab\tc  \n'.find(b'a', 0, -1) 2
# b'  ab\tc  \n'.find(b'a', 1, None) 2
# b'  ab\tc  \n'.find(b'a', 1, 2) -1
# b'  ab\tc  \n'.find(b'a', 1, -1) 2
# b'  ab\tc  \n'.find(b'a', 3, None) -1
# b'  ab\tc  \n'.find(b'a', 3, 2) -1
# b'  ab\tc  \n'.find(b'a', 3, -1) -1
# b'  ab\tc  \n'.find(b'a', 20, None) -1
# b'  ab\tc  \n'.find(b'a', 20, 2) -1
# b'  ab\tc  \n'.find(b'a', 20, -1) -1
# b'  ab\tc  \n'.rfind(b'a', -1, None) -1
# b'  ab\tc  \n'.rfind(b'a', -1, 2) -1
# b'  ab\tc  \n'.rfind(b'a', -1, -1) -1
# b'  ab\tc  \n'.rfind(b'a', 0, None) 2
# b'  ab\tc  \n'.rfind(b'a', 0, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 0, -1) 2
# b'  ab\tc  \n'.rfind(b'a', 1, None) 2
# b'  ab\tc  \n'.rfind(b'a', 1, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 1, -1) 2
# b'  ab\tc  \n'.rfind(b'a', 3, None) -1
# b'  ab\tc  \n'.rfind(b'a', 3, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 3, -1) -1
# b'  ab\tc  \n'.rfind(b'a', 20, None) -1
# b'  ab\tc  \n'.rfind(b'a', 20, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 20, -1) -1
# b'  ab\tc  \n'.index(b'a', -1, None) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', -1, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', -1, -1) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 0, None) 2
# b'  ab\tc  \n'.index(b'a', 0, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 0, -1) 2
# b'  ab\tc  \n'.index(b'a', 1, None) 2
# b'  ab\tc  \n'.index(b'a', 1, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 1, -1) 2
# b'  ab\tc  \n'.index(b'a', 3, None) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 3, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 3, -1) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 20, None) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 20, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 20, -1) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', -1, None) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', -1, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', -1, -1) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 0, None) 2
# b'  ab\tc  \n'.rindex(b'a', 0, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 0, -1) 2
# b'  ab\tc  \n'.rindex(b'a', 1, None) 2
# b'  ab\tc  \n'.rindex(b'a', 1, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 1, -1) 2
# b'  ab\tc  \n'.rindex(b'a', 3, None) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 3, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 3, -1) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 20, None) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 20, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 20, -1) ValueError subsection not found
# b'  ab\tc  \n'.startswith(b'a', -1, None) False
# b'  ab\tc  \n'.startswith(b'a', -1, 2) False
# b'  ab\tc  \n'.startswith(b'a', -1, -1) False
# b'  ab\tc  \n'.startswith(b'a', 0, None) False
# b'  ab\tc  \n'.startswith(b'a', 0, 2) False
# b'  ab\tc  \n'.startswith(b'a', 0, -1) False
# b'  ab\tc  \n'.startswith(b'a', 1, None) False
# b'  ab\tc  \n'.startswith(b'a', 1, 2) False
# b'  ab\tc  \n'.startswith(b'a', 1, -1) False
# b'  ab\tc  \n'.startswith(b'a', 3, None) False
# b'  ab\tc  \n'.startswith(b'a', 3, 2) False
# b'  ab\tc  \n'.startswith(b'a', 3, -1) False
# b'  ab\tc  \n'.startswith(b'a', 20, None) False
# b'  ab\tc  \n'.startswith(b'a', 20, 2) False
# b'  ab\tc  \n'.startswith(b'a', 20, -1) False
# b'  ab\tc  \n'.endswith(b'a', -1, None) False
# b'  ab\tc  \n'.endswith(b'a', -1, 2) False
# b'  ab\tc  \n'.endswith(b'a', -1, -1) False
# b'  ab\tc  \n'.endswith(b'a', 0, None) False
# b'  ab\tc  \n'.endswith(b'a', 0, 2) False
# b'  ab\tc  \n'.endswith(b'a', 0, -1) False
# b'  ab\tc  \n'.endswith(b'a', 1, None) False
# b'  ab\tc  \n'.endswith(b'a', 1, 2) False
# b'  ab\tc  \n'.endswith(b'a', 1, -1) False
# b'  ab\tc  \n'.endswith(b'a', 3, None) False
# b'  ab\tc  \n'.endswith(b'a', 3, 2) False
# b'  ab\tc  \n'.endswith(b'a', 3, -1) False
# b'  ab\tc  \n'.endswith(b'a', 20, None) False
# b'  ab\tc  \n'.endswith(b'a', 20, 2) False
# b'  ab\tc  \n'.endswith(b'a', 20, -1) False
# b'  ab\tc  \n'.center(-1) b'  ab\tc  \n'
# b'  ab\tc  \n'.center(0) b'  ab\tc  \n'
# b'  ab\tc  \n'.center(1) b'  ab\tc  \n'
# b'  ab\tc  \n'.center(3) b'  ab\tc  \n'
# b'  ab\tc  \n'.center(20) b'       ab\tc  \n      '
# b'  ab\tc  \n'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.ljust(-1) b'  ab\tc  \n'
# b'  ab\tc  \n'.ljust(0) b'  ab\tc  \n'
# b'  ab\tc  \n'.ljust(1) b'  ab\tc  \n'
# b'  ab\tc  \n'.ljust(3) b'  ab\tc  \n'
# b'  ab\tc  \n'.ljust(20) b'  ab\tc  \n           '
# b'  ab\tc  \n'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rjust(-1) b'  ab\tc  \n'
# b'  ab\tc  \n'.rjust(0) b'  ab\tc  \n'
# b'  ab\tc  \n'.rjust(1) b'  ab\tc  \n'
# b'  ab\tc  \n'.rjust(3) b'  ab\tc  \n'
# b'  ab\tc  \n'.rjust(20) b'             ab\tc  \n'
# b'  ab\tc  \n'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.zfill(-1) b'  ab\tc  \n'
# b'  ab\tc  \n'.zfill(0) b'  ab\tc  \n'
# b'  ab\tc  \n'.zfill(1) b'  ab\tc  \n'
# b'  ab\tc  \n'.zfill(3) b'  ab\tc  \n'
# b'  ab\tc  \n'.zfill(20) b'00000000000  ab\tc  \n'
# b'  ab\tc  \n'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.expandtabs(-1) b'  abc  \n'
# b'  ab\tc  \n'.expandtabs(0) b'  abc  \n'
# b'  ab\tc  \n'.expandtabs(1) b'  ab c  \n'
# b'  ab\tc  \n'.expandtabs(3) b'  ab  c  \n'
# b'  ab\tc  \n'.expandtabs(20) b'  ab                c  \n'
# b'  ab\tc  \n'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'  ab\tc  \n'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.center(15, b'*') b'***  ab\tc  \n***'
# b'  ab\tc  \n'.center(15, bytearray(b'-')) b'---  ab\tc  \n---'
# b'  ab\tc  \n'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'  ab\tc  \n'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'  ab\tc  \n'.ljust(15, b'*') b'  ab\tc  \n******'
# b'  ab\tc  \n'.ljust(15, bytearray(b'-')) b'  ab\tc  \n------'
# b'  ab\tc  \n'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'  ab\tc  \n'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'  ab\tc  \n'.rjust(15, b'*') b'******  ab\tc  \n'
# b'  ab\tc  \n'.rjust(15, bytearray(b'-')) b'------  ab\tc  \n'
# b'  ab\tc  \n'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'  ab\tc  \n'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'  ab\tc  \n'.split(None) [b'ab', b'c']
# b'  ab\tc  \n'.split(b'a') [b'  ', b'b\tc  \n']
# b'  ab\tc  \n'.split(b',') [b'  ab\tc  \n']
# b'  ab\tc  \n'.split(b'') ValueError empty separator
# b'  ab\tc  \n'.split('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.split(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.split(bytearray(b' ')) [b'', b'', b'ab\tc', b'', b'\n']
# b'  ab\tc  \n'.rsplit(None) [b'ab', b'c']
# b'  ab\tc  \n'.rsplit(b'a') [b'  ', b'b\tc  \n']
# b'  ab\tc  \n'.rsplit(b',') [b'  ab\tc  \n']
# b'  ab\tc  \n'.rsplit(b'') ValueError empty separator
# b'  ab\tc  \n'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rsplit(bytearray(b' ')) [b'', b'', b'ab\tc', b'', b'\n']
# b'  ab\tc  \n'.strip(None) b'ab\tc'
# b'  ab\tc  \n'.strip(b'a') b'  ab\tc  \n'
# b'  ab\tc  \n'.strip(b',') b'  ab\tc  \n'
# b'  ab\tc  \n'.strip(b'') b'  ab\tc  \n'
# b'  ab\tc  \n'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.strip(bytearray(b' ')) b'ab\tc  \n'
# b'  ab\tc  \n'.lstrip(None) b'ab\tc  \n'
# b'  ab\tc  \n'.lstrip(b'a') b'  ab\tc  \n'
# b'  ab\tc  \n'.lstrip(b',') b'  ab\tc  \n'
# b'  ab\tc  \n'.lstrip(b'') b'  ab\tc  \n'
# b'  ab\tc  \n'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.lstrip(bytearray(b' ')) b'ab\tc  \n'
# b'  ab\tc  \n'.rstrip(None) b'  ab\tc'
# b'  ab\tc  \n'.rstrip(b'a') b'  ab\tc  \n'
# b'  ab\tc  \n'.rstrip(b',') b'  ab\tc  \n'
# b'  ab\tc  \n'.rstrip(b'') b'  ab\tc  \n'
# b'  ab\tc  \n'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rstrip(bytearray(b' ')) b'  ab\tc  \n'
# b'  ab\tc  \n'.split(b',', -1) [b'  ab\tc  \n']
# b'  ab\tc  \n'.split(None, -1) [b'ab', b'c']
# b'  ab\tc  \n'.split(b',', 0) [b'  ab\tc  \n']
# b'  ab\tc  \n'.split(None, 0) [b'ab\tc  \n']
# b'  ab\tc  \n'.split(b',', 1) [b'  ab\tc  \n']
# b'  ab\tc  \n'.split(None, 1) [b'ab', b'c  \n']
# b'  ab\tc  \n'.split(b',', 2) [b'  ab\tc  \n']
# b'  ab\tc  \n'.split(None, 2) [b'ab', b'c']
# b'  ab\tc  \n'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rsplit(b',', -1) [b'  ab\tc  \n']
# b'  ab\tc  \n'.rsplit(None, -1) [b'ab', b'c']
# b'  ab\tc  \n'.rsplit(b',', 0) [b'  ab\tc  \n']
# b'  ab\tc  \n'.rsplit(None, 0) [b'  ab\tc']
# b'  ab\tc  \n'.rsplit(b',', 1) [b'  ab\tc  \n']
# b'  ab\tc  \n'.rsplit(None, 1) [b'  ab', b'c']
# b'  ab\tc  \n'.rsplit(b',', 2) [b'  ab\tc  \n']
# b'  ab\tc  \n'.rsplit(None, 2) [b'ab', b'c']
# b'  ab\tc  \n'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.replace(b'a', b'XY', -1) b'  XYb\tc  \n'
# b'  ab\tc  \n'.replace(b'a', b'XY', 0) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b'a', b'XY', 1) b'  XYb\tc  \n'
# b'  ab\tc  \n'.replace(b'a', b'XY', 2) b'  XYb\tc  \n'
# b'  ab\tc  \n'.replace(b'', b'-', -1) b'- - -a-b-\t-c- - -\n-'
# b'  ab\tc  \n'.replace(b'', b'-', 0) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b'', b'-', 1) b'-  ab\tc  \n'
# b'  ab\tc  \n'.replace(b'', b'-', 2) b'- - ab\tc  \n'
# b'  ab\tc  \n'.replace(b',', b'', -1) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b',', b'', 0) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b',', b'', 1) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b',', b'', 2) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), -1) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), 0) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), 1) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), 2) b'  ab\tc  \n'
# b'  ab\tc  \n'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.splitlines(False) [b'  ab\tc  ']
# b'  ab\tc  \n'.splitlines(True) [b'  ab\tc  \n']
# b'  ab\tc  \n'.splitlines(0) [b'  ab\tc  ']
# b'  ab\tc  \n'.splitlines(1) [b'  ab\tc  \n']
# b'  ab\tc  \n'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.decode('utf-8', 'strict') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('ascii', 'ignore') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('latin-1', 'strict') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('utf-8', 'replace') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('ascii', 'backslashreplace') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'  ab\tc  \n'.decode('utf-8', 'nope') '  ab\tc  \n'
# b'  ab\tc  \n'.hex(':', 1) '20:20:61:62:09:63:20:20:0a'
# b'  ab\tc  \n'.hex(b'-', 2) '20-2061-6209-6320-200a'
# b'  ab\tc  \n'.hex('-', -2) '2020-6162-0963-2020-0a'
# b'  ab\tc  \n'.hex('', 1) ValueError sep must be length 1.
# b'  ab\tc  \n'.hex('ab', 1) ValueError sep must be length 1.
# b'  ab\tc  \n'.hex(1, 1) TypeError object of type 'int' has no len()
# b'  ab\tc  \n'.translate(.., b'') b'\xdf\xdf\x9e\x9d\xf6\x9c\xdf\xdf\xf5'
# b'  ab\tc  \n'.translate(.., b'a, ') b'b\tc\n'
# b'  ab\tc  \n'.translate(.., b'\xff') b'\xdf\xdf\x9e\x9d\xf6\x9c\xdf\xdf\xf5'
# b'  ab\tc  \n'.translate(.., b'') ValueError translation table must be 256 characters long
# b'  ab\tc  \n'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n' + b'a' b'  ab\tc  \na'
# b'  ab\tc  \n' == b'a' False
# b'  ab\tc  \n' < b'a' True
# b'a' in b'  ab\tc  \n' True
# b'  ab\tc  \n' + bytearray(b'Hello') b'  ab\tc  \nHello'
# b'  ab\tc  \n' == bytearray(b'Hello') False
# b'  ab\tc  \n' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'  ab\tc  \n' False
# b'  ab\tc  \n' + mv(b'') b'  ab\tc  \n'
# b'  ab\tc  \n' == mv(b'') False
# b'  ab\tc  \n' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'  ab\tc  \n' True
# b'  ab\tc  \n' + 'a' TypeError can't concat str to bytes
# b'  ab\tc  \n' == 'a' False
# b'  ab\tc  \n' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'  ab\tc  \n' TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n' + 3 TypeError can't concat int to bytes
# b'  ab\tc  \n' == 3 False
# b'  ab\tc  \n' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'  ab\tc  \n' False
# b'  ab\tc  \n' + [1] TypeError can't concat list to bytes
# b'  ab\tc  \n' == [1] False
# b'  ab\tc  \n' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'  ab\tc  \n' TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n' * 0 b''
# b'  ab\tc  \n' * 1 b'  ab\tc  \n'
# b'  ab\tc  \n' * 3 b'  ab\tc  \n  ab\tc  \n  ab\tc  \n'
# b'  ab\tc  \n' * -1 b''
# b'  ab\tc  \n' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'  ab\tc  \n' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'  ab\tc  \n'[0] 32
# b'  ab\tc  \n'[-1] 10
# b'  ab\tc  \n'[5] 99
# b'  ab\tc  \n'[-20] IndexError index out of range
# b'  ab\tc  \n'[slice(1, 3, None)] b' a'
# b'  ab\tc  \n'[slice(None, None, -2)] b'\n \ta '
# b'  ab\tc  \n'[slice(5, 1, None)] b''
# b'  ab\tc  \n'['k'] TypeError byte indices must be integers or slices, not str
# b'  ab\tc  \n'[1.0] TypeError byte indices must be integers or slices, not float
# b'  ab\tc  \n' % () b'  ab\tc  \n'
# b'  ab\tc  \n' % (1,) TypeError not all arguments converted during bytes formatting
# b'  ab\tc  \n' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'  ab\tc  \n' % 's' TypeError not all arguments converted during bytes formatting
# b'\x00\xff\x80'.upper() b'\x00\xff\x80'
# b'\x00\xff\x80'.lower() b'\x00\xff\x80'
# b'\x00\xff\x80'.swapcase() b'\x00\xff\x80'
# b'\x00\xff\x80'.title() b'\x00\xff\x80'
# b'\x00\xff\x80'.capitalize() b'\x00\xff\x80'
# b'\x00\xff\x80'.isdigit() False
# b'\x00\xff\x80'.isalpha() False
# b'\x00\xff\x80'.isalnum() False
# b'\x00\xff\x80'.isspace() False
# b'\x00\xff\x80'.isascii() False
# b'\x00\xff\x80'.islower() False
# b'\x00\xff\x80'.isupper() False
# b'\x00\xff\x80'.istitle() False
# b'\x00\xff\x80'.hex() '00ff80'
# b'\x00\xff\x80'.decode() UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# b'\x00\xff\x80'.splitlines() [b'\x00\xff\x80']
# b'\x00\xff\x80'.expandtabs() b'\x00\xff\x80'
# b'\x00\xff\x80'.strip() b'\x00\xff\x80'
# b'\x00\xff\x80'.lstrip() b'\x00\xff\x80'
# b'\x00\xff\x80'.rstrip() b'\x00\xff\x80'
# b'\x00\xff\x80'.split() [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit() [b'\x00\xff\x80']
# b'\x00\xff\x80'.__len__() 3
# b'\x00\xff\x80'.__iter__() [0, 255, 128]
# b'\x00\xff\x80'.partition(b'') ValueError empty separator
# b'\x00\xff\x80'.partition(b'a') (b'\x00\xff\x80', b'', b'')
# b'\x00\xff\x80'.partition(b',') (b'\x00\xff\x80', b'', b'')
# b'\x00\xff\x80'.partition(b'ab') (b'\x00\xff\x80', b'', b'')
# b'\x00\xff\x80'.partition(b'\xff') (b'\x00', b'\xff', b'\x80')
# b'\x00\xff\x80'.partition(b'  ') (b'\x00\xff\x80', b'', b'')
# b'\x00\xff\x80'.partition(bytearray(b'b')) (b'\x00\xff\x80', b'', b'')
# b'\x00\xff\x80'.partition(mv(b'c')) (b'\x00\xff\x80', b'', b'')
# b'\x00\xff\x80'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.rpartition(b'') ValueError empty separator
# b'\x00\xff\x80'.rpartition(b'a') (b'', b'', b'\x00\xff\x80')
# b'\x00\xff\x80'.rpartition(b',') (b'', b'', b'\x00\xff\x80')
# b'\x00\xff\x80'.rpartition(b'ab') (b'', b'', b'\x00\xff\x80')
# b'\x00\xff\x80'.rpartition(b'\xff') (b'\x00', b'\xff', b'\x80')
# b'\x00\xff\x80'.rpartition(b'  ') (b'', b'', b'\x00\xff\x80')
# b'\x00\xff\x80'.rpartition(bytearray(b'b')) (b'', b'', b'\x00\xff\x80')
# b'\x00\xff\x80'.rpartition(mv(b'c')) (b'', b'', b'\x00\xff\x80')
# b'\x00\xff\x80'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.removeprefix(b'') b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(b'a') b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(b',') b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(b'ab') b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(b'\xff') b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(b'  ') b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(bytearray(b'b')) b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(mv(b'c')) b'\x00\xff\x80'
# b'\x00\xff\x80'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.removesuffix(b'') b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(b'a') b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(b',') b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(b'ab') b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(b'\xff') b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(b'  ') b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(bytearray(b'b')) b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(mv(b'c')) b'\x00\xff\x80'
# b'\x00\xff\x80'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.join(b'') b''
# b'\x00\xff\x80'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(97) TypeError can only join an iterable
# b'\x00\xff\x80'.join(0) TypeError can only join an iterable
# b'\x00\xff\x80'.join(255) TypeError can only join an iterable
# b'\x00\xff\x80'.join(256) TypeError can only join an iterable
# b'\x00\xff\x80'.join(-1) TypeError can only join an iterable
# b'\x00\xff\x80'.join(1180591620717411303424) TypeError can only join an iterable
# b'\x00\xff\x80'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'\x00\xff\x80'.join(None) TypeError can only join an iterable
# b'\x00\xff\x80'.join(1.5) TypeError can only join an iterable
# b'\x00\xff\x80'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join((b'a', b'H')) b'a\x00\xff\x80H'
# b'\x00\xff\x80'.count(b'') 4
# b'\x00\xff\x80'.count(b'a') 0
# b'\x00\xff\x80'.count(b',') 0
# b'\x00\xff\x80'.count(b'ab') 0
# b'\x00\xff\x80'.count(b'\xff') 1
# b'\x00\xff\x80'.count(b'  ') 0
# b'\x00\xff\x80'.count(bytearray(b'b')) 0
# b'\x00\xff\x80'.count(mv(b'c')) 0
# b'\x00\xff\x80'.count(97) 0
# b'\x00\xff\x80'.count(0) 1
# b'\x00\xff\x80'.count(255) 1
# b'\x00\xff\x80'.count(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.count(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.find(b'') 0
# b'\x00\xff\x80'.find(b'a') -1
# b'\x00\xff\x80'.find(b',') -1
# b'\x00\xff\x80'.find(b'ab') -1
# b'\x00\xff\x80'.find(b'\xff') 1
# b'\x00\xff\x80'.find(b'  ') -1
# b'\x00\xff\x80'.find(bytearray(b'b')) -1
# b'\x00\xff\x80'.find(mv(b'c')) -1
# b'\x00\xff\x80'.find(97) -1
# b'\x00\xff\x80'.find(0) 0
# b'\x00\xff\x80'.find(255) 1
# b'\x00\xff\x80'.find(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.find(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.rfind(b'') 3
# b'\x00\xff\x80'.rfind(b'a') -1
# b'\x00\xff\x80'.rfind(b',') -1
# b'\x00\xff\x80'.rfind(b'ab') -1
# b'\x00\xff\x80'.rfind(b'\xff') 1
# b'\x00\xff\x80'.rfind(b'  ') -1
# b'\x00\xff\x80'.rfind(bytearray(b'b')) -1
# b'\x00\xff\x80'.rfind(mv(b'c')) -1
# b'\x00\xff\x80'.rfind(97) -1
# b'\x00\xff\x80'.rfind(0) 0
# b'\x00\xff\x80'.rfind(255) 1
# b'\x00\xff\x80'.rfind(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rfind(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.index(b'') 0
# b'\x00\xff\x80'.index(b'a') ValueError subsection not found
# b'\x00\xff\x80'.index(b',') ValueError subsection not found
# b'\x00\xff\x80'.index(b'ab') ValueError subsection not found
# b'\x00\xff\x80'.index(b'\xff') 1
# b'\x00\xff\x80'.index(b'  ') ValueError subsection not found
# b'\x00\xff\x80'.index(bytearray(b'b')) ValueError subsection not found
# b'\x00\xff\x80'.index(mv(b'c')) ValueError subsection not found
# b'\x00\xff\x80'.index(97) ValueError subsection not found
# b'\x00\xff\x80'.index(0) 0
# b'\x00\xff\x80'.index(255) 1
# b'\x00\xff\x80'.index(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.index(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.rindex(b'') 3
# b'\x00\xff\x80'.rindex(b'a') ValueError subsection not found
# b'\x00\xff\x80'.rindex(b',') ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'ab') ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'\xff') 1
# b'\x00\xff\x80'.rindex(b'  ') ValueError subsection not found
# b'\x00\xff\x80'.rindex(bytearray(b'b')) ValueError subsection not found
# b'\x00\xff\x80'.rindex(mv(b'c')) ValueError subsection not found
# b'\x00\xff\x80'.rindex(97) ValueError subsection not found
# b'\x00\xff\x80'.rindex(0) 0
# b'\x00\xff\x80'.rindex(255) 1
# b'\x00\xff\x80'.rindex(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rindex(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.startswith(b'') True
# b'\x00\xff\x80'.startswith(b'a') False
# b'\x00\xff\x80'.startswith(b',') False
# b'\x00\xff\x80'.startswith(b'ab') False
# b'\x00\xff\x80'.startswith(b'\xff') False
# b'\x00\xff\x80'.startswith(b'  ') False
# b'\x00\xff\x80'.startswith(bytearray(b'b')) False
# b'\x00\xff\x80'.startswith(mv(b'c')) False
# b'\x00\xff\x80'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'\x00\xff\x80'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'\x00\xff\x80'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'\x00\xff\x80'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'\x00\xff\x80'.startswith((b'a', b'H')) False
# b'\x00\xff\x80'.endswith(b'') True
# b'\x00\xff\x80'.endswith(b'a') False
# b'\x00\xff\x80'.endswith(b',') False
# b'\x00\xff\x80'.endswith(b'ab') False
# b'\x00\xff\x80'.endswith(b'\xff') False
# b'\x00\xff\x80'.endswith(b'  ') False
# b'\x00\xff\x80'.endswith(bytearray(b'b')) False
# b'\x00\xff\x80'.endswith(mv(b'c')) False
# b'\x00\xff\x80'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'\x00\xff\x80'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'\x00\xff\x80'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'\x00\xff\x80'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'\x00\xff\x80'.endswith((b'a', b'H')) False
# b'\x00\xff\x80'.count(b'a', -1, None) 0
# b'\x00\xff\x80'.count(b'a', -1, 2) 0
# b'\x00\xff\x80'.count(b'a', -1, -1) 0
# b'\x00\xff\x80'.count(b'a', 0, None) 0
# b'\x00\xff\x80'.count(b'a', 0, 2) 0
# b'\x00\xff\x80'.count(b'a', 0, -1) 0
# b'\x00\xff\x80'.count(b'a', 1, None) 0
# b'\x00\xff\x80'.count(b'a', 1, 2) 0
# b'\x00\xff\x80'.count(b'a', 1, -1) 0
# b'\x00\xff\x80'.count(b'a', 3, None) 0
# b'\x00\xff\x80'.count(b'a', 3, 2) 0
# b'\x00\xff\x80'.count(b'a', 3, -1) 0
# b'\x00\xff\x80'.count(b'a', 20, None) 0
# b'\x00\xff\x80'.count(b'a', 20, 2) 0
# b'\x00\xff\x80'.count(b'a', 20, -1) 0
# b'\x00\xff\x80'.find(b'a', -1, None) -1
# b'\x00\xff\x80'.find(b'a', -1, 2) -1
# b'\x00\xff\x80'.find(b'a', -1, -1) -1
# b'\x00\xff\x80'.find(b'a', 0, None) -1
# b'\x00\xff\x80'.find(b'a', 0, 2) -1
# b'\x00\xff\x80'.find(b'a', 0, -1) -1
# b'\x00\xff\x80'.find(b'a', 1, None) -1
# b'\x00\xff\x80'.find(b'a', 1, 2) -1
# b'\x00\xff\x80'.find(b'a', 1, -1) -1
# b'\x00\xff\x80'.find(b'a', 3, None) -1
# b'\x00\xff\x80'.find(b'a', 3, 2) -1
# b'\x00\xff\x80'.find(b'a', 3, -1) -1
# b'\x00\xff\x80'.find(b'a', 20, None) -1
# b'\x00\xff\x80'.find(b'a', 20, 2) -1
# b'\x00\xff\x80'.find(b'a', 20, -1) -1
# b'\x00\xff\x80'.rfind(b'a', -1, None) -1
# b'\x00\xff\x80'.rfind(b'a', -1, 2) -1
# b'\x00\xff\x80'.rfind(b'a', -1, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 0, None) -1
# b'\x00\xff\x80'.rfind(b'a', 0, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 0, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 1, None) -1
# b'\x00\xff\x80'.rfind(b'a', 1, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 1, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 3, None) -1
# b'\x00\xff\x80'.rfind(b'a', 3, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 3, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 20, None) -1
# b'\x00\xff\x80'.rfind(b'a', 20, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 20, -1) -1
# b'\x00\xff\x80'.index(b'a', -1, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', -1, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', -1, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 0, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 0, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 0, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 1, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 1, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 1, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 3, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 3, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 3, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 20, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 20, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 20, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', -1, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', -1, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', -1, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 0, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 0, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 0, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 1, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 1, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 1, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 3, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 3, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 3, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 20, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 20, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 20, -1) ValueError subsection not found
# b'\x00\xff\x80'.startswith(b'a', -1, None) False
# b'\x00\xff\x80'.startswith(b'a', -1, 2) False
# b'\x00\xff\x80'.startswith(b'a', -1, -1) False
# b'\x00\xff\x80'.startswith(b'a', 0, None) False
# b'\x00\xff\x80'.startswith(b'a', 0, 2) False
# b'\x00\xff\x80'.startswith(b'a', 0, -1) False
# b'\x00\xff\x80'.startswith(b'a', 1, None) False
# b'\x00\xff\x80'.startswith(b'a', 1, 2) False
# b'\x00\xff\x80'.startswith(b'a', 1, -1) False
# b'\x00\xff\x80'.startswith(b'a', 3, None) False
# b'\x00\xff\x80'.startswith(b'a', 3, 2) False
# b'\x00\xff\x80'.startswith(b'a', 3, -1) False
# b'\x00\xff\x80'.startswith(b'a', 20, None) False
# b'\x00\xff\x80'.startswith(b'a', 20, 2) False
# b'\x00\xff\x80'.startswith(b'a', 20, -1) False
# b'\x00\xff\x80'.endswith(b'a', -1, None) False
# b'\x00\xff\x80'.endswith(b'a', -1, 2) False
# b'\x00\xff\x80'.endswith(b'a', -1, -1) False
# b'\x00\xff\x80'.endswith(b'a', 0, None) False
# b'\x00\xff\x80'.endswith(b'a', 0, 2) False
# b'\x00\xff\x80'.endswith(b'a', 0, -1) False
# b'\x00\xff\x80'.endswith(b'a', 1, None) False
# b'\x00\xff\x80'.endswith(b'a', 1, 2) False
# b'\x00\xff\x80'.endswith(b'a', 1, -1) False
# b'\x00\xff\x80'.endswith(b'a', 3, None) False
# b'\x00\xff\x80'.endswith(b'a', 3, 2) False
# b'\x00\xff\x80'.endswith(b'a', 3, -1) False
# b'\x00\xff\x80'.endswith(b'a', 20, None) False
# b'\x00\xff\x80'.endswith(b'a', 20, 2) False
# b'\x00\xff\x80'.endswith(b'a', 20, -1) False
# b'\x00\xff\x80'.center(-1) b'\x00\xff\x80'
# b'\x00\xff\x80'.center(0) b'\x00\xff\x80'
# b'\x00\xff\x80'.center(1) b'\x00\xff\x80'
# b'\x00\xff\x80'.center(3) b'\x00\xff\x80'
# b'\x00\xff\x80'.center(20) b'        \x00\xff\x80         '
# b'\x00\xff\x80'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.ljust(-1) b'\x00\xff\x80'
# b'\x00\xff\x80'.ljust(0) b'\x00\xff\x80'
# b'\x00\xff\x80'.ljust(1) b'\x00\xff\x80'
# b'\x00\xff\x80'.ljust(3) b'\x00\xff\x80'
# b'\x00\xff\x80'.ljust(20) b'\x00\xff\x80                 '
# b'\x00\xff\x80'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rjust(-1) b'\x00\xff\x80'
# b'\x00\xff\x80'.rjust(0) b'\x00\xff\x80'
# b'\x00\xff\x80'.rjust(1) b'\x00\xff\x80'
# b'\x00\xff\x80'.rjust(3) b'\x00\xff\x80'
# b'\x00\xff\x80'.rjust(20) b'                 \x00\xff\x80'
# b'\x00\xff\x80'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.zfill(-1) b'\x00\xff\x80'
# b'\x00\xff\x80'.zfill(0) b'\x00\xff\x80'
# b'\x00\xff\x80'.zfill(1) b'\x00\xff\x80'
# b'\x00\xff\x80'.zfill(3) b'\x00\xff\x80'
# b'\x00\xff\x80'.zfill(20) b'00000000000000000\x00\xff\x80'
# b'\x00\xff\x80'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.expandtabs(-1) b'\x00\xff\x80'
# b'\x00\xff\x80'.expandtabs(0) b'\x00\xff\x80'
# b'\x00\xff\x80'.expandtabs(1) b'\x00\xff\x80'
# b'\x00\xff\x80'.expandtabs(3) b'\x00\xff\x80'
# b'\x00\xff\x80'.expandtabs(20) b'\x00\xff\x80'
# b'\x00\xff\x80'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'\x00\xff\x80'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.center(15, b'*') b'******\x00\xff\x80******'
# b'\x00\xff\x80'.center(15, bytearray(b'-')) b'------\x00\xff\x80------'
# b'\x00\xff\x80'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'\x00\xff\x80'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'\x00\xff\x80'.ljust(15, b'*') b'\x00\xff\x80************'
# b'\x00\xff\x80'.ljust(15, bytearray(b'-')) b'\x00\xff\x80------------'
# b'\x00\xff\x80'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'\x00\xff\x80'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'\x00\xff\x80'.rjust(15, b'*') b'************\x00\xff\x80'
# b'\x00\xff\x80'.rjust(15, bytearray(b'-')) b'------------\x00\xff\x80'
# b'\x00\xff\x80'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'\x00\xff\x80'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'\x00\xff\x80'.split(None) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(b'a') [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(b',') [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(b'') ValueError empty separator
# b'\x00\xff\x80'.split('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.split(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.split(bytearray(b' ')) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(None) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(b'a') [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(b',') [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(b'') ValueError empty separator
# b'\x00\xff\x80'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rsplit(bytearray(b' ')) [b'\x00\xff\x80']
# b'\x00\xff\x80'.strip(None) b'\x00\xff\x80'
# b'\x00\xff\x80'.strip(b'a') b'\x00\xff\x80'
# b'\x00\xff\x80'.strip(b',') b'\x00\xff\x80'
# b'\x00\xff\x80'.strip(b'') b'\x00\xff\x80'
# b'\x00\xff\x80'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.strip(bytearray(b' ')) b'\x00\xff\x80'
# b'\x00\xff\x80'.lstrip(None) b'\x00\xff\x80'
# b'\x00\xff\x80'.lstrip(b'a') b'\x00\xff\x80'
# b'\x00\xff\x80'.lstrip(b',') b'\x00\xff\x80'
# b'\x00\xff\x80'.lstrip(b'') b'\x00\xff\x80'
# b'\x00\xff\x80'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.lstrip(bytearray(b' ')) b'\x00\xff\x80'
# b'\x00\xff\x80'.rstrip(None) b'\x00\xff\x80'
# b'\x00\xff\x80'.rstrip(b'a') b'\x00\xff\x80'
# b'\x00\xff\x80'.rstrip(b',') b'\x00\xff\x80'
# b'\x00\xff\x80'.rstrip(b'') b'\x00\xff\x80'
# b'\x00\xff\x80'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rstrip(bytearray(b' ')) b'\x00\xff\x80'
# b'\x00\xff\x80'.split(b',', -1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(None, -1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(b',', 0) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(None, 0) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(b',', 1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(None, 1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(b',', 2) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(None, 2) [b'\x00\xff\x80']
# b'\x00\xff\x80'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rsplit(b',', -1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(None, -1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(b',', 0) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(None, 0) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(b',', 1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(None, 1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(b',', 2) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(None, 2) [b'\x00\xff\x80']
# b'\x00\xff\x80'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.replace(b'a', b'XY', -1) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'a', b'XY', 0) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'a', b'XY', 1) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'a', b'XY', 2) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'', b'-', -1) b'-\x00-\xff-\x80-'
# b'\x00\xff\x80'.replace(b'', b'-', 0) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'', b'-', 1) b'-\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'', b'-', 2) b'-\x00-\xff\x80'
# b'\x00\xff\x80'.replace(b',', b'', -1) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b',', b'', 0) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b',', b'', 1) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b',', b'', 2) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), -1) b'\x00!\x80'
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), 0) b'\x00\xff\x80'
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), 1) b'\x00!\x80'
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), 2) b'\x00!\x80'
# b'\x00\xff\x80'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.splitlines(False) [b'\x00\xff\x80']
# b'\x00\xff\x80'.splitlines(True) [b'\x00\xff\x80']
# b'\x00\xff\x80'.splitlines(0) [b'\x00\xff\x80']
# b'\x00\xff\x80'.splitlines(1) [b'\x00\xff\x80']
# b'\x00\xff\x80'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.decode('utf-8', 'strict') UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# b'\x00\xff\x80'.decode('ascii', 'ignore') '\x00'
# b'\x00\xff\x80'.decode('latin-1', 'strict') '\x00ÿ\x80'
# b'\x00\xff\x80'.decode('utf-8', 'replace') '\x00��'
# b'\x00\xff\x80'.decode('ascii', 'backslashreplace') '\x00\\xff\\x80'
# b'\x00\xff\x80'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'\x00\xff\x80'.decode('utf-8', 'nope') LookupError unknown error handler name 'nope'
# b'\x00\xff\x80'.hex(':', 1) '00:ff:80'
# b'\x00\xff\x80'.hex(b'-', 2) '00-ff80'
# b'\x00\xff\x80'.hex('-', -2) '00ff-80'
# b'\x00\xff\x80'.hex('', 1) ValueError sep must be length 1.
# b'\x00\xff\x80'.hex('ab', 1) ValueError sep must be length 1.
# b'\x00\xff\x80'.hex(1, 1) TypeError object of type 'int' has no len()
# b'\x00\xff\x80'.translate(.., b'') b'\xff\x00\x7f'
# b'\x00\xff\x80'.translate(.., b'a, ') b'\x00\xff\x80'
# b'\x00\xff\x80'.translate(.., b'\xff') b'\xff\x7f'
# b'\x00\xff\x80'.translate(.., b'') ValueError translation table must be 256 characters long
# b'\x00\xff\x80'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80' + b'a' b'\x00\xff\x80a'
# b'\x00\xff\x80' == b'a' False
# b'\x00\xff\x80' < b'a' True
# b'a' in b'\x00\xff\x80' False
# b'\x00\xff\x80' + bytearray(b'Hello') b'\x00\xff\x80Hello'
# b'\x00\xff\x80' == bytearray(b'Hello') False
# b'\x00\xff\x80' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'\x00\xff\x80' False
# b'\x00\xff\x80' + mv(b'') b'\x00\xff\x80'
# b'\x00\xff\x80' == mv(b'') False
# b'\x00\xff\x80' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'\x00\xff\x80' True
# b'\x00\xff\x80' + 'a' TypeError can't concat str to bytes
# b'\x00\xff\x80' == 'a' False
# b'\x00\xff\x80' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'\x00\xff\x80' TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80' + 3 TypeError can't concat int to bytes
# b'\x00\xff\x80' == 3 False
# b'\x00\xff\x80' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'\x00\xff\x80' False
# b'\x00\xff\x80' + [1] TypeError can't concat list to bytes
# b'\x00\xff\x80' == [1] False
# b'\x00\xff\x80' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'\x00\xff\x80' TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80' * 0 b''
# b'\x00\xff\x80' * 1 b'\x00\xff\x80'
# b'\x00\xff\x80' * 3 b'\x00\xff\x80\x00\xff\x80\x00\xff\x80'
# b'\x00\xff\x80' * -1 b''
# b'\x00\xff\x80' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'\x00\xff\x80' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'\x00\xff\x80'[0] 0
# b'\x00\xff\x80'[-1] 128
# b'\x00\xff\x80'[5] IndexError index out of range
# b'\x00\xff\x80'[-20] IndexError index out of range
# b'\x00\xff\x80'[slice(1, 3, None)] b'\xff\x80'
# b'\x00\xff\x80'[slice(None, None, -2)] b'\x80\x00'
# b'\x00\xff\x80'[slice(5, 1, None)] b''
# b'\x00\xff\x80'['k'] TypeError byte indices must be integers or slices, not str
# b'\x00\xff\x80'[1.0] TypeError byte indices must be integers or slices, not float
# b'\x00\xff\x80' % () b'\x00\xff\x80'
# b'\x00\xff\x80' % (1,) TypeError not all arguments converted during bytes formatting
# b'\x00\xff\x80' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'\x00\xff\x80' % 's' TypeError not all arguments converted during bytes formatting
# b'a,b,,c'.upper() b'A,B,,C'
# b'a,b,,c'.lower() b'a,b,,c'
# b'a,b,,c'.swapcase() b'A,B,,C'
# b'a,b,,c'.title() b'A,B,,C'
# b'a,b,,c'.capitalize() b'A,b,,c'
# b'a,b,,c'.isdigit() False
# b'a,b,,c'.isalpha() False
# b'a,b,,c'.isalnum() False
# b'a,b,,c'.isspace() False
# b'a,b,,c'.isascii() True
# b'a,b,,c'.islower() True
# b'a,b,,c'.isupper() False
# b'a,b,,c'.istitle() False
# b'a,b,,c'.hex() '612c622c2c63'
# b'a,b,,c'.decode() 'a,b,,c'
# b'a,b,,c'.splitlines() [b'a,b,,c']
# b'a,b,,c'.expandtabs() b'a,b,,c'
# b'a,b,,c'.strip() b'a,b,,c'
# b'a,b,,c'.lstrip() b'a,b,,c'
# b'a,b,,c'.rstrip() b'a,b,,c'
# b'a,b,,c'.split() [b'a,b,,c']
# b'a,b,,c'.rsplit() [b'a,b,,c']
# b'a,b,,c'.__len__() 6
# b'a,b,,c'.__iter__() [97, 44, 98, 44, 44, 99]
# b'a,b,,c'.partition(b'') ValueError empty separator
# b'a,b,,c'.partition(b'a') (b'', b'a', b',b,,c')
# b'a,b,,c'.partition(b',') (b'a', b',', b'b,,c')
# b'a,b,,c'.partition(b'ab') (b'a,b,,c', b'', b'')
# b'a,b,,c'.partition(b'\xff') (b'a,b,,c', b'', b'')
# b'a,b,,c'.partition(b'  ') (b'a,b,,c', b'', b'')
# b'a,b,,c'.partition(bytearray(b'b')) (b'a,', bytearray(b'b'), b',,c')
# b'a,b,,c'.partition(mv(b'c')) (b'a,b,,', ('mv', b'c'), b'')
# b'a,b,,c'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.rpartition(b'') ValueError empty separator
# b'a,b,,c'.rpartition(b'a') (b'', b'a', b',b,,c')
# b'a,b,,c'.rpartition(b',') (b'a,b,', b',', b'c')
# b'a,b,,c'.rpartition(b'ab') (b'', b'', b'a,b,,c')
# b'a,b,,c'.rpartition(b'\xff') (b'', b'', b'a,b,,c')
# b'a,b,,c'.rpartition(b'  ') (b'', b'', b'a,b,,c')
# b'a,b,,c'.rpartition(bytearray(b'b')) (b'a,', bytearray(b'b'), b',,c')
# b'a,b,,c'.rpartition(mv(b'c')) (b'a,b,,', ('mv', b'c'), b'')
# b'a,b,,c'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.removeprefix(b'') b'a,b,,c'
# b'a,b,,c'.removeprefix(b'a') b',b,,c'
# b'a,b,,c'.removeprefix(b',') b'a,b,,c'
# b'a,b,,c'.removeprefix(b'ab') b'a,b,,c'
# b'a,b,,c'.removeprefix(b'\xff') b'a,b,,c'
# b'a,b,,c'.removeprefix(b'  ') b'a,b,,c'
# b'a,b,,c'.removeprefix(bytearray(b'b')) b'a,b,,c'
# b'a,b,,c'.removeprefix(mv(b'c')) b'a,b,,c'
# b'a,b,,c'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.removesuffix(b'') b'a,b,,c'
# b'a,b,,c'.removesuffix(b'a') b'a,b,,c'
# b'a,b,,c'.removesuffix(b',') b'a,b,,c'
# b'a,b,,c'.removesuffix(b'ab') b'a,b,,c'
# b'a,b,,c'.removesuffix(b'\xff') b'a,b,,c'
# b'a,b,,c'.removesuffix(b'  ') b'a,b,,c'
# b'a,b,,c'.removesuffix(bytearray(b'b')) b'a,b,,c'
# b'a,b,,c'.removesuffix(mv(b'c')) b'a,b,,'
# b'a,b,,c'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.join(b'') b''
# b'a,b,,c'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(97) TypeError can only join an iterable
# b'a,b,,c'.join(0) TypeError can only join an iterable
# b'a,b,,c'.join(255) TypeError can only join an iterable
# b'a,b,,c'.join(256) TypeError can only join an iterable
# b'a,b,,c'.join(-1) TypeError can only join an iterable
# b'a,b,,c'.join(1180591620717411303424) TypeError can only join an iterable
# b'a,b,,c'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'a,b,,c'.join(None) TypeError can only join an iterable
# b'a,b,,c'.join(1.5) TypeError can only join an iterable
# b'a,b,,c'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join((b'a', b'H')) b'aa,b,,cH'
# b'a,b,,c'.count(b'') 7
# b'a,b,,c'.count(b'a') 1
# b'a,b,,c'.count(b',') 3
# b'a,b,,c'.count(b'ab') 0
# b'a,b,,c'.count(b'\xff') 0
# b'a,b,,c'.count(b'  ') 0
# b'a,b,,c'.count(bytearray(b'b')) 1
# b'a,b,,c'.count(mv(b'c')) 1
# b'a,b,,c'.count(97) 1
# b'a,b,,c'.count(0) 0
# b'a,b,,c'.count(255) 0
# b'a,b,,c'.count(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.count(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.find(b'') 0
# b'a,b,,c'.find(b'a') 0
# b'a,b,,c'.find(b',') 1
# b'a,b,,c'.find(b'ab') -1
# b'a,b,,c'.find(b'\xff') -1
# b'a,b,,c'.find(b'  ') -1
# b'a,b,,c'.find(bytearray(b'b')) 2
# b'a,b,,c'.find(mv(b'c')) 5
# b'a,b,,c'.find(97) 0
# b'a,b,,c'.find(0) -1
# b'a,b,,c'.find(255) -1
# b'a,b,,c'.find(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.find(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.rfind(b'') 6
# b'a,b,,c'.rfind(b'a') 0
# b'a,b,,c'.rfind(b',') 4
# b'a,b,,c'.rfind(b'ab') -1
# b'a,b,,c'.rfind(b'\xff') -1
# b'a,b,,c'.rfind(b'  ') -1
# b'a,b,,c'.rfind(bytearray(b'b')) 2
# b'a,b,,c'.rfind(mv(b'c')) 5
# b'a,b,,c'.rfind(97) 0
# b'a,b,,c'.rfind(0) -1
# b'a,b,,c'.rfind(255) -1
# b'a,b,,c'.rfind(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rfind(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.index(b'') 0
# b'a,b,,c'.index(b'a') 0
# b'a,b,,c'.index(b',') 1
# b'a,b,,c'.index(b'ab') ValueError subsection not found
# b'a,b,,c'.index(b'\xff') ValueError subsection not found
# b'a,b,,c'.index(b'  ') ValueError subsection not found
# b'a,b,,c'.index(bytearray(b'b')) 2
# b'a,b,,c'.index(mv(b'c')) 5
# b'a,b,,c'.index(97) 0
# b'a,b,,c'.index(0) ValueError subsection not found
# b'a,b,,c'.index(255) ValueError subsection not found
# b'a,b,,c'.index(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.index(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.rindex(b'') 6
# b'a,b,,c'.rindex(b'a') 0
# b'a,b,,c'.rindex(b',') 4
# b'a,b,,c'.rindex(b'ab') ValueError subsection not found
# b'a,b,,c'.rindex(b'\xff') ValueError subsection not found
# b'a,b,,c'.rindex(b'  ') ValueError subsection not found
# b'a,b,,c'.rindex(bytearray(b'b')) 2
# b'a,b,,c'.rindex(mv(b'c')) 5
# b'a,b,,c'.rindex(97) 0
# b'a,b,,c'.rindex(0) ValueError subsection not found
# b'a,b,,c'.rindex(255) ValueError subsection not found
# b'a,b,,c'.rindex(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rindex(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.startswith(b'') True
# b'a,b,,c'.startswith(b'a') True
# b'a,b,,c'.startswith(b',') False
# b'a,b,,c'.startswith(b'ab') False
# b'a,b,,c'.startswith(b'\xff') False
# b'a,b,,c'.startswith(b'  ') False
# b'a,b,,c'.startswith(bytearray(b'b')) False
# b'a,b,,c'.startswith(mv(b'c')) False
# b'a,b,,c'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'a,b,,c'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a,b,,c'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'a,b,,c'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'a,b,,c'.startswith((b'a', b'H')) True
# b'a,b,,c'.endswith(b'') True
# b'a,b,,c'.endswith(b'a') False
# b'a,b,,c'.endswith(b',') False
# b'a,b,,c'.endswith(b'ab') False
# b'a,b,,c'.endswith(b'\xff') False
# b'a,b,,c'.endswith(b'  ') False
# b'a,b,,c'.endswith(bytearray(b'b')) False
# b'a,b,,c'.endswith(mv(b'c')) True
# b'a,b,,c'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'a,b,,c'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a,b,,c'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'a,b,,c'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'a,b,,c'.endswith((b'a', b'H')) False
# b'a,b,,c'.count(b'a', -1, None) 0
# b'a,b,,c'.count(b'a', -1, 2) 0
# b'a,b,,c'.count(b'a', -1, -1) 0
# b'a,b,,c'.count(b'a', 0, None) 1
# b'a,b,,c'.count(b'a', 0, 2) 1
# b'a,b,,c'.count(b'a', 0, -1) 1
# b'a,b,,c'.count(b'a', 1, None) 0
# b'a,b,,c'.count(b'a', 1, 2) 0
# b'a,b,,c'.count(b'a', 1, -1) 0
# b'a,b,,c'.count(b'a', 3, None) 0
# b'a,b,,c'.count(b'a', 3, 2) 0
# b'a,b,,c'.count(b'a', 3, -1) 0
# b'a,b,,c'.count(b'a', 20, None) 0
# b'a,b,,c'.count(b'a', 20, 2) 0
# b'a,b,,c'.count(b'a', 20, -1) 0
# b'a,b,,c'.find(b'a', -1, None) -1
# b'a,b,,c'.find(b'a', -1, 2) -1
# b'a,b,,c'.find(b'a', -1, -1) -1
# b'a,b,,c'.find(b'a', 0, None) 0
# b'a,b,,c'.find(b'a', 0, 2) 0
# b'a,b,,c'.find(b'a', 0, -1) 0
# b'a,b,,c'.find(b'a', 1, None) -1
# b'a,b,,c'.find(b'a', 1, 2) -1
# b'a,b,,c'.find(b'a', 1, -1) -1
# b'a,b,,c'.find(b'a', 3, None) -1
# b'a,b,,c'.find(b'a', 3, 2) -1
# b'a,b,,c'.find(b'a', 3, -1) -1
# b'a,b,,c'.find(b'a', 20, None) -1
# b'a,b,,c'.find(b'a', 20, 2) -1
# b'a,b,,c'.find(b'a', 20, -1) -1
# b'a,b,,c'.rfind(b'a', -1, None) -1
# b'a,b,,c'.rfind(b'a', -1, 2) -1
# b'a,b,,c'.rfind(b'a', -1, -1) -1
# b'a,b,,c'.rfind(b'a', 0, None) 0
# b'a,b,,c'.rfind(b'a', 0, 2) 0
# b'a,b,,c'.rfind(b'a', 0, -1) 0
# b'a,b,,c'.rfind(b'a', 1, None) -1
# b'a,b,,c'.rfind(b'a', 1, 2) -1
# b'a,b,,c'.rfind(b'a', 1, -1) -1
# b'a,b,,c'.rfind(b'a', 3, None) -1
# b'a,b,,c'.rfind(b'a', 3, 2) -1
# b'a,b,,c'.rfind(b'a', 3, -1) -1
# b'a,b,,c'.rfind(b'a', 20, None) -1
# b'a,b,,c'.rfind(b'a', 20, 2) -1
# b'a,b,,c'.rfind(b'a', 20, -1) -1
# b'a,b,,c'.index(b'a', -1, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', -1, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', -1, -1) ValueError subsection not found
# b'a,b,,c'.index(b'a', 0, None) 0
# b'a,b,,c'.index(b'a', 0, 2) 0
# b'a,b,,c'.index(b'a', 0, -1) 0
# b'a,b,,c'.index(b'a', 1, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', 1, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', 1, -1) ValueError subsection not found
# b'a,b,,c'.index(b'a', 3, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', 3, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', 3, -1) ValueError subsection not found
# b'a,b,,c'.index(b'a', 20, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', 20, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', 20, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', -1, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', -1, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', -1, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 0, None) 0
# b'a,b,,c'.rindex(b'a', 0, 2) 0
# b'a,b,,c'.rindex(b'a', 0, -1) 0
# b'a,b,,c'.rindex(b'a', 1, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 1, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 1, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 3, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 3, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 3, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 20, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 20, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 20, -1) ValueError subsection not found
# b'a,b,,c'.startswith(b'a', -1, None) False
# b'a,b,,c'.startswith(b'a', -1, 2) False
# b'a,b,,c'.startswith(b'a', -1, -1) False
# b'a,b,,c'.startswith(b'a', 0, None) True
# b'a,b,,c'.startswith(b'a', 0, 2) True
# b'a,b,,c'.startswith(b'a', 0, -1) True
# b'a,b,,c'.startswith(b'a', 1, None) False
# b'a,b,,c'.startswith(b'a', 1, 2) False
# b'a,b,,c'.startswith(b'a', 1, -1) False
# b'a,b,,c'.startswith(b'a', 3, None) False
# b'a,b,,c'.startswith(b'a', 3, 2) False
# b'a,b,,c'.startswith(b'a', 3, -1) False
# b'a,b,,c'.startswith(b'a', 20, None) False
# b'a,b,,c'.startswith(b'a', 20, 2) False
# b'a,b,,c'.startswith(b'a', 20, -1) False
# b'a,b,,c'.endswith(b'a', -1, None) False
# b'a,b,,c'.endswith(b'a', -1, 2) False
# b'a,b,,c'.endswith(b'a', -1, -1) False
# b'a,b,,c'.endswith(b'a', 0, None) False
# b'a,b,,c'.endswith(b'a', 0, 2) False
# b'a,b,,c'.endswith(b'a', 0, -1) False
# b'a,b,,c'.endswith(b'a', 1, None) False
# b'a,b,,c'.endswith(b'a', 1, 2) False
# b'a,b,,c'.endswith(b'a', 1, -1) False
# b'a,b,,c'.endswith(b'a', 3, None) False
# b'a,b,,c'.endswith(b'a', 3, 2) False
# b'a,b,,c'.endswith(b'a', 3, -1) False
# b'a,b,,c'.endswith(b'a', 20, None) False
# b'a,b,,c'.endswith(b'a', 20, 2) False
# b'a,b,,c'.endswith(b'a', 20, -1) False
# b'a,b,,c'.center(-1) b'a,b,,c'
# b'a,b,,c'.center(0) b'a,b,,c'
# b'a,b,,c'.center(1) b'a,b,,c'
# b'a,b,,c'.center(3) b'a,b,,c'
# b'a,b,,c'.center(20) b'       a,b,,c       '
# b'a,b,,c'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.ljust(-1) b'a,b,,c'
# b'a,b,,c'.ljust(0) b'a,b,,c'
# b'a,b,,c'.ljust(1) b'a,b,,c'
# b'a,b,,c'.ljust(3) b'a,b,,c'
# b'a,b,,c'.ljust(20) b'a,b,,c              '
# b'a,b,,c'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.rjust(-1) b'a,b,,c'
# b'a,b,,c'.rjust(0) b'a,b,,c'
# b'a,b,,c'.rjust(1) b'a,b,,c'
# b'a,b,,c'.rjust(3) b'a,b,,c'
# b'a,b,,c'.rjust(20) b'              a,b,,c'
# b'a,b,,c'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.zfill(-1) b'a,b,,c'
# b'a,b,,c'.zfill(0) b'a,b,,c'
# b'a,b,,c'.zfill(1) b'a,b,,c'
# b'a,b,,c'.zfill(3) b'a,b,,c'
# b'a,b,,c'.zfill(20) b'00000000000000a,b,,c'
# b'a,b,,c'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.expandtabs(-1) b'a,b,,c'
# b'a,b,,c'.expandtabs(0) b'a,b,,c'
# b'a,b,,c'.expandtabs(1) b'a,b,,c'
# b'a,b,,c'.expandtabs(3) b'a,b,,c'
# b'a,b,,c'.expandtabs(20) b'a,b,,c'
# b'a,b,,c'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'a,b,,c'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.center(15, b'*') b'*****a,b,,c****'
# b'a,b,,c'.center(15, bytearray(b'-')) b'-----a,b,,c----'
# b'a,b,,c'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'a,b,,c'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'a,b,,c'.ljust(15, b'*') b'a,b,,c*********'
# b'a,b,,c'.ljust(15, bytearray(b'-')) b'a,b,,c---------'
# b'a,b,,c'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'a,b,,c'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'a,b,,c'.rjust(15, b'*') b'*********a,b,,c'
# b'a,b,,c'.rjust(15, bytearray(b'-')) b'---------a,b,,c'
# b'a,b,,c'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'a,b,,c'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'a,b,,c'.split(None) [b'a,b,,c']
# b'a,b,,c'.split(b'a') [b'', b',b,,c']
# b'a,b,,c'.split(b',') [b'a', b'b', b'', b'c']
# b'a,b,,c'.split(b'') ValueError empty separator
# b'a,b,,c'.split('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.split(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.split(bytearray(b' ')) [b'a,b,,c']
# b'a,b,,c'.rsplit(None) [b'a,b,,c']
# b'a,b,,c'.rsplit(b'a') [b'', b',b,,c']
# b'a,b,,c'.rsplit(b',') [b'a', b'b', b'', b'c']
# b'a,b,,c'.rsplit(b'') ValueError empty separator
# b'a,b,,c'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rsplit(bytearray(b' ')) [b'a,b,,c']
# b'a,b,,c'.strip(None) b'a,b,,c'
# b'a,b,,c'.strip(b'a') b',b,,c'
# b'a,b,,c'.strip(b',') b'a,b,,c'
# b'a,b,,c'.strip(b'') b'a,b,,c'
# b'a,b,,c'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.strip(bytearray(b' ')) b'a,b,,c'
# b'a,b,,c'.lstrip(None) b'a,b,,c'
# b'a,b,,c'.lstrip(b'a') b',b,,c'
# b'a,b,,c'.lstrip(b',') b'a,b,,c'
# b'a,b,,c'.lstrip(b'') b'a,b,,c'
# b'a,b,,c'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.lstrip(bytearray(b' ')) b'a,b,,c'
# b'a,b,,c'.rstrip(None) b'a,b,,c'
# b'a,b,,c'.rstrip(b'a') b'a,b,,c'
# b'a,b,,c'.rstrip(b',') b'a,b,,c'
# b'a,b,,c'.rstrip(b'') b'a,b,,c'
# b'a,b,,c'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rstrip(bytearray(b' ')) b'a,b,,c'
# b'a,b,,c'.split(b',', -1) [b'a', b'b', b'', b'c']
# b'a,b,,c'.split(None, -1) [b'a,b,,c']
# b'a,b,,c'.split(b',', 0) [b'a,b,,c']
# b'a,b,,c'.split(None, 0) [b'a,b,,c']
# b'a,b,,c'.split(b',', 1) [b'a', b'b,,c']
# b'a,b,,c'.split(None, 1) [b'a,b,,c']
# b'a,b,,c'.split(b',', 2) [b'a', b'b', b',c']
# b'a,b,,c'.split(None, 2) [b'a,b,,c']
# b'a,b,,c'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.rsplit(b',', -1) [b'a', b'b', b'', b'c']
# b'a,b,,c'.rsplit(None, -1) [b'a,b,,c']
# b'a,b,,c'.rsplit(b',', 0) [b'a,b,,c']
# b'a,b,,c'.rsplit(None, 0) [b'a,b,,c']
# b'a,b,,c'.rsplit(b',', 1) [b'a,b,', b'c']
# b'a,b,,c'.rsplit(None, 1) [b'a,b,,c']
# b'a,b,,c'.rsplit(b',', 2) [b'a,b', b'', b'c']
# b'a,b,,c'.rsplit(None, 2) [b'a,b,,c']
# b'a,b,,c'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.replace(b'a', b'XY', -1) b'XY,b,,c'
# b'a,b,,c'.replace(b'a', b'XY', 0) b'a,b,,c'
# b'a,b,,c'.replace(b'a', b'XY', 1) b'XY,b,,c'
# b'a,b,,c'.replace(b'a', b'XY', 2) b'XY,b,,c'
# b'a,b,,c'.replace(b'', b'-', -1) b'-a-,-b-,-,-c-'
# b'a,b,,c'.replace(b'', b'-', 0) b'a,b,,c'
# b'a,b,,c'.replace(b'', b'-', 1) b'-a,b,,c'
# b'a,b,,c'.replace(b'', b'-', 2) b'-a-,b,,c'
# b'a,b,,c'.replace(b',', b'', -1) b'abc'
# b'a,b,,c'.replace(b',', b'', 0) b'a,b,,c'
# b'a,b,,c'.replace(b',', b'', 1) b'ab,,c'
# b'a,b,,c'.replace(b',', b'', 2) b'ab,c'
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), -1) b'a,b,,c'
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), 0) b'a,b,,c'
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), 1) b'a,b,,c'
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), 2) b'a,b,,c'
# b'a,b,,c'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.splitlines(False) [b'a,b,,c']
# b'a,b,,c'.splitlines(True) [b'a,b,,c']
# b'a,b,,c'.splitlines(0) [b'a,b,,c']
# b'a,b,,c'.splitlines(1) [b'a,b,,c']
# b'a,b,,c'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.decode('utf-8', 'strict') 'a,b,,c'
# b'a,b,,c'.decode('ascii', 'ignore') 'a,b,,c'
# b'a,b,,c'.decode('latin-1', 'strict') 'a,b,,c'
# b'a,b,,c'.decode('utf-8', 'replace') 'a,b,,c'
# b'a,b,,c'.decode('ascii', 'backslashreplace') 'a,b,,c'
# b'a,b,,c'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'a,b,,c'.decode('utf-8', 'nope') 'a,b,,c'
# b'a,b,,c'.hex(':', 1) '61:2c:62:2c:2c:63'
# b'a,b,,c'.hex(b'-', 2) '612c-622c-2c63'
# b'a,b,,c'.hex('-', -2) '612c-622c-2c63'
# b'a,b,,c'.hex('', 1) ValueError sep must be length 1.
# b'a,b,,c'.hex('ab', 1) ValueError sep must be length 1.
# b'a,b,,c'.hex(1, 1) TypeError object of type 'int' has no len()
# b'a,b,,c'.translate(.., b'') b'\x9e\xd3\x9d\xd3\xd3\x9c'
# b'a,b,,c'.translate(.., b'a, ') b'bc'
# b'a,b,,c'.translate(.., b'\xff') b'\x9e\xd3\x9d\xd3\xd3\x9c'
# b'a,b,,c'.translate(.., b'') ValueError translation table must be 256 characters long
# b'a,b,,c'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c' + b'a' b'a,b,,ca'
# b'a,b,,c' == b'a' False
# b'a,b,,c' < b'a' False
# b'a' in b'a,b,,c' True
# b'a,b,,c' + bytearray(b'Hello') b'a,b,,cHello'
# b'a,b,,c' == bytearray(b'Hello') False
# b'a,b,,c' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'a,b,,c' False
# b'a,b,,c' + mv(b'') b'a,b,,c'
# b'a,b,,c' == mv(b'') False
# b'a,b,,c' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'a,b,,c' True
# b'a,b,,c' + 'a' TypeError can't concat str to bytes
# b'a,b,,c' == 'a' False
# b'a,b,,c' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'a,b,,c' TypeError a bytes-like object is required, not 'str'
# b'a,b,,c' + 3 TypeError can't concat int to bytes
# b'a,b,,c' == 3 False
# b'a,b,,c' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'a,b,,c' False
# b'a,b,,c' + [1] TypeError can't concat list to bytes
# b'a,b,,c' == [1] False
# b'a,b,,c' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'a,b,,c' TypeError a bytes-like object is required, not 'list'
# b'a,b,,c' * 0 b''
# b'a,b,,c' * 1 b'a,b,,c'
# b'a,b,,c' * 3 b'a,b,,ca,b,,ca,b,,c'
# b'a,b,,c' * -1 b''
# b'a,b,,c' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'a,b,,c' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'a,b,,c'[0] 97
# b'a,b,,c'[-1] 99
# b'a,b,,c'[5] 99
# b'a,b,,c'[-20] IndexError index out of range
# b'a,b,,c'[slice(1, 3, None)] b',b'
# b'a,b,,c'[slice(None, None, -2)] b'c,,'
# b'a,b,,c'[slice(5, 1, None)] b''
# b'a,b,,c'['k'] TypeError byte indices must be integers or slices, not str
# b'a,b,,c'[1.0] TypeError byte indices must be integers or slices, not float
# b'a,b,,c' % () b'a,b,,c'
# b'a,b,,c' % (1,) TypeError not all arguments converted during bytes formatting
# b'a,b,,c' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'a,b,,c' % 's' TypeError not all arguments converted during bytes formatting
# b'-12'.upper() b'-12'
# b'-12'.lower() b'-12'
# b'-12'.swapcase() b'-12'
# b'-12'.title() b'-12'
# b'-12'.capitalize() b'-12'
# b'-12'.isdigit() False
# b'-12'.isalpha() False
# b'-12'.isalnum() False
# b'-12'.isspace() False
# b'-12'.isascii() True
# b'-12'.islower() False
# b'-12'.isupper() False
# b'-12'.istitle() False
# b'-12'.hex() '2d3132'
# b'-12'.decode() '-12'
# b'-12'.splitlines() [b'-12']
# b'-12'.expandtabs() b'-12'
# b'-12'.strip() b'-12'
# b'-12'.lstrip() b'-12'
# b'-12'.rstrip() b'-12'
# b'-12'.split() [b'-12']
# b'-12'.rsplit() [b'-12']
# b'-12'.__len__() 3
# b'-12'.__iter__() [45, 49, 50]
# b'-12'.partition(b'') ValueError empty separator
# b'-12'.partition(b'a') (b'-12', b'', b'')
# b'-12'.partition(b',') (b'-12', b'', b'')
# b'-12'.partition(b'ab') (b'-12', b'', b'')
# b'-12'.partition(b'\xff') (b'-12', b'', b'')
# b'-12'.partition(b'  ') (b'-12', b'', b'')
# b'-12'.partition(bytearray(b'b')) (b'-12', b'', b'')
# b'-12'.partition(mv(b'c')) (b'-12', b'', b'')
# b'-12'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.rpartition(b'') ValueError empty separator
# b'-12'.rpartition(b'a') (b'', b'', b'-12')
# b'-12'.rpartition(b',') (b'', b'', b'-12')
# b'-12'.rpartition(b'ab') (b'', b'', b'-12')
# b'-12'.rpartition(b'\xff') (b'', b'', b'-12')
# b'-12'.rpartition(b'  ') (b'', b'', b'-12')
# b'-12'.rpartition(bytearray(b'b')) (b'', b'', b'-12')
# b'-12'.rpartition(mv(b'c')) (b'', b'', b'-12')
# b'-12'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.removeprefix(b'') b'-12'
# b'-12'.removeprefix(b'a') b'-12'
# b'-12'.removeprefix(b',') b'-12'
# b'-12'.removeprefix(b'ab') b'-12'
# b'-12'.removeprefix(b'\xff') b'-12'
# b'-12'.removeprefix(b'  ') b'-12'
# b'-12'.removeprefix(bytearray(b'b')) b'-12'
# b'-12'.removeprefix(mv(b'c')) b'-12'
# b'-12'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.removesuffix(b'') b'-12'
# b'-12'.removesuffix(b'a') b'-12'
# b'-12'.removesuffix(b',') b'-12'
# b'-12'.removesuffix(b'ab') b'-12'
# b'-12'.removesuffix(b'\xff') b'-12'
# b'-12'.removesuffix(b'  ') b'-12'
# b'-12'.removesuffix(bytearray(b'b')) b'-12'
# b'-12'.removesuffix(mv(b'c')) b'-12'
# b'-12'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.join(b'') b''
# b'-12'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(97) TypeError can only join an iterable
# b'-12'.join(0) TypeError can only join an iterable
# b'-12'.join(255) TypeError can only join an iterable
# b'-12'.join(256) TypeError can only join an iterable
# b'-12'.join(-1) TypeError can only join an iterable
# b'-12'.join(1180591620717411303424) TypeError can only join an iterable
# b'-12'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'-12'.join(None) TypeError can only join an iterable
# b'-12'.join(1.5) TypeError can only join an iterable
# b'-12'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join((b'a', b'H')) b'a-12H'
# b'-12'.count(b'') 4
# b'-12'.count(b'a') 0
# b'-12'.count(b',') 0
# b'-12'.count(b'ab') 0
# b'-12'.count(b'\xff') 0
# b'-12'.count(b'  ') 0
# b'-12'.count(bytearray(b'b')) 0
# b'-12'.count(mv(b'c')) 0
# b'-12'.count(97) 0
# b'-12'.count(0) 0
# b'-12'.count(255) 0
# b'-12'.count(256) ValueError byte must be in range(0, 256)
# b'-12'.count(-1) ValueError byte must be in range(0, 256)
# b'-12'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.find(b'') 0
# b'-12'.find(b'a') -1
# b'-12'.find(b',') -1
# b'-12'.find(b'ab') -1
# b'-12'.find(b'\xff') -1
# b'-12'.find(b'  ') -1
# b'-12'.find(bytearray(b'b')) -1
# b'-12'.find(mv(b'c')) -1
# b'-12'.find(97) -1
# b'-12'.find(0) -1
# b'-12'.find(255) -1
# b'-12'.find(256) ValueError byte must be in range(0, 256)
# b'-12'.find(-1) ValueError byte must be in range(0, 256)
# b'-12'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.rfind(b'') 3
# b'-12'.rfind(b'a') -1
# b'-12'.rfind(b',') -1
# b'-12'.rfind(b'ab') -1
# b'-12'.rfind(b'\xff') -1
# b'-12'.rfind(b'  ') -1
# b'-12'.rfind(bytearray(b'b')) -1
# b'-12'.rfind(mv(b'c')) -1
# b'-12'.rfind(97) -1
# b'-12'.rfind(0) -1
# b'-12'.rfind(255) -1
# b'-12'.rfind(256) ValueError byte must be in range(0, 256)
# b'-12'.rfind(-1) ValueError byte must be in range(0, 256)
# b'-12'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.index(b'') 0
# b'-12'.index(b'a') ValueError subsection not found
# b'-12'.index(b',') ValueError subsection not found
# b'-12'.index(b'ab') ValueError subsection not found
# b'-12'.index(b'\xff') ValueError subsection not found
# b'-12'.index(b'  ') ValueError subsection not found
# b'-12'.index(bytearray(b'b')) ValueError subsection not found
# b'-12'.index(mv(b'c')) ValueError subsection not found
# b'-12'.index(97) ValueError subsection not found
# b'-12'.index(0) ValueError subsection not found
# b'-12'.index(255) ValueError subsection not found
# b'-12'.index(256) ValueError byte must be in range(0, 256)
# b'-12'.index(-1) ValueError byte must be in range(0, 256)
# b'-12'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.rindex(b'') 3
# b'-12'.rindex(b'a') ValueError subsection not found
# b'-12'.rindex(b',') ValueError subsection not found
# b'-12'.rindex(b'ab') ValueError subsection not found
# b'-12'.rindex(b'\xff') ValueError subsection not found
# b'-12'.rindex(b'  ') ValueError subsection not found
# b'-12'.rindex(bytearray(b'b')) ValueError subsection not found
# b'-12'.rindex(mv(b'c')) ValueError subsection not found
# b'-12'.rindex(97) ValueError subsection not found
# b'-12'.rindex(0) ValueError subsection not found
# b'-12'.rindex(255) ValueError subsection not found
# b'-12'.rindex(256) ValueError byte must be in range(0, 256)
# b'-12'.rindex(-1) ValueError byte must be in range(0, 256)
# b'-12'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.startswith(b'') True
# b'-12'.startswith(b'a') False
# b'-12'.startswith(b',') False
# b'-12'.startswith(b'ab') False
# b'-12'.startswith(b'\xff') False
# b'-12'.startswith(b'  ') False
# b'-12'.startswith(bytearray(b'b')) False
# b'-12'.startswith(mv(b'c')) False
# b'-12'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'-12'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'-12'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'-12'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'-12'.startswith((b'a', b'H')) False
# b'-12'.endswith(b'') True
# b'-12'.endswith(b'a') False
# b'-12'.endswith(b',') False
# b'-12'.endswith(b'ab') False
# b'-12'.endswith(b'\xff') False
# b'-12'.endswith(b'  ') False
# b'-12'.endswith(bytearray(b'b')) False
# b'-12'.endswith(mv(b'c')) False
# b'-12'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'-12'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'-12'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'-12'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'-12'.endswith((b'a', b'H')) False
# b'-12'.count(b'a', -1, None) 0
# b'-12'.count(b'a', -1, 2) 0
# b'-12'.count(b'a', -1, -1) 0
# b'-12'.count(b'a', 0, None) 0
# b'-12'.count(b'a', 0, 2) 0
# b'-12'.count(b'a', 0, -1) 0
# b'-12'.count(b'a', 1, None) 0
# b'-12'.count(b'a', 1, 2) 0
# b'-12'.count(b'a', 1, -1) 0
# b'-12'.count(b'a', 3, None) 0
# b'-12'.count(b'a', 3, 2) 0
# b'-12'.count(b'a', 3, -1) 0
# b'-12'.count(b'a', 20, None) 0
# b'-12'.count(b'a', 20, 2) 0
# b'-12'.count(b'a', 20, -1) 0
# b'-12'.find(b'a', -1, None) -1
# b'-12'.find(b'a', -1, 2) -1
# b'-12'.find(b'a', -1, -1) -1
# b'-12'.find(b'a', 0, None) -1
# b'-12'.find(b'a', 0, 2) -1
# b'-12'.find(b'a', 0, -1) -1
# b'-12'.find(b'a', 1, None) -1
# b'-12'.find(b'a', 1, 2) -1
# b'-12'.find(b'a', 1, -1) -1
# b'-12'.find(b'a', 3, None) -1
# b'-12'.find(b'a', 3, 2) -1
# b'-12'.find(b'a', 3, -1) -1
# b'-12'.find(b'a', 20, None) -1
# b'-12'.find(b'a', 20, 2) -1
# b'-12'.find(b'a', 20, -1) -1
# b'-12'.rfind(b'a', -1, None) -1
# b'-12'.rfind(b'a', -1, 2) -1
# b'-12'.rfind(b'a', -1, -1) -1
# b'-12'.rfind(b'a', 0, None) -1
# b'-12'.rfind(b'a', 0, 2) -1
# b'-12'.rfind(b'a', 0, -1) -1
# b'-12'.rfind(b'a', 1, None) -1
# b'-12'.rfind(b'a', 1, 2) -1
# b'-12'.rfind(b'a', 1, -1) -1
# b'-12'.rfind(b'a', 3, None) -1
# b'-12'.rfind(b'a', 3, 2) -1
# b'-12'.rfind(b'a', 3, -1) -1
# b'-12'.rfind(b'a', 20, None) -1
# b'-12'.rfind(b'a', 20, 2) -1
# b'-12'.rfind(b'a', 20, -1) -1
# b'-12'.index(b'a', -1, None) ValueError subsection not found
# b'-12'.index(b'a', -1, 2) ValueError subsection not found
# b'-12'.index(b'a', -1, -1) ValueError subsection not found
# b'-12'.index(b'a', 0, None) ValueError subsection not found
# b'-12'.index(b'a', 0, 2) ValueError subsection not found
# b'-12'.index(b'a', 0, -1) ValueError subsection not found
# b'-12'.index(b'a', 1, None) ValueError subsection not found
# b'-12'.index(b'a', 1, 2) ValueError subsection not found
# b'-12'.index(b'a', 1, -1) ValueError subsection not found
# b'-12'.index(b'a', 3, None) ValueError subsection not found
# b'-12'.index(b'a', 3, 2) ValueError subsection not found
# b'-12'.index(b'a', 3, -1) ValueError subsection not found
# b'-12'.index(b'a', 20, None) ValueError subsection not found
# b'-12'.index(b'a', 20, 2) ValueError subsection not found
# b'-12'.index(b'a', 20, -1) ValueError subsection not found
# b'-12'.rindex(b'a', -1, None) ValueError subsection not found
# b'-12'.rindex(b'a', -1, 2) ValueError subsection not found
# b'-12'.rindex(b'a', -1, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 0, None) ValueError subsection not found
# b'-12'.rindex(b'a', 0, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 0, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 1, None) ValueError subsection not found
# b'-12'.rindex(b'a', 1, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 1, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 3, None) ValueError subsection not found
# b'-12'.rindex(b'a', 3, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 3, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 20, None) ValueError subsection not found
# b'-12'.rindex(b'a', 20, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 20, -1) ValueError subsection not found
# b'-12'.startswith(b'a', -1, None) False
# b'-12'.startswith(b'a', -1, 2) False
# b'-12'.startswith(b'a', -1, -1) False
# b'-12'.startswith(b'a', 0, None) False
# b'-12'.startswith(b'a', 0, 2) False
# b'-12'.startswith(b'a', 0, -1) False
# b'-12'.startswith(b'a', 1, None) False
# b'-12'.startswith(b'a', 1, 2) False
# b'-12'.startswith(b'a', 1, -1) False
# b'-12'.startswith(b'a', 3, None) False
# b'-12'.startswith(b'a', 3, 2) False
# b'-12'.startswith(b'a', 3, -1) False
# b'-12'.startswith(b'a', 20, None) False
# b'-12'.startswith(b'a', 20, 2) False
# b'-12'.startswith(b'a', 20, -1) False
# b'-12'.endswith(b'a', -1, None) False
# b'-12'.endswith(b'a', -1, 2) False
# b'-12'.endswith(b'a', -1, -1) False
# b'-12'.endswith(b'a', 0, None) False
# b'-12'.endswith(b'a', 0, 2) False
# b'-12'.endswith(b'a', 0, -1) False
# b'-12'.endswith(b'a', 1, None) False
# b'-12'.endswith(b'a', 1, 2) False
# b'-12'.endswith(b'a', 1, -1) False
# b'-12'.endswith(b'a', 3, None) False
# b'-12'.endswith(b'a', 3, 2) False
# b'-12'.endswith(b'a', 3, -1) False
# b'-12'.endswith(b'a', 20, None) False
# b'-12'.endswith(b'a', 20, 2) False
# b'-12'.endswith(b'a', 20, -1) False
# b'-12'.center(-1) b'-12'
# b'-12'.center(0) b'-12'
# b'-12'.center(1) b'-12'
# b'-12'.center(3) b'-12'
# b'-12'.center(20) b'        -12         '
# b'-12'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.ljust(-1) b'-12'
# b'-12'.ljust(0) b'-12'
# b'-12'.ljust(1) b'-12'
# b'-12'.ljust(3) b'-12'
# b'-12'.ljust(20) b'-12                 '
# b'-12'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.rjust(-1) b'-12'
# b'-12'.rjust(0) b'-12'
# b'-12'.rjust(1) b'-12'
# b'-12'.rjust(3) b'-12'
# b'-12'.rjust(20) b'                 -12'
# b'-12'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.zfill(-1) b'-12'
# b'-12'.zfill(0) b'-12'
# b'-12'.zfill(1) b'-12'
# b'-12'.zfill(3) b'-12'
# b'-12'.zfill(20) b'-0000000000000000012'
# b'-12'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.expandtabs(-1) b'-12'
# b'-12'.expandtabs(0) b'-12'
# b'-12'.expandtabs(1) b'-12'
# b'-12'.expandtabs(3) b'-12'
# b'-12'.expandtabs(20) b'-12'
# b'-12'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'-12'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.center(15, b'*') b'******-12******'
# b'-12'.center(15, bytearray(b'-')) b'-------12------'
# b'-12'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'-12'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'-12'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'-12'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'-12'.ljust(15, b'*') b'-12************'
# b'-12'.ljust(15, bytearray(b'-')) b'-12------------'
# b'-12'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'-12'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'-12'.rjust(15, b'*') b'************-12'
# b'-12'.rjust(15, bytearray(b'-')) b'-------------12'
# b'-12'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'-12'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'-12'.split(None) [b'-12']
# b'-12'.split(b'a') [b'-12']
# b'-12'.split(b',') [b'-12']
# b'-12'.split(b'') ValueError empty separator
# b'-12'.split('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.split(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.split(bytearray(b' ')) [b'-12']
# b'-12'.rsplit(None) [b'-12']
# b'-12'.rsplit(b'a') [b'-12']
# b'-12'.rsplit(b',') [b'-12']
# b'-12'.rsplit(b'') ValueError empty separator
# b'-12'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.rsplit(bytearray(b' ')) [b'-12']
# b'-12'.strip(None) b'-12'
# b'-12'.strip(b'a') b'-12'
# b'-12'.strip(b',') b'-12'
# b'-12'.strip(b'') b'-12'
# b'-12'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.strip(bytearray(b' ')) b'-12'
# b'-12'.lstrip(None) b'-12'
# b'-12'.lstrip(b'a') b'-12'
# b'-12'.lstrip(b',') b'-12'
# b'-12'.lstrip(b'') b'-12'
# b'-12'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.lstrip(bytearray(b' ')) b'-12'
# b'-12'.rstrip(None) b'-12'
# b'-12'.rstrip(b'a') b'-12'
# b'-12'.rstrip(b',') b'-12'
# b'-12'.rstrip(b'') b'-12'
# b'-12'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.rstrip(bytearray(b' ')) b'-12'
# b'-12'.split(b',', -1) [b'-12']
# b'-12'.split(None, -1) [b'-12']
# b'-12'.split(b',', 0) [b'-12']
# b'-12'.split(None, 0) [b'-12']
# b'-12'.split(b',', 1) [b'-12']
# b'-12'.split(None, 1) [b'-12']
# b'-12'.split(b',', 2) [b'-12']
# b'-12'.split(None, 2) [b'-12']
# b'-12'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.rsplit(b',', -1) [b'-12']
# b'-12'.rsplit(None, -1) [b'-12']
# b'-12'.rsplit(b',', 0) [b'-12']
# b'-12'.rsplit(None, 0) [b'-12']
# b'-12'.rsplit(b',', 1) [b'-12']
# b'-12'.rsplit(None, 1) [b'-12']
# b'-12'.rsplit(b',', 2) [b'-12']
# b'-12'.rsplit(None, 2) [b'-12']
# b'-12'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.replace(b'a', b'XY', -1) b'-12'
# b'-12'.replace(b'a', b'XY', 0) b'-12'
# b'-12'.replace(b'a', b'XY', 1) b'-12'
# b'-12'.replace(b'a', b'XY', 2) b'-12'
# b'-12'.replace(b'', b'-', -1) b'---1-2-'
# b'-12'.replace(b'', b'-', 0) b'-12'
# b'-12'.replace(b'', b'-', 1) b'--12'
# b'-12'.replace(b'', b'-', 2) b'---12'
# b'-12'.replace(b',', b'', -1) b'-12'
# b'-12'.replace(b',', b'', 0) b'-12'
# b'-12'.replace(b',', b'', 1) b'-12'
# b'-12'.replace(b',', b'', 2) b'-12'
# b'-12'.replace(b'\xff', bytearray(b'!'), -1) b'-12'
# b'-12'.replace(b'\xff', bytearray(b'!'), 0) b'-12'
# b'-12'.replace(b'\xff', bytearray(b'!'), 1) b'-12'
# b'-12'.replace(b'\xff', bytearray(b'!'), 2) b'-12'
# b'-12'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'-12'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'-12'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'-12'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'-12'.splitlines(False) [b'-12']
# b'-12'.splitlines(True) [b'-12']
# b'-12'.splitlines(0) [b'-12']
# b'-12'.splitlines(1) [b'-12']
# b'-12'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.decode('utf-8', 'strict') '-12'
# b'-12'.decode('ascii', 'ignore') '-12'
# b'-12'.decode('latin-1', 'strict') '-12'
# b'-12'.decode('utf-8', 'replace') '-12'
# b'-12'.decode('ascii', 'backslashreplace') '-12'
# b'-12'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'-12'.decode('utf-8', 'nope') '-12'
# b'-12'.hex(':', 1) '2d:31:32'
# b'-12'.hex(b'-', 2) '2d-3132'
# b'-12'.hex('-', -2) '2d31-32'
# b'-12'.hex('', 1) ValueError sep must be length 1.
# b'-12'.hex('ab', 1) ValueError sep must be length 1.
# b'-12'.hex(1, 1) TypeError object of type 'int' has no len()
# b'-12'.translate(.., b'') b'\xd2\xce\xcd'
# b'-12'.translate(.., b'a, ') b'-12'
# b'-12'.translate(.., b'\xff') b'\xd2\xce\xcd'
# b'-12'.translate(.., b'') ValueError translation table must be 256 characters long
# b'-12'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'-12' + b'a' b'-12a'
# b'-12' == b'a' False
# b'-12' < b'a' True
# b'a' in b'-12' False
# b'-12' + bytearray(b'Hello') b'-12Hello'
# b'-12' == bytearray(b'Hello') False
# b'-12' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'-12' False
# b'-12' + mv(b'') b'-12'
# b'-12' == mv(b'') False
# b'-12' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'-12' True
# b'-12' + 'a' TypeError can't concat str to bytes
# b'-12' == 'a' False
# b'-12' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'-12' TypeError a bytes-like object is required, not 'str'
# b'-12' + 3 TypeError can't concat int to bytes
# b'-12' == 3 False
# b'-12' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'-12' False
# b'-12' + [1] TypeError can't concat list to bytes
# b'-12' == [1] False
# b'-12' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'-12' TypeError a bytes-like object is required, not 'list'
# b'-12' * 0 b''
# b'-12' * 1 b'-12'
# b'-12' * 3 b'-12-12-12'
# b'-12' * -1 b''
# b'-12' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'-12' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'-12'[0] 45
# b'-12'[-1] 50
# b'-12'[5] IndexError index out of range
# b'-12'[-20] IndexError index out of range
# b'-12'[slice(1, 3, None)] b'12'
# b'-12'[slice(None, None, -2)] b'2-'
# b'-12'[slice(5, 1, None)] b''
# b'-12'['k'] TypeError byte indices must be integers or slices, not str
# b'-12'[1.0] TypeError byte indices must be integers or slices, not float
# b'-12' % () b'-12'
# b'-12' % (1,) TypeError not all arguments converted during bytes formatting
# b'-12' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'-12' % 's' TypeError not all arguments converted during bytes formatting
# b'aAbB cC\r\nx'.upper() b'AABB CC\r\nX'
# b'aAbB cC\r\nx'.lower() b'aabb cc\r\nx'
# b'aAbB cC\r\nx'.swapcase() b'AaBb Cc\r\nX'
# b'aAbB cC\r\nx'.title() b'Aabb Cc\r\nX'
# b'aAbB cC\r\nx'.capitalize() b'Aabb cc\r\nx'
# b'aAbB cC\r\nx'.isdigit() False
# b'aAbB cC\r\nx'.isalpha() False
# b'aAbB cC\r\nx'.isalnum() False
# b'aAbB cC\r\nx'.isspace() False
# b'aAbB cC\r\nx'.isascii() True
# b'aAbB cC\r\nx'.islower() False
# b'aAbB cC\r\nx'.isupper() False
# b'aAbB cC\r\nx'.istitle() False
# b'aAbB cC\r\nx'.hex() '614162422063430d0a78'
# b'aAbB cC\r\nx'.decode() 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.splitlines() [b'aAbB cC', b'x']
# b'aAbB cC\r\nx'.expandtabs() b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.strip() b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.lstrip() b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rstrip() b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.split() [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.rsplit() [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.__len__() 10
# b'aAbB cC\r\nx'.__iter__() [97, 65, 98, 66, 32, 99, 67, 13, 10, 120]
# b'aAbB cC\r\nx'.partition(b'') ValueError empty separator
# b'aAbB cC\r\nx'.partition(b'a') (b'', b'a', b'AbB cC\r\nx')
# b'aAbB cC\r\nx'.partition(b',') (b'aAbB cC\r\nx', b'', b'')
# b'aAbB cC\r\nx'.partition(b'ab') (b'aAbB cC\r\nx', b'', b'')
# b'aAbB cC\r\nx'.partition(b'\xff') (b'aAbB cC\r\nx', b'', b'')
# b'aAbB cC\r\nx'.partition(b'  ') (b'aAbB cC\r\nx', b'', b'')
# b'aAbB cC\r\nx'.partition(bytearray(b'b')) (b'aA', bytearray(b'b'), b'B cC\r\nx')
# b'aAbB cC\r\nx'.partition(mv(b'c')) (b'aAbB ', ('mv', b'c'), b'C\r\nx')
# b'aAbB cC\r\nx'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.rpartition(b'') ValueError empty separator
# b'aAbB cC\r\nx'.rpartition(b'a') (b'', b'a', b'AbB cC\r\nx')
# b'aAbB cC\r\nx'.rpartition(b',') (b'', b'', b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rpartition(b'ab') (b'', b'', b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rpartition(b'\xff') (b'', b'', b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rpartition(b'  ') (b'', b'', b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rpartition(bytearray(b'b')) (b'aA', bytearray(b'b'), b'B cC\r\nx')
# b'aAbB cC\r\nx'.rpartition(mv(b'c')) (b'aAbB ', ('mv', b'c'), b'C\r\nx')
# b'aAbB cC\r\nx'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.removeprefix(b'') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(b'a') b'AbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(b',') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(b'ab') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(b'\xff') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(b'  ') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(bytearray(b'b')) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(mv(b'c')) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.removesuffix(b'') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(b'a') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(b',') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(b'ab') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(b'\xff') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(b'  ') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(bytearray(b'b')) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(mv(b'c')) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.join(b'') b''
# b'aAbB cC\r\nx'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(97) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(0) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(255) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(256) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(-1) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(1180591620717411303424) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'aAbB cC\r\nx'.join(None) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(1.5) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join((b'a', b'H')) b'aaAbB cC\r\nxH'
# b'aAbB cC\r\nx'.count(b'') 11
# b'aAbB cC\r\nx'.count(b'a') 1
# b'aAbB cC\r\nx'.count(b',') 0
# b'aAbB cC\r\nx'.count(b'ab') 0
# b'aAbB cC\r\nx'.count(b'\xff') 0
# b'aAbB cC\r\nx'.count(b'  ') 0
# b'aAbB cC\r\nx'.count(bytearray(b'b')) 1
# b'aAbB cC\r\nx'.count(mv(b'c')) 1
# b'aAbB cC\r\nx'.count(97) 1
# b'aAbB cC\r\nx'.count(0) 0
# b'aAbB cC\r\nx'.count(255) 0
# b'aAbB cC\r\nx'.count(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.count(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.find(b'') 0
# b'aAbB cC\r\nx'.find(b'a') 0
# b'aAbB cC\r\nx'.find(b',') -1
# b'aAbB cC\r\nx'.find(b'ab') -1
# b'aAbB cC\r\nx'.find(b'\xff') -1
# b'aAbB cC\r\nx'.find(b'  ') -1
# b'aAbB cC\r\nx'.find(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.find(mv(b'c')) 5
# b'aAbB cC\r\nx'.find(97) 0
# b'aAbB cC\r\nx'.find(0) -1
# b'aAbB cC\r\nx'.find(255) -1
# b'aAbB cC\r\nx'.find(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.find(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.rfind(b'') 10
# b'aAbB cC\r\nx'.rfind(b'a') 0
# b'aAbB cC\r\nx'.rfind(b',') -1
# b'aAbB cC\r\nx'.rfind(b'ab') -1
# b'aAbB cC\r\nx'.rfind(b'\xff') -1
# b'aAbB cC\r\nx'.rfind(b'  ') -1
# b'aAbB cC\r\nx'.rfind(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.rfind(mv(b'c')) 5
# b'aAbB cC\r\nx'.rfind(97) 0
# b'aAbB cC\r\nx'.rfind(0) -1
# b'aAbB cC\r\nx'.rfind(255) -1
# b'aAbB cC\r\nx'.rfind(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rfind(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.index(b'') 0
# b'aAbB cC\r\nx'.index(b'a') 0
# b'aAbB cC\r\nx'.index(b',') ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'ab') ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'\xff') ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'  ') ValueError subsection not found
# b'aAbB cC\r\nx'.index(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.index(mv(b'c')) 5
# b'aAbB cC\r\nx'.index(97) 0
# b'aAbB cC\r\nx'.index(0) ValueError subsection not found
# b'aAbB cC\r\nx'.index(255) ValueError subsection not found
# b'aAbB cC\r\nx'.index(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.index(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.rindex(b'') 10
# b'aAbB cC\r\nx'.rindex(b'a') 0
# b'aAbB cC\r\nx'.rindex(b',') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'ab') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'\xff') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'  ') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.rindex(mv(b'c')) 5
# b'aAbB cC\r\nx'.rindex(97) 0
# b'aAbB cC\r\nx'.rindex(0) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(255) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rindex(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.startswith(b'') True
# b'aAbB cC\r\nx'.startswith(b'a') True
# b'aAbB cC\r\nx'.startswith(b',') False
# b'aAbB cC\r\nx'.startswith(b'ab') False
# b'aAbB cC\r\nx'.startswith(b'\xff') False
# b'aAbB cC\r\nx'.startswith(b'  ') False
# b'aAbB cC\r\nx'.startswith(bytearray(b'b')) False
# b'aAbB cC\r\nx'.startswith(mv(b'c')) False
# b'aAbB cC\r\nx'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'aAbB cC\r\nx'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'aAbB cC\r\nx'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'aAbB cC\r\nx'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'aAbB cC\r\nx'.startswith((b'a', b'H')) True
# b'aAbB cC\r\nx'.endswith(b'') True
# b'aAbB cC\r\nx'.endswith(b'a') False
# b'aAbB cC\r\nx'.endswith(b',') False
# b'aAbB cC\r\nx'.endswith(b'ab') False
# b'aAbB cC\r\nx'.endswith(b'\xff') False
# b'aAbB cC\r\nx'.endswith(b'  ') False
# b'aAbB cC\r\nx'.endswith(bytearray(b'b')) False
# b'aAbB cC\r\nx'.endswith(mv(b'c')) False
# b'aAbB cC\r\nx'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'aAbB cC\r\nx'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'aAbB cC\r\nx'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'aAbB cC\r\nx'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'aAbB cC\r\nx'.endswith((b'a', b'H')) False
# b'aAbB cC\r\nx'.count(b'a', -1, None) 0
# b'aAbB cC\r\nx'.count(b'a', -1, 2) 0
# b'aAbB cC\r\nx'.count(b'a', -1, -1) 0
# b'aAbB cC\r\nx'.count(b'a', 0, None) 1
# b'aAbB cC\r\nx'.count(b'a', 0, 2) 1
# b'aAbB cC\r\nx'.count(b'a', 0, -1) 1
# b'aAbB cC\r\nx'.count(b'a', 1, None) 0
# b'aAbB cC\r\nx'.count(b'a', 1, 2) 0
# b'aAbB cC\r\nx'.count(b'a', 1, -1) 0
# b'aAbB cC\r\nx'.count(b'a', 3, None) 0
# b'aAbB cC\r\nx'.count(b'a', 3, 2) 0
# b'aAbB cC\r\nx'.count(b'a', 3, -1) 0
# b'aAbB cC\r\nx'.count(b'a', 20, None) 0
# b'aAbB cC\r\nx'.count(b'a', 20, 2) 0
# b'aAbB cC\r\nx'.count(b'a', 20, -1) 0
# b'aAbB cC\r\nx'.find(b'a', -1, None) -1
# b'aAbB cC\r\nx'.find(b'a', -1, 2) -1
# b'aAbB cC\r\nx'.find(b'a', -1, -1) -1
# b'aAbB cC\r\nx'.find(b'a', 0, None) 0
# b'aAbB cC\r\nx'.find(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.find(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.find(b'a', 1, None) -1
# b'aAbB cC\r\nx'.find(b'a', 1, 2) -1
# b'aAbB cC\r\nx'.find(b'a', 1, -1) -1
# b'aAbB cC\r\nx'.find(b'a', 3, None) -1
# b'aAbB cC\r\nx'.find(b'a', 3, 2) -1
# b'aAbB cC\r\nx'.find(b'a', 3, -1) -1
# b'aAbB cC\r\nx'.find(b'a', 20, None) -1
# b'aAbB cC\r\nx'.find(b'a', 20, 2) -1
# b'aAbB cC\r\nx'.find(b'a', 20, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', -1, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', -1, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', -1, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', 0, None) 0
# b'aAbB cC\r\nx'.rfind(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.rfind(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.rfind(b'a', 1, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', 1, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', 1, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', 3, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', 3, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', 3, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', 20, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', 20, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', 20, -1) -1
# b'aAbB cC\r\nx'.index(b'a', -1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', -1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', -1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 0, None) 0
# b'aAbB cC\r\nx'.index(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.index(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.index(b'a', 1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 3, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 3, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 3, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 20, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 20, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 20, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', -1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', -1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', -1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 0, None) 0
# b'aAbB cC\r\nx'.rindex(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.rindex(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.rindex(b'a', 1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 3, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 3, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 3, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 20, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 20, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 20, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.startswith(b'a', -1, None) False
# b'aAbB cC\r\nx'.startswith(b'a', -1, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', -1, -1) False
# b'aAbB cC\r\nx'.startswith(b'a', 0, None) True
# b'aAbB cC\r\nx'.startswith(b'a', 0, 2) True
# b'aAbB cC\r\nx'.startswith(b'a', 0, -1) True
# b'aAbB cC\r\nx'.startswith(b'a', 1, None) False
# b'aAbB cC\r\nx'.startswith(b'a', 1, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', 1, -1) False
# b'aAbB cC\r\nx'.startswith(b'a', 3, None) False
# b'aAbB cC\r\nx'.startswith(b'a', 3, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', 3, -1) False
# b'aAbB cC\r\nx'.startswith(b'a', 20, None) False
# b'aAbB cC\r\nx'.startswith(b'a', 20, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', 20, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', -1, None) False
# b'aAbB cC\r\nx'.endswith(b'a', -1, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', -1, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 0, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 0, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 0, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 1, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 1, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 1, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 3, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 3, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 3, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 20, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 20, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 20, -1) False
# b'aAbB cC\r\nx'.center(-1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.center(0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.center(1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.center(3) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.center(20) b'     aAbB cC\r\nx     '
# b'aAbB cC\r\nx'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.ljust(-1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.ljust(0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.ljust(1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.ljust(3) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.ljust(20) b'aAbB cC\r\nx          '
# b'aAbB cC\r\nx'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rjust(-1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rjust(0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rjust(1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rjust(3) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rjust(20) b'          aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.zfill(-1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.zfill(0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.zfill(1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.zfill(3) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.zfill(20) b'0000000000aAbB cC\r\nx'
# b'aAbB cC\r\nx'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.expandtabs(-1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.expandtabs(0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.expandtabs(1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.expandtabs(3) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.expandtabs(20) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'aAbB cC\r\nx'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.center(15, b'*') b'***aAbB cC\r\nx**'
# b'aAbB cC\r\nx'.center(15, bytearray(b'-')) b'---aAbB cC\r\nx--'
# b'aAbB cC\r\nx'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'aAbB cC\r\nx'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'aAbB cC\r\nx'.ljust(15, b'*') b'aAbB cC\r\nx*****'
# b'aAbB cC\r\nx'.ljust(15, bytearray(b'-')) b'aAbB cC\r\nx-----'
# b'aAbB cC\r\nx'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'aAbB cC\r\nx'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'aAbB cC\r\nx'.rjust(15, b'*') b'*****aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rjust(15, bytearray(b'-')) b'-----aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'aAbB cC\r\nx'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'aAbB cC\r\nx'.split(None) [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.split(b'a') [b'', b'AbB cC\r\nx']
# b'aAbB cC\r\nx'.split(b',') [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.split(b'') ValueError empty separator
# b'aAbB cC\r\nx'.split('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.split(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.split(bytearray(b' ')) [b'aAbB', b'cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(None) [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.rsplit(b'a') [b'', b'AbB cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(b',') [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(b'') ValueError empty separator
# b'aAbB cC\r\nx'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rsplit(bytearray(b' ')) [b'aAbB', b'cC\r\nx']
# b'aAbB cC\r\nx'.strip(None) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.strip(b'a') b'AbB cC\r\nx'
# b'aAbB cC\r\nx'.strip(b',') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.strip(b'') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.strip(bytearray(b' ')) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.lstrip(None) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.lstrip(b'a') b'AbB cC\r\nx'
# b'aAbB cC\r\nx'.lstrip(b',') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.lstrip(b'') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.lstrip(bytearray(b' ')) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rstrip(None) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rstrip(b'a') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rstrip(b',') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rstrip(b'') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rstrip(bytearray(b' ')) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.split(b',', -1) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.split(None, -1) [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.split(b',', 0) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.split(None, 0) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.split(b',', 1) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.split(None, 1) [b'aAbB', b'cC\r\nx']
# b'aAbB cC\r\nx'.split(b',', 2) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.split(None, 2) [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rsplit(b',', -1) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(None, -1) [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.rsplit(b',', 0) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(None, 0) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(b',', 1) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(None, 1) [b'aAbB cC', b'x']
# b'aAbB cC\r\nx'.rsplit(b',', 2) [b'aAbB cC\r\nx']
# b'aAbB cC\r\nx'.rsplit(None, 2) [b'aAbB', b'cC', b'x']
# b'aAbB cC\r\nx'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.replace(b'a', b'XY', -1) b'XYAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'a', b'XY', 0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'a', b'XY', 1) b'XYAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'a', b'XY', 2) b'XYAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'', b'-', -1) b'-a-A-b-B- -c-C-\r-\n-x-'
# b'aAbB cC\r\nx'.replace(b'', b'-', 0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'', b'-', 1) b'-aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'', b'-', 2) b'-a-AbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b',', b'', -1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b',', b'', 0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b',', b'', 1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b',', b'', 2) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), -1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), 0) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), 1) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), 2) b'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.splitlines(False) [b'aAbB cC', b'x']
# b'aAbB cC\r\nx'.splitlines(True) [b'aAbB cC\r\n', b'x']
# b'aAbB cC\r\nx'.splitlines(0) [b'aAbB cC', b'x']
# b'aAbB cC\r\nx'.splitlines(1) [b'aAbB cC\r\n', b'x']
# b'aAbB cC\r\nx'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.decode('utf-8', 'strict') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('ascii', 'ignore') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('latin-1', 'strict') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('utf-8', 'replace') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('ascii', 'backslashreplace') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'aAbB cC\r\nx'.decode('utf-8', 'nope') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.hex(':', 1) '61:41:62:42:20:63:43:0d:0a:78'
# b'aAbB cC\r\nx'.hex(b'-', 2) '6141-6242-2063-430d-0a78'
# b'aAbB cC\r\nx'.hex('-', -2) '6141-6242-2063-430d-0a78'
# b'aAbB cC\r\nx'.hex('', 1) ValueError sep must be length 1.
# b'aAbB cC\r\nx'.hex('ab', 1) ValueError sep must be length 1.
# b'aAbB cC\r\nx'.hex(1, 1) TypeError object of type 'int' has no len()
# b'aAbB cC\r\nx'.translate(.., b'') b'\x9e\xbe\x9d\xbd\xdf\x9c\xbc\xf2\xf5\x87'
# b'aAbB cC\r\nx'.translate(.., b'a, ') b'AbBcC\r\nx'
# b'aAbB cC\r\nx'.translate(.., b'\xff') b'\x9e\xbe\x9d\xbd\xdf\x9c\xbc\xf2\xf5\x87'
# b'aAbB cC\r\nx'.translate(.., b'') ValueError translation table must be 256 characters long
# b'aAbB cC\r\nx'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx' + b'a' b'aAbB cC\r\nxa'
# b'aAbB cC\r\nx' == b'a' False
# b'aAbB cC\r\nx' < b'a' False
# b'a' in b'aAbB cC\r\nx' True
# b'aAbB cC\r\nx' + bytearray(b'Hello') b'aAbB cC\r\nxHello'
# b'aAbB cC\r\nx' == bytearray(b'Hello') False
# b'aAbB cC\r\nx' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'aAbB cC\r\nx' False
# b'aAbB cC\r\nx' + mv(b'') b'aAbB cC\r\nx'
# b'aAbB cC\r\nx' == mv(b'') False
# b'aAbB cC\r\nx' < mv(b'') TypeError '<' not supported between instances of 'bytes' and 'memoryview'
# mv(b'') in b'aAbB cC\r\nx' True
# b'aAbB cC\r\nx' + 'a' TypeError can't concat str to bytes
# b'aAbB cC\r\nx' == 'a' False
# b'aAbB cC\r\nx' < 'a' TypeError '<' not supported between instances of 'bytes' and 'str'
# 'a' in b'aAbB cC\r\nx' TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx' + 3 TypeError can't concat int to bytes
# b'aAbB cC\r\nx' == 3 False
# b'aAbB cC\r\nx' < 3 TypeError '<' not supported between instances of 'bytes' and 'int'
# 3 in b'aAbB cC\r\nx' False
# b'aAbB cC\r\nx' + [1] TypeError can't concat list to bytes
# b'aAbB cC\r\nx' == [1] False
# b'aAbB cC\r\nx' < [1] TypeError '<' not supported between instances of 'bytes' and 'list'
# [1] in b'aAbB cC\r\nx' TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx' * 0 b''
# b'aAbB cC\r\nx' * 1 b'aAbB cC\r\nx'
# b'aAbB cC\r\nx' * 3 b'aAbB cC\r\nxaAbB cC\r\nxaAbB cC\r\nx'
# b'aAbB cC\r\nx' * -1 b''
# b'aAbB cC\r\nx' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'aAbB cC\r\nx' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'aAbB cC\r\nx'[0] 97
# b'aAbB cC\r\nx'[-1] 120
# b'aAbB cC\r\nx'[5] 99
# b'aAbB cC\r\nx'[-20] IndexError index out of range
# b'aAbB cC\r\nx'[slice(1, 3, None)] b'Ab'
# b'aAbB cC\r\nx'[slice(None, None, -2)] b'x\rcBA'
# b'aAbB cC\r\nx'[slice(5, 1, None)] b''
# b'aAbB cC\r\nx'['k'] TypeError byte indices must be integers or slices, not str
# b'aAbB cC\r\nx'[1.0] TypeError byte indices must be integers or slices, not float
# b'aAbB cC\r\nx' % () b'aAbB cC\r\nx'
# b'aAbB cC\r\nx' % (1,) TypeError not all arguments converted during bytes formatting
# b'aAbB cC\r\nx' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'aAbB cC\r\nx' % 's' TypeError not all arguments converted during bytes formatting
# bytes(b'') b''
# bytes(b'a') b'a'
# bytes(b',') b','
# bytes(b'ab') b'ab'
# bytes(b'\xff') b'\xff'
# bytes(b'  ') b'  '
# bytes(bytearray(b'b')) b'b'
# bytes(mv(b'c')) b'c'
# bytes(97) b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# bytes(0) b''
# bytes(255) b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# bytes(256) b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# bytes(-1) ValueError negative count
# bytes(1180591620717411303424) OverflowError cannot fit 'int' into an index-sized integer
# bytes('a') TypeError string argument without an encoding
# bytes(None) TypeError cannot convert 'NoneType' object to bytes
# bytes(1.5) TypeError cannot convert 'float' object to bytes
# bytes([98]) b'b'
# bytes((b'a', b'H')) TypeError 'bytes' object cannot be interpreted as an integer
# bytes.fromhex('') b''
# bytes.fromhex('00') b'\x00'
# bytes.fromhex('ab cd') b'\xab\xcd'
# bytes.fromhex('zz') ValueError non-hexadecimal number found in fromhex() arg at position 0
# bytes.fromhex(' 1') ValueError non-hexadecimal number found in fromhex() arg at position 2
# bytes.fromhex('1 ') ValueError non-hexadecimal number found in fromhex() arg at position 1
# bytes.fromhex('é') ValueError non-hexadecimal number found in fromhex() arg at position 0
# bytes.fromhex('0g') ValueError non-hexadecimal number found in fromhex() arg at position 1
# == bytearray
# b''.upper() bytearray(b'')
# b''.lower() bytearray(b'')
# b''.swapcase() bytearray(b'')
# b''.title() bytearray(b'')
# b''.capitalize() bytearray(b'')
# b''.isdigit() False
# b''.isalpha() False
# b''.isalnum() False
# b''.isspace() False
# b''.isascii() True
# b''.islower() False
# b''.isupper() False
# b''.istitle() False
# b''.hex() ''
# b''.decode() ''
# b''.splitlines() []
# b''.expandtabs() bytearray(b'')
# b''.strip() bytearray(b'')
# b''.lstrip() bytearray(b'')
# b''.rstrip() bytearray(b'')
# b''.split() []
# b''.rsplit() []
# b''.__len__() 0
# b''.__iter__() []
# b''.partition(b'') ValueError empty separator
# b''.partition(b'a') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.partition(b',') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.partition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.partition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.partition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.partition(bytearray(b'b')) (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.partition(mv(b'c')) (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.partition(97) TypeError a bytes-like object is required, not 'int'
# b''.partition(0) TypeError a bytes-like object is required, not 'int'
# b''.partition(255) TypeError a bytes-like object is required, not 'int'
# b''.partition(256) TypeError a bytes-like object is required, not 'int'
# b''.partition(-1) TypeError a bytes-like object is required, not 'int'
# b''.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.partition('a') TypeError a bytes-like object is required, not 'str'
# b''.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b''.partition([98]) TypeError a bytes-like object is required, not 'list'
# b''.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.rpartition(b'') ValueError empty separator
# b''.rpartition(b'a') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.rpartition(b',') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.rpartition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.rpartition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.rpartition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.rpartition(bytearray(b'b')) (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.rpartition(mv(b'c')) (bytearray(b''), bytearray(b''), bytearray(b''))
# b''.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b''.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b''.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b''.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b''.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.removeprefix(b'') bytearray(b'')
# b''.removeprefix(b'a') bytearray(b'')
# b''.removeprefix(b',') bytearray(b'')
# b''.removeprefix(b'ab') bytearray(b'')
# b''.removeprefix(b'\xff') bytearray(b'')
# b''.removeprefix(b'  ') bytearray(b'')
# b''.removeprefix(bytearray(b'b')) bytearray(b'')
# b''.removeprefix(mv(b'c')) bytearray(b'')
# b''.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b''.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b''.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b''.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.removesuffix(b'') bytearray(b'')
# b''.removesuffix(b'a') bytearray(b'')
# b''.removesuffix(b',') bytearray(b'')
# b''.removesuffix(b'ab') bytearray(b'')
# b''.removesuffix(b'\xff') bytearray(b'')
# b''.removesuffix(b'  ') bytearray(b'')
# b''.removesuffix(bytearray(b'b')) bytearray(b'')
# b''.removesuffix(mv(b'c')) bytearray(b'')
# b''.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b''.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b''.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b''.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b''.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b''.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b''.join(b'') bytearray(b'')
# b''.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b''.join(97) TypeError can only join an iterable
# b''.join(0) TypeError can only join an iterable
# b''.join(255) TypeError can only join an iterable
# b''.join(256) TypeError can only join an iterable
# b''.join(-1) TypeError can only join an iterable
# b''.join(1180591620717411303424) TypeError can only join an iterable
# b''.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b''.join(None) TypeError can only join an iterable
# b''.join(1.5) TypeError can only join an iterable
# b''.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b''.join((b'a', b'H')) bytearray(b'aH')
# b''.count(b'') 1
# b''.count(b'a') 0
# b''.count(b',') 0
# b''.count(b'ab') 0
# b''.count(b'\xff') 0
# b''.count(b'  ') 0
# b''.count(bytearray(b'b')) 0
# b''.count(mv(b'c')) 0
# b''.count(97) 0
# b''.count(0) 0
# b''.count(255) 0
# b''.count(256) ValueError byte must be in range(0, 256)
# b''.count(-1) ValueError byte must be in range(0, 256)
# b''.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.find(b'') 0
# b''.find(b'a') -1
# b''.find(b',') -1
# b''.find(b'ab') -1
# b''.find(b'\xff') -1
# b''.find(b'  ') -1
# b''.find(bytearray(b'b')) -1
# b''.find(mv(b'c')) -1
# b''.find(97) -1
# b''.find(0) -1
# b''.find(255) -1
# b''.find(256) ValueError byte must be in range(0, 256)
# b''.find(-1) ValueError byte must be in range(0, 256)
# b''.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.rfind(b'') 0
# b''.rfind(b'a') -1
# b''.rfind(b',') -1
# b''.rfind(b'ab') -1
# b''.rfind(b'\xff') -1
# b''.rfind(b'  ') -1
# b''.rfind(bytearray(b'b')) -1
# b''.rfind(mv(b'c')) -1
# b''.rfind(97) -1
# b''.rfind(0) -1
# b''.rfind(255) -1
# b''.rfind(256) ValueError byte must be in range(0, 256)
# b''.rfind(-1) ValueError byte must be in range(0, 256)
# b''.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.index(b'') 0
# b''.index(b'a') ValueError subsection not found
# b''.index(b',') ValueError subsection not found
# b''.index(b'ab') ValueError subsection not found
# b''.index(b'\xff') ValueError subsection not found
# b''.index(b'  ') ValueError subsection not found
# b''.index(bytearray(b'b')) ValueError subsection not found
# b''.index(mv(b'c')) ValueError subsection not found
# b''.index(97) ValueError subsection not found
# b''.index(0) ValueError subsection not found
# b''.index(255) ValueError subsection not found
# b''.index(256) ValueError byte must be in range(0, 256)
# b''.index(-1) ValueError byte must be in range(0, 256)
# b''.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.rindex(b'') 0
# b''.rindex(b'a') ValueError subsection not found
# b''.rindex(b',') ValueError subsection not found
# b''.rindex(b'ab') ValueError subsection not found
# b''.rindex(b'\xff') ValueError subsection not found
# b''.rindex(b'  ') ValueError subsection not found
# b''.rindex(bytearray(b'b')) ValueError subsection not found
# b''.rindex(mv(b'c')) ValueError subsection not found
# b''.rindex(97) ValueError subsection not found
# b''.rindex(0) ValueError subsection not found
# b''.rindex(255) ValueError subsection not found
# b''.rindex(256) ValueError byte must be in range(0, 256)
# b''.rindex(-1) ValueError byte must be in range(0, 256)
# b''.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b''.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b''.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b''.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b''.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b''.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b''.startswith(b'') True
# b''.startswith(b'a') False
# b''.startswith(b',') False
# b''.startswith(b'ab') False
# b''.startswith(b'\xff') False
# b''.startswith(b'  ') False
# b''.startswith(bytearray(b'b')) False
# b''.startswith(mv(b'c')) False
# b''.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b''.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b''.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b''.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b''.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b''.startswith((b'a', b'H')) False
# b''.endswith(b'') True
# b''.endswith(b'a') False
# b''.endswith(b',') False
# b''.endswith(b'ab') False
# b''.endswith(b'\xff') False
# b''.endswith(b'  ') False
# b''.endswith(bytearray(b'b')) False
# b''.endswith(mv(b'c')) False
# b''.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b''.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b''.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b''.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b''.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b''.endswith((b'a', b'H')) False
# b''.count(b'a', -1, None) 0
# b''.count(b'a', -1, 2) 0
# b''.count(b'a', -1, -1) 0
# b''.count(b'a', 0, None) 0
# b''.count(b'a', 0, 2) 0
# b''.count(b'a', 0, -1) 0
# b''.count(b'a', 1, None) 0
# b''.count(b'a', 1, 2) 0
# b''.count(b'a', 1, -1) 0
# b''.count(b'a', 3, None) 0
# b''.count(b'a', 3, 2) 0
# b''.count(b'a', 3, -1) 0
# b''.count(b'a', 20, None) 0
# b''.count(b'a', 20, 2) 0
# b''.count(b'a', 20, -1) 0
# b''.find(b'a', -1, None) -1
# b''.find(b'a', -1, 2) -1
# b''.find(b'a', -1, -1) -1
# b''.find(b'a', 0, None) -1
# b''.find(b'a', 0, 2) -1
# b''.find(b'a', 0, -1) -1
# b''.find(b'a', 1, None) -1
# b''.find(b'a', 1, 2) -1
# b''.find(b'a', 1, -1) -1
# b''.find(b'a', 3, None) -1
# b''.find(b'a', 3, 2) -1
# b''.find(b'a', 3, -1) -1
# b''.find(b'a', 20, None) -1
# b''.find(b'a', 20, 2) -1
# b''.find(b'a', 20, -1) -1
# b''.rfind(b'a', -1, None) -1
# b''.rfind(b'a', -1, 2) -1
# b''.rfind(b'a', -1, -1) -1
# b''.rfind(b'a', 0, None) -1
# b''.rfind(b'a', 0, 2) -1
# b''.rfind(b'a', 0, -1) -1
# b''.rfind(b'a', 1, None) -1
# b''.rfind(b'a', 1, 2) -1
# b''.rfind(b'a', 1, -1) -1
# b''.rfind(b'a', 3, None) -1
# b''.rfind(b'a', 3, 2) -1
# b''.rfind(b'a', 3, -1) -1
# b''.rfind(b'a', 20, None) -1
# b''.rfind(b'a', 20, 2) -1
# b''.rfind(b'a', 20, -1) -1
# b''.index(b'a', -1, None) ValueError subsection not found
# b''.index(b'a', -1, 2) ValueError subsection not found
# b''.index(b'a', -1, -1) ValueError subsection not found
# b''.index(b'a', 0, None) ValueError subsection not found
# b''.index(b'a', 0, 2) ValueError subsection not found
# b''.index(b'a', 0, -1) ValueError subsection not found
# b''.index(b'a', 1, None) ValueError subsection not found
# b''.index(b'a', 1, 2) ValueError subsection not found
# b''.index(b'a', 1, -1) ValueError subsection not found
# b''.index(b'a', 3, None) ValueError subsection not found
# b''.index(b'a', 3, 2) ValueError subsection not found
# b''.index(b'a', 3, -1) ValueError subsection not found
# b''.index(b'a', 20, None) ValueError subsection not found
# b''.index(b'a', 20, 2) ValueError subsection not found
# b''.index(b'a', 20, -1) ValueError subsection not found
# b''.rindex(b'a', -1, None) ValueError subsection not found
# b''.rindex(b'a', -1, 2) ValueError subsection not found
# b''.rindex(b'a', -1, -1) ValueError subsection not found
# b''.rindex(b'a', 0, None) ValueError subsection not found
# b''.rindex(b'a', 0, 2) ValueError subsection not found
# b''.rindex(b'a', 0, -1) ValueError subsection not found
# b''.rindex(b'a', 1, None) ValueError subsection not found
# b''.rindex(b'a', 1, 2) ValueError subsection not found
# b''.rindex(b'a', 1, -1) ValueError subsection not found
# b''.rindex(b'a', 3, None) ValueError subsection not found
# b''.rindex(b'a', 3, 2) ValueError subsection not found
# b''.rindex(b'a', 3, -1) ValueError subsection not found
# b''.rindex(b'a', 20, None) ValueError subsection not found
# b''.rindex(b'a', 20, 2) ValueError subsection not found
# b''.rindex(b'a', 20, -1) ValueError subsection not found
# b''.startswith(b'a', -1, None) False
# b''.startswith(b'a', -1, 2) False
# b''.startswith(b'a', -1, -1) False
# b''.startswith(b'a', 0, None) False
# b''.startswith(b'a', 0, 2) False
# b''.startswith(b'a', 0, -1) False
# b''.startswith(b'a', 1, None) False
# b''.startswith(b'a', 1, 2) False
# b''.startswith(b'a', 1, -1) False
# b''.startswith(b'a', 3, None) False
# b''.startswith(b'a', 3, 2) False
# b''.startswith(b'a', 3, -1) False
# b''.startswith(b'a', 20, None) False
# b''.startswith(b'a', 20, 2) False
# b''.startswith(b'a', 20, -1) False
# b''.endswith(b'a', -1, None) False
# b''.endswith(b'a', -1, 2) False
# b''.endswith(b'a', -1, -1) False
# b''.endswith(b'a', 0, None) False
# b''.endswith(b'a', 0, 2) False
# b''.endswith(b'a', 0, -1) False
# b''.endswith(b'a', 1, None) False
# b''.endswith(b'a', 1, 2) False
# b''.endswith(b'a', 1, -1) False
# b''.endswith(b'a', 3, None) False
# b''.endswith(b'a', 3, 2) False
# b''.endswith(b'a', 3, -1) False
# b''.endswith(b'a', 20, None) False
# b''.endswith(b'a', 20, 2) False
# b''.endswith(b'a', 20, -1) False
# b''.center(-1) bytearray(b'')
# b''.center(0) bytearray(b'')
# b''.center(1) bytearray(b' ')
# b''.center(3) bytearray(b'   ')
# b''.center(20) bytearray(b'                    ')
# b''.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.center('2') TypeError 'str' object cannot be interpreted as an integer
# b''.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.ljust(-1) bytearray(b'')
# b''.ljust(0) bytearray(b'')
# b''.ljust(1) bytearray(b' ')
# b''.ljust(3) bytearray(b'   ')
# b''.ljust(20) bytearray(b'                    ')
# b''.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b''.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.rjust(-1) bytearray(b'')
# b''.rjust(0) bytearray(b'')
# b''.rjust(1) bytearray(b' ')
# b''.rjust(3) bytearray(b'   ')
# b''.rjust(20) bytearray(b'                    ')
# b''.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b''.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.zfill(-1) bytearray(b'')
# b''.zfill(0) bytearray(b'')
# b''.zfill(1) bytearray(b'0')
# b''.zfill(3) bytearray(b'000')
# b''.zfill(20) bytearray(b'00000000000000000000')
# b''.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b''.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b''.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.expandtabs(-1) bytearray(b'')
# b''.expandtabs(0) bytearray(b'')
# b''.expandtabs(1) bytearray(b'')
# b''.expandtabs(3) bytearray(b'')
# b''.expandtabs(20) bytearray(b'')
# b''.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b''.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b''.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b''.center(15, b'*') bytearray(b'***************')
# b''.center(15, bytearray(b'-')) bytearray(b'---------------')
# b''.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b''.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b''.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b''.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b''.ljust(15, b'*') bytearray(b'***************')
# b''.ljust(15, bytearray(b'-')) bytearray(b'---------------')
# b''.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b''.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b''.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b''.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b''.rjust(15, b'*') bytearray(b'***************')
# b''.rjust(15, bytearray(b'-')) bytearray(b'---------------')
# b''.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b''.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b''.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b''.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b''.split(None) []
# b''.split(b'a') [bytearray(b'')]
# b''.split(b',') [bytearray(b'')]
# b''.split(b'') ValueError empty separator
# b''.split('a') TypeError a bytes-like object is required, not 'str'
# b''.split(5) TypeError a bytes-like object is required, not 'int'
# b''.split(bytearray(b' ')) [bytearray(b'')]
# b''.rsplit(None) []
# b''.rsplit(b'a') [bytearray(b'')]
# b''.rsplit(b',') [bytearray(b'')]
# b''.rsplit(b'') ValueError empty separator
# b''.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b''.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b''.rsplit(bytearray(b' ')) [bytearray(b'')]
# b''.strip(None) bytearray(b'')
# b''.strip(b'a') bytearray(b'')
# b''.strip(b',') bytearray(b'')
# b''.strip(b'') bytearray(b'')
# b''.strip('a') TypeError a bytes-like object is required, not 'str'
# b''.strip(5) TypeError a bytes-like object is required, not 'int'
# b''.strip(bytearray(b' ')) bytearray(b'')
# b''.lstrip(None) bytearray(b'')
# b''.lstrip(b'a') bytearray(b'')
# b''.lstrip(b',') bytearray(b'')
# b''.lstrip(b'') bytearray(b'')
# b''.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b''.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b''.lstrip(bytearray(b' ')) bytearray(b'')
# b''.rstrip(None) bytearray(b'')
# b''.rstrip(b'a') bytearray(b'')
# b''.rstrip(b',') bytearray(b'')
# b''.rstrip(b'') bytearray(b'')
# b''.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b''.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b''.rstrip(bytearray(b' ')) bytearray(b'')
# b''.split(b',', -1) [bytearray(b'')]
# b''.split(None, -1) []
# b''.split(b',', 0) [bytearray(b'')]
# b''.split(None, 0) []
# b''.split(b',', 1) [bytearray(b'')]
# b''.split(None, 1) []
# b''.split(b',', 2) [bytearray(b'')]
# b''.split(None, 2) []
# b''.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b''.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b''.rsplit(b',', -1) [bytearray(b'')]
# b''.rsplit(None, -1) []
# b''.rsplit(b',', 0) [bytearray(b'')]
# b''.rsplit(None, 0) []
# b''.rsplit(b',', 1) [bytearray(b'')]
# b''.rsplit(None, 1) []
# b''.rsplit(b',', 2) [bytearray(b'')]
# b''.rsplit(None, 2) []
# b''.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b''.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b''.replace(b'a', b'XY', -1) bytearray(b'')
# b''.replace(b'a', b'XY', 0) bytearray(b'')
# b''.replace(b'a', b'XY', 1) bytearray(b'')
# b''.replace(b'a', b'XY', 2) bytearray(b'')
# b''.replace(b'', b'-', -1) bytearray(b'-')
# b''.replace(b'', b'-', 0) bytearray(b'')
# b''.replace(b'', b'-', 1) bytearray(b'-')
# b''.replace(b'', b'-', 2) bytearray(b'-')
# b''.replace(b',', b'', -1) bytearray(b'')
# b''.replace(b',', b'', 0) bytearray(b'')
# b''.replace(b',', b'', 1) bytearray(b'')
# b''.replace(b',', b'', 2) bytearray(b'')
# b''.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'')
# b''.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'')
# b''.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'')
# b''.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'')
# b''.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b''.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b''.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b''.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b''.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b''.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b''.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b''.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b''.splitlines(False) []
# b''.splitlines(True) []
# b''.splitlines(0) []
# b''.splitlines(1) []
# b''.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b''.decode('utf-8', 'strict') ''
# b''.decode('ascii', 'ignore') ''
# b''.decode('latin-1', 'strict') ''
# b''.decode('utf-8', 'replace') ''
# b''.decode('ascii', 'backslashreplace') ''
# b''.decode('nope', 'strict') ''
# b''.decode('utf-8', 'nope') ''
# b''.hex(':', 1) ''
# b''.hex(b'-', 2) ''
# b''.hex('-', -2) ''
# b''.hex('', 1) ValueError sep must be length 1.
# b''.hex('ab', 1) ValueError sep must be length 1.
# b''.hex(1, 1) TypeError object of type 'int' has no len()
# b''.translate(.., b'') bytearray(b'')
# b''.translate(.., b'a, ') bytearray(b'')
# b''.translate(.., b'\xff') bytearray(b'')
# b''.translate(.., b'') ValueError translation table must be 256 characters long
# b''.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'' + b'a' bytearray(b'a')
# b'' == b'a' False
# b'' < b'a' True
# b'a' in b'' False
# b'' + bytearray(b'Hello') bytearray(b'Hello')
# b'' == bytearray(b'Hello') False
# b'' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'' False
# b'' + mv(b'') bytearray(b'')
# b'' == mv(b'') True
# b'' < mv(b'') False
# mv(b'') in b'' True
# b'' + 'a' TypeError can't concat str to bytearray
# b'' == 'a' False
# b'' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'' TypeError a bytes-like object is required, not 'str'
# b'' + 3 TypeError can't concat int to bytearray
# b'' == 3 False
# b'' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'' False
# b'' + [1] TypeError can't concat list to bytearray
# b'' == [1] False
# b'' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'' TypeError a bytes-like object is required, not 'list'
# b'' * 0 bytearray(b'')
# b'' * 1 bytearray(b'')
# b'' * 3 bytearray(b'')
# b'' * -1 bytearray(b'')
# b'' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b''[0] IndexError bytearray index out of range
# b''[-1] IndexError bytearray index out of range
# b''[5] IndexError bytearray index out of range
# b''[-20] IndexError bytearray index out of range
# b''[slice(1, 3, None)] bytearray(b'')
# b''[slice(None, None, -2)] bytearray(b'')
# b''[slice(5, 1, None)] bytearray(b'')
# b''['k'] TypeError bytearray indices must be integers or slices, not str
# b''[1.0] TypeError bytearray indices must be integers or slices, not float
# b'' % () bytearray(b'')
# b'' % (1,) TypeError not all arguments converted during bytes formatting
# b'' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'' % 's' TypeError not all arguments converted during bytes formatting
# b'a'.upper() bytearray(b'A')
# b'a'.lower() bytearray(b'a')
# b'a'.swapcase() bytearray(b'A')
# b'a'.title() bytearray(b'A')
# b'a'.capitalize() bytearray(b'A')
# b'a'.isdigit() False
# b'a'.isalpha() True
# b'a'.isalnum() True
# b'a'.isspace() False
# b'a'.isascii() True
# b'a'.islower() True
# b'a'.isupper() False
# b'a'.istitle() False
# b'a'.hex() '61'
# b'a'.decode() 'a'
# b'a'.splitlines() [bytearray(b'a')]
# b'a'.expandtabs() bytearray(b'a')
# b'a'.strip() bytearray(b'a')
# b'a'.lstrip() bytearray(b'a')
# b'a'.rstrip() bytearray(b'a')
# b'a'.split() [bytearray(b'a')]
# b'a'.rsplit() [bytearray(b'a')]
# b'a'.__len__() 1
# b'a'.__iter__() [97]
# b'a'.partition(b'') ValueError empty separator
# b'a'.partition(b'a') (bytearray(b''), bytearray(b'a'), bytearray(b''))
# b'a'.partition(b',') (bytearray(b'a'), bytearray(b''), bytearray(b''))
# b'a'.partition(b'ab') (bytearray(b'a'), bytearray(b''), bytearray(b''))
# b'a'.partition(b'\xff') (bytearray(b'a'), bytearray(b''), bytearray(b''))
# b'a'.partition(b'  ') (bytearray(b'a'), bytearray(b''), bytearray(b''))
# b'a'.partition(bytearray(b'b')) (bytearray(b'a'), bytearray(b''), bytearray(b''))
# b'a'.partition(mv(b'c')) (bytearray(b'a'), bytearray(b''), bytearray(b''))
# b'a'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'a'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.rpartition(b'') ValueError empty separator
# b'a'.rpartition(b'a') (bytearray(b''), bytearray(b'a'), bytearray(b''))
# b'a'.rpartition(b',') (bytearray(b''), bytearray(b''), bytearray(b'a'))
# b'a'.rpartition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b'a'))
# b'a'.rpartition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b'a'))
# b'a'.rpartition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b'a'))
# b'a'.rpartition(bytearray(b'b')) (bytearray(b''), bytearray(b''), bytearray(b'a'))
# b'a'.rpartition(mv(b'c')) (bytearray(b''), bytearray(b''), bytearray(b'a'))
# b'a'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'a'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.removeprefix(b'') bytearray(b'a')
# b'a'.removeprefix(b'a') bytearray(b'')
# b'a'.removeprefix(b',') bytearray(b'a')
# b'a'.removeprefix(b'ab') bytearray(b'a')
# b'a'.removeprefix(b'\xff') bytearray(b'a')
# b'a'.removeprefix(b'  ') bytearray(b'a')
# b'a'.removeprefix(bytearray(b'b')) bytearray(b'a')
# b'a'.removeprefix(mv(b'c')) bytearray(b'a')
# b'a'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'a'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.removesuffix(b'') bytearray(b'a')
# b'a'.removesuffix(b'a') bytearray(b'')
# b'a'.removesuffix(b',') bytearray(b'a')
# b'a'.removesuffix(b'ab') bytearray(b'a')
# b'a'.removesuffix(b'\xff') bytearray(b'a')
# b'a'.removesuffix(b'  ') bytearray(b'a')
# b'a'.removesuffix(bytearray(b'b')) bytearray(b'a')
# b'a'.removesuffix(mv(b'c')) bytearray(b'a')
# b'a'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'a'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'a'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a'.join(b'') bytearray(b'')
# b'a'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join(97) TypeError can only join an iterable
# b'a'.join(0) TypeError can only join an iterable
# b'a'.join(255) TypeError can only join an iterable
# b'a'.join(256) TypeError can only join an iterable
# b'a'.join(-1) TypeError can only join an iterable
# b'a'.join(1180591620717411303424) TypeError can only join an iterable
# b'a'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'a'.join(None) TypeError can only join an iterable
# b'a'.join(1.5) TypeError can only join an iterable
# b'a'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'a'.join((b'a', b'H')) bytearray(b'aaH')
# b'a'.count(b'') 2
# b'a'.count(b'a') 1
# b'a'.count(b',') 0
# b'a'.count(b'ab') 0
# b'a'.count(b'\xff') 0
# b'a'.count(b'  ') 0
# b'a'.count(bytearray(b'b')) 0
# b'a'.count(mv(b'c')) 0
# b'a'.count(97) 1
# b'a'.count(0) 0
# b'a'.count(255) 0
# b'a'.count(256) ValueError byte must be in range(0, 256)
# b'a'.count(-1) ValueError byte must be in range(0, 256)
# b'a'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.find(b'') 0
# b'a'.find(b'a') 0
# b'a'.find(b',') -1
# b'a'.find(b'ab') -1
# b'a'.find(b'\xff') -1
# b'a'.find(b'  ') -1
# b'a'.find(bytearray(b'b')) -1
# b'a'.find(mv(b'c')) -1
# b'a'.find(97) 0
# b'a'.find(0) -1
# b'a'.find(255) -1
# b'a'.find(256) ValueError byte must be in range(0, 256)
# b'a'.find(-1) ValueError byte must be in range(0, 256)
# b'a'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.rfind(b'') 1
# b'a'.rfind(b'a') 0
# b'a'.rfind(b',') -1
# b'a'.rfind(b'ab') -1
# b'a'.rfind(b'\xff') -1
# b'a'.rfind(b'  ') -1
# b'a'.rfind(bytearray(b'b')) -1
# b'a'.rfind(mv(b'c')) -1
# b'a'.rfind(97) 0
# b'a'.rfind(0) -1
# b'a'.rfind(255) -1
# b'a'.rfind(256) ValueError byte must be in range(0, 256)
# b'a'.rfind(-1) ValueError byte must be in range(0, 256)
# b'a'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.index(b'') 0
# b'a'.index(b'a') 0
# b'a'.index(b',') ValueError subsection not found
# b'a'.index(b'ab') ValueError subsection not found
# b'a'.index(b'\xff') ValueError subsection not found
# b'a'.index(b'  ') ValueError subsection not found
# b'a'.index(bytearray(b'b')) ValueError subsection not found
# b'a'.index(mv(b'c')) ValueError subsection not found
# b'a'.index(97) 0
# b'a'.index(0) ValueError subsection not found
# b'a'.index(255) ValueError subsection not found
# b'a'.index(256) ValueError byte must be in range(0, 256)
# b'a'.index(-1) ValueError byte must be in range(0, 256)
# b'a'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.rindex(b'') 1
# b'a'.rindex(b'a') 0
# b'a'.rindex(b',') ValueError subsection not found
# b'a'.rindex(b'ab') ValueError subsection not found
# b'a'.rindex(b'\xff') ValueError subsection not found
# b'a'.rindex(b'  ') ValueError subsection not found
# b'a'.rindex(bytearray(b'b')) ValueError subsection not found
# b'a'.rindex(mv(b'c')) ValueError subsection not found
# b'a'.rindex(97) 0
# b'a'.rindex(0) ValueError subsection not found
# b'a'.rindex(255) ValueError subsection not found
# b'a'.rindex(256) ValueError byte must be in range(0, 256)
# b'a'.rindex(-1) ValueError byte must be in range(0, 256)
# b'a'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a'.startswith(b'') True
# b'a'.startswith(b'a') True
# b'a'.startswith(b',') False
# b'a'.startswith(b'ab') False
# b'a'.startswith(b'\xff') False
# b'a'.startswith(b'  ') False
# b'a'.startswith(bytearray(b'b')) False
# b'a'.startswith(mv(b'c')) False
# b'a'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'a'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'a'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'a'.startswith((b'a', b'H')) True
# b'a'.endswith(b'') True
# b'a'.endswith(b'a') True
# b'a'.endswith(b',') False
# b'a'.endswith(b'ab') False
# b'a'.endswith(b'\xff') False
# b'a'.endswith(b'  ') False
# b'a'.endswith(bytearray(b'b')) False
# b'a'.endswith(mv(b'c')) False
# b'a'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'a'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'a'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'a'.endswith((b'a', b'H')) True
# b'a'.count(b'a', -1, None) 1
# b'a'.count(b'a', -1, 2) 1
# b'a'.count(b'a', -1, -1) 0
# b'a'.count(b'a', 0, None) 1
# b'a'.count(b'a', 0, 2) 1
# b'a'.count(b'a', 0, -1) 0
# b'a'.count(b'a', 1, None) 0
# b'a'.count(b'a', 1, 2) 0
# b'a'.count(b'a', 1, -1) 0
# b'a'.count(b'a', 3, None) 0
# b'a'.count(b'a', 3, 2) 0
# b'a'.count(b'a', 3, -1) 0
# b'a'.count(b'a', 20, None) 0
# b'a'.count(b'a', 20, 2) 0
# b'a'.count(b'a', 20, -1) 0
# b'a'.find(b'a', -1, None) 0
# b'a'.find(b'a', -1, 2) 0
# b'a'.find(b'a', -1, -1) -1
# b'a'.find(b'a', 0, None) 0
# b'a'.find(b'a', 0, 2) 0
# b'a'.find(b'a', 0, -1) -1
# b'a'.find(b'a', 1, None) -1
# b'a'.find(b'a', 1, 2) -1
# b'a'.find(b'a', 1, -1) -1
# b'a'.find(b'a', 3, None) -1
# b'a'.find(b'a', 3, 2) -1
# b'a'.find(b'a', 3, -1) -1
# b'a'.find(b'a', 20, None) -1
# b'a'.find(b'a', 20, 2) -1
# b'a'.find(b'a', 20, -1) -1
# b'a'.rfind(b'a', -1, None) 0
# b'a'.rfind(b'a', -1, 2) 0
# b'a'.rfind(b'a', -1, -1) -1
# b'a'.rfind(b'a', 0, None) 0
# b'a'.rfind(b'a', 0, 2) 0
# b'a'.rfind(b'a', 0, -1) -1
# b'a'.rfind(b'a', 1, None) -1
# b'a'.rfind(b'a', 1, 2) -1
# b'a'.rfind(b'a', 1, -1) -1
# b'a'.rfind(b'a', 3, None) -1
# b'a'.rfind(b'a', 3, 2) -1
# b'a'.rfind(b'a', 3, -1) -1
# b'a'.rfind(b'a', 20, None) -1
# b'a'.rfind(b'a', 20, 2) -1
# b'a'.rfind(b'a', 20, -1) -1
# b'a'.index(b'a', -1, None) 0
# b'a'.index(b'a', -1, 2) 0
# b'a'.index(b'a', -1, -1) ValueError subsection not found
# b'a'.index(b'a', 0, None) 0
# b'a'.index(b'a', 0, 2) 0
# b'a'.index(b'a', 0, -1) ValueError subsection not found
# b'a'.index(b'a', 1, None) ValueError subsection not found
# b'a'.index(b'a', 1, 2) ValueError subsection not found
# b'a'.index(b'a', 1, -1) ValueError subsection not found
# b'a'.index(b'a', 3, None) ValueError subsection not found
# b'a'.index(b'a', 3, 2) ValueError subsection not found
# b'a'.index(b'a', 3, -1) ValueError subsection not found
# b'a'.index(b'a', 20, None) ValueError subsection not found
# b'a'.index(b'a', 20, 2) ValueError subsection not found
# b'a'.index(b'a', 20, -1) ValueError subsection not found
# b'a'.rindex(b'a', -1, None) 0
# b'a'.rindex(b'a', -1, 2) 0
# b'a'.rindex(b'a', -1, -1) ValueError subsection not found
# b'a'.rindex(b'a', 0, None) 0
# b'a'.rindex(b'a', 0, 2) 0
# b'a'.rindex(b'a', 0, -1) ValueError subsection not found
# b'a'.rindex(b'a', 1, None) ValueError subsection not found
# b'a'.rindex(b'a', 1, 2) ValueError subsection not found
# b'a'.rindex(b'a', 1, -1) ValueError subsection not found
# b'a'.rindex(b'a', 3, None) ValueError subsection not found
# b'a'.rindex(b'a', 3, 2) ValueError subsection not found
# b'a'.rindex(b'a', 3, -1) ValueError subsection not found
# b'a'.rindex(b'a', 20, None) ValueError subsection not found
# b'a'.rindex(b'a', 20, 2) ValueError subsection not found
# b'a'.rindex(b'a', 20, -1) ValueError subsection not found
# b'a'.startswith(b'a', -1, None) True
# b'a'.startswith(b'a', -1, 2) True
# b'a'.startswith(b'a', -1, -1) False
# b'a'.startswith(b'a', 0, None) True
# b'a'.startswith(b'a', 0, 2) True
# b'a'.startswith(b'a', 0, -1) False
# b'a'.startswith(b'a', 1, None) False
# b'a'.startswith(b'a', 1, 2) False
# b'a'.startswith(b'a', 1, -1) False
# b'a'.startswith(b'a', 3, None) False
# b'a'.startswith(b'a', 3, 2) False
# b'a'.startswith(b'a', 3, -1) False
# b'a'.startswith(b'a', 20, None) False
# b'a'.startswith(b'a', 20, 2) False
# b'a'.startswith(b'a', 20, -1) False
# b'a'.endswith(b'a', -1, None) True
# b'a'.endswith(b'a', -1, 2) True
# b'a'.endswith(b'a', -1, -1) False
# b'a'.endswith(b'a', 0, None) True
# b'a'.endswith(b'a', 0, 2) True
# b'a'.endswith(b'a', 0, -1) False
# b'a'.endswith(b'a', 1, None) False
# b'a'.endswith(b'a', 1, 2) False
# b'a'.endswith(b'a', 1, -1) False
# b'a'.endswith(b'a', 3, None) False
# b'a'.endswith(b'a', 3, 2) False
# b'a'.endswith(b'a', 3, -1) False
# b'a'.endswith(b'a', 20, None) False
# b'a'.endswith(b'a', 20, 2) False
# b'a'.endswith(b'a', 20, -1) False
# b'a'.center(-1) bytearray(b'a')
# b'a'.center(0) bytearray(b'a')
# b'a'.center(1) bytearray(b'a')
# b'a'.center(3) bytearray(b' a ')
# b'a'.center(20) bytearray(b'         a          ')
# b'a'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.ljust(-1) bytearray(b'a')
# b'a'.ljust(0) bytearray(b'a')
# b'a'.ljust(1) bytearray(b'a')
# b'a'.ljust(3) bytearray(b'a  ')
# b'a'.ljust(20) bytearray(b'a                   ')
# b'a'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.rjust(-1) bytearray(b'a')
# b'a'.rjust(0) bytearray(b'a')
# b'a'.rjust(1) bytearray(b'a')
# b'a'.rjust(3) bytearray(b'  a')
# b'a'.rjust(20) bytearray(b'                   a')
# b'a'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.zfill(-1) bytearray(b'a')
# b'a'.zfill(0) bytearray(b'a')
# b'a'.zfill(1) bytearray(b'a')
# b'a'.zfill(3) bytearray(b'00a')
# b'a'.zfill(20) bytearray(b'0000000000000000000a')
# b'a'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.expandtabs(-1) bytearray(b'a')
# b'a'.expandtabs(0) bytearray(b'a')
# b'a'.expandtabs(1) bytearray(b'a')
# b'a'.expandtabs(3) bytearray(b'a')
# b'a'.expandtabs(20) bytearray(b'a')
# b'a'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'a'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'a'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a'.center(15, b'*') bytearray(b'*******a*******')
# b'a'.center(15, bytearray(b'-')) bytearray(b'-------a-------')
# b'a'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'a'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'a'.ljust(15, b'*') bytearray(b'a**************')
# b'a'.ljust(15, bytearray(b'-')) bytearray(b'a--------------')
# b'a'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'a'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'a'.rjust(15, b'*') bytearray(b'**************a')
# b'a'.rjust(15, bytearray(b'-')) bytearray(b'--------------a')
# b'a'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'a'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'a'.split(None) [bytearray(b'a')]
# b'a'.split(b'a') [bytearray(b''), bytearray(b'')]
# b'a'.split(b',') [bytearray(b'a')]
# b'a'.split(b'') ValueError empty separator
# b'a'.split('a') TypeError a bytes-like object is required, not 'str'
# b'a'.split(5) TypeError a bytes-like object is required, not 'int'
# b'a'.split(bytearray(b' ')) [bytearray(b'a')]
# b'a'.rsplit(None) [bytearray(b'a')]
# b'a'.rsplit(b'a') [bytearray(b''), bytearray(b'')]
# b'a'.rsplit(b',') [bytearray(b'a')]
# b'a'.rsplit(b'') ValueError empty separator
# b'a'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'a'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'a'.rsplit(bytearray(b' ')) [bytearray(b'a')]
# b'a'.strip(None) bytearray(b'a')
# b'a'.strip(b'a') bytearray(b'')
# b'a'.strip(b',') bytearray(b'a')
# b'a'.strip(b'') bytearray(b'a')
# b'a'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'a'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'a'.strip(bytearray(b' ')) bytearray(b'a')
# b'a'.lstrip(None) bytearray(b'a')
# b'a'.lstrip(b'a') bytearray(b'')
# b'a'.lstrip(b',') bytearray(b'a')
# b'a'.lstrip(b'') bytearray(b'a')
# b'a'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a'.lstrip(bytearray(b' ')) bytearray(b'a')
# b'a'.rstrip(None) bytearray(b'a')
# b'a'.rstrip(b'a') bytearray(b'')
# b'a'.rstrip(b',') bytearray(b'a')
# b'a'.rstrip(b'') bytearray(b'a')
# b'a'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a'.rstrip(bytearray(b' ')) bytearray(b'a')
# b'a'.split(b',', -1) [bytearray(b'a')]
# b'a'.split(None, -1) [bytearray(b'a')]
# b'a'.split(b',', 0) [bytearray(b'a')]
# b'a'.split(None, 0) [bytearray(b'a')]
# b'a'.split(b',', 1) [bytearray(b'a')]
# b'a'.split(None, 1) [bytearray(b'a')]
# b'a'.split(b',', 2) [bytearray(b'a')]
# b'a'.split(None, 2) [bytearray(b'a')]
# b'a'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.rsplit(b',', -1) [bytearray(b'a')]
# b'a'.rsplit(None, -1) [bytearray(b'a')]
# b'a'.rsplit(b',', 0) [bytearray(b'a')]
# b'a'.rsplit(None, 0) [bytearray(b'a')]
# b'a'.rsplit(b',', 1) [bytearray(b'a')]
# b'a'.rsplit(None, 1) [bytearray(b'a')]
# b'a'.rsplit(b',', 2) [bytearray(b'a')]
# b'a'.rsplit(None, 2) [bytearray(b'a')]
# b'a'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a'.replace(b'a', b'XY', -1) bytearray(b'XY')
# b'a'.replace(b'a', b'XY', 0) bytearray(b'a')
# b'a'.replace(b'a', b'XY', 1) bytearray(b'XY')
# b'a'.replace(b'a', b'XY', 2) bytearray(b'XY')
# b'a'.replace(b'', b'-', -1) bytearray(b'-a-')
# b'a'.replace(b'', b'-', 0) bytearray(b'a')
# b'a'.replace(b'', b'-', 1) bytearray(b'-a')
# b'a'.replace(b'', b'-', 2) bytearray(b'-a-')
# b'a'.replace(b',', b'', -1) bytearray(b'a')
# b'a'.replace(b',', b'', 0) bytearray(b'a')
# b'a'.replace(b',', b'', 1) bytearray(b'a')
# b'a'.replace(b',', b'', 2) bytearray(b'a')
# b'a'.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'a')
# b'a'.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'a')
# b'a'.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'a')
# b'a'.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'a')
# b'a'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'a'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'a'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'a'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'a'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'a'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'a'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'a'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'a'.splitlines(False) [bytearray(b'a')]
# b'a'.splitlines(True) [bytearray(b'a')]
# b'a'.splitlines(0) [bytearray(b'a')]
# b'a'.splitlines(1) [bytearray(b'a')]
# b'a'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'a'.decode('utf-8', 'strict') 'a'
# b'a'.decode('ascii', 'ignore') 'a'
# b'a'.decode('latin-1', 'strict') 'a'
# b'a'.decode('utf-8', 'replace') 'a'
# b'a'.decode('ascii', 'backslashreplace') 'a'
# b'a'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'a'.decode('utf-8', 'nope') 'a'
# b'a'.hex(':', 1) '61'
# b'a'.hex(b'-', 2) '61'
# b'a'.hex('-', -2) '61'
# b'a'.hex('', 1) ValueError sep must be length 1.
# b'a'.hex('ab', 1) ValueError sep must be length 1.
# b'a'.hex(1, 1) TypeError object of type 'int' has no len()
# b'a'.translate(.., b'') bytearray(b'\x9e')
# b'a'.translate(.., b'a, ') bytearray(b'')
# b'a'.translate(.., b'\xff') bytearray(b'\x9e')
# b'a'.translate(.., b'') ValueError translation table must be 256 characters long
# b'a'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'a' + b'a' bytearray(b'aa')
# b'a' == b'a' True
# b'a' < b'a' False
# b'a' in b'a' True
# b'a' + bytearray(b'Hello') bytearray(b'aHello')
# b'a' == bytearray(b'Hello') False
# b'a' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'a' False
# b'a' + mv(b'') bytearray(b'a')
# b'a' == mv(b'') False
# b'a' < mv(b'') False
# mv(b'') in b'a' True
# b'a' + 'a' TypeError can't concat str to bytearray
# b'a' == 'a' False
# b'a' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'a' TypeError a bytes-like object is required, not 'str'
# b'a' + 3 TypeError can't concat int to bytearray
# b'a' == 3 False
# b'a' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'a' False
# b'a' + [1] TypeError can't concat list to bytearray
# b'a' == [1] False
# b'a' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'a' TypeError a bytes-like object is required, not 'list'
# b'a' * 0 bytearray(b'')
# b'a' * 1 bytearray(b'a')
# b'a' * 3 bytearray(b'aaa')
# b'a' * -1 bytearray(b'')
# b'a' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'a' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'a'[0] 97
# b'a'[-1] 97
# b'a'[5] IndexError bytearray index out of range
# b'a'[-20] IndexError bytearray index out of range
# b'a'[slice(1, 3, None)] bytearray(b'')
# b'a'[slice(None, None, -2)] bytearray(b'a')
# b'a'[slice(5, 1, None)] bytearray(b'')
# b'a'['k'] TypeError bytearray indices must be integers or slices, not str
# b'a'[1.0] TypeError bytearray indices must be integers or slices, not float
# b'a' % () bytearray(b'a')
# b'a' % (1,) TypeError not all arguments converted during bytes formatting
# b'a' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'a' % 's' TypeError not all arguments converted during bytes formatting
# b'Hello, World'.upper() bytearray(b'HELLO, WORLD')
# b'Hello, World'.lower() bytearray(b'hello, world')
# b'Hello, World'.swapcase() bytearray(b'hELLO, wORLD')
# b'Hello, World'.title() bytearray(b'Hello, World')
# b'Hello, World'.capitalize() bytearray(b'Hello, world')
# b'Hello, World'.isdigit() False
# b'Hello, World'.isalpha() False
# b'Hello, World'.isalnum() False
# b'Hello, World'.isspace() False
# b'Hello, World'.isascii() True
# b'Hello, World'.islower() False
# b'Hello, World'.isupper() False
# b'Hello, World'.istitle() True
# b'Hello, World'.hex() '48656c6c6f2c20576f726c64'
# b'Hello, World'.decode() 'Hello, World'
# b'Hello, World'.splitlines() [bytearray(b'Hello, World')]
# b'Hello, World'.expandtabs() bytearray(b'Hello, World')
# b'Hello, World'.strip() bytearray(b'Hello, World')
# b'Hello, World'.lstrip() bytearray(b'Hello, World')
# b'Hello, World'.rstrip() bytearray(b'Hello, World')
# b'Hello, World'.split() [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.rsplit() [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.__len__() 12
# b'Hello, World'.__iter__() [72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100]
# b'Hello, World'.partition(b'') ValueError empty separator
# b'Hello, World'.partition(b'a') (bytearray(b'Hello, World'), bytearray(b''), bytearray(b''))
# b'Hello, World'.partition(b',') (bytearray(b'Hello'), bytearray(b','), bytearray(b' World'))
# b'Hello, World'.partition(b'ab') (bytearray(b'Hello, World'), bytearray(b''), bytearray(b''))
# b'Hello, World'.partition(b'\xff') (bytearray(b'Hello, World'), bytearray(b''), bytearray(b''))
# b'Hello, World'.partition(b'  ') (bytearray(b'Hello, World'), bytearray(b''), bytearray(b''))
# b'Hello, World'.partition(bytearray(b'b')) (bytearray(b'Hello, World'), bytearray(b''), bytearray(b''))
# b'Hello, World'.partition(mv(b'c')) (bytearray(b'Hello, World'), bytearray(b''), bytearray(b''))
# b'Hello, World'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.rpartition(b'') ValueError empty separator
# b'Hello, World'.rpartition(b'a') (bytearray(b''), bytearray(b''), bytearray(b'Hello, World'))
# b'Hello, World'.rpartition(b',') (bytearray(b'Hello'), bytearray(b','), bytearray(b' World'))
# b'Hello, World'.rpartition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b'Hello, World'))
# b'Hello, World'.rpartition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b'Hello, World'))
# b'Hello, World'.rpartition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b'Hello, World'))
# b'Hello, World'.rpartition(bytearray(b'b')) (bytearray(b''), bytearray(b''), bytearray(b'Hello, World'))
# b'Hello, World'.rpartition(mv(b'c')) (bytearray(b''), bytearray(b''), bytearray(b'Hello, World'))
# b'Hello, World'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.removeprefix(b'') bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(b'a') bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(b',') bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(b'ab') bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(b'\xff') bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(b'  ') bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(bytearray(b'b')) bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(mv(b'c')) bytearray(b'Hello, World')
# b'Hello, World'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.removesuffix(b'') bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(b'a') bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(b',') bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(b'ab') bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(b'\xff') bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(b'  ') bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(bytearray(b'b')) bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(mv(b'c')) bytearray(b'Hello, World')
# b'Hello, World'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'Hello, World'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'Hello, World'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'Hello, World'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'Hello, World'.join(b'') bytearray(b'')
# b'Hello, World'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join(97) TypeError can only join an iterable
# b'Hello, World'.join(0) TypeError can only join an iterable
# b'Hello, World'.join(255) TypeError can only join an iterable
# b'Hello, World'.join(256) TypeError can only join an iterable
# b'Hello, World'.join(-1) TypeError can only join an iterable
# b'Hello, World'.join(1180591620717411303424) TypeError can only join an iterable
# b'Hello, World'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'Hello, World'.join(None) TypeError can only join an iterable
# b'Hello, World'.join(1.5) TypeError can only join an iterable
# b'Hello, World'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'Hello, World'.join((b'a', b'H')) bytearray(b'aHello, WorldH')
# b'Hello, World'.count(b'') 13
# b'Hello, World'.count(b'a') 0
# b'Hello, World'.count(b',') 1
# b'Hello, World'.count(b'ab') 0
# b'Hello, World'.count(b'\xff') 0
# b'Hello, World'.count(b'  ') 0
# b'Hello, World'.count(bytearray(b'b')) 0
# b'Hello, World'.count(mv(b'c')) 0
# b'Hello, World'.count(97) 0
# b'Hello, World'.count(0) 0
# b'Hello, World'.count(255) 0
# b'Hello, World'.count(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.count(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.find(b'') 0
# b'Hello, World'.find(b'a') -1
# b'Hello, World'.find(b',') 5
# b'Hello, World'.find(b'ab') -1
# b'Hello, World'.find(b'\xff') -1
# b'Hello, World'.find(b'  ') -1
# b'Hello, World'.find(bytearray(b'b')) -1
# b'Hello, World'.find(mv(b'c')) -1
# b'Hello, World'.find(97) -1
# b'Hello, World'.find(0) -1
# b'Hello, World'.find(255) -1
# b'Hello, World'.find(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.find(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.rfind(b'') 12
# b'Hello, World'.rfind(b'a') -1
# b'Hello, World'.rfind(b',') 5
# b'Hello, World'.rfind(b'ab') -1
# b'Hello, World'.rfind(b'\xff') -1
# b'Hello, World'.rfind(b'  ') -1
# b'Hello, World'.rfind(bytearray(b'b')) -1
# b'Hello, World'.rfind(mv(b'c')) -1
# b'Hello, World'.rfind(97) -1
# b'Hello, World'.rfind(0) -1
# b'Hello, World'.rfind(255) -1
# b'Hello, World'.rfind(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.rfind(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.index(b'') 0
# b'Hello, World'.index(b'a') ValueError subsection not found
# b'Hello, World'.index(b',') 5
# b'Hello, World'.index(b'ab') ValueError subsection not found
# b'Hello, World'.index(b'\xff') ValueError subsection not found
# b'Hello, World'.index(b'  ') ValueError subsection not found
# b'Hello, World'.index(bytearray(b'b')) ValueError subsection not found
# b'Hello, World'.index(mv(b'c')) ValueError subsection not found
# b'Hello, World'.index(97) ValueError subsection not found
# b'Hello, World'.index(0) ValueError subsection not found
# b'Hello, World'.index(255) ValueError subsection not found
# b'Hello, World'.index(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.index(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.rindex(b'') 12
# b'Hello, World'.rindex(b'a') ValueError subsection not found
# b'Hello, World'.rindex(b',') 5
# b'Hello, World'.rindex(b'ab') ValueError subsection not found
# b'Hello, World'.rindex(b'\xff') ValueError subsection not found
# b'Hello, World'.rindex(b'  ') ValueError subsection not found
# b'Hello, World'.rindex(bytearray(b'b')) ValueError subsection not found
# b'Hello, World'.rindex(mv(b'c')) ValueError subsection not found
# b'Hello, World'.rindex(97) ValueError subsection not found
# b'Hello, World'.rindex(0) ValueError subsection not found
# b'Hello, World'.rindex(255) ValueError subsection not found
# b'Hello, World'.rindex(256) ValueError byte must be in range(0, 256)
# b'Hello, World'.rindex(-1) ValueError byte must be in range(0, 256)
# b'Hello, World'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'Hello, World'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'Hello, World'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'Hello, World'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'Hello, World'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'Hello, World'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'Hello, World'.startswith(b'') True
# b'Hello, World'.startswith(b'a') False
# b'Hello, World'.startswith(b',') False
# b'Hello, World'.startswith(b'ab') False
# b'Hello, World'.startswith(b'\xff') False
# b'Hello, World'.startswith(b'  ') False
# b'Hello, World'.startswith(bytearray(b'b')) False
# b'Hello, World'.startswith(mv(b'c')) False
# b'Hello, World'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'Hello, World'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'Hello, World'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'Hello, World'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'Hello, World'.startswith((b'a', b'H')) True
# b'Hello, World'.endswith(b'') True
# b'Hello, World'.endswith(b'a') False
# b'Hello, World'.endswith(b',') False
# b'Hello, World'.endswith(b'ab') False
# b'Hello, World'.endswith(b'\xff') False
# b'Hello, World'.endswith(b'  ') False
# b'Hello, World'.endswith(bytearray(b'b')) False
# b'Hello, World'.endswith(mv(b'c')) False
# b'Hello, World'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'Hello, World'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'Hello, World'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'Hello, World'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'Hello, World'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'Hello, World'.endswith((b'a', b'H')) False
# b'Hello, World'.count(b'a', -1, None) 0
# b'Hello, World'.count(b'a', -1, 2) 0
# b'Hello, World'.count(b'a', -1, -1) 0
# b'Hello, World'.count(b'a', 0, None) 0
# b'Hello, World'.count(b'a', 0, 2) 0
# b'Hello, World'.count(b'a', 0, -1) 0
# b'Hello, World'.count(b'a', 1, None) 0
# b'Hello, World'.count(b'a', 1, 2) 0
# b'Hello, World'.count(b'a', 1, -1) 0
# b'Hello, World'.count(b'a', 3, None) 0
# b'Hello, World'.count(b'a', 3, 2) 0
# b'Hello, World'.count(b'a', 3, -1) 0
# b'Hello, World'.count(b'a', 20, None) 0
# b'Hello, World'.count(b'a', 20, 2) 0
# b'Hello, World'.count(b'a', 20, -1) 0
# b'Hello, World'.find(b'a', -1, None) -1
# b'Hello, World'.find(b'a', -1, 2) -1
# b'Hello, World'.find(b'a', -1, -1) -1
# b'Hello, World'.find(b'a', 0, None) -1
# b'Hello, World'.find(b'a', 0, 2) -1
# b'Hello, World'.find(b'a', 0, -1) -1
# b'Hello, World'.find(b'a', 1, None) -1
# b'Hello, World'.find(b'a', 1, 2) -1
# b'Hello, World'.find(b'a', 1, -1) -1
# b'Hello, World'.find(b'a', 3, None) -1
# b'Hello, World'.find(b'a', 3, 2) -1
# b'Hello, World'.find(b'a', 3, -1) -1
# b'Hello, World'.find(b'a', 20, None) -1
# b'Hello, World'.find(b'a', 20, 2) -1
# b'Hello, World'.find(b'a', 20, -1) -1
# b'Hello, World'.rfind(b'a', -1, None) -1
# b'Hello, World'.rfind(b'a', -1, 2) -1
# b'Hello, World'.rfind(b'a', -1, -1) -1
# b'Hello, World'.rfind(b'a', 0, None) -1
# b'Hello, World'.rfind(b'a', 0, 2) -1
# b'Hello, World'.rfind(b'a', 0, -1) -1
# b'Hello, World'.rfind(b'a', 1, None) -1
# b'Hello, World'.rfind(b'a', 1, 2) -1
# b'Hello, World'.rfind(b'a', 1, -1) -1
# b'Hello, World'.rfind(b'a', 3, None) -1
# b'Hello, World'.rfind(b'a', 3, 2) -1
# b'Hello, World'.rfind(b'a', 3, -1) -1
# b'Hello, World'.rfind(b'a', 20, None) -1
# b'Hello, World'.rfind(b'a', 20, 2) -1
# b'Hello, World'.rfind(b'a', 20, -1) -1
# b'Hello, World'.index(b'a', -1, None) ValueError subsection not found
# b'Hello, World'.index(b'a', -1, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', -1, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 0, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 0, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 0, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 1, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 1, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 1, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 3, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 3, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 3, -1) ValueError subsection not found
# b'Hello, World'.index(b'a', 20, None) ValueError subsection not found
# b'Hello, World'.index(b'a', 20, 2) ValueError subsection not found
# b'Hello, World'.index(b'a', 20, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', -1, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', -1, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', -1, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 0, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 0, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 0, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 1, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 1, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 1, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 3, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 3, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 3, -1) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 20, None) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 20, 2) ValueError subsection not found
# b'Hello, World'.rindex(b'a', 20, -1) ValueError subsection not found
# b'Hello, World'.startswith(b'a', -1, None) False
# b'Hello, World'.startswith(b'a', -1, 2) False
# b'Hello, World'.startswith(b'a', -1, -1) False
# b'Hello, World'.startswith(b'a', 0, None) False
# b'Hello, World'.startswith(b'a', 0, 2) False
# b'Hello, World'.startswith(b'a', 0, -1) False
# b'Hello, World'.startswith(b'a', 1, None) False
# b'Hello, World'.startswith(b'a', 1, 2) False
# b'Hello, World'.startswith(b'a', 1, -1) False
# b'Hello, World'.startswith(b'a', 3, None) False
# b'Hello, World'.startswith(b'a', 3, 2) False
# b'Hello, World'.startswith(b'a', 3, -1) False
# b'Hello, World'.startswith(b'a', 20, None) False
# b'Hello, World'.startswith(b'a', 20, 2) False
# b'Hello, World'.startswith(b'a', 20, -1) False
# b'Hello, World'.endswith(b'a', -1, None) False
# b'Hello, World'.endswith(b'a', -1, 2) False
# b'Hello, World'.endswith(b'a', -1, -1) False
# b'Hello, World'.endswith(b'a', 0, None) False
# b'Hello, World'.endswith(b'a', 0, 2) False
# b'Hello, World'.endswith(b'a', 0, -1) False
# b'Hello, World'.endswith(b'a', 1, None) False
# b'Hello, World'.endswith(b'a', 1, 2) False
# b'Hello, World'.endswith(b'a', 1, -1) False
# b'Hello, World'.endswith(b'a', 3, None) False
# b'Hello, World'.endswith(b'a', 3, 2) False
# b'Hello, World'.endswith(b'a', 3, -1) False
# b'Hello, World'.endswith(b'a', 20, None) False
# b'Hello, World'.endswith(b'a', 20, 2) False
# b'Hello, World'.endswith(b'a', 20, -1) False
# b'Hello, World'.center(-1) bytearray(b'Hello, World')
# b'Hello, World'.center(0) bytearray(b'Hello, World')
# b'Hello, World'.center(1) bytearray(b'Hello, World')
# b'Hello, World'.center(3) bytearray(b'Hello, World')
# b'Hello, World'.center(20) bytearray(b'    Hello, World    ')
# b'Hello, World'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.ljust(-1) bytearray(b'Hello, World')
# b'Hello, World'.ljust(0) bytearray(b'Hello, World')
# b'Hello, World'.ljust(1) bytearray(b'Hello, World')
# b'Hello, World'.ljust(3) bytearray(b'Hello, World')
# b'Hello, World'.ljust(20) bytearray(b'Hello, World        ')
# b'Hello, World'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.rjust(-1) bytearray(b'Hello, World')
# b'Hello, World'.rjust(0) bytearray(b'Hello, World')
# b'Hello, World'.rjust(1) bytearray(b'Hello, World')
# b'Hello, World'.rjust(3) bytearray(b'Hello, World')
# b'Hello, World'.rjust(20) bytearray(b'        Hello, World')
# b'Hello, World'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.zfill(-1) bytearray(b'Hello, World')
# b'Hello, World'.zfill(0) bytearray(b'Hello, World')
# b'Hello, World'.zfill(1) bytearray(b'Hello, World')
# b'Hello, World'.zfill(3) bytearray(b'Hello, World')
# b'Hello, World'.zfill(20) bytearray(b'00000000Hello, World')
# b'Hello, World'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'Hello, World'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.expandtabs(-1) bytearray(b'Hello, World')
# b'Hello, World'.expandtabs(0) bytearray(b'Hello, World')
# b'Hello, World'.expandtabs(1) bytearray(b'Hello, World')
# b'Hello, World'.expandtabs(3) bytearray(b'Hello, World')
# b'Hello, World'.expandtabs(20) bytearray(b'Hello, World')
# b'Hello, World'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'Hello, World'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'Hello, World'.center(15, b'*') bytearray(b'**Hello, World*')
# b'Hello, World'.center(15, bytearray(b'-')) bytearray(b'--Hello, World-')
# b'Hello, World'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'Hello, World'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'Hello, World'.ljust(15, b'*') bytearray(b'Hello, World***')
# b'Hello, World'.ljust(15, bytearray(b'-')) bytearray(b'Hello, World---')
# b'Hello, World'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'Hello, World'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'Hello, World'.rjust(15, b'*') bytearray(b'***Hello, World')
# b'Hello, World'.rjust(15, bytearray(b'-')) bytearray(b'---Hello, World')
# b'Hello, World'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'Hello, World'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'Hello, World'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'Hello, World'.split(None) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.split(b'a') [bytearray(b'Hello, World')]
# b'Hello, World'.split(b',') [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.split(b'') ValueError empty separator
# b'Hello, World'.split('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.split(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.split(bytearray(b' ')) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.rsplit(None) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.rsplit(b'a') [bytearray(b'Hello, World')]
# b'Hello, World'.rsplit(b',') [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.rsplit(b'') ValueError empty separator
# b'Hello, World'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rsplit(bytearray(b' ')) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.strip(None) bytearray(b'Hello, World')
# b'Hello, World'.strip(b'a') bytearray(b'Hello, World')
# b'Hello, World'.strip(b',') bytearray(b'Hello, World')
# b'Hello, World'.strip(b'') bytearray(b'Hello, World')
# b'Hello, World'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.strip(bytearray(b' ')) bytearray(b'Hello, World')
# b'Hello, World'.lstrip(None) bytearray(b'Hello, World')
# b'Hello, World'.lstrip(b'a') bytearray(b'Hello, World')
# b'Hello, World'.lstrip(b',') bytearray(b'Hello, World')
# b'Hello, World'.lstrip(b'') bytearray(b'Hello, World')
# b'Hello, World'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.lstrip(bytearray(b' ')) bytearray(b'Hello, World')
# b'Hello, World'.rstrip(None) bytearray(b'Hello, World')
# b'Hello, World'.rstrip(b'a') bytearray(b'Hello, World')
# b'Hello, World'.rstrip(b',') bytearray(b'Hello, World')
# b'Hello, World'.rstrip(b'') bytearray(b'Hello, World')
# b'Hello, World'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.rstrip(bytearray(b' ')) bytearray(b'Hello, World')
# b'Hello, World'.split(b',', -1) [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.split(None, -1) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.split(b',', 0) [bytearray(b'Hello, World')]
# b'Hello, World'.split(None, 0) [bytearray(b'Hello, World')]
# b'Hello, World'.split(b',', 1) [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.split(None, 1) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.split(b',', 2) [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.split(None, 2) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.rsplit(b',', -1) [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.rsplit(None, -1) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.rsplit(b',', 0) [bytearray(b'Hello, World')]
# b'Hello, World'.rsplit(None, 0) [bytearray(b'Hello, World')]
# b'Hello, World'.rsplit(b',', 1) [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.rsplit(None, 1) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.rsplit(b',', 2) [bytearray(b'Hello'), bytearray(b' World')]
# b'Hello, World'.rsplit(None, 2) [bytearray(b'Hello,'), bytearray(b'World')]
# b'Hello, World'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.replace(b'a', b'XY', -1) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'a', b'XY', 0) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'a', b'XY', 1) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'a', b'XY', 2) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'', b'-', -1) bytearray(b'-H-e-l-l-o-,- -W-o-r-l-d-')
# b'Hello, World'.replace(b'', b'-', 0) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'', b'-', 1) bytearray(b'-Hello, World')
# b'Hello, World'.replace(b'', b'-', 2) bytearray(b'-H-ello, World')
# b'Hello, World'.replace(b',', b'', -1) bytearray(b'Hello World')
# b'Hello, World'.replace(b',', b'', 0) bytearray(b'Hello, World')
# b'Hello, World'.replace(b',', b'', 1) bytearray(b'Hello World')
# b'Hello, World'.replace(b',', b'', 2) bytearray(b'Hello World')
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'Hello, World')
# b'Hello, World'.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'Hello, World')
# b'Hello, World'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'Hello, World'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'Hello, World'.splitlines(False) [bytearray(b'Hello, World')]
# b'Hello, World'.splitlines(True) [bytearray(b'Hello, World')]
# b'Hello, World'.splitlines(0) [bytearray(b'Hello, World')]
# b'Hello, World'.splitlines(1) [bytearray(b'Hello, World')]
# b'Hello, World'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'Hello, World'.decode('utf-8', 'strict') 'Hello, World'
# b'Hello, World'.decode('ascii', 'ignore') 'Hello, World'
# b'Hello, World'.decode('latin-1', 'strict') 'Hello, World'
# b'Hello, World'.decode('utf-8', 'replace') 'Hello, World'
# b'Hello, World'.decode('ascii', 'backslashreplace') 'Hello, World'
# b'Hello, World'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'Hello, World'.decode('utf-8', 'nope') 'Hello, World'
# b'Hello, World'.hex(':', 1) '48:65:6c:6c:6f:2c:20:57:6f:72:6c:64'
# b'Hello, World'.hex(b'-', 2) '4865-6c6c-6f2c-2057-6f72-6c64'
# b'Hello, World'.hex('-', -2) '4865-6c6c-6f2c-2057-6f72-6c64'
# b'Hello, World'.hex('', 1) ValueError sep must be length 1.
# b'Hello, World'.hex('ab', 1) ValueError sep must be length 1.
# b'Hello, World'.hex(1, 1) TypeError object of type 'int' has no len()
# b'Hello, World'.translate(.., b'') bytearray(b'\xb7\x9a\x93\x93\x90\xd3\xdf\xa8\x90\x8d\x93\x9b')
# b'Hello, World'.translate(.., b'a, ') bytearray(b'HelloWorld')
# b'Hello, World'.translate(.., b'\xff') bytearray(b'\xb7\x9a\x93\x93\x90\xd3\xdf\xa8\x90\x8d\x93\x9b')
# b'Hello, World'.translate(.., b'') ValueError translation table must be 256 characters long
# b'Hello, World'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'Hello, World' + b'a' bytearray(b'Hello, Worlda')
# b'Hello, World' == b'a' False
# b'Hello, World' < b'a' True
# b'a' in b'Hello, World' False
# b'Hello, World' + bytearray(b'Hello') bytearray(b'Hello, WorldHello')
# b'Hello, World' == bytearray(b'Hello') False
# b'Hello, World' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'Hello, World' True
# b'Hello, World' + mv(b'') bytearray(b'Hello, World')
# b'Hello, World' == mv(b'') False
# b'Hello, World' < mv(b'') False
# mv(b'') in b'Hello, World' True
# b'Hello, World' + 'a' TypeError can't concat str to bytearray
# b'Hello, World' == 'a' False
# b'Hello, World' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'Hello, World' TypeError a bytes-like object is required, not 'str'
# b'Hello, World' + 3 TypeError can't concat int to bytearray
# b'Hello, World' == 3 False
# b'Hello, World' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'Hello, World' False
# b'Hello, World' + [1] TypeError can't concat list to bytearray
# b'Hello, World' == [1] False
# b'Hello, World' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'Hello, World' TypeError a bytes-like object is required, not 'list'
# b'Hello, World' * 0 bytearray(b'')
# b'Hello, World' * 1 bytearray(b'Hello, World')
# b'Hello, World' * 3 bytearray(b'Hello, WorldHello, WorldHello, World')
# b'Hello, World' * -1 bytearray(b'')
# b'Hello, World' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'Hello, World' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'Hello, World'[0] 72
# b'Hello, World'[-1] 100
# b'Hello, World'[5] 44
# b'Hello, World'[-20] IndexError bytearray index out of range
# b'Hello, World'[slice(1, 3, None)] bytearray(b'el')
# b'Hello, World'[slice(None, None, -2)] bytearray(b'drW,le')
# b'Hello, World'[slice(5, 1, None)] bytearray(b'')
# b'Hello, World'['k'] TypeError bytearray indices must be integers or slices, not str
# b'Hello, World'[1.0] TypeError bytearray indices must be integers or slices, not float
# b'Hello, World' % () bytearray(b'Hello, World')
# b'Hello, World' % (1,) TypeError not all arguments converted during bytes formatting
# b'Hello, World' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'Hello, World' % 's' TypeError not all arguments converted during bytes formatting
# b'  ab\tc  \n'.upper() bytearray(b'  AB\tC  \n')
# b'  ab\tc  \n'.lower() bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.swapcase() bytearray(b'  AB\tC  \n')
# b'  ab\tc  \n'.title() bytearray(b'  Ab\tC  \n')
# b'  ab\tc  \n'.capitalize() bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.isdigit() False
# b'  ab\tc  \n'.isalpha() False
# b'  ab\tc  \n'.isalnum() False
# b'  ab\tc  \n'.isspace() False
# b'  ab\tc  \n'.isascii() True
# b'  ab\tc  \n'.islower() True
# b'  ab\tc  \n'.isupper() False
# b'  ab\tc  \n'.istitle() False
# b'  ab\tc  \n'.hex() '20206162096320200a'
# b'  ab\tc  \n'.decode() '  ab\tc  \n'
# b'  ab\tc  \n'.splitlines() [bytearray(b'  ab\tc  ')]
# b'  ab\tc  \n'.expandtabs() bytearray(b'  ab    c  \n')
# b'  ab\tc  \n'.strip() bytearray(b'ab\tc')
# b'  ab\tc  \n'.lstrip() bytearray(b'ab\tc  \n')
# b'  ab\tc  \n'.rstrip() bytearray(b'  ab\tc')
# b'  ab\tc  \n'.split() [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.rsplit() [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.__len__() 9
# b'  ab\tc  \n'.__iter__() [32, 32, 97, 98, 9, 99, 32, 32, 10]
# b'  ab\tc  \n'.partition(b'') ValueError empty separator
# b'  ab\tc  \n'.partition(b'a') (bytearray(b'  '), bytearray(b'a'), bytearray(b'b\tc  \n'))
# b'  ab\tc  \n'.partition(b',') (bytearray(b'  ab\tc  \n'), bytearray(b''), bytearray(b''))
# b'  ab\tc  \n'.partition(b'ab') (bytearray(b'  '), bytearray(b'ab'), bytearray(b'\tc  \n'))
# b'  ab\tc  \n'.partition(b'\xff') (bytearray(b'  ab\tc  \n'), bytearray(b''), bytearray(b''))
# b'  ab\tc  \n'.partition(b'  ') (bytearray(b''), bytearray(b'  '), bytearray(b'ab\tc  \n'))
# b'  ab\tc  \n'.partition(bytearray(b'b')) (bytearray(b'  a'), bytearray(b'b'), bytearray(b'\tc  \n'))
# b'  ab\tc  \n'.partition(mv(b'c')) (bytearray(b'  ab\t'), bytearray(b'c'), bytearray(b'  \n'))
# b'  ab\tc  \n'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.rpartition(b'') ValueError empty separator
# b'  ab\tc  \n'.rpartition(b'a') (bytearray(b'  '), bytearray(b'a'), bytearray(b'b\tc  \n'))
# b'  ab\tc  \n'.rpartition(b',') (bytearray(b''), bytearray(b''), bytearray(b'  ab\tc  \n'))
# b'  ab\tc  \n'.rpartition(b'ab') (bytearray(b'  '), bytearray(b'ab'), bytearray(b'\tc  \n'))
# b'  ab\tc  \n'.rpartition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b'  ab\tc  \n'))
# b'  ab\tc  \n'.rpartition(b'  ') (bytearray(b'  ab\tc'), bytearray(b'  '), bytearray(b'\n'))
# b'  ab\tc  \n'.rpartition(bytearray(b'b')) (bytearray(b'  a'), bytearray(b'b'), bytearray(b'\tc  \n'))
# b'  ab\tc  \n'.rpartition(mv(b'c')) (bytearray(b'  ab\t'), bytearray(b'c'), bytearray(b'  \n'))
# b'  ab\tc  \n'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.removeprefix(b'') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(b'a') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(b',') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(b'ab') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(b'\xff') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(b'  ') bytearray(b'ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(bytearray(b'b')) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(mv(b'c')) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.removesuffix(b'') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(b'a') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(b',') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(b'ab') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(b'\xff') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(b'  ') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(bytearray(b'b')) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(mv(b'c')) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'  ab\tc  \n'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'  ab\tc  \n'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'  ab\tc  \n'.join(b'') bytearray(b'')
# b'  ab\tc  \n'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join(97) TypeError can only join an iterable
# b'  ab\tc  \n'.join(0) TypeError can only join an iterable
# b'  ab\tc  \n'.join(255) TypeError can only join an iterable
# b'  ab\tc  \n'.join(256) TypeError can only join an iterable
# b'  ab\tc  \n'.join(-1) TypeError can only join an iterable
# b'  ab\tc  \n'.join(1180591620717411303424) TypeError can only join an iterable
# b'  ab\tc  \n'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'  ab\tc  \n'.join(None) TypeError can only join an iterable
# b'  ab\tc  \n'.join(1.5) TypeError can only join an iterable
# b'  ab\tc  \n'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'  ab\tc  \n'.join((b'a', b'H')) bytearray(b'a  ab\tc  \nH')
# b'  ab\tc  \n'.count(b'') 10
# b'  ab\tc  \n'.count(b'a') 1
# b'  ab\tc  \n'.count(b',') 0
# b'  ab\tc  \n'.count(b'ab') 1
# b'  ab\tc  \n'.count(b'\xff') 0
# b'  ab\tc  \n'.count(b'  ') 2
# b'  ab\tc  \n'.count(bytearray(b'b')) 1
# b'  ab\tc  \n'.count(mv(b'c')) 1
# b'  ab\tc  \n'.count(97) 1
# b'  ab\tc  \n'.count(0) 0
# b'  ab\tc  \n'.count(255) 0
# b'  ab\tc  \n'.count(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.count(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.find(b'') 0
# b'  ab\tc  \n'.find(b'a') 2
# b'  ab\tc  \n'.find(b',') -1
# b'  ab\tc  \n'.find(b'ab') 2
# b'  ab\tc  \n'.find(b'\xff') -1
# b'  ab\tc  \n'.find(b'  ') 0
# b'  ab\tc  \n'.find(bytearray(b'b')) 3
# b'  ab\tc  \n'.find(mv(b'c')) 5
# b'  ab\tc  \n'.find(97) 2
# b'  ab\tc  \n'.find(0) -1
# b'  ab\tc  \n'.find(255) -1
# b'  ab\tc  \n'.find(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.find(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.rfind(b'') 9
# b'  ab\tc  \n'.rfind(b'a') 2
# b'  ab\tc  \n'.rfind(b',') -1
# b'  ab\tc  \n'.rfind(b'ab') 2
# b'  ab\tc  \n'.rfind(b'\xff') -1
# b'  ab\tc  \n'.rfind(b'  ') 6
# b'  ab\tc  \n'.rfind(bytearray(b'b')) 3
# b'  ab\tc  \n'.rfind(mv(b'c')) 5
# b'  ab\tc  \n'.rfind(97) 2
# b'  ab\tc  \n'.rfind(0) -1
# b'  ab\tc  \n'.rfind(255) -1
# b'  ab\tc  \n'.rfind(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rfind(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.index(b'') 0
# b'  ab\tc  \n'.index(b'a') 2
# b'  ab\tc  \n'.index(b',') ValueError subsection not found
# b'  ab\tc  \n'.index(b'ab') 2
# b'  ab\tc  \n'.index(b'\xff') ValueError subsection not found
# b'  ab\tc  \n'.index(b'  ') 0
# b'  ab\tc  \n'.index(bytearray(b'b')) 3
# b'  ab\tc  \n'.index(mv(b'c')) 5
# b'  ab\tc  \n'.index(97) 2
# b'  ab\tc  \n'.index(0) ValueError subsection not found
# b'  ab\tc  \n'.index(255) ValueError subsection not found
# b'  ab\tc  \n'.index(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.index(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.rindex(b'') 9
# b'  ab\tc  \n'.rindex(b'a') 2
# b'  ab\tc  \n'.rindex(b',') ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'ab') 2
# b'  ab\tc  \n'.rindex(b'\xff') ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'  ') 6
# b'  ab\tc  \n'.rindex(bytearray(b'b')) 3
# b'  ab\tc  \n'.rindex(mv(b'c')) 5
# b'  ab\tc  \n'.rindex(97) 2
# b'  ab\tc  \n'.rindex(0) ValueError subsection not found
# b'  ab\tc  \n'.rindex(255) ValueError subsection not found
# b'  ab\tc  \n'.rindex(256) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rindex(-1) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'  ab\tc  \n'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'  ab\tc  \n'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'  ab\tc  \n'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'  ab\tc  \n'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'  ab\tc  \n'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'  ab\tc  \n'.startswith(b'') True
# b'  ab\tc  \n'.startswith(b'a') False
# b'  ab\tc  \n'.startswith(b',') False
# b'  ab\tc  \n'.startswith(b'ab') False
# b'  ab\tc  \n'.startswith(b'\xff') False
# b'  ab\tc  \n'.startswith(b'  ') True
# b'  ab\tc  \n'.startswith(bytearray(b'b')) False
# b'  ab\tc  \n'.startswith(mv(b'c')) False
# b'  ab\tc  \n'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'  ab\tc  \n'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'  ab\tc  \n'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'  ab\tc  \n'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'  ab\tc  \n'.startswith((b'a', b'H')) False
# b'  ab\tc  \n'.endswith(b'') True
# b'  ab\tc  \n'.endswith(b'a') False
# b'  ab\tc  \n'.endswith(b',') False
# b'  ab\tc  \n'.endswith(b'ab') False
# b'  ab\tc  \n'.endswith(b'\xff') False
# b'  ab\tc  \n'.endswith(b'  ') False
# b'  ab\tc  \n'.endswith(bytearray(b'b')) False
# b'  ab\tc  \n'.endswith(mv(b'c')) False
# b'  ab\tc  \n'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'  ab\tc  \n'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'  ab\tc  \n'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'  ab\tc  \n'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'  ab\tc  \n'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'  ab\tc  \n'.endswith((b'a', b'H')) False
# b'  ab\tc  \n'.count(b'a', -1, None) 0
# b'  ab\tc  \n'.count(b'a', -1, 2) 0
# b'  ab\tc  \n'.count(b'a', -1, -1) 0
# b'  ab\tc  \n'.count(b'a', 0, None) 1
# b'  ab\tc  \n'.count(b'a', 0, 2) 0
# b'  ab\tc  \n'.count(b'a', 0, -1) 1
# b'  ab\tc  \n'.count(b'a', 1, None) 1
# b'  ab\tc  \n'.count(b'a', 1, 2) 0
# b'  ab\tc  \n'.count(b'a', 1, -1) 1
# b'  ab\tc  \n'.count(b'a', 3, None) 0
# b'  ab\tc  \n'.count(b'a', 3, 2) 0
# b'  ab\tc  \n'.count(b'a', 3, -1) 0
# b'  ab\tc  \n'.count(b'a', 20, None) 0
# b'  ab\tc  \n'.count(b'a', 20, 2) 0
# b'  ab\tc  \n'.count(b'a', 20, -1) 0
# b'  ab\tc  \n'.find(b'a', -1, None) -1
# b'  ab\tc  \n'.find(b'a', -1, 2) -1
# b'  ab\tc  \n'.find(b'a', -1, -1) -1
# b'  ab\tc  \n'.find(b'a', 0, None) 2
# b'  ab\tc  \n'.find(b'a', 0, 2) -1
# b'  ab\tc  \n'.find(b'a', 0, -1) 2
# b'  ab\tc  \n'.find(b'a', 1, None) 2
# b'  ab\tc  \n'.find(b'a', 1, 2) -1
# b'  ab\tc  \n'.find(b'a', 1, -1) 2
# b'  ab\tc  \n'.find(b'a', 3, None) -1
# b'  ab\tc  \n'.find(b'a', 3, 2) -1
# b'  ab\tc  \n'.find(b'a', 3, -1) -1
# b'  ab\tc  \n'.find(b'a', 20, None) -1
# b'  ab\tc  \n'.find(b'a', 20, 2) -1
# b'  ab\tc  \n'.find(b'a', 20, -1) -1
# b'  ab\tc  \n'.rfind(b'a', -1, None) -1
# b'  ab\tc  \n'.rfind(b'a', -1, 2) -1
# b'  ab\tc  \n'.rfind(b'a', -1, -1) -1
# b'  ab\tc  \n'.rfind(b'a', 0, None) 2
# b'  ab\tc  \n'.rfind(b'a', 0, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 0, -1) 2
# b'  ab\tc  \n'.rfind(b'a', 1, None) 2
# b'  ab\tc  \n'.rfind(b'a', 1, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 1, -1) 2
# b'  ab\tc  \n'.rfind(b'a', 3, None) -1
# b'  ab\tc  \n'.rfind(b'a', 3, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 3, -1) -1
# b'  ab\tc  \n'.rfind(b'a', 20, None) -1
# b'  ab\tc  \n'.rfind(b'a', 20, 2) -1
# b'  ab\tc  \n'.rfind(b'a', 20, -1) -1
# b'  ab\tc  \n'.index(b'a', -1, None) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', -1, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', -1, -1) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 0, None) 2
# b'  ab\tc  \n'.index(b'a', 0, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 0, -1) 2
# b'  ab\tc  \n'.index(b'a', 1, None) 2
# b'  ab\tc  \n'.index(b'a', 1, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 1, -1) 2
# b'  ab\tc  \n'.index(b'a', 3, None) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 3, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 3, -1) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 20, None) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 20, 2) ValueError subsection not found
# b'  ab\tc  \n'.index(b'a', 20, -1) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', -1, None) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', -1, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', -1, -1) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 0, None) 2
# b'  ab\tc  \n'.rindex(b'a', 0, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 0, -1) 2
# b'  ab\tc  \n'.rindex(b'a', 1, None) 2
# b'  ab\tc  \n'.rindex(b'a', 1, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 1, -1) 2
# b'  ab\tc  \n'.rindex(b'a', 3, None) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 3, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 3, -1) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 20, None) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 20, 2) ValueError subsection not found
# b'  ab\tc  \n'.rindex(b'a', 20, -1) ValueError subsection not found
# b'  ab\tc  \n'.startswith(b'a', -1, None) False
# b'  ab\tc  \n'.startswith(b'a', -1, 2) False
# b'  ab\tc  \n'.startswith(b'a', -1, -1) False
# b'  ab\tc  \n'.startswith(b'a', 0, None) False
# b'  ab\tc  \n'.startswith(b'a', 0, 2) False
# b'  ab\tc  \n'.startswith(b'a', 0, -1) False
# b'  ab\tc  \n'.startswith(b'a', 1, None) False
# b'  ab\tc  \n'.startswith(b'a', 1, 2) False
# b'  ab\tc  \n'.startswith(b'a', 1, -1) False
# b'  ab\tc  \n'.startswith(b'a', 3, None) False
# b'  ab\tc  \n'.startswith(b'a', 3, 2) False
# b'  ab\tc  \n'.startswith(b'a', 3, -1) False
# b'  ab\tc  \n'.startswith(b'a', 20, None) False
# b'  ab\tc  \n'.startswith(b'a', 20, 2) False
# b'  ab\tc  \n'.startswith(b'a', 20, -1) False
# b'  ab\tc  \n'.endswith(b'a', -1, None) False
# b'  ab\tc  \n'.endswith(b'a', -1, 2) False
# b'  ab\tc  \n'.endswith(b'a', -1, -1) False
# b'  ab\tc  \n'.endswith(b'a', 0, None) False
# b'  ab\tc  \n'.endswith(b'a', 0, 2) False
# b'  ab\tc  \n'.endswith(b'a', 0, -1) False
# b'  ab\tc  \n'.endswith(b'a', 1, None) False
# b'  ab\tc  \n'.endswith(b'a', 1, 2) False
# b'  ab\tc  \n'.endswith(b'a', 1, -1) False
# b'  ab\tc  \n'.endswith(b'a', 3, None) False
# b'  ab\tc  \n'.endswith(b'a', 3, 2) False
# b'  ab\tc  \n'.endswith(b'a', 3, -1) False
# b'  ab\tc  \n'.endswith(b'a', 20, None) False
# b'  ab\tc  \n'.endswith(b'a', 20, 2) False
# b'  ab\tc  \n'.endswith(b'a', 20, -1) False
# b'  ab\tc  \n'.center(-1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.center(0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.center(1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.center(3) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.center(20) bytearray(b'       ab\tc  \n      ')
# b'  ab\tc  \n'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.ljust(-1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.ljust(0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.ljust(1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.ljust(3) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.ljust(20) bytearray(b'  ab\tc  \n           ')
# b'  ab\tc  \n'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rjust(-1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.rjust(0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.rjust(1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.rjust(3) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.rjust(20) bytearray(b'             ab\tc  \n')
# b'  ab\tc  \n'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.zfill(-1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.zfill(0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.zfill(1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.zfill(3) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.zfill(20) bytearray(b'00000000000  ab\tc  \n')
# b'  ab\tc  \n'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'  ab\tc  \n'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.expandtabs(-1) bytearray(b'  abc  \n')
# b'  ab\tc  \n'.expandtabs(0) bytearray(b'  abc  \n')
# b'  ab\tc  \n'.expandtabs(1) bytearray(b'  ab c  \n')
# b'  ab\tc  \n'.expandtabs(3) bytearray(b'  ab  c  \n')
# b'  ab\tc  \n'.expandtabs(20) bytearray(b'  ab                c  \n')
# b'  ab\tc  \n'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'  ab\tc  \n'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'  ab\tc  \n'.center(15, b'*') bytearray(b'***  ab\tc  \n***')
# b'  ab\tc  \n'.center(15, bytearray(b'-')) bytearray(b'---  ab\tc  \n---')
# b'  ab\tc  \n'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'  ab\tc  \n'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'  ab\tc  \n'.ljust(15, b'*') bytearray(b'  ab\tc  \n******')
# b'  ab\tc  \n'.ljust(15, bytearray(b'-')) bytearray(b'  ab\tc  \n------')
# b'  ab\tc  \n'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'  ab\tc  \n'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'  ab\tc  \n'.rjust(15, b'*') bytearray(b'******  ab\tc  \n')
# b'  ab\tc  \n'.rjust(15, bytearray(b'-')) bytearray(b'------  ab\tc  \n')
# b'  ab\tc  \n'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'  ab\tc  \n'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'  ab\tc  \n'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'  ab\tc  \n'.split(None) [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.split(b'a') [bytearray(b'  '), bytearray(b'b\tc  \n')]
# b'  ab\tc  \n'.split(b',') [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.split(b'') ValueError empty separator
# b'  ab\tc  \n'.split('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.split(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.split(bytearray(b' ')) [bytearray(b''), bytearray(b''), bytearray(b'ab\tc'), bytearray(b''), bytearray(b'\n')]
# b'  ab\tc  \n'.rsplit(None) [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.rsplit(b'a') [bytearray(b'  '), bytearray(b'b\tc  \n')]
# b'  ab\tc  \n'.rsplit(b',') [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.rsplit(b'') ValueError empty separator
# b'  ab\tc  \n'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rsplit(bytearray(b' ')) [bytearray(b''), bytearray(b''), bytearray(b'ab\tc'), bytearray(b''), bytearray(b'\n')]
# b'  ab\tc  \n'.strip(None) bytearray(b'ab\tc')
# b'  ab\tc  \n'.strip(b'a') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.strip(b',') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.strip(b'') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.strip(bytearray(b' ')) bytearray(b'ab\tc  \n')
# b'  ab\tc  \n'.lstrip(None) bytearray(b'ab\tc  \n')
# b'  ab\tc  \n'.lstrip(b'a') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.lstrip(b',') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.lstrip(b'') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.lstrip(bytearray(b' ')) bytearray(b'ab\tc  \n')
# b'  ab\tc  \n'.rstrip(None) bytearray(b'  ab\tc')
# b'  ab\tc  \n'.rstrip(b'a') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.rstrip(b',') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.rstrip(b'') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.rstrip(bytearray(b' ')) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.split(b',', -1) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.split(None, -1) [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.split(b',', 0) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.split(None, 0) [bytearray(b'ab\tc  \n')]
# b'  ab\tc  \n'.split(b',', 1) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.split(None, 1) [bytearray(b'ab'), bytearray(b'c  \n')]
# b'  ab\tc  \n'.split(b',', 2) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.split(None, 2) [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rsplit(b',', -1) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.rsplit(None, -1) [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.rsplit(b',', 0) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.rsplit(None, 0) [bytearray(b'  ab\tc')]
# b'  ab\tc  \n'.rsplit(b',', 1) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.rsplit(None, 1) [bytearray(b'  ab'), bytearray(b'c')]
# b'  ab\tc  \n'.rsplit(b',', 2) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.rsplit(None, 2) [bytearray(b'ab'), bytearray(b'c')]
# b'  ab\tc  \n'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.replace(b'a', b'XY', -1) bytearray(b'  XYb\tc  \n')
# b'  ab\tc  \n'.replace(b'a', b'XY', 0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b'a', b'XY', 1) bytearray(b'  XYb\tc  \n')
# b'  ab\tc  \n'.replace(b'a', b'XY', 2) bytearray(b'  XYb\tc  \n')
# b'  ab\tc  \n'.replace(b'', b'-', -1) bytearray(b'- - -a-b-\t-c- - -\n-')
# b'  ab\tc  \n'.replace(b'', b'-', 0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b'', b'-', 1) bytearray(b'-  ab\tc  \n')
# b'  ab\tc  \n'.replace(b'', b'-', 2) bytearray(b'- - ab\tc  \n')
# b'  ab\tc  \n'.replace(b',', b'', -1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b',', b'', 0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b',', b'', 1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b',', b'', 2) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'  ab\tc  \n'.splitlines(False) [bytearray(b'  ab\tc  ')]
# b'  ab\tc  \n'.splitlines(True) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.splitlines(0) [bytearray(b'  ab\tc  ')]
# b'  ab\tc  \n'.splitlines(1) [bytearray(b'  ab\tc  \n')]
# b'  ab\tc  \n'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'  ab\tc  \n'.decode('utf-8', 'strict') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('ascii', 'ignore') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('latin-1', 'strict') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('utf-8', 'replace') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('ascii', 'backslashreplace') '  ab\tc  \n'
# b'  ab\tc  \n'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'  ab\tc  \n'.decode('utf-8', 'nope') '  ab\tc  \n'
# b'  ab\tc  \n'.hex(':', 1) '20:20:61:62:09:63:20:20:0a'
# b'  ab\tc  \n'.hex(b'-', 2) '20-2061-6209-6320-200a'
# b'  ab\tc  \n'.hex('-', -2) '2020-6162-0963-2020-0a'
# b'  ab\tc  \n'.hex('', 1) ValueError sep must be length 1.
# b'  ab\tc  \n'.hex('ab', 1) ValueError sep must be length 1.
# b'  ab\tc  \n'.hex(1, 1) TypeError object of type 'int' has no len()
# b'  ab\tc  \n'.translate(.., b'') bytearray(b'\xdf\xdf\x9e\x9d\xf6\x9c\xdf\xdf\xf5')
# b'  ab\tc  \n'.translate(.., b'a, ') bytearray(b'b\tc\n')
# b'  ab\tc  \n'.translate(.., b'\xff') bytearray(b'\xdf\xdf\x9e\x9d\xf6\x9c\xdf\xdf\xf5')
# b'  ab\tc  \n'.translate(.., b'') ValueError translation table must be 256 characters long
# b'  ab\tc  \n'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n' + b'a' bytearray(b'  ab\tc  \na')
# b'  ab\tc  \n' == b'a' False
# b'  ab\tc  \n' < b'a' True
# b'a' in b'  ab\tc  \n' True
# b'  ab\tc  \n' + bytearray(b'Hello') bytearray(b'  ab\tc  \nHello')
# b'  ab\tc  \n' == bytearray(b'Hello') False
# b'  ab\tc  \n' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'  ab\tc  \n' False
# b'  ab\tc  \n' + mv(b'') bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n' == mv(b'') False
# b'  ab\tc  \n' < mv(b'') False
# mv(b'') in b'  ab\tc  \n' True
# b'  ab\tc  \n' + 'a' TypeError can't concat str to bytearray
# b'  ab\tc  \n' == 'a' False
# b'  ab\tc  \n' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'  ab\tc  \n' TypeError a bytes-like object is required, not 'str'
# b'  ab\tc  \n' + 3 TypeError can't concat int to bytearray
# b'  ab\tc  \n' == 3 False
# b'  ab\tc  \n' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'  ab\tc  \n' False
# b'  ab\tc  \n' + [1] TypeError can't concat list to bytearray
# b'  ab\tc  \n' == [1] False
# b'  ab\tc  \n' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'  ab\tc  \n' TypeError a bytes-like object is required, not 'list'
# b'  ab\tc  \n' * 0 bytearray(b'')
# b'  ab\tc  \n' * 1 bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n' * 3 bytearray(b'  ab\tc  \n  ab\tc  \n  ab\tc  \n')
# b'  ab\tc  \n' * -1 bytearray(b'')
# b'  ab\tc  \n' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'  ab\tc  \n' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'  ab\tc  \n'[0] 32
# b'  ab\tc  \n'[-1] 10
# b'  ab\tc  \n'[5] 99
# b'  ab\tc  \n'[-20] IndexError bytearray index out of range
# b'  ab\tc  \n'[slice(1, 3, None)] bytearray(b' a')
# b'  ab\tc  \n'[slice(None, None, -2)] bytearray(b'\n \ta ')
# b'  ab\tc  \n'[slice(5, 1, None)] bytearray(b'')
# b'  ab\tc  \n'['k'] TypeError bytearray indices must be integers or slices, not str
# b'  ab\tc  \n'[1.0] TypeError bytearray indices must be integers or slices, not float
# b'  ab\tc  \n' % () bytearray(b'  ab\tc  \n')
# b'  ab\tc  \n' % (1,) TypeError not all arguments converted during bytes formatting
# b'  ab\tc  \n' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'  ab\tc  \n' % 's' TypeError not all arguments converted during bytes formatting
# b'\x00\xff\x80'.upper() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.lower() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.swapcase() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.title() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.capitalize() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.isdigit() False
# b'\x00\xff\x80'.isalpha() False
# b'\x00\xff\x80'.isalnum() False
# b'\x00\xff\x80'.isspace() False
# b'\x00\xff\x80'.isascii() False
# b'\x00\xff\x80'.islower() False
# b'\x00\xff\x80'.isupper() False
# b'\x00\xff\x80'.istitle() False
# b'\x00\xff\x80'.hex() '00ff80'
# b'\x00\xff\x80'.decode() UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# b'\x00\xff\x80'.splitlines() [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.expandtabs() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.strip() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.lstrip() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rstrip() bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.split() [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit() [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.__len__() 3
# b'\x00\xff\x80'.__iter__() [0, 255, 128]
# b'\x00\xff\x80'.partition(b'') ValueError empty separator
# b'\x00\xff\x80'.partition(b'a') (bytearray(b'\x00\xff\x80'), bytearray(b''), bytearray(b''))
# b'\x00\xff\x80'.partition(b',') (bytearray(b'\x00\xff\x80'), bytearray(b''), bytearray(b''))
# b'\x00\xff\x80'.partition(b'ab') (bytearray(b'\x00\xff\x80'), bytearray(b''), bytearray(b''))
# b'\x00\xff\x80'.partition(b'\xff') (bytearray(b'\x00'), bytearray(b'\xff'), bytearray(b'\x80'))
# b'\x00\xff\x80'.partition(b'  ') (bytearray(b'\x00\xff\x80'), bytearray(b''), bytearray(b''))
# b'\x00\xff\x80'.partition(bytearray(b'b')) (bytearray(b'\x00\xff\x80'), bytearray(b''), bytearray(b''))
# b'\x00\xff\x80'.partition(mv(b'c')) (bytearray(b'\x00\xff\x80'), bytearray(b''), bytearray(b''))
# b'\x00\xff\x80'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.rpartition(b'') ValueError empty separator
# b'\x00\xff\x80'.rpartition(b'a') (bytearray(b''), bytearray(b''), bytearray(b'\x00\xff\x80'))
# b'\x00\xff\x80'.rpartition(b',') (bytearray(b''), bytearray(b''), bytearray(b'\x00\xff\x80'))
# b'\x00\xff\x80'.rpartition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b'\x00\xff\x80'))
# b'\x00\xff\x80'.rpartition(b'\xff') (bytearray(b'\x00'), bytearray(b'\xff'), bytearray(b'\x80'))
# b'\x00\xff\x80'.rpartition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b'\x00\xff\x80'))
# b'\x00\xff\x80'.rpartition(bytearray(b'b')) (bytearray(b''), bytearray(b''), bytearray(b'\x00\xff\x80'))
# b'\x00\xff\x80'.rpartition(mv(b'c')) (bytearray(b''), bytearray(b''), bytearray(b'\x00\xff\x80'))
# b'\x00\xff\x80'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.removeprefix(b'') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(b'a') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(b',') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(b'ab') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(b'\xff') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(b'  ') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(bytearray(b'b')) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(mv(b'c')) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.removesuffix(b'') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(b'a') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(b',') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(b'ab') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(b'\xff') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(b'  ') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(bytearray(b'b')) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(mv(b'c')) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'\x00\xff\x80'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'\x00\xff\x80'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'\x00\xff\x80'.join(b'') bytearray(b'')
# b'\x00\xff\x80'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join(97) TypeError can only join an iterable
# b'\x00\xff\x80'.join(0) TypeError can only join an iterable
# b'\x00\xff\x80'.join(255) TypeError can only join an iterable
# b'\x00\xff\x80'.join(256) TypeError can only join an iterable
# b'\x00\xff\x80'.join(-1) TypeError can only join an iterable
# b'\x00\xff\x80'.join(1180591620717411303424) TypeError can only join an iterable
# b'\x00\xff\x80'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'\x00\xff\x80'.join(None) TypeError can only join an iterable
# b'\x00\xff\x80'.join(1.5) TypeError can only join an iterable
# b'\x00\xff\x80'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'\x00\xff\x80'.join((b'a', b'H')) bytearray(b'a\x00\xff\x80H')
# b'\x00\xff\x80'.count(b'') 4
# b'\x00\xff\x80'.count(b'a') 0
# b'\x00\xff\x80'.count(b',') 0
# b'\x00\xff\x80'.count(b'ab') 0
# b'\x00\xff\x80'.count(b'\xff') 1
# b'\x00\xff\x80'.count(b'  ') 0
# b'\x00\xff\x80'.count(bytearray(b'b')) 0
# b'\x00\xff\x80'.count(mv(b'c')) 0
# b'\x00\xff\x80'.count(97) 0
# b'\x00\xff\x80'.count(0) 1
# b'\x00\xff\x80'.count(255) 1
# b'\x00\xff\x80'.count(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.count(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.find(b'') 0
# b'\x00\xff\x80'.find(b'a') -1
# b'\x00\xff\x80'.find(b',') -1
# b'\x00\xff\x80'.find(b'ab') -1
# b'\x00\xff\x80'.find(b'\xff') 1
# b'\x00\xff\x80'.find(b'  ') -1
# b'\x00\xff\x80'.find(bytearray(b'b')) -1
# b'\x00\xff\x80'.find(mv(b'c')) -1
# b'\x00\xff\x80'.find(97) -1
# b'\x00\xff\x80'.find(0) 0
# b'\x00\xff\x80'.find(255) 1
# b'\x00\xff\x80'.find(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.find(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.rfind(b'') 3
# b'\x00\xff\x80'.rfind(b'a') -1
# b'\x00\xff\x80'.rfind(b',') -1
# b'\x00\xff\x80'.rfind(b'ab') -1
# b'\x00\xff\x80'.rfind(b'\xff') 1
# b'\x00\xff\x80'.rfind(b'  ') -1
# b'\x00\xff\x80'.rfind(bytearray(b'b')) -1
# b'\x00\xff\x80'.rfind(mv(b'c')) -1
# b'\x00\xff\x80'.rfind(97) -1
# b'\x00\xff\x80'.rfind(0) 0
# b'\x00\xff\x80'.rfind(255) 1
# b'\x00\xff\x80'.rfind(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rfind(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.index(b'') 0
# b'\x00\xff\x80'.index(b'a') ValueError subsection not found
# b'\x00\xff\x80'.index(b',') ValueError subsection not found
# b'\x00\xff\x80'.index(b'ab') ValueError subsection not found
# b'\x00\xff\x80'.index(b'\xff') 1
# b'\x00\xff\x80'.index(b'  ') ValueError subsection not found
# b'\x00\xff\x80'.index(bytearray(b'b')) ValueError subsection not found
# b'\x00\xff\x80'.index(mv(b'c')) ValueError subsection not found
# b'\x00\xff\x80'.index(97) ValueError subsection not found
# b'\x00\xff\x80'.index(0) 0
# b'\x00\xff\x80'.index(255) 1
# b'\x00\xff\x80'.index(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.index(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.rindex(b'') 3
# b'\x00\xff\x80'.rindex(b'a') ValueError subsection not found
# b'\x00\xff\x80'.rindex(b',') ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'ab') ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'\xff') 1
# b'\x00\xff\x80'.rindex(b'  ') ValueError subsection not found
# b'\x00\xff\x80'.rindex(bytearray(b'b')) ValueError subsection not found
# b'\x00\xff\x80'.rindex(mv(b'c')) ValueError subsection not found
# b'\x00\xff\x80'.rindex(97) ValueError subsection not found
# b'\x00\xff\x80'.rindex(0) 0
# b'\x00\xff\x80'.rindex(255) 1
# b'\x00\xff\x80'.rindex(256) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rindex(-1) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'\x00\xff\x80'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'\x00\xff\x80'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'\x00\xff\x80'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'\x00\xff\x80'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'\x00\xff\x80'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'\x00\xff\x80'.startswith(b'') True
# b'\x00\xff\x80'.startswith(b'a') False
# b'\x00\xff\x80'.startswith(b',') False
# b'\x00\xff\x80'.startswith(b'ab') False
# b'\x00\xff\x80'.startswith(b'\xff') False
# b'\x00\xff\x80'.startswith(b'  ') False
# b'\x00\xff\x80'.startswith(bytearray(b'b')) False
# b'\x00\xff\x80'.startswith(mv(b'c')) False
# b'\x00\xff\x80'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'\x00\xff\x80'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'\x00\xff\x80'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'\x00\xff\x80'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'\x00\xff\x80'.startswith((b'a', b'H')) False
# b'\x00\xff\x80'.endswith(b'') True
# b'\x00\xff\x80'.endswith(b'a') False
# b'\x00\xff\x80'.endswith(b',') False
# b'\x00\xff\x80'.endswith(b'ab') False
# b'\x00\xff\x80'.endswith(b'\xff') False
# b'\x00\xff\x80'.endswith(b'  ') False
# b'\x00\xff\x80'.endswith(bytearray(b'b')) False
# b'\x00\xff\x80'.endswith(mv(b'c')) False
# b'\x00\xff\x80'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'\x00\xff\x80'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'\x00\xff\x80'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'\x00\xff\x80'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'\x00\xff\x80'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'\x00\xff\x80'.endswith((b'a', b'H')) False
# b'\x00\xff\x80'.count(b'a', -1, None) 0
# b'\x00\xff\x80'.count(b'a', -1, 2) 0
# b'\x00\xff\x80'.count(b'a', -1, -1) 0
# b'\x00\xff\x80'.count(b'a', 0, None) 0
# b'\x00\xff\x80'.count(b'a', 0, 2) 0
# b'\x00\xff\x80'.count(b'a', 0, -1) 0
# b'\x00\xff\x80'.count(b'a', 1, None) 0
# b'\x00\xff\x80'.count(b'a', 1, 2) 0
# b'\x00\xff\x80'.count(b'a', 1, -1) 0
# b'\x00\xff\x80'.count(b'a', 3, None) 0
# b'\x00\xff\x80'.count(b'a', 3, 2) 0
# b'\x00\xff\x80'.count(b'a', 3, -1) 0
# b'\x00\xff\x80'.count(b'a', 20, None) 0
# b'\x00\xff\x80'.count(b'a', 20, 2) 0
# b'\x00\xff\x80'.count(b'a', 20, -1) 0
# b'\x00\xff\x80'.find(b'a', -1, None) -1
# b'\x00\xff\x80'.find(b'a', -1, 2) -1
# b'\x00\xff\x80'.find(b'a', -1, -1) -1
# b'\x00\xff\x80'.find(b'a', 0, None) -1
# b'\x00\xff\x80'.find(b'a', 0, 2) -1
# b'\x00\xff\x80'.find(b'a', 0, -1) -1
# b'\x00\xff\x80'.find(b'a', 1, None) -1
# b'\x00\xff\x80'.find(b'a', 1, 2) -1
# b'\x00\xff\x80'.find(b'a', 1, -1) -1
# b'\x00\xff\x80'.find(b'a', 3, None) -1
# b'\x00\xff\x80'.find(b'a', 3, 2) -1
# b'\x00\xff\x80'.find(b'a', 3, -1) -1
# b'\x00\xff\x80'.find(b'a', 20, None) -1
# b'\x00\xff\x80'.find(b'a', 20, 2) -1
# b'\x00\xff\x80'.find(b'a', 20, -1) -1
# b'\x00\xff\x80'.rfind(b'a', -1, None) -1
# b'\x00\xff\x80'.rfind(b'a', -1, 2) -1
# b'\x00\xff\x80'.rfind(b'a', -1, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 0, None) -1
# b'\x00\xff\x80'.rfind(b'a', 0, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 0, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 1, None) -1
# b'\x00\xff\x80'.rfind(b'a', 1, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 1, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 3, None) -1
# b'\x00\xff\x80'.rfind(b'a', 3, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 3, -1) -1
# b'\x00\xff\x80'.rfind(b'a', 20, None) -1
# b'\x00\xff\x80'.rfind(b'a', 20, 2) -1
# b'\x00\xff\x80'.rfind(b'a', 20, -1) -1
# b'\x00\xff\x80'.index(b'a', -1, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', -1, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', -1, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 0, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 0, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 0, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 1, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 1, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 1, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 3, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 3, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 3, -1) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 20, None) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 20, 2) ValueError subsection not found
# b'\x00\xff\x80'.index(b'a', 20, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', -1, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', -1, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', -1, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 0, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 0, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 0, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 1, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 1, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 1, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 3, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 3, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 3, -1) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 20, None) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 20, 2) ValueError subsection not found
# b'\x00\xff\x80'.rindex(b'a', 20, -1) ValueError subsection not found
# b'\x00\xff\x80'.startswith(b'a', -1, None) False
# b'\x00\xff\x80'.startswith(b'a', -1, 2) False
# b'\x00\xff\x80'.startswith(b'a', -1, -1) False
# b'\x00\xff\x80'.startswith(b'a', 0, None) False
# b'\x00\xff\x80'.startswith(b'a', 0, 2) False
# b'\x00\xff\x80'.startswith(b'a', 0, -1) False
# b'\x00\xff\x80'.startswith(b'a', 1, None) False
# b'\x00\xff\x80'.startswith(b'a', 1, 2) False
# b'\x00\xff\x80'.startswith(b'a', 1, -1) False
# b'\x00\xff\x80'.startswith(b'a', 3, None) False
# b'\x00\xff\x80'.startswith(b'a', 3, 2) False
# b'\x00\xff\x80'.startswith(b'a', 3, -1) False
# b'\x00\xff\x80'.startswith(b'a', 20, None) False
# b'\x00\xff\x80'.startswith(b'a', 20, 2) False
# b'\x00\xff\x80'.startswith(b'a', 20, -1) False
# b'\x00\xff\x80'.endswith(b'a', -1, None) False
# b'\x00\xff\x80'.endswith(b'a', -1, 2) False
# b'\x00\xff\x80'.endswith(b'a', -1, -1) False
# b'\x00\xff\x80'.endswith(b'a', 0, None) False
# b'\x00\xff\x80'.endswith(b'a', 0, 2) False
# b'\x00\xff\x80'.endswith(b'a', 0, -1) False
# b'\x00\xff\x80'.endswith(b'a', 1, None) False
# b'\x00\xff\x80'.endswith(b'a', 1, 2) False
# b'\x00\xff\x80'.endswith(b'a', 1, -1) False
# b'\x00\xff\x80'.endswith(b'a', 3, None) False
# b'\x00\xff\x80'.endswith(b'a', 3, 2) False
# b'\x00\xff\x80'.endswith(b'a', 3, -1) False
# b'\x00\xff\x80'.endswith(b'a', 20, None) False
# b'\x00\xff\x80'.endswith(b'a', 20, 2) False
# b'\x00\xff\x80'.endswith(b'a', 20, -1) False
# b'\x00\xff\x80'.center(-1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.center(0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.center(1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.center(3) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.center(20) bytearray(b'        \x00\xff\x80         ')
# b'\x00\xff\x80'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.ljust(-1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.ljust(0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.ljust(1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.ljust(3) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.ljust(20) bytearray(b'\x00\xff\x80                 ')
# b'\x00\xff\x80'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rjust(-1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rjust(0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rjust(1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rjust(3) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rjust(20) bytearray(b'                 \x00\xff\x80')
# b'\x00\xff\x80'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.zfill(-1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.zfill(0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.zfill(1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.zfill(3) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.zfill(20) bytearray(b'00000000000000000\x00\xff\x80')
# b'\x00\xff\x80'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'\x00\xff\x80'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.expandtabs(-1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.expandtabs(0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.expandtabs(1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.expandtabs(3) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.expandtabs(20) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'\x00\xff\x80'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'\x00\xff\x80'.center(15, b'*') bytearray(b'******\x00\xff\x80******')
# b'\x00\xff\x80'.center(15, bytearray(b'-')) bytearray(b'------\x00\xff\x80------')
# b'\x00\xff\x80'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'\x00\xff\x80'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'\x00\xff\x80'.ljust(15, b'*') bytearray(b'\x00\xff\x80************')
# b'\x00\xff\x80'.ljust(15, bytearray(b'-')) bytearray(b'\x00\xff\x80------------')
# b'\x00\xff\x80'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'\x00\xff\x80'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'\x00\xff\x80'.rjust(15, b'*') bytearray(b'************\x00\xff\x80')
# b'\x00\xff\x80'.rjust(15, bytearray(b'-')) bytearray(b'------------\x00\xff\x80')
# b'\x00\xff\x80'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'\x00\xff\x80'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'\x00\xff\x80'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'\x00\xff\x80'.split(None) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(b'a') [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(b',') [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(b'') ValueError empty separator
# b'\x00\xff\x80'.split('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.split(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.split(bytearray(b' ')) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(None) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(b'a') [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(b',') [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(b'') ValueError empty separator
# b'\x00\xff\x80'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rsplit(bytearray(b' ')) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.strip(None) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.strip(b'a') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.strip(b',') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.strip(b'') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.strip(bytearray(b' ')) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.lstrip(None) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.lstrip(b'a') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.lstrip(b',') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.lstrip(b'') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.lstrip(bytearray(b' ')) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rstrip(None) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rstrip(b'a') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rstrip(b',') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rstrip(b'') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.rstrip(bytearray(b' ')) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.split(b',', -1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(None, -1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(b',', 0) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(None, 0) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(b',', 1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(None, 1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(b',', 2) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(None, 2) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rsplit(b',', -1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(None, -1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(b',', 0) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(None, 0) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(b',', 1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(None, 1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(b',', 2) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(None, 2) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.replace(b'a', b'XY', -1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'a', b'XY', 0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'a', b'XY', 1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'a', b'XY', 2) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'', b'-', -1) bytearray(b'-\x00-\xff-\x80-')
# b'\x00\xff\x80'.replace(b'', b'-', 0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'', b'-', 1) bytearray(b'-\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'', b'-', 2) bytearray(b'-\x00-\xff\x80')
# b'\x00\xff\x80'.replace(b',', b'', -1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b',', b'', 0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b',', b'', 1) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b',', b'', 2) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'\x00!\x80')
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'\x00!\x80')
# b'\x00\xff\x80'.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'\x00!\x80')
# b'\x00\xff\x80'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'\x00\xff\x80'.splitlines(False) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.splitlines(True) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.splitlines(0) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.splitlines(1) [bytearray(b'\x00\xff\x80')]
# b'\x00\xff\x80'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'\x00\xff\x80'.decode('utf-8', 'strict') UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# b'\x00\xff\x80'.decode('ascii', 'ignore') '\x00'
# b'\x00\xff\x80'.decode('latin-1', 'strict') '\x00ÿ\x80'
# b'\x00\xff\x80'.decode('utf-8', 'replace') '\x00��'
# b'\x00\xff\x80'.decode('ascii', 'backslashreplace') '\x00\\xff\\x80'
# b'\x00\xff\x80'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'\x00\xff\x80'.decode('utf-8', 'nope') LookupError unknown error handler name 'nope'
# b'\x00\xff\x80'.hex(':', 1) '00:ff:80'
# b'\x00\xff\x80'.hex(b'-', 2) '00-ff80'
# b'\x00\xff\x80'.hex('-', -2) '00ff-80'
# b'\x00\xff\x80'.hex('', 1) ValueError sep must be length 1.
# b'\x00\xff\x80'.hex('ab', 1) ValueError sep must be length 1.
# b'\x00\xff\x80'.hex(1, 1) TypeError object of type 'int' has no len()
# b'\x00\xff\x80'.translate(.., b'') bytearray(b'\xff\x00\x7f')
# b'\x00\xff\x80'.translate(.., b'a, ') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80'.translate(.., b'\xff') bytearray(b'\xff\x7f')
# b'\x00\xff\x80'.translate(.., b'') ValueError translation table must be 256 characters long
# b'\x00\xff\x80'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80' + b'a' bytearray(b'\x00\xff\x80a')
# b'\x00\xff\x80' == b'a' False
# b'\x00\xff\x80' < b'a' True
# b'a' in b'\x00\xff\x80' False
# b'\x00\xff\x80' + bytearray(b'Hello') bytearray(b'\x00\xff\x80Hello')
# b'\x00\xff\x80' == bytearray(b'Hello') False
# b'\x00\xff\x80' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'\x00\xff\x80' False
# b'\x00\xff\x80' + mv(b'') bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80' == mv(b'') False
# b'\x00\xff\x80' < mv(b'') False
# mv(b'') in b'\x00\xff\x80' True
# b'\x00\xff\x80' + 'a' TypeError can't concat str to bytearray
# b'\x00\xff\x80' == 'a' False
# b'\x00\xff\x80' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'\x00\xff\x80' TypeError a bytes-like object is required, not 'str'
# b'\x00\xff\x80' + 3 TypeError can't concat int to bytearray
# b'\x00\xff\x80' == 3 False
# b'\x00\xff\x80' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'\x00\xff\x80' False
# b'\x00\xff\x80' + [1] TypeError can't concat list to bytearray
# b'\x00\xff\x80' == [1] False
# b'\x00\xff\x80' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'\x00\xff\x80' TypeError a bytes-like object is required, not 'list'
# b'\x00\xff\x80' * 0 bytearray(b'')
# b'\x00\xff\x80' * 1 bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80' * 3 bytearray(b'\x00\xff\x80\x00\xff\x80\x00\xff\x80')
# b'\x00\xff\x80' * -1 bytearray(b'')
# b'\x00\xff\x80' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'\x00\xff\x80' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'\x00\xff\x80'[0] 0
# b'\x00\xff\x80'[-1] 128
# b'\x00\xff\x80'[5] IndexError bytearray index out of range
# b'\x00\xff\x80'[-20] IndexError bytearray index out of range
# b'\x00\xff\x80'[slice(1, 3, None)] bytearray(b'\xff\x80')
# b'\x00\xff\x80'[slice(None, None, -2)] bytearray(b'\x80\x00')
# b'\x00\xff\x80'[slice(5, 1, None)] bytearray(b'')
# b'\x00\xff\x80'['k'] TypeError bytearray indices must be integers or slices, not str
# b'\x00\xff\x80'[1.0] TypeError bytearray indices must be integers or slices, not float
# b'\x00\xff\x80' % () bytearray(b'\x00\xff\x80')
# b'\x00\xff\x80' % (1,) TypeError not all arguments converted during bytes formatting
# b'\x00\xff\x80' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'\x00\xff\x80' % 's' TypeError not all arguments converted during bytes formatting
# b'a,b,,c'.upper() bytearray(b'A,B,,C')
# b'a,b,,c'.lower() bytearray(b'a,b,,c')
# b'a,b,,c'.swapcase() bytearray(b'A,B,,C')
# b'a,b,,c'.title() bytearray(b'A,B,,C')
# b'a,b,,c'.capitalize() bytearray(b'A,b,,c')
# b'a,b,,c'.isdigit() False
# b'a,b,,c'.isalpha() False
# b'a,b,,c'.isalnum() False
# b'a,b,,c'.isspace() False
# b'a,b,,c'.isascii() True
# b'a,b,,c'.islower() True
# b'a,b,,c'.isupper() False
# b'a,b,,c'.istitle() False
# b'a,b,,c'.hex() '612c622c2c63'
# b'a,b,,c'.decode() 'a,b,,c'
# b'a,b,,c'.splitlines() [bytearray(b'a,b,,c')]
# b'a,b,,c'.expandtabs() bytearray(b'a,b,,c')
# b'a,b,,c'.strip() bytearray(b'a,b,,c')
# b'a,b,,c'.lstrip() bytearray(b'a,b,,c')
# b'a,b,,c'.rstrip() bytearray(b'a,b,,c')
# b'a,b,,c'.split() [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit() [bytearray(b'a,b,,c')]
# b'a,b,,c'.__len__() 6
# b'a,b,,c'.__iter__() [97, 44, 98, 44, 44, 99]
# b'a,b,,c'.partition(b'') ValueError empty separator
# b'a,b,,c'.partition(b'a') (bytearray(b''), bytearray(b'a'), bytearray(b',b,,c'))
# b'a,b,,c'.partition(b',') (bytearray(b'a'), bytearray(b','), bytearray(b'b,,c'))
# b'a,b,,c'.partition(b'ab') (bytearray(b'a,b,,c'), bytearray(b''), bytearray(b''))
# b'a,b,,c'.partition(b'\xff') (bytearray(b'a,b,,c'), bytearray(b''), bytearray(b''))
# b'a,b,,c'.partition(b'  ') (bytearray(b'a,b,,c'), bytearray(b''), bytearray(b''))
# b'a,b,,c'.partition(bytearray(b'b')) (bytearray(b'a,'), bytearray(b'b'), bytearray(b',,c'))
# b'a,b,,c'.partition(mv(b'c')) (bytearray(b'a,b,,'), bytearray(b'c'), bytearray(b''))
# b'a,b,,c'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.rpartition(b'') ValueError empty separator
# b'a,b,,c'.rpartition(b'a') (bytearray(b''), bytearray(b'a'), bytearray(b',b,,c'))
# b'a,b,,c'.rpartition(b',') (bytearray(b'a,b,'), bytearray(b','), bytearray(b'c'))
# b'a,b,,c'.rpartition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b'a,b,,c'))
# b'a,b,,c'.rpartition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b'a,b,,c'))
# b'a,b,,c'.rpartition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b'a,b,,c'))
# b'a,b,,c'.rpartition(bytearray(b'b')) (bytearray(b'a,'), bytearray(b'b'), bytearray(b',,c'))
# b'a,b,,c'.rpartition(mv(b'c')) (bytearray(b'a,b,,'), bytearray(b'c'), bytearray(b''))
# b'a,b,,c'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.removeprefix(b'') bytearray(b'a,b,,c')
# b'a,b,,c'.removeprefix(b'a') bytearray(b',b,,c')
# b'a,b,,c'.removeprefix(b',') bytearray(b'a,b,,c')
# b'a,b,,c'.removeprefix(b'ab') bytearray(b'a,b,,c')
# b'a,b,,c'.removeprefix(b'\xff') bytearray(b'a,b,,c')
# b'a,b,,c'.removeprefix(b'  ') bytearray(b'a,b,,c')
# b'a,b,,c'.removeprefix(bytearray(b'b')) bytearray(b'a,b,,c')
# b'a,b,,c'.removeprefix(mv(b'c')) bytearray(b'a,b,,c')
# b'a,b,,c'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.removesuffix(b'') bytearray(b'a,b,,c')
# b'a,b,,c'.removesuffix(b'a') bytearray(b'a,b,,c')
# b'a,b,,c'.removesuffix(b',') bytearray(b'a,b,,c')
# b'a,b,,c'.removesuffix(b'ab') bytearray(b'a,b,,c')
# b'a,b,,c'.removesuffix(b'\xff') bytearray(b'a,b,,c')
# b'a,b,,c'.removesuffix(b'  ') bytearray(b'a,b,,c')
# b'a,b,,c'.removesuffix(bytearray(b'b')) bytearray(b'a,b,,c')
# b'a,b,,c'.removesuffix(mv(b'c')) bytearray(b'a,b,,')
# b'a,b,,c'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'a,b,,c'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'a,b,,c'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'a,b,,c'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'a,b,,c'.join(b'') bytearray(b'')
# b'a,b,,c'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join(97) TypeError can only join an iterable
# b'a,b,,c'.join(0) TypeError can only join an iterable
# b'a,b,,c'.join(255) TypeError can only join an iterable
# b'a,b,,c'.join(256) TypeError can only join an iterable
# b'a,b,,c'.join(-1) TypeError can only join an iterable
# b'a,b,,c'.join(1180591620717411303424) TypeError can only join an iterable
# b'a,b,,c'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'a,b,,c'.join(None) TypeError can only join an iterable
# b'a,b,,c'.join(1.5) TypeError can only join an iterable
# b'a,b,,c'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'a,b,,c'.join((b'a', b'H')) bytearray(b'aa,b,,cH')
# b'a,b,,c'.count(b'') 7
# b'a,b,,c'.count(b'a') 1
# b'a,b,,c'.count(b',') 3
# b'a,b,,c'.count(b'ab') 0
# b'a,b,,c'.count(b'\xff') 0
# b'a,b,,c'.count(b'  ') 0
# b'a,b,,c'.count(bytearray(b'b')) 1
# b'a,b,,c'.count(mv(b'c')) 1
# b'a,b,,c'.count(97) 1
# b'a,b,,c'.count(0) 0
# b'a,b,,c'.count(255) 0
# b'a,b,,c'.count(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.count(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.find(b'') 0
# b'a,b,,c'.find(b'a') 0
# b'a,b,,c'.find(b',') 1
# b'a,b,,c'.find(b'ab') -1
# b'a,b,,c'.find(b'\xff') -1
# b'a,b,,c'.find(b'  ') -1
# b'a,b,,c'.find(bytearray(b'b')) 2
# b'a,b,,c'.find(mv(b'c')) 5
# b'a,b,,c'.find(97) 0
# b'a,b,,c'.find(0) -1
# b'a,b,,c'.find(255) -1
# b'a,b,,c'.find(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.find(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.rfind(b'') 6
# b'a,b,,c'.rfind(b'a') 0
# b'a,b,,c'.rfind(b',') 4
# b'a,b,,c'.rfind(b'ab') -1
# b'a,b,,c'.rfind(b'\xff') -1
# b'a,b,,c'.rfind(b'  ') -1
# b'a,b,,c'.rfind(bytearray(b'b')) 2
# b'a,b,,c'.rfind(mv(b'c')) 5
# b'a,b,,c'.rfind(97) 0
# b'a,b,,c'.rfind(0) -1
# b'a,b,,c'.rfind(255) -1
# b'a,b,,c'.rfind(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rfind(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.index(b'') 0
# b'a,b,,c'.index(b'a') 0
# b'a,b,,c'.index(b',') 1
# b'a,b,,c'.index(b'ab') ValueError subsection not found
# b'a,b,,c'.index(b'\xff') ValueError subsection not found
# b'a,b,,c'.index(b'  ') ValueError subsection not found
# b'a,b,,c'.index(bytearray(b'b')) 2
# b'a,b,,c'.index(mv(b'c')) 5
# b'a,b,,c'.index(97) 0
# b'a,b,,c'.index(0) ValueError subsection not found
# b'a,b,,c'.index(255) ValueError subsection not found
# b'a,b,,c'.index(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.index(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.rindex(b'') 6
# b'a,b,,c'.rindex(b'a') 0
# b'a,b,,c'.rindex(b',') 4
# b'a,b,,c'.rindex(b'ab') ValueError subsection not found
# b'a,b,,c'.rindex(b'\xff') ValueError subsection not found
# b'a,b,,c'.rindex(b'  ') ValueError subsection not found
# b'a,b,,c'.rindex(bytearray(b'b')) 2
# b'a,b,,c'.rindex(mv(b'c')) 5
# b'a,b,,c'.rindex(97) 0
# b'a,b,,c'.rindex(0) ValueError subsection not found
# b'a,b,,c'.rindex(255) ValueError subsection not found
# b'a,b,,c'.rindex(256) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rindex(-1) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'a,b,,c'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'a,b,,c'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'a,b,,c'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'a,b,,c'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'a,b,,c'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'a,b,,c'.startswith(b'') True
# b'a,b,,c'.startswith(b'a') True
# b'a,b,,c'.startswith(b',') False
# b'a,b,,c'.startswith(b'ab') False
# b'a,b,,c'.startswith(b'\xff') False
# b'a,b,,c'.startswith(b'  ') False
# b'a,b,,c'.startswith(bytearray(b'b')) False
# b'a,b,,c'.startswith(mv(b'c')) False
# b'a,b,,c'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'a,b,,c'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a,b,,c'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'a,b,,c'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'a,b,,c'.startswith((b'a', b'H')) True
# b'a,b,,c'.endswith(b'') True
# b'a,b,,c'.endswith(b'a') False
# b'a,b,,c'.endswith(b',') False
# b'a,b,,c'.endswith(b'ab') False
# b'a,b,,c'.endswith(b'\xff') False
# b'a,b,,c'.endswith(b'  ') False
# b'a,b,,c'.endswith(bytearray(b'b')) False
# b'a,b,,c'.endswith(mv(b'c')) True
# b'a,b,,c'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'a,b,,c'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'a,b,,c'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'a,b,,c'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'a,b,,c'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'a,b,,c'.endswith((b'a', b'H')) False
# b'a,b,,c'.count(b'a', -1, None) 0
# b'a,b,,c'.count(b'a', -1, 2) 0
# b'a,b,,c'.count(b'a', -1, -1) 0
# b'a,b,,c'.count(b'a', 0, None) 1
# b'a,b,,c'.count(b'a', 0, 2) 1
# b'a,b,,c'.count(b'a', 0, -1) 1
# b'a,b,,c'.count(b'a', 1, None) 0
# b'a,b,,c'.count(b'a', 1, 2) 0
# b'a,b,,c'.count(b'a', 1, -1) 0
# b'a,b,,c'.count(b'a', 3, None) 0
# b'a,b,,c'.count(b'a', 3, 2) 0
# b'a,b,,c'.count(b'a', 3, -1) 0
# b'a,b,,c'.count(b'a', 20, None) 0
# b'a,b,,c'.count(b'a', 20, 2) 0
# b'a,b,,c'.count(b'a', 20, -1) 0
# b'a,b,,c'.find(b'a', -1, None) -1
# b'a,b,,c'.find(b'a', -1, 2) -1
# b'a,b,,c'.find(b'a', -1, -1) -1
# b'a,b,,c'.find(b'a', 0, None) 0
# b'a,b,,c'.find(b'a', 0, 2) 0
# b'a,b,,c'.find(b'a', 0, -1) 0
# b'a,b,,c'.find(b'a', 1, None) -1
# b'a,b,,c'.find(b'a', 1, 2) -1
# b'a,b,,c'.find(b'a', 1, -1) -1
# b'a,b,,c'.find(b'a', 3, None) -1
# b'a,b,,c'.find(b'a', 3, 2) -1
# b'a,b,,c'.find(b'a', 3, -1) -1
# b'a,b,,c'.find(b'a', 20, None) -1
# b'a,b,,c'.find(b'a', 20, 2) -1
# b'a,b,,c'.find(b'a', 20, -1) -1
# b'a,b,,c'.rfind(b'a', -1, None) -1
# b'a,b,,c'.rfind(b'a', -1, 2) -1
# b'a,b,,c'.rfind(b'a', -1, -1) -1
# b'a,b,,c'.rfind(b'a', 0, None) 0
# b'a,b,,c'.rfind(b'a', 0, 2) 0
# b'a,b,,c'.rfind(b'a', 0, -1) 0
# b'a,b,,c'.rfind(b'a', 1, None) -1
# b'a,b,,c'.rfind(b'a', 1, 2) -1
# b'a,b,,c'.rfind(b'a', 1, -1) -1
# b'a,b,,c'.rfind(b'a', 3, None) -1
# b'a,b,,c'.rfind(b'a', 3, 2) -1
# b'a,b,,c'.rfind(b'a', 3, -1) -1
# b'a,b,,c'.rfind(b'a', 20, None) -1
# b'a,b,,c'.rfind(b'a', 20, 2) -1
# b'a,b,,c'.rfind(b'a', 20, -1) -1
# b'a,b,,c'.index(b'a', -1, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', -1, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', -1, -1) ValueError subsection not found
# b'a,b,,c'.index(b'a', 0, None) 0
# b'a,b,,c'.index(b'a', 0, 2) 0
# b'a,b,,c'.index(b'a', 0, -1) 0
# b'a,b,,c'.index(b'a', 1, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', 1, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', 1, -1) ValueError subsection not found
# b'a,b,,c'.index(b'a', 3, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', 3, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', 3, -1) ValueError subsection not found
# b'a,b,,c'.index(b'a', 20, None) ValueError subsection not found
# b'a,b,,c'.index(b'a', 20, 2) ValueError subsection not found
# b'a,b,,c'.index(b'a', 20, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', -1, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', -1, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', -1, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 0, None) 0
# b'a,b,,c'.rindex(b'a', 0, 2) 0
# b'a,b,,c'.rindex(b'a', 0, -1) 0
# b'a,b,,c'.rindex(b'a', 1, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 1, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 1, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 3, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 3, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 3, -1) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 20, None) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 20, 2) ValueError subsection not found
# b'a,b,,c'.rindex(b'a', 20, -1) ValueError subsection not found
# b'a,b,,c'.startswith(b'a', -1, None) False
# b'a,b,,c'.startswith(b'a', -1, 2) False
# b'a,b,,c'.startswith(b'a', -1, -1) False
# b'a,b,,c'.startswith(b'a', 0, None) True
# b'a,b,,c'.startswith(b'a', 0, 2) True
# b'a,b,,c'.startswith(b'a', 0, -1) True
# b'a,b,,c'.startswith(b'a', 1, None) False
# b'a,b,,c'.startswith(b'a', 1, 2) False
# b'a,b,,c'.startswith(b'a', 1, -1) False
# b'a,b,,c'.startswith(b'a', 3, None) False
# b'a,b,,c'.startswith(b'a', 3, 2) False
# b'a,b,,c'.startswith(b'a', 3, -1) False
# b'a,b,,c'.startswith(b'a', 20, None) False
# b'a,b,,c'.startswith(b'a', 20, 2) False
# b'a,b,,c'.startswith(b'a', 20, -1) False
# b'a,b,,c'.endswith(b'a', -1, None) False
# b'a,b,,c'.endswith(b'a', -1, 2) False
# b'a,b,,c'.endswith(b'a', -1, -1) False
# b'a,b,,c'.endswith(b'a', 0, None) False
# b'a,b,,c'.endswith(b'a', 0, 2) False
# b'a,b,,c'.endswith(b'a', 0, -1) False
# b'a,b,,c'.endswith(b'a', 1, None) False
# b'a,b,,c'.endswith(b'a', 1, 2) False
# b'a,b,,c'.endswith(b'a', 1, -1) False
# b'a,b,,c'.endswith(b'a', 3, None) False
# b'a,b,,c'.endswith(b'a', 3, 2) False
# b'a,b,,c'.endswith(b'a', 3, -1) False
# b'a,b,,c'.endswith(b'a', 20, None) False
# b'a,b,,c'.endswith(b'a', 20, 2) False
# b'a,b,,c'.endswith(b'a', 20, -1) False
# b'a,b,,c'.center(-1) bytearray(b'a,b,,c')
# b'a,b,,c'.center(0) bytearray(b'a,b,,c')
# b'a,b,,c'.center(1) bytearray(b'a,b,,c')
# b'a,b,,c'.center(3) bytearray(b'a,b,,c')
# b'a,b,,c'.center(20) bytearray(b'       a,b,,c       ')
# b'a,b,,c'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.ljust(-1) bytearray(b'a,b,,c')
# b'a,b,,c'.ljust(0) bytearray(b'a,b,,c')
# b'a,b,,c'.ljust(1) bytearray(b'a,b,,c')
# b'a,b,,c'.ljust(3) bytearray(b'a,b,,c')
# b'a,b,,c'.ljust(20) bytearray(b'a,b,,c              ')
# b'a,b,,c'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.rjust(-1) bytearray(b'a,b,,c')
# b'a,b,,c'.rjust(0) bytearray(b'a,b,,c')
# b'a,b,,c'.rjust(1) bytearray(b'a,b,,c')
# b'a,b,,c'.rjust(3) bytearray(b'a,b,,c')
# b'a,b,,c'.rjust(20) bytearray(b'              a,b,,c')
# b'a,b,,c'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.zfill(-1) bytearray(b'a,b,,c')
# b'a,b,,c'.zfill(0) bytearray(b'a,b,,c')
# b'a,b,,c'.zfill(1) bytearray(b'a,b,,c')
# b'a,b,,c'.zfill(3) bytearray(b'a,b,,c')
# b'a,b,,c'.zfill(20) bytearray(b'00000000000000a,b,,c')
# b'a,b,,c'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'a,b,,c'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.expandtabs(-1) bytearray(b'a,b,,c')
# b'a,b,,c'.expandtabs(0) bytearray(b'a,b,,c')
# b'a,b,,c'.expandtabs(1) bytearray(b'a,b,,c')
# b'a,b,,c'.expandtabs(3) bytearray(b'a,b,,c')
# b'a,b,,c'.expandtabs(20) bytearray(b'a,b,,c')
# b'a,b,,c'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'a,b,,c'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'a,b,,c'.center(15, b'*') bytearray(b'*****a,b,,c****')
# b'a,b,,c'.center(15, bytearray(b'-')) bytearray(b'-----a,b,,c----')
# b'a,b,,c'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'a,b,,c'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'a,b,,c'.ljust(15, b'*') bytearray(b'a,b,,c*********')
# b'a,b,,c'.ljust(15, bytearray(b'-')) bytearray(b'a,b,,c---------')
# b'a,b,,c'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'a,b,,c'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'a,b,,c'.rjust(15, b'*') bytearray(b'*********a,b,,c')
# b'a,b,,c'.rjust(15, bytearray(b'-')) bytearray(b'---------a,b,,c')
# b'a,b,,c'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'a,b,,c'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'a,b,,c'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'a,b,,c'.split(None) [bytearray(b'a,b,,c')]
# b'a,b,,c'.split(b'a') [bytearray(b''), bytearray(b',b,,c')]
# b'a,b,,c'.split(b',') [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]
# b'a,b,,c'.split(b'') ValueError empty separator
# b'a,b,,c'.split('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.split(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.split(bytearray(b' ')) [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit(None) [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit(b'a') [bytearray(b''), bytearray(b',b,,c')]
# b'a,b,,c'.rsplit(b',') [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]
# b'a,b,,c'.rsplit(b'') ValueError empty separator
# b'a,b,,c'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rsplit(bytearray(b' ')) [bytearray(b'a,b,,c')]
# b'a,b,,c'.strip(None) bytearray(b'a,b,,c')
# b'a,b,,c'.strip(b'a') bytearray(b',b,,c')
# b'a,b,,c'.strip(b',') bytearray(b'a,b,,c')
# b'a,b,,c'.strip(b'') bytearray(b'a,b,,c')
# b'a,b,,c'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.strip(bytearray(b' ')) bytearray(b'a,b,,c')
# b'a,b,,c'.lstrip(None) bytearray(b'a,b,,c')
# b'a,b,,c'.lstrip(b'a') bytearray(b',b,,c')
# b'a,b,,c'.lstrip(b',') bytearray(b'a,b,,c')
# b'a,b,,c'.lstrip(b'') bytearray(b'a,b,,c')
# b'a,b,,c'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.lstrip(bytearray(b' ')) bytearray(b'a,b,,c')
# b'a,b,,c'.rstrip(None) bytearray(b'a,b,,c')
# b'a,b,,c'.rstrip(b'a') bytearray(b'a,b,,c')
# b'a,b,,c'.rstrip(b',') bytearray(b'a,b,,c')
# b'a,b,,c'.rstrip(b'') bytearray(b'a,b,,c')
# b'a,b,,c'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.rstrip(bytearray(b' ')) bytearray(b'a,b,,c')
# b'a,b,,c'.split(b',', -1) [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]
# b'a,b,,c'.split(None, -1) [bytearray(b'a,b,,c')]
# b'a,b,,c'.split(b',', 0) [bytearray(b'a,b,,c')]
# b'a,b,,c'.split(None, 0) [bytearray(b'a,b,,c')]
# b'a,b,,c'.split(b',', 1) [bytearray(b'a'), bytearray(b'b,,c')]
# b'a,b,,c'.split(None, 1) [bytearray(b'a,b,,c')]
# b'a,b,,c'.split(b',', 2) [bytearray(b'a'), bytearray(b'b'), bytearray(b',c')]
# b'a,b,,c'.split(None, 2) [bytearray(b'a,b,,c')]
# b'a,b,,c'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.rsplit(b',', -1) [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]
# b'a,b,,c'.rsplit(None, -1) [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit(b',', 0) [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit(None, 0) [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit(b',', 1) [bytearray(b'a,b,'), bytearray(b'c')]
# b'a,b,,c'.rsplit(None, 1) [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit(b',', 2) [bytearray(b'a,b'), bytearray(b''), bytearray(b'c')]
# b'a,b,,c'.rsplit(None, 2) [bytearray(b'a,b,,c')]
# b'a,b,,c'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.replace(b'a', b'XY', -1) bytearray(b'XY,b,,c')
# b'a,b,,c'.replace(b'a', b'XY', 0) bytearray(b'a,b,,c')
# b'a,b,,c'.replace(b'a', b'XY', 1) bytearray(b'XY,b,,c')
# b'a,b,,c'.replace(b'a', b'XY', 2) bytearray(b'XY,b,,c')
# b'a,b,,c'.replace(b'', b'-', -1) bytearray(b'-a-,-b-,-,-c-')
# b'a,b,,c'.replace(b'', b'-', 0) bytearray(b'a,b,,c')
# b'a,b,,c'.replace(b'', b'-', 1) bytearray(b'-a,b,,c')
# b'a,b,,c'.replace(b'', b'-', 2) bytearray(b'-a-,b,,c')
# b'a,b,,c'.replace(b',', b'', -1) bytearray(b'abc')
# b'a,b,,c'.replace(b',', b'', 0) bytearray(b'a,b,,c')
# b'a,b,,c'.replace(b',', b'', 1) bytearray(b'ab,,c')
# b'a,b,,c'.replace(b',', b'', 2) bytearray(b'ab,c')
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'a,b,,c')
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'a,b,,c')
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'a,b,,c')
# b'a,b,,c'.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'a,b,,c')
# b'a,b,,c'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'a,b,,c'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'a,b,,c'.splitlines(False) [bytearray(b'a,b,,c')]
# b'a,b,,c'.splitlines(True) [bytearray(b'a,b,,c')]
# b'a,b,,c'.splitlines(0) [bytearray(b'a,b,,c')]
# b'a,b,,c'.splitlines(1) [bytearray(b'a,b,,c')]
# b'a,b,,c'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'a,b,,c'.decode('utf-8', 'strict') 'a,b,,c'
# b'a,b,,c'.decode('ascii', 'ignore') 'a,b,,c'
# b'a,b,,c'.decode('latin-1', 'strict') 'a,b,,c'
# b'a,b,,c'.decode('utf-8', 'replace') 'a,b,,c'
# b'a,b,,c'.decode('ascii', 'backslashreplace') 'a,b,,c'
# b'a,b,,c'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'a,b,,c'.decode('utf-8', 'nope') 'a,b,,c'
# b'a,b,,c'.hex(':', 1) '61:2c:62:2c:2c:63'
# b'a,b,,c'.hex(b'-', 2) '612c-622c-2c63'
# b'a,b,,c'.hex('-', -2) '612c-622c-2c63'
# b'a,b,,c'.hex('', 1) ValueError sep must be length 1.
# b'a,b,,c'.hex('ab', 1) ValueError sep must be length 1.
# b'a,b,,c'.hex(1, 1) TypeError object of type 'int' has no len()
# b'a,b,,c'.translate(.., b'') bytearray(b'\x9e\xd3\x9d\xd3\xd3\x9c')
# b'a,b,,c'.translate(.., b'a, ') bytearray(b'bc')
# b'a,b,,c'.translate(.., b'\xff') bytearray(b'\x9e\xd3\x9d\xd3\xd3\x9c')
# b'a,b,,c'.translate(.., b'') ValueError translation table must be 256 characters long
# b'a,b,,c'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'a,b,,c' + b'a' bytearray(b'a,b,,ca')
# b'a,b,,c' == b'a' False
# b'a,b,,c' < b'a' False
# b'a' in b'a,b,,c' True
# b'a,b,,c' + bytearray(b'Hello') bytearray(b'a,b,,cHello')
# b'a,b,,c' == bytearray(b'Hello') False
# b'a,b,,c' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'a,b,,c' False
# b'a,b,,c' + mv(b'') bytearray(b'a,b,,c')
# b'a,b,,c' == mv(b'') False
# b'a,b,,c' < mv(b'') False
# mv(b'') in b'a,b,,c' True
# b'a,b,,c' + 'a' TypeError can't concat str to bytearray
# b'a,b,,c' == 'a' False
# b'a,b,,c' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'a,b,,c' TypeError a bytes-like object is required, not 'str'
# b'a,b,,c' + 3 TypeError can't concat int to bytearray
# b'a,b,,c' == 3 False
# b'a,b,,c' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'a,b,,c' False
# b'a,b,,c' + [1] TypeError can't concat list to bytearray
# b'a,b,,c' == [1] False
# b'a,b,,c' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'a,b,,c' TypeError a bytes-like object is required, not 'list'
# b'a,b,,c' * 0 bytearray(b'')
# b'a,b,,c' * 1 bytearray(b'a,b,,c')
# b'a,b,,c' * 3 bytearray(b'a,b,,ca,b,,ca,b,,c')
# b'a,b,,c' * -1 bytearray(b'')
# b'a,b,,c' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'a,b,,c' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'a,b,,c'[0] 97
# b'a,b,,c'[-1] 99
# b'a,b,,c'[5] 99
# b'a,b,,c'[-20] IndexError bytearray index out of range
# b'a,b,,c'[slice(1, 3, None)] bytearray(b',b')
# b'a,b,,c'[slice(None, None, -2)] bytearray(b'c,,')
# b'a,b,,c'[slice(5, 1, None)] bytearray(b'')
# b'a,b,,c'['k'] TypeError bytearray indices must be integers or slices, not str
# b'a,b,,c'[1.0] TypeError bytearray indices must be integers or slices, not float
# b'a,b,,c' % () bytearray(b'a,b,,c')
# b'a,b,,c' % (1,) TypeError not all arguments converted during bytes formatting
# b'a,b,,c' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'a,b,,c' % 's' TypeError not all arguments converted during bytes formatting
# b'-12'.upper() bytearray(b'-12')
# b'-12'.lower() bytearray(b'-12')
# b'-12'.swapcase() bytearray(b'-12')
# b'-12'.title() bytearray(b'-12')
# b'-12'.capitalize() bytearray(b'-12')
# b'-12'.isdigit() False
# b'-12'.isalpha() False
# b'-12'.isalnum() False
# b'-12'.isspace() False
# b'-12'.isascii() True
# b'-12'.islower() False
# b'-12'.isupper() False
# b'-12'.istitle() False
# b'-12'.hex() '2d3132'
# b'-12'.decode() '-12'
# b'-12'.splitlines() [bytearray(b'-12')]
# b'-12'.expandtabs() bytearray(b'-12')
# b'-12'.strip() bytearray(b'-12')
# b'-12'.lstrip() bytearray(b'-12')
# b'-12'.rstrip() bytearray(b'-12')
# b'-12'.split() [bytearray(b'-12')]
# b'-12'.rsplit() [bytearray(b'-12')]
# b'-12'.__len__() 3
# b'-12'.__iter__() [45, 49, 50]
# b'-12'.partition(b'') ValueError empty separator
# b'-12'.partition(b'a') (bytearray(b'-12'), bytearray(b''), bytearray(b''))
# b'-12'.partition(b',') (bytearray(b'-12'), bytearray(b''), bytearray(b''))
# b'-12'.partition(b'ab') (bytearray(b'-12'), bytearray(b''), bytearray(b''))
# b'-12'.partition(b'\xff') (bytearray(b'-12'), bytearray(b''), bytearray(b''))
# b'-12'.partition(b'  ') (bytearray(b'-12'), bytearray(b''), bytearray(b''))
# b'-12'.partition(bytearray(b'b')) (bytearray(b'-12'), bytearray(b''), bytearray(b''))
# b'-12'.partition(mv(b'c')) (bytearray(b'-12'), bytearray(b''), bytearray(b''))
# b'-12'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.rpartition(b'') ValueError empty separator
# b'-12'.rpartition(b'a') (bytearray(b''), bytearray(b''), bytearray(b'-12'))
# b'-12'.rpartition(b',') (bytearray(b''), bytearray(b''), bytearray(b'-12'))
# b'-12'.rpartition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b'-12'))
# b'-12'.rpartition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b'-12'))
# b'-12'.rpartition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b'-12'))
# b'-12'.rpartition(bytearray(b'b')) (bytearray(b''), bytearray(b''), bytearray(b'-12'))
# b'-12'.rpartition(mv(b'c')) (bytearray(b''), bytearray(b''), bytearray(b'-12'))
# b'-12'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.removeprefix(b'') bytearray(b'-12')
# b'-12'.removeprefix(b'a') bytearray(b'-12')
# b'-12'.removeprefix(b',') bytearray(b'-12')
# b'-12'.removeprefix(b'ab') bytearray(b'-12')
# b'-12'.removeprefix(b'\xff') bytearray(b'-12')
# b'-12'.removeprefix(b'  ') bytearray(b'-12')
# b'-12'.removeprefix(bytearray(b'b')) bytearray(b'-12')
# b'-12'.removeprefix(mv(b'c')) bytearray(b'-12')
# b'-12'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.removesuffix(b'') bytearray(b'-12')
# b'-12'.removesuffix(b'a') bytearray(b'-12')
# b'-12'.removesuffix(b',') bytearray(b'-12')
# b'-12'.removesuffix(b'ab') bytearray(b'-12')
# b'-12'.removesuffix(b'\xff') bytearray(b'-12')
# b'-12'.removesuffix(b'  ') bytearray(b'-12')
# b'-12'.removesuffix(bytearray(b'b')) bytearray(b'-12')
# b'-12'.removesuffix(mv(b'c')) bytearray(b'-12')
# b'-12'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'-12'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'-12'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'-12'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'-12'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'-12'.join(b'') bytearray(b'')
# b'-12'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join(97) TypeError can only join an iterable
# b'-12'.join(0) TypeError can only join an iterable
# b'-12'.join(255) TypeError can only join an iterable
# b'-12'.join(256) TypeError can only join an iterable
# b'-12'.join(-1) TypeError can only join an iterable
# b'-12'.join(1180591620717411303424) TypeError can only join an iterable
# b'-12'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'-12'.join(None) TypeError can only join an iterable
# b'-12'.join(1.5) TypeError can only join an iterable
# b'-12'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'-12'.join((b'a', b'H')) bytearray(b'a-12H')
# b'-12'.count(b'') 4
# b'-12'.count(b'a') 0
# b'-12'.count(b',') 0
# b'-12'.count(b'ab') 0
# b'-12'.count(b'\xff') 0
# b'-12'.count(b'  ') 0
# b'-12'.count(bytearray(b'b')) 0
# b'-12'.count(mv(b'c')) 0
# b'-12'.count(97) 0
# b'-12'.count(0) 0
# b'-12'.count(255) 0
# b'-12'.count(256) ValueError byte must be in range(0, 256)
# b'-12'.count(-1) ValueError byte must be in range(0, 256)
# b'-12'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.find(b'') 0
# b'-12'.find(b'a') -1
# b'-12'.find(b',') -1
# b'-12'.find(b'ab') -1
# b'-12'.find(b'\xff') -1
# b'-12'.find(b'  ') -1
# b'-12'.find(bytearray(b'b')) -1
# b'-12'.find(mv(b'c')) -1
# b'-12'.find(97) -1
# b'-12'.find(0) -1
# b'-12'.find(255) -1
# b'-12'.find(256) ValueError byte must be in range(0, 256)
# b'-12'.find(-1) ValueError byte must be in range(0, 256)
# b'-12'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.rfind(b'') 3
# b'-12'.rfind(b'a') -1
# b'-12'.rfind(b',') -1
# b'-12'.rfind(b'ab') -1
# b'-12'.rfind(b'\xff') -1
# b'-12'.rfind(b'  ') -1
# b'-12'.rfind(bytearray(b'b')) -1
# b'-12'.rfind(mv(b'c')) -1
# b'-12'.rfind(97) -1
# b'-12'.rfind(0) -1
# b'-12'.rfind(255) -1
# b'-12'.rfind(256) ValueError byte must be in range(0, 256)
# b'-12'.rfind(-1) ValueError byte must be in range(0, 256)
# b'-12'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.index(b'') 0
# b'-12'.index(b'a') ValueError subsection not found
# b'-12'.index(b',') ValueError subsection not found
# b'-12'.index(b'ab') ValueError subsection not found
# b'-12'.index(b'\xff') ValueError subsection not found
# b'-12'.index(b'  ') ValueError subsection not found
# b'-12'.index(bytearray(b'b')) ValueError subsection not found
# b'-12'.index(mv(b'c')) ValueError subsection not found
# b'-12'.index(97) ValueError subsection not found
# b'-12'.index(0) ValueError subsection not found
# b'-12'.index(255) ValueError subsection not found
# b'-12'.index(256) ValueError byte must be in range(0, 256)
# b'-12'.index(-1) ValueError byte must be in range(0, 256)
# b'-12'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.rindex(b'') 3
# b'-12'.rindex(b'a') ValueError subsection not found
# b'-12'.rindex(b',') ValueError subsection not found
# b'-12'.rindex(b'ab') ValueError subsection not found
# b'-12'.rindex(b'\xff') ValueError subsection not found
# b'-12'.rindex(b'  ') ValueError subsection not found
# b'-12'.rindex(bytearray(b'b')) ValueError subsection not found
# b'-12'.rindex(mv(b'c')) ValueError subsection not found
# b'-12'.rindex(97) ValueError subsection not found
# b'-12'.rindex(0) ValueError subsection not found
# b'-12'.rindex(255) ValueError subsection not found
# b'-12'.rindex(256) ValueError byte must be in range(0, 256)
# b'-12'.rindex(-1) ValueError byte must be in range(0, 256)
# b'-12'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'-12'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'-12'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'-12'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'-12'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'-12'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'-12'.startswith(b'') True
# b'-12'.startswith(b'a') False
# b'-12'.startswith(b',') False
# b'-12'.startswith(b'ab') False
# b'-12'.startswith(b'\xff') False
# b'-12'.startswith(b'  ') False
# b'-12'.startswith(bytearray(b'b')) False
# b'-12'.startswith(mv(b'c')) False
# b'-12'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'-12'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'-12'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'-12'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'-12'.startswith((b'a', b'H')) False
# b'-12'.endswith(b'') True
# b'-12'.endswith(b'a') False
# b'-12'.endswith(b',') False
# b'-12'.endswith(b'ab') False
# b'-12'.endswith(b'\xff') False
# b'-12'.endswith(b'  ') False
# b'-12'.endswith(bytearray(b'b')) False
# b'-12'.endswith(mv(b'c')) False
# b'-12'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'-12'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'-12'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'-12'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'-12'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'-12'.endswith((b'a', b'H')) False
# b'-12'.count(b'a', -1, None) 0
# b'-12'.count(b'a', -1, 2) 0
# b'-12'.count(b'a', -1, -1) 0
# b'-12'.count(b'a', 0, None) 0
# b'-12'.count(b'a', 0, 2) 0
# b'-12'.count(b'a', 0, -1) 0
# b'-12'.count(b'a', 1, None) 0
# b'-12'.count(b'a', 1, 2) 0
# b'-12'.count(b'a', 1, -1) 0
# b'-12'.count(b'a', 3, None) 0
# b'-12'.count(b'a', 3, 2) 0
# b'-12'.count(b'a', 3, -1) 0
# b'-12'.count(b'a', 20, None) 0
# b'-12'.count(b'a', 20, 2) 0
# b'-12'.count(b'a', 20, -1) 0
# b'-12'.find(b'a', -1, None) -1
# b'-12'.find(b'a', -1, 2) -1
# b'-12'.find(b'a', -1, -1) -1
# b'-12'.find(b'a', 0, None) -1
# b'-12'.find(b'a', 0, 2) -1
# b'-12'.find(b'a', 0, -1) -1
# b'-12'.find(b'a', 1, None) -1
# b'-12'.find(b'a', 1, 2) -1
# b'-12'.find(b'a', 1, -1) -1
# b'-12'.find(b'a', 3, None) -1
# b'-12'.find(b'a', 3, 2) -1
# b'-12'.find(b'a', 3, -1) -1
# b'-12'.find(b'a', 20, None) -1
# b'-12'.find(b'a', 20, 2) -1
# b'-12'.find(b'a', 20, -1) -1
# b'-12'.rfind(b'a', -1, None) -1
# b'-12'.rfind(b'a', -1, 2) -1
# b'-12'.rfind(b'a', -1, -1) -1
# b'-12'.rfind(b'a', 0, None) -1
# b'-12'.rfind(b'a', 0, 2) -1
# b'-12'.rfind(b'a', 0, -1) -1
# b'-12'.rfind(b'a', 1, None) -1
# b'-12'.rfind(b'a', 1, 2) -1
# b'-12'.rfind(b'a', 1, -1) -1
# b'-12'.rfind(b'a', 3, None) -1
# b'-12'.rfind(b'a', 3, 2) -1
# b'-12'.rfind(b'a', 3, -1) -1
# b'-12'.rfind(b'a', 20, None) -1
# b'-12'.rfind(b'a', 20, 2) -1
# b'-12'.rfind(b'a', 20, -1) -1
# b'-12'.index(b'a', -1, None) ValueError subsection not found
# b'-12'.index(b'a', -1, 2) ValueError subsection not found
# b'-12'.index(b'a', -1, -1) ValueError subsection not found
# b'-12'.index(b'a', 0, None) ValueError subsection not found
# b'-12'.index(b'a', 0, 2) ValueError subsection not found
# b'-12'.index(b'a', 0, -1) ValueError subsection not found
# b'-12'.index(b'a', 1, None) ValueError subsection not found
# b'-12'.index(b'a', 1, 2) ValueError subsection not found
# b'-12'.index(b'a', 1, -1) ValueError subsection not found
# b'-12'.index(b'a', 3, None) ValueError subsection not found
# b'-12'.index(b'a', 3, 2) ValueError subsection not found
# b'-12'.index(b'a', 3, -1) ValueError subsection not found
# b'-12'.index(b'a', 20, None) ValueError subsection not found
# b'-12'.index(b'a', 20, 2) ValueError subsection not found
# b'-12'.index(b'a', 20, -1) ValueError subsection not found
# b'-12'.rindex(b'a', -1, None) ValueError subsection not found
# b'-12'.rindex(b'a', -1, 2) ValueError subsection not found
# b'-12'.rindex(b'a', -1, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 0, None) ValueError subsection not found
# b'-12'.rindex(b'a', 0, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 0, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 1, None) ValueError subsection not found
# b'-12'.rindex(b'a', 1, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 1, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 3, None) ValueError subsection not found
# b'-12'.rindex(b'a', 3, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 3, -1) ValueError subsection not found
# b'-12'.rindex(b'a', 20, None) ValueError subsection not found
# b'-12'.rindex(b'a', 20, 2) ValueError subsection not found
# b'-12'.rindex(b'a', 20, -1) ValueError subsection not found
# b'-12'.startswith(b'a', -1, None) False
# b'-12'.startswith(b'a', -1, 2) False
# b'-12'.startswith(b'a', -1, -1) False
# b'-12'.startswith(b'a', 0, None) False
# b'-12'.startswith(b'a', 0, 2) False
# b'-12'.startswith(b'a', 0, -1) False
# b'-12'.startswith(b'a', 1, None) False
# b'-12'.startswith(b'a', 1, 2) False
# b'-12'.startswith(b'a', 1, -1) False
# b'-12'.startswith(b'a', 3, None) False
# b'-12'.startswith(b'a', 3, 2) False
# b'-12'.startswith(b'a', 3, -1) False
# b'-12'.startswith(b'a', 20, None) False
# b'-12'.startswith(b'a', 20, 2) False
# b'-12'.startswith(b'a', 20, -1) False
# b'-12'.endswith(b'a', -1, None) False
# b'-12'.endswith(b'a', -1, 2) False
# b'-12'.endswith(b'a', -1, -1) False
# b'-12'.endswith(b'a', 0, None) False
# b'-12'.endswith(b'a', 0, 2) False
# b'-12'.endswith(b'a', 0, -1) False
# b'-12'.endswith(b'a', 1, None) False
# b'-12'.endswith(b'a', 1, 2) False
# b'-12'.endswith(b'a', 1, -1) False
# b'-12'.endswith(b'a', 3, None) False
# b'-12'.endswith(b'a', 3, 2) False
# b'-12'.endswith(b'a', 3, -1) False
# b'-12'.endswith(b'a', 20, None) False
# b'-12'.endswith(b'a', 20, 2) False
# b'-12'.endswith(b'a', 20, -1) False
# b'-12'.center(-1) bytearray(b'-12')
# b'-12'.center(0) bytearray(b'-12')
# b'-12'.center(1) bytearray(b'-12')
# b'-12'.center(3) bytearray(b'-12')
# b'-12'.center(20) bytearray(b'        -12         ')
# b'-12'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.ljust(-1) bytearray(b'-12')
# b'-12'.ljust(0) bytearray(b'-12')
# b'-12'.ljust(1) bytearray(b'-12')
# b'-12'.ljust(3) bytearray(b'-12')
# b'-12'.ljust(20) bytearray(b'-12                 ')
# b'-12'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.rjust(-1) bytearray(b'-12')
# b'-12'.rjust(0) bytearray(b'-12')
# b'-12'.rjust(1) bytearray(b'-12')
# b'-12'.rjust(3) bytearray(b'-12')
# b'-12'.rjust(20) bytearray(b'                 -12')
# b'-12'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.zfill(-1) bytearray(b'-12')
# b'-12'.zfill(0) bytearray(b'-12')
# b'-12'.zfill(1) bytearray(b'-12')
# b'-12'.zfill(3) bytearray(b'-12')
# b'-12'.zfill(20) bytearray(b'-0000000000000000012')
# b'-12'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'-12'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.expandtabs(-1) bytearray(b'-12')
# b'-12'.expandtabs(0) bytearray(b'-12')
# b'-12'.expandtabs(1) bytearray(b'-12')
# b'-12'.expandtabs(3) bytearray(b'-12')
# b'-12'.expandtabs(20) bytearray(b'-12')
# b'-12'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'-12'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'-12'.center(15, b'*') bytearray(b'******-12******')
# b'-12'.center(15, bytearray(b'-')) bytearray(b'-------12------')
# b'-12'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'-12'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'-12'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'-12'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'-12'.ljust(15, b'*') bytearray(b'-12************')
# b'-12'.ljust(15, bytearray(b'-')) bytearray(b'-12------------')
# b'-12'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'-12'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'-12'.rjust(15, b'*') bytearray(b'************-12')
# b'-12'.rjust(15, bytearray(b'-')) bytearray(b'-------------12')
# b'-12'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'-12'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'-12'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'-12'.split(None) [bytearray(b'-12')]
# b'-12'.split(b'a') [bytearray(b'-12')]
# b'-12'.split(b',') [bytearray(b'-12')]
# b'-12'.split(b'') ValueError empty separator
# b'-12'.split('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.split(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.split(bytearray(b' ')) [bytearray(b'-12')]
# b'-12'.rsplit(None) [bytearray(b'-12')]
# b'-12'.rsplit(b'a') [bytearray(b'-12')]
# b'-12'.rsplit(b',') [bytearray(b'-12')]
# b'-12'.rsplit(b'') ValueError empty separator
# b'-12'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.rsplit(bytearray(b' ')) [bytearray(b'-12')]
# b'-12'.strip(None) bytearray(b'-12')
# b'-12'.strip(b'a') bytearray(b'-12')
# b'-12'.strip(b',') bytearray(b'-12')
# b'-12'.strip(b'') bytearray(b'-12')
# b'-12'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.strip(bytearray(b' ')) bytearray(b'-12')
# b'-12'.lstrip(None) bytearray(b'-12')
# b'-12'.lstrip(b'a') bytearray(b'-12')
# b'-12'.lstrip(b',') bytearray(b'-12')
# b'-12'.lstrip(b'') bytearray(b'-12')
# b'-12'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.lstrip(bytearray(b' ')) bytearray(b'-12')
# b'-12'.rstrip(None) bytearray(b'-12')
# b'-12'.rstrip(b'a') bytearray(b'-12')
# b'-12'.rstrip(b',') bytearray(b'-12')
# b'-12'.rstrip(b'') bytearray(b'-12')
# b'-12'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'-12'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'-12'.rstrip(bytearray(b' ')) bytearray(b'-12')
# b'-12'.split(b',', -1) [bytearray(b'-12')]
# b'-12'.split(None, -1) [bytearray(b'-12')]
# b'-12'.split(b',', 0) [bytearray(b'-12')]
# b'-12'.split(None, 0) [bytearray(b'-12')]
# b'-12'.split(b',', 1) [bytearray(b'-12')]
# b'-12'.split(None, 1) [bytearray(b'-12')]
# b'-12'.split(b',', 2) [bytearray(b'-12')]
# b'-12'.split(None, 2) [bytearray(b'-12')]
# b'-12'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.rsplit(b',', -1) [bytearray(b'-12')]
# b'-12'.rsplit(None, -1) [bytearray(b'-12')]
# b'-12'.rsplit(b',', 0) [bytearray(b'-12')]
# b'-12'.rsplit(None, 0) [bytearray(b'-12')]
# b'-12'.rsplit(b',', 1) [bytearray(b'-12')]
# b'-12'.rsplit(None, 1) [bytearray(b'-12')]
# b'-12'.rsplit(b',', 2) [bytearray(b'-12')]
# b'-12'.rsplit(None, 2) [bytearray(b'-12')]
# b'-12'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.replace(b'a', b'XY', -1) bytearray(b'-12')
# b'-12'.replace(b'a', b'XY', 0) bytearray(b'-12')
# b'-12'.replace(b'a', b'XY', 1) bytearray(b'-12')
# b'-12'.replace(b'a', b'XY', 2) bytearray(b'-12')
# b'-12'.replace(b'', b'-', -1) bytearray(b'---1-2-')
# b'-12'.replace(b'', b'-', 0) bytearray(b'-12')
# b'-12'.replace(b'', b'-', 1) bytearray(b'--12')
# b'-12'.replace(b'', b'-', 2) bytearray(b'---12')
# b'-12'.replace(b',', b'', -1) bytearray(b'-12')
# b'-12'.replace(b',', b'', 0) bytearray(b'-12')
# b'-12'.replace(b',', b'', 1) bytearray(b'-12')
# b'-12'.replace(b',', b'', 2) bytearray(b'-12')
# b'-12'.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'-12')
# b'-12'.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'-12')
# b'-12'.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'-12')
# b'-12'.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'-12')
# b'-12'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'-12'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'-12'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'-12'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'-12'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'-12'.splitlines(False) [bytearray(b'-12')]
# b'-12'.splitlines(True) [bytearray(b'-12')]
# b'-12'.splitlines(0) [bytearray(b'-12')]
# b'-12'.splitlines(1) [bytearray(b'-12')]
# b'-12'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'-12'.decode('utf-8', 'strict') '-12'
# b'-12'.decode('ascii', 'ignore') '-12'
# b'-12'.decode('latin-1', 'strict') '-12'
# b'-12'.decode('utf-8', 'replace') '-12'
# b'-12'.decode('ascii', 'backslashreplace') '-12'
# b'-12'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'-12'.decode('utf-8', 'nope') '-12'
# b'-12'.hex(':', 1) '2d:31:32'
# b'-12'.hex(b'-', 2) '2d-3132'
# b'-12'.hex('-', -2) '2d31-32'
# b'-12'.hex('', 1) ValueError sep must be length 1.
# b'-12'.hex('ab', 1) ValueError sep must be length 1.
# b'-12'.hex(1, 1) TypeError object of type 'int' has no len()
# b'-12'.translate(.., b'') bytearray(b'\xd2\xce\xcd')
# b'-12'.translate(.., b'a, ') bytearray(b'-12')
# b'-12'.translate(.., b'\xff') bytearray(b'\xd2\xce\xcd')
# b'-12'.translate(.., b'') ValueError translation table must be 256 characters long
# b'-12'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'-12' + b'a' bytearray(b'-12a')
# b'-12' == b'a' False
# b'-12' < b'a' True
# b'a' in b'-12' False
# b'-12' + bytearray(b'Hello') bytearray(b'-12Hello')
# b'-12' == bytearray(b'Hello') False
# b'-12' < bytearray(b'Hello') True
# bytearray(b'Hello') in b'-12' False
# b'-12' + mv(b'') bytearray(b'-12')
# b'-12' == mv(b'') False
# b'-12' < mv(b'') False
# mv(b'') in b'-12' True
# b'-12' + 'a' TypeError can't concat str to bytearray
# b'-12' == 'a' False
# b'-12' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'-12' TypeError a bytes-like object is required, not 'str'
# b'-12' + 3 TypeError can't concat int to bytearray
# b'-12' == 3 False
# b'-12' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'-12' False
# b'-12' + [1] TypeError can't concat list to bytearray
# b'-12' == [1] False
# b'-12' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'-12' TypeError a bytes-like object is required, not 'list'
# b'-12' * 0 bytearray(b'')
# b'-12' * 1 bytearray(b'-12')
# b'-12' * 3 bytearray(b'-12-12-12')
# b'-12' * -1 bytearray(b'')
# b'-12' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'-12' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'-12'[0] 45
# b'-12'[-1] 50
# b'-12'[5] IndexError bytearray index out of range
# b'-12'[-20] IndexError bytearray index out of range
# b'-12'[slice(1, 3, None)] bytearray(b'12')
# b'-12'[slice(None, None, -2)] bytearray(b'2-')
# b'-12'[slice(5, 1, None)] bytearray(b'')
# b'-12'['k'] TypeError bytearray indices must be integers or slices, not str
# b'-12'[1.0] TypeError bytearray indices must be integers or slices, not float
# b'-12' % () bytearray(b'-12')
# b'-12' % (1,) TypeError not all arguments converted during bytes formatting
# b'-12' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'-12' % 's' TypeError not all arguments converted during bytes formatting
# b'aAbB cC\r\nx'.upper() bytearray(b'AABB CC\r\nX')
# b'aAbB cC\r\nx'.lower() bytearray(b'aabb cc\r\nx')
# b'aAbB cC\r\nx'.swapcase() bytearray(b'AaBb Cc\r\nX')
# b'aAbB cC\r\nx'.title() bytearray(b'Aabb Cc\r\nX')
# b'aAbB cC\r\nx'.capitalize() bytearray(b'Aabb cc\r\nx')
# b'aAbB cC\r\nx'.isdigit() False
# b'aAbB cC\r\nx'.isalpha() False
# b'aAbB cC\r\nx'.isalnum() False
# b'aAbB cC\r\nx'.isspace() False
# b'aAbB cC\r\nx'.isascii() True
# b'aAbB cC\r\nx'.islower() False
# b'aAbB cC\r\nx'.isupper() False
# b'aAbB cC\r\nx'.istitle() False
# b'aAbB cC\r\nx'.hex() '614162422063430d0a78'
# b'aAbB cC\r\nx'.decode() 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.splitlines() [bytearray(b'aAbB cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.expandtabs() bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.strip() bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.lstrip() bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rstrip() bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.split() [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.rsplit() [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.__len__() 10
# b'aAbB cC\r\nx'.__iter__() [97, 65, 98, 66, 32, 99, 67, 13, 10, 120]
# b'aAbB cC\r\nx'.partition(b'') ValueError empty separator
# b'aAbB cC\r\nx'.partition(b'a') (bytearray(b''), bytearray(b'a'), bytearray(b'AbB cC\r\nx'))
# b'aAbB cC\r\nx'.partition(b',') (bytearray(b'aAbB cC\r\nx'), bytearray(b''), bytearray(b''))
# b'aAbB cC\r\nx'.partition(b'ab') (bytearray(b'aAbB cC\r\nx'), bytearray(b''), bytearray(b''))
# b'aAbB cC\r\nx'.partition(b'\xff') (bytearray(b'aAbB cC\r\nx'), bytearray(b''), bytearray(b''))
# b'aAbB cC\r\nx'.partition(b'  ') (bytearray(b'aAbB cC\r\nx'), bytearray(b''), bytearray(b''))
# b'aAbB cC\r\nx'.partition(bytearray(b'b')) (bytearray(b'aA'), bytearray(b'b'), bytearray(b'B cC\r\nx'))
# b'aAbB cC\r\nx'.partition(mv(b'c')) (bytearray(b'aAbB '), bytearray(b'c'), bytearray(b'C\r\nx'))
# b'aAbB cC\r\nx'.partition(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.partition('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.partition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.partition(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.partition([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.partition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.rpartition(b'') ValueError empty separator
# b'aAbB cC\r\nx'.rpartition(b'a') (bytearray(b''), bytearray(b'a'), bytearray(b'AbB cC\r\nx'))
# b'aAbB cC\r\nx'.rpartition(b',') (bytearray(b''), bytearray(b''), bytearray(b'aAbB cC\r\nx'))
# b'aAbB cC\r\nx'.rpartition(b'ab') (bytearray(b''), bytearray(b''), bytearray(b'aAbB cC\r\nx'))
# b'aAbB cC\r\nx'.rpartition(b'\xff') (bytearray(b''), bytearray(b''), bytearray(b'aAbB cC\r\nx'))
# b'aAbB cC\r\nx'.rpartition(b'  ') (bytearray(b''), bytearray(b''), bytearray(b'aAbB cC\r\nx'))
# b'aAbB cC\r\nx'.rpartition(bytearray(b'b')) (bytearray(b'aA'), bytearray(b'b'), bytearray(b'B cC\r\nx'))
# b'aAbB cC\r\nx'.rpartition(mv(b'c')) (bytearray(b'aAbB '), bytearray(b'c'), bytearray(b'C\r\nx'))
# b'aAbB cC\r\nx'.rpartition(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rpartition('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.rpartition(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.rpartition(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.rpartition([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.rpartition((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.removeprefix(b'') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(b'a') bytearray(b'AbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(b',') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(b'ab') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(b'\xff') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(b'  ') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(bytearray(b'b')) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(mv(b'c')) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removeprefix(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removeprefix('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.removeprefix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.removeprefix(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.removeprefix([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.removeprefix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.removesuffix(b'') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(b'a') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(b',') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(b'ab') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(b'\xff') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(b'  ') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(bytearray(b'b')) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(mv(b'c')) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.removesuffix(97) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(255) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(256) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(-1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix(1180591620717411303424) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.removesuffix('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.removesuffix(None) TypeError a bytes-like object is required, not 'NoneType'
# b'aAbB cC\r\nx'.removesuffix(1.5) TypeError a bytes-like object is required, not 'float'
# b'aAbB cC\r\nx'.removesuffix([98]) TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx'.removesuffix((b'a', b'H')) TypeError a bytes-like object is required, not 'tuple'
# b'aAbB cC\r\nx'.join(b'') bytearray(b'')
# b'aAbB cC\r\nx'.join(b'a') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b',') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b'ab') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b'\xff') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(b'  ') TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(bytearray(b'b')) TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(mv(b'c')) TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join(97) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(0) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(255) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(256) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(-1) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(1180591620717411303424) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join('a') TypeError sequence item 0: expected a bytes-like object, str found
# b'aAbB cC\r\nx'.join(None) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join(1.5) TypeError can only join an iterable
# b'aAbB cC\r\nx'.join([98]) TypeError sequence item 0: expected a bytes-like object, int found
# b'aAbB cC\r\nx'.join((b'a', b'H')) bytearray(b'aaAbB cC\r\nxH')
# b'aAbB cC\r\nx'.count(b'') 11
# b'aAbB cC\r\nx'.count(b'a') 1
# b'aAbB cC\r\nx'.count(b',') 0
# b'aAbB cC\r\nx'.count(b'ab') 0
# b'aAbB cC\r\nx'.count(b'\xff') 0
# b'aAbB cC\r\nx'.count(b'  ') 0
# b'aAbB cC\r\nx'.count(bytearray(b'b')) 1
# b'aAbB cC\r\nx'.count(mv(b'c')) 1
# b'aAbB cC\r\nx'.count(97) 1
# b'aAbB cC\r\nx'.count(0) 0
# b'aAbB cC\r\nx'.count(255) 0
# b'aAbB cC\r\nx'.count(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.count(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.count(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.count('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.count(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.count(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.count([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.count((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.find(b'') 0
# b'aAbB cC\r\nx'.find(b'a') 0
# b'aAbB cC\r\nx'.find(b',') -1
# b'aAbB cC\r\nx'.find(b'ab') -1
# b'aAbB cC\r\nx'.find(b'\xff') -1
# b'aAbB cC\r\nx'.find(b'  ') -1
# b'aAbB cC\r\nx'.find(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.find(mv(b'c')) 5
# b'aAbB cC\r\nx'.find(97) 0
# b'aAbB cC\r\nx'.find(0) -1
# b'aAbB cC\r\nx'.find(255) -1
# b'aAbB cC\r\nx'.find(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.find(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.find(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.find('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.find(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.find(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.find([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.find((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.rfind(b'') 10
# b'aAbB cC\r\nx'.rfind(b'a') 0
# b'aAbB cC\r\nx'.rfind(b',') -1
# b'aAbB cC\r\nx'.rfind(b'ab') -1
# b'aAbB cC\r\nx'.rfind(b'\xff') -1
# b'aAbB cC\r\nx'.rfind(b'  ') -1
# b'aAbB cC\r\nx'.rfind(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.rfind(mv(b'c')) 5
# b'aAbB cC\r\nx'.rfind(97) 0
# b'aAbB cC\r\nx'.rfind(0) -1
# b'aAbB cC\r\nx'.rfind(255) -1
# b'aAbB cC\r\nx'.rfind(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rfind(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rfind(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rfind('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.rfind(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.rfind(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.rfind([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.rfind((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.index(b'') 0
# b'aAbB cC\r\nx'.index(b'a') 0
# b'aAbB cC\r\nx'.index(b',') ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'ab') ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'\xff') ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'  ') ValueError subsection not found
# b'aAbB cC\r\nx'.index(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.index(mv(b'c')) 5
# b'aAbB cC\r\nx'.index(97) 0
# b'aAbB cC\r\nx'.index(0) ValueError subsection not found
# b'aAbB cC\r\nx'.index(255) ValueError subsection not found
# b'aAbB cC\r\nx'.index(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.index(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.index(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.index('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.index(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.index(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.index([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.index((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.rindex(b'') 10
# b'aAbB cC\r\nx'.rindex(b'a') 0
# b'aAbB cC\r\nx'.rindex(b',') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'ab') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'\xff') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'  ') ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(bytearray(b'b')) 2
# b'aAbB cC\r\nx'.rindex(mv(b'c')) 5
# b'aAbB cC\r\nx'.rindex(97) 0
# b'aAbB cC\r\nx'.rindex(0) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(255) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(256) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rindex(-1) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rindex(1180591620717411303424) ValueError byte must be in range(0, 256)
# b'aAbB cC\r\nx'.rindex('a') TypeError argument should be integer or bytes-like object, not 'str'
# b'aAbB cC\r\nx'.rindex(None) TypeError argument should be integer or bytes-like object, not 'NoneType'
# b'aAbB cC\r\nx'.rindex(1.5) TypeError argument should be integer or bytes-like object, not 'float'
# b'aAbB cC\r\nx'.rindex([98]) TypeError argument should be integer or bytes-like object, not 'list'
# b'aAbB cC\r\nx'.rindex((b'a', b'H')) TypeError argument should be integer or bytes-like object, not 'tuple'
# b'aAbB cC\r\nx'.startswith(b'') True
# b'aAbB cC\r\nx'.startswith(b'a') True
# b'aAbB cC\r\nx'.startswith(b',') False
# b'aAbB cC\r\nx'.startswith(b'ab') False
# b'aAbB cC\r\nx'.startswith(b'\xff') False
# b'aAbB cC\r\nx'.startswith(b'  ') False
# b'aAbB cC\r\nx'.startswith(bytearray(b'b')) False
# b'aAbB cC\r\nx'.startswith(mv(b'c')) False
# b'aAbB cC\r\nx'.startswith(97) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(0) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(255) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(256) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(-1) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith(1180591620717411303424) TypeError startswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.startswith('a') TypeError startswith first arg must be bytes or a tuple of bytes, not str
# b'aAbB cC\r\nx'.startswith(None) TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
# b'aAbB cC\r\nx'.startswith(1.5) TypeError startswith first arg must be bytes or a tuple of bytes, not float
# b'aAbB cC\r\nx'.startswith([98]) TypeError startswith first arg must be bytes or a tuple of bytes, not list
# b'aAbB cC\r\nx'.startswith((b'a', b'H')) True
# b'aAbB cC\r\nx'.endswith(b'') True
# b'aAbB cC\r\nx'.endswith(b'a') False
# b'aAbB cC\r\nx'.endswith(b',') False
# b'aAbB cC\r\nx'.endswith(b'ab') False
# b'aAbB cC\r\nx'.endswith(b'\xff') False
# b'aAbB cC\r\nx'.endswith(b'  ') False
# b'aAbB cC\r\nx'.endswith(bytearray(b'b')) False
# b'aAbB cC\r\nx'.endswith(mv(b'c')) False
# b'aAbB cC\r\nx'.endswith(97) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(0) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(255) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(256) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(-1) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith(1180591620717411303424) TypeError endswith first arg must be bytes or a tuple of bytes, not int
# b'aAbB cC\r\nx'.endswith('a') TypeError endswith first arg must be bytes or a tuple of bytes, not str
# b'aAbB cC\r\nx'.endswith(None) TypeError endswith first arg must be bytes or a tuple of bytes, not NoneType
# b'aAbB cC\r\nx'.endswith(1.5) TypeError endswith first arg must be bytes or a tuple of bytes, not float
# b'aAbB cC\r\nx'.endswith([98]) TypeError endswith first arg must be bytes or a tuple of bytes, not list
# b'aAbB cC\r\nx'.endswith((b'a', b'H')) False
# b'aAbB cC\r\nx'.count(b'a', -1, None) 0
# b'aAbB cC\r\nx'.count(b'a', -1, 2) 0
# b'aAbB cC\r\nx'.count(b'a', -1, -1) 0
# b'aAbB cC\r\nx'.count(b'a', 0, None) 1
# b'aAbB cC\r\nx'.count(b'a', 0, 2) 1
# b'aAbB cC\r\nx'.count(b'a', 0, -1) 1
# b'aAbB cC\r\nx'.count(b'a', 1, None) 0
# b'aAbB cC\r\nx'.count(b'a', 1, 2) 0
# b'aAbB cC\r\nx'.count(b'a', 1, -1) 0
# b'aAbB cC\r\nx'.count(b'a', 3, None) 0
# b'aAbB cC\r\nx'.count(b'a', 3, 2) 0
# b'aAbB cC\r\nx'.count(b'a', 3, -1) 0
# b'aAbB cC\r\nx'.count(b'a', 20, None) 0
# b'aAbB cC\r\nx'.count(b'a', 20, 2) 0
# b'aAbB cC\r\nx'.count(b'a', 20, -1) 0
# b'aAbB cC\r\nx'.find(b'a', -1, None) -1
# b'aAbB cC\r\nx'.find(b'a', -1, 2) -1
# b'aAbB cC\r\nx'.find(b'a', -1, -1) -1
# b'aAbB cC\r\nx'.find(b'a', 0, None) 0
# b'aAbB cC\r\nx'.find(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.find(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.find(b'a', 1, None) -1
# b'aAbB cC\r\nx'.find(b'a', 1, 2) -1
# b'aAbB cC\r\nx'.find(b'a', 1, -1) -1
# b'aAbB cC\r\nx'.find(b'a', 3, None) -1
# b'aAbB cC\r\nx'.find(b'a', 3, 2) -1
# b'aAbB cC\r\nx'.find(b'a', 3, -1) -1
# b'aAbB cC\r\nx'.find(b'a', 20, None) -1
# b'aAbB cC\r\nx'.find(b'a', 20, 2) -1
# b'aAbB cC\r\nx'.find(b'a', 20, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', -1, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', -1, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', -1, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', 0, None) 0
# b'aAbB cC\r\nx'.rfind(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.rfind(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.rfind(b'a', 1, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', 1, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', 1, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', 3, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', 3, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', 3, -1) -1
# b'aAbB cC\r\nx'.rfind(b'a', 20, None) -1
# b'aAbB cC\r\nx'.rfind(b'a', 20, 2) -1
# b'aAbB cC\r\nx'.rfind(b'a', 20, -1) -1
# b'aAbB cC\r\nx'.index(b'a', -1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', -1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', -1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 0, None) 0
# b'aAbB cC\r\nx'.index(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.index(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.index(b'a', 1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 3, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 3, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 3, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 20, None) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 20, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.index(b'a', 20, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', -1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', -1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', -1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 0, None) 0
# b'aAbB cC\r\nx'.rindex(b'a', 0, 2) 0
# b'aAbB cC\r\nx'.rindex(b'a', 0, -1) 0
# b'aAbB cC\r\nx'.rindex(b'a', 1, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 1, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 1, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 3, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 3, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 3, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 20, None) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 20, 2) ValueError subsection not found
# b'aAbB cC\r\nx'.rindex(b'a', 20, -1) ValueError subsection not found
# b'aAbB cC\r\nx'.startswith(b'a', -1, None) False
# b'aAbB cC\r\nx'.startswith(b'a', -1, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', -1, -1) False
# b'aAbB cC\r\nx'.startswith(b'a', 0, None) True
# b'aAbB cC\r\nx'.startswith(b'a', 0, 2) True
# b'aAbB cC\r\nx'.startswith(b'a', 0, -1) True
# b'aAbB cC\r\nx'.startswith(b'a', 1, None) False
# b'aAbB cC\r\nx'.startswith(b'a', 1, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', 1, -1) False
# b'aAbB cC\r\nx'.startswith(b'a', 3, None) False
# b'aAbB cC\r\nx'.startswith(b'a', 3, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', 3, -1) False
# b'aAbB cC\r\nx'.startswith(b'a', 20, None) False
# b'aAbB cC\r\nx'.startswith(b'a', 20, 2) False
# b'aAbB cC\r\nx'.startswith(b'a', 20, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', -1, None) False
# b'aAbB cC\r\nx'.endswith(b'a', -1, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', -1, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 0, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 0, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 0, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 1, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 1, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 1, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 3, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 3, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 3, -1) False
# b'aAbB cC\r\nx'.endswith(b'a', 20, None) False
# b'aAbB cC\r\nx'.endswith(b'a', 20, 2) False
# b'aAbB cC\r\nx'.endswith(b'a', 20, -1) False
# b'aAbB cC\r\nx'.center(-1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.center(0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.center(1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.center(3) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.center(20) bytearray(b'     aAbB cC\r\nx     ')
# b'aAbB cC\r\nx'.center(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.center('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.center(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.ljust(-1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.ljust(0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.ljust(1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.ljust(3) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.ljust(20) bytearray(b'aAbB cC\r\nx          ')
# b'aAbB cC\r\nx'.ljust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.ljust('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.ljust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rjust(-1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rjust(0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rjust(1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rjust(3) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rjust(20) bytearray(b'          aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rjust(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.rjust('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rjust(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.zfill(-1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.zfill(0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.zfill(1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.zfill(3) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.zfill(20) bytearray(b'0000000000aAbB cC\r\nx')
# b'aAbB cC\r\nx'.zfill(1180591620717411303424) OverflowError Python int too large to convert to C ssize_t
# b'aAbB cC\r\nx'.zfill('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.zfill(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.expandtabs(-1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.expandtabs(0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.expandtabs(1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.expandtabs(3) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.expandtabs(20) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.expandtabs(1180591620717411303424) OverflowError Python int too large to convert to C int
# b'aAbB cC\r\nx'.expandtabs('2') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.expandtabs(None) TypeError 'NoneType' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.center(15, b'*') bytearray(b'***aAbB cC\r\nx**')
# b'aAbB cC\r\nx'.center(15, bytearray(b'-')) bytearray(b'---aAbB cC\r\nx--')
# b'aAbB cC\r\nx'.center(15, b'') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.center(15, b'ab') TypeError center() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.center(15, '*') TypeError center() argument 2 must be a byte string of length 1, not str
# b'aAbB cC\r\nx'.center(15, 42) TypeError center() argument 2 must be a byte string of length 1, not int
# b'aAbB cC\r\nx'.ljust(15, b'*') bytearray(b'aAbB cC\r\nx*****')
# b'aAbB cC\r\nx'.ljust(15, bytearray(b'-')) bytearray(b'aAbB cC\r\nx-----')
# b'aAbB cC\r\nx'.ljust(15, b'') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.ljust(15, b'ab') TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.ljust(15, '*') TypeError ljust() argument 2 must be a byte string of length 1, not str
# b'aAbB cC\r\nx'.ljust(15, 42) TypeError ljust() argument 2 must be a byte string of length 1, not int
# b'aAbB cC\r\nx'.rjust(15, b'*') bytearray(b'*****aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rjust(15, bytearray(b'-')) bytearray(b'-----aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rjust(15, b'') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.rjust(15, b'ab') TypeError rjust() argument 2 must be a byte string of length 1, not bytes
# b'aAbB cC\r\nx'.rjust(15, '*') TypeError rjust() argument 2 must be a byte string of length 1, not str
# b'aAbB cC\r\nx'.rjust(15, 42) TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'aAbB cC\r\nx'.split(None) [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.split(b'a') [bytearray(b''), bytearray(b'AbB cC\r\nx')]
# b'aAbB cC\r\nx'.split(b',') [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.split(b'') ValueError empty separator
# b'aAbB cC\r\nx'.split('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.split(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.split(bytearray(b' ')) [bytearray(b'aAbB'), bytearray(b'cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(None) [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.rsplit(b'a') [bytearray(b''), bytearray(b'AbB cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(b',') [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(b'') ValueError empty separator
# b'aAbB cC\r\nx'.rsplit('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.rsplit(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rsplit(bytearray(b' ')) [bytearray(b'aAbB'), bytearray(b'cC\r\nx')]
# b'aAbB cC\r\nx'.strip(None) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.strip(b'a') bytearray(b'AbB cC\r\nx')
# b'aAbB cC\r\nx'.strip(b',') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.strip(b'') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.strip('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.strip(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.strip(bytearray(b' ')) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.lstrip(None) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.lstrip(b'a') bytearray(b'AbB cC\r\nx')
# b'aAbB cC\r\nx'.lstrip(b',') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.lstrip(b'') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.lstrip('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.lstrip(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.lstrip(bytearray(b' ')) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rstrip(None) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rstrip(b'a') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rstrip(b',') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rstrip(b'') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.rstrip('a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.rstrip(5) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.rstrip(bytearray(b' ')) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.split(b',', -1) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.split(None, -1) [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.split(b',', 0) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.split(None, 0) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.split(b',', 1) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.split(None, 1) [bytearray(b'aAbB'), bytearray(b'cC\r\nx')]
# b'aAbB cC\r\nx'.split(b',', 2) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.split(None, 2) [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.split(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.split(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rsplit(b',', -1) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(None, -1) [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.rsplit(b',', 0) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(None, 0) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(b',', 1) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(None, 1) [bytearray(b'aAbB cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.rsplit(b',', 2) [bytearray(b'aAbB cC\r\nx')]
# b'aAbB cC\r\nx'.rsplit(None, 2) [bytearray(b'aAbB'), bytearray(b'cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.rsplit(b',', '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.rsplit(None, '1') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.replace(b'a', b'XY', -1) bytearray(b'XYAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'a', b'XY', 0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'a', b'XY', 1) bytearray(b'XYAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'a', b'XY', 2) bytearray(b'XYAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'', b'-', -1) bytearray(b'-a-A-b-B- -c-C-\r-\n-x-')
# b'aAbB cC\r\nx'.replace(b'', b'-', 0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'', b'-', 1) bytearray(b'-aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'', b'-', 2) bytearray(b'-a-AbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b',', b'', -1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b',', b'', 0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b',', b'', 1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b',', b'', 2) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), -1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), 0) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), 1) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace(b'\xff', bytearray(b'!'), 2) bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx'.replace('a', b'b', -1) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace('a', b'b', 0) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace('a', b'b', 1) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace('a', b'b', 2) TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx'.replace(b'a', 1, -1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.replace(b'a', 1, 0) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.replace(b'a', 1, 1) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.replace(b'a', 1, 2) TypeError a bytes-like object is required, not 'int'
# b'aAbB cC\r\nx'.splitlines(False) [bytearray(b'aAbB cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.splitlines(True) [bytearray(b'aAbB cC\r\n'), bytearray(b'x')]
# b'aAbB cC\r\nx'.splitlines(0) [bytearray(b'aAbB cC'), bytearray(b'x')]
# b'aAbB cC\r\nx'.splitlines(1) [bytearray(b'aAbB cC\r\n'), bytearray(b'x')]
# b'aAbB cC\r\nx'.splitlines('x') TypeError 'str' object cannot be interpreted as an integer
# b'aAbB cC\r\nx'.decode('utf-8', 'strict') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('ascii', 'ignore') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('latin-1', 'strict') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('utf-8', 'replace') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('ascii', 'backslashreplace') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.decode('nope', 'strict') LookupError unknown encoding: nope
# b'aAbB cC\r\nx'.decode('utf-8', 'nope') 'aAbB cC\r\nx'
# b'aAbB cC\r\nx'.hex(':', 1) '61:41:62:42:20:63:43:0d:0a:78'
# b'aAbB cC\r\nx'.hex(b'-', 2) '6141-6242-2063-430d-0a78'
# b'aAbB cC\r\nx'.hex('-', -2) '6141-6242-2063-430d-0a78'
# b'aAbB cC\r\nx'.hex('', 1) ValueError sep must be length 1.
# b'aAbB cC\r\nx'.hex('ab', 1) ValueError sep must be length 1.
# b'aAbB cC\r\nx'.hex(1, 1) TypeError object of type 'int' has no len()
# b'aAbB cC\r\nx'.translate(.., b'') bytearray(b'\x9e\xbe\x9d\xbd\xdf\x9c\xbc\xf2\xf5\x87')
# b'aAbB cC\r\nx'.translate(.., b'a, ') bytearray(b'AbBcC\r\nx')
# b'aAbB cC\r\nx'.translate(.., b'\xff') bytearray(b'\x9e\xbe\x9d\xbd\xdf\x9c\xbc\xf2\xf5\x87')
# b'aAbB cC\r\nx'.translate(.., b'') ValueError translation table must be 256 characters long
# b'aAbB cC\r\nx'.translate(.., 'a') TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx' + b'a' bytearray(b'aAbB cC\r\nxa')
# b'aAbB cC\r\nx' == b'a' False
# b'aAbB cC\r\nx' < b'a' False
# b'a' in b'aAbB cC\r\nx' True
# b'aAbB cC\r\nx' + bytearray(b'Hello') bytearray(b'aAbB cC\r\nxHello')
# b'aAbB cC\r\nx' == bytearray(b'Hello') False
# b'aAbB cC\r\nx' < bytearray(b'Hello') False
# bytearray(b'Hello') in b'aAbB cC\r\nx' False
# b'aAbB cC\r\nx' + mv(b'') bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx' == mv(b'') False
# b'aAbB cC\r\nx' < mv(b'') False
# mv(b'') in b'aAbB cC\r\nx' True
# b'aAbB cC\r\nx' + 'a' TypeError can't concat str to bytearray
# b'aAbB cC\r\nx' == 'a' False
# b'aAbB cC\r\nx' < 'a' TypeError '<' not supported between instances of 'bytearray' and 'str'
# 'a' in b'aAbB cC\r\nx' TypeError a bytes-like object is required, not 'str'
# b'aAbB cC\r\nx' + 3 TypeError can't concat int to bytearray
# b'aAbB cC\r\nx' == 3 False
# b'aAbB cC\r\nx' < 3 TypeError '<' not supported between instances of 'bytearray' and 'int'
# 3 in b'aAbB cC\r\nx' False
# b'aAbB cC\r\nx' + [1] TypeError can't concat list to bytearray
# b'aAbB cC\r\nx' == [1] False
# b'aAbB cC\r\nx' < [1] TypeError '<' not supported between instances of 'bytearray' and 'list'
# [1] in b'aAbB cC\r\nx' TypeError a bytes-like object is required, not 'list'
# b'aAbB cC\r\nx' * 0 bytearray(b'')
# b'aAbB cC\r\nx' * 1 bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx' * 3 bytearray(b'aAbB cC\r\nxaAbB cC\r\nxaAbB cC\r\nx')
# b'aAbB cC\r\nx' * -1 bytearray(b'')
# b'aAbB cC\r\nx' * 'x' TypeError can't multiply sequence by non-int of type 'str'
# b'aAbB cC\r\nx' * 2.0 TypeError can't multiply sequence by non-int of type 'float'
# b'aAbB cC\r\nx'[0] 97
# b'aAbB cC\r\nx'[-1] 120
# b'aAbB cC\r\nx'[5] 99
# b'aAbB cC\r\nx'[-20] IndexError bytearray index out of range
# b'aAbB cC\r\nx'[slice(1, 3, None)] bytearray(b'Ab')
# b'aAbB cC\r\nx'[slice(None, None, -2)] bytearray(b'x\rcBA')
# b'aAbB cC\r\nx'[slice(5, 1, None)] bytearray(b'')
# b'aAbB cC\r\nx'['k'] TypeError bytearray indices must be integers or slices, not str
# b'aAbB cC\r\nx'[1.0] TypeError bytearray indices must be integers or slices, not float
# b'aAbB cC\r\nx' % () bytearray(b'aAbB cC\r\nx')
# b'aAbB cC\r\nx' % (1,) TypeError not all arguments converted during bytes formatting
# b'aAbB cC\r\nx' % (b'z',) TypeError not all arguments converted during bytes formatting
# b'aAbB cC\r\nx' % 's' TypeError not all arguments converted during bytes formatting
# bytearray(b'') bytearray(b'')
# bytearray(b'a') bytearray(b'a')
# bytearray(b',') bytearray(b',')
# bytearray(b'ab') bytearray(b'ab')
# bytearray(b'\xff') bytearray(b'\xff')
# bytearray(b'  ') bytearray(b'  ')
# bytearray(bytearray(b'b')) bytearray(b'b')
# bytearray(mv(b'c')) bytearray(b'c')
# bytearray(97) bytearray(b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00')
# bytearray(0) bytearray(b'')
# bytearray(255) bytearray(b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00')
# bytearray(256) bytearray(b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00')
# bytearray(-1) ValueError negative count
# bytearray(1180591620717411303424) OverflowError cannot fit 'int' into an index-sized integer
# bytearray('a') TypeError string argument without an encoding
# bytearray(None) TypeError cannot convert 'NoneType' object to bytearray
# bytearray(1.5) TypeError cannot convert 'float' object to bytearray
# bytearray([98]) bytearray(b'b')
# bytearray((b'a', b'H')) TypeError 'bytes' object cannot be interpreted as an integer
# bytearray.fromhex('') bytearray(b'')
# bytearray.fromhex('00') bytearray(b'\x00')
# bytearray.fromhex('ab cd') bytearray(b'\xab\xcd')
# bytearray.fromhex('zz') ValueError non-hexadecimal number found in fromhex() arg at position 0
# bytearray.fromhex(' 1') ValueError non-hexadecimal number found in fromhex() arg at position 2
# bytearray.fromhex('1 ') ValueError non-hexadecimal number found in fromhex() arg at position 1
# bytearray.fromhex('é') ValueError non-hexadecimal number found in fromhex() arg at position 0
# bytearray.fromhex('0g') ValueError non-hexadecimal number found in fromhex() arg at position 1
