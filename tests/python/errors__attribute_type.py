class A:
    y = 1
print(A.y)
print(A.x)

# Output:
# 1
# Raise: AttributeError: type object 'A' has no attribute 'x'
