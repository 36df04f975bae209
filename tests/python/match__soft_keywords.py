# `match` and `case` stay ordinary names everywhere but at the head of a
# match statement and of its cases.

match = 3
case = 4
print(match, case, match + case)

match = [1, 2]
print(match[0], match[-1])
match[0] = 10
print(match)


def match(*args):
    return ("called", args)


print(match(1, 2))
print(match())
match(3)


class case:
    match = "class attr"

    def __init__(self, match):
        self.case = match


print(case.match, case(5).case)

match = {"case": 1}
print(match["case"], [match for match in range(3)], match)

case = lambda match: match * 2
print(case(21))

# A match statement whose subject is named match, with cases named case.
match = (1, 2)
match match:
    case (case, 2):
        print("case is", case)

match, case = "m", "c"
print(match, case)


def f(match, case=None):
    match match:
        case [case]:
            return case
        case case:
            return ("whole", case)


print(f([7]), f(8))

# A tuple subject without parentheses.
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)

# match as an attribute and keyword argument name.
class Obj:
    pass


o = Obj()
o.match = "attr"
print(o.match, dict(match=1, case=2))

# A star expression as subject.
rest = [2, 3]
match *rest, 4:
    case [*xs]:
        print("star subject", xs)

# Output:
# 3 4 7
# 1 2
# [10, 2]
# ('called', (1, 2))
# ('called', ())
# class attr 5
# 1 [0, 1, 2] {'case': 1}
# 42
# case is 1
# m c
# 7 ('whole', 8)
# tuple subject 1 2
# attr {'match': 1, 'case': 2}
# star subject [2, 3, 4]
