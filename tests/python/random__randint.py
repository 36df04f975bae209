import random
random.seed(42)
print([random.randint(1, 10) for _ in range(10)])
print(random.randint(0, 0), random.randint(-5, 5), random.randint(1, 10 ** 20))
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, all(1 <= r <= 6 for r in rolls))

# Output:
# [2, 1, 5, 4, 4, 3, 2, 9, 2, 10]
# 0 -5 20175116266108930671
# [3, 2, 4, 6, 1, 1, 5, 1, 3, 5, 1, 5, 2, 1, 1, 4, 4, 1, 2, 1] True
