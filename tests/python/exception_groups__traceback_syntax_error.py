# A SyntaxError inside a group: its location line gets the margin, its
# source text and caret do not (as CPython prints them).
try:
    compile("x = (1,", "f.py", "exec")
except SyntaxError as e:
    raise ExceptionGroup("g", [e])

# Traceback:
# Traceback (most recent call last):
#   File "exception_groups__traceback_syntax_error.py", line 4, in <module>
#     compile("x = (1,", "f.py", "exec")
#   File "f.py", line 1
#     x = (1,
# SyntaxError: '(' was never closed
#
# During handling of the above exception, another exception occurred:
#
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_syntax_error.py", line 6, in <module>
#   |     raise ExceptionGroup("g", [e])
#   | ExceptionGroup: g (1 sub-exception)
#   +-+---------------- 1 ----------------
#     | Traceback (most recent call last):
#     |   File "exception_groups__traceback_syntax_error.py", line 4, in <module>
#     |     compile("x = (1,", "f.py", "exec")
#     |   File "f.py", line 1
#     x = (1,
#     | SyntaxError: '(' was never closed
#     +------------------------------------
