# Exception constructors and keyword arguments: only ImportError
# (name, path), AttributeError (name, obj) and NameError (name) take any.

e = ImportError("x", name="m", path="p")
print(e.name, e.path, e.args)
print(ModuleNotFoundError("y", name="a").name, ImportError().name, ImportError().path)
a = AttributeError("x", name="n", obj=1)
print(a.name, a.obj, a.args, AttributeError("z").name, AttributeError("z").obj)
print(NameError("x", name="q").name, NameError().name)

def attempt(f):
    try:
        f()
        print("no error")
    except TypeError as exc:
        print("TypeError:", exc)

attempt(lambda: ValueError(x=1))
attempt(lambda: KeyError("k", reason=2))
attempt(lambda: ImportError("x", foo=1))
attempt(lambda: AttributeError("x", path="p"))
attempt(lambda: NameError("x", obj=1))
attempt(lambda: OSError(1, "x", z=1))

class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

class F(Exception):
    pass

class G(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)

print(E("m", code=3).code, E("m", code=3).args)
attempt(lambda: F(1, x=2))
attempt(lambda: G(1, z=2))
attempt(lambda: BaseException.__init__(F(), y=1))
try:
    raise ImportError("cannot import thing", name="pkg")
except ImportError as exc:
    print(type(exc).__name__, exc, exc.name)

# Output:
# m p ('x',)
# a None None
# n 1 ('x',) None None
# q None
# TypeError: ValueError() takes no keyword arguments
# TypeError: KeyError() takes no keyword arguments
# TypeError: 'foo' is an invalid keyword argument for ImportError()
# TypeError: 'path' is an invalid keyword argument for AttributeError()
# TypeError: 'obj' is an invalid keyword argument for NameError()
# TypeError: OSError() takes no keyword arguments
# 3 ('m',)
# TypeError: F() takes no keyword arguments
# TypeError: G() takes no keyword arguments
# TypeError: F() takes no keyword arguments
# ImportError cannot import thing pkg
