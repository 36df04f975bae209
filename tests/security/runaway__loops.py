# sandpy-only: caps (sandbox.Config) exist only in sandpy
# Infinite loops of every shape end at their cap, with a `limit` failure
# naming it; no `except` (not even BaseException or a bare one) and no
# `finally` in the guest runs, and the sandbox ends within its cap.
import sandbox
import time

CAPS = [sandbox.Config(time=0.3), sandbox.Config(instructions=2_000_000), sandbox.Config(cpu=0.3)]


def plain():
    while True:
        pass


def comprehension():
    return [x for x in iter(int, 1)]


def generator():
    def gen():
        while True:
            yield 1
    for _ in gen():
        pass


def in_finally():
    try:
        pass
    finally:
        while True:
            pass


def catch_all():
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass


def bare_except():
    while True:
        try:
            while True:
                pass
        except:
            continue


def handler_loops():
    try:
        raise ValueError("x")
    except ValueError:
        while True:
            pass


def finally_loops_again():
    while True:
        try:
            while True:
                pass
        finally:
            continue


def nested_generators():
    return sum(x for x in (y for y in iter(lambda: 1, 2)))


def native_iteration():
    return sum(range(10**15))


def lambda_loop():
    f = lambda: [0 for _ in iter(int, 1)]
    return f()


def run(f, cfg):
    t0 = time.perf_counter()
    try:
        sandbox.spawn(f, _config=cfg).join(timeout=30)
        return "returned"
    except sandbox.SandboxError as e:
        took = time.perf_counter() - t0
        name = str(e).split(" exceeded")[0].replace("sandbox stopped: ", "")
        return "%s %s fast=%s" % (e.kind, name.split(" ")[0], took < 3)


for f in (plain, comprehension, generator, in_finally, catch_all, bare_except,
          handler_loops, finally_loops_again, nested_generators, native_iteration,
          lambda_loop):
    print(f.__name__, [run(f, c) for c in CAPS])

# Output:
# plain ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# comprehension ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# generator ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# in_finally ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# catch_all ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# bare_except ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# handler_loops ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# finally_loops_again ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# nested_generators ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# native_iteration ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
# lambda_loop ['limit time fast=True', 'limit instruction fast=True', 'limit cpu fast=True']
