records = [("amy", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
by_score = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_score])
rev = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in rev])
data = [5, -3, 3, -5, 0, 1, -1]
data.sort(key=abs)
print(data)
data.sort(key=abs, reverse=True)
print(data)

# Output:
# ['bob', 'eve', 'dan', 'fay', 'amy', 'cat']
# ['amy', 'cat', 'dan', 'fay', 'bob', 'eve']
# [0, 1, -1, -3, 3, 5, -5]
# [5, -5, -3, 3, 1, -1, 0]
