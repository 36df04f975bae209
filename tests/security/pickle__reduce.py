# sandpy-only: CPython has pickle, copyreg and object.__reduce_ex__
# Route: pickle.loads calls whatever callable an object's __reduce__
# names (the classic `(os.system, ("sh",))` payload), and
# object.__reduce_ex__ leads to copyreg's globals; a runtime that
# serialised objects between sandboxes that way would run the sender's
# hook in the receiver. sandpy has no pickle, copyreg or __reduce_ex__,
# and objects cross between sandboxes by freezing, which copies data and
# never calls __reduce__, __getstate__, __setstate__ or __copy__.
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


attempt("object.__reduce_ex__", lambda: object.__reduce_ex__)
attempt("(1).__reduce__", lambda: (1).__reduce__)
def import_named(name):
    if name == "pickle":
        import pickle
    elif name == "copyreg":
        import copyreg
    elif name == "copy":
        import copy
    elif name == "marshal":
        import marshal
    else:
        import shelve


for name in ["pickle", "copyreg", "copy", "marshal", "shelve"]:
    attempt("import " + name, lambda: import_named(name))
q = sandbox.Queue()
q.put(Payload())
print("sent through spawn and a queue:", sandbox.spawn(receive, Payload(), q).join())
frozen = sandbox.freeze(Payload())
thawed = sandbox.thaw(frozen)
print("freeze and thaw:", frozen.data, thawed.data)
print("hooks called:", calls)

# Output:
# object.__reduce_ex__: AttributeError: type object 'object' has no attribute '__reduce_ex__'
# (1).__reduce__: AttributeError: 'int' object has no attribute '__reduce__'
# import pickle: ModuleNotFoundError: No module named 'pickle' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import copyreg: ModuleNotFoundError: No module named 'copyreg' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import copy: ModuleNotFoundError: No module named 'copy' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import marshal: ModuleNotFoundError: No module named 'marshal' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import shelve: ModuleNotFoundError: No module named 'shelve' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# sent through spawn and a queue: ['Payload', [1, 2], [1, 2], True]
# freeze and thaw: [1, 2] [1, 2]
# hooks called: []
