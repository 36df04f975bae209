# sandpy-only: child sandboxes
# Route: everything else a child can be handed (closure cells, default
# values, a bound method's __self__, a class and its methods, a module, a
# queue item) is a way back to the parent's live objects in a threaded
# interpreter. In sandpy each arrives frozen: the child can read it, any
# write raises, and the parent's objects stay as they were.
import sys
import sandbox
from _escape import attempt

log = []


def make_counter():
    seen = []

    def count(item, acc=[], *, extra={"k": []}):
        seen.append(item)
        acc.append(item)
        return len(seen)
    return count


def make_tally():
    total = 0

    def tally():
        nonlocal total
        total += 1
        return total
    return tally


class Store:
    kept = []

    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        log.append(x)


store = Store()
q = sandbox.Queue()
shared = [1, 2]
q.put(shared)
shared.append(3)


def child(count, tally, add, cls, mod, q):
    attempt("closure cell is frozen", lambda: sandbox.is_frozen(count.__closure__[0]))
    attempt("cell_contents.append", lambda: count.__closure__[0].cell_contents.append(1))
    attempt("cell_contents = ...", lambda: setattr(count.__closure__[0], "cell_contents", []))
    attempt("call (nonlocal list append)", lambda: count("x"))
    attempt("call (nonlocal rebinding)", tally)
    attempt("__defaults__[0].append", lambda: count.__defaults__[0].append(1))
    attempt("__kwdefaults__['extra']['k'].append", lambda: count.__kwdefaults__["extra"]["k"].append(1))
    attempt("bound method call", lambda: add("from child"))
    attempt("__self__.items.append", lambda: add.__self__.items.append(1))
    attempt("object.__setattr__(__self__)", lambda: object.__setattr__(add.__self__, "items", None))
    attempt("class attribute list", lambda: cls.kept.append(1))
    attempt("setattr(class)", lambda: setattr(cls, "kept", None))
    attempt("type.__setattr__(class)", lambda: type.__setattr__(cls, "add", None))
    attempt("method globals", lambda: cls.add.__globals__["log"].append(1))
    attempt("module attribute", lambda: setattr(mod, "argv", None))
    attempt("module __dict__", lambda: mod.__dict__.__setitem__("argv", None))
    attempt("module list", lambda: mod.argv.append("x"))
    item = q.get()
    attempt("queue item (put before the parent appended 3)", lambda: item)
    attempt("queue item append", lambda: item.append(4))
    return "child done"


tally = make_tally()
print(sandbox.spawn(child, make_counter(), tally, store.add, Store, sys, q).join())
print("parent:", store.items, Store.kept, log, shared, len(sys.argv), tally())

# Output:
# closure cell is frozen: True
# cell_contents.append: TypeError: cannot modify frozen list
# cell_contents = ...: TypeError: cannot modify frozen closure cell
# call (nonlocal list append): TypeError: cannot modify frozen list
# call (nonlocal rebinding): TypeError: cannot modify frozen closure cell 'total'
# __defaults__[0].append: TypeError: cannot modify frozen list
# __kwdefaults__['extra']['k'].append: TypeError: cannot modify frozen list
# bound method call: TypeError: cannot modify frozen list
# __self__.items.append: TypeError: cannot modify frozen list
# object.__setattr__(__self__): TypeError: cannot modify frozen 'Store' object
# class attribute list: TypeError: cannot modify frozen list
# setattr(class): TypeError: cannot modify frozen class 'Store'
# type.__setattr__(class): TypeError: cannot modify frozen class 'Store'
# method globals: TypeError: cannot modify frozen list
# module attribute: TypeError: cannot modify frozen module 'sys'
# module __dict__: TypeError: cannot modify frozen dict
# module list: TypeError: cannot modify frozen list
# queue item (put before the parent appended 3): [1, 2]
# queue item append: TypeError: cannot modify frozen list
# child done
# parent: [] [] [] [1, 2, 3] 1 1
