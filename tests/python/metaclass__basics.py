# Metaclasses: `class M(type)`, `metaclass=M`, inheritance of the
# metaclass, `__new__`/`__init__` with `super()`, keyword arguments from
# the class statement, metaclass methods and properties (on the class, not
# its instances), `type(name, bases, ns)` and `type(x)`.


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw))
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"

    @property
    def lower(cls):
        return cls.__name__.lower()

    @classmethod
    def kind(mcs):
        return mcs.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Base(metaclass=Meta, tag="base"):
    x = 1

    def method(self):
        return __class__


class Child(Base, tag="child"):
    y = 2


print(type(Base).__name__, type(Child).__name__, type(Meta).__name__)
print(Base.describe(), Child.describe(), Base.lower, Child.lower)
print(Base.kind(), Base.helper(21), Meta.kind())
print(Base().method() is Base, Child().method() is Base)
print(isinstance(Base, Meta), isinstance(Child, Meta), isinstance(Base, type), issubclass(Meta, type))
print(Base.__qualname__, Base.__module__, Child.__mro__ == (Child, Base, object))
for attr in ("describe", "lower", "kind", "tag"):
    try:
        print(attr, getattr(Child(), attr))
    except AttributeError as e:
        print("AttributeError:", e)
print(Base.x, Child.y, Child.x, Child().x)
print(Base.__class__ is Meta, Meta.__mro__ == (Meta, type, object))


def make():
    class Inner(metaclass=Meta):
        pass

    return Inner


Inner = make()
print(Inner.__qualname__, Inner.__name__)

# `type(name, bases, ns)` and calling a metaclass directly.
T = type("T", (Base,), {"z": 3, "__qualname__": "Outer.T"})
print(type(T).__name__, T.z, T.x, T.tag, T.__qualname__, T.__module__)
D = Meta("D", (), {"w": 4}, tag="direct")
print(type(D).__name__, D.w, D.tag, D.__qualname__, D.__module__)
P = type("P", (), {})
print(type(P) is type, P.__name__, P.__bases__, type(P()) is P)
print(type(5) is int, type(Base) is Meta, type(Base()) is Base, type(type) is type)

# A metaclass that is a plain function.
def factory(name, bases, ns, **kw):
    print("factory", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42


class F(metaclass=factory, flag=True):
    a = 1


print(F)


# A metaclass attribute lookup order: the class's own MRO first.
class M2(type):
    shared = "from meta"
    only_meta = "meta only"


class C2(metaclass=M2):
    shared = "from class"


print(C2.shared, C2.only_meta, C2().shared)
C2.only_meta = "now on class"
print(C2.only_meta, M2.only_meta)

# Output:
# new Meta Base [] ['method', 'x'] {'tag': 'base'}
# init Base ['tag']
# new Meta Child ['Base'] ['y'] {'tag': 'child'}
# init Child ['tag']
# Meta Meta type
# Base tagged base Child tagged child base child
# Meta 42 Meta
# True True
# True True True True
# Base __main__ True
# AttributeError: 'Child' object has no attribute 'describe'
# AttributeError: 'Child' object has no attribute 'lower'
# AttributeError: 'Child' object has no attribute 'kind'
# tag child
# 1 2 1 1
# True True
# new Meta Inner [] [] {}
# init Inner []
# make.<locals>.Inner Inner
# new Meta T ['Base'] ['z'] {}
# init T []
# Meta 3 1 none Outer.T __main__
# new Meta D [] ['w'] {'tag': 'direct'}
# init D ['tag']
# Meta 4 direct D __main__
# True P (<class 'object'>,) True
# True True True True
# factory F () ['a'] {'flag': True}
# 42
# from class meta only from class
# now on class meta only
