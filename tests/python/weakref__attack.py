# Attacks on the weak table: none may crash the host. Callbacks that
# resurrect what they can reach, that free other referents, that make new
# references to dying objects; references to references; long chains;
# many references to one object; references left alive at exit with
# callbacks that raise or print.
import gc
import weakref

log = []


class C:
    pass


# 1. A callback that stores its (dead) reference and tries to revive the
#    referent: it gets None.
graveyard = []
a = C()
wa = weakref.ref(a, lambda w: graveyard.append((w, w())))
del a
print(graveyard[0][1], graveyard[0][0] is wa)

# 2. A callback that deletes other referents while the first one dies.
pool = {i: C() for i in range(10)}
refs = []


def killer(w, i):
    log.append(i)
    for j in list(pool):
        if j % 3 == i % 3:
            del pool[j]


for i in range(10):
    refs.append(weakref.ref(pool[i], lambda w, i=i: killer(w, i)))
del pool[0]
print(sorted(log), sorted(pool))
log.clear()

# 3. A reference to a reference subclass instance, and a self-reference.


class R(weakref.ref):
    pass


x = C()
rx = R(x)
rrx = weakref.ref(rx, lambda w: log.append("outer ref gone"))
x.me = weakref.ref(x, lambda w: log.append("self ref"))
del rx
del x
print(log, rrx())
log.clear()

# 4. A long chain: each object is the only holder of the next, each with a
#    callback; freeing the head frees all, without deep recursion.
head = C()
node = head
chain_refs = []
for i in range(20000):
    nxt = C()
    node.next = nxt
    chain_refs.append(weakref.ref(nxt, lambda w: log.append(1)))
    node = nxt
del node, nxt
del head
print(len(log), all(r() is None for r in chain_refs))
log.clear()

# 5. Many references (with and without callbacks) to one object, and
#    references that die in the middle of the list.
t = C()
many = [weakref.ref(t, lambda w, i=i: log.append(i)) for i in range(1000)]
del many[::2]
del t
print(len(log), log[:3])
log.clear()

# 6. A callback that raises, a callback that is not callable.
u = C()
w1 = weakref.ref(u, lambda w: [][1])
w2 = weakref.ref(u, 42)
w3 = weakref.ref(u, lambda w: log.append("still runs"))
del u
print(log)
log.clear()

# 7. A callback that creates a new weak reference to the reference it got
#    and to new objects, in a loop, then a collection in a callback.
keep = []


def breed(w):
    if len(keep) < 50:
        o = C()
        keep.append(o)
        weakref.ref(o, breed)
        keep.append(weakref.ref(o, breed))
        gc.collect()


v = C()
wv = weakref.ref(v, breed)
del v
for _ in range(60):
    if keep:
        keep.pop(0)
print("bred", len(keep) <= 100)

# 8. Cycles through references and callbacks.
for i in range(200):
    o = C()
    o.ref = weakref.ref(o, lambda w, o=o: log.append("cycle"))
    o.proxy = weakref.proxy(o)
del o
gc.collect()
print("cycles", len(log))
log.clear()

# 9. WeakValueDictionary whose values free one another from callbacks.
wvd = weakref.WeakValueDictionary()
objs = [C() for _ in range(100)]
for i, o in enumerate(objs):
    wvd[i] = o
    o.sibling = objs[i - 1] if i else None
del o
objs = objs[-1:]
objs.clear()
print("wvd", len(wvd))

# 10. Objects with references and callbacks still alive at exit.
leftovers = [C() for _ in range(5)]
for i, o in enumerate(leftovers):
    o.r = weakref.ref(o, lambda w: print("never printed at exit"))
    weakref.finalize(o, print, "exit finalizer", i)
cyc = C()
cyc.me = cyc
weakref.finalize(cyc, lambda: 1 / 0)
print("done")

# Output:
# None True
# [0, 3, 6, 9] [1, 2, 4, 5, 7, 8]
# ['outer ref gone', 'self ref'] None
# 20000 True
# 500 [999, 997, 995]
# ['still runs']
# bred True
# cycles 0
# wvd 0
# done
# exit finalizer 4
# exit finalizer 3
# exit finalizer 2
# exit finalizer 1
# exit finalizer 0
