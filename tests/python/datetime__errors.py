# datetime's errors: CPython's exception types and messages for bad
# arguments, out-of-range values and mixed naive/aware operations.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: date(2.0, 1, 1))
t(lambda: date("1", 2, 29))
t(lambda: date(2 ** 40, 1, 1))
t(lambda: date(-2 ** 40, 1, 1))
t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1))
t(lambda: date(1, 13, 1))
t(lambda: date(1, 0, 1))
t(lambda: date(2023, 2, 29))
t(lambda: date(2024, 2, 30))
t(lambda: date(2024, 4, 31))
t(lambda: date(1, 2))
t(lambda: datetime(2020))
t(lambda: date.fromisocalendar(0, 1, 1))
t(lambda: date.fromisocalendar(2020, 54, 1))
t(lambda: date.fromisocalendar(2021, 53, 1))
t(lambda: date.fromisocalendar(2020, 53, 1))
t(lambda: date.fromisocalendar(2020, 5, 8))
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal(3652060))
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: datetime.max + timedelta(microseconds=1))
t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: time(24))
t(lambda: time(1, 60))
t(lambda: time(1, 1, 60))
t(lambda: time(1, 1, 1, 10 ** 6))
t(lambda: time(-1))
t(lambda: time(1, 1, 1, 1, 3))
t(lambda: time(1, fold=2))
t(lambda: datetime(2020, 1, 1, 25))
t(lambda: datetime(2020, 1, 1, tzinfo="UTC"))
t(lambda: timedelta("1"))
t(lambda: timedelta(1, "2"))
t(lambda: timedelta(days=1e9))
t(lambda: timedelta(days=10 ** 9))
t(lambda: timedelta(days=-10 ** 9))
t(lambda: timedelta(days=10 ** 10))
t(lambda: timedelta(days=float("inf")))
t(lambda: timedelta(days=float("nan")))
t(lambda: timedelta(1) / 0)
t(lambda: timedelta(1) // 0)
t(lambda: timedelta(1) / timedelta(0))
t(lambda: timedelta(1) // timedelta(0))
t(lambda: timedelta(1) % timedelta(0))
t(lambda: timedelta(1) * float("inf"))
t(lambda: timedelta(1) * float("nan"))
t(lambda: timedelta(1) / 0.0)
t(lambda: timedelta.max + timedelta(1))
t(lambda: -timedelta.max)
t(lambda: -timedelta.min)
t(lambda: timedelta.max * 2)
t(lambda: timezone(1))
t(lambda: timezone(timedelta(1)))
t(lambda: timezone(-timedelta(1)))
t(lambda: timezone(timedelta(hours=1), 3))
t(lambda: timezone(timedelta(hours=1), "x", 3))
t(lambda: timezone.utc.utcoffset(3))
t(lambda: timezone.utc.dst(3))
t(lambda: timezone.utc.tzname(3))
t(lambda: timezone.utc.fromutc(3))
t(lambda: timezone.utc.fromutc(datetime(1, 1, 1)))
t(lambda: time(1, tzinfo=timezone.utc) < time(2))
t(lambda: time(1, tzinfo=timezone.utc) == time(2))
t(lambda: datetime(1, 1, 1, tzinfo=timezone.utc) < datetime(1, 1, 1))
t(lambda: datetime(1, 1, 1, tzinfo=timezone.utc) == datetime(1, 1, 1))
t(lambda: datetime(1, 1, 1, tzinfo=timezone.utc) - datetime(1, 1, 1))
t(lambda: datetime(1, 1, 1) < date(1, 1, 1))
t(lambda: date(1, 1, 1) < datetime(1, 1, 1))
t(lambda: date(1, 1, 1) == datetime(1, 1, 1))
t(lambda: datetime(1, 1, 1) != date(1, 1, 1))
t(lambda: datetime.fromtimestamp(float("nan")))
t(lambda: datetime.fromtimestamp(1e20))
t(lambda: datetime.fromtimestamp(1e12))
t(lambda: datetime.fromtimestamp(-1e12))
t(lambda: datetime.fromtimestamp("1"))
t(lambda: datetime.utcfromtimestamp(-62135596800.5))
t(lambda: date.fromtimestamp(1e11))
t(lambda: date.fromtimestamp(float("nan")))
t(lambda: datetime.fromtimestamp(1.5, 3))
t(lambda: datetime(1, 1, 1).isoformat(timespec="x"))
t(lambda: datetime(1, 1, 1).isoformat(sep="xx"))
t(lambda: datetime(1, 1, 1).isoformat(sep=3))
t(lambda: time().isoformat(timespec="nanoseconds"))
t(lambda: date.fromisoformat(3))
t(lambda: datetime.fromisoformat(b"2020-01-01"))
t(lambda: date.fromisoformat("2020-1-1"))
t(lambda: time.fromisoformat("25:00"))
t(lambda: datetime.fromisoformat("2020-01-01T24:00"))
t(lambda: datetime.fromisoformat("2020-01-01T10:30+24:00"))
t(lambda: datetime.strptime(1, "%Y"))
t(lambda: datetime.strptime("1", 2))
t(lambda: datetime.strptime("2020", "%Y %d"))
t(lambda: datetime.strptime("2020 3x", "%Y %d"))
t(lambda: datetime.strptime("2020-02-30", "%Y-%m-%d"))
t(lambda: datetime.strptime("12:61", "%H:%S"))
t(lambda: datetime.strptime("2020", "%Y %"))
t(lambda: datetime.strptime("2020", "%Y %Q"))
t(lambda: datetime.combine(1, time()))
t(lambda: datetime.combine(date(1, 1, 1), 1))
t(lambda: datetime.combine(date(1, 1, 1), time(), 1))
t(lambda: datetime(1, 1, 1).astimezone(3))
t(lambda: datetime(1, 1, 1).astimezone())
t(lambda: datetime(9999, 12, 31, fold=1).astimezone())
t(lambda: datetime(1, 1, 1).timestamp())
t(lambda: datetime.min.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-3))))
t(lambda: format(date(1, 1, 1), 3))
t(lambda: date(1, 1, 1).strftime(3))
t(lambda: date(1, 1, 1).replace(month=13))
t(lambda: datetime(2020, 1, 1).replace(tzinfo=3))
t(lambda: datetime(2020, 1, 1).replace(fold=2))
t(lambda: tzinfo().utcoffset(None))
t(lambda: tzinfo().dst(None))
t(lambda: tzinfo().tzname(None))
t(lambda: tzinfo().fromutc(datetime(1, 1, 1)))
t(lambda: tzinfo().fromutc(1))
# (The interpreter names the classes without "datetime." in these.)
for f in (lambda: timedelta(1) + 1, lambda: 1 - timedelta(1),
          lambda: date(2020, 1, 1) + date(2020, 1, 1),
          lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1),
          lambda: time(1) + timedelta(1), lambda: timedelta(1) * timedelta(1),
          lambda: 1.5 / timedelta(1), lambda: date(2020, 1, 1) < 3):
    try:
        f()
    except TypeError:
        print("TypeError")
