# pprint's API: pprint/pp to a stream, PrettyPrinter's parameters and
# their errors, recursion markers, isreadable/isrecursive/saferepr,
# collections types, subclasses, string and bytes splitting at level 1.
import collections
import io
import pprint
import re
import sys


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def noid(s):
    return re.sub(r"id=\d+", "id=N", s)


data = {"name": "sandpy", "tags": ["a", "b", "c"] * 6,
        "nested": {"z": 1, "a": (1, 2, 3), "m": {"deep": [1, [2, [3, [4]]]]}},
        "n": 12345678901234567890}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=30)
pprint.pp(data, width=50)
pprint.pprint(data, sort_dicts=False, width=60, underscore_numbers=True)
s = io.StringIO()
pprint.pprint(data, stream=s, width=20)
print(len(s.getvalue()), s.getvalue().count("\n"))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat(list(range(40)), width=30)[:40])

# recursion
a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
print(noid(pprint.pformat(a)), noid(pprint.saferepr(d)))
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive([1]))
print(pprint.isreadable({"a": [1, (2, 3)]}), pprint.isreadable(object()))
pp = pprint.PrettyPrinter()
print(pp.isrecursive(d), pp.isreadable(d), pp.isreadable([1, "x"]))
print(noid(pprint.pformat([d, d], width=10)))
r = pp.format({"a": 1}, {}, 0, 0)
print(r)
print(pprint.saferepr([1, {"b": 2, "a": (3,)}]))

# parameters
t(lambda: pprint.PrettyPrinter(indent=-1))
t(lambda: pprint.PrettyPrinter(depth=0))
t(lambda: pprint.PrettyPrinter(width=0))
t(lambda: pprint.PrettyPrinter(indent="x"))
t(lambda: pprint.pformat(1, 1, 80, None, True))
print(pprint.pformat([[1, 2], [3, [4, [5]]]], depth=2))
print(pprint.pformat({"a": {"b": {"c": 1}}}, depth=1), pprint.pformat((1, (2,)), depth=1))

# strings and bytes
long = "The quick brown fox jumps over the lazy dog. " * 4
print(pprint.pformat(long, width=30))
print(pprint.pformat([long], width=40))
print(pprint.pformat({"text": "line one\nline two\n" * 3}, width=25))
print(pprint.pformat("x" * 100, width=20))
print(pprint.pformat(bytes(range(40)), width=30))
print(pprint.pformat(bytearray(b"abcdefghij" * 5), width=25))
print(pprint.pformat([b"12345678", b"abc"], width=12))

# sets and collections
print(pprint.pformat(set(range(30)), width=30))
print(pprint.pformat(frozenset(range(10, 25)), width=20))
print(pprint.pformat(set()), pprint.pformat(frozenset()))
od = collections.OrderedDict((str(i), i) for i in range(8))
print(pprint.pformat(od, width=30))
print(pprint.pformat(collections.OrderedDict()))
dd = collections.defaultdict(list, {"x": [1] * 10, "y": [2] * 10})
print(pprint.pformat(dd, width=30))
c = collections.Counter("abracadabra" * 3)
print(pprint.pformat(c, width=20))
dq = collections.deque(range(20), maxlen=30)
print(pprint.pformat(dq, width=30))
print(pprint.pformat(collections.deque(range(20)), width=30))
cm = collections.ChainMap({"a": 1, "b": list(range(10))}, {"c": 3})
print(pprint.pformat(cm, width=30))


class MyList(list):
    pass


class Shout(list):
    def __repr__(self):
        return "SHOUT"


class MyDict(dict):
    pass


print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(Shout(range(30)), width=5))
print(pprint.pformat(MyDict(a=list(range(20))), width=30))
print(pprint.pformat(True), pprint.pformat(None), pprint.pformat(1.5),
      pprint.pformat(-10**30, underscore_numbers=True))

old = sys.stdout
sys.stdout = io.StringIO()
pprint.pprint([1, 2])
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
print(pprint.__all__)

