print("%s is %d years" % ("Ann", 30))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.3f %10.2f %e" % (3.14159, 2.5, 12345.678))
print("%x %X %o %#x" % (255, 255, 8, 255))
print("%r %s" % ("hi", "hi"))
print("%c%c" % (72, "i"))
print("100%% sure" % ())
print("%(name)s=%(value)d" % {"name": "x", "value": 3})
print("%s" % [1, 2])
print("%s" % (("tuple",),))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|" % (6, 7))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)

# Output:
# Ann is 30 years
#    42|42   |00042
# 3.142       2.50 1.234568e+04
# ff FF 10 0xff
# 'hi' hi
# Hi
# 100% sure
# x=3
# [1, 2]
# ('tuple',)
# +5 -5  5
#      7|
# not enough arguments for format string
# not all arguments converted during string formatting
# %d format: a real number is required, not str
