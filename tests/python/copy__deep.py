# copy.deepcopy: memo, sharing and cycles, __deepcopy__, reductions, depth.
import copy


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


inner = [1, 2]
outer = [inner, inner, {"k": inner}, (inner,)]
dc = copy.deepcopy(outer)
print(dc, dc[0] is not inner, dc[0] is dc[1], dc[2]["k"] is dc[0], dc[3][0] is dc[0])

# cycles
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
dcyc = {}
dcyc["self"] = dcyc
print(copy.deepcopy(dcyc)["self"] is not dcyc)
t = ([],)
t[0].append(t)
tc = copy.deepcopy(t)
print(tc[0][0] is tc, tc is not t)

# immutables are kept; tuples only when nothing inside changed
print(copy.deepcopy((1, "a", (2, 3))) is not None, copy.deepcopy((1, (2,))) == (1, (2,)))
imm = (1, "a", (2, 3))
print(copy.deepcopy(imm) is imm, copy.deepcopy((1, [])) is not None)
mixed = (1, [2])
print(copy.deepcopy(mixed) is mixed, copy.deepcopy(mixed) == mixed)
print(copy.deepcopy(frozenset([1])) == frozenset([1]), copy.deepcopy(len) is len, copy.deepcopy(int) is int)


def f():
    pass


print(copy.deepcopy(f) is f)

# the memo dict
memo = {}
shared = [0]
a = copy.deepcopy([shared], memo)
b = copy.deepcopy([shared], memo)
print(a[0] is b[0], id(shared) in memo, memo[id(shared)] is a[0])
pre = {id(shared): "replaced"}
print(copy.deepcopy([shared, shared], pre))


# __deepcopy__
class Deep:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        new = Deep(copy.deepcopy(self.v, memo))
        new.memo_type = type(memo).__name__
        return new


dd = copy.deepcopy([Deep([1])])
print(dd[0].v, dd[0].memo_type)


# instances: attributes copied deeply, identity kept through the memo
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.name, r2.children[0].name, r2.children[0].parent is r2, r2.children[0] is not kid)


# state protocol
class St:
    def __init__(self):
        self.data = [1]

    def __getstate__(self):
        return {"data": self.data, "copied": True}

    def __setstate__(self, state):
        self.__dict__.update(state)


s2 = copy.deepcopy(St())
print(sorted(vars(s2)), s2.data)


class Slots:
    __slots__ = ("x", "y")


so = Slots()
so.x = [1]
so2 = copy.deepcopy(so)
print(so2.x, so2.x is so.x, hasattr(so2, "y"))


# reductions with list and dict items
class L(list):
    pass


class D(dict):
    pass


l = L([[1]])
l.tag = [2]
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2[0] is l[0], l2.tag, l2.tag is l.tag)
d = D(a=[1])
d2 = copy.deepcopy(d)
print(type(d2).__name__, d2, d2["a"] is d["a"])


# bound methods keep their function, copy their self
class Owner:
    def __init__(self):
        self.v = [1]

    def m(self):
        return self.v


o = Owner()
bm = copy.deepcopy(o.m)
print(bm(), bm.__self__ is not o, bm.__func__ is Owner.m)

# the collections types
from collections import OrderedDict, Counter, defaultdict, deque, namedtuple, ChainMap, UserList, UserDict

P = namedtuple("P", "a b")
items = [OrderedDict(a=[1]), Counter("aab"), defaultdict(list, k=[1]), deque([[1]], 3),
         P([1], 2), ChainMap({"a": [1]}), UserList([[1]]), UserDict(a=[1])]
for it in items:
    c = copy.deepcopy(it)
    print(type(c).__name__, c, c == it, c is not it)
    s = copy.copy(it)
    print(" shallow", type(s).__name__, s == it)

# depth: deep nesting ends in RecursionError, never a crash
nest = []
for _ in range(100000):
    nest = [nest]
try:
    copy.deepcopy(nest)
except RecursionError:
    print("deep list RecursionError")
nest_d = {}
for _ in range(100000):
    nest_d = {"k": nest_d}
try:
    copy.deepcopy(nest_d)
except RecursionError:
    print("deep dict RecursionError")
print(len(copy.deepcopy([[[[[1]]]]])))


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


attempt("uncopyable", lambda: copy.deepcopy(NoReduce()))

# Output:
# [[1, 2], [1, 2], {'k': [1, 2]}, ([1, 2],)] True True True True
# True True
# True
# True True
# True True
# True True
# False True
# True True True
# True
# True True True
# ['replaced', 'replaced']
# [1] dict
# root kid True True
# ['copied', 'data'] [1]
# [1] False False
# L [[1]] False [2] False
# D {'a': [1]} False
# [1] True True
# OrderedDict OrderedDict([('a', [1])]) True True
#  shallow OrderedDict True
# Counter Counter({'a': 2, 'b': 1}) True True
#  shallow Counter True
# defaultdict defaultdict(<class 'list'>, {'k': [1]}) True True
#  shallow defaultdict True
# deque deque([[1]], maxlen=3) True True
#  shallow deque True
# P P(a=[1], b=2) True True
#  shallow P True
# ChainMap ChainMap({'a': [1]}) True True
#  shallow ChainMap True
# UserList [[1]] True True
#  shallow UserList True
# UserDict {'a': [1]} True True
#  shallow UserDict True
# deep list RecursionError
# deep dict RecursionError
# 1
# uncopyable Error un(deep)copyable object of type <class '__main__.NoReduce'>
