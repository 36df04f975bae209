print("abc".startswith("a"), "abc".startswith(("x", "a")))
prefixes = ["a"]
print("abc".startswith(tuple(prefixes)))
"abc".startswith(prefixes)

# Output:
# True True
# True
# Raise: TypeError: startswith first arg must be str or a tuple of str, not list
