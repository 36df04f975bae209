d = {"a": 1}
print(d["a"])
d("a")

# Output:
# 1
# Raise: TypeError: 'dict' object is not callable
