a = {1, 2}
b = {1, 2, 3}
print(a.issubset(b), b.issubset(a), a.issuperset(b), b.issuperset(a))
print(a <= b, a < b, b < b, b <= b, b > a, b >= b)
print(a.issubset([1, 2, 5]), a.isdisjoint({3, 4}), a.isdisjoint([2]))
print(set() <= a, set() < set())

# Output:
# True False False True
# True True False True True True
# True True False
# True False
