# Mapping patterns match dicts and dict subclasses; extra keys are allowed;
# `**rest` gets a new dict of the other keys; keys are read with `get`.


def conf(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ("point", px, py)
        case {"type": "circle", "r": r, **others}:
            return ("circle", r, sorted(others.items()))
        case {"type": t}:
            return ("some", t)
        case {1: one, 2.0: two}:
            return ("numbers", one, two)
        case {}:
            return "a mapping"
    return "not a mapping"


subjects = [
    {"type": "point", "x": 1, "y": 2},
    {"type": "point", "x": 1},
    {"type": "point", "x": 1, "y": 2, "z": 3},
    {"type": "circle", "r": 5},
    {"type": "circle", "r": 5, "color": "red", "fill": True},
    {"type": None},
    {1.0: "a", 2: "b"},
    {True: "t", 2: "b"},
    {},
    {"x": 1},
    [("type", "point")],
    "type",
    None,
]
for s in subjects:
    print(conf(s))


# `**rest` is a new dict each time, without the matched keys.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        print(rest, rest is d)
        rest["z"] = 0
print(d)
match d:
    case {**everything}:
        print(everything == d, everything is d)


# Keys may be value patterns (dotted names).
class Keys:
    A = "a"
    B = "b"


match {"a": 1, "b": 2}:
    case {Keys.A: x, Keys.B: y}:
        print("keys", x, y)


# Two value-pattern keys that turn out equal: ValueError at run time.
class Same:
    A = "k"
    B = "k"


try:
    match {"k": 1}:
        case {Same.A: _, Same.B: _}:
            print("matched")
except ValueError as e:
    print("ValueError:", e)


# A dict subclass is a mapping; its `get` is what looks the keys up, and
# `__missing__` is never asked.
class Defaulting(dict):
    def __missing__(self, key):
        return "missing!"


match Defaulting(a=1):
    case {"b": v}:
        print("found b", v)
    case {"a": v}:
        print("found a", v)


class Loud(dict):
    def get(self, key, default=None):
        print("  get", key)
        return dict.get(self, key, default)


match Loud(a=1, b=2):
    case {"a": 1, "b": 3}:
        print("no")
    case {"a": 1, "b": b, **kw}:
        print("b is", b, kw)


# A `get` that answers for every key.
class Liar(dict):
    def get(self, key, default=None):
        return "lie"


match Liar():
    case {"anything": v}:
        print("Liar", v)

try:
    match Liar(x=1):
        case {"y": v, **rest}:
            print("Liar rest", rest)
except KeyError as e:
    print("KeyError", e)


# Unhashable values are fine; unhashable keys cannot be written.
match {"k": [1, 2]}:
    case {"k": [a, b]}:
        print("nested", a, b)


# A value-pattern key that is unhashable, and the duplicate check, which
# runs key by key and stops at the first key that is missing.
class Odd:
    L = [1]
    A = "a"


try:
    match {1: 2}:
        case {Odd.L: v}:
            print(v)
except TypeError as e:
    print("TypeError", e)

match {"a": 1}:
    case {"z": 1, Odd.A: 2, "a": 3}:
        print("never")
    case _:
        print("missing key first: no duplicate check")
try:
    match {"a": 1, "b": 2}:
        case {Odd.A: 1, "a": 2}:
            print("never")
except ValueError as e:
    print("ValueError", e)

# Output:
# ('point', 1, 2)
# ('some', 'point')
# ('point', 1, 2)
# ('circle', 5, [])
# ('circle', 5, [('color', 'red'), ('fill', True)])
# ('some', None)
# ('numbers', 'a', 'b')
# ('numbers', 't', 'b')
# a mapping
# a mapping
# not a mapping
# not a mapping
# not a mapping
# {'b': 2, 'c': 3} False
# {'a': 1, 'b': 2, 'c': 3}
# True False
# keys 1 2
# found a 1
#   get a
#   get b
#   get a
#   get b
# b is 2 {}
# KeyError 'y'
# nested 1 2
# TypeError unhashable type: 'list'
# missing key first: no duplicate check
# ValueError mapping pattern checks duplicate key ('a')
