print(10 / 4, 10 / 5)
count = 0
print(10 / (count + 4))
print(1 / count)

# Output:
# 2.5 2.0
# 2.5
# Raise: ZeroDivisionError: division by zero
