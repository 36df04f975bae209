a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = [1, 2], 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(5)
print(head, mid, tail)
one, *empty = [1]
print(one, empty)
a = b = c = "same"
print(a, b, c)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)

# Output:
# 1 2
# 2 1
# 1 2 3
# p q
# 1 [2, 3, 4]
# ['h', 'e', 'l', 'l'] o
# 0 [1, 2, 3] 4
# 1 []
# same same same
# 0 x 1
# 1 y 2
