print(abs(-3), abs(3), abs(-2.5), abs(0.0), abs(-0.0))
print(abs(-(10 ** 40)), abs(float("-inf")), abs(False))
class V:
    def __abs__(self):
        return "custom abs"
print(abs(V()))

# Output:
# 3 3 2.5 0.0 0.0
# 10000000000000000000000000000000000000000 inf 0
# custom abs
