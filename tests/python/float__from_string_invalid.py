print(float("1.5"), float(" 2 "))
raw = ["x"]
print(len(raw))
float(raw[0])

# Output:
# 1.5 2.0
# 1
# Raise: ValueError: could not convert string to float: 'x'
