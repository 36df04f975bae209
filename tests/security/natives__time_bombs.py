# sandpy-only: caps (sandbox.Config) exist only in sandpy
# One native call that would run far past the time cap: each is refused
# before it starts (its cost is estimated against the time left) or stops
# within a quantum of work; the message names the limit, and the child
# ends near its cap.
import sandbox
import time
import math


def power():
    return 7 ** (10**7)


def ten_power():
    return 10 ** (10**7)


def modular_power():
    return pow(3, 10**9, 10**100000 + 7)


def square_root():
    return math.isqrt(10 ** (10**6) * 10 ** (10**6))


def gcd():
    return math.gcd(3 ** (10**6), 2 ** (10**6) + 1)


def comb():
    return math.comb(10**6, 199999)


def big_mul_loop():
    x = 10 ** (10**6)
    while True:
        x * x


def big_div_loop():
    x = 3 ** (10**6)
    y = 7 ** (5 * 10**5)
    while True:
        x // y


def run(f):
    t0 = time.time()
    try:
        sandbox.spawn(f, _config=sandbox.Config(time=1, memory="256M")).join()
        return "returned"
    except sandbox.SandboxError as e:
        took = time.time() - t0
        return "%s %s fast=%s" % (e.kind, str(e).split(" exceeded")[0].split(": ")[-1], took < 1.6)


for f in (power, ten_power, modular_power, square_root, gcd, comb, big_mul_loop, big_div_loop):
    print(f.__name__, run(f))

# Output:
# power limit time limit 1s fast=True
# ten_power limit time limit 1s fast=True
# modular_power limit time limit 1s fast=True
# square_root limit time limit 1s fast=True
# gcd limit time limit 1s fast=True
# comb limit time limit 1s fast=True
# big_mul_loop limit time limit 1s fast=True
# big_div_loop limit time limit 1s fast=True
