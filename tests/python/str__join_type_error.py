print("-".join(["a", "b"]), "-".join(map(str, [1, 2])))
parts = ["a", 1, "b"]
print(len(parts))
print("-".join(parts))

# Output:
# a-b 1-2
# 3
# Raise: TypeError: sequence item 1: expected str instance, int found
