import math
for f, arg in [(math.sqrt, -4), (math.log, -1), (math.log10, 0), (math.acos, 2), (math.asin, -1.5)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, e)

# Output:
# sqrt math domain error
# log math domain error
# log10 math domain error
# acos math domain error
# asin math domain error
