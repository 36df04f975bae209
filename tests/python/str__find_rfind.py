s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"))
print(s.find("o"), s.rfind("o"))
print(s.find("xyz"), s.rfind("xyz"))
print(s.find("hello", 1), s.find("o", 5, 8), s.find("o", 5, 7))
print(s.rfind("hello", 0, 10), s.rfind("l", -5))
print(s.find(""), s.rfind(""), "".find(""))
print(s.index("world"), s.rindex("l"))

# Output:
# 0 13
# 4 17
# -1 -1
# 13 7 -1
# 0 16
# 0 18 0
# 6 16
