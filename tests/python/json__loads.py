# json.loads: every kind of value, whitespace, numbers, escapes, bytes in
# each encoding, and the documents CPython accepts beyond RFC 8259.
import json

print(json.loads('{"a": [1, 2.5, null, true, false, "x"], "b": {}}'))
print(json.loads(' \t\n\r [1 , 2 ]\n '))
print(json.loads('[-0, -0.0, 0e0, 1E+2, 1e-2, 12.5e3, -1.5E-3]'))
print(json.loads('[1e400, -1e400, 1e-400, 123456789012345678901234567890]'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(repr(json.loads('"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\ud83d\\ude00"')))
print(json.loads('"plain é € \U0001F600"'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('"' + 'x' * 50 + '"') == 'x' * 50)
print(json.loads('1' * 4300) == int('1' * 4300))
print(repr(json.loads('"a\\u0000b"')), repr(json.loads('"\\u0041\\u00410"')))
print(repr(json.loads('"\x7f\x80"')), len(json.loads('"\U0010FFFF"')))
print(json.loads('"tab\there"', strict=False), json.loads('"\x00\x1f"', strict=False) == '\x00\x1f')
for b in [b'[1, "\xc3\xa9"]', b'\xef\xbb\xbf[1]', b'\xff\xfe[\x001\x00,\x00 \x00"\x00\xe9\x00"\x00]\x00',
          b'[\x001\x00,\x00 \x00"\x00\xe9\x00"\x00]\x00', b'\x00[\x001\x00,\x00 \x00"\x00\xe9\x00"\x00]',
          b'\xff\xfe\x00\x00[\x00\x00\x001\x00\x00\x00,\x00\x00\x00 \x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00]\x00\x00\x00', b'[\x00\x00\x001\x00\x00\x00,\x00\x00\x00 \x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00]\x00\x00\x00',
          b'\x00\x00\x00[\x00\x00\x001\x00\x00\x00,\x00\x00\x00 \x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00]', b'"\x00=\xd8\x00\xde"\x00',
          b'7', b'12', b'7\x00', b'\x007',
          bytearray(b'{"k": []}')]:
    print(json.loads(b), json.detect_encoding(b))
print(json.detect_encoding(b''), json.detect_encoding(b'\x00\x00\x00['),
      json.detect_encoding(b'[\x00\x00\x00'), json.detect_encoding(b'\xff\xfe\x00\x00'))

# raw_decode returns the end index; decode refuses what follows.
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('  {"a": 1}x', 2), d.raw_decode('é 5', 2))
print(d.decode('  "x"  '), d.scan_once('[1]', 0), d.scan_once('é"é"', 1))
print(json.decoder.scanstring('"abc" rest', 1), json.decoder.scanstring('é"x\\ty"', 2))

# load reads from a file-like object.
class Source:
    def read(self):
        return '{"from": "read()"}'

print(json.load(Source()))


# Output:
# {'a': [1, 2.5, None, True, False, 'x'], 'b': {}}
# [1, 2]
# [0, -0.0, 0.0, 100.0, 0.01, 12500.0, -0.0015]
# [inf, -inf, 0.0, 123456789012345678901234567890]
# [nan, inf, -inf]
# '" \\ / \x08 \x0c \n \r \t é € 😀'
# plain é € 😀
# {'a': 2, 'b': 3}
# True
# True
# 'a\x00b' 'AA0'
# '\x7f\x80' 1
# tab	here True
# [1, 'é'] utf-8
# [1] utf-8-sig
# [1, 'é'] utf-16
# [1, 'é'] utf-16-le
# [1, 'é'] utf-16-be
# [1, 'é'] utf-32
# [1, 'é'] utf-32-le
# [1, 'é'] utf-32-be
# 😀 utf-16-le
# 7 utf-8
# 12 utf-8
# 7 utf-16-le
# 7 utf-16-be
# {'k': []} utf-8
# utf-8 utf-32-be utf-32-le utf-32
# ([1, 2], 6) ({'a': 1}, 10) (5, 3)
# x ([1], 3) ('é', 4)
# ('abc', 5) ('x\ty', 7)
# {'from': 'read()'}
