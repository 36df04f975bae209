# The builtin iterators' __reduce__, __setstate__ and __length_hint__:
# rebuilding an iterator from its reduce value gives the same remaining
# items, at every position, for every iterator type.

def rebuild(it):
    r = it.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2:
        new.__setstate__(r[2])
    return new


def show(r):
    # The reduce value with iterator arguments shown by type.
    def one(x):
        if type(x).__name__.endswith("iterator") or type(x).__name__ in ("zip", "map", "enumerate", "filter", "reversed"):
            return "<" + type(x).__name__ + ">"
        if callable(x) and hasattr(x, "__name__"):
            return x.__name__
        return repr(x)
    return "(" + one(r[0]) + ", (" + ", ".join(one(x) for x in r[1]) + ")" + (", " + repr(r[2]) if len(r) > 2 else "") + ")"


class Seq:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Seq({self.n})"
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i * 10
        raise IndexError(i)


class NoLen:
    def __repr__(self):
        return "NoLen()"
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


def makers():
    return [
        ("list", lambda: iter([1, 2, 3])),
        ("tuple", lambda: iter((1, 2, 3))),
        ("str", lambda: iter("abc")),
        ("str non-ascii", lambda: iter("héllo")),
        ("bytes", lambda: iter(b"xyz")),
        ("range", lambda: iter(range(2, 20, 3))),
        ("range neg", lambda: iter(range(10, -3, -4))),
        ("range big", lambda: iter(range(2**70, 2**70 + 3))),
        ("dict keys", lambda: iter({1: "a", 2: "b", 3: "c"})),
        ("dict values", lambda: iter({1: "a", 2: "b"}.values())),
        ("dict items", lambda: iter({1: "a", 2: "b"}.items())),
        ("set", lambda: iter({7})),
        ("reversed list", lambda: reversed([1, 2, 3])),
        ("reversed tuple", lambda: reversed((1, 2, 3))),
        ("reversed str", lambda: reversed("aé€")),
        ("reversed seq", lambda: reversed(Seq(3))),
        ("seq iterator", lambda: iter(Seq(3))),
        ("seq no len", lambda: iter(NoLen())),
        ("callable", lambda: iter(iter([1, 2, 3, 4]).__next__, 3)),
        ("enumerate", lambda: enumerate("ab", 5)),
        ("zip", lambda: zip("abc", [1, 2, 3])),
        ("map", lambda: map(abs, [-1, -2])),
        ("filter", lambda: filter(None, [0, 1, 2])),
    ]


for name, make in makers():
    it = make()
    line = [name, type(it).__name__]
    step = 0
    while True:
        hint = it.__length_hint__() if hasattr(it, "__length_hint__") else "-"
        try:
            rest = list(rebuild(it))
        except Exception as e:
            rest = type(e).__name__
        line.append(f"{step}:{hint}:{rest}")
        try:
            next(it)
        except StopIteration:
            break
        step += 1
    print(" ".join(str(x) for x in line))
    hint = it.__length_hint__() if hasattr(it, "__length_hint__") else "-"
    print("  exhausted:", hint, show(it.__reduce__()), list(rebuild(it)))

print("which methods:")
for name, make in makers():
    it = make()
    print(" ", type(it).__name__, [m for m in ("__reduce__", "__setstate__", "__length_hint__") if hasattr(it, m)])

print("reduce values:")
for name, make in makers():
    it = make()
    next(it)
    print(" ", name, show(it.__reduce__()))

print("setstate:")
for make, states in [
    (lambda: iter([1, 2, 3]), [-5, 0, 1, 3, 10, True]),
    (lambda: iter("héllo"), [-1, 2, 5, 9]),
    (lambda: iter(b"ab"), [1, 7]),
    (lambda: iter(range(10)), [-3, 3, 10, 30]),
    (lambda: iter(range(10, 0, -2)), [2]),
    (lambda: reversed([1, 2, 3]), [-5, -1, 0, 1, 2, 7]),
    (lambda: reversed("aé€"), [0, 1, 5]),
    (lambda: reversed(Seq(4)), [-2, 0, 2, 9]),
    (lambda: iter(Seq(4)), [-2, 2, 9]),
]:
    for s in states:
        it = make()
        it.__setstate__(s)
        print(" ", type(it).__name__, s, list(it))

for bad in ["x", 1.5, 2**70, None]:
    for make in (lambda: iter([1]), lambda: reversed([1]), lambda: iter(range(3))):
        try:
            make().__setstate__(bad)
            print("ok", bad)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)

# An exhausted list iterator stays exhausted, however the list grows.
l = [1]
it = iter(l)
for x in it:
    pass
l.append(2)
print(list(it), it.__length_hint__())
it = iter(l)
list(it)
it.__setstate__(0)
print(list(it))

