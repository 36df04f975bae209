print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(4)), len(b"xy"))
print(len(""), len([]), len(frozenset([1])), len({}.items()))
class L:
    def __len__(self):
        return 7
print(len(L()))

# Output:
# 3 2 1 1 3 4 2
# 0 0 1 0
# 7
