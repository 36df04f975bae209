# imap_unordered with a progress counter, as tutorials show it: results
# come in any order, so the counter and the totals are what is printed.
# imap keeps input order and stops at a worker's error; next(timeout=)
# raises multiprocessing.TimeoutError while a slow item is still running.
import multiprocessing
import time


def slow_square(x):
    time.sleep(0.002 * (x % 3))
    return x * x


def word_len(w):
    return w, len(w)


def nap(t):
    time.sleep(t)
    return t


def fragile(x):
    if x == 4:
        raise ArithmeticError("item %d is bad" % x)
    return -x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


if __name__ == "__main__":
    words = "the quick brown fox jumps over the lazy dog".split()
    with multiprocessing.Pool(processes=3) as pool:
        done = 0
        total = 0
        for result in pool.imap_unordered(slow_square, range(30)):
            done += 1
            total += result
            if done % 10 == 0:
                print("progress: %d/30" % done)
        print("total", total)
        counts = {}
        for w, n in pool.imap_unordered(word_len, words, chunksize=4):
            counts[w] = n
        print(sorted(counts.items()))
        it = pool.imap(fragile, range(8))
        got = []
        try:
            for x in it:
                got.append(x)
        except ArithmeticError as e:
            print("stopped at", got, "-", e)
        print(list(zip(range(5), pool.imap(slow_square, naturals()))))
    with multiprocessing.Pool(1) as pool:
        it = pool.imap(nap, [0.5, 0.0])
        try:
            it.next(timeout=0.05)
        except multiprocessing.TimeoutError:
            print("TimeoutError raised")
        print(it.next(timeout=10), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")

# Output:
# progress: 10/30
# progress: 20/30
# progress: 30/30
# total 8555
# [('brown', 5), ('dog', 3), ('fox', 3), ('jumps', 5), ('lazy', 4), ('over', 4), ('quick', 5), ('the', 3)]
# stopped at [0, -1, -2, -3] - item 4 is bad
# [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16)]
# TimeoutError raised
# 0.5 0.0
# StopIteration
