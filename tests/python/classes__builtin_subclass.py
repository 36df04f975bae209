class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + "!"
u = Upper("hi")
print(u, repr(u), len(u), u.shout(), u.lower(), isinstance(u, str), type(u).__name__)
print(u == "HI", {u: 1}["HI"], "I" in u, u[0], u * 2, f"{u:>5}", "-".join(u))
class MyInt(int):
    def __radd__(self, o):
        print("MyInt.__radd__")
        return int(self) + o
m = MyInt(5)
print(m + 1, 3 + m, m * 2, -m, m == 5, hash(m) == hash(5), bool(MyInt(0)), str(m), int(m))
class D(dict):
    def __missing__(self, k):
        return 0
d = D(a=1)
d["b"] = 2
print(d, len(d), sorted(d), d.get("a"), "a" in d, type(d).__name__)
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), l[1:3], isinstance(l, list))
class P(tuple):
    @property
    def x(self):
        return self[0]
p = P((1, 2))
print(p, p.x, p + (3,), len(p))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(sorted(c.items()))

# Output:
# HI 'HI' 2 HI! hi True Upper
# True 1 True H HIHI    HI H-I
# MyInt.__radd__
# 6 8 10 -5 True True False 5 5
# {'a': 1, 'b': 2} 2 ['a', 'b'] 1 True D
# [1, 2, 3, 4] 10 4 [2, 3] True
# (1, 2) 1 (1, 2, 3) 2
# type 'bool' is not an acceptable base type
# [('e', 1), ('h', 1), ('l', 2), ('o', 1)]
