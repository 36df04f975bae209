# A differential run of datetime: dates, times, datetimes (naive, UTC and
# fixed offsets with seconds and microseconds) and timedeltas drawn from a
# seeded LCG, through repr/str/isoformat, fromisoformat (round trips and
# mutated strings), strftime, strptime, arithmetic across month, year and
# leap boundaries, comparisons and hashing. Each group prints its count
# and a digest of its lines (VERBOSE = True prints the lines).
import hashlib
from datetime import date, datetime, time, timedelta, timezone

VERBOSE = False
state = [0x9E3779B97F4A7C15]


def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state[0] >> 33) % n


def pick(seq):
    return seq[rnd(len(seq))]


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def report(name, lines):
    digest = hashlib.md5("\n".join(lines).encode()).hexdigest()
    print(name, len(lines), digest)
    if VERBOSE:
        for line in lines:
            print("  ", line)


def rand_year():
    k = rnd(6)
    if k == 0:
        return pick([1, 2, 4, 99, 100, 999, 1000, 1900, 2000, 9998, 9999])
    if k == 1:
        return 1 + rnd(9999)
    return 1896 + rnd(240)


def rand_date():
    y = rand_year()
    m = 1 + rnd(12)
    dim = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
           31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    d = pick([1, dim, dim - 1, 1 + rnd(dim)])
    return date(y, m, d)


def rand_offset():
    k = rnd(8)
    if k == 0:
        return None
    if k == 1:
        return timezone.utc
    if k == 2:
        return timezone(timedelta(hours=rnd(47) - 23, minutes=pick([0, 30, 45])))
    if k == 3:
        return timezone(timedelta(seconds=rnd(172799) - 86399,
                                  microseconds=pick([0, 0, rnd(10 ** 6)])))
    if k == 4:
        return timezone(timedelta(hours=rnd(10) - 5), pick(["EST", "X%Y", "Zone"]))
    return None


def rand_time(tz=True):
    us = pick([0, 0, rnd(10 ** 6), rnd(1000) * 1000])
    return time(rnd(24), rnd(60), pick([0, rnd(60)]), us,
                rand_offset() if tz else None, fold=pick([0, 0, 0, 1]))


def rand_datetime(tz=True):
    return datetime.combine(rand_date(), rand_time(tz))


def rand_delta():
    k = rnd(5)
    if k == 0:
        return timedelta(days=rnd(2000) - 1000, seconds=rnd(86400),
                         microseconds=rnd(10 ** 6))
    if k == 1:
        return timedelta(days=rnd(3652059) - 1826029)
    if k == 2:
        return timedelta(hours=rnd(100) - 50, minutes=rnd(120) - 60)
    if k == 3:
        return timedelta(microseconds=rnd(10 ** 12) - 5 * 10 ** 11)
    return timedelta(seconds=rnd(10 ** 6) / pick([1, 3, 7, 1000]) - 400)


# -- dates ----------------------------------------------------------------
lines = []
for _ in range(150):
    d = rand_date()
    n = d.toordinal()
    lines.append(" ".join([repr(d), str(d), d.isoformat(), d.ctime(),
                           str(d.weekday()), str(d.isoweekday()),
                           repr(d.isocalendar()), str(n),
                           repr(date.fromordinal(n) == d),
                           repr(date.fromisocalendar(*d.isocalendar()) == d),
                           repr(tuple(d.timetuple()))]))
report("dates", lines)

lines = []
for _ in range(150):
    d = rand_date()
    delta = pick([timedelta(days=rnd(800) - 400), timedelta(days=rnd(40) - 20),
                  rand_delta(), timedelta(days=pick([365, 366, -365, -366,
                                                     1461, 146097]))])
    e = rand_date()
    lines.append(" | ".join([attempt(lambda: d + delta), attempt(lambda: d - delta),
                             attempt(lambda: delta + d), repr(d - e),
                             repr((d < e, d <= e, d == e, d != e, d > e, d >= e)),
                             repr(hash(d) == hash(date(d.year, d.month, d.day)))]))
report("date arithmetic", lines)

