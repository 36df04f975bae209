import math
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20))
print(math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7, 0), math.gcd(17, 5))
print(math.gcd(12, 18, 30), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.gcd(2 ** 100, 6 ** 50))

# Output:
# 1 1 120 2432902008176640000
# 265252859812191058636308480000000
# 6 0 6 7 1
# 6 0 12 105
# 1125899906842624
