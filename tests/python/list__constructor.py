print(list(), list("abc"), list(range(3)), list((1, 2)))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(list(map(str, [1, 2])), list(x * 2 for x in range(3)))
a = [1, 2]
b = list(a)
print(a == b, a is b)

# Output:
# [] ['a', 'b', 'c'] [0, 1, 2] [1, 2]
# ['a', 'b'] [('a', 1)]
# ['1', '2'] [0, 2, 4]
# True False
