class K:
    a = 1
    def __init__(self):
        self.b = 2
        self.c = 3
k = K()
print(vars(k))
print("a" in dir(K), "b" in dir(k), "upper" in dir(str))
k.__dict__["d"] = 4
print(k.d, sorted(vars(k)))

# Output:
# {'b': 2, 'c': 3}
# True True True
# 4 ['b', 'c', 'd']
