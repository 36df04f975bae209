# Metaclass hooks that never end: a metaclass whose __call__ is one of its own
# classes (no Python frame between the calls), a __repr__ calling repr of
# the class; each ends in RecursionError, and the program goes on.
class M(type):
    pass
class X(metaclass=M):
    pass
M.__call__ = X
try:
    X()
except RecursionError as e:
    print("RecursionError:", e)
class N(type):
    pass
class Y(metaclass=N):
    pass
N.__getattr__ = Y
try:
    Y.missing
except TypeError as e:
    print("TypeError:", e)
class O(type):
    def __repr__(cls):
        return repr(cls)
class Z(metaclass=O):
    pass
try:
    repr(Z)
except RecursionError as e:
    print("RecursionError:", str(e)[:32])
print("survived")


# A class whose __new__ or __init__ is the class itself.
class C:
    pass


C.__new__ = C
try:
    C()
except RecursionError as e:
    print("RecursionError:", e)


class D:
    pass


D.__init__ = D
try:
    D()
except RecursionError as e:
    print("RecursionError:", e)
print("still running")


# Output:
# RecursionError: maximum recursion depth exceeded while calling a Python object
# TypeError: Y() takes no arguments
# RecursionError: maximum recursion depth exceeded
# survived
# RecursionError: maximum recursion depth exceeded while calling a Python object
# RecursionError: maximum recursion depth exceeded while calling a Python object
# still running
