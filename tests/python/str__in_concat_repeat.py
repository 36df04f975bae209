print("ell" in "hello", "xyz" in "hello", "" in "abc", "h" not in "hello")
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, repr("ab" * -1))
s = "a"
s += "b"
s *= 2
print(s)
print("-" * 10)
print(len("abc" * 100))

# Output:
# True False True False
# abcd ababab xxx  ''
# abab
# ----------
# 300
