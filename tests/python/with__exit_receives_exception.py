class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc_value))
        print("tb is None:", tb is None)
        return isinstance(exc_value, LookupError)

with Inspect():
    pass
with Inspect():
    [][0]
with Inspect():
    raise ZeroDivisionError("not a lookup")
print("unreachable")

# Output:
# type: None
# value: None
# tb is None: True
# type: IndexError
# value: IndexError('list index out of range')
# tb is None: False
# type: ZeroDivisionError
# value: ZeroDivisionError('not a lookup')
# tb is None: False
# Raise: ZeroDivisionError: not a lookup
