# pprint lays out dataclass instances (with their generated repr) and
# SimpleNamespace objects field by field when they do not fit the width.
import pprint
from dataclasses import dataclass, field
from types import SimpleNamespace


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list
    hidden: str = field(default='secret', repr=False)
    parent: object = None


@dataclass
class Custom:
    values: list

    def __repr__(self):
        return 'Custom(%d values)' % len(self.values)


@dataclass(repr=False)
class NoRepr:
    values: list


class SubShape(Shape):
    pass


class NS(SimpleNamespace):
    pass


s = Shape('triangle' * 3, [Point(i, i * i) for i in range(6)])
pprint.pprint(s)
pprint.pprint(s, width=40)
pprint.pprint(s, depth=1)
pprint.pprint([s, s], depth=2, width=60)
pprint.pprint(Point(1, 2), width=5)
pprint.pprint(SubShape('sub', list(range(30)), parent=Point(0, 0)))
pprint.pprint(Custom(list(range(40))))
r = pprint.pformat(NoRepr(list(range(40))), width=20)
print(r.startswith('<__main__.NoRepr object at'), '\n' in r)
loop = Shape('loop', list(range(25)))
loop.parent = loop
pprint.pprint(loop)
print(repr(loop))
pprint.pprint({'shape': Shape('square', [Point(0, 0), Point(0, 1), Point(1, 1), Point(1, 0)])},
              width=50)
pprint.pprint(Shape, width=5)

ns = SimpleNamespace(alpha=list(range(20)), beta='text ' * 12, gamma=SimpleNamespace(a=1))
pprint.pprint(ns)
pprint.pprint(ns, width=30, compact=True)
pprint.pprint(NS(first=1, second='x' * 80))
ns.self = ns
pprint.pprint(ns, width=40)
pprint.pprint(SimpleNamespace(), width=1)
print(pprint.pformat([SimpleNamespace(k=list(range(12)))], width=30, indent=3))

mp = __import__('types').MappingProxyType({'key%d' % i: list(range(i)) for i in range(8)})
pprint.pprint(mp, width=40)
pprint.pprint({'proxy': mp}, depth=1)

# Output:
# Shape(name='triangletriangletriangle',
#       points=[Point(x=0, y=0),
#               Point(x=1, y=1),
#               Point(x=2, y=4),
#               Point(x=3, y=9),
#               Point(x=4, y=16),
#               Point(x=5, y=25)],
#       parent=None)
# Shape(name='triangletriangletriangle',
#       points=[Point(x=0, y=0),
#               Point(x=1, y=1),
#               Point(x=2, y=4),
#               Point(x=3, y=9),
#               Point(x=4, y=16),
#               Point(x=5, y=25)],
#       parent=None)
# Shape(name='triangletriangletriangle',
#       points=[...],
#       parent=None)
# [Shape(name='triangletriangletriangle',
#        points=[...],
#        parent=None),
#  Shape(name='triangletriangletriangle',
#        points=[...],
#        parent=None)]
# Point(x=1,
#       y=2)
# SubShape(name='sub',
#          points=[0,
#                  1,
#                  2,
#                  3,
#                  4,
#                  5,
#                  6,
#                  7,
#                  8,
#                  9,
#                  10,
#                  11,
#                  12,
#                  13,
#                  14,
#                  15,
#                  16,
#                  17,
#                  18,
#                  19,
#                  20,
#                  21,
#                  22,
#                  23,
#                  24,
#                  25,
#                  26,
#                  27,
#                  28,
#                  29],
#          parent=Point(x=0, y=0))
# Custom(40 values)
# True False
# Shape(name='loop',
#       points=[0,
#               1,
#               2,
#               3,
#               4,
#               5,
#               6,
#               7,
#               8,
#               9,
#               10,
#               11,
#               12,
#               13,
#               14,
#               15,
#               16,
#               17,
#               18,
#               19,
#               20,
#               21,
#               22,
#               23,
#               24],
#       parent=...)
# Shape(name='loop', points=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], parent=...)
# {'shape': Shape(name='square',
#                 points=[Point(x=0, y=0),
#                         Point(x=0, y=1),
#                         Point(x=1, y=1),
#                         Point(x=1, y=0)],
#                 parent=None)}
# <class '__main__.Shape'>
# namespace(alpha=[0,
#                  1,
#                  2,
#                  3,
#                  4,
#                  5,
#                  6,
#                  7,
#                  8,
#                  9,
#                  10,
#                  11,
#                  12,
#                  13,
#                  14,
#                  15,
#                  16,
#                  17,
#                  18,
#                  19],
#           beta='text text text text text text text text text text text text ',
#           gamma=namespace(a=1))
# namespace(alpha=[0, 1, 2, 3,
#                  4, 5, 6, 7,
#                  8, 9, 10, 11,
#                  12, 13, 14,
#                  15, 16, 17,
#                  18, 19],
#           beta='text text '
#                'text text '
#                'text text '
#                'text text '
#                'text text '
#                'text text ',
#           gamma=namespace(a=1))
# NS(first=1,
#    second='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
# namespace(alpha=[0,
#                  1,
#                  2,
#                  3,
#                  4,
#                  5,
#                  6,
#                  7,
#                  8,
#                  9,
#                  10,
#                  11,
#                  12,
#                  13,
#                  14,
#                  15,
#                  16,
#                  17,
#                  18,
#                  19],
#           beta='text text text text '
#                'text text text text '
#                'text text text text ',
#           gamma=namespace(a=1),
#           self=...)
# namespace()
# [  namespace(k=[  0,
#                   1,
#                   2,
#                   3,
#                   4,
#                   5,
#                   6,
#                   7,
#                   8,
#                   9,
#                   10,
#                   11])]
# mappingproxy({'key0': [],
#               'key1': [0],
#               'key2': [0, 1],
#               'key3': [0, 1, 2],
#               'key4': [0, 1, 2, 3],
#               'key5': [0, 1, 2, 3, 4],
#               'key6': [0,
#                        1,
#                        2,
#                        3,
#                        4,
#                        5],
#               'key7': [0,
#                        1,
#                        2,
#                        3,
#                        4,
#                        5,
#                        6]})
# {'proxy': mappingproxy({...})}
