"""Time access and conversions, as CPython 3.11's `time` module on Linux.

The clocks and sleep are natives of `_time`; the calendar part (struct_time,
gmtime/localtime/mktime, asctime/ctime, strftime with glibc's directives and
flags, strptime) is written here.

A sandbox's local time zone is UTC: localtime() is gmtime() named 'UTC',
timezone == altzone == 0, daylight == 0, tzname == ('UTC', 'UTC'). The
host's zone is not shown to the guest.

Mutable module-level state: none (the module's values are constants and
functions; struct_time is a class).
"""

from _time import (
    time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns,
    process_time, process_time_ns, sleep,
)

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")
_STRUCT_TM_ITEMS = 11

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday")
_MON_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
             "Oct", "Nov", "Dec")
_MON_NAME = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
_INT_MAX = 2 ** 31 - 1
_INT_MIN = -2 ** 31


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(),
    and accepted by asctime(), mktime() and strftime(). May be considered
    as a sequence of 9 integers."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(items)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        extra = list(items[9:]) + [None] * (11 - n)
        if dict is not None:
            if "tm_zone" in dict and n < 10:
                extra[0] = dict["tm_zone"]
            if "tm_gmtoff" in dict and n < 11:
                extra[1] = dict["tm_gmtoff"]
        self._extra = (extra[0], extra[1])
        return self

    tm_year = property(lambda self: self[0], doc="year, for example, 1993")
    tm_mon = property(lambda self: self[1], doc="month of year, range [1, 12]")
    tm_mday = property(lambda self: self[2], doc="day of month, range [1, 31]")
    tm_hour = property(lambda self: self[3], doc="hours, range [0, 23]")
    tm_min = property(lambda self: self[4], doc="minutes, range [0, 59]")
    tm_sec = property(lambda self: self[5], doc="seconds, range [0, 61])")
    tm_wday = property(lambda self: self[6],
                       doc="day of week, range [0, 6], Monday is 0")
    tm_yday = property(lambda self: self[7], doc="day of year, range [1, 366]")
    tm_isdst = property(lambda self: self[8],
                        doc="1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = property(lambda self: self._extra[0],
                       doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._extra[1],
                         doc="offset from UTC in seconds")

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self),
                              {"tm_zone": self._extra[0],
                               "tm_gmtoff": self._extra[1]}))


struct_time.__module__ = "time"


# Days and dates: the proleptic Gregorian calendar over any int year.

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    """Days from 1970-01-01 to y-m-d (m in 1..12)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    """(year, month, day) of the day z days after 1970-01-01."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _index(value):
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _seconds(secs):
    """A timestamp as whole seconds, rounded toward minus infinity."""
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e18 <= secs < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(secs)
        if whole > secs:
            whole -= 1
        return whole
    n = _index(secs)
    if not -2 ** 63 <= n < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return n


def _broken_down(secs, zone):
    days, rest = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    if not _INT_MIN <= y - 1900 <= _INT_MAX:
        raise OSError(75, "Value too large for defined data type")
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rest // 3600, rest // 60 % 60, rest % 60,
                        wday, yday, 0, zone, 0))


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _broken_down(_seconds(seconds), "GMT")


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local
    time (the sandbox's zone, UTC)."""
    return _broken_down(_seconds(seconds), "UTC")


def _c_int(value):
    n = _index(value)
    if n > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if n < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return n


def _tm(t, caller):
    """The fields of a time tuple as C's struct tm holds them:
    [year, mon0, mday, hour, min, sec, wday(Sunday=0), yday0, isdst],
    with the zone and offset. Raises as CPython's gettmarg does."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % caller)
    v = [_c_int(x) for x in t]
    if v[0] - 1900 < _INT_MIN:
        raise OverflowError("year out of range")
    tm = [v[0], v[1] - 1, v[2], v[3], v[4], v[5], (v[6] + 1) % 7 if v[6] + 1 >= 0
          else -((-(v[6] + 1)) % 7), v[7] - 1, v[8]]
    zone, gmtoff = t._extra if isinstance(t, struct_time) else (None, None)
    if zone is None:
        zone = tzname[tm[8] > 0] if tm[8] >= 0 else ""
    if gmtoff is None:
        gmtoff = 0
    return tm, zone, gmtoff


def _check_tm(tm):
    """CPython's checktm: the ranges strftime and asctime accept (a zero
    month, day or yday means the first)."""
    if tm[1] == -1:
        tm[1] = 0
    elif not 0 <= tm[1] <= 11:
        raise ValueError("month out of range")
    if tm[2] == 0:
        tm[2] = 1
    elif not 0 <= tm[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= tm[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= tm[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= tm[5] <= 61:
        raise ValueError("seconds out of range")
    if tm[6] < 0:
        raise ValueError("day of week out of range")
    if tm[7] == -1:
        tm[7] = 0
    elif not 0 <= tm[7] <= 365:
        raise ValueError("day of year out of range")


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    tm, _, _ = _tm(t, "asctime")
    _check_tm(tm)
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (
        _DAY_ABBR[(tm[6] + 6) % 7], _MON_ABBR[tm[1]], tm[2], tm[3], tm[4],
        tm[5], tm[0])


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def mktime(t):
    """Convert a time tuple in local time (UTC here) to seconds since the
    Epoch; out-of-range fields are normalised as C's mktime does."""
    tm, _, _ = _tm(t, "mktime")
    total = _index(t[0])
    months = tm[1]
    year = total + months // 12
    month = months % 12 + 1
    days = _days_from_civil(year, month, 1) + tm[2] - 1
    secs = days * 86400 + tm[3] * 3600 + tm[4] * 60 + tm[5]
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError("mktime argument out of range")
    return float(secs)


