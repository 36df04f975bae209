square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(square.__name__)
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda s: s.upper(), ["x", "y"])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print((lambda x: (lambda y: x + y))(3)(4))

# Output:
# 49 11 3
# no args
# ((1, 2), {'z': 3})
# <lambda>
# [(3, 'c'), (2, 'b'), (1, 'a')]
# ['X', 'Y']
# [0, 3, 6, 9]
# 25
# 7
