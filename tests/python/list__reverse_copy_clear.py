a = [1, 2, 3]
a.reverse()
print(a)
b = a.copy()
b.append(4)
print(a, b, a is b)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
a.clear()
print(a, len(a))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])

# Output:
# [3, 2, 1]
# [3, 2, 1] [3, 2, 1, 4] False
# [[1, 99], [2]]
# [] 0
# [3, 2, 1] [3, 2, 1]
