# repr and str of a value of every builtin type (the walk's values:
# _walk_values.py), and repr of containers holding them.
from _walk_values import VALUES, has_address, label

for v in VALUES:
    if has_address(v):
        print(type(v).__name__, label(v))
        continue
    # str(v) through ascii(), so that a NUL or newline in it stays one line.
    print(type(v).__name__, repr(v), ascii(str(v)))
print(repr([v for v in VALUES if not has_address(v)]))
print(repr(tuple(v for v in VALUES if not has_address(v))[:20]))
print(repr({i: v for i, v in enumerate(VALUES) if not has_address(v)})[:3000])

# Output:
# int 0 '0'
# int 1 '1'
# int -1 '-1'
# int 7 '7'
# int -2 '-2'
# int 2147483648 '2147483648'
# int 2305843009213693950 '2305843009213693950'
# int 2305843009213693951 '2305843009213693951'
# int 2305843009213693952 '2305843009213693952'
# int -2305843009213693951 '-2305843009213693951'
# int 4611686018427387904 '4611686018427387904'
# int 9223372036854775807 '9223372036854775807'
# int 9223372036854775808 '9223372036854775808'
# int -9223372036854775808 '-9223372036854775808'
# int 18446744073709551616 '18446744073709551616'
# int 1000000000000000000000000000000 '1000000000000000000000000000000'
# int -1000000000000000000000000000000 '-1000000000000000000000000000000'
# int 1606938044258990275541962092341162602522202993782792835301377 '1606938044258990275541962092341162602522202993782792835301377'
# bool True 'True'
# bool False 'False'
# float 0.0 '0.0'
# float -0.0 '-0.0'
# float inf 'inf'
# float -inf '-inf'
# float 0.5 '0.5'
# float 0.1 '0.1'
# float 1.0 '1.0'
# float -1.0 '-1.0'
# float 1.5 '1.5'
# float 7.0 '7.0'
# float 1e+16 '1e+16'
# float 1e+22 '1e+22'
# float 9.223372036854776e+18 '9.223372036854776e+18'
# float 1.8446744073709552e+19 '1.8446744073709552e+19'
# float 2.305843009213694e+18 '2.305843009213694e+18'
# float 9007199254740992.0 '9007199254740992.0'
# float 1e+308 '1e+308'
# float 5e-324 '5e-324'
# float -5e-324 '-5e-324'
# float 2.2250738585072014e-308 '2.2250738585072014e-308'
# float 2.225073858507201e-308 '2.225073858507201e-308'
# float 1e-320 '1e-320'
# complex 0j '0j'
# complex (-0+0j) '(-0+0j)'
# complex -0j '-0j'
# complex (-0-0j) '(-0-0j)'
# complex (1+0j) '(1+0j)'
# complex 1j '1j'
# complex (-0-1j) '(-0-1j)'
# complex (1.5+2.5j) '(1.5+2.5j)'
# complex (inf+0j) '(inf+0j)'
# complex infj 'infj'
# complex (-inf-infj) '(-inf-infj)'
# complex (inf+1j) '(inf+1j)'
# complex (7+0j) '(7+0j)'
# complex (2.305843009213694e+18+1j) '(2.305843009213694e+18+1j)'
# float nan 'nan'
# complex (nan+0j) '(nan+0j)'
# complex nanj 'nanj'
# complex (inf+nanj) '(inf+nanj)'
# str '' ''
# str 'a' 'a'
# str 'abc' 'abc'
# str '1' '1'
# str "it's" "it's"
# str 'say "hi"' 'say "hi"'
# str 'é\n\x00\t' '\xe9\n\x00\t'
# str '€😀' '\u20ac\U0001f600'
# str '\\' '\\'
# bytes b'' "b''"
# bytes b'a' "b'a'"
# bytes b'\x00\xff' "b'\\x00\\xff'"
# bytes b"it's" 'b"it\'s"'
# bytes b'\\"' 'b\'\\\\"\''
# bytearray bytearray(b'') "bytearray(b'')"
# bytearray bytearray(b'a') "bytearray(b'a')"
# bytearray bytearray(b'q\'"') 'bytearray(b\'q\\\'"\')'
# tuple () '()'
# tuple (1,) '(1,)'
# tuple (1, 2.0) '(1, 2.0)'
# tuple (1, 'a') "(1, 'a')"
# tuple ((),) '((),)'
# tuple (0.0, -0.0) '(0.0, -0.0)'
# tuple (1, (2, 3)) '(1, (2, 3))'
# list [] '[]'
# list [1] '[1]'
# list [1, 2.0] '[1, 2.0]'
# list [[1]] '[[1]]'
# list ['a', None] "['a', None]"
# dict {} '{}'
# dict {1: 2} '{1: 2}'
# dict {'a': [1]} "{'a': [1]}"
# dict {1.0: 'x'} "{1.0: 'x'}"
# set set() 'set()'
# set {1} '{1}'
# frozenset frozenset() 'frozenset()'
# frozenset frozenset({1}) 'frozenset({1})'
# frozenset frozenset({1.0}) 'frozenset({1.0})'
# range range(0, 0) 'range(0, 0)'
# range range(0, 3) 'range(0, 3)'
# range range(1, 10, 2) 'range(1, 10, 2)'
# range range(0, 3) 'range(0, 3)'
# range range(0, -5) 'range(0, -5)'
# range range(0, -1) 'range(0, -1)'
# slice slice(None, 1, None) 'slice(None, 1, None)'
# slice slice(1, 2, 3) 'slice(1, 2, 3)'
# slice slice(None, None, None) 'slice(None, None, None)'
# slice slice(1.5, 'a', None) "slice(1.5, 'a', None)"
# NoneType None 'None'
# ellipsis Ellipsis 'Ellipsis'
# NotImplementedType NotImplemented 'NotImplemented'
# type <class 'int'> "<class 'int'>"
# type <class 'type'> "<class 'type'>"
# type <class 'object'> "<class 'object'>"
# type <class 'float'> "<class 'float'>"
# type <class '_walk_values.K'> "<class '_walk_values.K'>"
# builtin_function_or_method <built-in function len> '<built-in function len>'
# function <function f>
# K <K >
# memoryview memoryview(b'ab')
# memoryview memoryview(b'')
# [0, 1, -1, 7, -2, 2147483648, 2305843009213693950, 2305843009213693951, 2305843009213693952, -2305843009213693951, 4611686018427387904, 9223372036854775807, 9223372036854775808, -9223372036854775808, 18446744073709551616, 1000000000000000000000000000000, -1000000000000000000000000000000, 1606938044258990275541962092341162602522202993782792835301377, True, False, 0.0, -0.0, inf, -inf, 0.5, 0.1, 1.0, -1.0, 1.5, 7.0, 1e+16, 1e+22, 9.223372036854776e+18, 1.8446744073709552e+19, 2.305843009213694e+18, 9007199254740992.0, 1e+308, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e-320, 0j, (-0+0j), -0j, (-0-0j), (1+0j), 1j, (-0-1j), (1.5+2.5j), (inf+0j), infj, (-inf-infj), (inf+1j), (7+0j), (2.305843009213694e+18+1j), nan, (nan+0j), nanj, (inf+nanj), '', 'a', 'abc', '1', "it's", 'say "hi"', 'é\n\x00\t', '€😀', '\\', b'', b'a', b'\x00\xff', b"it's", b'\\"', bytearray(b''), bytearray(b'a'), bytearray(b'q\'"'), (), (1,), (1, 2.0), (1, 'a'), ((),), (0.0, -0.0), (1, (2, 3)), [], [1], [1, 2.0], [[1]], ['a', None], {}, {1: 2}, {'a': [1]}, {1.0: 'x'}, set(), {1}, frozenset(), frozenset({1}), frozenset({1.0}), range(0, 0), range(0, 3), range(1, 10, 2), range(0, 3), range(0, -5), range(0, -1), slice(None, 1, None), slice(1, 2, 3), slice(None, None, None), slice(1.5, 'a', None), None, Ellipsis, NotImplemented, <class 'int'>, <class 'type'>, <class 'object'>, <class 'float'>, <class '_walk_values.K'>, <built-in function len>]
# (0, 1, -1, 7, -2, 2147483648, 2305843009213693950, 2305843009213693951, 2305843009213693952, -2305843009213693951, 4611686018427387904, 9223372036854775807, 9223372036854775808, -9223372036854775808, 18446744073709551616, 1000000000000000000000000000000, -1000000000000000000000000000000, 1606938044258990275541962092341162602522202993782792835301377, True, False)
# {0: 0, 1: 1, 2: -1, 3: 7, 4: -2, 5: 2147483648, 6: 2305843009213693950, 7: 2305843009213693951, 8: 2305843009213693952, 9: -2305843009213693951, 10: 4611686018427387904, 11: 9223372036854775807, 12: 9223372036854775808, 13: -9223372036854775808, 14: 18446744073709551616, 15: 1000000000000000000000000000000, 16: -1000000000000000000000000000000, 17: 1606938044258990275541962092341162602522202993782792835301377, 18: True, 19: False, 20: 0.0, 21: -0.0, 22: inf, 23: -inf, 24: 0.5, 25: 0.1, 26: 1.0, 27: -1.0, 28: 1.5, 29: 7.0, 30: 1e+16, 31: 1e+22, 32: 9.223372036854776e+18, 33: 1.8446744073709552e+19, 34: 2.305843009213694e+18, 35: 9007199254740992.0, 36: 1e+308, 37: 5e-324, 38: -5e-324, 39: 2.2250738585072014e-308, 40: 2.225073858507201e-308, 41: 1e-320, 42: 0j, 43: (-0+0j), 44: -0j, 45: (-0-0j), 46: (1+0j), 47: 1j, 48: (-0-1j), 49: (1.5+2.5j), 50: (inf+0j), 51: infj, 52: (-inf-infj), 53: (inf+1j), 54: (7+0j), 55: (2.305843009213694e+18+1j), 56: nan, 57: (nan+0j), 58: nanj, 59: (inf+nanj), 60: '', 61: 'a', 62: 'abc', 63: '1', 64: "it's", 65: 'say "hi"', 66: 'é\n\x00\t', 67: '€😀', 68: '\\', 69: b'', 70: b'a', 71: b'\x00\xff', 72: b"it's", 73: b'\\"', 74: bytearray(b''), 75: bytearray(b'a'), 76: bytearray(b'q\'"'), 77: (), 78: (1,), 79: (1, 2.0), 80: (1, 'a'), 81: ((),), 82: (0.0, -0.0), 83: (1, (2, 3)), 84: [], 85: [1], 86: [1, 2.0], 87: [[1]], 88: ['a', None], 89: {}, 90: {1: 2}, 91: {'a': [1]}, 92: {1.0: 'x'}, 93: set(), 94: {1}, 95: frozenset(), 96: frozenset({1}), 97: frozenset({1.0}), 98: range(0, 0), 99: range(0, 3), 100: range(1, 10, 2), 101: range(0, 3), 102: range(0, -5), 103: range(0, -1), 104: slice(None, 1, None), 105: slice(1, 2, 3), 106: slice(None, None, None), 107: slice(1.5, 'a', None), 108: None, 109: Ellipsis, 110: NotImplemented, 111: <class 'int'>, 112: <class 'type'>, 113: <class 'object'>, 114: <class 'float'>, 115: <class '_walk_values.K'>, 116: <built-in function len>}
