# Every function of the operator module against the operator it names,
# on builtin values and on a class with its own dunders (NotImplemented
# and reflected operators behave as in expressions), the dunder aliases,
# and the error messages.
import operator as op


class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "V(%r)" % (self.v,)

    def __add__(self, o):
        return V(self.v + o) if isinstance(o, int) else NotImplemented

    def __radd__(self, o):
        return V(o * 100 + self.v)

    def __iadd__(self, o):
        self.v += 1000 * o
        return self

    def __lt__(self, o):
        return "lt called"

    def __eq__(self, o):
        return NotImplemented

    def __matmul__(self, o):
        return ("matmul", o)

    def __imatmul__(self, o):
        return ("imatmul", o)

    def __neg__(self):
        return "neg"

    def __invert__(self):
        return "invert"

    def __abs__(self):
        return "abs"

    def __pos__(self):
        return "pos"

    def __index__(self):
        return 42

    def __bool__(self):
        return False

    def __getitem__(self, k):
        return ("item", k)

    def __len__(self):
        return 3

    def __contains__(self, x):
        return x == 1


a, b = 17, 5
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lt", "le", "eq",
             "ne", "gt", "ge", "is_", "is_not"]:
    f = getattr(op, name)
    print(name, f(a, b), f(2.5, 2), f(True, 3))
for name in ["lshift", "rshift", "and_", "or_", "xor"]:
    f = getattr(op, name)
    print(name, f(a, b), f(True, 3), f(-2**70, 3))
for name in ["neg", "pos", "inv", "invert", "abs", "not_", "truth", "index"]:
    f = getattr(op, name)
    print(name, f(-7), f(True), f(0) if name != "index" else f(2**70))
print(op.abs(-2.5), op.neg(2**63), op.not_([]), op.truth("x"), op.truth(V(1)), op.not_(V(1)))
print(op.add(V(1), 2), op.add(2, V(1)), op.lt(V(1), 0), op.eq(V(1), V(1)), op.ne(V(1), 2))
print(op.matmul(V(1), 2), op.imatmul(V(1), 3), op.neg(V(0)), op.invert(V(0)), op.inv(V(0)))
print(op.abs(V(0)), op.pos(V(0)), op.index(V(0)), op.concat([1], [2]), op.concat("a", "b"))
v = V(1)
print(op.iadd(v, 2), v, op.iadd([1], [2]), op.iadd((1,), (2,)), op.iconcat([1], (2,)))
x = [1]
print(op.iadd(x, [3]) is x, op.iconcat(x, [4]) is x, x, op.imul([0], 3), op.ipow(2, 10))
for name in ["isub", "itruediv", "ifloordiv", "imod", "ilshift", "irshift", "iand", "ior", "ixor"]:
    print(name, getattr(op, name)(a, b))
s = {1, 2}
print(op.ior(s, {3}) is s, sorted(s), op.iand({1, 2}, {2}), op.isub({1, 2}, {1}))
print(op.contains([1, 2], 2), op.contains("abc", "bc"), op.contains(V(0), 1), op.contains({}, 1))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf("banana", "a"), op.countOf([], 0))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan), op.indexOf("abc", "c"), op.indexOf(iter([5, 6]), 6))
d = {"k": 1}
print(op.getitem(d, "k"), op.getitem([1, 2, 3], slice(1, None)), op.getitem(V(0), "z"))
print(op.setitem(d, "j", 2), d, op.delitem(d, "k"), d)
lst = [1, 2, 3, 4]
op.setitem(lst, slice(0, 2), [9])
op.delitem(lst, -1)
print(lst)
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(V(0)),
      op.length_hint(5), op.length_hint(5, 8), op.length_hint(iter(range(10))), op.length_hint(x for x in []))


class Hint:
    def __init__(self, r):
        self.r = r

    def __length_hint__(self):
        return self.r


print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 9))
print(op.call(max, 1, 5, 2), op.call(dict, a=1), op.call(sorted, [3, 1], reverse=True))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__call__ is op.call, op._abs is op.abs)
print(op.__inv__(1), op.__iconcat__([1], [2]), op.__index__(3), op.__contains__([1], 1))
print(sorted(op.__all__) == op.__all__, len(op.__all__), "call" in op.__all__)
print(op.lt.__name__, op.__lt__.__name__, op.countOf.__name__)

CASES = [
    "op.lt(1)", "op.lt(1, 2, 3)", "op.lt(a=1, b=2)", "op.not_()", "op.not_(1, 2)",
    "op.index(1.5)", "op.index('1')", "op.call()", "op.abs('a')", "op.neg('a')", "op.inv('a')",
    "op.pos([])", "op.add(1, 'a')", "op.iadd(1, 'a')", "op.matmul(1, 2)", "op.imatmul(1, 2)",
    "op.lt(1, 'a')", "op.truediv(1, 0)", "op.contains(1, 2)", "op.getitem([1], 'a')",
    "op.getitem([1], 5)", "op.setitem((1,), 0, 1)", "op.delitem({}, 1)", "op.countOf(1, 2)",
    "op.indexOf(1, 2)", "op.indexOf([1, 2], 3)", "op.concat(1, 2)", "op.concat([1], (2,))",
    "op.iconcat(1, 2)", "op.concat({}, {})", "op.length_hint(1, 'a')", "op.length_hint()",
    "op.length_hint([], default=3)", "op.length_hint(Hint('x'))", "op.length_hint(Hint(-1))",
    "op.length_hint(Hint(2**70))", "op.setitem([1], 0)", "op.pow(2, 3, 4)", "op.truth()",
]
for c in CASES:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)

