# datetime.strptime: every directive of the C locale, %z's forms (Z,
# +HHMM, +HH:MM, seconds and fractions) with and without %Z, defaults for
# missing fields, ISO and week-number dates, and the errors.
from datetime import datetime


def p(s, f):
    try:
        print(repr(s), repr(f), "->", repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), "->", type(e).__name__, e)


p("2024-02-29 23:59:59.5", "%Y-%m-%d %H:%M:%S.%f")
p("Thu Feb 29 12:00:00 2024", "%c")
p("02/29/24", "%x")
p("23:01:02", "%X")
p("Thursday, February 29 2024", "%A, %B %d %Y")
p("thu feb 29 2024", "%a %b %d %Y")
p("12 AM", "%I %p")
p("12 pm", "%I %p")
p("1 PM", "%I %p")
p("2024 060", "%Y %j")
p("2024 09 4", "%Y %U %w")
p("2024 09 4", "%Y %W %u")
p("2024 00 0", "%Y %U %w")
p("2020-W53-7", "%G-W%V-%u")
p("2021-W01-1", "%G-W%V-%u")
p("68 69", "%y %M")
p("69", "%y")
p("5", "%d")
p(" 5", "%d")
p("2024-01-01T10:00:00Z", "%Y-%m-%dT%H:%M:%S%z")
p("2024-01-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z")
p("2024-01-01T10:00:00-05:30", "%Y-%m-%dT%H:%M:%S%z")
p("2024-01-01T10:00:00+05:30:15", "%Y-%m-%dT%H:%M:%S%z")
p("2024-01-01T10:00:00-053015.25", "%Y-%m-%dT%H:%M:%S%z")
p("2024-01-01T10:00:00+05:3015", "%Y-%m-%dT%H:%M:%S%z")
p("10:00 +0100 UTC", "%H:%M %z %Z")
p("10:00 -0000 GMT", "%H:%M %z %Z")
p("10:00 UTC", "%H:%M %Z")
p("10:00 EST", "%H:%M %Z")
p("100%", "%H%%")
p("  2024   1", "%Y %m")
p("2024\t\n1", "%Y %m")
p("12:60", "%H:%M")
p("12:59:61", "%H:%M:%S")
p("2023-02-29", "%Y-%m-%d")
p("0000", "%Y")
p("10000", "%Y")
p("2024 367", "%Y %j")
p("2024-01-01 extra", "%Y-%m-%d")
p("2024", "%Y%")
p("2024", "%Y%E")
p("2024", "%Y %V")
p("2024 5", "%G %u")
p("2024 5 001", "%G %V %j")
p("", "")
p("x", "")
p("", "%Y")
p("1234567", "%f")
p("2024-01-01", "%Y-%m-%d %H")
print(datetime.strptime("2024-01-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z").utcoffset())
print(datetime.strptime("10:00 +0100 XYZ", "%H:%M %z XYZ").tzinfo)
print(datetime.strptime("10:00 +0100 UTC", "%H:%M %z %Z").tzname())

