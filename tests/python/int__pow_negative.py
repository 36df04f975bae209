print((-2) ** 3)
print((-2) ** 4)
print(-2 ** 4)
print(2 ** -1)
print(2 ** -2)
print((-2) ** -2)
print(10 ** -3)
print(0 ** 0)
print(1 ** 1000)
print((-1) ** 1001)
print(pow(-8, 3))
print(3 ** 40)
print(type(2 ** -1).__name__, type(2 ** 10).__name__)
x = 5
x **= 3
print(x)

# Output:
# -8
# 16
# -16
# 0.5
# 0.25
# 0.25
# 0.001
# 1
# 1
# -1
# -512
# 12157665459056928801
# float int
# 125
