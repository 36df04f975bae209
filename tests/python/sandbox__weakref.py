# sandpy-only: the sandbox module
# Weak references and sandboxes: a reference cannot be frozen (nor sent to
# another sandbox); a reference to a frozen object never dies; a child's
# references and callbacks end with it.
import gc
import sandbox
import weakref


class C:
    pass


c = C()
r = weakref.ref(c)
for what in (r, [r], weakref.proxy(c), {"k": weakref.WeakValueDictionary()}):
    try:
        sandbox.freeze(what)
    except TypeError as e:
        print("TypeError:", e)
try:
    sandbox.spawn(lambda x: x, r).join()
except TypeError as e:
    print("TypeError:", e)

fc = sandbox.freeze(C())
rf = weakref.ref(fc, lambda w: print("never"))
del fc
gc.collect()
print(rf() is not None, weakref.getweakrefcount(rf()))
fs = sandbox.freeze(frozenset({1, 2}))
print(weakref.ref(fs)() == {1, 2})


def child(n):
    import weakref

    class D:
        pass

    log = []
    objs = [D() for _ in range(n)]
    refs = [weakref.ref(o, lambda w: log.append(1)) for o in objs]
    wvd = weakref.WeakValueDictionary(enumerate(objs))
    del objs[: n // 2]
    keep = [weakref.ref(o, lambda w: log.append(2)) for o in objs]
    weakref.finalize(objs[0], log.append, 3)
    del objs[0]
    return len(log), len(wvd), len(keep), log[-2:]


print(sandbox.spawn(child, 10).join())
print("parent done")

# Output:
# TypeError: cannot freeze 'ReferenceType' object
# TypeError: cannot freeze 'ReferenceType' object (reached via [0])
# TypeError: cannot freeze '_ProxyBase' object
# TypeError: cannot freeze 'ReferenceType' object (reached via ['k']._remove.__defaults__[0])
# TypeError: cannot freeze 'ReferenceType' object
# True 0
# True
# (8, 4, 5, [2, 1])
# parent done
