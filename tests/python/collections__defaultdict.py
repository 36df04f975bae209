# defaultdict: default_factory, __missing__, reprs, copy, operators, errors.
from collections import defaultdict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, d.default_factory, len(d), "c" in d, d.get("c"), "c" in d)
n = defaultdict(int, {"x": 1}, y=2)
n["z"] += 5
print(n)
none = defaultdict()
print(none, none.default_factory)
attempt("missing none", lambda: none["k"])
attempt("missing via __missing__", lambda: none.__missing__("k"))
print(defaultdict(int).__missing__("q"))
attempt("not callable", lambda: defaultdict(5))
attempt("not callable str", lambda: defaultdict("abc"))
n.default_factory = lambda: "made"
print(n["new"])
n.default_factory = None
attempt("after none", lambda: n["other"])

# repr forms (factory reprs, recursion)
print(repr(defaultdict(None)), repr(defaultdict(set, a={1})), repr(defaultdict(dict)))
r = defaultdict(list)
r["me"] = r
print(r)


class Factory:
    def __repr__(self):
        return "Factory()"

    def __call__(self):
        return 0


print(defaultdict(Factory(), k=1))

# copy, |, reduce
c = d.copy()
c["a"].append(3)
c["new"]
print(c, d, type(c).__name__, c.default_factory is d.default_factory)
import copy
print(copy.copy(d), copy.deepcopy(d)["a"] is d["a"])
print(d | {"z": [0]}, type(d | {}).__name__, {"z": 0} | defaultdict(int, a=1))
d |= {"q": [9]}
print(d)
try:
    d | [1]
except TypeError:
    print("or list TypeError")
red = defaultdict(int, a=1).__reduce__()
print(red[0].__name__, red[1], red[2], red[3], list(red[4]))
print(defaultdict(None).__reduce__()[1])
print(d == {"a": [1, 2], "b": [], "q": [9]}, isinstance(d, dict))


class Counting(defaultdict):
    def __init__(self):
        super().__init__(int)


cn = Counting()
for w in "the cat the dog".split():
    cn[w] += 1
print(cn, type(cn).__name__)
attempt("copy needs the factory argument", lambda: cn.copy())

# Output:
# defaultdict(<class 'list'>, {'a': [1, 2], 'b': []}) <class 'list'> 2 False None False
# defaultdict(<class 'int'>, {'x': 1, 'y': 2, 'z': 5})
# defaultdict(None, {}) None
# missing none KeyError 'k'
# missing via __missing__ KeyError 'k'
# 0
# not callable TypeError first argument must be callable or None
# not callable str TypeError first argument must be callable or None
# made
# after none KeyError 'other'
# defaultdict(None, {}) defaultdict(<class 'set'>, {'a': {1}}) defaultdict(<class 'dict'>, {})
# defaultdict(<class 'list'>, {'me': defaultdict(<class 'list'>, {...})})
# defaultdict(Factory(), {'k': 1})
# defaultdict(<class 'list'>, {'a': [1, 2, 3], 'b': [], 'new': []}) defaultdict(<class 'list'>, {'a': [1, 2, 3], 'b': []}) defaultdict True
# defaultdict(<class 'list'>, {'a': [1, 2, 3], 'b': []}) False
# defaultdict(<class 'list'>, {'a': [1, 2, 3], 'b': [], 'z': [0]}) defaultdict defaultdict(<class 'int'>, {'z': 0, 'a': 1})
# defaultdict(<class 'list'>, {'a': [1, 2, 3], 'b': [], 'q': [9]})
# or list TypeError
# defaultdict (<class 'int'>,) None None [('a', 1)]
# ()
# False True
# Counting(<class 'int'>, {'the': 2, 'cat': 1, 'dog': 1}) Counting
# copy needs the factory argument TypeError Counting.__init__() takes 1 positional argument but 3 were given