def tzset():
    """The sandbox's zone is always UTC: nothing to reset."""


class _Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "namespace(%s)" % ", ".join(
            "%s=%r" % kv for kv in self.__dict__.items())


_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def get_clock_info(name):
    """Get information of the specified clock."""
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    impl, mono, adjustable = _CLOCKS[name]
    return _Namespace(implementation=impl, monotonic=mono,
                      adjustable=adjustable, resolution=1e-09)


def thread_time():
    """CPU time of the calling sandbox (its one interpreter thread)."""
    return process_time()


def thread_time_ns():
    """thread_time() as an int of nanoseconds."""
    return process_time_ns()


_CLOCK_READERS = {
    CLOCK_REALTIME: time_ns, CLOCK_TAI: time_ns,
    CLOCK_MONOTONIC: monotonic_ns, CLOCK_MONOTONIC_RAW: monotonic_ns,
    CLOCK_BOOTTIME: monotonic_ns,
    CLOCK_PROCESS_CPUTIME_ID: process_time_ns,
    CLOCK_THREAD_CPUTIME_ID: process_time_ns,
}


def _clock(clk_id):
    reader = _CLOCK_READERS.get(_c_int(clk_id))
    if reader is None:
        raise OSError(22, "Invalid argument")
    return reader


def clock_gettime_ns(clk_id):
    """The time of the clock clk_id in nanoseconds."""
    return _clock(clk_id)()


def clock_gettime(clk_id):
    """The time of the clock clk_id in seconds."""
    return _clock(clk_id)() / 1e9


def clock_getres(clk_id):
    """The resolution of the clock clk_id."""
    _clock(clk_id)
    return 1e-09


# strftime: glibc's conversions in the C locale, with its flags
# (_ - 0 ^ #), field widths and the E/O modifiers.

def _iso_week_days(yday, wday):
    """Days since the Monday that starts ISO week 1 of the year of yday
    (yday 0-based, wday with Sunday = 0); negative before it."""
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _iso_year_week(tm):
    year = tm[0]
    yday, wday = tm[7], tm[6]
    days = _iso_week_days(yday, wday)
    if days < 0:
        year -= 1
        days = _iso_week_days(yday + 365 + _is_leap(year), wday)
    else:
        d = _iso_week_days(yday - 365 - _is_leap(year), wday)
        if d >= 0:
            year += 1
            days = d
    return year, days // 7 + 1


def _number(n, width, pad, flag, forced_width):
    """A number as glibc pads it: to `width` digits by default with `pad`
    ('0' or ' '), or unpadded with '-'; an explicit width widens it (and
    with '-' pads with spaces)."""
    if flag == "-":
        return str(n) if forced_width is None else str(n).rjust(forced_width)
    if forced_width is not None:
        width = max(width, forced_width)
    if flag == "_":
        pad = " "
    elif flag == "0":
        pad = "0"
    digits = str(abs(n))
    sign = "-" if n < 0 else ""
    if pad == "0":
        return sign + digits.rjust(width - len(sign), "0")
    return (sign + digits).rjust(width)


def _text(s, flag, upper, swap, forced_width):
    if upper:
        s = s.upper()
    elif swap:
        s = s.swapcase() if not s.isupper() else s.lower()
    return _pad(s, flag, forced_width)


def _pad(s, flag, forced_width):
    if forced_width is not None:
        s = s.rjust(forced_width, "0" if flag == "0" else " ")
    return s


