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

# Output:
# write 0 [('ok', 40)] 932a1a461f451997
# write 1 [('ok', 40)] ab4d79457c59a066
# write 2 [('ok', 40)] c247e123da6f645a
# write 3 [('ok', 40)] 356644ad72eaedc6
# write 4 [('ok', 40)] 0bc4dae194ac2986
# write 5 [('Error: single empty field record must be quoted', 4), ('ok', 36)] 626f076b2aee09fe
# write 6 [('Error: single empty field record must be quoted', 10), ('ok', 30)] 78749a8717819fdc
# write 7 [('ok', 40)] 5de030d2bb4752db
# write 8 [('ok', 40)] 596ec2cbae5c2dc7
# write 9 [('ok', 40)] 56b2276eba63048f
# write 10 [('ok', 40)] 1c12f8b106b7fa0b
# write 11 [('Error: need to escape, but no escapechar set', 6), ('ok', 34)] f19112da1bc1cc38
# write 12 [('Error: need to escape, but no escapechar set', 22), ('Error: single empty field record must be quoted', 4), ('ok', 14)] 21f4b5742d667768
# read 0 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 25), ('ok', 35)] 251a156f26dd0189
# read 1 [('Error: \',\' expected after \'"\'', 8), ('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 20), ('Error: unexpected end of data', 6), ('ok', 26)] 3736e3fdb0018ede
# read 2 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 23), ('ok', 37)] 84a16a91d9aaf9e3
# read 3 [('Error: \',\' expected after \'"\'', 4), ('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 26), ('Error: unexpected end of data', 5), ('ok', 25)] 929662e81fdde601
# read 4 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 27), ('ok', 33)] d672970f35c3196b
# read 5 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 23), ('ok', 37)] 578037c4b888b5d9
# read 6 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 31), ('Error: unexpected end of data', 6), ('ok', 23)] a2a81f66d47aa626
# read 7 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 26), ('ok', 34)] 07221c4bcfb0026f
# read 8 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 30), ('ok', 30)] 7e872087edb556fa
# read 9 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 10), ('ValueError: could not convert string to float: " \'"', 1), ('ValueError: could not convert string to float: "\' 11x1"', 1), ('ValueError: could not convert string to float: "\'"', 1), ('ValueError: could not convert string to float: "\'\'"', 1), ('ValueError: could not convert string to float: "\';\'\'1"', 1), ('ValueError: could not convert string to float: "1\'"', 1), ('ValueError: could not convert string to float: "\\t;\'"', 1), ('ValueError: could not convert string to float: "a;\\t\'; "', 1), ('ValueError: could not convert string to float: "x1a \'\\t"', 1), ('ValueError: could not convert string to float: \' "xa\'', 1), ("ValueError: could not convert string to float: ' '", 2), ('ValueError: could not convert string to float: \' x";\'', 1), ('ValueError: could not convert string to float: \'1""\'', 1), ('ValueError: could not convert string to float: \'1""1a""\'', 1), ('ValueError: could not convert string to float: \'1"1;xa \'', 1), ("ValueError: could not convert string to float: '1a'", 1), ('ValueError: could not convert string to float: \';""; \\\\\'', 1), ("ValueError: could not convert string to float: ';'", 1), ('ValueError: could not convert string to float: \';\\ta""\'', 1), ("ValueError: could not convert string to float: ';a'", 1), ('ValueError: could not convert string to float: \'\\\' x"\\t1\'', 1), ('ValueError: could not convert string to float: \'\\\\""""1\\\'\\t\\\'\'', 1), ("ValueError: could not convert string to float: '\\\\'", 2), ("ValueError: could not convert string to float: '\\\\1'", 1), ("ValueError: could not convert string to float: '\\\\\\\\a'", 1), ("ValueError: could not convert string to float: '\\\\a'", 1), ("ValueError: could not convert string to float: 'a'", 3), ('ValueError: could not convert string to float: \'aa\\t"\'', 1), ('ValueError: could not convert string to float: \'x  a"\\\'\'', 1), ('ValueError: could not convert string to float: \'x""\\t\\\\x;\\\'\'', 1), ('ValueError: could not convert string to float: \'x"\\\'\'', 1), ("ValueError: could not convert string to float: 'x'", 4), ('ValueError: could not convert string to float: \'xa""\\t\'', 1), ('ValueError: could not convert string to float: \'xxa\\\'a""\'', 1), ('ok', 9)] 2e4ebbda005ebb60
# read 10 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 27), ('ok', 33)] 8e7e7b2e8d354da3
# read 11 [('Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?', 30), ('ok', 30)] 70e745ccd4925f0a
