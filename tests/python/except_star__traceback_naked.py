# A naked exception matched by except* is handled wrapped in a group that
# has no traceback; a clause that raises lets its exception out naked.
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
f()

# Traceback:
#   | ExceptionGroup:  (1 sub-exception)
#   +-+---------------- 1 ----------------
#     | Traceback (most recent call last):
#     |   File "except_star__traceback_naked.py", line 5, in f
#     |     raise ValueError(1)
#     | ValueError: 1
#     +------------------------------------
#
# During handling of the above exception, another exception occurred:
#
# Traceback (most recent call last):
#   File "except_star__traceback_naked.py", line 8, in <module>
#     f()
#   File "except_star__traceback_naked.py", line 7, in f
#     raise TypeError(2)
# TypeError: 2
