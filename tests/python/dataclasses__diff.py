# Differential test: random dataclasses (field types, defaults, factories,
# init/repr/compare/kw_only flags, decorator options) made with
# make_dataclass; the docstring, repr, comparisons, hash, fields, asdict,
# replace and every error are digested per group.
import hashlib
from dataclasses import make_dataclass, field, fields, asdict, astuple, replace, KW_ONLY

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


groups = {}


def record(group, text):
    h, n = groups.get(group, (hashlib.md5(), 0))
    h.update(text.encode() + b'\n')
    groups[group] = (h, n + 1)


def shown(obj):
    """repr(obj), without the address of a default repr (repr=False)."""
    text = repr(obj)
    if ' object at 0x' in text:
        return '<%s object>' % type(obj).__name__
    return text


def outcome(fn):
    try:
        return shown(fn())
    except Exception as e:
        return 'EXC %s %s' % (type(e).__name__, e)


TYPES = [int, str, 'float', list[int], int | None, tuple, 'typing.Any', None, bool]
VALUES = [0, 1, -3, 'a', '', 2.5, (1, 2), None, True]

for k in range(150):
    specs = []
    for i in range(rand(5)):
        name = 'f%d' % i
        tp = TYPES[rand(len(TYPES))]
        choice = rand(7)
        if choice == 0:
            specs.append((name, tp))
        elif choice == 1:
            specs.append((name, tp, field(default=VALUES[rand(len(VALUES))])))
        elif choice == 2:
            specs.append((name, tp, field(default_factory=list)))
        elif choice == 3:
            specs.append((name, tp, field(default=rand(5), init=bool(rand(2)),
                                          repr=bool(rand(2)), compare=bool(rand(2)))))
        elif choice == 4:
            specs.append((name, tp, field(default=rand(3), kw_only=True)))
        elif choice == 5:
            specs.append((name, tp, field(hash=bool(rand(2)), default=rand(4))))
        else:
            specs.append(name)
    if rand(5) == 0:
        specs.insert(rand(len(specs) + 1), ('_', KW_ONLY))
    opts = dict(eq=bool(rand(4)), order=bool(rand(3) == 0), frozen=bool(rand(3) == 0),
                unsafe_hash=bool(rand(4) == 0), kw_only=bool(rand(5) == 0),
                repr=bool(rand(6)))
    try:
        cls = make_dataclass('D%d' % k, specs, **opts)
    except Exception as e:
        record('class', 'EXC %s %s' % (type(e).__name__, e))
        continue
    record('class', '%s %r %r' % (cls.__doc__, cls.__match_args__,
                                  [(f.name, f.init, f.repr, f.compare, f.hash, f.kw_only)
                                   for f in fields(cls)]))
    record('hash_attr', repr(cls.__hash__ is None) + repr('__hash__' in cls.__dict__))
    for _ in range(4):
        args = [VALUES[rand(len(VALUES))] for _ in range(rand(4))]
        kwargs = {}
        for f in fields(cls):
            if rand(3) == 0:
                kwargs[f.name] = VALUES[rand(len(VALUES))]
        try:
            obj = cls(*args, **kwargs)
        except Exception as e:
            record('init', 'EXC %s %s' % (type(e).__name__, e))
            continue
        record('init', shown(obj))
        other = outcome(lambda: cls(*args, **kwargs))
        twin = cls(*args, **kwargs)
        record('eq', outcome(lambda: obj == twin) + outcome(lambda: obj != 5))
        record('order', outcome(lambda: obj < twin) + outcome(lambda: obj >= twin)
               + outcome(lambda: obj < 1))
        record('hash', outcome(lambda: hash(obj) == hash(twin)))
        record('asdict', outcome(lambda: asdict(obj)) + outcome(lambda: astuple(obj)))
        changes = {}
        for f in fields(cls):
            if rand(2):
                changes[f.name] = 7
        record('replace', outcome(lambda: replace(obj, **changes)))
        record('setattr', outcome(lambda: setattr(obj, 'f0', 9)) + outcome(lambda: delattr(obj, 'f1')))

for g in sorted(groups):
    h, n = groups[g]
    print(g, n, h.hexdigest())

# Output:
# asdict 150 df304f2d9eeb73a26742a3182f77d64f
# class 150 26a52e9a29eb53f1cfe9790fa87de84c
# eq 150 db35b3a7d53ef54618a0e0248ddf223e
# hash 150 20396f0083fb2edc1de1ba5924b16d36
# hash_attr 121 dbb5cc9b2e3c5c43925eaa42beab8a76
# init 484 8e29492642cb0aef4dbae83286615fe3
# order 150 7bce81f03ad6ad8d52c8ddf799c4161a
# replace 150 9f5166a07fbaf6f26043723f4fe1bc03
# setattr 150 e3614366245111b4f2c7853ea816fb68
