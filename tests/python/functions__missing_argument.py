def f(a, b):
    return a + b

try:
    f(1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)

def g(a, b, c, d=1):
    return a

try:
    g(1)
except TypeError as e:
    print(e)
f(b=2)

# Output:
# f() missing 1 required positional argument: 'b'
# f() missing 2 required positional arguments: 'a' and 'b'
# g() missing 2 required positional arguments: 'b' and 'c'
# Raise: TypeError: f() missing 1 required positional argument: 'a'
