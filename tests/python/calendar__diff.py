# A differential run of calendar's texts: TextCalendar.formatmonth and
# formatyear and HTMLCalendar.formatmonth for years, months, first
# weekdays, widths, line spacings, column gaps and months per row drawn
# from a seeded LCG; each group prints its count and a digest.
import calendar
import hashlib

state = [12345]


def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state[0] >> 33) % n


def year():
    return [1, 2, 1582, 1752, 1900, 2000, 9999][rnd(7)] if rnd(4) == 0 else 1800 + rnd(400)


def report(name, parts):
    print(name, len(parts), hashlib.md5("\x00".join(parts).encode()).hexdigest())


months = []
for _ in range(300):
    c = calendar.TextCalendar(rnd(7))
    months.append(c.formatmonth(year(), 1 + rnd(12), rnd(6), rnd(3)))
report("formatmonth", months)

years = []
for _ in range(12):
    c = calendar.TextCalendar(rnd(7))
    years.append(c.formatyear(year(), rnd(5), rnd(3), rnd(8), 1 + rnd(6)))
report("formatyear", years)

html = []
for _ in range(60):
    h = calendar.HTMLCalendar(rnd(7))
    html.append(h.formatmonth(year(), 1 + rnd(12), bool(rnd(2))))
report("htmlmonth", html)

grids = []
for _ in range(200):
    c = calendar.Calendar(rnd(9))
    y, m = year(), 1 + rnd(12)
    grids.append(repr((c.monthdayscalendar(y, m), c.monthdays2calendar(y, m)[-1],
                       list(c.itermonthdays4(y, m))[:8], calendar.monthrange(y, m),
                       calendar.weekday(y, m, 1 + rnd(28)), calendar.leapdays(y, y + rnd(500)))))
report("grids", grids)

# Output:
# formatmonth 300 178f35a46fea42e181009f63b5f4978e
# formatyear 12 f5e87e053762814243f49d2a0d7bd26c
# htmlmonth 60 b568d3dbc72153f29c465ba2d934b5e5
# grids 200 adb68fed3c83989b6bbe2296f0398e58
