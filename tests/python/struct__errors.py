# struct.error (an Exception) and the other errors, with CPython's messages.
import struct

print(struct.error.__mro__[1:], struct.error.__module__, struct.error.__name__)

def t(f, *a, **kw):
    try:
        print('ok', repr(f(*a, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for mode in '@<>':
    for code in 'bBhHiIlLqQnNP':
        for v in [-1, 256, 65536, 2 ** 31, -2 ** 31 - 1, 2 ** 32, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 2 ** 100]:
            try:
                struct.pack(mode + code, v)
            except struct.error as e:
                print(mode + code, v, e)
t(struct.pack, 'i', 1.5)
t(struct.pack, 'i', '1')
t(struct.pack, 'i', None)
t(struct.pack, 'f', 'x')
t(struct.pack, 'd', None)
t(struct.pack, 'd', 10 ** 400)
t(struct.pack, '<f', 1e300)
t(struct.pack, 'f', 1e300)
t(struct.pack, '<f', -3.5e38)
t(struct.pack, 'e', 1e6)
t(struct.pack, '>e', 65520.0)
t(struct.pack, 'e', -65520.0)
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 's', 'a')
t(struct.pack, 'p', 1)
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'x', 1)
t(struct.pack, 'z', 1)
t(struct.pack, '<n', 1)
t(struct.pack, '>P', 1)
t(struct.pack, '3', 1)
t(struct.pack, '3 i', 1, 2, 3)
t(struct.pack, 'i<', 1)
t(struct.pack, 'i\0')
t(struct.pack)
t(struct.pack, 1)
t(struct.pack, 'i', x=1)
t(struct.calcsize, '99999999999999999999i')
t(struct.calcsize, '9999999999999999999i')
t(struct.calcsize, '4611686018427387904q')
t(struct.calcsize, 1)
t(struct.calcsize)
t(struct.calcsize, 'i', 'i')
t(struct.unpack, 'i', b'abc')
t(struct.unpack, 'i', b'abcde')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i')
t(struct.unpack_from, 'i', b'abc')
t(struct.unpack_from, 'i', b'abcdefg', 5)
t(struct.unpack_from, 'i', b'abcdefg', -10)
t(struct.unpack_from, 'i', b'abcdefg', -2)
t(struct.unpack_from, 'i', b'abcdefg', offset=1.5)
t(struct.unpack_from, 'i', buffer=b'abcd', offset=0)
t(struct.unpack_from, 'i', b'abcd', buffer=b'abcd')
t(struct.unpack_from, 'i', b'abcd', 0, 1)
t(struct.unpack_from, 'i', b'abcd', bogus=1)
t(struct.iter_unpack, 'i', b'abc')
t(struct.iter_unpack, '', b'abc')
t(struct.iter_unpack, 'x', 'str')
b = bytearray(6)
t(struct.pack_into, 'i', b, 4, 1)
t(struct.pack_into, 'i', b, -10, 1)
t(struct.pack_into, 'i', b, -4, 7)
print(b)
t(struct.pack_into, 'i', b'xxxxxx', 0, 1)
t(struct.pack_into, 'i', b, 0)
t(struct.pack_into, 'i', b)
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', b, 0, 'x')
t(struct.pack_into, 'i', b, 10 ** 30, 1)
t(struct.Struct, 1)
t(struct.Struct, 'q!')
t(struct.Struct)
t(struct.Struct, 'i', 'i')

# Output:
# (<class 'Exception'>, <class 'BaseException'>, <class 'object'>) struct error
# @b 256 byte format requires -128 <= number <= 127
# @b 65536 byte format requires -128 <= number <= 127
# @b 2147483648 byte format requires -128 <= number <= 127
# @b -2147483649 byte format requires -128 <= number <= 127
# @b 4294967296 byte format requires -128 <= number <= 127
# @b 9223372036854775808 argument out of range
# @b -9223372036854775809 argument out of range
# @b 18446744073709551616 argument out of range
# @b 1267650600228229401496703205376 argument out of range
# @B -1 ubyte format requires 0 <= number <= 255
# @B 256 ubyte format requires 0 <= number <= 255
# @B 65536 ubyte format requires 0 <= number <= 255
# @B 2147483648 ubyte format requires 0 <= number <= 255
# @B -2147483649 ubyte format requires 0 <= number <= 255
# @B 4294967296 ubyte format requires 0 <= number <= 255
# @B 9223372036854775808 argument out of range
# @B -9223372036854775809 argument out of range
# @B 18446744073709551616 argument out of range
# @B 1267650600228229401496703205376 argument out of range
# @h 65536 short format requires -32768 <= number <= 32767
# @h 2147483648 short format requires -32768 <= number <= 32767
# @h -2147483649 short format requires -32768 <= number <= 32767
# @h 4294967296 short format requires -32768 <= number <= 32767
# @h 9223372036854775808 argument out of range
# @h -9223372036854775809 argument out of range
# @h 18446744073709551616 argument out of range
# @h 1267650600228229401496703205376 argument out of range
# @H -1 ushort format requires 0 <= number <= 65535
# @H 65536 ushort format requires 0 <= number <= 65535
# @H 2147483648 ushort format requires 0 <= number <= 65535
# @H -2147483649 ushort format requires 0 <= number <= 65535
# @H 4294967296 ushort format requires 0 <= number <= 65535
# @H 9223372036854775808 argument out of range
# @H -9223372036854775809 argument out of range
# @H 18446744073709551616 argument out of range
# @H 1267650600228229401496703205376 argument out of range
# @i 2147483648 'i' format requires -2147483648 <= number <= 2147483647
# @i -2147483649 'i' format requires -2147483648 <= number <= 2147483647
# @i 4294967296 'i' format requires -2147483648 <= number <= 2147483647
# @i 9223372036854775808 argument out of range
# @i -9223372036854775809 argument out of range
# @i 18446744073709551616 argument out of range
# @i 1267650600228229401496703205376 argument out of range
# @I -1 argument out of range
# @I -2147483649 argument out of range
# @I 4294967296 'I' format requires 0 <= number <= 4294967295
# @I 9223372036854775808 'I' format requires 0 <= number <= 4294967295
# @I -9223372036854775809 argument out of range
# @I 18446744073709551616 argument out of range
# @I 1267650600228229401496703205376 argument out of range
# @l 9223372036854775808 argument out of range
# @l -9223372036854775809 argument out of range
# @l 18446744073709551616 argument out of range
# @l 1267650600228229401496703205376 argument out of range
# @L -1 argument out of range
# @L -2147483649 argument out of range
# @L -9223372036854775809 argument out of range
# @L 18446744073709551616 argument out of range
# @L 1267650600228229401496703205376 argument out of range
# @q 9223372036854775808 argument out of range
# @q -9223372036854775809 argument out of range
# @q 18446744073709551616 argument out of range
# @q 1267650600228229401496703205376 argument out of range
# @Q -1 argument out of range
# @Q -2147483649 argument out of range
# @Q -9223372036854775809 argument out of range
# @Q 18446744073709551616 argument out of range
# @Q 1267650600228229401496703205376 argument out of range
# @n 9223372036854775808 argument out of range
# @n -9223372036854775809 argument out of range
# @n 18446744073709551616 argument out of range
# @n 1267650600228229401496703205376 argument out of range
# @N -1 argument out of range
# @N -2147483649 argument out of range
# @N -9223372036854775809 argument out of range
# @N 18446744073709551616 argument out of range
# @N 1267650600228229401496703205376 argument out of range
# @P -9223372036854775809 int too large to convert
# @P 18446744073709551616 int too large to convert
# @P 1267650600228229401496703205376 int too large to convert
# <b 256 byte format requires -128 <= number <= 127
# <b 65536 byte format requires -128 <= number <= 127
# <b 2147483648 byte format requires -128 <= number <= 127
# <b -2147483649 byte format requires -128 <= number <= 127
# <b 4294967296 byte format requires -128 <= number <= 127
# <b 9223372036854775808 argument out of range
# <b -9223372036854775809 argument out of range
# <b 18446744073709551616 argument out of range
# <b 1267650600228229401496703205376 argument out of range
# <B -1 ubyte format requires 0 <= number <= 255
# <B 256 ubyte format requires 0 <= number <= 255
# <B 65536 ubyte format requires 0 <= number <= 255
# <B 2147483648 ubyte format requires 0 <= number <= 255
# <B -2147483649 ubyte format requires 0 <= number <= 255
# <B 4294967296 ubyte format requires 0 <= number <= 255
# <B 9223372036854775808 argument out of range
# <B -9223372036854775809 argument out of range
# <B 18446744073709551616 argument out of range
# <B 1267650600228229401496703205376 argument out of range
# <h 65536 short format requires -32768 <= number <= 32767
# <h 2147483648 short format requires -32768 <= number <= 32767
# <h -2147483649 short format requires -32768 <= number <= 32767
# <h 4294967296 short format requires -32768 <= number <= 32767
# <h 9223372036854775808 argument out of range
# <h -9223372036854775809 argument out of range
# <h 18446744073709551616 argument out of range
# <h 1267650600228229401496703205376 argument out of range
# <H -1 ushort format requires 0 <= number <= 65535
# <H 65536 ushort format requires 0 <= number <= 65535
# <H 2147483648 ushort format requires 0 <= number <= 65535
# <H -2147483649 ushort format requires 0 <= number <= 65535
# <H 4294967296 ushort format requires 0 <= number <= 65535
# <H 9223372036854775808 argument out of range
# <H -9223372036854775809 argument out of range
# <H 18446744073709551616 argument out of range
# <H 1267650600228229401496703205376 argument out of range
# <i 2147483648 'i' format requires -2147483648 <= number <= 2147483647
# <i -2147483649 'i' format requires -2147483648 <= number <= 2147483647
# <i 4294967296 'i' format requires -2147483648 <= number <= 2147483647
# <i 9223372036854775808 argument out of range
# <i -9223372036854775809 argument out of range
# <i 18446744073709551616 argument out of range
# <i 1267650600228229401496703205376 argument out of range
# <I -1 argument out of range
# <I -2147483649 argument out of range
# <I 4294967296 'I' format requires 0 <= number <= 4294967295
# <I 9223372036854775808 'I' format requires 0 <= number <= 4294967295
# <I -9223372036854775809 argument out of range
# <I 18446744073709551616 argument out of range
# <I 1267650600228229401496703205376 argument out of range
# <l 2147483648 'l' format requires -2147483648 <= number <= 2147483647
# <l -2147483649 'l' format requires -2147483648 <= number <= 2147483647
# <l 4294967296 'l' format requires -2147483648 <= number <= 2147483647
# <l 9223372036854775808 argument out of range
# <l -9223372036854775809 argument out of range
# <l 18446744073709551616 argument out of range
# <l 1267650600228229401496703205376 argument out of range
# <L -1 argument out of range
# <L -2147483649 argument out of range
# <L 4294967296 'L' format requires 0 <= number <= 4294967295
# <L 9223372036854775808 'L' format requires 0 <= number <= 4294967295
# <L -9223372036854775809 argument out of range
# <L 18446744073709551616 argument out of range
# <L 1267650600228229401496703205376 argument out of range
# <q 9223372036854775808 argument out of range
# <q -9223372036854775809 argument out of range
# <q 18446744073709551616 argument out of range
# <q 1267650600228229401496703205376 argument out of range
# <Q -1 argument out of range
# <Q -2147483649 argument out of range
# <Q -9223372036854775809 argument out of range
# <Q 18446744073709551616 argument out of range
# <Q 1267650600228229401496703205376 argument out of range
# <n -1 bad char in struct format
# <n 256 bad char in struct format
# <n 65536 bad char in struct format
# <n 2147483648 bad char in struct format
# <n -2147483649 bad char in struct format
# <n 4294967296 bad char in struct format
# <n 9223372036854775808 bad char in struct format
# <n -9223372036854775809 bad char in struct format
# <n 18446744073709551616 bad char in struct format
# <n 1267650600228229401496703205376 bad char in struct format
# <N -1 bad char in struct format
# <N 256 bad char in struct format
# <N 65536 bad char in struct format
# <N 2147483648 bad char in struct format
# <N -2147483649 bad char in struct format
# <N 4294967296 bad char in struct format
# <N 9223372036854775808 bad char in struct format
# <N -9223372036854775809 bad char in struct format
# <N 18446744073709551616 bad char in struct format
# <N 1267650600228229401496703205376 bad char in struct format
# <P -1 bad char in struct format
# <P 256 bad char in struct format
# <P 65536 bad char in struct format
# <P 2147483648 bad char in struct format
# <P -2147483649 bad char in struct format
# <P 4294967296 bad char in struct format
# <P 9223372036854775808 bad char in struct format
# <P -9223372036854775809 bad char in struct format
# <P 18446744073709551616 bad char in struct format
# <P 1267650600228229401496703205376 bad char in struct format
# >b 256 byte format requires -128 <= number <= 127
# >b 65536 byte format requires -128 <= number <= 127
# >b 2147483648 byte format requires -128 <= number <= 127
# >b -2147483649 byte format requires -128 <= number <= 127
# >b 4294967296 byte format requires -128 <= number <= 127
# >b 9223372036854775808 argument out of range
# >b -9223372036854775809 argument out of range
# >b 18446744073709551616 argument out of range
# >b 1267650600228229401496703205376 argument out of range
# >B -1 ubyte format requires 0 <= number <= 255
# >B 256 ubyte format requires 0 <= number <= 255
# >B 65536 ubyte format requires 0 <= number <= 255
# >B 2147483648 ubyte format requires 0 <= number <= 255
# >B -2147483649 ubyte format requires 0 <= number <= 255
# >B 4294967296 ubyte format requires 0 <= number <= 255
# >B 9223372036854775808 argument out of range
# >B -9223372036854775809 argument out of range
# >B 18446744073709551616 argument out of range
# >B 1267650600228229401496703205376 argument out of range
# >h 65536 'h' format requires -32768 <= number <= 32767
# >h 2147483648 'h' format requires -32768 <= number <= 32767
# >h -2147483649 'h' format requires -32768 <= number <= 32767
# >h 4294967296 'h' format requires -32768 <= number <= 32767
# >h 9223372036854775808 argument out of range
# >h -9223372036854775809 argument out of range
# >h 18446744073709551616 argument out of range
# >h 1267650600228229401496703205376 argument out of range
# >H -1 argument out of range
# >H 65536 'H' format requires 0 <= number <= 65535
# >H 2147483648 'H' format requires 0 <= number <= 65535
# >H -2147483649 argument out of range
# >H 4294967296 'H' format requires 0 <= number <= 65535
# >H 9223372036854775808 'H' format requires 0 <= number <= 65535
# >H -9223372036854775809 argument out of range
# >H 18446744073709551616 argument out of range
# >H 1267650600228229401496703205376 argument out of range
# >i 2147483648 'i' format requires -2147483648 <= number <= 2147483647
# >i -2147483649 'i' format requires -2147483648 <= number <= 2147483647
# >i 4294967296 'i' format requires -2147483648 <= number <= 2147483647
# >i 9223372036854775808 argument out of range
# >i -9223372036854775809 argument out of range
# >i 18446744073709551616 argument out of range
# >i 1267650600228229401496703205376 argument out of range
# >I -1 argument out of range
# >I -2147483649 argument out of range
# >I 4294967296 'I' format requires 0 <= number <= 4294967295
# >I 9223372036854775808 'I' format requires 0 <= number <= 4294967295
# >I -9223372036854775809 argument out of range
# >I 18446744073709551616 argument out of range
# >I 1267650600228229401496703205376 argument out of range
# >l 2147483648 'l' format requires -2147483648 <= number <= 2147483647
# >l -2147483649 'l' format requires -2147483648 <= number <= 2147483647
# >l 4294967296 'l' format requires -2147483648 <= number <= 2147483647
# >l 9223372036854775808 argument out of range
# >l -9223372036854775809 argument out of range
# >l 18446744073709551616 argument out of range
# >l 1267650600228229401496703205376 argument out of range
# >L -1 argument out of range
# >L -2147483649 argument out of range
# >L 4294967296 'L' format requires 0 <= number <= 4294967295
# >L 9223372036854775808 'L' format requires 0 <= number <= 4294967295
# >L -9223372036854775809 argument out of range
# >L 18446744073709551616 argument out of range
# >L 1267650600228229401496703205376 argument out of range
# >q 9223372036854775808 int too large to convert
# >q -9223372036854775809 int too large to convert
# >q 18446744073709551616 int too large to convert
# >q 1267650600228229401496703205376 int too large to convert
# >Q -1 int too large to convert
# >Q -2147483649 int too large to convert
# >Q -9223372036854775809 int too large to convert
# >Q 18446744073709551616 int too large to convert
# >Q 1267650600228229401496703205376 int too large to convert
# >n -1 bad char in struct format
# >n 256 bad char in struct format
# >n 65536 bad char in struct format
# >n 2147483648 bad char in struct format
# >n -2147483649 bad char in struct format
# >n 4294967296 bad char in struct format
# >n 9223372036854775808 bad char in struct format
# >n -9223372036854775809 bad char in struct format
# >n 18446744073709551616 bad char in struct format
# >n 1267650600228229401496703205376 bad char in struct format
# >N -1 bad char in struct format
# >N 256 bad char in struct format
# >N 65536 bad char in struct format
# >N 2147483648 bad char in struct format
# >N -2147483649 bad char in struct format
# >N 4294967296 bad char in struct format
# >N 9223372036854775808 bad char in struct format
# >N -9223372036854775809 bad char in struct format
# >N 18446744073709551616 bad char in struct format
# >N 1267650600228229401496703205376 bad char in struct format
# >P -1 bad char in struct format
# >P 256 bad char in struct format
# >P 65536 bad char in struct format
# >P 2147483648 bad char in struct format
# >P -2147483649 bad char in struct format
# >P 4294967296 bad char in struct format
# >P 9223372036854775808 bad char in struct format
# >P -9223372036854775809 bad char in struct format
# >P 18446744073709551616 bad char in struct format
# >P 1267650600228229401496703205376 bad char in struct format
# error: required argument is not an integer
# error: required argument is not an integer
# error: required argument is not an integer
# error: required argument is not a float
# error: required argument is not a float
# error: required argument is not a float
# OverflowError: float too large to pack with f format
# ok b'\x00\x00\x80\x7f'
# OverflowError: float too large to pack with f format
# OverflowError: float too large to pack with e format
# OverflowError: float too large to pack with e format
# OverflowError: float too large to pack with e format
# error: char format requires a bytes object of length 1
# error: char format requires a bytes object of length 1
# error: char format requires a bytes object of length 1
# error: argument for 's' must be a bytes object
# error: argument for 'p' must be a bytes object
# error: pack expected 2 items for packing (got 1)
# error: pack expected 1 items for packing (got 2)
# error: pack expected 0 items for packing (got 1)
# error: bad char in struct format
# error: bad char in struct format
# error: bad char in struct format
# error: repeat count given without format specifier
# error: bad char in struct format
# error: bad char in struct format
# error: embedded null character
# TypeError: missing format argument
# TypeError: Struct() argument 1 must be a str or bytes object, not int
# TypeError: _struct.pack() takes no keyword arguments
# error: total struct size too long
# error: total struct size too long
# error: total struct size too long
# TypeError: Struct() argument 1 must be a str or bytes object, not int
# TypeError: _struct.calcsize() takes exactly one argument (0 given)
# TypeError: _struct.calcsize() takes exactly one argument (2 given)
# error: unpack requires a buffer of 4 bytes
# error: unpack requires a buffer of 4 bytes
# TypeError: a bytes-like object is required, not 'str'
# TypeError: unpack expected 2 arguments, got 1
# error: unpack_from requires a buffer of at least 4 bytes for unpacking 4 bytes at offset 0 (actual buffer size is 3)
# error: unpack_from requires a buffer of at least 9 bytes for unpacking 4 bytes at offset 5 (actual buffer size is 7)
# error: offset -10 out of range for 7-byte buffer
# error: not enough data to unpack 4 bytes at offset -2
# TypeError: 'float' object cannot be interpreted as an integer
# ok (1684234849,)
# TypeError: argument for unpack_from() given by name ('buffer') and position (2)
# TypeError: unpack_from() takes at most 3 arguments (4 given)
# TypeError: 'bogus' is an invalid keyword argument for unpack_from()
# error: iterative unpacking requires a buffer of a multiple of 4 bytes
# error: cannot iteratively unpack with a struct of length 0
# TypeError: a bytes-like object is required, not 'str'
# error: pack_into requires a buffer of at least 8 bytes for packing 4 bytes at offset 4 (actual buffer size is 6)
# error: offset -10 out of range for 6-byte buffer
# ok None
# bytearray(b'\x00\x00\x07\x00\x00\x00')
# TypeError: argument must be read-write bytes-like object, not bytes
# error: pack_into expected 1 items for packing (got 0)
# error: pack_into expected offset argument
# error: pack_into expected buffer argument
# error: required argument is not an integer
# IndexError: cannot fit 'int' into an index-sized integer
# TypeError: Struct() argument 1 must be a str or bytes object, not int
# error: bad char in struct format
# TypeError: Struct() missing required argument 'format' (pos 1)
# TypeError: Struct() takes at most 1 argument (2 given)
