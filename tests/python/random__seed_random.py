import random
random.seed(42)
print(random.random())
print(random.random())
print(random.random())
random.seed(0)
print([round(random.random(), 6) for _ in range(3)])

# Output:
# 0.6394267984578837
# 0.025010755222666936
# 0.27502931836911926
# [0.844422, 0.757954, 0.420572]
