# bytearray: constructors, repr, operators, comparisons, hashing, iteration.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3

t(lambda: bytearray())
t(lambda: bytearray(4))
t(lambda: bytearray(Idx()))
t(lambda: bytearray([1, 2, 255]))
t(lambda: bytearray(range(65, 70)))
t(lambda: bytearray(b"abc"))
t(lambda: bytearray(bytearray(b"xy")))
t(lambda: bytearray(memoryview(b"mv")))
t(lambda: bytearray("h\xe9", "latin-1"))
t(lambda: bytearray("h\xe9", "utf-8"))
t(lambda: bytearray("h\xe9", "ascii", "replace"))
t(lambda: bytearray("h\xe9", encoding="ascii", errors="ignore"))
t(lambda: bytearray("h\xe9", "ascii"))
t(lambda: bytearray("abc"))
t(lambda: bytearray(1.5))
t(lambda: bytearray(None))
t(lambda: bytearray(-1))
t(lambda: bytearray([1, "a"]))
t(lambda: bytearray([256]))
t(lambda: bytearray([-1]))
t(lambda: bytearray(b"x", "utf-8"))
t(lambda: bytearray(encoding="utf-8"))
t(lambda: bytearray(errors="strict"))
t(lambda: bytearray(2**100))
t(lambda: bytearray(1, 2, 3, 4))
t(lambda: bytearray(b"a'b\"c\n\x00\xff"))
t(lambda: str(bytearray(b"s")))
t(lambda: len(bytearray(b"abc")))
t(lambda: bool(bytearray()))
t(lambda: bool(bytearray(1)))
b = bytearray(b"hello")
t(lambda: b[0])
t(lambda: b[-1])
t(lambda: b[1:4])
t(lambda: b[::-1])
t(lambda: b[::2])
t(lambda: b[10:])
t(lambda: b[5])
t(lambda: b[-6])
t(lambda: b["x"])
t(lambda: b[1.0])
t(lambda: b[Idx()])
t(lambda: b[2**70])
t(lambda: b + b"!")
t(lambda: b + bytearray(b"?"))
t(lambda: b + memoryview(b"m"))
t(lambda: b"<" + b)
t(lambda: b + "x")
t(lambda: b + 1)
t(lambda: b * 2)
t(lambda: 2 * b)
t(lambda: b * 0)
t(lambda: b * -3)
t(lambda: b * "x")
t(lambda: b * 2.0)
t(lambda: b == b"hello", )
t(lambda: b == bytearray(b"hello"))
t(lambda: b"hello" == b)
t(lambda: b != b"hellO")
t(lambda: b == "hello")
t(lambda: b < b"help")
t(lambda: b >= bytearray(b"hello"))
t(lambda: b"a" < bytearray(b"b"))
t(lambda: b > memoryview(b"a"))
t(lambda: b < 1)
t(lambda: b < "x")
t(lambda: hash(b))
t(lambda: {b: 1})
t(lambda: b"ell" in b)
t(lambda: bytearray(b"ll") in b)
t(lambda: 104 in b)
t(lambda: 0 in b)
t(lambda: 256 in b)
t(lambda: -1 in b)
t(lambda: "h" in b)
t(lambda: None in b)
t(lambda: b"" in b)
t(lambda: list(b))
t(lambda: list(reversed(b)))
t(lambda: [x for x in bytearray(b"\x00\x7f\x80\xff")])
it = iter(b)
print(type(it).__name__, next(it), next(it))
t(lambda: bytes(b))
t(lambda: bytes(b) is b)
t(lambda: type(bytearray(b"x")).__name__)
t(lambda: isinstance(b, bytearray))
t(lambda: isinstance(b, bytes))
t(lambda: bytearray.fromhex("de ad BE EF"))
t(lambda: bytearray.fromhex("0"))
t(lambda: bytearray.fromhex("zz"))
t(lambda: bytearray.fromhex(b"00"))
t(lambda: bytearray(b"\x01\xab").hex())
t(lambda: bytearray(b"\x01\xab\xcd").hex(":"))
t(lambda: bytearray(b"\x01\xab\xcd").hex("-", -2))
t(lambda: bytearray(b"abc").decode())
t(lambda: bytearray(b"\xff").decode("utf-8", "replace"))
t(lambda: bytearray(b"\xff").decode())
t(lambda: str(bytearray(b"hi"), "ascii"))
t(lambda: bytearray(b"ab").__alloc__())
t(lambda: b"-".join([bytearray(b"a"), b"b", memoryview(b"c")]))
t(lambda: bytearray(b"-").join([b"a", bytearray(b"b")]))
t(lambda: bytearray(b"-").join([b"a", "b"]))

