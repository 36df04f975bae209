# Subclasses of random.Random: a class that overrides random() alone draws
# its ranges from random() (CPython's _randbelow_without_getrandbits); one
# that overrides getrandbits() draws them from it; __init__ with super().
import random


class Fixed(random.Random):
    def random(self):
        return 0.71


f = Fixed()
print(f._randbelow.__name__)
print(f.randrange(100), f.randint(1, 6), f.choice("abcdefg"), f.uniform(0, 10))
print(f.sample(range(20), 4), f.choices("xyz", k=3))
lst = list(range(6))
f.shuffle(lst)
print(lst)
print(f.triangular(), f.expovariate(2.0), f.paretovariate(2.0))


class Counted(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counted.calls += 1
        return super().getrandbits(k)


c = Counted(11)
print(c._randbelow.__name__, c.randrange(10 ** 20), Counted.calls)
print(c.randrange(7), Counted.calls, c.randbytes(3), Counted.calls)


class Both(random.Random):
    def random(self):
        return 0.25

    def getrandbits(self, k):
        return (1 << (k - 1)) - 1 if k else 0


b = Both()
print(b._randbelow.__name__, b.randrange(8), b.randrange(9))


class Seeded(random.Random):
    def __init__(self, tag):
        self.tag = tag
        super().__init__(tag)


s = Seeded("abc")
print(s.tag, s.random() == random.Random("abc").random())
print(isinstance(s, random.Random), issubclass(random.SystemRandom, random.Random))
print(random.Random.VERSION, s.VERSION)
print(random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.NV_MAGICCONST)
print(random.BPF, random.RECIP_BPF)
print(sorted(random.__all__))



class NoSuper(random.Random):
    def __init__(self, tag):
        self.tag = tag


ns = NoSuper("t")
print(ns.tag, 0.0 <= ns.random() < 1.0, hasattr(ns, "gauss_next"))


# Output:
# _randbelow_without_getrandbits
# 4 3 a 7.1
# [4, 14, 8, 2] ['z', 'z', 'z']
# [1, 3, 5, 0, 4, 2]
# 0.6192113447068046 0.6189371780008086 1.8569533817705186
# _randbelow_with_getrandbits 89757102641179993453 1
# 6 2 b'\x10\x99\xec' 3
# _randbelow_with_getrandbits 7 7
# abc True
# True True
# 3 3
# 6.283185307179586 1.3862943611198906 2.504077396776274 1.7155277699214135
# 53 1.1102230246251565e-16
# ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate']
# t True False
