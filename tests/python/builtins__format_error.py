print(format(1, "d"), format(1.5, ".1f"), format("s", "<3") + "|")
print(format(255, "08b"))
value = "s"
format(value, "d")

# Output:
# 1 1.5 s  |
# 11111111
# Raise: ValueError: Unknown format code 'd' for object of type 'str'
