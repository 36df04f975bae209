squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({c: "abcab".count(c) for c in "abcab"})
print({(i, j): i + j for i in range(2) for j in range(2)})

# Output:
# {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25}
# {0: 0, 2: 4, 4: 16}
# {1: 'a', 2: 'b'}
# {'a': 2, 'b': 2, 'c': 1}
# {(0, 0): 0, (0, 1): 1, (1, 0): 1, (1, 1): 2}
