class Holder:
    pass
h = Holder()
h.attr = 1
print(h.attr)
x = 5
x.attr = 1

# Output:
# 1
# Raise: AttributeError: 'int' object has no attribute 'attr'
