inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf * -2, inf - inf)
print(nan == nan, nan != nan, nan is nan)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(float("-inf"), float("Infinity"), float("-NaN"), float("nan"))
print(1e308 * 10, -1e308 * 10)
print(repr(inf), str(nan))
print(0 * inf)

# Output:
# inf -inf nan
# inf -inf nan
# False True True
# True True True
# -inf inf nan nan
# inf -inf
# inf nan
# nan
