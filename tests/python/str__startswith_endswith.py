s = "hello.py"
print(s.startswith("he"), s.startswith("py"), s.endswith(".py"), s.endswith("he"))
print(s.startswith(("x", "h")), s.endswith((".txt", ".md")))
print(s.startswith("ll", 2), s.startswith("ll", 3))
print(s.endswith("lo", 0, 5), s.endswith("lo", 0, 4))
print(s.startswith(""), "".endswith(""), "".startswith("a"))
print(s.startswith("hello.py!"), s.endswith(("",)))

# Output:
# True False True False
# True False
# True False
# True False
# True True False
# False True
