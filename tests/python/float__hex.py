# float.hex and float.fromhex: every form CPython accepts, rounding, and
# the ValueError/OverflowError messages.
import random

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.0**-1074, 1/3]:
    print(x.hex())
t(lambda: (1.5).hex(1)); t(lambda: float.hex(1)); t(lambda: float.hex(2.5))

for s in ["0x1.8p1", " -0x1.8p1 ", "0X1P-2", "  \n0x1\t", "1", "1.", ".1", "0x.8", "0x1p+3", "0x1p-0", "a", "F.F", "ffp-4",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x1p-1075", "0x1.8p-1074", "0x1p-1074", "0x3p-1076",
          "0x1.000000000000080000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "-0x0p0", "+0x0.0p99",
          "0x1.ffffffffffffffp1023", "0x" + "0" * 500 + "1p0", "0x1p-99999999999999999999", "0x0p99999999999999999999",
          "0x1p99999999999999999999", "0x" + "f" * 300 + "p-1200", "0.0000001p+32",
          "inf", "Infinity", "-iNf", "+INFINITY", "nan", "-NaN", "+nan",
          "x", "0x", "0x.p1", "1p", "1p+", "1_0", "infx", "- inf", "0x1p1.5", "0x1.2.3", "", "  ", "0x-1", "1e3", "\x0b0x1\x0c",
          "0x1p-1022", "0x0.fffffffffffffp-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022"]:
    print(repr(s)[:40], end=" ")
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(b"1")); t(lambda: float.fromhex()); t(lambda: float.fromhex("1", "2")); t(lambda: (1.0).fromhex("0x2"))

class F(float):
    pass
t(lambda: (type(F.fromhex("0x1")).__name__, F.fromhex("0x1")))

random.seed(5)
ok = 0
for _ in range(500):
    x = random.choice([random.random(), random.uniform(-1e308, 1e308), random.random() * 2.0**-1050,
                       random.getrandbits(53) * 2.0**random.randrange(-1100, 970)])
    if float.fromhex(x.hex()) == x:
        ok += 1
    else:
        print("mismatch", x)
print(ok)
for _ in range(100):
    digits = "".join(random.choice("0123456789abcdef") for _ in range(random.randrange(1, 30)))
    point = random.randrange(0, len(digits) + 1)
    s = "0x" + digits[:point] + "." + digits[point:] + "p" + str(random.randrange(-1200, 1100))
    t(lambda: float.fromhex(s).hex())
t(lambda: [x.as_integer_ratio() for x in [0.5, -0.75, 1e300, 0.0]])
t(lambda: float("inf").as_integer_ratio()); t(lambda: float("nan").as_integer_ratio())
t(lambda: [(1.0).is_integer(), (1.5).is_integer(), float("inf").is_integer()])

