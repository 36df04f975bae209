# int() of pseudo-random strings in bases 0, 2, 3, 8, 10, 16, 36 (prefixes,
# underscores, signs, spaces) with its ValueError messages, and the bit
# operations, divisions, rounding and byte conversions of big ints.
M = (1 << 64) - 1
st = [31337]
def rnd():
    x = st[0]; x ^= (x << 13) & M; x ^= x >> 7; x ^= (x << 17) & M; st[0] = x; return x
pieces = ['0', '1', '7', '9', 'a', 'f', 'z', 'x', 'o', 'b', '_', ' ', '-', '+', 'X', 'B', '0x', '0o', '0b', 'g']
for i in range(600):
    s = ''.join(pieces[rnd() % len(pieces)] for _ in range(rnd() % 6 + 1))
    base = [0, 2, 8, 10, 16, 36, 3][rnd() % 7]
    try: r = repr(int(s, base))
    except ValueError as e: r = 'VE ' + str(e)
    print(repr(s), base, r)
for i in range(60):
    n = rnd() * rnd() * (rnd() or 1) >> (rnd() % 100)
    if rnd() & 1: n = -n
    print(n, hex(n), oct(n), bin(n)[:40], n.bit_length(), n.bit_count(), n // 7, n % -13, divmod(n, 97), n >> 3, n << 5, n & 0xffff, n ^ -1, -n, abs(n), round(n, -5), str(n)[::-1][:10], n.to_bytes(40, 'big', signed=True).hex()[:20], int.from_bytes(n.to_bytes(40, 'little', signed=True), 'little', signed=True) == n)

# Output:
# '-0x' 3 VE invalid literal for int() with base 3: '-0x'
# 'z9' 0 VE invalid literal for int() with base 0: 'z9'
# '+-0' 2 VE invalid literal for int() with base 2: '+-0'
# '0o-' 10 VE invalid literal for int() with base 10: '0o-'
# '_' 8 VE invalid literal for int() with base 8: '_'
# '90o' 36 11688
# '7f99' 2 VE invalid literal for int() with base 2: '7f99'
# 'a' 2 VE invalid literal for int() with base 2: 'a'
# 'z+00x' 2 VE invalid literal for int() with base 2: 'z+00x'
# 'f' 16 15
# 'a' 36 10
# 'z+7' 16 VE invalid literal for int() with base 16: 'z+7'
# 'a' 8 VE invalid literal for int() with base 8: 'a'
# '+z01a9' 36 58788225
# '0x-0bg0a' 36 VE invalid literal for int() with base 36: '0x-0bg0a'
# '00bab0' 10 VE invalid literal for int() with base 10: '00bab0'
# 'xf+' 36 VE invalid literal for int() with base 36: 'xf+'
# 'fx' 8 VE invalid literal for int() with base 8: 'fx'
# '9 0b +0o' 0 VE invalid literal for int() with base 0: '9 0b +0o'
# '_' 36 VE invalid literal for int() with base 36: '_'
# ' 0xX71' 2 VE invalid literal for int() with base 2: ' 0xX71'
# '1o' 0 VE invalid literal for int() with base 0: '1o'
# '9' 0 9
# 'Xf0z9' 36 56128437
# '0oa0o7' 16 VE invalid literal for int() with base 16: '0oa0o7'
# '-g-_9' 36 VE invalid literal for int() with base 36: '-g-_9'
# 'fz7f' 3 VE invalid literal for int() with base 3: 'fz7f'
# '09z+b' 2 VE invalid literal for int() with base 2: '09z+b'
# 'Xo0' 10 VE invalid literal for int() with base 10: 'Xo0'
# '+7B_17' 16 31511
# 'g_z' 3 VE invalid literal for int() with base 3: 'g_z'
# '0gzgx ' 3 VE invalid literal for int() with base 3: '0gzgx '
# '0o10b' 8 VE invalid literal for int() with base 8: '0o10b'
# '0b10bob+' 8 VE invalid literal for int() with base 8: '0b10bob+'
# '-ag' 3 VE invalid literal for int() with base 3: '-ag'
# 'a' 10 VE invalid literal for int() with base 10: 'a'
# 'B' 16 11
# 'a0b ' 2 VE invalid literal for int() with base 2: 'a0b '
# 'BB' 36 407
# 'X0oB B' 0 VE invalid literal for int() with base 0: 'X0oB B'
# 'g' 8 VE invalid literal for int() with base 8: 'g'
# '0b0o' 2 VE invalid literal for int() with base 2: '0b0o'
# '0+z9B' 0 VE invalid literal for int() with base 0: '0+z9B'
# 'gBB' 36 21143
# '0ba0b B' 3 VE invalid literal for int() with base 3: '0ba0b B'
# 'oXggo' 2 VE invalid literal for int() with base 2: 'oXggo'
# '0xo7-X' 8 VE invalid literal for int() with base 8: '0xo7-X'
# 'x9+9z7' 10 VE invalid literal for int() with base 10: 'x9+9z7'
# '0b' 36 11
# 'X9+aoX' 10 VE invalid literal for int() with base 10: 'X9+aoX'
# 'zf0xf' 8 VE invalid literal for int() with base 8: 'zf0xf'
# '9' 2 VE invalid literal for int() with base 2: '9'
# 'o0o7-b' 16 VE invalid literal for int() with base 16: 'o0o7-b'
# 'f' 2 VE invalid literal for int() with base 2: 'f'
# '0og' 16 VE invalid literal for int() with base 16: '0og'
# 'B0x_X9' 16 VE invalid literal for int() with base 16: 'B0x_X9'
# 'g' 3 VE invalid literal for int() with base 3: 'g'
# '0x' 10 VE invalid literal for int() with base 10: '0x'
# 'z+X1Bf' 16 VE invalid literal for int() with base 16: 'z+X1Bf'
# '0x9' 0 9
# '_bz1' 36 VE invalid literal for int() with base 36: '_bz1'
# 'z+' 0 VE invalid literal for int() with base 0: 'z+'
# 'aXb7fb' 3 VE invalid literal for int() with base 3: 'aXb7fb'
# '0bb 0o0o' 8 VE invalid literal for int() with base 8: '0bb 0o0o'
# ' +0bX_g' 10 VE invalid literal for int() with base 10: ' +0bX_g'
# '0o0ba0ofB' 8 VE invalid literal for int() with base 8: '0o0ba0ofB'
# 'b0o' 10 VE invalid literal for int() with base 10: 'b0o'
# 'aa0b7b+' 3 VE invalid literal for int() with base 3: 'aa0b7b+'
# '9' 0 9
# 'g' 16 VE invalid literal for int() with base 16: 'g'
# '+bb1b' 10 VE invalid literal for int() with base 10: '+bb1b'
# '70xbf' 3 VE invalid literal for int() with base 3: '70xbf'
# '7x__0o' 2 VE invalid literal for int() with base 2: '7x__0o'
# '90XB1' 36 15159709
# 'g' 16 VE invalid literal for int() with base 16: 'g'
# 'g0xB7' 36 26917027
# '9xa- ' 8 VE invalid literal for int() with base 8: '9xa- '
# 'o0oX' 3 VE invalid literal for int() with base 3: 'o0oX'
# '0x0' 3 VE invalid literal for int() with base 3: '0x0'
# 'B' 2 VE invalid literal for int() with base 2: 'B'
# 'B7X' 16 VE invalid literal for int() with base 16: 'B7X'
# 'xga_9_' 0 VE invalid literal for int() with base 0: 'xga_9_'
# 'x' 36 33
# 'af' 36 375
# 'Xggbb' 16 VE invalid literal for int() with base 16: 'Xggbb'
# '0b-B' 2 VE invalid literal for int() with base 2: '0b-B'
# 'z0b01f_' 8 VE invalid literal for int() with base 8: 'z0b01f_'
# '-X10x' 16 VE invalid literal for int() with base 16: '-X10x'
# '10f77-' 8 VE invalid literal for int() with base 8: '10f77-'
# 'z+_9gg' 3 VE invalid literal for int() with base 3: 'z+_9gg'
# '+ 99a' 10 VE invalid literal for int() with base 10: '+ 99a'
# 'bx' 36 429
# '1' 8 1
# '0bxg' 2 VE invalid literal for int() with base 2: '0bxg'
# '+' 10 VE invalid literal for int() with base 10: '+'
# 'bx70o' 3 VE invalid literal for int() with base 3: 'bx70o'
# 'gz' 10 VE invalid literal for int() with base 10: 'gz'
# '_7-' 8 VE invalid literal for int() with base 8: '_7-'
# 'za0boz' 36 2133127475
# 'bgo-f' 2 VE invalid literal for int() with base 2: 'bgo-f'
# '0o_xX' 3 VE invalid literal for int() with base 3: '0o_xX'
# '9' 10 9
# '790x0b0b0' 10 VE invalid literal for int() with base 10: '790x0b0b0'
# '-_0B0b1' 3 VE invalid literal for int() with base 3: '-_0B0b1'
# 'o' 0 VE invalid literal for int() with base 0: 'o'
# '7 o' 8 VE invalid literal for int() with base 8: '7 o'
# 'Xf0x_-o' 3 VE invalid literal for int() with base 3: 'Xf0x_-o'
# '0zf_+0b' 2 VE invalid literal for int() with base 2: '0zf_+0b'
# 'o0x0o7' 8 VE invalid literal for int() with base 8: 'o0x0o7'
# 'ob_ B' 8 VE invalid literal for int() with base 8: 'ob_ B'
# 'g0x_0b' 16 VE invalid literal for int() with base 16: 'g0x_0b'
# '0b' 0 VE invalid literal for int() with base 0: '0b'
# 'Xa b_1' 16 VE invalid literal for int() with base 16: 'Xa b_1'
# 'X_x ' 3 VE invalid literal for int() with base 3: 'X_x '
# 'zg1' 8 VE invalid literal for int() with base 8: 'zg1'
# '0bfBg' 0 VE invalid literal for int() with base 0: '0bfBg'
# '070oaz' 16 VE invalid literal for int() with base 16: '070oaz'
# 'oX7_o0b' 16 VE invalid literal for int() with base 16: 'oX7_o0b'
# 'azo' 36 14244
# '+x0o9' 10 VE invalid literal for int() with base 10: '+x0o9'
# '0fx0o0bB' 8 VE invalid literal for int() with base 8: '0fx0o0bB'
# '0xB 0xo' 2 VE invalid literal for int() with base 2: '0xB 0xo'
# '1o0o' 3 VE invalid literal for int() with base 3: '1o0o'
# '1' 16 1
# 'b - 0oo' 10 VE invalid literal for int() with base 10: 'b - 0oo'
# '-X1 0o' 0 VE invalid literal for int() with base 0: '-X1 0o'
# '0b' 16 11
# '+' 3 VE invalid literal for int() with base 3: '+'
# '0bb o' 16 VE invalid literal for int() with base 16: '0bb o'
# 'g-f0x0b' 2 VE invalid literal for int() with base 2: 'g-f0x0b'
# '9zB' 8 VE invalid literal for int() with base 8: '9zB'
# '0b' 2 VE invalid literal for int() with base 2: '0b'
# '0' 10 0
# 'bx1g 0o' 36 VE invalid literal for int() with base 36: 'bx1g 0o'
# '0x1' 3 VE invalid literal for int() with base 3: '0x1'
# '0xax7x0b' 3 VE invalid literal for int() with base 3: '0xax7x0b'
# ' 099' 36 333
# 'bX10o0b' 16 VE invalid literal for int() with base 16: 'bX10o0b'
# '9+__' 2 VE invalid literal for int() with base 2: '9+__'
# 'b0' 2 VE invalid literal for int() with base 2: 'b0'
# '99o' 8 VE invalid literal for int() with base 8: '99o'
# 'Xxb0x' 16 VE invalid literal for int() with base 16: 'Xxb0x'
# '0o0b0b' 8 VE invalid literal for int() with base 8: '0o0b0b'
# '0x' 10 VE invalid literal for int() with base 10: '0x'
# '7az-' 8 VE invalid literal for int() with base 8: '7az-'
# '-zx_' 36 VE invalid literal for int() with base 36: '-zx_'
# 'z' 36 35
# 'xbBB' 2 VE invalid literal for int() with base 2: 'xbBB'
# 'xB -' 36 VE invalid literal for int() with base 36: 'xB -'
# 'o' 36 24
# 'X0b' 3 VE invalid literal for int() with base 3: 'X0b'
# '_b0bo7' 10 VE invalid literal for int() with base 10: '_b0bo7'
# '0b_-' 3 VE invalid literal for int() with base 3: '0b_-'
# ' b1' 2 VE invalid literal for int() with base 2: ' b1'
# 'o+' 10 VE invalid literal for int() with base 10: 'o+'
# '710_' 10 VE invalid literal for int() with base 10: '710_'
# 'xox0' 0 VE invalid literal for int() with base 0: 'xox0'
# '--' 0 VE invalid literal for int() with base 0: '--'
# ' +' 3 VE invalid literal for int() with base 3: ' +'
# '0f+' 3 VE invalid literal for int() with base 3: '0f+'
# '0' 3 0
# '1x+_+g' 36 VE invalid literal for int() with base 36: '1x+_+g'
# '-zB0o0' 10 VE invalid literal for int() with base 10: '-zB0o0'
# 'ga0b9Ba' 36 35433704422
# '0+0b0' 0 VE invalid literal for int() with base 0: '0+0b0'
# 'fz X7' 3 VE invalid literal for int() with base 3: 'fz X7'
# 'f9790' 0 VE invalid literal for int() with base 0: 'f9790'
# 'fa0b' 36 712811
# '0o' 16 VE invalid literal for int() with base 16: '0o'
# '1_z0o0b' 16 VE invalid literal for int() with base 16: '1_z0o0b'
# 'g_' 2 VE invalid literal for int() with base 2: 'g_'
# 'ox-_0o' 0 VE invalid literal for int() with base 0: 'ox-_0o'
# '71' 3 VE invalid literal for int() with base 3: '71'
# '_0x 1' 16 VE invalid literal for int() with base 16: '_0x 1'
# 'f ' 36 15
# 'x' 2 VE invalid literal for int() with base 2: 'x'
# '0x77' 10 VE invalid literal for int() with base 10: '0x77'
# '1' 8 1
# '0bB_' 36 VE invalid literal for int() with base 36: '0bB_'
# 'b' 10 VE invalid literal for int() with base 10: 'b'
# '-' 8 VE invalid literal for int() with base 8: '-'
# '-00xX0x' 0 VE invalid literal for int() with base 0: '-00xX0x'
# 'bx10b' 8 VE invalid literal for int() with base 8: 'bx10b'
# '0oa_Xf-' 3 VE invalid literal for int() with base 3: '0oa_Xf-'
# '-1 z' 2 VE invalid literal for int() with base 2: '-1 z'
# '__0' 8 VE invalid literal for int() with base 8: '__0'
# '+B-' 2 VE invalid literal for int() with base 2: '+B-'
# ' fXf' 10 VE invalid literal for int() with base 10: ' fXf'
# 'Xo0Bx' 3 VE invalid literal for int() with base 3: 'Xo0Bx'
# '_X-' 8 VE invalid literal for int() with base 8: '_X-'
# 'z+09z' 36 VE invalid literal for int() with base 36: 'z+09z'
# '9+fxf' 8 VE invalid literal for int() with base 8: '9+fxf'
# 'bg+x' 16 VE invalid literal for int() with base 16: 'bg+x'
# 'agxazo' 3 VE invalid literal for int() with base 3: 'agxazo'
# '9' 16 9
# '0o 0bfg' 36 VE invalid literal for int() with base 36: '0o 0bfg'
# '0ob' 10 VE invalid literal for int() with base 10: '0ob'
# '07' 2 VE invalid literal for int() with base 2: '07'
# 'x-o' 36 VE invalid literal for int() with base 36: 'x-o'
# ' ' 2 VE invalid literal for int() with base 2: ' '
# '0b_ff' 0 VE invalid literal for int() with base 0: '0b_ff'
# '0x' 10 VE invalid literal for int() with base 10: '0x'
# '0g0x' 2 VE invalid literal for int() with base 2: '0g0x'
# '+xb-x' 16 VE invalid literal for int() with base 16: '+xb-x'
# '0bB' 16 187
# 'b70' 3 VE invalid literal for int() with base 3: 'b70'
# ' 0xf' 8 VE invalid literal for int() with base 8: ' 0xf'
# 'Xg 7' 36 VE invalid literal for int() with base 36: 'Xg 7'
# 'o' 10 VE invalid literal for int() with base 10: 'o'
# '9' 0 9
# '_7zb 0x' 10 VE invalid literal for int() with base 10: '_7zb 0x'
# '1' 3 1
# 'o z' 0 VE invalid literal for int() with base 0: 'o z'
# '_' 2 VE invalid literal for int() with base 2: '_'
# 'x0b' 3 VE invalid literal for int() with base 3: 'x0b'
# 'o Bb' 2 VE invalid literal for int() with base 2: 'o Bb'
# '1bBz0o' 16 VE invalid literal for int() with base 16: '1bBz0o'
# '+' 0 VE invalid literal for int() with base 0: '+'
# 'x' 2 VE invalid literal for int() with base 2: 'x'
# '0x+1 ' 0 VE invalid literal for int() with base 0: '0x+1 '
# 'o 7 0x' 2 VE invalid literal for int() with base 2: 'o 7 0x'
# 'x-Xf+' 36 VE invalid literal for int() with base 36: 'x-Xf+'
# 'Xf0o' 16 VE invalid literal for int() with base 16: 'Xf0o'
# ' z' 36 35
# '-11X0o' 0 VE invalid literal for int() with base 0: '-11X0o'
# 'zb70o' 36 59308872
# 'bf' 2 VE invalid literal for int() with base 2: 'bf'
# '_' 10 VE invalid literal for int() with base 10: '_'
# 'a9' 16 169
# '+0x0' 3 VE invalid literal for int() with base 3: '+0x0'
# '0o1o791' 0 VE invalid literal for int() with base 0: '0o1o791'
# 'z70_' 16 VE invalid literal for int() with base 16: 'z70_'
# 'f0xo90' 10 VE invalid literal for int() with base 10: 'f0xo90'
# '_9-a' 36 VE invalid literal for int() with base 36: '_9-a'
# 'X7g' 16 VE invalid literal for int() with base 16: 'X7g'
# 'gzx' 8 VE invalid literal for int() with base 8: 'gzx'
# 'gz7+bg' 0 VE invalid literal for int() with base 0: 'gz7+bg'
# '_zb090b' 10 VE invalid literal for int() with base 10: '_zb090b'
# '-x' 36 -33
# 'Xg++' 36 VE invalid literal for int() with base 36: 'Xg++'
# 'BaB0bff' 16 195759103
# 'B' 2 VE invalid literal for int() with base 2: 'B'
# 'f7B_z' 0 VE invalid literal for int() with base 0: 'f7B_z'
# ' ' 0 VE invalid literal for int() with base 0: ' '
# 'X' 0 VE invalid literal for int() with base 0: 'X'
# '0_x0b-' 2 VE invalid literal for int() with base 2: '0_x0b-'
# '0o' 16 VE invalid literal for int() with base 16: '0o'
# '_' 36 VE invalid literal for int() with base 36: '_'
# 'go0b_0o_' 36 VE invalid literal for int() with base 36: 'go0b_0o_'
# '9x197+' 16 VE invalid literal for int() with base 16: '9x197+'
# 'Bg99' 8 VE invalid literal for int() with base 8: 'Bg99'
# ' 0o' 0 VE invalid literal for int() with base 0: ' 0o'
# '0ob9' 16 VE invalid literal for int() with base 16: '0ob9'
# 'x0b0x' 10 VE invalid literal for int() with base 10: 'x0b0x'
# 'bz_xf' 3 VE invalid literal for int() with base 3: 'bz_xf'
# 'X10x0o' 0 VE invalid literal for int() with base 0: 'X10x0o'
# 'x1g' 8 VE invalid literal for int() with base 8: 'x1g'
# 'b--' 3 VE invalid literal for int() with base 3: 'b--'
# 'x+g' 2 VE invalid literal for int() with base 2: 'x+g'
# '0' 10 0
# 'XX00oxa' 36 73829233198
# 'b7' 2 VE invalid literal for int() with base 2: 'b7'
# 'gg0_' 16 VE invalid literal for int() with base 16: 'gg0_'
# 'f7g' 0 VE invalid literal for int() with base 0: 'f7g'
# '0f X__' 0 VE invalid literal for int() with base 0: '0f X__'
# 'x1' 8 VE invalid literal for int() with base 8: 'x1'
# 'b70xx' 2 VE invalid literal for int() with base 2: 'b70xx'
# 'zzx_' 36 VE invalid literal for int() with base 36: 'zzx_'
# 'xXao' 3 VE invalid literal for int() with base 3: 'xXao'
# '0bo' 8 VE invalid literal for int() with base 8: '0bo'
# '99B' 10 VE invalid literal for int() with base 10: '99B'
# 'Xa0' 10 VE invalid literal for int() with base 10: 'Xa0'
# 'o1b0o7' 0 VE invalid literal for int() with base 0: 'o1b0o7'
# '0x0-1+' 3 VE invalid literal for int() with base 3: '0x0-1+'
# 'o_+' 3 VE invalid literal for int() with base 3: 'o_+'
# '9+gaf' 3 VE invalid literal for int() with base 3: '9+gaf'
# 'f ' 2 VE invalid literal for int() with base 2: 'f '
# 'o+' 36 VE invalid literal for int() with base 36: 'o+'
# 'x0x0b' 3 VE invalid literal for int() with base 3: 'x0x0b'
# '+bb9' 16 3001
# 'Bgx0o-' 36 VE invalid literal for int() with base 36: 'Bgx0o-'
# ' ' 2 VE invalid literal for int() with base 2: ' '
# 'z_0ox0x-' 3 VE invalid literal for int() with base 3: 'z_0ox0x-'
# '0x+g+-' 36 VE invalid literal for int() with base 36: '0x+g+-'
# 'z-9+1' 36 VE invalid literal for int() with base 36: 'z-9+1'
# '0BB0x' 16 VE invalid literal for int() with base 16: '0BB0x'
# 'f' 3 VE invalid literal for int() with base 3: 'f'
# 'xBfB' 2 VE invalid literal for int() with base 2: 'xBfB'
# 'Xo0b' 16 VE invalid literal for int() with base 16: 'Xo0b'
# '0o' 0 VE invalid literal for int() with base 0: '0o'
# '+z' 8 VE invalid literal for int() with base 8: '+z'
# '0o0x11' 10 VE invalid literal for int() with base 10: '0o0x11'
# 'f9x' 0 VE invalid literal for int() with base 0: 'f9x'
# 'zbz0x' 3 VE invalid literal for int() with base 3: 'zbz0x'
# '9gzz' 0 VE invalid literal for int() with base 0: '9gzz'
# 'fB+' 10 VE invalid literal for int() with base 10: 'fB+'
# 'X-0o+' 16 VE invalid literal for int() with base 16: 'X-0o+'
# '0x' 10 VE invalid literal for int() with base 10: '0x'
# 'g' 10 VE invalid literal for int() with base 10: 'g'
# 'Bf000x ' 8 VE invalid literal for int() with base 8: 'Bf000x '
# 'a_zXx ' 10 VE invalid literal for int() with base 10: 'a_zXx '
# '11a' 10 VE invalid literal for int() with base 10: '11a'
# '9-xx ' 0 VE invalid literal for int() with base 0: '9-xx '
# '+7o9' 0 VE invalid literal for int() with base 0: '+7o9'
# ' X' 10 VE invalid literal for int() with base 10: ' X'
# 'BX_+' 0 VE invalid literal for int() with base 0: 'BX_+'
# 'ox' 16 VE invalid literal for int() with base 16: 'ox'
# 'z90o0x' 3 VE invalid literal for int() with base 3: 'z90o0x'
# 'o7' 36 871
# '+a0o' 0 VE invalid literal for int() with base 0: '+a0o'
# 'b1oB-' 0 VE invalid literal for int() with base 0: 'b1oB-'
# '91' 2 VE invalid literal for int() with base 2: '91'
# 'ba' 0 VE invalid literal for int() with base 0: 'ba'
# 'g0o10x9B' 8 VE invalid literal for int() with base 8: 'g0o10x9B'
# 'axff+' 36 VE invalid literal for int() with base 36: 'axff+'
# '_0x 9++' 36 VE invalid literal for int() with base 36: '_0x 9++'
# 'B 90o' 8 VE invalid literal for int() with base 8: 'B 90o'
# '1170b' 36 1735355
# '-' 16 VE invalid literal for int() with base 16: '-'
# '7x0b' 3 VE invalid literal for int() with base 3: '7x0b'
# '7fg' 3 VE invalid literal for int() with base 3: '7fg'
# '_' 36 VE invalid literal for int() with base 36: '_'
# ' _x+x' 16 VE invalid literal for int() with base 16: ' _x+x'
# '+ _7z0' 3 VE invalid literal for int() with base 3: '+ _7z0'
# 'z_--' 10 VE invalid literal for int() with base 10: 'z_--'
# 'b' 0 VE invalid literal for int() with base 0: 'b'
# 'gf0bga' 10 VE invalid literal for int() with base 10: 'gf0bga'
# '0xf' 3 VE invalid literal for int() with base 3: '0xf'
# 'Bg0' 8 VE invalid literal for int() with base 8: 'Bg0'
# '_' 3 VE invalid literal for int() with base 3: '_'
# 'B0x0z0B' 16 VE invalid literal for int() with base 16: 'B0x0z0B'
# '_aB 0x' 10 VE invalid literal for int() with base 10: '_aB 0x'
# 'o' 3 VE invalid literal for int() with base 3: 'o'
# '70oBg0' 10 VE invalid literal for int() with base 10: '70oBg0'
# '-oof0b ' 36 -41449979
# 'b ' 10 VE invalid literal for int() with base 10: 'b '
# '0b-' 36 VE invalid literal for int() with base 36: '0b-'
# 'fg1z ' 10 VE invalid literal for int() with base 10: 'fg1z '
# '-aB' 36 -371
# 'xo+7-' 10 VE invalid literal for int() with base 10: 'xo+7-'
# ' X7' 10 VE invalid literal for int() with base 10: ' X7'
# 'Bobxzg' 8 VE invalid literal for int() with base 8: 'Bobxzg'
# 'fbbg' 10 VE invalid literal for int() with base 10: 'fbbg'
# 'fB00b0' 16 16449712
# ' ' 16 VE invalid literal for int() with base 16: ' '
# 'a+-' 8 VE invalid literal for int() with base 8: 'a+-'
# 'x9' 2 VE invalid literal for int() with base 2: 'x9'
# 'B-g0b0xB' 0 VE invalid literal for int() with base 0: 'B-g0b0xB'
# '7' 16 7
# '9' 3 VE invalid literal for int() with base 3: '9'
# '+b zx' 16 VE invalid literal for int() with base 16: '+b zx'
# 'xx' 36 1221
# 'f9a9 -' 16 VE invalid literal for int() with base 16: 'f9a9 -'
# '9+_a+' 36 VE invalid literal for int() with base 36: '9+_a+'
# 'f' 16 15
# 'a9+' 8 VE invalid literal for int() with base 8: 'a9+'
# ' 0xa7_' 8 VE invalid literal for int() with base 8: ' 0xa7_'
# '0x+-_z' 16 VE invalid literal for int() with base 16: '0x+-_z'
# 'o7zB' 2 VE invalid literal for int() with base 2: 'o7zB'
# 'b-' 36 VE invalid literal for int() with base 36: 'b-'
# 'oXg0_' 0 VE invalid literal for int() with base 0: 'oXg0_'
# 'fBg' 3 VE invalid literal for int() with base 3: 'fBg'
# '10x0x' 16 VE invalid literal for int() with base 16: '10x0x'
# 'gzz' 8 VE invalid literal for int() with base 8: 'gzz'
# 'bb+xo' 8 VE invalid literal for int() with base 8: 'bb+xo'
# 'x' 36 33
# '0o- ' 36 VE invalid literal for int() with base 36: '0o- '
# 'b' 10 VE invalid literal for int() with base 10: 'b'
# '7a0x' 36 339585
# '0o0o-' 3 VE invalid literal for int() with base 3: '0o0o-'
# '0b9X' 3 VE invalid literal for int() with base 3: '0b9X'
# '1-faB' 8 VE invalid literal for int() with base 8: '1-faB'
# 'a' 2 VE invalid literal for int() with base 2: 'a'
# '0z_-b' 3 VE invalid literal for int() with base 3: '0z_-b'
# '9ax' 16 VE invalid literal for int() with base 16: '9ax'
# '0b' 8 VE invalid literal for int() with base 8: '0b'
# 'zf0b71B' 2 VE invalid literal for int() with base 2: 'zf0b71B'
# 'o' 16 VE invalid literal for int() with base 16: 'o'
# '00xB' 16 VE invalid literal for int() with base 16: '00xB'
# '+-x' 3 VE invalid literal for int() with base 3: '+-x'
# 'o ' 2 VE invalid literal for int() with base 2: 'o '
# 'oaoa' 36 1133578
# 'f10b' 36 701147
# 'zB' 16 VE invalid literal for int() with base 16: 'zB'
# '7' 16 7
# 'a0o10o' 3 VE invalid literal for int() with base 3: 'a0o10o'
# 'ao' 3 VE invalid literal for int() with base 3: 'ao'
# ' ao0g' 2 VE invalid literal for int() with base 2: ' ao0g'
# 'gB+g' 16 VE invalid literal for int() with base 16: 'gB+g'
# '0x10b 9' 3 VE invalid literal for int() with base 3: '0x10b 9'
# '__fo' 16 VE invalid literal for int() with base 16: '__fo'
# 'B0x0x' 3 VE invalid literal for int() with base 3: 'B0x0x'
# ' B00' 3 VE invalid literal for int() with base 3: ' B00'
# 'f7X' 2 VE invalid literal for int() with base 2: 'f7X'
# '7o0o' 0 VE invalid literal for int() with base 0: '7o0o'
# '0ogo' 0 VE invalid literal for int() with base 0: '0ogo'
# '-xb+X' 2 VE invalid literal for int() with base 2: '-xb+X'
# 'gz0xo' 16 VE invalid literal for int() with base 16: 'gz0xo'
# 'aa 0bg1' 3 VE invalid literal for int() with base 3: 'aa 0bg1'
# '0x70b' 10 VE invalid literal for int() with base 10: '0x70b'
# 'B_+_' 10 VE invalid literal for int() with base 10: 'B_+_'
# '0xob' 2 VE invalid literal for int() with base 2: '0xob'
# 'x ' 16 VE invalid literal for int() with base 16: 'x '
# 'Xb-' 16 VE invalid literal for int() with base 16: 'Xb-'
# '0bx7' 10 VE invalid literal for int() with base 10: '0bx7'
# '0+g -0o' 0 VE invalid literal for int() with base 0: '0+g -0o'
# 'g' 8 VE invalid literal for int() with base 8: 'g'
# 'X90bx' 3 VE invalid literal for int() with base 3: 'X90bx'
# '9' 2 VE invalid literal for int() with base 2: '9'
# ' 0x0x_0b0o' 0 VE invalid literal for int() with base 0: ' 0x0x_0b0o'
# '7' 8 7
# 'xz79' 16 VE invalid literal for int() with base 16: 'xz79'
# 'fb1xf' 36 25709955
# '1o0x0x1' 10 VE invalid literal for int() with base 10: '1o0x0x1'
# '79_f' 36 9411
# 'X7B0x-X' 0 VE invalid literal for int() with base 0: 'X7B0x-X'
# '0az' 0 VE invalid literal for int() with base 0: '0az'
# 'gB_' 0 VE invalid literal for int() with base 0: 'gB_'
# 'aB7b9g' 3 VE invalid literal for int() with base 3: 'aB7b9g'
# '090o' 16 VE invalid literal for int() with base 16: '090o'
# '0b1x' 0 VE invalid literal for int() with base 0: '0b1x'
# 'a' 10 VE invalid literal for int() with base 10: 'a'
# 'a' 36 10
# '0ofB0b' 16 VE invalid literal for int() with base 16: '0ofB0b'
# 'g oX0o' 0 VE invalid literal for int() with base 0: 'g oX0o'
# 'X7-' 10 VE invalid literal for int() with base 10: 'X7-'
# '-z' 2 VE invalid literal for int() with base 2: '-z'
# '0x70z' 36 1548755
# '0B 0o' 2 VE invalid literal for int() with base 2: '0B 0o'
# 'zf0oB' 0 VE invalid literal for int() with base 0: 'zf0oB'
# '0bx0xb_ ' 16 VE invalid literal for int() with base 16: '0bx0xb_ '
# '9z9' 8 VE invalid literal for int() with base 8: '9z9'
# 'gxo0a1' 3 VE invalid literal for int() with base 3: 'gxo0a1'
# '0x7 ' 3 VE invalid literal for int() with base 3: '0x7 '
# '+9b+' 36 VE invalid literal for int() with base 36: '+9b+'
# '90b_' 36 VE invalid literal for int() with base 36: '90b_'
# 'b0obo' 16 VE invalid literal for int() with base 16: 'b0obo'
# '7_' 36 VE invalid literal for int() with base 36: '7_'
# '0o' 10 VE invalid literal for int() with base 10: '0o'
# 'bx0x' 36 556017
# 'f7' 0 VE invalid literal for int() with base 0: 'f7'
# '9' 3 VE invalid literal for int() with base 3: '9'
# '1oX' 8 VE invalid literal for int() with base 8: '1oX'
# '7' 16 7
# '01x' 3 VE invalid literal for int() with base 3: '01x'
# 'aa0oX09' 36 22373647641
# '0af0' 0 VE invalid literal for int() with base 0: '0af0'
# 'B0o' 8 VE invalid literal for int() with base 8: 'B0o'
# '__-9bf' 2 VE invalid literal for int() with base 2: '__-9bf'
# '1_XagX' 3 VE invalid literal for int() with base 3: '1_XagX'
# 'o-X' 0 VE invalid literal for int() with base 0: 'o-X'
# '0oa0bXX1' 36 52847994997
# '- f0zx' 3 VE invalid literal for int() with base 3: '- f0zx'
# '0ba' 36 406
# 'Ba' 3 VE invalid literal for int() with base 3: 'Ba'
# '0b9o+' 10 VE invalid literal for int() with base 10: '0b9o+'
# 'o0b' 36 31115
# '0o7za' 10 VE invalid literal for int() with base 10: '0o7za'
# '9z' 36 359
# '_' 0 VE invalid literal for int() with base 0: '_'
# '0ogo+_' 0 VE invalid literal for int() with base 0: '0ogo+_'
# 'fXx' 16 VE invalid literal for int() with base 16: 'fXx'
# '1' 16 1
# '_' 36 VE invalid literal for int() with base 36: '_'
# '0b0ba0o' 16 VE invalid literal for int() with base 16: '0b0ba0o'
# 'g' 8 VE invalid literal for int() with base 8: 'g'
# '0x9Boa0b' 10 VE invalid literal for int() with base 10: '0x9Boa0b'
# '0x' 10 VE invalid literal for int() with base 10: '0x'
# 'zb0' 2 VE invalid literal for int() with base 2: 'zb0'
# '0xB' 8 VE invalid literal for int() with base 8: '0xB'
# 'fB__' 0 VE invalid literal for int() with base 0: 'fB__'
# 'X0b_' 0 VE invalid literal for int() with base 0: 'X0b_'
# '_0o0o_x0o' 0 VE invalid literal for int() with base 0: '_0o0o_x0o'
# '0b+7g9' 3 VE invalid literal for int() with base 3: '0b+7g9'
# 'X0b' 8 VE invalid literal for int() with base 8: 'X0b'
# 'f1b' 10 VE invalid literal for int() with base 10: 'f1b'
# '0' 16 0
# '7' 3 VE invalid literal for int() with base 3: '7'
# '+01' 3 1
# '190ab' 36 2099891
# '+0xX0b ' 3 VE invalid literal for int() with base 3: '+0xX0b '
# '-gg0ozz' 10 VE invalid literal for int() with base 10: '-gg0ozz'
# '0x_Bb-' 0 VE invalid literal for int() with base 0: '0x_Bb-'
# 'X0' 16 VE invalid literal for int() with base 16: 'X0'
# 'X' 16 VE invalid literal for int() with base 16: 'X'
# 'g+g' 0 VE invalid literal for int() with base 0: 'g+g'
# '+B07' 36 14263
# 'zXb' 10 VE invalid literal for int() with base 10: 'zXb'
# '9001' 3 VE invalid literal for int() with base 3: '9001'
# 'xXb0 ' 16 VE invalid literal for int() with base 16: 'xXb0 '
# ' -0xf0x ' 10 VE invalid literal for int() with base 10: ' -0xf0x '
# 'X' 3 VE invalid literal for int() with base 3: 'X'
# 'X100oxx' 0 VE invalid literal for int() with base 0: 'X100oxx'
# '0o0170o+' 3 VE invalid literal for int() with base 3: '0o0170o+'
# ' aB' 16 171
# 'B1b0ba' 3 VE invalid literal for int() with base 3: 'B1b0ba'
# 'ga0o9' 16 VE invalid literal for int() with base 16: 'ga0o9'
# 'b-ax' 36 VE invalid literal for int() with base 36: 'b-ax'
# '0o+7071' 2 VE invalid literal for int() with base 2: '0o+7071'
# '0ogz0b' 3 VE invalid literal for int() with base 3: '0ogz0b'
# 'azx_' 10 VE invalid literal for int() with base 10: 'azx_'
# 'B-' 10 VE invalid literal for int() with base 10: 'B-'
# ' o -7-' 2 VE invalid literal for int() with base 2: ' o -7-'
# 'g00' 0 VE invalid literal for int() with base 0: 'g00'
# 'Bx-Bx' 10 VE invalid literal for int() with base 10: 'Bx-Bx'
# 'zX' 0 VE invalid literal for int() with base 0: 'zX'
# 'zx' 36 1293
# '0x_9f_' 2 VE invalid literal for int() with base 2: '0x_9f_'
# 'ag0b' 8 VE invalid literal for int() with base 8: 'ag0b'
# 'f' 16 15
# '0bzb0_0x' 16 VE invalid literal for int() with base 16: '0bzb0_0x'
# 'B' 2 VE invalid literal for int() with base 2: 'B'
# 'g' 36 16
# '77' 8 63
# '90x-+z' 3 VE invalid literal for int() with base 3: '90x-+z'
# '_o-fXa' 36 VE invalid literal for int() with base 36: '_o-fXa'
# '7xb0bo' 16 VE invalid literal for int() with base 16: '7xb0bo'
# '-o0b0 ' 36 -1120140
# 'baza' 2 VE invalid literal for int() with base 2: 'baza'
# '0o' 2 VE invalid literal for int() with base 2: '0o'
# '_9a0o0x' 0 VE invalid literal for int() with base 0: '_9a0o0x'
# 'B' 2 VE invalid literal for int() with base 2: 'B'
# '0bB-' 10 VE invalid literal for int() with base 10: '0bB-'
# '+z0o' 36 45384
# '0o90b0x' 0 VE invalid literal for int() with base 0: '0o90b0x'
# '9_0oz' 0 VE invalid literal for int() with base 0: '9_0oz'
# ' 0oa' 16 VE invalid literal for int() with base 16: ' 0oa'
# 'a0obb' 10 VE invalid literal for int() with base 10: 'a0obb'
# 'fg7Xb ' 3 VE invalid literal for int() with base 3: 'fg7Xb '
# 'faaf' 8 VE invalid literal for int() with base 8: 'faaf'
# ' bx0o' 36 556008
# 'X0x0b0x' 0 VE invalid literal for int() with base 0: 'X0x0b0x'
# 'aao z' 8 VE invalid literal for int() with base 8: 'aao z'
# 'Xx+' 10 VE invalid literal for int() with base 10: 'Xx+'
# 'B' 16 11
# 'Bzo0xg' 10 VE invalid literal for int() with base 10: 'Bzo0xg'
# 'z' 10 VE invalid literal for int() with base 10: 'z'
# '-o-B' 0 VE invalid literal for int() with base 0: '-o-B'
# 'o_z ' 10 VE invalid literal for int() with base 10: 'o_z '
# '9f91' 0 VE invalid literal for int() with base 0: '9f91'
# 'b' 16 11
# 'xx' 36 1221
# 'b+' 0 VE invalid literal for int() with base 0: 'b+'
# 'ff0bo' 2 VE invalid literal for int() with base 2: 'ff0bo'
# 'o1' 16 VE invalid literal for int() with base 16: 'o1'
# '7' 16 7
# '9' 2 VE invalid literal for int() with base 2: '9'
# '-B+9+' 8 VE invalid literal for int() with base 8: '-B+9+'
# 'BBo90o' 16 VE invalid literal for int() with base 16: 'BBo90o'
# '_0' 2 VE invalid literal for int() with base 2: '_0'
# 'B11z' 0 VE invalid literal for int() with base 0: 'B11z'
# ' xBz' 2 VE invalid literal for int() with base 2: ' xBz'
# '0x -X90' 2 VE invalid literal for int() with base 2: '0x -X90'
# '7' 3 VE invalid literal for int() with base 3: '7'
# '9' 2 VE invalid literal for int() with base 2: '9'
# 'zB' 8 VE invalid literal for int() with base 8: 'zB'
# '9' 16 9
# 'g0b0xX0x' 0 VE invalid literal for int() with base 0: 'g0b0xX0x'
# '7' 16 7
# 'Bz 90' 2 VE invalid literal for int() with base 2: 'Bz 90'
# 'ob9' 3 VE invalid literal for int() with base 3: 'ob9'
# '+0xfbo0x' 3 VE invalid literal for int() with base 3: '+0xfbo0x'
# '- ' 8 VE invalid literal for int() with base 8: '- '
# 'fBf_0of' 36 926169135
# '10o9bz' 36 61598015
# 'g+' 2 VE invalid literal for int() with base 2: 'g+'
# '7b9o' 16 VE invalid literal for int() with base 16: '7b9o'
# 'f0b' 2 VE invalid literal for int() with base 2: 'f0b'
# '7' 16 7
# 'z' 36 35
# 'g 1-' 0 VE invalid literal for int() with base 0: 'g 1-'
# ' 1bB' 8 VE invalid literal for int() with base 8: ' 1bB'
# '77+o' 0 VE invalid literal for int() with base 0: '77+o'
# ' _X' 16 VE invalid literal for int() with base 16: ' _X'
# '__1' 36 VE invalid literal for int() with base 36: '__1'
# '0x  ' 10 VE invalid literal for int() with base 10: '0x  '
# 'ao' 3 VE invalid literal for int() with base 3: 'ao'
# 'x-7X' 16 VE invalid literal for int() with base 16: 'x-7X'
# 'bBf0b' 2 VE invalid literal for int() with base 2: 'bBf0b'
# 'Bo' 16 VE invalid literal for int() with base 16: 'Bo'
# 'XBgX_' 0 VE invalid literal for int() with base 0: 'XBgX_'
# '-o-' 10 VE invalid literal for int() with base 10: '-o-'
# 'X0o 9' 10 VE invalid literal for int() with base 10: 'X0o 9'
# '-' 10 VE invalid literal for int() with base 10: '-'
# '10' 16 16
# 'b b0o' 36 VE invalid literal for int() with base 36: 'b b0o'
# 'f-' 3 VE invalid literal for int() with base 3: 'f-'
# '10b' 36 1307
# 'z' 16 VE invalid literal for int() with base 16: 'z'
# 'f  ' 0 VE invalid literal for int() with base 0: 'f  '
# '0oB-' 8 VE invalid literal for int() with base 8: '0oB-'
# '77' 0 77
# '0b0b0bf ' 2 VE invalid literal for int() with base 2: '0b0b0bf '
# 'fb-0x-' 16 VE invalid literal for int() with base 16: 'fb-0x-'
# '770b' 10 VE invalid literal for int() with base 10: '770b'
# ' Xgb1' 0 VE invalid literal for int() with base 0: ' Xgb1'
# '0xf0ozof' 36 72741975711
# 'xf0bB0o0x' 16 VE invalid literal for int() with base 16: 'xf0bB0o0x'
# 'aX ' 8 VE invalid literal for int() with base 8: 'aX '
# '0bX' 10 VE invalid literal for int() with base 10: '0bX'
# -415326890377862284930648088436331544297976065089237151625 -0x10f0370e45e99a1ebcfb5359cece3a3626e7a7dd8ba7ef89 -0o417006703442751464172747665153163547072154233475175661351767611 -0b1000011110000001101110000111001000101 189 106 -59332412911123183561521155490904506328282295012748164518 -12 (-4281720519359404999285031839549809735030681083394197440, 55) -51915861297232785616331011054541443037247008136154643954 -13290460492091593117780738829962609417535234082855588852000 4215 415326890377862284930648088436331544297976065089237151624 415326890377862284930648088436331544297976065089237151625 415326890377862284930648088436331544297976065089237151625 -415326890377862284930648088436331544297976065089237200000 5261517329 ffffffffffffffffffff True
# -1436175182068693053773895224929326 -0x46cf144ad6481813b087f5462c2e -0o4331705045326220140235410376521426056 -0b1000110110011110001010001001010110101 111 49 -205167883152670436253413603561333 -6 (-14805929712048381997669022937416, 26) -179521897758586631721736903116166 -45957605826198177720764647197738432 54226 1436175182068693053773895224929325 1436175182068693053773895224929326 1436175182068693053773895224929326 -1436175182068693053773895224900000 6239294225 ffffffffffffffffffff True
# 797291980906254632114979031421407084940594439814222568208 0x20841ddec5cda1b589d29da39f947142f02f42247dc5db10 0o1010203567542715503326116451664347712161205700572042217561355420 0b10000010000100000111011101111011000101 190 91 113898854415179233159282718774486726420084919973460366886 0 (8219504957796439506339990014653681288047365358909511012, 44) 99661497613281829014372378927675885617574304976777821026 25513343389000148227679329005485026718099022074055122182656 56080 -797291980906254632114979031421407084940594439814222568209 -797291980906254632114979031421407084940594439814222568208 797291980906254632114979031421407084940594439814222568208 797291980906254632114979031421407084940594439814222600000 8028652224 00000000000000000000 True
# -8054237431590214484815343533550136198339791036 -0x1692a1c80a669dbe5cf6c6b74d33915a2b488bc -0o551124162005146473371347554326723231621264255104274 -0b1011010010010101000011100100000001010 153 76 -1150605347370030640687906219078590885477113006 -7 (-83033375583404273039333438490207589673606094, 82) -1006779678948776810601917941693767024792473880 -257735597810886863514090993073604358346873313152 30532 8054237431590214484815343533550136198339791035 8054237431590214484815343533550136198339791036 8054237431590214484815343533550136198339791036 -8054237431590214484815343533550136198339800000 6301979338 ffffffffffffffffffff True
# 190348705874968082682797998747034484959399647014805275 0x1fcc1dea75267606610fa8359f87d9b8f29b7db43df1b 0o77460357247244635403141037240654770373156171233373320757433 0b11111110011000001110111101010011101010 177 99 27192672267852583240399714106719212137057092430686467 -5 (1962357792525444151369051533474582319169068525925827, 56) 23793588234371010335349749843379310619924955876850659 6091158587998978645849535959905103518700788704473768800 57115 -190348705874968082682797998747034484959399647014805276 -190348705874968082682797998747034484959399647014805275 190348705874968082682797998747034484959399647014805275 190348705874968082682797998747034484959399647014800000 5725084107 00000000000000000000 True
# 109854793528129845738156595900675 0x56a8ffb67093edd0704c9487103 0o255243775547022373350160231122070403 0b10101101010100011111111101101100111000 107 52 15693541932589977962593799414382 -10 (1132523644619895316888212328872, 91) 13731849191016230717269574487584 3515353392900155063621011068821600 28931 -109854793528129845738156595900676 -109854793528129845738156595900675 109854793528129845738156595900675 109854793528129845738156595900000 5760095956 00000000000000000000 True
# 138556333635244481070852129046319219606068477540826 0x5ecdd8e1a731e9fd9c3524b99f33ce7f039d7bb9da 0o27546730703234617237663415222271476317163760163536734732 0b10111101100110111011000111000011010011 167 98 19793761947892068724407447006617031372295496791546 -8 (1428415810672623516194351845838342470165654407637, 37) 17319541704405560133856516130789902450758559692603 4433802676327823394267268129482215027394191281306432 47578 -138556333635244481070852129046319219606068477540827 -138556333635244481070852129046319219606068477540826 138556333635244481070852129046319219606068477540826 138556333635244481070852129046319219606068477500000 6280457748 00000000000000000000 True
# -11771905204815704798329347124105682407 -0x8db2fbcbc9ba120c920269594d59de7 -0o106662767457115641101444401151262465316747 -0b1000110110110010111110111100101111001 124 62 -1681700743545100685475621017729383201 -2 (-121359847472326853591024197155728685, 38) -1471488150601963099791168390513210301 -376700966554102553546539107971381837024 25113 11771905204815704798329347124105682406 11771905204815704798329347124105682407 11771905204815704798329347124105682407 -11771905204815704798329347124105700000 7042865014 ffffffffffffffffffff True
# 4473477561639679960338923304576724 0xdc8f3995ade8e7802ec3a828e6d4 0o15621716312655721636001354165012163324 0b11011100100011110011100110010101101011 112 56 639068223091382851476989043510960 -6 (46118325377728659384937353655430, 14) 559184695204959995042365413072090 143151281972469758730845545746455168 59092 -4473477561639679960338923304576725 -4473477561639679960338923304576724 4473477561639679960338923304576724 4473477561639679960338923304600000 4276754033 00000000000000000000 True
# 11389244218424202335033899144565181432445488835 0x1feb61c98e43cb5adb2f0d2190ee7cb7faf4ec3 0o776554162307103626553331360644144167174557753647303 0b11111111010110110000111001001100011100 153 87 1627034888346314619290557020652168776063641262 -2 (117414888849734044691071125201702901365417410, 65) 1423655527303025291879237393070647679055686104 364455814989574474721084772626085805838255642720 20163 -11389244218424202335033899144565181432445488836 -11389244218424202335033899144565181432445488835 11389244218424202335033899144565181432445488835 11389244218424202335033899144565181432445500000 5388845442 00000000000000000000 True
# -34408773150024588740026378805781649685326 -0x651e48a7eac3f6f079d7efaa8788bffb4e -0o624362212375260773360363537575250361057775516 -0b1100101000111100100100010100111111010 135 80 -4915539021432084105718054115111664240761 -5 (-354729620103346275670375039234862367890, 4) -4301096643753073592503297350722706210666 -1101080740800786839680844121785012789930432 1202 34408773150024588740026378805781649685325 34408773150024588740026378805781649685326 34408773150024588740026378805781649685326 -34408773150024588740026378805781649700000 6235869461 ffffffffffffffffffff True
# 4149334994705909512025882849995 0x345f39766d8388d48cdf5572cb 0o6427634566333016106510633725271313 0b11010001011111001110010111011001101101 102 55 592762142100844216003697549999 -1 (42776649429957830020885390206, 13) 518666874338238689003235356249 132778719830589104384828251199840 29387 -4149334994705909512025882849996 -4149334994705909512025882849995 4149334994705909512025882849995 4149334994705909512025882800000 5999482885 00000000000000000000 True
# 6629448195046244681624450440246681239522766402870554 0x11b80d7266b8ad786b46589cd4d58f35830e9dd3dd1a 0o2156006562315342553606550626116324653074654060723564756432 0b10001101110000000110101110010011001101 173 88 947064027863749240232064348606668748503252343267222 -7 (68344826753054068882726293198419394221884189720314, 96) 828681024380780585203056305030835154940345800358819 212142342241479829811982414087893799664728524891857728 56602 -6629448195046244681624450440246681239522766402870555 -6629448195046244681624450440246681239522766402870554 6629448195046244681624450440246681239522766402870554 6629448195046244681624450440246681239522766402900000 4550782046 00000000000000000000 True
# 1341990557560869422489022589998898537129726092764 0xeb10f0162c941692efc53c671b9318bc86caa5dc 0o165420740130544501322273742474316156230613620662522734 0b11101011000100001111000000010110001011 160 77 191712936794409917498431798571271219589960870394 -10 (13834954201658447654526006082462871516801299925, 39) 167748819695108677811127823749862317141215761595 42943697841947821519648722879964753188151234968448 42460 -1341990557560869422489022589998898537129726092765 -1341990557560869422489022589998898537129726092764 1341990557560869422489022589998898537129726092764 1341990557560869422489022589998898537129726100000 4672906279 00000000000000000000 True
# -22113490902398680941963162947661844954465169479936 -0xf21733a19d301c1afa70955b9b524f86b94e29900 -0o3620563164147230034065751604525563324447606562470514400 -0b1111001000010111001100111010000110011 164 77 -3159070128914097277423308992523120707780738497134 -3 (-227974133014419391154259411831565411901702778144, 32) -2764186362799835117745395368457730619308146184992 -707631708876757790142821214325179038542885423357952 26368 22113490902398680941963162947661844954465169479935 22113490902398680941963162947661844954465169479936 22113490902398680941963162947661844954465169479936 -22113490902398680941963162947661844954465169500000 6399749615 ffffffffffffffffffff True
# 161820537016393876807983570630528162138831978 0x7419bd159ab6b8f7fb3116ab9021f09323c6a 0o7203157212632555343677663042652710041741114436152 0b11101000001100110111101000101011001101 147 75 23117219573770553829711938661504023162690282 -11 (1668252958931895637195706913716785176688989, 45) 20227567127049234600997946328816020267353997 5178257184524604057855474260176901188442623296 15466 -161820537016393876807983570630528162138831979 -161820537016393876807983570630528162138831978 161820537016393876807983570630528162138831978 161820537016393876807983570630528162138800000 8791388312 00000000000000000000 True
# 5505175095461598131334104638634523470525615 0x3f32416c8b601a2393ff485249b63122f4af 0o176311013310554006421623776441222233306110572257 0b11111100110010010000010110110010001011 142 68 786453585065942590190586376947789067217945 -12 (56754382427439155993135099367366221345624, 87) 688146886932699766416763079829315433815701 176165603054771140202691348436304751056819680 62639 -5505175095461598131334104638634523470525616 -5505175095461598131334104638634523470525615 5505175095461598131334104638634523470525615 5505175095461598131334104638634523470500000 5165250743 00000000000000000000 True
# -5766773331401138270601088318234595876840 -0x10f27024e69da99e8075d7745f20cadfe8 -0o103623402234647324636400727273505744062557750 -0b1000011110010011100000010010011100110 133 68 -823824761628734038657298331176370839549 -6 (-59451271457743693511351425961181400793, 81) -720846666425142283825136039779324484605 -184536746604836424659234826183507068058880 8216 5766773331401138270601088318234595876839 5766773331401138270601088318234595876840 5766773331401138270601088318234595876840 -5766773331401138270601088318234595900000 0486785954 ffffffffffffffffffff True
# 49077440871603549185556208815434284261551829 0x23361a2e0d9fdbc1a8add3df2290268d5aed5 0o2146606427015477557015212672367621220115065327325 0b10001100110110000110100010111000001101 146 75 7011062981657649883650886973633469180221689 -5 (505952998676325249335631018715817363521152, 85) 6134680108950443648194526101929285532693978 1570478107891313573937798682093897096369658528 44757 -49077440871603549185556208815434284261551830 -49077440871603549185556208815434284261551829 49077440871603549185556208815434284261551829 49077440871603549185556208815434284261600000 9281551624 00000000000000000000 True
# 1718940872484368896224448746519 0x15b23290581584fc1847501417 0o2554431220260126047701410724012027 0b10101101100100011001010010000010110000 101 40 245562981783481270889206963788 -4 (17721039922519266971386069551, 72) 214867609060546112028056093314 55006107919499804679182359888608 5143 -1718940872484368896224448746520 -1718940872484368896224448746519 1718940872484368896224448746519 1718940872484368896224448700000 9156478444 00000000000000000000 True
# 281550179514084295975629902011139798 0x36397edf22e009f11ee31ff85b86d6 0o1543457667621340023704367061777026703326 0b11011000111001011111101101111100100010 118 65 40221454216297756567947128858734256 -10 (2902579170248291711088968061970513, 37) 35193772439260536996953737751392474 9009605744450697471220156864356473536 34518 -281550179514084295975629902011139799 -281550179514084295975629902011139798 281550179514084295975629902011139798 281550179514084295975629902011100000 8979311102 00000000000000000000 True
# -50722535504094872420169943447051 -0x2803559fd0fa3bb112dbd15760b -0o120015254775037216730422667505273013 -0b1010000000001101010101100111111101000 106 54 -7246076500584981774309991921008 -3 (-522912737155617241445050963372, 33) -6340316938011859052521242930882 -1623121136131035917445438190305632 35317 50722535504094872420169943447050 50722535504094872420169943447051 50722535504094872420169943447051 -50722535504094872420169943400000 1507443499 ffffffffffffffffffff True
# -50147958319229623601494973536 -0xa2096b3bc564762062835c60 -0o50404553167425443542014240656140 -0b1010001000001001011010110011101111000 96 40 -7163994045604231943070710506 -10 (-516989261022985810324690449, 17) -6268494789903702950186871692 -1604734666215347955247839153152 41888 50147958319229623601494973535 50147958319229623601494973536 50147958319229623601494973536 -50147958319229623601495000000 6353794941 ffffffffffffffffffff True
# 1010063437395327253708322868882 0xcbfb0e4929c088c41c96f8e92 0o1457730344445160104304071133707222 0b11001011111110110000111001001001001010 100 46 144294776770761036244046124126 -5 (10413025127786878904209514112, 18) 126257929674415906713540358610 32322029996650472118666331804224 36498 -1010063437395327253708322868883 -1010063437395327253708322868882 1010063437395327253708322868882 1010063437395327253708322900000 2888682238 00000000000000000000 True
# 12033243721336018531047877769333827341673 0x235cce70ec218a1001c45135e98cbe8d69 0o215346347035410305020003421211536461457506551 0b10001101011100110011100111000011101100 134 59 1719034817333716933006839681333403905953 -1 (124054058982845551866472966694163168470, 83) 1504155465167002316380984721166728417709 385063799082752592993532088618682474933536 36201 -12033243721336018531047877769333827341674 -12033243721336018531047877769333827341673 12033243721336018531047877769333827341673 12033243721336018531047877769333827300000 3761437283 00000000000000000000 True
# -7787770487938232762957285711302 -0x624ba4c33c0e7311be3aaa5dc6 -0o14222722303170071630433707252456706 -0b1100010010010111010010011000011001111 103 51 -1112538641134033251851040815901 -7 (-80286293690084873844920471251, 45) -973471310992279095369660713913 -249208655614023448414633142761664 41530 7787770487938232762957285711301 7787770487938232762957285711302 7787770487938232762957285711302 -7787770487938232762957285700000 2031175827 ffffffffffffffffffff True
# -10256289153425790969880050167007903439098197670672448447 -0x6b14a5d00bbd2532253d7548c162106688f436700fbbbf -0o6542451350013572224621123656522140542040632107503316003735677 -0b1101011000101001010010111010000000010 183 86 -1465184164775112995697150023858271919871171095810349779 -11 (-105734939726039082163711857391834056073177295573942768, 49) -1282036144178223871235006270875987929887274708834056056 -328201252909625311036161605344252910051142325461518350304 17473 10256289153425790969880050167007903439098197670672448446 10256289153425790969880050167007903439098197670672448447 10256289153425790969880050167007903439098197670672448447 -10256289153425790969880050167007903439098197670672400000 7448442760 ffffffffffffffffffff True
# 26529532649248309759715275425 0x55b8b70eaac0f648701b72a1 0o25334267035253007544416006671241 0b10101011011100010110111000011101010101 95 45 3789933235606901394245039346 -6 (273500336590188760409435829, 12) 3316191581156038719964409428 848945044775945912310888813600 29345 -26529532649248309759715275426 -26529532649248309759715275425 26529532649248309759715275425 26529532649248309759715300000 5245725179 00000000000000000000 True
# 23427668628328351535717777980608451369 0x11a0013e1a0dfed715f53c40b11f9329 0o215000047606406776656127651704026107711451 0b10001101000000000000100111110000110100 125 59 3346809804046907362245396854372635909 -12 (241522356993075789028018329696994344, 1) 2928458578541043941964722247576056421 749685396106507249142968895379470443808 37673 -23427668628328351535717777980608451370 -23427668628328351535717777980608451369 23427668628328351535717777980608451369 23427668628328351535717777980608500000 9631548060 00000000000000000000 True
# 299298680869970748672230305725 0x3c71610f1103ae3f51fec2fbd 0o361613020742100727077243773027675 0b11110001110001011000010000111100010001 98 53 42756954409995821238890043675 -4 (3085553411030626274971446450, 75) 37412335108746343584028788215 9577557787839063957511369783200 12221 -299298680869970748672230305726 -299298680869970748672230305725 299298680869970748672230305725 299298680869970748672230300000 5275030322 00000000000000000000 True
# -295325557003080128296361766471451 -0xe8f885724f58ec2c59bfd30c71b -0o721742053444753073026131577514143433 -0b1110100011111000100001010111001001001 108 57 -42189365286154304042337395210208 0 (-3044593371165774518519193468778, 15) -36915694625385016037045220808932 -9450417824098564105483576527086432 14565 295325557003080128296361766471450 295325557003080128296361766471451 295325557003080128296361766471451 -295325557003080128296361766500000 1541746671 ffffffffffffffffffff True
# -2943332190153291491595397012022867678 -0x236dd7b225e0b4fdc5403e60f9fb6de -0o21555657310457013237561240076301747733336 -0b1000110110110111010111101100100010010 122 68 -420476027164755927370771001717552526 -9 (-30343630826322592696859763010545028, 38) -367916523769161436449424626502858460 -94186630084905327731052704384731765696 18722 2943332190153291491595397012022867677 2943332190153291491595397012022867678 2943332190153291491595397012022867678 -2943332190153291491595397012022900000 8767682202 ffffffffffffffffffff True
# -979701961062214655666739195745183355215190221379 -0xab9b5af5cb9db29c0d828a71e81deca48e04e243 -0o125633265727134733123403301212343640357312221601161103 -0b1010101110011011010110101111010111001 160 78 -139957423008887807952391313677883336459312888769 -10 (-10100020217136233563574630883970962424898868262, 35) -122462745132776831958342399468147919401898777673 -31350462753990868981335654263845867366886087084128 7613 979701961062214655666739195745183355215190221378 979701961062214655666739195745183355215190221379 979701961062214655666739195745183355215190221379 -979701961062214655666739195745183355215190200000 9731220915 ffffffffffffffffffff True
# 179097436269474762026338462512759201 0x227e2f73800f9baf91b0fd2ee8c1a1 0o1047705734700017467276215417645672140641 0b10001001111110001011110111001110000000 118 61 25585348038496394575191208930394171 -1 (1846365322365719196147819201162465, 96) 22387179533684345253292307814094900 5731117960623192384842830800408294432 49569 -179097436269474762026338462512759202 -179097436269474762026338462512759201 179097436269474762026338462512759201 179097436269474762026338462512800000 1029572152 00000000000000000000 True
# 147373965833705459444986204907164164562697046 0x69bc529263935ac090994b1f11b10a1a93b56 0o6467424511143446553004411451307610661024152235526 0b11010011011110001010010100100100110001 147 66 21053423690529351349283743558166309223242435 -12 (1519319235399025355102950566053238809924711, 79) 18421745729213182430623275613395520570337130 4715966906678574702239558557029253266006305472 15190 -147373965833705459444986204907164164562697047 -147373965833705459444986204907164164562697046 147373965833705459444986204907164164562697046 147373965833705459444986204907164164562700000 6407962654 00000000000000000000 True
# -957676944309173232563281942749437533 -0xb8711e6b4d92dd0dccfdd643b8de5d -0o5607043632646622672067147735310356157135 -0b1011100001110001000111100110101101001 120 67 -136810992044167604651897420392776791 -12 (-9872958188754363222301875698447810, 37) -119709618038646654070410242843679692 -30645662217893543442025022167982001056 8611 957676944309173232563281942749437532 957676944309173232563281942749437533 957676944309173232563281942749437533 -957676944309173232563281942749400000 3357349472 ffffffffffffffffffff True
# 5435786218525046563054004907 0x119060815d552e8c66c7aaab 0o4310140402565251350614661725253 0b10001100100000110000010000001010111010 93 42 776540888360720937579143558 -2 (56039033180670583124268091, 80) 679473277315630820381750613 173945158992801490017728157024 43691 -5435786218525046563054004908 -5435786218525046563054004907 5435786218525046563054004907 5435786218525046563054000000 7094004503 00000000000000000000 True
# 777961622682342998855031308789169218875516 0x8ee3946788667beb7d072916b62e943707c 0o21670712147420631737267640712213266135120670174 0b10001110111000111001010001100111100010 140 72 111137374668906142693575901255595602696502 0 (8020222914250958751082796997826486792531, 9) 97245202835292874856878913598646152359439 24894771925834975963361001881253415004016512 28796 -777961622682342998855031308789169218875517 -777961622682342998855031308789169218875516 777961622682342998855031308789169218875516 777961622682342998855031308789169218900000 6155788129 00000000000000000000 True
# -20159584726127071189578623067607389912507454631352056 -0x35e1bf63c7de1c522ba788127430ba433e7a738696f8 -0o6570337543617570342442564742011164141351031747516341513370 -0b1101011110000110111111011000111100011 174 90 -2879940675161010169939803295372484273215350661621723 -5 (-207830770372444032882253846057808143427911903416001, 41) -2519948090765883898697327883450923739063431828919007 -645106711236066278066515938163436477200238548203265792 26888 20159584726127071189578623067607389912507454631352055 20159584726127071189578623067607389912507454631352056 20159584726127071189578623067607389912507454631352056 -20159584726127071189578623067607389912507454631400000 6502531364 ffffffffffffffffffff True
# -7588844422840353228896913986067630327134 -0x164d36458fbb7725f6f2c9c1625043055e -0o131151544261756673445755713116026112020602536 -0b1011001001101001101100100010110001111 133 67 -1084120631834336175556701998009661475305 -3 (-78235509513818074524710453464614745641, 43) -948605552855044153612114248258453790892 -242843021530891303324701247554164170468288 64162 7588844422840353228896913986067630327133 7588844422840353228896913986067630327134 7588844422840353228896913986067630327134 -7588844422840353228896913986067630300000 4317230367 ffffffffffffffffffff True
# -1723254277965227559536860251136259832736 -0x5106eb39a441e5a9ded79a470e624bba0 -0o24203353163221017132473665715107034611135640 -0b1010001000001101110101100111001101001 131 64 -246179182566461079933837178733751404677 0 (-17765508020260077933369693310683091060, 84) -215406784745653444942107531392032479092 -55144136894887281905179528036360314647552 17504 1723254277965227559536860251136259832735 1723254277965227559536860251136259832736 1723254277965227559536860251136259832736 -1723254277965227559536860251136259800000 6372389526 ffffffffffffffffffff True
# -787532650744660408349589893026155743023569976006592 -0x21ada0969381fe9a3216b645c11fa013b74a6f597c0 -0o206555011322340377232144132662134043750011667224675313700 -0b1000011010110110100000100101101001001 170 81 -112504664392094344049941413289450820431938568000942 -12 (-8118893306645983591232885495115007660036803876357, 37) -98441581343082551043698736628269467877946247000824 -25201044823829133067186876576836983776754239232210944 26688 787532650744660408349589893026155743023569976006591 787532650744660408349589893026155743023569976006592 787532650744660408349589893026155743023569976006592 -787532650744660408349589893026155743023569976000000 2956006799 ffffffffffffffffffff True
# 1502795156511881360786841119714315446397167070541 0x1073baa5a4e9981c3a46080c858c0de494319ed4d 0o203473524551164630070351060200620543006744450306366515 0b10000011100111011101010100101101001001 161 70 214685022358840194398120159959187920913881010077 -7 (15492733572287436709142691955817685014403784232, 37) 187849394563985170098355139964289430799645883817 48089445008380203545178915830858094284709346257312 60749 -1502795156511881360786841119714315446397167070542 -1502795156511881360786841119714315446397167070541 1502795156511881360786841119714315446397167070541 1502795156511881360786841119714315446397167100000 1450707617 00000000000000000000 True
# 67191206628179911121837023292231637153 0x328c8e41566ae97f77be52036ed5d8a1 0o624310710125465351376736762440155665354241 0b11001010001100100011100100000101010110 126 66 9598743804025701588833860470318805307 -7 (692692851836906300225123951466305537, 64) 8398900828522488890229627911528954644 2150118612101757155898784745351412388896 55457 -67191206628179911121837023292231637154 -67191206628179911121837023292231637153 67191206628179911121837023292231637153 67191206628179911121837023292231600000 3517361322 00000000000000000000 True
# 215289859879230366382174892937713 0xa9d570e2bde11f3ac4e48bf51f1 0o523525607053674107635304711057650761 0b10101001110101010111000011100010101111 108 58 30755694268461480911739270419673 -4 (2219483091538457385383246318945, 48) 26911232484903795797771861617214 6889275516135371724229596574006816 20977 -215289859879230366382174892937714 -215289859879230366382174892937713 215289859879230366382174892937713 215289859879230366382174892900000 3177392984 00000000000000000000 True
# -6203514807740467032224875348298820590430748269 -0x1162cdb8783b2fd5f1ca9178ca1167a81027e6d -0o426131556074073137527616251057062410547520100477155 -0b1000101100010110011011011100001111000 153 76 -886216401105781004603553621185545798632964039 -12 (-63953760904540897239431704621637325674543797, 40) -775439350967558379028109418537352573803843534 -198512473847694945031196011145562258893783944608 33171 6203514807740467032224875348298820590430748268 6203514807740467032224875348298820590430748269 6203514807740467032224875348298820590430748269 -6203514807740467032224875348298820590430700000 9628470340 ffffffffffffffffffff True
# -7790137229046812706016471854511745736918150 -0x596d27e007dc5f3d8562c9ae39ee0a084486 -0o262664477000373427636605305446561636701202042206 -0b1011001011011010010011111100000000001 143 68 -1112876747006687529430924550644535105274022 -12 (-80310693082956832020788369634141708628023, 81) -973767153630851588252058981813968217114769 -249284391329498006592527099344375863581380800 47994 7790137229046812706016471854511745736918149 7790137229046812706016471854511745736918150 7790137229046812706016471854511745736918150 -7790137229046812706016471854511745736900000 0518196375 ffffffffffffffffffff True
# -7925854029207538041983698026924936513418400657251959190 -0x52bff164f2eb00c2894993b2a8e7fdbd6ba12fe9af0196 -0o5127774262362726003024224462354524347773365535022775153600626 -0b1010010101111111111000101100100111100 183 97 -1132264861315362577426242575274990930488342951035994170 -5 (-81709835352655031360656680689947799107406192342803703, 1) -990731753650942255247962253365617064177300082156494899 -253627328934641217343478336861597968429388821032062694080 65130 7925854029207538041983698026924936513418400657251959189 7925854029207538041983698026924936513418400657251959190 7925854029207538041983698026924936513418400657251959190 -7925854029207538041983698026924936513418400657252000000 0919591527 ffffffffffffffffffff True
# 1207795509446777400299893364331077444204191536105389 0x33a683fc36e08b765521c364cfc76da495afa33c7ad 0o316464077606670105566252207033114770733322225537214743655 0b11001110100110100000111111110000110110 170 91 172542215635253914328556194904439634886313076586484 -10 (12451500097389457735050447054959561280455582846447, 30) 150974438680847175037486670541384680525523942013173 38649456302296876809596587658594478214534129155372448 51117 -1207795509446777400299893364331077444204191536105390 -1207795509446777400299893364331077444204191536105389 1207795509446777400299893364331077444204191536105389 1207795509446777400299893364331077444204191536100000 9835016351 00000000000000000000 True
# 8043188760819587134048198836154429 0x18c8f508e0deb6f1376f18e94f03d 0o30621724107015726674233557061645170075 0b11000110010001111010100001000111000001 113 59 1149026965831369590578314119450632 -7 (82919471761026671485032977692313, 68) 1005398595102448391756024854519303 257382040346226788289542362756941728 61501 -8043188760819587134048198836154430 -8043188760819587134048198836154429 8043188760819587134048198836154429 8043188760819587134048198836200000 9244516388 00000000000000000000 True
# -250213180065709916699415700737385088611895988083959504 -0x29cc2ce1f5b688531c6429e1518d8609503f0bb3b26d0 -0o123460547037266642051434310247412430660602250077027316623320 -0b1010011100110000101100111000011111010 178 81 -35744740009387130957059385819626441230270855440565644 -8 (-2579517320265050687622842275643145243421608124576903, 87) -31276647508213739587426962592173136076486998510494938 -8006821762102717334381302423596322835580671618686704128 55600 250213180065709916699415700737385088611895988083959503 250213180065709916699415700737385088611895988083959504 250213180065709916699415700737385088611895988083959504 -250213180065709916699415700737385088611895988084000000 4059593808 ffffffffffffffffffff True
# -81376161842582007380349760350709096188655272799948257 -0xd97fd453ecd059dde5d74f39ad327b57eaad0cdecde1 -0o33137752123731501316736272723634655144755277252641467546741 -0b1101100101111111110101000101001111101 176 104 -11625165977511715340049965764387013741236467542849751 -1 (-838929503531773271962368663409372125656239925772663, 54) -10172020230322750922543720043838637023581909099993533 -2604037178962624236171192331222691078036968729598344224 12831 81376161842582007380349760350709096188655272799948256 81376161842582007380349760350709096188655272799948257 81376161842582007380349760350709096188655272799948257 -81376161842582007380349760350709096188655272799900000 7528499972 ffffffffffffffffffff True
# 9018948462556783524380287008252 0x71d5cb5057f1784e09ddcd7dfc 0o16165345520257705702340473563276774 0b11100011101010111001011010100000101011 103 59 1288421208936683360625755286893 -11 (92978850129451376540002958847, 93) 1127368557819597940547535876031 288606350801817072780169184264064 32252 -9018948462556783524380287008253 -9018948462556783524380287008252 9018948462556783524380287008252 9018948462556783524380287000000 2528007820 00000000000000000000 True
# 18847842583879031784836700437132201992508 0x37638a7122e94168003cb700b797f4a13c 0o335434247044272240550000362670013362775120474 0b11011101100011100010100111000100100010 134 61 2692548940554147397833814348161743141786 -7 (194307655503907544173574231310641257654, 70) 2355980322984878973104587554641525249063 603130962684129017114774413988230463760256 41276 -18847842583879031784836700437132201992509 -18847842583879031784836700437132201992508 18847842583879031784836700437132201992508 18847842583879031784836700437132202000000 8052991022 00000000000000000000 True
# -101595844664985279988690291986923406 -0x13910fd6fed3244c7578414a5dff8e -0o471041765577323110461653604051227377616 -0b1001110010001000011111101011011111110 117 63 -14513692094997897141241470283846201 -8 (-1047379841907064742151446309143541, 71) -12699480583123159998586286498365426 -3251067029279528959638089343581548992 114 101595844664985279988690291986923405 101595844664985279988690291986923406 101595844664985279988690291986923406 -101595844664985279988690291986900000 6043296891 ffffffffffffffffffff True
# -19048521344637490041387618032061759573792340896456615075 -0xc6e037337cc4b9b8d5976ecde72a54fd244e067e83a4a3 -0o14334015631574611346706531355663363452251764442340317640722243 -0b1100011011100000001101110011001101111 184 96 -2721217334948212863055374004580251367684620128065230725 -5 (-196376508707602990117398124041873810039096297901614589, 58) -2381065168079686255173452254007719946724042612057076885 -609552683028399681324403777025976306361354908686611682400 23389 19048521344637490041387618032061759573792340896456615074 19048521344637490041387618032061759573792340896456615075 19048521344637490041387618032061759573792340896456615075 -19048521344637490041387618032061759573792340896456600000 5705166546 ffffffffffffffffffff True
# 3476486503803782853144496985060605132012307891 0x9be41b9d65612a484b9c2131786aa362ecc5b3 0o233710156353126045222045634102305703252154273142663 0b10011011111001000001101110011101011001 152 72 496640929114826121877785283580086447430329698 -3 (35840067049523534568499968918150568371260906, 9) 434560812975472856643062123132575641501538486 111247568121721051300623903521939364224393852512 50611 -3476486503803782853144496985060605132012307892 -3476486503803782853144496985060605132012307891 3476486503803782853144496985060605132012307891 3476486503803782853144496985060605132012300000 1987032102 00000000000000000000 True
# 1551968537420475647025109057838159658 0x12ae5f4e2867ed901bbc7b505b2972a 0o11256276470503176662006736173240554513452 0b10010101011100101111101001110001010000 121 63 221709791060067949575015579691165665 -9 (15999675643510058216753701627197522, 24) 193996067177559455878138632229769957 49662993197455220704803489850821109056 38698 -1551968537420475647025109057838159659 -1551968537420475647025109057838159658 1551968537420475647025109057838159658 1551968537420475647025109057838200000 8569518387 00000000000000000000 True
# -14515016730850106859712524294026616393 -0xaeb7d93cd32096050083722fc16de49 -0o127267662363231011300500101562137405557111 -0b1010111010110111110110010011110011010 124 58 -2073573818692872408530360613432373771 -8 (-149639347740722751131056951484810479, 70) -1814377091356263357464065536753327050 -464480535387203419510800777408851724576 8631 14515016730850106859712524294026616392 14515016730850106859712524294026616393 14515016730850106859712524294026616393 -14515016730850106859712524294026600000 3936166204 ffffffffffffffffffff True
# 96693905852271437038578809330959 0x4c472dc45e5137f3bc2eb6e5d0f 0o230434556105712115771674135333456417 0b10011000100011100101101110001000101111 107 59 13813415121753062434082687047279 -7 (996844390229602443696688755989, 26) 12086738231533929629822351166369 3094204987272685985234521898590688 23823 -96693905852271437038578809330960 -96693905852271437038578809330959 96693905852271437038578809330959 96693905852271437038578809300000 9590339088 00000000000000000000 True
