# sandpy-only: CPython has no sandboxes
# sandpy-args: --allow-read files_data
# Route: a child with no file grants hands its parent (which has them) a
# class whose metaclass (the child's) reaches for files when the parent
# merely uses the class: a metaclass method, property, `__call__`,
# `__repr__`, `__iter__`, `__len__`, `__getitem__`, `__getattr__`,
# `__instancecheck__`, `__eq__`/`__hash__`, and its `__new__` when the
# parent writes a class statement with that metaclass (the class it makes
# carries at most the child's authority, so a native that `__new__` puts in
# the parent's class runs with it too). Each finds the files absent, and
# the parent's own reads still work afterwards.
import os
import sandbox


def attempt(label, f):
    try:
        r = f()
        print(label + ":", "OK", repr(r)[:50])
    except Exception as e:
        print(label + ":", type(e).__name__ + ":", str(e)[:70].rstrip())


def child():
    def peek():
        try:
            with open("files_data/notes.txt") as f:
                return "READ " + f.read()[:6]
        except OSError as e:
            return "denied " + type(e).__name__

    class Evil(type):
        def __new__(mcs, name, bases, ns):
            ns["peek_at_creation"] = peek()
            ns["lister"] = staticmethod(os.listdir)
            return super().__new__(mcs, name, bases, ns)

        def method(cls):
            return peek()

        @property
        def prop(cls):
            return peek()

        def __call__(cls, *args):
            return peek()

        def __repr__(cls):
            return peek()

        def __iter__(cls):
            return iter(os.listdir("files_data"))

        def __len__(cls):
            return len(os.listdir("files_data"))

        def __getitem__(cls, key):
            return peek()

        def __getattr__(cls, name):
            return peek()

        def __instancecheck__(cls, obj):
            return os.listdir("files_data") == []

        def __eq__(cls, other):
            return os.listdir("files_data") == []

        def __hash__(cls):
            return len(os.listdir("files_data"))

    class K(metaclass=Evil):
        pass

    return K


K = sandbox.spawn(child, _config=sandbox.Config(read=[], write=[], modules=[])).join()
attempt("type", lambda: type(K).__name__)
attempt("metaclass method", lambda: K.method())
attempt("metaclass property", lambda: K.prop)
attempt("__call__", lambda: K())
attempt("repr", lambda: repr(K))
attempt("iter", lambda: list(K))
attempt("len", lambda: len(K))
attempt("getitem", lambda: K[0])
attempt("getattr", lambda: K.anything)
attempt("isinstance", lambda: isinstance(1, K))
attempt("eq", lambda: K == 1)
attempt("hash", lambda: hash(K))
attempt("made in the child", lambda: K.peek_at_creation)
attempt("native put in by the child", lambda: K.lister("files_data"))


# The parent's own class statement, made by the child's metaclass.
class Mine(metaclass=type(K)):
    def own(self):
        return sorted(os.listdir("files_data"))


attempt("made in the parent", lambda: Mine.peek_at_creation)
attempt("native in the parent's class", lambda: Mine.lister("files_data"))
attempt("parent method in that class", lambda: Mine.own(None))
# The parent's own authority is intact after all of that.
attempt("parent reads", lambda: open("files_data/notes.txt").read()[:6])
attempt("parent lists", lambda: sorted(os.listdir("files_data")))
# Output:
# type: OK 'Evil'
# metaclass method: OK 'denied FileNotFoundError'
# metaclass property: OK 'denied FileNotFoundError'
# __call__: OK 'denied FileNotFoundError'
# repr: OK 'denied FileNotFoundError'
# iter: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# len: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# getitem: OK 'denied FileNotFoundError'
# getattr: OK 'denied FileNotFoundError'
# isinstance: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# eq: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# hash: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# made in the child: OK 'denied FileNotFoundError'
# native put in by the child: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# made in the parent: OK 'denied FileNotFoundError'
# native in the parent's class: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# parent method in that class: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# parent reads: OK 'secret'
# parent lists: OK ['notes.txt', 'sub']
