# An uncaught SyntaxError from exec shows the file, line and text of the
# error after the traceback.
exec("x = 1\nif x\n    pass\n")

# Traceback:
# Traceback (most recent call last):
#   File "exec__syntax_traceback.py", line 3, in <module>
#     exec("x = 1\nif x\n    pass\n")
#   File "<string>", line 2
#     if x
# SyntaxError: expected ':'
