# sandpy-only
# A counter served by one owner sandbox and incremented by four sandboxes,
# 10,000 times each, ends at exactly 40,000: every call runs in the owner,
# one at a time.
import sandbox


class Counter:
    def __init__(self, start):
        self.value = start
        self.history = []

    def incr(self, by=1):
        self.value += by
        return self.value

    def note(self, x):
        self.history.append(x)
        return len(self.history)

    def __len__(self):
        return len(self.history)

    def __getitem__(self, i):
        return self.history[i]

    def __contains__(self, x):
        return x in self.history

    def __iter__(self):
        return iter(self.history)


c = sandbox.serve(Counter, 0)
print(type(c).__name__, sandbox.is_frozen(c))
print(c.value)
print(c.incr())
print(c.incr(by=5))


def work(counter, n):
    for _ in range(n):
        counter.incr()
    return counter.value


fresh = sandbox.serve(Counter, 0)
hs = [sandbox.spawn(work, fresh, 10_000) for _ in range(4)]
finals = [h.join() for h in hs]
print(fresh.value)
print(max(finals) == 40_000)

for w in "abc":
    c.note(w)
print(len(c), c[0], c[-1], "b" in c, "z" in c)
print(list(c))
print(sorted(x.upper() for x in c))
c.value = 7
print(c.value)
h = c.history
print(h, sandbox.is_frozen(h))
m = c.incr
print(m(), m(2))
print(repr(c).startswith("<sandbox.Proxy of 'Counter' object served by sandbox"))

# Many items come in batches.
c.history = list(range(1000))
print(sum(c), len(list(c)))

# The proxy crosses a queue.
q = sandbox.Queue()
q.put(c)
c2 = q.get()
print(c2.incr())

# Output:
# Proxy False
# 0
# 1
# 6
# 40000
# True
# 3 a c True False
# ['a', 'b', 'c']
# ['A', 'B', 'C']
# 7
# ['a', 'b', 'c'] True
# 8 10
# True
# 499500 1000
# 11
