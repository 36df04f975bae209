# More special methods a metaclass gives its classes: item assignment and
# deletion, attribute deletion (`__delattr__`, a property's deleter),
# unary operators, and `__subclasscheck__` asked about a non-class; and the
# defaults reached with `super()` / `type.__...__` / `object.__...__`.


class Store(type):
    def __setitem__(cls, key, value):
        cls.data[key] = value

    def __delitem__(cls, key):
        del cls.data[key]

    def __neg__(cls):
        return "negated " + cls.__name__

    def __invert__(cls):
        return "inverted " + cls.__name__

    def __delattr__(cls, name):
        print("delattr", cls.__name__, name)
        if name.startswith("keep"):
            raise AttributeError(f"{name} is kept")
        super().__delattr__(name)


class S(metaclass=Store):
    data = {}
    keep_me = 1
    drop_me = 2


S["a"] = 1
S["b"] = 2
del S["a"]
print(S.data, -S, ~S)
try:
    del S["zzz"]
except KeyError as e:
    print("KeyError:", e)
del S.drop_me
print(hasattr(S, "drop_me"))
try:
    del S.keep_me
except AttributeError as e:
    print("AttributeError:", e)
try:
    del S.never_there
except AttributeError as e:
    print("AttributeError:", e)
try:
    +S
except TypeError as e:
    print("TypeError:", e)
try:
    S()["x"] = 1
except TypeError as e:
    print("TypeError:", e)


class Plain(type):
    pass


class P(metaclass=Plain):
    x = 1


for op in (lambda: P.__setitem__, lambda: -P):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    P["k"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del P["k"]
except TypeError as e:
    print("TypeError:", e)
del P.x
print(hasattr(P, "x"))


class WithProp(type):
    @property
    def p(cls):
        return "p"

    @p.deleter
    def p(cls):
        print("deleting p of", cls.__name__)

    @property
    def q(cls):
        return "q"


class W(metaclass=WithProp):
    pass


del W.p
try:
    del W.q
except AttributeError as e:
    print("AttributeError:", e)


# The defaults, called directly from the metaclass's hooks.
class Direct(type):
    def __setattr__(cls, name, value):
        type.__setattr__(cls, name, value * 2)

    def __delattr__(cls, name):
        type.__delattr__(cls, name)
        print("deleted", name)


class D(metaclass=Direct):
    pass


D.v = 21
print(D.v)
del D.v
print(hasattr(D, "v"))
for call in (
    lambda: type.__delattr__(int, "x"),
    lambda: type.__delattr__(D, "missing"),
    lambda: type.__delattr__(5, "x"),
    lambda: type.__setattr__(D, 5, 1),
):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


# __subclasscheck__ decides even for something that is not a class.
class Lenient(type):
    def __subclasscheck__(cls, sub):
        return sub == "yes"


class L(metaclass=Lenient):
    pass


print(issubclass("yes", L), issubclass("no", L))
try:
    issubclass("yes", int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass("yes", P)
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: object.__setattr__(D, "y", 1), lambda: object.__delattr__(D, "y")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Output:
# {'b': 2} negated S inverted S
# KeyError: 'zzz'
# delattr S drop_me
# False
# delattr S keep_me
# AttributeError: keep_me is kept
# delattr S never_there
# AttributeError: type object 'S' has no attribute 'never_there'
# TypeError: bad operand type for unary +: 'Store'
# TypeError: 'S' object does not support item assignment
# AttributeError: type object 'P' has no attribute '__setitem__'
# TypeError: bad operand type for unary -: 'Plain'
# TypeError: 'Plain' object does not support item assignment
# TypeError: 'Plain' object does not support item deletion
# False
# deleting p of W
# AttributeError: property 'q' of 'WithProp' object has no deleter
# 42
# deleted v
# False
# TypeError: cannot set 'x' attribute of immutable type 'int'
# AttributeError: type object 'D' has no attribute 'missing'
# TypeError: descriptor '__delattr__' requires a 'type' object but received a 'int'
# TypeError: attribute name must be string, not 'int'
# True False
# TypeError: issubclass() arg 1 must be a class
# TypeError: issubclass() arg 1 must be a class
# TypeError: can't apply this __setattr__ to Direct object
# TypeError: can't apply this __delattr__ to Direct object
