# Deeply nested containers built in a loop: repr, str, format, comparisons
# and `in` end in RecursionError with CPython's words; shallow ones work;
# deleting a structure a million deep frees it without overflowing.


def nest(kind, n):
    x = kind()
    for i in range(n):
        if kind is list:
            x = [x]
        elif kind is tuple:
            x = (x,)
        elif kind is dict:
            x = {i: x}
        else:
            x = frozenset([x])
    return x


def attempt(label, f):
    try:
        r = f()
    except RecursionError as e:
        print(label, "RecursionError:", e)
    else:
        print(label, str(r)[:30])


for kind in (list, tuple, dict, frozenset):
    name = kind.__name__
    small = nest(kind, 5)
    attempt(name + " small repr", lambda: repr(small))
    x = nest(kind, 20000)
    y = nest(kind, 20000)
    attempt(name + " repr", lambda: repr(x))
    attempt(name + " str", lambda: str(x))
    attempt(name + " format", lambda: format(x))
    attempt(name + " %r", lambda: "%r" % (x,))
    attempt(name + " f-string", lambda: f"{x!r}")
    attempt(name + " ==", lambda: x == y)
    attempt(name + " !=", lambda: x != y)
    attempt(name + " in", lambda: x in [y])
    if kind in (list, tuple):
        attempt(name + " <", lambda: x < y)
        attempt(name + " sorted", lambda: sorted([x, y]))
        attempt(name + " max", lambda: max([x, y]))
    del x, y

s = 0
for _ in range(20000):
    s = slice(s)
attempt("slice repr", lambda: repr(s))

x = []
for _ in range(300000):
    x = [x]
del x
print("a deep list freed")
d = {}
for i in range(100000):
    d = {i: d, "t": (d,)}
del d
print("deep dicts and tuples freed")

# Output:
# list small repr [[[[[[]]]]]]
# list repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# list str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# list format RecursionError: maximum recursion depth exceeded while getting the repr of an object
# list %r RecursionError: maximum recursion depth exceeded while getting the repr of an object
# list f-string RecursionError: maximum recursion depth exceeded while getting the repr of an object
# list == RecursionError: maximum recursion depth exceeded in comparison
# list != RecursionError: maximum recursion depth exceeded in comparison
# list in RecursionError: maximum recursion depth exceeded in comparison
# list < RecursionError: maximum recursion depth exceeded in comparison
# list sorted RecursionError: maximum recursion depth exceeded in comparison
# list max RecursionError: maximum recursion depth exceeded in comparison
# tuple small repr ((((((),),),),),)
# tuple repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# tuple str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# tuple format RecursionError: maximum recursion depth exceeded while getting the repr of an object
# tuple %r RecursionError: maximum recursion depth exceeded while getting the repr of an object
# tuple f-string RecursionError: maximum recursion depth exceeded while getting the repr of an object
# tuple == RecursionError: maximum recursion depth exceeded in comparison
# tuple != RecursionError: maximum recursion depth exceeded in comparison
# tuple in RecursionError: maximum recursion depth exceeded in comparison
# tuple < RecursionError: maximum recursion depth exceeded in comparison
# tuple sorted RecursionError: maximum recursion depth exceeded in comparison
# tuple max RecursionError: maximum recursion depth exceeded in comparison
# dict small repr {4: {3: {2: {1: {0: {}}}}}}
# dict repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# dict str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# dict format RecursionError: maximum recursion depth exceeded while getting the repr of an object
# dict %r RecursionError: maximum recursion depth exceeded while getting the repr of an object
# dict f-string RecursionError: maximum recursion depth exceeded while getting the repr of an object
# dict == RecursionError: maximum recursion depth exceeded in comparison
# dict != RecursionError: maximum recursion depth exceeded in comparison
# dict in RecursionError: maximum recursion depth exceeded in comparison
# frozenset small repr frozenset({frozenset({frozense
# frozenset repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# frozenset str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# frozenset format RecursionError: maximum recursion depth exceeded while getting the repr of an object
# frozenset %r RecursionError: maximum recursion depth exceeded while getting the repr of an object
# frozenset f-string RecursionError: maximum recursion depth exceeded while getting the repr of an object
# frozenset == RecursionError: maximum recursion depth exceeded in comparison
# frozenset != RecursionError: maximum recursion depth exceeded in comparison
# frozenset in RecursionError: maximum recursion depth exceeded in comparison
# slice repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# a deep list freed
# deep dicts and tuples freed
