def show(**kw):
    for k, v in kw.items():
        print(k, "=", v)
    return len(kw)

print(show())
print(show(a=1, b="two"))

def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed(*[1, 2, 3], **{"c": 0, "z": 1}))

# Output:
# 0
# a = 1
# b = two
# 2
# (1, 2, (), 3, 4, {})
# (1, 5, (6, 7), 8, 4, {'e': 9})
# (1, 2, (3,), 0, 4, {'z': 1})
