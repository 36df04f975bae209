import random
random.seed(42)
print([random.randrange(10) for _ in range(5)])
print([random.randrange(5, 10) for _ in range(5)])
print([random.randrange(0, 100, 5) for _ in range(5)])
print([random.randrange(10, 0, -2) for _ in range(5)])

# Output:
# [1, 0, 4, 3, 3]
# [6, 5, 9, 5, 9]
# [65, 5, 0, 10, 30]
# [8, 2, 2, 10, 2]
