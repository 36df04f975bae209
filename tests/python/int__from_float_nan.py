print(int(2.5), int(-2.5))
nan = float("nan")
print(nan, nan == nan)
int(nan)

# Output:
# 2 -2
# nan False
# Raise: ValueError: cannot convert float NaN to integer
