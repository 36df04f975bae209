print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(dict(zip("abc", range(3))))
for x, y, z in zip("ab", "cd", "ef"):
    print(x + y + z)

# Output:
# [(1, 'a'), (2, 'b'), (3, 'c')]
# [(1, 'a'), (2, 'b')] [] [(1,)]
# [(1, 4), (2, 5), (3, 6)]
# (1, 2) ('x', 'y')
# {'a': 0, 'b': 1, 'c': 2}
# ace
# bdf
