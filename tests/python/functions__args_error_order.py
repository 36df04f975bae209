# When a call has too many positional arguments and a bad keyword, the
# keyword's error comes first (CPython binds keywords before it counts
# the positional arguments).
def f(a, b=1):
    pass


def g(a, *, k=0):
    pass


def h(a, /, b):
    pass


cases = [
    lambda: f(1, 2, 3, a=4),
    lambda: f(1, 2, 3, z=4),
    lambda: f(1, 2, 3, b=4),
    lambda: f(1, 2, 3),
    lambda: g(1, 2, k=3),
    lambda: g(1, 2, a=3),
    lambda: h(1, 2, 3, a=4),
    lambda: h(1, 2, 3),
    lambda: f(1, 2, 3, 4, a=5, z=6),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)

# Output:
# f() got multiple values for argument 'a'
# f() got an unexpected keyword argument 'z'
# f() got multiple values for argument 'b'
# f() takes from 1 to 2 positional arguments but 3 were given
# g() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
# g() got multiple values for argument 'a'
# h() got some positional-only arguments passed as keyword arguments: 'a'
# h() takes 2 positional arguments but 3 were given
# f() got multiple values for argument 'a'
