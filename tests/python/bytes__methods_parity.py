# bytes and bytearray have every public method CPython's have, and the
# methods added for parity with str behave as CPython's.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([n for n in dir(bytes) if not n.startswith("_")])
print([n for n in dir(bytearray) if not n.startswith("_")])
print([n for n in dir(memoryview) if not n.startswith("_")])
for n in ["__add__", "__contains__", "__getitem__", "__iter__", "__len__", "__mod__", "__rmod__", "__mul__", "__rmul__"]:
    print(n, hasattr(bytes, n), hasattr(bytearray, n))
for n in ["__iadd__", "__imul__", "__setitem__", "__delitem__", "__alloc__"]:
    print(n, hasattr(bytes, n), hasattr(bytearray, n))
print(bytearray.__hash__, memoryview.__hash__ is not None)

for B in (bytes, bytearray):
    print("--", B.__name__)
    t(lambda: B(b"a,b,c").partition(b",")); t(lambda: B(b"a,b,c").rpartition(b",")); t(lambda: B(b"abc").partition(b"x"))
    t(lambda: B(b"abc").rpartition(b"x")); t(lambda: B(b"a").partition("x")); t(lambda: B(b"a").partition(b""))
    t(lambda: B(b"a").partition()); t(lambda: B(b"a").rpartition(1)); t(lambda: B(b"a,b").partition(bytearray(b",")))
    t(lambda: B(b"a\nb\r\nc\rd\n\ne").splitlines()); t(lambda: B(b"a\nb\r\nc\rd\n\ne\n").splitlines(True))
    t(lambda: B(b"").splitlines()); t(lambda: B(b"\n").splitlines(keepends=True)); t(lambda: B(b"a\x0bb\x0cc\x1cd").splitlines())
    t(lambda: B(b"a").splitlines(1, 2)); t(lambda: B(b"a").splitlines(keepends="x"))
    t(lambda: B(b"a\tb\tc").expandtabs()); t(lambda: B(b"a\tbc\td\n\te").expandtabs(4)); t(lambda: B(b"a\tb").expandtabs(0))
    t(lambda: B(b"a\tb").expandtabs(-1)); t(lambda: B(b"a\tb").expandtabs(tabsize=2)); t(lambda: B(b"a").expandtabs("x"))
    t(lambda: B(b"\t\r\t").expandtabs(3))
    t(lambda: B(b"abc").center(7, b"*")); t(lambda: B(b"abc").center(6, b"*")); t(lambda: B(b"ab").center(5, b"*"))
    t(lambda: B(b"ab").center(5)); t(lambda: B(b"ab").center(1)); t(lambda: B(b"ab").center(-5)); t(lambda: B(b"a").center())
    t(lambda: B(b"a").center(5, "x")); t(lambda: B(b"a").center(5, b"xy")); t(lambda: B(b"a").center("5"))
    t(lambda: B(b"a").center(5, bytearray(b"x"))); t(lambda: B(b"a").ljust(2**70)); t(lambda: B(b"a").ljust(4, b"-"))
    t(lambda: B(b"a").rjust(4, b"-")); t(lambda: B(b"a").rjust(4)); t(lambda: B(b"a").ljust(0)); t(lambda: B(b"a").rjust(1, 2))
    t(lambda: B(b"42").zfill(5)); t(lambda: B(b"-42").zfill(5)); t(lambda: B(b"+42").zfill(5)); t(lambda: B(b"-").zfill(3))
    t(lambda: B(b"").zfill(2)); t(lambda: B(b"abc").zfill(2)); t(lambda: B(b"a").zfill()); t(lambda: B(b"a").zfill("x"))
    t(lambda: B(b"hello wORLD 1x\xe9y").title()); t(lambda: B(b"hello wORLD").capitalize()); t(lambda: B(b"\xe9a").capitalize())
    t(lambda: B(b"Hello World").istitle()); t(lambda: B(b"Hello world").istitle()); t(lambda: B(b"").istitle()); t(lambda: B(b"1A").istitle())
    t(lambda: B(b"A1b").istitle()); t(lambda: B(b"a").title(1)); t(lambda: B(b"a").capitalize(1)); t(lambda: B(b"a").istitle(1))
    t(lambda: B(b"aBc").swapcase()); t(lambda: B(b" \t\n").isspace()); t(lambda: B(b"").isspace())
    t(lambda: B(b"prefix-body").removeprefix(b"prefix-")); t(lambda: B(b"body-suffix").removesuffix(b"-suffix"))
    t(lambda: B(b"abc").removeprefix(b"x")); t(lambda: B(b"abc").removesuffix(b"")); t(lambda: B(b"a").removeprefix("a"))
    t(lambda: B(b"a").removeprefix()); t(lambda: B(b"abc").removeprefix(memoryview(b"ab")))
    tbl = bytes.maketrans(b"abc", b"xyz")
    t(lambda: B(b"aabbcc-d").translate(tbl)); t(lambda: B(b"aabbcc-d").translate(tbl, b"b")); t(lambda: B(b"abc").translate(None, b"b"))
    t(lambda: B(b"abc").translate(None, delete=b"ac")); t(lambda: B(b"a").translate(b"x")); t(lambda: B(b"a").translate("x" * 256))
    t(lambda: B(b"a").translate(None, "a")); t(lambda: B(b"a").translate()); t(lambda: B(b"a").translate(None, b"", b""))
    t(lambda: B(b"a").translate(None, x=1)); t(lambda: B(b"abc").translate(bytearray(tbl)))
    t(lambda: B.maketrans(b"ab", b"c")); t(lambda: B.maketrans("a", b"c")); t(lambda: B.maketrans(b"a")); t(lambda: B.maketrans(b"a", b"b")[97:99])
    t(lambda: B(b"abcabc").count(b"bc")); t(lambda: B(b"abcabc").count(98)); t(lambda: B(b"abcabc").count(98, 2)); t(lambda: B(b"abcabc").count(b"", 1, 3))
    t(lambda: B(b"ab").count(300)); t(lambda: B(b"ab").count("a")); t(lambda: B(b"ab").find(2**70)); t(lambda: B(b"ab").index(b"z"))
    t(lambda: B(b"abcabc").find(b"c", -2)); t(lambda: B(b"abcabc").rfind(99, 0, 3)); t(lambda: B(b"abcabc").index(bytearray(b"ca")))
    t(lambda: B(b"abcabc").rindex(97, None, None)); t(lambda: B(b"abc").find(b"c", "x")); t(lambda: B(b"abc").count(b"c", 0, 10**30))
    t(lambda: B(b"abc").startswith(bytearray(b"ab"))); t(lambda: B(b"abc").endswith((b"x", memoryview(b"bc")))); t(lambda: B(b"abc").startswith("a"))
    t(lambda: B(b"a b").split(bytearray(b" "))); t(lambda: B(b"xax").strip(bytearray(b"x"))); t(lambda: B(b"abc").replace(bytearray(b"b"), memoryview(b"BB")))
    t(lambda: B(b"a").upper(1)); t(lambda: B(b"a").isdigit(1)); t(lambda: B(b"a b").split(maxsplit=1))

