# sandpy-only: caps (sandbox.Config) exist only in sandpy
# One native call whose result grows with its argument, under a 64M cap:
# each is refused before its result is built (or stops as it grows); no
# handler runs.
import sandbox


def split_words():
    return ("ab " * 10**7).split()


def split_sep():
    return ("ab" * 10**6).split("a")


def rsplit_sep():
    return ("ab" * 10**6).rsplit("b")


def splitlines():
    return ("a\n" * 10**7).splitlines()


def expandtabs():
    return ("\t" * 10**6).expandtabs(1000)


def replace_empty():
    return ("ab" * 10**7).replace("", "yy")


def center():
    return "x".center(10**9)


def zfill():
    return "1".zfill(10**9)


def join_repeat():
    return "".join(["ab"] * 10**6) * 1000


def slice_copy():
    s = "x" * (5 * 10**7)
    return s[1:]


def shift():
    return 1 << 10**12


def upper():
    s = "x" * (4 * 10**7)
    return s.upper()


def getrandbits():
    import random
    return random.getrandbits(10**9)


def run(f):
    try:
        sandbox.spawn(f, _config=sandbox.Config(memory="64M", time=20)).join()
        return "returned"
    except sandbox.SandboxError as e:
        text = str(e)
        return "%s %s" % (e.kind, text.split(" exceeded")[0].split(": ")[-1])


for f in (split_words, split_sep, rsplit_sep, splitlines, expandtabs, replace_empty, center,
          zfill, join_repeat, slice_copy, shift, upper, getrandbits):
    print(f.__name__, run(f))

# Output:
# split_words limit memory limit 64M
# split_sep limit memory limit 64M
# rsplit_sep limit memory limit 64M
# splitlines limit memory limit 64M
# expandtabs limit memory limit 64M
# replace_empty limit memory limit 64M
# center limit memory limit 64M
# zfill limit memory limit 64M
# join_repeat limit memory limit 64M
# slice_copy limit memory limit 64M
# shift limit memory limit 64M
# upper limit memory limit 64M
# getrandbits limit memory limit 64M
