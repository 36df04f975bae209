# A program in the style of real code built on metaclasses: a plugin
# registry, a singleton, an ABC-like abstract-method checker, an enum-like
# class built with `__prepare__` and iterated through its metaclass, and
# a small ORM-style model whose fields learn their names.


# --- A plugin registry ---------------------------------------------------
class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, ns, *, key=None, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        if bases:  # not the base class itself
            mcs.registry[key or name.lower()] = cls
        return cls

    def create(cls, key, *args):
        try:
            plugin = PluginMeta.registry[key]
        except KeyError:
            raise LookupError(f"no plugin {key!r}") from None
        if not issubclass(plugin, cls):
            raise TypeError(f"{plugin.__name__} is not a {cls.__name__}")
        return plugin(*args)


class Codec(metaclass=PluginMeta):
    def __init__(self, level=1):
        self.level = level

    def encode(self, text):
        raise NotImplementedError


class Upper(Codec):
    def encode(self, text):
        return text.upper()


class Reverse(Codec, key="rev"):
    def encode(self, text):
        return text[::-1] * self.level


print(sorted(PluginMeta.registry))
print(Codec.create("upper").encode("abc"), Codec.create("rev", 2).encode("abc"))
try:
    Codec.create("zip")
except LookupError as e:
    print("LookupError:", e)


# --- A singleton -----------------------------------------------------------
class SingletonMeta(type):
    def __call__(cls, *args, **kwargs):
        inst = cls.__dict__.get("_instance")
        if inst is None:
            inst = super().__call__(*args, **kwargs)
            cls._instance = inst
        return inst


class Settings(metaclass=SingletonMeta):
    def __init__(self, **values):
        self.values = dict(values)

    def get(self, key, default=None):
        return self.values.get(key, default)


s1 = Settings(debug=True)
s2 = Settings(debug=False)
print(s1 is s2, s2.get("debug"), Settings._instance is s1)


class TestSettings(Settings):
    pass


t = TestSettings(debug="test")
print(t is s1, t.get("debug"), TestSettings() is t)


# --- An ABC-like abstract-method checker -----------------------------------
def abstract(func):
    func.__isabstract__ = True
    return func


class AbstractMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        missing = set()
        for base in bases:
            for m in getattr(base, "__abstract__", ()):
                if getattr(getattr(cls, m, None), "__isabstract__", False):
                    missing.add(m)
        for m, v in ns.items():
            if getattr(v, "__isabstract__", False):
                missing.add(m)
        cls.__abstract__ = frozenset(missing)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstract__:
            names = ", ".join(sorted(cls.__abstract__))
            s = "s" if len(cls.__abstract__) > 1 else ""
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {names}"
            )
        return super().__call__(*args, **kwargs)

    def register(cls, sub):
        cls._virtual = getattr(cls, "_virtual", ()) + (sub,)
        return sub

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if super().__subclasscheck__(sub):
            return True
        return any(issubclass(sub, v) for v in cls.__dict__.get("_virtual", ()))


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        pass

    @abstract
    def name(self):
        pass

    def describe(self):
        return f"{self.name()} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2

    def name(self):
        return "square"


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstract__), sorted(Square.__abstract__))


@Shape.register
class Circle:
    pass


print(isinstance(Circle(), Shape), issubclass(Circle, Shape), isinstance(Square(1), Shape))
print(isinstance(1, Shape), issubclass(int, Shape))


# --- An enum-like class built with __prepare__ ------------------------------
class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self.member_names = []

    def __setitem__(self, key, value):
        if not key.startswith("_") and not callable(value):
            if key in self.member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            self.member_names.append(key)
        super().__setitem__(key, value)


class EnumMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return _EnumDict()

    def __new__(mcs, name, bases, ns, **kw):
        members = {k: ns[k] for k in ns.member_names}
        body = {k: v for k, v in ns.items() if k not in members}
        cls = super().__new__(mcs, name, bases, body, **kw)
        cls._members = {}
        cls._by_value = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
            cls._by_value[v] = m
            type.__setattr__(cls, k, m)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members

    def __getitem__(cls, name):
        return cls._members[name]

    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __bool__(cls):
        return True


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def is_warm(self):
        return self is Color.RED


print(Color, len(Color), list(Color))
print(Color.RED, repr(Color.GREEN), Color(3), Color["GREEN"] is Color.GREEN)
print(Color.RED in Color, 1 in Color, Color.RED.is_warm(), Color.BLUE.is_warm())
print([c.name for c in Color if c.value > 1], bool(Color), isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
Color.note = "extra attributes are fine"
print(Color.note, Color.__name__, type(Color).__name__)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)


# --- A model whose fields learn their names ----------------------------------
class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value


class ModelMeta(type):
    def __new__(mcs, name, bases, ns, table=None):
        cls = super().__new__(mcs, name, bases, ns)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        for b in bases:
            cls._fields = getattr(b, "_fields", []) + cls._fields
        cls._table = table or name.lower() + "s"
        return cls

    @property
    def table(cls):
        return cls._table

    def __init__(cls, name, bases, ns, table=None):
        super().__init__(name, bases, ns)


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"


class User(Model, table="people"):
    name = Field(str, "")
    age = Field(int, 0)


class Admin(User):
    level = Field(int, 1)


u = User(name="ann", age=30)
print(u, User.table, Admin.table, Admin._fields)
print(Admin(name="root", level=9))
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    u.table
except AttributeError as e:
    print("AttributeError:", e)

# Output:
# ['rev', 'upper']
# ABC cbacba
# LookupError: no plugin 'zip'
# True True True
# False test True
# TypeError: Can't instantiate abstract class Shape with abstract methods area, name
# TypeError: Can't instantiate abstract class HalfDone with abstract method name
# square of area 9 ['area', 'name'] []
# True True True
# False False
# <enum 'Color'> 3 [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>]
# Color.RED <Color.GREEN: 2> Color.BLUE True
# True False True False
# ['GREEN', 'BLUE'] True True
# ValueError: 7 is not a valid Color
# AttributeError: cannot reassign member 'RED'
# extra attributes are fine Color EnumMeta
# TypeError: 'A' already defined as 1
# User(name='ann', age=30) people admins ['name', 'age', 'level']
# Admin(name='root', age=0, level=9)
# TypeError: age must be int, not str
# AttributeError: 'User' object has no attribute 'table'
