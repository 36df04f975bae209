# math's 3.11 additions and corner cases: fsum exactness, dist, n-ary hypot,
# nextafter/ulp/cbrt/exp2, prod's start, comb/perm/isqrt/lcm/gcd forms,
# the __floor__/__ceil__/__trunc__ hooks and the domain/range errors.
import math
def t(label, f, *a, **k):
    try: print(label, repr(f(*a, **k)))
    except Exception as e: print(label, type(e).__name__, e)
t('fsum', math.fsum, [0.1]*10); t('fsum2', math.fsum, [1e308, 1e308, -1e308]); t('fsum3', math.fsum, [float('inf'), float('-inf')]); t('fsum4', math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
t('dist', math.dist, (1,2,3), (4,5,6)); t('dist2', math.dist, (1,), (1,2)); t('dist3', math.dist, [1], [2])
t('hypot', math.hypot, 3, 4, 12); t('hypot0', math.hypot); t('hypotinf', math.hypot, float('nan'), float('inf'))
t('nextafter', math.nextafter, 1.0, 2.0); t('ulp', math.ulp, 1e300); t('ulp0', math.ulp, 0.0); t('cbrt', math.cbrt, -27); t('exp2', math.exp2, 1024); t('exp2b', math.exp2, 10)
t('prod', math.prod, [1,2,3], start=10); t('prod2', math.prod, [0.5,2], start=3); t('prod3', math.prod, ['a'], start=2)
t('comb', math.comb, 100, 50); t('comb2', math.comb, 5, 7); t('comb3', math.comb, -1, 2); t('comb4', math.comb, 5.0, 2)
t('perm', math.perm, 10); t('perm2', math.perm, 10, 3); t('perm3', math.perm, 3, 5)
t('isqrt', math.isqrt, 10**40+1); t('isqrt-', math.isqrt, -1)
t('lcm', math.lcm, 4, 6, 10); t('lcm0', math.lcm); t('gcd', math.gcd, 12, 18, 27); t('gcd0', math.gcd)
t('factorial', math.factorial, 20); t('factf', math.factorial, 5.0); t('factn', math.factorial, -1)
t('remainder', math.remainder, 10, 3); t('rem', math.remainder, 5, 0); t('log', math.log, 8, 2); t('log0', math.log, 0); t('log10', math.log10, 1000); t('logbig', math.log, 10**400); t('log2', math.log2, 2**1000)
t('gamma', math.gamma, 0.5); t('gamma0', math.gamma, 0); t('lgamma', math.lgamma, -1.5); t('erf', math.erf, 0.5); t('erfc', math.erfc, 3)
t('floor', math.floor, 2.5); 
class F:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
t('floorobj', math.floor, F()); t('ceilobj', math.ceil, F()); t('truncobj', math.trunc, F()); t('trunc2', math.trunc, 'x')
t('isclose', math.isclose, 1, 1.0000001, rel_tol=-1); t('isclose2', math.isclose, 1, 1.01, abs_tol=0.1)
t('frexp', math.frexp, 0.0); t('ldexp', math.ldexp, 1.0, 10000); t('modf', math.modf, float('inf')); t('fmod', math.fmod, float('inf'), 1)
t('exp', math.exp, 1000); t('expm1', math.expm1, 1e-10); t('log1p', math.log1p, -1); t('pow', math.pow, 0, -1); t('sqrt', math.sqrt, -1)
t('copysign', math.copysign, 1, -0.0); t('atan2', math.atan2, -0.0, -0.0); t('tau', lambda: (math.tau, math.inf, math.nan, math.e, math.pi))
t('fabs', math.fabs, -3); t('degrees', math.degrees, math.pi); t('radians', math.radians, 180); t('acosh', math.acosh, 0.5); t('asin', math.asin, 2)

# Output:
# fsum 1.0
# fsum2 OverflowError intermediate overflow in fsum
# fsum3 ValueError -inf + inf in fsum
# fsum4 1e-100
# dist 5.196152422706632
# dist2 ValueError both points must have the same number of dimensions
# dist3 1.0
# hypot 13.0
# hypot0 0.0
# hypotinf inf
# nextafter 1.0000000000000002
# ulp 1.487016908477783e+284
# ulp0 5e-324
# cbrt -3.0000000000000004
# exp2 OverflowError math range error
# exp2b 1024.0
# prod 60
# prod2 3.0
# prod3 'aa'
# comb 100891344545564193334812497256
# comb2 0
# comb3 ValueError n must be a non-negative integer
# comb4 TypeError 'float' object cannot be interpreted as an integer
# perm 3628800
# perm2 720
# perm3 0
# isqrt 100000000000000000000
# isqrt- ValueError isqrt() argument must be nonnegative
# lcm 60
# lcm0 1
# gcd 3
# gcd0 0
# factorial 2432902008176640000
# factf TypeError 'float' object cannot be interpreted as an integer
# factn ValueError factorial() not defined for negative values
# remainder 1.0
# rem ValueError math domain error
# log 3.0
# log0 ValueError math domain error
# log10 3.0
# logbig 921.0340371976182
# log2 1000.0
# gamma 1.7724538509055159
# gamma0 ValueError math domain error
# lgamma 0.8600470153764812
# erf 0.5204998778130465
# erfc 2.2090496998585438e-05
# floor 2
# floorobj 'fl'
# ceilobj 'ce'
# truncobj 'tr'
# trunc2 TypeError type str doesn't define __trunc__ method
# isclose ValueError tolerances must be non-negative
# isclose2 True
# frexp (0.0, 0)
# ldexp OverflowError math range error
# modf (0.0, inf)
# fmod ValueError math domain error
# exp OverflowError math range error
# expm1 1.00000000005e-10
# log1p ValueError math domain error
# pow ValueError math domain error
# sqrt ValueError math domain error
# copysign -1.0
# atan2 -3.141592653589793
# tau (6.283185307179586, inf, nan, 2.718281828459045, 3.141592653589793)
# fabs 3.0
# degrees 180.0
# radians 3.141592653589793
# acosh ValueError math domain error
# asin ValueError math domain error
