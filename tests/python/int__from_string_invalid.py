print(int("12"), int(" 12 "), int("-12"))
text = "abc"
print(text.isdigit())
print(int(text))

# Output:
# 12 12 -12
# False
# Raise: ValueError: invalid literal for int() with base 10: 'abc'
