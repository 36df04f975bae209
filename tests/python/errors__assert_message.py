x = 3
assert x == 3, "fine"
print("passed")
assert x > 5, f"x too small: {x}"

# Output:
# passed
# Raise: AssertionError: x too small: 3
