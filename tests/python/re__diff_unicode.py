# Differential walk of re over non-ASCII text: case-insensitive matching
# (simple case folding with CPython's equivalences: i/I/ı/İ, s/ſ, k/K,
# σ/ς/Σ, µ/μ), Unicode and ASCII categories, classes with ranges, str and
# bytes. CPython's output is the expectation.
import random
import re
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 7
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 300
random.seed(SEED)

CHARS = ["a", "A", "s", "S", "k", "K", "i", "I", "\u0131", "\u0130", "\u017f",
         "\u212a", "\u03c3", "\u03c2", "\u03a3", "\u00b5", "\u03bc", "\u00df",
         "\u1e9e", "\u00e9", "\u00c9", "\u0663", "\u00b2", "\u2167", "_", " ",
         "\u00a0", "\u2028", "\x1c", "\n", "1", "\u4e00", "\U0001d7d8", "-"]
ITEMS = ["a", "s", "k", "i", "\u0131", "\u017f", "\u03c3", "\u00e9", "\u00df",
         "A-Z", "a-z", "\u00c0-\u00ff", "\u0390-\u03ff", "\\d", "\\w", "\\s",
         "\\W", "\\D", "\\S", "\u0130", "\u212a", "\u00b5"]


def piece():
    r = random.random()
    if r < 0.5:
        return random.choice(CHARS[:-1] + ["\\w", "\\W", "\\d", "\\D", "\\s",
                                          "\\S", "\\b", "\\B", "."])
    neg = "^" if random.random() < 0.3 else ""
    return "[" + neg + "".join(random.choice(ITEMS)
                               for _ in range(random.randint(1, 3))) + "]"


def pattern():
    out = []
    for _ in range(random.randint(1, 3)):
        p = piece()
        if p not in ("\\b", "\\B"):
            p += random.choice(["", "", "+", "*", "?", "{2}"])
        out.append(p)
    return "".join(out)


for i in range(COUNT):
    p = pattern()
    flags = random.choice([0, re.I, re.I, re.A, re.I | re.A])
    s = "".join(random.choice(CHARS) for _ in range(random.randint(0, 8)))
    try:
        c = re.compile(p, flags)
    except re.error as e:
        print(i, ascii(p), "error:", e)
        continue
    print(i, ascii(p), flags, ascii(s), ascii(c.findall(s)),
          ascii(c.fullmatch(s) and c.fullmatch(s).span()))
    # bytes: the same pattern with its non-Latin-1 characters dropped
    bp = "".join(ch for ch in p if ord(ch) < 256).encode("latin-1")
    bs = "".join(ch for ch in s if ord(ch) < 256).encode("latin-1")
    bflags = flags & ~re.A if random.random() < 0.5 else flags
    try:
        bc = re.compile(bp, bflags & ~re.U)
        print("  b", ascii(bp), bc.findall(bs))
    except (re.error, ValueError) as e:
        print("  b", ascii(bp), "error:", e)
