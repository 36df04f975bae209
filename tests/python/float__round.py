print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.23456, 3), round(-1.005, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(3.7), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(5), round(15, -1), round(25, -1), round(-35, -1))
print(round(0.125, 2), round(0.375, 2))
print(round(1e20 + 0.5))

# Output:
# 2 4 -2 0 2
# 2.67 1.235 -1.0
# 1200.0 1200.0 1400.0
# 4 int float
# 5 20 20 -40
# 0.12 0.38
# 100000000000000000000
