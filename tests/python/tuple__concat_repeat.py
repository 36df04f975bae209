t = (1, 2)
print(t + (3,), t * 2, 0 * t, (("a",) * 3))
u = t
t += (9,)
print(t, u)
a, *rest = (1, 2, 3)
print(a, rest)
print(tuple(x * x for x in range(4)))

# Output:
# (1, 2, 3) (1, 2, 1, 2) () ('a', 'a', 'a')
# (1, 2, 9) (1, 2)
# 1 [2, 3]
# (0, 1, 4, 9)
