# sandpy-only: CPython has no sandboxes
# sandpy-args: --allow-read files_data
# Route: a child with no file grants hands its parent (which has them)
# objects whose code reaches for files when the parent merely uses them:
# __repr__, __str__, __format__, __hash__, __eq__, __lt__, __iter__,
# __len__, __bool__, __getattr__, a property, a function used as key=, a
# generator resumed by the parent, closures and default arguments, and a
# native stored as a dunder (`__repr__ = staticmethod(os.listdir)`). Code
# runs with at most the authority of the sandbox that defined it: each one
# finds the files absent (or its import refused), and the parent's own
# reads still work afterwards.
import os
import sandbox


def attempt(label, f):
    try:
        r = f()
        print(label + ":", "OK", repr(r)[:50])
    except Exception as e:
        print(label + ":", type(e).__name__ + ":", str(e)[:70].rstrip())


def reader(*args):
    return len(open("files_data/notes.txt").read())


def child(reader):
    def peek():
        try:
            with open("files_data/notes.txt") as f:
                return "READ " + f.read()[:6]
        except OSError as e:
            return "denied " + type(e).__name__

    class Evil:
        def __repr__(self):
            return peek()

        def __str__(self):
            return peek()

        def __format__(self, spec):
            return peek()

        def __hash__(self):
            return len(os.listdir("files_data"))

        def __eq__(self, other):
            return os.listdir("files_data") == []

        def __lt__(self, other):
            return os.listdir("files_data") == []

        def __iter__(self):
            return iter(os.listdir("files_data"))

        def __len__(self):
            return len(os.listdir("files_data"))

        def __bool__(self):
            return len(os.listdir("files_data")) > 0

        def __getattr__(self, name):
            return peek()

        @property
        def prop(self):
            return peek()

    # The parent's own function, stored as dunders of the child's class:
    # called implicitly by the parent, it runs with the class's authority.
    class Borrowed:
        __repr__ = reader
        __len__ = reader
        __hash__ = reader

    def gen():
        yield peek()
        yield os.listdir("/")

    def make_closure():
        path = "files_data/notes.txt"

        def inner():
            return open(path).read()[:6]

        return inner

    def with_default(p="files_data/notes.txt", opener=open):
        return opener(p).read()[:6]

    def importer():
        import math

        return math.pi

    return {
        "evil": Evil(),
        "borrowed": Borrowed(),
        "gen": gen,
        "closure": make_closure(),
        "default": with_default,
        "key": lambda x: os.listdir(x),
        "peek": peek,
        "importer": importer,
    }


r = sandbox.spawn(child, reader, _config=sandbox.Config(read=[], write=[], modules=[])).join()
e = r["evil"]
attempt("repr", lambda: repr(e))
attempt("str", lambda: str(e))
attempt("format", lambda: f"{e}")
attempt("print", lambda: print(e))
attempt("hash", lambda: hash(e))
attempt("dict key", lambda: {e: 1})
attempt("eq", lambda: e == 1)
attempt("in list", lambda: 1 in [e])
attempt("lt", lambda: sorted([e, e]))
attempt("iter", lambda: list(e))
attempt("len", lambda: len(e))
attempt("bool", lambda: bool(e))
attempt("getattr", lambda: e.anything)
attempt("property", lambda: e.prop)
attempt("borrowed repr", lambda: repr(r["borrowed"]))
attempt("borrowed len", lambda: len(r["borrowed"]))
attempt("borrowed hash", lambda: hash(r["borrowed"]))
attempt("method of borrowed", lambda: r["borrowed"].__len__())
attempt("generator", lambda: list(r["gen"]()))
attempt("closure", r["closure"])
attempt("default args", r["default"])
attempt("key=", lambda: sorted(["files_data"], key=r["key"]))
attempt("max key=", lambda: max(["files_data"], key=r["key"]))
attempt("map", lambda: list(map(r["key"], ["files_data"])))
attempt("import", r["importer"])
# The parent's own authority is intact after all of that.
attempt("parent reads", lambda: open("files_data/notes.txt").read()[:6])
attempt("parent lists", lambda: sorted(os.listdir("files_data")))
attempt("parent's function", lambda: reader())
# Output:
# repr: OK 'denied FileNotFoundError'
# str: OK 'denied FileNotFoundError'
# format: OK 'denied FileNotFoundError'
# denied FileNotFoundError
# print: OK None
# hash: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# dict key: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# eq: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# in list: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# lt: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# iter: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# len: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# bool: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# getattr: OK 'denied FileNotFoundError'
# property: OK 'denied FileNotFoundError'
# borrowed repr: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# borrowed len: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# borrowed hash: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# method of borrowed: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# generator: OK ['denied FileNotFoundError', []]
# closure: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# default args: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# key=: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# max key=: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# map: FileNotFoundError: [Errno 2] No such file or directory: 'files_data'
# import: PermissionError: import of module 'math' is not granted to this sandbox (grant it with
# parent reads: OK 'secret'
# parent lists: OK ['notes.txt', 'sub']
# parent's function: OK 26
