print(sum([1, 2, 3]))
print("".join(["a", "b"]))
parts = ["a", "b"]
sum(parts, "")

# Output:
# 6
# ab
# Raise: TypeError: sum() can't sum strings [use ''.join(seq) instead]
