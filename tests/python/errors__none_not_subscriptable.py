def f():
    pass
f()["key"]

# Raise: TypeError: 'NoneType' object is not subscriptable
