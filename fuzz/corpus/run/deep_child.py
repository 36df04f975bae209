import sandbox
x = ()
for _ in range(20000):
    x = (x, [x])
def f(v):
    try:
        return hash(v[0]) + len(repr(v))
    except RecursionError as e:
        return str(e)
print(sandbox.spawn(f, x).join())
del x
sandbox.collect()
