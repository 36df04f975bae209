import random
random.seed(42)
a = list(range(10))
random.shuffle(a)
print(a)
random.shuffle(a)
print(a)
b = ["x"]
random.shuffle(b)
print(b, random.shuffle([1, 2]) is None)
print(sorted(a) == list(range(10)))

# Output:
# [7, 3, 2, 8, 5, 6, 9, 4, 0, 1]
# [8, 6, 2, 5, 3, 0, 4, 7, 9, 1]
# ['x'] True
# True
