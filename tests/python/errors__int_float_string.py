print(int(float("3.0")))
print(int("3"))
text = "3.0"
int(text)

# Output:
# 3
# 3
# Raise: ValueError: invalid literal for int() with base 10: '3.0'
