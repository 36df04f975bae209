class Plain:
    pass

try:
    for x in Plain():
        pass
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)

class BadIter:
    def __iter__(self):
        return 3

try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
a, b = Plain()

# Output:
# 'Plain' object is not iterable
# 'int' object is not iterable
# iter() returned non-iterator of type 'int'
# 'list' object is not an iterator
# Raise: TypeError: cannot unpack non-iterable Plain object
