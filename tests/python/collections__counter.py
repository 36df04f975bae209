# Counter: construction, methods, operators, comparisons, reprs, errors.
from collections import Counter


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c.total())
print(Counter({"x": 2, "y": 0, "z": -1}).elements and list(Counter({"x": 2, "y": 0, "z": -1}).elements()))
print(Counter(a=2, b=1), Counter({"k": 3}), Counter(), Counter([]), Counter(None))
print(Counter("aab", b=5), Counter(c))

# ties keep insertion order
print(Counter("zyxzyx").most_common(), Counter(["b", "a", "c", "a", "b", "c"]).most_common(2))

# update / subtract with iterables, mappings and keywords
u = Counter()
u.update("hello")
u.update({"l": 10, "q": 1})
u.update(Counter("oo"), h=3)
u.update()
print(u)
u.subtract("lll")
u.subtract({"q": 5})
u.subtract(o=1)
print(u)
s = Counter(a=1)
s.subtract(Counter(a=3, b=2))
print(s)
fresh = Counter()
fresh.update({"m": 1, "n": 2})
print(fresh)
attempt("update int", lambda: Counter().update(5))
attempt("fromkeys", lambda: Counter.fromkeys("abc"))
attempt("two args", lambda: Counter("a", "b"))

# missing keys and deletion
m = Counter("ab")
m["c"] += 2
del m["a"]
del m["nope"]
print(m, m.get("zz"), m.get("zz", 7))

# arithmetic
p = Counter(a=3, b=1, c=-2, d=0)
q = Counter(a=1, b=4, e=2, c=1)
print(p + q)
print(p - q)
print(q - p)
print(p | q)
print(p & q)
print(+p, -p)
attempt("add dict", lambda: p + {"a": 1})
attempt("sub int", lambda: p - 1)
for op in ("+=", "-=", "|=", "&="):
    x = Counter(a=3, b=1, c=-2, d=0)
    y = Counter(a=1, b=4, e=2, c=1)
    ref = x
    if op == "+=":
        x += y
    elif op == "-=":
        x -= y
    elif op == "|=":
        x |= y
    else:
        x &= y
    print(op, x, x is ref)

# comparisons (3.10+): missing counts are zero
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1, b=1), Counter(a=1) < Counter(a=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter(a=2, b=1) > Counter(a=1))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
attempt("le dict", lambda: Counter() <= {})
attempt("hash", lambda: hash(Counter()))

# copy, reduce, total, misc
cc = Counter("aab")
cp = cc.copy()
cp["a"] = 10
print(cc, cp, type(cp).__name__, cc.__reduce__())
print(Counter(a=1.5, b=2).total(), Counter().total())
print(repr(Counter({"a": 1, 1: 2})), Counter({"x": "text"}) if False else "")
mixed = Counter({"a": 1})
mixed["b"] = "str"
print(repr(mixed))


class Sub(Counter):
    pass


sc = Sub("xyx")
print(sc, type(sc.copy()).__name__, type(sc + sc).__name__, isinstance(sc, dict))
print(Counter(x=1).keys(), list(Counter(x=1).items()))

# Output:
# Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
# 5 0 False 5
# [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)] [('a', 5), ('b', 2)] [] []
# ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r'] 11
# ['x', 'x']
# Counter({'a': 2, 'b': 1}) Counter({'k': 3}) Counter() Counter() Counter()
# Counter({'b': 6, 'a': 2}) Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
# [('z', 2), ('y', 2), ('x', 2)] [('b', 2), ('a', 2)]
# Counter({'l': 12, 'h': 4, 'o': 3, 'e': 1, 'q': 1})
# Counter({'l': 9, 'h': 4, 'o': 2, 'e': 1, 'q': -4})
# Counter({'a': -2, 'b': -2})
# Counter({'n': 2, 'm': 1})
# update int TypeError 'int' object is not iterable
# fromkeys NotImplementedError Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
# two args TypeError Counter.__init__() takes from 1 to 2 positional arguments but 3 were given
# Counter({'c': 2, 'b': 1}) None 7
# Counter({'b': 5, 'a': 4, 'e': 2})
# Counter({'a': 2})
# Counter({'b': 3, 'c': 3, 'e': 2})
# Counter({'b': 4, 'a': 3, 'e': 2, 'c': 1})
# Counter({'a': 1, 'b': 1})
# Counter({'a': 3, 'b': 1}) Counter({'c': 2})
# add dict TypeError unsupported operand type(s) for +: 'Counter' and 'dict'
# sub int TypeError unsupported operand type(s) for -: 'Counter' and 'int'
# += Counter({'b': 5, 'a': 4, 'e': 2}) True
# -= Counter({'a': 2}) True
# |= Counter({'b': 4, 'a': 3, 'e': 2, 'c': 1}) True
# &= Counter({'a': 1, 'b': 1}) True
# True True
# True True False
# True False True
# True True
# le dict TypeError '<=' not supported between instances of 'Counter' and 'dict'
# hash TypeError unhashable type: 'Counter'
# Counter({'a': 2, 'b': 1}) Counter({'a': 10, 'b': 1}) Counter (<class 'collections.Counter'>, ({'a': 2, 'b': 1},))
# 3.5 0
# Counter({1: 2, 'a': 1}) 
# Counter({'a': 1, 'b': 'str'})
# Sub({'x': 2, 'y': 1}) Sub Counter True
# dict_keys(['x']) [('x', 1)]
