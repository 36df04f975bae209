a = [1]
print(a.pop())
a.pop()

# Output:
# 1
# Raise: IndexError: pop from empty list
