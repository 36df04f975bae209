"""Memory of idle sandboxes (sandpy) or idle threads (CPython).

Starts N children that each say they are ready and then block on a queue
get.  The harness (benches/sandbox_compare.py) reads this process's VmRSS
from /proc when the script prints `BASE` (before the children start) and
`LOADED` (all N blocked); each line is followed by a pause so the reading
is taken while nothing runs.  KB per child = (LOADED - BASE) / N.

Usage: sandpy run idle_memory.py [N]  |  python3 idle_memory.py [N]
"""

import sys
import time

try:
    import sandbox
except ImportError:
    sandbox = None
    import queue
    import threading


def idle(q, ready):
    ready.put(1)
    q.get()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    pause = 0.5
    if sandbox is not None:
        q = sandbox.Queue()
        ready = sandbox.Queue()
    else:
        q = queue.Queue()
        ready = queue.Queue()
    print("BASE", flush=True)
    time.sleep(pause)
    children = []
    for i in range(n):
        if sandbox is not None:
            children.append(sandbox.spawn(idle, q, ready))
        else:
            t = threading.Thread(target=idle, args=(q, ready))
            t.start()
            children.append(t)
    for i in range(n):
        ready.get()
    time.sleep(0.2)
    print("LOADED", flush=True)
    time.sleep(pause)
    for i in range(n):
        q.put(None)
    for c in children:
        c.join()
    print("DONE", n, flush=True)


main()
