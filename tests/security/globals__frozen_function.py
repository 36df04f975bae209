# sandpy-only: frozen functions and child sandboxes
# Route: a function received from another sandbox (spawn argument, queue
# item, frozen function) exposes __globals__; in CPython that is its
# module's live dict, so writing it, or a mutable object in it, changes the
# sender's state, and '__builtins__' in it is the sender's builtins. In
# sandpy the receiver gets a frozen snapshot of the globals the function
# uses: no other name, no '__builtins__', and no write goes through.
import sandbox
from _escape import attempt

STATE = {"runs": 0}
SECRET = ["not used by work"]


def work():
    STATE["runs"] += 1
    return STATE["runs"]


def set_global():
    global STATE
    STATE = "replaced"


def child(fn, setter):
    g = fn.__globals__
    print("snapshot is a frozen dict:", type(g).__name__, sandbox.is_frozen(g))
    print("names in it:", sorted(g))
    print("SECRET reachable:", "SECRET" in g, "__builtins__" in g)
    attempt("g['STATE'] = ...", lambda: g.__setitem__("STATE", {}))
    attempt("g['STATE']['runs'] = 99", lambda: g["STATE"].__setitem__("runs", 99))
    attempt("g.update", lambda: g.update(STATE=None))
    attempt("g.clear", lambda: g.clear())
    attempt("g.pop", lambda: g.pop("STATE"))
    attempt("del g['STATE']", lambda: g.__delitem__("STATE"))
    attempt("g.setdefault", lambda: g.setdefault("NEW", 1))
    attempt("dict.__init__(g, ...)", lambda: dict.__init__(g, NEW=1))
    attempt("fn() writing a global's item", fn)
    attempt("setter() assigning a global", setter)
    attempt("fn.__globals__ = {...}", lambda: setattr(fn, "__globals__", {}))
    attempt("thawed copy is its own", lambda: sandbox.thaw(g)["STATE"].__setitem__("runs", 5))
    return "child done"


print(sandbox.spawn(child, work, set_global).join())
print("parent's STATE:", STATE, "SECRET:", SECRET)
print("freezing in the same sandbox copies too:", sandbox.freeze(work).__globals__ is globals())
print("parent's own function still works:", work(), STATE)

# Output:
# snapshot is a frozen dict: dict True
# names in it: ['STATE', '__name__']
# SECRET reachable: False False
# g['STATE'] = ...: TypeError: cannot modify frozen dict
# g['STATE']['runs'] = 99: TypeError: cannot modify frozen dict
# g.update: TypeError: cannot modify frozen dict
# g.clear: TypeError: cannot modify frozen dict
# g.pop: TypeError: cannot modify frozen dict
# del g['STATE']: TypeError: cannot modify frozen dict
# g.setdefault: TypeError: cannot modify frozen dict
# dict.__init__(g, ...): TypeError: cannot modify frozen dict
# fn() writing a global's item: TypeError: cannot modify frozen dict
# setter() assigning a global: TypeError: cannot modify frozen globals of function 'set_global' (global 'STATE')
# fn.__globals__ = {...}: TypeError: cannot modify frozen function 'work'
# thawed copy is its own: None
# child done
# parent's STATE: {'runs': 0} SECRET: ['not used by work']
# freezing in the same sandbox copies too: False
# parent's own function still works: 1 {'runs': 1}
