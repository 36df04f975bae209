a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
print(a.pop(), a)

# Output:
# 50 [10, 20, 30, 40]
# 10 [20, 30, 40]
# 30 [20, 40]
# 40 [20]
# 20 []
