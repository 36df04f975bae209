# What leaves a try/except* uncaught: the exception a clause raised (its
# context the matched part) and the unhandled rest, combined in
# ExceptionGroup("", ...), which has no traceback entry in the frame of
# the try.
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError('in handler')
    except* TypeError as e:
        raise
f()

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "except_star__traceback.py", line 12, in <module>
#   |     f()
#   | ExceptionGroup:  (2 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | Exception Group Traceback (most recent call last):
#     |   File "except_star__traceback.py", line 7, in f
#     |     raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
#     | ExceptionGroup: eg (1 sub-exception)
#     +-+---------------- 1 ----------------
#       | ValueError: 1
#       +------------------------------------
#     | 
#     | During handling of the above exception, another exception occurred:
#     | 
#     | Traceback (most recent call last):
#     |   File "except_star__traceback.py", line 9, in f
#     |     raise RuntimeError('in handler')
#     | RuntimeError: in handler
#     +---------------- 2 ----------------
#     | Exception Group Traceback (most recent call last):
#     |   File "except_star__traceback.py", line 7, in f
#     |     raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
#     | ExceptionGroup: eg (2 sub-exceptions)
#     +-+---------------- 1 ----------------
#       | TypeError: 2
#       +---------------- 2 ----------------
#       | KeyError: 3
#       +------------------------------------
