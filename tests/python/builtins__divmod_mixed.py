print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), divmod(7, -2.5))
print(divmod(2 ** 65, 3), divmod(True, True))

# Output:
# (3, 1) (-4, 1) (3.0, 1.0) (-3.0, -0.5)
# (12297829382473034410, 2) (1, 0)
