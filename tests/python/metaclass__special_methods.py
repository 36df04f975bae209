# Special methods of a metaclass act on its classes: iteration, len,
# `in`, `[]` (before `__class_getitem__`), repr/str, ==/hash, bool,
# attribute misses (`__getattr__`), assignment (`__setattr__`, data
# descriptors), and binary operators. They are not visible on instances.


class Seq(type):
    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __contains__(cls, x):
        return x in cls.items

    def __getitem__(cls, i):
        return cls.items[i]

    def __repr__(cls):
        return f"<Seq {cls.__name__}>"

    def __str__(cls):
        return f"Seq:{cls.__name__}"

    def __or__(cls, other):
        return f"{cls.__name__}|{other}"

    def __ror__(cls, other):
        return f"{other}|{cls.__name__}"

    def __bool__(cls):
        return bool(cls.items)


class Nums(metaclass=Seq):
    items = [3, 1, 2]

    def __len__(self):
        return 99


class Empty(metaclass=Seq):
    items = []


print(list(Nums), len(Nums), 2 in Nums, 5 in Nums, Nums[0], Nums[-1])
print(sorted(Nums), sum(Nums), [x * 2 for x in Nums], max(Nums))
print(repr(Nums), str(Nums), f"{Nums}", [Nums], Nums | 1, 1 | Nums)
print(bool(Nums), bool(Empty), "yes" if Empty else "no", len(Nums()))
try:
    iter(Nums())
except TypeError as e:
    print("TypeError:", e)
try:
    Nums()[0]
except TypeError as e:
    print("TypeError:", e)


# __getitem__ on the metaclass wins over __class_getitem__.
class Gen(type):
    def __getitem__(cls, item):
        return ("meta", cls.__name__, item)


class G(metaclass=Gen):
    def __class_getitem__(cls, item):
        return ("class", cls.__name__, item)


class H:
    def __class_getitem__(cls, item):
        return ("class", cls.__name__, item)


print(G[int], H[int], G.__class_getitem__(str))


# A class without any of these: what `type` gives.
class Plain(type):
    pass


class P(metaclass=Plain):
    pass


print(repr(P).startswith("<class '"), bool(P), P == P, P != P, hash(P) == hash(P))
for op in (lambda: len(P), lambda: iter(P), lambda: P[0], lambda: 1 in P, lambda: P < P):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)


# ==, hash and ordering.
class Named(type):
    def __eq__(cls, other):
        return getattr(other, "label", None) == cls.label

    def __hash__(cls):
        return hash(cls.label)

    def __lt__(cls, other):
        return cls.label < other.label


class N1(metaclass=Named):
    label = "a"


class N2(metaclass=Named):
    label = "a"


class N3(metaclass=Named):
    label = "b"


print(N1 == N2, N1 != N3, N1 == 5, hash(N1) == hash(N2), len({N1, N2, N3}), sorted([N3, N1])[0].label)


class EqOnly(type):
    def __eq__(cls, other):
        return True


class E(metaclass=EqOnly):
    pass


try:
    hash(E)
except TypeError as e:
    print("TypeError:", e)


# Attribute misses and assignment.
class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{cls.__name__} has no {name}")

    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)


class Lz(metaclass=Lazy):
    real = 1


print(Lz.real, Lz.auto_thing)
try:
    Lz.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Lz, "missing", "default"), hasattr(Lz, "auto_x"), hasattr(Lz, "nope"))
Lz.word = "hello"
Lz.num = 5
print(Lz.word, Lz.num)
try:
    Lz().auto_thing
except AttributeError as e:
    print("AttributeError:", e)


class WithProp(type):
    @property
    def size(cls):
        return cls._size

    @size.setter
    def size(cls, v):
        if v < 0:
            raise ValueError("negative size")
        cls._size = v

    @property
    def fixed(cls):
        return "fixed"


class WP(metaclass=WithProp):
    _size = 1
    fixed = "class attr loses to the data descriptor"


print(WP.size, WP.fixed)
WP.size = 10
print(WP.size, WP._size)
try:
    WP.size = -1
except ValueError as e:
    print("ValueError:", e)
try:
    WP.fixed = 2
except AttributeError as e:
    print("AttributeError:", e)
print(WP().fixed, WP()._size)


# A non-data descriptor on the metaclass loses to the class's own attribute.
class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj.__name__ if obj is not None else None, owner.__name__)


class WithDesc(type):
    d = Desc()
    e = Desc()


class WD(metaclass=WithDesc):
    e = "own"


print(WD.d, WD.e)


# __getattribute__ on the metaclass sees every class attribute read.
class Watched(type):
    def __getattribute__(cls, name):
        if name == "secret":
            raise AttributeError("hidden")
        if name == "virtual":
            return "virtual value"
        return super().__getattribute__(name)

    def __getattr__(cls, name):
        return "fallback for " + name


class Wd(metaclass=Watched):
    secret = 1
    plain = 2


print(Wd.plain, Wd.virtual, Wd.secret, Wd().secret, Wd.__name__)


# Output:
# [3, 1, 2] 3 True False 3 2
# [1, 2, 3] 6 [6, 2, 4] 3
# <Seq Nums> Seq:Nums Seq:Nums [<Seq Nums>] Nums|1 1|Nums
# True False no 99
# TypeError: 'Nums' object is not iterable
# TypeError: 'Nums' object is not subscriptable
# ('meta', 'G', <class 'int'>) ('class', 'H', <class 'int'>) ('class', 'G', <class 'str'>)
# True True True False True
# TypeError: object of type 'Plain' has no len()
# TypeError: 'Plain' object is not iterable
# TypeError: type 'P' is not subscriptable
# TypeError: argument of type 'Plain' is not iterable
# TypeError: '<' not supported between instances of 'Plain' and 'Plain'
# True True False True 2 a
# TypeError: unhashable type: 'EqOnly'
# 1 THING
# AttributeError: Lz has no missing
# default True False
# set Lz word hello
# set Lz num 5
# HELLO 5
# AttributeError: 'Lz' object has no attribute 'auto_thing'
# 1 fixed
# 10 10
# ValueError: negative size
# AttributeError: property 'fixed' of 'WithProp' object has no setter
# class attr loses to the data descriptor 10
# ('desc', 'WD', 'WithDesc') own
# 2 virtual value fallback for secret 1 Wd
