# base64: every encoder and decoder with its documented parameters, and
# the error messages.
import base64
import binascii


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


data = b'\x00\x10\x83\x10Q\x87 \x92\x8b0\xd3\x8fA\x14\x93QU\x97a\x96\x9bq\xd7\x9f\x82\x18\xa3\x92Y\xa7\xa2\x9a\xab\xb2\xdb\xaf\xc3\x1c\xb3\xd3]\xb7\xe3\x9e\xbb\xf3\xdf\xbf'
for f in (base64.b64encode, base64.standard_b64encode, base64.urlsafe_b64encode,
          base64.b32encode, base64.b32hexencode, base64.b16encode, base64.a85encode,
          base64.b85encode, base64.encodebytes):
    enc = f(data)
    print(f.__name__, enc)
attempt(lambda: base64.b64encode(data, altchars=b'-_'))
attempt(lambda: base64.b64encode(b'\xfb\xff', b'*!'))
attempt(lambda: base64.b64decode(b'-_8=', altchars=b'-_'))
attempt(lambda: base64.b64decode('-_8=', altchars='-_'))
attempt(lambda: base64.b64decode(b'YW Jj\n', validate=False))
attempt(lambda: base64.b64decode(b'YW Jj', validate=True))
attempt(lambda: base64.b64decode(b'YW=J', validate=True))
attempt(lambda: base64.b64decode(b'YWJ'))
attempt(lambda: base64.b64decode(1))
attempt(lambda: base64.b64decode('\xe9'))
attempt(lambda: base64.b64encode('a'))
attempt(lambda: base64.standard_b64decode(b'YWJj'))
attempt(lambda: base64.urlsafe_b64decode(b'-_8='))
attempt(lambda: base64.urlsafe_b64decode('-_-_'))
attempt(lambda: base64.b32decode(b'ME======'))
attempt(lambda: base64.b32decode(b'me======', casefold=True))
attempt(lambda: base64.b32decode(b'me======'))
attempt(lambda: base64.b32decode(b'M1======', map01=b'L'))
attempt(lambda: base64.b32decode(b'M0======', map01=b'I'))
attempt(lambda: base64.b32decode(b'ME'))
attempt(lambda: base64.b32decode(b'ME=====M'))
attempt(lambda: base64.b32decode(b'M9======'))
attempt(lambda: base64.b32decode(b'MEZ====='))
attempt(lambda: base64.b32decode(b'========'))
attempt(lambda: base64.b32decode(b''))
attempt(lambda: base64.b32hexdecode(b'CO======'))
attempt(lambda: base64.b32hexdecode(b'co======', casefold=True))
attempt(lambda: base64.b32hexdecode(b'CW======'))
attempt(lambda: base64.b16decode(b'0AFF'))
attempt(lambda: base64.b16decode(b'0aff'))
attempt(lambda: base64.b16decode(b'0aff', casefold=True))
attempt(lambda: base64.b16decode(b'6'))
attempt(lambda: base64.b16decode(b'6G'))
attempt(lambda: base64.a85encode(b'hello world', foldspaces=True))
attempt(lambda: base64.a85encode(b'    \x00\x00\x00\x00abc', foldspaces=True))
attempt(lambda: base64.a85encode(b'abc', pad=True))
attempt(lambda: base64.a85encode(b'abcdefghijklmnopq', wrapcol=7))
attempt(lambda: base64.a85encode(b'abc', wrapcol=2, adobe=True))
attempt(lambda: base64.a85encode(b'abcdefgh', wrapcol=1, adobe=True))
attempt(lambda: base64.a85decode(b'<~@:E_W~>', adobe=True))
attempt(lambda: base64.a85decode(b'@:E_W~>', adobe=True))
attempt(lambda: base64.a85decode(b'<~abc', adobe=True))
attempt(lambda: base64.a85decode(b'z!!!!'))
attempt(lambda: base64.a85decode(b'yy', foldspaces=True))
attempt(lambda: base64.a85decode(b'y'))
attempt(lambda: base64.a85decode(b'abcdz'))
attempt(lambda: base64.a85decode(b'abyde', foldspaces=True))
attempt(lambda: base64.a85decode(b'uuuuu'))
try:
    base64.a85decode(b'\x00')
except ValueError as e:
    print(ascii(str(e)))
