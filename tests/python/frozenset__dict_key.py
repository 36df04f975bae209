a = frozenset([1, 2])
b = frozenset([2, 1])
d = {a: "first"}
d[b] = "second"
print(len(d), d[frozenset({1, 2})])
print(a == b, hash(a) == hash(b))
s = {frozenset(), frozenset([1])}
print(len(s), frozenset() in s)
print({frozenset({3}): 1})

# Output:
# 1 second
# True True
# 2 True
# {frozenset({3}): 1}
