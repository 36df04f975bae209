print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("x", end="")
print("y", end="!\n")
print(1, 2, sep=", ", end=".\n")
print()
print("after blank")
print(*[1, 2, 3])
print(*"abc", sep="|")
print("multi\nline")
print(None, True, 1.0, [1], sep=" / ")
print("a", end=" ")
print("b", sep="ignored")

# Output:
# a b c
# a-b-c
# ab
# xy!
# 1, 2.
#
# after blank
# 1 2 3
# a|b|c
# multi
# line
# None / True / 1.0 / [1]
# a b
