# Differential test: hundreds of expression strings generated from a small
# grammar (literals, operators, comparisons, comprehensions, calls,
# subscripts, conditionals), evaluated with eval; each result or exception
# (type and message) is printed, to compare with CPython.
import random


NAMES = ["a", "b", "s", "t", "l", "d", "n", "missing"]
ENV = {"a": 7, "b": -3, "s": "hey", "t": (1, 2, 3), "l": [4, 5, 6], "d": {"k": 1, 2: "two"}, "n": None}
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]
CMPOPS = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"]
FUNCS = ["abs", "len", "str", "repr", "int", "float", "bool", "list", "tuple", "sorted", "min", "max", "sum"]


def literal(rng):
    k = rng.randrange(9)
    if k == 0:
        return str(rng.randrange(-20, 100))
    if k == 1:
        return repr(rng.choice([0.5, 2.25, -1.0, 1e3, 3.0]))
    if k == 2:
        return repr(rng.choice(["", "x", "ab", "Hello"]))
    if k == 3:
        return rng.choice(["True", "False", "None"])
    if k == 4:
        return "[" + ", ".join(str(rng.randrange(10)) for _ in range(rng.randrange(4))) + "]"
    if k == 5:
        return "(" + "".join(str(rng.randrange(10)) + ", " for _ in range(rng.randrange(3))) + ")"
    if k == 6:
        return "{" + ", ".join(repr(c) + ": " + str(i) for i, c in enumerate("xyz"[: rng.randrange(3)])) + "}"
    if k == 7:
        return str(rng.randrange(2 ** 70, 2 ** 71))
    return rng.choice(NAMES)


def expr(rng, depth):
    if depth <= 0:
        return literal(rng)
    k = rng.randrange(11)
    sub = lambda: expr(rng, depth - 1)
    if k == 0:
        return "(" + sub() + " " + rng.choice(BINOPS) + " " + sub() + ")"
    if k == 1:
        return "(" + sub() + " " + rng.choice(CMPOPS) + " " + sub() + ")"
    if k == 2:
        return "(" + rng.choice(["-", "+", "~", "not "]) + sub() + ")"
    if k == 3:
        return rng.choice(FUNCS) + "(" + sub() + ")"
    if k == 4:
        return "[x " + rng.choice(BINOPS[:3]) + " 1 for x in " + sub() + "]"
    if k == 5:
        return "{x: x for x in " + sub() + " if x}"
    if k == 6:
        return "(" + sub() + " if " + sub() + " else " + sub() + ")"
    if k == 7:
        return sub() + "[" + sub() + "]"
    if k == 8:
        return "(" + sub() + " and " + sub() + ")"
    if k == 9:
        return "(" + sub() + " or " + sub() + ")"
    return "(lambda v: v * 2)(" + sub() + ")"


def show(v):
    if isinstance(v, float):
        return repr(round(v, 6)) if v == v and abs(v) != float("inf") else repr(v)
    if isinstance(v, dict):
        return "dict(" + repr(sorted(v.items(), key=repr)) + ")"
    if callable(v):
        return "<callable>"
    return repr(v)


random.seed(20261207)
rng = random
count = 0
for i in range(400):
    src = expr(rng, rng.randrange(1, 4))
    try:
        out = show(eval(src, dict(ENV)))
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    if len(out) > 200:
        out = out[:200] + "..."
    print(src, "=>", out)
    count += 1
print(count, "expressions")

