# An exception raised by exec'd code: its traceback names "<string>" (or
# compile's filename) and the frames of the code it defined.
def helper():
    exec("def inner():\n    return 1 / 0\n\nresult = inner()\n", {})


try:
    exec(compile("x = 1\nundefined_name", "made.py", "exec"))
except NameError as e:
    print("caught", e)
helper()

# Output:
# caught name 'undefined_name' is not defined
# Traceback:
# Traceback (most recent call last):
#   File "exec__traceback.py", line 11, in <module>
#     helper()
#   File "exec__traceback.py", line 4, in helper
#     exec("def inner():\n    return 1 / 0\n\nresult = inner()\n", {})
#   File "<string>", line 4, in <module>
#   File "<string>", line 2, in inner
# ZeroDivisionError: division by zero
