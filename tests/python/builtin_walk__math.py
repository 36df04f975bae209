# math at its special values: the constants, and each function at zeros,
# infinities, NaNs, subnormals, huge values and big ints, with the result's
# repr or the exception and its message.
import math

inf, nan = math.inf, math.nan
print(math.inf, -math.inf, math.nan, math.tau, math.e, math.pi)
print(repr(math.tau), repr(math.e), repr(math.pi), math.tau == 2 * math.pi)

S = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 2.0, 3.0, 1e-320, -5e-324,
     2.2250738585072014e-308, 1e16, 1e22, 1e308, -1e308, inf, -inf, nan,
     0, 7, -3, 2**53 + 1, 10**30, -10**30, True]


def show(name, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(name, ', '.join(repr(a) for a in args), '->', r)


ONE = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin',
       'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh',
       'acosh', 'atanh', 'cbrt', 'fabs', 'floor', 'ceil', 'trunc', 'frexp',
       'modf', 'isnan', 'isinf', 'isfinite', 'degrees', 'radians', 'ulp',
       'gamma', 'lgamma']
# erf and erfc are not in sandpy yet (docs/compatibility.md).
TWO = ['fmod', 'remainder', 'copysign', 'atan2', 'pow', 'hypot', 'nextafter',
       'ldexp', 'isclose', 'log']
for name in ONE:
    f = getattr(math, name, None)
    if f is None:
        print(name, 'missing')
        continue
    for x in S:
        show(name, f, x)
small = [0.0, -0.0, 1.0, -1.5, 2.0, 1e308, 5e-324, inf, -inf, nan, 3, -7]
for name in TWO:
    f = getattr(math, name, None)
    if f is None:
        print(name, 'missing')
        continue
    for x in small:
        for y in small:
            show(name, f, x, y)
for args in [(), (3, 4), (3, 4, 12), (inf, nan), (nan, 1), (1e308, 1e308),
             (5e-324, 5e-324), (-0.0,), (1.5, 2.5, 3.5, 4.5)]:
    show('hypot', math.hypot, *args)
for p, q in [((1, 2), (4, 6)), ((0.0,), (-0.0,)), ((inf, 1), (1, 1)),
             ((nan,), (1,)), ((1, 2), (1,)), ((1e308, 1e308), (-1e308, -1e308)), ([], [])]:
    show('dist', math.dist, p, q)
for xs in [[0.1] * 10, [1e308, 1e308, -1e308], [inf, -inf], [inf, 1], [nan, 1],
           [1e16, 1.0, 1e-16], [], [2**1000, -2**1000, 0.5], [1, 2, 3]]:
    show('fsum', math.fsum, xs)
for x in [10**400, 2**1024, 2**1023, 10**30, -10**400, 0]:
    show('log', math.log, x)
    show('log2', math.log2, x)
    show('log10', math.log10, x)
show('log', math.log, 10**400, 10)
show('log', math.log, 8, 2)
show('log', math.log, 2, 1)
show('log', math.log, 2, 0.5)
for n in [0, 1, 2, 3, 15, 16, 24, 99, 10**20, 2**64 - 1, -1, 1.0, True, '4']:
    show('isqrt', math.isqrt, n)
for n in [0, 1, 5, 20, 21, -1, 1.0, 2.5, '3', 10**20]:
    show('factorial', math.factorial, n)
for n, k in [(5, 2), (5, 0), (5, 6), (0, 0), (-1, 2), (5, -1), (100, 50),
             (10**20, 1), (5.0, 2), (5, None)]:
    show('comb', math.comb, n, k)
    show('perm', math.perm, n, k)
show('perm', math.perm, 5)
for x in [0.5, -0.5, -1.5, 23.0, 24.0, 171.0, 171.7, -170.5, -171.5, -200.5,
          1e-20, 1e-21, 139.9, 140.1, 200.1, -199.9, 4.999, 5.001, 2.5e-16, 3.5]:
    show('gamma', math.gamma, x)
    show('lgamma', math.lgamma, x)
for x in [inf, -inf, nan, 1e300, -2.5, 2.5, -0.0, 10**30]:
    show('floor', math.floor, x)
    show('ceil', math.ceil, x)
    show('trunc', math.trunc, x)
for x, e in [(1.0, 1024), (1.0, 1023), (0.5, -1073), (0.5, -1074), (1.0, -1075),
             (1.5, -1074), (1.0, 10**30), (1.0, -10**30), (0.0, 10**30),
             (inf, -5), (nan, 3), (1.0, 2.5)]:
    show('ldexp', math.ldexp, x, e)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (-0.0, 1.0), (5e-324, 0.0),
             (1e308, inf), (inf, 0.0), (nan, 1.0), (1.0, nan), (2.0, 2.0)]:
    show('nextafter', math.nextafter, x, y)
for x in [0.0, 5e-324, 1.0, 2.0**52, 1e308, 1.7976931348623157e308, inf, nan, -1.0]:
    show('ulp', math.ulp, x)
for xs in [[2, 3], [2.5, 2], [], [1e200, 1e200], [inf, 0], [nan, 1]]:
    show('prod', math.prod, xs)
for a, b, kw in [(1, 1 + 1e-10, {}), (1, 1.1, {'rel_tol': 0.1}), (inf, inf, {}),
                 (nan, nan, {}), (0, 1e-300, {'abs_tol': 1e-299}),
                 (1, 2, {'rel_tol': -1}), (1, 2, {'abs_tol': -1})]:
    try:
        print('isclose', a, b, kw, math.isclose(a, b, **kw))
    except ValueError as e:
        print('isclose', a, b, kw, 'ValueError:', e)
for x in [inf, -inf, nan, 1e300, -0.0, 2.5]:
    for f in [int, round]:
        show(f.__name__, f, x)

