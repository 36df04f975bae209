print((1,), (), ("a",), ((1, 2),), (None,))
print(tuple(), tuple([1]), tuple("ab"), tuple(range(3)))
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single, len(single))
print(repr((1.5, "x", None, True)))
print(str(((),)))

# Output:
# (1,) () ('a',) ((1, 2),) (None,)
# () (1,) ('a', 'b') (0, 1, 2)
# (1, 2, 3) tuple
# (5,) 1
# (1.5, 'x', None, True)
# ((),)
