x = None
print(x, repr(x), str(x))
print(x is None, x is not None, x == None, x != None)
print(type(None).__name__)
def f():
    pass
print(f())
print(f() is None)
print([None, 1], {None: 2}[None])
print(bool(None), None or 5)

# Output:
# None None None
# True False True False
# NoneType
# None
# True
# [None, 1] 2
# False 5
