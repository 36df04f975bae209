# Circular imports inside a package: a imports b, which imports a (half
# initialised, as CPython leaves it).
from . import cycle_b
A = "a sees b=" + cycle_b.B
