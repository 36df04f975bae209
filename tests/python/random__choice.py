import random
random.seed(42)
items = ["apple", "banana", "cherry", "date"]
print([random.choice(items) for _ in range(6)])
print(random.choice("xyz"), random.choice(range(100)), random.choice((1, 2)))

# Output:
# ['apple', 'apple', 'cherry', 'banana', 'banana', 'banana']
# z 13 1
