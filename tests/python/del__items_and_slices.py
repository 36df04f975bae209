nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del nums[100]
except IndexError as e:
    print(e)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
t = (1, 2)
del t[0]

# Output:
# [1, 2, 3, 4, 5, 6, 7, 8, 9]
# [1, 2, 3, 4, 5, 6, 7, 8]
# [1, 4, 5, 6, 7, 8]
# [4, 6, 8]
# {'a': 1, 'c': 3}
# KeyError 'zz'
# list assignment index out of range
# {'k': [1, 3]}
# Raise: TypeError: 'tuple' object doesn't support item deletion
