z = -0.0
print(z, 0.0, z == 0.0)
print(-z, 0.0 * -1)
print(abs(z))
print(str(-0.0), repr(-0.0))
print(round(-0.4), round(-0.4, 1))

# Output:
# -0.0 0.0 True
# 0.0 -0.0
# 0.0
# -0.0 -0.0
# 0 -0.4
