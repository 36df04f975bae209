# Helper for match__compile_errors.py: a SyntaxError on purpose.
match 1:
    case int(x=1, 2):
        pass
