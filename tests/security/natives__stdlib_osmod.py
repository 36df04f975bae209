# sandpy-only: caps (sandbox.Config) exist only in sandpy
# The natives behind random, time and os under caps: a result whose size
# follows from the argument is refused before it is built (64M cap), and
# long work stops at the time cap; deep structures handed to them raise,
# never overflow the Rust stack.
import sandbox


def getrandbits_huge():
    import random
    return random.getrandbits(2 ** 31 - 1)


def randbytes_huge():
    import random
    return random.randbytes(10 ** 8)


def randbelow_huge():
    import random
    return [random.randrange(10 ** 100000) for _ in range(10 ** 6)]


def seed_huge():
    import random
    while True:
        random.seed(1 << 10 ** 7)


def sha_seed_loop():
    import random
    s = "x" * 10 ** 7
    while True:
        random.seed(s)


def sample_huge():
    import random
    return random.sample(range(10 ** 12), 10 ** 9)


def choices_huge():
    import random
    return random.choices("ab", k=10 ** 9)


def urandom_huge():
    import os
    return os.urandom(10 ** 10)


def strftime_huge():
    import time
    return time.strftime("%Y" * 10 ** 8, time.gmtime(0))


def strptime_loop():
    import time
    while True:
        time.strptime("1" * 200, "%d" * 100)


def listdir_loop():
    import os
    while True:
        os.listdir("/")


def walk_deep():
    import os
    p = "/tmp/deep"
    for i in range(10 ** 6):
        os.makedirs(p, exist_ok=True)
        p += "/d"


def run(f, **caps):
    try:
        sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned"
    except sandbox.SandboxError as e:
        return "%s %s" % (e.kind, str(e).split(" exceeded")[0].split(": ")[-1])
    except Exception as e:
        return type(e).__name__


for f in (getrandbits_huge, randbytes_huge, sample_huge, urandom_huge, strftime_huge):
    print(f.__name__, run(f, memory="64M", time=20))
for f in (choices_huge, randbelow_huge, seed_huge, sha_seed_loop, strptime_loop, listdir_loop, walk_deep):
    print(f.__name__, run(f, memory="256M", time=1))

# Output:
# getrandbits_huge limit memory limit 64M
# randbytes_huge limit memory limit 64M
# sample_huge limit memory limit 64M
# urandom_huge limit memory limit 64M
# strftime_huge limit memory limit 64M
# choices_huge limit time limit 1s
# randbelow_huge limit time limit 1s
# seed_huge limit time limit 1s
# sha_seed_loop limit time limit 1s
# strptime_loop limit time limit 1s
# listdir_loop limit time limit 1s
# walk_deep limit time limit 1s
