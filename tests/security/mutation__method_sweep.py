# sandpy-only: frozen objects
# Route: a mutator that forgets the frozen check. Frozen objects are shared
# by every sandbox that holds them, and no thread may write one: a single
# unguarded write path (a list method, an in-place operator, a dict method
# called through the type, object.__setattr__ on an instance) would be a
# data race between sandboxes. This program calls every method of each
# frozen object's type, through the type, with a spread of arguments, and
# checks that nothing changed; then it does the same in a child sandbox.
import sandbox


class Point:
    tag = ["class attribute"]

    def __init__(self, x=0):
        self.x = x
        self.items = [x]

    def move(self, dx=1):
        self.x += dx
        self.items.append(dx)


class Tags(list):
    def tag(self, x):
        self.append(x)


class Table(dict):
    pass


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = [1]


def counter():
    n = [0]

    def bump():
        n[0] += 1
        return n[0]
    return bump


ARGS = [(), (0,), (1,), (-1,), ("x",), ("items",), ([9],), ({"x": 9},), ({9},),
        (0, 9), ("x", 9), ("items", [9]), (0, [9]), (slice(None), [9]),
        ([9], [8]), ("x", 9, 9), ("cell_contents", 9), ("a", 9)]

SKIP = {"__new__", "__init_subclass__", "__subclasses__", "__class_getitem__"}


def state(obj):
    """What can change: the repr of the object and of its attributes."""
    parts = [repr(obj)]
    if hasattr(obj, "__slots__") and not isinstance(obj, type):
        parts.append(repr([getattr(obj, n, None) for n in obj.__slots__]))
    d = getattr(obj, "__dict__", None)
    if d is not None:
        parts.append(repr(sorted(d.items(), key=lambda kv: repr(kv))))
    if hasattr(obj, "cell_contents"):
        parts.append(repr(obj.cell_contents))
    cells = getattr(obj, "__closure__", None)
    if cells:
        parts.append(repr([c.cell_contents for c in cells]))
    owner = getattr(obj, "__self__", None)
    if owner is not None:
        parts.append(repr(sorted(vars(owner).items())))
    return parts


def sweep(label, obj):
    before = state(obj)
    calls = 0
    cls = type(obj)
    for name in dir(cls):
        if name in SKIP:
            continue
        try:
            meth = getattr(cls, name)
        except Exception:
            continue
        if not callable(meth):
            continue
        for args in ARGS:
            calls += 1
            try:
                meth(obj, *args)
            except Exception:
                pass
    # The object's own methods, and the object itself when callable.
    own = [getattr(obj, n) for n in ("move", "tag", "append", "update", "add")
           if hasattr(obj, n)]
    if callable(obj):
        own.append(obj)
    for f in own:
        for args in ARGS:
            try:
                f(*args)
            except Exception:
                pass
    assert state(obj) == before, label + " changed"
    assert calls > 0
    print(label + ": unchanged")


def objects():
    p = Point(1)
    return [
        ("list", [1, [2], {"k": 3}]),
        ("dict", {"k": [1], 2: {3}}),
        ("set", {1, 2, 3}),
        ("instance", p),
        ("class", Point),
        ("function", counter()),
        ("bound method", p.move),
        ("exception", ValueError("v", [1])),
        ("tuple of mutables", ([1], {"k": 2})),
        ("closure cell", counter().__closure__[0]),
        ("list subclass instance", Tags([1, 2])),
        ("dict subclass instance", Table(k=[1])),
        ("instance with __slots__", Slotted()),
    ]


def run(items):
    for label, obj in items:
        assert sandbox.is_frozen(obj)
        sweep(label, obj)
    return "done"


frozen = sandbox.freeze(objects())
print("-- main")
run(frozen)
print("-- child, given the same frozen objects")
print(sandbox.spawn(run, frozen).join())
print("-- control: the same sweep over local objects changes them")
for label, obj in objects():
    try:
        sweep(label, obj)
    except AssertionError as e:
        print(e)

# Output:
# -- main
# list: unchanged
# dict: unchanged
# set: unchanged
# instance: unchanged
# class: unchanged
# function: unchanged
# bound method: unchanged
# exception: unchanged
# tuple of mutables: unchanged
# closure cell: unchanged
# list subclass instance: unchanged
# dict subclass instance: unchanged
# instance with __slots__: unchanged
# -- child, given the same frozen objects
# list: unchanged
# dict: unchanged
# set: unchanged
# instance: unchanged
# class: unchanged
# function: unchanged
# bound method: unchanged
# exception: unchanged
# tuple of mutables: unchanged
# closure cell: unchanged
# list subclass instance: unchanged
# dict subclass instance: unchanged
# instance with __slots__: unchanged
# done
# -- control: the same sweep over local objects changes them
# list changed
# dict changed
# set changed
# instance changed
# class changed
# function changed
# bound method changed
# exception changed
# tuple of mutables: unchanged
# closure cell changed
# list subclass instance changed
# dict subclass instance changed
# instance with __slots__ changed
