print(sum(x * x for x in range(4)))
print(sorted((len(w), w) for w in ["ccc", "a", "bb"]))
print(list(zip(*[(1, "a"), (2, "b")])))
print(dict((k, v * 2) for k, v in {"x": 1, "y": 2}.items()))
print(tuple(c for c in "hello" if c not in "lo"))
print(min((v for v in [5, 3, 8]), default=None), max((), default="empty"))
print("".join(reversed([c for c in "stressed"])))

# Output:
# 14
# [(1, 'a'), (2, 'bb'), (3, 'ccc')]
# [(1, 2), ('a', 'b')]
# {'x': 2, 'y': 4}
# ('h', 'e')
# 3 empty
# desserts
