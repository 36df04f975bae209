names = ["a", "c"]
print(names.index("c"))
names.append("d")
print(names.index("d"))
names.index("b")

# Output:
# 1
# 2
# Raise: ValueError: 'b' is not in list
