a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c))
print(a is b, a is c, a == c)
print(type(id(a)).__name__, None is None)
x = object()
print(id(x) == id(x), x is x)

# Output:
# True True False
# True False True
# int True
# True True
