# The common %-formats (bare %s, %d, %i, %r and %%) against CPython:
# generated formats and arguments of many types, the errors of too few
# and too many arguments, mappings, and str() of ints, strs and objects.

seed = 7


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


class S:
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class Sub(str):
    def __str__(self):
        return "sub-str"


class Idx:
    def __index__(self):
        return 42


VALUES = [0, -1, 7, 2**63 - 1, -2**63, 2**70, -2**70, True, False, 3.75, -0.5,
          "txt", "", "é中", S(), None, [1, "a"], (2,), {"k": 1}, b"b"]
PIECES = ["%s", "%d", "%i", "%r", "%%", "a", "-", " ", "é"]

results = []
for _ in range(3000):
    fmt = "".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(6)))
    n = fmt.replace("%%", "").count("%") + rnd(3) - 1
    args = tuple(VALUES[rnd(len(VALUES))] for _ in range(max(n, 0)))
    arg = args if rnd(4) else (args[0] if len(args) == 1 else args)
    try:
        results.append(fmt % arg)
    except Exception as e:
        results.append(f"{type(e).__name__}: {e}")
h = 0
for r in results:
    for ch in r:
        h = (h * 1000003 + ord(ch)) % 2**61
print(len(results), h)
print(sum(r.startswith("TypeError") for r in results))

print("%s and %d" % ("x", 5), "%s" % {"a": 1}, "%s" % ({"a": 1},))
print("%d%%" % 50, "%r" % "q", "%s" % [1], "%i" % 3.9, "%d" % Idx())
for bad in [("%d", "s"), ("%s %s", ("one",)), ("%s", (1, 2)), ("x", 5), ("%d", None)]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
print("x" % {"unused": 1}, "%s" % {"k": 2}, repr("" % [1]), repr("é" % b"x"), "%s|%r" % (Sub("x"), Sub("y")))
print([str(v) for v in VALUES[:12]], str(Sub("y")), str(S()), str(2**64), str(-0))

# Output:
# 3000 1831204286522212596
# 1872
# x and 5 {'a': 1} {'a': 1}
# 50% 'q' [1] 3 42
# TypeError: %d format: a real number is required, not str
# TypeError: not enough arguments for format string
# TypeError: not all arguments converted during string formatting
# TypeError: not all arguments converted during string formatting
# TypeError: %d format: a real number is required, not NoneType
# x {'k': 2} '' 'é' sub-str|'y'
# ['0', '-1', '7', '9223372036854775807', '-9223372036854775808', '1180591620717411303424', '-1180591620717411303424', 'True', 'False', '3.75', '-0.5', 'txt'] sub-str S-str 18446744073709551616 0
