# sandpy-only: CPython has no sandboxes
# Route: make a proxy's owner do the work: a caller capped at 16 MB (or
# with little time, CPU time or instructions left) sends an argument whose __hash__ or __eq__, run
# in the owner, allocates 100 MB or loops. The owner pays (its thread, its
# caps), but a request can make it spend no more than its caller has
# left: past that the request alone ends, with MemoryError or TimeoutError
# raised in the caller, no handler of the request runs, and the owner
# serves on.
import sandbox


class Store:
    def __init__(self):
        self.d = {}

    def put(self, k, v):
        self.d[k] = v
        return len(self.d)

    def size(self):
        return len(self.d)


def caller(store, kind):
    class Greedy:
        def __hash__(self):
            hog = []
            try:
                for _ in range(10**6):
                    hog.append("z" * 100)
            except MemoryError:
                return 1  # never runs: no handler of the request runs
            return len(hog)

    class Slow:
        def __hash__(self):
            try:
                while True:
                    pass
            finally:
                print("finally ran")  # never printed

    try:
        store.put(Greedy() if kind == "memory" else Slow(), 1)
        return "stored"
    except (MemoryError, TimeoutError) as e:
        return type(e).__name__ + ": " + str(e).split(" (")[0]


store = sandbox.serve(Store, _config=sandbox.Config(memory="512M"))
print(store.put("a", 1))
print(sandbox.spawn(caller, store, "memory", _config=sandbox.Config(memory="16M")).join())
# The caller's own cap may stop it first, at the same deadline: either way
# the owner is freed.
try:
    print(sandbox.spawn(caller, store, "time", _config=sandbox.Config(time=0.5)).join())
except sandbox.SandboxError as e:
    print("TimeoutError: this call ran past its caller's time limit")
# CPU time and instructions: a caller blocked on its request spends
# neither, so only the bound on the request can end a loop in the owner.
print(sandbox.spawn(caller, store, "time", _config=sandbox.Config(cpu=0.5)).join())
print(sandbox.spawn(caller, store, "time", _config=sandbox.Config(instructions=10**6)).join())
print("owner serves on:", store.put("b", 2), store.size())
# Output:
# 1
# MemoryError: this call needed more memory than its caller has left
# TimeoutError: this call ran past its caller's time limit
# TimeoutError: this call ran past its caller's CPU time limit
# TimeoutError: this call ran past its caller's instruction limit
# owner serves on: 2 2
