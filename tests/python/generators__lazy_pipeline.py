def numbers():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

print(list(take(3, evens(numbers()))))

# Output:
# produce 0
# produce 1
# produce 2
# produce 3
# produce 4
# produce 5
# produce 6
# [0, 2, 4]
