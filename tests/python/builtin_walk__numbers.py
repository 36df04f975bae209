# Numbers as text and values: complex() of strings and pairs, complex
# repr and format, int() of strings in bases, mixed comparisons, sorting
# with signed zeros and inf, divmod/pow/round corner cases, float.hex.
import math
inf, nan = math.inf, math.nan
# complex constructors, repr of nan signs, format
for args in [(), (1,), (1, 2), (-0.0, -0.0), (nan, -nan), (-nan,), ('1+2j',), (' (1-2j) ',), ('inf+nanj',), ('-0j',), ('1e400j',), ('j',), ('1_0j',), ('(1)',), ('1+j',), (1j, 1j), (True, False), (10**400,)]:
    try: print(args, repr(complex(*args)))
    except Exception as e: print(args, type(e).__name__, e)
for z in [1+2j, complex(-0.0, 0.0), complex(inf, -nan), 1e16j, 1e-7+1e22j, complex(0.1, -0.2)]:
    print(repr(z), str(z), format(z, ''), format(z, '.3'), format(z, 'g'), format(z, '>20.2e'), z.real, z.imag, abs(z) if not math.isnan(z.imag) else '', z == z.real, hash(z) if z == z else "nan")
# int from strings and floats
for s in ['0x10', '  12  ', '1_000', '٣', '0b101', '-0', '+5', '1e3', '', '10'*300]:
    try: print(repr(int(s)) if len(s) < 50 else len(str(int(s))))
    except Exception as e: print(type(e).__name__, e)
for s, b in [('ff', 16), ('0xff', 16), ('0xff', 0), ('z', 36), ('10', 1), ('10', 37), ('0o17', 0), ('017', 0), ('0_7', 0)]:
    try: print(int(s, b))
    except Exception as e: print(type(e).__name__, e)
print(float('nan') != float('nan'), 1 == 1.0 == 1+0j, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > inf, -10**400 < -inf, 10**400 == inf)
print(sorted([3, 1.5, True, -inf, 2**70, 0.0, -0.0, False]))
print(max(1, 1.0), max(1.0, 1), min(0.0, -0.0), min(-0.0, 0.0), max([nan, 1]), max([1, nan]))
print(divmod(-7, 2), divmod(7, -2.0), divmod(-0.0, 1), (-7) % 2.5, 7.5 // -2, -1e-300 % 1e300)
print(pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7))
for e in ['pow(2, -1, 4)', 'pow(2, 0.5, 3)', 'pow(0, -1)', '(-8) ** (1/3)', '2 ** 0.5', '10 ** -400', '(-1) ** 0.5']:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
print(round(2.5), round(-0.5), round(0.5, 0), round(1.25, 1), round(-1.25, 1), round(1e22, -22), round(5e-324, 323), round(123, -1), round(-125, -1), round(True, 2))
print(float.fromhex('0x1.8p1'), (0.1).hex(), (-0.0).hex(), float(10**308 * 10 // 10**300 ), 1e308 * 10, -1e308 * 10)
print(int(1e300) % 1000, int(-2.5), int(2.9999999999999996), bool(0.0), bool(-0.0), bool(nan), bool(0j), bool(complex(0, -0.0)))
print(1.0 .is_integer(), (2**0.5).as_integer_ratio(), (-0.0).as_integer_ratio(), (0.1).as_integer_ratio())
print((5).bit_length(), (-5).bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\xff\x00', 'little', signed=True), (10).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag, (2.5).real, (2.5).imag)

# Output:
# () 0j
# (1,) (1+0j)
# (1, 2) (1+2j)
# (-0.0, -0.0) (-0-0j)
# (nan, nan) (nan+nanj)
# (nan,) (nan+0j)
# ('1+2j',) (1+2j)
# (' (1-2j) ',) (1-2j)
# ('inf+nanj',) (inf+nanj)
# ('-0j',) -0j
# ('1e400j',) infj
# ('j',) 1j
# ('1_0j',) 10j
# ('(1)',) (1+0j)
# ('1+j',) (1+1j)
# (1j, 1j) (-1+1j)
# (True, False) (1+0j)
# (10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000,) OverflowError int too large to convert to float
# (1+2j) (1+2j) (1+2j) (1+2j) 1+2j   1.00e+00+2.00e+00j 1.0 2.0 2.23606797749979 False 2000007
# (-0+0j) (-0+0j) (-0+0j) (-0+0j) -0+0j  -0.00e+00+0.00e+00j -0.0 0.0 0.0 True 0
# (inf+nanj) (inf+nanj) (inf+nanj) (inf+nanj) inf+nanj             inf+nanj inf nan  False nan
# 1e+16j 1e+16j 1e+16j 1e+16j 0+1e+16j   0.00e+00+1.00e+16j 0.0 1e+16 1e+16 False 1894712049423024128
# (1e-07+1e+22j) (1e-07+1e+22j) (1e-07+1e+22j) (1e-07+1e+22j) 1e-07+1e+22j   1.00e-07+1.00e+22j 1e-07 1e+22 1e+22 False -7522876390600375223
# (0.1-0.2j) (0.1-0.2j) (0.1-0.2j) (0.1-0.2j) 0.1-0.2j   1.00e-01-2.00e-01j 0.1 -0.2 0.223606797749979 False -1152921504632447040
# ValueError invalid literal for int() with base 10: '0x10'
# 12
# 1000
# 3
# ValueError invalid literal for int() with base 10: '0b101'
# 0
# 5
# ValueError invalid literal for int() with base 10: '1e3'
# ValueError invalid literal for int() with base 10: ''
# 600
# 255
# 255
# 255
# 35
# ValueError int() base must be >= 2 and <= 36, or 0
# ValueError int() base must be >= 2 and <= 36, or 0
# 15
# ValueError invalid literal for int() with base 0: '017'
# ValueError invalid literal for int() with base 0: '0_7'
# True True False True False False False
# [-inf, 0.0, -0.0, False, True, 1.5, 3, 1180591620717411303424]
# 1 1.0 0.0 -0.0 nan 1
# (-4, 1) (-4.0, -1.0) (-0.0, 0.0) 0.5 -4.0 1e+300
# 0.5 1 1 4
# pow(2, -1, 4) ValueError base is not invertible for the given modulus
# pow(2, 0.5, 3) TypeError pow() 3rd argument not allowed unless all arguments are integers
# pow(0, -1) ZeroDivisionError 0.0 cannot be raised to a negative power
# (-8) ** (1/3) (1.0000000000000002+1.7320508075688772j)
# 2 ** 0.5 1.4142135623730951
# 10 ** -400 0.0
# (-1) ** 0.5 (6.123233995736766e-17+1j)
# 2 0 0.0 1.2 -1.2 1e+22 0.0 120 -120 1
# 3.0 0x1.999999999999ap-4 -0x0.0p+0 1000000000.0 inf -inf
# 160 -2 2 False False True False False
# True (6369051672525773, 4503599627370496) (0, 1) (3602879701896397, 36028797018963968)
# 3 3 b'\x00\xff' 255 10 7 1 7 0 2.5 0.0
