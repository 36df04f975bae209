d = {"a": 1}
print(d.pop("a"))
d.pop("a")

# Output:
# 1
# Raise: KeyError: 'a'
