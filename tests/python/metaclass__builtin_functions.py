# Builtin functions applied to a class use its metaclass's special
# methods: reversed, format and f-strings, dir, abs, round, divmod, pow,
# and the arithmetic operators on either side.


class M(type):
    def __reversed__(cls):
        return iter([3, 2, 1])

    def __format__(cls, spec):
        return "fmt:" + spec

    def __dir__(cls):
        return ["b", "a", "c"]

    def __abs__(cls):
        return "abs " + cls.__name__

    def __round__(cls, n=None):
        return ("round", n)

    def __divmod__(cls, other):
        return ("divmod", other)

    def __rdivmod__(cls, other):
        return ("rdivmod", other)

    def __pow__(cls, other, mod=None):
        return ("pow", other, mod)

    def __add__(cls, other):
        return "add"

    def __radd__(cls, other):
        return "radd"

    def __mul__(cls, other):
        return NotImplemented


class A(metaclass=M):
    pass


print(list(reversed(A)), format(A, "x"), f"{A:y}", f"{A}", dir(A))
print(abs(A), round(A), round(A, 2), divmod(A, 1), divmod(1, A))
print(pow(A, 2), pow(A, 2, 5), A**3, A + 1, 1 + A, A + A)
try:
    A * 2
except TypeError as e:
    print("TypeError:", e)


class Plain(type):
    pass


class P(metaclass=Plain):
    pass


print(format(P, "") == str(P), f"{P}" == str(P), "__module__" in dir(P))
for op in (lambda: reversed(P), lambda: abs(P), lambda: round(P), lambda: divmod(P, 1), lambda: P + 1, lambda: format(P, "x")):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

# Output:
# [3, 2, 1] fmt:x fmt:y fmt: ['a', 'b', 'c']
# abs A ('round', None) ('round', 2) ('divmod', 1) ('rdivmod', 1)
# ('pow', 2, None) ('pow', 2, 5) ('pow', 3, None) add radd add
# TypeError: unsupported operand type(s) for *: 'M' and 'int'
# True True True
# TypeError: 'Plain' object is not reversible
# TypeError: bad operand type for abs(): 'Plain'
# TypeError: type Plain doesn't define __round__ method
# TypeError: unsupported operand type(s) for divmod(): 'Plain' and 'int'
# TypeError: unsupported operand type(s) for +: 'Plain' and 'int'
# TypeError: unsupported format string passed to Plain.__format__
