print(int("5"), int(5.5), int(True))
value = None
print(value)
int(value)

# Output:
# 5 5 1
# None
# Raise: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
