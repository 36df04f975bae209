# Repeated traceback lines are counted inside a group's box too ("time"
# for one more, "times" for more).
def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


excs = []
for depth in (4, 10):
    try:
        down(depth)
    except ValueError as e:
        excs.append(e)
raise ExceptionGroup("deep calls", excs)

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_repeated.py", line 15, in <module>
#   |     raise ExceptionGroup("deep calls", excs)
#   | ExceptionGroup: deep calls (2 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | Traceback (most recent call last):
#     |   File "exception_groups__traceback_repeated.py", line 12, in <module>
#     |     down(depth)
#     |   File "exception_groups__traceback_repeated.py", line 6, in down
#     |     down(n - 1)
#     |   File "exception_groups__traceback_repeated.py", line 6, in down
#     |     down(n - 1)
#     |   File "exception_groups__traceback_repeated.py", line 6, in down
#     |     down(n - 1)
#   [Previous line repeated 1 more time]
#     |   File "exception_groups__traceback_repeated.py", line 5, in down
#     |     raise ValueError("bottom")
#     | ValueError: bottom
#     +---------------- 2 ----------------
#     | Traceback (most recent call last):
#     |   File "exception_groups__traceback_repeated.py", line 12, in <module>
#     |     down(depth)
#     |   File "exception_groups__traceback_repeated.py", line 6, in down
#     |     down(n - 1)
#     |   File "exception_groups__traceback_repeated.py", line 6, in down
#     |     down(n - 1)
#     |   File "exception_groups__traceback_repeated.py", line 6, in down
#     |     down(n - 1)
#   [Previous line repeated 7 more times]
#     |   File "exception_groups__traceback_repeated.py", line 5, in down
#     |     raise ValueError("bottom")
#     | ValueError: bottom
#     +------------------------------------
