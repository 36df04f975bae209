a = list(range(12))
del a[::3]
print(a)
del a[-2:]
print(a)
del a[1:100]
print(a)
b = list("abcdef")
del b[::-2]
print(b)
del b[:]
print(b)
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print(e)
try:
    del s[1:2]
except TypeError as e:
    print(e)

# Output:
# [1, 2, 4, 5, 7, 8, 10, 11]
# [1, 2, 4, 5, 7, 8]
# [1]
# ['a', 'c', 'e']
# []
# 'str' object does not support item assignment
# 'str' object does not support item deletion
