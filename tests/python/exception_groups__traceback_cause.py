# A group raised from another group: both printed as boxes, the cause first.
try:
    raise ExceptionGroup('first', [ValueError(1)])
except ExceptionGroup as g:
    raise ExceptionGroup('second', [TypeError(2)]) from g

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_cause.py", line 3, in <module>
#   |     raise ExceptionGroup('first', [ValueError(1)])
#   | ExceptionGroup: first (1 sub-exception)
#   +-+---------------- 1 ----------------
#     | ValueError: 1
#     +------------------------------------
#
# The above exception was the direct cause of the following exception:
#
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_cause.py", line 5, in <module>
#   |     raise ExceptionGroup('second', [TypeError(2)]) from g
#   | ExceptionGroup: second (1 sub-exception)
#   +-+---------------- 1 ----------------
#     | TypeError: 2
#     +------------------------------------
