# sandpy-only: frozen objects
# Route: the statements that write an object without calling one of its
# methods (item and attribute assignment and deletion, augmented
# assignment, for-loop targets, __dict__ / __class__ assignment,
# object.__setattr__ and super().__setattr__, raising an exception, which
# records a traceback in it), aimed at a frozen object: one shared with
# other sandboxes. Each is refused with TypeError naming the frozen object,
# including after the attribute inline caches were warmed on a local
# object of the same class.
import sys
import sandbox
from _escape import attempt


class Point:
    def __init__(self, x):
        self.x = x
        self.items = [x]


class Other:
    pass


fl = sandbox.freeze([1, 2, 3])
fd = sandbox.freeze({"k": 1})
fs = sandbox.freeze({1, 2})
fp = sandbox.freeze(Point(1))
FP = type(fp)
fe = sandbox.freeze(ValueError("frozen"))
fm = sandbox.freeze(sys)


def aug_list():
    x = fl
    x += [4]


def aug_list_mul():
    x = fl
    x *= 2


def aug_dict():
    x = fd
    x |= {"z": 1}


def aug_set():
    x = fs
    x |= {3}
    x -= {1}


def aug_item():
    fd["k"] += 1


def for_target():
    for fp.x in range(3):
        pass


def store_warm():
    # The same StoreAttr instruction, first on local instances (the inline
    # cache learns the class and slot), then on the frozen one.
    for obj in [Point(5), Point(6), Point(7), fp]:
        obj.x = 0


def exc_warm():
    for e in [ValueError(), ValueError(), fe]:
        e.note = "x"


attempt("fl[0] = 9", lambda: fl.__setitem__(0, 9))
attempt("fl += [4]", aug_list)
attempt("fl *= 2", aug_list_mul)
attempt("fl[:] = []", lambda: fl.__setitem__(slice(None), []))
attempt("del fl[0]", lambda: fl.__delitem__(0))
attempt("fd['k'] += 1", aug_item)
attempt("del fd['k']", lambda: fd.__delitem__("k"))
attempt("fd |= {...}", aug_dict)
attempt("fs |= {3}", aug_set)
attempt("fs.add(3)", lambda: fs.add(3))
attempt("fp.x = 2", lambda: setattr(fp, "x", 2))
attempt("fp.x = 0 after warming the cache", store_warm)
attempt("for fp.x in ...", for_target)
attempt("del fp.x", lambda: delattr(fp, "x"))
attempt("fp.items += [2]", lambda: fp.items.__iadd__([2]))
attempt("fp.__dict__['x'] = 2", lambda: fp.__dict__.__setitem__("x", 2))
attempt("vars(fp).update", lambda: vars(fp).update(x=2))
attempt("fp.__dict__ = {}", lambda: setattr(fp, "__dict__", {}))
attempt("fp.__class__ = Other", lambda: setattr(fp, "__class__", Other))
attempt("object.__setattr__(fp)", lambda: object.__setattr__(fp, "x", 2))
attempt("super(Point, fp).__setattr__", lambda: super(FP, fp).__setattr__("x", 2))
attempt("FP.y = 1", lambda: setattr(FP, "y", 1))
attempt("del FP.__init__", lambda: delattr(FP, "__init__"))
attempt("FP.__bases__ = (Other,)", lambda: setattr(FP, "__bases__", (Other,)))
attempt("FP.__name__ = 'Q'", lambda: setattr(FP, "__name__", "Q"))
attempt("fe.args = ()", lambda: setattr(fe, "args", ()))
attempt("fe.__traceback__ = None", lambda: setattr(fe, "__traceback__", None))
attempt("fe.__cause__ = KeyError()", lambda: setattr(fe, "__cause__", KeyError()))
attempt("fe.note = 'x' after warming", exc_warm)
attempt("fm.argv = []", lambda: setattr(fm, "argv", []))
attempt("del fm.argv", lambda: delattr(fm, "argv"))
try:
    raise fe
except ValueError as e:
    print("raising a frozen exception raises a local copy:", e is fe, sandbox.is_frozen(e))
    e.note = "the copy is mutable"
print("after all that:", fl, fd, sorted(fs), fp.x, fp.items, fe.args, hasattr(FP, "y"))
print("freeze of a frozen object is itself:", sandbox.freeze(fl) is fl)
t = sandbox.thaw(fl)
t.append(4)
print("thaw gives a private copy:", t, fl)

# Output:
# fl[0] = 9: TypeError: cannot modify frozen list
# fl += [4]: TypeError: cannot modify frozen list
# fl *= 2: TypeError: cannot modify frozen list
# fl[:] = []: TypeError: cannot modify frozen list
# del fl[0]: TypeError: cannot modify frozen list
# fd['k'] += 1: TypeError: cannot modify frozen dict
# del fd['k']: TypeError: cannot modify frozen dict
# fd |= {...}: TypeError: cannot modify frozen dict
# fs |= {3}: TypeError: cannot modify frozen set
# fs.add(3): TypeError: cannot modify frozen set
# fp.x = 2: TypeError: cannot modify frozen 'Point' object
# fp.x = 0 after warming the cache: TypeError: cannot modify frozen 'Point' object
# for fp.x in ...: TypeError: cannot modify frozen 'Point' object
# del fp.x: TypeError: cannot modify frozen 'Point' object
# fp.items += [2]: TypeError: cannot modify frozen list
# fp.__dict__['x'] = 2: TypeError: cannot modify frozen dict
# vars(fp).update: TypeError: cannot modify frozen dict
# fp.__dict__ = {}: TypeError: cannot modify frozen 'Point' object
# fp.__class__ = Other: TypeError: cannot modify frozen 'Point' object
# object.__setattr__(fp): TypeError: cannot modify frozen 'Point' object
# super(Point, fp).__setattr__: TypeError: cannot modify frozen 'Point' object
# FP.y = 1: TypeError: cannot modify frozen class 'Point'
# del FP.__init__: TypeError: cannot modify frozen class 'Point'
# FP.__bases__ = (Other,): TypeError: cannot modify frozen class 'Point'
# FP.__name__ = 'Q': TypeError: cannot modify frozen class 'Point'
# fe.args = (): TypeError: cannot modify frozen 'ValueError' object
# fe.__traceback__ = None: TypeError: cannot modify frozen 'ValueError' object
# fe.__cause__ = KeyError(): TypeError: cannot modify frozen 'ValueError' object
# fe.note = 'x' after warming: TypeError: cannot modify frozen 'ValueError' object
# fm.argv = []: TypeError: cannot modify frozen module 'sys'
# del fm.argv: TypeError: cannot modify frozen module 'sys'
# raising a frozen exception raises a local copy: False False
# after all that: [1, 2, 3] {'k': 1} [1, 2] 1 [1] ('frozen',) False
# freeze of a frozen object is itself: True
# thaw gives a private copy: [1, 2, 3, 4] [1, 2, 3]
