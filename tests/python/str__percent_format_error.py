print("%d" % 5, "%d %d" % (1, 2), "%s" % "x")
args = (1,)
print(len(args))
print("%d %d" % args)

# Output:
# 5 1 2 x
# 1
# Raise: TypeError: not enough arguments for format string
