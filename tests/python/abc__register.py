# abc: register, isinstance/issubclass through __subclasshook__, caches.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
token = abc.get_cache_token()
print(Drawable.register(Circle) is Circle, abc.get_cache_token() == token + 1)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Circle.__mro__)
Drawable.register(Circle)
print(abc.get_cache_token() == token + 1)


class Oval(Circle):
    pass


print(issubclass(Oval, Drawable), isinstance(Oval(), Drawable))


@Drawable.register
class Square:
    pass


print(Square.__name__, issubclass(Square, Drawable), isinstance(3, Drawable))
attempt("register non-class", lambda: Drawable.register(3))
attempt("issubclass non-class", lambda: issubclass(3, Drawable))
attempt("cycle", lambda: Circle.register if False else None)


class Other(ABC):
    pass


class Child(Other):
    pass


attempt("inheritance cycle", lambda: Child.register(Other))
print(Other.register(Child) is Child)

# builtin types registered with a user ABC
class Numberish(ABC):
    pass


Numberish.register(int)
print(isinstance(5, Numberish), isinstance(True, Numberish), isinstance(5.0, Numberish), issubclass(bool, Numberish))


# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Sized2:
    def __len__(self):
        return 0


print(issubclass(Sized2, HasLen), issubclass(list, HasLen), issubclass(int, HasLen), isinstance("", HasLen))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


Never.register(int)
print(issubclass(int, Never), isinstance(1, Never))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


attempt("bad hook", lambda: issubclass(int, Bad))

# the caches and their helpers
Drawable._abc_caches_clear()
print(issubclass(Circle, Drawable))
Drawable._abc_registry_clear()
Drawable._abc_caches_clear()
print(issubclass(Circle, Drawable), isinstance(Square(), Drawable))


# instances whose __class__ differs from their type
class Liar:
    @property
    def __class__(self):
        return Circle


Drawable.register(Circle)
print(isinstance(Liar(), Drawable))


# a metaclass deriving from ABCMeta
class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.made_by = "Meta"
        return cls


class WithMeta(metaclass=Meta):
    @abstractmethod
    def go(self):
        ...


class Go(WithMeta):
    def go(self):
        return "went"


print(Go().go(), Go.made_by, type(Go).__name__)
attempt("meta abstract", WithMeta)
print(isinstance(Go(), WithMeta), issubclass(Go, WithMeta))

# Output:
# False False
# True True
# True True (<class '__main__.Circle'>, <class 'object'>)
# True
# True True
# Square True False
# register non-class TypeError Can only register classes
# issubclass non-class TypeError issubclass() arg 1 must be a class
# cycle None
# inheritance cycle RuntimeError Refusing to create an inheritance cycle
# True
# True True False True
# True True False True
# False False
# bad hook AssertionError __subclasshook__ must return either False, True, or NotImplemented
# True
# False False
# True
# went Meta Meta
# meta abstract TypeError Can't instantiate abstract class WithMeta with abstract method go
# True True
