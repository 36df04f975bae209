# complex arithmetic with ints, floats, bools and big ints on both sides,
# CPython's division, powers (integer and polar), and their errors.
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
       "*": lambda a, b: a * b, "/": lambda a, b: a / b}
vals = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.25j, complex(0.0, -0.0), complex(-0.0, 0.0),
        2, -3, 0.5, -0.0, True, False, 10**20]
for a in vals:
    row = []
    for b in vals:
        for op in ("+", "-", "*", "/"):
            if not isinstance(a, complex) and not isinstance(b, complex):
                continue
            try:
                r = OPS[op](a, b)
                row.append(repr(r))
            except Exception as e:
                row.append(f"{type(e).__name__}: {e}")
    if row:
        print(repr(a), " ".join(row))

for base, exp in [(1 + 2j, 2), (1 + 2j, -2), (1j, 100), (1j, 101), (2, 1j), (1 + 1j, 0.5),
                  (0j, 0), (0j, 2), (0j, -1), (0j, 1j), (1e200 + 1e200j, 2), (1.5 + 0j, 3.5),
                  (-8 + 0j, 1 / 3), (2 + 3j, 1 - 1j), (3, 0.5 + 0j)]:
    try:
        print(repr(base), repr(exp), repr(base ** exp))
    except Exception as e:
        print(repr(base), repr(exp), f"{type(e).__name__}: {e}")

try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError:", e)
BAD = [("1j % 2", lambda: 1j % 2), ("1j // 2", lambda: 1j // 2),
       ("divmod(1j, 2)", lambda: divmod(1j, 2)), ("1j < 2j", lambda: 1j < 2j),
       ("1j >= 1", lambda: 1j >= 1), ("int(1j)", lambda: int(1j)),
       ("float(1j)", lambda: float(1j)), ("1j + 'a'", lambda: 1j + 'a'),
       ("[1] * 1j", lambda: [1] * 1j), ("~1j", lambda: ~1j), ("round(1j)", lambda: round(1j)),
       ("1 << 1j", lambda: 1 << 1j), ("sorted([2j, 1j])", lambda: sorted([2j, 1j]))]
for text, f in BAD:
    try:
        print(text, f())
    except TypeError as e:
        print(text, "TypeError:", e)

z = 3 - 4j
print(-z, +z, abs(z), z.conjugate(), z.real, z.imag, type(z.real).__name__)
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1.0)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
x = 1j
x += 2
x *= 1j
x -= 0.5
x /= 2
print(x)
print(sum([1j, 2, 3.5, 1 + 1j]), sum([], 0j))
print(1j * 1j == -1, 2 + 0j == 2, 2 + 0j == 2.0, 2 + 1j == 2, 0j == False, 1 + 0j == True)
print(complex(2**53 + 1) == 2**53 + 1, complex(2.0**60) == 2**60, 1e300 + 0j == 10**300)
print(1j != 1j, 1j != 2j, 1j == "1j", 1j in [0, 1j], [1j, 2j].index(2j))


