"""The parts of `datetime` that know no date class (sandpy's own module,
a helper of `datetime`): calendar arithmetic over proleptic ordinals,
argument checks, the timedelta class, the text of offsets and times,
strftime's expansion of %f, %z and %Z, and 3.11's ISO 8601 parser, which
returns plain tuples for `datetime` to build its objects from.

Mutable module-level state: none (shared frozen, as `datetime` is).
"""

import time as _tmod
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_EPOCH_ORDINAL = 719163
_US_PER_DAY = 86400000000
_INT_MAX = 2 ** 31 - 1
_INT_MIN = -2 ** 31

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

# The classes CPython writes in C, whose messages name them "datetime.X".
_C_TYPES = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
            "IsoCalendarDate")


def _tpname(obj):
    """The type's name as CPython's C types print it."""
    cls = type(obj)
    if cls.__module__ == "datetime" and cls.__name__ in _C_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


# -- calendar arithmetic ----------------------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ymd2ord(y, m, d):
    """The ordinal of y-m-d (0001-01-01 is 1)."""
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DBM[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord2ymd(n):
    """(year, month, day) of ordinal n, through days from 0000-03-01."""
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 400, mp + 3, d
    return yoe + era * 400 + 1, mp - 9, d


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _cint(value):
    """An int argument as C's "i" conversion takes it."""
    if type(value) is not int:
        if isinstance(value, float) or not hasattr(type(value), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _tpname(value))
        value = type(value).__index__(value)
    if value > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if value < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return value


def _check_date_fields(y, m, d):
    y = _cint(y)
    m = _cint(m)
    d = _cint(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or d > _DIM[m] and not (m == 2 and d == 29 and _is_leap(y)):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time_fields(h, mi, s, us, fold):
    h = _cint(h)
    mi = _cint(mi)
    s = _cint(s)
    us = _cint(us)
    fold = _cint(fold)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_offset(name, offset):
    """A utcoffset()/dst() result checked as CPython checks it."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tpname(offset)))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % _tpname(name))
    return name


def _format_offset(off, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] for a timedelta, '' for None."""
    if off is None:
        return ""
    us = (off._days * 86400 + off._seconds) * 1000000 + off._microseconds
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    text = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or us:
        text += "%s%02d" % (sep, s)
        if us:
            text += ".%06d" % us
    return text


def _format_time(h, m, s, us, timespec):
    if timespec == "auto":
        if us:
            return "%02d:%02d:%02d.%06d" % (h, m, s, us)
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _plain_strftime(fmt, fields, us):
    """The text of a format made only of %Y %m %d %H %M %S %j %f %% %z %Z
    (for a naive value: no zone), or None for any other format."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j + 1 >= n:
            return None
        out.append(fmt[i:j])
        c = fmt[j + 1]
        if c == "Y":
            out.append(str(fields[0]))
        elif c in "mdHMS":
            out.append("%02d" % fields["ymdHMS".index(c)])
        elif c == "f":
            out.append("%06d" % us)
        elif c == "%":
            out.append("%")
        elif c == "j":
            y = fields[0]
            out.append("%03d" % (_ymd2ord(y, fields[1], fields[2])
                                 - _ymd2ord(y, 1, 1) + 1))
        elif c not in "zZ":
            return None
        i = j + 2
    return "".join(out)


def _wrap_strftime(fmt, fields, make_tt, us, tz, tzarg):
    """Expand %f, %z and %Z here, the rest through time.strftime of
    make_tt()'s time tuple; fields are (year, month, day, hour, minute,
    second), enough for the common directives without a time tuple."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % _tpname(fmt))
    if tz is None and fields is not None and "\0" not in fmt:
        text = _plain_strftime(fmt, fields, us)
        if text is not None:
            return text
    timetuple = make_tt()
    if "%" not in fmt:
        return _tmod.strftime(fmt, timetuple)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0 or j + 1 >= n:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        c = fmt[j + 1]
        if c == "f":
            out.append("%06d" % us)
        elif c == "z":
            if tz is not None:
                out.append(_format_offset(
                    _check_offset("utcoffset", tz.utcoffset(tzarg)), ""))
        elif c == "Z":
            name = _call_tzname(tz, tzarg)
            if name:
                out.append(name.replace("%", "%%"))
        else:
            out.append(fmt[j:j + 2])
        i = j + 2
    return _tmod.strftime("".join(out), timetuple)


def _divide_nearest(a, b):
    """a / b rounded half to even (ints)."""
    if b == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    if b < 0:
        a = -a
        b = -b
    q, r = divmod(a, b)
    r2 = 2 * r
    if r2 > b or (r2 == b and q & 1):
        q += 1
    return q


def _round_half_away(x):
    f = _math.floor(x)
    diff = x - f
    if diff > 0.5 or (diff == 0.5 and x > 0):
        return f + 1.0
    return float(f)


# -- timedelta --------------------------------------------------------------

def _td(days, seconds, us):
    """A timedelta of normalised fields."""
    self = object.__new__(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    return self


def _check_days(d):
    if not -999999999 <= d <= 999999999:
        if not _INT_MIN <= d <= _INT_MAX:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)


def _td_us(us):
    """The timedelta of `us` microseconds."""
    d, us = divmod(us, _US_PER_DAY)
    if not -999999999 <= d <= 999999999:
        _check_days(d)
    s, us = divmod(us, 1000000)
    return _td(d, s, us)


def _accum(name, total, value, factor, leftover):
    """Add value * factor (in microseconds) to total, as CPython's
    constructor does: whole parts exactly, float fractions in `leftover`."""
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (name, _tpname(value)))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __module__ = "datetime"
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                     + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            total = 0
            left = 0.0
            total, left = _accum("microseconds", total, microseconds, 1, left)
            total, left = _accum("milliseconds", total, milliseconds, 1000,
                                 left)
            total, left = _accum("seconds", total, seconds, 1000000, left)
            total, left = _accum("minutes", total, minutes, 60000000, left)
            total, left = _accum("hours", total, hours, 3600000000, left)
            total, left = _accum("days", total, days, _US_PER_DAY, left)
            total, left = _accum("weeks", total, weeks, 7 * _US_PER_DAY, left)
            if left != 0.0:
                whole = _round_half_away(left)
                if abs(whole - left) == 0.5:
                    odd = total & 1
                    whole = 2.0 * _round_half_away((left + odd) * 0.5) - odd
                total += int(whole)
        d, us = divmod(total, _US_PER_DAY)
        if not -999999999 <= d <= 999999999:
            _check_days(d)
        s, us = divmod(us, 1000000)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tpname(self), ", ".join(args) or "0")

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        text = "%d:%02d:%02d" % (h, m, s)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        d = self._days
        if d:
            text = "%d day%s, %s" % (d, "" if abs(d) == 1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            d = self._days + other._days
            s = self._seconds + other._seconds
            us = self._microseconds + other._microseconds
            if us >= 1000000:
                us -= 1000000
                s += 1
            if s >= 86400:
                s -= 86400
                d += 1
            if not -999999999 <= d <= 999999999:
                raise OverflowError("days=%d; must have magnitude <= "
                                    "999999999" % d)
            return _td(d, s, us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            d = self._days - other._days
            s = self._seconds - other._seconds
            us = self._microseconds - other._microseconds
            if us < 0:
                us += 1000000
                s -= 1
            if s < 0:
                s += 86400
                d -= 1
            if not -999999999 <= d <= 999999999:
                raise OverflowError("days=%d; must have magnitude <= "
                                    "999999999" % d)
            return _td(d, s, us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return _td_us(-self._us())

    def __pos__(self):
        return _td(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return -self
        return _td(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_us(_divide_nearest(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td_us(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_us(_divide_nearest(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days
                    and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return not (self._days == other._days
                        and self._seconds == other._seconds
                        and self._microseconds == other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _td(-999999999, 0, 0)
timedelta.max = _td(999999999, 86399, 999999)
timedelta.resolution = _td(0, 0, 1)
_ONE_DAY = _td(1, 0, 0)
_ZERO = _td(0, 0, 0)


def _timestamp_parts(t, floor):
    """A timestamp as (seconds, microseconds), checked as CPython's
    conversion to time_t checks it; `floor` drops the fraction."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if floor:
            whole = _math.floor(t) if -9.3e18 < t < 9.3e18 else t
            us = 0
        else:
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                us -= 1000000
                whole += 1.0
            elif us < 0:
                us += 1000000
                whole -= 1.0
        if not -9.223372036854776e18 <= whole <= 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(whole)
    else:
        if type(t) is not int:
            if not hasattr(type(t), "__index__"):
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % _tpname(t))
            t = type(t).__index__(t)
        secs = t
        us = 0
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, us


def _broken_time(secs):
    """(y, m, d, hh, mm, ss) of a POSIX time, the year checked."""
    days, rest = divmod(secs, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    if not _INT_MIN <= y - 1900 <= _INT_MAX:
        raise OSError(75, "Value too large for defined data type")
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    return y, m, d, rest // 3600, rest // 60 % 60, rest % 60


def _iso_week_ok(year, week):
    if 1 <= week <= 52:
        return True
    if week != 53:
        return False
    first = (_ymd2ord(year, 1, 1) + 6) % 7
    return first == 3 or (first == 2 and _is_leap(year))


# -- ISO 8601 parsing (3.11's fromisoformat), on the UTF-8 bytes ------------

def _digits(raw, i, count):
    """The number of `count` ASCII digits at raw[i:], or None."""
    n = 0
    for k in range(i, i + count):
        c = raw[k]
        if not 48 <= c <= 57:
            return None
        n = n * 10 + c - 48
    return n


def _iso_date(raw, length):
    """(year, month, day) of the date at the start of raw (NUL-ended),
    `length` bytes long (None: unbounded), or None."""
    year = _digits(raw, 0, 4)
    if year is None:
        return None
    i = 4
    sep = raw[i] == 45
    if sep:
        i += 1
    if raw[i] == 87:
        i += 1
        week = _digits(raw, i, 2)
        if week is None:
            return None
        i += 2
        if length is None or i < length:
            if sep:
                if raw[i] != 45:
                    return None
                i += 1
            day = _digits(raw, i, 1)
            if day is None:
                return None
        else:
            day = 1
        if not MINYEAR <= year <= MAXYEAR or not _iso_week_ok(year, week):
            return None
        if not 1 <= day <= 7:
            return None
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        if not 1 <= n <= _MAXORDINAL:
            return None
        return _ord2ymd(n)
    month = _digits(raw, i, 2)
    if month is None:
        return None
    i += 2
    if sep:
        if raw[i] != 45:
            return None
        i += 1
    day = _digits(raw, i, 2)
    if day is None:
        return None
    return year, month, day


def _hh_mm_ss_ff(raw, i, end):
    """Parse [HH[:MM[:SS[.fff]]]] from raw[i:end]: (code, h, m, s, us)
    where code is 0 at the end, 1 when text follows, None on error."""
    vals = [0, 0, 0]
    has_sep = True
    for k in range(3):
        v = _digits(raw, i, 2)
        if v is None:
            return None
        vals[k] = v
        i += 2
        c = raw[i]
        i += 1
        if k == 0:
            has_sep = c == 58
        if i >= end:
            return (0 if c == 0 else 1), vals[0], vals[1], vals[2], 0
        if has_sep and c == 58:
            continue
        if c == 46 or c == 44:
            break
        if not has_sep:
            i -= 1
        else:
            return None
    count = min(end - i, 6)
    us = _digits(raw, i, count)
    if us is None:
        return None
    i += count
    if 0 < count < 6:
        us *= 10 ** (6 - count)
    while 48 <= raw[i] <= 57:
        i += 1
    return (0 if raw[i] == 0 else 1), vals[0], vals[1], vals[2], us


def _iso_time(raw, start, end):
    """(h, m, s, us, tz) of the time in raw[start:end] (raw NUL-ended),
    tz being None or (seconds, microseconds); None if malformed."""
    tzpos = start
    while True:
        c = raw[tzpos]
        if c == 90 or c == 43 or c == 45:
            break
        tzpos += 1
        if tzpos >= end:
            break
    parsed = _hh_mm_ss_ff(raw, start, tzpos)
    if parsed is None:
        return None
    rv, h, m, s, us = parsed
    if tzpos >= end:
        if rv == 1:
            return None
        return h, m, s, us, None
    if raw[tzpos] == 90:
        if raw[tzpos + 1] != 0:
            return None
        return h, m, s, us, (0, 0)
    sign = -1 if raw[tzpos] == 45 else 1
    parsed = _hh_mm_ss_ff(raw, tzpos + 1, end)
    if parsed is None:
        return None
    rv, th, tm, ts, tus = parsed
    if rv:
        return None
    return h, m, s, us, (sign * (th * 3600 + tm * 60 + ts), sign * tus)


def _iso_separator(raw):
    """Where the date of a datetime string ends (3.11's rules); None if
    it cannot."""
    n = len(raw) - 1
    if n == 7:
        return 7
    if raw[4] == 45:
        if raw[5] == 87:
            if n < 8:
                return None
            if n > 8 and raw[8] == 45:
                if n == 9:
                    return None
                if n > 10 and 48 <= raw[10] <= 57:
                    return 8
                return 10
            return 8
        return 10
    if raw[4] == 87:
        i = 7
        while i < n and 48 <= raw[i] <= 57:
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _iso_fast(s):
    """(y, m, d, H, M, S, us) of the common forms YYYY-MM-DD and
    YYYY-MM-DD(T| )HH:MM:SS[.ffffff], or None: the general parser (which
    reads these the same) decides the rest."""
    n = len(s)
    if (n != 10 and n != 19 and n != 26) or s[4] != "-" or s[7] != "-":
        return None
    if n == 10:
        digits = s[:4] + s[5:7] + s[8:]
    else:
        if (s[10] != "T" and s[10] != " ") or s[13] != ":" or s[16] != ":":
            return None
        if n == 26 and s[19] != ".":
            return None
        digits = (s[:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + s[17:19]
                  + s[20:])
    if not (digits.isascii() and digits.isdigit()):
        return None
    if n == 10:
        return int(s[:4]), int(s[5:7]), int(s[8:]), 0, 0, 0, 0
    return (int(s[:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]),
            int(s[14:16]), int(s[17:19]), int(s[20:]) if n == 26 else 0)


def _iso_datetime(text):
    # The separator may be any character: a non-ASCII one at a place a
    # separator can be is taken as 'T'.
    for pos in (7, 8, 10):
        if pos >= len(text):
            break
        if ord(text[pos]) > 127:
            text = text[:pos] + "T" + text[pos + 1:]
            break
    raw = text.encode("utf-8") + b"\0"
    n = len(raw) - 1
    sep = _iso_separator(raw)
    ymd = _iso_date(raw, sep)
    if ymd is None:
        return None
    y, m, d = ymd
    if sep is None or n <= sep:
        return y, m, d, 0, 0, 0, 0, None
    t = _iso_time(raw, sep + 1, n)
    if t is None:
        return None
    return (y, m, d) + t
