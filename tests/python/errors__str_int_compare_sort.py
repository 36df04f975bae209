print(sorted(["b", "a"]))
print(sorted([2, 1]))
print(sorted(["b", 1, "a"], key=str))
sorted(["b", 1, "a"])

# Output:
# ['a', 'b']
# [1, 2]
# [1, 'a', 'b']
# Raise: TypeError: '<' not supported between instances of 'int' and 'str'
