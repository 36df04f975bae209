import random
random.seed(42)
print(random.uniform(1, 10))
print(random.uniform(0, 1))
print(random.uniform(-5, 5))
print(random.uniform(10, 1))
v = random.uniform(2.5, 2.5)
print(v)

# Output:
# 6.754841186120954
# 0.025010755222666936
# -2.2497068163088074
# 7.991103356660595
# 2.5
