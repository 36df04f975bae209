# weakref.proxy: forwards attributes, operators and calls; ReferenceError
# once the referent is gone; callbacks get the proxy.
import weakref


class V:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.x)

    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x

    def __lt__(self, o):
        return self.x < o.x

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * self.x

    def __iter__(self):
        return iter(range(self.x))

    def __str__(self):
        return "V%d" % self.x

    def __bool__(self):
        return self.x != 0

    def __call__(self, y):
        return self.x + y


v = V(3)
log = []
p = weakref.proxy(v, lambda pr: log.append(type(pr).__name__))
print(type(p).__name__, type(p) is weakref.CallableProxyType)
print(p.x, p.double(), (p + 1).x, (1 + p).x, len(p), p[4], list(p), str(p))
print(p == V(3), p == v, p < V(5), bool(p), p(10), 2 in p)
p.y = 7
print(v.y, hasattr(p, "y"))
del p.y
print(hasattr(v, "y"), p.__class__ is V)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(v), weakref.getweakrefs(v)[0] is p)
q = weakref.proxy(v)
print(q is weakref.proxy(v), q is not p, weakref.getweakrefcount(v))


class Plain:
    n = 5


pl = Plain()
pp = weakref.proxy(pl)
print(type(pp).__name__, isinstance(pp, weakref.ProxyTypes), pp.n)
print(repr(pp).startswith("<weakproxy at 0x"), " to Plain at 0x" in repr(pp))
del v
print(log)
for op in [lambda: p.x, lambda: str(p), lambda: p + 1, lambda: len(q), lambda: p(1)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(" to NoneType at " in repr(p))

n = [1, 2, 3]
try:
    weakref.proxy(n)
except TypeError as e:
    print("TypeError:", e)

s = {1, 2}
ps = weakref.proxy(s)
ps.add(3)
print(sorted(s), len(ps), 3 in ps, ps | {9} == {1, 2, 3, 9})
ps |= {4}
print(sorted(s), type(ps).__name__)

# Output:
# CallableProxyType True
# 3 6 4 4 3 12 [0, 1, 2] V3
# True True True True 13 True
# 7 True
# False True
# TypeError: unhashable type: 'weakref.CallableProxyType'
# 1 True
# True True 2
# ProxyType True 5
# True True
# ['CallableProxyType']
# ReferenceError: weakly-referenced object no longer exists
# ReferenceError: weakly-referenced object no longer exists
# ReferenceError: weakly-referenced object no longer exists
# ReferenceError: weakly-referenced object no longer exists
# ReferenceError: weakly-referenced object no longer exists
# True
# TypeError: cannot create weak reference to 'list' object
# [1, 2, 3] 3 True True
# [1, 2, 3, 4] set
