print(list(iter([1, 2])), list(iter("ab")))
print(list(iter((3,))))
value = 3.5
iter(value)

# Output:
# [1, 2] ['a', 'b']
# [3]
# Raise: TypeError: 'float' object is not iterable
