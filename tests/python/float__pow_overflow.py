print(2.0 ** 1000 > 0)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("overflow:", type(e).__name__)
print(2.0 ** -2000)
print(1e308 * 10)

# Output:
# True
# overflow: OverflowError
# 0.0
# inf
