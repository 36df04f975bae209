# Where captured names go: locals, cells, globals, class bodies, nonlocals.

match [1, 2]:
    case [g1, g2]:
        pass
print("module", g1, g2)


def local():
    match {"k": (1, 2)}:
        case {"k": (a, *b)}:
            return a, b


print("local", local())


def closure():
    match 10:
        case n:
            pass

    def inner():
        return n * 2
    return inner()


print("closure", closure())


def glob():
    global gg
    match "value":
        case gg:
            pass


glob()
print("global", gg)


def outer():
    x = "before"

    def inner():
        nonlocal x
        match "after":
            case x:
                pass
    inner()
    return x


print("nonlocal", outer())


class Body:
    match (1, "one"):
        case (num, word):
            pass


print("class", Body.num, Body.word)


# A match in a loop binds in the function around the loop.
def loop():
    out = []
    for item in [(1, "a"), (2, "b"), 3]:
        match item:
            case (n, s):
                out.append(s * n)
            case n:
                out.append(n)
    return out, n


print("loop", loop())


# A successful case binds exactly its names: the other cases' names stay
# unbound.
def exact(x):
    match x:
        case [a]:
            pass
        case {"b": b}:
            pass
    found = []
    try:
        found.append(("a", a))
    except UnboundLocalError:
        found.append(("a", "unbound"))
    try:
        found.append(("b", b))
    except UnboundLocalError:
        found.append(("b", "unbound"))
    return found


print(exact([1]))
print(exact({"b": 2}))


# The bindings survive the match statement, like any assignment.
def survive():
    match (1, (2, 3)):
        case (p, (q, r)):
            pass
    return p + q + r


print("survive", survive())


# Rebinding a name that holds the subject.
s = [5, 6]
match s:
    case [s, t]:
        print("rebound", s, t)

# Output:
# module 1 2
# local (1, [2])
# closure 20
# global value
# nonlocal after
# class 1 one
# loop (['a', 'bb', 3], 3)
# [('a', 1), ('b', 'unbound')]
# [('a', 'unbound'), ('b', 2)]
# survive 6
# rebound 5 6
