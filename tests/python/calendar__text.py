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

# Output:
# True False True False
# 30 -30 97
# 3 5 2
# [(0, 31), (3, 29), (4, 31), (0, 30), (2, 31), (5, 30), (0, 31), (3, 31), (6, 30), (1, 31), (4, 30), (6, 31)]
# (3, 28) (1, 29)
# [[0, 0, 0, 1, 2, 3, 4], [5, 6, 7, 8, 9, 10, 11], [12, 13, 14, 15, 16, 17, 18], [19, 20, 21, 22, 23, 24, 25], [26, 27, 28, 29, 0, 0, 0]]
# ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
# ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] Sun ['January', 'February']
# 13 7
# 0 6 1 2 1970 [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
# 1704164645 -1
# 0 Mo Tu We Th Fr Sa Su '  Monday   Tuesday  Wednesday  Thursday   Friday   Saturday   Sunday ' 'M T W T F S S'
#    February 2024
# Mo Tu We Th Fr Sa Su
#           1  2  3  4
#  5  6  7  8  9 10 11
# 12 13 14 15 16 17 18
# 19 20 21 22 23 24 25
# 26 27 28 29
#             March 2024
#
# Mon  Tue  Wed  Thu  Fri  Sat  Sun
#
#                       1    2    3
#
#   4    5    6    7    8    9   10
#
#  11   12   13   14   15   16   17
#
#  18   19   20   21   22   23   24
#
#  25   26   27   28   29   30   31
#
#    December 1999
# Mo Tu We Th Fr Sa Su
#        1  2  3  4  5
#  6  7  8  9 10 11 12
# 13 14 15 16 17 18 19
# 20 21 22 23 24 25 26
# 27 28 29 30 31
# 6 [[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21], [22, 23, 24, 25, 26, 27, 28], [29, 30, 0, 0, 0, 0, 0]]
#        September 2024
# Sun Mon Tue Wed Thu Fri Sat
#   1   2   3   4   5   6   7
#   8   9  10  11  12  13  14
#  15  16  17  18  19  20  21
#  22  23  24  25  26  27  28
#  29  30
#   1   2    |
#                                   2024
#
#       January                   February                   March
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#  1  2  3  4  5  6  7                1  2  3  4                   1  2  3
#  8  9 10 11 12 13 14       5  6  7  8  9 10 11       4  5  6  7  8  9 10
# 15 16 17 18 19 20 21      12 13 14 15 16 17 18      11 12 13 14 15 16 17
# 22 23 24 25 26 27 28      19 20 21 22 23 24 25      18 19 20 21 22 23 24
# 29 30 31                  26 27 28 29               25 26 27 28 29 30 31
#
#        April                      May                       June
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#  1  2  3  4  5  6  7             1  2  3  4  5                      1  2
#  8  9 10 11 12 13 14       6  7  8  9 10 11 12       3  4  5  6  7  8  9
# 15 16 17 18 19 20 21      13 14 15 16 17 18 19      10 11 12 13 14 15 16
# 22 23 24 25 26 27 28      20 21 22 23 24 25 26      17 18 19 20 21 22 23
# 29 30                     27 28 29 30 31            24 25 26 27 28 29 30
#
#         July                     August                  September
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#  1  2  3  4  5  6  7                1  2  3  4                         1
#  8  9 10 11 12 13 14       5  6  7  8  9 10 11       2  3  4  5  6  7  8
# 15 16 17 18 19 20 21      12 13 14 15 16 17 18       9 10 11 12 13 14 15
# 22 23 24 25 26 27 28      19 20 21 22 23 24 25      16 17 18 19 20 21 22
# 29 30 31                  26 27 28 29 30 31         23 24 25 26 27 28 29
#                                                     30
#
#       October                   November                  December
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#     1  2  3  4  5  6                   1  2  3                         1
#  7  8  9 10 11 12 13       4  5  6  7  8  9 10       2  3  4  5  6  7  8
# 14 15 16 17 18 19 20      11 12 13 14 15 16 17       9 10 11 12 13 14 15
# 21 22 23 24 25 26 27      18 19 20 21 22 23 24      16 17 18 19 20 21 22
# 28 29 30 31               25 26 27 28 29 30         23 24 25 26 27 28 29
#                                                     30 31
#
#                                                            1
#
#
#
#           January                        February                        March                          April
#
# Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun
#
#   1   2   3   4   5   6   7                  1   2   3   4                  1   2   3   4                              1
#
#   8   9  10  11  12  13  14      5   6   7   8   9  10  11      5   6   7   8   9  10  11      2   3   4   5   6   7   8
#
#  15  16  17  18  19  20  21     12  13  14  15  16  17  18     12  13  14  15  16  17  18      9  10  11  12  13  14  15
#
#  22  23  24  25  26  27  28     19  20  21  22  23  24  25     19  20  21  22  23  24  25     16  17  18  19  20  21  22
#
#  29  30  31                     26  27  28                     26  27  28  29  30  31         23  24  25  26  27  28  29
#
#                                                                                               30
#
#
#
#             May                            June                           July                          August
#
# Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun
#
#       1   2   3   4   5   6                      1   2   3                              1              1   2   3   4   5
#
#   7   8   9  10  11  12  13      4   5   6   7   8   9  10      2   3   4   5   6   7   8      6   7   8   9  10  11  12
#
#  14  15  16  17  18  19  20     11  12  13  14  15  16  17      9  10  11  12  13  14  15     13  14  15  16  17  18  19
#
#  21  22  23  24  25  26  27     18  19  20  21  22  23  24     16  17  18  19  20  21  22     20  21  22  23  24  25  26
#
#  28  29  30  31                 25  26  27  28  29  30         23  24  25  26  27  28  29     27  28  29  30  31
#
#                                                                30  31
#
#
#
#          September                       October                        November                       December
#
# Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun
#
#                       1   2      1   2   3   4   5   6   7                  1   2   3   4                          1   2
#
#   3   4   5   6   7   8   9      8   9  10  11  12  13  14      5   6   7   8   9  10  11      3   4   5   6   7   8   9
#
#  10  11  12  13  14  15  16     15  16  17  18  19  20  21     12  13  14  15  16  17  18     10  11  12  13  14  15  16
#
#  17  18  19  20  21  22  23     22  23  24  25  26  27  28     19  20  21  22  23  24  25     17  18  19  20  21  22  23
#
#  24  25  26  27  28  29  30     29  30  31                     26  27  28  29  30             24  25  26  27  28  29  30
#
#                                                                                               31
#
#
#                      2023
#
#       January                   February
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#                    1             1  2  3  4  5
#  2  3  4  5  6  7  8       6  7  8  9 10 11 12
#  9 10 11 12 13 14 15      13 14 15 16 17 18 19
# 16 17 18 19 20 21 22      20 21 22 23 24 25 26
# 23 24 25 26 27 28 29      27 28
# 30 31
#
#        March                     April
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#        1  2  3  4  5                      1  2
#  6  7  8  9 10 11 12       3  4  5  6  7  8  9
# 13 14 15 16 17 18 19      10 11 12 13 14 15 16
# 20 21 22 23 24 25 26      17 18 19 20 21 22 23
# 27 28 29 30 31            24 25 26 27 28 29 30
#
#         May                       June
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#  1  2  3  4  5  6  7                1  2  3  4
#  8  9 10 11 12 13 14       5  6  7  8  9 10 11
# 15 16 17 18 19 20 21      12 13 14 15 16 17 18
# 22 23 24 25 26 27 28      19 20 21 22 23 24 25
# 29 30 31                  26 27 28 29 30
#
#         July                     August
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#                 1  2          1  2  3  4  5  6
#  3  4  5  6  7  8  9       7  8  9 10 11 12 13
# 10 11 12 13 14 15 16      14 15 16 17 18 19 20
# 17 18 19 20 21 22 23      21 22 23 24 25 26 27
# 24 25 26 27 28 29 30      28 29 30 31
# 31
#
#      September                  October
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#              1  2  3                         1
#  4  5  6  7  8  9 10       2  3  4  5  6  7  8
# 11 12 13 14 15 16 17       9 10 11 12 13 14 15
# 18 19 20 21 22 23 24      16 17 18 19 20 21 22
# 25 26 27 28 29 30         23 24 25 26 27 28 29
#                           30 31
#
#       November                  December
# Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
#        1  2  3  4  5                   1  2  3
#  6  7  8  9 10 11 12       4  5  6  7  8  9 10
# 13 14 15 16 17 18 19      11 12 13 14 15 16 17
# 20 21 22 23 24 25 26      18 19 20 21 22 23 24
# 27 28 29 30               25 26 27 28 29 30 31
#   a      bb    ccc |
#  x   y 
# 0 0 [0, 1, 2, 3, 4, 5, 6]
#    February 2021
# Mo Tu We Th Fr Sa Su
#  1  2  3  4  5  6  7
#  8  9 10 11 12 13 14
# 15 16 17 18 19 20 21
# 22 23 24 25 26 27 28
#
#   Monday    Tuesday   Wednesday   Thursday    Friday    Saturday    Sunday   |         February 2021          | Mon |     |   7 
# 1 1 [1, 2, 3, 4, 5, 6, 0]
#        February 2021
#
# Tue Wed Thu Fri Sat Sun Mon
#
#                           1
#
#   2   3   4   5   6   7   8
#
#   9  10  11  12  13  14  15
#
#  16  17  18  19  20  21  22
#
#  23  24  25  26  27  28
#
#
#  Tuesday   Wednesday   Thursday    Friday    Saturday    Sunday     Monday   |         February 2021          | Tue |     |   7 
# 2 2 [2, 3, 4, 5, 6, 0, 1]
#           February 2021
# Wed  Thu  Fri  Sat  Sun  Mon  Tue
#                            1    2
#   3    4    5    6    7    8    9
#  10   11   12   13   14   15   16
#  17   18   19   20   21   22   23
#  24   25   26   27   28
#
# Wednesday   Thursday    Friday    Saturday    Sunday     Monday    Tuesday   |         February 2021          | Wed |     |   7 
# 3 3 [3, 4, 5, 6, 0, 1, 2]
#    February 2021
#
# Th Fr Sa Su Mo Tu We
#
#              1  2  3
#
#  4  5  6  7  8  9 10
#
# 11 12 13 14 15 16 17
#
# 18 19 20 21 22 23 24
#
# 25 26 27 28
#
#
#  Thursday    Friday    Saturday    Sunday     Monday    Tuesday   Wednesday  |         February 2021          | Thu |     |   7 
# 4 4 [4, 5, 6, 0, 1, 2, 3]
#        February 2021
# Fri Sat Sun Mon Tue Wed Thu
#               1   2   3   4
#   5   6   7   8   9  10  11
#  12  13  14  15  16  17  18
#  19  20  21  22  23  24  25
#  26  27  28
#
#   Friday    Saturday    Sunday     Monday    Tuesday   Wednesday   Thursday  |         February 2021          | Fri |     |   7 
# 5 5 [5, 6, 0, 1, 2, 3, 4]
#           February 2021
#
# Sat  Sun  Mon  Tue  Wed  Thu  Fri
#
#             1    2    3    4    5
#
#   6    7    8    9   10   11   12
#
#  13   14   15   16   17   18   19
#
#  20   21   22   23   24   25   26
#
#  27   28
#
#
#  Saturday    Sunday     Monday    Tuesday   Wednesday   Thursday    Friday   |         February 2021          | Sat |     |   7 
# 6 6 [6, 0, 1, 2, 3, 4, 5]
#    February 2021
# Su Mo Tu We Th Fr Sa
#     1  2  3  4  5  6
#  7  8  9 10 11 12 13
# 14 15 16 17 18 19 20
# 21 22 23 24 25 26 27
# 28
#
#   Sunday     Monday    Tuesday   Wednesday   Thursday    Friday    Saturday  |         February 2021          | Sun |     |   7 
# 2 2 [2, 3, 4, 5, 6, 0, 1]
#                                                        2017
#
#           January                      February                      March                        April
# Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue
#                   1   2   3    1   2   3   4   5   6   7    1   2   3   4   5   6   7                1   2   3   4
#   4   5   6   7   8   9  10    8   9  10  11  12  13  14    8   9  10  11  12  13  14    5   6   7   8   9  10  11
#  11  12  13  14  15  16  17   15  16  17  18  19  20  21   15  16  17  18  19  20  21   12  13  14  15  16  17  18
#  18  19  20  21  22  23  24   22  23  24  25  26  27  28   22  23  24  25  26  27  28   19  20  21  22  23  24  25
#  25  26  27  28  29  30  31                                29  30  31                   26  27  28  29  30
#
#             May                          June                         July                        August
# Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue
#                       1   2        1   2   3   4   5   6                1   2   3   4                            1
#   3   4   5   6   7   8   9    7   8   9  10  11  12  13    5   6   7   8   9  10  11    2   3   4   5   6   7   8
#  10  11  12  13  14  15  16   14  15  16  17  18  19  20   12  13  14  15  16  17  18    9  10  11  12  13  14  15
#  17  18  19  20  21  22  23   21  22  23  24  25  26  27   19  20  21  22  23  24  25   16  17  18  19  20  21  22
#  24  25  26  27  28  29  30   28  29  30                   26  27  28  29  30  31       23  24  25  26  27  28  29
#  31                                                                                     30  31
#
#          September                     October                      November                     December
# Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue  Wed Thu Fri Sat Sun Mon Tue
#           1   2   3   4   5                    1   2   3    1   2   3   4   5   6   7            1   2   3   4   5
#   6   7   8   9  10  11  12    4   5   6   7   8   9  10    8   9  10  11  12  13  14    6   7   8   9  10  11  12
#  13  14  15  16  17  18  19   11  12  13  14  15  16  17   15  16  17  18  19  20  21   13  14  15  16  17  18  19
#  20  21  22  23  24  25  26   18  19  20  21  22  23  24   22  23  24  25  26  27  28   20  21  22  23  24  25  26
#  27  28  29  30               25  26  27  28  29  30  31   29  30                       27  28  29  30  31
#
# [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 0, 0, 0, 0]
# [(0, 1), (0, 2), (1, 3), (2, 4), (3, 5), (4, 6), (5, 0), (6, 1), (7, 2), (8, 3), (9, 4), (10, 5), (11, 6), (12, 0), (13, 1), (14, 2), (15, 3), (16, 4), (17, 5), (18, 6), (19, 0), (20, 1), (21, 2), (22, 3), (23, 4), (24, 5), (25, 6), (26, 0), (27, 1), (28, 2), (29, 3), (0, 4), (0, 5), (0, 6), (0, 0)]
# [(2023, 12, 26), (2023, 12, 27), (2023, 12, 28), (2023, 12, 29), (2023, 12, 30)] [(2025, 1, 2, 3), (2025, 1, 3, 4), (2025, 1, 4, 5), (2025, 1, 5, 6), (2025, 1, 6, 0)]
# [datetime.date(2024, 1, 30), datetime.date(2024, 1, 31), datetime.date(2024, 2, 1), datetime.date(2024, 2, 2), datetime.date(2024, 2, 3), datetime.date(2024, 2, 4), datetime.date(2024, 2, 5)] [(27, 1), (28, 2), (29, 3), (0, 4), (0, 5), (0, 6), (0, 0)]
# 2024-02-26 35
# 4 3 [31, 0, 0, 0, 0, 0, 0]
# [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (1, 0)]
# [(9999, 12, 31), (10000, 1, 1), (10000, 1, 2)] [(0, 12, 31), (1, 1, 1)]
# ValueError year 0 is out of range True True
# ValueError year 10000 is out of range True True
# IllegalMonthError bad month number 13; must be 1-12 True True
# IllegalMonthError bad month number 0; must be 1-12 True True
# IllegalWeekdayError bad weekday number 7; must be 0 (Monday) to 6 (Sunday) True True
# IllegalWeekdayError bad weekday number -1; must be 0 (Monday) to 6 (Sunday) True True
# IndexError list index out of range False False
# ValueError day is out of range for month True True
# IndexError list index out of range False False
# 13 'bad month number 13; must be 1-12' 8
# <table border="0" cellpadding="0" cellspacing="0" class="month">
# <tr><th colspan="7" class="month">February 2024</th></tr>
# <tr><th class="sun">Sun</th><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th></tr>
# <tr><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="thu">1</td><td class="fri">2</td><td class="sat">3</td></tr>
# <tr><td class="sun">4</td><td class="mon">5</td><td class="tue">6</td><td class="wed">7</td><td class="thu">8</td><td class="fri">9</td><td class="sat">10</td></tr>
# <tr><td class="sun">11</td><td class="mon">12</td><td class="tue">13</td><td class="wed">14</td><td class="thu">15</td><td class="fri">16</td><td class="sat">17</td></tr>
# <tr><td class="sun">18</td><td class="mon">19</td><td class="tue">20</td><td class="wed">21</td><td class="thu">22</td><td class="fri">23</td><td class="sat">24</td></tr>
# <tr><td class="sun">25</td><td class="mon">26</td><td class="tue">27</td><td class="wed">28</td><td class="thu">29</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td></tr>
# </table>
#
# <table border="0" cellpadding="0" cellspacing="0" class="year">
# <tr><th colspan="4" class="year">2024</th></tr><tr><td><table border="0" cellpadding="0" cellspacing="0" class="month">
# <tr><th colspan="7" class="month">January</th></tr>
# <tr><th class="sun">Sun</th><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th></tr>
# <tr><td class="noday">&nbsp;</td><td class="mon">1</td><td class="tue">2</td><td class="wed">3</td><td class="thu">4</td><td class="fri">5</td><td class="sat">6</td></tr>
# <tr><td class="
# b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<link rel="stylesheet" type="text/css" href="calendar.css" />\n<titl'
# <td class="noday">&nbsp;</td> <th class="sun">Sun</th> <tr><th colspan="7" class="month">May</th></tr>
