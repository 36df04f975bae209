value = 1
print(value)
print(undefined_thing_xyz)

# Output:
# 1
# Raise: NameError: name 'undefined_thing_xyz' is not defined
