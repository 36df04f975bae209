# sandpy-only: CPython has pickle, and its copy calls __reduce_ex__ hooks
# Route: pickle.loads calls whatever callable an object's __reduce__
# names (the classic `(os.system, ("sh",))` payload), and
# object.__reduce_ex__ leads to copyreg's globals; a runtime that
# serialised objects between sandboxes that way would run the sender's
# hook in the receiver. sandpy has no pickle, marshal or shelve; it has
# copyreg, copy and object.__reduce_ex__ (the copy module's protocol),
# which run inside the calling sandbox only. Objects cross between
# sandboxes by freezing, which copies data and never calls __reduce__,
# __getstate__, __setstate__ or __copy__.
import sandbox
from _escape import attempt

calls = []


class Payload:
    def __init__(self):
        self.data = [1, 2]

    def __reduce__(self):
        calls.append("__reduce__")
        return (print, ("reduced!",))

    def __reduce_ex__(self, proto):
        calls.append("__reduce_ex__")
        return self.__reduce__()

    def __getstate__(self):
        calls.append("__getstate__")
        return {}

    def __setstate__(self, state):
        calls.append("__setstate__")

    def __copy__(self):
        calls.append("__copy__")
        return self


def receive(obj, q):
    got = q.get()
    return [type(obj).__name__, obj.data, got.data, sandbox.is_frozen(got)]


attempt("object.__reduce_ex__ is callable", lambda: callable(object.__reduce_ex__))
attempt("(1).__reduce__ is callable", lambda: callable((1).__reduce__))
def import_named(name):
    if name == "pickle":
        import pickle
    elif name == "marshal":
        import marshal
    else:
        import shelve


for name in ["pickle", "marshal", "shelve"]:
    attempt("import " + name, lambda: import_named(name))
q = sandbox.Queue()
q.put(Payload())
print("sent through spawn and a queue:", sandbox.spawn(receive, Payload(), q).join())
frozen = sandbox.freeze(Payload())
thawed = sandbox.thaw(frozen)
print("freeze and thaw:", frozen.data, thawed.data)
print("hooks called:", calls)

# Output:
# object.__reduce_ex__ is callable: True
# (1).__reduce__ is callable: True
# import pickle: ModuleNotFoundError: No module named 'pickle' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import marshal: ModuleNotFoundError: No module named 'marshal' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import shelve: ModuleNotFoundError: No module named 'shelve' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# sent through spawn and a queue: ['Payload', [1, 2], [1, 2], True]
# freeze and thaw: [1, 2] [1, 2]
# hooks called: []
