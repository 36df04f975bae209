# Literal patterns: numbers (negative and complex too), strings, bytes, and
# None/True/False, which compare by identity; value patterns (dotted names)
# compare with ==, the subject on the left.


def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case 1j:
            return "i"
        case 1 + 2j:
            return "1+2j"
        case -1.5 - 2j:
            return "-1.5-2j"
        case 10_000_000_000_000_000_000_000:
            return "big"
        case 0x10:
            return "sixteen"
        case "":
            return "empty str"
        case "a" "b":
            return "ab"
        case b"raw":
            return "bytes raw"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "no literal"


for v in [0, 0.0, -0.0, -1, -1.0, 2.5, -0.5, 1j, 1 + 2j, -1.5 - 2j, 16, 10**22,
          "", "ab", "a", b"raw", "raw", None, True, False, 1, 1.0, 3]:
    print(repr(v), "->", lit(v))


# 1 == True, but `case True` is an identity test: an int 1 is not True.
def one(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
    return "neither"


print(one(1), one(True), one(1.0), one(False))


class Color:
    RED = 1
    GREEN = "g"

    class Shade:
        DARK = (0, 0)


def value(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Shade.DARK:
            return "dark"
    return "other"


print(value(1), value(1.0), value(True), value("g"), value((0, 0)), value([0, 0]), value(2))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  Loud.__eq__", self.v, other)
        return self.v == other


def loud(x):
    match x:
        case 1:
            return "one"
        case "s":
            return "s"
    return "none"


print(loud(Loud(1)))
print(loud(Loud("s")))
print(loud(Loud(9)))


# A value pattern reads the name each time the case is tried.
class K:
    v = 1


def read(x):
    match x:
        case K.v:
            return True
    return False


print(read(1))
K.v = 2
print(read(1), read(2))

# Output:
# 0 -> zero
# 0.0 -> zero
# -0.0 -> zero
# -1 -> minus one
# -1.0 -> minus one
# 2.5 -> two and a half
# -0.5 -> minus a half
# 1j -> i
# (1+2j) -> 1+2j
# (-1.5-2j) -> -1.5-2j
# 16 -> sixteen
# 10000000000000000000000 -> big
# '' -> empty str
# 'ab' -> ab
# 'a' -> no literal
# b'raw' -> bytes raw
# 'raw' -> no literal
# None -> None
# True -> True
# False -> zero
# 1 -> no literal
# 1.0 -> no literal
# 3 -> no literal
# == 1 is True == 1 neither
# red red red green dark other other
#   Loud.__eq__ 1 1
# one
#   Loud.__eq__ s 1
#   Loud.__eq__ s s
# s
#   Loud.__eq__ 9 1
#   Loud.__eq__ 9 s
# none
# True
# False True
