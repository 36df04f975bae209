print(1 == 1.0, 2 < 2.5, 3 > 2.999)
print(2 ** 53 == float(2 ** 53))
print(2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308)
print(-10 ** 400 < -1e308)
print(10 ** 400 < float("inf"))
print(0 == -0.0)
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"))

# Output:
# True True True
# True
# False
# True
# True
# True
# True
# True
# False False False
