nums = [1, 2, 3]
print([*nums, *"ab", 4])
print((*nums,))
print({*nums, 3, 4} == {1, 2, 3, 4})
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2})
print({**d2, **d1, "c": 0})
print(*nums, sep="-")
print(*[], "end")

def f(*args, **kwargs):
    return args, kwargs

print(f(*nums, *nums, **d1, **{"z": 9}))
a, *b = *nums, 10
print(a, b)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)

# Output:
# [1, 2, 3, 'a', 'b', 4]
# (1, 2, 3)
# True
# {'a': 3, 'b': 2}
# {'b': 2, 'a': 1, 'c': 0}
# 1-2-3
# end
# ((1, 2, 3, 1, 2, 3), {'a': 1, 'z': 9})
# 1 [2, 3, 10]
# __main__.f() got multiple values for keyword argument 'a'
