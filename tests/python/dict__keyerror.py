d = {"a": 1}
print(d["a"])
print(d["x"])

# Output:
# 1
# Raise: KeyError: 'x'
