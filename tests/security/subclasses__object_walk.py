# sandpy-only: CPython's object.__subclasses__() lists every class of the process
# Route: ().__class__.__base__.__subclasses__() is object's subclasses in
# the whole interpreter; among them the classic payloads (warnings'
# catch_warnings, os._wrap_close, subprocess.Popen, _io classes,
# site._Printer, BuiltinImporter) lead through __init__.__globals__ to sys,
# os and the builtins. In sandpy a sandbox sees only the builtin types
# (frozen, shared, harmless) and the classes it made itself: never a class
# of another sandbox, never a host module's globals. (sandpy's file types,
# `_io.BufferedReader` among them, are builtin types too: their methods are
# natives that reach only the file controller.)
import sandbox
from _escape import attempt

PAYLOADS = ["catch_warnings", "_wrap_close", "Popen", "FileIO", "BufferedReader",
            "BuiltinImporter", "_Printer", "Quitter", "WarningMessage",
            "IncrementalEncoder", "FileLoader", "SourceLoader", "_ModuleLock"]


class ParentOnly:
    def __init__(self):
        self.secret = ["parent"]


def walk():
    everything = ().__class__.__base__.__subclasses__()
    seen = []
    todo = list(everything)
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.append(c)
            todo.extend(type.__subclasses__(c))
    print("payload classes:", [c.__name__ for c in seen if c.__name__ in PAYLOADS])
    shared = [c for c in seen if sandbox.is_frozen(c)]
    print("frozen (shared) classes are builtin types:",
          all(c.__module__ in ("builtins", "sandbox", "_io") for c in shared))
    own = sorted(c.__module__ + "." + c.__name__ for c in seen if not sandbox.is_frozen(c))
    print("non-frozen classes reached (this sandbox's own):", own)
    foreign = []
    for c in seen:
        g = getattr(c.__init__, "__globals__", None)
        if g is not None and g is not globals():
            foreign.append(c.__name__)
    print("__init__.__globals__ of another module:", foreign)
    return "done"


print("-- main")
walk()
print("-- child (the parent's classes must not be listed)")


def child(base):
    class ChildOnly:
        pass
    print("the parent's Base, subclasses seen by the child:", base.__subclasses__())

    class ChildSub(base):
        pass
    print("after subclassing it here:", [c.__name__ for c in base.__subclasses__()])
    return walk()


class Base:
    pass


class ParentSub(Base):
    pass


print(sandbox.spawn(child, Base).join())
print("the parent's view:", [c.__name__ for c in Base.__subclasses__()])

# Output:
# -- main
# payload classes: ['BufferedReader']
# frozen (shared) classes are builtin types: True
# non-frozen classes reached (this sandbox's own): ['__main__.ParentOnly']
# __init__.__globals__ of another module: []
# -- child (the parent's classes must not be listed)
# the parent's Base, subclasses seen by the child: []
# after subclassing it here: ['ChildSub']
# payload classes: ['BufferedReader']
# frozen (shared) classes are builtin types: True
# non-frozen classes reached (this sandbox's own): ['__main__.ChildOnly']
# __init__.__globals__ of another module: []
# done
# the parent's view: ['ParentSub']
