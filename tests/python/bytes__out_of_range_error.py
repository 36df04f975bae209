print(bytes([0, 255]), bytes([65]))
values = [1, 256]
print(len(values))
bytes(values)

# Output:
# b'\x00\xff' b'A'
# 2
# Raise: ValueError: bytes must be in range(0, 256)
