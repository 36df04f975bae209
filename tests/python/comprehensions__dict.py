words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
d = {"x": 1, "y": 2}
print({v: k for k, v in d.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({n: [m for m in range(n)] for n in range(4)})

# Output:
# {'apple': 5, 'banana': 6, 'cherry': 6, 'avocado': 7}
# {'a': 'avocado', 'b': 'banana', 'c': 'cherry'}
# {'a': 0, 'c': 2}
# {1: 'x', 2: 'y'}
# {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}
# {0: [], 1: [0], 2: [0, 1], 3: [0, 1, 2]}
