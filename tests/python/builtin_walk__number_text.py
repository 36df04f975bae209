# float(), complex() and int() of pseudo-random strings made of number
# pieces (digits, signs, dots, exponents, underscores, spaces, inf, nan),
# with the ValueError messages (complex() has two: a misplaced underscore
# names the string), and decimal strings read and formatted back.
M = (1 << 64) - 1
st = [42424242424242]
def rnd():
    x = st[0]; x ^= (x << 13) & M; x ^= x >> 7; x ^= (x << 17) & M; st[0] = x; return x
pieces = ['1', '0', '9', '5', '.', 'e', 'E', '-', '+', '_', ' ', 'inf', 'nan', 'x', '00', '123456789', 'infinity', '\t', '2', '7']
for i in range(400):
    n = rnd() % 8 + 1
    s = ''.join(pieces[rnd() % len(pieces)] for _ in range(n))
    try: r = repr(float(s))
    except ValueError as e: r = 'VE ' + str(e)
    try: c = repr(complex(s))
    except ValueError as e: c = 'VE ' + str(e)
    try: k = repr(int(s))
    except ValueError as e: k = 'VE ' + str(e)
    print(repr(s), r, c, k)
for i in range(200):
    r = rnd()
    digits = str(r)[: r % 20 + 1]
    e = (rnd() % 700) - 350
    s = digits[:1] + '.' + digits[1:] + 'e' + str(e)
    print(s, repr(float(s)), '%.17g' % float(s), format(float(s), '.3e'), format(float(s), ',.2f') if abs(e) < 30 else '')

