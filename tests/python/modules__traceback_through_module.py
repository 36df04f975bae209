import _helper_raiser

def call_helper():
    return _helper_raiser.divide(1, 0)

print("calling")
call_helper()

# Output:
# calling
# Traceback:
# Traceback (most recent call last):
#   File "modules__traceback_through_module.py", line 7, in <module>
#     call_helper()
#   File "modules__traceback_through_module.py", line 4, in call_helper
#     return _helper_raiser.divide(1, 0)
#   File "_helper_raiser.py", line 8, in divide
#     return a / b
# ZeroDivisionError: division by zero
