# sandpy-only: the sandbox module
# Frozen functions: shared code, frozen defaults and closure cells, and a
# frozen snapshot of the globals their code names.
from sandbox import freeze, is_frozen

SCALE = 10
UNUSED = [1, 2, 3]
counter = 0

def helper(x):
    return x * SCALE

def compute(x, extra=[1, 2], *, bonus=5):
    return helper(x) + sum(extra) + bonus

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def bump():
    global counter
    counter += 1
    return counter

def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return inc, peek

def attempt(label, f):
    try:
        f()
        print(label, "did not raise")
    except TypeError as e:
        print(label, e)

fc = freeze(compute)
print(fc(2), fc(2, [10]), fc(1, bonus=0), fc.__name__, fc.__qualname__, is_frozen(fc))
print(fc.__defaults__, is_frozen(fc.__defaults__[0]), fc.__kwdefaults__)
g = fc.__globals__
print(is_frozen(g), sorted(k for k in g if not k.startswith("__")), g["__name__"])
print(is_frozen(g["helper"]), g["helper"](1), "UNUSED" in g)

# The snapshot is taken now: later rebinding of the globals does not reach it.
SCALE = 100
print(compute(2), fc(2))

ff = freeze(fact)
print(ff(10), ff.__globals__["fact"] is ff)

fb = freeze(bump)
attempt("global write", fb)
print(counter, bump(), counter)

inc, peek = make_counter()
inc()
finc, fpeek = freeze((inc, peek))
print(fpeek(), finc.__closure__[0] is fpeek.__closure__[0], is_frozen(finc.__closure__[0]))
attempt("nonlocal write", finc)
print(inc(), peek(), fpeek())

def set_fattr():
    fc.tag = 1
attempt("function attr", set_fattr)
compute.tag = "t"
print(freeze(compute).tag)

# Functions made while a frozen function runs are ordinary local functions.
def outer(k):
    def inner(x):
        return x + k + SCALE
    return inner

fo = freeze(outer)
inner = fo(1)
print(inner(1), is_frozen(inner))
inner.attr = 3
print(inner.attr)

# Lambdas, generator functions and methods freeze too.
sq = freeze(lambda v: v * v)
def gen(n):
    for i in range(n):
        yield i * SCALE
fg = freeze(gen)
print(sq(7), list(fg(3)))

# Two functions of one module share one snapshot.
a, b = freeze([helper, compute])
print(a.__globals__ is b.__globals__, b.__globals__["helper"] is a)
fb()

# Output:
# 28 35 13 compute compute True
# ([1, 2],) True {'bonus': 5}
# True ['SCALE', 'helper'] __main__
# True 10 False
# 208 28
# 3628800 True
# global write cannot modify frozen globals of function 'bump' (global 'counter')
# 0 1 1
# 1 True True
# nonlocal write cannot modify frozen closure cell 'n'
# 2 2 1
# function attr cannot modify frozen function 'compute'
# t
# 102 False
# 3
# 49 [0, 100, 200]
# True True
# Raise: TypeError: cannot modify frozen globals of function 'bump' (global 'counter')
