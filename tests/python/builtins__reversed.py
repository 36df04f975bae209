print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(3))), list(reversed([])))
print("".join(reversed("stressed")))
d = {"a": 1, "b": 2}
print(list(reversed(d)), list(reversed(d.items())))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(Rev())))

# Output:
# [3, 2, 1] ['c', 'b', 'a'] [2, 1]
# [2, 1, 0] []
# desserts
# ['b', 'a'] [('b', 2), ('a', 1)]
# [4, 2, 0]
