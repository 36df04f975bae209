# JSONDecodeError (a ValueError) with CPython's messages, positions and
# attributes; encoding errors; bad arguments.
import json

bad = ['', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":',
       '{"a":}', '{"a":1', '{"a":1,}', '{"a" 1}', '{1:2}', '"abc', '"a\\',
       '"a\\x"', '"\\u12"', '"\\u123x"', '"\\u1234', '"\\ud800\\u12"',
       '"\\ud800\\uxyzw"', '"a\nb"', '"\x1f"', '-', '-a', '01', '1.', '1.e5',
       '1e', '1e+', 'nul', 'tru', 'fals', 'Nan', 'infinity', '-inf', '1 2',
       '[1]]', '\ufeff1', '  \n [\n 1,\n x]', '{"a":1 "b":2}', '{"a":1,"b"}',
       'true false', '"é\\q"', '[\n\n  "x" y]', '1' * 4301, '-' + '2' * 4301,
       '[' + '1, ' * 3 + ']']
for text in bad:
    try:
        json.loads(text)
        print(repr(text)[:40], 'accepted')
    except json.JSONDecodeError as e:
        print(repr(text)[:40], '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == text)
    except ValueError as e:
        print(repr(text)[:40], '| ValueError:', e)

e = json.JSONDecodeError('Boom', 'ab\ncd\nef', 7)
print(isinstance(e, ValueError), e.args, e.lineno, e.colno, e.__reduce__()[1])
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)

