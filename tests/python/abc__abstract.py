# abc: abstractmethod and friends, instantiation errors, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


attempt("two abstract", Shape)
print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)


class Half(Shape):
    def area(self):
        return super().area() + 1


attempt("one abstract", Half)
print(sorted(Half.__abstractmethods__))


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__, isinstance(sq, Shape))
print(type(Shape).__name__, isinstance(Shape, ABCMeta), ABC.__abstractmethods__, ABC.__slots__)


# metaclass form, properties, class and static methods
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @abc.abstractproperty
    def old_prop(self):
        ...

    @abc.abstractclassmethod
    def old_cm(cls):
        ...

    @abc.abstractstaticmethod
    def old_sm():
        ...


print(sorted(Base.__abstractmethods__))
attempt("property abstract", Base)


class Impl(Base):
    name = "impl"
    old_prop = 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "h"

    @classmethod
    def old_cm(cls):
        return "cm"

    @staticmethod
    def old_sm():
        return "sm"


i = Impl.make()
print(i.name, i.helper(), Impl.old_cm(), Impl.old_sm(), Impl.__abstractmethods__)
print(abstractmethod(lambda: 0).__isabstractmethod__)

# abstract methods keep their bodies callable through super()
print(Half().area() if False else Square(2).area())


# update_abstractmethods
class Late(ABC):
    @abstractmethod
    def f(self):
        ...


def f(self):
    return "now concrete"


Late.f = f
attempt("before update", Late)
abc.update_abstractmethods(Late)
print(Late.__abstractmethods__, Late().f())
Late.g = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__))
attempt("after new abstract", Late)


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc)

# __abstractmethods__ set by hand on a plain class
class Plain:
    pass


Plain.__abstractmethods__ = frozenset({"x"})
attempt("hand-set", Plain)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
Plain.__abstractmethods__ = frozenset({"y", "x"})
del Plain.__abstractmethods__
print(type(Plain()).__name__)


# __new__ and __init__ overrides still refuse abstract classes
class WithInit(ABC):
    def __init__(self, a):
        self.a = a

    @abstractmethod
    def run(self):
        ...


attempt("with init", lambda: WithInit(1))


class WithNew(ABC):
    def __new__(cls):
        return super().__new__(cls)

    @abstractmethod
    def run(self):
        ...


attempt("with new", WithNew)
print(abc.get_cache_token() >= 0, abc.__all__ if False else "")

# Output:
# two abstract TypeError Can't instantiate abstract class Shape with abstract methods area, perimeter
# ['area', 'perimeter'] frozenset
# one abstract TypeError Can't instantiate abstract class Half with abstract method perimeter
# ['perimeter']
# Square area=9 12 frozenset() True
# ABCMeta True frozenset() ()
# ['helper', 'make', 'name', 'old_cm', 'old_prop', 'old_sm']
# property abstract TypeError Can't instantiate abstract class Base with abstract methods helper, make, name, old_cm, old_prop, old_sm
# impl h cm sm frozenset()
# True
# 4
# before update TypeError Can't instantiate abstract class Late with abstract method f
# frozenset() now concrete
# ['g']
# after new abstract TypeError Can't instantiate abstract class Late with abstract method g
# True
# hand-set TypeError Can't instantiate abstract class Plain with abstract method x
# Plain
# Plain
# with init TypeError Can't instantiate abstract class WithInit with abstract method run
# with new TypeError Can't instantiate abstract class WithNew with abstract method run
# True 
