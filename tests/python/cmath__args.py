# cmath's arguments: complex, float, int, bool, big ints, objects with
# __complex__, __float__ or __index__; its constants; and the messages of
# its TypeErrors, ValueErrors and OverflowErrors.
import cmath
import math


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 1.5


class Both:
    def __complex__(self):
        return 1j

    def __float__(self):
        return 9.0


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan)
print(repr(cmath.infj), repr(cmath.nanj), type(cmath.infj).__name__)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau)
for expr in [
    'cmath.sqrt(C())', 'cmath.sqrt(F())', 'cmath.sqrt(I())', 'cmath.sqrt(True)',
    'cmath.sqrt(-4)', 'cmath.sqrt(-4.0)', 'cmath.sqrt(2**60)', 'cmath.sqrt(Both())',
    'cmath.sqrt(Bad())', 'cmath.sqrt("x")', 'cmath.sqrt(None)', 'cmath.sqrt([1])',
    'cmath.sqrt(10**400)', 'cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.sqrt(z=1)',
    'cmath.exp(1000)', 'cmath.exp(-1000)', 'cmath.exp(complex(710, 1))',
    'cmath.exp(complex(1, math.inf))', 'cmath.cosh(1000)', 'cmath.sinh(-1000)',
    'cmath.cos(complex(0, 1000))', 'cmath.sin(complex(0, -1000))',
    'cmath.log(0)', 'cmath.log(0, 2)', 'cmath.log(2, 1)', 'cmath.log(2, 0)',
    'cmath.log(1, 0j)', 'cmath.log(8, 2)', 'cmath.log(-8, 2j)', 'cmath.log(100, 10)',
    'cmath.log()', 'cmath.log(1, 2, 3)', 'cmath.log(1, base=2)', 'cmath.log(1, "x")',
    'cmath.log10(0)', 'cmath.log10(-100)', 'cmath.atanh(1)', 'cmath.atanh(-1)',
    'cmath.atanh(complex(1, -0.0))', 'cmath.atan(1j)', 'cmath.atan(-1j)',
    'cmath.phase(-1)', 'cmath.phase(complex(-1, -0.0))', 'cmath.phase(complex(1e300, 1e-300))',
    'cmath.phase(complex(1, 1e-310))', 'cmath.phase("x")', 'cmath.phase()',
    'cmath.polar(1j)', 'cmath.polar(complex(1e308, 1e308))', 'cmath.polar(complex(math.inf, math.nan))',
    'cmath.polar(1, 2)', 'cmath.rect(2, math.pi)', 'cmath.rect(1, 0)', 'cmath.rect(-0.0, 0)',
    'cmath.rect(1, math.inf)', 'cmath.rect(0, math.inf)', 'cmath.rect(math.inf, 1)',
    'cmath.rect(1)', 'cmath.rect(1, 2, 3)', 'cmath.rect(1j, 1)', 'cmath.rect(r=1, phi=2)',
    'cmath.rect(I(), F())', 'cmath.isfinite(C())', 'cmath.isinf(complex(1, math.inf))',
    'cmath.isnan(complex(math.nan, 1))', 'cmath.isnan(1)', 'cmath.isnan("x")', 'cmath.isinf()',
    'cmath.isclose(1, 1 + 1e-10j)', 'cmath.isclose(1, 1.1)', 'cmath.isclose(1, 1.1, rel_tol=0.1)',
    'cmath.isclose(0, 1e-10j, abs_tol=1e-9)', 'cmath.isclose(a=1, b=1)',
    'cmath.isclose(complex(math.inf, 1), complex(math.inf, 1))',
    'cmath.isclose(complex(math.inf, 1), complex(math.inf, 2))',
    'cmath.isclose(math.nan, math.nan)', 'cmath.isclose(1, 2, rel_tol=-1)',
    'cmath.isclose(1, 2, abs_tol=-1e-300)', 'cmath.isclose(1, 2, rel_tol="x")',
    'cmath.isclose(1, 2, abs_tol=None)', 'cmath.isclose(1)', 'cmath.isclose()',
    'cmath.isclose(1, 2, 3)', 'cmath.isclose(1, a=2)', 'cmath.isclose(1, 2, a=3)',
    'cmath.isclose(1, 2, b=3)', 'cmath.isclose(1, 2, foo=3)', 'cmath.isclose(1, b=2, foo=3)',
    'cmath.isclose(1, foo=3)', 'cmath.isclose(C(), 3+4j)', 'cmath.isclose("x", 1)',
    'cmath.isclose(1, 2, rel_tol=2**2000)',
]:
    show(expr)

