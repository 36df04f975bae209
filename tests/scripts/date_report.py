# A team's on-call and leave report for a quarter: date ranges, business
# days, ISO weeks, month calendars, timedelta arithmetic, time zones for the
# hand-over times, strftime/strptime for the formats people type.
import calendar
from datetime import date, datetime, time, timedelta, timezone

QUARTER_START = date(2026, 12, 1)
QUARTER_END = date(2027, 2, 28)
HOLIDAYS = {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1), date(2027, 2, 15)}
BERLIN = timezone(timedelta(hours=1), 'CET')
NEW_YORK = timezone(timedelta(hours=-5), 'EST')
TOKYO = timezone(timedelta(hours=9))


def daterange(start, end, step=timedelta(days=1)):
    d = start
    while d <= end:
        yield d
        d += step


def business_days(start, end):
    return [d for d in daterange(start, end) if d.weekday() < 5 and d not in HOLIDAYS]


def parse_when(text):
    for fmt in ('%Y-%m-%d', '%d.%m.%Y', '%d %b %Y', '%m/%d/%y'):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f'unrecognised date: {text!r}')


LEAVE = [('ana', '2026-12-21', '04.01.2027'), ('bo', '24 Dec 2026', '12/31/26'),
         ('cy', '2027-02-10', '2027-02-19'), ('dee', '30.11.2026', '2026-12-02')]

