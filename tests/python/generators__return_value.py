def gen():
    yield 1
    yield 2
    return "finished"

g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

def empty_return():
    return
    yield

print(list(empty_return()))

# Output:
# 1 2
# value: finished ('finished',)
# []
