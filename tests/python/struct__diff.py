# A seeded generator of struct formats (byte orders, codes, counts) and of
# values at and past each code's bounds, packed, unpacked back, and random
# bytes unpacked. The expected output is CPython's: every difference is a
# bug. tests/tools/struct_diff.py runs it with other seeds.
import random
import struct

SEED = 20261207
COUNT = 800

random.seed(SEED)
rng = random

MODES = ['', '@', '=', '<', '>', '!']
CODES = 'xcbB?hHiIlLqQnNefdspP'
BOUNDS = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768,
          -32769, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
          2 ** 32 - 1, 2 ** 32, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1,
          2 ** 64 - 1, 2 ** 64, 2 ** 100, True]
FLOATS = [0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 65519.99, 65520.0, -65520.0,
          6.103515625e-05, 5.960464477539063e-08, 2.9802322387695312e-08,
          2.98023223876953125e-08 * 1.0000001, 1e-50, 1e300, -1e300,
          3.4028234663852886e38, 3.4028235677973366e38, 3.4028236e38,
          float('inf'), float('-inf'), float('nan'), 2049.0, 2051.0, 1 / 3]
WRONG = [1.5, 'x', None, b'a', bytearray(b'ab'), [], 10 ** 400]


def gen_format():
    parts = [rng.choice(MODES)]
    for _ in range(rng.randint(1, 4)):
        code = rng.choice(CODES) if rng.random() < 0.97 else rng.choice('zZ ')
        r = rng.random()
        if code in 'sp':
            # Not '0p': CPython 3.11 unpacks it with a SystemError.
            parts.append(str(rng.randint(code == 'p', 6)) + code)
        elif r < 0.6:
            parts.append(code)
        else:
            parts.append(str(rng.randint(0, 3)) + code)
    return ''.join(parts)


def gen_value(code):
    if rng.random() < 0.05:
        return rng.choice(WRONG)
    if code in 'efd':
        if rng.random() < 0.5:
            return rng.choice(FLOATS)
        return rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, 30)
    if code in 'sp':
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 8)))
    if code == 'c':
        return bytes(rng.randint(0, 255) for _ in range(rng.choice([1, 1, 1, 0, 2])))
    if code == '?':
        return rng.choice([0, 1, 2, '', 'x', None, [], [0]])
    if rng.random() < 0.6:
        return rng.choice(BOUNDS)
    return rng.randint(-2 ** rng.randint(1, 70), 2 ** rng.randint(1, 70))


def values_for(fmt):
    vals = []
    count = ''
    for ch in fmt.lstrip('@=<>!'):
        if ch.isdigit():
            count += ch
            continue
        n = int(count) if count else 1
        count = ''
        if ch == 'x':
            continue
        if ch in 'sp':
            vals.append(gen_value(ch))
        elif ch in CODES:
            vals.extend(gen_value(ch) for _ in range(n))
    if rng.random() < 0.03:
        vals.append(0)
    return vals


def outcome(f, *args):
    try:
        return 'ok ' + repr(f(*args))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


for i in range(COUNT):
    fmt = gen_format()
    vals = values_for(fmt)
    size = outcome(struct.calcsize, fmt)
    packed = outcome(struct.pack, fmt, *vals)
    print(i, repr(fmt), size, packed)
    if packed.startswith('ok '):
        data = struct.pack(fmt, *vals)
        print('  back', outcome(struct.unpack, fmt, data))
    if size.startswith('ok '):
        n = struct.calcsize(fmt)
        raw = bytes(rng.randint(0, 255) for _ in range(n))
        print('  raw', raw.hex(), outcome(struct.unpack, fmt, raw))

