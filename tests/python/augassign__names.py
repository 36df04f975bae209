x = 5
x += 3
print(x)
x -= 1
x *= 4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x /= 4
print(x)
n = 6
n <<= 2
print(n)
n >>= 1
n |= 1
print(n)
n &= 7
n ^= 2
print(n)
s = "ab"
s *= 3
s += "!"
print(s)
y = None
try:
    y += 1
except TypeError as e:
    print(e)

# Output:
# 8
# 28
# 9
# 4
# 64
# 16.0
# 24
# 13
# 7
# ababab!
# unsupported operand type(s) for +=: 'NoneType' and 'int'
