# A pattern error in the main program: nothing runs, and the error names
# the line of the offending pattern.
print("never printed")


def f(x):
    match x:
        case [1, 2]:
            return 1
        case {"k": [a, b], "j": (c, a)}:
            return 2

# Traceback:
#   File "match__syntax_error_traceback.py", line 10
#     case {"k": [a, b], "j": (c, a)}:
# SyntaxError: multiple assignments to name 'a' in pattern