# Output:
# ('x' >= [1, 0]) => TypeError: '>=' not supported between instances of 'str' and 'list'
# ((2, 8, ) or t) => (2, 8)
# (lambda v: v * 2)(False) => 0
# (+repr({'x': 0, 'y': 1})) => TypeError: bad operand type for unary +: 'str'
# ((lambda v: v * 2)(1483139771574162734203)[(lambda v: v * 2)([4, 0])] or (lambda v: v * 2)((lambda v: v * 2)(3.0))) => TypeError: 'int' object is not subscriptable
# ('' or 8) => 8
# ((lambda v: v * 2)(a) in (lambda v: v * 2)({'x': 0, 'y': 1})) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# (-missing) => NameError: name 'missing' is not defined
# (lambda v: v * 2)((lambda v: v * 2)((-(5, )))) => TypeError: bad operand type for unary -: 'tuple'
# ((-54) or [x * 1 for x in t]) => -54
# (lambda v: v * 2)((lambda v: v * 2)({x: x for x in 2.25 if x})) => TypeError: 'float' object is not iterable
# (lambda v: v * 2)(({'x': 0} == 'Hello')) => 0
# 39['ab'] => TypeError: 'int' object is not subscriptable
# ((-(lambda v: v * 2)('x')) and (({} & 'x') and ([9, 5] and 59))) => TypeError: bad operand type for unary -: 'str'
# {x: x for x in ('Hello' if 1322622689616366839968 else 97) if x} => dict([('H', 'H'), ('e', 'e'), ('l', 'l'), ('o', 'o')])
# (-(lambda v: v * 2)(2.25)) => -4.5
# [x * 1 for x in ([x - 1 for x in {'x': 0, 'y': 1}] and {'x': 0, 'y': 1}['Hello'])] => TypeError: unsupported operand type(s) for -: 'str' and 'int'
# (abs(3.0)[sorted('')] ** ({x: x for x in False if x} and {x: x for x in '' if x})) => TypeError: 'float' object is not subscriptable
# {x: x for x in ((lambda v: v * 2)((4, )) % {x: x for x in [1, 4] if x}) if x} => TypeError: unsupported operand type(s) for %: 'tuple' and 'dict'
# ((2.25 % 0.5) | 1000.0[1000.0]) => TypeError: 'float' object is not subscriptable
# (lambda v: v * 2)((((9, 7, ) and [1, 1, 1]) if {x: x for x in [] if x} else {x: x for x in () if x})) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# (lambda v: v * 2)((~({'x': 0, 'y': 1} % 2307581140231290697733))) => TypeError: unsupported operand type(s) for %: 'dict' and 'int'
# (49 if 1461380737228165593879 else ()) => 49
# (1821981451582778273924 | d)[[x + 1 for x in {'x': 0, 'y': 1}]] => TypeError: unsupported operand type(s) for |: 'int' and 'dict'
# [x + 1 for x in 2153137840234626254473] => TypeError: 'int' object is not iterable
# ((29 if 0.5 else True) < (not (4, 1, ))) => False
# ({'x': 0, 'y': 1} < t) => TypeError: '<' not supported between instances of 'dict' and 'tuple'
# {x: x for x in 0.5 if x} => TypeError: 'float' object is not iterable
# abs(98) => 98
# (max(None) << (None ** 61)) => TypeError: 'NoneType' object is not iterable
# (-n)[[x + 1 for x in []]] => TypeError: bad operand type for unary -: 'NoneType'
# (lambda v: v * 2)((3, 3, )) => (3, 3, 3, 3)
# (lambda v: v * 2)(42) => 84
# ('Hello' if 3.0 else (0, )) => 'Hello'
# (((1547089480349086050434 if l else [7, 8]) & {x: x for x in d if x}) or (t if 'ab' else False)[{x: x for x in True if x}]) => TypeError: unsupported operand type(s) for &: 'int' and 'dict'
# float([1]) => TypeError: float() argument must be a string or a real number, not 'list'
# (not 3.0) => False
# (min(2089054080856497856480) and (s if 2.25 else {'x': 0, 'y': 1})) => TypeError: 'int' object is not iterable
# (~{x: x for x in 'Hello' if x}) => TypeError: bad operand type for unary ~: 'dict'
# (None or d)[[x + 1 for x in n]] => TypeError: 'NoneType' object is not iterable
# [x + 1 for x in ({x: x for x in 1000.0 if x} != 96[27])] => TypeError: 'float' object is not iterable
# ((lambda v: v * 2)(()) is ([4] and 52))[(str('x') ** (True or 1576003847404282911086))] => TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'bool'
# (((6, ) ^ '') >> {x: x for x in {'x': 0} if x}) => TypeError: unsupported operand type(s) for ^: 'tuple' and 'str'
# ((-None) and ([5] is not {'x': 0, 'y': 1})) => TypeError: bad operand type for unary -: 'NoneType'
# sum(None) => TypeError: 'NoneType' object is not iterable
# (((1910415545213410979035 and {'x': 0, 'y': 1}) // (False and True)) and (not {x: x for x in a if x})) => TypeError: unsupported operand type(s) for //: 'dict' and 'bool'
# {x: x for x in (t or None) if x} => dict([(1, 1), (2, 2), (3, 3)])
# (lambda v: v * 2)(n) => TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# (lambda v: v * 2)((True is 0.5)) => 0
# (not {}) => True
# max({'x': 0}) => 'x'
# ({x: x for x in True if x} ** 1857704865234856201613[()]) => TypeError: 'bool' object is not iterable
# ({x: x for x in 'x'[(2, 8, )] if x} and (len('Hello') or {x: x for x in missing if x})) => TypeError: string indices must be integers, not 'tuple'
# 1692173486370515148872[l] => TypeError: 'int' object is not subscriptable
# min(float({'x': 0}))[({x: x for x in 2092742035134990232766 if x} and (1335564820200086810582 + a))] => TypeError: float() argument must be a string or a real number, not 'dict'
# (('' or 2172904560959792435472) or max((8, 7, ))) => 2172904560959792435472
# repr(3.0) => '3.0'
# (((1719080162955810563682 and 'Hello') >= {'x': 0}[[2, 4]]) * ([x * 1 for x in None] if (+False) else {x: x for x in -1.0 if x})) => TypeError: unhashable type: 'list'
# ((tuple(a) or 2.25[None]) and (lambda v: v * 2)((-1.0 or 'x'))) => TypeError: 'int' object is not iterable
# (20 / 0.5) => 40.0
# (+37[(2, 2, )])[(lambda v: v * 2)(('x' or 2146450126560832752950))] => TypeError: 'int' object is not subscriptable
# {x: x for x in [6] if x} => dict([(6, 6)])
# (77[{}] and max('x')) => TypeError: 'int' object is not subscriptable
# [x - 1 for x in ({x: x for x in (6, ) if x} if (1596264434723895392891 <= d) else (lambda v: v * 2)(78))] => TypeError: '<=' not supported between instances of 'int' and 'dict'
# ([x - 1 for x in []] not in (lambda v: v * 2)([6])) => True
# ((([6, 7, 4] if {'x': 0} else 'ab') == (True ^ [5, 8])) and ((1977453215875212054412 / -1.0) or (not True))) => TypeError: unsupported operand type(s) for ^: 'bool' and 'list'
# {x: x for x in [x * 1 for x in (lambda v: v * 2)(1000.0)] if x} => TypeError: 'float' object is not iterable
# ((1953922816342814864779 is not 2254665332451947684509) if (1260648683167681838972 if 1668388959754853240222 else {}) else ('ab' or [2, 4])) => True
# (40 >> None) => TypeError: unsupported operand type(s) for >>: 'int' and 'NoneType'
# (lambda v: v * 2)((sum(False) != ('ab' or 'Hello'))) => TypeError: 'bool' object is not iterable
# [x * 1 for x in 'Hello'] => ['H', 'e', 'l', 'l', 'o']
# ((+(+2069787119235971422534)) and [x + 1 for x in ([1] if () else [])]) => []
# {'x': 0}[[5, 7]] => TypeError: unhashable type: 'list'
# (abs((lambda v: v * 2)(False)) // ((not (2, )) >> (b == 1315826842193883408132))) => ZeroDivisionError: integer division or modulo by zero
# (((False / 'ab') not in (l % (9, 5, ))) and ((lambda v: v * 2)({}) * [x - 1 for x in 3.0])) => TypeError: unsupported operand type(s) for /: 'bool' and 'str'
# ((0.5 or 1000.0) if (lambda v: v * 2)([5]) else [x - 1 for x in 2272569991058076921405]) => 0.5
# {x: x for x in {x: x for x in 36[34] if x} if x} => TypeError: 'int' object is not subscriptable
# ((not 13) or [x * 1 for x in {'x': 0, 'y': 1}]) => ['x', 'y']
# ([x + 1 for x in (l if () else ())] and ((48 + 85) and None[2.25])) => []
# [x + 1 for x in [x * 1 for x in 2165474309355739904801]] => TypeError: 'int' object is not iterable
# {x: x for x in (int({}) | (False and {'x': 0, 'y': 1})) if x} => TypeError: int() argument must be a string, a bytes-like object or a real number, not 'dict'
# abs({'x': 0}) => TypeError: bad operand type for abs(): 'dict'
# bool([x * 1 for x in (lambda v: v * 2)([2, 0])]) => True
# (((not 'ab') and ('ab' == 'ab')) and (([] != 2236023121426274276476) or (n and {'x': 0, 'y': 1}))) => False
# ((~max(1000.0)) not in (('ab' or 1388480856958369799276) * [x + 1 for x in 'x'])) => TypeError: 'float' object is not iterable
# max((18 // (3, 2, ))) => TypeError: unsupported operand type(s) for //: 'int' and 'tuple'
# {x: x for x in (lambda v: v * 2)([x + 1 for x in None]) if x} => TypeError: 'NoneType' object is not iterable
# (()[[]] and ((2, ) if 'x' else [2, 4, 9])) => TypeError: tuple indices must be integers or slices, not list
# (63 or {'x': 0}) => 63
# [x - 1 for x in ((-32) and [x - 1 for x in 'x'])] => TypeError: unsupported operand type(s) for -: 'str' and 'int'
# ({x: x for x in (34 == 2041565245927594858871) if x} is str({x: x for x in (4, ) if x})) => TypeError: 'bool' object is not iterable
# (-(~a[None])) => TypeError: 'int' object is not subscriptable
# 1848350503417268560122[t] => TypeError: 'int' object is not subscriptable
# ((6 is 3.0) >= 'ab'[-1.0]) => TypeError: string indices must be integers, not 'float'
# (lambda v: v * 2)({x: x for x in (1999239296209628913794 or [0, 4, 3]) if x}) => TypeError: 'int' object is not iterable
# (not (~(lambda v: v * 2)({'x': 0}))) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# ((([2, 6] / [6]) or [x - 1 for x in ()]) / ({x: x for x in '' if x} == ((2, 4, ) or 'ab'))) => TypeError: unsupported operand type(s) for /: 'list' and 'list'
# (-[0, 8]) => TypeError: bad operand type for unary -: 'list'
# (sorted(missing) in (63 and 'x')) => NameError: name 'missing' is not defined
# ('ab' & '') => TypeError: unsupported operand type(s) for &: 'str' and 'str'
# [x * 1 for x in ('ab'[2282911076379104863048] and (None <= [4, 4, 6]))] => IndexError: cannot fit 'int' into an index-sized integer
# {x: x for x in (not (1181324955239947753771 in {'x': 0, 'y': 1})) if x} => TypeError: 'bool' object is not iterable
# (lambda v: v * 2)(None) => TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# {'x': 0, 'y': 1}[[6, 8, 3]] => TypeError: unhashable type: 'list'
# b['x'] => TypeError: 'int' object is not subscriptable
# ({x: x for x in ({'x': 0, 'y': 1} and [6, 2]) if x} > (not (t if missing else {'x': 0}))) => NameError: name 'missing' is not defined
# ([] or (8, )) => (8,)
# ((+(~(8, 5, ))) and {x: x for x in ()[False] if x}) => TypeError: bad operand type for unary ~: 'tuple'
# ((-1.0[-1.0] and (+41)) if (('' and (2, )) << 2.25[1791499540075254696009]) else list(max('x'))) => TypeError: 'float' object is not subscriptable
# {x: x for x in -6[(1, )] if x} => TypeError: 'int' object is not subscriptable
# {x: x for x in (None - 15) if x} => TypeError: unsupported operand type(s) for -: 'NoneType' and 'int'
# [x - 1 for x in (1995932181235929954063 if b else None)] => TypeError: 'int' object is not iterable
# missing[{'x': 0, 'y': 1}] => NameError: name 'missing' is not defined
# tuple({}) => ()
# (([9, 2, 8] / missing) and {x: x for x in True if x}) => NameError: name 'missing' is not defined
# (None and {'x': 0}) => None
# (3[-1.0][(1887419641840663143368 <= (6, 9, ))] if (lambda v: v * 2)(43[{}]) else (l[True] if ('x' and t) else (89 < n))) => TypeError: 'int' object is not subscriptable
# [x + 1 for x in (n if () else None)] => TypeError: 'NoneType' object is not iterable
# ({x: x for x in 1578938693465949694594 if x}[(True >> 51)] if (((0, 4, ) or 45) > (() if s else 7)) else (sum(3.0) and ('Hello' == a))) => TypeError: 'int' object is not iterable
# (2061084223944601066944 * 45) => 92748790077507048012480
# (() if 1345648208339356675546 else -1.0) => ()
# (list((True or {'x': 0, 'y': 1})) and ((lambda v: v * 2)({'x': 0}) or ('ab' if [2] else False))) => TypeError: 'bool' object is not iterable
# (d['ab'] * ([] or [0, 0])) => KeyError: 'ab'
# [x * 1 for x in {'x': 0}] => ['x']
# (~(+{'x': 0, 'y': 1})) => TypeError: bad operand type for unary +: 'dict'
# (() if -1.0 else 2081662288379901141298) => ()
# ((lambda v: v * 2)([x * 1 for x in [5, 5]]) if ((+-1.0) and {x: x for x in 1846210650141649640188 if x}) else [x * 1 for x in (lambda v: v * 2)(True)]) => TypeError: 'int' object is not iterable
# list(([0] - None)[(3.0 and t)]) => TypeError: unsupported operand type(s) for -: 'list' and 'NoneType'
# (((n or 60) + [x * 1 for x in 0.5]) ** ((-t) or (49 if 1583964488269875771124 else True))) => TypeError: 'float' object is not iterable
# ({x: x for x in (7, 0, ) if x} if {x: x for x in 1584818676925356854314 if x} else repr(1624567230420241829906)) => TypeError: 'int' object is not iterable
# (lambda v: v * 2)({x: x for x in 1831675716097213567920 if x}[(l and [])]) => TypeError: 'int' object is not iterable
# ((~(4, )) and ('ab' if '' else 'Hello')) => TypeError: bad operand type for unary ~: 'tuple'
# (lambda v: v * 2)((lambda v: v * 2)(None)) => TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# {x: x for x in ([x + 1 for x in (2, 8, )] & (-1.0 if [0, 1] else 'Hello')) if x} => TypeError: unsupported operand type(s) for &: 'list' and 'float'
# (-3 and 'Hello') => 'Hello'
# ({x: x for x in (3.0 or (1, 7, )) if x} not in 'x'[(4, )][[x - 1 for x in n]]) => TypeError: 'float' object is not iterable
# [x - 1 for x in 1800541969014916006907] => TypeError: 'int' object is not iterable
# (lambda v: v * 2)(('' or True)) => 2
# (lambda v: v * 2)({x: x for x in (() if (6, ) else l) if x}) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# (0.5 and b) => -3
# ([7, 0, 8] - 17) => TypeError: unsupported operand type(s) for -: 'list' and 'int'
# (((lambda v: v * 2)(None) or (() is not {})) or ('x' ** t)[50[[]]]) => TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# (() == 24) => False
# ((1714783740663806437138 is not b) and (lambda v: v * 2)(n)) => TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# [x * 1 for x in {x: x for x in [4] if x}] => [4]
# ([x * 1 for x in d] in ([] not in None)) => TypeError: argument of type 'NoneType' is not iterable
# float([x + 1 for x in (False or 'Hello')]) => TypeError: can only concatenate str (not "int") to str
# (1207897774917144577909 and 1395613436147444572530) => 1395613436147444572530
# [x + 1 for x in (1000.0 and a)] => TypeError: 'int' object is not iterable
# min((90 or 1549593664502943691487)) => TypeError: 'int' object is not iterable
# {x: x for x in {'x': 0, 'y': 1} if x} => dict([('x', 'x'), ('y', 'y')])
# [x + 1 for x in (+'x')] => TypeError: bad operand type for unary +: 'str'
# [x * 1 for x in {x: x for x in 1609316339464727794629 if x}][[x + 1 for x in (1381668803219796008660 or {'x': 0, 'y': 1})]] => TypeError: 'int' object is not iterable
# (((+3.0) - (0.5 ^ [6, 9, 3])) or {x: x for x in (None or []) if x}) => TypeError: unsupported operand type(s) for ^: 'float' and 'list'
# (([3, 1] and [1, 0]) >= ((7, 6, ) | [5, 5, 3])) => TypeError: unsupported operand type(s) for |: 'tuple' and 'list'
# (({'x': 0, 'y': 1} if [3, 5, 6] else {}) or (0.5 or l)) => dict([('x', 0), ('y', 1)])
# ({'x': 0} if None else {'x': 0, 'y': 1}) => dict([('x', 0), ('y', 1)])
# {x: x for x in (lambda v: v * 2)(0) if x} => TypeError: 'int' object is not iterable
# [x + 1 for x in (6, )] => [7]
# (lambda v: v * 2)((lambda v: v * 2)(str(0.5))) => '0.50.50.50.5'
# (1230800485448989783668 >= {'x': 0, 'y': 1}) => TypeError: '>=' not supported between instances of 'int' and 'dict'
# [x - 1 for x in (missing[-4] * (s or d))] => NameError: name 'missing' is not defined
# ((b in '') if {x: x for x in {'x': 0, 'y': 1} if x} else float(n)) => TypeError: 'in <string>' requires string as left operand, not int
# (-1000.0[[6]]) => TypeError: 'float' object is not subscriptable
# (((lambda v: v * 2)('Hello') >> (2.25 and [])) and (min((6, )) & (l or ''))) => TypeError: unsupported operand type(s) for >>: 'str' and 'list'
# max((3.0 if 1273514976898303504392 else [6, 4])) => TypeError: 'float' object is not iterable
# tuple(((1784990419344017706968 // [1]) if (True // 'x') else (() if [6, 6, 3] else False))) => TypeError: unsupported operand type(s) for //: 'bool' and 'str'
# (-{x: x for x in (None < 2.25) if x}) => TypeError: '<' not supported between instances of 'NoneType' and 'float'
# {'x': 0}[()] => KeyError: ()
# len(0.5) => TypeError: object of type 'float' has no len()
# (~(1, )) => TypeError: bad operand type for unary ~: 'tuple'
# (lambda v: v * 2)((lambda v: v * 2)((lambda v: v * 2)(''))) => ''
# (2179568870402349977600 or ()) => 2179568870402349977600
# ((-missing) // repr((8, 3, ))) => NameError: name 'missing' is not defined
# ()[(6, 2, )] => TypeError: tuple indices must be integers or slices, not tuple
# {x: x for x in {x: x for x in {x: x for x in t if x} if x} if x} => dict([(1, 1), (2, 2), (3, 3)])
# {x: x for x in (8, 9, ) if x} => dict([(8, 8), (9, 9)])
# (+(lambda v: v * 2)(('ab' if t else 'Hello'))) => TypeError: bad operand type for unary +: 'str'
# ((2, )[None] or ('' and {})) => TypeError: tuple indices must be integers or slices, not NoneType
# ({x: x for x in (d < [0, 3, 7]) if x} if ([] is missing)[(1920583090606864061176 and s)] else (lambda v: v * 2)('ab'[{}])) => NameError: name 'missing' is not defined
# ((-1841855398239924690800) and [][[3, 9]])[(~({'x': 0, 'y': 1} or 99))] => TypeError: list indices must be integers or slices, not list
# (1632859180155135786318 and 1956022946366358285269) => 1956022946366358285269
# (t if () else {}) => dict([])
# [x * 1 for x in [7, 9]] => [7, 9]
# {x: x for x in {x: x for x in (n and {}) if x} if x} => TypeError: 'NoneType' object is not iterable
# (lambda v: v * 2)([]) => []
# {x: x for x in None if x} => TypeError: 'NoneType' object is not iterable
# min((lambda v: v * 2)((None and False))) => TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# [x * 1 for x in True] => TypeError: 'bool' object is not iterable
# (([x + 1 for x in t] or [x - 1 for x in 82]) in {x: x for x in [4, 0, 2][None] if x}) => TypeError: list indices must be integers or slices, not NoneType
# {x: x for x in {x: x for x in 3 if x} if x} => TypeError: 'int' object is not iterable
# (-max(n)[(lambda v: v * 2)(1000.0)]) => TypeError: 'NoneType' object is not iterable
# (lambda v: v * 2)(((True > d) if ((1, ) >= [9, 9]) else ({'x': 0, 'y': 1} or 6))) => TypeError: '>=' not supported between instances of 'tuple' and 'list'
# ((8, ) * {'x': 0, 'y': 1}) => TypeError: can't multiply sequence by non-int of type 'dict'
# (((-6 or 'x') // (-2 and [9])) >= (({} if [8, 0, 5] else [4, 3]) and ({'x': 0, 'y': 1} if (9, 0, ) else (3, )))) => TypeError: unsupported operand type(s) for //: 'int' and 'list'
# (({x: x for x in 'x' if x} / (True and {})) & (36[2.25] or ({'x': 0} or False))) => TypeError: unsupported operand type(s) for /: 'dict' and 'dict'
# (lambda v: v * 2)(9) => 18
# (lambda v: v * 2)(2283616885890446966331) => 4567233771780893932662
# [x + 1 for x in [x + 1 for x in 1942361882836256372838]] => TypeError: 'int' object is not iterable
# {x: x for x in bool((lambda v: v * 2)(1762509768395856929061)) if x} => TypeError: 'bool' object is not iterable
# {x: x for x in 3.0 if x}[True[[4]]][(+(-None))] => TypeError: 'float' object is not iterable
# ('' is 2.25) => False
# {x: x for x in 1287049219024106941922 if x} => TypeError: 'int' object is not iterable
# ((lambda v: v * 2)((t and ())) and max([x - 1 for x in 3.0])) => ()
# (~10)[(True in {'x': 0, 'y': 1})] => TypeError: 'int' object is not subscriptable
# (lambda v: v * 2)(((None ** -1.0) is (lambda v: v * 2)(1876380567635644234426))) => TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'float'
# ({'x': 0, 'y': 1} not in 3.0) => TypeError: argument of type 'float' is not iterable
# (~('x' and [2, 5, 5])) => TypeError: bad operand type for unary ~: 'list'
# [x + 1 for x in (+2115676342308852192808)] => TypeError: 'int' object is not iterable
# [x - 1 for x in (1555623855270334353384 or False)] => TypeError: 'int' object is not iterable
# {x: x for x in (((2, 4, ) if -17 else {'x': 0}) or ((6, ) and {'x': 0, 'y': 1})) if x} => dict([(2, 2), (4, 4)])
# ({x: x for x in ((8, ) >= 3.0) if x} if ((0.5 or missing) != (1556676611293321151074 or {'x': 0})) else ([x + 1 for x in l] or (+()))) => TypeError: '>=' not supported between instances of 'tuple' and 'float'
# ([1, 7] ** '') => TypeError: unsupported operand type(s) for ** or pow(): 'list' and 'str'
# ({x: x for x in (d and True) if x} or ([x * 1 for x in 'ab'] > (lambda v: v * 2)(a))) => TypeError: 'bool' object is not iterable
# ({x: x for x in [7, 3, 2] if x} * bool(t)) => TypeError: unsupported operand type(s) for *: 'dict' and 'bool'
# (([x * 1 for x in ''] or (lambda v: v * 2)({})) * ((+'ab') or int(29))) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# ((() | a) if [x - 1 for x in b] else (83 >> -11)) => TypeError: 'int' object is not iterable
# tuple((tuple(1000.0) == max(l))) => TypeError: 'float' object is not iterable
# (((lambda v: v * 2)(b) and list((0, 4, ))) in (lambda v: v * 2)(([] - 1599179773852460818035))) => TypeError: unsupported operand type(s) for -: 'list' and 'int'
# ({x: x for x in [] if x} or len([2, 7, 5])) => 3
# (1302436390793386052212 >= s)[48['']] => TypeError: '>=' not supported between instances of 'int' and 'str'
# (+{}) => TypeError: bad operand type for unary +: 'dict'
# (18[True] > (48 and [9, 5])) => TypeError: 'int' object is not subscriptable
# (([] if [9] else 0.5) or (1987628602327881526946 not in 17)) => TypeError: argument of type 'int' is not iterable
# (({x: x for x in True if x} and ({'x': 0} == False)) ^ ((-18 and [3, 1]) or ([6] or ''))) => TypeError: 'bool' object is not iterable
# (lambda v: v * 2)('Hello') => 'HelloHello'
# ({'x': 0} % -1.0) => TypeError: unsupported operand type(s) for %: 'dict' and 'float'
# ([x - 1 for x in (6, )][(1301227365605166433802 and 1427431176709316658553)] or ((lambda v: v * 2)(a) if (1905226804899910378812 if {'x': 0} else []) else False[2.25])) => IndexError: cannot fit 'int' into an index-sized integer
# {x: x for x in '' if x} => dict([])
# (({'x': 0, 'y': 1} * 89) | ({} if 1000.0 else 53)) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# {x: x for x in (lambda v: v * 2)(((1, ) != None)) if x} => TypeError: 'int' object is not iterable
# (lambda v: v * 2)(({} if (1, 0, ) else (2, 7, ))) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# {x: x for x in (5, ) if x} => dict([(5, 5)])
# ({x: x for x in {'x': 0} if x} // True[-1.0]) => TypeError: 'bool' object is not subscriptable
# (not repr([1])) => False
# ((missing if 29 else t) and {x: x for x in () if x}) => NameError: name 'missing' is not defined
# (lambda v: v * 2)((1714965573078148313789 if a else n)) => 3429931146156296627578
# ((lambda v: v * 2)(-1.0) and [x * 1 for x in -1.0])[()[None][('' | [])]] => TypeError: 'float' object is not iterable
# sum((1674693470211715063027 and 19)) => TypeError: 'int' object is not iterable
# (repr((a and 1000.0)) and ({x: x for x in 1642665195593781719654 if x} > (~{}))) => TypeError: 'int' object is not iterable
# (3.0 | -15) => TypeError: unsupported operand type(s) for |: 'float' and 'int'
# ((not (8, 3, )) is 'ab'['ab']) => TypeError: string indices must be integers, not 'str'
# ((7, 3, ) - []) => TypeError: unsupported operand type(s) for -: 'tuple' and 'list'
# ({x: x for x in False if x} or (2089316516161649125868 and 1611910650321073204648)) => TypeError: 'bool' object is not iterable
# (not -16) => False
# ({} is not {'x': 0}) => True
# [x * 1 for x in (lambda v: v * 2)(({} < 2271079637884424936861))] => TypeError: '<' not supported between instances of 'dict' and 'int'
# (((3.0 if 2.25 else {'x': 0}) if {'x': 0}[80] else {x: x for x in 3.0 if x}) or min((l in {}))) => KeyError: 80
# ({} and 1916634161027561267437) => dict([])
# (1000.0 and 2241183336645767348246) => 2241183336645767348246
# ((-[4]) // [x - 1 for x in 0]) => TypeError: bad operand type for unary -: 'list'
# {x: x for x in missing if x} => NameError: name 'missing' is not defined
# (lambda v: v * 2)(([0, 8, 3] if s else 'Hello')) => [0, 8, 3, 0, 8, 3]
# (b / {}) => TypeError: unsupported operand type(s) for /: 'int' and 'dict'
# ((([6, 2, 2] & True) / 1000.0[[]]) not in float((l if 43 else b))) => TypeError: unsupported operand type(s) for &: 'list' and 'bool'
# (7, 1, )[()] => TypeError: tuple indices must be integers or slices, not tuple
# (bool(21) // [x - 1 for x in 'ab'])[{x: x for x in [x + 1 for x in None] if x}] => TypeError: unsupported operand type(s) for -: 'str' and 'int'
# {x: x for x in {x: x for x in (-'x') if x} if x} => TypeError: bad operand type for unary -: 'str'
# (missing if [8, 8] else None) => NameError: name 'missing' is not defined
# [x - 1 for x in 1451746039846891399235] => TypeError: 'int' object is not iterable
# (({'x': 0} is not None) if (+a) else (lambda v: v * 2)(2.25)) => True
# [x + 1 for x in ('' + False)][[x + 1 for x in -1.0][(15 and 3.0)]] => TypeError: can only concatenate str (not "bool") to str
# (('ab' or 45) not in (lambda v: v * 2)((6, ))) => True
# (+min(l))[(()['x'] ** abs(True))] => TypeError: tuple indices must be integers or slices, not str
# (b % 'x') => TypeError: unsupported operand type(s) for %: 'int' and 'str'
# ([4] if (6, ) else {}) => [4]
# ([7, 0] not in None) => TypeError: argument of type 'NoneType' is not iterable
# [x * 1 for x in (+0.5)] => TypeError: 'float' object is not iterable
# ((lambda v: v * 2)(1914670753453439468781) and (False if 1988021094712679556259 else [])) => False
# (((2315933520990567554456 if 'Hello' else 'ab') and ('x' if {'x': 0} else 0.5)) if ((lambda v: v * 2)(True) if {x: x for x in True if x} else (+82)) else (tuple((1, 5, )) >> (lambda v: v * 2)({}))) => TypeError: 'bool' object is not iterable
# [x * 1 for x in [6, 2]] => [6, 2]
# (+()) => TypeError: bad operand type for unary +: 'tuple'
# (~(4, )) => TypeError: bad operand type for unary ~: 'tuple'
# [x + 1 for x in [x * 1 for x in (2145807834790918726294 if (0, ) else 'ab')]] => TypeError: 'int' object is not iterable
# 2028715876531371419181[s] => TypeError: 'int' object is not subscriptable
# ((~'x')[[x - 1 for x in 1000.0]] / {x: x for x in min(75) if x}) => TypeError: bad operand type for unary ~: 'str'
# (({x: x for x in 41 if x} or [x + 1 for x in {'x': 0, 'y': 1}]) and [x - 1 for x in ('Hello' if {'x': 0, 'y': 1} else -1.0)]) => TypeError: 'int' object is not iterable
# len((lambda v: v * 2)(((1, 9, ) or [5]))) => 4
# ((((2, ) and []) or ('Hello' or 2.25)) or (lambda v: v * 2)((1587643046020174971254 or 2102793339258089544190))) => 'Hello'
# int({x: x for x in float((0, )) if x}) => TypeError: float() argument must be a string or a real number, not 'tuple'
# (-min({x: x for x in False if x})) => TypeError: 'bool' object is not iterable
# ([x + 1 for x in bool(n)] ** tuple(('' // (8, )))) => TypeError: 'bool' object is not iterable
# 'Hello'[0.5] => TypeError: string indices must be integers, not 'float'
# (3.0 < l) => TypeError: '<' not supported between instances of 'float' and 'list'
# (({x: x for x in 1722034756740376595532 if x} or 3.0[2.25]) and (('Hello' % (7, )) % (False & -1.0))) => TypeError: 'int' object is not iterable
# (+(False == 31)) => 0
# [x + 1 for x in (2195241164638084869904 if a else 28)[(4 >= l)]] => TypeError: '>=' not supported between instances of 'int' and 'list'
# (1213838311135761285178[1329589926360837415751][('x' and [2, 3, 1])] ^ ((9, ) if [] else n)[(-(5, 1, ))]) => TypeError: 'int' object is not subscriptable
# (lambda v: v * 2)({'x': 0}) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# [x - 1 for x in (lambda v: v * 2)((() if {'x': 0, 'y': 1} else 2.25))] => []
# ((~l) or d[1474301930785108684854]) => TypeError: bad operand type for unary ~: 'list'
# (-1.0 is not 0.5) => True
# (+(-1.0 >= False)) => 0
# ((1295920181857641519081 if 38 else True) + sorted(b)) => TypeError: 'int' object is not iterable
# ([x * 1 for x in ''] or (not 1793178895854411193556)) => False
# ((('x' or 'x') >= float(1887386043762405024715)) // (1000.0[{}] // b[2.25])) => TypeError: '>=' not supported between instances of 'str' and 'float'
# {x: x for x in '' if x} => dict([])
# ({x: x for x in sorted(-1.0) if x} < [x + 1 for x in {x: x for x in t if x}]) => TypeError: 'float' object is not iterable
# ('x'[2032030870623751581269][(d and -1.0)] or (t + 1314250883506529501318)[bool({'x': 0, 'y': 1})]) => IndexError: cannot fit 'int' into an index-sized integer
# (1554371673478707390410 ** s) => TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# None[2.25] => TypeError: 'NoneType' object is not subscriptable
# ([x * 1 for x in True] or {}[[8, 8, 0]]) => TypeError: 'bool' object is not iterable
# ((+()[0.5]) | [x * 1 for x in (l and {'x': 0, 'y': 1})]) => TypeError: tuple indices must be integers or slices, not float
# ((2065199231614666484426 < b) << (lambda v: v * 2)('')) => TypeError: unsupported operand type(s) for <<: 'bool' and 'str'
# [x - 1 for x in 3.0] => TypeError: 'float' object is not iterable
# max([]) => ValueError: max() arg is an empty sequence
# [x + 1 for x in 56[58]] => TypeError: 'int' object is not subscriptable
# repr((1, 2, )) => '(1, 2)'
# [x + 1 for x in ((30 if 'ab' else 1669031483923030184429) or [x * 1 for x in None])] => TypeError: 'int' object is not iterable
# [x - 1 for x in b] => TypeError: 'int' object is not iterable
# ([x - 1 for x in {'x': 0}] and sum([7])) => TypeError: unsupported operand type(s) for -: 'str' and 'int'
# 2275589903641407639263[1587998130138282432265] => TypeError: 'int' object is not subscriptable
# {}[91] => KeyError: 91
# ((()[-1.0] and (2.25 and {'x': 0, 'y': 1})) or (lambda v: v * 2)((~True))) => TypeError: tuple indices must be integers or slices, not float
# [x + 1 for x in None] => TypeError: 'NoneType' object is not iterable
# sorted((-1.0 in True)) => TypeError: argument of type 'bool' is not iterable
# str(missing)[(0.5 or 'ab')] => NameError: name 'missing' is not defined
# float({x: x for x in (0, 7, ) if x}[(False if 58 else 1205122688296523692695)]) => KeyError: False
# (((-'Hello') or (a // 'ab')) if tuple((t or ())) else (a[[8, 0, 6]] // [x + 1 for x in 'x'])) => TypeError: bad operand type for unary -: 'str'
# ({x: x for x in {x: x for x in [] if x} if x} and ((t if [6, 0] else {}) << (55 if True else -18))) => dict([])
# (lambda v: v * 2)(a) => 14
# max((4, 1, )) => 4
# ([9, 4, 0][[1]] is not (() in 90)) => TypeError: list indices must be integers or slices, not list
# min((lambda v: v * 2)({})) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# (not (tuple({'x': 0}) and (lambda v: v * 2)(2.25))) => False
# [x + 1 for x in (min(1726449800857220122564) or ([] or None))] => TypeError: 'int' object is not iterable
# [x - 1 for x in -1.0] => TypeError: 'float' object is not iterable
# 51[1833633537204967542074] => TypeError: 'int' object is not subscriptable
# {x: x for x in 13 if x} => TypeError: 'int' object is not iterable
# ({x: x for x in 0.5 if x} or [][True]) => TypeError: 'float' object is not iterable
# [x - 1 for x in [6, 4, 5]] => [5, 3, 4]
# (({'x': 0} >= 3.0) or [x - 1 for x in 'x']) => TypeError: '>=' not supported between instances of 'dict' and 'float'
# ('x' and (8, 0, )) => (8, 0)
# {x: x for x in {x: x for x in {x: x for x in (5, 1, ) if x} if x} if x} => dict([(1, 1), (5, 5)])
# ((bool(2.25) if (lambda v: v * 2)(1813470789741107348996) else ('ab' in {'x': 0, 'y': 1})) and ((not 'Hello') <= [x + 1 for x in [9]])) => TypeError: '<=' not supported between instances of 'bool' and 'list'
# (0.5 and 2.25) => 2.25
# ((8, 6, ) <= 'Hello') => TypeError: '<=' not supported between instances of 'tuple' and 'str'
# ([x + 1 for x in 2.25] and (None if 62 else 1284956763097371455003)) => TypeError: 'float' object is not iterable
# abs((repr('') and len(l))) => 3
# [x + 1 for x in 15] => TypeError: 'int' object is not iterable
# (False if [] else -1.0) => -1.0
# (None and (9, 7, )) => None
# (([1, 5] if 43 else t) is not (-'')) => TypeError: bad operand type for unary -: 'str'
# (a or 95) => 7
# (1852061895533309545138 or 'x') => 1852061895533309545138
# (-1 - {}) => TypeError: unsupported operand type(s) for -: 'int' and 'dict'
# ((1321069044895886615743 or {}) or (66 if [] else (8, 0, ))) => 1321069044895886615743
# [x * 1 for x in 'Hello'] => ['H', 'e', 'l', 'l', 'o']
# ({'x': 0, 'y': 1} <= n) => TypeError: '<=' not supported between instances of 'dict' and 'NoneType'
# min(67) => TypeError: 'int' object is not iterable
# ({x: x for x in (5, 9, ) if x} / (-1.0 is True)) => TypeError: unsupported operand type(s) for /: 'dict' and 'bool'
# (~({'x': 0} and ''))[{x: x for x in [1, 8, 7] if x}[(None is not 15)]] => TypeError: bad operand type for unary ~: 'str'
# [x + 1 for x in [x + 1 for x in 0.5]] => TypeError: 'float' object is not iterable
# ('x' ** missing) => NameError: name 'missing' is not defined
# ([x + 1 for x in 88['x']] if ({'x': 0, 'y': 1} or {'x': 0, 'y': 1})[(23 * {})] else (lambda v: v * 2)((lambda v: v * 2)('Hello'))) => TypeError: unsupported operand type(s) for *: 'int' and 'dict'
# (-True) => -1
# (~1987505672694637513417) => -1987505672694637513418
# (+[x + 1 for x in b]) => TypeError: 'int' object is not iterable
# (lambda v: v * 2)((b + False)[(b and False)]) => TypeError: 'int' object is not subscriptable
# [x + 1 for x in abs(None)] => TypeError: bad operand type for abs(): 'NoneType'
# ((+(82 % 'ab')) or [x * 1 for x in {x: x for x in d if x}]) => TypeError: unsupported operand type(s) for %: 'int' and 'str'
# (lambda v: v * 2)((b in t))[((2.25 or 0.5) if (3.0 or 'x') else (-1.0 >= 1182653198857432292873))] => TypeError: 'int' object is not subscriptable
# (2225978666743820452525 > False) => True
# (lambda v: v * 2)(False) => 0
# (float(1236910872121986063664) if {x: x for x in 40 if x} else [x + 1 for x in 1692023155133888373498]) => TypeError: 'int' object is not iterable
# ((missing * 40) is not (False if s else a)) => NameError: name 'missing' is not defined
# (-18 >= 77) => False
# (None if 15 else n) => None
# t[{'x': 0, 'y': 1}] => TypeError: tuple indices must be integers or slices, not dict
# sum(-17) => TypeError: 'int' object is not iterable
# sorted({x: x for x in 'x' if x}) => ['x']
# (([8, 1, 1] + (6, )) and ([5, 6, 1] % d)) => TypeError: can only concatenate list (not "tuple") to list
# ([2, 1, 8] and 'ab') => 'ab'
# [x + 1 for x in 'ab'] => TypeError: can only concatenate str (not "int") to str
# (+{'x': 0}) => TypeError: bad operand type for unary +: 'dict'
# ((None and ()) > (2311425804680958408329 <= 'x')) => TypeError: '<=' not supported between instances of 'int' and 'str'
# ((lambda v: v * 2)([x + 1 for x in 38]) or ([x * 1 for x in False] if (3.0 != 44) else (d and 1000.0))) => TypeError: 'int' object is not iterable
# (+'x'[1703276703869570169988]) => IndexError: cannot fit 'int' into an index-sized integer
# max(({x: x for x in [2, 8] if x} or (a if [0, 3] else b))) => 8
# [x * 1 for x in ([x * 1 for x in 'Hello'] if (False < d) else (True and False))] => TypeError: '<' not supported between instances of 'bool' and 'dict'
# ({'x': 0}[[]][[x * 1 for x in 52]] if ((True not in ()) and (lambda v: v * 2)({'x': 0, 'y': 1})) else (lambda v: v * 2)({})[({'x': 0, 'y': 1} or [])]) => TypeError: unsupported operand type(s) for *: 'dict' and 'int'
# (47 >> -20) => ValueError: negative shift count
# ((lambda v: v * 2)('x') * (not [7, 0, 5]))[(lambda v: v * 2)((1872580763147908234762 or False))] => IndexError: cannot fit 'int' into an index-sized integer
# (not None) => True
# [x * 1 for x in (+'')] => TypeError: bad operand type for unary +: 'str'
# {x: x for x in t if x} => dict([(1, 1), (2, 2), (3, 3)])
# [x + 1 for x in (~31)] => TypeError: 'int' object is not iterable
# abs(True) => 1
# ((not False)[{x: x for x in () if x}] if ('ab' or (3, 6, ))[tuple({'x': 0, 'y': 1})] else {x: x for x in ([9] <= 70) if x}) => TypeError: string indices must be integers, not 'tuple'
# (lambda v: v * 2)([]) => []
# ((lambda v: v * 2)((5, ))[sorted({})] or ({x: x for x in 'x' if x} % (not 1368280443359865954930))) => TypeError: tuple indices must be integers or slices, not list
# (~([3] if n else -20)) => 19
# ((None[{'x': 0}] or [x + 1 for x in 'ab']) or ({x: x for x in d if x} if (False and 2173112486293919334673) else (lambda v: v * 2)(3.0))) => TypeError: 'NoneType' object is not subscriptable
# ('x' >> {'x': 0, 'y': 1}) => TypeError: unsupported operand type(s) for >>: 'str' and 'dict'
# ((not sorted({'x': 0})) or ([5] if 'ab' else t)[((2, 1, ) >> 0.5)]) => TypeError: unsupported operand type(s) for >>: 'tuple' and 'float'
# {x: x for x in ([5, 8] or {'x': 0, 'y': 1}) if x} => dict([(5, 5), (8, 8)])
# ([x * 1 for x in ()] - str([9, 2])) => TypeError: unsupported operand type(s) for -: 'list' and 'str'
# (2270514862702217338749 and l) => [4, 5, 6]
# (1000.0 is not (5, )) => True
# (lambda v: v * 2)(([1] or [])) => [1, 1]
# 400 expressions
