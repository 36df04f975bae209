# sandpy-only: the sandbox module
# Every mutator of a frozen list, dict or set raises TypeError.
import random
from sandbox import freeze

L = freeze([3, 1, 2])
D = freeze({"a": 1, "b": 2})
S = freeze({1, 2, 3})

def attempt(label, f):
    try:
        f()
        print(label, "did not raise")
    except TypeError as e:
        print(label, e)

def setitem():
    L[0] = 5
def delitem():
    del L[0]
def setslice():
    L[0:1] = [7, 8]
def delslice():
    del L[::2]
def iadd():
    global L
    L += [4]
def imul():
    global L
    L *= 2

attempt("append", lambda: L.append(4))
attempt("extend", lambda: L.extend([4]))
attempt("insert", lambda: L.insert(0, 4))
attempt("pop", lambda: L.pop())
attempt("remove", lambda: L.remove(1))
attempt("clear", lambda: L.clear())
attempt("sort", lambda: L.sort())
attempt("reverse", lambda: L.reverse())
attempt("setitem", setitem)
attempt("delitem", delitem)
attempt("setslice", setslice)
attempt("delslice", delslice)
attempt("iadd", iadd)
attempt("imul", imul)
attempt("__setitem__", lambda: L.__setitem__(0, 1))
attempt("__delitem__", lambda: L.__delitem__(0))
attempt("__iadd__", lambda: L.__iadd__([1]))
attempt("__imul__", lambda: L.__imul__(2))
attempt("__init__", lambda: L.__init__([9]))
attempt("list.append", lambda: list.append(L, 1))
attempt("shuffle", lambda: random.shuffle(L))
print(L)

def dset():
    D["c"] = 3
def ddel():
    del D["a"]
def dior():
    global D
    D |= {"z": 0}

attempt("dict set", dset)
attempt("dict del", ddel)
attempt("update", lambda: D.update(c=3))
attempt("update empty", lambda: D.update())
attempt("setdefault", lambda: D.setdefault("a", 0))
attempt("dict pop", lambda: D.pop("a"))
attempt("popitem", lambda: D.popitem())
attempt("dict clear", lambda: D.clear())
attempt("dict ior", dior)
attempt("dict __setitem__", lambda: D.__setitem__("q", 1))
attempt("dict __delitem__", lambda: D.__delitem__("a"))
attempt("dict __init__", lambda: D.__init__(x=1))
print(D)

def sior():
    global S
    S |= {9}
def siand():
    global S
    S &= {1}
def sisub():
    global S
    S -= {1}
def sixor():
    global S
    S ^= {1}

attempt("add", lambda: S.add(4))
attempt("add present", lambda: S.add(1))
attempt("discard", lambda: S.discard(1))
attempt("set remove", lambda: S.remove(1))
attempt("set pop", lambda: S.pop())
attempt("set clear", lambda: S.clear())
attempt("set update", lambda: S.update([5]))
attempt("difference_update", lambda: S.difference_update([1]))
attempt("intersection_update", lambda: S.intersection_update([1]))
attempt("symmetric_difference_update", lambda: S.symmetric_difference_update([1]))
attempt("set ior", sior)
attempt("set iand", siand)
attempt("set isub", sisub)
attempt("set ixor", sixor)
print(sorted(S), sorted(S | {4}), sorted(S - {1}))

# Non-mutating operations still work.
print(sorted(L), L + [0], L * 2, D.get("a"), D.copy() == D, 2 in S)
L.append(1)

# Output:
# append cannot modify frozen list
# extend cannot modify frozen list
# insert cannot modify frozen list
# pop cannot modify frozen list
# remove cannot modify frozen list
# clear cannot modify frozen list
# sort cannot modify frozen list
# reverse cannot modify frozen list
# setitem cannot modify frozen list
# delitem cannot modify frozen list
# setslice cannot modify frozen list
# delslice cannot modify frozen list
# iadd cannot modify frozen list
# imul cannot modify frozen list
# __setitem__ cannot modify frozen list
# __delitem__ cannot modify frozen list
# __iadd__ cannot modify frozen list
# __imul__ cannot modify frozen list
# __init__ cannot modify frozen list
# list.append cannot modify frozen list
# shuffle cannot modify frozen list
# [3, 1, 2]
# dict set cannot modify frozen dict
# dict del cannot modify frozen dict
# update cannot modify frozen dict
# update empty cannot modify frozen dict
# setdefault cannot modify frozen dict
# dict pop cannot modify frozen dict
# popitem cannot modify frozen dict
# dict clear cannot modify frozen dict
# dict ior cannot modify frozen dict
# dict __setitem__ cannot modify frozen dict
# dict __delitem__ cannot modify frozen dict
# dict __init__ cannot modify frozen dict
# {'a': 1, 'b': 2}
# add cannot modify frozen set
# add present cannot modify frozen set
# discard cannot modify frozen set
# set remove cannot modify frozen set
# set pop cannot modify frozen set
# set clear cannot modify frozen set
# set update cannot modify frozen set
# difference_update cannot modify frozen set
# intersection_update cannot modify frozen set
# symmetric_difference_update cannot modify frozen set
# set ior cannot modify frozen set
# set iand cannot modify frozen set
# set isub cannot modify frozen set
# set ixor cannot modify frozen set
# [1, 2, 3] [1, 2, 3, 4] [2, 3]
# [1, 2, 3] [3, 1, 2, 0] [3, 1, 2, 3, 1, 2] 1 True True
# Raise: TypeError: cannot modify frozen list