# Output:
# add 22 4.5 4
# sub 12 0.5 -2
# mul 85 5.0 3
# truediv 3.4 1.25 0.3333333333333333
# floordiv 3 1.0 0
# mod 2 0.5 1
# pow 1419857 6.25 1
# lt False False True
# le False False True
# eq False False False
# ne True True True
# gt True True False
# ge True True False
# is_ False False False
# is_not True True True
# lshift 544 8 -9444732965739290427392
# rshift 0 0 -147573952589676412928
# and_ 1 1 0
# or_ 21 3 -1180591620717411303421
# xor 20 2 -1180591620717411303421
# neg 7 -1 0
# pos -7 1 0
# inv 6 -2 -1
# invert 6 -2 -1
# abs 7 1 0
# not_ False False True
# truth True True False
# index -7 1 1180591620717411303424
# 2.5 -9223372036854775808 True True False True
# V(3) V(201) lt called False True
# ('matmul', 2) ('imatmul', 3) neg invert invert
# abs pos 42 [1, 2] ab
# V(2001) V(2001) [1, 2] (1, 2) [1, 2]
# True True [1, 3, 4] [0, 0, 0] 1024
# isub 12
# itruediv 3.4
# ifloordiv 3
# imod 2
# ilshift 544
# irshift 0
# iand 1
# ior 21
# ixor 20
# True [1, 2, 3] {2} {2}
# True True True False
# 4 3 0
# 2 0 2 1
# 1 [2, 3] ('item', 'z')
# None {'j': 2} None {'j': 2}
# [9, 3]
# 2 3 3 0 8 10 0
# 4 9
# 5 {'a': 1} [3, 1]
# True True True False
# -2 [1, 2] 3 True
# True 55 True
# lt lt countOf
# op.lt(1) -> TypeError: lt expected 2 arguments, got 1
# op.lt(1, 2, 3) -> TypeError: lt expected 2 arguments, got 3
# op.lt(a=1, b=2) -> TypeError: _operator.lt() takes no keyword arguments
# op.not_() -> TypeError: _operator.not_() takes exactly one argument (0 given)
# op.not_(1, 2) -> TypeError: _operator.not_() takes exactly one argument (2 given)
# op.index(1.5) -> TypeError: 'float' object cannot be interpreted as an integer
# op.index('1') -> TypeError: 'str' object cannot be interpreted as an integer
# op.call() -> TypeError: call expected at least 1 argument, got 0
# op.abs('a') -> TypeError: bad operand type for abs(): 'str'
# op.neg('a') -> TypeError: bad operand type for unary -: 'str'
# op.inv('a') -> TypeError: bad operand type for unary ~: 'str'
# op.pos([]) -> TypeError: bad operand type for unary +: 'list'
# op.add(1, 'a') -> TypeError: unsupported operand type(s) for +: 'int' and 'str'
# op.iadd(1, 'a') -> TypeError: unsupported operand type(s) for +=: 'int' and 'str'
# op.matmul(1, 2) -> TypeError: unsupported operand type(s) for @: 'int' and 'int'
# op.imatmul(1, 2) -> TypeError: unsupported operand type(s) for @=: 'int' and 'int'
# op.lt(1, 'a') -> TypeError: '<' not supported between instances of 'int' and 'str'
# op.truediv(1, 0) -> ZeroDivisionError: division by zero
# op.contains(1, 2) -> TypeError: argument of type 'int' is not iterable
# op.getitem([1], 'a') -> TypeError: list indices must be integers or slices, not str
# op.getitem([1], 5) -> IndexError: list index out of range
# op.setitem((1,), 0, 1) -> TypeError: 'tuple' object does not support item assignment
# op.delitem({}, 1) -> KeyError: 1
# op.countOf(1, 2) -> TypeError: argument of type 'int' is not iterable
# op.indexOf(1, 2) -> TypeError: argument of type 'int' is not iterable
# op.indexOf([1, 2], 3) -> ValueError: sequence.index(x): x not in sequence
# op.concat(1, 2) -> TypeError: 'int' object can't be concatenated
# op.concat([1], (2,)) -> TypeError: can only concatenate list (not "tuple") to list
# op.iconcat(1, 2) -> TypeError: 'int' object can't be concatenated
# op.concat({}, {}) -> TypeError: 'dict' object can't be concatenated
# op.length_hint(1, 'a') -> TypeError: 'str' object cannot be interpreted as an integer
# op.length_hint() -> TypeError: length_hint expected at least 1 argument, got 0
# op.length_hint([], default=3) -> TypeError: _operator.length_hint() takes no keyword arguments
# op.length_hint(Hint('x')) -> TypeError: __length_hint__ must be an integer, not str
# op.length_hint(Hint(-1)) -> ValueError: __length_hint__() should return >= 0
# op.length_hint(Hint(2**70)) -> OverflowError: Python int too large to convert to C ssize_t
# op.setitem([1], 0) -> TypeError: setitem expected 3 arguments, got 2
# op.pow(2, 3, 4) -> TypeError: pow expected 2 arguments, got 3
# op.truth() -> TypeError: _operator.truth() takes exactly one argument (0 given)
