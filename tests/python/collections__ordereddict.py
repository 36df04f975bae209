# OrderedDict: order operations, equality, views, reprs, operators.
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


od = OrderedDict([("a", 1), ("b", 2)], c=3)
print(od, len(od), list(od), od["b"])
od["d"] = 4
od["a"] = 10
print(od)
od.move_to_end("a")
print(od)
od.move_to_end("d", last=False)
print(od)
od.move_to_end("d", False)
print(od)
attempt("move missing", lambda: od.move_to_end("zz"))
print(od.popitem(), od.popitem(last=False), od)
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem empty first", lambda: OrderedDict().popitem(False))

# equality: order matters between OrderedDicts only
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict(a=1, b=2))
print(x != dict(b=2, a=1), x == [("a", 1)])
try:
    hash(x)
except TypeError:
    print("hash TypeError")

# views and reversal
v = OrderedDict.fromkeys("xyz", 0)
print(v.keys(), v.values(), v.items())
print(list(reversed(v)), list(reversed(v.keys())), list(reversed(v.values())), list(reversed(v.items())))
print("x" in v.keys(), ("x", 0) in v.items(), 0 in v.values(), len(v.keys()))
print(v.keys() & {"x", "q"}, sorted(v.keys() | {"w"}))

# setdefault, pop, get, update, fromkeys
s = OrderedDict()
print(s.setdefault("k", 5), s.setdefault("k", 6), s)
print(s.pop("k"), s.pop("k", "gone"), s)
attempt("pop missing", lambda: s.pop("k"))
s.update([("p", 1)], q=2)
s.update({"r": 3})
print(s, s.get("p"), s.get("zz", "dflt"))
print(OrderedDict.fromkeys(["a", "b"]), OrderedDict.fromkeys("ab", [1]))

# copy and operators
c = s.copy()
c["new"] = 1
print(c, s, type(c).__name__)
print(x | {"c": 3}, {"z": 0} | x, type({"z": 0} | x).__name__)
x |= {"a": 100, "e": 5}
print(x)
try:
    x | [1]
except TypeError:
    print("or list TypeError")

# repr forms
print(repr(OrderedDict()), repr(OrderedDict(a=None)))
rec = OrderedDict()
rec["self"] = rec
print(rec)
red = OrderedDict(a=1).__reduce__()
print(red[0].__name__, red[1], red[2], list(red[4]))


class Sub(OrderedDict):
    pass


sb = Sub(k=1)
sb.tag = "t"
print(sb, sb.copy(), type(sb.copy()).__name__, sb.__reduce__()[2])
print(isinstance(sb, dict), Sub.fromkeys("ab"))
del od
e = OrderedDict(a=1, b=2, c=3)
del e["b"]
e["b"] = 20
print(e, list(e.items()))
e.clear()
print(e)

# Output:
# OrderedDict([('a', 1), ('b', 2), ('c', 3)]) 3 ['a', 'b', 'c'] 2
# OrderedDict([('a', 10), ('b', 2), ('c', 3), ('d', 4)])
# OrderedDict([('b', 2), ('c', 3), ('d', 4), ('a', 10)])
# OrderedDict([('d', 4), ('b', 2), ('c', 3), ('a', 10)])
# OrderedDict([('d', 4), ('b', 2), ('c', 3), ('a', 10)])
# move missing KeyError 'zz'
# ('a', 10) ('d', 4) OrderedDict([('b', 2), ('c', 3)])
# popitem empty KeyError 'dictionary is empty'
# popitem empty first KeyError 'dictionary is empty'
# False True True True True
# False False
# hash TypeError
# odict_keys(['x', 'y', 'z']) odict_values([0, 0, 0]) odict_items([('x', 0), ('y', 0), ('z', 0)])
# ['z', 'y', 'x'] ['z', 'y', 'x'] [0, 0, 0] [('z', 0), ('y', 0), ('x', 0)]
# True True True 3
# {'x'} ['w', 'x', 'y', 'z']
# 5 5 OrderedDict([('k', 5)])
# 5 gone OrderedDict()
# pop missing KeyError 'k'
# OrderedDict([('p', 1), ('q', 2), ('r', 3)]) 1 dflt
# OrderedDict([('a', None), ('b', None)]) OrderedDict([('a', [1]), ('b', [1])])
# OrderedDict([('p', 1), ('q', 2), ('r', 3), ('new', 1)]) OrderedDict([('p', 1), ('q', 2), ('r', 3)]) OrderedDict
# OrderedDict([('a', 1), ('b', 2), ('c', 3)]) OrderedDict([('z', 0), ('a', 1), ('b', 2)]) OrderedDict
# OrderedDict([('a', 100), ('b', 2), ('e', 5)])
# or list TypeError
# OrderedDict() OrderedDict([('a', None)])
# OrderedDict([('self', ...)])
# OrderedDict () None [('a', 1)]
# Sub([('k', 1)]) Sub([('k', 1)]) Sub {'tag': 't'}
# True Sub([('a', None), ('b', None)])
# OrderedDict([('a', 1), ('c', 3), ('b', 20)]) [('a', 1), ('c', 3), ('b', 20)]
# OrderedDict()
