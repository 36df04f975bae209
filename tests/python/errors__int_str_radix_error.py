print(int("0x10", 16), int("0x10", 0), int("10"))
text = "0x10"
print(len(text))
int(text)

# Output:
# 16 16 10
# 4
# Raise: ValueError: invalid literal for int() with base 10: '0x10'
