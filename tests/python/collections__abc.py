# collections.abc: every ABC against the builtins, the one-method hooks,
# the mixin methods of Set, Mapping, MutableMapping, Sequence and
# MutableSequence, and the abstract-method errors.
import collections.abc as cabc
from collections.abc import (
    Callable, Container, Hashable, ItemsView, Iterable, Iterator, KeysView,
    Mapping, MutableMapping, MutableSequence, MutableSet, Sequence, Set, Sized,
    ValuesView,
)
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList, UserString


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


co = coro()
samples = [
    ("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
    ("dict", {}), ("set", set()), ("frozenset", frozenset()), ("range", range(1)),
    ("int", 1), ("float", 1.0), ("None", None), ("keys", {}.keys()), ("values", {}.values()),
    ("items", {}.items()), ("list_iter", iter([])), ("gen", gen()), ("coro", co), ("agen", agen()),
    ("func", len), ("lambda", lambda: 0), ("type", int), ("deque", deque()),
    ("OrderedDict", OrderedDict()), ("Counter", Counter()), ("defaultdict", defaultdict()),
    ("ChainMap", ChainMap()), ("UserDict", UserDict()), ("UserList", UserList()),
    ("UserString", UserString("")), ("memoryview", memoryview(b"")), ("zip", zip()),
    ("enumerate", enumerate([])), ("reversed", reversed([])), ("map", map(len, [])),
]
for name in cabc.__all__:
    abc_cls = getattr(cabc, name)
    yes = [label for label, value in samples if isinstance(value, abc_cls)]
    print(name, yes)
co.close()
print(len(cabc.__all__), Sequence.__module__, repr(MutableMapping))


# one-method ABCs recognise classes by their methods
class OnlyLen:
    def __len__(self):
        return 3


class OnlyIter:
    def __iter__(self):
        return iter(())


class Itr:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class Calls:
    def __call__(self):
        return 1


print(issubclass(OnlyLen, Sized), issubclass(OnlyLen, Iterable), issubclass(OnlyIter, Iterable))
print(issubclass(Itr, Iterator), issubclass(OnlyIter, Iterator), issubclass(NoHash, Hashable), issubclass(OnlyLen, Hashable))
print(isinstance(Calls(), Callable), isinstance(OnlyLen(), Callable), issubclass(OnlyLen, Container))
print(isinstance(Mapping, Callable), callable(Mapping))


# Set mixins
class LSet(Set):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            if i not in self.items:
                self.items.append(i)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "LSet(%r)" % sorted(self.items)


a, b = LSet([1, 2, 3]), LSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a == LSet([3, 2, 1]), a != b)
print(a <= b, a < LSet([1, 2, 3, 4]), a >= LSet([1]), a > a, a.isdisjoint([7]), a.isdisjoint(b))
print(a & [1, 9], [1, 9] & a if False else "", a | {5}, {5} | a, [5, 1] - a if False else "", a.__rsub__([1, 9]))
print(a == {1, 2, 3}, {1, 2, 3} == a, a._hash() == frozenset([1, 2, 3]).__hash__() or a._hash() == hash(frozenset([1, 2, 3])))
print(LSet()._hash() == hash(frozenset()), isinstance(a, Hashable))
attempt("set abstract", Set)


