# calendar: the module functions, TextCalendar's month and year texts for
# every first weekday and width, the Calendar iterators and errors.
import calendar
from datetime import date

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(0, 400))
print(calendar.weekday(2024, 2, 29), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
print([calendar.monthrange(2024, m) for m in range(1, 13)])
print(calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
print(calendar.monthcalendar(2024, 2))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_abbr[-1], calendar.month_name[1:3])
print(len(calendar.month_name), len(calendar.day_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.firstweekday(), calendar.weekheader(2), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
print(calendar.month(2024, 2), end="")
print(calendar.month(2024, 3, 4, 2), end="")
calendar.prmonth(1999, 12)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9))
calendar.prmonth(2024, 9, 3)
print(calendar.week([(1, 6), (2, 0), (0, 1)], 3) + "|")
calendar.setfirstweekday(0)
print(calendar.calendar(2024))
print(calendar.calendar(1, 3, 2, 4, 4))
calendar.prcal(2023, m=2)
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
calendar.format(["x", "y"], 3, 1)

for fw in range(7):
    tc = calendar.TextCalendar(fw)
    print(fw, tc.getfirstweekday(), list(tc.iterweekdays()))
    print(tc.formatmonth(2021, 2, w=fw % 3 + 2, l=1 + fw % 2))
    print(tc.formatweekheader(10), "|", tc.formatmonthname(2021, 2, 30), "|", tc.formatweekday(fw, 3), "|", tc.formatday(0, 0, 3), "|", tc.formatday(7, 0, 4))
c = calendar.TextCalendar(9)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
print(calendar.TextCalendar(calendar.WEDNESDAY).formatyear(2017, 3, 1, 2, 4))

cal = calendar.Calendar(calendar.TUESDAY)
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2)))
print(list(cal.itermonthdays3(2024, 1))[:5], list(cal.itermonthdays4(2024, 12))[-5:])
print(cal.monthdatescalendar(2024, 2)[0], cal.monthdays2calendar(2024, 2)[-1])
print(list(calendar.Calendar().itermonthdates(2024, 3))[0], len(list(calendar.Calendar().itermonthdates(2024, 3))))
print(len(cal.yeardatescalendar(2024)), len(cal.yeardatescalendar(2024, 5)), cal.yeardayscalendar(2024, 4)[2][3][-1])
print(cal.yeardays2calendar(2024, 12)[0][0][0])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-3:], list(calendar.Calendar(6).itermonthdays3(1, 1))[:2])
for f in (lambda: list(calendar.Calendar(6).itermonthdates(1, 1)),
          lambda: list(calendar.Calendar().itermonthdates(9999, 12)),
          lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
          lambda: calendar.setfirstweekday(7), lambda: calendar.setfirstweekday(-1),
          lambda: calendar.month_name[13], lambda: calendar.weekday(2024, 2, 30),
          lambda: calendar.TextCalendar().formatmonth(2024, 13)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, calendar.error))
e = calendar.IllegalMonthError(13)
print(e.month, repr(str(e)), calendar.IllegalWeekdayError(8).weekday)

h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2))
print(h.formatyear(2024, 4)[:600])
print(h.formatyearpage(2024)[:300])
print(h.formatday(0, 3), h.formatweekday(6), h.formatmonthname(2024, 5, False))
