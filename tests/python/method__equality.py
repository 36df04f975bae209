# Bound methods compare equal when they bind the same function to the same
# object (`__self__` by identity), and hash alike: callbacks found in
# lists, sets and dicts, removed by `list.remove(obj.method)`.
class C:
    def m(self):
        return 1

    def n(self):
        return 2

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


a, b = C(), C()
print(a.m == a.m, a.m != a.m, a.m == b.m, a.m == a.n, a == b)
print(hash(a.m) == hash(a.m), len({a.m, a.m, b.m, a.n}))
handlers = [a.m, b.m, a.n]
handlers.remove(a.n)
print([h() for h in handlers], a.m in handlers, a.n in handlers)
d = {a.m: "a.m", b.m: "b.m"}
print(d[a.m], d.get(a.n))
lst = []
print(lst.append == lst.append, lst.append == [].append, len == len, len == abs)
print({lst.append: 1}[lst.append], hash(lst.append) == hash(lst.append))
x = 5
print((5).bit_length == x.bit_length, (3.5).hex == (3.5).hex)
print(C.m == C.m, a.m.__func__ is C.m)


class K:
    @classmethod
    def c(cls):
        return cls

    @staticmethod
    def s():
        return 0


print(K.c == K.c, K().c == K.c, K.s == K.s)

# Output:
# True False False False True
# True 3
# [1, 1] True False
# a.m None
# True False True False
# 1 True
# True True
# True True
# True True True
