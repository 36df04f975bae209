s = "hello"
print(s.index("ll"))
print(s.index("z"))

# Output:
# 2
# Raise: ValueError: substring not found
