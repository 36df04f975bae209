print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(str.upper, ["a", "b"])), list(map(int, "123")))
print(list(map(len, [])))
m = map(str, [1])
print(next(m), next(m, "end"))

# Output:
# [2, 4, 6]
# [11, 22, 33]
# [4, 10]
# [3, 4]
# ['A', 'B'] [1, 2, 3]
# []
# 1 end
