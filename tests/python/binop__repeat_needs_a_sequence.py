# A huge int beside something that is not a sequence is an unsupported
# operand, not a repeat count that overflows.
for make in (lambda: range(3), lambda: {1: 2}, lambda: {1}, lambda: 1.5, lambda: None):
    try:
        make() * 10**20
    except TypeError as e:
        print("TypeError:", e)
    try:
        10**20 * make()
    except TypeError as e:
        print("TypeError:", e)
try:
    [1] * 10**20
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    "ab" * -(10**20)
except OverflowError as e:
    print("OverflowError", e)
print([1, 2] * True, "ab" * -(10**19 // 10**10), (1,) * 2)

# Output:
# TypeError: unsupported operand type(s) for *: 'range' and 'int'
# TypeError: unsupported operand type(s) for *: 'int' and 'range'
# TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# TypeError: unsupported operand type(s) for *: 'int' and 'dict'
# TypeError: unsupported operand type(s) for *: 'set' and 'int'
# TypeError: unsupported operand type(s) for *: 'int' and 'set'
# TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'
# OverflowError cannot fit 'int' into an index-sized integer
# OverflowError cannot fit 'int' into an index-sized integer
# [1, 2]  (1, 1)
