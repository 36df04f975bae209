print(round(float("inf"), 1), round(float("nan"), 2))
print(round(2.5), round(-2.5))
big = float("inf")
round(big)

# Output:
# inf nan
# 2 -2
# Raise: OverflowError: cannot convert float infinity to integer
