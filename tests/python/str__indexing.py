s = "python"
print(s[0], s[5], s[-1], s[-6])
print(s[len(s) - 1])
for i in range(-3, 3):
    print(i, s[i])
print(type(s[0]).__name__, len(s[0]))

# Output:
# p n n p
# n
# -3 h
# -2 o
# -1 n
# 0 p
# 1 y
# 2 t
# str 1
