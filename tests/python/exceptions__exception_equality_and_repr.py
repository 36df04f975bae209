e1 = ValueError("a")
e2 = ValueError("a")
print(e1 == e2, e1 is e2, e1 == e1)
print(repr(ValueError("quote's")))
print(repr(OSError(2, "No such file")))
print(str(KeyError(("tuple", 1))))
print(repr(StopIteration(5)), StopIteration(5).value)
print(repr(SystemExit(3)), SystemExit(3).code)
print(ZeroDivisionError.__name__, type(ZeroDivisionError()).__name__)

# Output:
# False False True
# ValueError("quote's")
# FileNotFoundError(2, 'No such file')
# ('tuple', 1)
# StopIteration(5) 5
# SystemExit(3) 3
# ZeroDivisionError ZeroDivisionError