# Output:
# bytearray(b'')
# bytearray(b'\x00\x00\x00\x00')
# bytearray(b'\x00\x00\x00')
# bytearray(b'\x01\x02\xff')
# bytearray(b'ABCDE')
# bytearray(b'abc')
# bytearray(b'xy')
# bytearray(b'mv')
# bytearray(b'h\xe9')
# bytearray(b'h\xc3\xa9')
# bytearray(b'h?')
# bytearray(b'h')
# UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
# TypeError string argument without an encoding
# TypeError cannot convert 'float' object to bytearray
# TypeError cannot convert 'NoneType' object to bytearray
# ValueError negative count
# TypeError 'str' object cannot be interpreted as an integer
# ValueError byte must be in range(0, 256)
# ValueError byte must be in range(0, 256)
# TypeError encoding without a string argument
# TypeError encoding without a string argument
# TypeError errors without a string argument
# OverflowError cannot fit 'int' into an index-sized integer
# TypeError bytearray() takes at most 3 arguments (4 given)
# bytearray(b'a\'b"c\n\x00\xff')
# "bytearray(b's')"
# 3
# False
# True
# 104
# 111
# bytearray(b'ell')
# bytearray(b'olleh')
# bytearray(b'hlo')
# bytearray(b'')
# IndexError bytearray index out of range
# IndexError bytearray index out of range
# TypeError bytearray indices must be integers or slices, not str
# TypeError bytearray indices must be integers or slices, not float
# 108
# IndexError cannot fit 'int' into an index-sized integer
# bytearray(b'hello!')
# bytearray(b'hello?')
# bytearray(b'hellom')
# b'<hello'
# TypeError can't concat str to bytearray
# TypeError can't concat int to bytearray
# bytearray(b'hellohello')
# bytearray(b'hellohello')
# bytearray(b'')
# bytearray(b'')
# TypeError can't multiply sequence by non-int of type 'str'
# TypeError can't multiply sequence by non-int of type 'float'
# True
# True
# True
# True
# False
# True
# True
# True
# True
# TypeError '<' not supported between instances of 'bytearray' and 'int'
# TypeError '<' not supported between instances of 'bytearray' and 'str'
# TypeError unhashable type: 'bytearray'
# TypeError unhashable type: 'bytearray'
# True
# True
# True
# False
# ValueError byte must be in range(0, 256)
# ValueError byte must be in range(0, 256)
# TypeError a bytes-like object is required, not 'str'
# TypeError a bytes-like object is required, not 'NoneType'
# True
# [104, 101, 108, 108, 111]
# [111, 108, 108, 101, 104]
# [0, 127, 128, 255]
# bytearray_iterator 104 101
# b'hello'
# False
# 'bytearray'
# True
# False
# bytearray(b'\xde\xad\xbe\xef')
# ValueError non-hexadecimal number found in fromhex() arg at position 1
# ValueError non-hexadecimal number found in fromhex() arg at position 0
# TypeError fromhex() argument must be str, not bytes
# '01ab'
# '01:ab:cd'
# '01ab-cd'
# 'abc'
# '�'
# UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# 'hi'
# 3
# b'a-b-c'
# bytearray(b'a-b')
# TypeError sequence item 1: expected a bytes-like object, str found
