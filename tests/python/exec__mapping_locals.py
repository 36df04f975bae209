# exec with a locals mapping that is not a dict: every statement that binds,
# reads or deletes a module-level name goes through its methods; a failed
# deletion is a NameError, as in CPython.
class M:
    def __init__(self): self.d = {"a": 1}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def keys(self): return self.d.keys()
for src in ["print(dir())", "print(vars() is not None)", "print(sorted(locals().keys()))", "class C: pass", "import math", "x: int = 1", "del a", "print(a)", "def f(): return a\nprint(f.__qualname__)", "a += 1\nprint(a)", "[b for b in range(2)]", "global zz\nzz = 1", "for i in range(2): pass", "try:\n  1/0\nexcept Exception as e:\n  pass", "with open('/nonexist') as fh: pass"]:
    m = M()
    try:
        exec(src, {}, m)
        print("ok", sorted(m.d))
    except Exception as e:
        print(type(e).__name__, e)

# Output:
# ['a']
# ok ['a']
# True
# ok ['a']
# ['a']
# ok ['a']
# ok ['C', 'a']
# ok ['a', 'math']
# ok ['__annotations__', 'a', 'x']
# NameError name 'a' is not defined
# 1
# ok ['a']
# f
# ok ['a', 'f']
# 2
# ok ['a']
# ok ['a']
# ok ['a']
# ok ['a', 'i']
# NameError name 'e' is not defined
# FileNotFoundError [Errno 2] No such file or directory: '/nonexist'
