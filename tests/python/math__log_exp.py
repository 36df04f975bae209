import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(8), math.log2(1024), math.log10(1000), math.log10(0.01))
print(math.log(2), math.log10(2), math.log2(3))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2))
print(math.log(10 ** 100, 10), math.log2(2 ** 100), math.log(81, 3))
print(math.log1p(0), math.expm1(0))

# Output:
# 0.0 1.0 3.0 2.0
# 3.0 10.0 3.0 -2.0
# 0.6931471805599453 0.3010299956639812 1.584962500721156
# 1.0 2.718281828459045 0.36787944117144233 7.38905609893065
# 100.0 100.0 4.0
# 0.0 0.0
