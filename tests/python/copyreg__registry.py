# copyreg: the reduction registry that copy (and pickle) consult, the
# extension-code registry, and the helpers object.__reduce_ex__ uses.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


made = []


def make_point(x, y):
    made.append((x, y))
    return Point(x, y)


def reduce_point(p):
    return make_point, (p.x, p.y)


print(sorted(copyreg.__all__))
print(Point in copyreg.dispatch_table)
copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
p = copy.copy(Point(1, 2))
q = copy.deepcopy([Point(3, [4])])
print(p, q, made)
copyreg.pickle(Point, reduce_point, make_point)
for bad in [(Point, 42), (Point, reduce_point, 'nope')]:
    try:
        copyreg.pickle(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    copyreg.constructor(3)
except TypeError as e:
    print('TypeError:', e)
print(copyreg.constructor(len))
del copyreg.dispatch_table[Point]
made.clear()
print(copy.copy(Point(5, 6)), made)

# Extension codes.
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in [('mod', 'name', 241), ('mod', 'other', 240), ('mod', 'x', 0),
             ('mod', 'x', 0x80000000), ('mod', 'x', -1)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    copyreg.remove_extension('mod', 'name', 241)
except ValueError as e:
    print('ValueError:', e)
copyreg._extension_cache[240] = 'cached'
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
copyreg.remove_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry)

# The helpers of object's default reduction.
class Slotted:
    __slots__ = ('a', '__b', '__dict__', '__weakref__')


class Sub(Slotted):
    __slots__ = ('c',)


print(copyreg._slotnames(Sub), Sub.__slotnames__, copyreg._slotnames(Point))
class Kw:
    def __new__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        obj.got = (args, kwargs)
        return obj


print(copyreg.__newobj__(Point, ).__class__.__name__, copyreg.__newobj_ex__(Kw, (1,), {'a': 1}).got)
r = copyreg._reconstructor(Point, object, None)
print(type(r).__name__, r.__dict__)


class MyInt(int):
    pass


print(repr(copyreg._reconstructor(MyInt, int, 7)), type(copyreg._reconstructor(MyInt, int, 7)).__name__)
print(Point(1, 2).__reduce_ex__(2)[0] is copyreg.__newobj__, Point(1, 2).__reduce_ex__(2)[1:3])
red = Point(1, 2).__reduce_ex__(1)
print(red[0] is copyreg._reconstructor, red[1], red[2])
print(copyreg._reduce_ex(Point(1, 2), 1)[1:], MyInt(4).__reduce_ex__(1)[1])


# Output:
# ['add_extension', 'clear_extension_cache', 'constructor', 'pickle', 'remove_extension']
# False
# True
# Point(1, 2) [Point(3, [4])] [(1, 2), (3, [4])]
# TypeError: reduction functions must be callable
# TypeError: constructors must be callable
# TypeError: constructors must be callable
# None
# Point(5, 6) []
# {} {} {}
# {('mod', 'name'): 240} {240: ('mod', 'name')}
# ValueError: key ('mod', 'name') is already registered with code 240
# ValueError: code 240 is already in use for key ('mod', 'name')
# ValueError: code out of range
# ValueError: code out of range
# ValueError: code out of range
# ValueError: key ('mod', 'name') is not registered with code 241
# {}
# {} {}
# ['c', 'a', '_Slotted__b'] ['c', 'a', '_Slotted__b'] []
# Point ((1,), {'a': 1})
# Point {}
# 7 MyInt
# True ((<class '__main__.Point'>,), {'x': 1, 'y': 2})
# True (<class '__main__.Point'>, <class 'object'>, None) {'x': 1, 'y': 2}
# ((<class '__main__.Point'>, <class 'object'>, None), {'x': 1, 'y': 2}) (<class '__main__.MyInt'>, <class 'int'>, 4)
