# sandpy-only: `raise E from None` where `E.__new__` hands back a frozen
# exception. The frozen instance cannot take `__cause__`; it is raised as a
# local copy, as a frozen exception raised directly is. (CPython, with a
# plain instance in place of the frozen one, prints the same.)
from sandbox import freeze

fe = freeze(ValueError("x"))


class E(Exception):
    def __new__(cls, *a):
        return fe


try:
    raise E from None
except ValueError as e:
    print("caught", repr(e), e.__cause__, e.__suppress_context__)
    print("a copy", e is not fe)

try:
    raise E from KeyError("k")
except ValueError as e:
    print("caught", repr(e), repr(e.__cause__))
print("the frozen one is untouched", fe.__cause__, fe.__suppress_context__)

# Output:
# caught ValueError('x') None True
# a copy True
# caught ValueError('x') KeyError('k')
# the frozen one is untouched None False
