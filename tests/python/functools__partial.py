# functools.partial and partialmethod: func/args/keywords, calls merging
# keywords, nested partials flattened, reprs, __reduce__/__setstate__,
# attributes, subclasses, errors.
import functools
from functools import partial, partialmethod


def f(*args, **kw):
    return args, kw


p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9), p.args, p.keywords, p.func is f)
print(partial(f)(), partial(f, x=1).keywords, partial(f).args)
q = partial(p, 7, a=0, c=1)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(len, [1, 2])))
print(repr(partial(max, 1, key=abs)))
print(repr(partial(partial(max, 1), 2, default=0)))
print(partial(max, 1, 5)(3), partial(int, base=2)("101"))
print(callable(p), type(p).__name__, type(p).__module__)
p.attr = "x"
print(p.attr, vars(p).get("attr"))
r = partial(p, 8)
print(r.func is p, r.args)
try:
    p.func = len
except AttributeError:
    print("func is read-only")
for bad in ["partial()", "partial(1)", "partial(None, 1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
cls, args, state = partial(max, 1, key=abs).__reduce__()
print(cls is partial, args == (max,), state[1:3])
s = partial(min)
s.__setstate__((max, (3,), {"key": abs}, None))
print(s(1), s.args, s.keywords)
s.__setstate__((max, (1,), None, None))
print(s.keywords)
for state in [(max,), [max, (), {}, None], (1, (), {}, None)]:
    try:
        s.__setstate__(state)
    except TypeError as e:
        print("TypeError:", e)


class MyPartial(partial):
    pass


m = MyPartial(f, 1)
print(type(m).__name__, m(2), repr(m).startswith("__main__.MyPartial(<function f at "))


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, extra=""):
        self._alive = bool(state)
        return extra

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, extra="dead")

    @classmethod
    def kind(cls, suffix):
        return cls.__name__ + suffix

    plain_kind = partialmethod(kind, "!")


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_dead(extra="x"))
print(Cell.plain_kind(), c.plain_kind(), Cell.set_alive(c))
print(repr(Cell.__dict__["set_dead"]).split(" at ")[0])
pm = partialmethod(Cell.set_state, 1)
nested = partialmethod(pm, extra="e")
print(nested.func is Cell.set_state, nested.args, nested.keywords)
try:
    partialmethod(1)
except TypeError as e:
    print("TypeError:", e)
print(functools.partialmethod.__isabstractmethod__.__class__.__name__)

# Output:
# ((1, 2), {'a': 3}) ((1, 2, 4), {'a': 3, 'b': 5}) ((1, 2), {'a': 9}) (1, 2) {'a': 3} True
# ((), {}) {'x': 1} ()
# True (1, 2, 7) {'a': 0, 'c': 1} ((1, 2, 7), {'a': 0, 'c': 1})
# functools.partial(<built-in function len>, [1, 2])
# functools.partial(<built-in function max>, 1, key=<built-in function abs>)
# functools.partial(<built-in function max>, 1, 2, default=0)
# 5 5
# True partial functools
# x x
# True (8,)
# func is read-only
# partial() -> type 'partial' takes at least one argument
# partial(1) -> the first argument must be callable
# partial(None, 1) -> the first argument must be callable
# True True ((1,), {'key': <built-in function abs>})
# 3 (3,) {'key': <built-in function abs>}
# {}
# TypeError: invalid partial state
# TypeError: invalid partial state
# TypeError: invalid partial state
# MyPartial ((1, 2), {}) False
#  True dead False x
# Cell! Cell! 
# functools.partialmethod(<function Cell.set_state
# True (1,) {'extra': 'e'}
# TypeError: 1 is not callable or a descriptor
# property
