# binascii: every function with its documented parameters, str input of
# ASCII where CPython takes it, and the error messages.
import binascii


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


attempt(lambda: binascii.hexlify(b'\x00\xffabc'))
attempt(lambda: binascii.b2a_hex(bytearray(b'abc'), '-'))
attempt(lambda: binascii.hexlify(b'abcde', b':', 2))
attempt(lambda: binascii.hexlify(b'abcde', ':', -2))
attempt(lambda: binascii.hexlify(b'abcdef', sep=' ', bytes_per_sep=3))
attempt(lambda: binascii.hexlify(b'abcdef', ' ', 0))
attempt(lambda: binascii.hexlify(b'', ':'))
attempt(lambda: binascii.hexlify(memoryview(b'xyz'), ':', 10))
attempt(lambda: binascii.hexlify(b'abcde', '::'))
attempt(lambda: binascii.hexlify(b'abcde', 1))
attempt(lambda: binascii.hexlify('abc'))
attempt(lambda: binascii.hexlify())
attempt(lambda: binascii.hexlify(b'', foo=3))
attempt(lambda: binascii.unhexlify(b'00ff41'))
attempt(lambda: binascii.unhexlify('DeadBeef'))
attempt(lambda: binascii.a2b_hex(bytearray(b'4142')))
attempt(lambda: binascii.unhexlify('abc'))
attempt(lambda: binascii.unhexlify('zz'))
attempt(lambda: binascii.unhexlify('\xe91'))
attempt(lambda: binascii.unhexlify(1))
attempt(lambda: binascii.unhexlify(hexstr='41'))
attempt(lambda: binascii.b2a_base64(b'abcd'))
attempt(lambda: binascii.b2a_base64(b'abcd', newline=False))
attempt(lambda: binascii.b2a_base64(b''))
attempt(lambda: binascii.b2a_base64('abc'))
attempt(lambda: binascii.a2b_base64(b'YWJjZA==\n'))
attempt(lambda: binascii.a2b_base64('YW Jj\nZA=='))
attempt(lambda: binascii.a2b_base64(b'ab'))
attempt(lambda: binascii.a2b_base64(b'a'))
attempt(lambda: binascii.a2b_base64(b'abcde'))
attempt(lambda: binascii.a2b_base64(b'ab=c', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'=abc', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'ab!c', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'abc==', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'abcd=', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'ab==cd', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'ab==cd'))
attempt(lambda: binascii.a2b_base64('\xe9'))
attempt(lambda: binascii.crc32(b'hello'))
attempt(lambda: binascii.crc32(b'hello', 5))
attempt(lambda: binascii.crc32(b'abc', -1))
attempt(lambda: binascii.crc32(b'abc', 2**40))
attempt(lambda: binascii.crc32('abc'))
attempt(lambda: binascii.crc32())
attempt(lambda: binascii.crc_hqx(b'123456789', 0))
attempt(lambda: binascii.crc_hqx(b'abc', 0x1234))
attempt(lambda: binascii.crc_hqx(b'abc', 0x12345))
attempt(lambda: binascii.crc_hqx(b''))
attempt(lambda: binascii.b2a_uu(b'Cat'))
attempt(lambda: binascii.b2a_uu(b'\x00\x00\x00', backtick=True))
attempt(lambda: binascii.b2a_uu(b''))
attempt(lambda: binascii.b2a_uu(b'a' * 45))
attempt(lambda: binascii.b2a_uu(b'a' * 46))
attempt(lambda: binascii.a2b_uu(b'#0V%T\n'))
attempt(lambda: binascii.a2b_uu('#86)C'))
attempt(lambda: binascii.a2b_uu(b''))
attempt(lambda: binascii.a2b_uu(b'zzz'))
attempt(lambda: binascii.a2b_uu(b'!86)C'))
attempt(lambda: binascii.a2b_uu(b'#86)C  \n'))
attempt(lambda: binascii.b2a_qp(b'caf\xe9 = ok\n'))
attempt(lambda: binascii.b2a_qp(b'a=b\tc \nd', quotetabs=True, istext=True, header=True))
attempt(lambda: binascii.b2a_qp(b'line\r\nwith crlf \r\n', istext=False))
attempt(lambda: binascii.b2a_qp(b'x' * 200))
attempt(lambda: binascii.b2a_qp(b'y' * 74 + b'\xff\xff'))
attempt(lambda: binascii.b2a_qp(b'.\nstart dot', header=False))
attempt(lambda: binascii.b2a_qp(data=b'a_b c', header=True))
attempt(lambda: binascii.a2b_qp(b'a=3Db=\nc_d', header=True))
attempt(lambda: binascii.a2b_qp('soft=\r\nbreak =41=4a=zz ='))
attempt(lambda: binascii.a2b_qp(b'a_b', header=False))
attempt(lambda: binascii.a2b_qp(data=b'=3d', header=True))
print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__)
print(binascii.Error.__module__, binascii.Error.__name__)
try:
    binascii.unhexlify('1')
except ValueError as e:
    print('ValueError catches binascii.Error:', e)

# Output:
# b'00ff616263'
# b'61-62-63'
# b'61:6263:6465'
# b'6162:6364:65'
# b'616263 646566'
# b'616263646566'
# b''
# b'78797a'
# ValueError: sep must be length 1.
# TypeError: object of type 'int' has no len()
# TypeError: a bytes-like object is required, not 'str'
# TypeError: hexlify() missing required argument 'data' (pos 1)
# TypeError: 'foo' is an invalid keyword argument for hexlify()
# b'\x00\xffA'
# b'\xde\xad\xbe\xef'
# b'AB'
# Error: Odd-length string
# Error: Non-hexadecimal digit found
# ValueError: string argument should contain only ASCII characters
# TypeError: argument should be bytes, buffer or ASCII string, not 'int'
# TypeError: binascii.unhexlify() takes no keyword arguments
# b'YWJjZA==\n'
# b'YWJjZA=='
# b'\n'
# TypeError: a bytes-like object is required, not 'str'
# b'abcd'
# b'abcd'
# Error: Incorrect padding
# Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# Error: Discontinuous padding not allowed
# Error: Leading padding not allowed
# Error: Only base64 data is allowed
# Error: Excess data after padding
# b'i\xb7\x1d'
# Error: Excess data after padding
# b'i'
# ValueError: string argument should contain only ASCII characters
# 907060870
# 4277152246
# 899311407
# 891568578
# TypeError: a bytes-like object is required, not 'str'
# TypeError: crc32 expected at least 1 argument, got 0
# 12739
# 31108
# 45177
# TypeError: crc_hqx expected 2 arguments, got 1
# b'#0V%T\n'
# b'#````\n'
# b' \n'
# b'M86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A\n'
# Error: At most 45 bytes at once
# b'Cat'
# b'abc'
# b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# Error: Illegal char
# Error: Trailing garbage
# b'abc'
# b'caf=E9 =3D ok\n'
# b'a=3Db=09c=20\nd'
# b'line=0D=0Awith crlf =0D=0A'
# b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
# b'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy=\n=FF=FF'
# b'=2E\nstart dot'
# b'a=5Fb_c'
# b'a=bc d'
# b'softbreak AJ=zz '
# b'a_b'
# b'='
# ValueError Exception
# binascii Error
# ValueError catches binascii.Error: Odd-length string
