# SystemRandom draws from the host's OS entropy: values are in range and
# the stateful methods refuse as CPython's do.
import random

sr = random.SystemRandom()
xs = [sr.random() for _ in range(50)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 40)
print(all(0 <= sr.getrandbits(13) < 2 ** 13 for _ in range(20)), sr.getrandbits(0))
print(len(sr.randbytes(33)), type(sr.randbytes(2)).__name__, sr.randbytes(0))
print(all(3 <= sr.randint(3, 9) <= 9 for _ in range(30)))
print(sr.choice("a"), sorted(sr.sample(range(5), 5)), sr._randbelow.__name__)
print(sr.seed(1), sr.seed())
for name in ("getstate", "setstate"):
    try:
        getattr(sr, name)(1) if name == "setstate" else sr.getstate()
    except NotImplementedError as e:
        print(name, e)
# seed(None) draws from the OS too: two fresh generators differ
print(random.Random().getrandbits(128) != random.Random().getrandbits(128))

# Output:
# True True
# True 0
# 33 bytes b''
# True
# a [0, 1, 2, 3, 4] _randbelow_with_getrandbits
# None None
# getstate System entropy source does not have state.
# setstate System entropy source does not have state.
# True
