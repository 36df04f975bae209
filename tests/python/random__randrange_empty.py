import random
random.seed(3)
print(random.randrange(5, 6), random.randrange(5, 7, 1) in (5, 6))
random.randrange(5, 5)

# Output:
# 5 True
# Raise: ValueError: empty range for randrange() (5, 5, 0)
