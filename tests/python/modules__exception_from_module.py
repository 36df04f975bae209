import _helper_raiser
from _helper_raiser import HelperError, fail

try:
    fail("bad thing")
except HelperError as e:
    print("caught", type(e).__name__, e)
try:
    _helper_raiser.divide(1, 0)
except ZeroDivisionError as e:
    print("caught", e)
print(HelperError.__module__)
print(_helper_raiser.divide(7, 2))
_helper_raiser.fail("uncaught from helper")

# Output:
# caught HelperError bad thing
# caught division by zero
# _helper_raiser
# 3.5
# Raise: _helper_raiser.HelperError: uncaught from helper
