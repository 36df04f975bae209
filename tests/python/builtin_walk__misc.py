# Odds and ends the walk met: repr and isprintable of characters at the
# edges of Unicode (controls, separators, unassigned, noncharacters),
# bytes and bytearray quoting, recursive containers, range and slice
# equality and ordering, int/float rich-comparison dunders, and the
# TypeErrors of orderings that are not defined.
import sys
chars = [0, 7, 9, 10, 13, 27, 31, 32, 34, 39, 92, 127, 128, 159, 160, 173, 255, 0x300, 0x378, 0x2028, 0x200b, 0xe000, 0xfeff, 0xfffe, 0xffff, 0x10000, 0x1f600, 0xe0001, 0x10ffff, 0x0378, 0x0530, 0x061c, 0x3000, 0x1680, 0x85, 0xad]
for c in chars:
    s = chr(c)
    print(c, repr(s), ascii(s), s.isprintable(), s.isspace(), s.isidentifier(), len(repr(s + "'")), repr(s + '"\''))
for b in [bytes(range(0, 256, 7)), b"'", b'"', b'\'"', bytearray(b"\x00'"), b'\\']:
    print(repr(b), str(b), ascii(b))
l = [1]; l.append(l); d = {}; d[1] = d; t = (l, d)
print(repr(l), repr(d), repr(t))
s = set(); print(repr(s), repr(frozenset()), repr({1}), repr(frozenset({2})), repr(set([()])))
print(range(0, 10, 3) == range(0, 12, 3), range(0) == range(5, 1), range(1, 2) == range(1, 3, 5), 5 in range(0, 10, 5), 10**30 in range(0, 10**31, 7), 3.0 in range(5), range(3)[-1], range(10)[::-2], range(-5, 5)[2:8:3])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, None) == slice(1), slice(1, 2, 3).indices(10), slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(7))
for e in ['slice(1) < slice(None)', 'slice(1, 2, 0).indices(5)', 'range(0, 5, 0)', 'range(1.5)', 'range(10**30)[10**29]', 'len(range(10**30))', 'range(3) < range(4)', '[1] < (1,)', '{1} < {1, 2}', '{1: 2} < {1: 3}', 'None < None', '1j < 2j', "b'a' < 'a'", "b'a' < bytearray(b'b')", 'memoryview(b"ab") == b"ab"', 'memoryview(b"ab") == bytearray(b"ab")', 'memoryview(b"a") < memoryview(b"b")', '(1, 2) < (1, "a")', '[1, 2] < [1]', 'frozenset({1}) == {1}', '{1: 1}.keys() == {1}', '{1: 1}.values() == {1: 1}.values()', '{1: 1}.items() == {(1, 1)}', 'hash(range(5)) == hash(range(0, 5, 1))', 'hash((1, 2)) == hash((1.0, 2 + 0j))', 'hash(frozenset({1, 2})) == hash(frozenset({2.0, 1}))', 'type(None)()', 'type(NotImplemented)()', 'type(...)()', 'repr(type(None))', 'NotImplemented == NotImplemented', 'int < int', 'print < print', 'None.__eq__(None)', 'None.__eq__(1)', '(1).__eq__(1.0)', '(1.0).__eq__(1)', '(1).__lt__("a")', "'a'.__lt__(1)", 'object() == object()', '[].__hash__']:
    try: print(e, '->', repr(eval(e)))
    except Exception as x: print(e, '->', type(x).__name__, x)
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__lt__(1, 2), float.__ge__(2.0, 10**400), (1).__ne__('a'), float.__eq__(float('nan'), float('nan')), bool.__eq__(True, 1), (5).__hash__(), (2.5).__hash__(), (10**30).__hash__())

