# weakref.finalize: called when the object dies, at most once; detach,
# peek, alive, atexit; finalizers left alive at exit run newest first.
import weakref


class C:
    pass


log = []


def note(x):
    log.append(x)


a = C()
f = weakref.finalize(a, note, "a died")
print(f.alive, f.atexit, f.peek()[1:] == (note, ("a died",), {}))
print(repr(f).startswith("<finalize object at 0x"), "for 'C'" in repr(f))
del a
print(log, f.alive, f(), f.peek(), f.detach())
print(repr(f).endswith("; dead>"))

b = C()
g = weakref.finalize(b, lambda *args, **kw: log.append((args, kw)), 1, 2, x=3)
print(g(), log[-1], g.alive, g())
del b

c = C()
h = weakref.finalize(c, log.append, "c")
obj, func, args, kwargs = h.detach()
print(obj is c, args, kwargs, h.alive, h.detach())
del obj, c
print(log[-1])

# A finalizer nobody holds still runs.
d = C()
weakref.finalize(d, log.append, "d")
del d
print(log[-1])

e = C()
k = weakref.finalize(e, log.append, "e")
k.atexit = False
print(k.atexit)
keep1 = C()
keep2 = C()
weakref.finalize(keep1, print, "at exit: keep1")
weakref.finalize(keep2, print, "at exit: keep2")
print("end of program")

# Output:
# True True True
# True True
# ['a died'] False None None None
# True
# None ((1, 2), {'x': 3}) False None
# True ('c',) {} False None
# ((1, 2), {'x': 3})
# d
# False
# end of program
# at exit: keep2
# at exit: keep1