def fails(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

fails(json.dumps, {1, 2})
fails(json.dumps, {'a': b'bytes'})
fails(json.dumps, object())
fails(json.dumps, {(1, 2): 3})
fails(json.dumps, {frozenset(): 3}, sort_keys=False)
fails(json.dumps, {'a': 1, 2: 'b'}, sort_keys=True)
fails(json.dumps, [float('nan')], allow_nan=False)
fails(json.dumps, {'k': float('inf')}, allow_nan=False)
fails(json.dumps, {float('-inf'): 1}, allow_nan=False)
fails(json.dumps, [float('nan')], allow_nan=False, indent=1)
fails(json.dumps, 10 ** 5000)
fails(json.dumps, [10 ** 4299 * 9])
fails(json.dumps, {10 ** 4300: 1})
fails(json.dumps, [1], indent=1.5)
fails(json.dumps, [1], separators=(',',))
fails(json.dumps, [1], bogus=True)
fails(json.loads, 3)
fails(json.loads, None)
fails(json.loads, '[]', bogus=True)
fails(json.loads, b'\xff\xfe[')
fails(json.loads, b'[\x00[')
fails(json.loads, b'\x00\x00\x00[\x00\x00')
fails(json.loads, b'\x00\x00\x00[\x00\x11\x00\x00')
fails(json.loads, b'[\xff]')
fails(json.loads, b'[\xe2\x82]')
fails(json.loads, b'[1, \xe2\x28\xa1]')
fails(json.loads, b'\xef\xbb\xbf[\xc3]')
fails(json.decoder.JSONDecoder().raw_decode, '1', -1)
fails(json.decoder.JSONDecoder().raw_decode, '1', 5)
fails(json.decoder.JSONDecoder().scan_once, '1', 5)
fails(json.decoder.JSONDecoder().scan_once, '[x', 0)
fails(json.decoder.scanstring, 'x', 5)
fails(json.decoder.scanstring, 'x', -1)
fails(json.decoder.scanstring, 'abc', 0)

l = [1]
l.append(l)
fails(json.dumps, l)
fails(json.dumps, {'a': {'b': l}})
d = {}
d['self'] = d
fails(json.dumps, d)
fails(json.dumps, d, indent=2)
class Loop:
    pass
fails(json.dumps, Loop(), default=lambda o: [o])

# Output:
# '' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# ' ' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
# 'x' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# '[' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
# '[1' | Expecting ',' delimiter: line 1 column 3 (char 2) | Expecting ',' delimiter 2 1 3 True
# '[1,' | Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4 True
# '[1,]' | Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4 True
# '[1 2]' | Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4 True
# '{' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# '{"a"' | Expecting ':' delimiter: line 1 column 5 (char 4) | Expecting ':' delimiter 4 1 5 True
# '{"a":' | Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6 True
# '{"a":}' | Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6 True
# '{"a":1' | Expecting ',' delimiter: line 1 column 7 (char 6) | Expecting ',' delimiter 6 1 7 True
# '{"a":1,}' | Expecting property name enclosed in double quotes: line 1 column 8 (char 7) | Expecting property name enclosed in double quotes 7 1 8 True
# '{"a" 1}' | Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6 True
# '{1:2}' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# '"abc' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
# '"a\\' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
# '"a\\x"' | Invalid \escape: line 1 column 3 (char 2) | Invalid \escape 2 1 3 True
# '"\\u12"' | Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# '"\\u123x"' | Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# '"\\u1234' | Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# '"\\ud800\\u12"' | Invalid \uXXXX escape: line 1 column 9 (char 8) | Invalid \uXXXX escape 8 1 9 True
# '"\\ud800\\uxyzw"' | Invalid \uXXXX escape: line 1 column 9 (char 8) | Invalid \uXXXX escape 8 1 9 True
# '"a\nb"' | Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3 True
# '"\x1f"' | Invalid control character at: line 1 column 2 (char 1) | Invalid control character at 1 1 2 True
# '-' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# '-a' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# '01' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# '1.' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# '1.e5' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# '1e' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# '1e+' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# 'nul' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# 'tru' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# 'fals' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# 'Nan' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# 'infinity' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# '-inf' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# '1 2' | Extra data: line 1 column 3 (char 2) | Extra data 2 1 3 True
# '[1]]' | Extra data: line 1 column 4 (char 3) | Extra data 3 1 4 True
# '\ufeff1' | Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) | Unexpected UTF-8 BOM (decode using utf-8-sig) 0 1 1 True
# '  \n [\n 1,\n x]' | Expecting value: line 4 column 2 (char 11) | Expecting value 11 4 2 True
# '{"a":1 "b":2}' | Expecting ',' delimiter: line 1 column 8 (char 7) | Expecting ',' delimiter 7 1 8 True
# '{"a":1,"b"}' | Expecting ':' delimiter: line 1 column 11 (char 10) | Expecting ':' delimiter 10 1 11 True
# 'true false' | Extra data: line 1 column 6 (char 5) | Extra data 5 1 6 True
# '"é\\q"' | Invalid \escape: line 1 column 3 (char 2) | Invalid \escape 2 1 3 True
# '[\n\n  "x" y]' | Expecting ',' delimiter: line 3 column 7 (char 9) | Expecting ',' delimiter 9 3 7 True
# '111111111111111111111111111111111111111 | ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# '-22222222222222222222222222222222222222 | ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# '[1, 1, 1, ]' | Expecting value: line 1 column 11 (char 10) | Expecting value 10 1 11 True
# True ('Boom: line 3 column 2 (char 7)',) 3 2 ('Boom', 'ab\ncd\nef', 7)
# True True
# TypeError: Object of type set is not JSON serializable
# TypeError: Object of type bytes is not JSON serializable
# TypeError: Object of type object is not JSON serializable
# TypeError: keys must be str, int, float, bool or None, not tuple
# TypeError: keys must be str, int, float, bool or None, not frozenset
# TypeError: '<' not supported between instances of 'int' and 'str'
# ValueError: Out of range float values are not JSON compliant
# ValueError: Out of range float values are not JSON compliant
# ValueError: Out of range float values are not JSON compliant
# ValueError: Out of range float values are not JSON compliant: nan
# ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# ok '[9000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000]'
# ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# TypeError: can't multiply sequence by non-int of type 'float'
# ValueError: not enough values to unpack (expected 2, got 1)
# TypeError: JSONEncoder.__init__() got an unexpected keyword argument 'bogus'
# TypeError: the JSON object must be str, bytes or bytearray, not int
# TypeError: the JSON object must be str, bytes or bytearray, not NoneType
# TypeError: JSONDecoder.__init__() got an unexpected keyword argument 'bogus'
# UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x5b in position 2: truncated data
# JSONDecodeError: Expecting value: line 1 column 2 (char 1)
# UnicodeDecodeError: 'utf-32-be' codec can't decode bytes in position 4-5: truncated data
# UnicodeDecodeError: 'utf-32-be' codec can't decode bytes in position 4-7: code point not in range(0x110000)
# UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte
# UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 4: invalid continuation byte
# UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: invalid continuation byte
# ValueError: idx cannot be negative
# JSONDecodeError: Expecting value: line 1 column 6 (char 5)
# StopIteration: 5
# StopIteration: 1
# ValueError: end is out of bounds
# ValueError: end is out of bounds
# JSONDecodeError: Unterminated string starting at: line 1 column 0 (char -1)
# ValueError: Circular reference detected
# ValueError: Circular reference detected
# ValueError: Circular reference detected
# ValueError: Circular reference detected
# ValueError: Circular reference detected
