def outer():
    a = 1
    def middle():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    return middle()

print(outer())

def loop_closures():
    result = []
    for i in range(3):
        def f(i=i):
            return i * 10
        result.append(f)
    return [g() for g in result]

print(loop_closures())

def rebinding():
    value = "first"
    def change():
        nonlocal value
        value = "second"
        def deeper():
            nonlocal value
            value = value + "+third"
        deeper()
    change()
    return value

print(rebinding())

# Output:
# 11
# [0, 10, 20]
# second+third
