# sandpy-only
# The shared heap: heap_stats() keys, collect() freeing frozen cycles that
# nothing reaches, and never freeing what is still reachable (from locals,
# globals, containers, closures, queues or other sandboxes).
import sandbox

stats = sandbox.heap_stats()
print(sorted(stats))
print("types ok", all(type(stats[k]) is int for k in stats if k != "last_pause_ms"),
      type(stats["last_pause_ms"]).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_garbage(n):
    # Frozen cycles that are dropped at once: lists holding themselves and
    # pairs of instances pointing at each other.
    for i in range(n):
        l = [i, "garbage %d" % i]
        l.append(l)
        sandbox.freeze(l)
        a = Node("a%d" % i)
        b = Node("b%d" % i)
        a.peer = b
        b.peer = a
        sandbox.freeze(a)


# Reachable frozen values, of every shape, held in several ways.
kept_cycle = [1, "one"]
kept_cycle.append(kept_cycle)
kept_cycle = sandbox.freeze(kept_cycle)
x = Node("x")
y = Node("y")
x.peer = y
y.peer = x
kept_pair = sandbox.freeze(x)
kept_list = [sandbox.freeze({"k": [i, str(i) * 3]}) for i in range(50)]
big = sandbox.freeze(2 ** 200)
text = sandbox.freeze("t" * 1000)


def closure_maker():
    secret = sandbox.freeze(("in", "a", "closure"))
    return lambda: secret


from_closure = closure_maker()
in_queue = sandbox.Queue()
in_queue.put([["queued"], 123])


def holder(q_in, q_out):
    # A child keeps a frozen value in a local while the parent collects.
    mine = q_in.get()
    q_out.put("ready")
    q_in.get()
    return mine


to_child = sandbox.Queue()
from_child = sandbox.Queue()
child = sandbox.spawn(holder, to_child, from_child)
to_child.put(sandbox.freeze({"held": "by the child", "n": [7, 8, 9]}))
print(from_child.get())

before = sandbox.heap_stats()
make_garbage(500)
grown = sandbox.heap_stats()
print("heap grew", grown["frozen_objects"] - before["frozen_objects"] >= 2000)
freed = sandbox.collect()
after = sandbox.heap_stats()
print("freed > 0", freed > 0, "freed the garbage", freed >= 2000)
print("back to size", after["frozen_objects"] <= before["frozen_objects"])
print("collections counted", after["collections"] >= grown["collections"] + 1)
print("total_freed counted", after["total_freed"] >= grown["total_freed"] + freed)
print("bytes shrank", after["frozen_bytes"] < grown["frozen_bytes"])

# Everything reachable is intact.
print(kept_cycle[0], kept_cycle[1], kept_cycle[2] is kept_cycle)
print(kept_pair.name, kept_pair.peer.name, kept_pair.peer.peer is kept_pair)
print(all(kept_list[i]["k"] == [i, str(i) * 3] for i in range(50)))
print(big == 2 ** 200, text == "t" * 1000)
print(from_closure())
print(in_queue.get())
to_child.put("go")
print(child.join())

# A second collection with nothing new to free frees nothing reachable.
sandbox.collect()
print(kept_cycle[2][2][1], kept_pair.peer.peer.peer.name, kept_list[49]["k"][1])

# Dropping the last reference makes a kept value collectable.
n0 = sandbox.heap_stats()["frozen_objects"]
kept_list = None
freed = sandbox.collect()
print("dropped list freed", freed >= 150, sandbox.heap_stats()["frozen_objects"] <= n0 - 150)

# Output:
# ['collections', 'frozen_bytes', 'frozen_objects', 'last_pause_ms', 'pinned', 'sandboxes', 'total_freed']
# types ok True float
# ready
# heap grew True
# freed > 0 True freed the garbage True
# back to size True
# collections counted True
# total_freed counted True
# bytes shrank True
# 1 one True
# x y True
# True
# True True
# ('in', 'a', 'closure')
# [['queued'], 123]
# {'held': 'by the child', 'n': [7, 8, 9]}
# one y 494949
# dropped list freed True True
