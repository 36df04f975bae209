# A traceback shows a run of the same place three times, then "[Previous
# line repeated N more times]" (here a RecursionError).
def f(n):
    f(n + 1)


f(0)

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_recursion.py", line 7, in <module>
#     f(0)
#   File "exceptions__traceback_recursion.py", line 4, in f
#     f(n + 1)
#   File "exceptions__traceback_recursion.py", line 4, in f
#     f(n + 1)
#   File "exceptions__traceback_recursion.py", line 4, in f
#     f(n + 1)
#   [Previous line repeated 996 more times]
# RecursionError: maximum recursion depth exceeded
