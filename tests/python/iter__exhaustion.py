it = iter(range(4))
print(list(it))
print(list(it))
m = map(abs, [-1, -2])
print(sum(m), sum(m))
z = zip("ab", [1, 2])
print(list(z), list(z))
it2 = iter([1, 2, 3, 4])
for x in it2:
    if x == 2:
        break
print(list(it2))
print(iter(it2) is it2)

# Output:
# [0, 1, 2, 3]
# []
# 3 0
# [('a', 1), ('b', 2)] []
# [3, 4]
# True
