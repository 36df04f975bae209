# apply_async and map_async with callback and error_callback, and the
# AsyncResult API (ready, successful, wait, get with a timeout), closed
# and joined as tutorials do; callbacks have all run once join returns.
import multiprocessing as mp
import time


def cube(x):
    return x ** 3


def nap(t):
    time.sleep(t)
    return "slept"


def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x


if __name__ == "__main__":
    results = []
    errors = []
    pool = mp.Pool(processes=2)
    for i in range(8):
        pool.apply_async(cube, args=(i,), callback=results.append)
    for i in (-1, 2, -3):
        pool.apply_async(check, (i,), callback=results.append,
                         error_callback=lambda e: errors.append(str(e)))
    whole = []
    pool.map_async(cube, [10, 20], callback=whole.append)
    bad = []
    pool.map_async(check, [1, -5, 2], error_callback=bad.append)
    pool.close()
    pool.join()
    print(sorted(results))
    print(sorted(errors))
    print(whole)
    print([type(e).__name__ for e in bad], [str(e) for e in bad])

    with mp.Pool(1) as pool:
        r = pool.apply_async(nap, (0.4,))
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError:", str(e).split()[-2:])
        try:
            r.get(timeout=0.05)
        except mp.TimeoutError as e:
            print("TimeoutError", type(e).__module__, isinstance(e, mp.ProcessError))
        r.wait(0.01)
        r.wait()
        print(r.ready(), r.successful(), r.get())
        r = pool.apply_async(check, (-7,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print("ValueError:", e)
        m = pool.map_async(cube, range(5), chunksize=2)
        print(m.get(), m.successful())

# Output:
# [0, 1, 2, 8, 27, 64, 125, 216, 343]
# ['negative: -1', 'negative: -3']
# [[1000, 8000]]
# ['ValueError'] ['negative: -5']
# False
# ValueError: ['not', 'ready']
# TimeoutError multiprocessing.context True
# True True slept
# True False
# ValueError: negative: -7
# [0, 1, 8, 27, 64] True
