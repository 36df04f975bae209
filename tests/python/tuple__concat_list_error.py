print((1,) + (2,), (1,) + tuple([2]))
print(list((1,)) + [2])
extra = [2]
print((1,) + extra)

# Output:
# (1, 2) (1, 2)
# [1, 2]
# Raise: TypeError: can only concatenate tuple (not "list") to tuple
