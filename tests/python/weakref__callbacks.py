# Callbacks: order (newest first, as CPython lists them), callbacks that
# raise (reported, not propagated), a reference dying before its referent,
# __del__ before the callbacks, chains of objects freeing one another.
import gc
import weakref

log = []


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


a = C("a")
refs = [weakref.ref(a, lambda w, i=i: log.append(("cb", i))) for i in range(4)]
del a
print(log)
log.clear()

# A reference that dies first never calls back.
b = C("b")
rb = weakref.ref(b, lambda w: log.append("never"))
del rb
del b
print(log)


# __del__ runs before the callbacks, and sees its references alive.
class D:
    def __del__(self):
        log.append(("del", weakref.getweakrefcount(self), wr() is self))


d = D()
wr = weakref.ref(d, lambda w: log.append(("cb", w() is None)))
del d
print(log)
log.clear()

# A callback that raises is reported and the others still run.
e = C("e")
r1 = weakref.ref(e, lambda w: log.append("first"))
r2 = weakref.ref(e, lambda w: 1 / 0)
r3 = weakref.ref(e, lambda w: log.append("third"))
del e
print(log)
log.clear()

# A chain: each callback frees the next object.
holder = {}
chain = [C("n%d" % i) for i in range(5)]
for i in range(5):
    def cb(w, i=i):
        log.append(i)
        holder.pop(i + 1, None)
    holder[i] = (chain[i], weakref.ref(chain[i], cb))
del chain
holder.pop(0)
print(log)
log.clear()

# Freeing a container frees its items: callbacks in the order they died.
items = [C("i%d" % i) for i in range(3)]
wrs = [weakref.ref(x, lambda w, i=i: log.append(i)) for i, x in enumerate(items)]
del x
del items
print(log)
log.clear()

# Cycles: the collector clears the references and calls back.
p = C("p")
q = C("q")
p.other = q
q.other = p
wp = weakref.ref(p, lambda w: log.append("p gone"))
wq = weakref.ref(q)
del p, q
print(wp() is not None, wq() is not None)
gc.collect()
print(wp(), wq(), sorted(log))
log.clear()

# A reference that is part of the garbage cycle does not call back.
s = C("s")
s.me = weakref.ref(s, lambda w: log.append("self"))
del s
gc.collect()
print(log)

# A callback may make new references and objects.
keep = []
t = C("t")


def resurrect_other(w):
    n = C("new")
    keep.append((n, weakref.ref(n)))
    log.append(w() is None)


wt = weakref.ref(t, resurrect_other)
del t
print(log, keep[0][1]() is keep[0][0])

# Output:
# [('cb', 3), ('cb', 2), ('cb', 1), ('cb', 0)]
# []
# [('del', 1, True), ('cb', True)]
# ['third', 'first']
# []
# Raise: NameError: name 'x' is not defined