print(f'Report for {QUARTER_START:%A %d %B %Y} to {QUARTER_END.strftime("%a %d %b %Y")}')
span = QUARTER_END - QUARTER_START
print('span:', span, '=', span.days + 1, 'calendar days,', span // timedelta(weeks=1), 'full weeks')
work = business_days(QUARTER_START, QUARTER_END)
print('business days:', len(work), 'first', work[0].isoformat(), 'last', work[-1])

print()
print('== months ==')
for y, m in [(2026, 12), (2027, 1), (2027, 2)]:
    first_wd, ndays = calendar.monthrange(y, m)
    in_month = [d for d in work if (d.year, d.month) == (y, m)]
    print(f'{calendar.month_name[m]:>9} {y}: starts {calendar.day_name[first_wd]:<9} '
          f'{ndays} days, {len(in_month):2} working, leap year: {calendar.isleap(y)}')
print(calendar.TextCalendar(calendar.MONDAY).formatmonth(2027, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2026, 12, w=3))

print('== leave ==')
for who, a, b in LEAVE:
    start, end = parse_when(a), parse_when(b)
    clipped = (max(start, QUARTER_START), min(end, QUARTER_END))
    days = business_days(*clipped)
    back = end + timedelta(days=1)
    while back.weekday() >= 5 or back in HOLIDAYS:
        back += timedelta(days=1)
    print(f'{who:<4} {start:%d %b} - {end:%d %b %Y} ({(end - start).days + 1:2} days, '
          f'{len(days):2} working in quarter), back {back:%a %x}')
try:
    parse_when('next tuesday')
except ValueError as e:
    print('error:', e)

print()
print('== on-call rota (weekly hand-over, Monday 09:00 Berlin) ==')
people = ['ana', 'bo', 'cy', 'dee']
first_monday = QUARTER_START + timedelta(days=(7 - QUARTER_START.weekday()) % 7)
for i, monday in enumerate(daterange(first_monday, QUARTER_END, timedelta(weeks=1))):
    handover = datetime.combine(monday, time(9, 0), tzinfo=BERLIN)
    iso = monday.isocalendar()
    ny = handover.astimezone(NEW_YORK)
    tk = handover.astimezone(TOKYO)
    print(f'W{iso.week:02d}/{iso.year} {monday} {people[i % len(people)]:<4}'
          f' {handover:%H:%M %Z} = {ny:%a %H:%M %Z} = {tk.strftime("%a %H:%M")} {tk.tzname()}')

print()
print('== incidents ==')
stamps = ['2026-12-03T22:15:00+01:00', '2026-12-04T01:02:03+00:00', '2027-01-01T00:00:30-05:00',
          '2027-02-28T23:59:59.250000+09:00']
events = sorted(datetime.fromisoformat(s) for s in stamps)
for a, b in zip(events, events[1:]):
    gap = b - a
    hours, rest = divmod(gap.total_seconds(), 3600)
    print(f'{a.astimezone(timezone.utc):%Y-%m-%d %H:%M:%S %Z} -> +{gap} ({int(hours)}h{int(rest) // 60:02d}m)')
print(repr(events[0]), events[-1].utcoffset(), events[-1].timestamp())
print(datetime(2027, 2, 28, 12).replace(day=1) - timedelta(microseconds=1))
print(date.fromordinal(QUARTER_START.toordinal() + 100), date.fromisocalendar(2027, 1, 1))
print(timedelta(days=-1, seconds=5), repr(timedelta(hours=36, milliseconds=7)), -span)
print(datetime(2026, 12, 31, 23, 59, 59) + timedelta(seconds=1), date(2024, 2, 29).replace(year=2028))
print(time(7, 5, 3, 1500).isoformat(), time(18, 30).strftime('%I:%M %p'), time.fromisoformat('23:59:59.999'))

# Output:
# Report for Tuesday 01 December 2026 to Sun 28 Feb 2027
# span: 89 days, 0:00:00 = 90 calendar days, 12 full weeks
# business days: 61 first 2026-12-01 last 2027-02-26
#
# == months ==
#  December 2026: starts Tuesday   31 days, 22 working, leap year: False
#   January 2027: starts Friday    31 days, 20 working, leap year: False
#  February 2027: starts Monday    28 days, 19 working, leap year: False
#    February 2027
# Mo Tu We Th Fr Sa Su
#  1  2  3  4  5  6  7
#  8  9 10 11 12 13 14
# 15 16 17 18 19 20 21
# 22 23 24 25 26 27 28
#
#        December 2026
# Sun Mon Tue Wed Thu Fri Sat
#           1   2   3   4   5
#   6   7   8   9  10  11  12
#  13  14  15  16  17  18  19
#  20  21  22  23  24  25  26
#  27  28  29  30  31
#
# == leave ==
# ana  21 Dec - 04 Jan 2027 (15 days,  9 working in quarter), back Tue 01/05/27
# bo   24 Dec - 31 Dec 2026 ( 8 days,  5 working in quarter), back Mon 01/04/27
# cy   10 Feb - 19 Feb 2027 (10 days,  7 working in quarter), back Mon 02/22/27
# dee  30 Nov - 02 Dec 2026 ( 3 days,  2 working in quarter), back Thu 12/03/26
# error: unrecognised date: 'next tuesday'
#
# == on-call rota (weekly hand-over, Monday 09:00 Berlin) ==
# W50/2026 2026-12-07 ana  09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W51/2026 2026-12-14 bo   09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W52/2026 2026-12-21 cy   09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W53/2026 2026-12-28 dee  09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W01/2027 2027-01-04 ana  09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W02/2027 2027-01-11 bo   09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W03/2027 2027-01-18 cy   09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W04/2027 2027-01-25 dee  09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W05/2027 2027-02-01 ana  09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W06/2027 2027-02-08 bo   09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W07/2027 2027-02-15 cy   09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
# W08/2027 2027-02-22 dee  09:00 CET = Mon 03:00 EST = Mon 17:00 UTC+09:00
#
# == incidents ==
# 2026-12-03 21:15:00 UTC -> +3:47:03 (3h47m)
# 2026-12-04 01:02:03 UTC -> +28 days, 3:58:27 (675h58m)
# 2027-01-01 05:00:30 UTC -> +58 days, 9:59:29.250000 (1401h59m)
# datetime.datetime(2026, 12, 3, 22, 15, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600))) 9:00:00 1803826799.25
# 2027-02-01 11:59:59.999999
# 2027-03-11 2027-01-04
# -1 day, 0:00:05 datetime.timedelta(days=1, seconds=43200, microseconds=7000) -89 days, 0:00:00
# 2027-01-01 00:00:00 2028-02-29
# 07:05:03.001500 06:30 PM 23:59:59.999000
