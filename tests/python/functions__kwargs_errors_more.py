def f(a, b=1, *, c):
    return a, b, c

try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=2, d=3)
except TypeError as e:
    print(e)
try:
    f(1, 2, c=3, b=4)
except TypeError as e:
    print(e)

def g(*, x, y):
    pass

try:
    g()
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)

# Output:
# f() missing 1 required positional argument: 'a'
# f() takes from 1 to 2 positional arguments but 3 were given
# f() got an unexpected keyword argument 'd'
# f() got multiple values for argument 'b'
# g() missing 2 required keyword-only arguments: 'x' and 'y'
# keywords must be strings
# __main__.f() argument after * must be an iterable, not int
# __main__.f() argument after ** must be a mapping, not list
