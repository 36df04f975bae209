try:
    1 / 0
except ZeroDivisionError:
    raise KeyError("during handling")

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_context.py", line 2, in <module>
#     1 / 0
# ZeroDivisionError: division by zero
#
# During handling of the above exception, another exception occurred:
#
# Traceback (most recent call last):
#   File "exceptions__traceback_context.py", line 4, in <module>
#     raise KeyError("during handling")
# KeyError: 'during handling'
