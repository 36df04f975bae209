print(range(5), range(1, 10), range(1, 10, 2), range(0, -5, -1))
print(repr(range(0)), str(range(2, 3)))
print(range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(1, 4, 2) == range(1, 5, 2))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(type(range(1)).__name__, range(2, 8, 3).start, range(2, 8, 3).stop, range(2, 8, 3).step)

# Output:
# range(0, 5) range(1, 10) range(1, 10, 2) range(0, -5, -1)
# range(0, 0) range(2, 3)
# True True True
# False True
# range 2 8 3
