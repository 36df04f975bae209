# Each worker keeps module state of its own, as a worker process does: a
# module-level cache the worker function fills, a global an initializer
# sets, a counter a helper rebinds with `global`. Results arrive as
# ordinary mutable objects, and the caller's own module state is left as
# it was.
import multiprocessing

_cache = {}
calls = 0
PREFIX = None
SEEN = []


def fib(n):
    if n < 2:
        return n
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]


def cached_fib(n):
    value = fib(n)
    return value, len(_cache)


def bump():
    global calls
    calls += 1
    return calls


def count_calls(_):
    return bump()


def setup(prefix, seen):
    global PREFIX
    PREFIX = prefix
    SEEN.extend(seen)


def label(x):
    return "%s-%d-%d" % (PREFIX, x, len(SEEN))


def make_record(x):
    return {"id": x, "tags": [x]}


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(cached_fib, [10, 5, 20, 30]))
        print(pool.map(count_calls, range(5)))
        print(pool.apply(count_calls, (0,)))
    print(len(_cache), calls)
    with multiprocessing.Pool(2, initializer=setup,
                              initargs=("job", [1, 2])) as pool:
        print(sorted(pool.map(label, range(4))))
    print(PREFIX, SEEN)
    with multiprocessing.Pool(2) as pool:
        records = pool.map(make_record, range(3))
        records[0]["tags"].append("extra")
        records[1]["new"] = True
        records.append("more")
        print(records)
        got = pool.apply(make_record, (9,))
        got["id"] += 1
        print(got)
        ordered = list(pool.imap(make_record, range(2)))
        ordered[1]["tags"].clear()
        print(ordered)
    with multiprocessing.Pool(1, maxtasksperchild=2) as pool:
        print(pool.map(count_calls, range(6), chunksize=1))

# Output:
# [(55, 9), (5, 9), (6765, 19), (832040, 29)]
# [1, 2, 3, 4, 5]
# 6
# 0 0
# ['job-0-2', 'job-1-2', 'job-2-2', 'job-3-2']
# None []
# [{'id': 0, 'tags': [0, 'extra']}, {'id': 1, 'tags': [1], 'new': True}, {'id': 2, 'tags': [2]}, 'more']
# {'id': 10, 'tags': [9]}
# [{'id': 0, 'tags': [0]}, {'id': 1, 'tags': []}]
# [1, 2, 1, 2, 1, 2]
