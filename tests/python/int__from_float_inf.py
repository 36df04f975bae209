print(int(1.5), int(1e10))
inf = float("inf")
print(inf > 1e308)
int(inf)

# Output:
# 1 10000000000
# True
# Raise: OverflowError: cannot convert float infinity to integer
