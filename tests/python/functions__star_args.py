def total(*nums):
    print(type(nums).__name__, len(nums))
    return sum(nums)

print(total())
print(total(1, 2, 3))
print(total(*[4, 5], 6, *(7,)))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1))
print(head_tail(1, 2, 3))
print(head_tail(*"abc"))

# Output:
# tuple 0
# 0
# tuple 3
# 6
# tuple 4
# 22
# (1, ())
# (1, (2, 3))
# ('a', ('b', 'c'))
