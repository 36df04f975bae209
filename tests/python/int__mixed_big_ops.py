a = 3 ** 100
b = 7 ** 50
print(a // b, a % b)
print(divmod(-a, b))
print(a & b, a | b == b | a, (a ^ b) ^ b == a)
print(pow(a, 3, 10 ** 9 + 7), pow(b, -1, 101))
print(-a // 7 * 7 + (-a % 7) == -a)
print(abs(-a) == a, max(a, b) == a, min(-a, -b) == -a)
print(str(a)[:10], len(str(a * b)))
print(a * 0, a - a, (a > b) + (a > b))

# Output:
# 286565 385785755669240220493970279706933923352316
# (-286566, 1412679286978171926126310060862715425898933)
# 1437403516067842049694151838933895685345425 True True
# 311495262 100
# True
# True True True
# 5153775207 90
# 0 0 2
