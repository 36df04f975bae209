# User subclasses of tzinfo: a fixed zone and the documentation's US
# Eastern zone with DST; fromutc, astimezone, fold across the fall-back
# hour, the gap, comparisons and subtraction between zones.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.__offset = timedelta(minutes=minutes)
        self.__name = name

    def utcoffset(self, dt):
        return self.__offset

    def tzname(self, dt):
        return self.__name

    def dst(self, dt):
        return ZERO

    def __repr__(self):
        return "Fixed(%s)" % self.__name


def first_sunday_on_or_after(d):
    days_to_go = 6 - d.weekday()
    if days_to_go:
        d += timedelta(days_to_go)
    return d


DSTSTART = datetime(1, 3, 8, 2)
DSTEND = datetime(1, 11, 1, 2)


class Eastern(tzinfo):
    stdoffset = timedelta(hours=-5)

    def __repr__(self):
        return "Eastern"

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(DSTSTART.replace(year=dt.year))
        end = first_sunday_on_or_after(DSTEND.replace(year=dt.year))
        if start + HOUR <= dt.replace(tzinfo=None) < end - HOUR:
            return HOUR
        if end - HOUR <= dt.replace(tzinfo=None) < end:
            return ZERO if dt.fold else HOUR
        if start <= dt.replace(tzinfo=None) < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO

    def fromutc(self, dt):
        assert dt.tzinfo is self
        start = first_sunday_on_or_after(DSTSTART.replace(year=dt.year))
        end = first_sunday_on_or_after(DSTEND.replace(year=dt.year))
        start = start.replace(tzinfo=self) - self.stdoffset
        end = end.replace(tzinfo=self) - self.stdoffset - HOUR
        dt += self.stdoffset
        if start <= dt.replace(tzinfo=self) - self.stdoffset < end:
            return dt + HOUR
        if end <= dt.replace(tzinfo=self) - self.stdoffset < end + HOUR:
            return dt.replace(fold=1)
        return dt


east = Eastern()
fixed = Fixed(330, "IST")
u = datetime(2021, 11, 7, 4, tzinfo=timezone.utc)
for h in range(8):
    t = (u + timedelta(hours=h / 2)).astimezone(east)
    print(repr(t), t.tzname(), t.utcoffset(), t.dst(), t.fold, t.isoformat(), t.astimezone(timezone.utc))
u = datetime(2021, 3, 14, 5, tzinfo=timezone.utc)
for h in range(5):
    t = (u + timedelta(hours=h / 2)).astimezone(east)
    print(t, t.tzname(), t.fold, t.timestamp())

gap = datetime(2021, 3, 14, 2, 30, tzinfo=east)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.timestamp(), gap.replace(fold=1).timestamp())
amb = datetime(2021, 11, 7, 1, 30, tzinfo=east)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb == amb.replace(fold=1))
print(amb.astimezone(timezone.utc), amb.replace(fold=1).astimezone(timezone.utc))
utc_amb = amb.astimezone(timezone.utc)
print(utc_amb == amb, amb.replace(fold=1) == utc_amb + HOUR, hash(amb) == hash(amb.replace(fold=1)))
print(amb - datetime(2021, 11, 7, tzinfo=timezone.utc), amb - amb.replace(fold=1))
print(datetime(2021, 7, 1, tzinfo=east) - datetime(2021, 7, 1, tzinfo=fixed))
print(datetime(2021, 7, 1, tzinfo=east) < datetime(2021, 7, 1, tzinfo=fixed))
print(datetime(2021, 7, 1, 12, tzinfo=east).astimezone(fixed), datetime(2021, 7, 1, tzinfo=fixed).astimezone(east))
print(datetime(2021, 7, 1, 12, tzinfo=fixed).strftime("%H:%M %Z %z"), datetime(2021, 1, 1, tzinfo=east).strftime("%Z%z"))
print(datetime(2021, 7, 1, 12, tzinfo=fixed).timetuple())
print(datetime(2021, 7, 1, 12, tzinfo=east).timetuple().tm_isdst, datetime(2021, 1, 1, 12, tzinfo=east).timetuple().tm_isdst)
print(datetime.now(east).tzinfo, datetime.fromtimestamp(1625140800, east))
print(time(12, tzinfo=fixed).utcoffset(), time(12, tzinfo=east).utcoffset(), time(12, tzinfo=fixed) < time(7, 30, tzinfo=timezone.utc))


class OnlyOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=3)


o = datetime(2020, 1, 1, tzinfo=OnlyOffset())
print(o.isoformat(), o.utcoffset(), o - datetime(2020, 1, 1, tzinfo=timezone.utc))
for f in (o.tzname, o.dst, o.timetuple, lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(OnlyOffset())):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class NoneZone(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


n = datetime(2020, 1, 1, tzinfo=NoneZone())
print(n.utcoffset(), n.isoformat(), n.strftime("[%z][%Z]"), n == datetime(2020, 1, 1), n - datetime(2020, 1, 1))
try:
    datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(NoneZone())
except Exception as e:
    print(type(e).__name__, e)
print(tzinfo.__reduce__(Fixed(60, "X"))[0] is Fixed)

# Output:
# datetime.datetime(2021, 11, 7, 0, 0, tzinfo=Eastern) EDT -1 day, 20:00:00 1:00:00 0 2021-11-07T00:00:00-04:00 2021-11-07 04:00:00+00:00
# datetime.datetime(2021, 11, 7, 0, 30, tzinfo=Eastern) EDT -1 day, 20:00:00 1:00:00 0 2021-11-07T00:30:00-04:00 2021-11-07 04:30:00+00:00
# datetime.datetime(2021, 11, 7, 1, 0, tzinfo=Eastern) EDT -1 day, 20:00:00 1:00:00 0 2021-11-07T01:00:00-04:00 2021-11-07 05:00:00+00:00
# datetime.datetime(2021, 11, 7, 1, 30, tzinfo=Eastern) EDT -1 day, 20:00:00 1:00:00 0 2021-11-07T01:30:00-04:00 2021-11-07 05:30:00+00:00
# datetime.datetime(2021, 11, 7, 1, 0, fold=1, tzinfo=Eastern) EST -1 day, 19:00:00 0:00:00 1 2021-11-07T01:00:00-05:00 2021-11-07 06:00:00+00:00
# datetime.datetime(2021, 11, 7, 1, 30, fold=1, tzinfo=Eastern) EST -1 day, 19:00:00 0:00:00 1 2021-11-07T01:30:00-05:00 2021-11-07 06:30:00+00:00
# datetime.datetime(2021, 11, 7, 2, 0, tzinfo=Eastern) EST -1 day, 19:00:00 0:00:00 0 2021-11-07T02:00:00-05:00 2021-11-07 07:00:00+00:00
# datetime.datetime(2021, 11, 7, 2, 30, tzinfo=Eastern) EST -1 day, 19:00:00 0:00:00 0 2021-11-07T02:30:00-05:00 2021-11-07 07:30:00+00:00
# 2021-03-14 00:00:00-05:00 EST 0 1615698000.0
# 2021-03-14 00:30:00-05:00 EST 0 1615699800.0
# 2021-03-14 01:00:00-05:00 EST 0 1615701600.0
# 2021-03-14 01:30:00-05:00 EST 0 1615703400.0
# 2021-03-14 03:00:00-04:00 EDT 0 1615705200.0
# -1 day, 19:00:00 -1 day, 20:00:00 1615707000.0 1615703400.0
# -1 day, 20:00:00 -1 day, 19:00:00 True
# 2021-11-07 05:30:00+00:00 2021-11-07 06:30:00+00:00
# False False True
# 5:30:00 0:00:00
# 9:30:00
# False
# 2021-07-01 21:30:00+05:30 2021-06-30 14:30:00-04:00
# 12:00 IST +0530 EST-0500
# time.struct_time(tm_year=2021, tm_mon=7, tm_mday=1, tm_hour=12, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=182, tm_isdst=0)
# 1 0
# Eastern 2021-07-01 08:00:00-04:00
# 5:30:00 -1 day, 19:00:00 True
# 2020-01-01T00:00:00+03:00 3:00:00 -1 day, 21:00:00
# NotImplementedError a tzinfo subclass must implement tzname()
# NotImplementedError a tzinfo subclass must implement dst()
# NotImplementedError a tzinfo subclass must implement dst()
# NotImplementedError a tzinfo subclass must implement dst()
# None 2020-01-01T00:00:00 [][] True 0:00:00
# ValueError fromutc: non-None utcoffset() result required
# True
