def f(a, b):
    return a + b

try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, 2, **{"b": 3})
except TypeError as e:
    print(e)
f(1, **{"a": 5})

# Output:
# f() got multiple values for argument 'a'
# f() got multiple values for argument 'b'
# Raise: TypeError: f() got multiple values for argument 'a'
