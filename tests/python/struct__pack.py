# struct.pack/unpack of every format character in every byte order, with
# sizes, alignment, repeat counts, pad bytes, strings and half floats.
import struct

for mode in ['', '@', '=', '<', '>', '!']:
    for code in 'xcbB?hHiIlLqQnNefdspP':
        fmt = mode + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(repr(fmt), 'error', e)
            continue
        print(repr(fmt), size, struct.calcsize(mode + '3' + code))

values = {'c': b'z', 'b': -100, 'B': 200, '?': 1, 'h': -30000, 'H': 60000,
          'i': -2 ** 31, 'I': 2 ** 32 - 1, 'l': -5, 'L': 7, 'q': -2 ** 63,
          'Q': 2 ** 64 - 1, 'n': -9, 'N': 9, 'e': 1.5, 'f': -0.25, 'd': 1e300,
          's': b'hello', 'p': b'pascal', 'P': 4096}
for mode in '@<>=!':
    for code, v in values.items():
        fmt = mode + code
        try:
            b = struct.pack(fmt, v)
        except struct.error as e:
            print(fmt, 'error', e)
            continue
        print(fmt, b, struct.unpack(fmt, b))

print(struct.pack('ci', b'a', 1), struct.pack('ic', 1, b'a'), struct.pack('c0l', b'a'))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.calcsize('@bhiq'), struct.calcsize('<bhiq'))
print(struct.pack('3h2x2?', 1, 2, 3, True, 0), struct.pack('>3s', b'ab'), struct.pack('0s', b'abc'), struct.pack('5p', b'ab'))
print(struct.pack('<2e', 65504.0, -0.0), struct.pack('>e', 5.960464477539063e-08), struct.pack('<e', 1 / 3))
print(struct.unpack('<4e', b'\x00\x7c\x00\xfc\x01\x00\xff\x7b'))
print(struct.pack('<3e', 2049.0, 2051.0, 0.00006103515625 * 1.5))
print(struct.pack('<f', 3.4028235e38), struct.pack('<f', 1e-50), struct.pack('<d', -0.0))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', b'\x7f\xf0' + b'\x00' * 6))
print(struct.pack(b'<i', 5), struct.pack('< i  h ', 1, 2), struct.calcsize('\t2i\n'))
print(struct.pack('<?', []), struct.pack('?', 'x'), struct.unpack('?', b'\x05'), struct.unpack('<3?', b'\x00\x01\x80'))
print(struct.pack('<Q', True), struct.pack('P', -1), struct.unpack('P', struct.pack('P', 2 ** 63)))

class Idx:
    def __index__(self):
        return 300

class Flt:
    def __float__(self):
        return 2.5

print(struct.pack('<h', Idx()), struct.pack('<f', Idx()), struct.pack('<d', Flt()), struct.pack('<e', 10 ** 2))
print(struct.pack('s', bytearray(b'ba')), struct.pack('p', bytearray(b'')), struct.unpack('3p', b'\x09ab'))
print(struct.pack('0p', b'abc'), struct.pack('<0pi', b'abc', 1), struct.unpack('1p', b'\x05'), struct.pack('256p', b'x' * 300)[:3], struct.unpack('3p', b'\xff\x01\x02'))

