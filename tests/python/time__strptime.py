# time.strptime: CPython's directives in the C locale, with backtracking
# ('%d%m' on '111'), two-digit years, ISO weeks (%G %V %u), week numbers
# (%U %W), day of year, %z forms, %Z, the leap-day default year, and every
# error message (no match, unconverted data, bad and stray directives, the
# ISO directive rules, days out of range, argument types).
import time
def t(l, f, *a):
    try: print(l, repr(f(*a)))
    except Exception as e: print(l, type(e).__name__, e)
for s, f in [('2024-03-05', '%Y-%m-%d'), ('5 mar 2024 7:08:09 pm', '%d %b %Y %I:%M:%S %p'), ('Tue Mar  5 07:08:09 2024', '%c'), ('111', '%d%m'), ('2024 10 1', '%G %V %u'), ('2024 10 1', '%Y %U %w'), ('2024 0 1', '%Y %W %w'), ('24 366', '%y %j'), ('69', '%y'), ('12:30:15.25 +0530', '%H:%M:%S.%f %z'), ('x', '%Y'), ('2024x', '%Y'), ('2023-02-30', '%Y-%m-%d'), ('2', '%D'), ('2', '%'), ('2024 10', '%G %V'), ('2024 10 1', '%Y %V %u'), ('02-29', '%m-%d'), ('UTC', '%Z'), ('Monday', '%A'), ('+01:30', '%z'), ('+0130:', '%z'),('Z','%z'),('-12:30:15.5','%z'), (' 5', '%d'), ('12/31/99', '%x'), ('23:59:60', '%X'), ('2024 1 5', '%Y %j %w'),  ('0000', '%Y')]:
    t((s, f), time.strptime, s, f)
t('strp', time.strptime, 5, '%Y'); t('strp2', time.strptime, '5', 5); t('strpdef', time.strptime, 'Tue Mar  5 07:08:09 2024')
print(time.strptime('2024-03-05 +0200', '%Y-%m-%d %z').tm_gmtoff, time.strptime('2024 UTC', '%Y %Z').tm_zone)
for s in ['+0530', '-01:30:15', 'Z', '-12:30:15.5', '+0000']:
    r = time.strptime(s, '%z')
    print(s, r.tm_gmtoff, r.tm_zone)
r = time.strptime('2024 gmt', '%Y %Z')
print(r.tm_zone, r.tm_isdst, r.tm_gmtoff)
# backtracking: the first alternative of %m leaves nothing for %d
print(time.strptime('1231', '%m%d')[:3], time.strptime('2024123', '%Y%m%d')[:3])
print(time.strptime('  2024  ', ' %Y ')[:1], time.strptime('MONDAY 2024 1 1', '%A %Y %W %w')[:3])

# Output:
# ('2024-03-05', '%Y-%m-%d') time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=1, tm_yday=65, tm_isdst=-1)
# ('5 mar 2024 7:08:09 pm', '%d %b %Y %I:%M:%S %p') time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=19, tm_min=8, tm_sec=9, tm_wday=1, tm_yday=65, tm_isdst=-1)
# ('Tue Mar  5 07:08:09 2024', '%c') time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=7, tm_min=8, tm_sec=9, tm_wday=1, tm_yday=65, tm_isdst=-1)
# ('111', '%d%m') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=11, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=11, tm_isdst=-1)
# ('2024 10 1', '%G %V %u') time.struct_time(tm_year=2024, tm_mon=3, tm_mday=4, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=64, tm_isdst=-1)
# ('2024 10 1', '%Y %U %w') time.struct_time(tm_year=2024, tm_mon=3, tm_mday=11, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=71, tm_isdst=-1)
# ('2024 0 1', '%Y %W %w') time.struct_time(tm_year=2024, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=-1)
# ('24 366', '%y %j') time.struct_time(tm_year=2024, tm_mon=12, tm_mday=31, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=1, tm_yday=366, tm_isdst=-1)
# ('69', '%y') time.struct_time(tm_year=1969, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=1, tm_isdst=-1)
# ('12:30:15.25 +0530', '%H:%M:%S.%f %z') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=30, tm_sec=15, tm_wday=0, tm_yday=1, tm_isdst=-1)
# ('x', '%Y') ValueError time data 'x' does not match format '%Y'
# ('2024x', '%Y') ValueError unconverted data remains: x
# ('2023-02-30', '%Y-%m-%d') ValueError day is out of range for month
# ('2', '%D') ValueError 'D' is a bad directive in format '%D'
# ('2', '%') ValueError stray % in format '%'
# ('2024 10', '%G %V') ValueError ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
# ('2024 10 1', '%Y %V %u') ValueError ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
# ('02-29', '%m-%d') time.struct_time(tm_year=1900, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=60, tm_isdst=-1)
# ('UTC', '%Z') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=0)
# ('Monday', '%A') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=-1)
# ('+01:30', '%z') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=-1)
# ('+0130:', '%z') ValueError unconverted data remains: :
# ('Z', '%z') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=-1)
# ('-12:30:15.5', '%z') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=-1)
# (' 5', '%d') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=5, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=4, tm_yday=5, tm_isdst=-1)
# ('12/31/99', '%x') time.struct_time(tm_year=1999, tm_mon=12, tm_mday=31, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=4, tm_yday=365, tm_isdst=-1)
# ('23:59:60', '%X') time.struct_time(tm_year=1900, tm_mon=1, tm_mday=1, tm_hour=23, tm_min=59, tm_sec=60, tm_wday=0, tm_yday=1, tm_isdst=-1)
# ('2024 1 5', '%Y %j %w') time.struct_time(tm_year=2024, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=4, tm_yday=1, tm_isdst=-1)
# ('0000', '%Y') ValueError year 0 is out of range
# strp TypeError strptime() argument 0 must be str, not <class 'int'>
# strp2 TypeError strptime() argument 1 must be str, not <class 'int'>
# strpdef time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=7, tm_min=8, tm_sec=9, tm_wday=1, tm_yday=65, tm_isdst=-1)
# 7200 UTC
# +0530 19800 None
# -01:30:15 -5415 None
# Z 0 None
# -12:30:15.5 -45015 None
# +0000 0 None
# gmt 0 None
# (1900, 12, 31) (2024, 12, 3)
# (2024,) (2024, 1, 1)
