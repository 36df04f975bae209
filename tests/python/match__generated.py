# Differential test: many match statements (every pattern kind) against a
# grid of subjects plus random nested ones; prints which case matched and
# what it bound, for CPython and sandpy to agree on.
import random


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"


class Q(P):
    __match_args__ = ("y",)

    def __repr__(self):
        return f"Q({self.x!r}, {self.y!r})"


class Bare:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "Bare(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"


class MyList(list):
    pass


class MyDict(dict):
    pass


class Consts:
    ZERO = 0
    NAME = "name"
    PAIR = (1, 2)


def m_literals(s):
    match s:
        case 0:
            return ("zero",)
        case -1 | -2:
            return ("neg small",)
        case 1.5:
            return ("one and a half",)
        case 2j:
            return ("2j",)
        case 1 - 1j:
            return ("1-1j",)
        case "":
            return ("empty str",)
        case "a" | "b" | "c":
            return ("letter",)
        case b"":
            return ("empty bytes",)
        case None:
            return ("None",)
        case True:
            return ("True",)
        case False:
            return ("False",)
        case Consts.NAME:
            return ("Consts.NAME",)
        case Consts.PAIR:
            return ("Consts.PAIR",)
    return None


def m_sequences(s):
    match s:
        case []:
            return ("[]",)
        case [x]:
            return ("[x]", x)
        case [0, y]:
            return ("[0, y]", y)
        case [x, 0]:
            return ("[x, 0]", x)
        case (x, y):
            return ("(x, y)", x, y)
        case [x, *_, 0]:
            return ("[x, *_, 0]", x)
        case [*init, "end"]:
            return ("[*init, end]", init)
        case [x, y, *rest] if len(rest) == 1:
            return ("[x, y, *rest] 1", x, y, rest)
        case [_, _, _, *rest]:
            return ("[_, _, _, *rest]", rest)
    return None


def m_nested(s):
    match s:
        case [[x, y], [z]]:
            return ("[[x, y], [z]]", x, y, z)
        case [(1 | 2) as a, [*b]]:
            return ("[(1|2) as a, [*b]]", a, b)
        case [x, [y, [z, *_]]]:
            return ("deep", x, y, z)
        case [{"k": v}, *_]:
            return ("[{k: v}, ...]", v)
        case [P(x, y), *_]:
            return ("[P(x, y), ...]", x, y)
        case [str() as first, *_]:
            return ("[str, ...]", first)
    return None


def m_mappings(s):
    match s:
        case {"a": 1, "b": b}:
            return ("{a: 1, b: b}", b)
        case {"a": a, **rest} if rest:
            return ("{a: a, **rest}", a, rest)
        case {"a": [x, *_]}:
            return ("{a: [x, ...]}", x)
        case {0: z, 1: o}:
            return ("{0: z, 1: o}", z, o)
        case {Consts.NAME: n}:
            return ("{Consts.NAME: n}", n)
        case {"t": (1 | 2 | 3) as t}:
            return ("{t: 1|2|3}", t)
        case {**rest} if len(rest) > 2:
            return ("{**rest} big", len(rest))
        case {}:
            return ("{}",)
    return None


def m_classes(s):
    match s:
        case Q(0):
            return ("Q(0)",)
        case Q(y, x=x):
            return ("Q(y, x=x)", x, y)
        case P(0, 0):
            return ("P(0, 0)",)
        case P(x, 0):
            return ("P(x, 0)", x)
        case P(x=0, y=y):
            return ("P(x=0, y=y)", y)
        case P(x, y) if x == y:
            return ("P diagonal", x)
        case P(x, y=[*ys]):
            return ("P(x, y=[*ys])", x, ys)
        case P():
            return ("P()",)
        case Bare(x=x, y=y):
            return ("Bare(x, y)", x, y)
        case Bare(x=x):
            return ("Bare(x)", x)
        case Bare():
            return ("Bare()",)
    return None


def m_builtins(s):
    match s:
        case bool(b):
            return ("bool", b)
        case int(0) | float(0.0):
            return ("numeric zero", s)
        case int(i):
            return ("int", i)
        case float(f):
            return ("float", f)
        case str("") :
            return ("empty str",)
        case str(t):
            return ("str", t)
        case bytes(b):
            return ("bytes", b)
        case tuple((a, b)):
            return ("pair tuple", a, b)
        case tuple(t):
            return ("tuple", len(t))
        case list([]):
            return ("empty list",)
        case list([h, *_]):
            return ("list head", h)
        case dict({"a": a}):
            return ("dict with a", a)
        case dict(d):
            return ("dict", len(d))
        case object(x=x):
            return ("has x", x)
    return None


def m_or_as(s):
    match s:
        case (0 | 1) as bit:
            return ("bit", bit)
        case [a, _] | [_, a, "2nd"] as whole:
            return ("or-seq", a, whole)
        case {"v": v} | P(v, _) | Bare(v=v):
            return ("or-kinds", v)
        case (str() | bytes()) as text if len(text) > 2:
            return ("long text", text)
        case (int() | float() as n) if n > 100:
            return ("big number", n)
        case [*_] as seq:
            return ("some seq", len(seq))
        case other:
            return ("other", type(other).__name__)


def m_guards(s):
    match s:
        case int(n) if n % 2 == 0 and n > 0:
            return ("positive even", n)
        case int(n) if n % 2:
            return ("odd", n)
        case [int(x), int(y)] if x < y:
            return ("ascending pair", x, y)
        case [int(x), int(y)] if x > y:
            return ("descending pair", x, y)
        case {"k": k} if isinstance(k, str):
            return ("str k", k)
        case _ if s is None:
            return ("None via guard",)
    return None


MATCHERS = [m_literals, m_sequences, m_nested, m_mappings, m_classes, m_builtins,
            m_or_as, m_guards]

GRID = [
    0, 1, -1, -2, 2, 3, 7, 1.5, 0.0, -0.0, 2j, 1 - 1j, 150, 150.5, 10**20,
    "", "a", "c", "d", "name", "longer", b"", b"ab", b"abcd",
    None, True, False,
    [], (), [0], (5,), [0, 9], (9, 0), [3, 4], [4, 3], (1, 2), [1, 2, "2nd"],
    [1, 2, 3], [7, 8, 9, 0], ["x", "end"], ("end",), [1, 2, 3, 4, 5],
    [[1, 2], [3]], [1, [2, 3]], [2, []], [9, [8, [7, 6]]], [{"k": 1}], [P(1, 2)],
    ["s", 1], range(0), range(1), range(2), range(5),
    MyList([0, 9]), MyList(), MyDict(a=1, b=2),
    {}, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}, {"a": 2}, {"a": [5, 6]},
    {0: "z", 1: "o"}, {"name": "n"}, {"t": 2}, {"t": 4}, {"k": "str"}, {"k": 1},
    {"v": 7}, {1: 1, 2: 2, 3: 3},
    P(0, 0), P(5, 0), P(0, 5), P(3, 3), P(1, [2, 3]), P(1, 2), P("a", "b"),
    Q(0, 0), Q(1, 0), Q(2, 3),
    Bare(), Bare(x=1), Bare(x=1, y=2), Bare(v=3), Bare(y=1),
    frozenset(), set(),
]


def show(v):
    if isinstance(v, (set, frozenset)):
        return type(v).__name__ + "(" + repr(sorted(v)) + ")"
    return repr(v)


for s in GRID:
    results = []
    for m in MATCHERS:
        r = m(s)
        results.append(m.__name__[2:] + "=" + ("-" if r is None else ",".join(map(show, r))))
    print(show(s), "|", " ".join(results))


# Random nested subjects.
random.seed(634)
LEAVES = [0, 1, 2, -1, "a", "end", "name", None, True, 1.5, b""]


def make(depth):
    r = random.random()
    if depth <= 0 or r < 0.35:
        return random.choice(LEAVES)
    if r < 0.6:
        return [make(depth - 1) for _ in range(random.randrange(0, 5))]
    if r < 0.7:
        return tuple(make(depth - 1) for _ in range(random.randrange(0, 4)))
    if r < 0.85:
        keys = ["a", "b", "k", "t", "v", 0, 1]
        d = {}
        for _ in range(random.randrange(0, 4)):
            d[random.choice(keys)] = make(depth - 1)
        return d
    if r < 0.95:
        return P(make(depth - 1), make(depth - 1))
    return Bare(x=make(depth - 1))


counts = {}
for i in range(300):
    s = make(3)
    line = []
    for m in MATCHERS:
        r = m(s)
        tag = "-" if r is None else r[0]
        counts[(m.__name__, tag)] = counts.get((m.__name__, tag), 0) + 1
        line.append("-" if r is None else ",".join(map(show, r)))
    print(i, show(s), "|", " ".join(line))

