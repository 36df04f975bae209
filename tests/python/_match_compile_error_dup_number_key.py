# Helper for match__compile_errors.py: a SyntaxError on purpose.
match 1:
    case {1: _, 2: _, 1.0: _}:
        pass
