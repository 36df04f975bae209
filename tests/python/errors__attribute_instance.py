class A:
    def __init__(self):
        self.x = 1
a = A()
print(a.x)
print(a.zzz)

# Output:
# 1
# Raise: AttributeError: 'A' object has no attribute 'zzz'
