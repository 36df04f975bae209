print(int("1_2"), int("1_000_000"))
print(1_000 + 1)
s = "1__2"
int(s)

# Output:
# 12 1000000
# 1001
# Raise: ValueError: invalid literal for int() with base 10: '1__2'
