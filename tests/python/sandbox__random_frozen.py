# sandpy-only: freezing exists only in sandpy
# A Random can be frozen (so functions and classes that reach random's
# module functions can cross to a child): the frozen copy is immutable and
# refuses to draw; thaw() gives a live copy with the same state.
import random
import sandbox

r = random.Random(42)
f = sandbox.freeze(r)
try:
    f.random()
except TypeError as e:
    print("TypeError", str(e).split(" (")[0])
t = sandbox.thaw(f)
print(t.random() == random.Random(42).random(), type(t).__name__)


def child():
    import random
    random.seed(7)
    return random.random() == random.Random(7).random()


print(sandbox.spawn(child).join())
h = sandbox.spawn(random.random)
try:
    h.join()
except Exception as e:
    print(type(e).__name__)
# Output:
# TypeError cannot draw from a frozen random generator
# True Random
# True
# SandboxError
