print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {0[key]}".format({1: "one", "key": "k"}))
print("{0[2]}".format("abcd"))

class Pt:
    x = 3
    y = 4

print("({p.x}, {p.y})".format(p=Pt()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,}".format(3.14159, 5, 1234567))
print("{0!r} {0!s}".format("q"))
print("{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(1 / 3, w=8, p=3))
print("{:b} {:o} {:x} {:#X}".format(5, 8, 255, 255))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{missing}".format(other=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)

# Output:
# a and b
# y x y
# Bo is 7
# one k
# c
# (3, 4)
#      r|l     |  c   |
# 0003.142 +5 1,234,567
# 'q' q
# {} braces
#    0.333
# 101 10 ff 0XFF
# Replacement index 1 out of range for positional args tuple
# KeyError 'missing'
# cannot switch from manual field specification to automatic field numbering
