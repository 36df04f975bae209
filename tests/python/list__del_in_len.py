a = ["a", "b", "c", "d"]
del a[0]
print(a)
del a[-1]
print(a)
print("b" in a, "a" in a, "z" not in a, len(a))
print([1, 2] in [[1, 2], [3]], 1.0 in [1])

# Output:
# ['b', 'c', 'd']
# ['b', 'c']
# True False True 2
# True True
