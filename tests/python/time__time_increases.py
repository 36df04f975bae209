import time
a = time.time()
b = time.time()
print(type(a).__name__, type(b).__name__)
print(b >= a, a > 1600000000)
print(isinstance(time.time(), float))

# Output:
# float float
# True True
# True
