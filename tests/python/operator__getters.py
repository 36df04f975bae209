# operator.itemgetter, attrgetter (dotted names, several) and
# methodcaller: results, reprs, __reduce__, use as sort keys, and errors.
from operator import itemgetter, attrgetter, methodcaller


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def greet(self, name, punct="!"):
        return "hi " + name + punct


g = itemgetter(1)
print(g([1, 2, 3]), g("xyz"), g({1: "one"}), itemgetter(0, -1)("abc"), itemgetter(slice(1, 3))("abcd"))
print(itemgetter("a", "b")({"a": 1, "b": 2}), itemgetter(0)([[1]]) == [1])
print(repr(g), repr(itemgetter(1, "a")), repr(itemgetter(slice(None))), repr(itemgetter((1, 2))))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0)), max(["ab", "c"], key=itemgetter(-1)))
print(g.__reduce__() == (itemgetter, (1,)), itemgetter(1, 2).__reduce__() == (itemgetter, (1, 2)))
print(type(g).__name__, type(g).__module__, callable(g))

o = Obj(a=1, b=Obj(c=Obj(d="deep")), name="n")
print(attrgetter("a")(o), attrgetter("b.c.d")(o), attrgetter("a", "b.c.d", "name")(o))
print(repr(attrgetter("a")), repr(attrgetter("b.c", "a")), attrgetter("b.c").__reduce__()[1])
print(sorted([Obj(k=3), Obj(k=1)], key=attrgetter("k"))[0].k, attrgetter("real", "imag")(3))

m = methodcaller("greet", "bob")
print(m(o), methodcaller("greet", "al", punct="?")(o), methodcaller("upper")("abc"))
print(repr(m), repr(methodcaller("greet", "x", punct="?")), repr(methodcaller("m")))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("get", "k", 0)({}))

CASES = [
    "itemgetter()", "itemgetter(1, x=2)", "attrgetter()", "attrgetter(1)", "attrgetter('a', 2)",
    "methodcaller()", "methodcaller(1)", "itemgetter(1)(1)", "itemgetter(1)()",
    "itemgetter(1)([1], 2)", "itemgetter(1)(obj=3)", "itemgetter(5)([1])", "itemgetter('k')({})",
    "attrgetter('a')(1)", "attrgetter('real.x')(1)", "attrgetter('a..b')(o)", "attrgetter('')(o)",
    "methodcaller('foo')(1)", "methodcaller('foo')()", "methodcaller('greet')(o)",
    "repr(attrgetter('a.'))",
]
for c in CASES:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)

# Output:
# 2 y one ('a', 'c') bc
# (1, 2) True
# operator.itemgetter(1) operator.itemgetter(1, 'a') operator.itemgetter(slice(None, None, None)) operator.itemgetter((1, 2))
# [(0, 'c'), (1, 'b'), (1, 'a')] c
# True True
# itemgetter operator True
# 1 deep (1, 'deep', 'n')
# operator.attrgetter('a') operator.attrgetter('b.c', 'a') ('b.c',)
# 1 (3, 0)
# hi bob! hi al? ABC
# operator.methodcaller('greet', 'bob') operator.methodcaller('greet', 'x', punct='?') operator.methodcaller('m')
# ['a', 'b,c'] 0
# itemgetter() -> TypeError: itemgetter expected 1 argument, got 0
# itemgetter(1, x=2) -> TypeError: itemgetter() takes no keyword arguments
# attrgetter() -> TypeError: attrgetter expected 1 argument, got 0
# attrgetter(1) -> TypeError: attribute name must be a string
# attrgetter('a', 2) -> TypeError: attribute name must be a string
# methodcaller() -> TypeError: methodcaller needs at least one argument, the method name
# methodcaller(1) -> TypeError: method name must be a string
# itemgetter(1)(1) -> TypeError: 'int' object is not subscriptable
# itemgetter(1)() -> TypeError: itemgetter expected 1 argument, got 0
# itemgetter(1)([1], 2) -> TypeError: itemgetter expected 1 argument, got 2
# itemgetter(1)(obj=3) -> TypeError: itemgetter() takes no keyword arguments
# itemgetter(5)([1]) -> IndexError: list index out of range
# itemgetter('k')({}) -> KeyError: 'k'
# attrgetter('a')(1) -> AttributeError: 'int' object has no attribute 'a'
# attrgetter('real.x')(1) -> AttributeError: 'int' object has no attribute 'x'
# attrgetter('a..b')(o) -> AttributeError: 'int' object has no attribute ''
# attrgetter('')(o) -> AttributeError: 'Obj' object has no attribute ''
# methodcaller('foo')(1) -> AttributeError: 'int' object has no attribute 'foo'
# methodcaller('foo')() -> TypeError: methodcaller expected 1 argument, got 0
# methodcaller('greet')(o) -> TypeError: Obj.greet() missing 1 required positional argument: 'name'
# repr(attrgetter('a.')) -> operator.attrgetter('a.')