# Output:
# 0 '@?' ok 1 ok b'\x01'
#   back ok (True,)
#   raw 29 ok (True,)
# 1 '>zin' error: bad char in struct format error: bad char in struct format
# 2 '!PPB' error: bad char in struct format error: bad char in struct format
# 3 '>PL?4s' error: bad char in struct format error: bad char in struct format
# 4 '1h1P3c2h' ok 24 error: short format requires -32768 <= number <= 32767
#   raw fdcc51c61af17a0a2b68470fd3b87db0a55a31ab16b78880 ok (-13059, 12717524139398096939, b'\xa5', b'Z', b'1', -18666, -32632)
# 5 '=L0c0L' ok 4 error: argument out of range
#   raw d1adef98 ok (2565844433,)
# 6 '!2Bq?P' error: bad char in struct format error: bad char in struct format
# 7 '>2n3I3I2L' error: bad char in struct format error: bad char in struct format
# 8 '!0P3fbb' error: bad char in struct format error: bad char in struct format
# 9 '!1N' error: bad char in struct format error: bad char in struct format
# 10 '>4p2hl' ok 12 error: argument out of range
#   raw fb7ec6de55225ac190439cb8 ok (b'~\xc6\xde', 21794, 23233, -1874617160)
# 11 '@6sLd2b' ok 26 error: byte format requires -128 <= number <= 127
#   raw 4e55c26629f23ade54cb1609a8ccc05c0fbbdd9adb4000673192 ok (b'NU\xc2f)\xf2', 6683566869096876884, 1.4143933934007285e+188, 49, -110)
# 12 '!4p1H' ok 6 ok b'\x03\x07\xf3\xd9\x00\xff'
#   back ok (b'\x07\xf3\xd9', 255)
#   raw 4ed6bf1ea4b8 ok (b'\xd6\xbf\x1e', 42168)
# 13 '>3HB' ok 7 error: argument out of range
#   raw c4e9e492a45baa ok (50409, 58514, 42075, 170)
# 14 '<1Li' ok 8 ok b'\x00\x80\x00\x00\xff\xff\xff\x7f'
#   back ok (32768, 2147483647)
#   raw 6f89eb6477a7c893 ok (1693157743, -1815566473)
# 15 '>3INQ' error: bad char in struct format error: bad char in struct format
# 16 '!hQ' ok 10 ok b'\xff\x80\x00\x00\x00\x00\x00\x00\x7f\xff'
#   back ok (-128, 32767)
#   raw 5f616fd6a72b9e6218ed ok (24417, 8058812389008742637)
# 17 '0s2p' ok 2 error: argument for 's' must be a bytes object
#   raw fb52 ok (b'', b'R')
# 18 '!c1?' ok 2 ok b'\xb7\x00'
#   back ok (b'\xb7', False)
#   raw c2a7 ok (b'\xc2', True)
# 19 '>Q?2 q' error: bad char in struct format error: bad char in struct format
# 20 '!3b' ok 3 error: byte format requires -128 <= number <= 127
#   raw 026670 ok (2, 102, 112)
# 21 '!0q2QH' ok 18 error: int too large to convert
#   raw 6a4c0428a5f053efdf73e8daf514c429abae ok (7659501638879564783, 16101469119891948585, 43950)
# 22 '1HhLx' ok 17 error: ushort format requires 0 <= number <= 65535
#   raw 477c4475f6376668c19e37d29f673cac06 ok (31815, 30020, 12410908609250565825)
# 23 '!?3pI' ok 8 error: argument out of range
#   raw 3c59e7bdc214a91e ok (True, b'\xe7\xbd', 3256133918)
# 24 '>x' ok 1 ok b'\x00'
#   back ok ()
#   raw 54 ok ()
# 25 '=2dL1cl' ok 25 error: 'L' format requires 0 <= number <= 4294967295
#   raw d9b14aec0b8690c58f19c28ebd52b471110d0011f9683b44a4 ok (-1.278453130453779e+27, 5.293571239459643e+239, 285216017, b'\xf9', -1539032216)
# 26 '=2e' ok 4 OverflowError: float too large to pack with e format
#   raw 3d6d84d5 ok (5364.0, -88.25)
# 27 '>QQ' ok 16 error: int too large to convert
#   raw 40c84cb23a40975351ac32942469f308 ok (4668065342134720339, 5885134424913867528)
# 28 '!dH' ok 10 error: 'H' format requires 0 <= number <= 65535
#   raw 2ed4e50e4abbfff18a2d ok (4.302277019245094e-83, 35373)
# 29 '@h0HL' ok 16 error: argument out of range
#   raw fdffb0159e1bd7a4b351454f83ca5786 ok (-3, 9680428589375639987)
# 30 '>0P' error: bad char in struct format error: bad char in struct format
# 31 '<LnP' error: bad char in struct format error: bad char in struct format
# 32 '!He3?' ok 7 error: argument out of range
#   raw b2f24f963f96bb ok (45810, 30.34375, True, True, True)
# 33 '>3pc1?Q' ok 13 ok b'\x00\x00\x00\xd7\x01\x00\x00\x00\x00\x00\x00\x01\x00'
#   back ok (b'', b'\xd7', True, 256)
#   raw a0ab057d28b352065ea75d9246 ok (b'\xab\x05', b'}', True, 12921397284483994182)
# 34 '=?' ok 1 ok b'\x00'
#   back ok (False,)
#   raw 8e ok (True,)
# 35 'eP' ok 16 ok b'\x00>\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff'
#   back ok (1.5, 18446744073709518848)
#   raw 440c86e64fbcfa318bec3a7e3b93db90 ok (0.00026035308837890625, 10438098445091400843)
# 36 '!Lbc' ok 6 error: argument out of range
#   raw 7177fa25457c ok (1903688229, 69, b'|')
# 37 '!3q' ok 24 error: int too large to convert
#   raw 983e8a20adc94b784ea4a2aba0fab95867f5daf9379234ab ok (-7476386458429207688, 5666833089162819928, 7491134319114728619)
# 38 '@1cc' ok 2 error: char format requires a bytes object of length 1
#   raw eeaa ok (b'\xee', b'\xaa')
# 39 'i1PI' ok 20 error: 'I' format requires 0 <= number <= 4294967295
#   raw c5c9e266b1287245ede8d03d61d50dc30b93e343 ok (1726138821, 14055124625718831341, 1138987787)
# 40 '>N1?' error: bad char in struct format error: bad char in struct format
# 41 '!0b' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 42 '<3P3Pn' error: bad char in struct format error: bad char in struct format
# 43 '>0H0s' ok 0 ok b''
#   back ok (b'',)
#   raw  ok (b'',)
# 44 '<h1fb' ok 7 error: short format requires -32768 <= number <= 32767
#   raw 04c6a342f4a820 ok (-14844, -2.7118340870948242e-14, 32)
# 45 'd3H2P' ok 32 error: ushort format requires 0 <= number <= 65535
#   raw d9c4ae52be464dcb30c4bf2b268fff1bbc66f5c1d685858aabbb415925b9b1f7 ok (-5.608232869012414e+54, 50224, 11199, 36646, 9981531306560153276, 17848250368308394923)
# 46 '1l' ok 8 ok b'\xff\xff\xff\x7f\x00\x00\x00\x00'
#   back ok (2147483647,)
#   raw 9b5304247b2e6903 ok (245778761088521115,)
# 47 '0s0l2p6s' ok 8 ok b'\x00\x00hTas\xf8"'
#   back ok (b'', b'', b'hTas\xf8"')
#   raw eeb9e30b27978f9f ok (b'', b'\xb9', b"\xe3\x0b'\x97\x8f\x9f")
# 48 '=h' ok 2 error: short format requires -32768 <= number <= 32767
#   raw 9e4b ok (19358,)
# 49 'PL' ok 16 error: int too large to convert
#   raw 1b3b59d304054641cd39a02bbf32f5e3 ok (4703452379118910235, 16426091012555815373)
# 50 '<2q3Nl3p' error: bad char in struct format error: bad char in struct format
# 51 '!2p' ok 2 ok b'\x01\xa9'
#   back ok (b'\xa9',)
#   raw d605 ok (b'\x05',)
# 52 '<i' ok 4 error: argument out of range
#   raw 9b216727 ok (661070235,)
# 53 '=x3B' ok 4 error: argument out of range
#   raw 970cea78 ok (12, 234, 120)
# 54 '!2xN' error: bad char in struct format error: bad char in struct format
# 55 'hn0i3P' ok 40 error: argument out of range
#   raw 33f5f63c8d462bcb1742403d3a14352f9ac8dc65a67e831298279d866c3597bb221eb91ebef2de94 ok (-2765, 3401647333916557847, 1334049167770437786, 13517331546807019416, 10727278260816256546)
# 56 '!1q3s5pL' ok 20 error: argument out of range
#   raw 35a3bace625f3e0d6124e5f65d7b33dbedb009a1 ok (3865138300790455821, b'a$\xe5', b']{3\xdb', 3987736993)
# 57 '<3N?2h' error: bad char in struct format error: bad char in struct format
# 58 '!db' ok 9 error: byte format requires -128 <= number <= 127
#   raw 5708c477cc20ff2613 ok (1.861357374409145e+111, 19)
# 59 '1I3c2I' ok 16 error: char format requires a bytes object of length 1
#   raw 24650026527becc6d9b2023575233e0d ok (637560100, b'R', b'{', b'\xec', 889369305, 222176117)
# 60 '@0N1P' ok 8 ok b'\x00\x00\x00\x00\x00\x00\x00\x80'
#   back ok (9223372036854775808,)
#   raw a26cb91f4c09e698 ok (11017503760962907298,)
# 61 '@1si' ok 8 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 69c944bc7b56fa9d ok (b'i', -1644538245)
# 62 '>1hQ2BQ' ok 20 error: int too large to convert
#   raw fe4505f0062e316f1c41252a068def8a0a948770 ok (-443, 427848760067824705, 37, 42, 472296912105801584)
# 63 '!6sh' ok 8 error: 'h' format requires -32768 <= number <= 32767
#   raw 8588e3bbbbd6dd28 ok (b'\x85\x88\xe3\xbb\xbb\xd6', -8920)
# 64 'q1PQ' ok 24 error: int too large to convert
#   raw e092d3970b416de3b9b0095e4f37f364df24e0da33740284 ok (-2058917936590777632, 7274218637153120441, 9512293129024185567)
# 65 '>Ql5s' ok 17 error: int too large to convert
#   raw 054b9153bfcbce1285db1cb790999e7adf ok (381558382329056786, -2049237833, b'\x90\x99\x9ez\xdf')
# 66 '>L0 0H?' error: bad char in struct format error: bad char in struct format
# 67 '!4p' ok 4 ok b'\x03z\x16t'
#   back ok (b'z\x16t',)
#   raw 4c8c6dea ok (b'\x8cm\xea',)
# 68 '<l3i3i' ok 28 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 9c9033b8e140bb0778316e6dd0de250661d132bcf070963a2ad5f32c ok (-1204580196, 129712353, 1835938168, 103145168, -1137520287, 982937840, 754177322)
# 69 '>I5sh' ok 11 error: argument out of range
#   raw f5a9526a92b9c0b04a8306 ok (4121514602, b'\x92\xb9\xc0\xb0J', -31994)
# 70 'd3QbL' ok 48 error: argument out of range
#   raw 4106acbf734a229c5a879f00a81fb298f0ef64405861c47317834605d86a5c467347bb689309c5f6c304a32d0695862b ok (-3.697650708594936e-173, 11002891646044964698, 8341899441462374384, 5070044756546323223, 115, 3136358044278129859)
# 71 'P' ok 8 ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
#   back ok (18446744073709551615,)
#   raw 6239e95b6586342e ok (3329433794425469282,)
# 72 '@c2PB1d' ok 40 error: char format requires a bytes object of length 1
#   raw 41fa0645216a515ddb00d13de10a9b680a811e9eb5b5bece99019e4d3d2f3aeaace9179412bc7541 ok (b'A', 7537630363855683803, 14897544409034686730, 153, 22790441.25583808)
# 73 '?f2I0H' ok 16 error: 'I' format requires 0 <= number <= 4294967295
#   raw dbb5c6d2ede80818ebc86cc334d016da ok (True, 1.7695185484045397e-24, 3278686443, 3658928180)
# 74 '<n3N2Hb' error: bad char in struct format error: bad char in struct format
# 75 '<L' ok 4 ok b'\x00\x00\x01\x00'
#   back ok (65536,)
#   raw 7f3522a9 ok (2837591423,)
# 76 '=HQ' ok 10 ok b'\x00\x00j\x81\xe0\xe7\xf4$\x00\x00'
#   back ok (0, 40634280870250)
#   raw def2696401990a06701e ok (62174, 2193259661115876457)
# 77 '!0N0ZN6s' error: bad char in struct format error: bad char in struct format
# 78 '!de' ok 10 ok b'>\xca:\xec\x98dx\xe0\x80\x00'
#   back ok (3.1268802472970194e-06, -0.0)
#   raw 30121492355ae6bb79eb ok (3.903625040903737e-77, 48480.0)
# 79 '@2s0BN' ok 16 error: argument out of range
#   raw eac35f5c47d514122930d708c8ed9226 ok (b'\xea\xc3', 2779545363438579753)
# 80 '<e' ok 2 OverflowError: float too large to pack with e format
#   raw d822 ok (0.01336669921875,)
# 81 '!i' ok 4 error: argument out of range
#   raw 39692a82 ok (963193474,)
# 82 '!ci0hZ' error: bad char in struct format error: bad char in struct format
# 83 '3dn' ok 32 ok b'48\x92\x937\x8e3\xc1\x80\x1f\x07y\x1b&\xee\xbd\x1f\xb8\xd4Jz\xee\x8d5J\x00\x00\x00\x00\x00\x00\x00'
#   back ok (-1281591.5764498832, -2.1936180347347668e-10, 1e-50, 74)
#   raw e6c9404d64156fe22fe19b00fc71b0d69d07ff3278f6afe527a12eea0378da1d ok (-1.4319847901859554e+166, -3.862237343484626e+109, -6.6315009177564344e+181, 2151163730231992615)
# 84 '=II2H' ok 12 error: argument out of range
#   raw f738bfd63adc876b5f4a1e3f ok (3602856183, 1804065850, 19039, 16158)
# 85 '!0ed' ok 8 ok b'?\x10\x00\x00\x00\x00\x00\x00'
#   back ok (6.103515625e-05,)
#   raw 25b4098c20a03d45 ok (4.6250977746366445e-127,)
# 86 '!2el1?' ok 9 OverflowError: float too large to pack with e format
#   raw 6719490b28bf4e6d0b ok (1817.0, 10.0859375, 683626093, True)
# 87 '<IQl' ok 16 error: argument out of range
#   raw afe8747dc57b9cc27eb1ea6d2fd8ad8e ok (2104813743, 7920338052673469381, -1901209553)
# 88 '!d' ok 8 ok b'?\xeb6FXqm\xb8'
#   back ok (0.850375340214149,)
#   raw 2759e025f55ffa43 ok (4.008222352183832e-119,)
# 89 '=hB2Hh' ok 9 error: ubyte format requires 0 <= number <= 255
#   raw 8392965981dffca6d2 ok (-28029, 150, 33113, 64735, -11610)
# 90 '=1L2e3?h' ok 13 error: short format requires -32768 <= number <= 32767
#   raw 36af653ea6328951b2b2b24a9a ok (1046851382, 0.207763671875, 44.28125, True, True, True, -26038)
# 91 '1n1p' ok 9 ok b'\xff\xff\xff\xff\xff\xff\xff\x7f\x00'
#   back ok (9223372036854775807, b'')
#   raw 17592d6ebc74c6188e ok (1785242654950119703, b'')
# 92 'nd' ok 16 ok b'\x00\x80\xff\xff\xff\xff\xff\xff@\xb9\xc9\xf6\x99\x83,\xc0'
#   back ok (-32768, -14.25703402721831)
#   raw 2013483f2b1899b0fbec3b64b475e62a ok (-5721515277573156064, 5.013915957362537e-102)
# 93 '>?' ok 1 ok b'\x00'
#   back ok (False,)
#   raw a2 ok (True,)
# 94 '<2pb1Hh' ok 7 error: byte format requires -128 <= number <= 127
#   raw 9f02fbfae9ee04 ok (b'\x02', -5, 59898, 1262)
# 95 '>1bl3NN' error: bad char in struct format error: bad char in struct format
# 96 '=PB0q1N' error: bad char in struct format error: bad char in struct format
# 97 '4p' ok 4 ok b'\x02,F\x00'
#   back ok (b',F',)
#   raw f3a26a85 ok (b'\xa2j\x85',)
# 98 '>1?' ok 1 ok b'\x01'
#   back ok (True,)
#   raw 7e ok (True,)
# 99 '=PIb0e' error: bad char in struct format error: bad char in struct format
# 100 '>1?1ed3Z' error: bad char in struct format error: bad char in struct format
# 101 '<e' ok 2 ok b'\x00\xc1'
#   back ok (-2.5,)
#   raw 258a ok (-0.0001875162124633789,)
# 102 '!1nNhP' error: bad char in struct format error: bad char in struct format
# 103 '=q' ok 8 ok b'}\xc7\xd3\x11\x00\x00\x00\x00'
#   back ok (299091837,)
#   raw 2526769324929b50 ok (5808396830214858277,)
# 104 '<2p' ok 2 ok b'\x01\xa2'
#   back ok (b'\xa2',)
#   raw 8805 ok (b'\x05',)
# 105 '>c4se1H' ok 9 error: char format requires a bytes object of length 1
#   raw ec2fe1f726b8edf779 ok (b'\xec', b'/\xe1\xf7&', -0.61572265625, 63353)
# 106 'e2s' ok 4 OverflowError: float too large to pack with e format
#   raw 0c419870 ok (2.5234375, b'\x98p')
# 107 '@H1L1N6p' ok 30 ok b'\x80\x00\x00\x00\x00\x00\x00\x00\xe3\xa9\x19[<\x9cl\x16\xff\xff\x00\x00\x00\x00\x00\x00\x05\t\xe8\xa8\x06\xc4'
#   back ok (128, 1615838149359544803, 65535, b'\t\xe8\xa8\x06\xc4')
#   raw 4e1446cc011d8b4695656db00716ee1587ff01c9909e6b4554b4a89d0e06 ok (5198, 1580224741534164373, 5002266155809898375, b'\xb4\xa8\x9d\x0e\x06')
# 108 '<ln' error: bad char in struct format error: bad char in struct format
# 109 '>2q' ok 16 ok b'\xff\xff\xff\xffp!\x00\xf4\xff\xff\xff\xe6\xbc\x1b\x93\xa9'
#   back ok (-2413756172, -108513225815)
#   raw 2122bc10d900f86fd5504ad173dac32b ok (2387677533006002287, -3075876282041711829)
# 110 '@6p1eb' ok 9 OverflowError: float too large to pack with e format
#   raw cd8d5ead1c8789b03f ok (b'\x8d^\xad\x1c\x87', -0.1417236328125, 63)
# 111 'HQ2qB' ok 33 error: ushort format requires 0 <= number <= 65535
#   raw 33de6fc92150f4a09d88374db0c7c42e57f743e63596059f441d392633506a38a4 ok (56883, 3370037981203630237, -6988014088554809513, 4065149794270125380, 164)
# 112 '!bfH2c' ok 9 error: byte format requires -128 <= number <= 127
#   raw 28bf676ca1fefd35cb ok (40, -0.9040012955665588, 65277, b'5', b'\xcb')
# 113 '!L1s0c' ok 5 error: required argument is not an integer
#   raw 0e4e30cd15 ok (240005325, b'\x15')
# 114 '=3l0cf1p' ok 17 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 9ad632f13469148e989636892a371a7811 ok (-248326502, -1911264972, -1992911208, 1.2511446505084217e+34, b'')
# 115 '@3el' ok 16 error: required argument is not an integer
#   raw 0f4adf084f037812405aade2d14a6bac ok (12.1171875, 0.00014865398406982422, 5.048513412475586e-05, -6022637811366274496)
# 116 '<He' ok 4 error: ushort format requires 0 <= number <= 65535
#   raw 6dbf8796 ok (49005, -0.0015935897827148438)
# 117 '@1H0H' ok 2 error: ushort format requires 0 <= number <= 65535
#   raw aeb0 ok (45230,)
# 118 '>df0b1s' ok 13 ok b'\xc1\x08S\x1d\xbfWa\x1e8\x80\x00\x003'
#   back ok (-199267.71842838166, 6.103515625e-05, b'3')
#   raw 227836e08169a7266eaac1cd71 ok (1.2410666800128982e-142, 2.6423371218971637e+28, b'q')
# 119 '=6pxIc' ok 12 error: argument out of range
#   raw ca61e557153f27130bb40c28 ok (b'a\xe5W\x15?', 213125907, b'(')
# 120 '<2xi' ok 6 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 6565030cc877 ok (2009598979,)
# 121 '>de0N' error: bad char in struct format error: bad char in struct format
# 122 '=BZ3Iz' error: bad char in struct format error: bad char in struct format
# 123 '<5p' ok 5 ok b'\x04X\x16\xeb\xde'
#   back ok (b'X\x16\xeb\xde',)
#   raw 66e7323169 ok (b'\xe721i',)
# 124 'Nh1i' ok 16 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 0c8aa41d632291d0844edd276acf04ba ok (15028831240606485004, 20100, -1174089878)
# 125 '>3en' error: bad char in struct format error: bad char in struct format
# 126 '!Q cf' ok 13 error: int too large to convert
#   raw ffe205b4f9d0967ee11244e366 ok (18438306099251680894, b'\xe1', 6.212698518378372e-28)
# 127 '!hqL' ok 14 error: 'h' format requires -32768 <= number <= 32767
#   raw 4ba1ac6cd067d0b829924023105f ok (19361, -6022209457399256686, 1076039775)
# 128 '!6pq4p' ok 18 error: argument for 'p' must be a bytes object
#   raw 8ed3836c75d00c03fa7dd4c19f44519edaab ok (b'\xd3\x83lu\xd0', 865810971732582212, b'\x9e\xda\xab')
# 129 '>3H0bx' ok 7 error: 'H' format requires 0 <= number <= 65535
#   raw 11b04038272dc6 ok (4528, 16440, 10029)
# 130 '=3q2x0L' ok 26 error: argument out of range
#   raw 9a043e3ff8b6bca6a290602186281e9453c57dbdd081bd0b20df ok (-6432064990462737254, -7773731350244192094, 845975038547838291)
# 131 '>N?Qq' error: bad char in struct format error: bad char in struct format
# 132 '>B1q' ok 9 error: ubyte format requires 0 <= number <= 255
#   raw 47b4fd302995ec4cf3 ok (71, -5405111022607643405)
# 133 '0nZ1d' error: bad char in struct format error: bad char in struct format
# 134 'nld3l' ok 48 ok b'\xcf\xd8A\x9eE\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?\xfa\x8ea\xf8\xff\xff\xff\xff\xc9+{\xb0\xb4\x19\xcd\xff\x7f\xff\xff\xff\xff\xff\xff\xff'
#   back ok (3597542742223, 0, 1.0, -127824134, -14326959966573623, -129)
#   raw 75fb9f38697fe37fe12dff231c63ac791d73d58dbea5d5f182506f92552f45bb9e34feac264c3f4808d4c1726d6e1f73 ok (9215349352428469109, 8767491547097673185, -2.255397419466859e+240, -4952500170648498046, 5205963423258391710, 8295470454995538952)
# 135 '>2B' ok 2 error: argument out of range
#   raw c43e ok (196, 62)
# 136 '=b q' ok 9 error: byte format requires -128 <= number <= 127
#   raw 65c6ea6a7ea3f6fefa ok (101, -360579738082022714)
# 137 '=2h3sB' ok 8 error: argument out of range
#   raw 1ce8259feaded11e ok (-6116, -24795, b'\xea\xde\xd1', 30)
# 138 '>bx5pb' ok 8 error: byte format requires -128 <= number <= 127
#   raw 64f305062f8b3c18 ok (100, b'\x06/\x8b<', 24)
# 139 '=L' ok 4 error: 'L' format requires 0 <= number <= 4294967295
#   raw e00f0909 ok (151588832,)
# 140 '=fPq1?' error: bad char in struct format error: bad char in struct format
# 141 '=qqlL' ok 24 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 341c26bf2a1b004e3de93505449e9ecf0f1055fb31ce0856 ok (5620522205367901236, -3486175046555801283, -78311409, 1443417649)
# 142 '=?0PP' error: bad char in struct format error: bad char in struct format
# 143 '=0n1sb' error: bad char in struct format error: bad char in struct format
# 144 '2Lqi' ok 28 error: argument out of range
#   raw f0e74e5884817da6cf2486fdf889fc863248e518c0a8d9d6c7bc5038 ok (11996887387802101744, 9726800997711750351, -2965153336641894350, 944815303)
# 145 '>1xd2hl' ok 17 error: argument out of range
#   raw 30f5286bbfe91bffb1b8801dfac20fc9c2 ok (-2.2917536968862112e+256, -18304, 7674, -1039152702)
# 146 '=B1Iq0B' ok 13 error: ubyte format requires 0 <= number <= 255
#   raw a113972679e59fb929a0918d9d ok (161, 2032572179, -7093853720957837339)
# 147 '>N1NQ' error: bad char in struct format error: bad char in struct format
# 148 '>B' ok 1 error: argument out of range
#   raw ee ok (238,)
# 149 '!2?Qc1N' error: bad char in struct format error: bad char in struct format
# 150 '=4pI' ok 8 error: 'I' format requires 0 <= number <= 4294967295
#   raw d8ab9aa090492353 ok (b'\xab\x9a\xa0', 1394821520)
# 151 '>2pI3d' ok 30 error: argument out of range
#   raw 4fda4fd7798ede47d7984f0d5b596f0260b71b7bdc154617093ee1ee6da8 ok (b'\xda', 1339521422, -1.4885850551843495e+146, 5.442019973037364e+226, 4.562772808119933e+29)
# 152 '>Lhc' ok 7 error: argument out of range
#   raw c83d095cdc9fa8 ok (3359443292, -9057, b'\xa8')
# 153 '@f' ok 4 ok b'\x00\x10\x00E'
#   back ok (2049.0,)
#   raw 206675ef ok (-7.594728895555769e+28,)
# 154 '3xxNi' ok 20 error: argument out of range
#   raw a5bf89f6ee48ec567e2d7e436a99a9f040022f26 ok (17341560521844731262, 640614976)
# 155 '!n' error: bad char in struct format error: bad char in struct format
# 156 '!I2H6sq' ok 22 error: argument out of range
#   raw 4e8d369f12bae03cc81a8fbc152598ec0e6d2e6d1677 ok (1317877407, 4794, 57404, b'\xc8\x1a\x8f\xbc\x15%', -7427545823347665289)
# 157 '!I3B' ok 7 error: ubyte format requires 0 <= number <= 255
#   raw 2b76a92dfc703a ok (729196845, 252, 112, 58)
# 158 '= ' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 159 '=q3c3P?' error: bad char in struct format error: bad char in struct format
# 160 '=1sf' ok 5 ok b'>\x17\x1a\xb7B'
#   back ok (b'>', 91.55095672607422)
#   raw 57844221ae ok (b'W', -3.666623948905823e-11)
# 161 '<2B2?B0N' error: bad char in struct format error: bad char in struct format
# 162 '@2q?P' ok 32 ok b'\x87\xd7\x03|3:\xf5\x02\xff\xff\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80'
#   back ok (213140550168336263, 65535, True, 9223372036854775808)
#   raw 872c05e4dc03e9609f116b11b81755e8d19308b2b7f078cc3d14186768d4682b ok (6983116944467897479, -1705430804556213857, True, 3127983486080128061)
# 163 '0b' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 164 '<cz2b' error: bad char in struct format error: bad char in struct format
# 165 '>d2ll3I' ok 32 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 4a9ec257629ff294adad7276f627056642b8a57cd64b13fda698fb29a44cc2cc ok (2.8770906934867548e+51, -1381141898, -165214874, 1119397244, 3595244541, 2795043625, 2756494028)
# 166 '@0nQ' ok 8 error: argument out of range
#   raw 0154150b153c7de3 ok (16392324279776400385,)
# 167 '!P3n3x' error: bad char in struct format error: bad char in struct format
# 168 '>1Q2p' ok 10 ok b'\x00\x1bR\xe7G\x00\x1d\x13\x01\xc1'
#   back ok (7690977653300499, b'\xc1')
#   raw eeaf98d98152d4be7d65 ok (17199133561896228030, b'e')
# 169 '<d' ok 8 ok b'\x00\x00\x00\xf0\xff\xff\xefG'
#   back ok (3.4028235677973366e+38,)
#   raw dd7ee344e30726fb ok (-1.6380094679237172e+285,)
# 170 '<z' error: bad char in struct format error: bad char in struct format
# 171 '2NN' ok 24 error: argument out of range
#   raw c82797def75ec3e0956ea00f0e78597b5fc499e2ffe029f9 ok (16195893103638816712, 8888267341379432085, 17954128779112203359)
# 172 '!2sL' ok 6 error: argument out of range
#   raw 89022b83e66c ok (b'\x89\x02', 730064492)
# 173 '<0Nx?2e' error: bad char in struct format error: bad char in struct format
# 174 '@biQ' ok 16 error: byte format requires -128 <= number <= 127
#   raw 41a2b286c32458df6fb08d20edb66b9f ok (65, -547871549, 11487476404108243055)
# 175 '=QQ3?' ok 19 error: argument out of range
#   raw 7f8a9ecc74f24e19d97228e52f4b3a9477ea19 ok (1823661482594699903, 10680932135342731993, True, True, True)
# 176 '>0l1n' error: bad char in struct format error: bad char in struct format
# 177 '=0N1s0I' error: bad char in struct format error: bad char in struct format
# 178 '@n' ok 8 error: argument out of range
#   raw 7b8b1174b8dfb341 ok (4734373616610806651,)
# 179 '=L3p' ok 7 error: argument out of range
#   raw ea57e7b1f2e23f ok (2984728554, b'\xe2?')
# 180 '=HI' ok 6 error: ushort format requires 0 <= number <= 65535
#   raw c744a40692e5 ok (17607, 3851552420)
# 181 '<n3hHb' error: bad char in struct format error: bad char in struct format
# 182 '@I1cd2h' ok 20 error: char format requires a bytes object of length 1
#   raw 739486ab851587d71e603b785742bec47c92ed4a ok (2877723763, b'\x85', -1.428947824479167e+23, -28036, 19181)
# 183 '@2p2N' ok 24 ok b'\x01\xb4\x00\x00\x00\x00\x00\x00\xba\x06\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00'
#   back ok (b'\xb4', 1722, 32768)
#   raw 1d67e630032926eb83542c5326157fac20398406d559478e ok (b'g', 12429676750914212995, 10252261848204458272)
# 184 '!1?' ok 1 ok b'\x01'
#   back ok (True,)
#   raw d8 ok (True,)
# 185 'iB1L' ok 16 error: argument out of range
#   raw c413ef61f1eabaa30c8af7b44b9cfbb0 ok (1643058116, 241, 12752958618802293260)
# 186 '>e 1z6s' error: bad char in struct format error: bad char in struct format
# 187 '<ze' error: bad char in struct format error: bad char in struct format
# 188 '!6p5p2P' error: bad char in struct format error: bad char in struct format
# 189 '>?n' error: bad char in struct format error: bad char in struct format
# 190 '@N1qi' ok 20 error: argument out of range
#   raw 229b87569b534fd9b83a4a000d1490eb97faf72e ok (15658826356027267874, -1472655032078157128, 788003479)
# 191 '@0?b' ok 1 error: byte format requires -128 <= number <= 127
#   raw ce ok (-50,)
# 192 '!H0sd' ok 10 ok b'\xff\xff?\xecm\xe2\x82\x13^`'
#   back ok (65535, b'', 0.8884136715450488)
#   raw 5f8fe8491c9430134760 ok (24463, b'', -2.2914069764009044e+194)
# 193 '6pI1h5s' ok 19 error: short format requires -32768 <= number <= 32767
#   raw e96171bb74086c8139dbf05a38650fd05002e0 ok (b'aq\xbbt\x08', 1525734201, 25912, b'\x0f\xd0P\x02\xe0')
# 194 '=0fh2NI' error: bad char in struct format error: bad char in struct format
# 195 '=N1zd0l' error: bad char in struct format error: bad char in struct format
# 196 '!I1H0e' ok 6 error: 'H' format requires 0 <= number <= 65535
#   raw 65fe21f6f692 ok (1711153654, 63122)
# 197 '>1i' ok 4 ok b'\x7f\xff\xff\xff'
#   back ok (2147483647,)
#   raw 94cdedc3 ok (-1798443581,)
# 198 '=0QN0BZ' error: bad char in struct format error: bad char in struct format
# 199 '>l2b' ok 6 error: argument out of range
#   raw 6922d5e0e1ce ok (1763890656, -31, -50)
# 200 '<0l0f2e' ok 4 OverflowError: float too large to pack with e format
#   raw 9802775d ok (3.9577484130859375e-05, 349.75)
# 201 '1L2Qh1e' ok 28 error: argument out of range
#   raw 06fc0fcf5c5c93c8f3fc67c793cf99f89382414c68923e84158683c6 ok (14452997182842731526, 17913577226455481587, 9529214838216163987, -31211, -6.51171875)
# 202 '@1e' ok 2 ok b'\x00~'
#   back ok (nan,)
#   raw fa33 ok (0.249267578125,)
# 203 '=2i' ok 8 error: argument out of range
#   raw 29b88cc962080b52 ok (-913524695, 1376454754)
# 204 '@1s?5p' ok 7 ok b'\x9e\x01\x048H\x88%'
#   back ok (b'\x9e', True, b'8H\x88%')
#   raw 1fdad5f411f033 ok (b'\x1f', True, b'\xf4\x11\xf03')
# 205 '<B3seb' ok 7 error: ubyte format requires 0 <= number <= 255
#   raw d43074f0df2857 ok (212, b'0t\xf0', 0.038055419921875, 87)
# 206 '=?h1s' ok 4 error: short format requires -32768 <= number <= 32767
#   raw 8f87dc3f ok (True, -9081, b'?')
# 207 'l' ok 8 ok b'\x80\xff\xff\xff\xff\xff\xff\xff'
#   back ok (-128,)
#   raw 9cf35c5fb40a05da ok (-2736769428747390052,)
# 208 '>1LNNh' error: bad char in struct format error: bad char in struct format
# 209 '<2Pd2fd' error: bad char in struct format error: bad char in struct format
# 210 '!P3q0 ' error: bad char in struct format error: bad char in struct format
# 211 '>2qI2x3x' ok 25 error: argument out of range
#   raw 2d80e18132fb76719bd2e19ad8f4276702b0c6f7bac6a1ce32 ok (3278868473748092529, -7218459197540391065, 45139703)
# 212 '<2n' error: bad char in struct format error: bad char in struct format
# 213 'IqQ' ok 24 error: 'I' format requires 0 <= number <= 4294967295
#   raw d3792f6907cc32945f63ba53935e9b08708a61d21be82253 ok (1764719059, 620193360551502687, 5990605660547549808)
# 214 '<2e2c' ok 6 error: char format requires a bytes object of length 1
#   raw 54fa6da1bde4 ok (-51840.0, -0.01059722900390625, b'\xbd', b'\xe4')
# 215 '=?' ok 1 ok b'\x00'
#   back ok (False,)
#   raw f0 ok (True,)
# 216 '>i' ok 4 error: required argument is not an integer
#   raw 76d63c07 ok (1993751559,)
# 217 '>q' ok 8 ok b'\xa8\xbb\xc1\x94\xb5v~5'
#   back ok (-6288219610249003467,)
#   raw d4673ffcffef4d98 ok (-3141471859209450088,)
# 218 '<2PH ' error: bad char in struct format error: bad char in struct format
# 219 '=2eQc' ok 13 error: argument out of range
#   raw 803a22c1ce00abb74bc6e0b0ad ok (0.8125, -2.56640625, 12745404973964787918, b'\xad')
# 220 '@I1p0PL' ok 16 error: argument out of range
#   raw f333ebaa43b429d9441701086e7e82ce ok (2867540979, b'', 14880595129831331652)
# 221 '!q' ok 8 ok b'\xff\xff\xff\xff\x80\x00\x00\x00'
#   back ok (-2147483648,)
#   raw 915448592e4bde5f ok (-7974669492300292513,)
# 222 'nB' ok 9 error: required argument is not an integer
#   raw 2976c16a9ee48846f6 ok (5082563548534634025, 246)
# 223 '0ffLz' error: bad char in struct format error: bad char in struct format
# 224 '@Nn2f' ok 24 ok b'\x93?@\xac\x00\x00\x00\x00\x0c\xdb\xa8\x81\xf8\xb8\xff\xff6?/\xb7\x00\x00\x80?'
#   back ok (2889891731, -78097509983476, -1.0445530278957449e-05, 1.0)
#   raw e9edba7201e55a5c25e4037f07bdcedf7a5acc0104097801 ok (6654883193775910377, -2319708918155844571, 7.506759236504359e-38, 4.5556874488074964e-38)
# 225 '>IPbh' error: bad char in struct format error: bad char in struct format
# 226 '2ie' ok 10 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw ddae4aabc4d808c70dbd ok (-1421168931, -955721532, -1.2626953125)
# 227 '@5sxhL' ok 16 error: argument for 's' must be a bytes object
#   raw 33161e8983753f96ed72c291ef7a53d5 ok (b'3\x16\x1e\x89\x83', -27073, 15371765122506846957)
# 228 '!Q3Q0BP' error: bad char in struct format error: bad char in struct format
# 229 '=L' ok 4 error: argument out of range
#   raw 6dd1584f ok (1331220845,)
# 230 '@0en' ok 8 ok b'\x00\x00\x00\x80\xff\xff\xff\xff'
#   back ok (-2147483648,)
#   raw ad42cce22bae93c2 ok (-4426002505263201619,)
# 231 '<B' ok 1 error: ubyte format requires 0 <= number <= 255
#   raw 16 ok (22,)
# 232 '2x3x4p2d' ok 32 ok b'\x00\x00\x00\x00\x00\x02$8\x00\x00\x00\x00\x00\x00\x00\x00\x00H\xcf\xceX\x00p\xbe\xe1z\x14\xae\xff\xfd\xef@'
#   back ok (b'$8', -5.960969291722682e-08, 65519.99)
#   raw 47a0fb0ab2a9c609cd458a7f898766e3e8b9572114d43bf95626f8c4e1f3c6fa ok (b'\xc6\t\xcd', -9.63484616089745e+275, -2.666484300235332e+283)
# 233 '!2?1e1n' error: bad char in struct format error: bad char in struct format
# 234 '>1f1Z1bN' error: bad char in struct format error: bad char in struct format
# 235 '=Nf' error: bad char in struct format error: bad char in struct format
# 236 '@0Bee?' ok 5 ok b'\xf5\x9a\xff{\x01'
#   back ok (-0.0033969879150390625, 65504.0, True)
#   raw 70bc524abf ok (-1.109375, 12.640625, True)
# 237 '!I' ok 4 ok b'\x00\x00\x00\x01'
#   back ok (1,)
#   raw fc6bb869 ok (4234917993,)
# 238 '!1?e' ok 3 ok b'\x00\xa7x'
#   back ok (False, -0.0291748046875)
#   raw 39fbd7 ok (True, -64224.0)
# 239 '!2s' ok 2 ok b'z7'
#   back ok (b'z7',)
#   raw 5026 ok (b'P&',)
# 240 '0N1H' ok 2 error: ushort format requires 0 <= number <= 65535
#   raw 37ff ok (65335,)
# 241 '=q1qf2L' ok 28 error: required argument is not an integer
#   raw db5732713730e6798e60f2b16c68c3eb17079453a82fa217d55cba08 ok (8783761137913190363, -1458207038286700402, 1271548215296.0, 396505000, 146431189)
# 242 '@l' ok 8 ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
#   back ok (-1,)
#   raw 67461166ec522233 ok (3684598620420654695,)
# 243 '<q' ok 8 error: pack expected 1 items for packing (got 2)
#   raw 93cf597d864a9ce0 ok (-2261850971357720685,)
# 244 '0ec3h' ok 8 error: char format requires a bytes object of length 1
#   raw 881099ad7763b103 ok (b'\x88', -21095, 25463, 945)
# 245 '=1in' error: bad char in struct format error: bad char in struct format
# 246 '2Q5p3e3n' ok 56 error: argument out of range
#   raw 353e5d40693b77dc6a87896a6f3491fec5c2d2fb3ab99f9985b95602459f80d417eddbed7f8fe3d442b495d95f1897fee691689dd53a554d ok (15886231533810171445, 18343500410390153066, b'\xc2\xd2\xfb:', -0.0027446746826171875, -0.68994140625, 3.5643577575683594e-05, -3106481538341278441, -101585666641120190, 5572424803084177894)
# 247 '>n1Q' error: bad char in struct format error: bad char in struct format
# 248 '<0N0sI' error: bad char in struct format error: bad char in struct format
# 249 '=e0NI?' error: bad char in struct format error: bad char in struct format
# 250 '4pf' ok 8 ok b'\x00\x00\x00\x00[\xa2*\xcb'
#   back ok (b'', -11182683.0)
#   raw ddb2783f909af9d7 ok (b'\xb2x?', -548884472397824.0)
# 251 '1sB?' ok 3 error: ubyte format requires 0 <= number <= 255
#   raw 7c4b5b ok (b'|', 75, True)
# 252 '=h' ok 2 error: short format requires -32768 <= number <= 32767
#   raw 253b ok (15141,)
# 253 '<L' ok 4 ok b'\x7f\x00\x00\x00'
#   back ok (127,)
#   raw 5e85ea62 ok (1659536734,)
# 254 'b6s4p' ok 11 ok b'\x7f\te7i|U\x03\xe6`\x1a'
#   back ok (127, b'\te7i|U', b'\xe6`\x1a')
#   raw f4156c0714b1d60ebbafa3 ok (-12, b'\x15l\x07\x14\xb1\xd6', b'\xbb\xaf\xa3')
# 255 '!I2h3P' error: bad char in struct format error: bad char in struct format
# 256 '=Q' ok 8 ok b'\xff\xff\xff\xff\xff\xff\xff\x7f'
#   back ok (9223372036854775807,)
#   raw 100e03c4bbb3f01e ok (2229479434577186320,)
# 257 '=H0?' ok 2 error: ushort format requires 0 <= number <= 65535
#   raw 5fbc ok (48223,)
# 258 '!1He' ok 4 error: 'H' format requires 0 <= number <= 65535
#   raw a236a4e9 ok (41526, -0.0191802978515625)
# 259 'nq' ok 16 error: argument out of range
#   raw 096d6669bafdfae7bfb6ff3d3a5792b3 ok (-1730792129696469751, -5507243486660806977)
# 260 '<x6p' ok 7 ok b'\x00\x01 \x00\x00\x00\x00'
#   back ok (b' ',)
#   raw ef727ea01457d5 ok (b'~\xa0\x14W\xd5',)
# 261 '>cnI0H' error: bad char in struct format error: bad char in struct format
# 262 '=I' ok 4 error: 'I' format requires 0 <= number <= 4294967295
#   raw 2e841ede ok (3726541870,)
# 263 '=H4p' ok 6 error: ushort format requires 0 <= number <= 65535
#   raw c094b55d725d ok (38080, b']r]')
# 264 '=3N5p' error: bad char in struct format error: bad char in struct format
# 265 '<0zh' error: bad char in struct format error: bad char in struct format
# 266 '<2bPLi' error: bad char in struct format error: bad char in struct format
# 267 '<3cb' ok 4 error: argument out of range
#   raw 6ce7e177 ok (b'l', b'\xe7', b'\xe1', 119)
# 268 '<1sx' ok 2 ok b'\x89\x00'
#   back ok (b'\x89',)
#   raw 4459 ok (b'D',)
# 269 '=2?q' ok 10 ok b'\x01\x01\xff\xff\xff\x7f\x00\x00\x00\x00'
#   back ok (True, True, 2147483647)
#   raw f8e42d52eb844f923ca6 ok (True, True, -6468134094580788691)
# 270 '@3IQ3Be' ok 30 error: argument out of range
#   raw a2ba52da53a2bd58b44b193698f9b2d8b1f90716059b554c420b65f9b6c8 ok (3662854818, 1488822867, 907627444, 5500472966049692081, 66, 11, 101, -9.421875)
# 271 '=3NHl' error: bad char in struct format error: bad char in struct format
# 272 '>1?1N' error: bad char in struct format error: bad char in struct format
# 273 '<bd' ok 9 error: byte format requires -128 <= number <= 127
#   raw 2a90a3b091c6389e81 ok (42, -7.051221922378168e-301)
# 274 'If' ok 8 error: 'I' format requires 0 <= number <= 4294967295
#   raw 25386dc631b5319b ok (3329046565, -1.4699642943130472e-22)
# 275 '!1?' ok 1 ok b'\x00'
#   back ok (False,)
#   raw cb ok (True,)
# 276 '=bqfz' error: bad char in struct format error: bad char in struct format
# 277 '!q2l' ok 16 error: int too large to convert
#   raw bdc7ba2e66260c14dc7747ca5027e784 ok (-4771640571730719724, -596162614, 1344792452)
# 278 '=2bz0x' error: bad char in struct format error: bad char in struct format
# 279 '3xl1b0f' ok 20 error: argument out of range
#   raw 51a85b18a724671928d1ad8509d213a4a91ba3a0 ok (-6623719688592568024, -87)
# 280 '@Hf' ok 8 error: ushort format requires 0 <= number <= 65535
#   raw e630d1cbd42e5fd3 ok (12518, -958563352576.0)
# 281 '<x2IfL' ok 17 error: required argument is not an integer
#   raw 9031d675e9c0c1e5a174693060bcae2f90 ok (3916813873, 2716189120, 5.084727586631503e+19, 2419044028)
# 282 '!nc2Q' error: bad char in struct format error: bad char in struct format
# 283 'I' ok 4 ok b'\x00\x80\x00\x00'
#   back ok (32768,)
#   raw 2251fb3c ok (1023103266,)
# 284 '2?b0e' ok 4 ok b'\x01\x01\x01\x00'
#   back ok (True, True, 1)
#   raw 78703bd6 ok (True, True, 59)
# 285 '>P2d' error: bad char in struct format error: bad char in struct format
# 286 'e' ok 2 ok b'\x02\x00'
#   back ok (1.1920928955078125e-07,)
#   raw a075 ok (23040.0,)
# 287 '@lc' ok 9 ok b'\x00\x00\x00\x80\xff\xff\xff\xff\xeb'
#   back ok (-2147483648, b'\xeb')
#   raw 9b184ac02ae06c6491 ok (7236405175496874139, b'\x91')
# 288 '<b' ok 1 error: required argument is not an integer
#   raw 90 ok (-112,)
# 289 'Ih?' ok 7 error: argument out of range
#   raw d62292dc271fa3 ok (3700564694, 7975, True)
# 290 '>hinH' error: bad char in struct format error: bad char in struct format
# 291 '>Ix2Hf' ok 13 error: argument out of range
#   raw b0b41ca8f1a071e79e6335aa9a ok (2964593832, 41073, 59294, 3.35115381547429e+21)
# 292 '!Q3exc' ok 16 OverflowError: float too large to pack with e format
#   raw baaa6f3ca6f7f846cf6b57ea739d6f40 ok (13450685543385397318, -29.671875, 126.625, 15592.0, b'@')
# 293 '=1b2LqH' ok 19 error: byte format requires -128 <= number <= 127
#   raw 5ba6c1b622dae95fa52ae5d4c897f5966ff5ec ok (91, 582402470, 2774526426, 8040884216974861610, 60661)
# 294 '0PP1i2p' ok 14 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 894deb689c0ecd8623981975a7bb ok (9713436036245966217, 1964611619, b'\xbb')
# 295 '<H?1N3f' error: bad char in struct format error: bad char in struct format
# 296 '=1NLn0b' error: bad char in struct format error: bad char in struct format
# 297 '3Z' error: bad char in struct format error: bad char in struct format
# 298 '@0PH2 ' error: bad char in struct format error: bad char in struct format
# 299 'L' ok 8 ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
#   back ok (18446744073709551615,)
#   raw 701c5b468d1d244a ok (5342427550576221296,)
# 300 '@n?' ok 9 ok b'\xd7\x97\x94A\xc6\x17\x00\x00\x00'
#   back ok (26140271220695, False)
#   raw ad011606e07335569d ok (6211998667039441325, True)
# 301 '@0hl3s' ok 11 ok b'\x00\x00\x01\x00\x00\x00\x00\x00\xfd\x00\x00'
#   back ok (65536, b'\xfd\x00\x00')
#   raw b35f4118ed9cecdc8bc55e ok (-2527472748733571149, b'\x8b\xc5^')
# 302 '>0x' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 303 '1N0Q' ok 8 error: argument out of range
#   raw e9683e736aa9db97 ok (10942525994291849449,)
# 304 '@ll6pZ' error: bad char in struct format error: bad char in struct format
# 305 '<2p0cb3I' ok 15 error: byte format requires -128 <= number <= 127
#   raw 6f66cd61ef043cebde8bb0b7d28da1 ok (b'f', -51, 1006956385, 2961956587, 2710426295)
# 306 '>h' ok 2 error: required argument is not an integer
#   raw 408f ok (16527,)
# 307 '=5pi4s' ok 13 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 38dd8651517630e503891eecbd ok (b'\xdd\x86QQ', 65351798, b'\x89\x1e\xec\xbd')
# 308 '>2PQ' error: bad char in struct format error: bad char in struct format
# 309 '>2eq3e3l' ok 30 OverflowError: float too large to pack with e format
#   raw 7cb86ecda0320968153243b0e33cdbcdfff84e45c4f546829fb01149bccf ok (nan, 6964.0, -6903444936168684624, -926.0, -249.625, nan, 1313195253, 1182965680, 290045135)
# 310 '=N1h1i' error: bad char in struct format error: bad char in struct format
# 311 'LH3P' ok 40 error: ushort format requires 0 <= number <= 65535
#   raw 36f7a921518608de6a60adf4e9bada021fd6890db5c217b785c6594f1041816a20705dba469ea443 ok (15999185359248946998, 24682, 13193227716277163551, 7674486778322601605, 4874194723333304352)
# 312 '!0Q2c2pP' error: bad char in struct format error: bad char in struct format
# 313 '=1e4p0QB' ok 7 error: argument out of range
#   raw 2db70b34322a24 ok (-0.448486328125, b'42*', 36)
# 314 '<0l1I' ok 4 ok b'E\xbf\x02\x00'
#   back ok (180037,)
#   raw c5961d45 ok (1159567045,)
# 315 'e' ok 2 OverflowError: float too large to pack with e format
#   raw dc2c ok (0.075927734375,)
# 316 '<1q0?H' ok 10 error: ushort format requires 0 <= number <= 65535
#   raw b6e228c60d1136b0b83a ok (-5749389123435044170, 15032)
# 317 'i?0h1I' ok 12 error: argument out of range
#   raw ad7da624782a1ce3764f242b ok (614890925, True, 723799926)
# 318 '1nhx' ok 11 error: short format requires -32768 <= number <= 32767
#   raw 2aac7fbcd04fe30336fb66 ok (280155359761378346, -1226)
# 319 '=Lhdh' ok 16 error: pack expected 4 items for packing (got 5)
#   raw 78b670bb34aa11d1e018759602ebadaf ok (3144726136, -21964, -2.9838243321012443e+207, -20563)
# 320 '@N6sl' ok 24 ok b"1\x9c'\x00\x00\x00\x00\x00#\x0f\x07jO\x00\x00\x00\xe7\xf5\xd1w\xaa\xb3v\xf7"
#   back ok (2595889, b'#\x0f\x07jO\x00', -615106754353433113)
#   raw 875eb3502f6a040bbce867214e2e2003562e2cd2319fe251 ok (793876185773989511, b'\xbc\xe8g!N.', 5900453498137095766)
# 321 '@3lhBP' ok 40 error: argument out of range
#   raw 83d56ef86bd565cd00186aa5c23a984f873053c1d645d0dcff4249221ebc2cf471b0a2cfe2439c66 ok (-3646273663580318333, 5735398733129586688, -2535449801540816761, 17151, 73, 7393859329660727409)
# 322 '@2e' ok 4 OverflowError: float too large to pack with e format
#   raw cf58f3b9 ok (153.875, -0.74365234375)
# 323 '=HQ' ok 10 error: ushort format requires 0 <= number <= 65535
#   raw 781bbb089eccc0b2eebc ok (7032, 13614015264723962043)
# 324 '@2n0sd' ok 24 ok b'\xa3\xf9\xfd\x93d`\xfa\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00'
#   back ok (-1582864764372573, -1, b'', 0.0)
#   raw 6324e2446000fd135f6f86a033d7d17808a730831657ea2f ok (1440307869300958307, 8705976171420348255, b'', 7.10869678047245e-78)
# 325 '!3e' ok 6 ok b'\x00\x00\xado\x80\x0f'
#   back ok (0.0, -0.08489990234375, -8.940696716308594e-07)
#   raw 9d75489a5f36 ok (-0.005329132080078125, 9.203125, 461.5)
# 326 '<l' ok 4 ok b'\x7f\x00\x00\x00'
#   back ok (127,)
#   raw 08117cb6 ok (-1233383160,)
# 327 '<N' error: bad char in struct format error: bad char in struct format
# 328 '>1HQI' ok 14 error: 'H' format requires 0 <= number <= 65535
#   raw f419b683f84b06fee87e988a0c0b ok (62489, 13151628337975584894, 2559183883)
# 329 '=2LN0?' error: bad char in struct format error: bad char in struct format
# 330 '>eI' ok 6 error: 'I' format requires 0 <= number <= 4294967295
#   raw 82ba762744d8 ok (-4.1604042053222656e-05, 1982285016)
# 331 ' ' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 332 'Nn' ok 16 error: argument out of range
#   raw 819a7026e7a0057e1dc2af9758ba738a ok (9080841138305276545, -8470221584489004515)
# 333 '!el1hb' ok 9 error: 'h' format requires -32768 <= number <= 32767
#   raw 4c82622a2c7b29407b ok (18.03125, 1646931067, 10560, 123)
# 334 'i2?l' ok 16 error: argument out of range
#   raw 21c99dee9fa75d4cebf192b3fc71efc6 ok (-291649247, True, True, -4111942604607524373)
# 335 '! ' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 336 '3ff?5s' ok 22 ok b'\x00\x00\x80\x7f\x1d\xc2\x917\x00\x00\x80\x7f"H-7\x00W\xde\xe3\xf2@'
#   back ok (inf, 1.7375738025293685e-05, inf, 1.0328398275305517e-05, False, b'W\xde\xe3\xf2@')
#   raw 3b94719a7e66d3ba02de1342c1546a656e5f9763aa27 ok (-4.9957371525401604e-23, -0.0016128567513078451, 36.96680450439453, 6.916232441308362e+22, True, b"_\x97c\xaa'")
# 337 '?i' ok 8 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 6ae116ad37413982 ok (True, -2110176969)
# 338 '=I' ok 4 error: argument out of range
#   raw 84c82cfe ok (4264347780,)
# 339 '<1x' ok 1 ok b'\x00'
#   back ok ()
#   raw 7a ok ()
# 340 '<fx0IZ' error: bad char in struct format error: bad char in struct format
# 341 '=n3B' error: bad char in struct format error: bad char in struct format
# 342 '=QLn' error: bad char in struct format error: bad char in struct format
# 343 '>lB0L' ok 5 error: argument out of range
#   raw e55dc1e5fb ok (-446840347, 251)
# 344 '@x' ok 1 ok b'\x00'
#   back ok ()
#   raw f9 ok ()
# 345 '= ' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 346 '3bcB' ok 5 error: argument out of range
#   raw 93a612083d ok (-109, -90, 18, b'\x08', 61)
# 347 '=d1e' ok 10 OverflowError: float too large to pack with e format
#   raw 0092f57831cee22f4276 ok (5.075217819893531e-78, 25632.0)
# 348 '@i?' ok 5 error: argument out of range
#   raw 8fe7e03664 ok (920709007, True)
# 349 '>2h' ok 4 error: argument out of range
#   raw 89d1ee07 ok (-30255, -4601)
# 350 'b1?' ok 2 error: byte format requires -128 <= number <= 127
#   raw aab7 ok (-86, True)
# 351 '<1fq' ok 12 ok b'\x84\x8e\x920\xff\xff\xff\x7f\x00\x00\x00\x00'
#   back ok (1.0663403493538226e-09, 2147483647)
#   raw 603744201cc525feec6fbc76 ok (1.6620167816752336e-19, 8555836455763952924)
# 352 '<x' ok 1 error: pack expected 0 items for packing (got 1)
#   raw c3 ok ()
# 353 '@n0f' ok 8 ok b'\x00\x80\x00\x00\x00\x00\x00\x00'
#   back ok (32768,)
#   raw 0e26017c44167fdb ok (-2630359173967043058,)
# 354 '= ' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 355 '>e? 5p' ok 8 ok b'\x80\x00\x00\x02\x011\x00\x00'
#   back ok (-0.0, False, b'\x011')
#   raw 7f9616d3e2f26806 ok (nan, True, b'\xe2\xf2h\x06')
# 356 '>c3q' ok 25 error: char format requires a bytes object of length 1
#   raw a4cbdcb70f98c048180ef73ae1ad2435da9e8cb9b1fa91234c ok (b'\xa4', -3756926711518705640, 1078395376725407194, -7022033544913280180)
# 357 '@3n?1b' ok 26 error: argument out of range
#   raw f4a0c68d9c336b9b9d1e8691a03cc87f6059f237ec84ce2a5d4a ok (-7247642427836161804, 9207676098492898973, 3084548944881146208, True, 74)
# 358 '<LI1e' ok 10 OverflowError: float too large to pack with e format
#   raw 58f969355f84f463e156 ok (896137560, 1676969055, 110.0625)
# 359 '>2iL' ok 12 error: argument out of range
#   raw 84398b57172cdf90b0f49774 ok (-2076603561, 388816784, 2968819572)
# 360 '>2n' error: bad char in struct format error: bad char in struct format
# 361 '<I3n' error: bad char in struct format error: bad char in struct format
# 362 '<i4phl' ok 14 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 43a3d296e9f48a3b656db9ef2ebc ok (-1764580541, b'\xf4\x8a;', 28005, -1137774663)
# 363 '@i?P' ok 16 error: argument out of range
#   raw cec18f34441d858f15f88ee19ec6d581 ok (881836494, True, 9355602186623449109)
# 364 '1s0N?0e' ok 10 ok b'\x8b\x00\x00\x00\x00\x00\x00\x00\x01\x00'
#   back ok (b'\x8b', True)
#   raw 6c87ac03e7386e1297e0 ok (b'l', True)
# 365 '!0c0e1N' error: bad char in struct format error: bad char in struct format
# 366 '@L' ok 8 error: pack expected 1 items for packing (got 2)
#   raw 95e8813f01fd82cb ok (14664561518474029205,)
# 367 '<L' ok 4 ok b'\x01\x00\x00\x00'
#   back ok (1,)
#   raw a32c634a ok (1248013475,)
# 368 '!0Ic' ok 1 ok b'2'
#   back ok (b'2',)
#   raw c7 ok (b'\xc7',)
# 369 'lfQ' ok 24 error: argument out of range
#   raw 65afaec856e94c713f8edbf4db74bcbf7a16e0fd35014eeb ok (8164156783459217253, -1.3915992499476125e+32, 16955490978500712058)
# 370 '@P' ok 8 ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
#   back ok (18446744073709551615,)
#   raw d5311a7ee9246020 ok (2332905192239542741,)
# 371 '3qc' ok 25 ok b'\x19\xd4\xe6\xf6??\xa5\xfe\x82?\r"\x88\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00 '
#   back ok (-97602272960785383, -514824781950, 1, b' ')
#   raw 59b41355010cae8bb587bedc62fabf7f0896d913a0423d9519 ok (-8381748656628059047, 9205351465885796277, -7692919333183711736, b'\x19')
# 372 '!3c3c' ok 6 error: char format requires a bytes object of length 1
#   raw 0df12163dfbf ok (b'\r', b'\xf1', b'!', b'c', b'\xdf', b'\xbf')
# 373 '@4pQ' ok 16 ok b'\x02$\xf9\x00\x00\x00\x00\x00\x7f\x00\x00\x00\x00\x00\x00\x00'
#   back ok (b'$\xf9', 127)
#   raw 1e7426a11067a96acc2434fe196d1ed8 ok (b't&\xa1', 15573004519900193996)
# 374 '<Pf3?N' error: bad char in struct format error: bad char in struct format
# 375 '>d' ok 8 ok b'>p\x00\x00\x00\x00\x00\x00'
#   back ok (5.960464477539063e-08,)
#   raw 5e550132bf034d44 ok (2.6228532453579373e+146,)
# 376 '>2p1P5s' error: bad char in struct format error: bad char in struct format
# 377 '!Q3Id3P' error: bad char in struct format error: bad char in struct format
# 378 '<1i' ok 4 error: argument out of range
#   raw a48a12f6 ok (-166557020,)
# 379 '>1s' ok 1 ok b'|'
#   back ok (b'|',)
#   raw 4d ok (b'M',)
# 380 '=e' ok 2 ok b'\x01\x00'
#   back ok (5.960464477539063e-08,)
#   raw 3756 ok (99.4375,)
# 381 '>Ph' error: bad char in struct format error: bad char in struct format
# 382 '1z5p' error: bad char in struct format error: bad char in struct format
# 383 '!3s2n' error: bad char in struct format error: bad char in struct format
# 384 '<d0Bn3i' error: bad char in struct format error: bad char in struct format
# 385 '@2iI' ok 12 error: argument out of range
#   raw af73de9bd5e9cfe22550c0b4 ok (-1679920209, -489690667, 3032502309)
# 386 '!2f6s' ok 14 ok b'\xc5\x7fh_\xba\x19\xef\ta\x00\x00\x00\x00\x00'
#   back ok (-4086.523193359375, -0.0005872105830349028, b'a\x00\x00\x00\x00\x00')
#   raw d92d0125134e6af9f37f482d734b ok (-3043526837272576.0, 2.6053597027611594e-27, b'\xf3\x7fH-sK')
# 387 '>d3d' ok 32 ok b'@\xa0\x06\x00\x00\x00\x00\x00>&\xf9-8\xc9s0@\xa0\x06\x00\x00\x00\x00\x00\xbd\xff\xaf\x9d\xb5g\xb6p'
#   back ok (2051.0, 2.674449500659439e-09, 2051.0, -4.6109198872685373e-10)
#   raw 6f62ae54942c5cc5d4e53e16139f71710bc8d6751651dfbff473041433c441a5 ok (3.5403511274047e+228, -9.292545361825766e+100, 6.775563762896856e-252, -8.71352776945384e+252)
# 388 '=Led' ok 14 error: argument out of range
#   raw af22d5a95c0af128ccc23b318b8a ok (2849317551, 0.00019407272338867188, -7.0742427299922e-258)
# 389 '0nP3Q' ok 32 error: argument out of range
#   raw 8ccb04fb10b5a2e59666e02d870f19ed80202818e89011f033dee530c8e48f36 ok (16546987065448123276, 17084703734671369878, 17298766970218881152, 3931612548182695475)
# 390 '<1N3L0x' error: bad char in struct format error: bad char in struct format
# 391 '>0Hf3l3x' ok 19 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 608c8c01863dd8ef61c5e24d5ed6fbf7dc6faa ok (8.101976609248825e+19, -2042767121, 1640358477, 1591147511)
# 392 '@0c0hH4s' ok 6 error: ushort format requires 0 <= number <= 65535
#   raw 8880664208c9 ok (32904, b'fB\x08\xc9')
# 393 '@Q4p1h' ok 14 error: argument out of range
#   raw 27978b1c3f3d4bf485064811dbfb ok (17603230909778859815, b'\x06H\x11', -1061)
# 394 '3H' ok 6 error: argument out of range
#   raw 464a1f83c33a ok (19014, 33567, 15043)
# 395 '2B' ok 2 error: ubyte format requires 0 <= number <= 255
#   raw 4041 ok (64, 65)
# 396 '>3p' ok 3 ok b'\x02\xd3J'
#   back ok (b'\xd3J',)
#   raw 39912b ok (b'\x91+',)
# 397 '=1eQ3L0P' error: bad char in struct format error: bad char in struct format
# 398 '!6s' ok 6 ok b'\x00\x00\x00\x00\x00\x00'
#   back ok (b'\x00\x00\x00\x00\x00\x00',)
#   raw 406fc5a7a11c ok (b'@o\xc5\xa7\xa1\x1c',)
# 399 '<0e0qH' ok 2 ok b'\x01\x00'
#   back ok (1,)
#   raw 732c ok (11379,)
# 400 'eB0sN' ok 16 error: argument out of range
#   raw e69a5235717f1d928a3c1bf20dd45c68 ok (-0.003368377685546875, 82, b'', 7520118634163420298)
# 401 '<Lbd2i' ok 21 error: argument out of range
#   raw d83a46157aec317bc7ffef0dff5a64747fc56a27ea ok (356924120, 122, -1.0265051301747472e+304, 2138334298, -366515515)
# 402 '<6s' ok 6 ok b'<P\xcc\x82,\x1d'
#   back ok (b'<P\xcc\x82,\x1d',)
#   raw 16fc9b636d9c ok (b'\x16\xfc\x9bcm\x9c',)
# 403 '>1l' ok 4 ok b'\xff\xff\xff\x80'
#   back ok (-128,)
#   raw 3be20fe4 ok (1004670948,)
# 404 '@0scf?' ok 9 error: char format requires a bytes object of length 1
#   raw f66fe7de180363f10d ok (b'', b'\xf6', -1.1241093974991962e+30, True)
# 405 'q' ok 8 ok b'\xff\x7f\x00\x00\x00\x00\x00\x00'
#   back ok (32767,)
#   raw fa66fdb20de5046d ok (7855655497041274618,)
# 406 '>q' ok 8 ok b'\x00\x00\x00\x00\x00\x00\x00\x01'
#   back ok (1,)
#   raw 5ec19e6d5a2609df ok (6827912702571448799,)
# 407 '>q3c' ok 11 error: char format requires a bytes object of length 1
#   raw 409a65eb383e223d485111 ok (4655145225776144957, b'H', b'Q', b'\x11')
# 408 '!B' ok 1 error: argument out of range
#   raw c5 ok (197,)
# 409 '>qLQq' ok 28 error: argument out of range
#   raw 0c4fe6faaa6883736fed1a4d5d919b9b77c99857d8f860fed47ed4ce ok (887181615890465651, 1877809741, 6742341209182279767, -2812391319689833266)
# 410 '<c' ok 1 error: pack expected 1 items for packing (got 2)
#   raw 9f ok (b'\x9f',)
# 411 '@xc1Q' ok 16 error: argument out of range
#   raw 6aec7b047df6632323cb399456250d37 ok (b'\xec', 3966867900567505699)
# 412 '>xBHh' ok 6 error: argument out of range
#   raw b40c0b287959 ok (12, 2856, 31065)
# 413 'Qf' ok 12 error: required argument is not a float
#   raw e6efcdbd47bedd09a2e500d2 ok (710933531530751974, -138402103296.0)
# 414 '!ez' error: bad char in struct format error: bad char in struct format
# 415 '!b' ok 1 error: byte format requires -128 <= number <= 127
#   raw 44 ok (68,)
# 416 'LQ3s2B' ok 21 error: argument out of range
#   raw 136adea92d85423cf49fd7b990d5c3c24a70b643d6 ok (4342179421908527635, 14034295681386520564, b'Jp\xb6', 67, 214)
# 417 '!4s' ok 4 ok b'\xc7\x05\xb5\xe2'
#   back ok (b'\xc7\x05\xb5\xe2',)
#   raw 0dea0f82 ok (b'\r\xea\x0f\x82',)
# 418 'i3bcq' ok 16 error: argument out of range
#   raw 31c200667ea375d99e7f229f75b5b718 ok (1711325745, 126, -93, 117, b'\xd9', 1781091694433959838)
# 419 '@1i' ok 4 ok b'\x98V\xff\xff'
#   back ok (-43368,)
#   raw aa3173b8 ok (-1200410198,)
# 420 '<2p' ok 2 ok b'\x01\xfa'
#   back ok (b'\xfa',)
#   raw 6ac5 ok (b'\xc5',)
# 421 'lQ3f3b' ok 31 error: argument out of range
#   raw ebeba775838becf78b8dad769b8249c6276a823761e7e322f2f61dd3f7f0d6 ok (-581936855106720789, 14288094897032236427, 1.554663867864292e-05, 6.1773455234669144e-18, -678452920320.0, -9, -16, -42)
# 422 '=Lqi' ok 16 error: argument out of range
#   raw 4833a82df655fdf414d1b4ccd28c6574 ok (765997896, -3696099506224540170, 1952812242)
# 423 '@qx1B' ok 10 ok b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01'
#   back ok (0, 1)
#   raw b98899d3d64fccb5d3f0 ok (-5346810873503971143, 240)
# 424 '@3eHhx' ok 11 error: argument out of range
#   raw 471d3a6f862437cf83cdf2 ok (0.005153656005859375, 7400.0, 0.017669677734375, 53047, -12925)
# 425 '!c' ok 1 error: char format requires a bytes object of length 1
#   raw 43 ok (b'C',)
# 426 '>2eBL1Z' error: bad char in struct format error: bad char in struct format
# 427 '3e3f1c' ok 21 error: pack expected 7 items for packing (got 8)
#   raw fb2c96c58835b65900e674303710a0c029a60caf5e ok (0.07781982421875, -5.5859375, 0.345703125, 8.909353255148744e-10, -5.001979351043701, -1.2791957770819096e-10, b'^')
# 428 '!1nx3dd' error: bad char in struct format error: bad char in struct format
# 429 '>2P6p5p3p' error: bad char in struct format error: bad char in struct format
# 430 '=3q' ok 24 error: argument out of range
#   raw efcebf347e794e6fdadbaf3798098b4b6ef7dfe61f6e5766 ok (8020481569351257839, 5443455123981327322, 7374483998138955630)
# 431 '<Iq' ok 12 error: 'I' format requires 0 <= number <= 4294967295
#   raw b089e454d51f6ddc57e0bb3b ok (1424263600, 4304280536847556565)
# 432 '>h?2n' error: bad char in struct format error: bad char in struct format
# 433 'd3e?' ok 15 error: required argument is not a float
#   raw 2557701d09028f6d1b6dd0ed35bdde ok (5.4729305064736715e+219, 5228.0, -5952.0, -1.3017578125, True)
# 434 '@0s3fn' ok 24 error: required argument is not an integer
#   raw 162ce8479eab8f47a7a0ceb776821b3ce5e02ce5f065bc33 ok (b'', 118872.171875, 73559.234375, -2.4631923224660568e-05, 3727966676867408101)
# 435 '!3bH?1d' ok 14 error: byte format requires -128 <= number <= 127
#   raw 80bb25c770ab7c4d0fae74ca9afe ok (-128, -69, 37, 51056, True, 5.6642212551565985e+290)
# 436 '=QNI1f' error: bad char in struct format error: bad char in struct format
# 437 '@3N0B2Ni' ok 44 error: argument out of range
#   raw 71e4973b5f6e73a6e9e33147e009849d6031a60f2866ef02cea41d42832f2f258f4813a08f6e305d8fd85410 ok (11994051587918521457, 11350207819752268777, 211500029756977504, 2679412544105194702, 6714988607554406543, 273995919)
# 438 '2h3Nn' ok 40 error: short format requires -32768 <= number <= 32767
#   raw eb34c59c76a0296b2ccd10f4d1acaff3e01e7fc0fa6567a291785eef6306af35c2cbc8724ff1dae1 ok (13547, -25403, 17559443489883737388, 11702434284391309024, 3868317631222020241, -2172158546722370622)
# 439 '!b1s' ok 2 error: byte format requires -128 <= number <= 127
#   raw d32a ok (-45, b'*')
# 440 '@hx4s' ok 7 ok b'\xff\x00\x00\xde\x05\xee\xca'
#   back ok (255, b'\xde\x05\xee\xca')
#   raw b686944a9961c0 ok (-31050, b'J\x99a\xc0')
# 441 '>qq' ok 16 error: required argument is not an integer
#   raw 9130587450209b26b951044f8a5bcc99 ok (-7984784882744124634, -5093284963909120871)
# 442 '<2p0l' ok 2 ok b'\x01\xaa'
#   back ok (b'\xaa',)
#   raw 7f4e ok (b'N',)
# 443 '!Inc' error: bad char in struct format error: bad char in struct format
# 444 '!?' ok 1 ok b'\x01'
#   back ok (True,)
#   raw e4 ok (True,)
# 445 '!3n1NNN' error: bad char in struct format error: bad char in struct format
# 446 '=e3iiL' ok 22 OverflowError: float too large to pack with e format
#   raw c7551944f4e0869f1ec4d196563873fedf02aaeb0a63 ok (92.4375, -520862695, -1004626042, 945198801, 48234099, 1661660074)
# 447 '=1n3Q' error: bad char in struct format error: bad char in struct format
# 448 '>Id0e1P' error: bad char in struct format error: bad char in struct format
# 449 '>3f' ok 12 error: required argument is not a float
#   raw c0cedcf40548a126c247966a ok (-6.464471817016602, 9.433553100004095e-36, -49.896888732910156)
# 450 '!l1IP3p' error: bad char in struct format error: bad char in struct format
# 451 'Q1sh' ok 12 ok b'\x02\xcc\xf4\xcf\xb6\x02\x00\x00#\x00\x00\x00'
#   back ok (2984196230146, b'#', 0)
#   raw 27c8fd0394db6731397d6bb4 ok (3560055459228272679, b'9', -19349)
# 452 '=5p?I' ok 10 error: pack expected 3 items for packing (got 4)
#   raw 3235602b6f1ca86e61ce ok (b'5`+o', True, 3462491816)
# 453 '@f' ok 4 ok b'\x90\x96\xa0\xb9'
#   back ok (-0.00030629755929112434,)
#   raw 2c0ce251 ok (121358352384.0,)
# 454 '<BQ2lQ' ok 25 error: ubyte format requires 0 <= number <= 255
#   raw db3335a7eae26ae3114e37b523c6f238b9a7c3456597fc34c9 ok (219, 1288991441190073651, 599078734, -1187450170, 14498490827581801383)
# 455 '@4p3p' ok 7 ok b'\x01>\x00\x00\x00\x00\x00'
#   back ok (b'>', b'')
#   raw e8aa1c431b61ed ok (b'\xaa\x1cC', b'a\xed')
# 456 '<h' ok 2 error: short format requires -32768 <= number <= 32767
#   raw 00cb ok (-13568,)
# 457 '<1I?c1s' ok 7 error: argument out of range
#   raw bda832725a8e2e ok (1915922621, True, b'\x8e', b'.')
# 458 '<i' ok 4 error: argument out of range
#   raw 08f7102e ok (772863752,)
# 459 '@el2P' ok 32 error: required argument is not an integer
#   raw 14a363715f66f4546ff61c279beffb67bb18f3b8b99e3c2c8b132e84714242b3 ok (-0.013824462890625, 7492845854716130927, 3187597156780546235, 12916959736568353675)
# 460 '<d0 0nB' error: bad char in struct format error: bad char in struct format
# 461 '=2xx' ok 3 ok b'\x00\x00\x00'
#   back ok ()
#   raw f00e55 ok ()
# 462 '!0qP?q' error: bad char in struct format error: bad char in struct format
# 463 '= l1l' ok 8 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 05b101f8ea15b572 ok (-134106875, 1924470250)
# 464 '!?' ok 1 ok b'\x00'
#   back ok (False,)
#   raw c6 ok (True,)
# 465 '@z' error: bad char in struct format error: bad char in struct format
# 466 '=xLP' error: bad char in struct format error: bad char in struct format
# 467 '@3 Nfc' error: bad char in struct format error: bad char in struct format
# 468 '3b' ok 3 error: byte format requires -128 <= number <= 127
#   raw cfb5e2 ok (-49, -75, -30)
# 469 '@L' ok 8 ok b'wb\x13c\xd2\x01\x00\x00'
#   back ok (2003116974711,)
#   raw 0b3fe8d624c89728 ok (2925026543550349067,)
# 470 '!1Hl2L0x' ok 14 error: argument out of range
#   raw d85e6772c77e80c24f7fa8332a9e ok (55390, 1735575422, 2160217983, 2821925534)
# 471 '>1fBb' ok 6 error: required argument is not an integer
#   raw c049397be02b ok (-3.1441333293914795, 224, 43)
# 472 '@0P2h' ok 4 error: short format requires -32768 <= number <= 32767
#   raw 7a1fc9c6 ok (8058, -14647)
# 473 '!3i2LL' ok 24 error: argument out of range
#   raw 5ec820388c4835b8b003247208377cf46aad87c54a0e04ed ok (1590173752, -1941424712, -1341971342, 137854196, 1789757381, 1242432749)
# 474 '0hxxZ' error: bad char in struct format error: bad char in struct format
# 475 '<3fd3Hq' ok 34 error: ushort format requires 0 <= number <= 65535
#   raw 1bd49cc6239c0c23b5bc12010b828e5012d195863b7b35f47a40b482063e5f208527 ok (-20074.052734375, 7.622478443662888e-18, 2.695135553315957e-38, -6.153649741134406e-277, 31547, 62517, 16506, 2847717932816302772)
# 476 '@1l0e' ok 8 ok b'\xff\xff\xff\xff\x00\x00\x00\x00'
#   back ok (4294967295,)
#   raw dc36be4d4b935f6a ok (7665007042444015324,)
# 477 '>l5pc' ok 10 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 6f2a504869a1ac91ffdb ok (1865044040, b'\xa1\xac\x91\xff', b'\xdb')
# 478 '>l' ok 4 ok b'\x00\x00\x00\xff'
#   back ok (255,)
#   raw 99496e81 ok (-1723240831,)
# 479 '!2s' ok 2 ok b'\x91\xc3'
#   back ok (b'\x91\xc3',)
#   raw 447d ok (b'D}',)
# 480 '=Idl' ok 16 ok b'\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00p>\x00\x00\x00\x80'
#   back ok (65535, 5.960464477539063e-08, -2147483648)
#   raw 0146802b146d03ca4e65c72c1d1b7a00 ok (729826817, 5.608000113537552e-93, 8002333)
# 481 '!3BQH2H' ok 17 error: ubyte format requires 0 <= number <= 255
#   raw ac4927b67176826079fa92266568c0938f ok (172, 73, 39, 13146419089607621266, 9829, 26816, 37775)
# 482 '>bnq3s' error: bad char in struct format error: bad char in struct format
# 483 '!e' ok 2 ok b'\xb3\xe4'
#   back ok (-0.24658203125,)
#   raw 634a ok (933.0,)
# 484 '<?Q' ok 9 error: argument out of range
#   raw 4aff363a8224ec964e ok (True, 5662973223012808447)
# 485 '>3Ncef' error: bad char in struct format error: bad char in struct format
# 486 '!1f' ok 4 OverflowError: float too large to pack with f format
#   raw 15bf2a79 ok (7.721129567948622e-26,)
# 487 '>2H0f' ok 4 error: argument out of range
#   raw 3aca2ef5 ok (15050, 12021)
# 488 '=3?1L2b' ok 9 error: 'L' format requires 0 <= number <= 4294967295
#   raw 2cd8c68a9f6c180533 ok (True, True, True, 409771914, 5, 51)
# 489 '>1L' ok 4 ok b'\x00\x00\x00\x00'
#   back ok (0,)
#   raw dc171ce7 ok (3692502247,)
# 490 '@1N2p3e' ok 16 error: argument out of range
#   raw 5e9b0b1bc166241b8417ad1f77db851b ok (1955801117754104670, b'\x17', 0.007495880126953125, -238.875, 0.0036716461181640625)
# 491 '>1ed2b5p' ok 17 error: byte format requires -128 <= number <= 127
#   raw 17d41de60a9ca4fc23f2b47d73866e6251 ok (0.001911163330078125, 1.1961140588699883e-164, -76, 125, b'\x86nbQ')
# 492 'b' ok 1 ok b'\x80'
#   back ok (-128,)
#   raw ca ok (-54,)
# 493 '>2n1s?I' error: bad char in struct format error: bad char in struct format
# 494 '1in' ok 16 error: argument out of range
#   raw 463664868dc40b19979e2d5408ec2fa1 ok (-2040252858, -6831982589181583721)
# 495 '=Nc0cq' error: bad char in struct format error: bad char in struct format
# 496 '>cxn' error: bad char in struct format error: bad char in struct format
# 497 '>P1s' error: bad char in struct format error: bad char in struct format
# 498 '3?P3xQ' ok 32 error: int too large to convert
#   raw 3f79683c76f3e749d1e4a4514b029e7891ff5f23ac486eb1b19bc1e41bd78291 ok (True, True, True, 8691386853387199697, 10485179397273918385)
# 499 '=Lcb' ok 6 error: argument out of range
#   raw 20fa7965c7b9 ok (1702492704, b'\xc7', -71)
# 500 'hh3?q' ok 16 error: short format requires -32768 <= number <= 32767
#   raw 44b36152f054b3eddeacc05b3f0cbcc0 ok (-19644, 21089, True, True, True, -4558755256543957794)
# 501 '!H1c' ok 3 error: argument out of range
#   raw a2d5fd ok (41685, b'\xfd')
# 502 '=3QBd' ok 33 error: argument out of range
#   raw 35de2573d62965765973a99acf55ad0e988b5cd5ad4d6917110f393587003f4abd ok (8531271070154874421, 1057595837643322201, 1686964944431254424, 17, -1.8648976982418449e-13)
# 503 '>6pd' ok 14 ok b'\x05\xeb\xbe\x19\xae\x9b@\xc3t\x9f\xe7U\xdb\xc2'
#   back ok (b'\xeb\xbe\x19\xae\x9b', 9961.24924729567)
#   raw cb6718561b946440e4eb65eb5703 ok (b'g\x18V\x1b\x94', 8.356906892099816e+174)
# 504 '!6sz' error: bad char in struct format error: bad char in struct format
# 505 'N1QP' ok 24 ok b'\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f'
#   back ok (65536, 4294967296, 9223372036854775807)
#   raw dbe11868ab242d31fd7c18364b1495c88303b8a9f6750012 ok (3543528800414917083, 14453480892378152189, 1297166394952516483)
# 506 '1i' ok 4 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 5b9aaa70 ok (1890228827,)
# 507 '@Q3s' ok 11 error: argument out of range
#   raw db81a4f576b4155a2c2709 ok (6491292860944777691, b",'\t")
# 508 '@0nln' ok 16 ok b'\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff'
#   back ok (32768, -2147483648)
#   raw 9b77b947c4990150f956a346c39e3cf9 ok (5765058066306922395, -487340098121935111)
# 509 '<4pLb' ok 9 error: argument out of range
#   raw dae198cd687139167a ok (b'\xe1\x98\xcd', 372863336, 122)
# 510 '!Id' ok 12 error: argument out of range
#   raw ad6a11a6325eaa45599bcab6 ok (2909409702, 4.549730172114286e-66)
# 511 '=3?B0x1p' ok 5 error: ubyte format requires 0 <= number <= 255
#   raw 631b353f2a ok (True, True, True, 63, b'')
# 512 '3pc2i' ok 12 error: char format requires a bytes object of length 1
#   raw 1e1ea1b4cfe96741b429308d ok (b'\x1e\xa1', b'\xb4', 1097329103, -1926223436)
# 513 '3N?' ok 25 error: argument out of range
#   raw dc97ecf86268173f3a1888d4ba17a4ba2b028d20df76b37607 ok (4546217123146143708, 13448900478432188474, 8553310818002600491, True)
# 514 '>n' error: bad char in struct format error: bad char in struct format
# 515 'Q2p3Z' error: bad char in struct format error: bad char in struct format
# 516 '<Bn' error: bad char in struct format error: bad char in struct format
# 517 '@i' ok 4 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 3df2e4c1 ok (-1041960387,)
# 518 '>eB' ok 3 error: ubyte format requires 0 <= number <= 255
#   raw d5f292 ok (-95.125, 146)
# 519 '!2e' ok 4 OverflowError: float too large to pack with e format
#   raw 31ad645a ok (0.1773681640625, 1114.0)
# 520 '<Pqq' error: bad char in struct format error: bad char in struct format
# 521 '!2B' ok 2 error: argument out of range
#   raw 092a ok (9, 42)
# 522 '=I' ok 4 error: 'I' format requires 0 <= number <= 4294967295
#   raw 77959e07 ok (127833463,)
# 523 'HB2z' error: bad char in struct format error: bad char in struct format
# 524 '<Hlc' ok 7 error: ushort format requires 0 <= number <= 65535
#   raw bf542905dd3786 ok (21695, 937231657, b'\x86')
# 525 '1pn' ok 16 error: required argument is not an integer
#   raw e289e48b6fdc07f1ea08dfe817e41465 ok (b'', 7283697288707246314)
# 526 '>0d3H1p' ok 7 error: required argument is not an integer
#   raw bd29d1247a9408 ok (48425, 53540, 31380, b'')
# 527 'iPN' ok 24 ok b'\xff\xff\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00'
#   back ok (65535, 128, 65536)
#   raw a2222940e73fc460f10f487d6822e0a2754abc83c0ad1a15 ok (1076437666, 11736418461101330417, 1520718866546444917)
# 528 '=1l1e' ok 6 OverflowError: float too large to pack with e format
#   raw 133995f01222 ok (-258655981, 0.0118560791015625)
# 529 '@Bzf' error: bad char in struct format error: bad char in struct format
# 530 '<bHBL' ok 8 error: argument out of range
#   raw 5b8d3e0d6a879b1f ok (91, 16013, 13, 530286442)
# 531 '=1H2h' ok 6 error: ushort format requires 0 <= number <= 65535
#   raw 45362c14e2e7 ok (13893, 5164, -6174)
# 532 '@1iP6p3H' ok 28 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw e65e04a16c80b84ba0dc6d1703856733c0e046c9d5e08da36bc95170 ok (-1593549082, 3704075466859994272, b'\xe0F\xc9\xd5\xe0', 41869, 51563, 28753)
# 533 '<3h' ok 6 error: short format requires -32768 <= number <= 32767
#   raw c8184fd83584 ok (6344, -10161, -31691)
# 534 '!f5s?' ok 10 ok b'\xc0\xf7*\xb0vP\x07|5\x01'
#   back ok (-7.723960876464844, b'vP\x07|5', True)
#   raw 914a29f2137dbb33027e ok (-1.5947915682803707e-28, b'\x13}\xbb3\x02', True)
# 535 '>4pB' ok 5 error: ubyte format requires 0 <= number <= 255
#   raw 577cece4b2 ok (b'|\xec\xe4', 178)
# 536 '=Lc' ok 5 error: char format requires a bytes object of length 1
#   raw 0a3bad7801 ok (2024618762, b'\x01')
# 537 'B2p4p' ok 7 error: argument out of range
#   raw c0676df56788de ok (192, b'm', b'g\x88\xde')
# 538 '<0i' ok 0 error: pack expected 0 items for packing (got 1)
#   raw  ok ()
# 539 '@h' ok 2 ok b'\xff\x7f'
#   back ok (32767,)
#   raw 82db ok (-9342,)
# 540 '!0sB' ok 1 error: ubyte format requires 0 <= number <= 255
#   raw f0 ok (b'', 240)
# 541 '<0LZ' error: bad char in struct format error: bad char in struct format
# 542 '@3x' ok 3 ok b'\x00\x00\x00'
#   back ok ()
#   raw 9bd10f ok ()
# 543 '=1q 3c' ok 11 error: char format requires a bytes object of length 1
#   raw 0b13e275f84230829513b3 ok (-9065672414999735541, b'\x95', b'\x13', b'\xb3')
# 544 '=Nf' error: bad char in struct format error: bad char in struct format
# 545 '@1Qx ' ok 9 ok b'\x02\x00\x00\x00\x00\x00\x00\x00\x00'
#   back ok (2,)
#   raw f3010f650a6cc6229e ok (2505809034579214835,)
# 546 '@x' ok 1 ok b'\x00'
#   back ok ()
#   raw bb ok ()
# 547 '!1qI0x' ok 12 error: argument out of range
#   raw 75448a6948fed3ef5f491f36 ok (8450030985654752239, 1598627638)
# 548 '<H1e' ok 4 error: required argument is not a float
#   raw 812b5356 ok (11137, 101.1875)
# 549 '<0eZ' error: bad char in struct format error: bad char in struct format
# 550 '=0x' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 551 '>2Hic' ok 9 error: argument out of range
#   raw 35e827a5ad3ac98c66 ok (13800, 10149, -1388656244, b'f')
# 552 'c6pdL' ok 24 ok b'\\\x05\xb4\xae\xb6\xcd<\x00\x00\x00\x00\x00\x00\x06\xa0@\x00\x01\x00\x00\x00\x00\x00\x00'
#   back ok (b'\\', b'\xb4\xae\xb6\xcd<', 2051.0, 256)
#   raw 6bb06f7c86ad220c38726d05645ab479ddcdec9005bcdcd0 ok (b'k', b'o|\x86\xad"', 1.8039576435228962e+278, 15050110786857651677)
# 553 '<Q0eb' ok 9 ok b"$(',\x15\x00\x00\x00\x01"
#   back ok (90935076900, 1)
#   raw e2c2cc18592c2e0a05 ok (733572550487753442, 5)
# 554 '<d' ok 8 ok b'\x00\x1bc=\xed\xa1A\xc0'
#   back ok (-35.26505248393187,)
#   raw ce60c60801cfdf9d ok (-8.63072084299263e-165,)
# 555 '!nP1e' error: bad char in struct format error: bad char in struct format
# 556 '>PLh' error: bad char in struct format error: bad char in struct format
# 557 '1?3b' ok 4 error: byte format requires -128 <= number <= 127
#   raw 0dc1e92b ok (True, -63, -23, 43)
# 558 '! PQc' error: bad char in struct format error: bad char in struct format
# 559 'i3L3bI' ok 40 error: argument out of range
#   raw 718ce4e2289567fb41472e3c7709cca1c983cacc8d41887e5d10057164fde3ade6f36065936c5eff ok (-488338319, 11658703943070795585, 9117609522893587401, 12530137196109566045, -26, -13, 96, 4284378259)
# 560 '>I3Q1fL' ok 36 error: argument out of range
#   raw 1e3b94f080ed715b8c7b6bb3e55e127874e765d27e73af2031541f59e6f104e06943936d ok (507221232, 9290206244348062643, 16527667991062996434, 9111819023902056281, -5.690901251244719e+23, 1766036333)
# 561 '!B3c3?' ok 7 error: ubyte format requires 0 <= number <= 255
#   raw 6c643faaffb42e ok (108, b'd', b'?', b'\xaa', True, True, True)
# 562 '!f' ok 4 ok b'>\xaa\xaa\xab'
#   back ok (0.3333333432674408,)
#   raw 266e3d29 ok (8.265572492434077e-16,)
# 563 '>l1H3N' error: bad char in struct format error: bad char in struct format
# 564 '=f1i' ok 8 ok b'}\x1a\xd0@7\xf0;\x01'
#   back ok (6.503233432769775, 20705335)
#   raw 904a68ebbe2feaee ok (-2.8082290160147294e+26, -286642242)
# 565 '<qId' ok 20 error: 'I' format requires 0 <= number <= 4294967295
#   raw 3ec0331adbf2aa431263a9df4fee1cde59ad8317 ok (4875976569433342014, 3752420114, 2.1058870536043273e-195)
# 566 '>n3s' error: bad char in struct format error: bad char in struct format
# 567 '!e3? 1s' ok 6 error: required argument is not a float
#   raw 3ebb44452c78 ok (1.6826171875, True, True, True, b'x')
# 568 '@0QH' ok 2 ok b'\x01\x00'
#   back ok (1,)
#   raw 2098 ok (38944,)
# 569 '3pN' ok 16 error: argument for 'p' must be a bytes object
#   raw a57928971d54f7ffacfcbd8ec86ae90f ok (b'y(', 1146564989763321004)
# 570 '<0BN0 ' error: bad char in struct format error: bad char in struct format
# 571 '=5s2I' ok 13 error: 'I' format requires 0 <= number <= 4294967295
#   raw 4acb511ebc3833c68b1c493e7e ok (b'J\xcbQ\x1e\xbc', 2345022264, 2118011164)
# 572 '<0?0e3f' ok 12 ok b'\xcaE\x8f\xc0\xbf\xf0v5\x8el:E'
#   back ok (-4.477269172668457, 9.199247301694413e-07, 2982.78466796875)
#   raw 72153f94b7d1dcf23d6f1004 ok (-9.647265047579523e-27, -8.747549676807902e+30, 1.697819676559272e-36)
# 573 '=l2l' ok 12 error: argument out of range
#   raw 17deae173bf82ab0e248a33e ok (397336087, -1339361221, 1050888418)
# 574 '>d' ok 8 ok b'\x00\x00\x00\x00\x00\x00\x00\x00'
#   back ok (0.0,)
#   raw 83a8b3c99ffe58f1 ok (-4.950755866579061e-291,)
# 575 '=i2si' ok 10 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw a115eadd45cdd6887689 ok (-571861599, b'E\xcd', -1988720426)
# 576 '1d' ok 8 ok b'\x00\x00\x00\xe0\xff\xff\xefG'
#   back ok (3.4028234663852886e+38,)
#   raw 7d2ccb3ce42acd12 ok (4.131359908834454e-218,)
# 577 '<2li' ok 12 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 6207d93967ab6012c9fe656a ok (970524514, 308325223, 1785069257)
# 578 '>iB' ok 5 error: required argument is not an integer
#   raw c11b1c7313 ok (-1055187853, 19)
# 579 '@0fl' ok 8 ok b'\xd7s\x03.\x00\x00\x00\x00'
#   back ok (771978199,)
#   raw 8cb9962a33e4dd75 ok (8493195380699609484,)
# 580 '3?1p' ok 4 error: argument for 'p' must be a bytes object
#   raw 4651e885 ok (True, True, True, b'')
# 581 '=b1i' ok 5 error: byte format requires -128 <= number <= 127
#   raw 6acb9d6fd2 ok (106, -764437045)
# 582 '!i0I' ok 4 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 3554273d ok (894707517,)
# 583 '@f0Nf3b' ok 15 error: byte format requires -128 <= number <= 127
#   raw fd2a4f1ca4af5c2137cd5fd130be30 ok (6.854611577066722e-22, -60076290048.0, 48, -66, 48)
# 584 '!?NqQ' error: bad char in struct format error: bad char in struct format
# 585 'Hq4p' ok 20 ok b'\xff\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f\xff\xff\xff\xff\x039\xe9n'
#   back ok (255, -2147483649, b'9\xe9n')
#   raw f166a8eb8c1cca8c51c371e4c253c2b9b5d1185b ok (26353, -5061390934689594543, b'\xd1\x18[')
# 586 '=H' ok 2 error: required argument is not an integer
#   raw 052b ok (11013,)
# 587 '>q1if' ok 16 ok b'\x00\x00\x00\x00\x00\x00\x00\xff\x00\x00\xff\xff\xcd\xd0\x1e\xee'
#   back ok (255, 65535, -436460992.0)
#   raw 652356d4b204bb63a96588c22d7993c6 ok (7287764093535304547, -1452963646, 1.4186823590889297e-11)
# 588 'P' ok 8 ok b'`\xb6\x18\x1e\xe2\xea)\x1a'
#   back ok (1885296175919707744,)
#   raw 083681e052a82d4a ok (5345113406665995784,)
# 589 '@l2Z' error: bad char in struct format error: bad char in struct format
# 590 '=0hh' ok 2 error: short format requires -32768 <= number <= 32767
#   raw 9e6f ok (28574,)
# 591 '@N' ok 8 error: argument out of range
#   raw 3eeb7bd4e7b08187 ok (9764279976864770878,)
# 592 '@c3lH' ok 34 ok b'\xf3\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x8c\x08\x8c\x86A\x1aR\x07\x00\x00\x00\x00\x00\x00\x00\x00\xff\x00'
#   back ok (b'\xf3', 1, 527512975088289932, 0, 255)
#   raw c36b6c6c6d8d727bc00a08fa0981e8284de52210ffada9168cd6accd78fc58dade06 ok (b'\xc3', 2947747835963509440, 1633027650897503565, -2713141179713792372, 1758)
# 593 '< ' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 594 '>2fP3Q' error: bad char in struct format error: bad char in struct format
# 595 '@b4sh' ok 8 error: byte format requires -128 <= number <= 127
#   raw 5023b9604e5ccba5 ok (80, b'#\xb9`N', -23093)
# 596 '=Hc1Lq' ok 15 error: ushort format requires 0 <= number <= 65535
#   raw e449df25136d564d74cd6c573c73c8 ok (18916, b'\xdf', 1449988901, -4002789297617013683)
# 597 '2nQd' ok 32 error: pack expected 4 items for packing (got 5)
#   raw f168b95fc4faa603ac3a4bb1fc0fe553712406c163dcec64cad3b2069620dc06 ok (263173349574273265, 6045255652795431596, 7272429819294786673, 1.269380607599445e-275)
# 598 'l1p' ok 9 ok b'\x7f\xff\xff\xff\xff\xff\xff\xff\x00'
#   back ok (-129, b'')
#   raw c161e3d3e4c9a3f4ab ok (-818588722606677567, b'')
# 599 '!2h1P' error: bad char in struct format error: bad char in struct format
# 600 '>bh0q2P' error: bad char in struct format error: bad char in struct format
# 601 '>Z' error: bad char in struct format error: bad char in struct format
# 602 '!n2B' error: bad char in struct format error: bad char in struct format
# 603 '<b' ok 1 error: byte format requires -128 <= number <= 127
#   raw 29 ok (41,)
# 604 '=3i?' ok 13 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw bcc2bc21a27ef85dd35e74a65b ok (566018748, 1576566434, -1502322989, True)
# 605 '>lN' error: bad char in struct format error: bad char in struct format
# 606 '!4s0P0I' error: bad char in struct format error: bad char in struct format
# 607 '@?1f5ph' ok 16 error: short format requires -32768 <= number <= 32767
#   raw 5815d76e90b3ee425e548ad5435ef23e ok (True, 119.3507080078125, b'T\x8a\xd5C', 16114)
# 608 '<n1i1c' error: bad char in struct format error: bad char in struct format
# 609 '!L3bI' ok 11 error: 'L' format requires 0 <= number <= 4294967295
#   raw af171c9c91339370a3a7f9 ok (2937527452, -111, 51, -109, 1889773561)
# 610 '<n3l' error: bad char in struct format error: bad char in struct format
# 611 '< N?x' error: bad char in struct format error: bad char in struct format
# 612 '=3x4p' ok 7 ok b'\x00\x00\x00\x03,\xe5\x8c'
#   back ok (b',\xe5\x8c',)
#   raw d3533d10a8c7a4 ok (b'\xa8\xc7\xa4',)
# 613 '<Pf' error: bad char in struct format error: bad char in struct format
# 614 '=e1c2x' ok 5 error: char format requires a bytes object of length 1
#   raw 7927716d1d ok (0.0291900634765625, b'q')
# 615 '@0hq4pb' ok 13 error: byte format requires -128 <= number <= 127
#   raw f46c85acc39180f31093a04b02 ok (-900559655875023628, b'\x93\xa0K', 2)
# 616 '!N' error: bad char in struct format error: bad char in struct format
# 617 '>Q0n' error: bad char in struct format error: bad char in struct format
# 618 '<?x' ok 2 ok b'\x00\x00'
#   back ok (False,)
#   raw 9717 ok (True,)
# 619 '!0NL' error: bad char in struct format error: bad char in struct format
# 620 '>xL?' ok 6 error: 'L' format requires 0 <= number <= 4294967295
#   raw 055390b588b6 ok (1401992584, True)
# 621 '!1n' error: bad char in struct format error: bad char in struct format
# 622 '> L' ok 4 ok b'\x7f\xff\xff\xff'
#   back ok (2147483647,)
#   raw 3490d75a ok (881907546,)
# 623 '<eP3Q' error: bad char in struct format error: bad char in struct format
# 624 '@b' ok 1 error: byte format requires -128 <= number <= 127
#   raw dc ok (-36,)
# 625 'qBq3 ' error: bad char in struct format error: bad char in struct format
# 626 '=f1?3e' ok 11 ok b':}19\x01\x00\x00(\x806\x00'
#   back ok (0.00016926685930229723, True, 0.0, -2.384185791015625e-06, 3.2186508178710938e-06)
#   raw 0ed4da9a5a3704a6114b14 ok (-9.050527959308664e-23, True, 6.431341171264648e-05, 0.0006895065307617188, 0.0010480880737304688)
# 627 'x' ok 1 ok b'\x00'
#   back ok ()
#   raw a8 ok ()
# 628 '0dcN' ok 16 error: char format requires a bytes object of length 1
#   raw 4aa30fb103f7a5f7f5921d191d3418c8 ok (b'J', 14418331506606707445)
# 629 '<2pi' ok 6 ok b'\x01N\x94\x93\x00\x00'
#   back ok (b'N', 37780)
#   raw 7092cfbb492c ok (b'\x92', 743029711)
# 630 '@Q' ok 8 error: argument out of range
#   raw c53b6d2b78495adb ok (15806026622683659205,)
# 631 'x' ok 1 ok b'\x00'
#   back ok ()
#   raw 6d ok ()
# 632 '>1I' ok 4 error: pack expected 1 items for packing (got 2)
#   raw e9ddd44f ok (3923629135,)
# 633 '2N' ok 16 error: argument out of range
#   raw fc7d731486c39002620d924422f12f73 ok (184862565358337532, 8300117767748717922)
# 634 '=1lh3d' ok 30 error: 'l' format requires -2147483648 <= number <= 2147483647
#   raw 777a7f6f22c1fb62fcb59186f71c17a1733b611b758a931ddd5ae0612eba ok (1870625399, -16094, 3.896047811195842e-169, -2.745549383288226e-258, -1.9173945646650853e-28)
# 635 '@ ll' ok 16 ok b'X\x9a\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f\xff\xff\xff\xff'
#   back ok (-26024, -2147483649)
#   raw 8c88e4d7f176a5970364b61c8e3f1826 ok (-7519473221743900532, 2745013852481938435)
# 636 '=2IN' error: bad char in struct format error: bad char in struct format
# 637 'P1i' ok 12 error: int too large to convert
#   raw 64f82cd8f6a69054c074fc26 ok (6093553874951272548, 654079168)
# 638 '!bPZ' error: bad char in struct format error: bad char in struct format
# 639 '>ii' ok 8 ok b'\x00\x00\x00\x01\xff\xff\xff\x7f'
#   back ok (1, -129)
#   raw 2f5fe8af065fb8d2 ok (794814639, 106936530)
# 640 '<0?P?b' error: bad char in struct format error: bad char in struct format
# 641 '=0Q2cn' error: bad char in struct format error: bad char in struct format
# 642 '@2I2fi' ok 20 error: argument out of range
#   raw 9c8e49a3aebfadeee56ccdad353191fc4bcd9f49 ok (2739506844, 4004364206, -2.335416061927109e-11, -6.031048653205938e+36, 1235209547)
# 643 '>2H' ok 4 error: 'H' format requires 0 <= number <= 65535
#   raw e7768065 ok (59254, 32869)
# 644 '<0en1I' error: bad char in struct format error: bad char in struct format
# 645 '<0qHH2h' ok 8 error: ushort format requires 0 <= number <= 65535
#   raw f628c1d09b316ce1 ok (10486, 53441, 12699, -7828)
# 646 '<LL2N' error: bad char in struct format error: bad char in struct format
# 647 '>1NHxP' error: bad char in struct format error: bad char in struct format
# 648 '6p' ok 6 ok b'\x01\xb6\x00\x00\x00\x00'
#   back ok (b'\xb6',)
#   raw 1c263bb6f6e8 ok (b'&;\xb6\xf6\xe8',)
# 649 '<L5peB' ok 12 error: argument out of range
#   raw 39ac0013e6efa649198fd9fc ok (318811193, b'\xef\xa6I\x19', -177.875, 252)
# 650 '=2c' ok 2 error: char format requires a bytes object of length 1
#   raw 9fbc ok (b'\x9f', b'\xbc')
# 651 'b' ok 1 error: byte format requires -128 <= number <= 127
#   raw cc ok (-52,)
# 652 'Hen' ok 16 error: ushort format requires 0 <= number <= 65535
#   raw ab1e9762ee53441dd28cee995c51aa1f ok (7851, 843.5, 2281725619377966290)
# 653 '!3sB1c' ok 5 error: argument out of range
#   raw 1061c007c6 ok (b'\x10a\xc0', 7, b'\xc6')
# 654 'xN?B' ok 18 error: argument out of range
#   raw 56fe31ef4b44a73d58ad3ba4dfd74b9e5e5c ok (11406447836778966360, True, 92)
# 655 '!Hq' ok 10 error: 'H' format requires 0 <= number <= 65535
#   raw 0f6382aebf8ae02ec5dc ok (3939, -9030069599643712036)
# 656 '<0?0L1p' ok 1 ok b'\x00'
#   back ok (b'',)
#   raw 44 ok (b'',)
# 657 '<nhH0L' error: bad char in struct format error: bad char in struct format
# 658 '>bb' ok 2 error: byte format requires -128 <= number <= 127
#   raw eaa8 ok (-22, -88)
# 659 '!b' ok 1 error: argument out of range
#   raw d1 ok (-47,)
# 660 '=3x6p' ok 9 ok b'\x00\x00\x00\x01\x8c\x00\x00\x00\x00'
#   back ok (b'\x8c',)
#   raw d58047f9935ada2c53 ok (b'\x93Z\xda,S',)
# 661 '<f2P0Q' error: bad char in struct format error: bad char in struct format
# 662 '=3N1iB' error: bad char in struct format error: bad char in struct format
# 663 '@B0s2pN' ok 16 error: argument for 'p' must be a bytes object
#   raw acae95261dfda23bcff788121ccded0a ok (172, b'', b'\x95', 787511030313449423)
# 664 '>2Q2d3i' ok 44 error: int too large to convert
#   raw 738d9ea1ffbccd564f3b556926a0e8b6357217943e5c3a43678097c9e344a19aed8299f01fe56f833e1245ef ok (8326485704695401814, 5709250862730242230, 3.022246364204874e-51, 3.696495695801319e+190, -310208016, 535129987, 1041384943)
# 665 '<ln1cH' error: bad char in struct format error: bad char in struct format
# 666 '<1If0Q' ok 8 ok b'\xff\xff\x00\x00\x13T\nL'
#   back ok (65535, 36261964.0)
#   raw cfa521308e1a018f ok (807511503, -6.365305295126417e-30)
# 667 '@qi2q' ok 32 error: argument out of range
#   raw adaae0fb690b3b0f554e17d39d40ff1bd63762653846b6ba28c7777fe3b6db79 ok (1097483484020124333, -753447339, -4992725928860567594, 8780812986701301544)
# 668 'bb' ok 2 error: byte format requires -128 <= number <= 127
#   raw 1dc7 ok (29, -57)
# 669 '@3s3B1QN' ok 24 error: ubyte format requires 0 <= number <= 255
#   raw f9d928faa44717aece6baa091027e909e15a2aeef4257dd6 ok (b'\xf9\xd9(', 250, 164, 71, 714144965750057934, 15455551230103411425)
# 670 '!2n' error: bad char in struct format error: bad char in struct format
# 671 'B' ok 1 error: argument out of range
#   raw b4 ok (180,)
# 672 '@I3QH0x' ok 34 error: argument out of range
#   raw a39ee7ea3fbdb5a3de47ecaee5b7bb86af135589ea986fd6fe996fb0fdfc3574e200 ok (3941047971, 9708555618837350366, 15451736979625284527, 8373877248682334718, 226)
# 673 '@0LcIB' ok 9 error: 'I' format requires 0 <= number <= 4294967295
#   raw 70a5b412fe0c583e48 ok (b'p', 1045957886, 72)
# 674 '@3Q' ok 24 error: argument out of range
#   raw d0592f0c7f29a37e4cbf8abb43c7023fe47efc89e24a0860 ok (9125182895624772048, 4540410468066049868, 6919863164292857572)
# 675 '!2b0f' ok 2 error: byte format requires -128 <= number <= 127
#   raw 8f02 ok (-113, 2)
# 676 '@1fc3p' ok 8 ok b'F\xfd\x83\xb4\x98\x02\xfex'
#   back ok (-2.458493213453039e-07, b'\x98', b'\xfex')
#   raw 30aae699391da540 ok (-2.3850180794736884e-23, b'9', b'\xa5@')
# 677 '2P?Z' error: bad char in struct format error: bad char in struct format
# 678 '=1B4s3?' ok 8 ok b'\x01A\xe2&\xa0\x01\x01\x00'
#   back ok (1, b'A\xe2&\xa0', True, True, False)
#   raw a3761ca925eb169b ok (163, b'v\x1c\xa9%', True, True, True)
# 679 '<3Hq' ok 14 error: ushort format requires 0 <= number <= 65535
#   raw 6aaa3486e6f269d220ad2e49b6b3 ok (43626, 34356, 62182, -5497125830337179031)
# 680 '>N' error: bad char in struct format error: bad char in struct format
# 681 '>0I1x1s' ok 2 ok b'\x00\x00'
#   back ok (b'\x00',)
#   raw 2768 ok (b'h',)
# 682 '@0s2?1bx' ok 4 error: argument out of range
#   raw 2e03d288 ok (b'', True, True, -46)
# 683 '1s1xN1P' ok 24 error: argument out of range
#   raw f93b36d2d811f614220c037c2921c7f53c34eacbda321a2b ok (b'\xf9', 17710160521715715106, 3105850808330761276)
# 684 '3H3x3nh' ok 42 error: ushort format requires 0 <= number <= 65535
#   raw cba85a2f9782de3c5904358738b86d3c87a8c3c68347d94dadc88c61336ca619f5241e97a859c5b608f1 ok (43211, 12122, 33431, 5609593442167662727, 1848283665017915565, -5276712807769955083, -3832)
# 685 '@?q' ok 16 error: argument out of range
#   raw dca6f64d41e4ad447b5db261f15857a3 ok (True, -6676770128804029061)
# 686 '!0Ih' ok 2 error: 'h' format requires -32768 <= number <= 32767
#   raw 3953 ok (14675,)
# 687 '@I' ok 4 error: argument out of range
#   raw 61de8d13 ok (328064609,)
# 688 '<B1l' ok 5 error: ubyte format requires 0 <= number <= 255
#   raw f40f40ef5b ok (244, 1542406159)
# 689 '@BP' ok 16 ok b'\x80\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00'
#   back ok (128, 4294967295)
#   raw 93e9482702fe55ddb2cf373cd5e5519b ok (147, 11191979252993478578)
# 690 '!B1h' ok 3 error: ubyte format requires 0 <= number <= 255
#   raw 4124d9 ok (65, 9433)
# 691 'bQ0d' ok 16 error: byte format requires -128 <= number <= 127
#   raw f0df849ed8ba196e288f76825f04201f ok (-16, 2242797422687719208)
# 692 'I4p' ok 8 error: argument out of range
#   raw c887b8c1b6c4b5a7 ok (3250096072, b'\xc4\xb5\xa7')
# 693 '!fb' ok 5 error: required argument is not a float
#   raw a7ad220c97 ok (-4.805405951087936e-15, -105)
# 694 '>0QI2c' ok 6 error: char format requires a bytes object of length 1
#   raw a7558b8deef4 ok (2807401357, b'\xee', b'\xf4')
# 695 '<1dQ5s' ok 21 ok b'|\xa1\xff\xac\x8d\xab\xa8?\x00\x00\x00\x80\x00\x00\x00\x00\xfd\xf1\x02\xd7\xda'
#   back ok (0.0481838487319832, 2147483648, b'\xfd\xf1\x02\xd7\xda')
#   raw 1254bb50ebb578e18cfd42ee2c43520289fc43257b ok (-3.474092426126641e+161, 167269996421119372, b'\x89\xfcC%{')
# 696 '!d2b0d0n' error: bad char in struct format error: bad char in struct format
# 697 '<Ix?q' ok 14 error: argument out of range
#   raw 17bf289d85474c71976d59454745 ok (2636693271, True, 4992034962356531532)
# 698 'xh' ok 4 error: argument out of range
#   raw f48f98b7 ok (-18536,)
# 699 '3Q0?c' ok 25 ok b'\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00M'
#   back ok (4294967296, 0, 4294967295, b'M')
#   raw 7fb633c4307de551e648f259d2b4dfb853a8ecf7997a658867 ok (5901260535142528639, 13321565038330398950, 9828396563514042451, b'g')
# 700 '<2x' ok 2 ok b'\x00\x00'
#   back ok ()
#   raw 0ca8 ok ()
# 701 '@?' ok 1 ok b'\x00'
#   back ok (False,)
#   raw db ok (True,)
# 702 '>0?3e3ZH' error: bad char in struct format error: bad char in struct format
# 703 'c0h' ok 2 ok b'\xef\x00'
#   back ok (b'\xef',)
#   raw 2af2 ok (b'*',)
# 704 'd?3N' ok 40 error: argument out of range
#   raw 73147869455fbd595db5277692c694bb1c3cbbe50ebb82ab5fd45f7c4c9fdeab0567548a5382c49c ok (1.9416636986065554e+124, True, 12358646000116251676, 12384511176168428639, 11296297060666730245)
# 705 '=q2L1d' ok 24 error: argument out of range
#   raw 89afff0d293655194842159170dcafd261bb8c596996c02a ok (1825424773925023625, 2434089544, 3534740592, 9.25749746057158e-103)
# 706 '>q' ok 8 ok b'\xff\xff\xff\xff\xff\xff\xff\x7f'
#   back ok (-129,)
#   raw 2601d70b7a22c723 ok (2738706492711683875,)
# 707 '>2slc' ok 7 error: argument out of range
#   raw 3cc981b7b610f8 ok (b'<\xc9', -2118666736, b'\xf8')
# 708 '@0LN2id' ok 24 ok b'\x00\x00\x00\x00\x00\x00\x00\x80\x7f\xff\xff\xff\x80\xff\xff\xff\x9cu\x00\x88<\xe47\xfe'
#   back ok (9223372036854775808, -129, -128, -1e+300)
#   raw 7a8875dbe9eca05ad09131be94614c55793919fe723afc14 ok (6530479948840667258, -1104047664, 1431069076, 1.3738141608867448e-207)
# 709 '0P?' ok 1 ok b'\x01'
#   back ok (True,)
#   raw e5 ok (True,)
# 710 '0Q' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 711 '>nn' error: bad char in struct format error: bad char in struct format
# 712 '@3c' ok 3 error: char format requires a bytes object of length 1
#   raw a1ab82 ok (b'\xa1', b'\xab', b'\x82')
# 713 '!H' ok 2 error: 'H' format requires 0 <= number <= 65535
#   raw ba32 ok (47666,)
# 714 '!f1L' ok 8 error: argument out of range
#   raw 5fb2341e5976244a ok (2.568184284577792e+19, 1500914762)
# 715 '@1zPx' error: bad char in struct format error: bad char in struct format
# 716 '=3hI' ok 10 error: argument out of range
#   raw f9322246058d80f8a98e ok (13049, 17954, -29435, 2393503872)
# 717 '=B' ok 1 error: ubyte format requires 0 <= number <= 255
#   raw 36 ok (54,)
# 718 '@d0b5p' ok 13 ok b'\x00\x00\x00\x00\x00\x06\xa0@\x04\xc3\xdb\xdd\x1e'
#   back ok (2051.0, b'\xc3\xdb\xdd\x1e')
#   raw a5ece67ba7e7b18fff51d319b1 ok (-4.505004704561067e-233, b'Q\xd3\x19\xb1')
# 719 'h' ok 2 error: argument out of range
#   raw 5370 ok (28755,)
# 720 '=q?4s0q' ok 13 ok b'\x16\xbe=\x19\xfa\x05\x1a\x00\x00a\xf1\x00\x00'
#   back ok (7324921117916694, False, b'a\xf1\x00\x00')
#   raw 596abcf0e79dbda6053213e5f7 ok (-6431811073313314215, True, b'2\x13\xe5\xf7')
# 721 '=inf' error: bad char in struct format error: bad char in struct format
# 722 '!1N' error: bad char in struct format error: bad char in struct format
# 723 '@i3Q' ok 32 error: argument out of range
#   raw 5f482ab0ad4ecf46f3ae883fb04ffb7abf8c181daf8903d00f020661889ee7a6 ok (-1339406241, 8861764310180343539, 14988975370019572927, 12026755638496723471)
# 724 '@N2f2?3d' ok 48 error: argument out of range
#   raw 7be13795e00bff4f0fbd97838fa417c228047c01e560044dc315daaf9a561f31282c38d60f39746e0695b39ee99d0bba ok (5764339107261571451, -8.918388073108179e-37, -37.910701751708984, True, True, 4.4342120011156847e-72, 1.1696075971789328e+224, -4.357170028117446e-29)
# 725 '>eqdf' ok 22 ok b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\xffA_k\x04Eu$\xa4\x80\x00\x00\x00'
#   back ok (0.0, 255, 8236049.085274849, -0.0)
#   raw 9e6646c7d34bd41539c7d5878f061cab41a4ce296c68 ok (-0.00624847412109375, 5100277425654544839, -1.0553089073341028e+104, -710613504.0)
# 726 '<cL2l3f' ok 25 error: argument out of range
#   raw 0aecd34a3da294cc1114284696966a8307addeeffa8a1f5932 ok (b'\n', 1028314092, 298620066, -1773787116, 1.977333485829229e-34, -6.227376752969747e+35, 1.2638233570783086e-08)
# 727 'P1ei4s' ok 20 error: argument for 's' must be a bytes object
#   raw 69ff6d37d115e2682f39c274129aedbd66cc089a ok (7557627113003417449, 0.64794921875, -1108501998, b'f\xcc\x08\x9a')
# 728 '>i' ok 4 ok b'\x00\x00\x00\x01'
#   back ok (1,)
#   raw 20716aa8 ok (544303784,)
# 729 '<1hL' ok 6 error: argument out of range
#   raw e15d935480a0 ok (24033, 2692764819)
# 730 '!1e3p2x' ok 7 OverflowError: float too large to pack with e format
#   raw c4c47054831a6d ok (-4.765625, b'T\x83')
# 731 '!1hq' ok 10 ok b'\x00\xff\xff\xff\xff\xff\xff\xff\x80\x00'
#   back ok (255, -32768)
#   raw aae261341a36e7194d0f ok (-21790, 7004252143575715087)
# 732 '<b' ok 1 error: byte format requires -128 <= number <= 127
#   raw f0 ok (-16,)
# 733 'B6s3d' ok 32 error: ubyte format requires 0 <= number <= 255
#   raw d77c3b16bd0029fdc81905c14597ee7d76450f116cdf53ec1d7f6f528f1355cb ok (215, b'|;\x16\xbd\x00)', 4.001272136588575e+298, -6.690132955068553e+213, -8.074874426833176e+54)
# 734 '@2q' ok 16 ok b'\xff\x7f\x00\x00\x00\x00\x00\x00\xff4\x19\xdb\xb43\x03\x00'
#   back ok (32767, 901276793124095)
#   raw f8ddce0509db5392d53ed1f4f5c235d2 ok (-7902732089306456584, -3299516790348890411)
# 735 '>h' ok 2 error: 'h' format requires -32768 <= number <= 32767
#   raw e6a0 ok (-6496,)
# 736 '>fq4pi' ok 20 ok b'3Sd\x94\x02\xbe=\xeb\x0b\xce~D\x00\x00\x00\x00\x7f\xff\xff\xff'
#   back ok (4.921874108276825e-08, 197663513375571524, b'', 2147483647)
#   raw eb9fbf90bad6440b9a1014d23836529e6e5dae11 ok (-3.862476672962015e+26, -4983721121018800942, b'6R\x9e', 1851633169)
# 737 '=1f2Q2LZ' error: bad char in struct format error: bad char in struct format
# 738 '@1e3p' ok 5 ok b'\x01\x80\x00\x00\x00'
#   back ok (-5.960464477539063e-08, b'')
#   raw d75d17e038 ok (373.75, b'\xe08')
# 739 '=2sL3c4s' ok 13 error: argument out of range
#   raw 8245e9d62f3d7a655fd5599f7b ok (b'\x82E', 1026545385, b'z', b'e', b'_', b'\xd5Y\x9f{')
# 740 '<0d' ok 0 ok b''
#   back ok ()
#   raw  ok ()
# 741 '=3h' ok 6 error: short format requires -32768 <= number <= 32767
#   raw 8869880b34b6 ok (27016, 2952, -18892)
# 742 '=2Pd?' error: bad char in struct format error: bad char in struct format
# 743 '@cx2n' ok 24 error: pack expected 3 items for packing (got 4)
#   raw 6a281360ff35f91bc8d7ab8083501bb3cabe07271d23fac8 ok (b'j', -5540746390819579960, -3964817913830457654)
# 744 '<0dcqc' ok 10 error: argument out of range
#   raw 16538603306d0130121e ok (b'\x16', 1310549060033414739, b'\x1e')
# 745 '<H2Z2i' error: bad char in struct format error: bad char in struct format
# 746 '@?Zc4s' error: bad char in struct format error: bad char in struct format
# 747 '!n1x' error: bad char in struct format error: bad char in struct format
# 748 '>i2P1P3f' error: bad char in struct format error: bad char in struct format
# 749 '=x0ie' ok 3 ok b'\x00\x00\x00'
#   back ok (0.0,)
#   raw 0e764e ok (25.84375,)
# 750 '@0sQ1Bl' ok 24 error: argument out of range
#   raw 0842d7c291b67d6c8b6385e95b09c0cb6ed3a130bb19579b ok (b'', 7817605265340449288, 139, -7253300383091403922)
# 751 '<Ln' error: bad char in struct format error: bad char in struct format
# 752 '>qP1H' error: bad char in struct format error: bad char in struct format
# 753 '=n0n' error: bad char in struct format error: bad char in struct format
# 754 'fhl' ok 16 error: argument out of range
#   raw ed1f3875b01390eac3b65c9cd3b09c88 ok (2.3340579925357358e+32, 5040, -8602806765276580157)
# 755 '=b' ok 1 error: byte format requires -128 <= number <= 127
#   raw 66 ok (102,)
# 756 '=P?' error: bad char in struct format error: bad char in struct format
# 757 '=b1?' ok 2 error: byte format requires -128 <= number <= 127
#   raw a19e ok (-95, True)
# 758 '>6s1L' ok 10 ok b'\xa8\xa3s<\xd8\xbf\x00\x03\xa5K'
#   back ok (b'\xa8\xa3s<\xd8\xbf', 238923)
#   raw a2f769ca02fea91fe3e6 ok (b'\xa2\xf7i\xca\x02\xfe', 2837439462)
# 759 '!2I0B' ok 8 error: required argument is not an integer
#   raw 5b930a3d32bfe4fe ok (1536363069, 851436798)
# 760 'N' ok 8 ok b'\xff\xff\xff\xff\x00\x00\x00\x00'
#   back ok (4294967295,)
#   raw 2130ccd7848477bb ok (13508411313412124705,)
# 761 '@ncb3L' ok 40 error: required argument is not an integer
#   raw e4af91e662df7a8927d9657964c7fdbcc327cd34507c47d194b4204ee12b24003343a9013096459e ok (-8540268127486627868, b"'", -39, 15080158561198483395, 10181345839985812, 11404686764316115763)
# 762 '3?0?' ok 3 ok b'\x01\x01\x01'
#   back ok (True, True, True)
#   raw 3431fe ok (True, True, True)
# 763 '<2Bc' ok 3 error: argument out of range
#   raw 1e528b ok (30, 82, b'\x8b')
# 764 '=2i1ph0b' ok 11 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 7cf7352409c7e2b9777cc2 ok (607516540, -1176320247, b'', -15748)
# 765 'd1s' ok 9 ok b'\x08B\xa7\xd6\x0fIxA\x00'
#   back ok (25465085.415834457, b'\x00')
#   raw 9f60f820031fe4333f ok (1.0017133672791567e-58, b'?')
# 766 '=3q0QP3x' error: bad char in struct format error: bad char in struct format
# 767 '=ee' ok 4 ok b'\x00h\x99\x80'
#   back ok (2048.0, -9.119510650634766e-06)
#   raw 715a8c51 ok (206.125, 44.375)
# 768 'Bl' ok 16 error: ubyte format requires 0 <= number <= 255
#   raw 80a834b076167f8cd1bb91f071a5b79a ok (128, -7298182762344629295)
# 769 '!n6p' error: bad char in struct format error: bad char in struct format
# 770 '!2q' ok 16 error: int too large to convert
#   raw 6acc1e182ef25d009e1337e6dd38784b ok (7695558952485018880, -7056234726465963957)
# 771 '<3x6s' ok 9 ok b'\x00\x00\x00\x83\xdeX\xfcW\x00'
#   back ok (b'\x83\xdeX\xfcW\x00',)
#   raw d959065fcdb8983e77 ok (b'_\xcd\xb8\x98>w',)
# 772 '!x' ok 1 ok b'\x00'
#   back ok ()
#   raw 72 ok ()
# 773 'd0L0d' ok 8 ok b'\x18\xf1I\xce\x11\xa4\x1b@'
#   back ok (6.910224173796699,)
#   raw e5f018e8911ebc49 ok (1.6053347419914492e+47,)
# 774 '=0h0I0b2?' ok 2 ok b'\x00\x01'
#   back ok (False, True)
#   raw de42 ok (True, True)
# 775 '<q0q3p' ok 11 error: pack expected 2 items for packing (got 3)
#   raw ef08c3cf867226ca93520a ok (-3880288105596253969, b'R\n')
# 776 '!c' ok 1 error: char format requires a bytes object of length 1
#   raw 82 ok (b'\x82',)
# 777 '=n4s3z' error: bad char in struct format error: bad char in struct format
# 778 '@0d6p' ok 6 ok b'\x05:_\x97i\xac'
#   back ok (b':_\x97i\xac',)
#   raw 89e838ab58d3 ok (b'\xe88\xabX\xd3',)
# 779 '!1s0l' ok 1 error: pack expected 1 items for packing (got 2)
#   raw a2 ok (b'\xa2',)
# 780 '@3p' ok 3 error: argument for 'p' must be a bytes object
#   raw f4c52f ok (b'\xc5/',)
# 781 '=I' ok 4 error: argument out of range
#   raw 96f7b642 ok (1119287190,)
# 782 '>0ede' ok 10 ok b'@\x0c\xe7\xd7\xf3\xe4\xect\x00\x01'
#   back ok (3.6132048658596947, 5.960464477539063e-08)
#   raw 615ea7407e8e13139516 ok (1.0773959338980806e+161, -0.0012416839599609375)
# 783 '<e3eq' ok 16 OverflowError: float too large to pack with e format
#   raw da8a122ab785d80c1df689090161ddd6 ok (-0.0002090930938720703, 0.04742431640625, -8.720159530639648e-05, 0.0002956390380859375, -2964106322657020387)
# 784 '>0 ' error: bad char in struct format error: bad char in struct format
# 785 'n' ok 8 ok b'\xcf\xc8\x83\x04-}+\xf5'
#   back ok (-780392478115903281,)
#   raw f554e237e601b58e ok (-8163616661247470347,)
# 786 '@xB2Bl' ok 16 error: argument out of range
#   raw 9dd1470472496c8a8e1ac8bb4d4e4601 ok (209, 71, 4, 91846938177575566)
# 787 '=q3B' ok 11 error: ubyte format requires 0 <= number <= 255
#   raw 4d6e3bb4c0500ef72d92e6 ok (-644488908079665587, 45, 146, 230)
# 788 '>e1p' ok 3 OverflowError: float too large to pack with e format
#   raw ad09c5 ok (-0.07867431640625, b'')
# 789 '=nd' error: bad char in struct format error: bad char in struct format
# 790 '@Q' ok 8 ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
#   back ok (4294967296,)
#   raw f036ecbd701e42a3 ok (11763998646216701680,)
# 791 '=L1cP?' error: bad char in struct format error: bad char in struct format
# 792 '@3s' ok 3 ok b'\xc6\x1c]'
#   back ok (b'\xc6\x1c]',)
#   raw 7cd895 ok (b'|\xd8\x95',)
# 793 '=n3I1z' error: bad char in struct format error: bad char in struct format
# 794 'l5p' ok 13 ok b'l\x00\x00\x00\x00\x00\x00\x00\x04h\xb8\xa8:'
#   back ok (108, b'h\xb8\xa8:')
#   raw 2d99876b9a62b25f1ab57ec512 ok (6895682394826185005, b'\xb5~\xc5\x12')
# 795 '!2B' ok 2 ok b'\x7f\x01'
#   back ok (127, 1)
#   raw 6af5 ok (106, 245)
# 796 '>0I5p3i2h' ok 21 error: 'i' format requires -2147483648 <= number <= 2147483647
#   raw 344bacdedf57f41093494c001265addefbe75a6b43 ok (b'K\xac\xde\xdf', 1475612819, 1229717522, 1705893627, -6310, 27459)
# 797 '!bb3h' ok 8 error: argument out of range
#   raw ce0276cbbd2308ed ok (-50, 2, 30411, -17117, 2285)
# 798 '<fx1x' ok 6 ok b'fc)7\x00\x00'
#   back ok (1.009632796922233e-05,)
#   raw 03f8d65f39bb ok (3.098026843375141e+19,)
# 799 '!3s' ok 3 ok b' \xf0\xe0'
#   back ok (b' \xf0\xe0',)
#   raw f5bf61 ok (b'\xf5\xbfa',)