# Output:
# 3.141592653589793 2.718281828459045 6.283185307179586 inf nan
# infj nanj complex
# True True True
# cmath.sqrt(C()) -> (2+1j)
# cmath.sqrt(F()) -> (1.5811388300841898+0j)
# cmath.sqrt(I()) -> (2.6457513110645907+0j)
# cmath.sqrt(True) -> (1+0j)
# cmath.sqrt(-4) -> 2j
# cmath.sqrt(-4.0) -> 2j
# cmath.sqrt(2**60) -> (1073741824+0j)
# cmath.sqrt(Both()) -> (0.7071067811865476+0.7071067811865475j)
# cmath.sqrt(Bad()) -> TypeError: __complex__ returned non-complex (type float)
# cmath.sqrt("x") -> TypeError: must be real number, not str
# cmath.sqrt(None) -> TypeError: must be real number, not NoneType
# cmath.sqrt([1]) -> TypeError: must be real number, not list
# cmath.sqrt(10**400) -> OverflowError: int too large to convert to float
# cmath.sqrt() -> TypeError: cmath.sqrt() takes exactly one argument (0 given)
# cmath.sqrt(1, 2) -> TypeError: cmath.sqrt() takes exactly one argument (2 given)
# cmath.sqrt(z=1) -> TypeError: cmath.sqrt() takes no keyword arguments
# cmath.exp(1000) -> OverflowError: math range error
# cmath.exp(-1000) -> 0j
# cmath.exp(complex(710, 1)) -> OverflowError: math range error
# cmath.exp(complex(1, math.inf)) -> ValueError: math domain error
# cmath.cosh(1000) -> OverflowError: math range error
# cmath.sinh(-1000) -> OverflowError: math range error
# cmath.cos(complex(0, 1000)) -> OverflowError: math range error
# cmath.sin(complex(0, -1000)) -> OverflowError: math range error
# cmath.log(0) -> ValueError: math domain error
# cmath.log(0, 2) -> (-inf+nanj)
# cmath.log(2, 1) -> ValueError: math domain error
# cmath.log(2, 0) -> ValueError: math domain error
# cmath.log(1, 0j) -> ValueError: math domain error
# cmath.log(8, 2) -> (3+0j)
# cmath.log(-8, 2j) -> (2.16298398608173-0.3693510611364753j)
# cmath.log(100, 10) -> (2+0j)
# cmath.log() -> TypeError: log expected at least 1 argument, got 0
# cmath.log(1, 2, 3) -> TypeError: log expected at most 2 arguments, got 3
# cmath.log(1, base=2) -> TypeError: cmath.log() takes no keyword arguments
# cmath.log(1, "x") -> TypeError: must be real number, not str
# cmath.log10(0) -> ValueError: math domain error
# cmath.log10(-100) -> (2+1.3643763538418412j)
# cmath.atanh(1) -> ValueError: math domain error
# cmath.atanh(-1) -> ValueError: math domain error
# cmath.atanh(complex(1, -0.0)) -> ValueError: math domain error
# cmath.atan(1j) -> ValueError: math domain error
# cmath.atan(-1j) -> ValueError: math domain error
# cmath.phase(-1) -> 3.141592653589793
# cmath.phase(complex(-1, -0.0)) -> -3.141592653589793
# cmath.phase(complex(1e300, 1e-300)) -> OverflowError: math range error
# cmath.phase(complex(1, 1e-310)) -> 1e-310
# cmath.phase("x") -> TypeError: must be real number, not str
# cmath.phase() -> TypeError: cmath.phase() takes exactly one argument (0 given)
# cmath.polar(1j) -> (1.0, 1.5707963267948966)
# cmath.polar(complex(1e308, 1e308)) -> (1.4142135623730951e+308, 0.7853981633974483)
# cmath.polar(complex(math.inf, math.nan)) -> (inf, nan)
# cmath.polar(1, 2) -> TypeError: cmath.polar() takes exactly one argument (2 given)
# cmath.rect(2, math.pi) -> (-2+2.4492935982947064e-16j)
# cmath.rect(1, 0) -> (1+0j)
# cmath.rect(-0.0, 0) -> (-0-0j)
# cmath.rect(1, math.inf) -> ValueError: math domain error
# cmath.rect(0, math.inf) -> 0j
# cmath.rect(math.inf, 1) -> (inf+infj)
# cmath.rect(1) -> TypeError: rect expected 2 arguments, got 1
# cmath.rect(1, 2, 3) -> TypeError: rect expected 2 arguments, got 3
# cmath.rect(1j, 1) -> TypeError: must be real number, not complex
# cmath.rect(r=1, phi=2) -> TypeError: cmath.rect() takes no keyword arguments
# cmath.rect(I(), F()) -> (-5.6080053088285355+4.189305008727696j)
# cmath.isfinite(C()) -> True
# cmath.isinf(complex(1, math.inf)) -> True
# cmath.isnan(complex(math.nan, 1)) -> True
# cmath.isnan(1) -> False
# cmath.isnan("x") -> TypeError: must be real number, not str
# cmath.isinf() -> TypeError: cmath.isinf() takes exactly one argument (0 given)
# cmath.isclose(1, 1 + 1e-10j) -> True
# cmath.isclose(1, 1.1) -> False
# cmath.isclose(1, 1.1, rel_tol=0.1) -> True
# cmath.isclose(0, 1e-10j, abs_tol=1e-9) -> True
# cmath.isclose(a=1, b=1) -> True
# cmath.isclose(complex(math.inf, 1), complex(math.inf, 1)) -> True
# cmath.isclose(complex(math.inf, 1), complex(math.inf, 2)) -> False
# cmath.isclose(math.nan, math.nan) -> False
# cmath.isclose(1, 2, rel_tol=-1) -> ValueError: tolerances must be non-negative
# cmath.isclose(1, 2, abs_tol=-1e-300) -> ValueError: tolerances must be non-negative
# cmath.isclose(1, 2, rel_tol="x") -> TypeError: must be real number, not str
# cmath.isclose(1, 2, abs_tol=None) -> TypeError: must be real number, not NoneType
# cmath.isclose(1) -> TypeError: isclose() missing required argument 'b' (pos 2)
# cmath.isclose() -> TypeError: isclose() missing required argument 'a' (pos 1)
# cmath.isclose(1, 2, 3) -> TypeError: isclose() takes exactly 2 positional arguments (3 given)
# cmath.isclose(1, a=2) -> TypeError: isclose() missing required argument 'b' (pos 2)
# cmath.isclose(1, 2, a=3) -> TypeError: argument for isclose() given by name ('a') and position (1)
# cmath.isclose(1, 2, b=3) -> TypeError: argument for isclose() given by name ('b') and position (2)
# cmath.isclose(1, 2, foo=3) -> TypeError: 'foo' is an invalid keyword argument for isclose()
# cmath.isclose(1, b=2, foo=3) -> TypeError: 'foo' is an invalid keyword argument for isclose()
# cmath.isclose(1, foo=3) -> TypeError: isclose() missing required argument 'b' (pos 2)
# cmath.isclose(C(), 3+4j) -> True
# cmath.isclose("x", 1) -> TypeError: must be real number, not str
# cmath.isclose(1, 2, rel_tol=2**2000) -> OverflowError: int too large to convert to float
