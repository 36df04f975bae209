# sandpy-only
# sandbox.map(func, iterable, workers=None): results in the order of the
# items whatever the number of workers, an empty iterable, and a failing item
# raising SandboxError in the caller.
import sandbox


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


items = list(range(1, 41))
expected = [collatz_steps(n) for n in items]
for workers in [1, 2, 3, None]:
    got = sandbox.map(collatz_steps, items, workers=workers)
    print("workers=%s" % workers, got == expected, len(got))
print(sandbox.map(collatz_steps, [27, 1, 97]))
print("default workers", sandbox.map(collatz_steps, items) == expected)
print("more workers than items", sandbox.map(lambda x: -x, [5, 6], workers=8))

# Results are frozen; items may be any freezable values.
res = sandbox.map(lambda p: {"sum": p[0] + p[1], "pair": p}, [(1, 2), (3, 4)], workers=2)
print(res, sandbox.is_frozen(res[0]))
print(sandbox.map(len, ["a", "bb", "", "dddd"], workers=2))
print(sandbox.map(str.upper, ("x", "y")))

# A generator as the iterable, and an empty one.
print(sandbox.map(lambda x: x * 3, (i for i in range(5)), workers=2))
print("empty", sandbox.map(collatz_steps, []), sandbox.map(collatz_steps, [], workers=1))


# A failing item raises SandboxError in the caller.
def invert(x):
    return 100 // x


for workers in [1, 2]:
    try:
        sandbox.map(invert, [5, 4, 0, 2, 1], workers=workers)
    except sandbox.SandboxError as e:
        print("workers=%d:" % workers, e.kind, e.exception_type, "|", e.exception_message)
        print("traceback names invert:", ", in invert" in e.traceback)

# Bad arguments.
for bad in [0, -1, "2"]:
    try:
        sandbox.map(invert, [1], workers=bad)
    except ValueError as e:
        print("workers=%r: ValueError" % (bad,))
try:
    sandbox.map(invert)
except TypeError:
    print("missing iterable: TypeError")

# Output:
# workers=1 True 40
# workers=2 True 40
# workers=3 True 40
# workers=None True 40
# [111, 0, 118]
# default workers True
# more workers than items [-5, -6]
# [{'sum': 3, 'pair': (1, 2)}, {'sum': 7, 'pair': (3, 4)}] True
# [1, 2, 0, 4]
# ['X', 'Y']
# [0, 3, 6, 9, 12]
# empty [] []
# workers=1: exception ZeroDivisionError | integer division or modulo by zero
# traceback names invert: True
# workers=2: exception ZeroDivisionError | integer division or modulo by zero
# traceback names invert: True
# workers=0: ValueError
# workers=-1: ValueError
# workers='2': ValueError
# missing iterable: TypeError
