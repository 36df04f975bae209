class Box:
    def __init__(self):
        self._size = 3

    @property
    def size(self):
        return self._size

b = Box()
print(b.size)
try:
    del b.size
except AttributeError as e:
    print(e)
b.size = 10

# Output:
# 3
# property 'size' of 'Box' object has no deleter
# Raise: AttributeError: property 'size' of 'Box' object has no setter
