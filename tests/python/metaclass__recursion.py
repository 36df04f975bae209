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
    print("RecursionError:", str(e)[:33])
print("survived")

# Output:
# RecursionError: maximum recursion depth exceeded while calling a Python object
# TypeError: Y() takes no arguments
# RecursionError: maximum recursion depth exceeded 
# survived
