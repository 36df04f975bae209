import time
p1 = time.perf_counter()
m1 = time.monotonic()
total = 0
for i in range(10000):
    total += i
time.sleep(0.01)
p2 = time.perf_counter()
m2 = time.monotonic()
print(type(p1).__name__, type(m1).__name__)
print(p2 > p1, m2 >= m1, p2 - p1 >= 0.009)
print(total)

# Output:
# float float
# True True True
# 49995000
