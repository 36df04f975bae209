class Box:
    size = 3
    def __init__(self):
        self.color = "red"
b = Box()
print(getattr(b, "color"), getattr(b, "size"), getattr(b, "weight", "n/a"))
print(hasattr(b, "color"), hasattr(b, "weight"), hasattr(Box, "size"), hasattr(Box, "color"))
setattr(b, "weight", 10)
print(b.weight, getattr(b, "weight", None))
setattr(Box, "size", 99)
print(Box().size, b.size)
delattr(b, "weight")
print(hasattr(b, "weight"))
print(getattr(5, "real"), hasattr("s", "upper"), getattr([], "nope", 0))

# Output:
# red 3 n/a
# True False True False
# 10 10
# 99 99
# False
# 5 True 0
