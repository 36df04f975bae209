# Helper for match__compile_errors.py: a SyntaxError on purpose.
match 1:
    case [a, *a]:
        pass
