def connect(host, *, port=80, secure):
    return "%s:%d secure=%s" % (host, port, secure)

print(connect("a", secure=True))
print(connect("b", port=443, secure=False))
try:
    connect("c", 8080, True)
except TypeError as e:
    print(e)
try:
    connect("d")
except TypeError as e:
    print(e)

def only_kw(*, a, b):
    return a - b

print(only_kw(b=1, a=5))
only_kw(1, 2)

# Output:
# a:80 secure=True
# b:443 secure=False
# connect() takes 1 positional argument but 3 were given
# connect() missing 1 required keyword-only argument: 'secure'
# 4
# Raise: TypeError: only_kw() takes 0 positional arguments but 2 were given
