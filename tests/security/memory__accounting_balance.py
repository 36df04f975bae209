# sandpy-only: memory accounts (sandbox.usage) exist only in sandpy
# What a sandbox allocates for work done on another thread (a call to the
# file controller, a child sandbox it starts, a proxy call, a sandbox.map)
# is credited back when that thread frees it: repeating such work leaves
# the tree's memory figure where it was. Before 2026-12-07 a listdir from
# code of another sandbox left about 6 KB, and each spawn/join about 9 KB,
# charged for ever (a loop reached its memory cap with its real use far
# below it). Bounds are generous: each thread settles with its account
# only every 256 KB.
import sandbox


class Tally:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


def probe():
    import os
    import sandbox

    tally = sandbox.serve(Tally)

    def listdir():
        os.listdir("/")

    def stat():
        os.stat("/tmp")

    def files():
        with open("/tmp/x.txt", "w") as f:
            f.write("line\n" * 20)
        with open("/tmp/x.txt") as f:
            f.read()

    def spawn_join():
        sandbox.spawn(len, "abc").join()

    def map_small():
        sandbox.map(abs, [-1, -2, -3])

    def proxy_call():
        tally.add(1)

    out = []
    for f, n in ((listdir, 5000), (stat, 5000), (files, 2000),
                 (spawn_join, 2000), (map_small, 500), (proxy_call, 5000)):
        f()
        sandbox.collect()
        before = sandbox.usage()["tree"]["memory"]
        for _ in range(n):
            f()
        sandbox.collect()
        grew = sandbox.usage()["tree"]["memory"] - before
        out.append((f.__name__, "balanced" if grew < 2_000_000 else "grew %d bytes" % grew))
    return out


for name, verdict in sandbox.spawn(probe, _config=sandbox.Config(memory="1G")).join():
    print(name, verdict)

# Output:
# listdir balanced
# stat balanced
# files balanced
# spawn_join balanced
# map_small balanced
# proxy_call balanced