# Output:
# 0j 0j 0j 0j ZeroDivisionError: complex division by zero 1j -1j 0j 0j -1j 1j -0j (-0-0j) (1+2j) (-1-2j) 0j 0j (-3.5+0.25j) (3.5-0.25j) (-0+0j) (-0-0j) 0j 0j 0j ZeroDivisionError: complex division by zero 0j 0j (-0+0j) ZeroDivisionError: complex division by zero (2+0j) (-2+0j) 0j 0j (-3+0j) (3+0j) (-0+0j) (-0-0j) (0.5+0j) (-0.5+0j) 0j 0j 0j 0j (-0+0j) ZeroDivisionError: complex division by zero (1+0j) (-1+0j) 0j 0j 0j 0j 0j ZeroDivisionError: complex division by zero (1e+20+0j) (-1e+20+0j) 0j 0j
# 1j 1j 1j 0j ZeroDivisionError: complex division by zero 2j 0j (-1+0j) (1+0j) 0j 2j (1-0j) (-1-0j) (1+3j) (-1-1j) (-2+1j) (0.4+0.2j) (-3.5+1.25j) (3.5+0.75j) (-0.25-3.5j) (0.02030456852791878-0.28426395939086296j) 1j 1j 0j ZeroDivisionError: complex division by zero 1j 1j (-0+0j) ZeroDivisionError: complex division by zero (2+1j) (-2+1j) 2j 0.5j (-3+1j) (3+1j) (-0-3j) (-0-0.3333333333333333j) (0.5+1j) (-0.5+1j) 0.5j 2j 1j 1j (-0+0j) ZeroDivisionError: complex division by zero (1+1j) (-1+1j) 1j 1j 1j 1j 0j ZeroDivisionError: complex division by zero (1e+20+1j) (-1e+20+1j) 1e+20j 1e-20j
# (-0-1j) -1j (-0-1j) -0j ZeroDivisionError: complex division by zero 0j (-0-2j) (1-0j) (-1+0j) (-0-2j) 0j (-1+0j) (1-0j) (1+1j) (-1-3j) (2-1j) (-0.4-0.2j) (-3.5-0.75j) (3.5-1.25j) (0.25+3.5j) (-0.02030456852791878+0.28426395939086296j) -1j (-0-1j) (-0+0j) ZeroDivisionError: complex division by zero (-0-1j) -1j 0j ZeroDivisionError: complex division by zero (2-1j) (-2-1j) -2j (-0-0.5j) (-3-1j) (3-1j) 3j (-0+0.3333333333333333j) (0.5-1j) (-0.5-1j) -0.5j (-0-2j) (-0-1j) -1j 0j ZeroDivisionError: complex division by zero (1-1j) (-1-1j) -1j (-0-1j) -1j (-0-1j) -0j ZeroDivisionError: complex division by zero (1e+20-1j) (-1e+20-1j) -1e+20j (-0-1e-20j)
# (1+2j) (1+2j) (1+2j) 0j ZeroDivisionError: complex division by zero (1+3j) (1+1j) (-2+1j) (2-1j) (1+1j) (1+3j) (2-1j) (-2+1j) (2+4j) 0j (-3+4j) (1+0j) (-2.5+2.25j) (4.5+1.75j) (-4-6.75j) (-0.2436548223350254-0.5888324873096448j) (1+2j) (1+2j) 0j ZeroDivisionError: complex division by zero (1+2j) (1+2j) (-0+0j) ZeroDivisionError: complex division by zero (3+2j) (-1+2j) (2+4j) (0.5+1j) (-2+2j) (4+2j) (-3-6j) (-0.3333333333333333-0.6666666666666666j) (1.5+2j) (0.5+2j) (0.5+1j) (2+4j) (1+2j) (1+2j) (-0+0j) ZeroDivisionError: complex division by zero (2+2j) 2j (1+2j) (1+2j) (1+2j) (1+2j) 0j ZeroDivisionError: complex division by zero (1e+20+2j) (-1e+20+2j) (1e+20+2e+20j) (1e-20+2e-20j)
# (-3.5+0.25j) (-3.5+0.25j) (-3.5+0.25j) (-0+0j) ZeroDivisionError: complex division by zero (-3.5+1.25j) (-3.5-0.75j) (-0.25-3.5j) (0.25+3.5j) (-3.5-0.75j) (-3.5+1.25j) (0.25+3.5j) (-0.25-3.5j) (-2.5+2.25j) (-4.5-1.75j) (-4-6.75j) (-0.6+1.45j) (-7+0.5j) 0j (12.1875-1.75j) (1-0j) (-3.5+0.25j) (-3.5+0.25j) 0j ZeroDivisionError: complex division by zero (-3.5+0.25j) (-3.5+0.25j) -0j ZeroDivisionError: complex division by zero (-1.5+0.25j) (-5.5+0.25j) (-7+0.5j) (-1.75+0.125j) (-6.5+0.25j) (-0.5+0.25j) (10.5-0.75j) (1.1666666666666667-0.08333333333333333j) (-3+0.25j) (-4+0.25j) (-1.75+0.125j) (-7+0.5j) (-3.5+0.25j) (-3.5+0.25j) -0j ZeroDivisionError: complex division by zero (-2.5+0.25j) (-4.5+0.25j) (-3.5+0.25j) (-3.5+0.25j) (-3.5+0.25j) (-3.5+0.25j) (-0+0j) ZeroDivisionError: complex division by zero (1e+20+0.25j) (-1e+20+0.25j) (-3.5e+20+2.5e+19j) (-3.5e-20+2.5e-21j)
# -0j 0j -0j 0j ZeroDivisionError: complex division by zero 1j -1j 0j -0j -1j 1j (-0+0j) (-0+0j) (1+2j) (-1-2j) 0j -0j (-3.5+0.25j) (3.5-0.25j) 0j (-0-0j) -0j 0j -0j ZeroDivisionError: complex division by zero 0j -0j 0j ZeroDivisionError: complex division by zero (2+0j) (-2-0j) 0j -0j (-3+0j) (3-0j) 0j (-0-0j) (0.5+0j) (-0.5-0j) 0j -0j 0j -0j 0j ZeroDivisionError: complex division by zero (1+0j) (-1-0j) 0j -0j 0j -0j 0j ZeroDivisionError: complex division by zero (1e+20+0j) (-1e+20-0j) 0j -0j
# (-0+0j) 0j (-0+0j) (-0+0j) ZeroDivisionError: complex division by zero 1j (-0-1j) (-0+0j) 0j (-0-1j) 1j 0j (-0-0j) (1+2j) (-1-2j) (-0+0j) 0j (-3.5+0.25j) (3.5-0.25j) -0j -0j 0j (-0+0j) 0j ZeroDivisionError: complex division by zero (-0+0j) 0j -0j ZeroDivisionError: complex division by zero (2+0j) (-2+0j) (-0+0j) 0j (-3+0j) (3+0j) -0j -0j (0.5+0j) (-0.5+0j) (-0+0j) 0j (-0+0j) 0j -0j ZeroDivisionError: complex division by zero (1+0j) (-1+0j) (-0+0j) 0j 0j (-0+0j) (-0+0j) ZeroDivisionError: complex division by zero (1e+20+0j) (-1e+20+0j) (-0+0j) 0j
# 2 (2+0j) (2+0j) 0j ZeroDivisionError: complex division by zero (2+1j) (2-1j) 2j -2j (2-1j) (2+1j) -2j (-0+2j) (3+2j) (1-2j) (2+4j) (0.4-0.8j) (-1.5+0.25j) (5.5-0.25j) (-7+0.5j) (-0.5685279187817259-0.04060913705583756j) (2+0j) (2+0j) 0j ZeroDivisionError: complex division by zero (2+0j) (2+0j) (-0+0j) ZeroDivisionError: complex division by zero
# -3 (-3+0j) (-3+0j) (-0+0j) ZeroDivisionError: complex division by zero (-3+1j) (-3-1j) (-0-3j) 3j (-3-1j) (-3+1j) 3j (-0-3j) (-2+2j) (-4-2j) (-3-6j) (-0.6+1.2j) (-6.5+0.25j) (0.5-0.25j) (10.5-0.75j) (0.8527918781725888+0.06091370558375634j) (-3+0j) (-3+0j) 0j ZeroDivisionError: complex division by zero (-3+0j) (-3+0j) -0j ZeroDivisionError: complex division by zero
# 0.5 (0.5+0j) (0.5+0j) 0j ZeroDivisionError: complex division by zero (0.5+1j) (0.5-1j) 0.5j -0.5j (0.5-1j) (0.5+1j) -0.5j (-0+0.5j) (1.5+2j) (-0.5-2j) (0.5+1j) (0.1-0.2j) (-3+0.25j) (4-0.25j) (-1.75+0.125j) (-0.14213197969543148-0.01015228426395939j) (0.5+0j) (0.5+0j) 0j ZeroDivisionError: complex division by zero (0.5+0j) (0.5+0j) (-0+0j) ZeroDivisionError: complex division by zero
# -0.0 0j (-0+0j) (-0+0j) ZeroDivisionError: complex division by zero 1j (-0-1j) (-0+0j) 0j (-0-1j) 1j 0j (-0-0j) (1+2j) (-1-2j) (-0+0j) 0j (-3.5+0.25j) (3.5-0.25j) -0j -0j 0j (-0+0j) 0j ZeroDivisionError: complex division by zero (-0+0j) 0j -0j ZeroDivisionError: complex division by zero
# True (1+0j) (1+0j) 0j ZeroDivisionError: complex division by zero (1+1j) (1-1j) 1j -1j (1-1j) (1+1j) -1j (-0+1j) (2+2j) -2j (1+2j) (0.2-0.4j) (-2.5+0.25j) (4.5-0.25j) (-3.5+0.25j) (-0.28426395939086296-0.02030456852791878j) (1+0j) (1+0j) 0j ZeroDivisionError: complex division by zero (1+0j) (1+0j) (-0+0j) ZeroDivisionError: complex division by zero
# False 0j 0j 0j ZeroDivisionError: complex division by zero 1j -1j 0j 0j -1j 1j -0j (-0-0j) (1+2j) (-1-2j) 0j 0j (-3.5+0.25j) (3.5-0.25j) (-0+0j) (-0-0j) 0j 0j 0j ZeroDivisionError: complex division by zero 0j 0j (-0+0j) ZeroDivisionError: complex division by zero
# 100000000000000000000 (1e+20+0j) (1e+20+0j) 0j ZeroDivisionError: complex division by zero (1e+20+1j) (1e+20-1j) 1e+20j -1e+20j (1e+20-1j) (1e+20+1j) -1e+20j (-0+1e+20j) (1e+20+2j) (1e+20-2j) (1e+20+2e+20j) (2e+19-4e+19j) (1e+20+0.25j) (1e+20-0.25j) (-3.5e+20+2.5e+19j) (-2.8426395939086295e+19-2.0304568527918781e+18j) (1e+20+0j) (1e+20+0j) 0j ZeroDivisionError: complex division by zero (1e+20+0j) (1e+20+0j) (-0+0j) ZeroDivisionError: complex division by zero
# (1+2j) 2 (-3+4j)
# (1+2j) -2 (-0.12-0.16j)
# 1j 100 (1+0j)
# 1j 101 (4.408109496293883e-15+1j)
# 2 1j (0.7692389013639721+0.6389612763136348j)
# (1+1j) 0.5 (1.0986841134678098+0.45508986056222733j)
# 0j 0 (1+0j)
# 0j 2 0j
# 0j -1 ZeroDivisionError: 0.0 to a negative or complex power
# 0j 1j ZeroDivisionError: 0.0 to a negative or complex power
# (1e+200+1e+200j) 2 (nan+nanj)
# (1.5+0j) 3.5 (4.133513940946613+0j)
# (-8+0j) 0.3333333333333333 (1.0000000000000002+1.7320508075688772j)
# (2+3j) (1-1j) (9.204342488611351-2.844019508370224j)
# 3 (0.5+0j) (1.7320508075688772+0j)
# ValueError: complex modulo
# 1j % 2 TypeError: unsupported operand type(s) for %: 'complex' and 'int'
# 1j // 2 TypeError: unsupported operand type(s) for //: 'complex' and 'int'
# divmod(1j, 2) TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'
# 1j < 2j TypeError: '<' not supported between instances of 'complex' and 'complex'
# 1j >= 1 TypeError: '>=' not supported between instances of 'complex' and 'int'
# int(1j) TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'
# float(1j) TypeError: float() argument must be a string or a real number, not 'complex'
# 1j + 'a' TypeError: unsupported operand type(s) for +: 'complex' and 'str'
# [1] * 1j TypeError: can't multiply sequence by non-int of type 'complex'
# ~1j TypeError: bad operand type for unary ~: 'complex'
# round(1j) TypeError: type complex doesn't define __round__ method
# 1 << 1j TypeError: unsupported operand type(s) for <<: 'int' and 'complex'
# sorted([2j, 1j]) TypeError: '<' not supported between instances of 'complex' and 'complex'
# (-3+4j) (3-4j) 5.0 (3+4j) 3.0 -4.0 float
# inf nan
# (-0.75+1j)
# (6.5+2j) 0j
# True True True False True True
# False True False
# False True False True 1
