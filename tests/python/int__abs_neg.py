print(abs(-5), abs(5), abs(0), abs(-(2 ** 100)))
print(-(-3), +7, -0)
print(abs(True))

# Output:
# 5 5 0 1267650600228229401496703205376
# 3 7 0
# 1
