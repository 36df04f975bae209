# sandpy-only: sandboxes exist only in sandpy
# random is built once and shared frozen, with a hidden generator of each
# sandbox's own: seeding or drawing in one never moves another's
# sequence, and the module functions are bound to the sandbox's generator.
import random
import sandbox

random.seed(5)
first = random.random()


def child(seed):
    import random
    random.seed(seed)
    return [random.random() for _ in range(3)], random.random.__self__ is random._inst


def expected(seed):
    r = random.Random(seed)
    return [r.random() for _ in range(3)]


random.seed(5)
draws, bound = sandbox.spawn(child, 99).join()
print(draws == expected(99), bound)
# The child's seeding did not touch this sandbox's generator.
print(random.random() == first)
random.seed(5)
a = [random.random() for _ in range(3)]
kids = [sandbox.spawn(child, 5) for _ in range(3)]
for k in kids:
    k.join()
random.seed(5)
print(a == [random.random() for _ in range(3)])


def fresh():
    import random
    return random.getstate() != random.Random(0).getstate()


print(sandbox.spawn(fresh).join())
# Output:
# True True
# True
# True
# True
