print(float("0"), float("  1  "))
for s in ["1.5", "2e3"]:
    print(float(s))
float("")

# Output:
# 0.0 1.0
# 1.5
# 2000.0
# Raise: ValueError: could not convert string to float: ''
