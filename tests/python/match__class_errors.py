# Run-time errors of class patterns, with CPython's messages.


class C:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1
        self.b = 2


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class NoArgs:
    pass


class Twice:
    __match_args__ = ("a", "a")
    a = 1


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def too_many():
    match C():
        case C(x, y):
            return x


def not_a_tuple():
    match ListArgs():
        case ListArgs(x):
            return x


def not_strings():
    match IntArgs():
        case IntArgs(x):
            return x


def none_allowed():
    match NoArgs():
        case NoArgs(x):
            return x


def not_a_class():
    f = len
    match 1:
        case f():
            return "?"


def not_a_class_instance():
    obj = C()
    match 1:
        case obj.a():
            return "?"


def repeated_from_match_args():
    match Twice():
        case Twice(x, y):
            return x


def positional_and_keyword():
    match C():
        case C(z, a=1):
            return z


def builtin_two():
    match 5:
        case int(x, y):
            return x


def builtin_str_two():
    match "s":
        case str(x, y):
            return x


def no_instance_no_error():
    # isinstance is checked first: nothing else is looked at.
    match 5:
        case C(x, y, z):
            return "?"
    return "no match, no error"


def error_after_match():
    # The earlier case matches: the bad one never runs.
    match C():
        case C():
            return "first case"
        case C(x, y):
            return "?"


class StrSubclass(str):
    pass


class SubclassName:
    __match_args__ = (StrSubclass("a"),)
    a = 1


def str_subclass_in_match_args():
    match SubclassName():
        case SubclassName(x):
            return x


class TupleSubclass(tuple):
    pass


class SubclassTuple:
    __match_args__ = TupleSubclass(("a",))
    a = 1


def tuple_subclass_match_args():
    match SubclassTuple():
        case SubclassTuple(x):
            return x


for name, f in list(globals().items()):
    if callable(f) and name[0].islower() and name != "attempt":
        attempt(name, f)


# The error's traceback points at the case that raised.
def g():
    match C():
        case C(a=2):
            pass
        case C(p,
               q):
            pass


g()

# Output:
# too_many -> TypeError: C() accepts 1 positional sub-pattern (2 given)
# not_a_tuple -> TypeError: ListArgs.__match_args__ must be a tuple (got list)
# not_strings -> TypeError: __match_args__ elements must be strings (got int)
# none_allowed -> TypeError: NoArgs() accepts 0 positional sub-patterns (1 given)
# not_a_class -> TypeError: called match pattern must be a type
# not_a_class_instance -> TypeError: called match pattern must be a type
# repeated_from_match_args -> TypeError: Twice() got multiple sub-patterns for attribute 'a'
# positional_and_keyword -> TypeError: C() got multiple sub-patterns for attribute 'a'
# builtin_two -> TypeError: int() accepts 1 positional sub-pattern (2 given)
# builtin_str_two -> TypeError: str() accepts 1 positional sub-pattern (2 given)
# no_instance_no_error -> no match, no error
# error_after_match -> first case
# str_subclass_in_match_args -> TypeError: __match_args__ elements must be strings (got StrSubclass)
# tuple_subclass_match_args -> TypeError: SubclassTuple.__match_args__ must be a tuple (got TupleSubclass)
# Traceback:
# Traceback (most recent call last):
#   File "match__class_errors.py", line 160, in <module>
#     g()
#   File "match__class_errors.py", line 155, in g
#     case C(p,
# TypeError: C() accepts 1 positional sub-pattern (2 given)