# -- timedeltas -------------------------------------------------------------
lines = []
for _ in range(200):
    a = rand_delta()
    b = rand_delta()
    i = rnd(2000) - 1000
    f = pick([0.5, 1.5, -2.25, 0.1, 3.0, 1e-7, rnd(1000) / 7.0])
    lines.append(" | ".join([
        repr(a), str(a), repr(a.total_seconds()), attempt(lambda: a + b),
        attempt(lambda: a - b), attempt(lambda: a * i), attempt(lambda: a * f),
        attempt(lambda: f * a), attempt(lambda: a / b), attempt(lambda: a // b),
        attempt(lambda: a % b), attempt(lambda: divmod(a, b)),
        attempt(lambda: a / i), attempt(lambda: a // i), attempt(lambda: a / f),
        repr(-a), repr(abs(a)), repr(+a), repr(bool(a)),
        repr((a < b, a <= b, a == b, a != b, a > b, a >= b))]))
report("timedelta ops", lines)

lines = []
UNITS = ["days", "seconds", "microseconds", "milliseconds", "minutes",
         "hours", "weeks"]
for _ in range(200):
    kw = {}
    for _ in range(1 + rnd(4)):
        u = pick(UNITS)
        kw[u] = pick([rnd(10 ** 6) - 5 * 10 ** 5, (rnd(10 ** 6) - 5 * 10 ** 5) / 1000,
                      rnd(100) / 8 - 6, 0.5, -0.5, 1.5, 2.5, 1e-7, rnd(3) / 3])
    lines.append("%s -> %s" % (sorted(kw.items()), attempt(lambda: timedelta(**kw))))
report("timedelta constructor", lines)

# -- times and datetimes: text ---------------------------------------------
SPECS = ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]
lines = []
for _ in range(150):
    t = rand_time()
    spec = pick(SPECS)
    lines.append(" | ".join([repr(t), str(t), t.isoformat(spec),
                             repr(time.fromisoformat(t.isoformat()) == t),
                             repr(t.utcoffset()), repr(t.tzname()),
                             repr(t.dst())]))
report("time text", lines)

lines = []
for _ in range(200):
    dt = rand_datetime()
    spec = pick(SPECS)
    sep = pick(["T", " ", "x", "\u00e9"])
    iso = dt.isoformat(sep, spec)
    back = attempt(lambda: datetime.fromisoformat(iso))
    lines.append(" | ".join([repr(dt), str(dt), iso, back, dt.ctime(),
                             repr(tuple(dt.timetuple())),
                             attempt(lambda: tuple(dt.utctimetuple())),
                             attempt(dt.timestamp)]))
report("datetime text", lines)

# -- fromisoformat over mutated strings ------------------------------------
ALPHABET = "0123456789-:T.,+Z W\u00e9 "
lines = []
for _ in range(300):
    k = rnd(3)
    if k == 0:
        s = rand_datetime().isoformat(pick(["T", " "]), pick(SPECS))
    elif k == 1:
        d = rand_date()
        s = pick([d.isoformat(), d.strftime("%Y%m%d"),
                  "%04d-W%02d-%d" % d.isocalendar(), "%04dW%02d%d" % d.isocalendar(),
                  "%04d-W%02d" % d.isocalendar()[:2]])
        if rnd(2):
            s += pick(["T", " ", "", "-"]) + rand_time().isoformat(pick(SPECS))
    else:
        s = rand_time().isoformat(pick(SPECS)).replace(":", pick([":", ""]))
    for _ in range(rnd(3)):
        i = rnd(len(s) + 1)
        op = rnd(3)
        if op == 0:
            s = s[:i] + pick(ALPHABET) + s[i:]
        elif op == 1:
            s = s[:i] + s[i + 1:]
        else:
            s = s[:i] + pick(ALPHABET) + s[i + 1:]
    lines.append("%r: %s | %s | %s" % (s, attempt(lambda: datetime.fromisoformat(s)),
                                       attempt(lambda: date.fromisoformat(s)),
                                       attempt(lambda: time.fromisoformat(s))))
report("fromisoformat", lines)

# -- strftime and strptime ---------------------------------------------------
DIRECTIVES = "aAwdbBmyYHIpMSfzZjUWcxX%GuVeCDFghklnrRtT"
LIT = ["", " ", "-", ":", "/", "T", "x", "%%"]
PARSE = "aAwdbBmyYHIpMSfzjUWGuVxX%"
lines = []
for _ in range(200):
    obj = pick([rand_datetime(), rand_date(), rand_time()])
    fmt = "".join(pick(LIT) + "%" + pick([""] * 6 + ["-", "_", "0", "^"]) + pick(DIRECTIVES)
                  for _ in range(1 + rnd(5)))
    lines.append("%r %r -> %s" % (obj, fmt, attempt(lambda: obj.strftime(fmt))))
    lines.append(attempt(lambda: format(obj, fmt)))
report("strftime", lines)

lines = []
for _ in range(200):
    dt = rand_datetime()
    if dt.tzinfo is not None and dt.utcoffset() <= -timedelta(hours=24):
        dt = dt.replace(tzinfo=None)
    # Each field once (CPython's regular expression refuses a repeated one).
    ds = ""
    used = ""
    for _ in range(1 + rnd(4)):
        c = pick(PARSE)
        fields = {"x": "mdy", "X": "HMS"}.get(c, c)
        if c != "%" and any(f in used for f in fields):
            continue
        used += fields
        ds += pick(LIT[:-1]) + "%" + c
    fmt = pick(["%Y-%m-%d %H:%M:%S.%f%z", "%d/%m/%y %I%p", "%G-W%V-%u %H", "%Y %j",
                "%a %b %d %H:%M:%S %Y", "%Y-%m-%dT%H:%M:%S%z %Z", ds])
    text = attempt(lambda: dt.strftime(fmt))
    if rnd(4) == 0 and len(text) > 3:
        i = rnd(len(text) - 2) + 1
        text = text[:i] + pick("0123456789 x:-+") + text[i + 1:]
    lines.append("%r %r -> %s" % (text, fmt, attempt(
        lambda: datetime.strptime(text[1:-1], fmt))))
report("strptime", lines)

# -- datetime arithmetic, comparisons and hashing ----------------------------
lines = []
for _ in range(200):
    a = rand_datetime()
    b = rand_datetime()
    if rnd(3) == 0:
        try:
            b = a + pick([timedelta(0), rand_delta()])
        except OverflowError:
            pass
    if rnd(2):
        b = b.replace(tzinfo=a.tzinfo) if rnd(2) else b.astimezone(pick([timezone.utc, timezone(timedelta(hours=5))])) if b.tzinfo else b
    delta = rand_delta()
    same = attempt(lambda: a == b)
    lines.append(" | ".join([
        attempt(lambda: a + delta), attempt(lambda: a - delta),
        attempt(lambda: a - b), same, attempt(lambda: a != b),
        attempt(lambda: a < b), attempt(lambda: a >= b),
        attempt(lambda: hash(a) == hash(b) if a == b else None),
        attempt(lambda: a.astimezone(timezone(timedelta(hours=-7, minutes=-30)))),
        attempt(lambda: a.astimezone()),
        attempt(lambda: datetime.fromtimestamp(a.timestamp(), timezone.utc)),
        attempt(lambda: a.date() < b.date()), attempt(lambda: a.time() == b.time())]))
report("datetime arithmetic", lines)

lines = []
for _ in range(150):
    t = pick([rnd(2 ** 34) - 2 ** 33, (rnd(2 ** 40) - 2 ** 39) / 1000,
              rnd(10 ** 9) + rnd(10 ** 6) / 10 ** 6, pick([0.5, -0.5, 1e-7, -1e-7, 1.0000005, -62135596800.0, 253402300799.9999996])])
    tz = rand_offset()
    lines.append("%r: %s | %s | %s | %s" % (t, attempt(lambda: datetime.fromtimestamp(t, tz)),
                                           attempt(lambda: datetime.utcfromtimestamp(t)),
                                           attempt(lambda: date.fromtimestamp(t)),
                                           attempt(lambda: datetime.fromtimestamp(t).timestamp())))
report("timestamps", lines)

lines = []
for _ in range(100):
    a = rand_time()
    b = rand_time() if rnd(2) else a.replace(tzinfo=pick([None, timezone.utc, a.tzinfo]))
    lines.append(" | ".join([attempt(lambda: a == b), attempt(lambda: a < b),
                             attempt(lambda: a >= b),
                             attempt(lambda: hash(a) == hash(b) if a == b else None)]))
report("time comparisons", lines)

# Output:
# dates 150 10a7579d6f00bf476755ea9e743b29e7
# date arithmetic 150 0c4f4d282384875b789608e852183772
# timedelta ops 200 02ba212033faddea07bf7185a30f7831
# timedelta constructor 200 64743a3ffa820f86de8918399a2323fa
# time text 150 a6ecdbdf441b9106eff815ce69ea6d4a
# datetime text 200 1cd2c9d1c3f19d0c8db412813bf9e75f
# fromisoformat 300 a3b5603927cbad0e3e508324cc61a3ba
# strftime 400 69490ee7a68076f1344f16d6b7f3e6ba
# strptime 200 9b87fd8ae8f1fa7606c7b0cb4e78415b
# datetime arithmetic 200 5cdcf27a881845239acfcc650acf9460
# timestamps 150 95870f5cfa8c6dee341d21c1a52eb848
# time comparisons 100 389413673ae6b7ceee309964678d6cce
