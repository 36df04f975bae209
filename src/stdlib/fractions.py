"""Rational numbers: the Fraction type.

A Fraction is a pair of ints (numerator, denominator) in lowest terms
with a positive denominator. Written for sandpy from the documentation
of CPython's fractions module; it keeps no state of its own, so it is
built once and shared frozen by every sandbox.
"""

import math
import numbers
import operator

__all__ = ['Fraction']

# The modulus and the hash of infinity that int and float hashing use
# (sys.hash_info): equal numbers hash alike whatever their type.
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _is_exact(x):
    # The operands a Fraction's forward operators compute with exactly:
    # int (bool included) and Fraction. Another Rational gets its own
    # reflected operator first, as in CPython.
    return isinstance(x, (int, Fraction))


def _is_rational(x):
    # Any numbers.Rational (int and Fraction first, the quick test).
    return isinstance(x, (int, Fraction)) or isinstance(x, numbers.Rational)


def _digit_run(s, i):
    """End of a run of decimal digits, single underscores allowed
    between digits, starting at s[i]; i itself when there is none."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
        if j < n - 1 and s[j] == '_' and s[j + 1].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None when the
    string is not one. The denominator may be 0 (the caller says so)."""
    s = text.strip()
    i = 0
    n = len(s)
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    start = i
    i = _digit_run(s, i)
    whole = s[start:i]
    if i < n and s[i] == '/':
        if not whole:
            return None
        j = _digit_run(s, i + 1)
        if j == i + 1 or j != n:
            return None
        num = int(whole)
        den = int(s[i + 1:j])
        return (-num if negative else num), den
    frac = ''
    if i < n and s[i] == '.':
        j = _digit_run(s, i + 1)
        frac = s[i + 1:j]
        i = j
    if not whole and not frac:
        return None
    exp = 0
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        k = _digit_run(s, j)
        if k == j:
            return None
        exp = int(s[i + 1:k])
        i = k
    if i != n:
        return None
    num = int(whole + frac) if (whole + frac) else 0
    den = 1
    if frac:
        den = 10 ** len(frac.replace('_', ''))
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return (-num if negative else num), den


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self; the last convergent whose
        # denominator fits and the best semiconvergent past it bracket
        # self, and the nearer of the two is the answer.
        prev_p, prev_q, cur_p, cur_q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            next_q = prev_q + a * cur_q
            if next_q > max_denominator:
                break
            prev_p, prev_q, cur_p, cur_q = cur_p, cur_q, prev_p + a * cur_p, next_q
            n, d = d, n - a * d
        k = (max_denominator - prev_q) // cur_q
        semi = Fraction(prev_p + k * cur_p, prev_q + k * cur_q)
        conv = Fraction(cur_p, cur_q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        """Real numbers are their real component."""
        return +a

    @property
    def imag(a):
        """Real numbers have no imaginary component."""
        return 0

    def conjugate(a):
        """Conjugate is a no-op for Reals."""
        return +a

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. Each operator has an exact form for two rationals; a
    # float or complex operand turns the Fraction into that type first.

    def __add__(a, b):
        """a + b"""
        if _is_exact(b):
            return _add(a, b)
        return _mixed(a, b, operator.add)

    def __radd__(b, a):
        """a + b"""
        return _rmixed(a, b, _add, operator.add)

    def __sub__(a, b):
        """a - b"""
        if _is_exact(b):
            return _sub(a, b)
        return _mixed(a, b, operator.sub)

    def __rsub__(b, a):
        """a - b"""
        return _rmixed(a, b, _sub, operator.sub)

    def __mul__(a, b):
        """a * b"""
        if _is_exact(b):
            return _mul(a, b)
        return _mixed(a, b, operator.mul)

    def __rmul__(b, a):
        """a * b"""
        return _rmixed(a, b, _mul, operator.mul)

    def __truediv__(a, b):
        """a / b"""
        if _is_exact(b):
            return _div(a, b)
        return _mixed(a, b, operator.truediv)

    def __rtruediv__(b, a):
        """a / b"""
        return _rmixed(a, b, _div, operator.truediv)

    def __floordiv__(a, b):
        """a // b"""
        if _is_exact(b):
            return _floordiv(a, b)
        return _mixed(a, b, operator.floordiv)

    def __rfloordiv__(b, a):
        """a // b"""
        return _rmixed(a, b, _floordiv, operator.floordiv)

    def __divmod__(a, b):
        """(a // b, a % b)"""
        if _is_exact(b):
            return _divmod(a, b)
        return _mixed(a, b, divmod)

    def __rdivmod__(b, a):
        """(a // b, a % b)"""
        return _rmixed(a, b, _divmod, divmod)

    def __mod__(a, b):
        """a % b"""
        if _is_exact(b):
            return _mod(a, b)
        return _mixed(a, b, operator.mod)

    def __rmod__(b, a):
        """a % b"""
        return _rmixed(a, b, _mod, operator.mod)

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.

        """
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' %
                                            (a._denominator ** -power))
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power,
                                _normalize=False)
            # A fractional power is irrational in general: a float.
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An int power keeps a's own type.
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            d = self._denominator
            q, r = divmod(self._numerator, d)
            twice = 2 * r
            if twice < d or (twice == d and q % 2 == 0):
                return q
            return q + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(a):
        """float(a)"""
        return a._numerator / a._denominator

    def __complex__(a):
        """complex(a)"""
        return complex(float(a))

    def __hash__(self):
        """hash(self)"""
        # A rational n/d hashes as n times the inverse of d modulo the
        # hash modulus, so that it agrees with an equal int or float; a
        # denominator the modulus divides has no inverse and hashes as
        # infinity does.
        d = self._denominator
        if d % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            inv = pow(d, -1, _HASH_MODULUS)
            h = abs(self._numerator) % _HASH_MODULUS * inv % _HASH_MODULUS
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Compare self with other by op, exactly for a rational or a
        finite float; an infinite or NaN float compares as it would
        with 0.0."""
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(x):
    # A Decimal is converted exactly; decimal is imported only when a
    # value that is not a str or a number arrives.
    try:
        from decimal import Decimal
    except ImportError:
        return False
    return isinstance(x, Decimal)


def _mixed(a, b, op):
    # a is a Fraction, b is not rational: float and complex take over.
    if isinstance(b, float):
        return op(float(a), b)
    if isinstance(b, complex):
        return op(complex(a), b)
    return NotImplemented


def _rmixed(a, b, exact, op):
    # b is a Fraction on the right of a.
    if _is_rational(a):
        return exact(a, b)
    if isinstance(a, numbers.Real):
        return op(float(a), float(b))
    if isinstance(a, numbers.Complex):
        return op(complex(a), complex(b))
    return NotImplemented


def _add(a, b):
    da, db = a.denominator, b.denominator
    return Fraction(a.numerator * db + b.numerator * da, da * db)


def _sub(a, b):
    da, db = a.denominator, b.denominator
    return Fraction(a.numerator * db - b.numerator * da, da * db)


def _mul(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _div(a, b):
    # Common factors go first, so that dividing by zero names the
    # numerator in lowest terms, as the result would have it.
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    return Fraction(na * db, da * nb)


def _floordiv(a, b):
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _divmod(a, b):
    da, db = a.denominator, b.denominator
    q, r = divmod(a.numerator * db, da * b.numerator)
    return q, Fraction(r, da * db)


def _mod(a, b):
    da, db = a.denominator, b.denominator
    return Fraction((a.numerator * db) % (b.numerator * da), da * db)
