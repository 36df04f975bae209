# sandpy-only: CPython's Pool waits forever for a task whose worker died
# A worker that ends abruptly (here SystemExit, which the worker loop does
# not catch) breaks its pool: what was pending fails with the error that
# says why, instead of waiting forever, and so does what comes after.
# A pool left running, or dropped, does not hold the program at exit.
import sys
import time
from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor


def die(x):
    if x == 2:
        sys.exit(3)
    time.sleep(0.05)
    return x


def slow(x):
    time.sleep(30)


if __name__ == "__main__":
    with Pool(2) as p:
        try:
            p.map(die, range(6), chunksize=1)
        except Exception as e:
            print("map:", type(e).__name__, e)
        try:
            p.apply(die, (1,))
        except Exception as e:
            print("after:", type(e).__name__, e)
    with ProcessPoolExecutor(2) as ex:
        fs = [ex.submit(die, i) for i in range(6)]
        for f in fs:
            try:
                f.result()
            except Exception as e:
                print("future:", type(e).__name__, e)
                print("cause:", type(e.__cause__).__name__, e.__cause__)
                break
        try:
            ex.submit(die, 1)
        except Exception as e:
            print("submit:", type(e).__name__, e)
    try:
        with Pool(2) as p:
            p.map_async(slow, range(4))
            raise KeyError("the caller fails")
    except KeyError as e:
        print("KeyError:", e)
    ex = ProcessPoolExecutor(2)
    ex.submit(slow, 1)
    del ex
    p = Pool(2)
    p.map_async(slow, range(4))
    print("leaving with a busy pool")
# Output:
# map: SandboxError sandbox raised SystemExit: 3
# after: SandboxError sandbox raised SystemExit: 3
# future: BrokenProcessPool A process in the process pool was terminated abruptly while the future was running or pending.
# cause: SandboxError sandbox raised SystemExit: 3
# submit: BrokenProcessPool A child process terminated abruptly, the process pool is not usable anymore
# KeyError: 'the caller fails'
# leaving with a busy pool