attempt(lambda: base64.a85decode(b'@:E _W', ignorechars=b''))
attempt(lambda: base64.a85decode(b'@:E _W', ignorechars=b' '))
attempt(lambda: base64.b85encode(b'abc', pad=True))
attempt(lambda: base64.b85decode(b'VPazd'))
attempt(lambda: base64.b85decode(b'|||||'))
attempt(lambda: base64.b85decode(b'"'))
attempt(lambda: base64.b85decode('VPa'))
attempt(lambda: base64.encodebytes(b'x' * 120))
attempt(lambda: base64.decodebytes(base64.encodebytes(b'y' * 100)))
attempt(lambda: base64.encodebytes('a'))
attempt(lambda: base64.decodebytes('a'))
attempt(lambda: base64.encodebytes(memoryview(b'mv')))
attempt(lambda: base64.b64decode(b'YWJj\n', validate=True))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, sorted(base64.__all__))
try:
    base64.b64decode(b'abc')
except binascii.Error as e:
    print('binascii.Error:', e)


# Output:
# b64encode b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# standard_b64encode b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# urlsafe_b64encode b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
# b32encode b'AAIIGECRQ4QJFCZQ2OHUCFETKFKZOYMWTNY5PH4CDCRZEWNHUKNKXMW3V7BRZM6TLW36HHV36PP36==='
# b32hexencode b'0088642HGSG952PGQE7K254JA5APEOCMJDOTF7S232HP4MD7KADANCMRLV1HPCUJBMRU77LRUFFRU==='
# b16encode b'00108310518720928B30D38F41149351559761969B71D79F8218A39259A7A29AABB2DBAFC31CB3D35DB7E39EBBF3DFBF'
# a85encode b'!"abo;269WM_NV@5noM[<L7-[RrR&PJf(8G=f8!_X0UK`_]6#3?+8jc]CXpp'
# b85encode b'01$%^QHLOsi!jrVK@^iwRhMCwn{n5lf*7NcS*N0!tFqg#!yL2IUAN<&yYt__'
# encodebytes b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\n'
# b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
# b'*!8='
# b'\xfb\xff'
# b'\xfb\xff'
# b'abc'
# Error: Only base64 data is allowed
# Error: Discontinuous padding not allowed
# Error: Incorrect padding
# TypeError: argument should be a bytes-like object or ASCII string, not 'int'
# ValueError: string argument should contain only ASCII characters
# TypeError: a bytes-like object is required, not 'str'
# b'abc'
# b'\xfb\xff'
# b'\xfb\xff\xbf'
# b'a'
# b'a'
# Error: Non-base32 digit found
# b'b'
# b'c'
# Error: Incorrect padding
# Error: Non-base32 digit found
# Error: Non-base32 digit found
# Error: Incorrect padding
# Error: Incorrect padding
# b''
# b'f'
# b'f'
# Error: Non-base32 digit found
# b'\n\xff'
# Error: Non-base16 digit found
# b'\n\xff'
# Error: Odd-length string
# Error: Non-base16 digit found
# b'BOu!rD]j7BEbo7'
# b'yz@:E^'
# b'@:E^H'
# b'@:E_WAS\n,RgBkhF\n"D/O92E\n<'
# b'<~\n@:\nE^\n~>'
# b'<~\n@:\nE_\nWA\nS,\nRg\n~>'
# b'abcd'
# b'abcd'
# ValueError: Ascii85 encoded byte sequences must end with b'~>'
# b'\x00\x00\x00\x00\x00\x00\x00'
# b'        '
# ValueError: Non-Ascii85 digit found: y
# ValueError: z inside Ascii85 5-tuple
# ValueError: y inside Ascii85 5-tuple
# ValueError: Ascii85 overflow
# 'Non-Ascii85 digit found: \x00'
# ValueError: Non-Ascii85 digit found:  
# b'abcd'
# b'VPazd'
# b'abc\x00'
# ValueError: base85 overflow in hunk starting at byte 0
# ValueError: bad base85 character at position 0
# b'ab'
# b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4eHh4\n'
# b'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
# TypeError: expected bytes-like object, not str
# TypeError: expected bytes-like object, not str
# b'bXY=\n'
# Error: Only base64 data is allowed
# 76 57 ['a85decode', 'a85encode', 'b16decode', 'b16encode', 'b32decode', 'b32encode', 'b32hexdecode', 'b32hexencode', 'b64decode', 'b64encode', 'b85decode', 'b85encode', 'decode', 'decodebytes', 'encode', 'encodebytes', 'standard_b64decode', 'standard_b64encode', 'urlsafe_b64decode', 'urlsafe_b64encode']
# binascii.Error: Incorrect padding