for key in sorted(counts, key=repr):
    print(key, counts[key])

# Output:
# 0 | literals='zero' sequences=- nested=- mappings=- classes=- builtins='numeric zero',0 or_as='bit',0 guards=-
# 1 | literals=- sequences=- nested=- mappings=- classes=- builtins='int',1 or_as='bit',1 guards='odd',1
# -1 | literals='neg small' sequences=- nested=- mappings=- classes=- builtins='int',-1 or_as='other','int' guards='odd',-1
# -2 | literals='neg small' sequences=- nested=- mappings=- classes=- builtins='int',-2 or_as='other','int' guards=-
# 2 | literals=- sequences=- nested=- mappings=- classes=- builtins='int',2 or_as='other','int' guards='positive even',2
# 3 | literals=- sequences=- nested=- mappings=- classes=- builtins='int',3 or_as='other','int' guards='odd',3
# 7 | literals=- sequences=- nested=- mappings=- classes=- builtins='int',7 or_as='other','int' guards='odd',7
# 1.5 | literals='one and a half' sequences=- nested=- mappings=- classes=- builtins='float',1.5 or_as='other','float' guards=-
# 0.0 | literals='zero' sequences=- nested=- mappings=- classes=- builtins='numeric zero',0.0 or_as='bit',0.0 guards=-
# -0.0 | literals='zero' sequences=- nested=- mappings=- classes=- builtins='numeric zero',-0.0 or_as='bit',-0.0 guards=-
# 2j | literals='2j' sequences=- nested=- mappings=- classes=- builtins=- or_as='other','complex' guards=-
# (1-1j) | literals='1-1j' sequences=- nested=- mappings=- classes=- builtins=- or_as='other','complex' guards=-
# 150 | literals=- sequences=- nested=- mappings=- classes=- builtins='int',150 or_as='big number',150 guards='positive even',150
# 150.5 | literals=- sequences=- nested=- mappings=- classes=- builtins='float',150.5 or_as='big number',150.5 guards=-
# 100000000000000000000 | literals=- sequences=- nested=- mappings=- classes=- builtins='int',100000000000000000000 or_as='big number',100000000000000000000 guards='positive even',100000000000000000000
# '' | literals='empty str' sequences=- nested=- mappings=- classes=- builtins='empty str' or_as='other','str' guards=-
# 'a' | literals='letter' sequences=- nested=- mappings=- classes=- builtins='str','a' or_as='other','str' guards=-
# 'c' | literals='letter' sequences=- nested=- mappings=- classes=- builtins='str','c' or_as='other','str' guards=-
# 'd' | literals=- sequences=- nested=- mappings=- classes=- builtins='str','d' or_as='other','str' guards=-
# 'name' | literals='Consts.NAME' sequences=- nested=- mappings=- classes=- builtins='str','name' or_as='long text','name' guards=-
# 'longer' | literals=- sequences=- nested=- mappings=- classes=- builtins='str','longer' or_as='long text','longer' guards=-
# b'' | literals='empty bytes' sequences=- nested=- mappings=- classes=- builtins='bytes',b'' or_as='other','bytes' guards=-
# b'ab' | literals=- sequences=- nested=- mappings=- classes=- builtins='bytes',b'ab' or_as='other','bytes' guards=-
# b'abcd' | literals=- sequences=- nested=- mappings=- classes=- builtins='bytes',b'abcd' or_as='long text',b'abcd' guards=-
# None | literals='None' sequences=- nested=- mappings=- classes=- builtins=- or_as='other','NoneType' guards='None via guard'
# True | literals='True' sequences=- nested=- mappings=- classes=- builtins='bool',True or_as='bit',True guards='odd',True
# False | literals='zero' sequences=- nested=- mappings=- classes=- builtins='bool',False or_as='bit',False guards=-
# [] | literals=- sequences='[]' nested=- mappings=- classes=- builtins='empty list' or_as='some seq',0 guards=-
# () | literals=- sequences='[]' nested=- mappings=- classes=- builtins='tuple',0 or_as='some seq',0 guards=-
# [0] | literals=- sequences='[x]',0 nested=- mappings=- classes=- builtins='list head',0 or_as='some seq',1 guards=-
# (5,) | literals=- sequences='[x]',5 nested=- mappings=- classes=- builtins='tuple',1 or_as='some seq',1 guards=-
# [0, 9] | literals=- sequences='[0, y]',9 nested=- mappings=- classes=- builtins='list head',0 or_as='or-seq',0,[0, 9] guards='ascending pair',0,9
# (9, 0) | literals=- sequences='[x, 0]',9 nested=- mappings=- classes=- builtins='pair tuple',9,0 or_as='or-seq',9,(9, 0) guards='descending pair',9,0
# [3, 4] | literals=- sequences='(x, y)',3,4 nested=- mappings=- classes=- builtins='list head',3 or_as='or-seq',3,[3, 4] guards='ascending pair',3,4
# [4, 3] | literals=- sequences='(x, y)',4,3 nested=- mappings=- classes=- builtins='list head',4 or_as='or-seq',4,[4, 3] guards='descending pair',4,3
# (1, 2) | literals='Consts.PAIR' sequences='(x, y)',1,2 nested=- mappings=- classes=- builtins='pair tuple',1,2 or_as='or-seq',1,(1, 2) guards='ascending pair',1,2
# [1, 2, '2nd'] | literals=- sequences='[x, y, *rest] 1',1,2,['2nd'] nested=- mappings=- classes=- builtins='list head',1 or_as='or-seq',2,[1, 2, '2nd'] guards=-
# [1, 2, 3] | literals=- sequences='[x, y, *rest] 1',1,2,[3] nested=- mappings=- classes=- builtins='list head',1 or_as='some seq',3 guards=-
# [7, 8, 9, 0] | literals=- sequences='[x, *_, 0]',7 nested=- mappings=- classes=- builtins='list head',7 or_as='some seq',4 guards=-
# ['x', 'end'] | literals=- sequences='(x, y)','x','end' nested='[str, ...]','x' mappings=- classes=- builtins='list head','x' or_as='or-seq','x',['x', 'end'] guards=-
# ('end',) | literals=- sequences='[x]','end' nested='[str, ...]','end' mappings=- classes=- builtins='tuple',1 or_as='some seq',1 guards=-
# [1, 2, 3, 4, 5] | literals=- sequences='[_, _, _, *rest]',[4, 5] nested=- mappings=- classes=- builtins='list head',1 or_as='some seq',5 guards=-
# [[1, 2], [3]] | literals=- sequences='(x, y)',[1, 2],[3] nested='[[x, y], [z]]',1,2,3 mappings=- classes=- builtins='list head',[1, 2] or_as='or-seq',[1, 2],[[1, 2], [3]] guards=-
# [1, [2, 3]] | literals=- sequences='(x, y)',1,[2, 3] nested='[(1|2) as a, [*b]]',1,[2, 3] mappings=- classes=- builtins='list head',1 or_as='or-seq',1,[1, [2, 3]] guards=-
# [2, []] | literals=- sequences='(x, y)',2,[] nested='[(1|2) as a, [*b]]',2,[] mappings=- classes=- builtins='list head',2 or_as='or-seq',2,[2, []] guards=-
# [9, [8, [7, 6]]] | literals=- sequences='(x, y)',9,[8, [7, 6]] nested='deep',9,8,7 mappings=- classes=- builtins='list head',9 or_as='or-seq',9,[9, [8, [7, 6]]] guards=-
# [{'k': 1}] | literals=- sequences='[x]',{'k': 1} nested='[{k: v}, ...]',1 mappings=- classes=- builtins='list head',{'k': 1} or_as='some seq',1 guards=-
# [P(1, 2)] | literals=- sequences='[x]',P(1, 2) nested='[P(x, y), ...]',1,2 mappings=- classes=- builtins='list head',P(1, 2) or_as='some seq',1 guards=-
# ['s', 1] | literals=- sequences='(x, y)','s',1 nested='[str, ...]','s' mappings=- classes=- builtins='list head','s' or_as='or-seq','s',['s', 1] guards=-
# range(0, 0) | literals=- sequences='[]' nested=- mappings=- classes=- builtins=- or_as='some seq',0 guards=-
# range(0, 1) | literals=- sequences='[x]',0 nested=- mappings=- classes=- builtins=- or_as='some seq',1 guards=-
# range(0, 2) | literals=- sequences='[0, y]',1 nested=- mappings=- classes=- builtins=- or_as='or-seq',0,range(0, 2) guards='ascending pair',0,1
# range(0, 5) | literals=- sequences='[_, _, _, *rest]',[3, 4] nested=- mappings=- classes=- builtins=- or_as='some seq',5 guards=-
# [0, 9] | literals=- sequences='[0, y]',9 nested=- mappings=- classes=- builtins='list head',0 or_as='or-seq',0,[0, 9] guards='ascending pair',0,9
# [] | literals=- sequences='[]' nested=- mappings=- classes=- builtins='empty list' or_as='some seq',0 guards=-
# {'a': 1, 'b': 2} | literals=- sequences=- nested=- mappings='{a: 1, b: b}',2 classes=- builtins='dict with a',1 or_as='other','MyDict' guards=-
# {} | literals=- sequences=- nested=- mappings='{}' classes=- builtins='dict',0 or_as='other','dict' guards=-
# {'a': 1, 'b': 2} | literals=- sequences=- nested=- mappings='{a: 1, b: b}',2 classes=- builtins='dict with a',1 or_as='other','dict' guards=-
# {'a': 1, 'b': 3, 'c': 4} | literals=- sequences=- nested=- mappings='{a: 1, b: b}',3 classes=- builtins='dict with a',1 or_as='other','dict' guards=-
# {'a': 2} | literals=- sequences=- nested=- mappings='{}' classes=- builtins='dict with a',2 or_as='other','dict' guards=-
# {'a': [5, 6]} | literals=- sequences=- nested=- mappings='{a: [x, ...]}',5 classes=- builtins='dict with a',[5, 6] or_as='other','dict' guards=-
# {0: 'z', 1: 'o'} | literals=- sequences=- nested=- mappings='{0: z, 1: o}','z','o' classes=- builtins='dict',2 or_as='other','dict' guards=-
# {'name': 'n'} | literals=- sequences=- nested=- mappings='{Consts.NAME: n}','n' classes=- builtins='dict',1 or_as='other','dict' guards=-
# {'t': 2} | literals=- sequences=- nested=- mappings='{t: 1|2|3}',2 classes=- builtins='dict',1 or_as='other','dict' guards=-
# {'t': 4} | literals=- sequences=- nested=- mappings='{}' classes=- builtins='dict',1 or_as='other','dict' guards=-
# {'k': 'str'} | literals=- sequences=- nested=- mappings='{}' classes=- builtins='dict',1 or_as='other','dict' guards='str k','str'
# {'k': 1} | literals=- sequences=- nested=- mappings='{}' classes=- builtins='dict',1 or_as='other','dict' guards=-
# {'v': 7} | literals=- sequences=- nested=- mappings='{}' classes=- builtins='dict',1 or_as='or-kinds',7 guards=-
# {1: 1, 2: 2, 3: 3} | literals=- sequences=- nested=- mappings='{**rest} big',3 classes=- builtins='dict',3 or_as='other','dict' guards=-
# P(0, 0) | literals=- sequences=- nested=- mappings=- classes='P(0, 0)' builtins='has x',0 or_as='or-kinds',0 guards=-
# P(5, 0) | literals=- sequences=- nested=- mappings=- classes='P(x, 0)',5 builtins='has x',5 or_as='or-kinds',5 guards=-
# P(0, 5) | literals=- sequences=- nested=- mappings=- classes='P(x=0, y=y)',5 builtins='has x',0 or_as='or-kinds',0 guards=-
# P(3, 3) | literals=- sequences=- nested=- mappings=- classes='P diagonal',3 builtins='has x',3 or_as='or-kinds',3 guards=-
# P(1, [2, 3]) | literals=- sequences=- nested=- mappings=- classes='P(x, y=[*ys])',1,[2, 3] builtins='has x',1 or_as='or-kinds',1 guards=-
# P(1, 2) | literals=- sequences=- nested=- mappings=- classes='P()' builtins='has x',1 or_as='or-kinds',1 guards=-
# P('a', 'b') | literals=- sequences=- nested=- mappings=- classes='P()' builtins='has x','a' or_as='or-kinds','a' guards=-
# Q(0, 0) | literals=- sequences=- nested=- mappings=- classes='Q(0)' builtins='has x',0 or_as='or-kinds',0 guards=-
# Q(1, 0) | literals=- sequences=- nested=- mappings=- classes='Q(0)' builtins='has x',1 or_as='or-kinds',1 guards=-
# Q(2, 3) | literals=- sequences=- nested=- mappings=- classes='Q(y, x=x)',2,3 builtins='has x',2 or_as='or-kinds',2 guards=-
# Bare() | literals=- sequences=- nested=- mappings=- classes='Bare()' builtins=- or_as='other','Bare' guards=-
# Bare(x=1) | literals=- sequences=- nested=- mappings=- classes='Bare(x)',1 builtins='has x',1 or_as='other','Bare' guards=-
# Bare(x=1, y=2) | literals=- sequences=- nested=- mappings=- classes='Bare(x, y)',1,2 builtins='has x',1 or_as='other','Bare' guards=-
# Bare(v=3) | literals=- sequences=- nested=- mappings=- classes='Bare()' builtins=- or_as='or-kinds',3 guards=-
# Bare(y=1) | literals=- sequences=- nested=- mappings=- classes='Bare()' builtins=- or_as='other','Bare' guards=-
# frozenset([]) | literals=- sequences=- nested=- mappings=- classes=- builtins=- or_as='other','frozenset' guards=-
# set([]) | literals=- sequences=- nested=- mappings=- classes=- builtins=- or_as='other','set' guards=-
# 0 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 1 {'v': {'k': ['name']}, 't': 'a'} | - - - '{}' - 'dict',2 'or-kinds',{'k': ['name']} -
# 2 P(True, None) | - - - - 'P()' 'has x',True 'or-kinds',True -
# 3 [[[-1, 'a'], 0, 1], [1, 2], {'a': 'a', 'v': [0, 'a', -1], 't': {'b': 2}}] | - '[x, y, *rest] 1',[[-1, 'a'], 0, 1],[1, 2],[{'a': 'a', 'v': [0, 'a', -1], 't': {'b': 2}}] - - - 'list head',[[-1, 'a'], 0, 1] 'some seq',3 -
# 4 {1: [[b'', -1, 'name', 1], (), True], 'k': {1: b''}, 'a': 'name'} | - - - '{a: a, **rest}','name',{1: [[b'', -1, 'name', 1], (), True], 'k': {1: b''}} - 'dict with a','name' 'other','dict' -
# 5 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 6 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 7 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 8 Bare(x=[[-1, 2, 2, 1.5], -1, None]) | - - - - 'Bare(x)',[[-1, 2, 2, 1.5], -1, None] 'has x',[[-1, 2, 2, 1.5], -1, None] 'other','Bare' -
# 9 [True, []] | - '(x, y)',True,[] '[(1|2) as a, [*b]]',True,[] - - 'list head',True 'or-seq',True,[True, []] -
# 10 ['a', 'a', {'v': ['name', 'end', 'a'], 't': 'name', 'a': {'b': 2, 0: b''}}, P({1: 'name'}, [])] | - '[_, _, _, *rest]',[P({1: 'name'}, [])] '[str, ...]','a' - - 'list head','a' 'some seq',4 -
# 11 (-1, 'a', 'name') | - '[x, y, *rest] 1',-1,'a',['name'] - - - 'tuple',3 'some seq',3 -
# 12 1 | - - - - - 'int',1 'bit',1 'odd',1
# 13 [b'', 'name', 'end'] | - '[*init, end]',[b'', 'name'] - - - 'list head',b'' 'some seq',3 -
# 14 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 15 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 16 'end' | - - - - - 'str','end' 'long text','end' -
# 17 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 18 ([{'k': -1, 0: True}, 'end', -1, None], ['a', {0: None}], ({'a': 'a', 0: 1.5}, ['end'], P(b'', 2))) | - '[x, y, *rest] 1',[{'k': -1, 0: True}, 'end', -1, None],['a', {0: None}],[({'a': 'a', 0: 1.5}, ['end'], P(b'', 2))] - - - 'tuple',3 'some seq',3 -
# 19 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 20 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 21 [b'', b''] | - '(x, y)',b'',b'' - - - 'list head',b'' 'or-seq',b'',[b'', b''] -
# 22 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 23 Bare(x={'a': [], 'b': {1: -1, 'a': None}}) | - - - - 'Bare(x)',{'a': [], 'b': {1: -1, 'a': None}} 'has x',{'a': [], 'b': {1: -1, 'a': None}} 'other','Bare' -
# 24 [2, {1: ['name', 1.5, 'end', -1]}, b'', {'t': [None, 'a', 2, 'end'], 'b': [], 'a': P('name', 'a')}] | - '[_, _, _, *rest]',[{'t': [None, 'a', 2, 'end'], 'b': [], 'a': P('name', 'a')}] - - - 'list head',2 'some seq',4 -
# 25 1 | - - - - - 'int',1 'bit',1 'odd',1
# 26 [[[1, 'end'], {'a': b''}, {1: 1, 0: None}], [], None] | - '[x, y, *rest] 1',[[1, 'end'], {'a': b''}, {1: 1, 0: None}],[],[None] - - - 'list head',[[1, 'end'], {'a': b''}, {1: 1, 0: None}] 'some seq',3 -
# 27 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 28 ((None,), {0: [b'']}) | - '(x, y)',(None,),{0: [b'']} - - - 'pair tuple',(None,),{0: [b'']} 'or-seq',(None,),((None,), {0: [b'']}) -
# 29 (-1, []) | - '(x, y)',-1,[] - - - 'pair tuple',-1,[] 'or-seq',-1,(-1, []) -
# 30 'end' | - - - - - 'str','end' 'long text','end' -
# 31 {'v': [-1], 't': P([], (0,))} | - - - '{}' - 'dict',2 'or-kinds',[-1] -
# 32 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 33 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 34 {'k': P(b'', ())} | - - - '{}' - 'dict',1 'other','dict' -
# 35 {0: {}, 'b': b'', 'k': (-1, [], 1)} | - - - '{**rest} big',3 - 'dict',3 'other','dict' -
# 36 [(), P([None], []), {'a': {1: None, 0: True}, 'v': P('a', 'end')}, (2,)] | - '[_, _, _, *rest]',[(2,)] - - - 'list head',() 'some seq',4 -
# 37 {} | - - - '{}' - 'dict',0 'other','dict' -
# 38 P(([1, 0, 1, 0],), {}) | - - - - 'P()' 'has x',([1, 0, 1, 0],) 'or-kinds',([1, 0, 1, 0],) -
# 39 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 40 [{'a': [1.5, 2, True, 1], 'v': P(True, 0), 'k': 1.5}, 0, {'v': 1, 0: []}, {}] | - '[_, _, _, *rest]',[{}] '[{k: v}, ...]',1.5 - - 'list head',{'a': [1.5, 2, True, 1], 'v': P(True, 0), 'k': 1.5} 'some seq',4 -
# 41 {'b': ()} | - - - '{}' - 'dict',1 'other','dict' -
# 42 [{0: P(b'', 'a'), 'a': True}, {'t': [0, 0], 0: 0, 1: []}, 1.5, ([b''],)] | - '[_, _, _, *rest]',[([b''],)] - - - 'list head',{0: P(b'', 'a'), 'a': True} 'some seq',4 -
# 43 {1: 2, 'b': [Bare(x=-1)], 't': Bare(x=True)} | - - - '{**rest} big',3 - 'dict',3 'other','dict' -
# 44 True | 'True' - - - - 'bool',True 'bit',True 'odd',True
# 45 (2, [(), True, 2]) | - '(x, y)',2,[(), True, 2] '[(1|2) as a, [*b]]',2,[(), True, 2] - - 'pair tuple',2,[(), True, 2] 'or-seq',2,(2, [(), True, 2]) -
# 46 P(True, P(['name'], [-1, 1])) | - - - - 'P()' 'has x',True 'or-kinds',True -
# 47 P(None, [None]) | - - - - 'P(x, y=[*ys])',None,[None] 'has x',None 'or-kinds',None -
# 48 Bare(x=[['a', 2, b'']]) | - - - - 'Bare(x)',[['a', 2, b'']] 'has x',[['a', 2, b'']] 'other','Bare' -
# 49 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 50 P(b'', (b'', 'a')) | - - - - 'P(x, y=[*ys])',b'',[b'', 'a'] 'has x',b'' 'or-kinds',b'' -
# 51 {'a': (), 'k': [['name', 0, 1, True]]} | - - - '{a: a, **rest}',(),{'k': [['name', 0, 1, True]]} - 'dict with a',() 'other','dict' -
# 52 {'t': [-1, [1, None, None, 0], {'v': 'end'}]} | - - - '{}' - 'dict',1 'other','dict' -
# 53 {1: b'', 'a': {'b': (1.5,)}} | - - - '{a: a, **rest}',{'b': (1.5,)},{1: b''} - 'dict with a',{'b': (1.5,)} 'other','dict' -
# 54 [P(2, 2), [['a', 'name']], -1, 0] | - '[x, *_, 0]',P(2, 2) '[P(x, y), ...]',2,2 - - 'list head',P(2, 2) 'some seq',4 -
# 55 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 56 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 57 P(({'t': 'name'}, [0, 1, b'', 0]), {'a': {'v': 2}}) | - - - - 'P()' 'has x',({'t': 'name'}, [0, 1, b'', 0]) 'or-kinds',({'t': 'name'}, [0, 1, b'', 0]) -
# 58 {'b': {'k': None}, 't': P('end', {})} | - - - '{}' - 'dict',2 'other','dict' -
# 59 {0: (Bare(x=b''), P(True, b'')), 'v': []} | - - - '{}' - 'dict',2 'or-kinds',[] -
# 60 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 61 (1,) | - '[x]',1 - - - 'tuple',1 'some seq',1 -
# 62 'end' | - - - - - 'str','end' 'long text','end' -
# 63 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 64 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 65 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 66 ('end', {'v': (1.5,), 'a': -1, 't': True}, 1) | - '[x, y, *rest] 1','end',{'v': (1.5,), 'a': -1, 't': True},[1] '[str, ...]','end' - - 'tuple',3 'some seq',3 -
# 67 [P(1.5, [1, 1.5, None]), ([None, 1.5],), -1, {1: {}}] | - '[_, _, _, *rest]',[{1: {}}] '[P(x, y), ...]',1.5,[1, 1.5, None] - - 'list head',P(1.5, [1, 1.5, None]) 'some seq',4 -
# 68 Bare(x=['end', ['a'], 1.5]) | - - - - 'Bare(x)',['end', ['a'], 1.5] 'has x',['end', ['a'], 1.5] 'other','Bare' -
# 69 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 70 P({'k': [-1, True], 0: 1.5, 'b': ['name', 0, 'end', 1.5]}, True) | - - - - 'P()' 'has x',{'k': [-1, True], 0: 1.5, 'b': ['name', 0, 'end', 1.5]} 'or-kinds',{'k': [-1, True], 0: 1.5, 'b': ['name', 0, 'end', 1.5]} -
# 71 Bare(x=P([2, b'', -1, 1], 0)) | - - - - 'Bare(x)',P([2, b'', -1, 1], 0) 'has x',P([2, b'', -1, 1], 0) 'other','Bare' -
# 72 ([P(1.5, 1)], 'a', Bare(x=(1.5,))) | - '[x, y, *rest] 1',[P(1.5, 1)],'a',[Bare(x=(1.5,))] - - - 'tuple',3 'some seq',3 -
# 73 [P(True, 0), (), Bare(x=1.5), []] | - '[_, _, _, *rest]',[[]] '[P(x, y), ...]',True,0 - - 'list head',P(True, 0) 'some seq',4 -
# 74 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 75 'end' | - - - - - 'str','end' 'long text','end' -
# 76 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 77 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 78 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 79 {'t': {}} | - - - '{}' - 'dict',1 'other','dict' -
# 80 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 81 'a' | 'letter' - - - - 'str','a' 'other','str' -
# 82 [Bare(x=-1), [], [(), 'a', P(2, 'a'), (b'',)], ('a', None, [None, 1])] | - '[_, _, _, *rest]',[('a', None, [None, 1])] - - - 'list head',Bare(x=-1) 'some seq',4 -
# 83 {'k': 1} | - - - '{}' - 'dict',1 'other','dict' -
# 84 [[]] | - '[x]',[] - - - 'list head',[] 'some seq',1 -
# 85 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 86 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 87 [{'v': {'v': 'name'}}, [['end'], (b'', -1, -1), 1, ()]] | - '(x, y)',{'v': {'v': 'name'}},[['end'], (b'', -1, -1), 1, ()] - - - 'list head',{'v': {'v': 'name'}} 'or-seq',{'v': {'v': 'name'}},[{'v': {'v': 'name'}}, [['end'], (b'', -1, -1), 1, ()]] -
# 88 Bare(x=()) | - - - - 'Bare(x)',() 'has x',() 'other','Bare' -
# 89 [b'', [0, 'end', [2, None, 'end']], ([-1, 'end'], -1, {'v': 0, 'b': 2})] | - '[x, y, *rest] 1',b'',[0, 'end', [2, None, 'end']],[([-1, 'end'], -1, {'v': 0, 'b': 2})] - - - 'list head',b'' 'some seq',3 -
# 90 (1, {}) | - '(x, y)',1,{} - - - 'pair tuple',1,{} 'or-seq',1,(1, {}) -
# 91 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 92 [[], [{}, [0, 2, 'a', 1], {0: 1, 'a': 'end', 'v': 1.5}, None]] | - '(x, y)',[],[{}, [0, 2, 'a', 1], {0: 1, 'a': 'end', 'v': 1.5}, None] - - - 'list head',[] 'or-seq',[],[[], [{}, [0, 2, 'a', 1], {0: 1, 'a': 'end', 'v': 1.5}, None]] -
# 93 P(1.5, [Bare(x=1), [None, 0, 0]]) | - - - - 'P(x, y=[*ys])',1.5,[Bare(x=1), [None, 0, 0]] 'has x',1.5 'or-kinds',1.5 -
# 94 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 95 'end' | - - - - - 'str','end' 'long text','end' -
# 96 Bare(x=(Bare(x=1),)) | - - - - 'Bare(x)',(Bare(x=1),) 'has x',(Bare(x=1),) 'other','Bare' -
# 97 [{'t': (1.5, 1), 1: (1.5, 'end')}, ['a'], Bare(x=[])] | - '[x, y, *rest] 1',{'t': (1.5, 1), 1: (1.5, 'end')},['a'],[Bare(x=[])] - - - 'list head',{'t': (1.5, 1), 1: (1.5, 'end')} 'some seq',3 -
# 98 [P(None, P(True, 'name')), 1] | - '(x, y)',P(None, P(True, 'name')),1 '[P(x, y), ...]',None,P(True, 'name') - - 'list head',P(None, P(True, 'name')) 'or-seq',P(None, P(True, 'name')),[P(None, P(True, 'name')), 1] -
# 99 {'k': 0} | - - - '{}' - 'dict',1 'other','dict' -
# 100 [0, [[-1, 'name', None]]] | - '[0, y]',[[-1, 'name', None]] - - - 'list head',0 'or-seq',0,[0, [[-1, 'name', None]]] -
# 101 Bare(x=P((1.5, True), Bare(x=0))) | - - - - 'Bare(x)',P((1.5, True), Bare(x=0)) 'has x',P((1.5, True), Bare(x=0)) 'other','Bare' -
# 102 P({0: [], 'k': []}, [(None,), [], {'t': True, 0: -1}, -1]) | - - - - 'P(x, y=[*ys])',{0: [], 'k': []},[(None,), [], {'t': True, 0: -1}, -1] 'has x',{0: [], 'k': []} 'or-kinds',{0: [], 'k': []} -
# 103 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 104 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 105 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 106 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 107 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 108 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 109 Bare(x=-1) | - - - - 'Bare(x)',-1 'has x',-1 'other','Bare' -
# 110 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 111 [{'t': b''}, P({'b': b'', 0: 'end'}, {'v': None}), None] | - '[x, y, *rest] 1',{'t': b''},P({'b': b'', 0: 'end'}, {'v': None}),[None] - - - 'list head',{'t': b''} 'some seq',3 -
# 112 P(([0, 1.5, None, True], -1), {'a': P(2, 'name')}) | - - - - 'P()' 'has x',([0, 1.5, None, True], -1) 'or-kinds',([0, 1.5, None, True], -1) -
# 113 P([(None,), b'', (), 2], 1) | - - - - 'P()' 'has x',[(None,), b'', (), 2] 'or-kinds',[(None,), b'', (), 2] -
# 114 Bare(x=P(-1, 0)) | - - - - 'Bare(x)',P(-1, 0) 'has x',P(-1, 0) 'other','Bare' -
# 115 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 116 [P([-1, -1, True, 'end'], P('end', 1.5)), [[1.5, -1, b'']], 'a'] | - '[x, y, *rest] 1',P([-1, -1, True, 'end'], P('end', 1.5)),[[1.5, -1, b'']],['a'] '[P(x, y), ...]',[-1, -1, True, 'end'],P('end', 1.5) - - 'list head',P([-1, -1, True, 'end'], P('end', 1.5)) 'some seq',3 -
# 117 [1, [{'v': 1, 'a': 'end', 1: None}, {'t': b'', 'v': None}, []]] | - '(x, y)',1,[{'v': 1, 'a': 'end', 1: None}, {'t': b'', 'v': None}, []] '[(1|2) as a, [*b]]',1,[{'v': 1, 'a': 'end', 1: None}, {'t': b'', 'v': None}, []] - - 'list head',1 'or-seq',1,[1, [{'v': 1, 'a': 'end', 1: None}, {'t': b'', 'v': None}, []]] -
# 118 [b'', (None, {'b': 'name', 0: 'a'}, ('name', 1, b''))] | - '(x, y)',b'',(None, {'b': 'name', 0: 'a'}, ('name', 1, b'')) - - - 'list head',b'' 'or-seq',b'',[b'', (None, {'b': 'name', 0: 'a'}, ('name', 1, b''))] -
# 119 {'k': 0, 't': [{'a': 'a', 't': 1.5}, [0, 0, 0, 1.5], ['a', -1, 1.5], []], 'v': P([1.5, None, 'a'], 'a')} | - - - '{**rest} big',3 - 'dict',3 'or-kinds',P([1.5, None, 'a'], 'a') -
# 120 {1: 'a', 't': [{'b': 0, 'v': 'a'}]} | - - - '{}' - 'dict',2 'other','dict' -
# 121 P([[None, 0, 0], ['name']], 1) | - - - - 'P()' 'has x',[[None, 0, 0], ['name']] 'or-kinds',[[None, 0, 0], ['name']] -
# 122 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 123 P(([],), 0) | - - - - 'P(x, 0)',([],) 'has x',([],) 'or-kinds',([],) -
# 124 True | 'True' - - - - 'bool',True 'bit',True 'odd',True
# 125 [[{'v': 1}, {}]] | - '[x]',[{'v': 1}, {}] - - - 'list head',[{'v': 1}, {}] 'some seq',1 -
# 126 [P(1.5, {'v': -1, 'b': 2, 0: 1.5}), 'a', (P(b'', b''), {'k': 'a'})] | - '[x, y, *rest] 1',P(1.5, {'v': -1, 'b': 2, 0: 1.5}),'a',[(P(b'', b''), {'k': 'a'})] '[P(x, y), ...]',1.5,{'v': -1, 'b': 2, 0: 1.5} - - 'list head',P(1.5, {'v': -1, 'b': 2, 0: 1.5}) 'some seq',3 -
# 127 [Bare(x='end'), 1, P(0, 2), {}] | - '[_, _, _, *rest]',[{}] - - - 'list head',Bare(x='end') 'some seq',4 -
# 128 'a' | 'letter' - - - - 'str','a' 'other','str' -
# 129 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 130 {'t': [[None, 'name', 0, 0], [1.5, 'end', -1, 0], [], {}], 1: 'a'} | - - - '{}' - 'dict',2 'other','dict' -
# 131 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 132 1 | - - - - - 'int',1 'bit',1 'odd',1
# 133 (None, Bare(x=[-1, None]), {'a': True, 't': 'end'}) | - '[x, y, *rest] 1',None,Bare(x=[-1, None]),[{'a': True, 't': 'end'}] - - - 'tuple',3 'some seq',3 -
# 134 P(P([], 1.5), b'') | - - - - 'P()' 'has x',P([], 1.5) 'or-kinds',P([], 1.5) -
# 135 [Bare(x={1: 1.5, 0: b'', 'v': 'end'}), [{'v': b'', 0: 'end'}, True, ['a', -1]], P(('name', -1, -1), 2)] | - '[x, y, *rest] 1',Bare(x={1: 1.5, 0: b'', 'v': 'end'}),[{'v': b'', 0: 'end'}, True, ['a', -1]],[P(('name', -1, -1), 2)] - - - 'list head',Bare(x={1: 1.5, 0: b'', 'v': 'end'}) 'some seq',3 -
# 136 P({'b': ('a', 0)}, {0: ()}) | - - - - 'P()' 'has x',{'b': ('a', 0)} 'or-kinds',{'b': ('a', 0)} -
# 137 {0: ({},)} | - - - '{}' - 'dict',1 'other','dict' -
# 138 [('end', [2, 'name'], [b'', 'name', 'a']), P({'v': 1.5, 1: 'name'}, P(0, -1)), [P(1.5, True), (0,), True], P(0, 0)] | - '[_, _, _, *rest]',[P(0, 0)] - - - 'list head',('end', [2, 'name'], [b'', 'name', 'a']) 'some seq',4 -
# 139 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 140 (-1, P([1.5, 'end', None, 1.5], ()), None) | - '[x, y, *rest] 1',-1,P([1.5, 'end', None, 1.5], ()),[None] - - - 'tuple',3 'some seq',3 -
# 141 True | 'True' - - - - 'bool',True 'bit',True 'odd',True
# 142 ['a', {0: None, 'v': 'a'}, 1, Bare(x=[2])] | - '[_, _, _, *rest]',[Bare(x=[2])] '[str, ...]','a' - - 'list head','a' 'some seq',4 -
# 143 [([], None, 0), 1, {'a': {1: 0}}] | - '[x, y, *rest] 1',([], None, 0),1,[{'a': {1: 0}}] - - - 'list head',([], None, 0) 'some seq',3 -
# 144 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 145 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 146 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 147 True | 'True' - - - - 'bool',True 'bit',True 'odd',True
# 148 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 149 [{'k': 2, 'a': [], 'v': (2, 'end')}, P([1.5, 1.5], P(0, 0)), P(-1, b'')] | - '[x, y, *rest] 1',{'k': 2, 'a': [], 'v': (2, 'end')},P([1.5, 1.5], P(0, 0)),[P(-1, b'')] '[{k: v}, ...]',2 - - 'list head',{'k': 2, 'a': [], 'v': (2, 'end')} 'some seq',3 -
# 150 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 151 P(Bare(x=(True,)), {'a': [1.5, True, 1, 1]}) | - - - - 'P()' 'has x',Bare(x=(True,)) 'or-kinds',Bare(x=(True,)) -
# 152 P({'b': -1}, {'a': P(-1, 'end'), 't': (True,)}) | - - - - 'P()' 'has x',{'b': -1} 'or-kinds',{'b': -1} -
# 153 [(Bare(x=1.5), 'end', 1), ['name'], [[b'', 'end']]] | - '[x, y, *rest] 1',(Bare(x=1.5), 'end', 1),['name'],[[[b'', 'end']]] - - - 'list head',(Bare(x=1.5), 'end', 1) 'some seq',3 -
# 154 {'k': [], 0: ((None, 'end'),)} | - - - '{}' - 'dict',2 'other','dict' -
# 155 Bare(x='a') | - - - - 'Bare(x)','a' 'has x','a' 'other','Bare' -
# 156 ([(), P(-1, 'a')],) | - '[x]',[(), P(-1, 'a')] - - - 'tuple',1 'some seq',1 -
# 157 [[[True, 1, True], {}, 'name', (0, 'end')]] | - '[x]',[[True, 1, True], {}, 'name', (0, 'end')] - - - 'list head',[[True, 1, True], {}, 'name', (0, 'end')] 'some seq',1 -
# 158 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 159 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 160 [{'a': P(True, None), 1: {'v': -1}}, -1] | - '(x, y)',{'a': P(True, None), 1: {'v': -1}},-1 - - - 'list head',{'a': P(True, None), 1: {'v': -1}} 'or-seq',{'a': P(True, None), 1: {'v': -1}},[{'a': P(True, None), 1: {'v': -1}}, -1] -
# 161 [{'a': 'end', 't': [True, 'a', b''], 'k': (1, 'name')}, [1.5, b''], 'name'] | - '[x, y, *rest] 1',{'a': 'end', 't': [True, 'a', b''], 'k': (1, 'name')},[1.5, b''],['name'] '[{k: v}, ...]',(1, 'name') - - 'list head',{'a': 'end', 't': [True, 'a', b''], 'k': (1, 'name')} 'some seq',3 -
# 162 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 163 Bare(x={'a': {}}) | - - - - 'Bare(x)',{'a': {}} 'has x',{'a': {}} 'other','Bare' -
# 164 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 165 {} | - - - '{}' - 'dict',0 'other','dict' -
# 166 {'b': (b'', P(-1, 'name')), 'a': [(1.5,)]} | - - - '{a: a, **rest}',[(1.5,)],{'b': (b'', P(-1, 'name'))} - 'dict with a',[(1.5,)] 'other','dict' -
# 167 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 168 (P({'b': 1, 0: 0, 'a': b''}, None), 2, {'a': P(b'', 'end')}) | - '[x, y, *rest] 1',P({'b': 1, 0: 0, 'a': b''}, None),2,[{'a': P(b'', 'end')}] '[P(x, y), ...]',{'b': 1, 0: 0, 'a': b''},None - - 'tuple',3 'some seq',3 -
# 169 'a' | 'letter' - - - - 'str','a' 'other','str' -
# 170 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 171 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 172 {'v': ['a', P('a', None), ['a', -1, 0], Bare(x=1.5)]} | - - - '{}' - 'dict',1 'or-kinds',['a', P('a', None), ['a', -1, 0], Bare(x=1.5)] -
# 173 [P(P(0, 2), ['end', b''])] | - '[x]',P(P(0, 2), ['end', b'']) '[P(x, y), ...]',P(0, 2),['end', b''] - - 'list head',P(P(0, 2), ['end', b'']) 'some seq',1 -
# 174 {} | - - - '{}' - 'dict',0 'other','dict' -
# 175 [Bare(x=0), ({1: 0, 'b': b''}, {'a': 'a', 'v': 0, 1: 1.5})] | - '(x, y)',Bare(x=0),({1: 0, 'b': b''}, {'a': 'a', 'v': 0, 1: 1.5}) - - - 'list head',Bare(x=0) 'or-seq',Bare(x=0),[Bare(x=0), ({1: 0, 'b': b''}, {'a': 'a', 'v': 0, 1: 1.5})] -
# 176 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 177 {1: P(b'', [2, -1, 1, 2]), 'b': 1.5} | - - - '{}' - 'dict',2 'other','dict' -
# 178 ['name'] | - '[x]','name' '[str, ...]','name' - - 'list head','name' 'some seq',1 -
# 179 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 180 [[[-1, True, 'a', True], ['a', 'end', 'name'], ['a', 'a'], b'']] | - '[x]',[[-1, True, 'a', True], ['a', 'end', 'name'], ['a', 'a'], b''] - - - 'list head',[[-1, True, 'a', True], ['a', 'end', 'name'], ['a', 'a'], b''] 'some seq',1 -
# 181 ({}, ([1, True, -1, -1], ('a', True), ['end']), ({},)) | - '[x, y, *rest] 1',{},([1, True, -1, -1], ('a', True), ['end']),[({},)] - - - 'tuple',3 'some seq',3 -
# 182 [b'', 'name', ['end', 1.5, [True, 'end', 2]], [None, {1: 1.5, 0: 1, 'k': 1}, P('name', -1), P('a', 'a')]] | - '[_, _, _, *rest]',[[None, {1: 1.5, 0: 1, 'k': 1}, P('name', -1), P('a', 'a')]] - - - 'list head',b'' 'some seq',4 -
# 183 [(Bare(x=True), (), 1.5), -1, {'t': ['name', None, 'a'], 'k': ()}, (None,)] | - '[_, _, _, *rest]',[(None,)] - - - 'list head',(Bare(x=True), (), 1.5) 'some seq',4 -
# 184 (0, {}, {'b': b'', 'a': ['end', 2, None], 'v': [2, b'', -1, 'a']}) | - '[x, y, *rest] 1',0,{},[{'b': b'', 'a': ['end', 2, None], 'v': [2, b'', -1, 'a']}] - - - 'tuple',3 'some seq',3 -
# 185 P(P('a', P(None, True)), [2, {'b': 1, 'a': None}, None]) | - - - - 'P(x, y=[*ys])',P('a', P(None, True)),[2, {'b': 1, 'a': None}, None] 'has x',P('a', P(None, True)) 'or-kinds',P('a', P(None, True)) -
# 186 {} | - - - '{}' - 'dict',0 'other','dict' -
# 187 P([{}], [[], {}, Bare(x=-1)]) | - - - - 'P(x, y=[*ys])',[{}],[[], {}, Bare(x=-1)] 'has x',[{}] 'or-kinds',[{}] -
# 188 [[], {0: 'end', 1: 1}, True, P((), -1)] | - '[_, _, _, *rest]',[P((), -1)] - - - 'list head',[] 'some seq',4 -
# 189 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 190 [{0: [2, None, True], 'k': True, 'v': {1: None}}] | - '[x]',{0: [2, None, True], 'k': True, 'v': {1: None}} '[{k: v}, ...]',True - - 'list head',{0: [2, None, True], 'k': True, 'v': {1: None}} 'some seq',1 -
# 191 [[[1.5, 2], [True, 0, 'end', 'name'], ()]] | - '[x]',[[1.5, 2], [True, 0, 'end', 'name'], ()] - - - 'list head',[[1.5, 2], [True, 0, 'end', 'name'], ()] 'some seq',1 -
# 192 'a' | 'letter' - - - - 'str','a' 'other','str' -
# 193 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 194 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 195 {} | - - - '{}' - 'dict',0 'other','dict' -
# 196 (1, 0, P([], 1.5)) | - '[x, y, *rest] 1',1,0,[P([], 1.5)] - - - 'tuple',3 'some seq',3 -
# 197 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 198 'a' | 'letter' - - - - 'str','a' 'other','str' -
# 199 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 200 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 201 [[{'a': b'', 't': 'a'}, 'name', ['a', 1, 'a'], Bare(x='end')], (-1, {}), -1, True] | - '[_, _, _, *rest]',[True] - - - 'list head',[{'a': b'', 't': 'a'}, 'name', ['a', 1, 'a'], Bare(x='end')] 'some seq',4 -
# 202 (Bare(x=[2, 'name', None, 1]),) | - '[x]',Bare(x=[2, 'name', None, 1]) - - - 'tuple',1 'some seq',1 -
# 203 ({'b': None}, {}) | - '(x, y)',{'b': None},{} - - - 'pair tuple',{'b': None},{} 'or-seq',{'b': None},({'b': None}, {}) -
# 204 {'v': 1.5, 1: [[1.5], [], 0, b'']} | - - - '{}' - 'dict',2 'or-kinds',1.5 -
# 205 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 206 {'a': [[1, 1, 2, 0], [1.5, 'end', 'end', 2]], 1: 'a'} | - - - '{a: a, **rest}',[[1, 1, 2, 0], [1.5, 'end', 'end', 2]],{1: 'a'} - 'dict with a',[[1, 1, 2, 0], [1.5, 'end', 'end', 2]] 'other','dict' -
# 207 'name' | 'Consts.NAME' - - - - 'str','name' 'long text','name' -
# 208 [(), 2] | - '(x, y)',(),2 - - - 'list head',() 'or-seq',(),[(), 2] -
# 209 {'a': {'a': 0, 1: 1, 't': b''}} | - - - '{}' - 'dict with a',{'a': 0, 1: 1, 't': b''} 'other','dict' -
# 210 ['end'] | - '[x]','end' '[str, ...]','end' - - 'list head','end' 'some seq',1 -
# 211 ([[1.5], (0, 1.5), [2, 1.5]], (-1, [], []), b'') | - '[x, y, *rest] 1',[[1.5], (0, 1.5), [2, 1.5]],(-1, [], []),[b''] - - - 'tuple',3 'some seq',3 -
# 212 P({}, Bare(x={'a': True})) | - - - - 'P()' 'has x',{} 'or-kinds',{} -
# 213 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 214 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 215 'end' | - - - - - 'str','end' 'long text','end' -
# 216 (1,) | - '[x]',1 - - - 'tuple',1 'some seq',1 -
# 217 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 218 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 219 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 220 'a' | 'letter' - - - - 'str','a' 'other','str' -
# 221 {'v': [], 'b': [{'b': 2, 'v': b''}, 1.5, P(-1, b''), 'a'], 0: {'b': 'a', 'k': []}} | - - - '{**rest} big',3 - 'dict',3 'or-kinds',[] -
# 222 [[[], Bare(x=True)], 0, [[], None]] | - '[x, y, *rest] 1',[[], Bare(x=True)],0,[[[], None]] - - - 'list head',[[], Bare(x=True)] 'some seq',3 -
# 223 P(P(b'', 'end'), ()) | - - - - 'P(x, y=[*ys])',P(b'', 'end'),[] 'has x',P(b'', 'end') 'or-kinds',P(b'', 'end') -
# 224 P(({'b': 1, 'v': None}, ['name', 'end', 'a', 0], P(True, None)), []) | - - - - 'P(x, y=[*ys])',({'b': 1, 'v': None}, ['name', 'end', 'a', 0], P(True, None)),[] 'has x',({'b': 1, 'v': None}, ['name', 'end', 'a', 0], P(True, None)) 'or-kinds',({'b': 1, 'v': None}, ['name', 'end', 'a', 0], P(True, None)) -
# 225 (({}, []), P([2], b'')) | - '(x, y)',({}, []),P([2], b'') - - - 'pair tuple',({}, []),P([2], b'') 'or-seq',({}, []),(({}, []), P([2], b'')) -
# 226 P(1.5, 1) | - - - - 'P()' 'has x',1.5 'or-kinds',1.5 -
# 227 P(P(1.5, P('name', None)), [-1]) | - - - - 'P(x, y=[*ys])',P(1.5, P('name', None)),[-1] 'has x',P(1.5, P('name', None)) 'or-kinds',P(1.5, P('name', None)) -
# 228 'end' | - - - - - 'str','end' 'long text','end' -
# 229 {'b': P([2, 2, 1.5], {0: 1}), 1: True, 'k': {'t': {}}} | - - - '{**rest} big',3 - 'dict',3 'other','dict' -
# 230 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 231 ((), Bare(x=Bare(x='a')), {'b': {'b': 'end', 'a': 'end', 1: 'a'}}) | - '[x, y, *rest] 1',(),Bare(x=Bare(x='a')),[{'b': {'b': 'end', 'a': 'end', 1: 'a'}}] - - - 'tuple',3 'some seq',3 -
# 232 'end' | - - - - - 'str','end' 'long text','end' -
# 233 ('a',) | - '[x]','a' '[str, ...]','a' - - 'tuple',1 'some seq',1 -
# 234 [[[b'', 'a'], P(-1, 'name'), [True, 'end', -1, True]], (), [Bare(x=1.5), 'name', [None], {'k': True, 1: 'name'}]] | - '[x, y, *rest] 1',[[b'', 'a'], P(-1, 'name'), [True, 'end', -1, True]],(),[[Bare(x=1.5), 'name', [None], {'k': True, 1: 'name'}]] - - - 'list head',[[b'', 'a'], P(-1, 'name'), [True, 'end', -1, True]] 'some seq',3 -
# 235 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 236 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 237 [[(True, 'a'), True, {}, 'name']] | - '[x]',[(True, 'a'), True, {}, 'name'] - - - 'list head',[(True, 'a'), True, {}, 'name'] 'some seq',1 -
# 238 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 239 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 240 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 241 {} | - - - '{}' - 'dict',0 'other','dict' -
# 242 Bare(x=[P(True, 'end'), 2, {'k': None}, Bare(x=1.5)]) | - - - - 'Bare(x)',[P(True, 'end'), 2, {'k': None}, Bare(x=1.5)] 'has x',[P(True, 'end'), 2, {'k': None}, Bare(x=1.5)] 'other','Bare' -
# 243 {} | - - - '{}' - 'dict',0 'other','dict' -
# 244 True | 'True' - - - - 'bool',True 'bit',True 'odd',True
# 245 {} | - - - '{}' - 'dict',0 'other','dict' -
# 246 1 | - - - - - 'int',1 'bit',1 'odd',1
# 247 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 248 P(['end'], P(None, {0: b'', 'k': -1})) | - - - - 'P()' 'has x',['end'] 'or-kinds',['end'] -
# 249 True | 'True' - - - - 'bool',True 'bit',True 'odd',True
# 250 Bare(x=P({}, {'b': b''})) | - - - - 'Bare(x)',P({}, {'b': b''}) 'has x',P({}, {'b': b''}) 'other','Bare' -
# 251 ('a',) | - '[x]','a' '[str, ...]','a' - - 'tuple',1 'some seq',1 -
# 252 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 253 [['a'], {'k': [True, 'a'], 0: {'v': 'name', 'b': 'end'}}, b'', {'a': [2, 1, 2, 0], 0: [1.5, 'name', 0, 'a'], 'k': True}] | - '[_, _, _, *rest]',[{'a': [2, 1, 2, 0], 0: [1.5, 'name', 0, 'a'], 'k': True}] - - - 'list head',['a'] 'some seq',4 -
# 254 {0: 1.5, 't': [{0: None, 'b': 0}, [], -1, Bare(x=1)], 'b': {'a': Bare(x=None)}} | - - - '{**rest} big',3 - 'dict',3 'other','dict' -
# 255 [[1], {0: b'', 1: {'v': True}}, 2, {'v': P(2, 'name'), 0: 0, 'k': []}] | - '[_, _, _, *rest]',[{'v': P(2, 'name'), 0: 0, 'k': []}] - - - 'list head',[1] 'some seq',4 -
# 256 [[P(-1, 'a'), P(-1, 'name'), {'k': 'name', 1: 1.5, 'v': True}], {'t': b'', 'v': (), 0: P(1.5, 1)}, []] | - '[x, y, *rest] 1',[P(-1, 'a'), P(-1, 'name'), {'k': 'name', 1: 1.5, 'v': True}],{'t': b'', 'v': (), 0: P(1.5, 1)},[[]] - - - 'list head',[P(-1, 'a'), P(-1, 'name'), {'k': 'name', 1: 1.5, 'v': True}] 'some seq',3 -
# 257 [-1, (True, ['name', 'end', 'end', None]), {'b': Bare(x='name')}, (Bare(x=None), 0)] | - '[_, _, _, *rest]',[(Bare(x=None), 0)] - - - 'list head',-1 'some seq',4 -
# 258 ([['end', 1, 'name']], 2) | - '(x, y)',[['end', 1, 'name']],2 - - - 'pair tuple',[['end', 1, 'name']],2 'or-seq',[['end', 1, 'name']],([['end', 1, 'name']], 2) -
# 259 (b'', P(Bare(x='a'), {'t': 'end', 1: -1})) | - '(x, y)',b'',P(Bare(x='a'), {'t': 'end', 1: -1}) - - - 'pair tuple',b'',P(Bare(x='a'), {'t': 'end', 1: -1}) 'or-seq',b'',(b'', P(Bare(x='a'), {'t': 'end', 1: -1})) -
# 260 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 261 [[['name', 2, 0, 'a'], {'v': 1.5, 'a': 'end'}, Bare(x=2)], [[2]], True, 1] | - '[_, _, _, *rest]',[1] - - - 'list head',[['name', 2, 0, 'a'], {'v': 1.5, 'a': 'end'}, Bare(x=2)] 'some seq',4 -
# 262 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 263 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 264 True | 'True' - - - - 'bool',True 'bit',True 'odd',True
# 265 P([[b''], P(2, 'end'), [b'', -1, 2, None], [b'', 1.5]], {'t': ['end', None, None, -1], 'v': (None, 'a')}) | - - - - 'P()' 'has x',[[b''], P(2, 'end'), [b'', -1, 2, None], [b'', 1.5]] 'or-kinds',[[b''], P(2, 'end'), [b'', -1, 2, None], [b'', 1.5]] -
# 266 Bare(x={'v': [b'', 'end', 'a', 'name'], 0: (b'',), 1: [True, 0, 'end', None]}) | - - - - 'Bare(x)',{'v': [b'', 'end', 'a', 'name'], 0: (b'',), 1: [True, 0, 'end', None]} 'has x',{'v': [b'', 'end', 'a', 'name'], 0: (b'',), 1: [True, 0, 'end', None]} 'other','Bare' -
# 267 [[('a',)], [1]] | - '(x, y)',[('a',)],[1] - - - 'list head',[('a',)] 'or-seq',[('a',)],[[('a',)], [1]] -
# 268 P((Bare(x=0),), -1) | - - - - 'P()' 'has x',(Bare(x=0),) 'or-kinds',(Bare(x=0),) -
# 269 1.5 | 'one and a half' - - - - 'float',1.5 'other','float' -
# 270 P([{'k': 'a'}, -1], P(1.5, -1)) | - - - - 'P()' 'has x',[{'k': 'a'}, -1] 'or-kinds',[{'k': 'a'}, -1] -
# 271 P({'t': [2, 'a', b'']}, 1.5) | - - - - 'P()' 'has x',{'t': [2, 'a', b'']} 'or-kinds',{'t': [2, 'a', b'']} -
# 272 P([[], ['name', None, 2, 'a']], b'') | - - - - 'P()' 'has x',[[], ['name', None, 2, 'a']] 'or-kinds',[[], ['name', None, 2, 'a']] -
# 273 {'t': P({'t': 2, 'k': b'', 1: 1}, {}), 1: {0: None, 'v': P('end', 0)}} | - - - '{}' - 'dict',2 'other','dict' -
# 274 {'a': 'name'} | - - - '{}' - 'dict with a','name' 'other','dict' -
# 275 {'k': P(Bare(x='name'), 'name'), 'v': 0} | - - - '{}' - 'dict',2 'or-kinds',0 -
# 276 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 277 'end' | - - - - - 'str','end' 'long text','end' -
# 278 () | - '[]' - - - 'tuple',0 'some seq',0 -
# 279 [{1: [True, 0]}, 2] | - '(x, y)',{1: [True, 0]},2 - - - 'list head',{1: [True, 0]} 'or-seq',{1: [True, 0]},[{1: [True, 0]}, 2] -
# 280 {'a': True, 'k': [['name']], 1: [{'t': 1, 'v': 1}, [-1], [-1, b'']]} | - - - '{a: a, **rest}',True,{'k': [['name']], 1: [{'t': 1, 'v': 1}, [-1], [-1, b'']]} - 'dict with a',True 'other','dict' -
# 281 P([], ()) | - - - - 'P(x, y=[*ys])',[],[] 'has x',[] 'or-kinds',[] -
# 282 None | 'None' - - - - - 'other','NoneType' 'None via guard'
# 283 [{'b': P(-1, 1.5)}] | - '[x]',{'b': P(-1, 1.5)} - - - 'list head',{'b': P(-1, 1.5)} 'some seq',1 -
# 284 {} | - - - '{}' - 'dict',0 'other','dict' -
# 285 [[{1: 1.5}]] | - '[x]',[{1: 1.5}] - - - 'list head',[{1: 1.5}] 'some seq',1 -
# 286 {'a': {'v': ('end', 2)}} | - - - '{}' - 'dict with a',{'v': ('end', 2)} 'other','dict' -
# 287 0 | 'zero' - - - - 'numeric zero',0 'bit',0 -
# 288 2 | - - - - - 'int',2 'other','int' 'positive even',2
# 289 -1 | 'neg small' - - - - 'int',-1 'other','int' 'odd',-1
# 290 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 291 {'a': [0]} | - - - '{a: [x, ...]}',0 - 'dict with a',[0] 'other','dict' -
# 292 b'' | 'empty bytes' - - - - 'bytes',b'' 'other','bytes' -
# 293 [] | - '[]' - - - 'empty list' 'some seq',0 -
# 294 (-1, -1, []) | - '[x, y, *rest] 1',-1,-1,[[]] - - - 'tuple',3 'some seq',3 -
# 295 ['name', [Bare(x=None), 'a', [], ()], {}] | - '[x, y, *rest] 1','name',[Bare(x=None), 'a', [], ()],[{}] '[str, ...]','name' - - 'list head','name' 'some seq',3 -
# 296 {'a': -1} | - - - '{}' - 'dict with a',-1 'other','dict' -
# 297 [{'t': 'name'}, {}, Bare(x={'v': 'name'}), None] | - '[_, _, _, *rest]',[None] - - - 'list head',{'t': 'name'} 'some seq',4 -
# 298 P([('a',), ['end'], 2, None], P((0, 'name'), -1)) | - - - - 'P()' 'has x',[('a',), ['end'], 2, None] 'or-kinds',[('a',), ['end'], 2, None] -
# 299 [] | - '[]' - - - 'empty list' 'some seq',0 -
# ('m_builtins', '-') 15
# ('m_builtins', 'bool') 7
# ('m_builtins', 'bytes') 9
# ('m_builtins', 'dict with a') 11
# ('m_builtins', 'dict') 34
# ('m_builtins', 'empty list') 15
# ('m_builtins', 'float') 8
# ('m_builtins', 'has x') 47
# ('m_builtins', 'int') 20
# ('m_builtins', 'list head') 63
# ('m_builtins', 'numeric zero') 11
# ('m_builtins', 'pair tuple') 8
# ('m_builtins', 'str') 24
# ('m_builtins', 'tuple') 28
# ('m_classes', '-') 253
# ('m_classes', 'Bare(x)') 15
# ('m_classes', 'P()') 21
# ('m_classes', 'P(x, 0)') 1
# ('m_classes', 'P(x, y=[*ys])') 10
# ('m_guards', '-') 258
# ('m_guards', 'None via guard') 15
# ('m_guards', 'odd') 19
# ('m_guards', 'positive even') 8
# ('m_literals', '-') 227
# ('m_literals', 'Consts.NAME') 9
# ('m_literals', 'None') 15
# ('m_literals', 'True') 7
# ('m_literals', 'empty bytes') 9
# ('m_literals', 'letter') 6
# ('m_literals', 'neg small') 8
# ('m_literals', 'one and a half') 8
# ('m_literals', 'zero') 11
# ('m_mappings', '-') 255
# ('m_mappings', '{**rest} big') 6
# ('m_mappings', '{a: [x, ...]}') 1
# ('m_mappings', '{a: a, **rest}') 6
# ('m_mappings', '{}') 32
# ('m_nested', '-') 277
# ('m_nested', '[(1|2) as a, [*b]]') 3
# ('m_nested', '[P(x, y), ...]') 8
# ('m_nested', '[str, ...]') 8
# ('m_nested', '[{k: v}, ...]') 4
# ('m_or_as', 'bit') 22
# ('m_or_as', 'long text') 18
# ('m_or_as', 'or-kinds') 40
# ('m_or_as', 'or-seq') 21
# ('m_or_as', 'other') 106
# ('m_or_as', 'some seq') 93
# ('m_sequences', '(x, y)') 20
# ('m_sequences', '-') 186
# ('m_sequences', '[*init, end]') 1
# ('m_sequences', '[0, y]') 1
# ('m_sequences', '[]') 24
# ('m_sequences', '[_, _, _, *rest]') 20
# ('m_sequences', '[x, *_, 0]') 1
# ('m_sequences', '[x, y, *rest] 1') 29
# ('m_sequences', '[x]') 18
