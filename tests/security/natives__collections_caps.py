# sandpy-only: caps (sandbox.Config) exist only in sandpy
# The natives of collections under caps: results whose size follows from
# the arguments (`deque * n`, `deque *= n`) are refused before they are
# built; loops over endless iterators (deque(), extend, extendleft,
# Counter's counting loop) stop at the time cap; deep nesting of deques
# (repr, ==, deepcopy) ends in RecursionError, never a crash of the host.
import sandbox


def deque_mul():
    from collections import deque
    return deque(range(1000)) * 10**5


def deque_imul():
    from collections import deque
    d = deque("ab")
    d *= 10**7
    return len(d)


def deque_endless():
    from collections import deque
    return deque(iter(int, 1))


def deque_extend_endless():
    from collections import deque
    d = deque(maxlen=5)
    d.extend(iter(int, 1))


def deque_extendleft_endless():
    from collections import deque
    deque().extendleft(iter(int, 1))


def counter_endless():
    from collections import Counter
    Counter(iter(int, 1))


def count_elements_endless():
    import _collections
    _collections._count_elements({}, iter(int, 1))


def run(f, **caps):
    try:
        sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned"
    except sandbox.SandboxError as e:
        text = str(e)
        return "%s %s" % (e.kind, text.split(" exceeded")[0].split(": ")[-1])


def deque_mul_past_items():
    from collections import deque
    return deque("ab") * 10**9


for f in (deque_mul, deque_imul, deque_mul_past_items):
    print(f.__name__, run(f, memory="64M", time=20))
for f in (deque_endless, deque_extend_endless, deque_extendleft_endless, counter_endless,
          count_elements_endless):
    print(f.__name__, run(f, memory="256M", time=0.5))


def deep(kind):
    from collections import deque
    import copy
    a = deque()
    b = deque()
    for _ in range(5000):
        a = deque([a])
        b = deque([b])
    try:
        if kind == "repr":
            repr(a)
        elif kind == "eq":
            a == b
        else:
            copy.deepcopy(a)
    except RecursionError:
        return "RecursionError"
    return "no error"


for kind in ("repr", "eq", "deepcopy"):
    print("deep", kind, sandbox.spawn(deep, kind).join())
# Output:
# deque_mul limit memory limit 64M
# deque_imul limit memory limit 64M
# deque_mul_past_items exception result of 2000000000 items is too large (limit 268435456)
# deque_endless limit time limit 500ms
# deque_extend_endless limit time limit 500ms
# deque_extendleft_endless limit time limit 500ms
# counter_endless limit time limit 500ms
# count_elements_endless limit time limit 500ms
# deep repr RecursionError
# deep eq RecursionError
# deep deepcopy RecursionError
