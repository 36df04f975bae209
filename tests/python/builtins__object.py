o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, o is o)
print(isinstance(o, object), isinstance(5, object), object.__name__)
class Plain:
    pass
print(Plain() == Plain(), issubclass(Plain, object))
print(str(object), repr(int))

# Output:
# object True False True True
# True True object
# False True
# <class 'object'> <class 'int'>
