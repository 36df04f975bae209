import math
for v in [1.0, 0.0, math.inf, -math.inf, math.nan, 1e308, 5]:
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v))

# Output:
# 1.0 False False True
# 0.0 False False True
# inf False True False
# -inf False True False
# nan True False False
# 1e+308 False False True
# 5 False False True
