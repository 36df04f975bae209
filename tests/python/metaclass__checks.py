# `__instancecheck__` and `__subclasscheck__` on a metaclass drive
# isinstance/issubclass against its classes; recursion ends in
# RecursionError.


class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Stone:
    pass


print(isinstance(Mallard(), Quacker))
print(isinstance(Stone(), Quacker))
print(isinstance(5, (int, Quacker)))
print(isinstance("s", (float, Quacker)))
print(issubclass(Mallard, Quacker))
print(issubclass(Stone, Quacker))
print(issubclass(Stone, (Stone, Quacker)))
# An instance of exactly the class: no call.
print(isinstance(Quacker(), Quacker))
# The metaclass's methods are not consulted for classes without it.
print(isinstance(Quacker(), Mallard), issubclass(Quacker, Mallard))
# `except` matches by the class hierarchy only.


class ErrMeta(type):
    def __subclasscheck__(cls, sub):
        print("never asked")
        return True


class AnyError(Exception, metaclass=ErrMeta):
    pass


try:
    try:
        raise ValueError("v")
    except AnyError:
        print("caught as AnyError")
except ValueError as e:
    print("ValueError:", e)


# The results are made bool, and errors propagate.
class Odd(type):
    def __instancecheck__(cls, obj):
        return [1]

    def __subclasscheck__(cls, sub):
        raise KeyError("nope")


class O(metaclass=Odd):
    pass


print(isinstance(3, O))
try:
    issubclass(int, O)
except KeyError as e:
    print("KeyError:", e)

# `type.__instancecheck__` and `type.__subclasscheck__` as the default.
print(type.__instancecheck__(Quacker, Mallard()), type.__subclasscheck__(Quacker, Mallard))
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool))
for call in (
    lambda: type.__instancecheck__(int),
    lambda: type.__subclasscheck__(int, 5),
    lambda: type.__instancecheck__(5, 5),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Selfish(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)


class S(metaclass=Selfish):
    pass


try:
    isinstance(1, S)
except RecursionError as e:
    print("RecursionError:", str(e)[:33])


# super() inside the check reaches type's.
class Logged(type):
    def __instancecheck__(cls, obj):
        r = super().__instancecheck__(obj)
        print("checked", cls.__name__, r)
        return r


class Lg(metaclass=Logged):
    pass


class LgChild(Lg):
    pass


print(isinstance(LgChild(), Lg), isinstance(3, Lg))

# Output:
# instancecheck Quacker Mallard
# True
# instancecheck Quacker Stone
# False
# True
# instancecheck Quacker str
# False
# subclasscheck Quacker Mallard
# True
# subclasscheck Quacker Stone
# False
# True
# True
# False False
# ValueError: v
# True
# KeyError: 'nope'
# False False
# True True
# TypeError: type.__instancecheck__() takes exactly one argument (0 given)
# TypeError: issubclass() arg 1 must be a class
# TypeError: descriptor '__instancecheck__' for 'type' objects doesn't apply to a 'int' object
# RecursionError: maximum recursion depth exceeded
# checked Lg True
# checked Lg False
# True False