# MutableSet mixins
class LMSet(LSet, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


m = LMSet([1, 2])
m |= [3]
print(m)
m &= [2, 3, 4]
print(m)
m ^= [3, 9]
print(m)
m -= [9]
print(m, m.pop(), m)
attempt("remove missing", lambda: m.remove(42))
m.clear()
attempt("pop empty", m.pop)
m2 = LMSet([1])
m2 ^= m2
m3 = LMSet([1])
m3 -= m3
print(m2, m3)
attempt("mutableset abstract", MutableSet)


# Mapping / MutableMapping mixins
class DictLike(MutableMapping):
    def __init__(self):
        self.store = {}

    def __getitem__(self, k):
        return self.store[k]

    def __setitem__(self, k, v):
        self.store[k] = v

    def __delitem__(self, k):
        del self.store[k]

    def __iter__(self):
        return iter(self.store)

    def __len__(self):
        return len(self.store)


dl = DictLike()
dl.update({"a": 1}, b=2)
dl.update([("c", 3)])
dl.update(DictLike())
print(dl.get("a"), dl.get("z", 0), "a" in dl, "z" in dl, sorted(dl.keys()), sorted(dl.values()), sorted(dl.items()))
print(type(dl.keys()).__name__, type(dl.items()).__name__, len(dl.values()), ("a", 1) in dl.items(), ("a", 2) in dl.items(), 2 in dl.values())
print(dl == {"a": 1, "b": 2, "c": 3}, dl != {}, dl.setdefault("d", 4), dl.setdefault("a", 9), dl.pop("d"), dl.pop("zz", "none"))
attempt("pop missing", lambda: dl.pop("zz"))
print(dl.popitem(), len(dl))
print(dl.keys() & {"b", "q"}, dl.keys() | {"q"} == {"b", "c", "q"}, dl.items() - {("b", 2)}, dl.keys() == {"b", "c"})
dl.clear()
attempt("popitem empty", dl.popitem)
attempt("reversed mapping", lambda: reversed(dl))
attempt("mapping abstract", Mapping)
attempt("mutablemapping abstract", MutableMapping)


# Sequence / MutableSequence mixins
class Seq(MutableSequence):
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


s = Seq("abcab")
print(list(s), list(reversed(s)), "c" in s, "z" in s, s.index("b"), s.index("a", 1), s.index("b", -2), s.count("a"))
attempt("index missing", lambda: s.index("z"))
attempt("index stop", lambda: s.index("c", 0, 2))
s.append("x")
s.extend("yz")
s.extend(s)
print(s.data)
s.reverse()
print(s.data, s.pop(), s.pop(0), s.data)
s.remove("a")
s += ["END"]
print(s.data)
s.clear()
print(s.data)
attempt("pop empty", s.pop)
attempt("remove missing", lambda: s.remove("q"))
attempt("sequence abstract", Sequence)
attempt("mutablesequence abstract", MutableSequence)


# views over any mapping
kv = KeysView({"x": 1, "y": 2})
iv = ItemsView({"x": 1})
vv = ValuesView({"x": 1})
print(sorted(kv), list(iv), list(vv), len(kv), repr(kv), repr(iv), repr(vv), "x" in kv, ("x", 1) in iv, 1 in vv)
print(kv & {"x"}, kv - {"x"}, kv == {"x", "y"}, isinstance(kv, Set), isinstance(vv, Set))


# abstract methods listed in the error
class HalfSeq(Sequence):
    pass


attempt("halfseq", HalfSeq)
print(sorted(MutableMapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(cabc.Generator.__abstractmethods__), sorted(cabc.AsyncGenerator.__abstractmethods__))
print(sorted(cabc.Coroutine.__abstractmethods__), sorted(cabc.Set.__abstractmethods__))


# Iterator / Generator mixins
class Count(cabc.Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


print(list(Count()), iter(Count()) is not None, Count().close())


class Once(Iterator):
    def __next__(self):
        raise StopIteration


o = Once()
print(iter(o) is o, list(o))

# Output:
# Awaitable ['coro']
# Coroutine ['coro']
# AsyncIterable ['agen']
# AsyncIterator ['agen']
# AsyncGenerator ['agen']
# Hashable ['tuple', 'str', 'bytes', 'frozenset', 'range', 'int', 'float', 'None', 'values', 'list_iter', 'gen', 'coro', 'agen', 'func', 'lambda', 'type', 'UserString', 'memoryview', 'zip', 'enumerate', 'reversed', 'map']
# Iterable ['list', 'tuple', 'str', 'bytes', 'bytearray', 'dict', 'set', 'frozenset', 'range', 'keys', 'values', 'items', 'list_iter', 'gen', 'deque', 'OrderedDict', 'Counter', 'defaultdict', 'ChainMap', 'UserDict', 'UserList', 'UserString', 'memoryview', 'zip', 'enumerate', 'reversed', 'map']
# Iterator ['list_iter', 'gen', 'zip', 'enumerate', 'reversed', 'map']
# Generator ['gen']
# Reversible ['list', 'tuple', 'str', 'bytes', 'bytearray', 'dict', 'range', 'keys', 'values', 'items', 'deque', 'OrderedDict', 'Counter', 'defaultdict', 'UserList', 'UserString', 'memoryview']
# Sized ['list', 'tuple', 'str', 'bytes', 'bytearray', 'dict', 'set', 'frozenset', 'range', 'keys', 'values', 'items', 'deque', 'OrderedDict', 'Counter', 'defaultdict', 'ChainMap', 'UserDict', 'UserList', 'UserString', 'memoryview']
# Container ['list', 'tuple', 'str', 'bytes', 'bytearray', 'dict', 'set', 'frozenset', 'range', 'keys', 'values', 'items', 'deque', 'OrderedDict', 'Counter', 'defaultdict', 'ChainMap', 'UserDict', 'UserList', 'UserString', 'memoryview']
# Callable ['func', 'lambda', 'type']
# Collection ['list', 'tuple', 'str', 'bytes', 'bytearray', 'dict', 'set', 'frozenset', 'range', 'keys', 'values', 'items', 'deque', 'OrderedDict', 'Counter', 'defaultdict', 'ChainMap', 'UserDict', 'UserList', 'UserString', 'memoryview']
# Set ['set', 'frozenset', 'keys', 'items']
# MutableSet ['set']
# Mapping ['dict', 'OrderedDict', 'Counter', 'defaultdict', 'ChainMap', 'UserDict']
# MutableMapping ['dict', 'OrderedDict', 'Counter', 'defaultdict', 'ChainMap', 'UserDict']
# MappingView ['keys', 'values', 'items']
# KeysView ['keys']
# ItemsView ['items']
# ValuesView ['values']
# Sequence ['list', 'tuple', 'str', 'bytes', 'bytearray', 'range', 'deque', 'UserList', 'UserString', 'memoryview']
# MutableSequence ['list', 'bytearray', 'deque', 'UserList']
# ByteString ['bytes', 'bytearray']
# 25 collections.abc <class 'collections.abc.MutableMapping'>
# True False True
# True False False True
# True False False
# True True
# LSet([2, 3]) LSet([1, 2, 3, 4]) LSet([1]) LSet([4]) LSet([1, 4]) True True
# False True True False True False
# LSet([1])  LSet([1, 2, 3, 5]) LSet([1, 2, 3, 5])  LSet([9])
# True True True
# True False
# set abstract TypeError Can't instantiate abstract class Set with abstract methods __contains__, __iter__, __len__
# LSet([1, 2, 3])
# LSet([2, 3])
# LSet([2, 9])
# LSet([]) 2 LSet([])
# remove missing KeyError 42
# pop empty KeyError 
# LSet([]) LSet([])
# mutableset abstract TypeError Can't instantiate abstract class MutableSet with abstract methods __contains__, __iter__, __len__, add, discard
# 1 0 True False ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
# KeysView ItemsView 3 True False True
# True True 4 1 4 none
# pop missing KeyError 'zz'
# ('a', 1) 2
# {'b'} True {('c', 3)} True
# popitem empty KeyError 
# reversed mapping TypeError 'DictLike' object is not reversible
# mapping abstract TypeError Can't instantiate abstract class Mapping with abstract methods __getitem__, __iter__, __len__
# mutablemapping abstract TypeError Can't instantiate abstract class MutableMapping with abstract methods __delitem__, __getitem__, __iter__, __len__, __setitem__
# ['a', 'b', 'c', 'a', 'b'] ['b', 'a', 'c', 'b', 'a'] True False 1 3 4 2
# index missing ValueError 
# index stop ValueError 
# ['a', 'b', 'c', 'a', 'b', 'x', 'y', 'z', 'a', 'b', 'c', 'a', 'b', 'x', 'y', 'z']
# ['y', 'x', 'b', 'a', 'c', 'b', 'a', 'z', 'y', 'x', 'b', 'a', 'c', 'b'] a z ['y', 'x', 'b', 'a', 'c', 'b', 'a', 'z', 'y', 'x', 'b', 'a', 'c', 'b']
# ['y', 'x', 'b', 'c', 'b', 'a', 'z', 'y', 'x', 'b', 'a', 'c', 'b', 'END']
# []
# pop empty IndexError list index out of range
# remove missing ValueError 
# sequence abstract TypeError Can't instantiate abstract class Sequence with abstract methods __getitem__, __len__
# mutablesequence abstract TypeError Can't instantiate abstract class MutableSequence with abstract methods __delitem__, __getitem__, __len__, __setitem__, insert
# ['x', 'y'] [('x', 1)] [1] 2 KeysView({'x': 1, 'y': 2}) ItemsView({'x': 1}) ValuesView({'x': 1}) True True True
# {'x'} {'y'} True True False
# halfseq TypeError Can't instantiate abstract class HalfSeq with abstract methods __getitem__, __len__
# ['__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__'] ['__delitem__', '__getitem__', '__len__', '__setitem__', 'insert']
# ['send', 'throw'] ['asend', 'athrow']
# ['__await__', 'send', 'throw'] ['__contains__', '__iter__', '__len__']
# [1, 2, 3] True None
# True []
