print("[" + "ab".ljust(5) + "]")
print("[" + "ab".rjust(5) + "]")
print("[" + "ab".center(5) + "]")
print("[" + "ab".center(6, "*") + "]")
print("[" + "abc".center(6, "*") + "]")
print("[" + "abcdef".ljust(3) + "]")
print("[" + "7".rjust(3, "0") + "]")
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(5), "12345".zfill(3))
print("x".ljust(4, "-") + "|", "".center(3, "."))

# Output:
# [ab   ]
# [   ab]
# [  ab ]
# [**ab**]
# [*abc**]
# [abcdef]
# [007]
# 00042 -0042 +004 00abc 12345
# x---| ...
