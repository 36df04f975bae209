it = iter([1, 2, 3])
print(next(it))
print(list(it))
s = iter("hi")
print(next(s), next(s))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
d = iter({"x": 1})
print(next(d))
it2 = iter([5])
print(iter(it2) is it2, list(it2), list(it2))

# Output:
# 1
# [2, 3]
# h i
# 0 1 -1
# x
# True [5] []
