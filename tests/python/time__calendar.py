# time's calendar functions: strftime's argument checks (CPython's messages
# for every field's range, the tuple's length and types, C int overflow),
# gmtime/localtime over negative, fractional and huge timestamps, the
# struct_time sequence, asctime/ctime/mktime, get_clock_info, and every
# strftime directive, flag and width glibc knows, over years before 1000,
# negative years and years past 9999. The sandbox's zone is UTC.
import time
def t(l, f, *a):
    try: print(l, repr(f(*a)))
    except Exception as e: print(l, type(e).__name__, e)
t(1, time.strftime, 5)
t(2, time.strftime, '%Y', (1,2,3))
t(3, time.strftime, '%Y', [2020,1,1,0,0,0,0,1,0])
t(4, time.strftime, '%Y', (2020,13,1,0,0,0,0,1,0))
t(5, time.strftime, '%Y', (2020,0,0,0,0,0,0,0,0))
t(6, time.strftime, '%Y', (2020,1,32,0,0,0,0,1,0))
t(7, time.strftime, '%Y', (2020,1,1,24,0,0,0,1,0))
t(8, time.strftime, '%Y', (2020,1,1,0,60,0,0,1,0))
t(9, time.strftime, '%Y', (2020,1,1,0,0,62,0,1,0))
t(10, time.strftime, '%a', (2020,1,1,0,0,0,-2,1,0))
t(11, time.strftime, '%a', (2020,1,1,0,0,0,-9,1,0))
t(12, time.strftime, '%a', (2020,1,1,0,0,0,9,1,0))
t(13, time.strftime, '%j', (2020,1,1,0,0,0,0,367,0))
t(14, time.strftime, '%j', (2020,1,1,0,0,0,0,-1,0))
t(15, time.strftime, '%Y', (2020.5,1,1,0,0,0,0,1,0))
t(16, time.strftime, '%Y', (2**40,1,1,0,0,0,0,1,0))
t(17, time.strftime, 'a\x00b', (2020,1,1,0,0,0,0,1,0))
t(18, time.strftime, '%Y', 'abcdefghi')
t(19, time.gmtime, 1e20); t(20, time.gmtime, float('nan')); t(21, time.gmtime, -1.5); t(22, time.gmtime, 'x'); t(23, time.gmtime, 2**70)
t(24, time.struct_time, (1,2,3)); t(25, time.struct_time, tuple(range(12))); t(26, time.struct_time, 5)
s = time.struct_time(tuple(range(11))); print(s, s.tm_zone, s.tm_gmtoff, len(s), s[8], s[-1], s[:3], time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
t(27, time.asctime, (2020,1,1,0,0,0,0,1,0)); t(28, time.asctime, (-5,1,1,0,0,0,0,1,0)); t(29, time.ctime, 0); t(30, time.mktime, (2020,1,1,0,0,0,0,1,0)); t(31, time.mktime, (2020,14,40,25,61,61,0,1,0)); t(32, time.mktime, (2**40,1,1,0,0,0,0,1,0))
t(33, time.get_clock_info, 'monotonic'); t(34, time.get_clock_info, 'x'); t(35, time.get_clock_info, 'time'); t(36, time.get_clock_info, 'perf_counter'); t(37, time.get_clock_info, 'process_time'); t(38, time.get_clock_info, 'thread_time')
t(39, time.strftime, '%Y', (2020,1,1,0,0,0,0,1,5)); t(40, time.strftime, '%Y', (1e300,1,1,0,0,0,0,1,0)); t(41, time.strftime, '%Y', (2**31,1,1,0,0,0,0,1,0)); t(42, time.strftime, '%Y', (-2**31+1899,1,1,0,0,0,0,1,0))
t(43, time.gmtime, 1e12); t(44, time.gmtime, 1e11); t(45, time.gmtime, -1e11); t(46, time.localtime, 1.9999999)
tt=(2024,3,5,7,8,9,1,65,0)
for d in 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%EOfiJKLNoqQv+1 ':
    t(repr(d), time.strftime, '%'+d, tt)
for f in ['%', 'a%', '%-d %_d %05d %^a %#a %10Y %-5d %E', '%Ey %Od %OB', '%#Z %^b %#b %#p %^P %-j %_3H %0e %-e']:
    t(repr(f), time.strftime, f, tt)
for y in [5, 99, 999, -5, 12345, 0, -1234]:
    t(y, time.strftime, '%Y|%y|%C|%G|%g|%F|%c|%D|%s', (y,1,1,0,0,0,0,1,0))
print(repr(time.strftime('%Z|%z', (2020,1,1,0,0,0,0,1,0))), repr(time.strftime('%Z|%z', time.gmtime(0))), repr(time.strftime('%Z|%z', time.localtime(0))))
print(time.gmtime(0), time.localtime(0).tm_zone, time.tzname, time.timezone, time.daylight, time.altzone)

# Output:
# 1 TypeError strftime() argument 1 must be str, not int
# 2 TypeError strftime(): illegal time tuple argument
# 3 TypeError Tuple or struct_time argument required
# 4 ValueError month out of range
# 5 '2020'
# 6 ValueError day of month out of range
# 7 ValueError hour out of range
# 8 ValueError minute out of range
# 9 ValueError seconds out of range
# 10 ValueError day of week out of range
# 11 ValueError day of week out of range
# 12 'Wed'
# 13 ValueError day of year out of range
# 14 ValueError day of year out of range
# 15 TypeError 'float' object cannot be interpreted as an integer
# 16 OverflowError signed integer is greater than maximum
# 17 ValueError embedded null character
# 18 TypeError Tuple or struct_time argument required
# 19 OverflowError timestamp out of range for platform time_t
# 20 ValueError Invalid value NaN (not a number)
# 21 time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)
# 22 TypeError 'str' object cannot be interpreted as an integer
# 23 OverflowError timestamp out of range for platform time_t
# 24 TypeError time.struct_time() takes an at least 9-sequence (3-sequence given)
# 25 TypeError time.struct_time() takes an at most 11-sequence (12-sequence given)
# 26 TypeError constructor requires a sequence
# time.struct_time(tm_year=0, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=6, tm_yday=7, tm_isdst=8) 9 10 9 8 8 (0, 1, 2) 11 9 0
# 27 'Mon Jan  1 00:00:00 2020'
# 28 'Mon Jan  1 00:00:00 -5'
# 29 'Thu Jan  1 00:00:00 1970'
# 30 1577836800.0
# 31 1615600921.0
# 32 OverflowError signed integer is greater than maximum
# 33 namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)
# 34 ValueError unknown clock
# 35 namespace(implementation='clock_gettime(CLOCK_REALTIME)', monotonic=False, adjustable=True, resolution=1e-09)
# 36 namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)
# 37 namespace(implementation='clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09)
# 38 namespace(implementation='clock_gettime(CLOCK_THREAD_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09)
# 39 '2020'
# 40 TypeError 'float' object cannot be interpreted as an integer
# 41 OverflowError signed integer is greater than maximum
# 42 OverflowError year out of range
# 43 time.struct_time(tm_year=33658, tm_mon=9, tm_mday=27, tm_hour=1, tm_min=46, tm_sec=40, tm_wday=4, tm_yday=270, tm_isdst=0)
# 44 time.struct_time(tm_year=5138, tm_mon=11, tm_mday=16, tm_hour=9, tm_min=46, tm_sec=40, tm_wday=2, tm_yday=320, tm_isdst=0)
# 45 time.struct_time(tm_year=-1199, tm_mon=2, tm_mday=15, tm_hour=14, tm_min=13, tm_sec=20, tm_wday=3, tm_yday=46, tm_isdst=0)
# 46 time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=1, tm_wday=3, tm_yday=1, tm_isdst=0)
# 'a' 'Tue'
# 'A' 'Tuesday'
# 'b' 'Mar'
# 'B' 'March'
# 'c' 'Tue Mar  5 07:08:09 2024'
# 'C' '20'
# 'd' '05'
# 'D' '03/05/24'
# 'e' ' 5'
# 'F' '2024-03-05'
# 'g' '24'
# 'G' '2024'
# 'h' 'Mar'
# 'H' '07'
# 'I' '07'
# 'j' '065'
# 'k' ' 7'
# 'l' ' 7'
# 'm' '03'
# 'M' '08'
# 'n' '\n'
# 'p' 'AM'
# 'P' 'am'
# 'r' '07:08:09 AM'
# 'R' '07:08'
# 's' '1709622489'
# 'S' '09'
# 't' '\t'
# 'T' '07:08:09'
# 'u' '2'
# 'U' '09'
# 'V' '10'
# 'w' '2'
# 'W' '10'
# 'x' '03/05/24'
# 'X' '07:08:09'
# 'y' '24'
# 'Y' '2024'
# 'z' '+0000'
# 'Z' 'UTC'
# '%' '%'
# 'E' '%E'
# 'O' '%O'
# 'f' '%f'
# 'i' '%i'
# 'J' '%J'
# 'K' '%K'
# 'L' '%L'
# 'N' '%N'
# 'o' '%o'
# 'q' '%q'
# 'Q' '%Q'
# 'v' '%v'
# '+' '%+'
# '1' '%1'
# ' ' '% '
# '%' '%'
# 'a%' 'a%'
# '%-d %_d %05d %^a %#a %10Y %-5d %E' '5  5 00005 TUE TUE 0000002024     5 %E'
# '%Ey %Od %OB' '24 05 March'
# '%#Z %^b %#b %#p %^P %-j %_3H %0e %-e' 'utc MAR MAR am am 65   7 05 5'
# 5 '5|05|0|5|05|5-01-01|Mon Jan  1 00:00:00 5|01/01/05|-62009366400'
# 99 '99|99|0|99|99|99-01-01|Mon Jan  1 00:00:00 99|01/01/99|-59042995200'
# 999 '999|99|9|999|99|999-01-01|Mon Jan  1 00:00:00 999|01/01/99|-30641760000'
# -5 '-5|95|-1|-5|95|-5-01-01|Mon Jan  1 00:00:00 -5|01/01/95|-62324985600'
# 12345 '12345|45|123|12345|45|12345-01-01|Mon Jan  1 00:00:00 12345|01/01/45|327403382400'
# 0 '0|00|0|0|00|0-01-01|Mon Jan  1 00:00:00 0|01/01/00|-62167219200'
# -1234 '-1234|66|-13|-1234|66|-1234-01-01|Mon Jan  1 00:00:00 -1234|01/01/66|-101108476800'
# 'UTC|+0000' 'GMT|+0000' 'UTC|+0000'
# time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) UTC ('UTC', 'UTC') 0 0 0
