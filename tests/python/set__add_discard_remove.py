s = {1, 2}
s.add(3)
s.add(2)
print(sorted(s), len(s))
s.discard(1)
s.discard(100)
print(sorted(s))
s.remove(2)
print(s)
print(2 in s, 3 in s)
s.clear()
print(s, len(s))

# Output:
# [1, 2, 3] 3
# [2, 3]
# {3}
# False True
# set() 0
