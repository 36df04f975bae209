import random
random.seed(123)
first = [random.random() for _ in range(5)]
random.seed(123)
second = [random.random() for _ in range(5)]
print(first == second)
random.seed(123)
print(random.random() == first[0])
random.seed(124)
print(random.random() == first[0])
print(all(0 <= x < 1 for x in first))
print(first[4])

# Output:
# True
# True
# False
# True
# 0.9011988779516946
