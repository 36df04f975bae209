print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")))
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f))

# Output:
# [1, 3, 5, 7, 9]
# [1, 'a', [0]]
# ['1', '2', '3']
# 2 [3]