# zip keeps asking its inputs after its end, as CPython's does.
a = iter([1, 2])
z = zip(a, [10, 20, 30])
print(list(z), list(z))

# zip(strict=True) is lazy and reports the first input that differs.
z = zip([1, 2], [3], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
z = zip([1], [2, 3], [4], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
z = zip([1, 2], [3, 4], strict=False)
z.__setstate__(True)
print(z.__reduce__()[2:], list(z))

# Output:
# list list_iterator 0:3:[1, 2, 3] 1:2:[2, 3] 2:1:[3] 3:0:[]
#   exhausted: 0 (iter, ([])) []
# tuple tuple_iterator 0:3:[1, 2, 3] 1:2:[2, 3] 2:1:[3] 3:0:[]
#   exhausted: 0 (iter, (())) []
# str str_ascii_iterator 0:3:['a', 'b', 'c'] 1:2:['b', 'c'] 2:1:['c'] 3:0:[]
#   exhausted: 0 (iter, ('')) []
# str non-ascii str_iterator 0:5:['h', 'é', 'l', 'l', 'o'] 1:4:['é', 'l', 'l', 'o'] 2:3:['l', 'l', 'o'] 3:2:['l', 'o'] 4:1:['o'] 5:0:[]
#   exhausted: 0 (iter, ('')) []
# bytes bytes_iterator 0:3:[120, 121, 122] 1:2:[121, 122] 2:1:[122] 3:0:[]
#   exhausted: 0 (iter, (())) []
# range range_iterator 0:6:[2, 5, 8, 11, 14, 17] 1:5:[5, 8, 11, 14, 17] 2:4:[8, 11, 14, 17] 3:3:[11, 14, 17] 4:2:[14, 17] 5:1:[17] 6:0:[]
#   exhausted: 0 (iter, (range(2, 20, 3)), 6) []
# range neg range_iterator 0:4:[10, 6, 2, -2] 1:3:[6, 2, -2] 2:2:[2, -2] 3:1:[-2] 4:0:[]
#   exhausted: 0 (iter, (range(10, -6, -4)), 4) []
# range big longrange_iterator 0:3:[1180591620717411303424, 1180591620717411303425, 1180591620717411303426] 1:2:[1180591620717411303425, 1180591620717411303426] 2:1:[1180591620717411303426] 3:0:[]
#   exhausted: 0 (iter, (range(1180591620717411303424, 1180591620717411303427)), 3) []
# dict keys dict_keyiterator 0:3:[1, 2, 3] 1:2:[2, 3] 2:1:[3] 3:0:[]
#   exhausted: 0 (iter, ([])) []
# dict values dict_valueiterator 0:2:['a', 'b'] 1:1:['b'] 2:0:[]
#   exhausted: 0 (iter, ([])) []
# dict items dict_itemiterator 0:2:[(1, 'a'), (2, 'b')] 1:1:[(2, 'b')] 2:0:[]
#   exhausted: 0 (iter, ([])) []
# set set_iterator 0:1:[7] 1:0:[]
#   exhausted: 0 (iter, ([])) []
# reversed list list_reverseiterator 0:3:[3, 2, 1] 1:2:[2, 1] 2:1:[1] 3:0:[]
#   exhausted: 0 (iter, ([])) []
# reversed tuple reversed 0:3:[3, 2, 1] 1:2:[2, 1] 2:1:[1] 3:0:[]
#   exhausted: 0 (reversed, (())) []
# reversed str reversed 0:3:['€', 'é', 'a'] 1:2:['é', 'a'] 2:1:['a'] 3:0:[]
#   exhausted: 0 (reversed, (())) []
# reversed seq reversed 0:3:[20, 10, 0] 1:2:[10, 0] 2:1:[0] 3:0:[]
#   exhausted: 0 (reversed, (())) []
# seq iterator iterator 0:3:[0, 10, 20] 1:2:[10, 20] 2:1:[20] 3:0:[]
#   exhausted: 0 (iter, (())) []
# seq no len iterator 0:NotImplemented:[0, 1, 2] 1:NotImplemented:[1, 2] 2:NotImplemented:[2] 3:NotImplemented:[]
#   exhausted: 0 (iter, (())) []
# callable callable_iterator 0:-:[1, 2] 1:-:[]
#   exhausted: - (iter, (())) []
# enumerate enumerate 0:-:[(5, 'a'), (6, 'b')]
#   exhausted: - (enumerate, (<str_ascii_iterator>, 5)) []
# zip zip 0:-:[('a', 1), ('b', 2), ('c', 3)]
#   exhausted: - (zip, (<str_ascii_iterator>, <list_iterator>)) []
# map map 0:-:[1, 2]
#   exhausted: - (map, (abs, <list_iterator>)) []
# filter filter 0:-:[1, 2]
#   exhausted: - (filter, (None, <list_iterator>)) []
# which methods:
#   list_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   tuple_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   str_ascii_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   str_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   bytes_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   range_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   range_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   longrange_iterator ['__reduce__', '__setstate__', '__length_hint__']
#   dict_keyiterator ['__reduce__', '__length_hint__']
#   dict_valueiterator ['__reduce__', '__length_hint__']
#   dict_itemiterator ['__reduce__', '__length_hint__']
#   set_iterator ['__reduce__', '__length_hint__']
#   list_reverseiterator ['__reduce__', '__setstate__', '__length_hint__']
#   reversed ['__reduce__', '__setstate__', '__length_hint__']
#   reversed ['__reduce__', '__setstate__', '__length_hint__']
#   reversed ['__reduce__', '__setstate__', '__length_hint__']
#   iterator ['__reduce__', '__setstate__', '__length_hint__']
#   iterator ['__reduce__', '__setstate__', '__length_hint__']
#   callable_iterator ['__reduce__']
#   enumerate ['__reduce__']
#   zip ['__reduce__', '__setstate__']
#   map ['__reduce__']
#   filter ['__reduce__']
# reduce values:
#   list (iter, ([1, 2, 3]), 1)
#   tuple (iter, ((1, 2, 3)), 1)
#   str (iter, ('abc'), 1)
#   str non-ascii (iter, ('héllo'), 1)
#   bytes (iter, (b'xyz'), 1)
#   range (iter, (range(2, 20, 3)), 1)
#   range neg (iter, (range(10, -6, -4)), 1)
#   range big (iter, (range(1180591620717411303424, 1180591620717411303427)), 1)
#   dict keys (iter, ([2, 3]))
#   dict values (iter, (['b']))
#   dict items (iter, ([(2, 'b')]))
#   set (iter, ([]))
#   reversed list (reversed, ([1, 2, 3]), 1)
#   reversed tuple (reversed, ((1, 2, 3)), 1)
#   reversed str (reversed, ('aé€'), 1)
#   reversed seq (reversed, (Seq(3)), 1)
#   seq iterator (iter, (Seq(3)), 1)
#   seq no len (iter, (NoLen()), 1)
#   callable (iter, (__next__, 3))
#   enumerate (enumerate, (<str_ascii_iterator>, 6))
#   zip (zip, (<str_ascii_iterator>, <list_iterator>))
#   map (map, (abs, <list_iterator>))
#   filter (filter, (None, <list_iterator>))
# setstate:
#   list_iterator -5 [1, 2, 3]
#   list_iterator 0 [1, 2, 3]
#   list_iterator 1 [2, 3]
#   list_iterator 3 []
#   list_iterator 10 []
#   list_iterator True [2, 3]
#   str_iterator -1 ['h', 'é', 'l', 'l', 'o']
#   str_iterator 2 ['l', 'l', 'o']
#   str_iterator 5 []
#   str_iterator 9 []
#   bytes_iterator 1 [98]
#   bytes_iterator 7 []
#   range_iterator -3 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
#   range_iterator 3 [3, 4, 5, 6, 7, 8, 9]
#   range_iterator 10 []
#   range_iterator 30 []
#   range_iterator 2 [6, 4, 2]
#   list_reverseiterator -5 []
#   list_reverseiterator -1 []
#   list_reverseiterator 0 [1]
#   list_reverseiterator 1 [2, 1]
#   list_reverseiterator 2 [3, 2, 1]
#   list_reverseiterator 7 [3, 2, 1]
#   reversed 0 ['a']
#   reversed 1 ['é', 'a']
#   reversed 5 ['€', 'é', 'a']
#   reversed -2 []
#   reversed 0 [0]
#   reversed 2 [20, 10, 0]
#   reversed 9 [30, 20, 10, 0]
#   iterator -2 [0, 10, 20, 30]
#   iterator 2 [20, 30]
#   iterator 9 []
# TypeError an integer is required
# TypeError an integer is required
# TypeError 'str' object cannot be interpreted as an integer
# TypeError an integer is required
# TypeError an integer is required
# TypeError 'float' object cannot be interpreted as an integer
# OverflowError Python int too large to convert to C ssize_t
# OverflowError Python int too large to convert to C ssize_t
# OverflowError Python int too large to convert to C long
# TypeError an integer is required
# TypeError an integer is required
# TypeError 'NoneType' object cannot be interpreted as an integer
# [] 0
# []
# [(1, 10), (2, 20)] []
# (1, 3)
# ValueError: zip() argument 2 is shorter than argument 1
# (1, 2, 4)
# ValueError: zip() argument 2 is longer than argument 1
# (True,) [(1, 3), (2, 4)]
