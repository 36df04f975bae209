x = []; y = []
for i in range(2000):
    x = [x, (i,)]; y = [y, (i,)]
try:
    print(x == y)
except RecursionError as e:
    print(e)
t = int
for _ in range(1000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print(e)
print(repr(x))
