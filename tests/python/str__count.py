s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"))
print(s.count(""), "".count(""))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2))
print("aaaa".count("aa"))

# Output:
# 3 2 1 0
# 7 1
# 2 1 1
# 2
