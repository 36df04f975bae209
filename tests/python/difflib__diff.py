# Differential check of difflib against CPython: generated pairs of line
# lists (edits of a random text: lines changed a little or a lot, moved,
# inserted, deleted, blank and '#' lines) through unified_diff,
# context_diff, ndiff (and restore), SequenceMatcher's opcodes, grouped
# opcodes, ratios and matching blocks (with and without junk and
# autojunk, on strs and on long lists), and get_close_matches; each
# group's outputs go into a digest printed with counts.
import difflib
import hashlib

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


WORDS = ["the", "cat", "sat", "on", "a", "mat", "and", "dog", "ran", "#",
         "", "x = 1", "    return y", "\t", "print(x)"]


def line():
    return " ".join(WORDS[rnd(len(WORDS))] for _ in range(rnd(5))) + "\n"


def tweak(s):
    chars = list(s)
    for _ in range(rnd(3) + 1):
        k = rnd(4)
        p = rnd(len(chars) + 1)
        if k == 0 and chars:
            del chars[min(p, len(chars) - 1)]
        elif k == 1:
            chars.insert(p, "abcxyz #\t"[rnd(9)])
        elif k == 2 and chars:
            chars[min(p, len(chars) - 1)] = "QZ"[rnd(2)]
    return "".join(chars)


def edit(a):
    b = list(a)
    for _ in range(rnd(5)):
        k = rnd(5)
        p = rnd(len(b) + 1)
        if k == 0:
            b.insert(p, line())
        elif k == 1 and b:
            del b[min(p, len(b) - 1)]
        elif k == 2 and b:
            i = min(p, len(b) - 1)
            b[i] = tweak(b[i])
        elif k == 3 and b:
            i = min(p, len(b) - 1)
            b.insert(rnd(len(b) + 1), b.pop(i))
        elif k == 4 and b:
            i = min(p, len(b) - 1)
            b[i] = line()
    return b


def pair():
    a = [line() for _ in range(rnd(14))]
    return a, edit(a)


def put(h, x):
    h.update(repr(x).encode())


h = hashlib.md5()
n = 0
for _ in range(40):
    a, b = pair()
    out = list(difflib.unified_diff(a, b, "a.txt", "b.txt", n=rnd(4)))
    n += len(out)
    put(h, out)
print("unified", n, h.hexdigest()[:16])

h = hashlib.md5()
n = 0
for _ in range(40):
    a, b = pair()
    out = list(difflib.context_diff(a, b, "a", "b", "d1", "d2", n=rnd(4)))
    n += len(out)
    put(h, out)
print("context", n, h.hexdigest()[:16])

h = hashlib.md5()
n = 0
ok = 0
for k in range(40):
    a, b = pair()
    if k % 3 == 0:
        delta = list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK))
    elif k % 3 == 1:
        delta = list(difflib.ndiff(a, b, charjunk=None))
    else:
        delta = list(difflib.ndiff(a, b))
    n += len(delta)
    ok += list(difflib.restore(delta, 1)) == a and list(difflib.restore(delta, 2)) == b
    put(h, delta)
print("ndiff", n, ok, h.hexdigest()[:16])

h = hashlib.md5()
n = 0
for k in range(60):
    a = "".join("abcd "[rnd(5)] for _ in range(rnd(30)))
    b = tweak(tweak(a))
    junk = [None, lambda c: c == " ", lambda c: c in "ab"][k % 3]
    s = difflib.SequenceMatcher(junk, a, b, autojunk=bool(k % 2))
    put(h, s.get_opcodes())
    put(h, s.get_matching_blocks())
    put(h, list(s.get_grouped_opcodes(rnd(3))))
    put(h, (s.ratio(), s.quick_ratio(), s.real_quick_ratio()))
    put(h, s.find_longest_match(rnd(5), len(a), 0, len(b)))
    n += len(s.get_opcodes())
print("matcher", n, h.hexdigest()[:16])

h = hashlib.md5()
n = 0
for k in range(6):
    a = [rnd(8) for _ in range(200 + rnd(150))]
    b = list(a)
    for _ in range(20):
        b[rnd(len(b))] = rnd(12)
    s = difflib.SequenceMatcher(None, a, b, autojunk=k % 2 == 0)
    put(h, s.get_opcodes())
    put(h, sorted(s.bpopular))
    put(h, round(s.ratio(), 12))
    n += len(s.get_opcodes())
print("long", n, h.hexdigest()[:16])

h = hashlib.md5()
words = ["".join("abcdefg"[rnd(7)] for _ in range(rnd(6) + 2)) for _ in range(80)]
n = 0
for k in range(30):
    w = tweak(words[rnd(80)])
    got = difflib.get_close_matches(w, words, n=1 + rnd(4), cutoff=[0.0, 0.5, 0.6, 0.8][rnd(4)])
    n += len(got)
    put(h, got)
print("close", n, h.hexdigest()[:16])
print(difflib.SequenceMatcher[str])

# Output:
# unified 279 852446542788e83e
# context 365 29fce58d7273e6c4
# ndiff 344 40 daa8457d54fb52b6
# matcher 254 8e9d01f1b5725cef
# long 101 029350a01ca73eba
# close 38 dc837ac808a85523
# difflib.SequenceMatcher[str]