def _conversion(c, tm, zone, gmtoff, flag, upper, swap, width):
    """One conversion; None when glibc does not know it."""
    year = tm[0]
    if c in "aA":
        names = _DAY_ABBR if c == "a" else _DAY_NAME
        s = names[(tm[6] + 6) % 7] if 0 <= tm[6] <= 6 else "?"
        return _text(s, flag, upper or swap, False, width)
    if c in "bBh":
        names = _MON_NAME if c == "B" else _MON_ABBR
        s = names[tm[1]] if 0 <= tm[1] <= 11 else "?"
        return _text(s, flag, upper or swap, False, width)
    if c in "pP":
        s = "AM" if tm[3] < 12 else "PM"
        if c == "P" or swap:
            s = s.lower()
        elif upper:
            s = s.upper()
        return _text(s, flag, False, False, width)
    if c == "Z":
        return _text(zone, flag, upper, swap, width)
    composite = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y",
                 "F": "%Y-%m-%d", "r": "%I:%M:%S %p", "R": "%H:%M",
                 "T": "%H:%M:%S", "x": "%m/%d/%y", "X": "%H:%M:%S"}
    if c in composite:
        s = _format(composite[c], tm, zone, gmtoff)
        return _text(s, flag, upper, False, width)
    if c == "C":
        return _number(year // 100, 1, "0", flag, width)
    if c == "d":
        return _number(tm[2], 2, "0", flag, width)
    if c == "e":
        return _number(tm[2], 2, " ", flag, width)
    if c == "H":
        return _number(tm[3], 2, "0", flag, width)
    if c == "k":
        return _number(tm[3], 2, " ", flag, width)
    if c in "Il":
        h = tm[3] % 12 or 12
        return _number(h, 2, "0" if c == "I" else " ", flag, width)
    if c == "j":
        return _number(tm[7] + 1, 3, "0", flag, width)
    if c == "m":
        return _number(tm[1] + 1, 2, "0", flag, width)
    if c == "M":
        return _number(tm[4], 2, "0", flag, width)
    if c == "S":
        return _number(tm[5], 2, "0", flag, width)
    if c == "s":
        secs = (_days_from_civil(year, tm[1] + 1, 1) + tm[2] - 1) * 86400 \
            + tm[3] * 3600 + tm[4] * 60 + tm[5]
        # glibc pads %s as text: fill characters go before the sign.
        if width is None:
            return str(secs)
        return str(secs).rjust(width, "0" if flag == "0" else " ")
    if c == "u":
        return _number((tm[6] + 6) % 7 + 1, 1, "0", flag, width)
    if c == "w":
        return _number(tm[6], 1, "0", flag, width)
    if c == "U":
        return _number((tm[7] - tm[6] + 7) // 7, 2, "0", flag, width)
    if c == "W":
        return _number((tm[7] - (tm[6] - 1 + 7) % 7 + 7) // 7, 2, "0", flag, width)
    if c in "GgV":
        iso_year, week = _iso_year_week(tm)
        if c == "G":
            return _number(iso_year, 1, "0", flag, width)
        if c == "g":
            return _number(iso_year % 100, 2, "0", flag, width)
        return _number(week, 2, "0", flag, width)
    if c == "y":
        return _number(year % 100, 2, "0", flag, width)
    if c == "Y":
        return _number(year, 1, "0", flag, width)
    if c == "z":
        # glibc writes the sign, then hhmm as a number of at least four
        # digits (or the width), after width - 1 characters of padding.
        if tm[8] < 0:
            return ""
        off = abs(gmtoff) // 60
        sign = "-" if gmtoff < 0 else "+"
        hhmm = off // 60 * 100 + off % 60
        digits = max(4, width or 0)
        lead = ""
        if width is not None:
            lead = ("0" if flag == "0" else " ") * (width - 1)
        if flag in ("-", "_") and width is None:
            number = str(hhmm) if flag == "-" else str(hhmm).rjust(4)
        elif flag == "-":
            number = str(hhmm).rjust(width)
        elif flag == "_":
            number = str(hhmm).rjust(digits)
        else:
            number = str(hhmm).rjust(digits, "0")
        return lead + sign + number
    if c in "nt%":
        return _pad({"n": "\n", "t": "\t", "%": "%"}[c], flag, width)
    return None


def _format(fmt, tm, zone, gmtoff):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%":
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        flag = None
        upper = swap = False
        while i < n and fmt[i] in "_-0^#":
            c = fmt[i]
            if c == "^":
                upper = True
            elif c == "#":
                swap = True
            else:
                flag = c
            i += 1
        width = None
        while i < n and fmt[i].isdigit():
            width = (width or 0) * 10 + int(fmt[i])
            i += 1
        if i < n and fmt[i] in "EO":
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        s = _conversion(fmt[i], tm, zone, gmtoff, flag, upper, swap, width)
        if s is None:
            # Unknown: glibc copies the text, honouring ^ and the width.
            s = fmt[start:i + 1]
            s = _pad(s.upper() if upper else s, flag, width)
        out.append(s)
        i += 1
    return "".join(out)


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format
    specification (glibc's directives, in the C locale)."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(format).__name__)
    if t is None:
        t = localtime()
    tm, zone, gmtoff = _tm(t, "strftime")
    _check_tm(tm)
    if "\0" in format:
        raise ValueError("embedded null character")
    return _format(format, tm, zone, gmtoff)


# strptime: CPython's directives (the C locale), matched with backtracking
# over each directive's alternatives in the order its pattern tries them.

def _digits(lo, hi, widths):
    """Candidate lengths for a number of `widths` digits within [lo, hi],
    longest first, as a regex of alternatives prefers them."""
    def match(s, i):
        found = []
        for w in widths:
            part = s[i:i + w]
            if len(part) == w and part.isdigit() and part.isascii():
                if lo <= int(part) <= hi:
                    found.append(w)
        return found
    return match


def _space_day(s, i):
    found = _digits(1, 31, (2, 1))(s, i)
    if s[i:i + 1] == " " and s[i + 1:i + 2].isdigit() and s[i + 1] != "0":
        found.append(2)
    return found


def _names(names):
    lowered = sorted((n.lower() for n in names), key=len, reverse=True)

    def match(s, i):
        low = s[i:i + 12].lower()
        return [len(n) for n in lowered if low.startswith(n)]
    return match


def _fraction(s, i):
    out = []
    for w in range(6, 0, -1):
        part = s[i:i + w]
        if len(part) == w and part.isdigit() and part.isascii():
            out.append(w)
    return out


def _zone_offset(s, i):
    if s[i:i + 1] in ("Z", ):
        return [1]
    if s[i:i + 1] not in ("+", "-"):
        return []
    out = []
    j = i + 1

    def dig(k, m):
        return s[k:k + m].isdigit() and s[k:k + m].isascii() and len(s[k:k + m]) == m
    if not dig(j, 2):
        return []
    j += 2
    if s[j:j + 1] == ":":
        j += 1
    if not (dig(j, 1) and s[j] in "012345" and dig(j + 1, 1)):
        return []
    j += 2
    k = j
    if s[k:k + 1] == ":":
        k += 1
    if dig(k, 1) and s[k] in "012345" and dig(k + 1, 1):
        k += 2
        if s[k:k + 1] == "." and dig(k + 1, 1):
            m = 1
            while m < 6 and dig(k + 1 + m, 1):
                m += 1
            out.append(k + 1 + m - i)
        out.append(k - i)
    out.append(j - i)
    return out


_STRPTIME = {
    "d": _space_day,
    "f": _fraction,
    "H": _digits(0, 23, (2, 1)),
    "I": _digits(1, 12, (2, 1)),
    "G": _digits(0, 9999, (4,)),
    "j": _digits(1, 366, (3, 2, 1)),
    "m": _digits(1, 12, (2, 1)),
    "M": _digits(0, 59, (2, 1)),
    "S": _digits(0, 61, (2, 1)),
    "U": _digits(0, 53, (2, 1)),
    "W": _digits(0, 53, (2, 1)),
    "V": _digits(1, 53, (2, 1)),
    "w": _digits(0, 6, (1,)),
    "u": _digits(1, 7, (1,)),
    "y": _digits(0, 99, (2,)),
    "Y": _digits(0, 9999, (4,)),
    "z": _zone_offset,
    "A": _names(_DAY_NAME),
    "a": _names(_DAY_ABBR),
    "B": _names(_MON_NAME),
    "b": _names(_MON_ABBR),
    "h": _names(_MON_ABBR),
    "p": _names(("am", "pm")),
    "Z": _names(("utc", "gmt")),
}
_STRPTIME_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y",
                       "X": "%H:%M:%S"}


def _compile(fmt):
    """The format as a list of steps: ('lit', text), ('ws',) or
    ('dir', letter)."""
    steps = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d in _STRPTIME_COMPOSITE:
                steps.extend(_compile(_STRPTIME_COMPOSITE[d]))
            elif d == "%":
                steps.append(("lit", "%"))
            elif d in _STRPTIME:
                steps.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, fmt))
            i += 2
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            steps.append(("ws",))
        else:
            steps.append(("lit", ch))
            i += 1
    return steps


def _match(steps, s):
    """Match the steps at the start of s: (end, {directive: text}) or None.
    Backtracks over each directive's candidate lengths."""
    # Each frame: (step index, position, candidates left, captures list).
    found = {}
    stack = []
    k = 0
    i = 0
    while True:
        if k == len(steps):
            return i, found
        step = steps[k]
        options = None
        if step[0] == "lit":
            if s[i:i + 1].lower() == step[1].lower() and i < len(s):
                options = [1]
        elif step[0] == "ws":
            j = i
            while j < len(s) and s[j].isspace():
                j += 1
            options = list(range(j - i, 0, -1)) if j > i else None
        else:
            options = _STRPTIME[step[1]](s, i) or None
        if options:
            stack.append((k, i, options[1:], dict(found)))
            if step[0] == "dir":
                found[step[1]] = s[i:i + options[0]]
            i += options[0]
            k += 1
            continue
        # Backtrack to the latest step with another candidate.
        while stack:
            k, i, rest, saved = stack.pop()
            if rest:
                found = dict(saved)
                stack.append((k, i, rest[1:], saved))
                if steps[k][0] == "dir":
                    found[steps[k][1]] = s[i:i + rest[0]]
                i += rest[0]
                k += 1
                break
        else:
            return None


def _ordinal(y, m, d):
    """Proleptic Gregorian ordinal (0001-01-01 is 1)."""
    return _days_from_civil(y, m, d) + 719163


def _weekday(y, m, d):
    return (_days_from_civil(y, m, d) + 3) % 7


def _check_date(y, m, d):
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    dim = (31, 29 if _is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31,
           30, 31)[m - 1]
    if not 1 <= d <= dim:
        raise ValueError("day is out of range for month")


def _from_ordinal(n):
    return _civil_from_days(n - 719163)


def _julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _julian_from_V(iso_year, iso_week, iso_weekday):
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _parse(data_string, format):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(arg)))
    steps = _compile(format)
    m = _match(steps, data_string)
    if m is None:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, format))
    end, found = m
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    zone = None
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key, text in found.items():
        low = text.lower()
        if key == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(text)
        elif key == "G":
            iso_year = int(text)
        elif key == "m":
            month = int(text)
        elif key in "Bbh":
            names = _MON_NAME if key == "B" else _MON_ABBR
            month = [n.lower() for n in names].index(low) + 1
        elif key == "d":
            day = int(text)
        elif key == "H":
            hour = int(text)
        elif key == "I":
            hour = int(text)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(text)
        elif key == "S":
            second = int(text)
        elif key == "f":
            fraction = int(text + "0" * (6 - len(text)))
        elif key in "Aa":
            names = _DAY_NAME if key == "A" else _DAY_ABBR
            weekday = [n.lower() for n in names].index(low)
        elif key == "w":
            weekday = int(text)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(text) - 1
        elif key == "j":
            julian = int(text)
        elif key in "UW":
            week_of_year = int(text)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(text)
        elif key == "z":
            if text == "Z":
                gmtoff = 0
            else:
                if text[3:4] == ":":
                    if text[6:7] not in ("", ":", ".") and len(text) > 6:
                        raise ValueError("Inconsistent use of : in %s" % text)
                    digits = text[1:3] + text[4:6] + text[7:9] + text[9:]
                    if len(text) > 6 and text[6] != ":":
                        raise ValueError("Inconsistent use of : in %s" % text)
                elif len(text) > 5 and text[5] == ":":
                    raise ValueError("Inconsistent use of : in %s" % text)
                else:
                    digits = text[1:]
                hours = int(digits[0:2])
                minutes = int(digits[2:4])
                seconds = int(digits[4:6] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                rest = digits[7:] if digits[6:7] == "." else ""
                micro = int(rest + "0" * (6 - len(rest))) if rest else 0
                if text[0] == "-":
                    gmtoff = -gmtoff
                    micro = -micro
                gmtoff_fraction = micro
        elif key == "Z":
            zone = text
            if low in ("utc", "gmt"):
                tz = 0

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_U_or_W(year, week_of_year, weekday,
                                         week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        _check_date(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        n = julian - 1 + _ordinal(year, 1, 1)
        if not 1 <= n <= 3652059:
            raise OverflowError("date value out of range")
        year, month, day = _from_ordinal(n)
    if weekday is None:
        _check_date(year, month, day)
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             zone, gmtoff), fraction, gmtoff_fraction)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification
    (CPython's directives, in the C locale)."""
    fields, _, _ = _parse(string, format)
    return struct_time(fields)
