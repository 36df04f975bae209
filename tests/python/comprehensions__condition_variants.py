nums = range(-5, 6)
print([n for n in nums if n > 0 and n % 2])
print([n if n >= 0 else 0 for n in nums])
print([n for n in nums if not n])
print(["fizz" if n % 3 == 0 else n for n in range(1, 8)])
print([(a, b) for a in range(4) if a for b in range(a) if (a + b) % 2])
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})

# Output:
# [1, 3, 5]
# [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5]
# [0]
# [1, 2, 'fizz', 4, 5, 'fizz', 7]
# [(1, 0), (2, 1), (3, 0), (3, 2)]
# {0: 'even', 1: 'odd', 2: 'even', 3: 'odd'}
