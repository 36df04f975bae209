# Differential walk of re: random patterns from a grammar of the syntax
# (literals, classes, groups, all quantifiers, look-arounds, backreferences,
# conditionals, anchors, inline flags) and random subjects; every result
# (or error) is printed, so CPython's output is the expectation.
# tests/tools/re_diff.py runs other seeds side by side.
import random
import re
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 300

ALPHA = "abcAB_ 1\n-"
ANCHORS = ("^", "$", "\\A", "\\Z", "\\b", "\\B")
random.seed(SEED)
rng = random


def atom(depth, ngroups):
    r = rng.random()
    if r < 0.4 or depth > 2:
        return rng.choice(["a", "b", "c", "A", "B", "1", "_", " ", "\\n", "-",
                           ".", "\\d", "\\w", "\\s", "\\W", "\\D", "\\S", "\\-"])
    if r < 0.5:
        neg = "^" if rng.random() < 0.3 else ""
        items = "".join(rng.choice(["a", "b", "A-C", "a-c", "\\d", "\\w", "_",
                                    "\\s", "1", "-", "\\n"])
                        for _ in range(rng.randint(1, 3)))
        return "[" + neg + items + "]"
    if r < 0.58:
        return rng.choice(["^", "$", "\\A", "\\Z", "\\b", "\\B"])
    if r < 0.66 and ngroups[0] > 0:
        g = rng.randint(1, ngroups[0])
        return rng.choice(["\\%d" % g, "(?(%d)a|b)" % g, "(?(%d)%s)" % (g, alt(depth + 1, ngroups))])
    kind = rng.choice(["(", "(", "(?:", "(?P<n%d>" % rng.randint(0, 99), "(?>",
                       "(?=", "(?!", "(?<=", "(?<!", "(?i:", "(?-i:", "(?s:", "(?m:"])
    if kind.startswith("(?<=") or kind.startswith("(?<!"):
        body = "".join(rng.choice(["a", "b", "\\w", "[ab]", "."]) for _ in range(rng.randint(1, 2)))
        return kind + body + ")"
    if kind == "(" or kind.startswith("(?P"):
        ngroups[0] += 1
    return kind + alt(depth + 1, ngroups) + ")"


def quant():
    r = rng.random()
    if r < 0.6:
        return ""
    q = rng.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}"])
    return q + rng.choice(["", "", "?", "+"])


def seq(depth, ngroups):
    out = []
    for _ in range(rng.randint(1, 4)):
        a = atom(depth, ngroups)
        out.append(a if a in ANCHORS and rng.random() < 0.9 else a + quant())
    return "".join(out)


def alt(depth, ngroups):
    n = 1 if rng.random() < 0.7 else rng.randint(2, 3)
    return "|".join(seq(depth, ngroups) for _ in range(n))


def pattern():
    p = alt(0, [0])
    if rng.random() < 0.15:
        p = rng.choice(["(?i)", "(?m)", "(?s)", "(?x)", "(?a)"]) + p
    return p


def subject():
    return "".join(rng.choice(ALPHA) for _ in range(rng.randint(0, 12)))


def show(f):
    try:
        return repr(f())
    except (re.error, ValueError, TypeError, IndexError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


for i in range(COUNT):
    p = pattern()
    flags = rng.choice([0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A])
    try:
        c = re.compile(p, flags)
    except re.error as e:
        print(i, repr(p), "error:", e)
        continue
    s = subject()
    m = c.search(s)
    print(i, repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex))
    print(" ", show(lambda: c.match(s) and c.match(s).span()),
          show(lambda: c.fullmatch(s) and c.fullmatch(s).span()))
    print(" ", show(lambda: c.findall(s)))
    print(" ", show(lambda: c.sub("<\\g<0>>", s)), show(lambda: c.split(s)))
