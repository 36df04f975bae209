print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print(" - ".join("abc"))
print("|".join([]))
print(", ".join(str(i) for i in range(5)))
print("".join(reversed("hello")))
print("\n".join(["line1", "line2"]))
print("+".join(("only",)))
print("ab".join("123"))

# Output:
# a,b,c
# xy
# a - b - c
#
# 0, 1, 2, 3, 4
# olleh
# line1
# line2
# only
# 1ab2ab3
