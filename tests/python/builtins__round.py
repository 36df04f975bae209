print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(0.125, 2), round(0.135, 2), round(3.14159, 4))
print(round(123.456, -1), round(155, -1), round(165, -1), round(-150, -2))
print(round(7), round(7, 2), round(7.0), round(7.25, 1), round(7.35, 1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
print(round(1e300, 2), round(-0.0), round(0.0001, 3))

# Output:
# 0 2 2 4 0 -2
# 2.67 0.12 0.14 3.1416
# 120.0 160 160 -200
# 7 7 7 7.2 7.3
# int float int
# 1e+300 0 0.0