# Output:
# ['capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'fromhex', 'hex', 'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']
# ['append', 'capitalize', 'center', 'clear', 'copy', 'count', 'decode', 'endswith', 'expandtabs', 'extend', 'find', 'fromhex', 'hex', 'index', 'insert', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'pop', 'remove', 'removeprefix', 'removesuffix', 'replace', 'reverse', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']
# ['c_contiguous', 'cast', 'contiguous', 'f_contiguous', 'format', 'hex', 'itemsize', 'nbytes', 'ndim', 'obj', 'readonly', 'release', 'shape', 'strides', 'suboffsets', 'tobytes', 'tolist', 'toreadonly']
# __add__ True True
# __contains__ True True
# __getitem__ True True
# __iter__ True True
# __len__ True True
# __mod__ True True
# __rmod__ True True
# __mul__ True True
# __rmul__ True True
# __iadd__ False True
# __imul__ False True
# __setitem__ False True
# __delitem__ False True
# __alloc__ False True
# None True
# -- bytes
# (b'a', b',', b'b,c')
# (b'a,b', b',', b'c')
# (b'abc', b'', b'')
# (b'', b'', b'abc')
# TypeError a bytes-like object is required, not 'str'
# ValueError empty separator
# TypeError bytes.partition() takes exactly one argument (0 given)
# TypeError a bytes-like object is required, not 'int'
# (b'a', bytearray(b','), b'b')
# [b'a', b'b', b'c', b'd', b'', b'e']
# [b'a\n', b'b\r\n', b'c\r', b'd\n', b'\n', b'e\n']
# []
# [b'\n']
# [b'a\x0bb\x0cc\x1cd']
# TypeError splitlines() takes at most 1 argument (2 given)
# TypeError 'str' object cannot be interpreted as an integer
# b'a       b       c'
# b'a   bc  d\n    e'
# b'ab'
# b'ab'
# b'a b'
# TypeError 'str' object cannot be interpreted as an integer
# b'   \r   '
# b'**abc**'
# b'*abc**'
# b'**ab*'
# b'  ab '
# b'ab'
# b'ab'
# TypeError center expected at least 1 argument, got 0
# TypeError center() argument 2 must be a byte string of length 1, not str
# TypeError center() argument 2 must be a byte string of length 1, not bytes
# TypeError 'str' object cannot be interpreted as an integer
# b'xxaxx'
# OverflowError Python int too large to convert to C ssize_t
# b'a---'
# b'---a'
# b'   a'
# b'a'
# TypeError rjust() argument 2 must be a byte string of length 1, not int
# b'00042'
# b'-0042'
# b'+0042'
# b'-00'
# b'00'
# b'abc'
# TypeError bytes.zfill() takes exactly one argument (0 given)
# TypeError 'str' object cannot be interpreted as an integer
# b'Hello World 1X\xe9Y'
# b'Hello world'
# b'\xe9a'
# True
# False
# False
# True
# False
# TypeError bytes.title() takes no arguments (1 given)
# TypeError bytes.capitalize() takes no arguments (1 given)
# TypeError bytes.istitle() takes no arguments (1 given)
# b'AbC'
# True
# False
# b'body'
# b'body'
# b'abc'
# b'abc'
# TypeError a bytes-like object is required, not 'str'
# TypeError bytes.removeprefix() takes exactly one argument (0 given)
# b'c'
# b'xxyyzz-d'
# b'xxzz-d'
# b'ac'
# b'b'
# ValueError translation table must be 256 characters long
# TypeError a bytes-like object is required, not 'str'
# TypeError a bytes-like object is required, not 'str'
# TypeError translate() takes at least 1 positional argument (0 given)
# TypeError translate() takes at most 2 arguments (3 given)
# TypeError 'x' is an invalid keyword argument for translate()
# b'xyz'
# ValueError maketrans arguments must have same length
# TypeError a bytes-like object is required, not 'str'
# TypeError maketrans expected 2 arguments, got 1
# b'bb'
# 2
# 2
# 1
# 3
# ValueError byte must be in range(0, 256)
# TypeError argument should be integer or bytes-like object, not 'str'
# ValueError byte must be in range(0, 256)
# ValueError subsection not found
# 5
# 2
# 2
# 3
# TypeError slice indices must be integers or None or have an __index__ method
# 1
# True
# True
# TypeError startswith first arg must be bytes or a tuple of bytes, not str
# [b'a', b'b']
# b'a'
# b'aBBc'
# TypeError bytes.upper() takes no arguments (1 given)
# TypeError bytes.isdigit() takes no arguments (1 given)
# [b'a', b'b']
# -- bytearray
# (bytearray(b'a'), bytearray(b','), bytearray(b'b,c'))
# (bytearray(b'a,b'), bytearray(b','), bytearray(b'c'))
# (bytearray(b'abc'), bytearray(b''), bytearray(b''))
# (bytearray(b''), bytearray(b''), bytearray(b'abc'))
# TypeError a bytes-like object is required, not 'str'
# ValueError empty separator
# TypeError bytearray.partition() takes exactly one argument (0 given)
# TypeError a bytes-like object is required, not 'int'
# (bytearray(b'a'), bytearray(b','), bytearray(b'b'))
# [bytearray(b'a'), bytearray(b'b'), bytearray(b'c'), bytearray(b'd'), bytearray(b''), bytearray(b'e')]
# [bytearray(b'a\n'), bytearray(b'b\r\n'), bytearray(b'c\r'), bytearray(b'd\n'), bytearray(b'\n'), bytearray(b'e\n')]
# []
# [bytearray(b'\n')]
# [bytearray(b'a\x0bb\x0cc\x1cd')]
# TypeError splitlines() takes at most 1 argument (2 given)
# TypeError 'str' object cannot be interpreted as an integer
# bytearray(b'a       b       c')
# bytearray(b'a   bc  d\n    e')
# bytearray(b'ab')
# bytearray(b'ab')
# bytearray(b'a b')
# TypeError 'str' object cannot be interpreted as an integer
# bytearray(b'   \r   ')
# bytearray(b'**abc**')
# bytearray(b'*abc**')
# bytearray(b'**ab*')
# bytearray(b'  ab ')
# bytearray(b'ab')
# bytearray(b'ab')
# TypeError center expected at least 1 argument, got 0
# TypeError center() argument 2 must be a byte string of length 1, not str
# TypeError center() argument 2 must be a byte string of length 1, not bytes
# TypeError 'str' object cannot be interpreted as an integer
# bytearray(b'xxaxx')
# OverflowError Python int too large to convert to C ssize_t
# bytearray(b'a---')
# bytearray(b'---a')
# bytearray(b'   a')
# bytearray(b'a')
# TypeError rjust() argument 2 must be a byte string of length 1, not int
# bytearray(b'00042')
# bytearray(b'-0042')
# bytearray(b'+0042')
# bytearray(b'-00')
# bytearray(b'00')
# bytearray(b'abc')
# TypeError bytearray.zfill() takes exactly one argument (0 given)
# TypeError 'str' object cannot be interpreted as an integer
# bytearray(b'Hello World 1X\xe9Y')
# bytearray(b'Hello world')
# bytearray(b'\xe9a')
# True
# False
# False
# True
# False
# TypeError bytearray.title() takes no arguments (1 given)
# TypeError bytearray.capitalize() takes no arguments (1 given)
# TypeError bytearray.istitle() takes no arguments (1 given)
# bytearray(b'AbC')
# True
# False
# bytearray(b'body')
# bytearray(b'body')
# bytearray(b'abc')
# bytearray(b'abc')
# TypeError a bytes-like object is required, not 'str'
# TypeError bytearray.removeprefix() takes exactly one argument (0 given)
# bytearray(b'c')
# bytearray(b'xxyyzz-d')
# bytearray(b'xxzz-d')
# bytearray(b'ac')
# bytearray(b'b')
# ValueError translation table must be 256 characters long
# TypeError a bytes-like object is required, not 'str'
# TypeError a bytes-like object is required, not 'str'
# TypeError translate() takes at least 1 positional argument (0 given)
# TypeError translate() takes at most 2 arguments (3 given)
# TypeError 'x' is an invalid keyword argument for translate()
# bytearray(b'xyz')
# ValueError maketrans arguments must have same length
# TypeError a bytes-like object is required, not 'str'
# TypeError maketrans expected 2 arguments, got 1
# b'bb'
# 2
# 2
# 1
# 3
# ValueError byte must be in range(0, 256)
# TypeError argument should be integer or bytes-like object, not 'str'
# ValueError byte must be in range(0, 256)
# ValueError subsection not found
# 5
# 2
# 2
# 3
# TypeError slice indices must be integers or None or have an __index__ method
# 1
# True
# True
# TypeError startswith first arg must be bytes or a tuple of bytes, not str
# [bytearray(b'a'), bytearray(b'b')]
# bytearray(b'a')
# bytearray(b'aBBc')
# TypeError bytearray.upper() takes no arguments (1 given)
# TypeError bytearray.isdigit() takes no arguments (1 given)
# [bytearray(b'a'), bytearray(b'b')]
