class P:
    @property
    def x(self):
        return 1
p = P()
print(p.x)
p.x = 2

# Output:
# 1
# Raise: AttributeError: property 'x' of 'P' object has no setter
