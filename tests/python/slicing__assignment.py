a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = "ABCD"
print(a)
b = [0] * 5
b[1:4] = range(2)
print(b)
c = list(range(8))
c[::-2] = [70, 50, 30, 10]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(e)
d = [1, 2, 3]
d[:] = "xy"
print(d)
d[1:1] = [9, 9]
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print(e)

# Output:
# [0, 'x', 'y', 'z', 3, 4, 5]
# ['y', 'z', 3, 4, 5]
# ['y', 'z', 3, 4, 5, 100, 101]
# ['A', 'z', 'B', 4, 'C', 100, 'D']
# [0, 0, 1, 0]
# [0, 10, 2, 30, 4, 50, 6, 70]
# attempt to assign sequence of size 2 to extended slice of size 4
# ['x', 'y']
# ['x', 9, 9, 'y']
# can only assign an iterable
