# sandpy-only: caps (sandbox.Config) exist only in sandpy
# sandpy-args: --time 1
# Route: outlast the program's time cap in a child that asks for more time,
# blocks, or starts grandchildren that do. A child's time cap is what is
# left of its parent's; when the program's time is up it ends (status 124)
# with its whole tree, blocked sandboxes included.
import sandbox


def report():
    return sandbox.limits()["time"]


def nested():
    return sandbox.spawn(report, _config=sandbox.Config(time=1000)).join()


print("child asks 1000s, gets at most 1s:", sandbox.spawn(report, _config=sandbox.Config(time=1000)).join() <= 1)
print("grandchild too:", sandbox.spawn(nested).join() <= 1)
q = sandbox.Queue()


def block(q):
    return q.get()


def spawn_blockers(q):
    hs = [sandbox.spawn(block, q) for _ in range(3)]
    return [h.join() for h in hs]


sandbox.spawn(spawn_blockers, q).join()
print("never printed")

# Output:
# child asks 1000s, gets at most 1s: True
# grandchild too: True
# Exit: 124
