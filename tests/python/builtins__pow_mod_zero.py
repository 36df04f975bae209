print(pow(2, 3, 5))
print(pow(2, 3))
modulus = 0
pow(2, 3, modulus)

# Output:
# 3
# 8
# Raise: ValueError: pow() 3rd argument cannot be 0
