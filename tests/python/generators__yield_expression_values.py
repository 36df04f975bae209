def collector():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received

c = collector()
print(next(c))
print(c.send("a"))
print(c.send("b"))
try:
    c.send("c")
except StopIteration as e:
    print(e.value)

def two_way():
    x = yield 1
    y = yield x * 2
    yield x + y

t = two_way()
print(next(t), t.send(5), t.send(7))

# Output:
# 0
# 1
# 2
# ['a', 'b', 'c']
# 1 10 12
