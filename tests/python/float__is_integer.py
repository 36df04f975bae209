print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((1e300).is_integer(), float("inf").is_integer())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print(float.__name__, type(1.0).__name__)

# Output:
# True False True
# True False
# (1, 2) (-3, 4)
# float float
