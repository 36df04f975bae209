# Sequence patterns match lists, tuples, ranges and subclasses of list and
# tuple; never str, bytes, dicts, sets or iterators. Star anywhere.


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ("one", a)
        case [a, b]:
            return ("two", a, b)
        case [first, *middle, last] if len(middle) > 2:
            return ("long", first, middle, last)
        case (a, b, c):
            return ("three", a, b, c)
        case [*head, 0]:
            return ("ends in 0", head)
        case [0, *tail]:
            return ("starts with 0", tail)
    return "no sequence match"


subjects = [
    [], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1, 2, 3, 4, 5, 6],
    [1, 2, 3, 0], [0, 1, 2, 3], range(0), range(2), range(3), range(6),
    MyList([7, 8]), MyTuple((7, 8, 9)), "ab", "abc", b"ab", b"",
    MyStr("ab"), {1: 2, 3: 4}, {1, 2}, iter([1, 2]), 12, None,
]
for s in subjects:
    print(type(s).__name__, "->", seq(s))


def stars(x):
    match x:
        case [*_]:
            return "any sequence"
    return "not a sequence"


print(stars([]), stars(range(10**12)), stars("x"), stars({}))


# A star wildcard never builds the middle: this range has 10**12 items.
def ends(x):
    match x:
        case [a, b, *_, y, z]:
            return (a, b, y, z)


print(ends(range(10**12)))
print(ends([1, 2, 3, 4]))
print(ends((1, 2, 3)))


def nested(x):
    match x:
        case [[a, b], [c, [d, *e]]]:
            return (a, b, c, d, e)
        case [(1, 2), *rest]:
            return ("rest", rest)
    return None


print(nested([[1, 2], [3, [4, 5, 6]]]))
print(nested(((1, 2), (3, (4,)))))
print(nested([(1, 2), 3, 4]))
print(nested([[1, 2], [3, 4]]))


# Star in the middle, with values around it.
def middle(x):
    match x:
        case [1, *m, 9]:
            return m
        case (*m, "end"):
            return m
    return "no"


print(middle([1, 9]), middle([1, 2, 3, 9]), middle(("a", "end")), middle(["end"]), middle([1]))


# The star binding is always a list, even from a tuple or range.
match (1, 2, 3):
    case (first, *others):
        print(first, others, type(others).__name__)
match range(5):
    case [*init, last]:
        print(init, last)


# Unpacking an instance of a list subclass goes through iteration.
class Rev(list):
    def __iter__(self):
        return iter([9, 8, 7])


match Rev([1, 2, 3]):
    case [a, *b]:
        print("Rev", a, b)

# Output:
# list -> empty
# tuple -> empty
# list -> ('one', 1)
# tuple -> ('one', 1)
# list -> ('two', 1, 2)
# tuple -> ('two', 1, 2)
# list -> ('three', 1, 2, 3)
# tuple -> ('three', 1, 2, 3)
# list -> ('long', 1, [2, 3, 4, 5], 6)
# list -> ('ends in 0', [1, 2, 3])
# list -> ('starts with 0', [1, 2, 3])
# range -> empty
# range -> ('two', 0, 1)
# range -> ('three', 0, 1, 2)
# range -> ('long', 0, [1, 2, 3, 4], 5)
# MyList -> ('two', 7, 8)
# MyTuple -> ('three', 7, 8, 9)
# str -> no sequence match
# str -> no sequence match
# bytes -> no sequence match
# bytes -> no sequence match
# MyStr -> no sequence match
# dict -> no sequence match
# set -> no sequence match
# list_iterator -> no sequence match
# int -> no sequence match
# NoneType -> no sequence match
# any sequence any sequence not a sequence not a sequence
# (0, 1, 999999999998, 999999999999)
# (1, 2, 3, 4)
# None
# (1, 2, 3, 4, [5, 6])
# (1, 2, 3, 4, [])
# ('rest', [3, 4])
# ('rest', [[3, 4]])
# [] [2, 3] ['a'] [] no
# 1 [2, 3] list
# [0, 1, 2, 3] 4
# Rev 9 [8, 7]
