# sandpy-only: shared standard-library modules are frozen, which CPython's are not
# A module without mutable state (math here) is built once per runtime and
# handed frozen to every sandbox that imports it: the same object in the
# parent and in every child, whose attributes cannot be set, and which a
# sandbox's own changes (sys.modules entries, builtins) cannot reach.
import math
import sys
import sandbox

print(sys.modules['math'] is math)
try:
    math.tau = 3
except TypeError as e:
    print('TypeError:', e)
print(math.tau)


def child_math():
    import math
    return math


print(sandbox.spawn(child_math).join() is math)

# A sandbox that replaces its own entry sees its replacement; another
# sandbox still gets the shared module.
sys.modules['math'] = 'mine'
import math as m2
print(m2)


def child_pi():
    import math
    return math.pi


print(sandbox.spawn(child_pi).join())
del sys.modules['math']
import math as m3
print(m3 is math)

# The grant still decides: a child not granted math cannot import it.


def no_math():
    try:
        import math
    except (ImportError, PermissionError) as e:
        return type(e).__name__ + ': ' + str(e)
    return 'imported'


print(sandbox.spawn(no_math, _config=sandbox.Config(modules=[])).join())

# A shared ABC keeps what the library registered (list is a Sequence in
# every sandbox), and what one sandbox registers stays its own.
import collections.abc as cabc


class Mine:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


def registers():
    import collections.abc as cabc
    cabc.Sequence.register(Mine)
    return issubclass(Mine, cabc.Sequence), isinstance([], cabc.Sequence)


print(sandbox.spawn(registers).join(), issubclass(Mine, cabc.Sequence))
print(registers(), isinstance((), cabc.Sequence))
import json
try:
    json.dumps = None
except TypeError as e:
    print('TypeError:', e)
# Output:
# True
# TypeError: cannot modify frozen module 'math'
# 6.283185307179586
# True
# mine
# 3.141592653589793
# True
# PermissionError: import of module 'math' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'math']) or SandboxBuilder::module("math"))
# (True, True) False
# (True, True) True
# TypeError: cannot modify frozen module 'json'
