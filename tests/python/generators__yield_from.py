def inner():
    yield "a"
    yield "b"
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from range(3)
    yield from ["x", "y"]
    return "outer done"

print(list(outer()))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

# Output:
# inner returned inner result
# ['a', 'b', 0, 1, 2, 'x', 'y']
# [1, 2, 3, 4, 5, 6]
