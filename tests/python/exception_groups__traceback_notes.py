# Notes of members: a __notes__ that is not a sequence is shown by its
# repr (with no newline after it, as CPython does), lines of a note each
# get the margin, a str __notes__ is a sequence of one-character notes.
e = ValueError('x')
e.__notes__ = 5
e2 = TypeError('y')
e2.__notes__ = ['a\n', 'b\n\nc', 3]
e3 = KeyError('z')
e3.__notes__ = 'abc'
raise ExceptionGroup('m', [e, e2, e3])

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_notes.py", line 10, in <module>
#   |     raise ExceptionGroup('m', [e, e2, e3])
#   | ExceptionGroup: m (3 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | ValueError: x
#     | 5    +---------------- 2 ----------------
#     | TypeError: y
#     | a
#
#     | b
#     | 
#     | c
#     | 3
#     +---------------- 3 ----------------
#     | KeyError: 'z'
#     | a
#     | b
#     | c
#     +------------------------------------
