def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
print(next(f))

def cycle_limit(items, limit):
    count = 0
    while True:
        for it in items:
            if count == limit:
                return
            yield it
            count += 1

print(list(cycle_limit("ab", 5)))
gens = [fib() for _ in range(2)]
next(gens[0]); next(gens[0])
print(next(gens[0]), next(gens[1]))

# Output:
# [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
# 144
# ['a', 'b', 'a', 'b', 'a']
# 1 0
