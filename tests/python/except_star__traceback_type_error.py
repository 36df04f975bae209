# The TypeError of `except* ExceptionGroup` is raised at the clause, while
# the group is handled: its context.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        pass
    except* ExceptionGroup:
        pass


f()

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "except_star__traceback_type_error.py", line 5, in f
#   |     raise ExceptionGroup("eg", [ValueError(1)])
#   | ExceptionGroup: eg (1 sub-exception)
#   +-+---------------- 1 ----------------
#     | ValueError: 1
#     +------------------------------------
#
# During handling of the above exception, another exception occurred:
#
# Traceback (most recent call last):
#   File "except_star__traceback_type_error.py", line 12, in <module>
#     f()
#   File "except_star__traceback_type_error.py", line 8, in f
#     except* ExceptionGroup:
# TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