t(lambda: hash(timezone) is not None)


class BadOffset(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def dst(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


for value in (3, timedelta(days=1), -timedelta(hours=24), timedelta(hours=2)):
    dt = datetime(2020, 1, 1, tzinfo=BadOffset(value))
    t(dt.utcoffset)
    t(dt.dst)
    t(dt.tzname)
    t(dt.isoformat)
    t(lambda: dt.strftime("%z"))
    t(time(1, tzinfo=BadOffset(value)).utcoffset)

# Output:
# TypeError 'float' object cannot be interpreted as an integer
# TypeError 'str' object cannot be interpreted as an integer
# OverflowError signed integer is greater than maximum
# OverflowError signed integer is less than minimum
# ValueError year 0 is out of range
# ValueError year 10000 is out of range
# ValueError month must be in 1..12
# ValueError month must be in 1..12
# ValueError day is out of range for month
# ValueError day is out of range for month
# ValueError day is out of range for month
# TypeError function missing required argument 'day' (pos 3)
# TypeError function missing required argument 'month' (pos 2)
# ValueError Year is out of range: 0
# ValueError Invalid week: 54
# ValueError Invalid week: 53
# datetime.date(2020, 12, 28)
# ValueError Invalid day: 8 (range is [1, 7])
# ValueError ordinal must be >= 1
# ValueError year 10000 is out of range
# OverflowError date value out of range
# OverflowError date value out of range
# OverflowError date value out of range
# OverflowError date value out of range
# ValueError hour must be in 0..23
# ValueError minute must be in 0..59
# ValueError second must be in 0..59
# ValueError microsecond must be in 0..999999
# ValueError hour must be in 0..23
# TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# ValueError fold must be either 0 or 1
# ValueError hour must be in 0..23
# TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'str'
# TypeError unsupported type for timedelta days component: str
# TypeError unsupported type for timedelta seconds component: str
# OverflowError days=1000000000; must have magnitude <= 999999999
# OverflowError days=1000000000; must have magnitude <= 999999999
# OverflowError days=-1000000000; must have magnitude <= 999999999
# OverflowError Python int too large to convert to C int
# OverflowError cannot convert float infinity to integer
# ValueError cannot convert float NaN to integer
# ZeroDivisionError integer division or modulo by zero
# ZeroDivisionError integer division or modulo by zero
# ZeroDivisionError division by zero
# ZeroDivisionError integer division or modulo by zero
# ZeroDivisionError integer modulo by zero
# OverflowError cannot convert Infinity to integer ratio
# ValueError cannot convert NaN to integer ratio
# ZeroDivisionError integer division or modulo by zero
# OverflowError days=1000000000; must have magnitude <= 999999999
# OverflowError days=-1000000000; must have magnitude <= 999999999
# datetime.timedelta(days=999999999)
# OverflowError days=1999999999; must have magnitude <= 999999999
# TypeError timezone() argument 1 must be datetime.timedelta, not int
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=-1).
# TypeError timezone() argument 2 must be str, not int
# TypeError timezone() takes at most 2 arguments (3 given)
# TypeError utcoffset(dt) argument must be a datetime instance or None, not int
# TypeError dst(dt) argument must be a datetime instance or None, not int
# TypeError tzname(dt) argument must be a datetime instance or None, not int
# TypeError fromutc: argument must be a datetime
# ValueError fromutc: dt.tzinfo is not self
# TypeError can't compare offset-naive and offset-aware times
# False
# TypeError can't compare offset-naive and offset-aware datetimes
# False
# TypeError can't subtract offset-naive and offset-aware datetimes
# TypeError can't compare datetime.datetime to datetime.date
# TypeError can't compare datetime.datetime to datetime.date
# False
# True
# ValueError Invalid value NaN (not a number)
# OverflowError timestamp out of range for platform time_t
# ValueError year 33658 is out of range
# ValueError year -29719 is out of range
# TypeError 'str' object cannot be interpreted as an integer
# ValueError year 0 is out of range
# datetime.date(5138, 11, 16)
# ValueError Invalid value NaN (not a number)
# TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# ValueError Unknown timespec value
# TypeError isoformat() argument 1 must be a unicode character, not str
# TypeError isoformat() argument 1 must be a unicode character, not int
# ValueError Unknown timespec value
# TypeError fromisoformat: argument must be str
# TypeError fromisoformat: argument must be str
# ValueError Invalid isoformat string: '2020-1-1'
# ValueError hour must be in 0..23
# ValueError hour must be in 0..23
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# TypeError strptime() argument 1 must be str, not int
# TypeError strptime() argument 2 must be str, not int
# ValueError time data '2020' does not match format '%Y %d'
# ValueError unconverted data remains: x
# ValueError day is out of range for month
# ValueError second must be in 0..59
# ValueError stray % in format '%Y %'
# ValueError 'Q' is a bad directive in format '%Y %Q'
# TypeError combine() argument 1 must be datetime.date, not int
# TypeError combine() argument 2 must be datetime.time, not int
# TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# ValueError year 0 is out of range
# ValueError year 10000 is out of range
# ValueError year 0 is out of range
# OverflowError date value out of range
# TypeError format() argument 2 must be str, not int
# TypeError strftime() argument 1 must be str, not int
# ValueError month must be in 1..12
# TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# ValueError fold must be either 0 or 1
# NotImplementedError a tzinfo subclass must implement utcoffset()
# NotImplementedError a tzinfo subclass must implement dst()
# NotImplementedError a tzinfo subclass must implement tzname()
# ValueError fromutc: dt.tzinfo is not self
# TypeError fromutc: argument must be a datetime
# TypeError
# TypeError
# TypeError
# TypeError
# TypeError
# TypeError
# TypeError
# TypeError
# True
# TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# TypeError tzinfo.dst() must return None or timedelta, not 'int'
# TypeError tzinfo.tzname() must return None or a string, not 'int'
# TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# TypeError tzinfo.dst() must return None or timedelta, not 'int'
# TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# TypeError tzinfo.tzname() must return None or a string, not 'datetime.timedelta'
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# TypeError tzinfo.tzname() must return None or a string, not 'datetime.timedelta'
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# datetime.timedelta(seconds=7200)
# datetime.timedelta(seconds=7200)
# TypeError tzinfo.tzname() must return None or a string, not 'datetime.timedelta'
# '2020-01-01T00:00:00+02:00'
# '+0200'
# datetime.timedelta(seconds=7200)
