# sandpy-only: sandboxes exist only in sandpy
# datetime is built once and shared frozen: its constants hash and compare
# in every sandbox, its values cross sandbox boundaries (frozen copies
# that still compute), and its classes cannot be patched.
import sandbox
from datetime import date, datetime, time, timedelta, timezone

print(hash(date.min) == hash(date(1, 1, 1)), hash(datetime.max) == hash(datetime.max))
print(hash(timedelta.max) == hash(timedelta.max), hash(time.min) == hash(time()), hash(timezone.utc) == hash(timezone.utc))
print({date.max: 1}[date(9999, 12, 31)], timedelta.resolution * 3, datetime.min + timedelta(1))


def child(d, delta):
    import datetime as dt
    import calendar
    calendar.setfirstweekday(6)
    return d + delta, hash(d) == hash(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)), calendar.firstweekday()


d = datetime(2020, 1, 1, tzinfo=timezone.utc)
cfg = sandbox.Config(modules=["datetime", "time", "calendar"])
moved, same_hash, fw = sandbox.spawn(child, d, timedelta(days=40), _config=cfg).join()
print(repr(moved), same_hash, fw, moved - d, hash(moved) == hash(d + timedelta(days=40)))
frozen = sandbox.freeze(datetime(2024, 2, 29, 12))
print(frozen.isoformat(), frozen + timedelta(days=1), frozen == datetime(2024, 2, 29, 12), hash(frozen) == hash(datetime(2024, 2, 29, 12)))
import calendar
print(calendar.firstweekday())
for f in (lambda: setattr(datetime, "now", None), lambda: setattr(date, "x", 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
# Output:
# True True
# True True True
# 1 0:00:00.000003 0001-01-02 00:00:00
# datetime.datetime(2020, 2, 10, 0, 0, tzinfo=datetime.timezone.utc) True 6 40 days, 0:00:00 True
# 2024-02-29T12:00:00 2024-03-01 12:00:00 True True
# 0
# TypeError cannot modify frozen class 'datetime'
# TypeError cannot modify frozen class 'date'