# Output:
# 0x0.0p+0
# -0x0.0p+0
# 0x1.0000000000000p+0
# -0x1.8000000000000p+0
# 0x1.999999999999ap-4
# 0x1.7e43c8800759cp+996
# -0x1.56e1fc2f8f359p-997
# 0x0.0000000000001p-1022
# 0x1.0000000000000p-1022
# 0x0.fffffffffffffp-1022
# 0x1.fffffffffffffp+1023
# inf
# -inf
# nan
# 0x1.921fb54442d18p+1
# 0x0.0000000000001p-1022
# 0x1.5555555555555p-2
# TypeError float.hex() takes no arguments (1 given)
# TypeError descriptor 'hex' for 'float' objects doesn't apply to a 'int' object
# '0x1.4000000000000p+1'
# '0x1.8p1' 3.0
# ' -0x1.8p1 ' -3.0
# '0X1P-2' 0.25
# '  \n0x1\t' 1.0
# '1' 1.0
# '1.' 1.0
# '.1' 0.0625
# '0x.8' 0.5
# '0x1p+3' 8.0
# '0x1p-0' 1.0
# 'a' 10.0
# 'F.F' 15.9375
# 'ffp-4' 15.9375
# '0x1.fffffffffffff8p1023' OverflowError hexadecimal value too large to represent as a float
# '0x1.fffffffffffff7p1023' 1.7976931348623157e+308
# '0x1p1024' OverflowError hexadecimal value too large to represent as a float
# '0x1p-1075' 0.0
# '0x1.8p-1074' 1e-323
# '0x1p-1074' 5e-324
# '0x3p-1076' 5e-324
# '0x1.000000000000080000000001p0' 1.0000000000000002
# '0x1.00000000000008p0' 1.0
# '0x1.00000000000018p0' 1.0000000000000004
# '-0x0p0' -0.0
# '+0x0.0p99' 0.0
# '0x1.ffffffffffffffp1023' OverflowError hexadecimal value too large to represent as a float
# '0x0000000000000000000000000000000000000 1.0
# '0x1p-99999999999999999999' 0.0
# '0x0p99999999999999999999' 0.0
# '0x1p99999999999999999999' OverflowError hexadecimal value too large to represent as a float
# '0xfffffffffffffffffffffffffffffffffffff 1.0
# '0.0000001p+32' 16.0
# 'inf' inf
# 'Infinity' inf
# '-iNf' -inf
# '+INFINITY' inf
# 'nan' nan
# '-NaN' nan
# '+nan' nan
# 'x' ValueError invalid hexadecimal floating-point string
# '0x' ValueError invalid hexadecimal floating-point string
# '0x.p1' ValueError invalid hexadecimal floating-point string
# '1p' ValueError invalid hexadecimal floating-point string
# '1p+' ValueError invalid hexadecimal floating-point string
# '1_0' ValueError invalid hexadecimal floating-point string
# 'infx' ValueError invalid hexadecimal floating-point string
# '- inf' ValueError invalid hexadecimal floating-point string
# '0x1p1.5' ValueError invalid hexadecimal floating-point string
# '0x1.2.3' ValueError invalid hexadecimal floating-point string
# '' ValueError invalid hexadecimal floating-point string
# '  ' ValueError invalid hexadecimal floating-point string
# '0x-1' ValueError invalid hexadecimal floating-point string
# '1e3' 483.0
# '\x0b0x1\x0c' 1.0
# '0x1p-1022' 2.2250738585072014e-308
# '0x0.fffffffffffffp-1022' 2.225073858507201e-308
# '0x0.00000000000008p-1022' 0.0
# '0x0.00000000000018p-1022' 1e-323
# TypeError bad argument type for built-in operation
# TypeError float.fromhex() takes exactly one argument (0 given)
# TypeError float.fromhex() takes exactly one argument (2 given)
# 2.0
# ('F', 1.0)
# 500
# '0x1.fffd1c032572bp-46'
# '0x1.16aabb496b6cdp-787'
# '0x1.a96ded44f4925p-351'
# '0x1.8cb53b9f01f85p+998'
# '0x1.16707dcc38831p-532'
# '0x1.c95c0eab3c8cbp+602'
# '0x1.a200000000000p+370'
# '0x1.f87c1a90a0600p+42'
# '0x1.9095970e00000p+392'
# '0x1.a000000000000p-702'
# '0x1.a6a9399a3342fp+935'
# '0x1.e7fcb98b6ebb0p+551'
# '0x1.2d8210d8c96e8p+413'
# '0x0.0p+0'
# '0x1.dadeee1b7d832p-392'
# '0x1.55cd8bcd64076p+683'
# '0x1.7d3ae80000000p-454'
# '0x1.1910f3d800000p-837'
# '0x1.47d7e270331eep+273'
# '0x1.0352a2955e8aap-635'
# '0x1.4818000000000p-212'
# '0x1.d80b8cd240000p-19'
# '0x1.80208e75b5fa3p-558'
# '0x1.3c44a1ab72a6ap-463'
# '0x1.cd2b3848855b5p-869'
# '0x1.cc00000000000p-755'
# '0x1.ccf3026dbcb0cp+112'
# '0x1.8c7705333a8fbp-237'
# OverflowError hexadecimal value too large to represent as a float
# OverflowError hexadecimal value too large to represent as a float
# '0x1.ddb5e28aac2fap+941'
# '0x1.e91a000000000p+792'
# '0x1.bc1c2a871dea6p-489'
# '0x1.6f9911af4310cp+690'
# '0x1.57491c14b7050p+122'
# '0x1.b6af6d791e451p-173'
# '0x1.1680000000000p+131'
# '0x1.e52a7997fba8cp+108'
# '0x1.154c53fc7b000p+178'
# '0x1.2d52082e5efd7p-57'
# '0x1.5ee991e2b642cp+452'
# '0x1.4db48a54edaf8p+906'
# '0x1.5542bf8a00000p-877'
# '0x1.b4ca18b7f37d9p-248'
# '0x1.6000000000000p-844'
# OverflowError hexadecimal value too large to represent as a float
# '0x1.3dc0c7325642bp-764'
# '0x1.1060000000000p+743'
# '0x1.58f7b9f150000p+10'
# '0x1.abd335df8d3a0p-908'
# '0x1.168d42ada3e98p-781'
# '0x1.ebb05fd851239p+377'
# '0x0.0p+0'
# '0x1.a13340c980776p+770'
# '0x1.da93028085878p-284'
# '0x1.5979620000000p+84'
# '0x1.0ff8000000000p-329'
# '0x0.0p+0'
# '0x1.6615540123e0cp+976'
# '0x0.000000000001bp-1022'
# '0x1.120ca4b4c0255p-111'
# '0x1.93d3880000000p-663'
# '0x1.8034000000000p+562'
# '0x0.0p+0'
# '0x0.0p+0'
# '0x0.0p+0'
# '0x1.83cb4c82bd9aap-43'
# OverflowError hexadecimal value too large to represent as a float
# '0x1.b9b89d9d65e7fp+192'
# '0x1.166cd90000000p-175'
# '0x0.0p+0'
# '0x1.fd1262e36c2ccp+237'
# '0x1.3dd75c1c97bcfp-674'
# '0x1.d386000000000p-731'
# '0x1.bea5199a20000p-1003'
# '0x0.0p+0'
# '0x1.340c000000000p-368'
# OverflowError hexadecimal value too large to represent as a float
# '0x1.31054fb0c3b6bp-464'
# '0x1.40ad2f84538f7p+600'
# '0x1.5e9476d2723eep+968'
# OverflowError hexadecimal value too large to represent as a float
# '0x1.77f7ee6287dadp-731'
# '0x1.b5be440fcf8c8p-726'
# '0x1.21faf12000000p+66'
# '0x1.d1ab531670870p+349'
# '0x0.00000e748bb50p-1022'
# '0x1.6d325f9f191dap-489'
# '0x1.71bef18720000p+536'
# '0x1.30e212dc2f0e4p+331'
# '0x1.9fdb17282f800p+542'
# '0x1.4f2c000000000p-203'
# '0x1.0b1b34d983167p-929'
# '0x1.0000000000000p+433'
# '0x1.3beae705ef152p-474'
# '0x0.0p+0'
# OverflowError hexadecimal value too large to represent as a float
# '0x1.8748000000000p+561'
# '0x1.5afbb4ad939e7p-986'
# '0x1.e85e10c8dbe52p-723'
# [(1, 2), (-3, 4), (1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1), (0, 1)]
# OverflowError cannot convert Infinity to integer ratio
# ValueError cannot convert NaN to integer ratio
# [True, False, False]
