from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Enum
import enum

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(list(Perm), len(Perm), Perm.RW, repr(~Perm.R), list(Perm.RW), Perm(7), repr(Perm(7)))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, len(Perm.RW), len(Perm(7)), Perm.RW & Perm.R, Perm.RW ^ Perm.R)
print(list(Perm.__members__), repr(Perm), Perm['RW'], Perm(6) is Perm.RW, ~Perm(7), repr(~Perm(0)))
for bad in (lambda: Perm(8), lambda: Perm.R | 1, lambda: 1 in Perm.R, lambda: Perm('x'), lambda: Perm(-9)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, [c.value for c in Color], repr(Color.RED | Color.BLUE), list(Color.WHITE))
print(repr(~Color.RED), repr(Color(-1)), repr(Color(-2)))

class P2(IntFlag):
    R = 4
    W = 2
print(repr(P2(8 | 4)), str(P2(12)), repr(~P2.R), P2.R | 1, repr(P2.R | 8), format(P2.R), P2.R + 1)
print(repr(P2.R | P2.W), str(P2.R | P2.W), P2(0), repr(P2(0)), isinstance(P2.R, int), P2.R == 4)
print(repr(P2.R & 6), repr(1 | P2.W), type(P2.R + 1).__name__, repr(P2(-1)))

class F3(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(F3(7)), repr(~F3.A))
class F4(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(F4(7)), repr(F4(3)))
class F5(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(F5(7)), str(F5(7)), repr(~F5.A))
print(list(FlagBoundary), repr(STRICT), str(KEEP))

@verify(UNIQUE)
class V1(Enum):
    A = 1
    B = 2
print(list(V1))
def make(body):
    try:
        return body()
    except Exception as e:
        print(type(e).__name__, e)
def v2():
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
make(v2)
def v3():
    @verify(CONTINUOUS)
    class V(Enum):
        A = 1
        B = 3
        C = 6
make(v3)
def v4():
    @verify(NAMED_FLAGS)
    class V(Flag):
        A = 1
        B = 2
        C = 11
make(v4)
print(enum.show_flag_values(13))

class Empty(Flag):
    pass
print(list(Empty), repr(Empty))
class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print([(b.name, b.value) for b in Bits], repr(Bits.A | Bits.C), Bits.A | Bits.B | Bits.C)

# Output:
# <Perm.RW: 6> Perm.RW <Perm: 0> Perm(0) False
# [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>] 3 Perm.RW <Perm.W|X: 3> [<Perm.R: 4>, <Perm.W: 2>] Perm.R|W|X <Perm.R|W|X: 7>
# True False 2 3 Perm.R Perm.W
# ['R', 'W', 'X', 'RW'] <flag 'Perm'> Perm.RW True Perm(0) <Perm.R|W|X: 7>
# ValueError <flag 'Perm'> invalid value 8
#     given 0b0 1000
#   allowed 0b0 0111
# TypeError unsupported operand type(s) for |: 'Perm' and 'int'
# TypeError unsupported operand type(s) for 'in': 'int' and 'Perm'
# ValueError 'x' is not a valid Perm
# ValueError <flag 'Perm'> invalid value -9
#     given 0b1 0111
#   allowed 0b0 0111
# [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 4>] Color.WHITE [1, 2, 4] <Color.RED|BLUE: 5> [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 4>]
# <Color.GREEN|BLUE: 6> <Color.WHITE: 7> <Color.GREEN|BLUE: 6>
# <P2.R|8: 12> 12 <P2.W|1: 3> 5 <P2.R|8: 12> 4 5
# <P2.R|W: 6> 6 0 <P2: 0> True True
# <P2.R: 4> <P2.W|1: 3> int <P2.R|W|1: 7>
# <F3.A|B: 3> <F3.B: 2>
# 7 <F4.A|B: 3>
# <F5.A|B|4: 7> F5.A|B|4 <F5.B: 2>
# [<FlagBoundary.STRICT: 'strict'>, <FlagBoundary.CONFORM: 'conform'>, <FlagBoundary.EJECT: 'eject'>, <FlagBoundary.KEEP: 'keep'>] <FlagBoundary.STRICT: 'strict'> keep
# [<V1.A: 1>, <V1.B: 2>]
# ValueError aliases found in <enum 'V'>: B -> A
# ValueError invalid enum 'V': missing values 2, 4, 5
# ValueError invalid Flag 'V': alias C is missing value 0x8 [use enum.show_flag_values(value) for details]
# [1, 4, 8]
# [] <flag 'Empty'>
# [('A', 1), ('B', 2), ('C', 4)] <Bits.A|C: 5> 7