# Output:
# 'x' 1 3
# 'c' 1 3
# 'b' 1 3
# 'B' 1 3
# '?' 1 3
# 'h' 2 6
# 'H' 2 6
# 'i' 4 12
# 'I' 4 12
# 'l' 8 24
# 'L' 8 24
# 'q' 8 24
# 'Q' 8 24
# 'n' 8 24
# 'N' 8 24
# 'e' 2 6
# 'f' 4 12
# 'd' 8 24
# 's' 1 3
# 'p' 1 3
# 'P' 8 24
# '@x' 1 3
# '@c' 1 3
# '@b' 1 3
# '@B' 1 3
# '@?' 1 3
# '@h' 2 6
# '@H' 2 6
# '@i' 4 12
# '@I' 4 12
# '@l' 8 24
# '@L' 8 24
# '@q' 8 24
# '@Q' 8 24
# '@n' 8 24
# '@N' 8 24
# '@e' 2 6
# '@f' 4 12
# '@d' 8 24
# '@s' 1 3
# '@p' 1 3
# '@P' 8 24
# '=x' 1 3
# '=c' 1 3
# '=b' 1 3
# '=B' 1 3
# '=?' 1 3
# '=h' 2 6
# '=H' 2 6
# '=i' 4 12
# '=I' 4 12
# '=l' 4 12
# '=L' 4 12
# '=q' 8 24
# '=Q' 8 24
# '=n' error bad char in struct format
# '=N' error bad char in struct format
# '=e' 2 6
# '=f' 4 12
# '=d' 8 24
# '=s' 1 3
# '=p' 1 3
# '=P' error bad char in struct format
# '<x' 1 3
# '<c' 1 3
# '<b' 1 3
# '<B' 1 3
# '<?' 1 3
# '<h' 2 6
# '<H' 2 6
# '<i' 4 12
# '<I' 4 12
# '<l' 4 12
# '<L' 4 12
# '<q' 8 24
# '<Q' 8 24
# '<n' error bad char in struct format
# '<N' error bad char in struct format
# '<e' 2 6
# '<f' 4 12
# '<d' 8 24
# '<s' 1 3
# '<p' 1 3
# '<P' error bad char in struct format
# '>x' 1 3
# '>c' 1 3
# '>b' 1 3
# '>B' 1 3
# '>?' 1 3
# '>h' 2 6
# '>H' 2 6
# '>i' 4 12
# '>I' 4 12
# '>l' 4 12
# '>L' 4 12
# '>q' 8 24
# '>Q' 8 24
# '>n' error bad char in struct format
# '>N' error bad char in struct format
# '>e' 2 6
# '>f' 4 12
# '>d' 8 24
# '>s' 1 3
# '>p' 1 3
# '>P' error bad char in struct format
# '!x' 1 3
# '!c' 1 3
# '!b' 1 3
# '!B' 1 3
# '!?' 1 3
# '!h' 2 6
# '!H' 2 6
# '!i' 4 12
# '!I' 4 12
# '!l' 4 12
# '!L' 4 12
# '!q' 8 24
# '!Q' 8 24
# '!n' error bad char in struct format
# '!N' error bad char in struct format
# '!e' 2 6
# '!f' 4 12
# '!d' 8 24
# '!s' 1 3
# '!p' 1 3
# '!P' error bad char in struct format
# @c b'z' (b'z',)
# @b b'\x9c' (-100,)
# @B b'\xc8' (200,)
# @? b'\x01' (True,)
# @h b'\xd0\x8a' (-30000,)
# @H b'`\xea' (60000,)
# @i b'\x00\x00\x00\x80' (-2147483648,)
# @I b'\xff\xff\xff\xff' (4294967295,)
# @l b'\xfb\xff\xff\xff\xff\xff\xff\xff' (-5,)
# @L b'\x07\x00\x00\x00\x00\x00\x00\x00' (7,)
# @q b'\x00\x00\x00\x00\x00\x00\x00\x80' (-9223372036854775808,)
# @Q b'\xff\xff\xff\xff\xff\xff\xff\xff' (18446744073709551615,)
# @n b'\xf7\xff\xff\xff\xff\xff\xff\xff' (-9,)
# @N b'\t\x00\x00\x00\x00\x00\x00\x00' (9,)
# @e b'\x00>' (1.5,)
# @f b'\x00\x00\x80\xbe' (-0.25,)
# @d b'\x9cu\x00\x88<\xe47~' (1e+300,)
# @s b'h' (b'h',)
# @p b'\x00' (b'',)
# @P b'\x00\x10\x00\x00\x00\x00\x00\x00' (4096,)
# <c b'z' (b'z',)
# <b b'\x9c' (-100,)
# <B b'\xc8' (200,)
# <? b'\x01' (True,)
# <h b'\xd0\x8a' (-30000,)
# <H b'`\xea' (60000,)
# <i b'\x00\x00\x00\x80' (-2147483648,)
# <I b'\xff\xff\xff\xff' (4294967295,)
# <l b'\xfb\xff\xff\xff' (-5,)
# <L b'\x07\x00\x00\x00' (7,)
# <q b'\x00\x00\x00\x00\x00\x00\x00\x80' (-9223372036854775808,)
# <Q b'\xff\xff\xff\xff\xff\xff\xff\xff' (18446744073709551615,)
# <n error bad char in struct format
# <N error bad char in struct format
# <e b'\x00>' (1.5,)
# <f b'\x00\x00\x80\xbe' (-0.25,)
# <d b'\x9cu\x00\x88<\xe47~' (1e+300,)
# <s b'h' (b'h',)
# <p b'\x00' (b'',)
# <P error bad char in struct format
# >c b'z' (b'z',)
# >b b'\x9c' (-100,)
# >B b'\xc8' (200,)
# >? b'\x01' (True,)
# >h b'\x8a\xd0' (-30000,)
# >H b'\xea`' (60000,)
# >i b'\x80\x00\x00\x00' (-2147483648,)
# >I b'\xff\xff\xff\xff' (4294967295,)
# >l b'\xff\xff\xff\xfb' (-5,)
# >L b'\x00\x00\x00\x07' (7,)
# >q b'\x80\x00\x00\x00\x00\x00\x00\x00' (-9223372036854775808,)
# >Q b'\xff\xff\xff\xff\xff\xff\xff\xff' (18446744073709551615,)
# >n error bad char in struct format
# >N error bad char in struct format
# >e b'>\x00' (1.5,)
# >f b'\xbe\x80\x00\x00' (-0.25,)
# >d b'~7\xe4<\x88\x00u\x9c' (1e+300,)
# >s b'h' (b'h',)
# >p b'\x00' (b'',)
# >P error bad char in struct format
# =c b'z' (b'z',)
# =b b'\x9c' (-100,)
# =B b'\xc8' (200,)
# =? b'\x01' (True,)
# =h b'\xd0\x8a' (-30000,)
# =H b'`\xea' (60000,)
# =i b'\x00\x00\x00\x80' (-2147483648,)
# =I b'\xff\xff\xff\xff' (4294967295,)
# =l b'\xfb\xff\xff\xff' (-5,)
# =L b'\x07\x00\x00\x00' (7,)
# =q b'\x00\x00\x00\x00\x00\x00\x00\x80' (-9223372036854775808,)
# =Q b'\xff\xff\xff\xff\xff\xff\xff\xff' (18446744073709551615,)
# =n error bad char in struct format
# =N error bad char in struct format
# =e b'\x00>' (1.5,)
# =f b'\x00\x00\x80\xbe' (-0.25,)
# =d b'\x9cu\x00\x88<\xe47~' (1e+300,)
# =s b'h' (b'h',)
# =p b'\x00' (b'',)
# =P error bad char in struct format
# !c b'z' (b'z',)
# !b b'\x9c' (-100,)
# !B b'\xc8' (200,)
# !? b'\x01' (True,)
# !h b'\x8a\xd0' (-30000,)
# !H b'\xea`' (60000,)
# !i b'\x80\x00\x00\x00' (-2147483648,)
# !I b'\xff\xff\xff\xff' (4294967295,)
# !l b'\xff\xff\xff\xfb' (-5,)
# !L b'\x00\x00\x00\x07' (7,)
# !q b'\x80\x00\x00\x00\x00\x00\x00\x00' (-9223372036854775808,)
# !Q b'\xff\xff\xff\xff\xff\xff\xff\xff' (18446744073709551615,)
# !n error bad char in struct format
# !N error bad char in struct format
# !e b'>\x00' (1.5,)
# !f b'\xbe\x80\x00\x00' (-0.25,)
# !d b'~7\xe4<\x88\x00u\x9c' (1e+300,)
# !s b'h' (b'h',)
# !p b'\x00' (b'',)
# !P error bad char in struct format
# b'a\x00\x00\x00\x01\x00\x00\x00' b'\x01\x00\x00\x00a' b'a\x00\x00\x00\x00\x00\x00\x00'
# b'\x01\x00\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00' 16 15
# b'\x01\x00\x02\x00\x03\x00\x00\x00\x01\x00' b'ab\x00' b'' b'\x02ab\x00\x00'
# b'\xff{\x00\x80' b'\x00\x01' b'U5'
# (inf, -inf, 5.960464477539063e-08, 65504.0)
# b'\x00h\x02h\x00\x06'
# b'\xff\xff\x7f\x7f' b'\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x00\x80'
# (0.10000000149011612,) (inf,)
# b'\x05\x00\x00\x00' b'\x01\x00\x00\x00\x02\x00' 8
# b'\x00' b'\x01' (True,) (False, True, True)
# b'\x01\x00\x00\x00\x00\x00\x00\x00' b'\xff\xff\xff\xff\xff\xff\xff\xff' (9223372036854775808,)
# b',\x01' b'\x00\x00\x96C' b'\x00\x00\x00\x00\x00\x00\x04@' b'@V'
# b'b' b'\x00' (b'ab',)
# b'' b'\x01\x00\x00\x00' (b'',) b'\xffxx' (b'\x01\x02',)
