print("{} {}".format("a", "b"), "{0} {0}".format("c"))
template = "{} {}"
print(template.count("{}"))
print(template.format("a"))

# Output:
# a b c c
# 2
# Raise: IndexError: Replacement index 1 out of range for positional args tuple
