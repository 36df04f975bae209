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

# Output:
# 1 9999 True UTC
# ['MAXYEAR', 'MINYEAR', 'UTC', 'date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo']
# <class 'datetime.date'> <class 'datetime.datetime'> <class 'datetime.time'> <class 'datetime.timedelta'> <class 'datetime.timezone'> <class 'datetime.tzinfo'>
# True True
# datetime.date(1, 1, 1) | 0001-01-01
# datetime.date(9999, 12, 31) | 9999-12-31
# datetime.timedelta(days=1) | 1 day, 0:00:00
# datetime.datetime(1, 1, 1, 0, 0) | 0001-01-01 00:00:00
# datetime.datetime(9999, 12, 31, 23, 59, 59, 999999) | 9999-12-31 23:59:59.999999
# datetime.timedelta(microseconds=1) | 0:00:00.000001
# datetime.time(0, 0) | 00:00:00
# datetime.time(23, 59, 59, 999999) | 23:59:59.999999
# datetime.timedelta(microseconds=1) | 0:00:00.000001
# datetime.timedelta(days=-999999999) | -999999999 days, 0:00:00
# datetime.timedelta(days=999999999, seconds=86399, microseconds=999999) | 999999999 days, 23:59:59.999999
# datetime.timedelta(microseconds=1) | 0:00:00.000001
# datetime.timezone.utc | UTC
# datetime.timezone(datetime.timedelta(days=-1, seconds=60)) | UTC-23:59
# datetime.timezone(datetime.timedelta(seconds=86340)) | UTC+23:59
# 2024 2 29 3 4 738945
# datetime.IsoCalendarDate(year=2024, week=9, weekday=4) 2024 9 4 (2024, 9, 4) True
# Thu Feb 29 00:00:00 2024 2024-02-29 2024-02-29 time.struct_time(tm_year=2024, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=60, tm_isdst=-1)
# 2025-02-28 2024-03-29
# datetime.date(2021, 7, 29) 2021-01-03
# 13 5 9 7 EST 1
# datetime.time(13, 5, 9, 7, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST'), fold=1) 13:05:09.000007-05:00 -1 day, 19:00:00 None EST
# datetime.time(0, 0) datetime.time(1, 2, 3) datetime.time(1, 2, 0, 4)
# 01:05:09.000007 datetime.time(13, 5, 9, 7, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST'))
# True True
# datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc) 2024-01-02 03:04:05+00:00 2024-01-02T03:04:05+00:00
# datetime.datetime(2024, 1, 2, 0, 0) datetime.datetime(2024, 1, 2, 3, 4, 0, 5)
# datetime.datetime(2024, 1, 2, 0, 0, fold=1) datetime.datetime(2024, 1, 2, 3, 4, 5, fold=1, tzinfo=datetime.timezone.utc)
# 2024-01-02 datetime.time(3, 4, 5) datetime.time(3, 4, 5, tzinfo=datetime.timezone.utc)
# time.struct_time(tm_year=2024, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=1, tm_yday=2, tm_isdst=-1)
# time.struct_time(tm_year=2024, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=1, tm_yday=2, tm_isdst=0)
# time.struct_time(tm_year=2024, tm_mon=1, tm_mday=1, tm_hour=22, tm_min=4, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=0)
# 1704164645.0 1704164645.000006
# Tue Jan  2 03:04:05 2024 1 datetime.IsoCalendarDate(year=2024, week=1, weekday=2)
# 2020-05-17 08:30:00+00:00
# 2020-05-17 08:30:00+00:00
# 1970-01-01 00:00:00 1970-01-01 00:00:00+00:00
# 2023-11-15 07:13:20.123456+09:00
# 2001-09-09 01:46:40 2001-09-09
# 1969-12-31 23:59:58.500000 1970-01-01 00:00:00
# datetime.datetime(2020, 3, 1, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'UTC'))
# datetime.datetime(2020, 3, 1, 4, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=57600)))
# True
# 2024-02-29 2023-03-01
# 2024-01-01 2024-02-29
# 2100-03-01 2000-02-29
# 366 days, 0:00:00 -366 days, 0:00:00
# 2024-01-01 00:00:00
# 2023-12-31 23:59:59.999999
# -1 day, 22:00:00
# datetime.timedelta(days=-1, seconds=86399) datetime.timedelta(days=-1, seconds=82800) datetime.timedelta(0)
# -1 day, 23:59:59 2 days, 0:00:00.000005 -1 day, 0:00:00
# 8 days, 1:01:01.001001
# 1 day, 12:00:00 0:00:00.100000 0:00:00 0:00:00.000002
# 129600.0 1e-06
# 4 4:00:00 (-5, datetime.timedelta(days=-1, seconds=82800))
# 8:00:00 9:36:00 2:24:00 3:25:42.857142 3 days, 0:00:00
# 1 day, 0:00:00 -1 day, 0:00:00 -1 day, 23:59:59 False
# True True 1
# True True
# True
# True
# True True
# True datetime.timezone(datetime.timedelta(0), 'UTC')
# [datetime.date(2019, 5, 5), datetime.date(2020, 1, 1), datetime.date(2020, 1, 2)]
# 1 day, 1:00:00 02:59:00
# 2024-01-02 03:04:05+00:00 2024/01/02 03-04 UTC +0000 Thursday 29 February 2024 13:05:09.000007 -0500 EST
# Tue Jan  2 03:04:05 2024|01/02/24|03:04:05|002|00|01|2024-01-2| 2|%|000000 5 0 05 4
# UTC+05:30 UTC-00:00:01 X
# 2020-01-31 MyDate<2020-02-01> MyDate True
# MyDate MyDate MyDate
# MyDT(2020, 1, 1, 5, 0) MyDT(2020, 1, 1, 6, 0) MyDT MyDT
# MyDT(2020, 1, 1, 0, 0) MyDT(1, 1, 1, 0, 0)
# MyTD(days=1, seconds=2, microseconds=3) datetime.timedelta(days=3) timedelta
# datetime.date(2024, 2, 29) True True
# datetime.time(13, 5, 9, 7, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST'), fold=1) True True
# datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc) True True
# datetime.timedelta(days=1, seconds=2, microseconds=3) True True
# datetime.timezone.utc True True
# datetime.timezone(datetime.timedelta(seconds=3600), 'X') True True
# datetime.datetime(2020, 1, 1, 0, 0, fold=1) True True
# datetime.time(1, 0, fold=1) True True
# (2024, 9, 4) True tuple
# (<class 'datetime.date'>, (b'\x07\xe8\x02\x1d',)) (<class 'datetime.datetime'>, (b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x00', datetime.timezone.utc)) (<class 'datetime.time'>, (b'\x01\x02\x03\x00\x00\x04',)) (<class 'datetime.timedelta'>, (1, 0, 0))
# (<class 'datetime.datetime'>, (b'\x07\xe4\x81\x01\x00\x00\x00\x00\x00\x00',)) (<class 'datetime.datetime'>, (b'\x07\xe4\x01\x01\x00\x00\x00\x00\x00\x00',))
# datetime.date(2020, 1, 2) datetime.datetime(2020, 1, 2, 3, 4, 5, 6, fold=1, tzinfo=datetime.timezone.utc)
# datetime None UTC True
# True None
