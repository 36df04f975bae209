def f(a, b):
    return a + b

try:
    f(1, 2, 3)
except TypeError as e:
    print(e)

def g(a, b=2):
    return a

try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)

def h():
    return 0

try:
    h(1)
except TypeError as e:
    print(e)

def one(a):
    return a

one(1, 2)

# Output:
# f() takes 2 positional arguments but 3 were given
# g() takes from 1 to 2 positional arguments but 4 were given
# h() takes 0 positional arguments but 1 was given
# Raise: TypeError: one() takes 1 positional argument but 2 were given
