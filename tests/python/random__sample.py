import random
random.seed(42)
print(random.sample(range(100), 5))
print(random.sample("abcdefg", 3))
print(sorted(random.sample([1, 2, 3], 3)))

# Output:
# [81, 14, 3, 94, 35]
# ['b', 'g', 'f']
# [1, 2, 3]
