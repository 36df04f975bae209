s = "one one one one"
print(s.replace("one", "two"))
print(s.replace("one", "two", 2))
print(s.replace("one", "two", 0))
print(s.replace("one", "two", -1))
print("aaa".replace("a", "bb"))
print("abc".replace("", "-"))
print("abc".replace("x", "y"))
print("hello".replace("l", ""))
print("aaaa".replace("aa", "b"))

# Output:
# two two two two
# two two one one
# one one one one
# two two two two
# bbbbbb
# -a-b-c-
# abc
# heo
# bb
