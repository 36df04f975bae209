d = {"a": 1}
print(d.get("a"))
d[["a"]]

# Output:
# 1
# Raise: TypeError: unhashable type: 'list'