# Output:
# '2-' VE could not convert string to float: '2-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '2-'
# '1234567899 191\t' VE could not convert string to float: '1234567899 191\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1234567899 191\t'
# '_' VE could not convert string to float: '_' VE could not convert string to complex: '_' VE invalid literal for int() with base 10: '_'
# 'x7e100e50' VE could not convert string to float: 'x7e100e50' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x7e100e50'
# '-nan 1' VE could not convert string to float: '-nan 1' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-nan 1'
# '5 ' 5.0 (5+0j) 5
# 'x27-' VE could not convert string to float: 'x27-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x27-'
# '.5inf' VE could not convert string to float: '.5inf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.5inf'
# '\t+ inf7__' VE could not convert string to float: '\t+ inf7__' VE could not convert string to complex: '\t+ inf7__' VE invalid literal for int() with base 10: '\t+ inf7__'
# '.' VE could not convert string to float: '.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.'
# '_E7001E\t2' VE could not convert string to float: '_E7001E\t2' VE could not convert string to complex: '_E7001E\t2' VE invalid literal for int() with base 10: '_E7001E\t2'
# '_0' VE could not convert string to float: '_0' VE could not convert string to complex: '_0' VE invalid literal for int() with base 10: '_0'
# ' e123456789+7' VE could not convert string to float: ' e123456789+7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' e123456789+7'
# '123456789\t5\tinf+123456789 ' VE could not convert string to float: '123456789\t5\tinf+123456789 ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '123456789\t5\tinf+123456789 '
# 'x+' VE could not convert string to float: 'x+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x+'
# '95 ' 95.0 (95+0j) 95
# '_inf.2' VE could not convert string to float: '_inf.2' VE could not convert string to complex: '_inf.2' VE invalid literal for int() with base 10: '_inf.2'
# '7+199' VE could not convert string to float: '7+199' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '7+199'
# 'naninfinity00' VE could not convert string to float: 'naninfinity00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'naninfinity00'
# '5e' VE could not convert string to float: '5e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5e'
# '00inf+infinity\t' VE could not convert string to float: '00inf+infinity\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '00inf+infinity\t'
# '-2infnanxx' VE could not convert string to float: '-2infnanxx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-2infnanxx'
# '7_x9-eeinf' VE could not convert string to float: '7_x9-eeinf' VE could not convert string to complex: '7_x9-eeinf' VE invalid literal for int() with base 10: '7_x9-eeinf'
# '__1234567897infinity.\t7' VE could not convert string to float: '__1234567897infinity.\t7' VE could not convert string to complex: '__1234567897infinity.\t7' VE invalid literal for int() with base 10: '__1234567897infinity.\t7'
# '0\t' 0.0 0j 0
# 'nan22' VE could not convert string to float: 'nan22' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan22'
# 'infinity' inf (inf+0j) VE invalid literal for int() with base 10: 'infinity'
# 'nan02infinity._e+' VE could not convert string to float: 'nan02infinity._e+' VE could not convert string to complex: 'nan02infinity._e+' VE invalid literal for int() with base 10: 'nan02infinity._e+'
# '0infinity5' VE could not convert string to float: '0infinity5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0infinity5'
# 'inf' inf (inf+0j) VE invalid literal for int() with base 10: 'inf'
# 'nan259 20+' VE could not convert string to float: 'nan259 20+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan259 20+'
# ' ' VE could not convert string to float: ' ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' '
# '91' 91.0 (91+0j) 91
# '-95 ' -95.0 (-95+0j) -95
# '0Enan00-inf7infinity' VE could not convert string to float: '0Enan00-inf7infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0Enan00-inf7infinity'
# '52+E' VE could not convert string to float: '52+E' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '52+E'
# 'Ee-_-x_\t' VE could not convert string to float: 'Ee-_-x_\t' VE could not convert string to complex: 'Ee-_-x_\t' VE invalid literal for int() with base 10: 'Ee-_-x_\t'
# '0inf2+1234567895' VE could not convert string to float: '0inf2+1234567895' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0inf2+1234567895'
# '59' 59.0 (59+0j) 59
# ' nan' nan (nan+0j) VE invalid literal for int() with base 10: ' nan'
# '_xe123456789\t-e_' VE could not convert string to float: '_xe123456789\t-e_' VE could not convert string to complex: '_xe123456789\t-e_' VE invalid literal for int() with base 10: '_xe123456789\t-e_'
# '..1\t' VE could not convert string to float: '..1\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '..1\t'
# '15-0infinityE\t' VE could not convert string to float: '15-0infinityE\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '15-0infinityE\t'
# '-5.-0092' VE could not convert string to float: '-5.-0092' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-5.-0092'
# '5_592 5123456789' VE could not convert string to float: '5_592 5123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5_592 5123456789'
# 'einfinityinfeinf0' VE could not convert string to float: 'einfinityinfeinf0' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'einfinityinfeinf0'
# 'Ee10059  ' VE could not convert string to float: 'Ee10059  ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Ee10059  '
# '++' VE could not convert string to float: '++' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '++'
# '__x525' VE could not convert string to float: '__x525' VE could not convert string to complex: '__x525' VE invalid literal for int() with base 10: '__x525'
# '7.00+nan123456789' VE could not convert string to float: '7.00+nan123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '7.00+nan123456789'
# '-' VE could not convert string to float: '-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-'
# 'x+' VE could not convert string to float: 'x+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x+'
# '5\t.5' VE could not convert string to float: '5\t.5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5\t.5'
# '00.naninf2nan_infinity' VE could not convert string to float: '00.naninf2nan_infinity' VE could not convert string to complex: '00.naninf2nan_infinity' VE invalid literal for int() with base 10: '00.naninf2nan_infinity'
# ' nan+5' VE could not convert string to float: ' nan+5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' nan+5'
# 'nan7Einf00nan1' VE could not convert string to float: 'nan7Einf00nan1' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan7Einf00nan1'
# '_eE_-2' VE could not convert string to float: '_eE_-2' VE could not convert string to complex: '_eE_-2' VE invalid literal for int() with base 10: '_eE_-2'
# 'nan19infinity2nan9e' VE could not convert string to float: 'nan19infinity2nan9e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan19infinity2nan9e'
# '+.9infinitynane' VE could not convert string to float: '+.9infinitynane' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+.9infinitynane'
# '+infinity' inf (inf+0j) VE invalid literal for int() with base 10: '+infinity'
# '123456789123456789_e\t9' VE could not convert string to float: '123456789123456789_e\t9' VE could not convert string to complex: '123456789123456789_e\t9' VE invalid literal for int() with base 10: '123456789123456789_e\t9'
# '-9-E.' VE could not convert string to float: '-9-E.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-9-E.'
# '.00. 1e' VE could not convert string to float: '.00. 1e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.00. 1e'
# 'infinity.5-' VE could not convert string to float: 'infinity.5-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity.5-'
# '\t123456789infx' VE could not convert string to float: '\t123456789infx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t123456789infx'
# 'nan.' VE could not convert string to float: 'nan.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan.'
# '5' 5.0 (5+0j) 5
# '1 nan-+' VE could not convert string to float: '1 nan-+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1 nan-+'
# 'E2infE-5_ ' VE could not convert string to float: 'E2infE-5_ ' VE could not convert string to complex: 'E2infE-5_ ' VE invalid literal for int() with base 10: 'E2infE-5_ '
# '123456789inf7\t_' VE could not convert string to float: '123456789inf7\t_' VE could not convert string to complex: '123456789inf7\t_' VE invalid literal for int() with base 10: '123456789inf7\t_'
# '-5E0inf95' VE could not convert string to float: '-5E0inf95' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-5E0inf95'
# 'Einfinityinfinity7infinity' VE could not convert string to float: 'Einfinityinfinity7infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Einfinityinfinity7infinity'
# '.79nan' VE could not convert string to float: '.79nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.79nan'
# '77991' 77991.0 (77991+0j) 77991
# ' xnan' VE could not convert string to float: ' xnan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' xnan'
# 'inf.12345678900 E2infinity' VE could not convert string to float: 'inf.12345678900 E2infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf.12345678900 E2infinity'
# '1234567891' 1234567891.0 (1234567891+0j) 1234567891
# 'naninf00_' VE could not convert string to float: 'naninf00_' VE could not convert string to complex: 'naninf00_' VE invalid literal for int() with base 10: 'naninf00_'
# ' inf' inf (inf+0j) VE invalid literal for int() with base 10: ' inf'
# 'E512345678905exinfinity' VE could not convert string to float: 'E512345678905exinfinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'E512345678905exinfinity'
# '-9nan+123456789011' VE could not convert string to float: '-9nan+123456789011' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-9nan+123456789011'
# ' 00nanx' VE could not convert string to float: ' 00nanx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' 00nanx'
# '071234567890' 71234567890.0 (71234567890+0j) 71234567890
# 'E72inf123456789' VE could not convert string to float: 'E72inf123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'E72inf123456789'
# '1-x-1 nan' VE could not convert string to float: '1-x-1 nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1-x-1 nan'
# 'nan9_1123456789' VE could not convert string to float: 'nan9_1123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan9_1123456789'
# 'nan.nanxinfinity' VE could not convert string to float: 'nan.nanxinfinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan.nanxinfinity'
# '-infinity1234567890' VE could not convert string to float: '-infinity1234567890' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-infinity1234567890'
# '_nan-e0011' VE could not convert string to float: '_nan-e0011' VE could not convert string to complex: '_nan-e0011' VE invalid literal for int() with base 10: '_nan-e0011'
# 'nan1nan' VE could not convert string to float: 'nan1nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan1nan'
# '-' VE could not convert string to float: '-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-'
# '-nan+2' VE could not convert string to float: '-nan+2' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-nan+2'
# '25x' VE could not convert string to float: '25x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '25x'
# '9xinfinity' VE could not convert string to float: '9xinfinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '9xinfinity'
# 'e2+e 0.\t' VE could not convert string to float: 'e2+e 0.\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e2+e 0.\t'
# '0nan0inf' VE could not convert string to float: '0nan0inf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0nan0inf'
# '\te' VE could not convert string to float: '\te' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\te'
# '-0\t e225' VE could not convert string to float: '-0\t e225' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-0\t e225'
# 'e17' VE could not convert string to float: 'e17' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e17'
# 'x52' VE could not convert string to float: 'x52' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x52'
# '_nan' VE could not convert string to float: '_nan' VE could not convert string to complex: '_nan' VE invalid literal for int() with base 10: '_nan'
# '5\t' 5.0 (5+0j) 5
# '7infinity' VE could not convert string to float: '7infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '7infinity'
# 'infinity0_\t\t59' VE could not convert string to float: 'infinity0_\t\t59' VE could not convert string to complex: 'infinity0_\t\t59' VE invalid literal for int() with base 10: 'infinity0_\t\t59'
# 'e5' VE could not convert string to float: 'e5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e5'
# '-_ infinity 7123456789' VE could not convert string to float: '-_ infinity 7123456789' VE could not convert string to complex: '-_ infinity 7123456789' VE invalid literal for int() with base 10: '-_ infinity 7123456789'
# '9_.E.' VE could not convert string to float: '9_.E.' VE could not convert string to complex: '9_.E.' VE invalid literal for int() with base 10: '9_.E.'
# '7' 7.0 (7+0j) 7
# '123456789e_.09-1' VE could not convert string to float: '123456789e_.09-1' VE could not convert string to complex: '123456789e_.09-1' VE invalid literal for int() with base 10: '123456789e_.09-1'
# '12345678900002e.' VE could not convert string to float: '12345678900002e.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '12345678900002e.'
# '_\t+e729' VE could not convert string to float: '_\t+e729' VE could not convert string to complex: '_\t+e729' VE invalid literal for int() with base 10: '_\t+e729'
# 'E-5-' VE could not convert string to float: 'E-5-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'E-5-'
# 'nan7.123456789' VE could not convert string to float: 'nan7.123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan7.123456789'
# 'inf' inf (inf+0j) VE invalid literal for int() with base 10: 'inf'
# '+907 x 9' VE could not convert string to float: '+907 x 9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+907 x 9'
# '_00700522E' VE could not convert string to float: '_00700522E' VE could not convert string to complex: '_00700522E' VE invalid literal for int() with base 10: '_00700522E'
# 'e007-_-' VE could not convert string to float: 'e007-_-' VE could not convert string to complex: 'e007-_-' VE invalid literal for int() with base 10: 'e007-_-'
# 'enan0infinity-inf' VE could not convert string to float: 'enan0infinity-inf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'enan0infinity-inf'
# 'inf_7123456789123456789nan0' VE could not convert string to float: 'inf_7123456789123456789nan0' VE could not convert string to complex: 'inf_7123456789123456789nan0' VE invalid literal for int() with base 10: 'inf_7123456789123456789nan0'
# '  099.infinitye' VE could not convert string to float: '  099.infinitye' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '  099.infinitye'
# '21' 21.0 (21+0j) 21
# '5E0infinfinityx5nan' VE could not convert string to float: '5E0infinfinityx5nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5E0infinfinityx5nan'
# 'infinity' inf (inf+0j) VE invalid literal for int() with base 10: 'infinity'
# 'e500inf7inf_' VE could not convert string to float: 'e500inf7inf_' VE could not convert string to complex: 'e500inf7inf_' VE invalid literal for int() with base 10: 'e500inf7inf_'
# ' x.1123456789_0x' VE could not convert string to float: ' x.1123456789_0x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' x.1123456789_0x'
# '.eE7.' VE could not convert string to float: '.eE7.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.eE7.'
# '-x\tinf+' VE could not convert string to float: '-x\tinf+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-x\tinf+'
# 'e011123456789_7' VE could not convert string to float: 'e011123456789_7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e011123456789_7'
# ' 5' 5.0 (5+0j) 5
# '\t_2 ' VE could not convert string to float: '\t_2 ' VE could not convert string to complex: '\t_2 ' VE invalid literal for int() with base 10: '\t_2 '
# '0x' VE could not convert string to float: '0x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0x'
# '0070012345678929' 70012345678929.0 (70012345678929+0j) 70012345678929
# '_123456789' VE could not convert string to float: '_123456789' VE could not convert string to complex: '_123456789' VE invalid literal for int() with base 10: '_123456789'
# '005521infinityx' VE could not convert string to float: '005521infinityx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '005521infinityx'
# ' \t5+' VE could not convert string to float: ' \t5+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' \t5+'
# '9' 9.0 (9+0j) 9
# '.' VE could not convert string to float: '.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.'
# 'infinity00e\tinfinity' VE could not convert string to float: 'infinity00e\tinfinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity00e\tinfinity'
# 'e -\t757' VE could not convert string to float: 'e -\t757' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e -\t757'
# '50' 50.0 (50+0j) 50
# '\tinf7' VE could not convert string to float: '\tinf7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\tinf7'
# '.5+-e' VE could not convert string to float: '.5+-e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.5+-e'
# '. +infinity' VE could not convert string to float: '. +infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '. +infinity'
# '5_09infinitynanE' VE could not convert string to float: '5_09infinitynanE' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5_09infinitynanE'
# 'inf' inf (inf+0j) VE invalid literal for int() with base 10: 'inf'
# '_7+' VE could not convert string to float: '_7+' VE could not convert string to complex: '_7+' VE invalid literal for int() with base 10: '_7+'
# '1nan97' VE could not convert string to float: '1nan97' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1nan97'
# ' infinity11' VE could not convert string to float: ' infinity11' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' infinity11'
# '00\t7' VE could not convert string to float: '00\t7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '00\t7'
# 'infinity5123456789' VE could not convert string to float: 'infinity5123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity5123456789'
# '. \t7 -+' VE could not convert string to float: '. \t7 -+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '. \t7 -+'
# 'e7inf' VE could not convert string to float: 'e7inf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e7inf'
# '-' VE could not convert string to float: '-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-'
# '.0019' 0.0019 (0.0019+0j) VE invalid literal for int() with base 10: '.0019'
# '123456789_' VE could not convert string to float: '123456789_' VE could not convert string to complex: '123456789_' VE invalid literal for int() with base 10: '123456789_'
# '009infinityinfinity' VE could not convert string to float: '009infinityinfinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '009infinityinfinity'
# '7 infinfinitye+' VE could not convert string to float: '7 infinfinitye+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '7 infinfinitye+'
# 'Enaninfinity517_' VE could not convert string to float: 'Enaninfinity517_' VE could not convert string to complex: 'Enaninfinity517_' VE invalid literal for int() with base 10: 'Enaninfinity517_'
# '1xx9' VE could not convert string to float: '1xx9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1xx9'
# '-nan+05xinfinity' VE could not convert string to float: '-nan+05xinfinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-nan+05xinfinity'
# 'infinity7' VE could not convert string to float: 'infinity7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity7'
# '123456789070-975' VE could not convert string to float: '123456789070-975' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '123456789070-975'
# '2e7' 20000000.0 (20000000+0j) VE invalid literal for int() with base 10: '2e7'
# '1.\tinfinfinityx' VE could not convert string to float: '1.\tinfinfinityx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1.\tinfinfinityx'
# 'nan7infinity+' VE could not convert string to float: 'nan7infinity+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan7infinity+'
# '_-' VE could not convert string to float: '_-' VE could not convert string to complex: '_-' VE invalid literal for int() with base 10: '_-'
# 'infinfinity1' VE could not convert string to float: 'infinfinity1' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinfinity1'
# 'infinityE' VE could not convert string to float: 'infinityE' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinityE'
# '5727 123456789e00' VE could not convert string to float: '5727 123456789e00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5727 123456789e00'
# 'infinity123456789+' VE could not convert string to float: 'infinity123456789+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity123456789+'
# 'E21234567890infinity_ ' VE could not convert string to float: 'E21234567890infinity_ ' VE could not convert string to complex: 'E21234567890infinity_ ' VE invalid literal for int() with base 10: 'E21234567890infinity_ '
# '.naninfinf1234567895\t' VE could not convert string to float: '.naninfinf1234567895\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.naninfinf1234567895\t'
# 'x\t' VE could not convert string to float: 'x\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x\t'
# '90\t001+' VE could not convert string to float: '90\t001+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '90\t001+'
# 'x9' VE could not convert string to float: 'x9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x9'
# 'x00' VE could not convert string to float: 'x00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x00'
# 'inf x9x500' VE could not convert string to float: 'inf x9x500' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf x9x500'
# 'x55' VE could not convert string to float: 'x55' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x55'
# '00e..' VE could not convert string to float: '00e..' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '00e..'
# '_ .infinity-' VE could not convert string to float: '_ .infinity-' VE could not convert string to complex: '_ .infinity-' VE invalid literal for int() with base 10: '_ .infinity-'
# '\t\tE575' VE could not convert string to float: '\t\tE575' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t\tE575'
# 'infinity1' VE could not convert string to float: 'infinity1' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity1'
# '\t123456789_inf' VE could not convert string to float: '\t123456789_inf' VE could not convert string to complex: '\t123456789_inf' VE invalid literal for int() with base 10: '\t123456789_inf'
# '_2_' VE could not convert string to float: '_2_' VE could not convert string to complex: '_2_' VE invalid literal for int() with base 10: '_2_'
# '5+0\t x' VE could not convert string to float: '5+0\t x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5+0\t x'
# '\tE' VE could not convert string to float: '\tE' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\tE'
# '123456789-15naninfnan' VE could not convert string to float: '123456789-15naninfnan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '123456789-15naninfnan'
# 'e00' VE could not convert string to float: 'e00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e00'
# 'e1x002 7_' VE could not convert string to float: 'e1x002 7_' VE could not convert string to complex: 'e1x002 7_' VE invalid literal for int() with base 10: 'e1x002 7_'
# '\t-2' -2.0 (-2+0j) -2
# '00 72500\t5' VE could not convert string to float: '00 72500\t5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '00 72500\t5'
# 'Eenan' VE could not convert string to float: 'Eenan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Eenan'
# 'E_5exinfinity00 ' VE could not convert string to float: 'E_5exinfinity00 ' VE could not convert string to complex: 'E_5exinfinity00 ' VE invalid literal for int() with base 10: 'E_5exinfinity00 '
# '9772infinityinfinity123456789+' VE could not convert string to float: '9772infinityinfinity123456789+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '9772infinityinfinity123456789+'
# '-71234567890' -71234567890.0 (-71234567890+0j) -71234567890
# ' E' VE could not convert string to float: ' E' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' E'
# '7nanEe..x' VE could not convert string to float: '7nanEe..x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '7nanEe..x'
# '_infinity9infinity\t' VE could not convert string to float: '_infinity9infinity\t' VE could not convert string to complex: '_infinity9infinity\t' VE invalid literal for int() with base 10: '_infinity9infinity\t'
# 'eE9' VE could not convert string to float: 'eE9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'eE9'
# '.nanE0' VE could not convert string to float: '.nanE0' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.nanE0'
# 'infinityx5' VE could not convert string to float: 'infinityx5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinityx5'
# '+123456789' 123456789.0 (123456789+0j) 123456789
# '_9' VE could not convert string to float: '_9' VE could not convert string to complex: '_9' VE invalid literal for int() with base 10: '_9'
# 'Einf12345678997_ ' VE could not convert string to float: 'Einf12345678997_ ' VE could not convert string to complex: 'Einf12345678997_ ' VE invalid literal for int() with base 10: 'Einf12345678997_ '
# '7' 7.0 (7+0j) 7
# '.5123456789001' 0.5123456789001 (0.5123456789001+0j) VE invalid literal for int() with base 10: '.5123456789001'
# 'Ee\t' VE could not convert string to float: 'Ee\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Ee\t'
# 'nan\t_123456789.inf95' VE could not convert string to float: 'nan\t_123456789.inf95' VE could not convert string to complex: 'nan\t_123456789.inf95' VE invalid literal for int() with base 10: 'nan\t_123456789.inf95'
# '-x+x123456789' VE could not convert string to float: '-x+x123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-x+x123456789'
# 'e\tE5' VE could not convert string to float: 'e\tE5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e\tE5'
# 'infinity123456789 125' VE could not convert string to float: 'infinity123456789 125' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity123456789 125'
# '7123456789' 7123456789.0 (7123456789+0j) 7123456789
# '0x\tinf\t' VE could not convert string to float: '0x\tinf\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0x\tinf\t'
# '\t 1+' VE could not convert string to float: '\t 1+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t 1+'
# '123456789111' 123456789111.0 (123456789111+0j) 123456789111
# '--.nan' VE could not convert string to float: '--.nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '--.nan'
# 'e-E' VE could not convert string to float: 'e-E' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e-E'
# 'nanE' VE could not convert string to float: 'nanE' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nanE'
# '0' 0.0 0j 0
# 'nan.\t1_123456789' VE could not convert string to float: 'nan.\t1_123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nan.\t1_123456789'
# '\t\t009' 9.0 (9+0j) 9
# '97nan0027' VE could not convert string to float: '97nan0027' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '97nan0027'
# '71e' VE could not convert string to float: '71e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '71e'
# '1_infinityE291nan' VE could not convert string to float: '1_infinityE291nan' VE could not convert string to complex: '1_infinityE291nan' VE invalid literal for int() with base 10: '1_infinityE291nan'
# 'e e \t\t00' VE could not convert string to float: 'e e \t\t00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e e \t\t00'
# 'nan12345678900e_x1nan' VE could not convert string to float: 'nan12345678900e_x1nan' VE could not convert string to complex: 'nan12345678900e_x1nan' VE invalid literal for int() with base 10: 'nan12345678900e_x1nan'
# '00-1234567891x' VE could not convert string to float: '00-1234567891x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '00-1234567891x'
# 'x 7123456789- . ' VE could not convert string to float: 'x 7123456789- . ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x 7123456789- . '
# '0000' 0.0 0j 0
# '.nan' VE could not convert string to float: '.nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.nan'
# '00123456789' 123456789.0 (123456789+0j) 123456789
# '000700123456789100' 700123456789100.0 (700123456789100+0j) 700123456789100
# 'infinity5+' VE could not convert string to float: 'infinity5+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity5+'
# '9' 9.0 (9+0j) 9
# '12' 12.0 (12+0j) 12
# 'Einfx0Einfinity' VE could not convert string to float: 'Einfx0Einfinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Einfx0Einfinity'
# 'infinity-\t7e_.' VE could not convert string to float: 'infinity-\t7e_.' VE could not convert string to complex: 'infinity-\t7e_.' VE invalid literal for int() with base 10: 'infinity-\t7e_.'
# '59xinfinityinfinityE 0' VE could not convert string to float: '59xinfinityinfinityE 0' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '59xinfinityinfinityE 0'
# '00_7E9' 7000000000.0 (7000000000+0j) VE invalid literal for int() with base 10: '00_7E9'
# 'inf0ee' VE could not convert string to float: 'inf0ee' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf0ee'
# '. x-123456789' VE could not convert string to float: '. x-123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '. x-123456789'
# 'infinity\t+e' VE could not convert string to float: 'infinity\t+e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity\t+e'
# '+0E9_' VE could not convert string to float: '+0E9_' VE could not convert string to complex: '+0E9_' VE invalid literal for int() with base 10: '+0E9_'
# '252-0123456789e' VE could not convert string to float: '252-0123456789e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '252-0123456789e'
# '50e_' VE could not convert string to float: '50e_' VE could not convert string to complex: '50e_' VE invalid literal for int() with base 10: '50e_'
# '710Ex599' VE could not convert string to float: '710Ex599' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '710Ex599'
# '-00x9' VE could not convert string to float: '-00x9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-00x9'
# '. ' VE could not convert string to float: '. ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '. '
# 'infinity2nanx5_inf-' VE could not convert string to float: 'infinity2nanx5_inf-' VE could not convert string to complex: 'infinity2nanx5_inf-' VE invalid literal for int() with base 10: 'infinity2nanx5_inf-'
# '+' VE could not convert string to float: '+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+'
# 'e+201' VE could not convert string to float: 'e+201' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e+201'
# '00.2' 0.2 (0.2+0j) VE invalid literal for int() with base 10: '00.2'
# 'x\t-\t900' VE could not convert string to float: 'x\t-\t900' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x\t-\t900'
# '2123456789' 2123456789.0 (2123456789+0j) 2123456789
# 'x123456789.' VE could not convert string to float: 'x123456789.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x123456789.'
# '\t- 7-123456789infinity' VE could not convert string to float: '\t- 7-123456789infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t- 7-123456789infinity'
# 'EnannanEe5' VE could not convert string to float: 'EnannanEe5' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'EnannanEe5'
# ' ' VE could not convert string to float: ' ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' '
# 'x+123456789E\tinfinity+' VE could not convert string to float: 'x+123456789E\tinfinity+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x+123456789E\tinfinity+'
# '2-07' VE could not convert string to float: '2-07' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '2-07'
# '50000.' 50000.0 (50000+0j) VE invalid literal for int() with base 10: '50000.'
# '123456789' 123456789.0 (123456789+0j) 123456789
# 'nanx\tinf' VE could not convert string to float: 'nanx\tinf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nanx\tinf'
# 'infinity7++5+' VE could not convert string to float: 'infinity7++5+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity7++5+'
# 'inf_0' VE could not convert string to float: 'inf_0' VE could not convert string to complex: 'inf_0' VE invalid literal for int() with base 10: 'inf_0'
# '123456789_' VE could not convert string to float: '123456789_' VE could not convert string to complex: '123456789_' VE invalid literal for int() with base 10: '123456789_'
# '\tinf123456789' VE could not convert string to float: '\tinf123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\tinf123456789'
# 'x' VE could not convert string to float: 'x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x'
# '0 9EinfinityE.infinity' VE could not convert string to float: '0 9EinfinityE.infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0 9EinfinityE.infinity'
# '+2123456789000.-' VE could not convert string to float: '+2123456789000.-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+2123456789000.-'
# '\t7inf 9nan123456789.' VE could not convert string to float: '\t7inf 9nan123456789.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t7inf 9nan123456789.'
# '1234567895xnan001 ' VE could not convert string to float: '1234567895xnan001 ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1234567895xnan001 '
# 'e.inf1234567895' VE could not convert string to float: 'e.inf1234567895' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e.inf1234567895'
# 'x900infinityinfinity7' VE could not convert string to float: 'x900infinityinfinity7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x900infinityinfinity7'
# '1' 1.0 (1+0j) 1
# '\tinf' inf (inf+0j) VE invalid literal for int() with base 10: '\tinf'
# '9 2+123456789' VE could not convert string to float: '9 2+123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '9 2+123456789'
# '\t000123456789x00' VE could not convert string to float: '\t000123456789x00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t000123456789x00'
# '295910e9' 295910000000000.0 (295910000000000+0j) VE invalid literal for int() with base 10: '295910e9'
# 'Exnan19nan00' VE could not convert string to float: 'Exnan19nan00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Exnan19nan00'
# '+ +' VE could not convert string to float: '+ +' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+ +'
# '-902E_7 ' VE could not convert string to float: '-902E_7 ' VE could not convert string to complex: '-902E_7 ' VE invalid literal for int() with base 10: '-902E_7 '
# '+' VE could not convert string to float: '+' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+'
# '0E._+' VE could not convert string to float: '0E._+' VE could not convert string to complex: '0E._+' VE invalid literal for int() with base 10: '0E._+'
# '2' 2.0 (2+0j) 2
# '99' 99.0 (99+0j) 99
# 'inf.97Enan ' VE could not convert string to float: 'inf.97Enan ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf.97Enan '
# 'infx00123456789-' VE could not convert string to float: 'infx00123456789-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infx00123456789-'
# 'infinf\t2+E' VE could not convert string to float: 'infinf\t2+E' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinf\t2+E'
# '_inf9infinity.0+x' VE could not convert string to float: '_inf9infinity.0+x' VE could not convert string to complex: '_inf9infinity.0+x' VE invalid literal for int() with base 10: '_inf9infinity.0+x'
# 'E.00' VE could not convert string to float: 'E.00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'E.00'
# '\t.nan7-' VE could not convert string to float: '\t.nan7-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t.nan7-'
# 'infinityinfE9infx' VE could not convert string to float: 'infinityinfE9infx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinityinfE9infx'
# '.2' 0.2 (0.2+0j) VE invalid literal for int() with base 10: '.2'
# '21234567895 x11 ' VE could not convert string to float: '21234567895 x11 ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '21234567895 x11 '
# '09x' VE could not convert string to float: '09x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '09x'
# 'inf+._9-' VE could not convert string to float: 'inf+._9-' VE could not convert string to complex: 'inf+._9-' VE invalid literal for int() with base 10: 'inf+._9-'
# 'E9\t12345678919' VE could not convert string to float: 'E9\t12345678919' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'E9\t12345678919'
# 'Ex\t' VE could not convert string to float: 'Ex\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Ex\t'
# '\t' VE could not convert string to float: '\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\t'
# 'infinity.9_+00' VE could not convert string to float: 'infinity.9_+00' VE could not convert string to complex: 'infinity.9_+00' VE invalid literal for int() with base 10: 'infinity.9_+00'
# '.infinity97' VE could not convert string to float: '.infinity97' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.infinity97'
# 'e_\t.+' VE could not convert string to float: 'e_\t.+' VE could not convert string to complex: 'e_\t.+' VE invalid literal for int() with base 10: 'e_\t.+'
# '\tnan09' VE could not convert string to float: '\tnan09' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\tnan09'
# 'inf1123456789_929_' VE could not convert string to float: 'inf1123456789_929_' VE could not convert string to complex: 'inf1123456789_929_' VE invalid literal for int() with base 10: 'inf1123456789_929_'
# 'inf.-\t+infinity\t' VE could not convert string to float: 'inf.-\t+infinity\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf.-\t+infinity\t'
# 'xE_1nan 00infinity' VE could not convert string to float: 'xE_1nan 00infinity' VE could not convert string to complex: 'xE_1nan 00infinity' VE invalid literal for int() with base 10: 'xE_1nan 00infinity'
# '123456789infinity9.-' VE could not convert string to float: '123456789infinity9.-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '123456789infinity9.-'
# 'x' VE could not convert string to float: 'x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x'
# 'inf' inf (inf+0j) VE invalid literal for int() with base 10: 'inf'
# 'e\t7x' VE could not convert string to float: 'e\t7x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e\t7x'
# '.' VE could not convert string to float: '.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.'
# '5 _inf70-nan' VE could not convert string to float: '5 _inf70-nan' VE could not convert string to complex: '5 _inf70-nan' VE invalid literal for int() with base 10: '5 _inf70-nan'
# '92e7' 920000000.0 (920000000+0j) VE invalid literal for int() with base 10: '92e7'
# 'infinity5E9' VE could not convert string to float: 'infinity5E9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity5E9'
# '0nanEe123456789' VE could not convert string to float: '0nanEe123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0nanEe123456789'
# 'xx2+5+\t' VE could not convert string to float: 'xx2+5+\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'xx2+5+\t'
# '+.' VE could not convert string to float: '+.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+.'
# '7E9' 7000000000.0 (7000000000+0j) VE invalid literal for int() with base 10: '7E9'
# 'inf\t200' VE could not convert string to float: 'inf\t200' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf\t200'
# '. 9' VE could not convert string to float: '. 9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '. 9'
# 'infinity571nan\t75' VE could not convert string to float: 'infinity571nan\t75' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity571nan\t75'
# 'ExE\tinf\t' VE could not convert string to float: 'ExE\tinf\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'ExE\tinf\t'
# 'x0' VE could not convert string to float: 'x0' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x0'
# 'ee-' VE could not convert string to float: 'ee-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'ee-'
# ' -7_\tinfinity123456789' VE could not convert string to float: ' -7_\tinfinity123456789' VE could not convert string to complex: ' -7_\tinfinity123456789' VE invalid literal for int() with base 10: ' -7_\tinfinity123456789'
# 'x' VE could not convert string to float: 'x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x'
# '2005 0 infinity_' VE could not convert string to float: '2005 0 infinity_' VE could not convert string to complex: '2005 0 infinity_' VE invalid literal for int() with base 10: '2005 0 infinity_'
# '+0-enan9' VE could not convert string to float: '+0-enan9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+0-enan9'
# '\t0' 0.0 0j 0
# '. \t' VE could not convert string to float: '. \t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '. \t'
# '7' 7.0 (7+0j) 7
# '00e+_' VE could not convert string to float: '00e+_' VE could not convert string to complex: '00e+_' VE invalid literal for int() with base 10: '00e+_'
# '1_nan002' VE could not convert string to float: '1_nan002' VE could not convert string to complex: '1_nan002' VE invalid literal for int() with base 10: '1_nan002'
# '9infinity.+nan+nan' VE could not convert string to float: '9infinity.+nan+nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '9infinity.+nan+nan'
# '2_' VE could not convert string to float: '2_' VE could not convert string to complex: '2_' VE invalid literal for int() with base 10: '2_'
# '29.5\tx' VE could not convert string to float: '29.5\tx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '29.5\tx'
# '123456789__' VE could not convert string to float: '123456789__' VE could not convert string to complex: '123456789__' VE invalid literal for int() with base 10: '123456789__'
# '+infinity+.' VE could not convert string to float: '+infinity+.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+infinity+.'
# '9' 9.0 (9+0j) 9
# 'inf 00-x0' VE could not convert string to float: 'inf 00-x0' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf 00-x0'
# '01E_e0.' VE could not convert string to float: '01E_e0.' VE could not convert string to complex: '01E_e0.' VE invalid literal for int() with base 10: '01E_e0.'
# 'e21 123456789infinity0' VE could not convert string to float: 'e21 123456789infinity0' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e21 123456789infinity0'
# '+ 123456789naneinfinity 00' VE could not convert string to float: '+ 123456789naneinfinity 00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+ 123456789naneinfinity 00'
# 'inf95' VE could not convert string to float: 'inf95' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf95'
# '00+123456789x0_' VE could not convert string to float: '00+123456789x0_' VE could not convert string to complex: '00+123456789x0_' VE invalid literal for int() with base 10: '00+123456789x0_'
# '900+inf123456789' VE could not convert string to float: '900+inf123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '900+inf123456789'
# '_infinity' VE could not convert string to float: '_infinity' VE could not convert string to complex: '_infinity' VE invalid literal for int() with base 10: '_infinity'
# ' ' VE could not convert string to float: ' ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' '
# ' e-_7infinity' VE could not convert string to float: ' e-_7infinity' VE could not convert string to complex: ' e-_7infinity' VE invalid literal for int() with base 10: ' e-_7infinity'
# 'e infinity2x\tinf' VE could not convert string to float: 'e infinity2x\tinf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'e infinity2x\tinf'
# 'xinfinity\t+.\t-\t' VE could not convert string to float: 'xinfinity\t+.\t-\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'xinfinity\t+.\t-\t'
# 'Einf 000infinityx' VE could not convert string to float: 'Einf 000infinityx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Einf 000infinityx'
# '0' 0.0 0j 0
# '_E7infinity+' VE could not convert string to float: '_E7infinity+' VE could not convert string to complex: '_E7infinity+' VE invalid literal for int() with base 10: '_E7infinity+'
# 'EE-x' VE could not convert string to float: 'EE-x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'EE-x'
# ' e1infinity' VE could not convert string to float: ' e1infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' e1infinity'
# '1nane' VE could not convert string to float: '1nane' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '1nane'
# '5.Einf2+\t123456789' VE could not convert string to float: '5.Einf2+\t123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '5.Einf2+\t123456789'
# '_infinity5-inf2' VE could not convert string to float: '_infinity5-inf2' VE could not convert string to complex: '_infinity5-inf2' VE invalid literal for int() with base 10: '_infinity5-inf2'
# '912345678955001 9' VE could not convert string to float: '912345678955001 9' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '912345678955001 9'
# '-' VE could not convert string to float: '-' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-'
# 'infinity' inf (inf+0j) VE invalid literal for int() with base 10: 'infinity'
# ' infinitye52.' VE could not convert string to float: ' infinitye52.' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' infinitye52.'
# '7.0-1123456789e' VE could not convert string to float: '7.0-1123456789e' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '7.0-1123456789e'
# '+110+x1E' VE could not convert string to float: '+110+x1E' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+110+x1E'
# 'infe1x' VE could not convert string to float: 'infe1x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infe1x'
# 'E007+-E' VE could not convert string to float: 'E007+-E' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'E007+-E'
# 'inf\t' inf (inf+0j) VE invalid literal for int() with base 10: 'inf\t'
# 'nanx' VE could not convert string to float: 'nanx' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'nanx'
# '5-7_E00' VE could not convert string to float: '5-7_E00' VE could not convert string to complex: '5-7_E00' VE invalid literal for int() with base 10: '5-7_E00'
# '51xe9infinity' VE could not convert string to float: '51xe9infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '51xe9infinity'
# 'inf' inf (inf+0j) VE invalid literal for int() with base 10: 'inf'
# '75E12345678990_' VE could not convert string to float: '75E12345678990_' VE could not convert string to complex: '75E12345678990_' VE invalid literal for int() with base 10: '75E12345678990_'
# '.200.inf inf' VE could not convert string to float: '.200.inf inf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.200.inf inf'
# 'EEe910015' VE could not convert string to float: 'EEe910015' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'EEe910015'
# '\tx ' VE could not convert string to float: '\tx ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '\tx '
# '100nan' VE could not convert string to float: '100nan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '100nan'
# 'inf' inf (inf+0j) VE invalid literal for int() with base 10: 'inf'
# 'nan9_\tinf' VE could not convert string to float: 'nan9_\tinf' VE could not convert string to complex: 'nan9_\tinf' VE invalid literal for int() with base 10: 'nan9_\tinf'
# 'Einf00_infinitye_' VE could not convert string to float: 'Einf00_infinitye_' VE could not convert string to complex: 'Einf00_infinitye_' VE invalid literal for int() with base 10: 'Einf00_infinitye_'
# 'E00Eeinf09infinity' VE could not convert string to float: 'E00Eeinf09infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'E00Eeinf09infinity'
# '.\t' VE could not convert string to float: '.\t' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '.\t'
# ' --.2inf 123456789' VE could not convert string to float: ' --.2inf 123456789' VE complex() arg is a malformed string VE invalid literal for int() with base 10: ' --.2inf 123456789'
# '-57e_2' VE could not convert string to float: '-57e_2' VE could not convert string to complex: '-57e_2' VE invalid literal for int() with base 10: '-57e_2'
# '007e5x' VE could not convert string to float: '007e5x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '007e5x'
# '2E9inf ' VE could not convert string to float: '2E9inf ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '2E9inf '
# '20' 20.0 (20+0j) 20
# '-+7\t7' VE could not convert string to float: '-+7\t7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '-+7\t7'
# 'x.7' VE could not convert string to float: 'x.7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'x.7'
# 'e _+50' VE could not convert string to float: 'e _+50' VE could not convert string to complex: 'e _+50' VE invalid literal for int() with base 10: 'e _+50'
# 'infinity00' VE could not convert string to float: 'infinity00' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'infinity00'
# '+123456789eE.79x' VE could not convert string to float: '+123456789eE.79x' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '+123456789eE.79x'
# '_+' VE could not convert string to float: '_+' VE could not convert string to complex: '_+' VE invalid literal for int() with base 10: '_+'
# 'Enan' VE could not convert string to float: 'Enan' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'Enan'
# '0123456789infinityinf' VE could not convert string to float: '0123456789infinityinf' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0123456789infinityinf'
# '5 ' 5.0 (5+0j) 5
# '- ' VE could not convert string to float: '- ' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '- '
# '0infinity' VE could not convert string to float: '0infinity' VE complex() arg is a malformed string VE invalid literal for int() with base 10: '0infinity'
# 'inf7' VE could not convert string to float: 'inf7' VE complex() arg is a malformed string VE invalid literal for int() with base 10: 'inf7'
# 3.517377e-288 3.517377e-288 3.5173770000000003e-288 3.517e-288 
# 3.458660340682380818e48 3.458660340682381e+48 3.458660340682381e+48 3.459e+48 
# 1.357970492643e59 1.357970492643e+59 1.357970492643e+59 1.358e+59 
# 2.e-108 2e-108 2.0000000000000001e-108 2.000e-108 
# 2.33274940861639937e-281 2.3327494086163993e-281 2.3327494086163993e-281 2.333e-281 
# 1.63838401e226 1.63838401e+226 1.6383840100000001e+226 1.638e+226 
# 1.24833723571610e-108 1.2483372357161e-108 1.2483372357160999e-108 1.248e-108 
# 8.458e284 8.458e+284 8.4580000000000006e+284 8.458e+284 
# 8.442658987e-326 0.0 0 0.000e+00 
# 1.210e-275 1.21e-275 1.21e-275 1.210e-275 
# 8.0469234015e-36 8.0469234015e-36 8.0469234015000005e-36 8.047e-36 
# 4.457096115887e245 4.457096115887e+245 4.4570961158870001e+245 4.457e+245 
# 1.1560339188583710e-169 1.156033918858371e-169 1.156033918858371e-169 1.156e-169 
# 2.74550150262e158 2.74550150262e+158 2.7455015026199998e+158 2.746e+158 
# 1.5e-84 1.5e-84 1.5000000000000001e-84 1.500e-84 
# 1.09e194 1.09e+194 1.09e+194 1.090e+194 
# 4.6305877061e293 4.6305877061e+293 4.6305877061000002e+293 4.631e+293 
# 1.e318 inf inf inf 
# 1.61743e-295 1.61743e-295 1.6174299999999999e-295 1.617e-295 
# 1.73206530e-283 1.7320653e-283 1.7320652999999999e-283 1.732e-283 
# 2.097870059826926e292 2.097870059826926e+292 2.0978700598269258e+292 2.098e+292 
# 3.644079169e134 3.644079169e+134 3.6440791689999998e+134 3.644e+134 
# 1.753225709591e-143 1.753225709591e-143 1.753225709591e-143 1.753e-143 
# 1.2560428e55 1.2560428e+55 1.2560428e+55 1.256e+55 
# 1.79880762584670093e17 1.7988076258467008e+17 1.7988076258467008e+17 1.799e+17 179,880,762,584,670,080.00
# 1.711899e-284 1.711899e-284 1.711899e-284 1.712e-284 
# 5.02073e280 5.02073e+280 5.0207299999999998e+280 5.021e+280 
# 5.46997884920e-199 5.4699788492e-199 5.4699788492000002e-199 5.470e-199 
# 5.e13 50000000000000.0 50000000000000 5.000e+13 50,000,000,000,000.00
# 6.483679385260357e-299 6.483679385260357e-299 6.4836793852603571e-299 6.484e-299 
# 1.82352978400335892e-273 1.823529784003359e-273 1.823529784003359e-273 1.824e-273 
# 1.071551698979e287 1.071551698979e+287 1.071551698979e+287 1.072e+287 
# 8.0408393487e-44 8.0408393487e-44 8.0408393486999995e-44 8.041e-44 
# 9.47231e91 9.47231e+91 9.4723100000000004e+91 9.472e+91 
# 1.02180e-54 1.0218e-54 1.0218e-54 1.022e-54 
# 1.8e-126 1.8e-126 1.8e-126 1.800e-126 
# 1.e286 1e+286 1e+286 1.000e+286 
# 7.629674728444165e-242 7.629674728444165e-242 7.629674728444165e-242 7.630e-242 
# 5.026011053582787519e-206 5.026011053582788e-206 5.0260110535827878e-206 5.026e-206 
# 1.36463286e-55 1.36463286e-55 1.36463286e-55 1.365e-55 
# 3.336e-225 3.336e-225 3.3359999999999997e-225 3.336e-225 
# 1.430692412e110 1.430692412e+110 1.4306924119999999e+110 1.431e+110 
# 9.79302940166151e210 9.79302940166151e+210 9.7930294016615103e+210 9.793e+210 
# 1.7e-301 1.7e-301 1.7000000000000001e-301 1.700e-301 
# 4.03e242 4.03e+242 4.0299999999999999e+242 4.030e+242 
# 1.492254e318 inf inf inf 
# 1.42e28 1.42e+28 1.4199999999999999e+28 1.420e+28 14,199,999,999,999,998,924,244,910,080.00
# 6.3669072e-17 6.3669072e-17 6.3669072000000004e-17 6.367e-17 0.00
# 1.7963685121278e-56 1.7963685121278e-56 1.7963685121277999e-56 1.796e-56 
# 1.581566201062353753e211 1.5815662010623538e+211 1.5815662010623538e+211 1.582e+211 
# 4.4416659e261 4.4416659e+261 4.4416658999999998e+261 4.442e+261 
# 4.650415583e-157 4.650415583e-157 4.6504155830000002e-157 4.650e-157 
# 1.799143892e262 1.799143892e+262 1.7991438920000001e+262 1.799e+262 
# 7.34087599461e86 7.34087599461e+86 7.3408759946099999e+86 7.341e+86 
# 1.0015520951735330479e148 1.0015520951735331e+148 1.0015520951735331e+148 1.002e+148 
# 1.165866122703786593e215 1.1658661227037866e+215 1.1658661227037866e+215 1.166e+215 
# 8.2705458e266 8.2705458e+266 8.2705458000000001e+266 8.271e+266 
# 1.317e-206 1.317e-206 1.3170000000000001e-206 1.317e-206 
# 9.94e102 9.94e+102 9.9400000000000005e+102 9.940e+102 
# 1.415760e-335 0.0 0 0.000e+00 
# 1.32813e-37 1.32813e-37 1.3281300000000001e-37 1.328e-37 
# 8.90936058092891651e-129 8.909360580928917e-129 8.9093605809289167e-129 8.909e-129 
# 2.086595779620e-311 2.08659577962e-311 2.0865957796199381e-311 2.087e-311 
# 5.68693818965077e-171 5.68693818965077e-171 5.6869381896507704e-171 5.687e-171 
# 1.28e-117 1.28e-117 1.28e-117 1.280e-117 
# 1.44956322e-304 1.44956322e-304 1.4495632199999999e-304 1.450e-304 
# 1.7778251505e208 1.7778251505e+208 1.7778251504999999e+208 1.778e+208 
# 1.2499e-23 1.2499e-23 1.2499e-23 1.250e-23 0.00
# 4.7095329e-348 0.0 0 0.000e+00 
# 1.23e-30 1.23e-30 1.2300000000000001e-30 1.230e-30 
# 6.10486e245 6.10486e+245 6.1048600000000002e+245 6.105e+245 
# 1.310842976944310e-270 1.31084297694431e-270 1.3108429769443099e-270 1.311e-270 
# 9.68977494554439893e151 9.689774945544399e+151 9.689774945544399e+151 9.690e+151 
# 1.4826e-293 1.4826e-293 1.4826e-293 1.483e-293 
# 1.5e-244 1.5e-244 1.5000000000000001e-244 1.500e-244 
# 1.6068e-289 1.6068e-289 1.6068e-289 1.607e-289 
# 1.5981495637012e156 1.5981495637012e+156 1.5981495637012001e+156 1.598e+156 
# 1.799538907e-268 1.799538907e-268 1.799538907e-268 1.800e-268 
# 3.6386614e305 3.6386614e+305 3.6386614000000001e+305 3.639e+305 
# 5.4656431e-263 5.4656431e-263 5.4656430999999999e-263 5.466e-263 
# 1.6135025684507e14 161350256845070.0 161350256845070 1.614e+14 161,350,256,845,070.00
# 1.42567e-134 1.42567e-134 1.4256700000000001e-134 1.426e-134 
# 7.862e100 7.862e+100 7.8619999999999993e+100 7.862e+100 
# 6.4239435161129390e-222 6.423943516112939e-222 6.4239435161129389e-222 6.424e-222 
# 1.620e149 1.62e+149 1.62e+149 1.620e+149 
# 3.300303913798673e-308 3.300303913798673e-308 3.3003039137986728e-308 3.300e-308 
# 1.56683686e186 1.56683686e+186 1.56683686e+186 1.567e+186 
# 1.4926331133872288439e-276 1.4926331133872288e-276 1.4926331133872288e-276 1.493e-276 
# 7.5593498366e56 7.5593498366e+56 7.5593498366000001e+56 7.559e+56 
# 1.41773760149347958e31 1.4177376014934796e+31 1.4177376014934796e+31 1.418e+31 
# 1.4596577688883591e-30 1.4596577688883591e-30 1.4596577688883591e-30 1.460e-30 
# 6.58672441741696949e69 6.5867244174169696e+69 6.5867244174169696e+69 6.587e+69 
# 1.0630432830817046859e235 1.0630432830817047e+235 1.0630432830817047e+235 1.063e+235 
# 1.340725e343 inf inf inf 
# 1.209284808730e148 1.20928480873e+148 1.20928480873e+148 1.209e+148 
# 8.87073571601e-238 8.87073571601e-238 8.8707357160099997e-238 8.871e-238 
# 1.5607168419593e220 1.5607168419593e+220 1.5607168419593e+220 1.561e+220 
# 1.0368625097820039e83 1.0368625097820039e+83 1.0368625097820039e+83 1.037e+83 
# 9.01453718402007085e-240 9.014537184020071e-240 9.014537184020071e-240 9.015e-240 
# 1.696098145e332 inf inf inf 
# 2.534e139 2.534e+139 2.5339999999999998e+139 2.534e+139 
# 1.730e84 1.73e+84 1.7300000000000001e+84 1.730e+84 
# 9.923053736042001e159 9.923053736042001e+159 9.9230537360420012e+159 9.923e+159 
# 9.49457316483429771e69 9.494573164834297e+69 9.494573164834297e+69 9.495e+69 
# 1.4191029444380e260 1.419102944438e+260 1.4191029444380001e+260 1.419e+260 
# 1.08225572869443748e-293 1.0822557286944374e-293 1.0822557286944374e-293 1.082e-293 
# 8.12787500774e268 8.12787500774e+268 8.1278750077400006e+268 8.128e+268 
# 3.0e-12 3e-12 3.0000000000000001e-12 3.000e-12 0.00
# 8.e-46 8e-46 8.0000000000000002e-46 8.000e-46 
# 2.63164e-232 2.63164e-232 2.6316399999999998e-232 2.632e-232 
# 1.259227991e-16 1.259227991e-16 1.259227991e-16 1.259e-16 0.00
# 3.06790543e231 3.06790543e+231 3.0679054299999999e+231 3.068e+231 
# 1.84031037778e-28 1.84031037778e-28 1.8403103777799999e-28 1.840e-28 0.00
# 1.46799182997584e-202 1.46799182997584e-202 1.4679918299758401e-202 1.468e-202 
# 1.2948e347 inf inf inf 
# 1.e-129 1e-129 9.9999999999999993e-130 1.000e-129 
# 9.524624847e51 9.524624847e+51 9.5246248469999994e+51 9.525e+51 
# 1.120687509053530e-330 0.0 0 0.000e+00 
# 4.2e317 inf inf inf 
# 8.988393983330005538e-108 8.988393983330005e-108 8.9883939833300049e-108 8.988e-108 
# 7.966771897e-105 7.966771897e-105 7.9667718970000002e-105 7.967e-105 
# 1.3881074e271 1.3881074e+271 1.3881074e+271 1.388e+271 
# 8.6e180 8.6e+180 8.5999999999999998e+180 8.600e+180 
# 5.15842190e47 5.1584219e+47 5.1584219000000003e+47 5.158e+47 
# 1.7003700e67 1.70037e+67 1.7003699999999999e+67 1.700e+67 
# 1.64878584048732e-102 1.64878584048732e-102 1.6487858404873199e-102 1.649e-102 
# 3.76740138594532177e-171 3.767401385945322e-171 3.7674013859453218e-171 3.767e-171 
# 1.3628586812e-190 1.3628586812e-190 1.3628586811999999e-190 1.363e-190 
# 2.0676801175585e-236 2.0676801175585e-236 2.0676801175585002e-236 2.068e-236 
# 1.50289647622156570e119 1.5028964762215656e+119 1.5028964762215656e+119 1.503e+119 
# 1.1460023e282 1.1460023e+282 1.1460023e+282 1.146e+282 
# 7.e-280 7e-280 7.0000000000000002e-280 7.000e-280 
# 6.0010997623e-256 6.0010997623e-256 6.0010997622999999e-256 6.001e-256 
# 1.2452348900894219e179 1.2452348900894219e+179 1.2452348900894219e+179 1.245e+179 
# 6.83e165 6.83e+165 6.83e+165 6.830e+165 
# 9.312e-317 9.312e-317 9.3120000849907708e-317 9.312e-317 
# 8.40499982186493e-253 8.40499982186493e-253 8.4049998218649296e-253 8.405e-253 
# 1.19488640057e-324 0.0 0 0.000e+00 
# 3.5042903512498306e-88 3.5042903512498306e-88 3.5042903512498306e-88 3.504e-88 
# 8.391807879009e-56 8.391807879009e-56 8.3918078790090003e-56 8.392e-56 
# 1.496567934579e-305 1.496567934579e-305 1.4965679345789999e-305 1.497e-305 
# 1.798224654812496179e-21 1.7982246548124962e-21 1.7982246548124962e-21 1.798e-21 0.00
# 1.2932743514131e159 1.2932743514131e+159 1.2932743514131e+159 1.293e+159 
# 2.e-136 2e-136 2e-136 2.000e-136 
# 1.772829607e66 1.772829607e+66 1.7728296069999999e+66 1.773e+66 
# 1.1169058e87 1.1169058e+87 1.1169058e+87 1.117e+87 
# 9.0e86 9e+86 8.9999999999999999e+86 9.000e+86 
# 9.325699973998493e273 9.325699973998494e+273 9.3256999739984937e+273 9.326e+273 
# 8.884558e195 8.884558e+195 8.884558e+195 8.885e+195 
# 2.909806604072078739e254 2.909806604072079e+254 2.909806604072079e+254 2.910e+254 
# 2.04920841620e-339 0.0 0 0.000e+00 
# 1.6e-278 1.6e-278 1.6000000000000001e-278 1.600e-278 
# 8.93593596e280 8.93593596e+280 8.9359359600000005e+280 8.936e+280 
# 8.528391781e305 8.528391781e+305 8.5283917809999997e+305 8.528e+305 
# 1.4084e-267 1.4084e-267 1.4084000000000001e-267 1.408e-267 
# 1.05549569684452e-283 1.05549569684452e-283 1.05549569684452e-283 1.055e-283 
# 2.75257371944e-330 0.0 0 0.000e+00 
# 9.e-340 0.0 0 0.000e+00 
# 6.57165e170 6.57165e+170 6.5716500000000002e+170 6.572e+170 
# 1.e302 1e+302 1.0000000000000001e+302 1.000e+302 
# 1.21671e331 inf inf inf 
# 1.0803801939408e277 1.0803801939408e+277 1.0803801939408e+277 1.080e+277 
# 8.2402575667410697e-59 8.24025756674107e-59 8.2402575667410702e-59 8.240e-59 
# 1.348e-78 1.348e-78 1.348e-78 1.348e-78 
# 9.076094607583229719e67 9.07609460758323e+67 9.0760946075832297e+67 9.076e+67 
# 8.185784245222e129 8.185784245222e+129 8.1857842452220005e+129 8.186e+129 
# 1.447563918e89 1.447563918e+89 1.447563918e+89 1.448e+89 
# 1.0873392076556427499e-332 0.0 0 0.000e+00 
# 9.19415047190e-72 9.1941504719e-72 9.1941504718999998e-72 9.194e-72 
# 2.55367e233 2.55367e+233 2.5536699999999999e+233 2.554e+233 
# 1.307e-171 1.307e-171 1.3070000000000001e-171 1.307e-171 
# 1.039051852283198e211 1.039051852283198e+211 1.039051852283198e+211 1.039e+211 
# 7.69e47 7.69e+47 7.69e+47 7.690e+47 
# 6.84879667943883398e141 6.848796679438834e+141 6.8487966794388337e+141 6.849e+141 
# 5.96430852890460e15 5964308528904600.0 5964308528904600 5.964e+15 5,964,308,528,904,600.00
# 1.2129518041506e-158 1.2129518041506e-158 1.2129518041506e-158 1.213e-158 
# 8.0e285 8e+285 7.9999999999999998e+285 8.000e+285 
# 1.39577760310e53 1.3957776031e+53 1.3957776031e+53 1.396e+53 
# 8.966e-170 8.966e-170 8.9659999999999996e-170 8.966e-170 
# 3.5914963913598e242 3.5914963913598e+242 3.5914963913598001e+242 3.591e+242 
# 1.423122546e94 1.423122546e+94 1.423122546e+94 1.423e+94 
# 1.45482e-218 1.45482e-218 1.4548199999999999e-218 1.455e-218 
# 1.34185e217 1.34185e+217 1.34185e+217 1.342e+217 
# 6.235565239667641e-44 6.235565239667641e-44 6.2355652396676409e-44 6.236e-44 
# 1.797044129267791e-70 1.797044129267791e-70 1.797044129267791e-70 1.797e-70 
# 8.351551126014e-313 8.35155112603e-313 8.3515511260315845e-313 8.352e-313 
# 1.663622116073074557e-87 1.6636221160730746e-87 1.6636221160730746e-87 1.664e-87 
# 1.7670517849e-283 1.7670517849e-283 1.7670517849e-283 1.767e-283 
# 8.10433294e250 8.10433294e+250 8.1043329400000006e+250 8.104e+250 
# 1.4e250 1.4e+250 1.4e+250 1.400e+250 
# 1.59607081635653224e-334 0.0 0 0.000e+00 
# 7.5320342131514e-195 7.5320342131514e-195 7.5320342131514005e-195 7.532e-195 
# 1.8360e143 1.836e+143 1.8359999999999999e+143 1.836e+143 
# 1.6911795830046265e-266 1.6911795830046266e-266 1.6911795830046266e-266 1.691e-266 
# 2.1946651833e72 2.1946651833e+72 2.1946651833e+72 2.195e+72 
# 9.1527375e38 9.1527375e+38 9.1527375000000004e+38 9.153e+38 
# 1.3724790e-144 1.372479e-144 1.3724789999999999e-144 1.372e-144 
# 1.14587762153378881e-196 1.1458776215337889e-196 1.1458776215337889e-196 1.146e-196 
# 1.1354e-192 1.1354e-192 1.1353999999999999e-192 1.135e-192 
# 2.9386974e-260 2.9386974e-260 2.9386974e-260 2.939e-260 
