# Helper for match__compile_errors.py: a SyntaxError on purpose.
def f(x):
    match x:
        case y:
            pass
        case 1:
            pass
