print("ab" * 2, 2 * "cd")
sep = "-"
count = "3"
print(sep * int(count))
sep * count

# Output:
# abab cdcd
# ---
# Raise: TypeError: can't multiply sequence by non-int of type 'str'