# Output:
# {'n': 12345678901234567890,
#  'name': 'sandpy',
#  'nested': {'a': (1, 2, 3), 'm': {'deep': [1, [2, [3, [4]]]]}, 'z': 1},
#  'tags': ['a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c']}
# {   'n': 12345678901234567890,
#     'name': 'sandpy',
#     'nested': {   'a': (1, 2, 3),
#                   'm': {   'deep': [   1,
#                                        [   2,
#                                            [   3,
#                                                [   4]]]]},
#                   'z': 1},
#     'tags': [   'a',
#                 'b',
#                 'c',
#                 'a',
#                 'b',
#                 'c',
#                 'a',
#                 'b',
#                 'c',
#                 'a',
#                 'b',
#                 'c',
#                 'a',
#                 'b',
#                 'c',
#                 'a',
#                 'b',
#                 'c']}
# {'n': 12345678901234567890,
#  'name': 'sandpy',
#  'nested': {'a': (...), 'm': {...}, 'z': 1},
#  'tags': ['a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c']}
# {'n': 12345678901234567890,
#  'name': 'sandpy',
#  'nested': {'a': (1, 2, 3),
#             'm': {'deep': [1,
#                            [2,
#                             [3,
#                              [4]]]]},
#             'z': 1},
#  'tags': ['a', 'b', 'c', 'a',
#           'b', 'c', 'a', 'b',
#           'c', 'a', 'b', 'c',
#           'a', 'b', 'c', 'a',
#           'b', 'c']}
# {'name': 'sandpy',
#  'tags': ['a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c'],
#  'nested': {'z': 1,
#             'a': (1, 2, 3),
#             'm': {'deep': [1, [2, [3, [4]]]]}},
#  'n': 12345678901234567890}
# {'name': 'sandpy',
#  'tags': ['a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c',
#           'a',
#           'b',
#           'c'],
#  'nested': {'z': 1,
#             'a': (1, 2, 3),
#             'm': {'deep': [1, [2, [3, [4]]]]}},
#  'n': 12_345_678_901_234_567_890}
# 534 28
# [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
#  10, 11, 12, 13, 14, 15, 16,
#  17, 18, 19, 20, 21, 22, 23,
#  24, 25, 26, 27, 28, 29, 30,
#  31, 32, 33, 34, 35, 36, 37,
#  38, 39]
# [0,
#  1,
#  2,
#  3,
#  4,
#  5,
#  6,
#  7,
#  8,
#  9,
#
# [1, 2, <Recursion on list with id=N>] {'k': 1, 'self': <Recursion on dict with id=N>}
# True False False
# True False
# True False True
# [{'k': 1,
#   'self': <Recursion on dict with id=N>},
#  {'k': 1,
#   'self': <Recursion on dict with id=N>}]
# ("{'a': 1}", True, False)
# [1, {'a': (3,), 'b': 2}]
# ValueError indent must be >= 0
# ValueError depth must be > 0
# ValueError width must be != 0
# ValueError invalid literal for int() with base 10: 'x'
# TypeError pformat() takes from 1 to 4 positional arguments but 5 were given
# [[1, 2], [3, [...]]]
# {'a': {...}} (1, (...,))
# ('The quick brown fox jumps '
#  'over the lazy dog. The '
#  'quick brown fox jumps over '
#  'the lazy dog. The quick '
#  'brown fox jumps over the '
#  'lazy dog. The quick brown '
#  'fox jumps over the lazy '
#  'dog. ')
# ['The quick brown fox jumps over the '
#  'lazy dog. The quick brown fox jumps '
#  'over the lazy dog. The quick brown '
#  'fox jumps over the lazy dog. The '
#  'quick brown fox jumps over the lazy '
#  'dog. ']
# {'text': 'line one\n'
#          'line two\n'
#          'line one\n'
#          'line two\n'
#          'line one\n'
#          'line two\n'}
# 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
# (b'\x00\x01\x02\x03'
#  b'\x04\x05\x06\x07'
#  b'\x08\t\n\x0b\x0c\r\x0e\x0f'
#  b'\x10\x11\x12\x13'
#  b'\x14\x15\x16\x17'
#  b'\x18\x19\x1a\x1b'
#  b'\x1c\x1d\x1e\x1f !"#$%&\'')
# bytearray(b'abcdefghijab'
#           b'cdefghijabcd'
#           b'efghijabcdef'
#           b'ghijabcdefgh'
#           b'ij')
# [b'12345678',
#  b'abc']
# {0,
#  1,
#  2,
#  3,
#  4,
#  5,
#  6,
#  7,
#  8,
#  9,
#  10,
#  11,
#  12,
#  13,
#  14,
#  15,
#  16,
#  17,
#  18,
#  19,
#  20,
#  21,
#  22,
#  23,
#  24,
#  25,
#  26,
#  27,
#  28,
#  29}
# frozenset({10,
#            11,
#            12,
#            13,
#            14,
#            15,
#            16,
#            17,
#            18,
#            19,
#            20,
#            21,
#            22,
#            23,
#            24})
# set() frozenset()
# OrderedDict([('0', 0),
#              ('1', 1),
#              ('2', 2),
#              ('3', 3),
#              ('4', 4),
#              ('5', 5),
#              ('6', 6),
#              ('7', 7)])
# OrderedDict()
# defaultdict(<class 'list'>,
#             {'x': [1,
#                    1,
#                    1,
#                    1,
#                    1,
#                    1,
#                    1,
#                    1,
#                    1,
#                    1],
#              'y': [2,
#                    2,
#                    2,
#                    2,
#                    2,
#                    2,
#                    2,
#                    2,
#                    2,
#                    2]})
# Counter({'a': 15,
#          'b': 6,
#          'r': 6,
#          'c': 3,
#          'd': 3})
# deque([0,
#        1,
#        2,
#        3,
#        4,
#        5,
#        6,
#        7,
#        8,
#        9,
#        10,
#        11,
#        12,
#        13,
#        14,
#        15,
#        16,
#        17,
#        18,
#        19],
#       maxlen=30)
# deque([0,
#        1,
#        2,
#        3,
#        4,
#        5,
#        6,
#        7,
#        8,
#        9,
#        10,
#        11,
#        12,
#        13,
#        14,
#        15,
#        16,
#        17,
#        18,
#        19])
# ChainMap({'a': 1,
#           'b': [0,
#                 1,
#                 2,
#                 3,
#                 4,
#                 5,
#                 6,
#                 7,
#                 8,
#                 9]},
#          {'c': 3})
# [0,
#  1,
#  2,
#  3,
#  4,
#  5,
#  6,
#  7,
#  8,
#  9,
#  10,
#  11,
#  12,
#  13,
#  14,
#  15,
#  16,
#  17,
#  18,
#  19,
#  20,
#  21,
#  22,
#  23,
#  24,
#  25,
#  26,
#  27,
#  28,
#  29]
# SHOUT
# {'a': [0,
#        1,
#        2,
#        3,
#        4,
#        5,
#        6,
#        7,
#        8,
#        9,
#        10,
#        11,
#        12,
#        13,
#        14,
#        15,
#        16,
#        17,
#        18,
#        19]}
# True None 1.5 -1_000_000_000_000_000_000_000_000_000_000
# '[1, 2]\n'
# ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']
