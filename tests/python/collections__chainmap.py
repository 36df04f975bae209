# ChainMap: lookups through the maps, writes to the first, children, errors.
from collections import ChainMap, OrderedDict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm.maps, cm["a"], cm["b"], cm["c"], len(cm), list(cm), sorted(cm.items()))
print("a" in cm, "z" in cm, cm.get("z"), cm.get("z", 0), cm.get("a"), bool(cm), bool(ChainMap({})))
attempt("missing", lambda: cm["z"])
cm["a"] = 100
cm["d"] = 4
print(over, base)
del cm["a"]
print(over, cm["a"])
attempt("del in later map", lambda: cm.__delitem__("a"))
attempt("del missing", lambda: cm.__delitem__("nope"))
print(cm.pop("d"), cm.pop("zz", "dflt"))
attempt("pop later map", lambda: cm.pop("a"))
print(cm.popitem(), over)
attempt("popitem empty", lambda: ChainMap({}, {"x": 1}).popitem())
empty = ChainMap()
print(empty, empty.maps, len(empty), list(empty))

# children and parents
child = cm.new_child()
child["b"] = "child"
print(child, child.parents, child.parents.parents, child["b"], cm["b"])
print(cm.new_child({"k": 1}), cm.new_child(m=None, z=9), cm.new_child({"k": 1}, q=2))
print(cm.parents.maps == [base])

# key order: first occurrence across maps from the last map forward
order = ChainMap({"x": 1, "a": 2}, {"y": 3, "a": 4}, {"z": 5})
print(list(order), list(order.values()), order.keys(), sorted(order.items()))

# copy, fromkeys, operators
cp = order.copy()
cp["new"] = 1
print(cp.maps[0], order.maps[0], cp.maps[1] is order.maps[1])
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 0))
print(order | {"w": 0}, {"w": 0} | order, type({"w": 0} | order).__name__)
order |= {"o": 1}
print(order.maps[0])
attempt("or list", lambda: order | [1])
cm2 = ChainMap({"a": 1}, {"b": 2})
cm2.clear()
print(cm2)
cm2.update(x=1)
print(cm2, cm2.setdefault("x", 5), cm2.setdefault("y", 6), cm2)
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == {"a": 1})

# recursive repr and mappings of other kinds
r = ChainMap()
r.maps[0]["self"] = r
print(r)
print(ChainMap(OrderedDict(a=1)))


class Missing(ChainMap):
    def __missing__(self, key):
        return "default-" + str(key)


print(Missing({"a": 1})["zz"], Missing({"a": 1}).get("zz"))

# Output:
# ChainMap({'b': 20, 'c': 30}, {'a': 1, 'b': 2}) [{'b': 20, 'c': 30}, {'a': 1, 'b': 2}] 1 20 30 3 ['a', 'b', 'c'] [('a', 1), ('b', 20), ('c', 30)]
# True False None 0 1 True False
# missing KeyError 'z'
# {'b': 20, 'c': 30, 'a': 100, 'd': 4} {'a': 1, 'b': 2}
# {'b': 20, 'c': 30, 'd': 4} 1
# del in later map KeyError "Key not found in the first mapping: 'a'"
# del missing KeyError "Key not found in the first mapping: 'nope'"
# 4 dflt
# pop later map KeyError "Key not found in the first mapping: 'a'"
# ('c', 30) {'b': 20}
# popitem empty KeyError 'No keys found in the first mapping.'
# ChainMap({}) [{}] 0 []
# ChainMap({'b': 'child'}, {'b': 20}, {'a': 1, 'b': 2}) ChainMap({'b': 20}, {'a': 1, 'b': 2}) ChainMap({'a': 1, 'b': 2}) child 20
# ChainMap({'k': 1}, {'b': 20}, {'a': 1, 'b': 2}) ChainMap({'z': 9}, {'b': 20}, {'a': 1, 'b': 2}) ChainMap({'k': 1, 'q': 2}, {'b': 20}, {'a': 1, 'b': 2})
# True
# ['z', 'y', 'a', 'x'] [5, 3, 2, 1] KeysView(ChainMap({'x': 1, 'a': 2}, {'y': 3, 'a': 4}, {'z': 5})) [('a', 2), ('x', 1), ('y', 3), ('z', 5)]
# {'x': 1, 'a': 2, 'new': 1} {'x': 1, 'a': 2} True
# ChainMap({'a': None, 'b': None}) ChainMap({'a': 0, 'b': 0})
# ChainMap({'x': 1, 'a': 2, 'w': 0}, {'y': 3, 'a': 4}, {'z': 5}) ChainMap({'w': 0, 'z': 5, 'y': 3, 'a': 2, 'x': 1}) ChainMap
# {'x': 1, 'a': 2, 'o': 1}
# or list TypeError unsupported operand type(s) for |: 'ChainMap' and 'list'
# ChainMap({}, {'b': 2})
# ChainMap({'x': 1, 'y': 6}, {'b': 2}) 1 6 ChainMap({'x': 1, 'y': 6}, {'b': 2})
# True True
# ChainMap({'self': ...})
# ChainMap(OrderedDict([('a', 1)]))
# default-zz None
