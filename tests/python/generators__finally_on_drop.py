# A suspended generator whose yield sits in a try (finally, except, with) is
# closed when its last reference goes: its cleanup runs then, before the
# next statement's call, and once more at exit for those still alive.

def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

x = g("del")
next(x)
del x
print("after del")

y = g("rebind")
next(y)
y = None
print("after rebind")

for v in g("break"):
    break
print("after break")

def f():
    z = g("local")
    next(z)
f()
print("after f")

# Not started, or finished: nothing to clean up.
n = g("never started")
del n
done = g("finished")
print(list(done))
del done
print("after finished")

# GeneratorExit is seen by an except clause, which may run code.
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

c = catches()
next(c)
c = None
print("after catches")

# A context manager inside a generator is exited.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def with_cm():
    with CM("file"):
        yield "line 1"
        yield "line 2"

for line in with_cm():
    print(line)
    break
print("after with")

# A generator without a try needs no cleanup (and prints nothing).
def plain():
    yield 1
    yield 2

p = plain()
next(p)
del p
print("after plain")

# Nested generators: the outer's cleanup closes the inner one too.
def outer():
    inner = g("inner")
    try:
        yield next(inner)
        yield from inner
    finally:
        print("cleanup outer")

o = outer()
next(o)
del o
print("after nested")

# A generator kept in a list goes with the list.
gens = [g("in list 0"), g("in list 1")]
for it in gens:
    next(it)
gens = None
print("after list")

# A finally that yields again: RuntimeError, reported and ignored (stderr).
def stubborn():
    try:
        yield 1
    finally:
        yield 2

s = stubborn()
next(s)
del s
print("after stubborn")

# Still alive at exit: closed then.
w = g("exit")
next(w)
print("end")

# Output:
# cleanup del
# after del
# cleanup rebind
# after rebind
# cleanup break
# after break
# cleanup local
# after f
# cleanup finished
# [1, 2]
# after finished
# saw GeneratorExit
# after catches
# enter file
# line 1
# exit file GeneratorExit
# after with
# after plain
# cleanup outer
# cleanup inner
# after nested
# cleanup in list 0
# after list
# after stubborn
# end
# cleanup in list 1
# cleanup exit
