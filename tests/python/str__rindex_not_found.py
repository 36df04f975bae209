print("abcabc".rindex("c"), "abcabc".rfind("d"))
s = "abc"
print(s.rfind("d"))
s.rindex("d")

# Output:
# 5 -1
# -1
# Raise: ValueError: substring not found
