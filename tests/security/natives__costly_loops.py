# sandpy-only: caps (sandbox.Config) exist only in sandpy
# Loops whose body is one costly native call (sorting, comparing, hashing,
# searching, copying): the natives charge their work, so the sandbox stops
# near its cap, not a thousand calls later.
import sandbox
import time

N = 10**6


def sort_loop():
    l = list(range(N))
    while True:
        l.sort()
        l.reverse()


def sorted_loop():
    l = [str(i) for i in range(N // 4)]
    while True:
        sorted(l)


def equal_loop():
    a = list(range(N))
    b = list(range(N))
    while True:
        a == b


def hash_loop():
    t = tuple(range(N))
    while True:
        hash(t)


def hash_text_loop():
    s = "x" * 10**7
    while True:
        hash(s[1:])


def contains_loop():
    l = list(range(N))
    while True:
        -1 in l


def count_loop():
    s = "a" * 10**7
    while True:
        s.count("b")


def repr_loop():
    l = list(range(N))
    while True:
        repr(l)


def set_loop():
    l = list(range(N))
    while True:
        set(l)


def max_loop():
    l = list(range(N))
    while True:
        max(l)


def run(f):
    t0 = time.time()
    try:
        sandbox.spawn(f, _config=sandbox.Config(time=1, memory="256M")).join()
        return "returned"
    except sandbox.SandboxError as e:
        took = time.time() - t0
        return "%s %s fast=%s" % (e.kind, str(e).split(" exceeded")[0].split(": ")[-1], took < 1.6)


for f in (sort_loop, sorted_loop, equal_loop, hash_loop, hash_text_loop, contains_loop,
          count_loop, repr_loop, set_loop, max_loop):
    print(f.__name__, run(f))

# Output:
# sort_loop limit time limit 1s fast=True
# sorted_loop limit time limit 1s fast=True
# equal_loop limit time limit 1s fast=True
# hash_loop limit time limit 1s fast=True
# hash_text_loop limit time limit 1s fast=True
# contains_loop limit time limit 1s fast=True
# count_loop limit time limit 1s fast=True
# repr_loop limit time limit 1s fast=True
# set_loop limit time limit 1s fast=True
# max_loop limit time limit 1s fast=True
