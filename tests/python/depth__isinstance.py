# Nested tuples of classes in isinstance and issubclass: any depth the
# recursion limit allows works, deeper ends in CPython's RecursionError.
t = int
for _ in range(200):
    t = (str, (t,))
print(isinstance(1, t), isinstance(1.5, t), issubclass(bool, t))

t = int
for _ in range(100000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print("isinstance:", e)
try:
    issubclass(int, t)
except RecursionError as e:
    print("issubclass:", e)

# Output:
# True False True
# isinstance: maximum recursion depth exceeded in __instancecheck__
# issubclass: maximum recursion depth exceeded in __subclasscheck__
