# printf-style formatting of bytes and bytearray (PEP 461).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class HasBytes:
    def __bytes__(self):
        return b"<hb>"
class BadBytes:
    def __bytes__(self):
        return "str"

t(lambda: b"%s %b %r %a" % (b"x", bytearray(b"y"), "z", "\xe9"))
t(lambda: b"%s|%5s|%-5s|%.2s" % (b"abc", b"ab", b"ab", b"abc"))
t(lambda: b"%s" % memoryview(b"mv")); t(lambda: b"%s" % HasBytes()); t(lambda: b"%s" % BadBytes())
t(lambda: b"%s" % "x"); t(lambda: b"%s" % 1); t(lambda: b"%b" % None)
t(lambda: b"%d %i %u %x %X %o %e %f %g %%" % (1, -2, 3, 255, 255, 8, 1.5, 2.25, 1e20))
t(lambda: b"%5d|%-5d|%05d|%+d|% d|%#x|%#o" % (42, 42, 42, 42, 42, 255, 8))
t(lambda: b"%c%c%c" % (65, b"B", bytearray(b"C"))); t(lambda: b"%c" % 300); t(lambda: b"%c" % "a"); t(lambda: b"%c" % b"ab")
t(lambda: b"%(a)s-%(b)d" % {b"a": b"v", b"b": 2}); t(lambda: b"%(a)s" % {"a": b"v"})
t(lambda: b"%d" % (1, 2)); t(lambda: b"%d %d" % (1,)); t(lambda: b"%y" % 1); t(lambda: b"%" % ()); t(lambda: b"%d" % "x")
t(lambda: b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 3, 3.14159))
t(lambda: b"no format" % ()); t(lambda: b"no format" % 5); t(lambda: b"%s" % ((1, 2),)); t(lambda: b"%r" % b"x")
t(lambda: b"\xff%s\x00" % b"\xfe"); t(lambda: b"%s" % [1])
t(lambda: bytearray(b"%d-%s") % (5, b"x")); t(lambda: type(bytearray(b"%d") % 5).__name__)
t(lambda: 5 % b"x"); t(lambda: "%s" % b"x"); t(lambda: b"%s" % {b"k": 1})
t(lambda: b"%a" % b"\xff"); t(lambda: b"%r" % "\u20ac")
t(lambda: b"%5c|" % 65); t(lambda: b"%-3c|" % b"z"); t(lambda: b"%.1r" % "abc")

# Output:
# b"x y 'z' '\\xe9'"
# b'abc|   ab|ab   |ab'
# b'mv'
# b'<hb>'
# TypeError __bytes__ returned non-bytes (type str)
# TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'NoneType'
# b'1 -2 3 ff FF 10 1.500000e+00 2.250000 1e+20 %'
# b'   42|42   |00042|+42| 42|0xff|0o10'
# b'ABC'
# OverflowError %c arg not in range(256)
# TypeError %c requires an integer in range(256) or a single byte
# TypeError %c requires an integer in range(256) or a single byte
# b'v-2'
# KeyError b'a'
# TypeError not all arguments converted during bytes formatting
# TypeError not enough arguments for format string
# ValueError unsupported format character 'y' (0x79) at index 1
# ValueError incomplete format
# TypeError %d format: a real number is required, not str
# b'    1|2   |3.142'
# b'no format'
# TypeError not all arguments converted during bytes formatting
# TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'tuple'
# b"b'x'"
# b'\xff\xfe\x00'
# TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'list'
# bytearray(b'5-x')
# 'bytearray'
# TypeError unsupported operand type(s) for %: 'int' and 'bytes'
# "b'x'"
# TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'dict'
# b"b'\\xff'"
# b"'\\u20ac'"
# b'    A|'
# b'z  |'
# b"'"
