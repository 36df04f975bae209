import math
print(math.floor(1.5))
math.nothing_here

# Output:
# 1
# Raise: AttributeError: module 'math' has no attribute 'nothing_here'
