# sandpy-only: CPython has no sandboxes
# Route: make memory figures drift so that a long-running sandbox is
# stopped for memory it does not hold (or, drifting the other way, holds
# memory it is not charged for). A stream of frozen values (each made,
# sent, dropped and collected) and a stream of proxy calls must leave the
# caller's figure where it was, net of collections. Before: every frozen
# object left 8-10 bytes charged for good (a list of dead owners dropped
# uncounted), and the shared heap's registry moved its blocks' charges from
# the sandbox that registered to the one that collected; a proxy caller
# crept by 10 to 60 bytes per call, as its reply channel was freed by the
# owner outside the caller's account whenever the caller let go of it
# first.
import sandbox


class Store:
    def __init__(self):
        self.d = {}

    def put(self, k):
        self.d[k] = 1

    def size(self):
        return len(self.d)

    def memory(self):
        sandbox.collect()
        return sandbox.usage()["memory"]


def figures(work, batches=8, per_batch=25000):
    out = []
    for _ in range(batches):
        for _ in range(per_batch):
            work()
        sandbox.collect()
        out.append(sandbox.usage()["memory"])
    return out


def caller(store):
    freeze = figures(lambda: sandbox.freeze(["k" * 100]))
    calls = figures(lambda: store.put(("k" * 100,)))
    return freeze, calls


store = sandbox.serve(Store)
freeze, calls = sandbox.spawn(caller, store, _config=sandbox.Config(memory="256M")).join()
# 200,000 operations each: a drift of 10 bytes each would be 2 MB. Figures
# move in 256 KiB steps and with when collections run, so the bound is
# loose: 1 MiB above the lowest figure after the first batch.
for name, f in (("freeze", freeze), ("proxy calls", calls)):
    low = min(f[1:])
    print(name, "flat:", max(f[1:]) - low < (1 << 20), "last within:", f[-1] - low < (1 << 20))
print(store.size())
# The owner holds its object and its heap: its figure is what it holds,
# not worn down by frees of what its callers allocated (a reply channel
# the owner happened to drop last was credited to it).
print("owner's figure holds its heap:", store.memory() > 16 * 1024)
# Output:
# freeze flat: True last within: True
# proxy calls flat: True last within: True
# 1
# owner's figure holds its heap: True
