for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 1)))
print(list(enumerate("ab", start=10)))
print(list(enumerate([], 5)), list(enumerate("z", -1)))
e = enumerate([7, 8])
print(next(e), next(e), next(e, "stop"))

# Output:
# 0 a
# 1 b
# 2 c
# [(1, 'x'), (2, 'y')]
# [(10, 'a'), (11, 'b')]
# [] [(-1, 'z')]
# (0, 7) (1, 8) stop
