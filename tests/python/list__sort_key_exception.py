def key(x):
    if x == 3:
        raise ValueError("bad key " + str(x))
    return -x
a = [1, 5, 2]
a.sort(key=key)
print(a)
b = [4, 3, 1]
try:
    b.sort(key=key)
except ValueError as e:
    print("error:", e)
print(b)
print(sorted(["b", "A", "c"], key=lambda s: s.lower(), reverse=True))

# Output:
# [5, 2, 1]
# error: bad key 3
# [4, 3, 1]
# ['c', 'b', 'A']
