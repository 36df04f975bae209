# exec: returns None; globals dict and any locals mapping; __builtins__ is
# added when missing; functions and classes keep the given globals;
# locals() and globals() inside; nested exec; docstrings and annotations.
g = {}
print(exec("a = 1\nb = a + 1", g))
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
print(type(g["__builtins__"]).__name__)

l = {}
exec("z = 3\ndef h():\n    return z\nclass C:\n    v = 4\n", g, l)
print(sorted(l), l["h"].__globals__ is g, l["C"].v, l["C"].__module__)
try:
    l["h"]()
except NameError as e:
    print("NameError:", e)

exec("w = 5\ndef getw():\n    return w\n", g)
print(g["getw"](), g["getw"].__module__)
g["w"] = 6
print(g["getw"]())

ns = {"__name__": "mymod"}
exec("def f():\n    '''doc'''\n    return __name__\nclass K:\n    pass\n", ns)
print(ns["f"](), ns["f"].__module__, ns["f"].__doc__, ns["K"].__module__, ns["K"].__qualname__)

exec("print(sorted(k for k in globals() if not k.startswith('__')), locals() is globals())", {"p": 1})
exec("print(sorted(locals()), globals() is not locals())", {}, {"q": 2})


def in_function():
    v = 1
    exec("print('sees', v)")
    exec("v = 2")
    return v


print(in_function())


class Body:
    exec("made = 'in class body'")


print(Body.made)

exec("exec('inner = 1')\nouter = inner + 1", n := {})
print(n["inner"], n["outer"])
print(exec(compile("for i in range(3):\n    print(i, end=' ')\nprint()", "<loop>", "exec")))


class Recorder:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        print("  set", k, "=", v)
        self.d[k] = v

    def __delitem__(self, k):
        print("  del", k)
        del self.d[k]


r = Recorder()
exec("a = 1\nb = a + 1\ndel a\nprint(b, len([1]))", {}, r)
print(sorted(r.d))
try:
    exec("del nothere", {}, r)
except NameError as e:
    print("NameError:", e)

d = {}
exec('"""module doc"""\nx: int = 3\ny: "str"\nprint(__doc__)', d)
print(d["__doc__"], d["__annotations__"], "y" in d)
exec("import math\nprint(math.floor(2.5))", {})
exec("from math import *\nprint(floor(3.7))", {}, loc := {})
print("floor" in loc)

# Output:
# None
# ['a', 'b'] True
# dict
# ['C', 'h', 'z'] True 4 builtins
# NameError: name 'z' is not defined
# 5 None
# 6
# mymod mymod doc mymod K
# ['p'] True
# ['q'] True
# sees 1
# 1
# in class body
# 1 2
# 0 1 2 
# None
#   set a = 1
#   set b = 2
#   del a
# 2 1
# ['b']
#   del nothere
# NameError: name 'nothere' is not defined
# module doc
# module doc {'x': <class 'int'>, 'y': 'str'} False
# 2
# 3
# True
