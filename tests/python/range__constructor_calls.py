# range(...) called with every argument count, bad types, a zero step, a
# keyword, and as a base class: the call path that skips the __new__ lookup.
print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)), range(5)[2], range(0, 10**20, 3)[5])
for bad in [(), (1, 2, 3, 4), (1.5,), ("a",), (1, 2, 0)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print("TypeError", e)
try:
    class R(range): pass
except TypeError as e:
    print("TypeError", e)
print(range(True), type(range(2)) is range, isinstance(range(2), range))

# Output:
# [0, 1, 2] [1, 2, 3] [10, 7, 4, 1] 2 15
# TypeError range expected at least 1 argument, got 0
# TypeError range expected at most 3 arguments, got 4
# TypeError 'float' object cannot be interpreted as an integer
# TypeError 'str' object cannot be interpreted as an integer
# ValueError range() arg 3 must not be zero
# TypeError range() takes no keyword arguments
# TypeError type 'range' is not an acceptable base type
# range(0, 1) True True
