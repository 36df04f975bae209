"""Fast implementation of the datetime type.

sandpy's `datetime`, written from the documentation of CPython 3.11's
module: date, time, datetime, timedelta, tzinfo and timezone over the
proleptic Gregorian calendar, with CPython's reprs, messages and rounding.

Dates are kept as (year, month, day) fields; arithmetic goes through the
proleptic ordinal (0001-01-01 is day 1). A sandbox's local time zone is
UTC (as `time.localtime` says), so naive "local" times are UTC times.

Mutable module-level state: none (the module is shared frozen; its
values are constants, classes and functions).
"""

import time as _tmod
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_EPOCH_ORDINAL = 719163
_US_PER_DAY = 86400000000
_INT_MAX = 2 ** 31 - 1
_INT_MIN = -2 ** 31

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


# -- calendar arithmetic ----------------------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


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


def _tpname(obj):
    """The type's name as CPython's C types print it."""
    cls = type(obj)
    if cls in _BUILTIN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


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


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _tpname(tz))


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


def _wrap_strftime(fmt, timetuple, us, tz, tzarg):
    """Expand %f, %z and %Z here, the rest through time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % _tpname(fmt))
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
    self._hashcode = -1
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

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

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
        self._hashcode = -1
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
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

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


# -- date -------------------------------------------------------------------

def _mkdate(cls, y, m, d):
    """A date of valid fields: built directly for date, through the
    constructor for a subclass (as CPython calls it)."""
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    if cls is datetime:
        return _mkdt(datetime, y, m, d, 0, 0, 0, 0, None, 0)
    return cls(y, m, d)


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(n)
    return _mkdate(cls, y, m, d)


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


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if (month is _MISSING and isinstance(year, (bytes, str))
                and len(year) == 4):
            state = year.encode("latin1") if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                self = object.__new__(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2]
                self._day = state[3]
                self._hashcode = -1
                return self
        if year is _MISSING:
            raise TypeError("function missing required argument 'year' "
                            "(pos 1)")
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' "
                            "(pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' "
                            "(pos 3)")
        if not (type(year) is int and type(month) is int and type(day) is int
                and 1 <= year <= 9999 and 1 <= month <= 12
                and 1 <= day <= 28):
            year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # Constructors.

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

        The timestamp is a number, e.g. created via time.time(), that is
        interpreted as local time."""
        secs, _ = _timestamp_parts(t, True)
        y, m, d = _broken_time(secs)[:3]
        return _mkdate(cls, y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_tmod.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _cint(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _mkdate(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        raw = date_string.encode("utf-8")
        if len(raw) in (7, 8, 10):
            ymd = _iso_date(raw + b"\0", len(raw))
            if ymd is not None:
                return _mkdate_checked(cls, *ymd)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        year = _cint(year)
        week = _cint(week)
        day = _cint(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not _iso_week_ok(year, week):
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _mkdate(cls, y, m, d)

    # Fields and conversions.

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        wd = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(format, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s"
                            % _tpname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        y, m, d = self._year, self._month, self._day
        n = _ymd2ord(y, m, d)
        return _tmod.struct_time((y, m, d, 0, 0, 0, (n + 6) % 7,
                                  n - _ymd2ord(y, 1, 1) + 1, -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
        Monday == 0 ... Sunday == 6"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
        Monday == 1 ... Sunday == 7"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        today = _ymd2ord(year, self._month, self._day)
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        """Return date with new specified fields."""
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        return date.__new__(type(self), year, month, day)

    # Comparisons and hashing.

    def _cmp_other(self, other):
        return (isinstance(other, date) and not isinstance(other, datetime))

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return not (self._day == other._day
                        and self._month == other._month
                        and self._year == other._year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    < (other._year, other._month, other._day))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    <= (other._year, other._month, other._day))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    > (other._year, other._month, other._day))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    >= (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # Arithmetic.

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
            return _mkdate(type(self), y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) - other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
            return _mkdate(type(self), y, m, d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td(_ymd2ord(self._year, self._month, self._day)
                       - _ymd2ord(other._year, other._month, other._day),
                       0, 0)
        return NotImplemented

    # Pickling.

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month,
                      self._day))

    def __reduce__(self):
        return (type(self), (self._state(),))


def _mkdate_checked(cls, y, m, d):
    if cls is date or cls is datetime:
        y, m, d = _check_date_fields(y, m, d)
        return _mkdate(cls, y, m, d)
    return cls(y, m, d)


def _iso_week_ok(year, week):
    if 1 <= week <= 52:
        return True
    if week != 53:
        return False
    first = (_ymd2ord(year, 1, 1) + 6) % 7
    return first == 3 or (first == 2 and _is_leap(year))


class IsoCalendarDate(tuple):
    """The result of date.isocalendar(): (year, week, weekday)."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _tpname(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


# -- tzinfo and timezone ----------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError(
            "a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _check_offset("dst", self.dst(dt))
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        if state is None:
            return (type(self), args)
        return (type(self), args, state)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_MISSING, name=_MISSING, *extra):
        if extra:
            raise TypeError("timezone() takes at most 2 arguments (%d given)"
                            % (2 + len(extra)))
        if offset is _MISSING:
            raise TypeError("timezone() missing required argument 'offset' "
                            "(pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime."
                            "timedelta, not %s" % _tpname(offset))
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _tpname(name))
        if name is None and not offset:
            return _UTC
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base "
                        "type")

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (what, _tpname(dt)))

    def utcoffset(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_dt(dt, "dst")
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


def _new_timezone(offset, name):
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), "
                         "not %r." % (offset,))
    self = object.__new__(timezone)
    self._offset = _td(offset._days, offset._seconds, offset._microseconds)
    self._name = name
    return self


_UTC = object.__new__(timezone)
_UTC._offset = _ZERO
_UTC._name = None
timezone.utc = _UTC
timezone.min = _new_timezone(_td(-1, 60, 0), None)
timezone.max = _new_timezone(_td(0, 86340, 0), None)
UTC = _UTC


def _local_tz():
    """The sandbox's local zone (UTC), made afresh as CPython makes it."""
    return _new_timezone(_ZERO, "UTC")


# -- time -------------------------------------------------------------------

def _mktime(cls, h, m, s, us, tz, fold):
    if cls is time:
        self = object.__new__(time)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(h, m, s, us, tz, fold=fold)
    return cls(h, m, s, us, tz)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            state = hour.encode("latin1") if isinstance(hour, str) else hour
            if state[0] & 127 < 24:
                tzinfo = None if minute == 0 else minute
                _check_tzinfo(tzinfo)
                self = object.__new__(cls)
                self._hour = state[0] & 127
                self._minute = state[1]
                self._second = state[2]
                self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
                self._tzinfo = tzinfo
                self._fold = 1 if state[0] > 127 else 0
                self._hashcode = -1
                return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        raw = time_string.encode("utf-8")
        start = 1 if raw[:1] == b"T" else 0
        parsed = _iso_time(raw + b"\0", start, len(raw))
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, s, us, tz = parsed
        tz = _iso_tz(tz)
        if cls is time:
            h, m, s, us, _ = _check_time_fields(h, m, s, us, 0)
            return _mktime(time, h, m, s, us, tz, 0)
        return cls(h, m, s, us, tz)

    # Time zone.

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    # Text.

    def __repr__(self):
        h, m, s, us = self._hour, self._minute, self._second, self._microsecond
        if us:
            text = "%s(%d, %d, %d, %d)" % (_tpname(self), h, m, s, us)
        elif s:
            text = "%s(%d, %d, %d)" % (_tpname(self), h, m, s)
        else:
            text = "%s(%d, %d)" % (_tpname(self), h, m)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % _tpname(timespec))
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        if self._tzinfo is not None:
            text += _format_offset(self.utcoffset(), ":")
        return text

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = _tmod.struct_time((1900, 1, 1, self._hour, self._minute,
                                self._second, 0, 1, -1))
        return _wrap_strftime(format, tt, self._microsecond, self._tzinfo,
                              None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s"
                            % _tpname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        """Return time with new specified fields."""
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        return time.__new__(type(self), hour, minute, second, microsecond,
                            tzinfo, fold=fold)

    # Comparisons.

    def _compare(self, other, eq):
        if self._tzinfo is other._tzinfo:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second,
                 other._microsecond)
            return (a > b) - (a < b)
        o1 = self.utcoffset()
        o2 = other.utcoffset()
        if o1 == o2:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second,
                 other._microsecond)
            return (a > b) - (a < b)
        if o1 is None or o2 is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        a = (self._hour * 3600 + self._minute * 60 + self._second
             - o1._days * 86400 - o1._seconds, self._microsecond)
        b = (other._hour * 3600 + other._minute * 60 + other._second
             - o2._days * 86400 - o2._seconds, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            secs = self._hour * 3600 + self._minute * 60 + self._second
            if off is None:
                self._hashcode = hash((secs, self._microsecond))
            else:
                self._hashcode = hash((secs - off._days * 86400
                                       - off._seconds, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    # Pickling.

    def _state(self, protocol):
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        us = self._microsecond
        return bytes((h, self._minute, self._second, us >> 16,
                      (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return (type(self), (self._state(protocol),))
        return (type(self), (self._state(protocol), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = _mktime(time, 0, 0, 0, 0, None, 0)
time.max = _mktime(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(0, 0, 1)


# -- datetime ---------------------------------------------------------------

def _mkdt(cls, y, m, d, hh, mi, ss, us, tz, fold):
    """A datetime of valid fields (see _mkdate for subclasses)."""
    if cls is datetime:
        return _raw_dt(datetime, y, m, d, hh, mi, ss, us, tz, fold)
    if fold:
        return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mi, ss, us, tz)


def _raw_dt(cls, y, m, d, hh, mi, ss, us, tz, fold):
    """A `cls` instance of valid fields, no constructor called."""
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _dt_from_seconds(cls, secs, us, tz):
    """The datetime of POSIX time secs + us, in UTC (naive unless tz)."""
    y, m, d, hh, mi, ss = _broken_time(secs)
    return _mkdt(cls, y, m, d, hh, mi, ss, us, tz, 0)


def _local_seconds(dt):
    """Seconds since 0001-01-01 of a naive datetime taken as local time
    (UTC), checking the day either side as CPython's search does."""
    t = ((_ymd2ord(dt._year, dt._month, dt._day) * 24 + dt._hour) * 60
         + dt._minute) * 60 + dt._second
    if dt._fold:
        if t + 86400 >= (_MAXORDINAL + 1) * 86400:
            raise ValueError("year %d is out of range" % (MAXYEAR + 1))
    elif t - 86400 < 86400:
        raise ValueError("year %d is out of range" % (MINYEAR - 1))
    return t


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0,
                minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10:
            state = year.encode("latin1") if isinstance(year, str) else year
            if 1 <= state[2] & 127 <= 12:
                tz = None if month is _MISSING else month
                _check_tzinfo(tz)
                self = object.__new__(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2] & 127
                self._day = state[3]
                self._hour = state[4]
                self._minute = state[5]
                self._second = state[6]
                self._microsecond = ((state[7] << 16) | (state[8] << 8)
                                     | state[9])
                self._tzinfo = tz
                self._fold = 1 if state[2] > 127 else 0
                self._hashcode = -1
                return self
        if year is _MISSING:
            raise TypeError("function missing required argument 'year' "
                            "(pos 1)")
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' "
                            "(pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' "
                            "(pos 3)")
        if not (type(year) is int and type(month) is int and type(day) is int
                and 1 <= year <= 9999 and 1 <= month <= 12
                and 1 <= day <= 28):
            year, month, day = _check_date_fields(year, month, day)
        if not (type(hour) is int and type(minute) is int
                and type(second) is int and type(microsecond) is int
                and 0 <= hour <= 23 and 0 <= minute <= 59
                and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and fold == 0 and type(fold) is int):
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Constructors.

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _timestamp_parts(t, False)
        result = _dt_from_seconds(cls, secs, us, tz)
        if tz is not None:
            return tz.fromutc(result)
        # CPython looks a day back for a fold in the local zone.
        if secs - 86400 < -62135596800:
            raise ValueError("year 0 is out of range")
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _timestamp_parts(t, False)
        return _dt_from_seconds(cls, secs, us, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        ns = _tmod.time_ns()
        secs, ns = divmod(ns, 10 ** 9)
        result = _dt_from_seconds(cls, secs, ns // 1000, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        ns = _tmod.time_ns()
        secs, ns = divmod(ns, 10 ** 9)
        return _dt_from_seconds(cls, secs, ns // 1000, None)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_tmod.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % _tpname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % _tpname(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _mkdt(cls, date._year, date._month, date._day, time._hour,
                     time._minute, time._second, time._microsecond, tzinfo,
                     time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = None
        if len(date_string) >= 7:
            parsed = _iso_datetime(date_string)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        y, m, d, hh, mi, ss, us, tz = parsed
        tz = _iso_tz(tz)
        if cls is datetime:
            y, m, d = _check_date_fields(y, m, d)
            hh, mi, ss, us, _ = _check_time_fields(hh, mi, ss, us, 0)
            return _mkdt(datetime, y, m, d, hh, mi, ss, us, tz, 0)
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % _tpname(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % _tpname(format))
        fields, fraction, gmtoff_us = _tmod._parse(date_string, format)
        args = fields[:6] + (fraction,)
        zone, gmtoff = fields[-2:]
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
            if zone:
                args += (timezone(delta, zone),)
            else:
                args += (timezone(delta),)
        return cls(*args)

    # Time zone.

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            if mytz is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            # Naive: local time, which is UTC in a sandbox.
            _local_seconds(self)
            offset = _ZERO
        utc = self - offset
        if tz is None:
            tz = _local_tz()
        utc = _raw_dt(type(utc), utc._year, utc._month, utc._day, utc._hour,
                      utc._minute, utc._second, utc._microsecond, tz,
                      utc._fold)
        return tz.fromutc(utc)

    # Parts and conversions.

    def date(self):
        """Return date object with same year, month and day."""
        return _mkdate(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _mktime(time, self._hour, self._minute, self._second,
                       self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _mktime(time, self._hour, self._minute, self._second,
                       self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING,
                hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        """Return datetime with new specified fields."""
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        return datetime.__new__(type(self), year, month, day, hour, minute,
                                second, microsecond, tzinfo, fold=fold)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        y, m, d = self._year, self._month, self._day
        n = _ymd2ord(y, m, d)
        return _tmod.struct_time((y, m, d, self._hour, self._minute,
                                  self._second, (n + 6) % 7,
                                  n - _ymd2ord(y, 1, 1) + 1, isdst))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        y, m, d = t._year, t._month, t._day
        n = _ymd2ord(y, m, d)
        return _tmod.struct_time((y, m, d, t._hour, t._minute, t._second,
                                  (n + 6) % 7, n - _ymd2ord(y, 1, 1) + 1, 0))

    def timestamp(self):
        """Return POSIX timestamp as float."""
        off = None
        if self._tzinfo is not None:
            off = self.utcoffset()
        if off is None:
            secs = _local_seconds(self) - _EPOCH_ORDINAL * 86400
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(format, self.timetuple(), self._microsecond,
                              self._tzinfo, self)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % _tpname(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % _tpname(timespec))
        text = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        if self._tzinfo is not None:
            text += _format_offset(self.utcoffset(), ":")
        return text

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        us, s = self._microsecond, self._second
        if us:
            text = "%s(%d, %d, %d, %d, %d, %d, %d)" % (
                _tpname(self), self._year, self._month, self._day,
                self._hour, self._minute, s, us)
        elif s:
            text = "%s(%d, %d, %d, %d, %d, %d)" % (
                _tpname(self), self._year, self._month, self._day,
                self._hour, self._minute, s)
        else:
            text = "%s(%d, %d, %d, %d, %d)" % (
                _tpname(self), self._year, self._month, self._day,
                self._hour, self._minute)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return text

    # Comparisons.

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other, eq):
        """-1, 0 or 1; 2 for unequal (eq only): CPython's order of checks."""
        if self._tzinfo is other._tzinfo:
            a = self._fields()
            b = other._fields()
            return (a > b) - (a < b)
        o1 = self.utcoffset()
        o2 = other.utcoffset()
        if o1 == o2:
            a = self._fields()
            b = other._fields()
            diff = (a > b) - (a < b)
        elif o1 is not None and o2 is not None:
            delta = self - other
            diff = -1 if delta._days < 0 else (1 if delta else 0)
        elif eq:
            return 2
        else:
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        if eq and diff == 0:
            # PEP 495: an offset that depends on fold makes them unequal.
            if o1 != self.replace(fold=not self._fold).utcoffset():
                return 2
            if o2 != other.replace(fold=not other._fold).utcoffset():
                return 2
        return diff

    def _other(self, other, eq):
        """Whether other compares with self; raises for a plain date."""
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and not eq:
            raise TypeError("can't compare %s to %s"
                            % (_tpname(self), _tpname(other)))
        return False

    def __eq__(self, other):
        if self._other(other, True):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if self._other(other, True):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if self._other(other, False):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._other(other, False):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._other(other, False):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._other(other, False):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            n = ((_ymd2ord(self._year, self._month, self._day) * 24
                  + self._hour) * 60 + self._minute) * 60 + self._second
            n = n * 1000000 + self._microsecond
            if off is not None:
                n -= off._us()
            self._hashcode = hash(n)
        return self._hashcode

    # Arithmetic.

    def _add(self, days, secs, us):
        us += self._microsecond
        secs += self._second + self._minute * 60 + self._hour * 3600
        if us >= 1000000 or us < 0:
            q, us = divmod(us, 1000000)
            secs += q
        if secs >= 86400 or secs < 0:
            q, secs = divmod(secs, 86400)
            days += q
        if days:
            n = _ymd2ord(self._year, self._month, self._day) + days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
        else:
            y, m, d = self._year, self._month, self._day
        mi, s = divmod(secs, 60)
        h, mi = divmod(mi, 60)
        return _mkdt(type(self), y, m, d, h, mi, s, us, self._tzinfo, 0)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._add(other._days, other._seconds,
                             other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._add(-other._days, -other._seconds,
                             -other._microseconds)
        if isinstance(other, datetime):
            d = (_ymd2ord(self._year, self._month, self._day)
                 - _ymd2ord(other._year, other._month, other._day))
            s = ((self._hour - other._hour) * 3600
                 + (self._minute - other._minute) * 60
                 + self._second - other._second)
            us = self._microsecond - other._microsecond
            total = (d * 86400 + s) * 1000000 + us
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if o1 is not None and o1 != o2:
                    total -= o1._us() - o2._us()
            return _td_us(total)
        return NotImplemented

    # Pickling.

    def _state(self, protocol):
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        us = self._microsecond
        return bytes((self._year >> 8, self._year & 255, m, self._day,
                      self._hour, self._minute, self._second, us >> 16,
                      (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return (type(self), (self._state(protocol),))
        return (type(self), (self._state(protocol), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
_tzinfo_class = tzinfo
_BUILTIN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo,
                  IsoCalendarDate)

date.min = _mkdate(date, 1, 1, 1)
date.max = _mkdate(date, 9999, 12, 31)
date.resolution = _ONE_DAY
datetime.min = _mkdt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mkdt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td(0, 0, 1)
_EPOCH = _mkdt(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)


# -- ISO 8601 parsing (3.11's fromisoformat), on the UTF-8 bytes ------------

_DIGITS = b"0123456789"


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


def _iso_tz(tz):
    if tz is None:
        return None
    secs, us = tz
    if secs == 0 and us == 0:
        return _UTC
    return timezone(timedelta(seconds=secs, microseconds=us))


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