# Output:
# 0 '\x00' '\x00' False False False 7 '\x00"\''
# 7 '\x07' '\x07' False False False 7 '\x07"\''
# 9 '\t' '\t' False True False 5 '\t"\''
# 10 '\n' '\n' False True False 5 '\n"\''
# 13 '\r' '\r' False True False 5 '\r"\''
# 27 '\x1b' '\x1b' False False False 7 '\x1b"\''
# 31 '\x1f' '\x1f' False True False 7 '\x1f"\''
# 32 ' ' ' ' True True False 4 ' "\''
# 34 '"' '"' True False False 5 '""\''
# 39 "'" "'" True False False 4 '\'"\''
# 92 '\\' '\\' True False False 5 '\\"\''
# 127 '\x7f' '\x7f' False False False 7 '\x7f"\''
# 128 '\x80' '\x80' False False False 7 '\x80"\''
# 159 '\x9f' '\x9f' False False False 7 '\x9f"\''
# 160 '\xa0' '\xa0' False True False 7 '\xa0"\''
# 173 '\xad' '\xad' False False False 7 '\xad"\''
# 255 'ÿ' '\xff' True False True 4 'ÿ"\''
# 768 '̀' '\u0300' True False False 4 '̀"\''
# 888 '\u0378' '\u0378' False False False 9 '\u0378"\''
# 8232 '\u2028' '\u2028' False True False 9 '\u2028"\''
# 8203 '\u200b' '\u200b' False False False 9 '\u200b"\''
# 57344 '\ue000' '\ue000' False False False 9 '\ue000"\''
# 65279 '\ufeff' '\ufeff' False False False 9 '\ufeff"\''
# 65534 '\ufffe' '\ufffe' False False False 9 '\ufffe"\''
# 65535 '\uffff' '\uffff' False False False 9 '\uffff"\''
# 65536 '𐀀' '\U00010000' True False True 4 '𐀀"\''
# 128512 '😀' '\U0001f600' True False False 4 '😀"\''
# 917505 '\U000e0001' '\U000e0001' False False False 13 '\U000e0001"\''
# 1114111 '\U0010ffff' '\U0010ffff' False False False 13 '\U0010ffff"\''
# 888 '\u0378' '\u0378' False False False 9 '\u0378"\''
# 1328 '\u0530' '\u0530' False False False 9 '\u0530"\''
# 1564 '\u061c' '\u061c' False False False 9 '\u061c"\''
# 12288 '\u3000' '\u3000' False True False 9 '\u3000"\''
# 5760 '\u1680' '\u1680' False True False 9 '\u1680"\''
# 133 '\x85' '\x85' False True False 7 '\x85"\''
# 173 '\xad' '\xad' False False False 7 '\xad"\''
# b'\x00\x07\x0e\x15\x1c#*18?FMT[bipw~\x85\x8c\x93\x9a\xa1\xa8\xaf\xb6\xbd\xc4\xcb\xd2\xd9\xe0\xe7\xee\xf5\xfc' b'\x00\x07\x0e\x15\x1c#*18?FMT[bipw~\x85\x8c\x93\x9a\xa1\xa8\xaf\xb6\xbd\xc4\xcb\xd2\xd9\xe0\xe7\xee\xf5\xfc' b'\x00\x07\x0e\x15\x1c#*18?FMT[bipw~\x85\x8c\x93\x9a\xa1\xa8\xaf\xb6\xbd\xc4\xcb\xd2\xd9\xe0\xe7\xee\xf5\xfc'
# b"'" b"'" b"'"
# b'"' b'"' b'"'
# b'\'"' b'\'"' b'\'"'
# bytearray(b"\x00\'") bytearray(b"\x00\'") bytearray(b"\x00\'")
# b'\\' b'\\' b'\\'
# [1, [...]] {1: {...}} ([1, [...]], {1: {...}})
# set() frozenset() {1} frozenset({2}) {()}
# True True True True False True 2 range(9, -1, -2) range(-3, 3, 3)
# True True False (1, 2, 3) (4, -1, -1) (0, 7, 3)
# slice(1) < slice(None) -> TypeError '<' not supported between instances of 'int' and 'NoneType'
# slice(1, 2, 0).indices(5) -> ValueError slice step cannot be zero
# range(0, 5, 0) -> ValueError range() arg 3 must not be zero
# range(1.5) -> TypeError 'float' object cannot be interpreted as an integer
# range(10**30)[10**29] -> 100000000000000000000000000000
# len(range(10**30)) -> OverflowError Python int too large to convert to C ssize_t
# range(3) < range(4) -> TypeError '<' not supported between instances of 'range' and 'range'
# [1] < (1,) -> TypeError '<' not supported between instances of 'list' and 'tuple'
# {1} < {1, 2} -> True
# {1: 2} < {1: 3} -> TypeError '<' not supported between instances of 'dict' and 'dict'
# None < None -> TypeError '<' not supported between instances of 'NoneType' and 'NoneType'
# 1j < 2j -> TypeError '<' not supported between instances of 'complex' and 'complex'
# b'a' < 'a' -> TypeError '<' not supported between instances of 'bytes' and 'str'
# b'a' < bytearray(b'b') -> True
# memoryview(b"ab") == b"ab" -> True
# memoryview(b"ab") == bytearray(b"ab") -> True
# memoryview(b"a") < memoryview(b"b") -> TypeError '<' not supported between instances of 'memoryview' and 'memoryview'
# (1, 2) < (1, "a") -> TypeError '<' not supported between instances of 'int' and 'str'
# [1, 2] < [1] -> False
# frozenset({1}) == {1} -> True
# {1: 1}.keys() == {1} -> True
# {1: 1}.values() == {1: 1}.values() -> False
# {1: 1}.items() == {(1, 1)} -> True
# hash(range(5)) == hash(range(0, 5, 1)) -> True
# hash((1, 2)) == hash((1.0, 2 + 0j)) -> True
# hash(frozenset({1, 2})) == hash(frozenset({2.0, 1})) -> True
# type(None)() -> None
# type(NotImplemented)() -> NotImplemented
# type(...)() -> Ellipsis
# repr(type(None)) -> "<class 'NoneType'>"
# NotImplemented == NotImplemented -> True
# int < int -> TypeError '<' not supported between instances of 'type' and 'type'
# print < print -> TypeError '<' not supported between instances of 'builtin_function_or_method' and 'builtin_function_or_method'
# None.__eq__(None) -> True
# None.__eq__(1) -> NotImplemented
# (1).__eq__(1.0) -> NotImplemented
# (1.0).__eq__(1) -> True
# (1).__lt__("a") -> NotImplemented
# 'a'.__lt__(1) -> NotImplemented
# object() == object() -> False
# [].__hash__ -> None
# NotImplemented True True False NotImplemented False True 5 1152921504606846978 465258685558744706
