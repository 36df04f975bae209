text = "Hello, World"
codes = [ord(c) for c in text]
print(codes)
print("".join(chr(c) for c in codes))
shifted = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello world")
print(shifted)
print(repr(min(text)), max(text), sorted(set(text.lower()))[:4])

# Output:
# [72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100]
# Hello, World
# uryyb jbeyq
# ' ' r [' ', ',', 'd', 'e']
