# format() of ints, floats and complex numbers at their edges with
# pseudo-random format specs (fill, align, sign, #, 0, width, grouping,
# precision, type), the result or the ValueError and its message.
import math
M = (1 << 64) - 1
st = [777777777]
def rnd():
    x = st[0]; x ^= (x << 13) & M; x ^= x >> 7; x ^= (x << 17) & M; st[0] = x; return x
vals = [0, 1, -1, 12345, -987654321, 10**20, True, 0.0, -0.0, 1.5, -2.5, 0.1, 1e16, 1e22, 1e-7, 123456.789, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308, 0.5, 2.675, 1e100, 1+2j, complex(-0.0, math.inf), 1.5e-300j]
fills = ['', '*', '0', ' ']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '8', '15']
groups = ['', ',', '_']
precs = ['', '.0', '.1', '.3', '.12', '.20']
types = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd', 'x', 'o', 'b', 'c', 'X', 's', 'r']
def pick(l): return l[rnd() % len(l)]
for i in range(1500):
    spec = pick(fills) + pick(aligns) if rnd() % 2 else pick(aligns)
    spec += pick(signs) + pick(alts) + pick(zeros) + pick(widths) + pick(groups) + pick(precs) + pick(types)
    v = pick(vals)
    try: r = repr(format(v, spec))
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(spec), r)

