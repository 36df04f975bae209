# Differential check of csv against CPython: generated rows (quotes,
# commas, newlines, spaces, escapes, empty fields, numbers, None) written
# with each dialect and quoting mode, then read back with the same
# dialect; every written text and every row read (or the error) goes into
# a digest per group, printed with counts. Raw generated lines are also
# parsed with random dialects (strict, escapechar, skipinitialspace,
# doublequote off).
import csv
import io
import hashlib

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


PIECES = ["a", "b c", ",", '"', "'", "\n", "\r", "\r\n", " ", "\\", ";",
          "\t", "x|y", "1", "-2.5", "é", "|"]


def field():
    k = rnd(10)
    if k == 0:
        return ""
    if k == 1:
        return rnd(1000) - 500
    if k == 2:
        return (rnd(1000) - 500) / 8
    if k == 3:
        return None
    return "".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(4)))


def row():
    return [field() for _ in range(rnd(5))]


DIALECTS = [
    {},
    {"dialect": "excel-tab"},
    {"dialect": "unix"},
    {"quoting": csv.QUOTE_ALL},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\", "quotechar": None},
    {"doublequote": False, "escapechar": "\\"},
    {"delimiter": ";", "quotechar": "'", "lineterminator": "\n"},
    {"delimiter": "|", "escapechar": "\\", "skipinitialspace": True},
    {"quoting": csv.QUOTE_MINIMAL, "lineterminator": "\r"},
    {"doublequote": False},
    {"quoting": csv.QUOTE_NONE},
]


def digest(h, obj):
    h.update(repr(obj).encode())


def roundtrip():
    for i, kw in enumerate(DIALECTS):
        h = hashlib.md5()
        counts = {"ok": 0}
        for _ in range(40):
            rows = [row() for _ in range(rnd(4) + 1)]
            out = io.StringIO()
            try:
                w = csv.writer(out, **kw)
                n = 0
                for r in rows:
                    n += w.writerow(r)
                digest(h, n)
            except Exception as e:
                name = type(e).__name__ + ": " + str(e)
                counts[name] = counts.get(name, 0) + 1
                digest(h, name)
                continue
            text = out.getvalue()
            digest(h, text)
            try:
                back = list(csv.reader(io.StringIO(text, newline=""), **kw))
                counts["ok"] += 1
                digest(h, back)
            except Exception as e:
                name = "read " + type(e).__name__ + ": " + str(e)
                counts[name] = counts.get(name, 0) + 1
                digest(h, name)
        print("write", i, sorted(counts.items()), h.hexdigest()[:16])


RAW = ['"', ",", "a", " ", "\\", "\n", "\r", "'", ";", "x", '""', "1", "\t"]

READ_DIALECTS = [
    {},
    {"strict": True},
    {"escapechar": "\\"},
    {"escapechar": "\\", "strict": True},
    {"skipinitialspace": True},
    {"doublequote": False},
    {"doublequote": False, "escapechar": "\\", "strict": True},
    {"quoting": csv.QUOTE_NONE},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"delimiter": ";", "quotechar": "'"},
    {"delimiter": " ", "skipinitialspace": True},
]


def raw_reads():
    for i, kw in enumerate(READ_DIALECTS):
        h = hashlib.md5()
        counts = {}
        for _ in range(60):
            lines = []
            for _ in range(rnd(3) + 1):
                lines.append("".join(RAW[rnd(len(RAW))] for _ in range(rnd(8))))
            r = csv.reader(lines, **kw)
            got = []
            try:
                for rec in r:
                    got.append((rec, r.line_num))
                key = "ok"
            except Exception as e:
                key = type(e).__name__ + ": " + str(e)
                got.append(key)
            counts[key] = counts.get(key, 0) + 1
            digest(h, got)
        print("read", i, sorted(counts.items()), h.hexdigest()[:16])


roundtrip()
raw_reads()
