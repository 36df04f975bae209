print(float("3.5"), float("-1"))
words = ["1.5", "three"]
print(float(words[0]))
print(float(words[1]))

# Output:
# 3.5 -1.0
# 1.5
# Raise: ValueError: could not convert string to float: 'three'
