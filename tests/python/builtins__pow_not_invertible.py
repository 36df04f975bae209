print(pow(3, -1, 7), pow(3, -2, 7))
print(pow(2, -1, 5) * 2 % 5)
base, mod = 2, 4
pow(base, -1, mod)

# Output:
# 5 4
# 1
# Raise: ValueError: base is not invertible for the given modulus
