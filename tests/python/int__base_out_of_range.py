print(int("12", 2 + 1), int("12", 36), int("12", 0))
for base in (2, 8, 16):
    print(int("11", base))
int("12", 1)

# Output:
# 5 38 12
# 3
# 9
# 17
# Raise: ValueError: int() base must be >= 2 and <= 36, or 0
