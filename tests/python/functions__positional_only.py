def pos(a, b, /, c):
    return a + b + c

print(pos(1, 2, 3))
print(pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(e)

def kwargs_with_same_name(a, /, **kw):
    return a, kw

print(kwargs_with_same_name(1, a=2))

# Output:
# 6
# 6
# pos() got some positional-only arguments passed as keyword arguments: 'b'
# (1, {'a': 2})
