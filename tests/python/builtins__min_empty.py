print(min((5, 3, 9)))
print(min((), default="empty"))
scores = ()
print(min(scores))

# Output:
# 3
# empty
# Raise: ValueError: min() arg is an empty sequence
