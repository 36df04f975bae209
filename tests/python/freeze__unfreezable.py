# sandpy-only: the sandbox module
# What cannot be frozen is refused, naming the object and where it was found.
from sandbox import freeze

def gen():
    yield 1

class Job:
    def __init__(self, state):
        self.state = state

def attempt(label, v):
    try:
        freeze(v)
        print(label, "froze")
    except TypeError as e:
        print(label, e)

g = gen()
attempt("root", g)
attempt("list", [1, 2, 3, g])
attempt("dict", {"jobs": [Job(1), Job(g)]})
attempt("tuple key", {("a", 1): {"x": iter([1])}})
# A set's elements are numbered in its iteration order, which is its slot
# order: 1 sits in slot 1, a key hashing to 6 in slot 6 (a generator's own
# hash is its address, so it alone would land anywhere).
class SlotSix(Job):
    def __hash__(self):
        return 6

attempt("set", {SlotSix(g), 1})
attempt("iterator", iter((1, 2)))
attempt("attr", Job(Job(g)))

G = gen()
def uses_global():
    return next(G)
attempt("global", uses_global)
attempt("function in list", [uses_global])
def with_default(x=g):
    return x
attempt("default", with_default)
def outer():
    it = iter([1])
    def inner():
        return next(it)
    return inner
attempt("closure", outer())

class Holder:
    source = gen()
attempt("class attr", Holder)

# Nothing was frozen half-way: the objects are unchanged and still mutable.
lst = [1, [2], g]
attempt("partial", lst)
lst[1].append(3)
print(lst[:2])
freeze({"deep": [{"x": (1, G)}]})

# Output:
# root cannot freeze 'generator' object
# list cannot freeze 'generator' object (reached via [3])
# dict cannot freeze 'generator' object (reached via ['jobs'][1].state)
# tuple key cannot freeze 'list_iterator' object (reached via [('a', 1)]['x'])
# set cannot freeze 'generator' object (reached via {element #1}.state)
# iterator cannot freeze 'tuple_iterator' object
# attr cannot freeze 'generator' object (reached via .state.state)
# global cannot freeze 'generator' object (reached via .__globals__['G'])
# function in list cannot freeze 'generator' object (reached via [0].__globals__['G'])
# default cannot freeze 'generator' object (reached via .__defaults__[0])
# closure cannot freeze 'list_iterator' object (reached via .__closure__[0].cell_contents)
# class attr cannot freeze 'generator' object (reached via .source)
# partial cannot freeze 'generator' object (reached via [2])
# [1, [2, 3]]
# Raise: TypeError: cannot freeze 'generator' object (reached via ['deep'][0]['x'][1])
