class Plain:
    pass

a = Plain()
b = Plain()
print(a == a, a == b, a != b, a != a)
print(len({a, a, b}))
print(hash(a) == hash(a))
d = {a: 1, b: 2}
print(d[a], d[b])
try:
    a < b
except TypeError as e:
    print(e)
print(a.__eq__(b), a.__eq__(a))

# Output:
# True False True False
# 2
# True
# 1 2
# '<' not supported between instances of 'Plain' and 'Plain'
# NotImplemented True
