print(0 or "default", "" or [] or None, "x" or "y")
print(1 and 2, 0 and 1, [] and "never", repr("a" and "" and "b"))
print(None or 0 or "last")

def side(v):
    print("side", v)
    return v

print(side(0) and side(1))
print(side(2) or side(3))
print(side(0) or side(None) or side("found"))
print(not 0, not [1], not None)
x = []
y = x or [1, 2]
print(y, y is x)
print((1 and None) is None)

# Output:
# default None x
# 2 0 [] ''
# last
# side 0
# 0
# side 2
# 2
# side 0
# side None
# side found
# found
# True False True
# [1, 2] False
# True
