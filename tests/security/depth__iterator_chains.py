# sandpy-only: CPython overflows its C stack on chains this deep (a crash)
# Route: iterators that step other iterators from native code (map, zip,
# filter, enumerate, iter(f, sentinel), generator expressions, `yield
# from`) chained thousands deep, then consumed by every native that iterates:
# each level is one guarded native level, so the chain ends in
# RecursionError, in the main sandbox and in a child; short chains work.
import sandbox

DEEP = 1500


def g(i):
    yield from i


WRAPS = [
    ("map", lambda it: map(abs, it)),
    ("zip", lambda it: map(lambda t: t[0], zip(it))),
    ("filter", lambda it: filter(None, it)),
    ("enumerate", lambda it: map(lambda t: t[1], enumerate(it))),
    ("iter_callable", lambda it: iter(it.__next__, 0)),
    ("genexpr", lambda it: (v for v in it)),
    ("yield_from", g),
]

CONSUMERS = [
    ("next", next),
    ("list", list),
    ("sum", sum),
    ("max", max),
    ("sorted", sorted),
    ("join", lambda it: "".join(map(str, it))),
    ("set", lambda it: len(set(it))),
    ("unpack", lambda it: [*it]),
    ("for", lambda it: [v for v in it]),
]


def chain(wrap, n):
    it = iter([1, 2])
    for _ in range(n):
        it = wrap(it)
    return it


def run_all():
    out = []
    for wname, wrap in WRAPS:
        short = chain(wrap, 50)
        out.append("%s short %s" % (wname, list(short)))
        for cname, consume in CONSUMERS:
            try:
                consume(chain(wrap, DEEP))
                out.append("%s %s returned" % (wname, cname))
            except RecursionError as e:
                out.append("%s %s RecursionError: %s" % (wname, cname, e))
    # A deep chain that is never consumed, then dropped.
    it = chain(WRAPS[0][1], 100000)
    del it
    out.append("dropped a chain 100000 deep")
    return out


main = run_all()
child = sandbox.spawn(run_all).join()
print("main and child agree:", main == child)
for line in main:
    if "RecursionError" not in line or "map" in line or "next" in line:
        print(line)
print(sum("RecursionError: maximum recursion depth exceeded" in l for l in main),
      "RecursionErrors")

# Output:
# main and child agree: True
# map short [1, 2]
# map next RecursionError: maximum recursion depth exceeded
# map list RecursionError: maximum recursion depth exceeded
# map sum RecursionError: maximum recursion depth exceeded
# map max RecursionError: maximum recursion depth exceeded
# map sorted RecursionError: maximum recursion depth exceeded
# map join RecursionError: maximum recursion depth exceeded
# map set RecursionError: maximum recursion depth exceeded
# map unpack RecursionError: maximum recursion depth exceeded
# map for RecursionError: maximum recursion depth exceeded
# zip short [1, 2]
# zip next RecursionError: maximum recursion depth exceeded
# filter short [1, 2]
# filter next RecursionError: maximum recursion depth exceeded
# enumerate short [1, 2]
# enumerate next RecursionError: maximum recursion depth exceeded
# iter_callable short [1, 2]
# iter_callable next RecursionError: maximum recursion depth exceeded
# genexpr short [1, 2]
# genexpr next RecursionError: maximum recursion depth exceeded
# yield_from short [1, 2]
# yield_from next RecursionError: maximum recursion depth exceeded
# dropped a chain 100000 deep
# 63 RecursionErrors
