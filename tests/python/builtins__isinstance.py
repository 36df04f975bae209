print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int))
print(isinstance("s", (int, str)), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(isinstance(1, (float, (str, int))))
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)))
print(isinstance(A, type), isinstance(int, type), isinstance(3, object))
print(isinstance({}, dict), isinstance(range(1), range), isinstance(b"", bytes))

# Output:
# True False True
# True False True
# True
# True False True
# True True True
# True True True
