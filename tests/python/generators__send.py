def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

g = averager()
print(g.send(None))
print(g.send(10))
print(g.send(20))
print(g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("count:", e.value)

def fresh():
    x = yield
    print("got", x)

try:
    fresh().send(5)
except TypeError as e:
    print(e)

# Output:
# None
# 10.0
# 15.0
# 30.0
# count: 3
# can't send non-None value to a just-started generator
