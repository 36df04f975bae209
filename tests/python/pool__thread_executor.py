# ThreadPoolExecutor as thread-pool tutorials use it: calls that share
# the caller's memory (a list they append to, a dict of counts under a
# lock, an object's attribute), map, as_completed, exceptions in futures,
# the initializer, and shutdown.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

log = []
counts = {}
lock = threading.Lock()


def record(word):
    with lock:
        counts[word] = counts.get(word, 0) + 1
    log.append(word.upper())
    return len(word)


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        if amount < 0:
            raise ValueError("negative deposit")
        self.balance += amount
        return self.balance


started = []


def init(tag):
    started.append(tag)


if __name__ == "__main__":
    words = "to be or not to be".split()
    with ThreadPoolExecutor(max_workers=4) as pool:
        lengths = list(pool.map(record, words))
    print(lengths, sorted(log), sorted(counts.items()))
    acct = Account()
    with ThreadPoolExecutor(3) as pool:
        futs = [pool.submit(acct.deposit, n) for n in (5, 10, -1, 20)]
        ok = sorted(f.result() for f in as_completed(futs) if f.exception() is None)
        bad = [str(f.exception()) for f in futs if f.exception() is not None]
    print(acct.balance, len(ok), bad)
    with ThreadPoolExecutor(2, initializer=init, initargs=("ready",)) as pool:
        done, not_done = wait([pool.submit(pow, 2, k) for k in range(5)])
        print(sorted(f.result() for f in done), len(not_done), set(started))
    pool = ThreadPoolExecutor()
    pool.shutdown()
    try:
        pool.submit(print, "never")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        ThreadPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)

# Output:
# [2, 2, 2, 3, 2, 2] ['BE', 'BE', 'NOT', 'OR', 'TO', 'TO'] [('be', 2), ('not', 1), ('or', 1), ('to', 2)]
# 35 3 ['negative deposit']
# [1, 2, 4, 8, 16] 0 {'ready'}
# RuntimeError: cannot schedule new futures after shutdown
# ValueError: max_workers must be greater than 0
