# sandpy-only: classes with a metaclass cross sandbox boundaries
# A class whose metaclass is not `type` crosses a sandbox boundary (a spawn
# argument, a result, a queue item) frozen, with its metaclass frozen
# beside it: `type(cls)` is still that metaclass, whose methods, properties
# and special methods still work on the class, read-only.
import sandbox


class Registry(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith("__"))
        cls.version = kw.get("version", 1)
        return cls

    def describe(cls):
        return f"{cls.__name__}{cls.fields} v{cls.version}"

    @property
    def size(cls):
        return len(cls.fields)

    def __len__(cls):
        return len(cls.fields)

    def __iter__(cls):
        return iter(cls.fields)

    def __repr__(cls):
        return f"<Registry {cls.__name__}>"

    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.made_by = type(cls).__name__
        return obj

    def bump(cls):
        cls.version += 1


class Point(metaclass=Registry, version=3):
    x = 0
    y = 0

    def __init__(self, x, y):
        self.x, self.y = x, y

    def total(self):
        return self.x + self.y


def child(P):
    out = [type(P).__name__, P.describe(), P.size, len(P), list(P), repr(P)]
    out.append((sandbox.is_frozen(P), sandbox.is_frozen(type(P))))
    out.append((isinstance(P, type(P)), isinstance(P, type)))
    p = P(1, 2)
    out.append((p.total(), p.made_by, type(p) is P, sandbox.is_frozen(p)))
    try:
        P.bump()
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        P.version = 9
    except TypeError as e:
        out.append("TypeError: " + str(e))

    # The frozen metaclass still makes classes, in the child's heap.
    class Q(P, version=7):
        z = 1

    Q.bump()
    out.append((type(Q) is type(P), Q.describe(), sandbox.is_frozen(Q)))

    # A metaclass of the child's own, sent back as a result.
    class Tagged(type):
        def tag(cls):
            return "tagged " + cls.__name__

        def __getitem__(cls, key):
            return (cls.__name__, key)

    class T(metaclass=Tagged):
        pass

    out.append(T)
    return out


r = sandbox.spawn(child, Point).join()
T = r[-1]
for item in r[:-1]:
    print(item)
print(type(T).__name__, T.tag(), T["k"], sandbox.is_frozen(T), isinstance(T, type(T)))

# Through a queue.
q = sandbox.Queue()
q.put(Point)
P2 = q.get()
print(type(P2).__name__, P2.describe(), P2 is not Point, issubclass(P2, Point), P2(3, 4).total())
frozen = sandbox.freeze(Point)
print(type(frozen) is not Registry, type(type(frozen)) is type, isinstance(frozen, Registry))
print(sandbox.freeze(frozen) is frozen, sandbox.thaw(frozen) is frozen)
# The local class is unchanged.
Point.bump()
print(Point.version, frozen.version)
# Output:
# Registry
# Point['total', 'x', 'y'] v3
# 3
# 3
# ['total', 'x', 'y']
# <Registry Point>
# (True, True)
# (True, True)
# (3, 'Registry', True, False)
# TypeError: cannot modify frozen class 'Point'
# TypeError: cannot modify frozen class 'Point'
# (True, "Q['z'] v8", False)
# Tagged tagged T ('T', 'k') True True
# Registry Point['total', 'x', 'y'] v3 True True 7
# True True True
# True True
# 4 3
