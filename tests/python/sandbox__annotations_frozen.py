# sandpy-only: the sandbox module
# A frozen function keeps its annotations, docstring and defaults, in the
# sandbox that froze it and in a child; they are read-only there.
import sandbox
def f(a: int, b: "s" = 2) -> list:
    "doc"
    return a
ff = sandbox.freeze(f)
print(ff.__annotations__, ff.__doc__, ff.__defaults__)
def child(g):
    return g.__annotations__, g(5)
print(sandbox.spawn(child, f).join())
def h(): pass
hh = sandbox.freeze(h)
print(hh.__annotations__)
try:
    hh.__annotations__ = {}
except TypeError as e:
    print(e)

# Output:
# {'a': <class 'int'>, 'b': 's', 'return': <class 'list'>} doc (2,)
# ({'a': <class 'int'>, 'b': 's', 'return': <class 'list'>}, 5)
# {}
# cannot modify frozen function 'h'
