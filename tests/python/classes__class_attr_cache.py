# Class attributes read on instances at one site, in loops, while the
# instance dict, the class and its bases change under the reads.


class Base:
    limit = 10
    tag = "base"


class Child(Base):
    pass


class Other:
    limit = "other"


c = Child()
seen = []
for i in range(100):
    seen.append(c.limit)
    if i == 20:
        c.limit = "own"  # the instance dict shadows the class value
    if i == 40:
        del c.limit
    if i == 60:
        Base.limit = 11  # a base class changes
    if i == 80:
        Child.limit = 12  # the class itself now holds it
print(seen[20], seen[21], seen[41], seen[61], seen[81], seen[99])


def read(o):
    return o.limit


print([read(o) for o in (c, Base(), Other(), c, Other())])

# A class value deleted under a cached read: AttributeError, then __getattr__.


class Gone:
    v = 1


g = Gone()
out = []
for i in range(100):
    try:
        out.append(g.v)
    except AttributeError as e:
        out.append(str(e))
    if i == 49:
        del Gone.v
    if i == 74:
        Gone.__getattr__ = lambda self, name: "getattr " + name
print(out[49], out[50], out[75], out[99])


# A class value that is an object, whose class gains __get__ later.
class Marker:
    pass


class Holder:
    m = Marker()


h = Holder()
kinds = []
for i in range(100):
    kinds.append(type(h.m).__name__)
    if i == 49:
        Marker.__get__ = lambda self, obj, t: 3.5
print(kinds[49], kinds[50], kinds[99])

# A class value replaced by a function (bound) and a staticmethod.


class Swap:
    x = 1


s = Swap()
res = []
for i in range(90):
    v = s.x
    res.append(v if not callable(v) else v())
    if i == 29:
        Swap.x = lambda self: ("bound", type(self).__name__)
    if i == 59:
        Swap.x = staticmethod(lambda: "static")
print(res[29], res[30], res[60])

# Exception instances keep their payload attributes.


class MyError(Exception):
    note = "class value"
    code = 5


e = MyError(1, 2)
print([(x.args, x.note, x.code) for x in (e, e)])

# Output:
# 10 own 10 11 12 12
# [12, 11, 'other', 12, 'other']
# 1 'Gone' object has no attribute 'v' getattr v getattr v
# Marker float float
# 1 ('bound', 'Swap') static
# [((1, 2), 'class value', 5), ((1, 2), 'class value', 5)]
