# Case bodies with break, continue, return, exceptions, generators and
# nested matches.


def first_pair(items):
    for it in items:
        match it:
            case (a, b):
                return a, b
            case None:
                break
            case _:
                continue
    return "no pair"


print(first_pair([1, (2, 3), 4]), first_pair([1, None, (2, 3)]), first_pair([]))


def loop_with_else(items):
    out = []
    i = 0
    while i < len(items):
        match items[i]:
            case "stop":
                break
            case "skip":
                i += 2
                continue
            case x:
                out.append(x)
        i += 1
    else:
        out.append("done")
    return out


print(loop_with_else(["a", "skip", "b", "c"]), loop_with_else(["a", "stop", "b"]))


def gen(items):
    for it in items:
        match it:
            case [x, *_]:
                yield ("head", x)
            case {"k": v}:
                got = yield ("k", v)
                if got:
                    yield ("sent", got)
            case _:
                yield ("other", it)


g = gen([[1, 2], {"k": 3}, 4])
print(next(g), next(g), g.send("hi"), next(g))
print(list(gen([[], [5], {"k": 6}])))


def in_try(x):
    try:
        match x:
            case 0:
                raise ValueError("zero")
            case [n]:
                return 1 / n
    except ZeroDivisionError:
        return "div by zero"
    except ValueError as e:
        return "ValueError " + str(e)
    finally:
        print("  finally for", x)
    return "fell through"


print(in_try(0), in_try([0]), in_try([4]), in_try("x"))


def nested(x):
    match x:
        case {"kind": "list", "items": items}:
            out = []
            for i in items:
                match i:
                    case int(n):
                        out.append(n)
                    case str() as s:
                        match s.split("-"):
                            case [a, b]:
                                out.append((a, b))
                            case _:
                                out.append(s)
            return out
        case _:
            return None


print(nested({"kind": "list", "items": [1, "a-b", "c", 2]}))


# with blocks inside cases, returning through them.
class Ctx:
    def __enter__(self):
        print("  enter")
        return self

    def __exit__(self, *a):
        print("  exit")


def with_case(x):
    match x:
        case [v]:
            with Ctx():
                return v
    return None


print(with_case([9]))


# A subject that raises: no case runs.
def bad():
    raise KeyError("subject")


try:
    match bad():
        case _:
            print("never")
except KeyError as e:
    print("KeyError", e)


# A guard that raises propagates; later cases do not run.
try:
    match 1:
        case x if 1 / 0:
            print("never")
        case _:
            print("never either")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Comparisons that raise in a literal pattern propagate.
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("no comparing")


try:
    match BadEq():
        case 1:
            print("never")
except RuntimeError as e:
    print("RuntimeError", e)


# Deep recursion through matching functions raises RecursionError.
def depth(x):
    match x:
        case [inner]:
            return 1 + depth(inner)
        case _:
            return 0


v = 0
for _ in range(50):
    v = [v]
print(depth(v))
for _ in range(5000):
    v = [v]
try:
    depth(v)
except RecursionError:
    print("RecursionError")

# Output:
# (2, 3) no pair no pair
# ['a', 'c', 'done'] ['a']
# ('head', 1) ('k', 3) ('sent', 'hi') ('other', 4)
# [('other', []), ('head', 5), ('k', 6)]
#   finally for 0
#   finally for [0]
#   finally for [4]
#   finally for x
# ValueError zero div by zero 0.25 fell through
# [1, ('a', 'b'), 'c', 2]
#   enter
#   exit
# 9
# KeyError 'subject'
# ZeroDivisionError division by zero
# RuntimeError no comparing
# 50
# RecursionError
