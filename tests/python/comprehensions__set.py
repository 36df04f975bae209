s = {x % 4 for x in range(20)}
print(sorted(s), len(s))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({x for x in []} == set(), type({1 for _ in "a"}).__name__)
print(sorted({(a, b) for a in range(2) for b in range(2)}))

# Output:
# [0, 1, 2, 3] 4
# ['d', 'e', 'h', 'l', 'o', 'r', 'w']
# True set
# [(0, 0), (0, 1), (1, 0), (1, 1)]
