funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([add(10) for add in make_adders()])

def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())

# Output:
# [2, 2, 2]
# [0, 1, 2]
# [10, 11, 12]
# 2
