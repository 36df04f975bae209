class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return "entered"

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__, exc)
            return True
        return None

with Suppress(KeyError) as value:
    print(value)
    {}["missing"]
    print("not reached")
print("after suppressed block")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)

def in_function():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through"

print(in_function())

# Output:
# entered
# suppressing KeyError 'missing'
# after suppressed block
# escaped: not suppressed
# suppressing ZeroDivisionError division by zero
# fell through
