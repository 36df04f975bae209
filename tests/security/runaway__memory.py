# sandpy-only: caps (sandbox.Config) exist only in sandpy
# Memory bombs end at the memory cap. Those whose size is known before
# they are built are refused before any memory is taken; those that grow
# step by step stop at the first safepoint past the cap. No handler runs.
import sandbox


def repeat_list():
    return [0] * 10**9


def repeat_str():
    return "x" * 10**10


def repeat_bytes():
    return b"ab" * 10**10


def repeat_tuple():
    return (1, 2, 3) * 10**9


def power():
    return 10**9 ** 10000


def materialised_range():
    return list(range(10**12))


def doubling():
    s = "x"
    while True:
        s += s


def appending():
    l = []
    while True:
        l.append([0] * 100)


def dict_growth():
    d = {}
    i = 0
    while True:
        d[i] = str(i)
        i += 1


def caught():
    # A MemoryError handler does not see a limit.
    try:
        return [0] * 10**9
    except BaseException:
        return "caught"


def refused_then_handler():
    l = []
    try:
        while True:
            l.append("y" * 1000)
    except BaseException:
        return "caught"
    finally:
        return "finally"


def run(f, show_refused):
    try:
        sandbox.spawn(f, _config=sandbox.Config(memory="32M", time=20)).join()
        return "returned"
    except sandbox.SandboxError as e:
        text = str(e)
        r = "%s %s" % (e.kind, text.split(" exceeded")[0].split(": ")[1])
        if show_refused:
            r += " refused=%s" % ("was refused" in text)
        return r


for f in (repeat_list, repeat_str, repeat_bytes, repeat_tuple, power, materialised_range,
          doubling, caught):
    print(f.__name__, run(f, True))
# Growth step by step: stopped by a preflight or at a safepoint, whichever
# comes first.
for f in (appending, dict_growth, refused_then_handler):
    print(f.__name__, run(f, False))

# Output:
# repeat_list limit memory limit 32M refused=True
# repeat_str limit memory limit 32M refused=True
# repeat_bytes limit memory limit 32M refused=True
# repeat_tuple limit memory limit 32M refused=True
# power limit memory limit 32M refused=True
# materialised_range limit memory limit 32M refused=True
# doubling limit memory limit 32M refused=True
# caught limit memory limit 32M refused=True
# appending limit memory limit 32M
# dict_growth limit memory limit 32M
# refused_then_handler limit memory limit 32M
