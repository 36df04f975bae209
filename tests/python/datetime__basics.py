# datetime's classes: constructors, attributes, reprs and strs, the
# class constants, replace, combine, conversions, subclasses, pickling
# through copy, and formatting with format().
import copy
import datetime as dt_module
from datetime import (MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta,
                      timezone, tzinfo)

print(MINYEAR, MAXYEAR, UTC is timezone.utc, dt_module.UTC)
print(sorted(dt_module.__all__))
print(date, datetime, time, timedelta, timezone, tzinfo)
print(issubclass(datetime, date), issubclass(timezone, tzinfo))
for v in (date.min, date.max, date.resolution, datetime.min, datetime.max,
          datetime.resolution, time.min, time.max, time.resolution,
          timedelta.min, timedelta.max, timedelta.resolution, timezone.utc,
          timezone.min, timezone.max):
    print(repr(v), "|", str(v))

d = date(2024, 2, 29)
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
ic = d.isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic), ic == (2024, 9, 4))
print(d.ctime(), d.isoformat(), str(d), d.timetuple())
print(d.replace(year=2025, day=28), d.replace(month=3))
print(repr(date.fromordinal(738000)), date.fromisocalendar(2020, 53, 7))

t = time(13, 5, 9, 7, tzinfo=timezone(timedelta(hours=-5), "EST"), fold=1)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(t), str(t), t.utcoffset(), t.dst(), t.tzname())
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)))
print(t.replace(hour=1, tzinfo=None), repr(t.replace(fold=0)))
print(bool(time()), bool(time(0, tzinfo=timezone.utc)))

dt = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(repr(dt), str(dt), dt.isoformat())
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 0, 5)))
print(repr(datetime(2024, 1, 2, fold=1)), repr(dt.replace(fold=1)))
print(dt.date(), repr(dt.time()), repr(dt.timetz()))
print(dt.timetuple())
print(dt.utctimetuple())
print(datetime(2024, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=5))).utctimetuple())
print(dt.timestamp(), datetime(2024, 1, 2, 3, 4, 5, 6).timestamp())
print(dt.ctime(), dt.weekday(), dt.isocalendar())
print(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc)))
print(datetime.combine(datetime(2020, 5, 17, 9), time(8, 30), timezone.utc))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromtimestamp(1700000000.123456, timezone(timedelta(hours=9))))
print(datetime.utcfromtimestamp(1e9), date.fromtimestamp(1e9))
print(datetime.fromtimestamp(-1.5), datetime.fromtimestamp(0.0000005))
print(repr(datetime(2020, 3, 1, 12).astimezone()))
print(repr(datetime(2020, 3, 1, 12, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-8)))))
print(datetime(2020, 3, 1, 12, tzinfo=timezone.utc).astimezone(timezone.utc) is not None)

# Arithmetic across month, year and leap boundaries.
print(date(2024, 2, 28) + timedelta(1), date(2023, 2, 28) + timedelta(1))
print(date(2023, 12, 31) + timedelta(1), date(2024, 3, 1) - timedelta(1))
print(date(2100, 2, 28) + timedelta(1), date(2000, 2, 28) + timedelta(1))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2023, 3, 1) - date(2024, 3, 1))
print(datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2024, 1, 1) - timedelta(microseconds=1))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2))) - datetime(2024, 1, 1, tzinfo=timezone.utc))
print(repr(timedelta(days=-1, seconds=86399)), repr(timedelta(hours=-1)), repr(timedelta(0)))
print(str(timedelta(days=-1, seconds=86399)), str(timedelta(days=2, microseconds=5)), str(-timedelta(days=1)))
print(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1))
print(timedelta(1.5), timedelta(seconds=0.1), timedelta(microseconds=-0.5), timedelta(microseconds=1.5))
print(timedelta(hours=36).total_seconds(), timedelta(microseconds=1).total_seconds())
print(timedelta(1) // timedelta(hours=5), timedelta(1) % timedelta(hours=5), divmod(timedelta(1), timedelta(hours=-5)))
print(timedelta(1) / 3, timedelta(1) / 2.5, timedelta(1) * 0.1, timedelta(1) // 7, 3 * timedelta(1))
print(abs(timedelta(-1)), +timedelta(-1), -timedelta(seconds=1), bool(timedelta(0)))

# Hashing: equal values hash equal, across zones too.
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(a == b, hash(a) == hash(b), len({a, b}))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
print(time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))))
print(hash(time(12, tzinfo=timezone.utc)) == hash(time(13, tzinfo=timezone(timedelta(hours=1)))))
print(timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"), timezone.utc == timezone(timedelta(0)))
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), "UTC")))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]))
print(max(timedelta(1), timedelta(hours=25)), min(time(3), time(2, 59)))

# Formatting.
print(format(dt, ""), format(dt, "%Y/%m/%d %H-%M %Z %z"), f"{d:%A %d %B %Y}", f"{t:%H:%M:%S.%f %z %Z}")
print(dt.strftime("%c|%x|%X|%j|%U|%W|%G-%V-%u|%e|%%|%f"), date(5, 1, 1).strftime("%Y %C %y %G"))
print(timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(seconds=-1)), timezone(timedelta(hours=-1), "X").tzname(None))

# Subclasses keep their type through arithmetic and constructors.
class MyDate(date):
    def __repr__(self):
        return "MyDate<%s>" % self.isoformat()


class MyDT(datetime):
    pass


class MyTD(timedelta):
    pass


md = MyDate(2020, 1, 31)
print(md, repr(md + timedelta(1)), type(md - timedelta(1)).__name__, repr(MyDate.today() > date(2000, 1, 1)))
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__, type(md.replace(day=1)).__name__)
m = MyDT(2020, 1, 1, 5)
print(repr(m), repr(m + timedelta(hours=1)), type(MyDT.now()).__name__, type(MyDT.fromtimestamp(0)).__name__)
print(repr(MyDT.strptime("2020", "%Y")), repr(MyDT.combine(date(1, 1, 1), time())))
print(repr(MyTD(1, 2, 3)), repr(MyTD(1) + MyTD(2)), type(-MyTD(1)).__name__)

# Copies and reductions.
for v in (d, t, dt, timedelta(1, 2, 3), timezone.utc, timezone(timedelta(hours=1), "X"),
          datetime(2020, 1, 1, fold=1), time(1, fold=1), ic):
    c = copy.deepcopy(v)
    print(repr(c), c == v, type(c) is type(v) or type(c).__name__)
print(d.__reduce__(), dt.__reduce__(), time(1, 2, 3, 4).__reduce__(), timedelta(1).__reduce__())
print(datetime(2020, 1, 1, fold=1).__reduce_ex__(4), datetime(2020, 1, 1, fold=1).__reduce_ex__(2))
print(repr(date(b"\x07\xe4\x01\x02")), repr(datetime(b"\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06", timezone.utc)))

now = datetime.now()
print(type(now).__name__, now.tzinfo, datetime.now(timezone.utc).tzinfo, abs(datetime.utcnow() - now) < timedelta(seconds=5))
print(date.today() == now.date() or date.today() - now.date() == timedelta(1), datetime.today().tzinfo)
