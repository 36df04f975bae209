# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries vanish with
# their referents; the mapping and set operations.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K%d" % self.n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n


objs = [K(i) for i in range(6)]
wvd = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wvd["k%d" % i] = o
print(len(wvd), sorted(wvd.keys()), wvd["k2"], "k3" in wvd)
del o
del objs[2]
print(len(wvd), sorted(wvd), "k2" in wvd, wvd.get("k2", "gone"))
try:
    wvd["k2"]
except KeyError as e:
    print("KeyError", e)
print(sorted(wvd.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in wvd.values()))
print(wvd.pop("k0"), wvd.pop("zz", "dflt"), len(wvd))
print(wvd.setdefault("k1", None), len(wvd.valuerefs()))
c = wvd.copy()
print(type(c).__name__, sorted(c))
objs.clear()
print(len(wvd), list(wvd), len(c))
wvd2 = weakref.WeakValueDictionary({"a": K(100)})
print(len(wvd2))
keep = K(7)
wvd2.update(x=keep)
print(sorted(wvd2), wvd2["x"])
print(repr(wvd2).startswith("<WeakValueDictionary at 0x"))

# Deleting during iteration: removals wait for the iteration's end.
objs = [K(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for key in wvd:
    seen.append(key)
    if key == 1:
        del objs[3:]
print(seen[:2], len(wvd), sorted(wvd))

# WeakKeyDictionary
ks = [K(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for k in ks:
    wkd[k] = k.n * 10
print(len(wkd), wkd[ks[1]], ks[2] in wkd, K(2) in wkd, 5 in wkd)
del k
del ks[0]
print(len(wkd), sorted(wkd.values()), sorted(k.n for k in wkd.keys()))
print(wkd.pop(ks[0]), len(wkd), wkd.get(ks[1]), wkd.setdefault(ks[1], 0))
print(len(wkd.keyrefs()), sorted((k.n, v) for k, v in wkd.items()))
del ks[:]
print(len(wkd), list(wkd.items()))

# WeakSet
items = [K(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, 3 in ws, sorted(x.n for x in ws))
del items[1]
print(len(ws), sorted(x.n for x in ws))
ws.discard(items[0])
ws.add(items[0])
ws.remove(items[0])
print(len(ws))
try:
    ws.remove(items[0])
except KeyError:
    print("KeyError")
other = weakref.WeakSet(items[:2])
print(sorted(x.n for x in ws | other), sorted(x.n for x in ws & other))
print(sorted(x.n for x in ws - other), ws.isdisjoint(other), other <= ws)
items.clear()
print(len(ws), len(other), list(ws))

# Output:
# 6 ['k0', 'k1', 'k2', 'k3', 'k4', 'k5'] K2 True
# 5 ['k0', 'k1', 'k3', 'k4', 'k5'] False gone
# KeyError 'k2'
# [('k0', K0), ('k1', K1), ('k3', K3), ('k4', K4), ('k5', K5)]
# [0, 1, 3, 4, 5]
# K0 dflt 4
# K1 4
# WeakValueDictionary ['k1', 'k3', 'k4', 'k5']
# 0 [] 0
# 0
# ['x'] K7
# True
# [0, 1] 3 [0, 1, 2]
# 4 10 True True False
# 3 [10, 20, 30] [1, 2, 3]
# 10 2 20 20
# 2 [(2, 20), (3, 30)]
# 0 []
# 5 True False [0, 1, 2, 3, 4]
# 4 [0, 2, 3, 4]
# 3
# KeyError
# [0, 2, 3, 4] [2]
# [3, 4] False False
# 0 0 []
