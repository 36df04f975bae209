# time.struct_time is a 9-item tuple with named fields and two extra
# attributes (tm_zone, tm_gmtoff): construction from 9 to 11 items or a
# dict of extras, indexing, slicing, comparison, repr, and the clocks'
# module-level constants.
import time

s = time.struct_time((2024, 3, 5, 7, 8, 9, 1, 65, 0))
print(s)
print(isinstance(s, tuple), len(s), s[0], s[-1], s[2:5], tuple(s))
print(s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday, s.tm_isdst)
print(s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2024, 3, 5, 7, 8, 9, 1, 65, 0, 'EST', -18000))
print(s2.tm_zone, s2.tm_gmtoff, s2 == s, s2 == tuple(s), s < (2025,))
s3 = time.struct_time([2024, 3, 5, 7, 8, 9, 1, 65, 0], {'tm_zone': 'X', 'tm_gmtoff': 60})
print(s3.tm_zone, s3.tm_gmtoff)
print(type(s).__name__, type(s).__module__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
g = time.gmtime(86400 * 365.25 * 30)
print(g, g.tm_zone, g.tm_gmtoff)
l = time.localtime(1e9)
print(l, l.tm_zone, l.tm_gmtoff)
print(time.mktime(l), time.mktime(tuple(l)), time.asctime(l), time.ctime(1e9))
print(time.timezone, time.altzone, time.daylight, time.tzname, time.tzset())
print(time._STRUCT_TM_ITEMS, time.CLOCK_REALTIME, time.CLOCK_MONOTONIC)
print(type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_REALTIME))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
try:
    s.tm_year = 5
except AttributeError as e:
    print("AttributeError")
a, b, *rest = s
print(a, b, rest)

# Output:
# time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=7, tm_min=8, tm_sec=9, tm_wday=1, tm_yday=65, tm_isdst=0)
# True 9 2024 0 (5, 7, 8) (2024, 3, 5, 7, 8, 9, 1, 65, 0)
# 2024 3 5 7 8 9 1 65 0
# None None
# EST -18000 True True True
# X 60
# struct_time time 11 9
# time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=1, tm_isdst=0) GMT 0
# time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=1, tm_min=46, tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=0) UTC 0
# 1000000000.0 1000000000.0 Sun Sep  9 01:46:40 2001 Sun Sep  9 01:46:40 2001
# 0 0 0 ('UTC', 'UTC') None
# 11 0 1
# float int
# float int 1e-09
# True
# AttributeError
# 2024 3 [5, 7, 8, 9, 1, 65, 0]
