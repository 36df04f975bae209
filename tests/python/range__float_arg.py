print(list(range(3)), list(range(int(2.9))))
print(range(1, 4)[1])
n = 1.5
range(n)

# Output:
# [0, 1, 2] [0, 1]
# 2
# Raise: TypeError: 'float' object cannot be interpreted as an integer
