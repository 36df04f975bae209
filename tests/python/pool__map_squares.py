# The tutorial's first pool: square numbers with Pool.map, then the other
# ways to hand a pool work (chunksize, starmap, apply, imap), a context
# from get_context, and a seeded sweep of sizes, chunk sizes and worker
# counts compared with python3.
import multiprocessing
import random
from multiprocessing import Pool


def square(x):
    return x * x


def add(a, b):
    return a + b


def describe(x, sep="-"):
    return sep.join([str(x)] * 2)


if __name__ == "__main__":
    with Pool(4) as p:
        print(p.map(square, [1, 2, 3, 4, 5]))
        print(p.map(square, range(10), chunksize=3))
        print(p.map(square, (x for x in range(4))))
        print(p.map(square, []))
        print(p.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print(p.apply(describe, (7,)))
        print(p.apply(describe, (7,), {"sep": "+"}))
        print(list(p.imap(square, range(6))))
        print(list(p.imap(square, range(7), chunksize=3)))
        print(sorted(p.imap_unordered(square, range(7), chunksize=2)))
        print(p.map_async(square, range(3)).get(timeout=10))
        print(p.starmap_async(add, [(1, 1)]).get())
        print(p)
    print(p)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes=2) as p:
        print(p.map(abs, [-1, -2, 3]))
    with multiprocessing.Pool() as p:
        print(p.map(len, ["a", "bb", "ccc"]))
    rng = random.Random(20)
    for trial in range(12):
        n = rng.randrange(0, 40)
        items = [rng.randrange(-50, 50) for _ in range(n)]
        workers = rng.randrange(1, 4)
        chunk = rng.choice([None, 1, 2, 5, 100])
        with Pool(workers) as p:
            a = p.map(square, items, chunk)
            b = list(p.imap(square, items, chunk or 1))
            c = sorted(p.imap_unordered(square, items, chunk or 1))
            d = p.starmap(add, zip(items, items[::-1]), chunk)
        print(trial, n, a == [x * x for x in items], a == b,
              c == sorted(a), sum(d))
    for bad in (0, -3):
        try:
            Pool(bad)
        except ValueError as e:
            print("ValueError:", e)
    with Pool(1) as p:
        try:
            p.imap(square, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
        try:
            p.map(square, 5)
        except TypeError as e:
            print("TypeError:", e)
    p = Pool(2)
    p.close()
    for call in (lambda: p.map(square, [1]), lambda: p.apply_async(square, (1,))):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)
    p.join()
    q = Pool(1)
    try:
        q.join()
    except ValueError as e:
        print("ValueError:", e)
    q.terminate()
    q.join()
    print(q)

# Output:
# [1, 4, 9, 16, 25]
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# [0, 1, 4, 9]
# []
# [3, 7, 'ab']
# 7-7
# 7+7
# [0, 1, 4, 9, 16, 25]
# [0, 1, 4, 9, 16, 25, 36]
# [0, 1, 4, 9, 16, 25, 36]
# [0, 1, 4]
# [2]
# <multiprocessing.pool.Pool state=RUN pool_size=4>
# <multiprocessing.pool.Pool state=TERMINATE pool_size=4>
# [1, 2, 3]
# [1, 2, 3]
# 0 9 True True True -96
# 1 6 True True True -2
# 2 20 True True True -356
# 3 19 True True True -342
# 4 38 True True True -130
# 5 10 True True True -224
# 6 5 True True True 120
# 7 14 True True True -102
# 8 6 True True True -280
# 9 24 True True True -534
# 10 18 True True True 54
# 11 18 True True True -106
# ValueError: Number of processes must be at least 1
# ValueError: Number of processes must be at least 1
# ValueError: Chunksize must be 1+, not 0
# TypeError: 'int' object is not iterable
# ValueError: Pool not running
# ValueError: Pool not running
# ValueError: Pool is still running
# <multiprocessing.pool.Pool state=TERMINATE pool_size=1>
