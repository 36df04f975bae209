# An uncaught group in CPython's box format: members with their own
# tracebacks (marker lines inside the box), a chained cause inside a
# member, notes on a member and on the group, a nested group.
def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError(2) from e
excs = []
for h in (f, g):
    try:
        h()
    except Exception as e:
        excs.append(e)
e3 = KeyError('k')
e3.add_note('note on leaf')
e3.add_note('two\nlines')
excs.append(e3)
inner = ExceptionGroup('inner', [OSError(3), RuntimeError('r')])
excs.append(inner)


def half(x):
    return 1 / x


try:
    y = half(0) + 1
except ZeroDivisionError as z:
    excs.append(z)
eg = ExceptionGroup('outer', excs)
eg.add_note('group note')
def main():
    raise eg
main()

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_nested.py", line 37, in <module>
#   |     main()
#   |   File "exception_groups__traceback_nested.py", line 36, in main
#   |     raise eg
#   | ExceptionGroup: outer (5 sub-exceptions)
#   | group note
#   +-+---------------- 1 ----------------
#     | Traceback (most recent call last):
#     |   File "exception_groups__traceback_nested.py", line 14, in <module>
#     |     h()
#     |   File "exception_groups__traceback_nested.py", line 5, in f
#     |     raise ValueError(1)
#     | ValueError: 1
#     +---------------- 2 ----------------
#     | Traceback (most recent call last):
#     |   File "exception_groups__traceback_nested.py", line 8, in g
#     |     f()
#     |   File "exception_groups__traceback_nested.py", line 5, in f
#     |     raise ValueError(1)
#     | ValueError: 1
#     | 
#     | The above exception was the direct cause of the following exception:
#     | 
#     | Traceback (most recent call last):
#     |   File "exception_groups__traceback_nested.py", line 14, in <module>
#     |     h()
#     |   File "exception_groups__traceback_nested.py", line 10, in g
#     |     raise TypeError(2) from e
#     | TypeError: 2
#     +---------------- 3 ----------------
#     | KeyError: 'k'
#     | note on leaf
#     | two
#     | lines
#     +---------------- 4 ----------------
#     | ExceptionGroup: inner (2 sub-exceptions)
#     +-+---------------- 1 ----------------
#       | OSError: 3
#       +---------------- 2 ----------------
#       | RuntimeError: r
#       +------------------------------------
#     +---------------- 5 ----------------
#     | Traceback (most recent call last):
#     |   File "exception_groups__traceback_nested.py", line 30, in <module>
#     |     y = half(0) + 1
#     |   File "exception_groups__traceback_nested.py", line 26, in half
#     |     return 1 / x
#     | ZeroDivisionError: division by zero
#     +------------------------------------
