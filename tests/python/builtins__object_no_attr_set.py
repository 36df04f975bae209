class Open:
    pass
o = Open()
o.x = 1
print(o.x)
plain = object()
plain.x = 1

# Output:
# 1
# Raise: AttributeError: 'object' object has no attribute 'x'