# Output:
# '2024-02-29 23:59:59.5' '%Y-%m-%d %H:%M:%S.%f' -> datetime.datetime(2024, 2, 29, 23, 59, 59, 500000)
# 'Thu Feb 29 12:00:00 2024' '%c' -> datetime.datetime(2024, 2, 29, 12, 0)
# '02/29/24' '%x' -> datetime.datetime(2024, 2, 29, 0, 0)
# '23:01:02' '%X' -> datetime.datetime(1900, 1, 1, 23, 1, 2)
# 'Thursday, February 29 2024' '%A, %B %d %Y' -> datetime.datetime(2024, 2, 29, 0, 0)
# 'thu feb 29 2024' '%a %b %d %Y' -> datetime.datetime(2024, 2, 29, 0, 0)
# '12 AM' '%I %p' -> datetime.datetime(1900, 1, 1, 0, 0)
# '12 pm' '%I %p' -> datetime.datetime(1900, 1, 1, 12, 0)
# '1 PM' '%I %p' -> datetime.datetime(1900, 1, 1, 13, 0)
# '2024 060' '%Y %j' -> datetime.datetime(2024, 2, 29, 0, 0)
# '2024 09 4' '%Y %U %w' -> datetime.datetime(2024, 3, 7, 0, 0)
# '2024 09 4' '%Y %W %u' -> datetime.datetime(2024, 2, 29, 0, 0)
# '2024 00 0' '%Y %U %w' -> datetime.datetime(2023, 12, 31, 0, 0)
# '2020-W53-7' '%G-W%V-%u' -> datetime.datetime(2021, 1, 3, 0, 0)
# '2021-W01-1' '%G-W%V-%u' -> datetime.datetime(2021, 1, 4, 0, 0)
# '68 69' '%y %M' -> ValueError unconverted data remains: 9
# '69' '%y' -> datetime.datetime(1969, 1, 1, 0, 0)
# '5' '%d' -> datetime.datetime(1900, 1, 5, 0, 0)
# ' 5' '%d' -> datetime.datetime(1900, 1, 5, 0, 0)
# '2024-01-01T10:00:00Z' '%Y-%m-%dT%H:%M:%S%z' -> datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)
# '2024-01-01T10:00:00+0530' '%Y-%m-%dT%H:%M:%S%z' -> datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
# '2024-01-01T10:00:00-05:30' '%Y-%m-%dT%H:%M:%S%z' -> datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600)))
# '2024-01-01T10:00:00+05:30:15' '%Y-%m-%dT%H:%M:%S%z' -> datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19815)))
# '2024-01-01T10:00:00-053015.25' '%Y-%m-%dT%H:%M:%S%z' -> datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66584, microseconds=750000)))
# '2024-01-01T10:00:00+05:3015' '%Y-%m-%dT%H:%M:%S%z' -> ValueError Inconsistent use of : in +05:3015
# '10:00 +0100 UTC' '%H:%M %z %Z' -> datetime.datetime(1900, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600), 'UTC'))
# '10:00 -0000 GMT' '%H:%M %z %Z' -> datetime.datetime(1900, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'GMT'))
# '10:00 UTC' '%H:%M %Z' -> datetime.datetime(1900, 1, 1, 10, 0)
# '10:00 EST' '%H:%M %Z' -> ValueError time data '10:00 EST' does not match format '%H:%M %Z'
# '100%' '%H%%' -> ValueError time data '100%' does not match format '%H%%'
# '  2024   1' '%Y %m' -> ValueError time data '  2024   1' does not match format '%Y %m'
# '2024\t\n1' '%Y %m' -> datetime.datetime(2024, 1, 1, 0, 0)
# '12:60' '%H:%M' -> ValueError unconverted data remains: 0
# '12:59:61' '%H:%M:%S' -> ValueError second must be in 0..59
# '2023-02-29' '%Y-%m-%d' -> ValueError day is out of range for month
# '0000' '%Y' -> ValueError year 0 is out of range
# '10000' '%Y' -> ValueError unconverted data remains: 0
# '2024 367' '%Y %j' -> ValueError unconverted data remains: 7
# '2024-01-01 extra' '%Y-%m-%d' -> ValueError unconverted data remains:  extra
# '2024' '%Y%' -> ValueError stray % in format '%Y%'
# '2024' '%Y%E' -> ValueError 'E' is a bad directive in format '%Y%E'
# '2024' '%Y %V' -> ValueError time data '2024' does not match format '%Y %V'
# '2024 5' '%G %u' -> ValueError ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
# '2024 5 001' '%G %V %j' -> ValueError ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
# '' '' -> datetime.datetime(1900, 1, 1, 0, 0)
# 'x' '' -> ValueError unconverted data remains: x
# '' '%Y' -> ValueError time data '' does not match format '%Y'
# '1234567' '%f' -> ValueError unconverted data remains: 7
# '2024-01-01' '%Y-%m-%d %H' -> ValueError time data '2024-01-01' does not match format '%Y-%m-%d %H'
# 5:30:00
# UTC+01:00
# UTC
