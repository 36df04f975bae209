# Non-data descriptors (__get__ only) on user classes.


class Const:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        who = "class" if obj is None else type(obj).__name__
        return (self.value, who, objtype.__name__)


class A:
    c = Const(1)


a = A()
print(a.c)
print(A.c)
# The instance dict beats a non-data descriptor.
a.c = "mine"
print(a.c, vars(a))
del a.c
print(a.c)
# getattr on the class and through super().


class B(A):
    def show(self):
        return super().c


print(getattr(A, "c"), B().show(), B.c)


# A method-like descriptor: obj.m(...) calls what __get__ returns.
class Bind:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args):
            return self.f(obj, *args)
        return bound


class Greeter:
    def __init__(self, name):
        self.name = name

    @Bind
    def hello(self, other):
        return f"{self.name} greets {other}"


g = Greeter("ann")
print(g.hello("bob"))
for who in ["cy", "di"]:
    print(g.hello(who))
print(type(Greeter.hello).__name__)
m = g.hello
print(m("ed"))

# Cache invalidation: a descriptor added to the class after the attribute
# was read (and cached) in a loop, then a non-data one that the instance
# dict shadows, then a data one that beats it.


class Plain:
    pass


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Data:
    def __get__(self, obj, objtype=None):
        return "data"

    def __set__(self, obj, value):
        obj.__dict__["x"] = ("via set", value)


o = Plain()
o.x = 1
seen = []
for i in range(100):
    seen.append(o.x)
    if i == 40:
        Plain.x = NonData()
    if i == 60:
        Plain.x = Data()
    if i == 80:
        del Plain.x
print(seen[0], seen[41], seen[61], seen[81], seen[99])
print([seen.count(v) for v in (1, "data")])

# Class attribute reads cached in a loop, then a descriptor replaces it.


class K:
    y = 5


k = K()
out = []
for i in range(100):
    out.append(k.y)
    if i == 49:
        K.y = NonData()
print(out[49], out[50], out[99])

# Stores cached in a loop, then a data descriptor takes over.


class S:
    pass


s = S()
for i in range(100):
    s.z = i
    if i == 49:
        S.z = Data()
print(s.z, s.__dict__["z"])

# Method calls cached in a loop, then the method is replaced by a descriptor.


class M:
    def f(self):
        return "method"


mo = M()
res = []
for i in range(100):
    res.append(mo.f())
    if i == 49:
        M.f = Bind(lambda self: "descr")
print(res[49], res[50], res[99])

# __get__ added to the descriptor's own class later.


class Late:
    pass


class UsesLate:
    attr = Late()


u = UsesLate()
kinds = []
for i in range(100):
    kinds.append(type(u.attr).__name__)
    if i == 49:
        Late.__get__ = lambda self, obj, t: "late get"
print(kinds[49], kinds[50], kinds[99])

# Special lookups go through the descriptor's type, not its instance dict.


class NotADescr:
    pass


nd = NotADescr()
nd.__get__ = lambda *a: "from instance dict"


class HasNd:
    a = nd


print(HasNd().a is nd, HasNd.a is nd)

# Output:
# (1, 'A', 'A')
# (1, 'class', 'A')
# mine {'c': 'mine'}
# (1, 'A', 'A')
# (1, 'class', 'A') (1, 'B', 'B') (1, 'class', 'B')
# ann greets bob
# ann greets cy
# ann greets di
# Bind
# ann greets ed
# 1 1 data 1 1
# [80, 20]
# 5 nondata nondata
# data 49
# method descr descr
# Late str str
# True True
