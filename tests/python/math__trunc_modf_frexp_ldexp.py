import math
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(5), type(math.trunc(1.5)).__name__)
print(math.modf(3.25), math.modf(-3.25), math.modf(2.0))
print(math.frexp(8.0), math.frexp(0.5), math.frexp(0.0), math.frexp(-3.0))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 10))
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456)

# Output:
# 2 -2 5 int
# (0.25, 3.0) (-0.25, -3.0) (0.0, 2.0)
# (0.5, 4) (0.5, 0) (0.0, 0) (-0.75, 2)
# 8.0 0.5 3072.0
# True
