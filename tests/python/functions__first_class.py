def apply_twice(f, x):
    return f(f(x))

def add3(x):
    return x + 3

ops = {"add3": add3, "double": lambda x: x * 2, "neg": lambda x: -x}
for name, fn in ops.items():
    print(name, apply_twice(fn, 5))

def make_multiplier(k):
    def mul(x):
        return x * k
    mul.__name__ = "times_%d" % k
    return mul

fns = [make_multiplier(k) for k in range(1, 4)]
print([f.__name__ for f in fns], [f(10) for f in fns])
pipeline = [add3, ops["double"], ops["neg"]]
value = 1
for step in pipeline:
    value = step(value)
print(value)
print(sorted(["bb", "a", "ccc"], key=len), max([3, -7, 5], key=abs))

# Output:
# add3 11
# double 20
# neg 5
# ['times_1', 'times_2', 'times_3'] [10, 20, 30]
# -8
# ['a', 'bb', 'ccc'] -7
