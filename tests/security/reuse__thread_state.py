# sandpy-only: child sandboxes on reused threads
# Route: leave something behind for the next guest. Sandbox threads are
# pooled: a sandbox that ends hands its thread to the next one. State kept
# per thread rather than per sandbox (a patched builtin, a module, a class
# still listed by __subclasses__, a raised recursion limit, objects that
# only a cycle keeps alive) would reach a later, unrelated sandbox. Each
# child here starts from nothing its predecessor did.
import sandbox


def dirty():
    import sys
    sys.__dict__["__builtins__"]["len"] = lambda x: -1
    sys.argv.append("left behind")
    sys.setrecursionlimit(5000)

    class Leftover:
        pass
    Leftover.me = Leftover
    obj = Leftover()
    obj.cycle = obj
    return len([1])


def fresh():
    import sys
    mine = [c.__name__ for c in object.__subclasses__() if c.__module__ == "__main__"]
    return [len([1]), sys.argv, sys.getrecursionlimit(), mine, sorted(sys.modules)]


for _ in range(3):
    print(sandbox.spawn(dirty).join(), sandbox.spawn(fresh).join())

# Output:
# -1 [1, [], 1000, [], ['sys']]
# -1 [1, [], 1000, [], ['sys']]
# -1 [1, [], 1000, [], ['sys']]
