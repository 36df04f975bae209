print(int("777", 8), int("17", 8))
digits = "9"
print(int(digits))
int(digits, 8)

# Output:
# 511 15
# 9
# Raise: ValueError: invalid literal for int() with base 8: '9'
