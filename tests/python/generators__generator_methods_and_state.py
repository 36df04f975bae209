def gen():
    yield 1
    yield 2

g = gen()
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(iter(g) is g)
print(list(zip(gen(), "ab")))
print(dict(enumerate(gen(), start=10)))
print(sorted(gen(), reverse=True))
print(next(iter(gen())))
a, b = gen()
print(a, b)
print(g.__name__)

# Output:
# True True True
# True
# [(1, 'a'), (2, 'b')]
# {10: 1, 11: 2}
# [2, 1]
# 1
# 1 2
# gen
