# getstate/setstate: CPython's state tuple (version 3, 625 words, the
# pending gauss value), restoring mid-stream, the version-2 form, copies
# between instances, and the pickle hooks.
import random

r = random.Random(2024)
st = r.getstate()
print(type(st).__name__, len(st), st[0], type(st[1]).__name__, len(st[1]), st[2])
print(st[1][:4], st[1][-1])
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
g1 = r.gauss()
st2 = r.getstate()
print(st2[2] is not None, st2[1][-1])
g2 = r.gauss()
r.setstate(st2)
print(g2 == r.gauss())
other = random.Random()
other.setstate(r.getstate())
print(other.random() == r.random(), other.getrandbits(77) == r.getrandbits(77))
# version 2 states have their words reduced modulo 2**32
v2 = (2, tuple(x + 2 ** 32 for x in st[1][:-1]) + (st[1][-1],), None)
r.setstate(v2)
r2 = random.Random(2024)
print(r.random() == r2.random())
# the module functions share one hidden instance
random.seed(99)
s = random.getstate()
x = random.random()
random.setstate(s)
print(x == random.random(), random.getstate() == random.getstate())
# pickling hooks
cls, args, state = r2.__reduce__()
print(cls is random.Random, args, state == r2.getstate())
r3 = random.Random()
r3.__setstate__(r2.__getstate__())
print(r3.random() == r2.random())
# reseeding resets the pending gauss value
r.gauss()
r.seed(5)
print(r.getstate()[2])
print(random.Random(5).getstate() == r.getstate())

# Output:
# tuple 3 3 tuple 625 None
# (2147483648, 2279282712, 1869725490, 4016954570) 624
# True
# True 10
# True
# True True
# True
# True True
# True () True
# True
# None
# True
