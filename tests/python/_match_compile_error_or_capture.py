# Helper for match__compile_errors.py: a SyntaxError on purpose.
match 1:
    case 0 | y | 2:
        pass
