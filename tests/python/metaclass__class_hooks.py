# The hooks of class creation with and without a metaclass:
# `__init_subclass__` with the class statement's keywords, `__set_name__`,
# `__class_getitem__`, `__mro_entries__` (and `__orig_bases__`), and the
# order in which they run against the metaclass's `__new__`/`__init__`.


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__ before", name, kw)
        cls = super().__new__(mcs, name, bases, ns, **kw)
        print("Meta.__new__ after", name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns, **kw)


class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.name, "unset")


class Base(metaclass=Meta):
    registry = []

    def __init_subclass__(cls, /, prefix="", **kw):
        print("__init_subclass__", cls.__name__, prefix, kw)
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Base.registry.append(cls.__name__)


class Child(Base, prefix="c_"):
    f = Field()


print(Child.prefix, Base.registry, Child().f, type(Child).__name__)

try:
    class Bad(Base, prefix="b_", unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NoHook(x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    class NoHook2(Plain, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


# `__init_subclass__` is an implicit class method; it sees the new class.
class Counted:
    count = 0

    def __init_subclass__(cls):
        Counted.count += 1
        cls.number = Counted.count


class One(Counted):
    pass


class Two(Counted):
    pass


print(One.number, Two.number, Counted.count)


# `__class_getitem__` is an implicit class method too.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class SubBox(Box):
    pass


print(Box[int], SubBox[str], Box.__class_getitem__(float))
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)


# `__mro_entries__` on a base that is not a class.
class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print("__mro_entries__", len(bases))
        return (self.target,)


alias = Alias(Base)


class ViaAlias(alias, prefix="v_"):
    pass


print(ViaAlias.__bases__ == (Base,), ViaAlias.__orig_bases__ == (alias,), type(ViaAlias).__name__)
print("__orig_bases__" in Child.__dict__, "__orig_bases__" in ViaAlias.__dict__)


class Nothing:
    def __mro_entries__(self, bases):
        return ()


class OnlyObject(Nothing()):
    pass


print(OnlyObject.__bases__, OnlyObject.__mro__ == (OnlyObject, object))


class BadEntries:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class X(BadEntries()):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("Y", (alias,), {})
except TypeError as e:
    print("TypeError:", e)

try:
    class Z(5):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)


# __set_name__ runs for descriptors added by a metaclass's __new__ too.
class AddsField(type):
    def __new__(mcs, name, bases, ns):
        ns["extra"] = Field()
        return super().__new__(mcs, name, bases, ns)


class WithExtra(metaclass=AddsField):
    own = Field()

# Output:
# Meta.__new__ before Base {}
# Meta.__new__ after Base
# Meta.__init__ Base {}
# Meta.__new__ before Child {'prefix': 'c_'}
# __set_name__ Child f
# __init_subclass__ Child c_ {}
# Meta.__new__ after Child
# Meta.__init__ Child {'prefix': 'c_'}
# c_ ['Child'] unset Meta
# Meta.__new__ before Bad {'prefix': 'b_', 'unknown': 1}
# __init_subclass__ Bad b_ {'unknown': 1}
# TypeError: Bad.__init_subclass__() takes no keyword arguments
# TypeError: NoHook.__init_subclass__() takes no keyword arguments
# TypeError: NoHook2.__init_subclass__() takes no keyword arguments
# 1 2 2
# Box[int] SubBox[str] Box[float]
# TypeError: type 'Plain' is not subscriptable
# __mro_entries__ 1
# Meta.__new__ before ViaAlias {'prefix': 'v_'}
# __init_subclass__ ViaAlias v_ {}
# Meta.__new__ after ViaAlias
# Meta.__init__ ViaAlias {'prefix': 'v_'}
# True True Meta
# False True
# (<class 'object'>,) True
# TypeError: __mro_entries__ must return a tuple
# TypeError: type() doesn't support MRO entry resolution; use types.new_class()
# TypeError: TypeError
# __set_name__ WithExtra own
# __set_name__ WithExtra extra
