# sandpy-only
# sandbox.spawn and its handle: positional and keyword arguments, results
# frozen on the way back, done(), joining twice, and join(timeout).
import sandbox


def describe(a, b, c=0, *rest, d="dflt", **extra):
    return [a, b, c, list(rest), d, sorted(extra.items())]


h = sandbox.spawn(describe, 1, "two")
print(h.join())
h = sandbox.spawn(describe, 1, 2, 3, 4, 5, d="D", x=9, y=[8])
print(h.join())

# Arguments are frozen copies: the child cannot change the parent's objects.
def try_mutate(xs):
    try:
        xs.append(4)
    except TypeError:
        return "refused"
    return "mutated"


mine = [1, 2, 3]
print(sandbox.spawn(try_mutate, mine).join(), mine)


# Results come back frozen, with their types and sharing kept.
def build():
    shared = [1, 2]
    d = {"a": shared, "b": shared, "t": (3.5, "s", b"by", None, True, 2 ** 70)}
    return d


r = sandbox.spawn(build).join()
print(r)
print(type(r).__name__, sandbox.is_frozen(r), sandbox.is_frozen(r["a"]))
print("sharing kept", r["a"] is r["b"])
try:
    r["c"] = 1
except TypeError:
    print("result is read-only")
t = sandbox.thaw(r)
t["c"] = 1
print("thawed copy is mutable", sandbox.is_frozen(t), sorted(t))


# done() and joining twice. The child waits on a queue, so it cannot finish
# before the parent lets it.
def wait_for(q):
    return q.get() * 2


gate = sandbox.Queue()
h = sandbox.spawn(wait_for, gate)
print("done before", h.done())
try:
    h.join(timeout=0.05)
except TimeoutError as e:
    print("TimeoutError:", e)
try:
    h.join(0)
except TimeoutError:
    print("join(0) on a running child: TimeoutError")
print("still running", h.done())
gate.put(21)
print("join", h.join())
print("done after", h.done())
print("join again", h.join())
print("join with timeout after it ended", h.join(timeout=0.01))
r1 = h.join()
r2 = h.join()
print("same result object", r1 is r2)


# A child that returns None, and one that returns a lambda (functions freeze).
print(sandbox.spawn(lambda: None).join())
f = sandbox.spawn(lambda: (lambda x: x + 100)).join()
print(sandbox.is_frozen(f), f(1))


# Children may spawn children of their own.
def grandparent(n):
    hs = [sandbox.spawn(lambda k: k * k, k) for k in range(n)]
    return [x.join() for x in hs]


print(sandbox.spawn(grandparent, 5).join())

# Output:
# [1, 'two', 0, [], 'dflt', []]
# [1, 2, 3, [4, 5], 'D', [('x', 9), ('y', [8])]]
# refused [1, 2, 3]
# {'a': [1, 2], 'b': [1, 2], 't': (3.5, 's', b'by', None, True, 1180591620717411303424)}
# dict True True
# sharing kept True
# result is read-only
# thawed copy is mutable False ['a', 'b', 'c', 't']
# done before False
# TimeoutError: sandbox did not finish within 0.05 seconds
# join(0) on a running child: TimeoutError
# still running False
# join 42
# done after True
# join again 42
# join with timeout after it ended 42
# same result object True
# None
# True 101
# [0, 1, 4, 9, 16]
