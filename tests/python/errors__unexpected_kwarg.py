def f(a):
    return a
f(a=1, b=2)

# Raise: TypeError: f() got an unexpected keyword argument 'b'
