# A group of more than 15 members shows 15 and "and N more exceptions";
# it was raised while another exception was handled.
try:
    raise ValueError('ctx')
except ValueError:
    raise ExceptionGroup('eg', [TypeError(i) for i in range(17)])

# Traceback:
# Traceback (most recent call last):
#   File "exception_groups__traceback_width.py", line 4, in <module>
#     raise ValueError('ctx')
# ValueError: ctx
#
# During handling of the above exception, another exception occurred:
#
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_width.py", line 6, in <module>
#   |     raise ExceptionGroup('eg', [TypeError(i) for i in range(17)])
#   | ExceptionGroup: eg (17 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | TypeError: 0
#     +---------------- 2 ----------------
#     | TypeError: 1
#     +---------------- 3 ----------------
#     | TypeError: 2
#     +---------------- 4 ----------------
#     | TypeError: 3
#     +---------------- 5 ----------------
#     | TypeError: 4
#     +---------------- 6 ----------------
#     | TypeError: 5
#     +---------------- 7 ----------------
#     | TypeError: 6
#     +---------------- 8 ----------------
#     | TypeError: 7
#     +---------------- 9 ----------------
#     | TypeError: 8
#     +---------------- 10 ----------------
#     | TypeError: 9
#     +---------------- 11 ----------------
#     | TypeError: 10
#     +---------------- 12 ----------------
#     | TypeError: 11
#     +---------------- 13 ----------------
#     | TypeError: 12
#     +---------------- 14 ----------------
#     | TypeError: 13
#     +---------------- 15 ----------------
#     | TypeError: 14
#     +---------------- ... ----------------
#     | and 2 more exceptions
#     +------------------------------------
