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

from _datetime_core import (
    MINYEAR, MAXYEAR, _DBM, _DIM, _EPOCH_ORDINAL, _INT_MAX, _INT_MIN,
    _MAXORDINAL, _ONE_DAY, _US_PER_DAY, _ZERO, _broken_time, _call_tzname,
    _check_date_fields, _check_offset, _check_time_fields, _cint,
    _format_offset, _format_time, _iso_date, _iso_datetime, _iso_time,
    _iso_fast, _iso_week1_monday, _iso_week_ok, _ord2ymd, _td, _td_us, _timestamp_parts,
    _tpname, _wrap_strftime, _ymd2ord, timedelta,
)

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _tpname(tz))


def _iso_tz(tz):
    if tz is None:
        return None
    secs, us = tz
    if secs == 0 and us == 0:
        return _UTC
    return timezone(timedelta(seconds=secs, microseconds=us))


# -- date -------------------------------------------------------------------

def _mkdate(cls, y, m, d):
    """A date of valid fields: built directly for date, through the
    constructor for a subclass (as CPython calls it)."""
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    if cls is datetime:
        return _mkdt(datetime, y, m, d, 0, 0, 0, 0, None, 0)
    return cls(y, m, d)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if (month is _MISSING and isinstance(year, (bytes, str))
                and len(year) == 4):
            state = year.encode("latin1") if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                self = object.__new__(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2]
                self._day = state[3]
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
        if len(date_string) == 10:
            fast = _iso_fast(date_string)
            if fast is not None:
                return _mkdate_checked(cls, fast[0], fast[1], fast[2])
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
        fields = None
        if type(self) is date:
            fields = (self._year, self._month, self._day, 0, 0, 0)
        return _wrap_strftime(format, fields, self.timetuple, 0, None, None)

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
        return hash((self._year, self._month, self._day))

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
                 "_fold")

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
        return _wrap_strftime(
            format, (1900, 1, 1, self._hour, self._minute, self._second),
            self._timetuple, self._microsecond, self._tzinfo, None)

    def _timetuple(self):
        return _tmod.struct_time((1900, 1, 1, self._hour, self._minute,
                                  self._second, 0, 1, -1))

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
        t = self.replace(fold=0) if self._fold else self
        off = t.utcoffset()
        secs = self._hour * 3600 + self._minute * 60 + self._second
        if off is not None:
            secs -= off._days * 86400 + off._seconds
        return hash((secs, self._microsecond))

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
        parsed = _iso_fast(date_string)
        if parsed is not None:
            parsed += (None,)
        elif len(date_string) >= 7:
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
        fields = None
        if type(self) is datetime:
            fields = (self._year, self._month, self._day, self._hour,
                      self._minute, self._second)
        return _wrap_strftime(format, fields, self.timetuple,
                              self._microsecond, self._tzinfo, self)

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
        off = None
        if self._tzinfo is not None:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
        n = ((_ymd2ord(self._year, self._month, self._day) * 24
              + self._hour) * 60 + self._minute) * 60 + self._second
        n = n * 1000000 + self._microsecond
        if off is not None:
            n -= off._us()
        return hash(n)

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

date.min = _mkdate(date, 1, 1, 1)
date.max = _mkdate(date, 9999, 12, 31)
date.resolution = _ONE_DAY
datetime.min = _mkdt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mkdt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td(0, 0, 1)
_EPOCH = _mkdt(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
