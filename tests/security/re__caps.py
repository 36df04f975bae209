# sandpy-only: caps (sandbox.Config) exist only in sandpy
# The re engine under caps: catastrophic backtracking (in match, search,
# findall, sub, a look-ahead, a lazy repeat) stops at the time cap; a
# backtrack stack, a decoded subject or a result list that outgrows the
# memory cap is refused; no handler runs.
import sandbox
import time


def nested_plus():
    import re
    return re.match(r"(a+)+$", "a" * 40 + "b")


def search_alternation():
    import re
    return re.search(r"(?:a|a)*c", "a" * 60)


def findall_lookahead():
    import re
    return re.findall(r"(?=(\w+)+!)", "x" * 50)


def sub_lazy():
    import re
    return re.sub(r"(x+?)+?y", "", "x" * 45)


def unicode_subject():
    import re
    return re.search(r"(\u00e9+)+\d", "\u00e9" * 40)


def run_time(f):
    t0 = time.time()
    try:
        sandbox.spawn(f, _config=sandbox.Config(time=1, memory="256M")).join()
        return "returned"
    except sandbox.SandboxError as e:
        took = time.time() - t0
        return "%s %s fast=%s" % (e.kind, str(e).split(" exceeded")[0].split(": ")[-1], took < 1.6)


for f in (nested_plus, search_alternation, findall_lookahead, sub_lazy, unicode_subject):
    print(f.__name__, run_time(f))


def backtrack_stack():
    import re
    return re.match(r"(?:a|b)*c", "a" * 10**7)


def findall_many():
    import re
    return re.findall(r"a", "a" * 10**7)


def wide_subject():
    import re
    return re.search(r"x", "\u00e9" * 15 * 10**6)


def sub_growth():
    import re
    return re.sub("", "x" * 100, "a" * 10**6)


def run_memory(f):
    try:
        sandbox.spawn(f, _config=sandbox.Config(memory="64M", time=60)).join()
        return "returned"
    except sandbox.SandboxError as e:
        return "%s %s" % (e.kind, str(e).split(" exceeded")[0].split(": ")[-1])


for f in (backtrack_stack, findall_many, wide_subject, sub_growth):
    print(f.__name__, run_memory(f))

# Output:
# nested_plus limit time limit 1s fast=True
# search_alternation limit time limit 1s fast=True
# findall_lookahead limit time limit 1s fast=True
# sub_lazy limit time limit 1s fast=True
# unicode_subject limit time limit 1s fast=True
# backtrack_stack limit memory limit 64M
# findall_many limit memory limit 64M
# wide_subject limit memory limit 64M
# sub_growth limit memory limit 64M
