# copy.copy: builtins, immutables returned as-is, __copy__, reductions.
import copy
import copyreg


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


lst = [1, [2]]
c = copy.copy(lst)
print(c, c is lst, c[1] is lst[1])
d = {"a": [1]}
c = copy.copy(d)
print(c, c is d, c["a"] is d["a"])
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba)
for v in [None, 1, 2.5, True, 1j, "s", b"b", (1, [2]), frozenset([1]), range(3), len, int,
          Ellipsis, NotImplemented, slice(1, 2), property()]:
    print(type(v).__name__, copy.copy(v) is v)


def func():
    pass


class K:
    pass


print(copy.copy(func) is func, copy.copy(K) is K, copy.copy(copy) is copy if False else "")


# __copy__ wins
class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return WithCopy(self.v + 1)


print(copy.copy(WithCopy(1)).v)


# plain instances: a new object sharing the attribute values
class Plain:
    def __init__(self):
        self.items = [1]
        self.name = "p"


p = Plain()
q = copy.copy(p)
print(type(q).__name__, q is p, q.items is p.items, q.__dict__ == p.__dict__)


# __getstate__ / __setstate__
class State:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v, "extra": "x"}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


r = copy.copy(State())
print(sorted(vars(r).items()))


# __reduce__ / __reduce_ex__ tuples of every length
class Red2:
    def __reduce__(self):
        return (Red2, ())


class Red3:
    def __init__(self, x=0):
        self.x = x

    def __reduce__(self):
        return (Red3, (5,), {"y": 6})


class RedList(list):
    def __reduce_ex__(self, proto):
        return (RedList, (), None, iter(self))


class RedDict(dict):
    def __reduce_ex__(self, proto):
        return (RedDict, (), {"tag": 1}, None, iter(self.items()))


class RedStr:
    def __reduce__(self):
        return "some_global"


print(type(copy.copy(Red2())).__name__)
r3 = copy.copy(Red3())
print(r3.x, r3.y)
rl = copy.copy(RedList([1, 2]))
print(type(rl).__name__, rl)
rd = copy.copy(RedDict(a=1))
print(type(rd).__name__, rd, rd.tag)
rs = RedStr()
print(copy.copy(rs) is rs)


# copyreg.pickle registration
class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda o: (Registered, (o.v * 10,)))
print(copy.copy(Registered(2)).v)
attempt("not callable reducer", lambda: copyreg.pickle(Registered, 5))


# slots
class Slotted:
    __slots__ = ("a", "b")


sl = Slotted()
sl.a = [1]
sc = copy.copy(sl)
print(sc.a is sl.a, hasattr(sc, "b"), sl.__getstate__())


class Both:
    __slots__ = ("a", "__dict__")


bo = Both()
bo.a = 1
bo.z = 2
print(bo.__getstate__(), copy.copy(bo).a, copy.copy(bo).z)


# subclasses of builtins keep their type and attributes
class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


ll = L([1])
ll.attr = "x"
cl = copy.copy(ll)
print(type(cl).__name__, cl, cl.attr)
dd = D(k=1)
print(type(copy.copy(dd)).__name__, copy.copy(dd))
tt = T((1, 2))
print(type(copy.copy(tt)).__name__, copy.copy(tt), copy.copy(tt) is tt)

# objects that cannot be copied
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


attempt("uncopyable", lambda: copy.copy(NoReduce()))

# object's reduction protocol
print(object().__reduce_ex__(2)[1], Plain().__reduce_ex__(2)[0].__name__, Plain().__reduce_ex__(4)[1][0].__name__)
print(Plain().__reduce_ex__(2)[2], Plain().__reduce_ex__(2)[3:], object().__getstate__(), Plain().__getstate__())
print(L([1]).__reduce_ex__(2)[1:3], list(L([1]).__reduce_ex__(2)[3]))
print(Plain().__reduce__()[0].__name__, Plain().__reduce__()[1][1:], Plain().__reduce_ex__(1)[1][1:])
attempt("reduce_ex no arg", lambda: object().__reduce_ex__())


class NewArgs(int):
    def __new__(cls, v, extra):
        self = int.__new__(cls, v)
        self.extra = extra
        return self

    def __getnewargs__(self):
        return (int(self), self.extra)


na = copy.copy(NewArgs(5, "e"))
print(na, na.extra, type(na).__name__)


class NewArgsEx:
    def __new__(cls, *, key):
        self = object.__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return ((), {"key": self.key})


print(copy.copy(NewArgsEx(key=3)).key, NewArgsEx(key=1).__reduce_ex__(4)[0].__name__)

# Output:
# [1, [2]] False True
# {'a': [1]} False True
# True False
# bytearray(b'xy') False
# NoneType True
# int True
# float True
# bool True
# complex True
# str True
# bytes True
# tuple True
# frozenset True
# range True
# builtin_function_or_method True
# type True
# ellipsis True
# NotImplementedType True
# slice True
# property True
# True True 
# 2
# Plain False True True
# [('extra', 'x'), ('restored', True), ('v', 1)]
# Red2
# 5 6
# RedList [1, 2]
# RedDict {'a': 1} 1
# True
# 20
# not callable reducer TypeError reduction functions must be callable
# True False (None, {'a': [1]})
# ({'z': 2}, {'a': 1}) 1 2
# L [1] x
# D {'k': 1}
# T (1, 2) False
# True True ['Error', 'copy', 'deepcopy']
# uncopyable Error un(shallow)copyable object of type <class '__main__.NoReduce'>
# (<class 'object'>,) __newobj__ Plain
# {'items': [1], 'name': 'p'} (None, None) None {'items': [1], 'name': 'p'}
# ((<class '__main__.L'>,), None) [1]
# _reconstructor (<class 'object'>, None) (<class 'object'>, None)
# reduce_ex no arg TypeError object.__reduce_ex__() takes exactly one argument (0 given)
# 5 e NewArgs
# 3 __newobj_ex__
