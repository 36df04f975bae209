print(divmod(17, 5))
print(divmod(-17, 5))
print(divmod(17, -5))
print(divmod(-17, -5))
print(divmod(0, 3))
q, r = divmod(10 ** 20 + 3, 7)
print(q, r, q * 7 + r == 10 ** 20 + 3)
print(divmod(True, 2))

# Output:
# (3, 2)
# (-4, 3)
# (-4, -3)
# (3, -2)
# (0, 0)
# 14285714285714285714 5 True
# (0, 1)
