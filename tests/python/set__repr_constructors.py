print(set(), {1}, set("a"), {"x"}, set([5, 5, 5]))
print(sorted(set("mississippi")), len(set("mississippi")))
print(len({1, 1.0, True}), sorted({3, 1, 2}))
print(sorted({x % 4 for x in range(10)}))
print(type({}).__name__, type(set()).__name__, type({1}).__name__)
e = set()
print(e == set(), e is not set(), bool(e))

# Output:
# set() {1} {'a'} {'x'} {5}
# ['i', 'm', 'p', 's'] 4
# 1 [1, 2, 3]
# [0, 1, 2, 3]
# dict set set
# True True False
