s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("abcba".strip("ab"), "abcba".strip("c"))
print(repr("".strip()), repr("   ".strip()))
print("0012300".strip("0"), "12300".rstrip("0"))
print("--==x==--".strip("=-"))

# Output:
# 'hello world' 'hello world \n ' '  \t hello world'
# hi hixx xxhi
# example
# c abcba
# '' ''
# 123 123
# x