# Output:
# 100000000000000000000 '0^+#01_.0G' '+1.E+20'
# 1.5e-300j '> 08,.12F' ValueError: Zero padding is not allowed in complex format specifier
# -inf '^+01_.3o' ValueError: Unknown format code 'o' for object of type 'float'
# 0.1 '= #01_.1X' ValueError: Unknown format code 'X' for object of type 'float'
# 1e+100 '^ 8E' ' 1.000000E+100'
# -0.0 '0< 0,.20E' '-0.00000000000000000000E+00'
# nan '0^+8_.12x' ValueError: Unknown format code 'x' for object of type 'float'
# 1 '<#8_.12c' ValueError: Cannot specify '_' with 'c'.
# 0.5 '08_.12f' '0.500000000000'
# 2.675 '*<-#0.20d' ValueError: Unknown format code 'd' for object of type 'float'
# -inf '>01_.20b' ValueError: Unknown format code 'b' for object of type 'float'
# 1.5e-300j '= #8.3e' ValueError: '=' alignment flag is not allowed in complex format specifier
# 1e+100 ' ^1_.0n' ValueError: Cannot specify '_' with 'n'.
# (-0+infj) '=+01.3' ValueError: Zero padding is not allowed in complex format specifier
# -987654321 '>+#0,o' ValueError: Cannot specify ',' with 'o'.
# 1.5e-300j '=+#015X' ValueError: Unknown format code 'X' for object of type 'complex'
# 123456.789 '=#8X' ValueError: Unknown format code 'X' for object of type 'float'
# 123456.789 '>+15_.3%' '+12_345_678.900%'
# 1e+16 '<+0_.12d' ValueError: Unknown format code 'd' for object of type 'float'
# -987654321 '>-#0,.0%' '-98,765,432,100.%'
# -0.0 '-15_.1n' ValueError: Cannot specify '_' with 'n'.
# -987654321 '0<#_r' ValueError: Cannot specify '_' with 'r'.
# nan '-#8.1f' '     nan'
# 0.0 '^-1.3G' '0'
# (-0+infj) '-_.3F' '-0.000+INFj'
# (1+2j) '+_.0x' ValueError: Unknown format code 'x' for object of type 'complex'
# (1+2j) '=#1,.20c' ValueError: Cannot specify ',' with 'c'.
# 0.0 ' <#8_c' ValueError: Cannot specify '_' with 'c'.
# (-0+infj) '< 1,.0G' '-0+INFj'
# -0.0 '0=-015_.12E' '-0.000000000000E+00'
# 100000000000000000000 '< #0_X' ' 0X5_6BC7_5E2D_6310_0000'
# 1e+22 '=#15o' ValueError: Unknown format code 'o' for object of type 'float'
# -inf '^+08,.0G' '00-INF00'
# 5e-324 '^-#0_.20e' '4.94065645841246544177e-324'
# 5e-324 '+#1,.3G' '+4.94E-324'
# 0.5 '<#8,.3F' '0.500   '
# 1e+100 ' 015.12%' ' 999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.000000000000%'
# True '0-1,.1f' ValueError: Invalid format specifier '0-1,.1f' for object of type 'bool'
# 12345 ' =-0,.20F' '12,345.00000000000000000000'
# 12345 '0>+1_.1g' '+1e+04'
# 1.5e-300j '-#15.20%' ValueError: Unknown format code '%' for object of type 'complex'
# 1 '=-#015,x' ValueError: Cannot specify ',' with 'x'.
# 123456.789 ' -_.3r' ValueError: Invalid format specifier ' -_.3r' for object of type 'float'
# -inf '^#0,.12X' ValueError: Cannot specify ',' with 'X'.
# -inf ' ^015,.1b' ValueError: Cannot specify ',' with 'b'.
# 12345 ' 15.20G' '          12345'
# 1.7976931348623157e+308 '<#0_.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 1.5e-300j ' =-#08,f' ValueError: '=' alignment flag is not allowed in complex format specifier
# 1.7976931348623157e+308 '^_c' ValueError: Cannot specify '_' with 'c'.
# True '^#0.3G' '1.00'
# -0.0 '0< #,.12g' '-0.00000000000'
# 12345 ' >-01_.3F' '12_345.000'
# 12345 '  #08.1s' ValueError: Invalid format specifier '  #08.1s' for object of type 'int'
# 1e+22 '*<.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 1.5e-300j '= #15.1x' ValueError: Unknown format code 'x' for object of type 'complex'
# (-0+infj) '^-#0_.0e' ValueError: Zero padding is not allowed in complex format specifier
# 1e+100 '>+1_.0G' '+1E+100'
# 1.7976931348623157e+308 '0< 015_.20d' ValueError: Unknown format code 'd' for object of type 'float'
# -987654321 '> 01,.20E' '-9.87654321000000000000E+08'
# 0 '*>#8,.1X' ValueError: Cannot specify ',' with 'X'.
# True '0< 0.20r' ValueError: Unknown format code 'r' for object of type 'bool'
# 1e-07 '> #0.12g' ' 1.00000000000e-07'
# (1+2j) '=+#015,.20d' ValueError: Unknown format code 'd' for object of type 'complex'
# True '0=+08_.1o' ValueError: Precision not allowed in integer format specifier
# 100000000000000000000 '#15_.0s' ValueError: Cannot specify '_' with 's'.
# 5e-324 '=+15_.20c' ValueError: Cannot specify '_' with 'c'.
# 1.5e-300j '>-_.0F' '0+0j'
# 0.0 '+#08.12G' '+0.00000000000'
# 1.5 '^ 8_.3b' ValueError: Unknown format code 'b' for object of type 'float'
# 1.7976931348623157e+308 '0=-15,G' '0,001.79769E+308'
# nan '> 015' '00000000000 nan'
# nan ' ^8_.3g' '  nan   '
# 100000000000000000000 ' -#8_e' ValueError: Invalid format specifier ' -#8_e' for object of type 'int'
# 1.5e-300j ' #15_.20r' ValueError: Cannot specify '_' with 'r'.
# (-0+infj) '> .12r' ValueError: Unknown format code 'r' for object of type 'complex'
# True '=+08.12g' '+0000001'
# 1e+22 '*< #08,F' ' 10,000,000,000,000,000,000,000.000000'
# 1 '=-,c' ValueError: Cannot specify ',' with 'c'.
# 0 '=0.3r' ValueError: Unknown format code 'r' for object of type 'int'
# 0.0 '0>#08,.3f' '0000.000'
# -0.0 '0< 0,.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.0 '= 01,.0x' ValueError: Cannot specify ',' with 'x'.
# 1.5e-300j '>+.0o' ValueError: Unknown format code 'o' for object of type 'complex'
# nan '*^#015_.20E' '******NAN******'
# 123456.789 '+015_.3' '+000_001.23e+05'
# -inf '< 01_d' ValueError: Unknown format code 'd' for object of type 'float'
# -1 '< 08_.3G' '-1000000'
# (1+2j) '< 0_F' ValueError: Zero padding is not allowed in complex format specifier
# 0.5 '>+0,.20n' ValueError: Cannot specify ',' with 'n'.
# 1e+100 '*^+#08_.12g' '+1.00000000000e+100'
# 1e+16 '*>+8_.20' '+10_000_000_000_000_000.0'
# 0.5 '= 8.3r' ValueError: Unknown format code 'r' for object of type 'float'
# 1.5e-300j '^8,.20X' ValueError: Cannot specify ',' with 'X'.
# 1.7976931348623157e+308 '0=#0,.12c' ValueError: Cannot specify ',' with 'c'.
# (1+2j) ' ^-#' '(1.+2.j)'
# 0.5 '+8n' '    +0.5'
# 2.675 '>+01,c' ValueError: Cannot specify ',' with 'c'.
# 100000000000000000000 '^-#1.3b' ValueError: Precision not allowed in integer format specifier
# (-0+infj) '*+8_.0e' ValueError: Invalid format specifier '*+8_.0e' for object of type 'complex'
# 1e-07 '=+1,.12n' ValueError: Cannot specify ',' with 'n'.
# 1e+16 '=#08,.0F' '10,000,000,000,000,000.'
# 1e-07 '<-01.20o' ValueError: Unknown format code 'o' for object of type 'float'
# 1.5e-300j '>-#1_.3x' ValueError: Unknown format code 'x' for object of type 'complex'
# nan '-#15_.12s' ValueError: Cannot specify '_' with 's'.
# -inf '^-#0_.12f' '-inf'
# 1.5e-300j ' =-#08.12c' ValueError: Unknown format code 'c' for object of type 'complex'
# 0 '< #0_.12d' ValueError: Precision not allowed in integer format specifier
# 1.7976931348623157e+308 '= #0,r' ValueError: Cannot specify ',' with 'r'.
# nan '^-#015.20G' '000000NAN000000'
# -1 '>#015_%' '000-100.000000%'
# 5e-324 '=-_.0o' ValueError: Unknown format code 'o' for object of type 'float'
# 0.0 '0^8,.3d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.5 '<+#1,f' '+0.500000'
# 12345 '-#015,.12o' ValueError: Cannot specify ',' with 'o'.
# 123456.789 '*=+0_.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.1 '*>15_.20d' ValueError: Unknown format code 'd' for object of type 'float'
# True '#8.12G' '1.00000000000'
# 0.0 '<+#01_.12o' ValueError: Unknown format code 'o' for object of type 'float'
# 1e+22 '^015o' ValueError: Unknown format code 'o' for object of type 'float'
# (1+2j) '^#08_n' ValueError: Cannot specify '_' with 'n'.
# nan ' =+1_.3g' '+nan'
# 1e-07 '+8,.3f' '  +0.000'
# inf '= #8.1b' ValueError: Unknown format code 'b' for object of type 'float'
# 0.0 '*=-#1.12c' ValueError: Unknown format code 'c' for object of type 'float'
# (1+2j) '0> #15_.1o' ValueError: Unknown format code 'o' for object of type 'complex'
# 1e+22 '>#_.20X' ValueError: Unknown format code 'X' for object of type 'float'
# 1.7976931348623157e+308 ' >-01_.12e' '1.797693134862e+308'
# 0.0 '> #0,.0n' ValueError: Cannot specify ',' with 'n'.
# 0.0 '>15,.1o' ValueError: Cannot specify ',' with 'o'.
# (1+2j) '*^-#.12e' '1.000000000000e+00+2.000000000000e+00j'
# 1.5 '*#.20F' ValueError: Invalid format specifier '*#.20F' for object of type 'float'
# (1+2j) '0<#015_E' ValueError: Zero padding is not allowed in complex format specifier
# 0.0 '-08,.20%' '0.00000000000000000000%'
# (1+2j) ' 15,.20E' ' 1.00000000000000000000E+00+2.00000000000000000000E+00j'
# -2.5 '*>#08,.20b' ValueError: Cannot specify ',' with 'b'.
# 0.5 '+08_.20G' '+0_000.5'
# -0.0 '=+#8.20G' '-0.0000000000000000000'
# 1e+100 '^+01_.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e+100 '*=-#01_r' ValueError: Cannot specify '_' with 'r'.
# 1.5e-300j '>-#,.20s' ValueError: Cannot specify ',' with 's'.
# -2.5 '<+#15,x' ValueError: Cannot specify ',' with 'x'.
# 1.5 '^-#015_.20E' '1.50000000000000000000E+00'
# 0.1 '<-.20o' ValueError: Unknown format code 'o' for object of type 'float'
# inf '0=#8.3r' ValueError: Unknown format code 'r' for object of type 'float'
# 12345 '-0,.0f' '12,345'
# 0.0 '<+#08,.0s' ValueError: Cannot specify ',' with 's'.
# 5e-324 '>+#0,.12e' '+4.940656458412e-324'
# -987654321 '>-#01_.1r' ValueError: Cannot specify '_' with 'r'.
# 12345 '<-015_' '12_345000000000'
# nan '0>+#08_.3b' ValueError: Unknown format code 'b' for object of type 'float'
# 12345 '>-015_.0c' ValueError: Cannot specify '_' with 'c'.
# 1e+22 '^+#08_.0X' ValueError: Unknown format code 'X' for object of type 'float'
# True ' =+1,.0s' ValueError: Cannot specify ',' with 's'.
# True '< _.0c' ValueError: Cannot specify '_' with 'c'.
# 1e+22 '<+#8,.0X' ValueError: Cannot specify ',' with 'X'.
# (-0+infj) ' 1,.20G' '-0+INFj'
# 1 '*= 15,.0e' ' *********1e+00'
# (1+2j) '^ #_.20s' ValueError: Cannot specify '_' with 's'.
# 1.5 '>-0.0G' '2'
# 0.1 ' #015.1c' ValueError: Unknown format code 'c' for object of type 'float'
# 1e+22 ' #.20c' ValueError: Unknown format code 'c' for object of type 'float'
# -0.0 '0< #01,.3G' '-0.00'
# nan '< 8.12E' ' NAN    '
# -inf '^+_.1f' '-inf'
# 1.7976931348623157e+308 '<+#015_.20o' ValueError: Unknown format code 'o' for object of type 'float'
# 0.5 '-#01.0x' ValueError: Unknown format code 'x' for object of type 'float'
# 2.675 '> 015.0E' '000000000 3E+00'
# 12345 '* #15_.3%' ValueError: Invalid format specifier '* #15_.3%' for object of type 'int'
# 1.5e-300j '^.3X' ValueError: Unknown format code 'X' for object of type 'complex'
# 1.5 '+_.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 0 ' 1_.3X' ValueError: Precision not allowed in integer format specifier
# inf '>+#01.1e' '+inf'
# 1e-07 ' <-1,.20g' '9.9999999999999995475e-08'
# 1 '<#15_.20F' '1.00000000000000000000'
# True '<+01,.12f' '+1.000000000000'
# 1 '0+0_.20s' ValueError: Invalid format specifier '0+0_.20s' for object of type 'int'
# -987654321 '*> #015_.0X' ValueError: Precision not allowed in integer format specifier
# 0.5 '0^+1.20r' ValueError: Unknown format code 'r' for object of type 'float'
# (-0+infj) '* 15_.0s' ValueError: Invalid format specifier '* 15_.0s' for object of type 'complex'
# (1+2j) '>+_.12%' ValueError: Unknown format code '%' for object of type 'complex'
# -987654321 '=0.3n' ValueError: Precision not allowed in integer format specifier
# 12345 '* 015,.3%' ValueError: Invalid format specifier '* 015,.3%' for object of type 'int'
# 1.7976931348623157e+308 '0>+#08,.3r' ValueError: Cannot specify ',' with 'r'.
# 0.5 '=15,' '            0.5'
# 1e+22 '^08.12n' '01e+2200'
# 1e-07 '* 1.20g' ValueError: Invalid format specifier '* 1.20g' for object of type 'float'
# -0.0 '*< 15,.12s' ValueError: Cannot specify ',' with 's'.
# 123456.789 '#15.1X' ValueError: Unknown format code 'X' for object of type 'float'
# 0.1 '0=15.20r' ValueError: Unknown format code 'r' for object of type 'float'
# 100000000000000000000 '* #01.3E' ValueError: Invalid format specifier '* #01.3E' for object of type 'int'
# True '-,.1o' ValueError: Cannot specify ',' with 'o'.
# 5e-324 ' < 01,.12e' ' 4.940656458412e-324'
# nan '0^1_.12E' 'NAN'
# nan '<#.0r' ValueError: Unknown format code 'r' for object of type 'float'
# 1e+22 '^ #01,.12e' ' 1.000000000000e+22'
# 1.7976931348623157e+308 '>-#0.3x' ValueError: Unknown format code 'x' for object of type 'float'
# -1 '>01,.12X' ValueError: Cannot specify ',' with 'X'.
# 2.675 '<#15,.12G' '2.67500000000  '
# -987654321 ' <1.20%' '-98765432100.00000000000000000000%'
# 123456.789 '> 01,.0e' ' 1e+05'
# 100000000000000000000 '+0_.1g' '+1e+20'
# 0.1 '=01s' ValueError: Unknown format code 's' for object of type 'float'
# (-0+infj) '0^+15,c' ValueError: Cannot specify ',' with 'c'.
# 1 ' ^+0,.0c' ValueError: Cannot specify ',' with 'c'.
# 0.5 '<+#1.20o' ValueError: Unknown format code 'o' for object of type 'float'
# 123456.789 '<-#8_.3x' ValueError: Unknown format code 'x' for object of type 'float'
# -0.0 '-01_.1g' '-0'
# inf ' ^-15,.1x' ValueError: Cannot specify ',' with 'x'.
# 1.5e-300j '<-1_d' ValueError: Unknown format code 'd' for object of type 'complex'
# 1 '>#0_.1g' '1.'
# 0.0 '>1_.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.5 '*^#8_.20' '0.50000000000000000000'
# -987654321 '0< #01,.20o' ValueError: Cannot specify ',' with 'o'.
# -1 '< 15.3b' ValueError: Precision not allowed in integer format specifier
# 1.5e-300j '*< 08,.0s' ValueError: Cannot specify ',' with 's'.
# 5e-324 '^+#15.3%' '    +0.000%    '
# 12345 ' ^-015_.3G' '   1.23E+04    '
# 1e+22 '+#15.1E' '       +1.0E+22'
# (-0+infj) '*^+#015,.0G' '***-0.+INFj****'
# (-0+infj) ' >-#,.12b' ValueError: Cannot specify ',' with 'b'.
# 1.5e-300j '0^+#,.1d' ValueError: Unknown format code 'd' for object of type 'complex'
# 0.0 ' = 015,.12%' ' 0.000000000000%'
# -inf '*> 08.3r' ValueError: Unknown format code 'r' for object of type 'float'
# 100000000000000000000 ' -#01b' ValueError: Invalid format specifier ' -#01b' for object of type 'int'
# 1e-07 '< #1,.1d' ValueError: Unknown format code 'd' for object of type 'float'
# (-0+infj) '0^ #0_.1n' ValueError: Cannot specify '_' with 'n'.
# 0.5 '>#015_%' '0000050.000000%'
# 1e-07 '*>+1,.1' '+1e-07'
# 12345 '0<-#015_n' ValueError: Cannot specify '_' with 'n'.
# -2.5 '<-#015o' ValueError: Unknown format code 'o' for object of type 'float'
# (1+2j) '^#1G' '1.00000+2.00000j'
# -2.5 '*=-08_.12F' '-2.500000000000'
# nan ' =+#08.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 123456.789 '*08_.0r' ValueError: Invalid format specifier '*08_.0r' for object of type 'float'
# -inf '*<+#1,.1o' ValueError: Cannot specify ',' with 'o'.
# 1e+16 '0^ #1.0s' ValueError: Unknown format code 's' for object of type 'float'
# 0 '^-15_.0' ValueError: Precision not allowed in integer format specifier
# 1.5 '-#01,.0X' ValueError: Cannot specify ',' with 'X'.
# 1.5e-300j '0-8.12b' ValueError: Invalid format specifier '0-8.12b' for object of type 'complex'
# -1 '*^ 1.1b' ValueError: Precision not allowed in integer format specifier
# 5e-324 '0= 15_.3G' ' 00_004.94E-324'
# -1 ' =#0,.12r' ValueError: Cannot specify ',' with 'r'.
# 1.7976931348623157e+308 ' 0.1G' ' 2E+308'
# -2.5 ' #15.12F' '-2.500000000000'
# 12345 '15.0o' ValueError: Precision not allowed in integer format specifier
# nan '> 01,n' ValueError: Cannot specify ',' with 'n'.
# (-0+infj) '> 0_.20%' ValueError: Unknown format code '%' for object of type 'complex'
# 1.5 ' <+#0,.0F' '+2.'
# 0.0 '= 15.12' '            0.0'
# True ' =#_.0b' ValueError: Precision not allowed in integer format specifier
# 123456.789 '*-#8.20' ValueError: Invalid format specifier '*-#8.20' for object of type 'float'
# 1e+16 '0+_o' ValueError: Invalid format specifier '0+_o' for object of type 'float'
# (-0+infj) '= 01_.1G' ValueError: Zero padding is not allowed in complex format specifier
# -1 '>+08_o' '000000-1'
# 1e+100 '0^15_.0d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e-07 '-#08_n' ValueError: Cannot specify '_' with 'n'.
# 1.5 '0<-#15,d' ValueError: Unknown format code 'd' for object of type 'float'
# 12345 '-01,n' ValueError: Cannot specify ',' with 'n'.
# 0.1 '15_o' ValueError: Unknown format code 'o' for object of type 'float'
# nan '=-01,.20n' ValueError: Cannot specify ',' with 'n'.
# 1e+16 '<#01_.20X' ValueError: Unknown format code 'X' for object of type 'float'
# -2.5 '0^ #015,.1n' ValueError: Cannot specify ',' with 'n'.
# 1.5 '#015.12g' '001.50000000000'
# -inf '0<-0,.3e' '-inf'
# 0.1 ' 15,.12c' ValueError: Cannot specify ',' with 'c'.
# 0 '> #15.3X' ValueError: Precision not allowed in integer format specifier
# 2.675 '> 8,.20' ' 2.6749999999999998224'
# 2.675 '>-.1s' ValueError: Unknown format code 's' for object of type 'float'
# 1 '>+#1,.1g' '+1.'
# 1e+16 '0>015.20e' '1.00000000000000000000e+16'
# -2.5 '0>-#015.0G' '000000000000-2.'
# 1 '0-015.0X' ValueError: Invalid format specifier '0-015.0X' for object of type 'int'
# 0.0 '0<+15,.1' '+0e+00000000000'
# 100000000000000000000 ' > ,.1b' ValueError: Cannot specify ',' with 'b'.
# 1 ' 015,.12f' ' 1.000000000000'
# -1 '<08,.0e' '-1e+0000'
# (-0+infj) '> #_.20r' ValueError: Cannot specify '_' with 'r'.
# -2.5 ' =-08,.0f' '-      2'
# 12345 '> 015.1d' ValueError: Precision not allowed in integer format specifier
# 1e-07 '=-.3e' '1.000e-07'
# inf '>+#_.20c' ValueError: Cannot specify '_' with 'c'.
# nan '= #15.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 100000000000000000000 '^+#08.12b' ValueError: Precision not allowed in integer format specifier
# 1e+22 '>-#1_.0r' ValueError: Cannot specify '_' with 'r'.
# 100000000000000000000 '=+0.12r' ValueError: Unknown format code 'r' for object of type 'int'
# -0.0 ' ^+015.3s' ValueError: Unknown format code 's' for object of type 'float'
# 5e-324 '^08_.0X' ValueError: Unknown format code 'X' for object of type 'float'
# 2.675 '^+#_.0x' ValueError: Unknown format code 'x' for object of type 'float'
# True '>+#8_.0x' ValueError: Precision not allowed in integer format specifier
# nan '#1,.1f' 'nan'
# -987654321 '*=0n' '-987654321'
# 0.0 '^ 015,g' '000000 00000000'
# 1e-07 '^-#01.12' '1.00000000000e-07'
# 123456.789 '^-#15,.20n' ValueError: Cannot specify ',' with 'n'.
# 0.1 '^-#08_.1g' '000.1000'
# 1.5e-300j ' -8.3E' ValueError: Invalid format specifier ' -8.3E' for object of type 'complex'
# -2.5 '> #08_.12s' ValueError: Cannot specify '_' with 's'.
# 5e-324 ' =+#.3c' ValueError: Unknown format code 'c' for object of type 'float'
# 0 '>+#015c' ValueError: Sign not allowed with integer format specifier 'c'
# 0.5 '=+015,.20f' '+0.50000000000000000000'
# 1 '0^ 08,.0o' ValueError: Cannot specify ',' with 'o'.
# 123456.789 '-#015.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 123456.789 '< #15,.3f' ' 123,456.789   '
# -inf ' >+#01,.1X' ValueError: Cannot specify ',' with 'X'.
# (-0+infj) '=+01,.0%' ValueError: Unknown format code '%' for object of type 'complex'
# 0.0 '*^ 8_.0F' '*** 0***'
# (1+2j) '^+#08,.12%' ValueError: Unknown format code '%' for object of type 'complex'
# (1+2j) '+0_.3o' ValueError: Unknown format code 'o' for object of type 'complex'
# -987654321 '^ #_.0G' '-1.E+09'
# 0.1 '=-15_.20b' ValueError: Unknown format code 'b' for object of type 'float'
# 2.675 '<-#015_.20X' ValueError: Unknown format code 'X' for object of type 'float'
# (1+2j) '=-#1,.0o' ValueError: Cannot specify ',' with 'o'.
# -1 '> 015.20%' '-100.00000000000000000000%'
# (-0+infj) '<+#0.12g' ValueError: Zero padding is not allowed in complex format specifier
# -1 ' 0.12s' ValueError: Unknown format code 's' for object of type 'int'
# 2.675 '-#0_.1G' '3.'
# 123456.789 '0 #1.1c' ValueError: Invalid format specifier '0 #1.1c' for object of type 'float'
# 0.0 ' >#_.3r' ValueError: Cannot specify '_' with 'r'.
# 0.5 '+08,.1s' ValueError: Cannot specify ',' with 's'.
# -inf '*^#08,.20s' ValueError: Cannot specify ',' with 's'.
# 100000000000000000000 '*>+01,.12n' ValueError: Cannot specify ',' with 'n'.
# 100000000000000000000 '0=1.20e' '1.00000000000000000000e+20'
# 1e+16 '=+015.20G' '+10000000000000000'
# (-0+infj) '= 15_.12e' ValueError: '=' alignment flag is not allowed in complex format specifier
# -2.5 '0+1_%' ValueError: Invalid format specifier '0+1_%' for object of type 'float'
# 1.7976931348623157e+308 ' > 8,.12o' ValueError: Cannot specify ',' with 'o'.
# 123456.789 '*<-#15.3X' ValueError: Unknown format code 'X' for object of type 'float'
# 1e+100 ' <-#08.12e' '1.000000000000e+100'
# -1 '<+_.12e' '-1.000000000000e+00'
# 1e+22 ' ^+#01.0g' '+1.e+22'
# 123456.789 ' =+1_.1G' '+1E+05'
# -987654321 '=+015.0c' ValueError: Precision not allowed in integer format specifier
# 1.5e-300j '*< #15_.0E' ' 0.E+00+2.E-300j'
# -1 '*<#015.20%' '-100.00000000000000000000%'
# 0.5 '-#0_%' '50.000000%'
# 1e-07 '*<-#1.1r' ValueError: Unknown format code 'r' for object of type 'float'
# 1e+16 '*> 15_.3g' '********* 1e+16'
# 1.5 '#015_.1c' ValueError: Cannot specify '_' with 'c'.
# 5e-324 '>01.12r' ValueError: Unknown format code 'r' for object of type 'float'
# 1e+16 '#0.3x' ValueError: Unknown format code 'x' for object of type 'float'
# 1e+16 '^ 015.12c' ValueError: Unknown format code 'c' for object of type 'float'
# -inf '=+08_.1x' ValueError: Unknown format code 'x' for object of type 'float'
# (1+2j) ' ^1.1f' '1.0+2.0j'
# 5e-324 '^ #0,E' ' 4.940656E-324'
# 0.5 '* #15.1o' ValueError: Invalid format specifier '* #15.1o' for object of type 'float'
# True '>#015,.1G' '00000000000001.'
# 0.5 '= #0,E' ' 5.000000E-01'
# 1.5e-300j '<-15.20o' ValueError: Unknown format code 'o' for object of type 'complex'
# 5e-324 '<+#01.1b' ValueError: Unknown format code 'b' for object of type 'float'
# 1.7976931348623157e+308 '*^ 08,.0x' ValueError: Cannot specify ',' with 'x'.
# 1 ' >8,n' ValueError: Cannot specify ',' with 'n'.
# 1.5 '=#08_%' '150.000000%'
# 1 '-#1_.0X' ValueError: Precision not allowed in integer format specifier
# inf '^+#015,.1G' '00000+INF000000'
# 100000000000000000000 '< #8,.3n' ValueError: Cannot specify ',' with 'n'.
# inf '*^+#_.3f' '+inf'
# -1 '^ 01_.3o' ValueError: Precision not allowed in integer format specifier
# -0.0 '0^-0_.3s' ValueError: Cannot specify '_' with 's'.
# 0.1 ' =-#08.0E' '  1.E-01'
# 1e-07 '=+01_.1%' '+0.0%'
# (1+2j) '*<+#15,n' ValueError: Cannot specify ',' with 'n'.
# -0.0 '<8,b' ValueError: Cannot specify ',' with 'b'.
# inf '0=+#,s' ValueError: Cannot specify ',' with 's'.
# 1.5 '^ 8_x' ValueError: Unknown format code 'x' for object of type 'float'
# 1e+100 '8.1E' '1.0E+100'
# 1e+22 ' #1,.12%' ' 999,999,999,999,999,983,222,784.000000000000%'
# 12345 '0< 015.0e' ' 1e+04000000000'
# 2.675 '<#,.12E' '2.675000000000E+00'
# 0.1 '=015_.12g' '0_000_000_000.1'
# 100000000000000000000 ' ^-015.20E' '1.00000000000000000000E+20'
# 0.5 '=08_.1f' '00_000.5'
# 1e+100 '=+01,s' ValueError: Cannot specify ',' with 's'.
# 1e-07 '^+#08,.20x' ValueError: Cannot specify ',' with 'x'.
# 1 '*< 15_.0r' ValueError: Cannot specify '_' with 'r'.
# 1e+16 ' = .20x' ValueError: Unknown format code 'x' for object of type 'float'
# -1 '^-#8_.0c' ValueError: Cannot specify '_' with 'c'.
# 1e+16 '*^8,.20c' ValueError: Cannot specify ',' with 'c'.
# 1 '^#01_.12b' ValueError: Precision not allowed in integer format specifier
# -1 '> 08.1X' ValueError: Precision not allowed in integer format specifier
# True '< _.1g' ' 1'
# 5e-324 '<+,.0X' ValueError: Cannot specify ',' with 'X'.
# 123456.789 '> #15,.0g' '         1.e+05'
# 1 '=+#15.20o' ValueError: Precision not allowed in integer format specifier
# 1.5e-300j ' < 1,.1g' ' 0+2e-300j'
# -2.5 '^+#0_.0r' ValueError: Cannot specify '_' with 'r'.
# 1e+100 '>+#.20%' '+999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.00000000000000000000%'
# -inf '>-#01.20r' ValueError: Unknown format code 'r' for object of type 'float'
# 2.675 '0= #08,.3F' ' 002.675'
# 1 '^-_X' '1'
# 0.5 '*^ 08_%' ' 50.000000%'
# -0.0 '^ #_.1' '-0.e+00'
# 1.5 '0>#015,.1x' ValueError: Cannot specify ',' with 'x'.
# 2.675 '> 15_.20e' ' 2.67499999999999982236e+00'
# 12345 '^08,.0G' '01E+0400'
# 1.7976931348623157e+308 '0<+1_g' '+1.79769e+308'
# -0.0 '0_.1x' ValueError: Unknown format code 'x' for object of type 'float'
# (1+2j) '0> 015_.0s' ValueError: Cannot specify '_' with 's'.
# 1.5e-300j '< 15_.12c' ValueError: Cannot specify '_' with 'c'.
# (-0+infj) '<#8_.1X' ValueError: Unknown format code 'X' for object of type 'complex'
# -1 '+0.20E' '-1.00000000000000000000E+00'
# 1.7976931348623157e+308 '^-015,.12' '1.79769313486e+308'
# -2.5 '= #015.20F' '-2.50000000000000000000'
# 1.5e-300j '^+01.20e' ValueError: Zero padding is not allowed in complex format specifier
# 1.7976931348623157e+308 '0=1_.3s' ValueError: Cannot specify '_' with 's'.
# 12345 '-#08,.20E' '1.23450000000000000000E+04'
# -987654321 '= 08_.0x' ValueError: Precision not allowed in integer format specifier
# 1.5e-300j ' ^ #g' ' 0.00000+1.50000e-300j'
# 1.5 '0<15.0%' '150%00000000000'
# 5e-324 '^ 015,.0r' ValueError: Cannot specify ',' with 'r'.
# True '^08d' '00010000'
# 1.5 '<#,.20o' ValueError: Cannot specify ',' with 'o'.
# -1 '+_.0%' '-100%'
# 100000000000000000000 '=+015.0E' '+0000000001E+20'
# 1.7976931348623157e+308 ' 15_.1s' ValueError: Cannot specify '_' with 's'.
# inf '>+#1,.1G' '+INF'
# 123456.789 '*< #.0X' ValueError: Unknown format code 'X' for object of type 'float'
# (-0+infj) '*=-#0,.3x' ValueError: Cannot specify ',' with 'x'.
# 1.5e-300j '>#0_.20e' ValueError: Zero padding is not allowed in complex format specifier
# inf '*=01_s' ValueError: Cannot specify '_' with 's'.
# 1e+16 '=#15.20r' ValueError: Unknown format code 'r' for object of type 'float'
# 123456.789 ' =+08_.20n' ValueError: Cannot specify '_' with 'n'.
# 0.0 '*<+#01,.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.1 '=#8_.1E' ' 1.0E-01'
# 5e-324 '+015.3x' ValueError: Unknown format code 'x' for object of type 'float'
# 5e-324 ' >+#,.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e+100 ' > 15.1r' ValueError: Unknown format code 'r' for object of type 'float'
# 1.5 '*>-#01,E' '1.500000E+00'
# 0.1 '< 0.1o' ValueError: Unknown format code 'o' for object of type 'float'
# 123456.789 ' =-#15.20s' ValueError: Unknown format code 's' for object of type 'float'
# nan '0>#.20s' ValueError: Unknown format code 's' for object of type 'float'
# -987654321 '0<+15,.1o' ValueError: Cannot specify ',' with 'o'.
# -987654321 ' #015,.0e' '-0,000,001.e+09'
# 2.675 '< #015f' ' 2.675000000000'
# 1e+22 '0=+15_.20%' '+999_999_999_999_999_983_222_784.00000000000000000000%'
# -987654321 '*< #8_d' '-987_654_321'
# 1.5e-300j '> 1_.1%' ValueError: Unknown format code '%' for object of type 'complex'
# -987654321 '^+8.20e' '-9.87654321000000000000e+08'
# (1+2j) '0=+,f' ValueError: Zero padding is not allowed in complex format specifier
# 1.5e-300j '<+#01,.20o' ValueError: Cannot specify ',' with 'o'.
# 0.5 '*=-15.1' '************0.5'
# -987654321 '*> 8,.1r' ValueError: Cannot specify ',' with 'r'.
# 1e+22 '=+#1f' '+10000000000000000000000.000000'
# 0.1 '=+#15,.20E' '+1.00000000000000005551E-01'
# 123456.789 '<+#1,.3e' '+1.235e+05'
# 1.5e-300j '^+1_.0r' ValueError: Cannot specify '_' with 'r'.
# 1e+100 ' #,.0f' ' 10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.'
# 2.675 '#015_.20s' ValueError: Cannot specify '_' with 's'.
# 1.7976931348623157e+308 '^#015_n' ValueError: Cannot specify '_' with 'n'.
# 0 '0= ,.0%' ' 0%'
# 12345 '0+0,g' ValueError: Invalid format specifier '0+0,g' for object of type 'int'
# 0.0 ' <+#1,E' '+0.000000E+00'
# True '*<_.20d' ValueError: Precision not allowed in integer format specifier
# 1.7976931348623157e+308 '^.1s' ValueError: Unknown format code 's' for object of type 'float'
# 1.5e-300j '*<-#8,.1b' ValueError: Cannot specify ',' with 'b'.
# 1 ' ^.20e' '1.00000000000000000000e+00'
# (1+2j) '< #01_.3e' ValueError: Zero padding is not allowed in complex format specifier
# -0.0 '^-#1_.20b' ValueError: Unknown format code 'b' for object of type 'float'
# -2.5 ' 08_.12n' ValueError: Cannot specify '_' with 'n'.
# -1 ' >#015,.1s' ValueError: Cannot specify ',' with 's'.
# -987654321 '0=-0,.12e' '-9.876543210000e+08'
# 5e-324 '<01_r' ValueError: Cannot specify '_' with 'r'.
# (1+2j) '>+#08,.20X' ValueError: Cannot specify ',' with 'X'.
# 0.5 ' ,.3f' ' 0.500'
# 1e+100 '< 01,.3%' ' 999,999,999,999,999,977,049,513,265,245,336,628,446,842,719,924,150,006,129,995,974,731,993,452,180,789,911,303,261,294,481,511,546,880.000%'
# -987654321 '>-08_.0f' '-987_654_321'
# 1e+100 '0^-1,o' ValueError: Cannot specify ',' with 'o'.
# 5e-324 '8_.0b' ValueError: Unknown format code 'b' for object of type 'float'
# 0 '= #01.20E' ' 0.00000000000000000000E+00'
# -987654321 '< 15.12s' ValueError: Unknown format code 's' for object of type 'int'
# -987654321 '0<1,.1X' ValueError: Cannot specify ',' with 'X'.
# -1 '>-8_.1E' '-1.0E+00'
# -inf '0> _X' ValueError: Unknown format code 'X' for object of type 'float'
# 5e-324 '>+#8,.12F' '+0.000000000000'
# 100000000000000000000 '>15_b' '101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000'
# 1.7976931348623157e+308 '0= 015.1s' ValueError: Unknown format code 's' for object of type 'float'
# 2.675 '=15.1b' ValueError: Unknown format code 'b' for object of type 'float'
# -2.5 '^-#01.0' '-2.e+00'
# -1 '>#8,.20o' ValueError: Cannot specify ',' with 'o'.
# 1e-07 '<-#0,f' '0.000000'
# 123456.789 '>+08,.12X' ValueError: Cannot specify ',' with 'X'.
# 2.675 '-0,.0s' ValueError: Cannot specify ',' with 's'.
# 1e-07 '0>-#15,F' '00000000.000000'
# 1 ' <+#0.1E' '+1.0E+00'
# (1+2j) '=015.3b' ValueError: Unknown format code 'b' for object of type 'complex'
# -2.5 '*=8,.1f' '-****2.5'
# 1e+22 ' ^+0,.1s' ValueError: Cannot specify ',' with 's'.
# 1e+22 '=-#08s' ValueError: Unknown format code 's' for object of type 'float'
# inf '<+1_.12c' ValueError: Cannot specify '_' with 'c'.
# 0.1 '<+8.0G' '+0.1    '
# -987654321 ' +08,.3f' ValueError: Invalid format specifier ' +08,.3f' for object of type 'int'
# 1e+100 '< 08,.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.5 ' ^ #08.1e' ' 5.0e-01'
# 1e-07 '*=015,.0b' ValueError: Cannot specify ',' with 'b'.
# 12345 '*+#15_.12' ValueError: Invalid format specifier '*+#15_.12' for object of type 'int'
# 2.675 '<+15,.3n' ValueError: Cannot specify ',' with 'n'.
# -inf '=-#01,.0f' '-inf'
# 100000000000000000000 '>-0,s' ValueError: Cannot specify ',' with 's'.
# 1e+100 '0-15,.0o' ValueError: Invalid format specifier '0-15,.0o' for object of type 'float'
# 0 ' 08.0f' ' 0000000'
# inf '=+#8,.3c' ValueError: Cannot specify ',' with 'c'.
# 1.7976931348623157e+308 '-015.1%' '00000000000inf%'
# 1e-07 '= 08_.20n' ValueError: Cannot specify '_' with 'n'.
# 100000000000000000000 '-0,.0d' ValueError: Precision not allowed in integer format specifier
# inf '=+015_' '+00000000000inf'
# nan '^0.20E' 'NAN'
# 2.675 '>+#15,E' '  +2.675000E+00'
# -987654321 '-1.12b' ValueError: Precision not allowed in integer format specifier
# -0.0 ' 08_G' '-000_000'
# 123456.789 '0=-.12g' '123456.789'
# 1 '< #15,.3F' ' 1.000         '
# inf '*>#015_%' '***********inf%'
# True '< #01,.12r' ValueError: Cannot specify ',' with 'r'.
# 1.7976931348623157e+308 '<+#.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e+22 '0^+08.3o' ValueError: Unknown format code 'o' for object of type 'float'
# 5e-324 '>0,.0g' '5e-324'
# 1.7976931348623157e+308 '=-#08.1b' ValueError: Unknown format code 'b' for object of type 'float'
# -987654321 '<-#.12n' ValueError: Precision not allowed in integer format specifier
# 0.5 '^ 1,.12x' ValueError: Cannot specify ',' with 'x'.
# 0.5 '<+015_g' '+0.500000000000'
# 1.5 ' >-#08,.0G' '      2.'
# 0.5 '>-#15,.20' '0.50000000000000000000'
# 2.675 '015,.3g' '0,000,000,002.67'
# 1e+16 '^ #_.3s' ValueError: Cannot specify '_' with 's'.
# 1.5 ' =-0,.0%' '150%'
# True '0<+01.3d' ValueError: Precision not allowed in integer format specifier
# 0.5 ' >#8.1F' '     0.5'
# -inf '< #015_E' '-INF00000000000'
# 1.5e-300j '*<#0,.20' '1.5000000000000001205e-300j'
# 1 ' ^-1,x' ValueError: Cannot specify ',' with 'x'.
# 2.675 '#8,.3f' '   2.675'
# 12345 '0> 0,.12x' ValueError: Cannot specify ',' with 'x'.
# 1e+16 '*< 1,g' ' 1e+16'
# 0 '*<-1_.0o' ValueError: Precision not allowed in integer format specifier
# 1e+16 '*<+#01d' ValueError: Unknown format code 'd' for object of type 'float'
# inf '*=+#_.0F' '+INF'
# 1.5 '=+#0,.3' '+1.50'
# 5e-324 '^+01_.0f' '+0'
# 1.7976931348623157e+308 '= 01_.3o' ValueError: Unknown format code 'o' for object of type 'float'
# -2.5 '*=+1,.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e+100 '0^08_.12F' '10_000_000_000_000_000_159_028_911_097_599_180_468_360_808_563_945_281_389_781_327_557_747_838_772_170_381_060_813_469_985_856_815_104.000000000000'
# 1 ' 08,.12s' ValueError: Cannot specify ',' with 's'.
# 123456.789 '< #015.12s' ValueError: Unknown format code 's' for object of type 'float'
# 0.1 ' ^ #0' ' 0.1'
# 1 ' 8,.12g' '       1'
# 0.1 '+0,.0c' ValueError: Cannot specify ',' with 'c'.
# 12345 '-#15,.1d' ValueError: Precision not allowed in integer format specifier
# 0.1 '<-#15.0E' '1.E-01         '
# -0.0 '=015.0e' '-0000000000e+00'
# (1+2j) ' < 0,.3E' ' 1.000E+00+2.000E+00j'
# (1+2j) '+015.0F' ValueError: Zero padding is not allowed in complex format specifier
# 0.0 '0+0,.12F' ValueError: Invalid format specifier '0+0,.12F' for object of type 'float'
# (1+2j) '<-.1f' '1.0+2.0j'
# 123456.789 '< 01,.20b' ValueError: Cannot specify ',' with 'b'.
# 123456.789 ' >-#0_.3c' ValueError: Cannot specify '_' with 'c'.
# -987654321 ' +8,.3c' ValueError: Invalid format specifier ' +8,.3c' for object of type 'int'
# 123456.789 '^-#1.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.5 ' +1.3f' ValueError: Invalid format specifier ' +1.3f' for object of type 'float'
# inf '^+08,.0c' ValueError: Cannot specify ',' with 'c'.
# 1 '>-e' '1.000000e+00'
# (1+2j) ' <-8,.1G' '1+2j    '
# 1.5e-300j ' 15_.1E' ' 0.0E+00+1.5E-300j'
# 0 '=-08.0d' ValueError: Precision not allowed in integer format specifier
# nan '*>-#01,.3E' 'NAN'
# 1 '*< 1.20o' ValueError: Precision not allowed in integer format specifier
# -987654321 '<+0_.20X' ValueError: Precision not allowed in integer format specifier
# 0.1 '*^#8.3X' ValueError: Unknown format code 'X' for object of type 'float'
# 100000000000000000000 '=-015_.0' ValueError: Precision not allowed in integer format specifier
# -inf '0<-#015.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 123456.789 '<+#8.12r' ValueError: Unknown format code 'r' for object of type 'float'
# 0.1 '^ #0_.1c' ValueError: Cannot specify '_' with 'c'.
# 0 '<#1,.3' ValueError: Precision not allowed in integer format specifier
# 1.5e-300j '> 1_.3s' ValueError: Cannot specify '_' with 's'.
# 0 '>0.12c' ValueError: Precision not allowed in integer format specifier
# -0.0 ' +0,r' ValueError: Invalid format specifier ' +0,r' for object of type 'float'
# 1 '0^ 1c' ValueError: Sign not allowed with integer format specifier 'c'
# 0 '*^ 08.20b' ValueError: Precision not allowed in integer format specifier
# 123456.789 '*=-#1_.12n' ValueError: Cannot specify '_' with 'n'.
# (1+2j) ' <01,.1e' '1.0e+00+2.0e+00j'
# 0.5 '*= #0_.1e' ' 5.0e-01'
# nan ' ^+08,F' '  +NAN  '
# 0 '0<-#015_.12c' ValueError: Cannot specify '_' with 'c'.
# -1 ' #08,.12n' ValueError: Cannot specify ',' with 'n'.
# 2.675 ' =+#01,.0x' ValueError: Cannot specify ',' with 'x'.
# 1 '8,.1b' ValueError: Cannot specify ',' with 'b'.
# 0.5 '*< 15_.3x' ValueError: Unknown format code 'x' for object of type 'float'
# 1e+100 '<#08_n' ValueError: Cannot specify '_' with 'n'.
# 0.1 '<+#1.3%' '+10.000%'
# nan '^,.12d' ValueError: Unknown format code 'd' for object of type 'float'
# -987654321 '*^+#015_.1g' '****-1.e+09****'
# 123456.789 ' <#1_.20r' ValueError: Cannot specify '_' with 'r'.
# 0 ' ^-#,.12c' ValueError: Cannot specify ',' with 'c'.
# (-0+infj) '*^-#8_.12r' ValueError: Cannot specify '_' with 'r'.
# -2.5 ' >+015_.3o' ValueError: Unknown format code 'o' for object of type 'float'
# 1e-07 '=#08_.3E' '1.000E-07'
# -inf '< #0_.0n' ValueError: Cannot specify '_' with 'n'.
# 1e+100 '*>+08_.0d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.0 '0>#8.12' '0.00000000000'
# 5e-324 '*-#15,.12r' ValueError: Invalid format specifier '*-#15,.12r' for object of type 'float'
# 1e+100 ' 15.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 1e-07 '<+#0.3G' '+1.00E-07'
# -2.5 ' <#015_.1e' '-2.5e+00       '
# inf ' > 0,.12' ' inf'
# 0 '> 01,.0c' ValueError: Cannot specify ',' with 'c'.
# 1.7976931348623157e+308 '^-#15,.12r' ValueError: Cannot specify ',' with 'r'.
# 1e-07 ' > 015,.20f' ' 0.00000010000000000000'
# 1e+100 '=08c' ValueError: Unknown format code 'c' for object of type 'float'
# 1e+16 '*>-#' '1.e+16'
# 0.5 '#0_X' ValueError: Unknown format code 'X' for object of type 'float'
# -1 ' #08,.1e' '-1.0e+00'
# (1+2j) '<-015_.1g' ValueError: Zero padding is not allowed in complex format specifier
# -987654321 '>-8,.1r' ValueError: Cannot specify ',' with 'r'.
# -1 '+1,.20f' '-1.00000000000000000000'
# 1e+100 '0^ #08,G' ' 1.00000E+100'
# inf '*=#15,.12o' ValueError: Cannot specify ',' with 'o'.
# 0 '*<+1.1' ValueError: Precision not allowed in integer format specifier
# -2.5 '0< 8.3n' '-2.50000'
# -2.5 '-.3r' ValueError: Unknown format code 'r' for object of type 'float'
# 1e+22 ' >+#08%' '+999999999999999983222784.000000%'
# -987654321 '<-01.20' ValueError: Precision not allowed in integer format specifier
# 5e-324 '<+#1.1e' '+4.9e-324'
# -0.0 '0-.0g' ValueError: Invalid format specifier '0-.0g' for object of type 'float'
# -1 '0<+01,c' ValueError: Cannot specify ',' with 'c'.
# 1e+22 '-_.1f' '10_000_000_000_000_000_000_000.0'
# 0 '<0_.20G' '0'
# 1.7976931348623157e+308 '<#015_.3x' ValueError: Unknown format code 'x' for object of type 'float'
# 100000000000000000000 ' >+#8,.3g' '+1.00e+20'
# 0 '-015,.0s' ValueError: Cannot specify ',' with 's'.
# 0.1 '=+#8,.1%' '+  10.0%'
# -inf '0< .12e' '-inf'
# True '<#_.0%' '100.%'
# 1e-07 ' < X' ValueError: Unknown format code 'X' for object of type 'float'
# inf '=+8,.12c' ValueError: Cannot specify ',' with 'c'.
# (-0+infj) ' < 15.3X' ValueError: Unknown format code 'X' for object of type 'complex'
# -inf '8,.20o' ValueError: Cannot specify ',' with 'o'.
# -inf '-08.12e' '-0000inf'
# -2.5 '-015,.1c' ValueError: Cannot specify ',' with 'c'.
# nan ' =+015,.20c' ValueError: Cannot specify ',' with 'c'.
# -1 ' < #015_.1%' '-100.0%        '
# 1e+16 '0=#1_.20f' '10_000_000_000_000_000.00000000000000000000'
# 1e-07 '0^ 1,.0r' ValueError: Cannot specify ',' with 'r'.
# True '< ,.0e' ' 1e+00'
# 0.0 '< 1,.3s' ValueError: Cannot specify ',' with 's'.
# 0 '^+#015.3n' ValueError: Precision not allowed in integer format specifier
# 0.5 '0-01_.0E' ValueError: Invalid format specifier '0-01_.0E' for object of type 'float'
# (1+2j) '0<+08g' ValueError: Zero padding is not allowed in complex format specifier
# 1.5 '=,.12r' ValueError: Cannot specify ',' with 'r'.
# -0.0 '0< 0_.20%' '-0.00000000000000000000%'
# 2.675 '>#8n' ' 2.67500'
# 0.0 '> ,.1o' ValueError: Cannot specify ',' with 'o'.
# nan '<-#8.1e' 'nan     '
# 0.1 '=-8.20F' '0.10000000000000000555'
# -987654321 '=+.20E' '-9.87654321000000000000E+08'
# 100000000000000000000 ' +#1_.12b' ValueError: Invalid format specifier ' +#1_.12b' for object of type 'int'
# inf '< #08,.12o' ValueError: Cannot specify ',' with 'o'.
# 1.5e-300j '>+#0_.12x' ValueError: Unknown format code 'x' for object of type 'complex'
# (-0+infj) '*= #15.0c' ValueError: Unknown format code 'c' for object of type 'complex'
# 0.1 '<+08.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 100000000000000000000 ' ^.12' ValueError: Precision not allowed in integer format specifier
# 1.5e-300j '> #08,.20G' ValueError: Zero padding is not allowed in complex format specifier
# 1 '#01_g' '1.00000'
# -0.0 '>+0_E' '-0.000000E+00'
# 5e-324 '0= #01,G' ' 4.94066E-324'
# 1e-07 '<-#0.12f' '0.000000100000'
# 0.1 '>+#015_.1o' ValueError: Unknown format code 'o' for object of type 'float'
# -2.5 '^ #8_.0g' '  -2.   '
# 0 ' -#01.12g' ValueError: Invalid format specifier ' -#01.12g' for object of type 'int'
# 1.5 '0>+#15s' ValueError: Unknown format code 's' for object of type 'float'
# True '0^8_E' '1.000000E+00'
# 0.5 '>#.1n' '0.5'
# (-0+infj) ' #15,.3f' '    -0.000+infj'
# 1e-07 '<15,.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.1 '>+#0.12F' '+0.100000000000'
# 0 '^-0,.3c' ValueError: Cannot specify ',' with 'c'.
# 100000000000000000000 '= #8g' ' 1.00000e+20'
# 1.5e-300j '>-#08.1c' ValueError: Unknown format code 'c' for object of type 'complex'
# 1.5 '<1_.3r' ValueError: Cannot specify '_' with 'r'.
# -987654321 '>-1_.12X' ValueError: Precision not allowed in integer format specifier
# -1 '=-#015.20o' ValueError: Precision not allowed in integer format specifier
# inf ' >1.3s' ValueError: Unknown format code 's' for object of type 'float'
# 1e+100 ' =#0_.1%' '999_999_999_999_999_977_049_513_265_245_336_628_446_842_719_924_150_006_129_995_974_731_993_452_180_789_911_303_261_294_481_511_546_880.0%'
# 0.5 '^#08,.3f' '00.50000'
# 0.0 '+15_.0n' ValueError: Cannot specify '_' with 'n'.
# 0 '<+8_.3X' ValueError: Precision not allowed in integer format specifier
# True '*>#15_.20f' '1.00000000000000000000'
# 5e-324 '= 0,g' ' 4.94066e-324'
# 0.1 '=+1_.20X' ValueError: Unknown format code 'X' for object of type 'float'
# 5e-324 '=+01.3X' ValueError: Unknown format code 'X' for object of type 'float'
# 0 '=0.20X' ValueError: Precision not allowed in integer format specifier
# (1+2j) '>.0f' '1+2j'
# -987654321 '*=-01_.0e' '-1e+09'
# 0.1 '*^ 1.20n' ' 0.10000000000000000555'
# 5e-324 '+#15.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 2.675 '+8_.3e' '+2.675e+00'
# inf '0-1,.0g' ValueError: Invalid format specifier '0-1,.0g' for object of type 'float'
# nan '-#8_.20d' ValueError: Unknown format code 'd' for object of type 'float'
# -2.5 '>-#01_o' ValueError: Unknown format code 'o' for object of type 'float'
# inf '=015.1f' '000000000000inf'
# 2.675 '^-#1.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 100000000000000000000 '<15,.20%' '10,000,000,000,000,000,000,000.00000000000000000000%'
# 0.5 '+#1,.1r' ValueError: Cannot specify ',' with 'r'.
# 100000000000000000000 ' 8_.3d' ValueError: Precision not allowed in integer format specifier
# nan '^ #1_.1s' ValueError: Cannot specify '_' with 's'.
# -inf ' #08_.3o' ValueError: Unknown format code 'o' for object of type 'float'
# 1e+16 '^-01.20n' '10000000000000000'
# True ' <#0.12g' '1.00000000000'
# -1 '< #015,.12f' '-1.000000000000'
# 0.1 '+08.1X' ValueError: Unknown format code 'X' for object of type 'float'
# 1e+22 ' ^-8,.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 1.7976931348623157e+308 '<-1_.12c' ValueError: Cannot specify '_' with 'c'.
# 1e+22 '^,.0' '1e+22'
# 12345 '^+015.20g' '0000+1234500000'
# -2.5 '0^15,x' ValueError: Cannot specify ',' with 'x'.
# -inf '0=+#8_.3G' '-0000INF'
# 2.675 '0^,d' ValueError: Unknown format code 'd' for object of type 'float'
# 12345 '*<-#0%' '1234500.000000%'
# -1 '<-15,.12x' ValueError: Cannot specify ',' with 'x'.
# 0.5 '>#01_.12E' '5.000000000000E-01'
# 1e-07 '0> #15,.12x' ValueError: Cannot specify ',' with 'x'.
# 5e-324 ' ^#01,.1s' ValueError: Cannot specify ',' with 's'.
# -2.5 ' 0,.0b' ValueError: Cannot specify ',' with 'b'.
# -987654321 ' =#1.12F' '-987654321.000000000000'
# -1 '> 015,%' '000-100.000000%'
# True '^+8.12b' ValueError: Precision not allowed in integer format specifier
# 1e+100 ' 1,.0G' ' 1E+100'
# -2.5 '*<-8x' ValueError: Unknown format code 'x' for object of type 'float'
# 0 ' -_.3s' ValueError: Invalid format specifier ' -_.3s' for object of type 'int'
# 0 '0<+#1.1F' '+0.0'
# 1e+16 '0 #8,G' ValueError: Invalid format specifier '0 #8,G' for object of type 'float'
# True '<#1.1%' '100.0%'
# 1.7976931348623157e+308 '-15.12g' '1.79769313486e+308'
# 100000000000000000000 '-#15_.0n' ValueError: Cannot specify '_' with 'n'.
# -1 '> 15.12x' ValueError: Precision not allowed in integer format specifier
# 1e+16 '08.12o' ValueError: Unknown format code 'o' for object of type 'float'
# 2.675 '0<-#8_.0%' '268.%000'
# 5e-324 ' >+#1.20d' ValueError: Unknown format code 'd' for object of type 'float'
# nan '01_.12c' ValueError: Cannot specify '_' with 'c'.
# 0 '> 01,.12c' ValueError: Cannot specify ',' with 'c'.
# 1e+100 '^-015_.3X' ValueError: Unknown format code 'X' for object of type 'float'
# 1.5e-300j '<01_x' ValueError: Unknown format code 'x' for object of type 'complex'
# 0.1 '0^+8,.0d' ValueError: Unknown format code 'd' for object of type 'float'
# 123456.789 '= 015X' ValueError: Unknown format code 'X' for object of type 'float'
# -1 '^+#01_.1F' '-1.0'
# -987654321 '<#01,.3r' ValueError: Cannot specify ',' with 'r'.
# 1 '08,.0%' '000,100%'
# -987654321 '+#8.20b' ValueError: Precision not allowed in integer format specifier
# 0.5 '^+#15_.0G' '     +0.5      '
# 100000000000000000000 '^ 1_.12s' ValueError: Cannot specify '_' with 's'.
# 1.5 ' <+015.3f' '+1.500         '
# -inf '0>15.1F' '00000000000-INF'
# 0.0 '+#08_' '+0_000.0'
# 2.675 ' 08.12o' ValueError: Unknown format code 'o' for object of type 'float'
# 0.1 '<0.20x' ValueError: Unknown format code 'x' for object of type 'float'
# -inf '>-#01,.3%' '-inf%'
# 1.5 ' 8_.1g' '       2'
# 0 '> 1,.1d' ValueError: Precision not allowed in integer format specifier
# (-0+infj) ' 015,.3n' ValueError: Cannot specify ',' with 'n'.
# 1 '>-#1_.3s' ValueError: Cannot specify '_' with 's'.
# 0.1 '0<+_.20b' ValueError: Unknown format code 'b' for object of type 'float'
# 123456.789 '>-,.20' '123,456.78900000000431'
# 12345 '> #08.3%' ' 1234500.000%'
# -1 '*=+8_.1e' '-1.0e+00'
# 1e-07 '15n' '          1e-07'
# -1 '0-#.12g' ValueError: Invalid format specifier '0-#.12g' for object of type 'int'
# 1.5 '+#1d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e-07 '*#1,.12' ValueError: Invalid format specifier '*#1,.12' for object of type 'float'
# nan '>#0_.12f' 'nan'
# 0.1 '>-#8,c' ValueError: Cannot specify ',' with 'c'.
# 0.1 '>-#01_.3n' ValueError: Cannot specify '_' with 'n'.
# 2.675 '^ 08,.0c' ValueError: Cannot specify ',' with 'c'.
# -987654321 '*^15.1E' '***-9.9E+08****'
# 0.0 '>08_x' ValueError: Unknown format code 'x' for object of type 'float'
# 2.675 ' > #015,x' ValueError: Cannot specify ',' with 'x'.
# 1e+16 '^#01r' ValueError: Unknown format code 'r' for object of type 'float'
# 1.5e-300j '^+#15.12x' ValueError: Unknown format code 'x' for object of type 'complex'
# True '> _.3r' ValueError: Cannot specify '_' with 'r'.
# (-0+infj) ' <-#015.3E' '-0.000E+00+INFj'
# 0 ' ^-#8,c' ValueError: Cannot specify ',' with 'c'.
# -inf '<-#_.0%' '-inf%'
# 1e+22 '0<-#15.3' '1.00e+220000000'
# nan '< #01_.0d' ValueError: Unknown format code 'd' for object of type 'float'
# 5e-324 '-1_g' '4.94066e-324'
# 1.5e-300j '*>-1,.12s' ValueError: Cannot specify ',' with 's'.
# 0 '#_.20c' ValueError: Cannot specify '_' with 'c'.
# 1 '>+#01,.3e' '+1.000e+00'
# 0.0 '-#1.3x' ValueError: Unknown format code 'x' for object of type 'float'
# True '#0_.0' ValueError: Precision not allowed in integer format specifier
# 123456.789 '1,.12F' '123,456.789000000004'
# 5e-324 '-#1,X' ValueError: Cannot specify ',' with 'X'.
# -0.0 '=-#15_.3F' '-         0.000'
# 1e+16 '< #15_.12x' ValueError: Unknown format code 'x' for object of type 'float'
# (1+2j) '^-8,.1o' ValueError: Cannot specify ',' with 'o'.
# 12345 ' #8,.12x' ValueError: Cannot specify ',' with 'x'.
# 123456.789 '0>0.0n' '1e+05'
# 1e+22 '> #.1s' ValueError: Unknown format code 's' for object of type 'float'
# 12345 '<8,.3c' ValueError: Cannot specify ',' with 'c'.
# 1.5 '=+0_G' '+1.5'
# 100000000000000000000 '^ #1.1e' ' 1.0e+20'
# 123456.789 '*= #1_.3r' ValueError: Cannot specify '_' with 'r'.
# 0.1 '*= #1_.3c' ValueError: Cannot specify '_' with 'c'.
# 100000000000000000000 '>01,.0s' ValueError: Cannot specify ',' with 's'.
# 123456.789 ' > 015_.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e+100 '<-15_E' '1.000000E+100  '
# 5e-324 ' #01_.3g' ' 4.94e-324'
# 1 '0^ #.1x' ValueError: Precision not allowed in integer format specifier
# inf '^+_.3r' ValueError: Cannot specify '_' with 'r'.
# -inf ' = #15.3' '-           inf'
# nan '>+08,.12n' ValueError: Cannot specify ',' with 'n'.
# 0 '<0_.0x' ValueError: Precision not allowed in integer format specifier
# True '>01_.1o' ValueError: Precision not allowed in integer format specifier
# -987654321 '0<01,.1' ValueError: Precision not allowed in integer format specifier
# 0.1 ' ^#,.20X' ValueError: Cannot specify ',' with 'X'.
# 1.5e-300j '*<+,.3f' '+0.000+0.000j'
# 0 '* #01_.3X' ValueError: Invalid format specifier '* #01_.3X' for object of type 'int'
# 0.0 '<01_s' ValueError: Cannot specify '_' with 's'.
# 1 '>-#015_.0x' ValueError: Precision not allowed in integer format specifier
# 1e+16 '*^+#,o' ValueError: Cannot specify ',' with 'o'.
# -0.0 '>+15,.20c' ValueError: Cannot specify ',' with 'c'.
# -0.0 '0^ 015,.20d' ValueError: Unknown format code 'd' for object of type 'float'
# -1 '^01,.0c' ValueError: Cannot specify ',' with 'c'.
# 1 '^ 08_.0G' '000 1000'
# 100000000000000000000 '= 15_.12c' ValueError: Cannot specify '_' with 'c'.
# -inf '<+15.20F' '-INF           '
# 12345 '^ #,.20' ValueError: Precision not allowed in integer format specifier
# 1e+22 '0^+#0.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e-07 '+_.20e' '+9.99999999999999954748e-08'
# 0 '< 015_.12' ValueError: Precision not allowed in integer format specifier
# -inf '=-1.12d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.0 '>-#.1g' '0.'
# (1+2j) ' 8,X' ValueError: Cannot specify ',' with 'X'.
# -1 '<+#0,.12f' '-1.000000000000'
# 1e+16 ' > #8,.20e' ' 1.00000000000000000000e+16'
# 1e-07 '< 15.12' ' 1e-07         '
# inf ' = 01.0e' ' inf'
# -2.5 '<,%' '-250.000000%'
# 0.1 '>+#8,n' ValueError: Cannot specify ',' with 'n'.
# 5e-324 '<#01,.0E' '5.E-324'
# 1e-07 '> 015%' '00000 0.000010%'
# 12345 '< #,.0s' ValueError: Cannot specify ',' with 's'.
# 1e+100 '>#15_F' '10_000_000_000_000_000_159_028_911_097_599_180_468_360_808_563_945_281_389_781_327_557_747_838_772_170_381_060_813_469_985_856_815_104.000000'
# inf '= #01_.20%' ' inf%'
# 1.7976931348623157e+308 '#15,.1F' '179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.0'
# nan ' #015_.0F' ' 00000000000NAN'
# 1e-07 '>-01_.20x' ValueError: Unknown format code 'x' for object of type 'float'
# 1e+16 '<#01.12n' '1.00000000000e+16'
# -1 '>,.20' ValueError: Precision not allowed in integer format specifier
# (-0+infj) '0^+_.1X' ValueError: Unknown format code 'X' for object of type 'complex'
# 1e-07 ' >-08,.0f' '       0'
# 0.0 '0<-#_.0E' '0.E+00'
# 12345 '< #15.20d' ValueError: Precision not allowed in integer format specifier
# 2.675 ' >-15,.12X' ValueError: Cannot specify ',' with 'X'.
# 1e+16 '>+#15.3F' '+10000000000000000.000'
# 1e+100 '*+0_.20%' ValueError: Invalid format specifier '*+0_.20%' for object of type 'float'
# inf '^-08.0x' ValueError: Unknown format code 'x' for object of type 'float'
# 1e+16 ',.20c' ValueError: Cannot specify ',' with 'c'.
# -0.0 '^+#0.20X' ValueError: Unknown format code 'X' for object of type 'float'
# (1+2j) '+15.20d' ValueError: Unknown format code 'd' for object of type 'complex'
# 1.7976931348623157e+308 '<+01,.1%' '+inf%'
# 0.1 '-,.1g' '0.1'
# 1e+100 '^#01,.20e' '1.00000000000000001590e+100'
# 1e+22 '=#08,.1n' ValueError: Cannot specify ',' with 'n'.
# -inf '0>-,.12F' '-INF'
# 12345 '*^-#8,.3' ValueError: Precision not allowed in integer format specifier
# 123456.789 '^ 15,n' ValueError: Cannot specify ',' with 'n'.
# -2.5 ' #015.0s' ValueError: Unknown format code 's' for object of type 'float'
# 100000000000000000000 '0-#,o' ValueError: Invalid format specifier '0-#,o' for object of type 'int'
# inf '^-08_' '00inf000'
# (1+2j) '>+#01.0G' ValueError: Zero padding is not allowed in complex format specifier
# -0.0 '=+#1,.1g' '-0.'
# 1.5e-300j ' >-#15_.20X' ValueError: Unknown format code 'X' for object of type 'complex'
# 1e+22 '*> 01,.3e' ' 1.000e+22'
# -0.0 '> 015_.12g' '0000000000000-0'
# True ' >-#,.1F' '1.0'
# nan '*< #1_.20f' ' nan'
# (-0+infj) '015_.20o' ValueError: Unknown format code 'o' for object of type 'complex'
# -987654321 '=+0,.12r' ValueError: Cannot specify ',' with 'r'.
# -0.0 '<+#1.20' '-0.0000000000000000000'
# True '>+015,.20c' ValueError: Cannot specify ',' with 'c'.
# -2.5 '0>+8,.12%' '-250.000000000000%'
# 0.0 '*^1.3r' ValueError: Unknown format code 'r' for object of type 'float'
# (1+2j) '*^ 0,.1n' ValueError: Cannot specify ',' with 'n'.
# (-0+infj) '0<-8,.3g' ValueError: Zero padding is not allowed in complex format specifier
# 0.5 '*>15.3x' ValueError: Unknown format code 'x' for object of type 'float'
# 0.5 '> #15_.1e' '        5.0e-01'
# (1+2j) '< 8,.3G' ' 1+2j   '
# 1 ' ^+#8_.0F' '  +1.   '
# -inf '=15.20x' ValueError: Unknown format code 'x' for object of type 'float'
# 1e+16 '<015_.12e' '1.000000000000e+16'
# -inf '>+#1,.0b' ValueError: Cannot specify ',' with 'b'.
# 1e+22 '<-_.0n' ValueError: Cannot specify '_' with 'n'.
# 123456.789 '-0_.3s' ValueError: Cannot specify '_' with 's'.
# -2.5 '< 8_.12b' ValueError: Unknown format code 'b' for object of type 'float'
# (-0+infj) '^-,.0' '(-0+infj)'
# inf '>8_.12x' ValueError: Unknown format code 'x' for object of type 'float'
# 2.675 ' ^-,.1%' '267.5%'
# 1e+16 '#1.0' '1.e+16'
# inf ' > .1r' ValueError: Unknown format code 'r' for object of type 'float'
# 123456.789 ' #.0' ' 1.e+05'
# 0.5 '0<-#15.1X' ValueError: Unknown format code 'X' for object of type 'float'
# 1.5 ' >+1,.1G' '+2'
# 1 '*<#01,.3G' '1.00'
# 0.0 '0>+#01,o' ValueError: Cannot specify ',' with 'o'.
# 0.0 '^#,.20r' ValueError: Cannot specify ',' with 'r'.
# -1 '0> #1,.0E' '-1.E+00'
# -2.5 '+#08_.0d' ValueError: Unknown format code 'd' for object of type 'float'
# -0.0 '0+#08.20g' ValueError: Invalid format specifier '0+#08.20g' for object of type 'float'
# 0.5 '*>+#1,.0o' ValueError: Cannot specify ',' with 'o'.
# 0.0 '+#015_e' '+000.000000e+00'
# 5e-324 '0=+#0,.1f' '+0.0'
# 0 '<1g' '0'
# nan '< 8,.1s' ValueError: Cannot specify ',' with 's'.
# 5e-324 '^+15_.12s' ValueError: Cannot specify '_' with 's'.
# 1e+100 '^01r' ValueError: Unknown format code 'r' for object of type 'float'
# 5e-324 '0< #1.1f' ' 0.0'
# True '^#1,.1b' ValueError: Cannot specify ',' with 'b'.
# 1e+16 ' >+0.3b' ValueError: Unknown format code 'b' for object of type 'float'
# 123456.789 ' >#15,.0F' '       123,457.'
# 0.5 '#01_.0o' ValueError: Unknown format code 'o' for object of type 'float'
# -1 '*< #1.3X' ValueError: Precision not allowed in integer format specifier
# (-0+infj) ' +#015G' ValueError: Invalid format specifier ' +#015G' for object of type 'complex'
# 123456.789 '>#8,.12F' '123,456.789000000004'
# (1+2j) '*<+015,.1e' '+1.0e+00+2.0e+00j'
# 5e-324 '>+8.20x' ValueError: Unknown format code 'x' for object of type 'float'
# -inf ' >8_.12' '    -inf'
# 0.1 ' <08_.0%' '10%     '
# 12345 '*^ 015,n' ValueError: Cannot specify ',' with 'n'.
# -1 '=-#8_.1E' '-1.0E+00'
# 1 '0^ 015_f' '000 1.000000000'
# 0.5 '<-#15,.3e' '5.000e-01      '
# inf ' ^+8_g' '  +inf  '
# 1.5 ' < 15' ' 1.5           '
# -inf ' < 1.12s' ValueError: Unknown format code 's' for object of type 'float'
# 5e-324 '-08_.3s' ValueError: Cannot specify '_' with 's'.
# 0.5 '*^ 015.3%' '*** 50.000%****'
# 1e+16 '0> 8.0c' ValueError: Unknown format code 'c' for object of type 'float'
# 0 ' =+#01,.1o' ValueError: Cannot specify ',' with 'o'.
# 0 ' +8_.0f' ValueError: Invalid format specifier ' +8_.0f' for object of type 'int'
# inf '0=+#8_.0x' ValueError: Unknown format code 'x' for object of type 'float'
# -2.5 '0< 08_.3o' ValueError: Unknown format code 'o' for object of type 'float'
# 0 '-1.3X' ValueError: Precision not allowed in integer format specifier
# 100000000000000000000 '+#0.0g' '+1.e+20'
# 12345 ' +#,.20E' ValueError: Invalid format specifier ' +#,.20E' for object of type 'int'
# 1e+100 '> 1.0x' ValueError: Unknown format code 'x' for object of type 'float'
# 12345 '0+#.1d' ValueError: Invalid format specifier '0+#.1d' for object of type 'int'
# 1.7976931348623157e+308 '*=+#08.1f' '+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0'
# 0.1 '>#01_b' ValueError: Unknown format code 'b' for object of type 'float'
# nan '^ 0,o' ValueError: Cannot specify ',' with 'o'.
# 12345 '*^#.20X' ValueError: Precision not allowed in integer format specifier
# 2.675 ' =-01,.0s' ValueError: Cannot specify ',' with 's'.
# nan '*=1.20E' 'NAN'
# -2.5 '>+#015.0%' '000000000-250.%'
# 1e+22 '*^ #08,.1%' ' 999,999,999,999,999,983,222,784.0%'
# 1.7976931348623157e+308 '>8,c' ValueError: Cannot specify ',' with 'c'.
# 1.5 '<+01.1' '+2e+00'
# 100000000000000000000 ' #_.3d' ValueError: Precision not allowed in integer format specifier
# 1.5 '=-#08_.20e' '1.50000000000000000000e+00'
# 0.1 '= 0.1o' ValueError: Unknown format code 'o' for object of type 'float'
# -2.5 ' >-#08.3G' '   -2.50'
# -inf ' <+0,.12X' ValueError: Cannot specify ',' with 'X'.
# True ' =-#01_x' '0x1'
# nan '#8.12X' ValueError: Unknown format code 'X' for object of type 'float'
# 100000000000000000000 ' 015,.12G' ' 00,000,001E+20'
# -0.0 ' +#01.1b' ValueError: Invalid format specifier ' +#01.1b' for object of type 'float'
# (1+2j) '0>+#1,.12b' ValueError: Cannot specify ',' with 'b'.
# 12345 '^-01.20X' ValueError: Precision not allowed in integer format specifier
# -0.0 '-#8,.20G' '-0.0000000000000000000'
# 1.5 '*+#8.20r' ValueError: Invalid format specifier '*+#8.20r' for object of type 'float'
# 100000000000000000000 '^+#0,.20o' ValueError: Cannot specify ',' with 'o'.
# 1.5 ' < 0,.3f' ' 1.500'
# 2.675 '= 8.1o' ValueError: Unknown format code 'o' for object of type 'float'
# (1+2j) '0<0,.1r' ValueError: Cannot specify ',' with 'r'.
# (-0+infj) '^-8_.0s' ValueError: Cannot specify '_' with 's'.
# True '*>+#8,.20e' '+1.00000000000000000000e+00'
# 1e+16 '0^ 15.3E' '00 1.000E+16000'
# -1 '0<-1_.1f' '-1.0'
# 5e-324 '#.0%' '0.%'
# -2.5 '008,.12e' '-2.500000000000e+00'
# -2.5 '<-01.20' '-2.5'
# 1e+100 '0= #,%' ' 999,999,999,999,999,977,049,513,265,245,336,628,446,842,719,924,150,006,129,995,974,731,993,452,180,789,911,303,261,294,481,511,546,880.000000%'
# nan '=+15.12r' ValueError: Unknown format code 'r' for object of type 'float'
# -0.0 '0^+#0_g' '-0.00000'
# (1+2j) '^+#015.3o' ValueError: Unknown format code 'o' for object of type 'complex'
# 1 ' ^1E' '1.000000E+00'
# 1.5 '^15_.0%' '     150%      '
# nan '0<+08.20' '+nan0000'
# 1e+100 ' < #1_.1E' ' 1.0E+100'
# 100000000000000000000 '<-01_e' '1.000000e+20'
# 0.1 '= .1d' ValueError: Unknown format code 'd' for object of type 'float'
# 123456.789 '-15.1%' '    12345678.9%'
# -inf '^+#015.0F' '00000-INF000000'
# -inf '=_.1g' '-inf'
# 12345 '*=01.20' ValueError: Precision not allowed in integer format specifier
# 100000000000000000000 ' ^-01,.0s' ValueError: Cannot specify ',' with 's'.
# -1 '= 0,.1X' ValueError: Cannot specify ',' with 'X'.
# 1.5e-300j '*<-#15.0n' '0.+2.e-300j****'
# 1e+16 '0= #0,.3G' ' 1.00E+16'
# 0 '*= ,.20d' ValueError: Precision not allowed in integer format specifier
# True '<#_.1o' ValueError: Precision not allowed in integer format specifier
# -0.0 ' <1.0c' ValueError: Unknown format code 'c' for object of type 'float'
# -2.5 '^#0,.20d' ValueError: Unknown format code 'd' for object of type 'float'
# nan '<+08,.12f' '+nan0000'
# 0 ' <#15,G' '0.00000        '
# 100000000000000000000 '0>+#015_.12b' ValueError: Precision not allowed in integer format specifier
# 100000000000000000000 '0<+0_.1c' ValueError: Cannot specify '_' with 'c'.
# True ' 015,.3b' ValueError: Cannot specify ',' with 'b'.
# (-0+infj) '< 015_.1E' ValueError: Zero padding is not allowed in complex format specifier
# 100000000000000000000 '0^+0_.20b' ValueError: Precision not allowed in integer format specifier
# -987654321 '=0,.20n' ValueError: Cannot specify ',' with 'n'.
# 1 ' > 01,.0x' ValueError: Cannot specify ',' with 'x'.
# 1.7976931348623157e+308 ' 8,b' ValueError: Cannot specify ',' with 'b'.
# inf '=+0_.20x' ValueError: Unknown format code 'x' for object of type 'float'
# -1 '>01_.12%' '-100.000000000000%'
# 0.5 '+#8.0e' ' +5.e-01'
# 12345 '^#0,.12E' '1.234500000000E+04'
# 100000000000000000000 '*=0.1e' '1.0e+20'
# 1.5 '<-#01.20G' '1.5000000000000000000'
# (1+2j) '0#15_.0r' ValueError: Invalid format specifier '0#15_.0r' for object of type 'complex'
# 1.5 ' <+#01,X' ValueError: Cannot specify ',' with 'X'.
# 1.7976931348623157e+308 '=8_.0X' ValueError: Unknown format code 'X' for object of type 'float'
# 1.5e-300j '0=-#8_.3x' ValueError: Unknown format code 'x' for object of type 'complex'
# True ' >0_.3n' ValueError: Cannot specify '_' with 'n'.
# -2.5 '0^#8,f' '-2.500000'
# 0.1 '<-#15_.0c' ValueError: Cannot specify '_' with 'c'.
# True ' ,.0g' ' 1'
# 0.1 '-15.1n' '            0.1'
# 1.5e-300j '015.12b' ValueError: Unknown format code 'b' for object of type 'complex'
# 2.675 '>8_.0X' ValueError: Unknown format code 'X' for object of type 'float'
# True '^ 1.12E' ' 1.000000000000E+00'
# 1.5e-300j '>-15,s' ValueError: Cannot specify ',' with 's'.
# 1.5 '^#0_.0x' ValueError: Unknown format code 'x' for object of type 'float'
# 1.5 '<-#15,.20n' ValueError: Cannot specify ',' with 'n'.
# 1.5 '>0,.3c' ValueError: Cannot specify ',' with 'c'.
# 2.675 ' 15_n' ValueError: Cannot specify '_' with 'n'.
# -2.5 '0=+0.20n' '-2.5'
# -1 '0< #15,.1%' '-100.0%00000000'
# 0.1 '0#8,.0e' ValueError: Invalid format specifier '0#8,.0e' for object of type 'float'
# 12345 ' ^ 8,.12s' ValueError: Cannot specify ',' with 's'.
# inf '<+#_.20' '+inf'
# -1 '>-015,.1G' '0000000000000-1'
# (1+2j) '^+01,.20x' ValueError: Cannot specify ',' with 'x'.
# 1.7976931348623157e+308 '0< #0.3d' ValueError: Unknown format code 'd' for object of type 'float'
# 1.5 '^-015,.0%' '00000150%000000'
# 1e+100 '-#015,E' '001.000000E+100'
# 2.675 '>1.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 2.675 '>#,.20g' '2.6749999999999998224'
# 1 ' >+#8,.12n' ValueError: Cannot specify ',' with 'n'.
# 12345 '^#1X' '0X3039'
# 12345 '=.0c' ValueError: Precision not allowed in integer format specifier
# 0.5 ' ^ 08,.20E' ' 5.00000000000000000000E-01'
# 1.5 '>-015,.3s' ValueError: Cannot specify ',' with 's'.
# 1.7976931348623157e+308 '> #0.0G' ' 2.E+308'
# True '01.1s' ValueError: Unknown format code 's' for object of type 'bool'
# 1e+16 '-1,.1g' '1e+16'
# -1 '^-01_.20' ValueError: Precision not allowed in integer format specifier
# 1e+16 '>-0.20X' ValueError: Unknown format code 'X' for object of type 'float'
# 0.5 '<-#015.0g' '0.5000000000000'
# (-0+infj) '*>+15,x' ValueError: Cannot specify ',' with 'x'.
# inf '+08,.20o' ValueError: Cannot specify ',' with 'o'.
# 1e+16 '>-#08_.12' '1.00000000000e+16'
# (-0+infj) '> 0_.12c' ValueError: Cannot specify '_' with 'c'.
# inf '^+#01,.3g' '+inf'
# True '^+1,.3G' '+1'
# -1 '#015_.3n' ValueError: Cannot specify '_' with 'n'.
# 1e-07 ' = #0_.0E' ' 1.E-07'
# inf '0^#08,.12s' ValueError: Cannot specify ',' with 's'.
# 1e+16 '^+08_b' ValueError: Unknown format code 'b' for object of type 'float'
# 12345 '> 08.3x' ValueError: Precision not allowed in integer format specifier
# 0 '< 01.3E' ' 0.000E+00'
# 1.5 '= #0.0f' ' 2.'
# nan '<+8.12s' ValueError: Unknown format code 's' for object of type 'float'
# 0.0 '>8,.0F' '       0'
# inf '*<+_.0%' '+inf%'
# -987654321 '*^-15_.0%' '-98_765_432_100%'
# 0.1 '^#1.1r' ValueError: Unknown format code 'r' for object of type 'float'
# -inf '>-1,.20o' ValueError: Cannot specify ',' with 'o'.
# 1.5 '=8_.3d' ValueError: Unknown format code 'd' for object of type 'float'
# 1 '+08,.3r' ValueError: Cannot specify ',' with 'r'.
# 1.5 '+.12' '+1.5'
# 1 '<+01,.12x' ValueError: Cannot specify ',' with 'x'.
# 0.5 '*=-#1.12e' '5.000000000000e-01'
# 123456.789 ' 8_.20g' ' 123_456.78900000000431'
# 1e+22 '*>+,.12g' '+1e+22'
# 100000000000000000000 '<#,.12r' ValueError: Cannot specify ',' with 'r'.
# 0 ' < #1_.3X' ValueError: Precision not allowed in integer format specifier
# 2.675 '= 0_.20s' ValueError: Cannot specify '_' with 's'.
# 1 '*<-1,.1x' ValueError: Cannot specify ',' with 'x'.
# -inf '^01,G' '-INF'
# 1e+22 '^-#08.3n' '1.00e+22'
# 0.0 '^+15,.3E' '  +0.000E+00   '
# 1e+22 '*>+01,.20x' ValueError: Cannot specify ',' with 'x'.
# -2.5 '=+#1.3X' ValueError: Unknown format code 'X' for object of type 'float'
# 1e+22 '< 15,.0%' ' 999,999,999,999,999,983,222,784%'
# 123456.789 '> #n' ' 123457.'
# 1e+100 '>+#,.0X' ValueError: Cannot specify ',' with 'X'.
# 1e+100 '<0.1F' '10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0'
# -inf '0 08,n' ValueError: Invalid format specifier '0 08,n' for object of type 'float'
# 0.1 '#015_.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e+22 '0-#15,.12%' ValueError: Invalid format specifier '0-#15,.12%' for object of type 'float'
# (1+2j) '^ 01_.0x' ValueError: Unknown format code 'x' for object of type 'complex'
# 1.5 '+15,.20F' '+1.50000000000000000000'
# 1e-07 '< #0_.20g' ' 9.9999999999999995475e-08'
# 1.5 ' = #15,%' '    150.000000%'
# 2.675 '#0,.20c' ValueError: Cannot specify ',' with 'c'.
# 1e-07 ' ^ 08_.12r' ValueError: Cannot specify '_' with 'r'.
# (1+2j) '*<+15,.20%' ValueError: Unknown format code '%' for object of type 'complex'
# 0 '0<-8.20f' '0.00000000000000000000'
# -inf '<08_.3n' ValueError: Cannot specify '_' with 'n'.
# -1 '0>+#8_.20f' '-1.00000000000000000000'
# 1.5 '*<-01,n' ValueError: Cannot specify ',' with 'n'.
# 100000000000000000000 '0> 08_.12' ValueError: Precision not allowed in integer format specifier
# -2.5 ' >-#1.20e' '-2.50000000000000000000e+00'
# -1 '>#08,.3b' ValueError: Cannot specify ',' with 'b'.
# 0.0 '<-.1G' '0'
# 1e+16 '0=-8.3X' ValueError: Unknown format code 'X' for object of type 'float'
# 0.1 '= 1_X' ValueError: Unknown format code 'X' for object of type 'float'
# 0.5 ' >01_.20X' ValueError: Unknown format code 'X' for object of type 'float'
# 0.1 ' =-01.20e' '1.00000000000000005551e-01'
# 0.1 '*>+0.1b' ValueError: Unknown format code 'b' for object of type 'float'
# True '> 8,.20o' ValueError: Cannot specify ',' with 'o'.
# 1e-07 '^08_.0G' '01E-0700'
# -inf ' > #15.1n' '           -inf'
# 1 '=-15.1f' '            1.0'
# 1 '#8_.0F' '      1.'
# 1.7976931348623157e+308 '<+015.1d' ValueError: Unknown format code 'd' for object of type 'float'
# 1.5 '<+1_.0G' '+2'
# 1e-07 '= ,.0%' ' 0%'
# 0.1 '^+01_.1f' '+0.1'
# -inf '-08,.0r' ValueError: Cannot specify ',' with 'r'.
# 1e+100 '^#1.12f' '10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000000000'
# 1e-07 ' <,.3g' '1e-07'
# -987654321 '^-8.1e' '-9.9e+08'
# -2.5 ' =+15.0b' ValueError: Unknown format code 'b' for object of type 'float'
# 1.5e-300j '=+#0,.20E' ValueError: Zero padding is not allowed in complex format specifier
# 0.5 '=+8.3b' ValueError: Unknown format code 'b' for object of type 'float'
# 123456.789 '^01_.20s' ValueError: Cannot specify '_' with 's'.
# 1e+100 '^-#8_.0f' '10_000_000_000_000_000_159_028_911_097_599_180_468_360_808_563_945_281_389_781_327_557_747_838_772_170_381_060_813_469_985_856_815_104.'
# 1e+22 '*^ #15,F' ' 10,000,000,000,000,000,000,000.000000'
# -1 '<+1.0F' '-1'
# -1 '0=-#015,F' '-000,001.000000'
# 123456.789 '> #1,.1%' ' 12,345,678.9%'
# 1.5e-300j '* 8%' ValueError: Invalid format specifier '* 8%' for object of type 'complex'
# 0.5 ' < 1_.20c' ValueError: Cannot specify '_' with 'c'.
# 5e-324 '<+8_.3d' ValueError: Unknown format code 'd' for object of type 'float'
# 123456.789 '^#0_.20d' ValueError: Unknown format code 'd' for object of type 'float'
# (1+2j) '^ ,.20F' ' 1.00000000000000000000+2.00000000000000000000j'
# nan '1,.20f' 'nan'
# 1e+22 '< #0,.0o' ValueError: Cannot specify ',' with 'o'.
# 0.1 '=+#1,F' '+0.100000'
# 1.5e-300j '^ 15,.12E' ' 0.000000000000E+00+1.500000000000E-300j'
# 100000000000000000000 '-0,.12o' ValueError: Cannot specify ',' with 'o'.
# True '>+#.12d' ValueError: Precision not allowed in integer format specifier
# inf '= #0,.3G' ' INF'
# 100000000000000000000 ' ^ #01,.3%' ' 10,000,000,000,000,000,000,000.000%'
# -2.5 '*=#_.0c' ValueError: Cannot specify '_' with 'c'.
# True '^-#08_s' ValueError: Cannot specify '_' with 's'.
# 1e+100 '< 15.20b' ValueError: Unknown format code 'b' for object of type 'float'
# 1.7976931348623157e+308 '^ 0_.3G' ' 1.8E+308'
# 1.5e-300j '^+_.0n' ValueError: Cannot specify '_' with 'n'.
# 100000000000000000000 '0-#08,.0F' ValueError: Invalid format specifier '0-#08,.0F' for object of type 'int'
# (1+2j) '0>+#15%' ValueError: Unknown format code '%' for object of type 'complex'
# nan '<-015.20f' 'nan000000000000'
# -0.0 '^-#01.0e' '-0.e+00'
# 1e+100 ' #01_.20b' ValueError: Unknown format code 'b' for object of type 'float'
# -inf ' =01,.0E' '-INF'
# 0.0 '0>8.3r' ValueError: Unknown format code 'r' for object of type 'float'
# -inf ' <-' '-inf'
# 1 '<+08_.0d' ValueError: Precision not allowed in integer format specifier
# -1 '=#015_X' '-0X00_0000_0001'
# (1+2j) '0=+0,e' ValueError: Zero padding is not allowed in complex format specifier
# 0.0 '*^-#08,.0%' '**0.%***'
# 1.5e-300j '^ 8.0o' ValueError: Unknown format code 'o' for object of type 'complex'
# (1+2j) '+#08.12f' ValueError: Zero padding is not allowed in complex format specifier
# nan '15,.20X' ValueError: Cannot specify ',' with 'X'.
# 12345 '<+#01,.12G' '+12,345.0000000'
# 123456.789 '+#1,.20s' ValueError: Cannot specify ',' with 's'.
# 0.5 ' >#01,.3E' '5.000E-01'
# 1e+100 '<1_.1b' ValueError: Unknown format code 'b' for object of type 'float'
# 12345 '*<+#1,.1o' ValueError: Cannot specify ',' with 'o'.
# nan '=-#15,.20f' '            nan'
# -2.5 '0= #015_.1r' ValueError: Cannot specify '_' with 'r'.
# 1e+100 '^-#8,.12E' '1.000000000000E+100'
# inf '^8_.20E' '  INF   '
# -2.5 '< _.0' '-2e+00'
# 0 '= 8.1x' ValueError: Precision not allowed in integer format specifier
# 5e-324 '+#08,.0r' ValueError: Cannot specify ',' with 'r'.
# 1e+16 '+015.20s' ValueError: Unknown format code 's' for object of type 'float'
# nan '#015,.20r' ValueError: Cannot specify ',' with 'r'.
# -1 '> #8.3E' '-1.000E+00'
# -1 '0=+#01,.0F' '-1.'
# 0.0 ' .1o' ValueError: Unknown format code 'o' for object of type 'float'
# 0.0 '+#1_.20' '+0.0000000000000000000'
# 1.5 '=-15_.1s' ValueError: Cannot specify '_' with 's'.
# 1.5e-300j '^ 15.0X' ValueError: Unknown format code 'X' for object of type 'complex'
# 2.675 '-#0.3F' '2.675'
# 1.5e-300j ' >#1.1n' '0.+2.e-300j'
# inf '0=#01_.3x' ValueError: Unknown format code 'x' for object of type 'float'
# 100000000000000000000 '*>,.12n' ValueError: Cannot specify ',' with 'n'.
# nan ' -#8.20%' ValueError: Invalid format specifier ' -#8.20%' for object of type 'float'
# inf ' ^ 8.20r' ValueError: Unknown format code 'r' for object of type 'float'
# nan '0<-1_.20s' ValueError: Cannot specify '_' with 's'.
# 1.7976931348623157e+308 '*>-#,.0e' '2.e+308'
# 123456.789 ' =-08_b' ValueError: Unknown format code 'b' for object of type 'float'
# 1 '<08_.3d' ValueError: Precision not allowed in integer format specifier
# (1+2j) '^+0.3' ValueError: Zero padding is not allowed in complex format specifier
# 0.0 ' < ,.3s' ValueError: Cannot specify ',' with 's'.
# nan '^+#15d' ValueError: Unknown format code 'd' for object of type 'float'
# 123456.789 '<+#015_.20x' ValueError: Unknown format code 'x' for object of type 'float'
# -987654321 '*=#01%' '-98765432100.000000%'
# -0.0 '0^-08,.12n' ValueError: Cannot specify ',' with 'n'.
# -inf '^08.0' '00-inf00'
# -1 '* 08.12g' ValueError: Invalid format specifier '* 08.12g' for object of type 'int'
# 12345 '>0,.0f' '12,345'
# -2.5 '>-#8_%' '-250.000000%'
# -987654321 '= #,.3n' ValueError: Cannot specify ',' with 'n'.
# 100000000000000000000 '>-15,.0o' ValueError: Cannot specify ',' with 'o'.
# 123456.789 '>+#08.0c' ValueError: Unknown format code 'c' for object of type 'float'
# 1.5 '^#8_.3r' ValueError: Cannot specify '_' with 'r'.
# 0.0 '^#_c' ValueError: Cannot specify '_' with 'c'.
# -2.5 '*=+#15.0s' ValueError: Unknown format code 's' for object of type 'float'
# -2.5 '<+8,.12' '-2.5    '
# 2.675 '=+1_.1X' ValueError: Unknown format code 'X' for object of type 'float'
# -0.0 '> 0_.1f' '-0.0'
# -987654321 '^15.12b' ValueError: Precision not allowed in integer format specifier
# (-0+infj) '<-#,.0G' '-0.+INFj'
# 100000000000000000000 ' +1_.0F' ValueError: Invalid format specifier ' +1_.0F' for object of type 'int'
# 1e+22 '*-#1.3s' ValueError: Invalid format specifier '*-#1.3s' for object of type 'float'
# 0.1 '>015_.1s' ValueError: Cannot specify '_' with 's'.
# (1+2j) '*#015,b' ValueError: Invalid format specifier '*#015,b' for object of type 'complex'
# inf '<+#8,G' '+INF    '
# 123456.789 '+#015,.12s' ValueError: Cannot specify ',' with 's'.
# 0.0 '=+#0.20E' '+0.00000000000000000000E+00'
# 0.0 ' 8_n' ValueError: Cannot specify '_' with 'n'.
# -inf '> #0_.0F' '-INF'
# 1e+100 '#1.3b' ValueError: Unknown format code 'b' for object of type 'float'
# nan '*>#1,.1g' 'nan'
# 1 '> #15.3c' ValueError: Precision not allowed in integer format specifier
# 1.7976931348623157e+308 '*-015_.1n' ValueError: Invalid format specifier '*-015_.1n' for object of type 'float'
# 1e+100 ' ^ #08.1G' ' 1.E+100'
# -0.0 '^ #08,.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.0 '=-#0,.1r' ValueError: Cannot specify ',' with 'r'.
# 1e+100 ' ^-#,.0x' ValueError: Cannot specify ',' with 'x'.
# -0.0 '^+#08.12c' ValueError: Unknown format code 'c' for object of type 'float'
# 100000000000000000000 '<15,.1' ValueError: Precision not allowed in integer format specifier
# -1 ' -#08_f' ValueError: Invalid format specifier ' -#08_f' for object of type 'int'
# 1.5 '0 #015,.20g' ValueError: Invalid format specifier '0 #015,.20g' for object of type 'float'
# 0.1 '0 #15.0' ValueError: Invalid format specifier '0 #15.0' for object of type 'float'
# 1.5e-300j '^#0.3n' ValueError: Zero padding is not allowed in complex format specifier
# (1+2j) '<+01,.20o' ValueError: Cannot specify ',' with 'o'.
# 1e+22 ' ^ #8,.0d' ValueError: Unknown format code 'd' for object of type 'float'
# 1e-07 '^#0,.3E' '1.000E-07'
# 1.7976931348623157e+308 '*<+#015,.20o' ValueError: Cannot specify ',' with 'o'.
# 0.1 '< #,.20x' ValueError: Cannot specify ',' with 'x'.
# (-0+infj) '0<#8,.20b' ValueError: Cannot specify ',' with 'b'.
# True '<-#.20' ValueError: Precision not allowed in integer format specifier
# inf '0+,.20%' ValueError: Invalid format specifier '0+,.20%' for object of type 'float'
# 0.5 '0<+01.12%' '+50.000000000000%'
# 1e+100 '0<+015.20c' ValueError: Unknown format code 'c' for object of type 'float'
# 1e-07 '^+15.20%' '+0.00001000000000000000%'
# -0.0 '0-,.20%' ValueError: Invalid format specifier '0-,.20%' for object of type 'float'
# 1e+100 '< #015,.1E' ' 1.0E+100000000'
# 0 '^-015_.0n' ValueError: Cannot specify '_' with 'n'.
# 1e+22 '^+#0.12%' '+999999999999999983222784.000000000000%'
# 1.5 '<-0.3G' '1.5'
# 5e-324 ' -#015,.0r' ValueError: Invalid format specifier ' -#015,.0r' for object of type 'float'
# 0.0 '+0.1o' ValueError: Unknown format code 'o' for object of type 'float'
# 5e-324 '< #8,.1r' ValueError: Cannot specify ',' with 'r'.
# 1e-07 '< #01_.0e' ' 1.e-07'
# 2.675 '= #08.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 0.0 '^+01.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 0.5 ' #15.1b' ValueError: Unknown format code 'b' for object of type 'float'
# 1.7976931348623157e+308 '=+#8,.12f' '+179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.000000000000'
# 0 '> 8s' ValueError: Unknown format code 's' for object of type 'int'
# 1.7976931348623157e+308 '^8_.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 2.675 '+15,.0G' '             +3'
# -1 '0+#01.20d' ValueError: Invalid format specifier '0+#01.20d' for object of type 'int'
# 100000000000000000000 '< 015_.3r' ValueError: Cannot specify '_' with 'r'.
# 0.1 '>-#1_.12c' ValueError: Cannot specify '_' with 'c'.
# 5e-324 ' 0,.12b' ValueError: Cannot specify ',' with 'b'.
# (-0+infj) '=+#0F' ValueError: Zero padding is not allowed in complex format specifier
# (-0+infj) '<#1,.20e' '-0.00000000000000000000e+00+infj'
# 1 ' >+8_.0' ValueError: Precision not allowed in integer format specifier
# 5e-324 '-#1.12e' '4.940656458412e-324'
# 100000000000000000000 '> ,r' ValueError: Cannot specify ',' with 'r'.
# -0.0 '#1,.20G' '-0.0000000000000000000'
# -2.5 '*#01.20F' ValueError: Invalid format specifier '*#01.20F' for object of type 'float'
# 1.7976931348623157e+308 '<+015_.0F' '+179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368'
# (1+2j) ' 01.1e' ValueError: Zero padding is not allowed in complex format specifier
# 1e-07 '*=+#08.1E' '+1.0E-07'
# inf ' <-8.12o' ValueError: Unknown format code 'o' for object of type 'float'
# 0.1 '+#1.20s' ValueError: Unknown format code 's' for object of type 'float'
# 0.0 '>F' '0.000000'
# 1e+100 '= 01.3c' ValueError: Unknown format code 'c' for object of type 'float'
# 0.5 '>#0,.12d' ValueError: Unknown format code 'd' for object of type 'float'
# -1 '0 #15,.3c' ValueError: Invalid format specifier '0 #15,.3c' for object of type 'int'
# 1e+16 '*^-#1e' '1.000000e+16'
# 12345 '=-#_g' '12_345.0'
# 2.675 ' >-08F' '2.675000'
# inf '+#_.0X' ValueError: Unknown format code 'X' for object of type 'float'
# 1 '< 15_F' ' 1.000000      '
# (-0+infj) ' <#,.20G' '-0.0000000000000000000+INFj'
# (1+2j) '^+0_.3G' ValueError: Zero padding is not allowed in complex format specifier
# 5e-324 '*= #8,.0d' ValueError: Unknown format code 'd' for object of type 'float'
# (-0+infj) '-15_.1F' '      -0.0+INFj'
# (-0+infj) ' ^ #1_.1G' '-0.+INFj'
# 0.5 '0 15.1d' ValueError: Invalid format specifier '0 15.1d' for object of type 'float'
# 1e+22 '>+01F' '+10000000000000000000000.000000'
# -inf '8_%' '   -inf%'
# 5e-324 '=-#01_.12' '4.94065645841e-324'
# 1e+22 '=+#15,.0o' ValueError: Cannot specify ',' with 'o'.
# 5e-324 '-#0_.0r' ValueError: Cannot specify '_' with 'r'.
# 1.5e-300j '<-#_.12F' '0.000000000000+0.000000000000j'
# -inf '+08,.1G' '-0000INF'
# 2.675 '< #8.12G' ' 2.67500000000'
# 1 '> 0,.20g' ' 1'
# -inf '=-_.12E' '-INF'
# 1.5e-300j '> #_G' ' 0.00000+1.50000E-300j'
# (-0+infj) '=#8.12G' ValueError: '=' alignment flag is not allowed in complex format specifier
# True '>-#15_.3s' ValueError: Cannot specify '_' with 's'.
# 12345 '0-8_.20x' ValueError: Invalid format specifier '0-8_.20x' for object of type 'int'
# True '<0,.3n' ValueError: Cannot specify ',' with 'n'.
# -inf '=#0.0G' '-INF'
# (1+2j) '<#1.12x' ValueError: Unknown format code 'x' for object of type 'complex'
# 0.0 ' 08,.12c' ValueError: Cannot specify ',' with 'c'.
# (1+2j) '<,.1b' ValueError: Cannot specify ',' with 'b'.
# 1e+100 '> #_.0g' ' 1.e+100'
# 5e-324 '0^-#15.0' '00005.e-3240000'
# 1.7976931348623157e+308 '=+01_.12o' ValueError: Unknown format code 'o' for object of type 'float'
# 1.5e-300j '*^01r' ValueError: Unknown format code 'r' for object of type 'complex'
# -1 '^#15_f' '   -1.000000   '
# 123456.789 '^#8_.0%' '12_345_679.%'
# 0 '0^-#1_.12d' ValueError: Precision not allowed in integer format specifier
# (-0+infj) '> 1.3c' ValueError: Unknown format code 'c' for object of type 'complex'
# -inf '^ 015.0g' '00000-inf000000'
# nan ' >+01_.3G' '+NAN'
# 5e-324 '*> 01_.12G' ' 4.94065645841E-324'
# 1e+100 '#_.1r' ValueError: Cannot specify '_' with 'r'.
# 1e+22 '  #08,.20s' ValueError: Invalid format specifier '  #08,.20s' for object of type 'float'
# -inf '0^ 01_.20x' ValueError: Unknown format code 'x' for object of type 'float'
# 1.7976931348623157e+308 '0=+015_.0c' ValueError: Cannot specify '_' with 'c'.
# 100000000000000000000 '> #015.3r' ValueError: Unknown format code 'r' for object of type 'int'
# 1e+100 '>+15.20G' '+1.0000000000000000159E+100'
# 123456.789 '0> 08_' ' 123_456.789'
# True '15,.1F' '            1.0'
# 1.7976931348623157e+308 '#8,.12%' '    inf%'
# -1 ' = #.12F' '-1.000000000000'
# True '=-#08.3g' '00001.00'
# 100000000000000000000 '=-15f' '100000000000000000000.000000'
# 0 '< 08,.12r' ValueError: Cannot specify ',' with 'r'.
# 5e-324 '>015_.1c' ValueError: Cannot specify '_' with 'c'.
# 1.7976931348623157e+308 '> 01,.3E' ' 1.798E+308'
# 1e-07 '-#8.0r' ValueError: Unknown format code 'r' for object of type 'float'
# 0.5 '*<+#08.3G' '+0.500**'
# 1 '<1,.0X' ValueError: Cannot specify ',' with 'X'.
# -0.0 '*<-01_.12n' ValueError: Cannot specify '_' with 'n'.
# 1.5e-300j '*=+#015.12e' ValueError: '=' alignment flag is not allowed in complex format specifier
# 2.675 '=-#01_.1r' ValueError: Cannot specify '_' with 'r'.
# 1e+16 '^#015,.20r' ValueError: Cannot specify ',' with 'r'.
# -987654321 ' <-#015_.20d' ValueError: Precision not allowed in integer format specifier
# 1.7976931348623157e+308 '=+8.20d' ValueError: Unknown format code 'd' for object of type 'float'
# 0 '< ,.1e' ' 0.0e+00'
# True '>+015_c' ValueError: Cannot specify '_' with 'c'.
# 0.5 '>+_.3e' '+5.000e-01'
# -2.5 '=_.1e' '-2.5e+00'
# -1 '=#.1G' '-1.'
# 1e+100 '=#0,.12' '1.00000000000e+100'
# 1e-07 '^ #15_.20n' ValueError: Cannot specify '_' with 'n'.
# 0 '=-.0d' ValueError: Precision not allowed in integer format specifier
# 12345 '=-15.20c' ValueError: Precision not allowed in integer format specifier
# 12345 '<15,.12r' ValueError: Cannot specify ',' with 'r'.
# (1+2j) ' #015_.0X' ValueError: Unknown format code 'X' for object of type 'complex'
# 123456.789 '<-1.12E' '1.234567890000E+05'
# 0.0 '=,.0' '0e+00'
# -987654321 '^-#08_s' ValueError: Cannot specify '_' with 's'.
# 1.7976931348623157e+308 ' +15.0c' ValueError: Invalid format specifier ' +15.0c' for object of type 'float'
# 1e+100 ' <+#.20' '+1.0000000000000000159e+100'
# (-0+infj) '^ #15.1X' ValueError: Unknown format code 'X' for object of type 'complex'
# inf ' #08f' ' 0000inf'
# 1.5 '*+15.20G' ValueError: Invalid format specifier '*+15.20G' for object of type 'float'
# 1 '1_.1f' '1.0'
# 1e+16 '*-#0g' ValueError: Invalid format specifier '*-#0g' for object of type 'float'
# 1 '=#8_.12d' ValueError: Precision not allowed in integer format specifier
# 100000000000000000000 '0^-#1,.12f' '100,000,000,000,000,000,000.000000000000'
# 1e+22 '^#1,.0n' ValueError: Cannot specify ',' with 'n'.
# (1+2j) '<+15.1n' '+1+2j          '
# 1.5 '*<1.1b' ValueError: Unknown format code 'b' for object of type 'float'
# (1+2j) '=+#01.20b' ValueError: Unknown format code 'b' for object of type 'complex'
# 0.0 '=-015_.3g' '000_000_000_000'
# 1e-07 ' =0,.12G' '1E-07'
# 1.5 '=8,.12E' '1.500000000000E+00'
# True '*^ o' ' 1'
# 123456.789 ' = 08.20F' ' 123456.78900000000430736691'
# 1e+16 ' #08_.20s' ValueError: Cannot specify '_' with 's'.
# nan '=+01_.1' '+nan'
# -2.5 '> #015.20F' '-2.50000000000000000000'
# -0.0 '* 01,.3%' ValueError: Invalid format specifier '* 01,.3%' for object of type 'float'
# True '-#.12%' '100.000000000000%'
# inf '=-0_.1G' 'INF'
# 1.7976931348623157e+308 '-08_.1X' ValueError: Unknown format code 'X' for object of type 'float'
# 123456.789 '<+1,.3r' ValueError: Cannot specify ',' with 'r'.
# 0.1 '=+.20r' ValueError: Unknown format code 'r' for object of type 'float'
# 1 '^-#0.3%' '100.000%'
# 1e+100 '^+8_.1F' '+10_000_000_000_000_000_159_028_911_097_599_180_468_360_808_563_945_281_389_781_327_557_747_838_772_170_381_060_813_469_985_856_815_104.0'
# 0.0 ' >+01.0E' '+0E+00'
# (1+2j) '^1.3X' ValueError: Unknown format code 'X' for object of type 'complex'
# 100000000000000000000 '*<08,.1e' '1.0e+20*'
# 0.0 '=+8_.0X' ValueError: Unknown format code 'X' for object of type 'float'
# 1e+100 '> #.1b' ValueError: Unknown format code 'b' for object of type 'float'
# 1e+100 '=#1_.20G' '1.0000000000000000159E+100'
# 1e+16 '<+#8,f' '+10,000,000,000,000,000.000000'
# 12345 '^-#15,.3f' '  12,345.000   '
# 100000000000000000000 '<-#15,d' '100,000,000,000,000,000,000'
# 1e+16 '15.0G' '          1E+16'
# 0.0 ' >+#08.3o' ValueError: Unknown format code 'o' for object of type 'float'
# 1e+22 '>+8_.0F' '+10_000_000_000_000_000_000_000'
# (1+2j) '=+.12X' ValueError: Unknown format code 'X' for object of type 'complex'
# 0.1 '*015,.1o' ValueError: Invalid format specifier '*015,.1o' for object of type 'float'
# 0 '^#,g' '0.00000'
# 1 '*=+#0,.12e' '+1.000000000000e+00'
# 2.675 ' >+015_.0o' ValueError: Unknown format code 'o' for object of type 'float'
# 1e-07 ' #0_.0G' ' 1.E-07'
# 123456.789 '=#0,.20s' ValueError: Cannot specify ',' with 's'.
# nan '-8n' '     nan'
# 12345 ' 08.3g' ' 1.23e+04'
# -2.5 '0=#015_.0E' '-0_000_002.E+00'
# 1e+100 ' =#8.3E' '1.000E+100'
# 12345 ' #1.20g' ' 12345.000000000000000'
# 0.5 ' ^#0,.1' '0.5'
# 1e-07 '*>1.20n' '9.9999999999999995475e-08'
# -987654321 ' = 08_.0o' ValueError: Precision not allowed in integer format specifier
# 0.0 '<#0.12s' ValueError: Unknown format code 's' for object of type 'float'
# -987654321 '>+#,.20E' '-9.87654321000000000000E+08'
# 0.1 '< #15,.0d' ValueError: Unknown format code 'd' for object of type 'float'
# 0 '-01,.20G' '0'
# -inf '^ #0,.1x' ValueError: Cannot specify ',' with 'x'.
# 1e+22 '=+#0,E' '+1.000000E+22'
# -1 '> #8_' '      -1'
# 1.7976931348623157e+308 '>#15,.12f' '179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.000000000000'
# -0.0 '*#15,.20E' ValueError: Invalid format specifier '*#15,.20E' for object of type 'float'
# 0.0 '0+1_' ValueError: Invalid format specifier '0+1_' for object of type 'float'
# 2.675 ' =-#15.12E' '2.675000000000E+00'
# 0.5 '^+#15_.0E' '    +5.E-01    '
# 1.7976931348623157e+308 ' >-#8,.20f' '179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00000000000000000000'
# 1e-07 ' -#1,.1%' ValueError: Invalid format specifier ' -#1,.1%' for object of type 'float'
# -2.5 '-01,G' '-2.5'
# -inf '0^ 8.12x' ValueError: Unknown format code 'x' for object of type 'float'
# (-0+infj) '>-0.0r' ValueError: Unknown format code 'r' for object of type 'complex'
# 0.0 '=-#01.1x' ValueError: Unknown format code 'x' for object of type 'float'
# 0 '1,.12s' ValueError: Cannot specify ',' with 's'.
# inf ' >#015.3g' '            inf'
# -0.0 '*>15,.20c' ValueError: Cannot specify ',' with 'c'.
# 1.5e-300j '<#15.12' '1.50000000000e-300j'
# 2.675 '0<-#01_.12c' ValueError: Cannot specify '_' with 'c'.
# 1.5 '*< 1,.12s' ValueError: Cannot specify ',' with 's'.
# 100000000000000000000 '> 1_.1d' ValueError: Precision not allowed in integer format specifier
# 12345 '0=-01X' '3039'
# 12345 ' >+#_.3' ValueError: Precision not allowed in integer format specifier
# 1e+22 '<+1,.20b' ValueError: Cannot specify ',' with 'b'.
# -1 '0< ,' '-1'
# 5e-324 '>01_o' ValueError: Unknown format code 'o' for object of type 'float'
# -0.0 '<+#0,.12b' ValueError: Cannot specify ',' with 'b'.
# 123456.789 '^-15_n' ValueError: Cannot specify '_' with 'n'.
# inf '<#15,.20b' ValueError: Cannot specify ',' with 'b'.
# 0 '*^0,.20f' '0.00000000000000000000'
# nan '<08_X' ValueError: Unknown format code 'X' for object of type 'float'
# 1e+100 '8.20b' ValueError: Unknown format code 'b' for object of type 'float'
# 1 '^-#015_.12n' ValueError: Cannot specify '_' with 'n'.
# 0.1 '^8.0G' '  0.1   '
# 1.5 '0+0,.0d' ValueError: Invalid format specifier '0+0,.0d' for object of type 'float'
# (-0+infj) ' =-#1,.12' ValueError: '=' alignment flag is not allowed in complex format specifier
# 1e-07 '*=+15,.12c' ValueError: Cannot specify ',' with 'c'.
# -2.5 '>-1_.1o' ValueError: Unknown format code 'o' for object of type 'float'
# -1 '+#01_.20x' ValueError: Precision not allowed in integer format specifier
# (-0+infj) '= #1_.20X' ValueError: Unknown format code 'X' for object of type 'complex'
# 1.7976931348623157e+308 '= #1,.3' ' 1.80e+308'
# 0 '-#08,.0E' '000.E+00'
# 5e-324 '^+#01_.12F' '+0.000000000000'
# 1.5e-300j '0=-#,.1b' ValueError: Cannot specify ',' with 'b'.
# 1.5 ' <+0,b' ValueError: Cannot specify ',' with 'b'.
# inf ' > 1.0F' ' INF'
# 0 ' >+8_.0F' '      +0'
# nan '<#015.0g' 'nan000000000000'
# -2.5 '= #0,.20g' '-2.5000000000000000000'
# -inf '>01,.3e' '-inf'
# -2.5 '^ 8.12%' '-250.000000000000%'
# True '^+0.1X' ValueError: Precision not allowed in integer format specifier
# 1 '<-01_.0E' '1E+00'
# 0.0 '= 015.12o' ValueError: Unknown format code 'o' for object of type 'float'
# True '^#08_.0G' '0001.000'
# -0.0 '<-#015.3%' '-0.000%00000000'
# (1+2j) '*=-01,.1X' ValueError: Cannot specify ',' with 'X'.
# (-0+infj) '^ #8_f' '-0.000000+infj'
# nan ' > 0,.12F' ' NAN'
# 0.5 ' ^ 015.20e' ' 5.00000000000000000000e-01'
# 0.0 '= #0,.0f' ' 0.'
# 0.1 ' = #08_.20f' ' 0.10000000000000000555'
# (-0+infj) '^+#1_.20' '(-0.0000000000000000000+infj)'
# -987654321 '0>#01.1d' ValueError: Precision not allowed in integer format specifier
# -987654321 '-8.12' ValueError: Precision not allowed in integer format specifier
# 1e+22 '*^-#015_.20o' ValueError: Unknown format code 'o' for object of type 'float'
# (1+2j) '+01.1r' ValueError: Unknown format code 'r' for object of type 'complex'
# inf '<01_.12o' ValueError: Unknown format code 'o' for object of type 'float'
