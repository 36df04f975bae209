# sandpy-only: the sandbox module
# Modules, bound methods, descriptors, dict views and slices freeze too; the
# namespaces a frozen function can reach refuse writes.
import math
from sandbox import freeze, is_frozen

def attempt(label, f):
    try:
        f()
        print(label, "did not raise")
    except TypeError as e:
        print(label, e)

m = freeze(math)
print(m.sqrt(16), m.floor(2.5), is_frozen(m), m.__name__, "__builtins__" in m.__dict__)
def set_mod():
    m.tau2 = 1
def del_mod():
    del m.pi
attempt("module set", set_mod)
attempt("module del", del_mod)

class Acc:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return self.total

    @property
    def double(self):
        return self.total * 2

acc = Acc()
acc.add(5)
add = freeze(acc.add)
print(add.__self__.total, is_frozen(add), is_frozen(add.__self__), type(add).__name__)
attempt("bound method", lambda: add(1))
print(freeze(acc).double, acc.add(1))

d = {"x": 1, "y": 2}
keys, items = freeze((d.keys(), d.items()))
print(list(keys), list(items), is_frozen(keys))
d["z"] = 3
print(len(keys))

sl = freeze(slice(1, None, 2))
print([0, 1, 2, 3, 4][sl], sl.start, sl.stop, is_frozen(sl))

def kw(*, opts={"a": 1}):
    return opts
fkw = freeze(kw)
def set_kwdefault():
    fkw.__kwdefaults__["opts"] = None
attempt("kwdefaults", set_kwdefault)
print(fkw())

def writes_globals_dict():
    globals()["leak"] = 1
attempt("globals()", freeze(writes_globals_dict))

flag = True
def deletes_global():
    global flag
    del flag
attempt("del global", freeze(deletes_global))
print(flag)

def make():
    n = 1
    def drop():
        nonlocal n
        del n
    return drop
attempt("del nonlocal", freeze(make()))

# A function made by a frozen function uses the frozen globals: freezing it
# again keeps them.
BASE = 100
def factory(k):
    def made(x):
        return BASE + k + x
    return made
ffac = freeze(factory)
made = ffac(1)
fmade = freeze(made)
print(fmade(1), is_frozen(made), fmade.__globals__ is ffac.__globals__, made.__globals__ is ffac.__globals__)

# Output:
# 4.0 2 True math False
# module set cannot modify frozen module 'math'
# module del cannot modify frozen module 'math'
# 5 True True method
# bound method cannot modify frozen 'Acc' object
# 10 6
# ['x', 'y'] [('x', 1), ('y', 2)] True
# 2
# [1, 3] 1 None True
# kwdefaults cannot modify frozen dict
# {'a': 1}
# globals() cannot modify frozen dict
# del global cannot modify frozen globals of function 'deletes_global' (global 'flag')
# True
# del nonlocal cannot modify frozen closure cell 'n'
# 102 False True True
