def level1():
    a = "a"
    def level2():
        b = "b"
        def level3():
            nonlocal a
            a = a + "!"
            return a + b
        return level3
    return level2

f = level1()()
print(f())
print(f())

def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = accumulate()
print(acc(1), acc(2), acc(3))

# Output:
# a!b
# a!!b
# 1 3 6
