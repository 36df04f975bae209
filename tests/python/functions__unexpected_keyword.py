def f(a, b):
    return a + b

try:
    f(1, 2, z=3)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, qq=0)
except TypeError as e:
    print(e)
print(f(b=1, a=2))
f(1, b=2, zzz=3)

# Output:
# f() got an unexpected keyword argument 'z'
# f() got an unexpected keyword argument 'qq'
# 3
# Raise: TypeError: f() got an unexpected keyword argument 'zzz'
