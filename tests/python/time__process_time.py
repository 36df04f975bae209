# time.process_time counts CPU time: a sleep adds nothing, work adds some;
# process_time_ns is an int.
import time
t = time.process_time()
time.sleep(0.3)
print(round(time.process_time() - t, 1))
t = time.process_time_ns()
x = 0
for i in range(300000):
    x += i
d = time.process_time_ns() - t
print(d > 0, isinstance(d, int))

# Output:
# 0.0
# True True
