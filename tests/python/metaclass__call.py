# `M.__call__` controls instantiation: singletons, registries of
# instances, a result that is not an instance, `type.__call__` and
# `super().__call__`, and a `__call__` that recurses without end.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("Config.__init__", name)
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)


class Other(Config):
    pass


o = Other(name="other")
print(o is a, o.name, type(o).__name__)


class Tracking(type):
    def __call__(cls, *args, **kwargs):
        obj = type.__call__(cls, *args, **kwargs)
        cls.made.append(obj)
        return obj


class Point(metaclass=Tracking):
    made = []

    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


Point(1)
Point(2, y=3)
print(Point.made)


# `__call__` may return anything; `__init__` is then the metaclass's business.
class Weird(type):
    def __call__(cls, *args):
        return ("not an instance", cls.__name__, args)


class W(metaclass=Weird):
    def __init__(self):
        print("never")


print(W(1, 2))


# The metaclass's own __new__/__init__ run when it makes a class, not
# when the class makes an instance.
class Loud(type):
    def __new__(mcs, name, bases, ns):
        print("Loud.__new__", name)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Loud.__init__", name)


class L(metaclass=Loud):
    def __init__(self, v):
        self.v = v


print(L(5).v)

# `type.__call__` directly, and with the wrong self.
print(type.__call__(L, 7).v)
for args in ((), (5,)):
    try:
        type.__call__(*args)
    except TypeError as e:
        print("TypeError:", e)


# A __call__ that calls itself forever ends in RecursionError.
class Forever(type):
    def __call__(cls, *args):
        return cls(*args)


class R(metaclass=Forever):
    pass


try:
    R()
except RecursionError as e:
    print("RecursionError:", str(e)[:33])


# A class's __init__ returning a value is still refused.
class BadInit(metaclass=Tracking):
    made = []

    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


# __new__ returning something that is not a class: the name is bound to it.
class NotAClass(type):
    def __new__(mcs, name, bases, ns):
        return [name, len(bases)]


class N(metaclass=NotAClass):
    pass


print(N)


class Uses(metaclass=NotAClass):
    def f(self):
        return __class__


print(Uses)


# A metaclass __new__ that drops __classcell__ while the body needs it.
class Dropper(type):
    def __new__(mcs, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcs, name, bases, ns)


try:
    class Needs(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)

# A metaclass whose __init__ returns a value.
class InitReturns(type):
    def __init__(cls, name, bases, ns):
        return 5


try:
    class IR(metaclass=InitReturns):
        pass
except TypeError as e:
    print("TypeError:", e)

# Output:
# Config.__init__ first
# True first first
# Config.__init__ other
# False other Other
# [Point(1, 0), Point(2, 3)]
# ('not an instance', 'W', (1, 2))
# Loud.__new__ L
# Loud.__init__ L
# 5
# 7
# TypeError: descriptor '__call__' of 'type' object needs an argument
# TypeError: descriptor '__call__' requires a 'type' object but received a 'int'
# RecursionError: maximum recursion depth exceeded
# TypeError: __init__() should return None, not 'int'
# ['N', 0]
# ['Uses', 0]
# RuntimeError: __class__ not set defining 'Needs' as <class '__main__.Needs'>. Was __classcell__ propagated to type.__new__?
# TypeError: __init__() should return None, not 'int'