# Output:
# inf -inf nan 6.283185307179586 2.718281828459045 3.141592653589793
# 6.283185307179586 2.718281828459045 3.141592653589793 True
# sqrt 0.0 -> 0.0
# sqrt -0.0 -> -0.0
# sqrt 1.0 -> 1.0
# sqrt -1.0 -> ValueError: math domain error
# sqrt 0.5 -> 0.7071067811865476
# sqrt -2.5 -> ValueError: math domain error
# sqrt 2.0 -> 1.4142135623730951
# sqrt 3.0 -> 1.7320508075688772
# sqrt 1e-320 -> 9.99994433575849e-161
# sqrt -5e-324 -> ValueError: math domain error
# sqrt 2.2250738585072014e-308 -> 1.4916681462400413e-154
# sqrt 1e+16 -> 100000000.0
# sqrt 1e+22 -> 100000000000.0
# sqrt 1e+308 -> 1e+154
# sqrt -1e+308 -> ValueError: math domain error
# sqrt inf -> inf
# sqrt -inf -> ValueError: math domain error
# sqrt nan -> nan
# sqrt 0 -> 0.0
# sqrt 7 -> 2.6457513110645907
# sqrt -3 -> ValueError: math domain error
# sqrt 9007199254740993 -> 94906265.62425156
# sqrt 1000000000000000000000000000000 -> 1000000000000000.0
# sqrt -1000000000000000000000000000000 -> ValueError: math domain error
# sqrt True -> 1.0
# exp 0.0 -> 1.0
# exp -0.0 -> 1.0
# exp 1.0 -> 2.718281828459045
# exp -1.0 -> 0.36787944117144233
# exp 0.5 -> 1.6487212707001282
# exp -2.5 -> 0.0820849986238988
# exp 2.0 -> 7.38905609893065
# exp 3.0 -> 20.085536923187668
# exp 1e-320 -> 1.0
# exp -5e-324 -> 1.0
# exp 2.2250738585072014e-308 -> 1.0
# exp 1e+16 -> OverflowError: math range error
# exp 1e+22 -> OverflowError: math range error
# exp 1e+308 -> OverflowError: math range error
# exp -1e+308 -> 0.0
# exp inf -> inf
# exp -inf -> 0.0
# exp nan -> nan
# exp 0 -> 1.0
# exp 7 -> 1096.6331584284585
# exp -3 -> 0.049787068367863944
# exp 9007199254740993 -> OverflowError: math range error
# exp 1000000000000000000000000000000 -> OverflowError: math range error
# exp -1000000000000000000000000000000 -> 0.0
# exp True -> 2.718281828459045
# exp2 0.0 -> 1.0
# exp2 -0.0 -> 1.0
# exp2 1.0 -> 2.0
# exp2 -1.0 -> 0.5
# exp2 0.5 -> 1.4142135623730951
# exp2 -2.5 -> 0.1767766952966369
# exp2 2.0 -> 4.0
# exp2 3.0 -> 8.0
# exp2 1e-320 -> 1.0
# exp2 -5e-324 -> 1.0
# exp2 2.2250738585072014e-308 -> 1.0
# exp2 1e+16 -> OverflowError: math range error
# exp2 1e+22 -> OverflowError: math range error
# exp2 1e+308 -> OverflowError: math range error
# exp2 -1e+308 -> 0.0
# exp2 inf -> inf
# exp2 -inf -> 0.0
# exp2 nan -> nan
# exp2 0 -> 1.0
# exp2 7 -> 128.0
# exp2 -3 -> 0.125
# exp2 9007199254740993 -> OverflowError: math range error
# exp2 1000000000000000000000000000000 -> OverflowError: math range error
# exp2 -1000000000000000000000000000000 -> 0.0
# exp2 True -> 2.0
# expm1 0.0 -> 0.0
# expm1 -0.0 -> -0.0
# expm1 1.0 -> 1.718281828459045
# expm1 -1.0 -> -0.6321205588285577
# expm1 0.5 -> 0.6487212707001282
# expm1 -2.5 -> -0.9179150013761013
# expm1 2.0 -> 6.38905609893065
# expm1 3.0 -> 19.085536923187668
# expm1 1e-320 -> 1e-320
# expm1 -5e-324 -> -5e-324
# expm1 2.2250738585072014e-308 -> 2.2250738585072014e-308
# expm1 1e+16 -> OverflowError: math range error
# expm1 1e+22 -> OverflowError: math range error
# expm1 1e+308 -> OverflowError: math range error
# expm1 -1e+308 -> -1.0
# expm1 inf -> inf
# expm1 -inf -> -1.0
# expm1 nan -> nan
# expm1 0 -> 0.0
# expm1 7 -> 1095.6331584284585
# expm1 -3 -> -0.950212931632136
# expm1 9007199254740993 -> OverflowError: math range error
# expm1 1000000000000000000000000000000 -> OverflowError: math range error
# expm1 -1000000000000000000000000000000 -> -1.0
# expm1 True -> 1.718281828459045
# log 0.0 -> ValueError: math domain error
# log -0.0 -> ValueError: math domain error
# log 1.0 -> 0.0
# log -1.0 -> ValueError: math domain error
# log 0.5 -> -0.6931471805599453
# log -2.5 -> ValueError: math domain error
# log 2.0 -> 0.6931471805599453
# log 3.0 -> 1.0986122886681098
# log 1e-320 -> -736.8272408909739
# log -5e-324 -> ValueError: math domain error
# log 2.2250738585072014e-308 -> -708.3964185322641
# log 1e+16 -> 36.841361487904734
# log 1e+22 -> 50.65687204586901
# log 1e+308 -> 709.1962086421661
# log -1e+308 -> ValueError: math domain error
# log inf -> inf
# log -inf -> ValueError: math domain error
# log nan -> nan
# log 0 -> ValueError: math domain error
# log 7 -> 1.9459101490553132
# log -3 -> ValueError: math domain error
# log 9007199254740993 -> 36.7368005696771
# log 1000000000000000000000000000000 -> 69.07755278982137
# log -1000000000000000000000000000000 -> ValueError: math domain error
# log True -> 0.0
# log2 0.0 -> ValueError: math domain error
# log2 -0.0 -> ValueError: math domain error
# log2 1.0 -> 0.0
# log2 -1.0 -> ValueError: math domain error
# log2 0.5 -> -1.0
# log2 -2.5 -> ValueError: math domain error
# log2 2.0 -> 1.0
# log2 3.0 -> 1.584962500721156
# log2 1e-320 -> -1063.0170064253057
# log2 -5e-324 -> ValueError: math domain error
# log2 2.2250738585072014e-308 -> -1022.0
# log2 1e+16 -> 53.150849518197795
# log2 1e+22 -> 73.08241808752197
# log2 1e+308 -> 1023.1538532253076
# log2 -1e+308 -> ValueError: math domain error
# log2 inf -> inf
# log2 -inf -> ValueError: math domain error
# log2 nan -> nan
# log2 0 -> ValueError: math domain error
# log2 7 -> 2.807354922057604
# log2 -3 -> ValueError: math domain error
# log2 9007199254740993 -> 53.0
# log2 1000000000000000000000000000000 -> 99.65784284662087
# log2 -1000000000000000000000000000000 -> ValueError: math domain error
# log2 True -> 0.0
# log10 0.0 -> ValueError: math domain error
# log10 -0.0 -> ValueError: math domain error
# log10 1.0 -> 0.0
# log10 -1.0 -> ValueError: math domain error
# log10 0.5 -> -0.3010299956639812
# log10 -2.5 -> ValueError: math domain error
# log10 2.0 -> 0.3010299956639812
# log10 3.0 -> 0.47712125471966244
# log10 1e-320 -> -320.000004834948
# log10 -5e-324 -> ValueError: math domain error
# log10 2.2250738585072014e-308 -> -307.6526555685888
# log10 1e+16 -> 16.0
# log10 1e+22 -> 22.0
# log10 1e+308 -> 308.0
# log10 -1e+308 -> ValueError: math domain error
# log10 inf -> inf
# log10 -inf -> ValueError: math domain error
# log10 nan -> nan
# log10 0 -> ValueError: math domain error
# log10 7 -> 0.8450980400142568
# log10 -3 -> ValueError: math domain error
# log10 9007199254740993 -> 15.954589770191003
# log10 1000000000000000000000000000000 -> 30.0
# log10 -1000000000000000000000000000000 -> ValueError: math domain error
# log10 True -> 0.0
# log1p 0.0 -> 0.0
# log1p -0.0 -> -0.0
# log1p 1.0 -> 0.6931471805599453
# log1p -1.0 -> ValueError: math domain error
# log1p 0.5 -> 0.4054651081081644
# log1p -2.5 -> ValueError: math domain error
# log1p 2.0 -> 1.0986122886681096
# log1p 3.0 -> 1.3862943611198906
# log1p 1e-320 -> 1e-320
# log1p -5e-324 -> -5e-324
# log1p 2.2250738585072014e-308 -> 2.2250738585072014e-308
# log1p 1e+16 -> 36.841361487904734
# log1p 1e+22 -> 50.65687204586901
# log1p 1e+308 -> 709.1962086421661
# log1p -1e+308 -> ValueError: math domain error
# log1p inf -> inf
# log1p -inf -> ValueError: math domain error
# log1p nan -> nan
# log1p 0 -> 0.0
# log1p 7 -> 2.0794415416798357
# log1p -3 -> ValueError: math domain error
# log1p 9007199254740993 -> 36.7368005696771
# log1p 1000000000000000000000000000000 -> 69.07755278982137
# log1p -1000000000000000000000000000000 -> ValueError: math domain error
# log1p True -> 0.6931471805599453
# sin 0.0 -> 0.0
# sin -0.0 -> -0.0
# sin 1.0 -> 0.8414709848078965
# sin -1.0 -> -0.8414709848078965
# sin 0.5 -> 0.479425538604203
# sin -2.5 -> -0.5984721441039565
# sin 2.0 -> 0.9092974268256817
# sin 3.0 -> 0.1411200080598672
# sin 1e-320 -> 1e-320
# sin -5e-324 -> -5e-324
# sin 2.2250738585072014e-308 -> 2.2250738585072014e-308
# sin 1e+16 -> 0.7796880066069788
# sin 1e+22 -> -0.8522008497671888
# sin 1e+308 -> 0.4533964905016491
# sin -1e+308 -> -0.4533964905016491
# sin inf -> ValueError: math domain error
# sin -inf -> ValueError: math domain error
# sin nan -> nan
# sin 0 -> 0.0
# sin 7 -> 0.6569865987187891
# sin -3 -> -0.1411200080598672
# sin 9007199254740993 -> -0.848925964814655
# sin 1000000000000000000000000000000 -> 0.009331468931175825
# sin -1000000000000000000000000000000 -> -0.009331468931175825
# sin True -> 0.8414709848078965
# cos 0.0 -> 1.0
# cos -0.0 -> 1.0
# cos 1.0 -> 0.5403023058681398
# cos -1.0 -> 0.5403023058681398
# cos 0.5 -> 0.8775825618903728
# cos -2.5 -> -0.8011436155469337
# cos 2.0 -> -0.4161468365471424
# cos 3.0 -> -0.9899924966004454
# cos 1e-320 -> 1.0
# cos -5e-324 -> 1.0
# cos 2.2250738585072014e-308 -> 1.0
# cos 1e+16 -> -0.6261681981330862
# cos 1e+22 -> 0.523214785395139
# cos 1e+308 -> -0.8913089376870335
# cos -1e+308 -> -0.8913089376870335
# cos inf -> ValueError: math domain error
# cos -inf -> ValueError: math domain error
# cos nan -> nan
# cos 0 -> 1.0
# cos 7 -> 0.7539022543433046
# cos -3 -> -0.9899924966004454
# cos 9007199254740993 -> -0.5285117844130887
# cos 1000000000000000000000000000000 -> -0.9999564608959665
# cos -1000000000000000000000000000000 -> -0.9999564608959665
# cos True -> 0.5403023058681398
# tan 0.0 -> 0.0
# tan -0.0 -> -0.0
# tan 1.0 -> 1.5574077246549023
# tan -1.0 -> -1.5574077246549023
# tan 0.5 -> 0.5463024898437905
# tan -2.5 -> 0.7470222972386603
# tan 2.0 -> -2.185039863261519
# tan 3.0 -> -0.1425465430742778
# tan 1e-320 -> 1e-320
# tan -5e-324 -> -5e-324
# tan 2.2250738585072014e-308 -> 2.2250738585072014e-308
# tan 1e+16 -> -1.2451734357184063
# tan 1e+22 -> -1.6287782256068988
# tan 1e+308 -> -0.5086861259107568
# tan -1e+308 -> 0.5086861259107568
# tan inf -> ValueError: math domain error
# tan -inf -> ValueError: math domain error
# tan nan -> nan
# tan 0 -> 0.0
# tan 7 -> 0.8714479827243188
# tan -3 -> 0.1425465430742778
# tan 9007199254740993 -> 1.6062574002155612
# tan 1000000000000000000000000000000 -> -0.009331875232662407
# tan -1000000000000000000000000000000 -> 0.009331875232662407
# tan True -> 1.5574077246549023
# asin 0.0 -> 0.0
# asin -0.0 -> -0.0
# asin 1.0 -> 1.5707963267948966
# asin -1.0 -> -1.5707963267948966
# asin 0.5 -> 0.5235987755982989
# asin -2.5 -> ValueError: math domain error
# asin 2.0 -> ValueError: math domain error
# asin 3.0 -> ValueError: math domain error
# asin 1e-320 -> 1e-320
# asin -5e-324 -> -5e-324
# asin 2.2250738585072014e-308 -> 2.2250738585072014e-308
# asin 1e+16 -> ValueError: math domain error
# asin 1e+22 -> ValueError: math domain error
# asin 1e+308 -> ValueError: math domain error
# asin -1e+308 -> ValueError: math domain error
# asin inf -> ValueError: math domain error
# asin -inf -> ValueError: math domain error
# asin nan -> nan
# asin 0 -> 0.0
# asin 7 -> ValueError: math domain error
# asin -3 -> ValueError: math domain error
# asin 9007199254740993 -> ValueError: math domain error
# asin 1000000000000000000000000000000 -> ValueError: math domain error
# asin -1000000000000000000000000000000 -> ValueError: math domain error
# asin True -> 1.5707963267948966
# acos 0.0 -> 1.5707963267948966
# acos -0.0 -> 1.5707963267948966
# acos 1.0 -> 0.0
# acos -1.0 -> 3.141592653589793
# acos 0.5 -> 1.0471975511965979
# acos -2.5 -> ValueError: math domain error
# acos 2.0 -> ValueError: math domain error
# acos 3.0 -> ValueError: math domain error
# acos 1e-320 -> 1.5707963267948966
# acos -5e-324 -> 1.5707963267948966
# acos 2.2250738585072014e-308 -> 1.5707963267948966
# acos 1e+16 -> ValueError: math domain error
# acos 1e+22 -> ValueError: math domain error
# acos 1e+308 -> ValueError: math domain error
# acos -1e+308 -> ValueError: math domain error
# acos inf -> ValueError: math domain error
# acos -inf -> ValueError: math domain error
# acos nan -> nan
# acos 0 -> 1.5707963267948966
# acos 7 -> ValueError: math domain error
# acos -3 -> ValueError: math domain error
# acos 9007199254740993 -> ValueError: math domain error
# acos 1000000000000000000000000000000 -> ValueError: math domain error
# acos -1000000000000000000000000000000 -> ValueError: math domain error
# acos True -> 0.0
# atan 0.0 -> 0.0
# atan -0.0 -> -0.0
# atan 1.0 -> 0.7853981633974483
# atan -1.0 -> -0.7853981633974483
# atan 0.5 -> 0.4636476090008061
# atan -2.5 -> -1.1902899496825317
# atan 2.0 -> 1.1071487177940904
# atan 3.0 -> 1.2490457723982544
# atan 1e-320 -> 1e-320
# atan -5e-324 -> -5e-324
# atan 2.2250738585072014e-308 -> 2.2250738585072014e-308
# atan 1e+16 -> 1.5707963267948966
# atan 1e+22 -> 1.5707963267948966
# atan 1e+308 -> 1.5707963267948966
# atan -1e+308 -> -1.5707963267948966
# atan inf -> 1.5707963267948966
# atan -inf -> -1.5707963267948966
# atan nan -> nan
# atan 0 -> 0.0
# atan 7 -> 1.4288992721907328
# atan -3 -> -1.2490457723982544
# atan 9007199254740993 -> 1.5707963267948966
# atan 1000000000000000000000000000000 -> 1.5707963267948966
# atan -1000000000000000000000000000000 -> -1.5707963267948966
# atan True -> 0.7853981633974483
# sinh 0.0 -> 0.0
# sinh -0.0 -> -0.0
# sinh 1.0 -> 1.1752011936438014
# sinh -1.0 -> -1.1752011936438014
# sinh 0.5 -> 0.5210953054937474
# sinh -2.5 -> -6.0502044810397875
# sinh 2.0 -> 3.626860407847019
# sinh 3.0 -> 10.017874927409903
# sinh 1e-320 -> 1e-320
# sinh -5e-324 -> -5e-324
# sinh 2.2250738585072014e-308 -> 2.2250738585072014e-308
# sinh 1e+16 -> OverflowError: math range error
# sinh 1e+22 -> OverflowError: math range error
# sinh 1e+308 -> OverflowError: math range error
# sinh -1e+308 -> OverflowError: math range error
# sinh inf -> inf
# sinh -inf -> -inf
# sinh nan -> nan
# sinh 0 -> 0.0
# sinh 7 -> 548.3161232732465
# sinh -3 -> -10.017874927409903
# sinh 9007199254740993 -> OverflowError: math range error
# sinh 1000000000000000000000000000000 -> OverflowError: math range error
# sinh -1000000000000000000000000000000 -> OverflowError: math range error
# sinh True -> 1.1752011936438014
# cosh 0.0 -> 1.0
# cosh -0.0 -> 1.0
# cosh 1.0 -> 1.5430806348152437
# cosh -1.0 -> 1.5430806348152437
# cosh 0.5 -> 1.1276259652063807
# cosh -2.5 -> 6.132289479663686
# cosh 2.0 -> 3.7621956910836314
# cosh 3.0 -> 10.067661995777765
# cosh 1e-320 -> 1.0
# cosh -5e-324 -> 1.0
# cosh 2.2250738585072014e-308 -> 1.0
# cosh 1e+16 -> OverflowError: math range error
# cosh 1e+22 -> OverflowError: math range error
# cosh 1e+308 -> OverflowError: math range error
# cosh -1e+308 -> OverflowError: math range error
# cosh inf -> inf
# cosh -inf -> inf
# cosh nan -> nan
# cosh 0 -> 1.0
# cosh 7 -> 548.317035155212
# cosh -3 -> 10.067661995777765
# cosh 9007199254740993 -> OverflowError: math range error
# cosh 1000000000000000000000000000000 -> OverflowError: math range error
# cosh -1000000000000000000000000000000 -> OverflowError: math range error
# cosh True -> 1.5430806348152437
# tanh 0.0 -> 0.0
# tanh -0.0 -> -0.0
# tanh 1.0 -> 0.7615941559557649
# tanh -1.0 -> -0.7615941559557649
# tanh 0.5 -> 0.46211715726000974
# tanh -2.5 -> -0.9866142981514303
# tanh 2.0 -> 0.9640275800758169
# tanh 3.0 -> 0.9950547536867305
# tanh 1e-320 -> 1e-320
# tanh -5e-324 -> -5e-324
# tanh 2.2250738585072014e-308 -> 2.2250738585072014e-308
# tanh 1e+16 -> 1.0
# tanh 1e+22 -> 1.0
# tanh 1e+308 -> 1.0
# tanh -1e+308 -> -1.0
# tanh inf -> 1.0
# tanh -inf -> -1.0
# tanh nan -> nan
# tanh 0 -> 0.0
# tanh 7 -> 0.9999983369439447
# tanh -3 -> -0.9950547536867305
# tanh 9007199254740993 -> 1.0
# tanh 1000000000000000000000000000000 -> 1.0
# tanh -1000000000000000000000000000000 -> -1.0
# tanh True -> 0.7615941559557649
# asinh 0.0 -> 0.0
# asinh -0.0 -> -0.0
# asinh 1.0 -> 0.881373587019543
# asinh -1.0 -> -0.881373587019543
# asinh 0.5 -> 0.48121182505960347
# asinh -2.5 -> -1.6472311463710958
# asinh 2.0 -> 1.4436354751788103
# asinh 3.0 -> 1.8184464592320668
# asinh 1e-320 -> 1e-320
# asinh -5e-324 -> -5e-324
# asinh 2.2250738585072014e-308 -> 2.2250738585072014e-308
# asinh 1e+16 -> 37.53450866846468
# asinh 1e+22 -> 51.350019226428955
# asinh 1e+308 -> 709.889355822726
# asinh -1e+308 -> -709.889355822726
# asinh inf -> inf
# asinh -inf -> -inf
# asinh nan -> nan
# asinh 0 -> 0.0
# asinh 7 -> 2.644120761058629
# asinh -3 -> -1.8184464592320668
# asinh 9007199254740993 -> 37.42994775023705
# asinh 1000000000000000000000000000000 -> 69.77069997038132
# asinh -1000000000000000000000000000000 -> -69.77069997038132
# asinh True -> 0.881373587019543
# acosh 0.0 -> ValueError: math domain error
# acosh -0.0 -> ValueError: math domain error
# acosh 1.0 -> 0.0
# acosh -1.0 -> ValueError: math domain error
# acosh 0.5 -> ValueError: math domain error
# acosh -2.5 -> ValueError: math domain error
# acosh 2.0 -> 1.3169578969248166
# acosh 3.0 -> 1.762747174039086
# acosh 1e-320 -> ValueError: math domain error
# acosh -5e-324 -> ValueError: math domain error
# acosh 2.2250738585072014e-308 -> ValueError: math domain error
# acosh 1e+16 -> 37.53450866846468
# acosh 1e+22 -> 51.350019226428955
# acosh 1e+308 -> 709.889355822726
# acosh -1e+308 -> ValueError: math domain error
# acosh inf -> inf
# acosh -inf -> ValueError: math domain error
# acosh nan -> nan
# acosh 0 -> ValueError: math domain error
# acosh 7 -> 2.6339157938496336
# acosh -3 -> ValueError: math domain error
# acosh 9007199254740993 -> 37.42994775023705
# acosh 1000000000000000000000000000000 -> 69.77069997038132
# acosh -1000000000000000000000000000000 -> ValueError: math domain error
# acosh True -> 0.0
# atanh 0.0 -> 0.0
# atanh -0.0 -> -0.0
# atanh 1.0 -> ValueError: math domain error
# atanh -1.0 -> ValueError: math domain error
# atanh 0.5 -> 0.5493061443340548
# atanh -2.5 -> ValueError: math domain error
# atanh 2.0 -> ValueError: math domain error
# atanh 3.0 -> ValueError: math domain error
# atanh 1e-320 -> 1e-320
# atanh -5e-324 -> -5e-324
# atanh 2.2250738585072014e-308 -> 2.2250738585072014e-308
# atanh 1e+16 -> ValueError: math domain error
# atanh 1e+22 -> ValueError: math domain error
# atanh 1e+308 -> ValueError: math domain error
# atanh -1e+308 -> ValueError: math domain error
# atanh inf -> ValueError: math domain error
# atanh -inf -> ValueError: math domain error
# atanh nan -> nan
# atanh 0 -> 0.0
# atanh 7 -> ValueError: math domain error
# atanh -3 -> ValueError: math domain error
# atanh 9007199254740993 -> ValueError: math domain error
# atanh 1000000000000000000000000000000 -> ValueError: math domain error
# atanh -1000000000000000000000000000000 -> ValueError: math domain error
# atanh True -> ValueError: math domain error
# cbrt 0.0 -> 0.0
# cbrt -0.0 -> -0.0
# cbrt 1.0 -> 1.0
# cbrt -1.0 -> -1.0
# cbrt 0.5 -> 0.7937005259840998
# cbrt -2.5 -> -1.3572088082974532
# cbrt 2.0 -> 1.2599210498948734
# cbrt 3.0 -> 1.4422495703074083
# cbrt 1e-320 -> 2.1544266950262728e-107
# cbrt -5e-324 -> -1.7031839360032601e-108
# cbrt 2.2250738585072014e-308 -> 2.812644285236262e-103
# cbrt 1e+16 -> 215443.46900318837
# cbrt 1e+22 -> 21544346.900318835
# cbrt 1e+308 -> 4.64158883361278e+102
# cbrt -1e+308 -> -4.64158883361278e+102
# cbrt inf -> inf
# cbrt -inf -> -inf
# cbrt nan -> nan
# cbrt 0 -> 0.0
# cbrt 7 -> 1.9129311827723894
# cbrt -3 -> -1.4422495703074083
# cbrt 9007199254740993 -> 208063.83068357586
# cbrt 1000000000000000000000000000000 -> 9999999999.999998
# cbrt -1000000000000000000000000000000 -> -9999999999.999998
# cbrt True -> 1.0
# fabs 0.0 -> 0.0
# fabs -0.0 -> 0.0
# fabs 1.0 -> 1.0
# fabs -1.0 -> 1.0
# fabs 0.5 -> 0.5
# fabs -2.5 -> 2.5
# fabs 2.0 -> 2.0
# fabs 3.0 -> 3.0
# fabs 1e-320 -> 1e-320
# fabs -5e-324 -> 5e-324
# fabs 2.2250738585072014e-308 -> 2.2250738585072014e-308
# fabs 1e+16 -> 1e+16
# fabs 1e+22 -> 1e+22
# fabs 1e+308 -> 1e+308
# fabs -1e+308 -> 1e+308
# fabs inf -> inf
# fabs -inf -> inf
# fabs nan -> nan
# fabs 0 -> 0.0
# fabs 7 -> 7.0
# fabs -3 -> 3.0
# fabs 9007199254740993 -> 9007199254740992.0
# fabs 1000000000000000000000000000000 -> 1e+30
# fabs -1000000000000000000000000000000 -> 1e+30
# fabs True -> 1.0
# floor 0.0 -> 0
# floor -0.0 -> 0
# floor 1.0 -> 1
# floor -1.0 -> -1
# floor 0.5 -> 0
# floor -2.5 -> -3
# floor 2.0 -> 2
# floor 3.0 -> 3
# floor 1e-320 -> 0
# floor -5e-324 -> -1
# floor 2.2250738585072014e-308 -> 0
# floor 1e+16 -> 10000000000000000
# floor 1e+22 -> 10000000000000000000000
# floor 1e+308 -> 100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336
# floor -1e+308 -> -100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336
# floor inf -> OverflowError: cannot convert float infinity to integer
# floor -inf -> OverflowError: cannot convert float infinity to integer
# floor nan -> ValueError: cannot convert float NaN to integer
# floor 0 -> 0
# floor 7 -> 7
# floor -3 -> -3
# floor 9007199254740993 -> 9007199254740993
# floor 1000000000000000000000000000000 -> 1000000000000000000000000000000
# floor -1000000000000000000000000000000 -> -1000000000000000000000000000000
# floor True -> 1
# ceil 0.0 -> 0
# ceil -0.0 -> 0
# ceil 1.0 -> 1
# ceil -1.0 -> -1
# ceil 0.5 -> 1
# ceil -2.5 -> -2
# ceil 2.0 -> 2
# ceil 3.0 -> 3
# ceil 1e-320 -> 1
# ceil -5e-324 -> 0
# ceil 2.2250738585072014e-308 -> 1
# ceil 1e+16 -> 10000000000000000
# ceil 1e+22 -> 10000000000000000000000
# ceil 1e+308 -> 100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336
# ceil -1e+308 -> -100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336
# ceil inf -> OverflowError: cannot convert float infinity to integer
# ceil -inf -> OverflowError: cannot convert float infinity to integer
# ceil nan -> ValueError: cannot convert float NaN to integer
# ceil 0 -> 0
# ceil 7 -> 7
# ceil -3 -> -3
# ceil 9007199254740993 -> 9007199254740993
# ceil 1000000000000000000000000000000 -> 1000000000000000000000000000000
# ceil -1000000000000000000000000000000 -> -1000000000000000000000000000000
# ceil True -> 1
# trunc 0.0 -> 0
# trunc -0.0 -> 0
# trunc 1.0 -> 1
# trunc -1.0 -> -1
# trunc 0.5 -> 0
# trunc -2.5 -> -2
# trunc 2.0 -> 2
# trunc 3.0 -> 3
# trunc 1e-320 -> 0
# trunc -5e-324 -> 0
# trunc 2.2250738585072014e-308 -> 0
# trunc 1e+16 -> 10000000000000000
# trunc 1e+22 -> 10000000000000000000000
# trunc 1e+308 -> 100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336
# trunc -1e+308 -> -100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336
# trunc inf -> OverflowError: cannot convert float infinity to integer
# trunc -inf -> OverflowError: cannot convert float infinity to integer
# trunc nan -> ValueError: cannot convert float NaN to integer
# trunc 0 -> 0
# trunc 7 -> 7
# trunc -3 -> -3
# trunc 9007199254740993 -> 9007199254740993
# trunc 1000000000000000000000000000000 -> 1000000000000000000000000000000
# trunc -1000000000000000000000000000000 -> -1000000000000000000000000000000
# trunc True -> 1
# frexp 0.0 -> (0.0, 0)
# frexp -0.0 -> (-0.0, 0)
# frexp 1.0 -> (0.5, 1)
# frexp -1.0 -> (-0.5, 1)
# frexp 0.5 -> (0.5, 0)
# frexp -2.5 -> (-0.625, 2)
# frexp 2.0 -> (0.5, 2)
# frexp 3.0 -> (0.75, 2)
# frexp 1e-320 -> (0.98828125, -1063)
# frexp -5e-324 -> (-0.5, -1073)
# frexp 2.2250738585072014e-308 -> (0.5, -1021)
# frexp 1e+16 -> (0.5551115123125783, 54)
# frexp 1e+22 -> (0.5293955920339377, 74)
# frexp 1e+308 -> (0.5562684646268004, 1024)
# frexp -1e+308 -> (-0.5562684646268004, 1024)
# frexp inf -> (inf, 0)
# frexp -inf -> (-inf, 0)
# frexp nan -> (nan, 0)
# frexp 0 -> (0.0, 0)
# frexp 7 -> (0.875, 3)
# frexp -3 -> (-0.75, 2)
# frexp 9007199254740993 -> (0.5, 54)
# frexp 1000000000000000000000000000000 -> (0.7888609052210118, 100)
# frexp -1000000000000000000000000000000 -> (-0.7888609052210118, 100)
# frexp True -> (0.5, 1)
# modf 0.0 -> (0.0, 0.0)
# modf -0.0 -> (-0.0, -0.0)
# modf 1.0 -> (0.0, 1.0)
# modf -1.0 -> (-0.0, -1.0)
# modf 0.5 -> (0.5, 0.0)
# modf -2.5 -> (-0.5, -2.0)
# modf 2.0 -> (0.0, 2.0)
# modf 3.0 -> (0.0, 3.0)
# modf 1e-320 -> (1e-320, 0.0)
# modf -5e-324 -> (-5e-324, -0.0)
# modf 2.2250738585072014e-308 -> (2.2250738585072014e-308, 0.0)
# modf 1e+16 -> (0.0, 1e+16)
# modf 1e+22 -> (0.0, 1e+22)
# modf 1e+308 -> (0.0, 1e+308)
# modf -1e+308 -> (-0.0, -1e+308)
# modf inf -> (0.0, inf)
# modf -inf -> (-0.0, -inf)
# modf nan -> (nan, nan)
# modf 0 -> (0.0, 0.0)
# modf 7 -> (0.0, 7.0)
# modf -3 -> (-0.0, -3.0)
# modf 9007199254740993 -> (0.0, 9007199254740992.0)
# modf 1000000000000000000000000000000 -> (0.0, 1e+30)
# modf -1000000000000000000000000000000 -> (-0.0, -1e+30)
# modf True -> (0.0, 1.0)
# isnan 0.0 -> False
# isnan -0.0 -> False
# isnan 1.0 -> False
# isnan -1.0 -> False
# isnan 0.5 -> False
# isnan -2.5 -> False
# isnan 2.0 -> False
# isnan 3.0 -> False
# isnan 1e-320 -> False
# isnan -5e-324 -> False
# isnan 2.2250738585072014e-308 -> False
# isnan 1e+16 -> False
# isnan 1e+22 -> False
# isnan 1e+308 -> False
# isnan -1e+308 -> False
# isnan inf -> False
# isnan -inf -> False
# isnan nan -> True
# isnan 0 -> False
# isnan 7 -> False
# isnan -3 -> False
# isnan 9007199254740993 -> False
# isnan 1000000000000000000000000000000 -> False
# isnan -1000000000000000000000000000000 -> False
# isnan True -> False
# isinf 0.0 -> False
# isinf -0.0 -> False
# isinf 1.0 -> False
# isinf -1.0 -> False
# isinf 0.5 -> False
# isinf -2.5 -> False
# isinf 2.0 -> False
# isinf 3.0 -> False
# isinf 1e-320 -> False
# isinf -5e-324 -> False
# isinf 2.2250738585072014e-308 -> False
# isinf 1e+16 -> False
# isinf 1e+22 -> False
# isinf 1e+308 -> False
# isinf -1e+308 -> False
# isinf inf -> True
# isinf -inf -> True
# isinf nan -> False
# isinf 0 -> False
# isinf 7 -> False
# isinf -3 -> False
# isinf 9007199254740993 -> False
# isinf 1000000000000000000000000000000 -> False
# isinf -1000000000000000000000000000000 -> False
# isinf True -> False
# isfinite 0.0 -> True
# isfinite -0.0 -> True
# isfinite 1.0 -> True
# isfinite -1.0 -> True
# isfinite 0.5 -> True
# isfinite -2.5 -> True
# isfinite 2.0 -> True
# isfinite 3.0 -> True
# isfinite 1e-320 -> True
# isfinite -5e-324 -> True
# isfinite 2.2250738585072014e-308 -> True
# isfinite 1e+16 -> True
# isfinite 1e+22 -> True
# isfinite 1e+308 -> True
# isfinite -1e+308 -> True
# isfinite inf -> False
# isfinite -inf -> False
# isfinite nan -> False
# isfinite 0 -> True
# isfinite 7 -> True
# isfinite -3 -> True
# isfinite 9007199254740993 -> True
# isfinite 1000000000000000000000000000000 -> True
# isfinite -1000000000000000000000000000000 -> True
# isfinite True -> True
# degrees 0.0 -> 0.0
# degrees -0.0 -> -0.0
# degrees 1.0 -> 57.29577951308232
# degrees -1.0 -> -57.29577951308232
# degrees 0.5 -> 28.64788975654116
# degrees -2.5 -> -143.2394487827058
# degrees 2.0 -> 114.59155902616465
# degrees 3.0 -> 171.88733853924697
# degrees 1e-320 -> 5.72953e-319
# degrees -5e-324 -> -2.8e-322
# degrees 2.2250738585072014e-308 -> 1.2748734119735194e-306
# degrees 1e+16 -> 5.7295779513082323e+17
# degrees 1e+22 -> 5.7295779513082325e+23
# degrees 1e+308 -> inf
# degrees -1e+308 -> -inf
# degrees inf -> inf
# degrees -inf -> -inf
# degrees nan -> nan
# degrees 0 -> 0.0
# degrees 7 -> 401.07045659157626
# degrees -3 -> -171.88733853924697
# degrees 9007199254740993 -> 5.160745025300393e+17
# degrees 1000000000000000000000000000000 -> 5.729577951308233e+31
# degrees -1000000000000000000000000000000 -> -5.729577951308233e+31
# degrees True -> 57.29577951308232
# radians 0.0 -> 0.0
# radians -0.0 -> -0.0
# radians 1.0 -> 0.017453292519943295
# radians -1.0 -> -0.017453292519943295
# radians 0.5 -> 0.008726646259971648
# radians -2.5 -> -0.04363323129985824
# radians 2.0 -> 0.03490658503988659
# radians 3.0 -> 0.05235987755982989
# radians 1e-320 -> 1.73e-322
# radians -5e-324 -> -0.0
# radians 2.2250738585072014e-308 -> 3.8834864931005e-310
# radians 1e+16 -> 174532925199432.97
# radians 1e+22 -> 1.7453292519943294e+20
# radians 1e+308 -> 1.7453292519943295e+306
# radians -1e+308 -> -1.7453292519943295e+306
# radians inf -> inf
# radians -inf -> -inf
# radians nan -> nan
# radians 0 -> 0.0
# radians 7 -> 0.12217304763960307
# radians -3 -> -0.05235987755982989
# radians 9007199254740993 -> 157205283378409.78
# radians 1000000000000000000000000000000 -> 1.7453292519943297e+28
# radians -1000000000000000000000000000000 -> -1.7453292519943297e+28
# radians True -> 0.017453292519943295
# ulp 0.0 -> 5e-324
# ulp -0.0 -> 5e-324
# ulp 1.0 -> 2.220446049250313e-16
# ulp -1.0 -> 2.220446049250313e-16
# ulp 0.5 -> 1.1102230246251565e-16
# ulp -2.5 -> 4.440892098500626e-16
# ulp 2.0 -> 4.440892098500626e-16
# ulp 3.0 -> 4.440892098500626e-16
# ulp 1e-320 -> 5e-324
# ulp -5e-324 -> 5e-324
# ulp 2.2250738585072014e-308 -> 5e-324
# ulp 1e+16 -> 2.0
# ulp 1e+22 -> 2097152.0
# ulp 1e+308 -> 1.99584030953472e+292
# ulp -1e+308 -> 1.99584030953472e+292
# ulp inf -> inf
# ulp -inf -> inf
# ulp nan -> nan
# ulp 0 -> 5e-324
# ulp 7 -> 8.881784197001252e-16
# ulp -3 -> 4.440892098500626e-16
# ulp 9007199254740993 -> 2.0
# ulp 1000000000000000000000000000000 -> 140737488355328.0
# ulp -1000000000000000000000000000000 -> 140737488355328.0
# ulp True -> 2.220446049250313e-16
# gamma 0.0 -> ValueError: math domain error
# gamma -0.0 -> ValueError: math domain error
# gamma 1.0 -> 1.0
# gamma -1.0 -> ValueError: math domain error
# gamma 0.5 -> 1.7724538509055159
# gamma -2.5 -> -0.9453087204829417
# gamma 2.0 -> 1.0
# gamma 3.0 -> 2.0
# gamma 1e-320 -> OverflowError: math range error
# gamma -5e-324 -> OverflowError: math range error
# gamma 2.2250738585072014e-308 -> 4.49423283715579e+307
# gamma 1e+16 -> OverflowError: math range error
# gamma 1e+22 -> OverflowError: math range error
# gamma 1e+308 -> OverflowError: math range error
# gamma -1e+308 -> ValueError: math domain error
# gamma inf -> inf
# gamma -inf -> ValueError: math domain error
# gamma nan -> nan
# gamma 0 -> ValueError: math domain error
# gamma 7 -> 720.0
# gamma -3 -> ValueError: math domain error
# gamma 9007199254740993 -> OverflowError: math range error
# gamma 1000000000000000000000000000000 -> OverflowError: math range error
# gamma -1000000000000000000000000000000 -> ValueError: math domain error
# gamma True -> 1.0
# lgamma 0.0 -> ValueError: math domain error
# lgamma -0.0 -> ValueError: math domain error
# lgamma 1.0 -> 0.0
# lgamma -1.0 -> ValueError: math domain error
# lgamma 0.5 -> 0.5723649429247004
# lgamma -2.5 -> -0.05624371649767457
# lgamma 2.0 -> 0.0
# lgamma 3.0 -> 0.693147180559945
# lgamma 1e-320 -> 736.8272408909739
# lgamma -5e-324 -> 744.4400719213812
# lgamma 2.2250738585072014e-308 -> 708.3964185322641
# lgamma 1e+16 -> 3.5841361487904736e+17
# lgamma 1e+22 -> 4.9656872045869006e+23
# lgamma 1e+308 -> OverflowError: math range error
# lgamma -1e+308 -> ValueError: math domain error
# lgamma inf -> inf
# lgamma -inf -> inf
# lgamma nan -> nan
# lgamma 0 -> ValueError: math domain error
# lgamma 7 -> 6.579251212010102
# lgamma -3 -> ValueError: math domain error
# lgamma 9007199254740993 -> 3.2188848345802304e+17
# lgamma 1000000000000000000000000000000 -> 6.8077552789821365e+31
# lgamma -1000000000000000000000000000000 -> ValueError: math domain error
# lgamma True -> 0.0
# fmod 0.0, 0.0 -> ValueError: math domain error
# fmod 0.0, -0.0 -> ValueError: math domain error
# fmod 0.0, 1.0 -> 0.0
# fmod 0.0, -1.5 -> 0.0
# fmod 0.0, 2.0 -> 0.0
# fmod 0.0, 1e+308 -> 0.0
# fmod 0.0, 5e-324 -> 0.0
# fmod 0.0, inf -> 0.0
# fmod 0.0, -inf -> 0.0
# fmod 0.0, nan -> nan
# fmod 0.0, 3 -> 0.0
# fmod 0.0, -7 -> 0.0
# fmod -0.0, 0.0 -> ValueError: math domain error
# fmod -0.0, -0.0 -> ValueError: math domain error
# fmod -0.0, 1.0 -> -0.0
# fmod -0.0, -1.5 -> -0.0
# fmod -0.0, 2.0 -> -0.0
# fmod -0.0, 1e+308 -> -0.0
# fmod -0.0, 5e-324 -> -0.0
# fmod -0.0, inf -> -0.0
# fmod -0.0, -inf -> -0.0
# fmod -0.0, nan -> nan
# fmod -0.0, 3 -> -0.0
# fmod -0.0, -7 -> -0.0
# fmod 1.0, 0.0 -> ValueError: math domain error
# fmod 1.0, -0.0 -> ValueError: math domain error
# fmod 1.0, 1.0 -> 0.0
# fmod 1.0, -1.5 -> 1.0
# fmod 1.0, 2.0 -> 1.0
# fmod 1.0, 1e+308 -> 1.0
# fmod 1.0, 5e-324 -> 0.0
# fmod 1.0, inf -> 1.0
# fmod 1.0, -inf -> 1.0
# fmod 1.0, nan -> nan
# fmod 1.0, 3 -> 1.0
# fmod 1.0, -7 -> 1.0
# fmod -1.5, 0.0 -> ValueError: math domain error
# fmod -1.5, -0.0 -> ValueError: math domain error
# fmod -1.5, 1.0 -> -0.5
# fmod -1.5, -1.5 -> -0.0
# fmod -1.5, 2.0 -> -1.5
# fmod -1.5, 1e+308 -> -1.5
# fmod -1.5, 5e-324 -> -0.0
# fmod -1.5, inf -> -1.5
# fmod -1.5, -inf -> -1.5
# fmod -1.5, nan -> nan
# fmod -1.5, 3 -> -1.5
# fmod -1.5, -7 -> -1.5
# fmod 2.0, 0.0 -> ValueError: math domain error
# fmod 2.0, -0.0 -> ValueError: math domain error
# fmod 2.0, 1.0 -> 0.0
# fmod 2.0, -1.5 -> 0.5
# fmod 2.0, 2.0 -> 0.0
# fmod 2.0, 1e+308 -> 2.0
# fmod 2.0, 5e-324 -> 0.0
# fmod 2.0, inf -> 2.0
# fmod 2.0, -inf -> 2.0
# fmod 2.0, nan -> nan
# fmod 2.0, 3 -> 2.0
# fmod 2.0, -7 -> 2.0
# fmod 1e+308, 0.0 -> ValueError: math domain error
# fmod 1e+308, -0.0 -> ValueError: math domain error
# fmod 1e+308, 1.0 -> 0.0
# fmod 1e+308, -1.5 -> 0.5
# fmod 1e+308, 2.0 -> 0.0
# fmod 1e+308, 1e+308 -> 0.0
# fmod 1e+308, 5e-324 -> 0.0
# fmod 1e+308, inf -> 1e+308
# fmod 1e+308, -inf -> 1e+308
# fmod 1e+308, nan -> nan
# fmod 1e+308, 3 -> 2.0
# fmod 1e+308, -7 -> 3.0
# fmod 5e-324, 0.0 -> ValueError: math domain error
# fmod 5e-324, -0.0 -> ValueError: math domain error
# fmod 5e-324, 1.0 -> 5e-324
# fmod 5e-324, -1.5 -> 5e-324
# fmod 5e-324, 2.0 -> 5e-324
# fmod 5e-324, 1e+308 -> 5e-324
# fmod 5e-324, 5e-324 -> 0.0
# fmod 5e-324, inf -> 5e-324
# fmod 5e-324, -inf -> 5e-324
# fmod 5e-324, nan -> nan
# fmod 5e-324, 3 -> 5e-324
# fmod 5e-324, -7 -> 5e-324
# fmod inf, 0.0 -> ValueError: math domain error
# fmod inf, -0.0 -> ValueError: math domain error
# fmod inf, 1.0 -> ValueError: math domain error
# fmod inf, -1.5 -> ValueError: math domain error
# fmod inf, 2.0 -> ValueError: math domain error
# fmod inf, 1e+308 -> ValueError: math domain error
# fmod inf, 5e-324 -> ValueError: math domain error
# fmod inf, inf -> ValueError: math domain error
# fmod inf, -inf -> ValueError: math domain error
# fmod inf, nan -> nan
# fmod inf, 3 -> ValueError: math domain error
# fmod inf, -7 -> ValueError: math domain error
# fmod -inf, 0.0 -> ValueError: math domain error
# fmod -inf, -0.0 -> ValueError: math domain error
# fmod -inf, 1.0 -> ValueError: math domain error
# fmod -inf, -1.5 -> ValueError: math domain error
# fmod -inf, 2.0 -> ValueError: math domain error
# fmod -inf, 1e+308 -> ValueError: math domain error
# fmod -inf, 5e-324 -> ValueError: math domain error
# fmod -inf, inf -> ValueError: math domain error
# fmod -inf, -inf -> ValueError: math domain error
# fmod -inf, nan -> nan
# fmod -inf, 3 -> ValueError: math domain error
# fmod -inf, -7 -> ValueError: math domain error
# fmod nan, 0.0 -> nan
# fmod nan, -0.0 -> nan
# fmod nan, 1.0 -> nan
# fmod nan, -1.5 -> nan
# fmod nan, 2.0 -> nan
# fmod nan, 1e+308 -> nan
# fmod nan, 5e-324 -> nan
# fmod nan, inf -> nan
# fmod nan, -inf -> nan
# fmod nan, nan -> nan
# fmod nan, 3 -> nan
# fmod nan, -7 -> nan
# fmod 3, 0.0 -> ValueError: math domain error
# fmod 3, -0.0 -> ValueError: math domain error
# fmod 3, 1.0 -> 0.0
# fmod 3, -1.5 -> 0.0
# fmod 3, 2.0 -> 1.0
# fmod 3, 1e+308 -> 3.0
# fmod 3, 5e-324 -> 0.0
# fmod 3, inf -> 3.0
# fmod 3, -inf -> 3.0
# fmod 3, nan -> nan
# fmod 3, 3 -> 0.0
# fmod 3, -7 -> 3.0
# fmod -7, 0.0 -> ValueError: math domain error
# fmod -7, -0.0 -> ValueError: math domain error
# fmod -7, 1.0 -> -0.0
# fmod -7, -1.5 -> -1.0
# fmod -7, 2.0 -> -1.0
# fmod -7, 1e+308 -> -7.0
# fmod -7, 5e-324 -> -0.0
# fmod -7, inf -> -7.0
# fmod -7, -inf -> -7.0
# fmod -7, nan -> nan
# fmod -7, 3 -> -1.0
# fmod -7, -7 -> -0.0
# remainder 0.0, 0.0 -> ValueError: math domain error
# remainder 0.0, -0.0 -> ValueError: math domain error
# remainder 0.0, 1.0 -> 0.0
# remainder 0.0, -1.5 -> 0.0
# remainder 0.0, 2.0 -> 0.0
# remainder 0.0, 1e+308 -> 0.0
# remainder 0.0, 5e-324 -> 0.0
# remainder 0.0, inf -> 0.0
# remainder 0.0, -inf -> 0.0
# remainder 0.0, nan -> nan
# remainder 0.0, 3 -> 0.0
# remainder 0.0, -7 -> 0.0
# remainder -0.0, 0.0 -> ValueError: math domain error
# remainder -0.0, -0.0 -> ValueError: math domain error
# remainder -0.0, 1.0 -> -0.0
# remainder -0.0, -1.5 -> -0.0
# remainder -0.0, 2.0 -> -0.0
# remainder -0.0, 1e+308 -> -0.0
# remainder -0.0, 5e-324 -> -0.0
# remainder -0.0, inf -> -0.0
# remainder -0.0, -inf -> -0.0
# remainder -0.0, nan -> nan
# remainder -0.0, 3 -> -0.0
# remainder -0.0, -7 -> -0.0
# remainder 1.0, 0.0 -> ValueError: math domain error
# remainder 1.0, -0.0 -> ValueError: math domain error
# remainder 1.0, 1.0 -> 0.0
# remainder 1.0, -1.5 -> -0.5
# remainder 1.0, 2.0 -> 1.0
# remainder 1.0, 1e+308 -> 1.0
# remainder 1.0, 5e-324 -> 0.0
# remainder 1.0, inf -> 1.0
# remainder 1.0, -inf -> 1.0
# remainder 1.0, nan -> nan
# remainder 1.0, 3 -> 1.0
# remainder 1.0, -7 -> 1.0
# remainder -1.5, 0.0 -> ValueError: math domain error
# remainder -1.5, -0.0 -> ValueError: math domain error
# remainder -1.5, 1.0 -> 0.5
# remainder -1.5, -1.5 -> -0.0
# remainder -1.5, 2.0 -> 0.5
# remainder -1.5, 1e+308 -> -1.5
# remainder -1.5, 5e-324 -> -0.0
# remainder -1.5, inf -> -1.5
# remainder -1.5, -inf -> -1.5
# remainder -1.5, nan -> nan
# remainder -1.5, 3 -> -1.5
# remainder -1.5, -7 -> -1.5
# remainder 2.0, 0.0 -> ValueError: math domain error
# remainder 2.0, -0.0 -> ValueError: math domain error
# remainder 2.0, 1.0 -> 0.0
# remainder 2.0, -1.5 -> 0.5
# remainder 2.0, 2.0 -> 0.0
# remainder 2.0, 1e+308 -> 2.0
# remainder 2.0, 5e-324 -> 0.0
# remainder 2.0, inf -> 2.0
# remainder 2.0, -inf -> 2.0
# remainder 2.0, nan -> nan
# remainder 2.0, 3 -> -1.0
# remainder 2.0, -7 -> 2.0
# remainder 1e+308, 0.0 -> ValueError: math domain error
# remainder 1e+308, -0.0 -> ValueError: math domain error
# remainder 1e+308, 1.0 -> 0.0
# remainder 1e+308, -1.5 -> 0.5
# remainder 1e+308, 2.0 -> 0.0
# remainder 1e+308, 1e+308 -> 0.0
# remainder 1e+308, 5e-324 -> 0.0
# remainder 1e+308, inf -> 1e+308
# remainder 1e+308, -inf -> 1e+308
# remainder 1e+308, nan -> nan
# remainder 1e+308, 3 -> -1.0
# remainder 1e+308, -7 -> 3.0
# remainder 5e-324, 0.0 -> ValueError: math domain error
# remainder 5e-324, -0.0 -> ValueError: math domain error
# remainder 5e-324, 1.0 -> 5e-324
# remainder 5e-324, -1.5 -> 5e-324
# remainder 5e-324, 2.0 -> 5e-324
# remainder 5e-324, 1e+308 -> 5e-324
# remainder 5e-324, 5e-324 -> 0.0
# remainder 5e-324, inf -> 5e-324
# remainder 5e-324, -inf -> 5e-324
# remainder 5e-324, nan -> nan
# remainder 5e-324, 3 -> 5e-324
# remainder 5e-324, -7 -> 5e-324
# remainder inf, 0.0 -> ValueError: math domain error
# remainder inf, -0.0 -> ValueError: math domain error
# remainder inf, 1.0 -> ValueError: math domain error
# remainder inf, -1.5 -> ValueError: math domain error
# remainder inf, 2.0 -> ValueError: math domain error
# remainder inf, 1e+308 -> ValueError: math domain error
# remainder inf, 5e-324 -> ValueError: math domain error
# remainder inf, inf -> ValueError: math domain error
# remainder inf, -inf -> ValueError: math domain error
# remainder inf, nan -> nan
# remainder inf, 3 -> ValueError: math domain error
# remainder inf, -7 -> ValueError: math domain error
# remainder -inf, 0.0 -> ValueError: math domain error
# remainder -inf, -0.0 -> ValueError: math domain error
# remainder -inf, 1.0 -> ValueError: math domain error
# remainder -inf, -1.5 -> ValueError: math domain error
# remainder -inf, 2.0 -> ValueError: math domain error
# remainder -inf, 1e+308 -> ValueError: math domain error
# remainder -inf, 5e-324 -> ValueError: math domain error
# remainder -inf, inf -> ValueError: math domain error
# remainder -inf, -inf -> ValueError: math domain error
# remainder -inf, nan -> nan
# remainder -inf, 3 -> ValueError: math domain error
# remainder -inf, -7 -> ValueError: math domain error
# remainder nan, 0.0 -> nan
# remainder nan, -0.0 -> nan
# remainder nan, 1.0 -> nan
# remainder nan, -1.5 -> nan
# remainder nan, 2.0 -> nan
# remainder nan, 1e+308 -> nan
# remainder nan, 5e-324 -> nan
# remainder nan, inf -> nan
# remainder nan, -inf -> nan
# remainder nan, nan -> nan
# remainder nan, 3 -> nan
# remainder nan, -7 -> nan
# remainder 3, 0.0 -> ValueError: math domain error
# remainder 3, -0.0 -> ValueError: math domain error
# remainder 3, 1.0 -> 0.0
# remainder 3, -1.5 -> 0.0
# remainder 3, 2.0 -> -1.0
# remainder 3, 1e+308 -> 3.0
# remainder 3, 5e-324 -> 0.0
# remainder 3, inf -> 3.0
# remainder 3, -inf -> 3.0
# remainder 3, nan -> nan
# remainder 3, 3 -> 0.0
# remainder 3, -7 -> 3.0
# remainder -7, 0.0 -> ValueError: math domain error
# remainder -7, -0.0 -> ValueError: math domain error
# remainder -7, 1.0 -> -0.0
# remainder -7, -1.5 -> 0.5
# remainder -7, 2.0 -> 1.0
# remainder -7, 1e+308 -> -7.0
# remainder -7, 5e-324 -> -0.0
# remainder -7, inf -> -7.0
# remainder -7, -inf -> -7.0
# remainder -7, nan -> nan
# remainder -7, 3 -> -1.0
# remainder -7, -7 -> -0.0
# copysign 0.0, 0.0 -> 0.0
# copysign 0.0, -0.0 -> -0.0
# copysign 0.0, 1.0 -> 0.0
# copysign 0.0, -1.5 -> -0.0
# copysign 0.0, 2.0 -> 0.0
# copysign 0.0, 1e+308 -> 0.0
# copysign 0.0, 5e-324 -> 0.0
# copysign 0.0, inf -> 0.0
# copysign 0.0, -inf -> -0.0
# copysign 0.0, nan -> 0.0
# copysign 0.0, 3 -> 0.0
# copysign 0.0, -7 -> -0.0
# copysign -0.0, 0.0 -> 0.0
# copysign -0.0, -0.0 -> -0.0
# copysign -0.0, 1.0 -> 0.0
# copysign -0.0, -1.5 -> -0.0
# copysign -0.0, 2.0 -> 0.0
# copysign -0.0, 1e+308 -> 0.0
# copysign -0.0, 5e-324 -> 0.0
# copysign -0.0, inf -> 0.0
# copysign -0.0, -inf -> -0.0
# copysign -0.0, nan -> 0.0
# copysign -0.0, 3 -> 0.0
# copysign -0.0, -7 -> -0.0
# copysign 1.0, 0.0 -> 1.0
# copysign 1.0, -0.0 -> -1.0
# copysign 1.0, 1.0 -> 1.0
# copysign 1.0, -1.5 -> -1.0
# copysign 1.0, 2.0 -> 1.0
# copysign 1.0, 1e+308 -> 1.0
# copysign 1.0, 5e-324 -> 1.0
# copysign 1.0, inf -> 1.0
# copysign 1.0, -inf -> -1.0
# copysign 1.0, nan -> 1.0
# copysign 1.0, 3 -> 1.0
# copysign 1.0, -7 -> -1.0
# copysign -1.5, 0.0 -> 1.5
# copysign -1.5, -0.0 -> -1.5
# copysign -1.5, 1.0 -> 1.5
# copysign -1.5, -1.5 -> -1.5
# copysign -1.5, 2.0 -> 1.5
# copysign -1.5, 1e+308 -> 1.5
# copysign -1.5, 5e-324 -> 1.5
# copysign -1.5, inf -> 1.5
# copysign -1.5, -inf -> -1.5
# copysign -1.5, nan -> 1.5
# copysign -1.5, 3 -> 1.5
# copysign -1.5, -7 -> -1.5
# copysign 2.0, 0.0 -> 2.0
# copysign 2.0, -0.0 -> -2.0
# copysign 2.0, 1.0 -> 2.0
# copysign 2.0, -1.5 -> -2.0
# copysign 2.0, 2.0 -> 2.0
# copysign 2.0, 1e+308 -> 2.0
# copysign 2.0, 5e-324 -> 2.0
# copysign 2.0, inf -> 2.0
# copysign 2.0, -inf -> -2.0
# copysign 2.0, nan -> 2.0
# copysign 2.0, 3 -> 2.0
# copysign 2.0, -7 -> -2.0
# copysign 1e+308, 0.0 -> 1e+308
# copysign 1e+308, -0.0 -> -1e+308
# copysign 1e+308, 1.0 -> 1e+308
# copysign 1e+308, -1.5 -> -1e+308
# copysign 1e+308, 2.0 -> 1e+308
# copysign 1e+308, 1e+308 -> 1e+308
# copysign 1e+308, 5e-324 -> 1e+308
# copysign 1e+308, inf -> 1e+308
# copysign 1e+308, -inf -> -1e+308
# copysign 1e+308, nan -> 1e+308
# copysign 1e+308, 3 -> 1e+308
# copysign 1e+308, -7 -> -1e+308
# copysign 5e-324, 0.0 -> 5e-324
# copysign 5e-324, -0.0 -> -5e-324
# copysign 5e-324, 1.0 -> 5e-324
# copysign 5e-324, -1.5 -> -5e-324
# copysign 5e-324, 2.0 -> 5e-324
# copysign 5e-324, 1e+308 -> 5e-324
# copysign 5e-324, 5e-324 -> 5e-324
# copysign 5e-324, inf -> 5e-324
# copysign 5e-324, -inf -> -5e-324
# copysign 5e-324, nan -> 5e-324
# copysign 5e-324, 3 -> 5e-324
# copysign 5e-324, -7 -> -5e-324
# copysign inf, 0.0 -> inf
# copysign inf, -0.0 -> -inf
# copysign inf, 1.0 -> inf
# copysign inf, -1.5 -> -inf
# copysign inf, 2.0 -> inf
# copysign inf, 1e+308 -> inf
# copysign inf, 5e-324 -> inf
# copysign inf, inf -> inf
# copysign inf, -inf -> -inf
# copysign inf, nan -> inf
# copysign inf, 3 -> inf
# copysign inf, -7 -> -inf
# copysign -inf, 0.0 -> inf
# copysign -inf, -0.0 -> -inf
# copysign -inf, 1.0 -> inf
# copysign -inf, -1.5 -> -inf
# copysign -inf, 2.0 -> inf
# copysign -inf, 1e+308 -> inf
# copysign -inf, 5e-324 -> inf
# copysign -inf, inf -> inf
# copysign -inf, -inf -> -inf
# copysign -inf, nan -> inf
# copysign -inf, 3 -> inf
# copysign -inf, -7 -> -inf
# copysign nan, 0.0 -> nan
# copysign nan, -0.0 -> nan
# copysign nan, 1.0 -> nan
# copysign nan, -1.5 -> nan
# copysign nan, 2.0 -> nan
# copysign nan, 1e+308 -> nan
# copysign nan, 5e-324 -> nan
# copysign nan, inf -> nan
# copysign nan, -inf -> nan
# copysign nan, nan -> nan
# copysign nan, 3 -> nan
# copysign nan, -7 -> nan
# copysign 3, 0.0 -> 3.0
# copysign 3, -0.0 -> -3.0
# copysign 3, 1.0 -> 3.0
# copysign 3, -1.5 -> -3.0
# copysign 3, 2.0 -> 3.0
# copysign 3, 1e+308 -> 3.0
# copysign 3, 5e-324 -> 3.0
# copysign 3, inf -> 3.0
# copysign 3, -inf -> -3.0
# copysign 3, nan -> 3.0
# copysign 3, 3 -> 3.0
# copysign 3, -7 -> -3.0
# copysign -7, 0.0 -> 7.0
# copysign -7, -0.0 -> -7.0
# copysign -7, 1.0 -> 7.0
# copysign -7, -1.5 -> -7.0
# copysign -7, 2.0 -> 7.0
# copysign -7, 1e+308 -> 7.0
# copysign -7, 5e-324 -> 7.0
# copysign -7, inf -> 7.0
# copysign -7, -inf -> -7.0
# copysign -7, nan -> 7.0
# copysign -7, 3 -> 7.0
# copysign -7, -7 -> -7.0
# atan2 0.0, 0.0 -> 0.0
# atan2 0.0, -0.0 -> 3.141592653589793
# atan2 0.0, 1.0 -> 0.0
# atan2 0.0, -1.5 -> 3.141592653589793
# atan2 0.0, 2.0 -> 0.0
# atan2 0.0, 1e+308 -> 0.0
# atan2 0.0, 5e-324 -> 0.0
# atan2 0.0, inf -> 0.0
# atan2 0.0, -inf -> 3.141592653589793
# atan2 0.0, nan -> nan
# atan2 0.0, 3 -> 0.0
# atan2 0.0, -7 -> 3.141592653589793
# atan2 -0.0, 0.0 -> -0.0
# atan2 -0.0, -0.0 -> -3.141592653589793
# atan2 -0.0, 1.0 -> -0.0
# atan2 -0.0, -1.5 -> -3.141592653589793
# atan2 -0.0, 2.0 -> -0.0
# atan2 -0.0, 1e+308 -> -0.0
# atan2 -0.0, 5e-324 -> -0.0
# atan2 -0.0, inf -> -0.0
# atan2 -0.0, -inf -> -3.141592653589793
# atan2 -0.0, nan -> nan
# atan2 -0.0, 3 -> -0.0
# atan2 -0.0, -7 -> -3.141592653589793
# atan2 1.0, 0.0 -> 1.5707963267948966
# atan2 1.0, -0.0 -> 1.5707963267948966
# atan2 1.0, 1.0 -> 0.7853981633974483
# atan2 1.0, -1.5 -> 2.5535900500422257
# atan2 1.0, 2.0 -> 0.4636476090008061
# atan2 1.0, 1e+308 -> 1e-308
# atan2 1.0, 5e-324 -> 1.5707963267948966
# atan2 1.0, inf -> 0.0
# atan2 1.0, -inf -> 3.141592653589793
# atan2 1.0, nan -> nan
# atan2 1.0, 3 -> 0.3217505543966422
# atan2 1.0, -7 -> 2.999695598985629
# atan2 -1.5, 0.0 -> -1.5707963267948966
# atan2 -1.5, -0.0 -> -1.5707963267948966
# atan2 -1.5, 1.0 -> -0.982793723247329
# atan2 -1.5, -1.5 -> -2.356194490192345
# atan2 -1.5, 2.0 -> -0.6435011087932844
# atan2 -1.5, 1e+308 -> -1.5e-308
# atan2 -1.5, 5e-324 -> -1.5707963267948966
# atan2 -1.5, inf -> -0.0
# atan2 -1.5, -inf -> -3.141592653589793
# atan2 -1.5, nan -> nan
# atan2 -1.5, 3 -> -0.4636476090008061
# atan2 -1.5, -7 -> -2.930499320367047
# atan2 2.0, 0.0 -> 1.5707963267948966
# atan2 2.0, -0.0 -> 1.5707963267948966
# atan2 2.0, 1.0 -> 1.1071487177940904
# atan2 2.0, -1.5 -> 2.214297435588181
# atan2 2.0, 2.0 -> 0.7853981633974483
# atan2 2.0, 1e+308 -> 2e-308
# atan2 2.0, 5e-324 -> 1.5707963267948966
# atan2 2.0, inf -> 0.0
# atan2 2.0, -inf -> 3.141592653589793
# atan2 2.0, nan -> nan
# atan2 2.0, 3 -> 0.5880026035475675
# atan2 2.0, -7 -> 2.8632929945846817
# atan2 1e+308, 0.0 -> 1.5707963267948966
# atan2 1e+308, -0.0 -> 1.5707963267948966
# atan2 1e+308, 1.0 -> 1.5707963267948966
# atan2 1e+308, -1.5 -> 1.5707963267948966
# atan2 1e+308, 2.0 -> 1.5707963267948966
# atan2 1e+308, 1e+308 -> 0.7853981633974483
# atan2 1e+308, 5e-324 -> 1.5707963267948966
# atan2 1e+308, inf -> 0.0
# atan2 1e+308, -inf -> 3.141592653589793
# atan2 1e+308, nan -> nan
# atan2 1e+308, 3 -> 1.5707963267948966
# atan2 1e+308, -7 -> 1.5707963267948966
# atan2 5e-324, 0.0 -> 1.5707963267948966
# atan2 5e-324, -0.0 -> 1.5707963267948966
# atan2 5e-324, 1.0 -> 5e-324
# atan2 5e-324, -1.5 -> 3.141592653589793
# atan2 5e-324, 2.0 -> 0.0
# atan2 5e-324, 1e+308 -> 0.0
# atan2 5e-324, 5e-324 -> 0.7853981633974483
# atan2 5e-324, inf -> 0.0
# atan2 5e-324, -inf -> 3.141592653589793
# atan2 5e-324, nan -> nan
# atan2 5e-324, 3 -> 0.0
# atan2 5e-324, -7 -> 3.141592653589793
# atan2 inf, 0.0 -> 1.5707963267948966
# atan2 inf, -0.0 -> 1.5707963267948966
# atan2 inf, 1.0 -> 1.5707963267948966
# atan2 inf, -1.5 -> 1.5707963267948966
# atan2 inf, 2.0 -> 1.5707963267948966
# atan2 inf, 1e+308 -> 1.5707963267948966
# atan2 inf, 5e-324 -> 1.5707963267948966
# atan2 inf, inf -> 0.7853981633974483
# atan2 inf, -inf -> 2.356194490192345
# atan2 inf, nan -> nan
# atan2 inf, 3 -> 1.5707963267948966
# atan2 inf, -7 -> 1.5707963267948966
# atan2 -inf, 0.0 -> -1.5707963267948966
# atan2 -inf, -0.0 -> -1.5707963267948966
# atan2 -inf, 1.0 -> -1.5707963267948966
# atan2 -inf, -1.5 -> -1.5707963267948966
# atan2 -inf, 2.0 -> -1.5707963267948966
# atan2 -inf, 1e+308 -> -1.5707963267948966
# atan2 -inf, 5e-324 -> -1.5707963267948966
# atan2 -inf, inf -> -0.7853981633974483
# atan2 -inf, -inf -> -2.356194490192345
# atan2 -inf, nan -> nan
# atan2 -inf, 3 -> -1.5707963267948966
# atan2 -inf, -7 -> -1.5707963267948966
# atan2 nan, 0.0 -> nan
# atan2 nan, -0.0 -> nan
# atan2 nan, 1.0 -> nan
# atan2 nan, -1.5 -> nan
# atan2 nan, 2.0 -> nan
# atan2 nan, 1e+308 -> nan
# atan2 nan, 5e-324 -> nan
# atan2 nan, inf -> nan
# atan2 nan, -inf -> nan
# atan2 nan, nan -> nan
# atan2 nan, 3 -> nan
# atan2 nan, -7 -> nan
# atan2 3, 0.0 -> 1.5707963267948966
# atan2 3, -0.0 -> 1.5707963267948966
# atan2 3, 1.0 -> 1.2490457723982544
# atan2 3, -1.5 -> 2.0344439357957027
# atan2 3, 2.0 -> 0.982793723247329
# atan2 3, 1e+308 -> 2.9999999999999997e-308
# atan2 3, 5e-324 -> 1.5707963267948966
# atan2 3, inf -> 0.0
# atan2 3, -inf -> 3.141592653589793
# atan2 3, nan -> nan
# atan2 3, 3 -> 0.7853981633974483
# atan2 3, -7 -> 2.7367008673047097
# atan2 -7, 0.0 -> -1.5707963267948966
# atan2 -7, -0.0 -> -1.5707963267948966
# atan2 -7, 1.0 -> -1.4288992721907328
# atan2 -7, -1.5 -> -1.7818896600176433
# atan2 -7, 2.0 -> -1.2924966677897853
# atan2 -7, 1e+308 -> -7e-308
# atan2 -7, 5e-324 -> -1.5707963267948966
# atan2 -7, inf -> -0.0
# atan2 -7, -inf -> -3.141592653589793
# atan2 -7, nan -> nan
# atan2 -7, 3 -> -1.1659045405098132
# atan2 -7, -7 -> -2.356194490192345
# pow 0.0, 0.0 -> 1.0
# pow 0.0, -0.0 -> 1.0
# pow 0.0, 1.0 -> 0.0
# pow 0.0, -1.5 -> ValueError: math domain error
# pow 0.0, 2.0 -> 0.0
# pow 0.0, 1e+308 -> 0.0
# pow 0.0, 5e-324 -> 0.0
# pow 0.0, inf -> 0.0
# pow 0.0, -inf -> inf
# pow 0.0, nan -> nan
# pow 0.0, 3 -> 0.0
# pow 0.0, -7 -> ValueError: math domain error
# pow -0.0, 0.0 -> 1.0
# pow -0.0, -0.0 -> 1.0
# pow -0.0, 1.0 -> -0.0
# pow -0.0, -1.5 -> ValueError: math domain error
# pow -0.0, 2.0 -> 0.0
# pow -0.0, 1e+308 -> 0.0
# pow -0.0, 5e-324 -> 0.0
# pow -0.0, inf -> 0.0
# pow -0.0, -inf -> inf
# pow -0.0, nan -> nan
# pow -0.0, 3 -> -0.0
# pow -0.0, -7 -> ValueError: math domain error
# pow 1.0, 0.0 -> 1.0
# pow 1.0, -0.0 -> 1.0
# pow 1.0, 1.0 -> 1.0
# pow 1.0, -1.5 -> 1.0
# pow 1.0, 2.0 -> 1.0
# pow 1.0, 1e+308 -> 1.0
# pow 1.0, 5e-324 -> 1.0
# pow 1.0, inf -> 1.0
# pow 1.0, -inf -> 1.0
# pow 1.0, nan -> 1.0
# pow 1.0, 3 -> 1.0
# pow 1.0, -7 -> 1.0
# pow -1.5, 0.0 -> 1.0
# pow -1.5, -0.0 -> 1.0
# pow -1.5, 1.0 -> -1.5
# pow -1.5, -1.5 -> ValueError: math domain error
# pow -1.5, 2.0 -> 2.25
# pow -1.5, 1e+308 -> OverflowError: math range error
# pow -1.5, 5e-324 -> ValueError: math domain error
# pow -1.5, inf -> inf
# pow -1.5, -inf -> 0.0
# pow -1.5, nan -> nan
# pow -1.5, 3 -> -3.375
# pow -1.5, -7 -> -0.05852766346593507
# pow 2.0, 0.0 -> 1.0
# pow 2.0, -0.0 -> 1.0
# pow 2.0, 1.0 -> 2.0
# pow 2.0, -1.5 -> 0.3535533905932738
# pow 2.0, 2.0 -> 4.0
# pow 2.0, 1e+308 -> OverflowError: math range error
# pow 2.0, 5e-324 -> 1.0
# pow 2.0, inf -> inf
# pow 2.0, -inf -> 0.0
# pow 2.0, nan -> nan
# pow 2.0, 3 -> 8.0
# pow 2.0, -7 -> 0.0078125
# pow 1e+308, 0.0 -> 1.0
# pow 1e+308, -0.0 -> 1.0
# pow 1e+308, 1.0 -> 1e+308
# pow 1e+308, -1.5 -> 0.0
# pow 1e+308, 2.0 -> OverflowError: math range error
# pow 1e+308, 1e+308 -> OverflowError: math range error
# pow 1e+308, 5e-324 -> 1.0
# pow 1e+308, inf -> inf
# pow 1e+308, -inf -> 0.0
# pow 1e+308, nan -> nan
# pow 1e+308, 3 -> OverflowError: math range error
# pow 1e+308, -7 -> 0.0
# pow 5e-324, 0.0 -> 1.0
# pow 5e-324, -0.0 -> 1.0
# pow 5e-324, 1.0 -> 5e-324
# pow 5e-324, -1.5 -> OverflowError: math range error
# pow 5e-324, 2.0 -> 0.0
# pow 5e-324, 1e+308 -> 0.0
# pow 5e-324, 5e-324 -> 1.0
# pow 5e-324, inf -> 0.0
# pow 5e-324, -inf -> inf
# pow 5e-324, nan -> nan
# pow 5e-324, 3 -> 0.0
# pow 5e-324, -7 -> OverflowError: math range error
# pow inf, 0.0 -> 1.0
# pow inf, -0.0 -> 1.0
# pow inf, 1.0 -> inf
# pow inf, -1.5 -> 0.0
# pow inf, 2.0 -> inf
# pow inf, 1e+308 -> inf
# pow inf, 5e-324 -> inf
# pow inf, inf -> inf
# pow inf, -inf -> 0.0
# pow inf, nan -> nan
# pow inf, 3 -> inf
# pow inf, -7 -> 0.0
# pow -inf, 0.0 -> 1.0
# pow -inf, -0.0 -> 1.0
# pow -inf, 1.0 -> -inf
# pow -inf, -1.5 -> 0.0
# pow -inf, 2.0 -> inf
# pow -inf, 1e+308 -> inf
# pow -inf, 5e-324 -> inf
# pow -inf, inf -> inf
# pow -inf, -inf -> 0.0
# pow -inf, nan -> nan
# pow -inf, 3 -> -inf
# pow -inf, -7 -> -0.0
# pow nan, 0.0 -> 1.0
# pow nan, -0.0 -> 1.0
# pow nan, 1.0 -> nan
# pow nan, -1.5 -> nan
# pow nan, 2.0 -> nan
# pow nan, 1e+308 -> nan
# pow nan, 5e-324 -> nan
# pow nan, inf -> nan
# pow nan, -inf -> nan
# pow nan, nan -> nan
# pow nan, 3 -> nan
# pow nan, -7 -> nan
# pow 3, 0.0 -> 1.0
# pow 3, -0.0 -> 1.0
# pow 3, 1.0 -> 3.0
# pow 3, -1.5 -> 0.19245008972987526
# pow 3, 2.0 -> 9.0
# pow 3, 1e+308 -> OverflowError: math range error
# pow 3, 5e-324 -> 1.0
# pow 3, inf -> inf
# pow 3, -inf -> 0.0
# pow 3, nan -> nan
# pow 3, 3 -> 27.0
# pow 3, -7 -> 0.0004572473708276177
# pow -7, 0.0 -> 1.0
# pow -7, -0.0 -> 1.0
# pow -7, 1.0 -> -7.0
# pow -7, -1.5 -> ValueError: math domain error
# pow -7, 2.0 -> 49.0
# pow -7, 1e+308 -> OverflowError: math range error
# pow -7, 5e-324 -> ValueError: math domain error
# pow -7, inf -> inf
# pow -7, -inf -> 0.0
# pow -7, nan -> nan
# pow -7, 3 -> -343.0
# pow -7, -7 -> -1.2142656789020123e-06
# hypot 0.0, 0.0 -> 0.0
# hypot 0.0, -0.0 -> 0.0
# hypot 0.0, 1.0 -> 1.0
# hypot 0.0, -1.5 -> 1.5
# hypot 0.0, 2.0 -> 2.0
# hypot 0.0, 1e+308 -> 1e+308
# hypot 0.0, 5e-324 -> 5e-324
# hypot 0.0, inf -> inf
# hypot 0.0, -inf -> inf
# hypot 0.0, nan -> nan
# hypot 0.0, 3 -> 3.0
# hypot 0.0, -7 -> 7.0
# hypot -0.0, 0.0 -> 0.0
# hypot -0.0, -0.0 -> 0.0
# hypot -0.0, 1.0 -> 1.0
# hypot -0.0, -1.5 -> 1.5
# hypot -0.0, 2.0 -> 2.0
# hypot -0.0, 1e+308 -> 1e+308
# hypot -0.0, 5e-324 -> 5e-324
# hypot -0.0, inf -> inf
# hypot -0.0, -inf -> inf
# hypot -0.0, nan -> nan
# hypot -0.0, 3 -> 3.0
# hypot -0.0, -7 -> 7.0
# hypot 1.0, 0.0 -> 1.0
# hypot 1.0, -0.0 -> 1.0
# hypot 1.0, 1.0 -> 1.4142135623730951
# hypot 1.0, -1.5 -> 1.8027756377319946
# hypot 1.0, 2.0 -> 2.23606797749979
# hypot 1.0, 1e+308 -> 1e+308
# hypot 1.0, 5e-324 -> 1.0
# hypot 1.0, inf -> inf
# hypot 1.0, -inf -> inf
# hypot 1.0, nan -> nan
# hypot 1.0, 3 -> 3.1622776601683795
# hypot 1.0, -7 -> 7.0710678118654755
# hypot -1.5, 0.0 -> 1.5
# hypot -1.5, -0.0 -> 1.5
# hypot -1.5, 1.0 -> 1.8027756377319946
# hypot -1.5, -1.5 -> 2.1213203435596424
# hypot -1.5, 2.0 -> 2.5
# hypot -1.5, 1e+308 -> 1e+308
# hypot -1.5, 5e-324 -> 1.5
# hypot -1.5, inf -> inf
# hypot -1.5, -inf -> inf
# hypot -1.5, nan -> nan
# hypot -1.5, 3 -> 3.3541019662496847
# hypot -1.5, -7 -> 7.158910531638177
# hypot 2.0, 0.0 -> 2.0
# hypot 2.0, -0.0 -> 2.0
# hypot 2.0, 1.0 -> 2.23606797749979
# hypot 2.0, -1.5 -> 2.5
# hypot 2.0, 2.0 -> 2.8284271247461903
# hypot 2.0, 1e+308 -> 1e+308
# hypot 2.0, 5e-324 -> 2.0
# hypot 2.0, inf -> inf
# hypot 2.0, -inf -> inf
# hypot 2.0, nan -> nan
# hypot 2.0, 3 -> 3.605551275463989
# hypot 2.0, -7 -> 7.280109889280518
# hypot 1e+308, 0.0 -> 1e+308
# hypot 1e+308, -0.0 -> 1e+308
# hypot 1e+308, 1.0 -> 1e+308
# hypot 1e+308, -1.5 -> 1e+308
# hypot 1e+308, 2.0 -> 1e+308
# hypot 1e+308, 1e+308 -> 1.4142135623730951e+308
# hypot 1e+308, 5e-324 -> 1e+308
# hypot 1e+308, inf -> inf
# hypot 1e+308, -inf -> inf
# hypot 1e+308, nan -> nan
# hypot 1e+308, 3 -> 1e+308
# hypot 1e+308, -7 -> 1e+308
# hypot 5e-324, 0.0 -> 5e-324
# hypot 5e-324, -0.0 -> 5e-324
# hypot 5e-324, 1.0 -> 1.0
# hypot 5e-324, -1.5 -> 1.5
# hypot 5e-324, 2.0 -> 2.0
# hypot 5e-324, 1e+308 -> 1e+308
# hypot 5e-324, 5e-324 -> 5e-324
# hypot 5e-324, inf -> inf
# hypot 5e-324, -inf -> inf
# hypot 5e-324, nan -> nan
# hypot 5e-324, 3 -> 3.0
# hypot 5e-324, -7 -> 7.0
# hypot inf, 0.0 -> inf
# hypot inf, -0.0 -> inf
# hypot inf, 1.0 -> inf
# hypot inf, -1.5 -> inf
# hypot inf, 2.0 -> inf
# hypot inf, 1e+308 -> inf
# hypot inf, 5e-324 -> inf
# hypot inf, inf -> inf
# hypot inf, -inf -> inf
# hypot inf, nan -> inf
# hypot inf, 3 -> inf
# hypot inf, -7 -> inf
# hypot -inf, 0.0 -> inf
# hypot -inf, -0.0 -> inf
# hypot -inf, 1.0 -> inf
# hypot -inf, -1.5 -> inf
# hypot -inf, 2.0 -> inf
# hypot -inf, 1e+308 -> inf
# hypot -inf, 5e-324 -> inf
# hypot -inf, inf -> inf
# hypot -inf, -inf -> inf
# hypot -inf, nan -> inf
# hypot -inf, 3 -> inf
# hypot -inf, -7 -> inf
# hypot nan, 0.0 -> nan
# hypot nan, -0.0 -> nan
# hypot nan, 1.0 -> nan
# hypot nan, -1.5 -> nan
# hypot nan, 2.0 -> nan
# hypot nan, 1e+308 -> nan
# hypot nan, 5e-324 -> nan
# hypot nan, inf -> inf
# hypot nan, -inf -> inf
# hypot nan, nan -> nan
# hypot nan, 3 -> nan
# hypot nan, -7 -> nan
# hypot 3, 0.0 -> 3.0
# hypot 3, -0.0 -> 3.0
# hypot 3, 1.0 -> 3.1622776601683795
# hypot 3, -1.5 -> 3.3541019662496847
# hypot 3, 2.0 -> 3.605551275463989
# hypot 3, 1e+308 -> 1e+308
# hypot 3, 5e-324 -> 3.0
# hypot 3, inf -> inf
# hypot 3, -inf -> inf
# hypot 3, nan -> nan
# hypot 3, 3 -> 4.242640687119285
# hypot 3, -7 -> 7.615773105863909
# hypot -7, 0.0 -> 7.0
# hypot -7, -0.0 -> 7.0
# hypot -7, 1.0 -> 7.0710678118654755
# hypot -7, -1.5 -> 7.158910531638177
# hypot -7, 2.0 -> 7.280109889280518
# hypot -7, 1e+308 -> 1e+308
# hypot -7, 5e-324 -> 7.0
# hypot -7, inf -> inf
# hypot -7, -inf -> inf
# hypot -7, nan -> nan
# hypot -7, 3 -> 7.615773105863909
# hypot -7, -7 -> 9.899494936611665
# nextafter 0.0, 0.0 -> 0.0
# nextafter 0.0, -0.0 -> -0.0
# nextafter 0.0, 1.0 -> 5e-324
# nextafter 0.0, -1.5 -> -5e-324
# nextafter 0.0, 2.0 -> 5e-324
# nextafter 0.0, 1e+308 -> 5e-324
# nextafter 0.0, 5e-324 -> 5e-324
# nextafter 0.0, inf -> 5e-324
# nextafter 0.0, -inf -> -5e-324
# nextafter 0.0, nan -> nan
# nextafter 0.0, 3 -> 5e-324
# nextafter 0.0, -7 -> -5e-324
# nextafter -0.0, 0.0 -> 0.0
# nextafter -0.0, -0.0 -> -0.0
# nextafter -0.0, 1.0 -> 5e-324
# nextafter -0.0, -1.5 -> -5e-324
# nextafter -0.0, 2.0 -> 5e-324
# nextafter -0.0, 1e+308 -> 5e-324
# nextafter -0.0, 5e-324 -> 5e-324
# nextafter -0.0, inf -> 5e-324
# nextafter -0.0, -inf -> -5e-324
# nextafter -0.0, nan -> nan
# nextafter -0.0, 3 -> 5e-324
# nextafter -0.0, -7 -> -5e-324
# nextafter 1.0, 0.0 -> 0.9999999999999999
# nextafter 1.0, -0.0 -> 0.9999999999999999
# nextafter 1.0, 1.0 -> 1.0
# nextafter 1.0, -1.5 -> 0.9999999999999999
# nextafter 1.0, 2.0 -> 1.0000000000000002
# nextafter 1.0, 1e+308 -> 1.0000000000000002
# nextafter 1.0, 5e-324 -> 0.9999999999999999
# nextafter 1.0, inf -> 1.0000000000000002
# nextafter 1.0, -inf -> 0.9999999999999999
# nextafter 1.0, nan -> nan
# nextafter 1.0, 3 -> 1.0000000000000002
# nextafter 1.0, -7 -> 0.9999999999999999
# nextafter -1.5, 0.0 -> -1.4999999999999998
# nextafter -1.5, -0.0 -> -1.4999999999999998
# nextafter -1.5, 1.0 -> -1.4999999999999998
# nextafter -1.5, -1.5 -> -1.5
# nextafter -1.5, 2.0 -> -1.4999999999999998
# nextafter -1.5, 1e+308 -> -1.4999999999999998
# nextafter -1.5, 5e-324 -> -1.4999999999999998
# nextafter -1.5, inf -> -1.4999999999999998
# nextafter -1.5, -inf -> -1.5000000000000002
# nextafter -1.5, nan -> nan
# nextafter -1.5, 3 -> -1.4999999999999998
# nextafter -1.5, -7 -> -1.5000000000000002
# nextafter 2.0, 0.0 -> 1.9999999999999998
# nextafter 2.0, -0.0 -> 1.9999999999999998
# nextafter 2.0, 1.0 -> 1.9999999999999998
# nextafter 2.0, -1.5 -> 1.9999999999999998
# nextafter 2.0, 2.0 -> 2.0
# nextafter 2.0, 1e+308 -> 2.0000000000000004
# nextafter 2.0, 5e-324 -> 1.9999999999999998
# nextafter 2.0, inf -> 2.0000000000000004
# nextafter 2.0, -inf -> 1.9999999999999998
# nextafter 2.0, nan -> nan
# nextafter 2.0, 3 -> 2.0000000000000004
# nextafter 2.0, -7 -> 1.9999999999999998
# nextafter 1e+308, 0.0 -> 9.999999999999998e+307
# nextafter 1e+308, -0.0 -> 9.999999999999998e+307
# nextafter 1e+308, 1.0 -> 9.999999999999998e+307
# nextafter 1e+308, -1.5 -> 9.999999999999998e+307
# nextafter 1e+308, 2.0 -> 9.999999999999998e+307
# nextafter 1e+308, 1e+308 -> 1e+308
# nextafter 1e+308, 5e-324 -> 9.999999999999998e+307
# nextafter 1e+308, inf -> 1.0000000000000002e+308
# nextafter 1e+308, -inf -> 9.999999999999998e+307
# nextafter 1e+308, nan -> nan
# nextafter 1e+308, 3 -> 9.999999999999998e+307
# nextafter 1e+308, -7 -> 9.999999999999998e+307
# nextafter 5e-324, 0.0 -> 0.0
# nextafter 5e-324, -0.0 -> 0.0
# nextafter 5e-324, 1.0 -> 1e-323
# nextafter 5e-324, -1.5 -> 0.0
# nextafter 5e-324, 2.0 -> 1e-323
# nextafter 5e-324, 1e+308 -> 1e-323
# nextafter 5e-324, 5e-324 -> 5e-324
# nextafter 5e-324, inf -> 1e-323
# nextafter 5e-324, -inf -> 0.0
# nextafter 5e-324, nan -> nan
# nextafter 5e-324, 3 -> 1e-323
# nextafter 5e-324, -7 -> 0.0
# nextafter inf, 0.0 -> 1.7976931348623157e+308
# nextafter inf, -0.0 -> 1.7976931348623157e+308
# nextafter inf, 1.0 -> 1.7976931348623157e+308
# nextafter inf, -1.5 -> 1.7976931348623157e+308
# nextafter inf, 2.0 -> 1.7976931348623157e+308
# nextafter inf, 1e+308 -> 1.7976931348623157e+308
# nextafter inf, 5e-324 -> 1.7976931348623157e+308
# nextafter inf, inf -> inf
# nextafter inf, -inf -> 1.7976931348623157e+308
# nextafter inf, nan -> nan
# nextafter inf, 3 -> 1.7976931348623157e+308
# nextafter inf, -7 -> 1.7976931348623157e+308
# nextafter -inf, 0.0 -> -1.7976931348623157e+308
# nextafter -inf, -0.0 -> -1.7976931348623157e+308
# nextafter -inf, 1.0 -> -1.7976931348623157e+308
# nextafter -inf, -1.5 -> -1.7976931348623157e+308
# nextafter -inf, 2.0 -> -1.7976931348623157e+308
# nextafter -inf, 1e+308 -> -1.7976931348623157e+308
# nextafter -inf, 5e-324 -> -1.7976931348623157e+308
# nextafter -inf, inf -> -1.7976931348623157e+308
# nextafter -inf, -inf -> -inf
# nextafter -inf, nan -> nan
# nextafter -inf, 3 -> -1.7976931348623157e+308
# nextafter -inf, -7 -> -1.7976931348623157e+308
# nextafter nan, 0.0 -> nan
# nextafter nan, -0.0 -> nan
# nextafter nan, 1.0 -> nan
# nextafter nan, -1.5 -> nan
# nextafter nan, 2.0 -> nan
# nextafter nan, 1e+308 -> nan
# nextafter nan, 5e-324 -> nan
# nextafter nan, inf -> nan
# nextafter nan, -inf -> nan
# nextafter nan, nan -> nan
# nextafter nan, 3 -> nan
# nextafter nan, -7 -> nan
# nextafter 3, 0.0 -> 2.9999999999999996
# nextafter 3, -0.0 -> 2.9999999999999996
# nextafter 3, 1.0 -> 2.9999999999999996
# nextafter 3, -1.5 -> 2.9999999999999996
# nextafter 3, 2.0 -> 2.9999999999999996
# nextafter 3, 1e+308 -> 3.0000000000000004
# nextafter 3, 5e-324 -> 2.9999999999999996
# nextafter 3, inf -> 3.0000000000000004
# nextafter 3, -inf -> 2.9999999999999996
# nextafter 3, nan -> nan
# nextafter 3, 3 -> 3.0
# nextafter 3, -7 -> 2.9999999999999996
# nextafter -7, 0.0 -> -6.999999999999999
# nextafter -7, -0.0 -> -6.999999999999999
# nextafter -7, 1.0 -> -6.999999999999999
# nextafter -7, -1.5 -> -6.999999999999999
# nextafter -7, 2.0 -> -6.999999999999999
# nextafter -7, 1e+308 -> -6.999999999999999
# nextafter -7, 5e-324 -> -6.999999999999999
# nextafter -7, inf -> -6.999999999999999
# nextafter -7, -inf -> -7.000000000000001
# nextafter -7, nan -> nan
# nextafter -7, 3 -> -6.999999999999999
# nextafter -7, -7 -> -7.0
# ldexp 0.0, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp 0.0, 3 -> 0.0
# ldexp 0.0, -7 -> 0.0
# ldexp -0.0, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp -0.0, 3 -> -0.0
# ldexp -0.0, -7 -> -0.0
# ldexp 1.0, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1.0, 3 -> 8.0
# ldexp 1.0, -7 -> 0.0078125
# ldexp -1.5, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp -1.5, 3 -> -12.0
# ldexp -1.5, -7 -> -0.01171875
# ldexp 2.0, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp 2.0, 3 -> 16.0
# ldexp 2.0, -7 -> 0.015625
# ldexp 1e+308, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp 1e+308, 3 -> OverflowError: math range error
# ldexp 1e+308, -7 -> 7.8125e+305
# ldexp 5e-324, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp 5e-324, 3 -> 4e-323
# ldexp 5e-324, -7 -> 0.0
# ldexp inf, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp inf, 3 -> inf
# ldexp inf, -7 -> inf
# ldexp -inf, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp -inf, 3 -> -inf
# ldexp -inf, -7 -> -inf
# ldexp nan, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp nan, 3 -> nan
# ldexp nan, -7 -> nan
# ldexp 3, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp 3, 3 -> 24.0
# ldexp 3, -7 -> 0.0234375
# ldexp -7, 0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, -0.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, 1.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, -1.5 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, 2.0 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, 1e+308 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, 5e-324 -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, -inf -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, nan -> TypeError: Expected an int as second argument to ldexp.
# ldexp -7, 3 -> -56.0
# ldexp -7, -7 -> -0.0546875
# isclose 0.0, 0.0 -> True
# isclose 0.0, -0.0 -> True
# isclose 0.0, 1.0 -> False
# isclose 0.0, -1.5 -> False
# isclose 0.0, 2.0 -> False
# isclose 0.0, 1e+308 -> False
# isclose 0.0, 5e-324 -> False
# isclose 0.0, inf -> False
# isclose 0.0, -inf -> False
# isclose 0.0, nan -> False
# isclose 0.0, 3 -> False
# isclose 0.0, -7 -> False
# isclose -0.0, 0.0 -> True
# isclose -0.0, -0.0 -> True
# isclose -0.0, 1.0 -> False
# isclose -0.0, -1.5 -> False
# isclose -0.0, 2.0 -> False
# isclose -0.0, 1e+308 -> False
# isclose -0.0, 5e-324 -> False
# isclose -0.0, inf -> False
# isclose -0.0, -inf -> False
# isclose -0.0, nan -> False
# isclose -0.0, 3 -> False
# isclose -0.0, -7 -> False
# isclose 1.0, 0.0 -> False
# isclose 1.0, -0.0 -> False
# isclose 1.0, 1.0 -> True
# isclose 1.0, -1.5 -> False
# isclose 1.0, 2.0 -> False
# isclose 1.0, 1e+308 -> False
# isclose 1.0, 5e-324 -> False
# isclose 1.0, inf -> False
# isclose 1.0, -inf -> False
# isclose 1.0, nan -> False
# isclose 1.0, 3 -> False
# isclose 1.0, -7 -> False
# isclose -1.5, 0.0 -> False
# isclose -1.5, -0.0 -> False
# isclose -1.5, 1.0 -> False
# isclose -1.5, -1.5 -> True
# isclose -1.5, 2.0 -> False
# isclose -1.5, 1e+308 -> False
# isclose -1.5, 5e-324 -> False
# isclose -1.5, inf -> False
# isclose -1.5, -inf -> False
# isclose -1.5, nan -> False
# isclose -1.5, 3 -> False
# isclose -1.5, -7 -> False
# isclose 2.0, 0.0 -> False
# isclose 2.0, -0.0 -> False
# isclose 2.0, 1.0 -> False
# isclose 2.0, -1.5 -> False
# isclose 2.0, 2.0 -> True
# isclose 2.0, 1e+308 -> False
# isclose 2.0, 5e-324 -> False
# isclose 2.0, inf -> False
# isclose 2.0, -inf -> False
# isclose 2.0, nan -> False
# isclose 2.0, 3 -> False
# isclose 2.0, -7 -> False
# isclose 1e+308, 0.0 -> False
# isclose 1e+308, -0.0 -> False
# isclose 1e+308, 1.0 -> False
# isclose 1e+308, -1.5 -> False
# isclose 1e+308, 2.0 -> False
# isclose 1e+308, 1e+308 -> True
# isclose 1e+308, 5e-324 -> False
# isclose 1e+308, inf -> False
# isclose 1e+308, -inf -> False
# isclose 1e+308, nan -> False
# isclose 1e+308, 3 -> False
# isclose 1e+308, -7 -> False
# isclose 5e-324, 0.0 -> False
# isclose 5e-324, -0.0 -> False
# isclose 5e-324, 1.0 -> False
# isclose 5e-324, -1.5 -> False
# isclose 5e-324, 2.0 -> False
# isclose 5e-324, 1e+308 -> False
# isclose 5e-324, 5e-324 -> True
# isclose 5e-324, inf -> False
# isclose 5e-324, -inf -> False
# isclose 5e-324, nan -> False
# isclose 5e-324, 3 -> False
# isclose 5e-324, -7 -> False
# isclose inf, 0.0 -> False
# isclose inf, -0.0 -> False
# isclose inf, 1.0 -> False
# isclose inf, -1.5 -> False
# isclose inf, 2.0 -> False
# isclose inf, 1e+308 -> False
# isclose inf, 5e-324 -> False
# isclose inf, inf -> True
# isclose inf, -inf -> False
# isclose inf, nan -> False
# isclose inf, 3 -> False
# isclose inf, -7 -> False
# isclose -inf, 0.0 -> False
# isclose -inf, -0.0 -> False
# isclose -inf, 1.0 -> False
# isclose -inf, -1.5 -> False
# isclose -inf, 2.0 -> False
# isclose -inf, 1e+308 -> False
# isclose -inf, 5e-324 -> False
# isclose -inf, inf -> False
# isclose -inf, -inf -> True
# isclose -inf, nan -> False
# isclose -inf, 3 -> False
# isclose -inf, -7 -> False
# isclose nan, 0.0 -> False
# isclose nan, -0.0 -> False
# isclose nan, 1.0 -> False
# isclose nan, -1.5 -> False
# isclose nan, 2.0 -> False
# isclose nan, 1e+308 -> False
# isclose nan, 5e-324 -> False
# isclose nan, inf -> False
# isclose nan, -inf -> False
# isclose nan, nan -> False
# isclose nan, 3 -> False
# isclose nan, -7 -> False
# isclose 3, 0.0 -> False
# isclose 3, -0.0 -> False
# isclose 3, 1.0 -> False
# isclose 3, -1.5 -> False
# isclose 3, 2.0 -> False
# isclose 3, 1e+308 -> False
# isclose 3, 5e-324 -> False
# isclose 3, inf -> False
# isclose 3, -inf -> False
# isclose 3, nan -> False
# isclose 3, 3 -> True
# isclose 3, -7 -> False
# isclose -7, 0.0 -> False
# isclose -7, -0.0 -> False
# isclose -7, 1.0 -> False
# isclose -7, -1.5 -> False
# isclose -7, 2.0 -> False
# isclose -7, 1e+308 -> False
# isclose -7, 5e-324 -> False
# isclose -7, inf -> False
# isclose -7, -inf -> False
# isclose -7, nan -> False
# isclose -7, 3 -> False
# isclose -7, -7 -> True
# log 0.0, 0.0 -> ValueError: math domain error
# log 0.0, -0.0 -> ValueError: math domain error
# log 0.0, 1.0 -> ValueError: math domain error
# log 0.0, -1.5 -> ValueError: math domain error
# log 0.0, 2.0 -> ValueError: math domain error
# log 0.0, 1e+308 -> ValueError: math domain error
# log 0.0, 5e-324 -> ValueError: math domain error
# log 0.0, inf -> ValueError: math domain error
# log 0.0, -inf -> ValueError: math domain error
# log 0.0, nan -> ValueError: math domain error
# log 0.0, 3 -> ValueError: math domain error
# log 0.0, -7 -> ValueError: math domain error
# log -0.0, 0.0 -> ValueError: math domain error
# log -0.0, -0.0 -> ValueError: math domain error
# log -0.0, 1.0 -> ValueError: math domain error
# log -0.0, -1.5 -> ValueError: math domain error
# log -0.0, 2.0 -> ValueError: math domain error
# log -0.0, 1e+308 -> ValueError: math domain error
# log -0.0, 5e-324 -> ValueError: math domain error
# log -0.0, inf -> ValueError: math domain error
# log -0.0, -inf -> ValueError: math domain error
# log -0.0, nan -> ValueError: math domain error
# log -0.0, 3 -> ValueError: math domain error
# log -0.0, -7 -> ValueError: math domain error
# log 1.0, 0.0 -> ValueError: math domain error
# log 1.0, -0.0 -> ValueError: math domain error
# log 1.0, 1.0 -> ZeroDivisionError: float division by zero
# log 1.0, -1.5 -> ValueError: math domain error
# log 1.0, 2.0 -> 0.0
# log 1.0, 1e+308 -> 0.0
# log 1.0, 5e-324 -> -0.0
# log 1.0, inf -> 0.0
# log 1.0, -inf -> ValueError: math domain error
# log 1.0, nan -> nan
# log 1.0, 3 -> 0.0
# log 1.0, -7 -> ValueError: math domain error
# log -1.5, 0.0 -> ValueError: math domain error
# log -1.5, -0.0 -> ValueError: math domain error
# log -1.5, 1.0 -> ValueError: math domain error
# log -1.5, -1.5 -> ValueError: math domain error
# log -1.5, 2.0 -> ValueError: math domain error
# log -1.5, 1e+308 -> ValueError: math domain error
# log -1.5, 5e-324 -> ValueError: math domain error
# log -1.5, inf -> ValueError: math domain error
# log -1.5, -inf -> ValueError: math domain error
# log -1.5, nan -> ValueError: math domain error
# log -1.5, 3 -> ValueError: math domain error
# log -1.5, -7 -> ValueError: math domain error
# log 2.0, 0.0 -> ValueError: math domain error
# log 2.0, -0.0 -> ValueError: math domain error
# log 2.0, 1.0 -> ZeroDivisionError: float division by zero
# log 2.0, -1.5 -> ValueError: math domain error
# log 2.0, 2.0 -> 1.0
# log 2.0, 1e+308 -> 0.0009773701157921467
# log 2.0, 5e-324 -> -0.000931098696461825
# log 2.0, inf -> 0.0
# log 2.0, -inf -> ValueError: math domain error
# log 2.0, nan -> nan
# log 2.0, 3 -> 0.6309297535714574
# log 2.0, -7 -> ValueError: math domain error
# log 1e+308, 0.0 -> ValueError: math domain error
# log 1e+308, -0.0 -> ValueError: math domain error
# log 1e+308, 1.0 -> ZeroDivisionError: float division by zero
# log 1e+308, -1.5 -> ValueError: math domain error
# log 1e+308, 2.0 -> 1023.1538532253077
# log 1e+308, 1e+308 -> 1.0
# log 1e+308, 5e-324 -> -0.9526572190179774
# log 1e+308, inf -> 0.0
# log 1e+308, -inf -> ValueError: math domain error
# log 1e+308, nan -> nan
# log 1e+308, 3 -> 645.5382084811304
# log 1e+308, -7 -> ValueError: math domain error
# log 5e-324, 0.0 -> ValueError: math domain error
# log 5e-324, -0.0 -> ValueError: math domain error
# log 5e-324, 1.0 -> ZeroDivisionError: float division by zero
# log 5e-324, -1.5 -> ValueError: math domain error
# log 5e-324, 2.0 -> -1074.0
# log 5e-324, 1e+308 -> -1.0496955043607654
# log 5e-324, 5e-324 -> 1.0
# log 5e-324, inf -> -0.0
# log 5e-324, -inf -> ValueError: math domain error
# log 5e-324, nan -> nan
# log 5e-324, 3 -> -677.6185553357452
# log 5e-324, -7 -> ValueError: math domain error
# log inf, 0.0 -> ValueError: math domain error
# log inf, -0.0 -> ValueError: math domain error
# log inf, 1.0 -> ZeroDivisionError: float division by zero
# log inf, -1.5 -> ValueError: math domain error
# log inf, 2.0 -> inf
# log inf, 1e+308 -> inf
# log inf, 5e-324 -> -inf
# log inf, inf -> nan
# log inf, -inf -> ValueError: math domain error
# log inf, nan -> nan
# log inf, 3 -> inf
# log inf, -7 -> ValueError: math domain error
# log -inf, 0.0 -> ValueError: math domain error
# log -inf, -0.0 -> ValueError: math domain error
# log -inf, 1.0 -> ValueError: math domain error
# log -inf, -1.5 -> ValueError: math domain error
# log -inf, 2.0 -> ValueError: math domain error
# log -inf, 1e+308 -> ValueError: math domain error
# log -inf, 5e-324 -> ValueError: math domain error
# log -inf, inf -> ValueError: math domain error
# log -inf, -inf -> ValueError: math domain error
# log -inf, nan -> ValueError: math domain error
# log -inf, 3 -> ValueError: math domain error
# log -inf, -7 -> ValueError: math domain error
# log nan, 0.0 -> ValueError: math domain error
# log nan, -0.0 -> ValueError: math domain error
# log nan, 1.0 -> ZeroDivisionError: float division by zero
# log nan, -1.5 -> ValueError: math domain error
# log nan, 2.0 -> nan
# log nan, 1e+308 -> nan
# log nan, 5e-324 -> nan
# log nan, inf -> nan
# log nan, -inf -> ValueError: math domain error
# log nan, nan -> nan
# log nan, 3 -> nan
# log nan, -7 -> ValueError: math domain error
# log 3, 0.0 -> ValueError: math domain error
# log 3, -0.0 -> ValueError: math domain error
# log 3, 1.0 -> ZeroDivisionError: float division by zero
# log 3, -1.5 -> ValueError: math domain error
# log 3, 2.0 -> 1.5849625007211563
# log 3, 1e+308 -> 0.001549094982856047
# log 3, 5e-324 -> -0.001475756518362343
# log 3, inf -> 0.0
# log 3, -inf -> ValueError: math domain error
# log 3, nan -> nan
# log 3, 3 -> 1.0
# log 3, -7 -> ValueError: math domain error
# log -7, 0.0 -> ValueError: math domain error
# log -7, -0.0 -> ValueError: math domain error
# log -7, 1.0 -> ValueError: math domain error
# log -7, -1.5 -> ValueError: math domain error
# log -7, 2.0 -> ValueError: math domain error
# log -7, 1e+308 -> ValueError: math domain error
# log -7, 5e-324 -> ValueError: math domain error
# log -7, inf -> ValueError: math domain error
# log -7, -inf -> ValueError: math domain error
# log -7, nan -> ValueError: math domain error
# log -7, 3 -> ValueError: math domain error
# log -7, -7 -> ValueError: math domain error
# hypot  -> 0.0
# hypot 3, 4 -> 5.0
# hypot 3, 4, 12 -> 13.0
# hypot inf, nan -> inf
# hypot nan, 1 -> nan
# hypot 1e+308, 1e+308 -> 1.4142135623730951e+308
# hypot 5e-324, 5e-324 -> 5e-324
# hypot -0.0 -> 0.0
# hypot 1.5, 2.5, 3.5, 4.5 -> 6.4031242374328485
# dist (1, 2), (4, 6) -> 5.0
# dist (0.0,), (-0.0,) -> 0.0
# dist (inf, 1), (1, 1) -> inf
# dist (nan,), (1,) -> nan
# dist (1, 2), (1,) -> ValueError: both points must have the same number of dimensions
# dist (1e+308, 1e+308), (-1e+308, -1e+308) -> inf
# dist [], [] -> 0.0
# fsum [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] -> 1.0
# fsum [1e+308, 1e+308, -1e+308] -> OverflowError: intermediate overflow in fsum
# fsum [inf, -inf] -> ValueError: -inf + inf in fsum
# fsum [inf, 1] -> inf
# fsum [nan, 1] -> nan
# fsum [1e+16, 1.0, 1e-16] -> 1.0000000000000002e+16
# fsum [] -> 0.0
# fsum [10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376, -10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376, 0.5] -> 0.5
# fsum [1, 2, 3] -> 6.0
# log 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 -> 921.0340371976182
# log2 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 -> 1328.771237954945
# log10 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 -> 400.0
# log 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216 -> 709.782712893384
# log2 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216 -> 1024.0
# log10 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216 -> 308.25471555991675
# log 89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608 -> 709.0895657128241
# log2 89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608 -> 1023.0
# log10 89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608 -> 307.95368556425274
# log 1000000000000000000000000000000 -> 69.07755278982137
# log2 1000000000000000000000000000000 -> 99.65784284662087
# log10 1000000000000000000000000000000 -> 30.0
# log -10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 -> ValueError: math domain error
# log2 -10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 -> ValueError: math domain error
# log10 -10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 -> ValueError: math domain error
# log 0 -> ValueError: math domain error
# log2 0 -> ValueError: math domain error
# log10 0 -> ValueError: math domain error
# log 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, 10 -> 399.99999999999994
# log 8, 2 -> 3.0
# log 2, 1 -> ZeroDivisionError: float division by zero
# log 2, 0.5 -> -1.0
# isqrt 0 -> 0
# isqrt 1 -> 1
# isqrt 2 -> 1
# isqrt 3 -> 1
# isqrt 15 -> 3
# isqrt 16 -> 4
# isqrt 24 -> 4
# isqrt 99 -> 9
# isqrt 100000000000000000000 -> 10000000000
# isqrt 18446744073709551615 -> 4294967295
# isqrt -1 -> ValueError: isqrt() argument must be nonnegative
# isqrt 1.0 -> TypeError: 'float' object cannot be interpreted as an integer
# isqrt True -> 1
# isqrt '4' -> TypeError: 'str' object cannot be interpreted as an integer
# factorial 0 -> 1
# factorial 1 -> 1
# factorial 5 -> 120
# factorial 20 -> 2432902008176640000
# factorial 21 -> 51090942171709440000
# factorial -1 -> ValueError: factorial() not defined for negative values
# factorial 1.0 -> TypeError: 'float' object cannot be interpreted as an integer
# factorial 2.5 -> TypeError: 'float' object cannot be interpreted as an integer
# factorial '3' -> TypeError: 'str' object cannot be interpreted as an integer
# factorial 100000000000000000000 -> OverflowError: factorial() argument should not exceed 9223372036854775807
# comb 5, 2 -> 10
# perm 5, 2 -> 20
# comb 5, 0 -> 1
# perm 5, 0 -> 1
# comb 5, 6 -> 0
# perm 5, 6 -> 0
# comb 0, 0 -> 1
# perm 0, 0 -> 1
# comb -1, 2 -> ValueError: n must be a non-negative integer
# perm -1, 2 -> ValueError: n must be a non-negative integer
# comb 5, -1 -> ValueError: k must be a non-negative integer
# perm 5, -1 -> ValueError: k must be a non-negative integer
# comb 100, 50 -> 100891344545564193334812497256
# perm 100, 50 -> 3068518756254966037202730459529469739228459721684688959447786986982158958772355072000000000000
# comb 100000000000000000000, 1 -> 100000000000000000000
# perm 100000000000000000000, 1 -> 100000000000000000000
# comb 5.0, 2 -> TypeError: 'float' object cannot be interpreted as an integer
# perm 5.0, 2 -> TypeError: 'float' object cannot be interpreted as an integer
# comb 5, None -> TypeError: 'NoneType' object cannot be interpreted as an integer
# perm 5, None -> 120
# perm 5 -> 120
# gamma 0.5 -> 1.7724538509055159
# lgamma 0.5 -> 0.5723649429247004
# gamma -0.5 -> -3.544907701811032
# lgamma -0.5 -> 1.265512123484645
# gamma -1.5 -> 2.3632718012073544
# lgamma -1.5 -> 0.8600470153764812
# gamma 23.0 -> 1.1240007277776077e+21
# lgamma 23.0 -> 48.47118135183522
# gamma 24.0 -> 2.585201673888497e+22
# lgamma 24.0 -> 51.60667556776438
# gamma 171.0 -> 7.257415615307998e+306
# lgamma 171.0 -> 706.5730622457874
# gamma 171.7 -> OverflowError: math range error
# lgamma 171.7 -> 710.1716129403749
# gamma -170.5 -> -3.312739521538607e-308
# lgamma -170.5 -> -707.9984331450788
# gamma -171.5 -> 1.9316265431712e-310
# lgamma -171.5 -> -713.1430164116848
# gamma -200.5 -> -0.0
# lgamma -200.5 -> -864.7382878706798
# gamma 1e-20 -> 1.0000000000000002e+20
# lgamma 1e-20 -> 46.051701859880914
# gamma 1e-21 -> 1.0000000000000001e+21
# lgamma 1e-21 -> 48.35428695287496
# gamma 139.9 -> 5.868674318263198e+238
# lgamma 139.9 -> 549.7848809007576
# gamma 140.1 -> 1.575632858549489e+239
# lgamma 140.1 -> 550.7724942321005
# gamma 200.1 -> OverflowError: math range error
# lgamma 200.1 -> 858.4632764125971
# gamma -199.9 -> 0.0
# lgamma -199.9 -> -860.3828417143654
# gamma 4.999 -> 23.963883035055535
# lgamma 4.999 -> 3.1765478233491224
# gamma 5.001 -> 24.0361767180818
# lgamma 5.001 -> 3.1795600586697264
# gamma 2.5e-16 -> 4000000000000000.0
# lgamma 2.5e-16 -> 35.92507075603057
# gamma 3.5 -> 3.323350970447842
# lgamma 3.5 -> 1.2009736023470738
# floor inf -> OverflowError: cannot convert float infinity to integer
# ceil inf -> OverflowError: cannot convert float infinity to integer
# trunc inf -> OverflowError: cannot convert float infinity to integer
# floor -inf -> OverflowError: cannot convert float infinity to integer
# ceil -inf -> OverflowError: cannot convert float infinity to integer
# trunc -inf -> OverflowError: cannot convert float infinity to integer
# floor nan -> ValueError: cannot convert float NaN to integer
# ceil nan -> ValueError: cannot convert float NaN to integer
# trunc nan -> ValueError: cannot convert float NaN to integer
# floor 1e+300 -> 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# ceil 1e+300 -> 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# trunc 1e+300 -> 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# floor -2.5 -> -3
# ceil -2.5 -> -2
# trunc -2.5 -> -2
# floor 2.5 -> 2
# ceil 2.5 -> 3
# trunc 2.5 -> 2
# floor -0.0 -> 0
# ceil -0.0 -> 0
# trunc -0.0 -> 0
# floor 1000000000000000000000000000000 -> 1000000000000000000000000000000
# ceil 1000000000000000000000000000000 -> 1000000000000000000000000000000
# trunc 1000000000000000000000000000000 -> 1000000000000000000000000000000
# ldexp 1.0, 1024 -> OverflowError: math range error
# ldexp 1.0, 1023 -> 8.98846567431158e+307
# ldexp 0.5, -1073 -> 5e-324
# ldexp 0.5, -1074 -> 0.0
# ldexp 1.0, -1075 -> 0.0
# ldexp 1.5, -1074 -> 1e-323
# ldexp 1.0, 1000000000000000000000000000000 -> OverflowError: math range error
# ldexp 1.0, -1000000000000000000000000000000 -> 0.0
# ldexp 0.0, 1000000000000000000000000000000 -> 0.0
# ldexp inf, -5 -> inf
# ldexp nan, 3 -> nan
# ldexp 1.0, 2.5 -> TypeError: Expected an int as second argument to ldexp.
# nextafter 1.0, 2.0 -> 1.0000000000000002
# nextafter 1.0, 0.0 -> 0.9999999999999999
# nextafter 0.0, -1.0 -> -5e-324
# nextafter -0.0, 1.0 -> 5e-324
# nextafter 5e-324, 0.0 -> 0.0
# nextafter 1e+308, inf -> 1.0000000000000002e+308
# nextafter inf, 0.0 -> 1.7976931348623157e+308
# nextafter nan, 1.0 -> nan
# nextafter 1.0, nan -> nan
# nextafter 2.0, 2.0 -> 2.0
# ulp 0.0 -> 5e-324
# ulp 5e-324 -> 5e-324
# ulp 1.0 -> 2.220446049250313e-16
# ulp 4503599627370496.0 -> 1.0
# ulp 1e+308 -> 1.99584030953472e+292
# ulp 1.7976931348623157e+308 -> 1.99584030953472e+292
# ulp inf -> inf
# ulp nan -> nan
# ulp -1.0 -> 2.220446049250313e-16
# prod [2, 3] -> 6
# prod [2.5, 2] -> 5.0
# prod [] -> 1
# prod [1e+200, 1e+200] -> inf
# prod [inf, 0] -> nan
# prod [nan, 1] -> nan
# isclose 1 1.0000000001 {} True
# isclose 1 1.1 {'rel_tol': 0.1} True
# isclose inf inf {} True
# isclose nan nan {} False
# isclose 0 1e-300 {'abs_tol': 1e-299} True
# isclose 1 2 {'rel_tol': -1} ValueError: tolerances must be non-negative
# isclose 1 2 {'abs_tol': -1} ValueError: tolerances must be non-negative
# int inf -> OverflowError: cannot convert float infinity to integer
# round inf -> OverflowError: cannot convert float infinity to integer
# int -inf -> OverflowError: cannot convert float infinity to integer
# round -inf -> OverflowError: cannot convert float infinity to integer
# int nan -> ValueError: cannot convert float NaN to integer
# round nan -> ValueError: cannot convert float NaN to integer
# int 1e+300 -> 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# round 1e+300 -> 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# int -0.0 -> 0
# round -0.0 -> 0
# int 2.5 -> 2
# round 2.5 -> 2
