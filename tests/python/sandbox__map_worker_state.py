# sandpy-only: sandbox.map is sandpy's own
# A sandbox.map worker binds the function to module state of its own, as
# a worker process has: a module-level cache it fills and a counter it
# rebinds work (one worker: the figures are deterministic), and the
# caller's globals are left as they were.
import sandbox

memo = {}
hits = 0


def slow_double(x):
    global hits
    if x in memo:
        hits += 1
        return memo[x], hits
    memo[x] = 2 * x
    return memo[x], hits


print(sandbox.map(slow_double, [1, 2, 1, 1, 3], workers=1))
print(memo, hits)
own = {}
f = sandbox.localize(sandbox.freeze(slow_double), own)
print(f(4), f(4), sorted(own), sorted(own["__main__"]["memo"].items()))
try:
    sandbox.localize(slow_double, [])
except TypeError as e:
    print("TypeError:", e)
# Output:
# [(2, 0), (4, 0), (2, 1), (2, 2), (6, 2)]
# {} 0
# (8, 0) (8, 1) ['__main__'] [(4, 8)]
# TypeError: localize() argument 2 must be a dict of module namespaces, not 'list'
