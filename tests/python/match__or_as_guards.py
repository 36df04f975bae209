# Or-patterns, as-patterns, guards, and the subject evaluated once.


def kind(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b" as letter:
            return "letter " + letter
        case [x, 0] | [0, x] | (x,):
            return ("axis", x)
        case {"v": v} | [{"v": v}]:
            return ("v", v)
        case (int() | float()) as n if n < 0:
            return ("negative", n)
        case (int() | float()) as n:
            return ("number", n)
        case [(1 | 2) as a, (3 | 4) as b] as whole:
            return ("pairs", a, b, whole)
    return "none"


for v in [0, 2, 3, "a", "c", [5, 0], (0, 6), [7], {"v": 8}, [{"v": 9}], -1.5, 4.5,
          [2, 3], [1, 4], [3, 3]]:
    print(repr(v), "->", kind(v))


# The subject is evaluated once, however many cases are tried.
calls = 0


def subject():
    global calls
    calls += 1
    return [1, 2, 3]


match subject():
    case [0, *_]:
        pass
    case [_, 0, _]:
        pass
    case (1, 2):
        pass
    case [*_, 3]:
        print("matched on the fourth case")
print("calls:", calls)


# Guards run after the pattern has bound its names, in order, and only
# for cases whose pattern matched.
log = []


def check(tag, ok):
    log.append(tag)
    return ok


match (1, 2):
    case (a, b) if check("g1", a > b):
        print("g1")
    case (a, 3) if check("never", True):
        print("never")
    case (a, b) if check("g2", a < b):
        print("g2", a, b)
    case _ if check("g3", True):
        print("g3")
print(log)


# A failed guard leaves the pattern's names bound (as in CPython).
def leftover():
    match 5:
        case n if n > 10:
            pass
        case _:
            pass
    return n


print("leftover", leftover())


# Guards may use the walrus operator, and the body sees its result.
match [3, 4]:
    case [a, b] if (s := a + b) > 5:
        print("sum", s)


# Irrefutable patterns are fine last or with a guard.
def last(x):
    match x:
        case y if y == 0:
            return "zero"
        case _ if False:
            return "never"
        case whatever:
            return ("captured", whatever)


print(last(0), last("q"))


# as-patterns bind the value that matched, nested or not.
match [1, [2, 3]]:
    case [1 as one, [2, _] as inner] as outer:
        print(one, inner, outer)


# An or-pattern whose alternatives bind the same names in different order.
def swap(x):
    match x:
        case (a, b, "ab") | (b, a, "ba"):
            return (a, b)


print(swap((1, 2, "ab")), swap((1, 2, "ba")), swap((1, 2, "zz")))


# No case matches: nothing runs, nothing is bound.
def nothing():
    match 42:
        case 0:
            r = "zero"
        case [_]:
            r = "list"
    try:
        return r
    except UnboundLocalError as e:
        return str(e)


print(nothing())

# Output:
# 0 -> small
# 2 -> small
# 3 -> ('number', 3)
# 'a' -> letter a
# 'c' -> none
# [5, 0] -> ('axis', 5)
# (0, 6) -> ('axis', 6)
# [7] -> ('axis', 7)
# {'v': 8} -> ('v', 8)
# [{'v': 9}] -> ('axis', {'v': 9})
# -1.5 -> ('negative', -1.5)
# 4.5 -> ('number', 4.5)
# [2, 3] -> ('pairs', 2, 3, [2, 3])
# [1, 4] -> ('pairs', 1, 4, [1, 4])
# [3, 3] -> none
# matched on the fourth case
# calls: 1
# g2 1 2
# ['g1', 'g2']
# leftover 5
# sum 7
# zero ('captured', 'q')
# 1 [2, 3] [1, [2, 3]]
# (1, 2) (2, 1) None
# cannot access local variable 'r' where it is not associated with a value
