it = iter([10])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", type(e).__name__, e.args)
g = (x for x in [])
try:
    next(g)
except StopIteration:
    print("gen stop")

# Output:
# 10
# stop StopIteration ()
# gen stop
