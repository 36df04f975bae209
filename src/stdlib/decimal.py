"""Decimal fixed and floating point arithmetic (the General Decimal
Arithmetic Specification), written for sandpy from the documentation of
CPython's decimal module.

A Decimal is a sign, a coefficient (a Python int) and an exponent, or a
special value (NaN, sNaN, Infinity). Every operation rounds its exact
result once to the context's precision. Each sandbox has its own
current context (this module's body runs once per sandbox).
"""

import math
import operator
from collections import namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation',
    'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent')


# ---- signals -----------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals in the order flags and traps list them, the order a trapped
# signal is chosen to be raised in, and the order of a Context's repr.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
# The conditions of InvalidOperation, listed first in an exception.
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext)
_LIST_ORDER = _CONDITIONS + _SIGNALS[1:]


def _signal_of(cond):
    return InvalidOperation if cond in _CONDITIONS else cond


_SIGNAL_KEY_ERROR = ('valid values for signals are:\n'
                     '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                     '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                     '   Clamped]')


class _SignalDict(dict):
    """A Context's flags or traps: a bool for each signal, no others."""

    def __init__(self, on=()):
        dict.__init__(self, ((s, s in on) for s in _SIGNALS))

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_KEY_ERROR)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_KEY_ERROR)
        dict.__setitem__(self, key, bool(value))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'

    def copy(self):
        d = _SignalDict()
        for k, v in self.items():
            dict.__setitem__(d, k, v)
        return d

    def _names(self):
        return '[' + ', '.join(s.__name__ for s in _REPR_ORDER if dict.__getitem__(self, s)) + ']'


# ---- contexts ------------------------------------------------------------------

def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -2**63 <= value < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


class Context(object):
    """Contains the context for a Decimal instance.

    Contains:
    prec - precision (for use in rounding, division, square roots..)
    rounding - rounding type (how you round)
    traps - If traps[exception] = 1, then the exception is
                    raised when it is caused.  Otherwise, a value is
                    substituted in.
    flags  - When an exception is caused, flags[exception] is set.
             (Whether or not the trap_enabler is set)
             Should be reset by user of Decimal instance.
    Emin -   Minimum exponent
    Emax -   Maximum exponent
    capitals -      If 1, 1*10^1 is printed as 1E+1.
                    If 0, printed as 1e1
    clamp -  If 1, change exponents if too high (Default 0)
    """

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                 '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if '_default' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            self._traps = base._traps.copy() if base else _SignalDict(
                (InvalidOperation, DivisionByZero, Overflow))
        else:
            self._traps = _signals_from(traps)
        if flags is None:
            self._flags = _SignalDict()
        else:
            self._flags = _signals_from(flags)

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags = _signals_from(value)

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps = _signals_from(value)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp, self._flags._names(),
                    self._traps._names()))

    def clear_flags(self):
        """Reset all flags to False."""
        for s in _SIGNALS:
            dict.__setitem__(self._flags, s, False)

    def clear_traps(self):
        """Set all traps to False."""
        for s in _SIGNALS:
            dict.__setitem__(self._traps, s, False)

    def copy(self):
        """Return a duplicate of the context with all flags cleared...
        (a copy keeping the flags)."""
        c = Context(self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp, [], [])
        c._flags = self._flags.copy()
        c._traps = self._traps.copy()
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self._flags[s]]
        traps = [s for s in _SIGNALS if self._traps[s]]
        return (self.__class__, (self._prec, self._rounding, self._Emin,
                                 self._Emax, self._capitals, self._clamp,
                                 flags, traps))

    def Etiny(self):
        """Returns Etiny (= Emin - prec + 1)"""
        return self._Emin - self._prec + 1

    def Etop(self):
        """Returns maximum exponent (= Emax - prec + 1)"""
        return self._Emax - self._prec + 1

    def _signal(self, conditions):
        """Record conditions (classes) in the flags; raise the first
        trapped signal, with the trapped conditions as its argument."""
        trapped = []
        for cond in conditions:
            sig = _signal_of(cond)
            dict.__setitem__(self._flags, sig, True)
            if dict.__getitem__(self._traps, sig) and cond not in trapped:
                trapped.append(cond)
        if trapped:
            raised = [_signal_of(c) for c in trapped]
            for sig in _SIGNALS:
                if sig in raised:
                    break
            listed = [c for c in _LIST_ORDER if c in trapped]
            raise sig(listed)

    def create_decimal(self, num='0'):
        """Creates a new Decimal instance rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            d = Decimal._parse(num.strip() if num == num.strip() else '#', self)
        elif isinstance(num, float):
            self._signal([FloatOperation])
            d = Decimal(num, self)
        else:
            d = Decimal(num, self)
        if d._special == 'n' or d._special == 'N':
            # A NaN's payload longer than the precision allows is dropped.
            if d._int and len(str(d._int)) > self._prec - self._clamp:
                return self._invalid()
            return d
        conds = []
        r = d._fix(self, conds)
        self._signal(conds)
        return r

    def create_decimal_from_float(self, f):
        """Creates a new Decimal instance from a float, rounded to this context."""
        d = Decimal.from_float(f)
        conds = []
        r = d._fix(self, conds)
        self._signal(conds)
        return r

    def _invalid(self, cond=InvalidOperation):
        self._signal([cond])
        return _NAN

    # The context's arithmetic methods: the operation under this context.
    def abs(self, a):
        return _dec(a, True)._abs(self)

    def add(self, a, b):
        return _dec(a, True)._add(_dec(b, True), self)

    def subtract(self, a, b):
        return _dec(a, True)._add(_dec(b, True)._minus_unless_nan(), self)

    def multiply(self, a, b):
        return _dec(a, True)._mul(_dec(b, True), self)

    def divide(self, a, b):
        return _dec(a, True)._div(_dec(b, True), self)

    def divide_int(self, a, b):
        return _dec(a, True)._divmod(_dec(b, True), self, 'q')[0]

    def remainder(self, a, b):
        return _dec(a, True)._divmod(_dec(b, True), self, 'r')[1]

    def remainder_near(self, a, b):
        return _dec(a, True).remainder_near(b, self)

    def divmod(self, a, b):
        return _dec(a, True)._divmod(_dec(b, True), self)

    def minus(self, a):
        return _dec(a, True).__neg__(self)

    def plus(self, a):
        return _dec(a, True)._plus(self)

    def power(self, a, b, modulo=None):
        return _dec(a, True).__pow__(b, modulo, self)

    def sqrt(self, a):
        return _dec(a, True).sqrt(self)

    def exp(self, a):
        return _dec(a, True).exp(self)

    def ln(self, a):
        return _dec(a, True).ln(self)

    def log10(self, a):
        return _dec(a, True).log10(self)

    def fma(self, a, b, c):
        return _dec(a, True).fma(b, c, self)

    def quantize(self, a, b):
        return _dec(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _dec(a, True).compare(b, self)

    def compare_signal(self, a, b):
        return _dec(a, True).compare_signal(b, self)

    def compare_total(self, a, b):
        return _dec(a, True).compare_total(b)

    def max(self, a, b):
        return _dec(a, True).max(b, self)

    def min(self, a, b):
        return _dec(a, True).min(b, self)

    def max_mag(self, a, b):
        return _dec(a, True).max_mag(b, self)

    def min_mag(self, a, b):
        return _dec(a, True).min_mag(b, self)

    def normalize(self, a):
        return _dec(a, True).normalize(self)

    def to_integral_value(self, a):
        return _dec(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _dec(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _dec(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _dec(a, True).to_eng_string(self)

    def scaleb(self, a, b):
        return _dec(a, True).scaleb(b, self)

    def copy_abs(self, a):
        return _dec(a, True).copy_abs()

    def copy_negate(self, a):
        return _dec(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _dec(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return _dec(a, True)

    def is_canonical(self, a):
        return _dec(a, True).is_canonical()

    def is_finite(self, a):
        return _dec(a, True).is_finite()

    def is_infinite(self, a):
        return _dec(a, True).is_infinite()

    def is_nan(self, a):
        return _dec(a, True).is_nan()

    def is_qnan(self, a):
        return _dec(a, True).is_qnan()

    def is_snan(self, a):
        return _dec(a, True).is_snan()

    def is_signed(self, a):
        return _dec(a, True).is_signed()

    def is_zero(self, a):
        return _dec(a, True).is_zero()

    def is_normal(self, a):
        return _dec(a, True).is_normal(self)

    def is_subnormal(self, a):
        return _dec(a, True).is_subnormal(self)

    def adjusted(self, a):
        return _dec(a, True).adjusted()

    def radix(self):
        return Decimal(10)

    def next_plus(self, a):
        return _dec(a, True).next_plus(self)

    def next_minus(self, a):
        return _dec(a, True).next_minus(self)

    def same_quantum(self, a, b):
        return _dec(a, True).same_quantum(b)

    def number_class(self, a):
        return _dec(a, True).number_class(self)


def _signals_from(value):
    if isinstance(value, _SignalDict):
        return value.copy()
    d = _SignalDict()
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(k not in _SIGNALS for k in value):
            raise KeyError('invalid signal dict')
        for k, v in value.items():
            dict.__setitem__(d, k, bool(v))
        return d
    for s in value:
        if s not in _SIGNALS:
            raise KeyError(_SIGNAL_KEY_ERROR)
        dict.__setitem__(d, s, True)
    return d


DefaultContext = Context()
_default = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = []


def getcontext():
    """Returns this sandbox's current context.

    The first call makes it, as a copy of DefaultContext."""
    if not _current:
        _current.append(DefaultContext.copy())
    return _current[-1]


def setcontext(context):
    """Set this sandbox's current context to context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    if _current:
        _current[-1] = context
    else:
        _current.append(context)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context

    Uses a copy of the current context if no context is specified.
    The returned context manager creates a local decimal context
    in a with statement.
    """
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                       'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager



# ---- Decimal ---------------------------------------------------------------------

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_INV10 = pow(10, -1, _HASH_MODULUS)


def _ndigits(c):
    """The number of decimal digits of the coefficient c (1 for 0)."""
    return len(str(c)) if c else 1


def _new(sign, coeff, exp, special=''):
    """A new Decimal (replaced by _decimal_core's `make`, which makes the
    native value, when that module is there: see _install_native)."""
    return _make_of(Decimal, sign, coeff, exp, special)


def _make_of(cls, sign, coeff, exp, special):
    """A new instance of cls (Decimal or a subclass) with these parts (the
    road without _decimal_core: a Python instance)."""
    d = object.__new__(cls)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _dec(value, strict=False):
    """value as a Decimal: a Decimal or an int; otherwise None, or a
    TypeError when strict (a context method's argument)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)
    return None


def _from_int(n):
    return _new(1 if n < 0 else 0, abs(n), 0)


def _quiet(nan, ctx):
    """A NaN operand as a result: quiet, its payload cut to the digits
    the context keeps (prec - clamp)."""
    keep = ctx._prec - ctx._clamp
    payload = nan._int
    if payload and _ndigits(payload) > keep:
        payload = payload % 10 ** keep if keep > 0 else 0
    if nan._special == 'n' and payload == nan._int:
        return nan
    return _new(nan._sign, payload, 0, 'n')


def _round_coeff(sign, c, drop, rounding):
    """c with its last drop digits rounded away by rounding: (coefficient,
    whether a nonzero digit was dropped)."""
    if drop <= 0:
        return c, False
    if drop > _ndigits(c) + 1:
        q, r = 0, c
        above_half = at_half = False
    else:
        q, r = divmod(c, 10 ** drop)
        half = 5 * 10 ** (drop - 1)
        above_half = r > half
        at_half = r == half
    if not r:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        up = above_half or (at_half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = above_half or at_half
    elif rounding == ROUND_HALF_DOWN:
        up = above_half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow_result(sign, ctx):
    r = ctx._rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
        return _new(sign, 0, 0, 'F')
    return _new(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _parse_number(text):
    """(sign, coefficient, exponent, special) of a numeric string, or
    None when it is not one."""
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if not payload:
                return sign, 0, 0, kind
            if not payload.isdecimal():
                return None
            return sign, int(payload), 0, kind
    mantissa, exp = s, 0
    for i, ch in enumerate(s):
        if ch in 'eE':
            mantissa, tail = s[:i], s[i + 1:]
            body = tail[1:] if tail[:1] in ('+', '-') else tail
            if not body or not body.isdecimal():
                return None
            exp = int(tail)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac):
        return None
    if (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    digits = whole + frac
    return sign, int(digits), exp - len(frac), ''


def _float_ratio_decimal(f):
    """A float as an exact Decimal."""
    if f != f:
        return _new(1 if math.copysign(1.0, f) < 0 else 0, 0, 0, 'n')
    if f in (math.inf, -math.inf):
        return _new(1 if f < 0 else 0, 0, 0, 'F')
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is a power of two: n / 2**k = n * 5**k / 10**k
    return _new(sign, n * 5 ** k, -k)


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.

    """

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            parsed = _parse_number(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._signal([ConversionSyntax])
                parsed = (0, 0, 0, 'n')
            sign, coeff, exp, special = parsed
        elif isinstance(value, int):
            sign, coeff, exp, special = (1 if value < 0 else 0), abs(value), 0, ''
        elif isinstance(value, Decimal):
            sign, coeff, exp, special = value._sign, value._int, value._exp, value._special
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._signal([FloatOperation])
            d = _float_ratio_decimal(value)
            sign, coeff, exp, special = d._sign, d._int, d._exp, d._special
        elif isinstance(value, (list, tuple)):
            sign, coeff, exp, special = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        return _make_of(cls, sign, coeff, exp, special)

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _float_ratio_decimal(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # -- predicates and parts --

    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        """Return True if the argument is a (quiet or signaling) NaN."""
        return self._special in ('n', 'N')

    def is_qnan(self):
        """Return True if the argument is a quiet NaN."""
        return self._special == 'n'

    def is_snan(self):
        """Return True if the argument is a signaling NaN."""
        return self._special == 'N'

    def is_infinite(self):
        """Return True if the argument is infinite."""
        return self._special == 'F'

    def is_finite(self):
        """Return True if the argument is a finite number."""
        return not self._special

    def is_zero(self):
        """Return True if the argument is a zero."""
        return not self._special and self._int == 0

    def is_signed(self):
        """Return True if the argument has a negative sign."""
        return self._sign == 1

    def is_canonical(self):
        """Return True (every Decimal is canonical)."""
        return True

    def is_normal(self, context=None):
        """Return True if the argument is a normal number."""
        if self._special or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return ctx._Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        """Return True if the argument is subnormal."""
        if self._special or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx._Emin

    def adjusted(self):
        """Return the adjusted exponent of the argument."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, str(self._int))) if (self._int or not self._special) else ()
        exp = self._special if self._special else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is exactly the value."""
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if not self._int:
            return 0, 1
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = math.gcd(n, d)
        return n // g, d // g

    def canonical(self):
        """Return the canonical encoding of the argument (itself)."""
        return self

    def radix(self):
        """Return Decimal(10)."""
        return Decimal(10)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def number_class(self, context=None):
        """Return a string describing the class of the operand."""
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    # -- conversions to text --

    def __str__(self, eng=False, context=None):
        """Return string representation of the number in scientific notation.

        Captures all of the information in the underlying representation.
        """
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            name = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + name + (str(self._int) if self._int else '')
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            body = '0.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            body = digits + '0' * (dotplace - len(digits))
        else:
            body = digits[:dotplace] + '.' + digits[dotplace:]
        if leftdigits == dotplace:
            tail = ''
        else:
            if context is None:
                context = getcontext()
            tail = ('E', 'e')[context._capitals == 0] + '%+d' % (leftdigits - dotplace)
        return sign + body + tail

    def to_eng_string(self, context=None):
        """Convert to an engineering-type string."""
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # -- conversions to numbers --

    def __float__(self):
        """Float representation."""
        if self._special in ('n', 'N'):
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return -math.nan if self._sign else math.nan
        if self._special == 'F':
            return -math.inf if self._sign else math.inf
        return float(str(self))

    def __int__(self):
        """Converts self to an int, truncating if necessary."""
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, rounding):
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _round_coeff(self._sign, self._int, -self._exp, rounding)
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        return self._to_int(ROUND_HALF_EVEN)

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_INV10, -self._exp, _HASH_MODULUS)
        h = self._int * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- rounding to a context --

    def _fix(self, ctx, conds):
        """self rounded to the context (precision and exponent range),
        the conditions met appended to conds."""
        if self._special:
            return self
        prec = ctx._prec
        c = self._int
        exp = self._exp
        if c:
            # The common case: few enough digits, in range, nothing to do.
            nd = len(str(c))
            if (nd <= prec and ctx._Emin <= exp + nd - 1 <= ctx._Emax
                    and (not ctx._clamp or exp <= ctx._Emax - prec + 1)):
                return self
        etiny = ctx._Emin - prec + 1
        etop = ctx._Emax - prec + 1
        if not c:
            exp_max = ctx._Emax if ctx._clamp == 0 else etop
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                conds.append(Clamped)
                return _new(self._sign, 0, new_exp)
            return self
        nd = _ndigits(c)
        exp_min = nd + exp - prec
        if exp_min > etop:
            conds.extend((Overflow, Inexact, Rounded))
            return _overflow_result(self._sign, ctx)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            drop = exp_min - exp
            c, inexact = _round_coeff(self._sign, c, drop, ctx._rounding)
            exp = exp_min
            if c and _ndigits(c) > prec:
                c //= 10
                exp += 1
                if exp > etop:
                    conds.extend((Overflow, Inexact, Rounded))
                    return _overflow_result(self._sign, ctx)
            if subnormal:
                conds.append(Subnormal)
                if inexact:
                    conds.extend((Underflow, Inexact))
                    if not c:
                        conds.append(Clamped)
            elif inexact:
                conds.append(Inexact)
            conds.append(Rounded)
            return _new(self._sign, c, exp)
        if subnormal:
            conds.append(Subnormal)
        if ctx._clamp == 1 and exp > etop:
            conds.append(Clamped)
            return _new(self._sign, c * 10 ** (exp - etop), etop)
        return self

    def _finish(self, ctx, conds):
        r = self._fix(ctx, conds)
        if conds:
            ctx._signal(conds)
        return r

    def _nan_result(self, other, ctx, conds):
        """The NaN an operation on self (and other) gives, or None."""
        if self._special == 'N':
            conds.append(InvalidOperation)
            return _quiet(self, ctx)
        if other is not None and other._special == 'N':
            conds.append(InvalidOperation)
            return _quiet(other, ctx)
        if self._special == 'n':
            return _quiet(self, ctx)
        if other is not None and other._special == 'n':
            return _quiet(other, ctx)
        return None

    # -- arithmetic --

    def _plus(self, ctx):
        conds = []
        if self._special:
            nan = self._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            return self
        r = self
        if not self._int and self._sign and ctx._rounding != ROUND_FLOOR:
            r = _new(0, 0, self._exp)
        return r._finish(ctx, conds)

    def _negated(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def _minus_unless_nan(self):
        # The subtrahend is negated, but a NaN keeps its sign.
        if self._special in ('n', 'N'):
            return self
        return self._negated()

    def _abs(self, ctx):
        if self._special and self._isnan():
            return self._plus(ctx)
        return _new(0, self._int, self._exp, self._special)._plus(ctx)

    def __pos__(self, context=None):
        return self._plus(context if context is not None else getcontext())

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special in ('n', 'N'):
            return self._plus(ctx)
        return self._negated()._plus(ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._abs(context if context is not None else getcontext())

    def _add(self, other, ctx):
        conds = []
        if self._special or other._special:
            nan = self._nan_result(other, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if self._special == 'F':
                if other._special == 'F' and self._sign != other._sign:
                    return ctx._invalid()
                return self
            return other
        exp = min(self._exp, other._exp)
        if not self._int and not other._int:
            sign = self._sign & other._sign
            if ctx._rounding == ROUND_FLOOR:
                sign = self._sign | other._sign
            return _new(sign, 0, exp)._finish(ctx, conds)
        if not self._int:
            return other._pad_to(other._pad_limit(exp, ctx))._finish(ctx, conds)
        if not other._int:
            return self._pad_to(self._pad_limit(exp, ctx))._finish(ctx, conds)
        a, b = self, other
        # An operand far below the other's last digit within reach of the
        # precision only counts as a sticky digit below that reach.
        prec = ctx._prec
        if a._exp < b._exp:
            a, b = b, a
        reach = min(a._exp, a.adjusted() - prec - 1)
        if b.adjusted() < reach - 1:
            b = _new(b._sign, 1, reach - 2)
            exp = b._exp
        ca = a._int * 10 ** (a._exp - exp)
        cb = b._int * 10 ** (b._exp - exp)
        va = -ca if a._sign else ca
        vb = -cb if b._sign else cb
        total = va + vb
        if total == 0:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _new(sign, 0, exp)._finish(ctx, conds)
        return _new(1 if total < 0 else 0, abs(total), exp)._finish(ctx, conds)

    def _pad_limit(self, exp, ctx):
        """The exponent to pad self to in place of exp (below self's):
        no lower than one digit past the precision, since rounding to the
        context drops those zeros again with the same result and flags
        (0 + Decimal('1E+999990') pads by 34 digits, not by a million)."""
        return max(exp, self._exp - max(ctx._prec - _ndigits(self._int), 0) - 1)

    def _pad_to(self, exp):
        if self._exp <= exp:
            return self
        return _new(self._sign, self._int * 10 ** (self._exp - exp), exp)

    def _mul(self, other, ctx):
        conds = []
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if (self._special == 'F' and other.is_zero()) or (other._special == 'F' and self.is_zero()):
                return ctx._invalid()
            return _new(sign, 0, 0, 'F')
        return _new(sign, self._int * other._int, self._exp + other._exp)._finish(ctx, conds)

    def _div(self, other, ctx):
        conds = []
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if self._special == 'F':
                if other._special == 'F':
                    return ctx._invalid()
                return _new(sign, 0, 0, 'F')
            conds.append(Clamped)
            ctx._signal(conds)
            return _new(sign, 0, ctx.Etiny())
        if not other._int:
            if not self._int:
                return ctx._invalid(DivisionUndefined)
            ctx._signal([DivisionByZero])
            return _new(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if not self._int:
            return _new(sign, 0, ideal)._finish(ctx, conds)
        prec = ctx._prec
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(sign, q, exp)._finish(ctx, conds)

    def _divmod(self, other, ctx, want='qr'):
        """(quotient, remainder) of the integer division, the signals of
        the parts wanted ('q', 'r' or 'qr') raised."""
        conds = []
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan, nan
            if self._special == 'F':
                if other._special == 'F':
                    ctx._signal([InvalidOperation])
                    return _NAN, _NAN
                if 'r' in want:
                    ctx._signal([InvalidOperation])
                return _new(sign, 0, 0, 'F'), _NAN
            # A finite number divided by infinity.
            if 'r' in want:
                return _new(sign, 0, 0), self._finish(ctx, conds)
            return _new(sign, 0, 0), self
        if not other._int:
            if not self._int:
                ctx._signal([DivisionUndefined])
                return _NAN, _NAN
            if want == 'q':
                ctx._signal([DivisionByZero])
            elif want == 'r':
                ctx._signal([InvalidOperation])
            else:
                ctx._signal([InvalidOperation, DivisionByZero])
            return _new(sign, 0, 0, 'F'), _NAN
        exp = min(self._exp, other._exp)
        if self._int and self.adjusted() - other.adjusted() > ctx._prec:
            ctx._signal([DivisionImpossible])
            return _NAN, _NAN
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx._prec:
            ctx._signal([DivisionImpossible])
            return _NAN, _NAN
        quotient = _new(sign, q, 0)
        remainder = _new(self._sign, r, exp)
        if 'q' in want:
            quotient = quotient._fix(ctx, conds)
        if 'r' in want:
            remainder = remainder._fix(ctx, conds)
        if conds:
            ctx._signal(conds)
        return quotient, remainder

    def __add__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._add(other, context if context is not None else getcontext())

    def __radd__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other._add(self, context if context is not None else getcontext())

    def __sub__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._add(other._minus_unless_nan(), context if context is not None else getcontext())

    def __rsub__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other._add(self._minus_unless_nan(), context if context is not None else getcontext())

    def __mul__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._mul(other, context if context is not None else getcontext())

    def __rmul__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other._mul(self, context if context is not None else getcontext())

    def __truediv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._div(other, context if context is not None else getcontext())

    def __rtruediv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other._div(self, context if context is not None else getcontext())

    def __floordiv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._divmod(other, context if context is not None else getcontext(), 'q')[0]

    def __rfloordiv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other._divmod(self, context if context is not None else getcontext(), 'q')[0]

    def __mod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._divmod(other, context if context is not None else getcontext(), 'r')[1]

    def __rmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other._divmod(self, context if context is not None else getcontext(), 'r')[1]

    def __divmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._divmod(other, context if context is not None else getcontext())

    def __rdivmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other._divmod(self, context if context is not None else getcontext())

    def remainder_near(self, other, context=None):
        """Return the remainder nearest to 0 of self / other."""
        ctx = context if context is not None else getcontext()
        other = _dec(other, True)
        conds = []
        if self._special or other._special:
            nan = self._nan_result(other, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if self._special == 'F':
                return ctx._invalid()
            return self._finish(ctx, conds)
        if not other._int:
            return ctx._invalid(DivisionUndefined if not self._int else InvalidOperation)
        exp = min(self._exp, other._exp)
        if self._int and self.adjusted() - other.adjusted() > ctx._prec:
            return ctx._invalid(DivisionImpossible)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            r -= b
            q += 1
        if _ndigits(q) > ctx._prec:
            return ctx._invalid(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _new(sign, r, exp)._finish(ctx, conds)

    # -- comparisons --

    def _compare_value(self, other):
        """-1, 0 or 1 as self is below, equal to or above other (neither a
        NaN; other a Decimal)."""
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) if self._special == 'F' else 0
            b = (-1 if other._sign else 1) if other._special == 'F' else 0
            if a == b == 0:
                pass
            else:
                return (a > b) - (a < b)
            # neither infinite: unreachable
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp:
            r = (self._int > other._int) - (self._int < other._int)
            return -r if self._sign else r
        sa, sb = self.adjusted(), other.adjusted()
        if sa != sb:
            r = 1 if sa > sb else -1
        else:
            exp = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - exp)
            b = other._int * 10 ** (other._exp - exp)
            r = (a > b) - (a < b)
        return -r if self._sign else r

    def _compare_ratio(self, n, d):
        """-1, 0 or 1 comparing self (finite) with the rational n/d."""
        if self._special == 'F':
            return -1 if self._sign else 1
        a = -self._int if self._sign else self._int
        if self._exp >= 0:
            left, right = a * 10 ** self._exp * d, n
        else:
            left, right = a * d, n * 10 ** -self._exp
        return (left > right) - (left < right)

    def _comparable(self, other, ctx, equality):
        """other as something to compare with: a Decimal, a (n, d) ratio,
        or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if equality:
                dict.__setitem__(ctx._flags, FloatOperation, True)
            else:
                ctx._signal([FloatOperation])
            return _float_ratio_decimal(other)
        if hasattr(other, 'numerator') and hasattr(other, 'denominator') and \
                type(other).__name__ == 'Fraction':
            return (other.numerator, other.denominator)
        return NotImplemented

    def __eq__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = self._comparable(other, ctx, True)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            if self._special in ('n', 'N'):
                if self._special == 'N':
                    ctx._signal([InvalidOperation])
                return False
            return self._compare_ratio(*other) == 0
        if self._special in ('n', 'N') or other._special in ('n', 'N'):
            if self._special == 'N' or other._special == 'N':
                ctx._signal([InvalidOperation])
            return False
        return self._compare_value(other) == 0

    def _order(self, other, op):
        if type(other) is Decimal and not self._special and not other._special:
            return op(self._compare_value(other), 0)
        ctx = getcontext()
        other = self._comparable(other, ctx, False)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            if self._special in ('n', 'N'):
                ctx._signal([InvalidOperation])
                return False
            return op(self._compare_ratio(*other), 0)
        if self._special in ('n', 'N') or other._special in ('n', 'N'):
            ctx._signal([InvalidOperation])
            return False
        return op(self._compare_value(other), 0)

    def __lt__(self, other, context=None):
        return self._order(other, operator.lt)

    def __le__(self, other, context=None):
        return self._order(other, operator.le)

    def __gt__(self, other, context=None):
        return self._order(other, operator.gt)

    def __ge__(self, other, context=None):
        return self._order(other, operator.ge)

    def compare(self, other, context=None):
        """Compare self to other.  Return a decimal value:

        a or b is a NaN ==> Decimal('NaN')
        a < b           ==> Decimal('-1')
        a == b          ==> Decimal('0')
        a > b           ==> Decimal('1')
        """
        ctx = context if context is not None else getcontext()
        other = _dec(other, True)
        conds = []
        nan = self._nan_result(other, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        return _from_int(self._compare_value(other))

    def compare_signal(self, other, context=None):
        """Like compare, but any NaN signals InvalidOperation."""
        ctx = context if context is not None else getcontext()
        other = _dec(other, True)
        if self._isnan() or other._isnan():
            conds = [InvalidOperation]
            nan = self._nan_result(other, ctx, [])
            ctx._signal(conds)
            return nan
        return _from_int(self._compare_value(other))

    def _total_key(self):
        # Orders by the abstract representation: -NaN < -sNaN < -Inf <
        # finite (by value, then exponent) < Inf < sNaN < NaN.
        rank = {'n': 3, 'N': 2, 'F': 1}.get(self._special, 0)
        return rank

    def compare_total(self, other, context=None):
        """Compare two operands using their abstract representation."""
        other = _dec(other, True)
        if self._sign != other._sign:
            return _from_int(-1 if self._sign else 1)
        ra, rb = self._total_key(), other._total_key()
        if ra != rb:
            r = (ra > rb) - (ra < rb)
        elif ra >= 2:
            r = (self._int > other._int) - (self._int < other._int)
        elif ra == 1:
            r = 0
        else:
            r = self._compare_value(other)
            if r == 0:
                r = (self._exp > other._exp) - (self._exp < other._exp)
                if self._sign:
                    r = -r
            return _from_int(r)
        return _from_int(-r if self._sign else r)

    def compare_total_mag(self, other, context=None):
        """Like compare_total, on the absolute values."""
        other = _dec(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _minmax(self, other, ctx, want_max, mag):
        other = _dec(other, True)
        conds = []
        if self._isnan() or other._isnan():
            # A quiet NaN loses to a number.
            if self._special == 'n' and not other._isnan():
                return other._finish(ctx, conds)
            if other._special == 'n' and not self._isnan():
                return self._finish(ctx, conds)
            nan = self._nan_result(other, ctx, conds)
            ctx._signal(conds)
            return nan
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = a._compare_value(b)
        if c == 0 and mag:
            c = self._compare_value(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        return pick._finish(ctx, conds)

    def max(self, other, context=None):
        """The larger value; a NaN loses to a number."""
        return self._minmax(other, context if context is not None else getcontext(), True, False)

    def min(self, other, context=None):
        """The smaller value; a NaN loses to a number."""
        return self._minmax(other, context if context is not None else getcontext(), False, False)

    def max_mag(self, other, context=None):
        """The value with the larger absolute value."""
        return self._minmax(other, context if context is not None else getcontext(), True, True)

    def min_mag(self, other, context=None):
        """The value with the smaller absolute value."""
        return self._minmax(other, context if context is not None else getcontext(), False, True)

    # -- sign and exponent manipulation --

    def copy_abs(self):
        """Returns a copy with the sign set to 0."""
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        """Returns a copy with the sign inverted."""
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        """Returns self with the sign of other."""
        other = _dec(other, True)
        return _new(other._sign, self._int, self._exp, self._special)

    def same_quantum(self, other, context=None):
        """Return True if self and other have the same exponent."""
        other = _dec(other, True)
        if self._special or other._special:
            return (self._isnan() and other._isnan()) or (
                self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    def scaleb(self, other, context=None):
        """Returns self with its exponent increased by other (an integral
        Decimal)."""
        ctx = context if context is not None else getcontext()
        other = _dec(other, True)
        conds = []
        nan = self._nan_result(other, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        if other._special or other._exp != 0:
            return ctx._invalid()
        limit = 2 * (ctx._Emax + ctx._prec)
        n = -other._int if other._sign else other._int
        if not -limit <= n <= limit:
            return ctx._invalid()
        if self._special == 'F':
            return self
        return _new(self._sign, self._int, self._exp + n)._finish(ctx, conds)

    def shift(self, other, context=None):
        """Returns self with its coefficient's digits shifted by other."""
        ctx = context if context is not None else getcontext()
        return self._shift_rotate(other, ctx, False)

    def rotate(self, other, context=None):
        """Returns self with its coefficient's digits rotated by other."""
        ctx = context if context is not None else getcontext()
        return self._shift_rotate(other, ctx, True)

    def _shift_rotate(self, other, ctx, rotate):
        other = _dec(other, True)
        conds = []
        nan = self._nan_result(other, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        prec = ctx._prec
        if other._special or other._exp != 0 or other._int > prec:
            return ctx._invalid()
        if self._special == 'F':
            return self
        n = -other._int if other._sign else other._int
        digits = str(self._int).rjust(prec, '0')[-prec:]
        if rotate:
            n %= prec
            digits = digits[n:] + digits[:n]
        elif n >= 0:
            digits = (digits + '0' * n)[-prec:]
        else:
            digits = ('0' * -n + digits)[:prec]
        return _new(self._sign, int(digits), self._exp)

    def quantize(self, exp, rounding=None, context=None):
        """Quantize self so its exponent is the same as that of exp.

        Similar to self._rescale(exp._exp) but with error checking.
        """
        ctx = context if context is not None else getcontext()
        exp = _dec(exp, True)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        conds = []
        if self._special or exp._special:
            nan = self._nan_result(exp, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if self._special == 'F' and exp._special == 'F':
                return self
            return ctx._invalid()
        target = exp._exp
        if not ctx.Etiny() <= target <= ctx._Emax:
            return ctx._invalid()
        if not self._int:
            return _new(self._sign, 0, target)._finish(ctx, conds)
        if self.adjusted() - target + 1 > ctx._prec:
            # More digits than the precision holds: refused before the
            # coefficient is scaled (which could be huge).
            return ctx._invalid()
        if self._exp >= target:
            c = self._int * 10 ** (self._exp - target)
            inexact = rounded = False
        else:
            c, inexact = _round_coeff(self._sign, self._int, target - self._exp, rounding)
            rounded = True
        if _ndigits(c) > ctx._prec or (c and _ndigits(c) + target - 1 > ctx._Emax):
            return ctx._invalid()
        if rounded:
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
        return _new(self._sign, c, target)._finish(ctx, conds)

    def _integral(self, rounding, ctx, exact):
        conds = []
        if self._special:
            nan = self._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            return self
        if self._exp >= 0:
            return self
        if not self._int:
            return _new(self._sign, 0, 0)
        if rounding is None:
            rounding = ctx._rounding
        c, inexact = _round_coeff(self._sign, self._int, -self._exp, rounding)
        if exact:
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
            ctx._signal(conds)
        return _new(self._sign, c, 0)

    def to_integral_value(self, rounding=None, context=None):
        """Rounds to the nearest integer, without raising inexact, rounded."""
        return self._integral(rounding, context if context is not None else getcontext(), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Rounds to a nearby integer, signalling Inexact and Rounded."""
        return self._integral(rounding, context if context is not None else getcontext(), True)

    def normalize(self, context=None):
        """Normalize- strip trailing 0s, change anything equal to 0 to 0e0"""
        ctx = context if context is not None else getcontext()
        conds = []
        if self._special:
            nan = self._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            return self
        d = self._fix(ctx, conds)
        if d._special:
            ctx._signal(conds)
            return d
        if not d._int:
            ctx._signal(conds)
            return _new(d._sign, 0, 0)
        exp_max = ctx._Emax if ctx._clamp == 0 else ctx.Etop()
        c, exp = d._int, d._exp
        while c % 10 == 0 and exp < exp_max:
            c //= 10
            exp += 1
        ctx._signal(conds)
        return _new(d._sign, c, exp)

    reduce = normalize

    def next_plus(self, context=None):
        """Returns the smallest representable number larger than itself."""
        ctx = context if context is not None else getcontext()
        return self._next(ctx, 1)

    def next_minus(self, context=None):
        """Returns the largest representable number smaller than itself."""
        ctx = context if context is not None else getcontext()
        return self._next(ctx, -1)

    def _next(self, ctx, direction):
        conds = []
        nan = self._nan_result(None, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        prec = ctx._prec
        if self._special == 'F':
            if (self._sign == 0) == (direction > 0):
                return self
            return _new(self._sign, 10 ** prec - 1, ctx.Etop())
        work = ctx.copy()
        work._rounding = ROUND_FLOOR if direction < 0 else ROUND_CEILING
        work.clear_traps()
        fixed = self._fix(work, [])
        if fixed._special or fixed._compare_value(self) != 0:
            return fixed
        tiny = _new(0 if direction > 0 else 1, 1, ctx.Etiny() - 1)
        return self._add(tiny, work)

    def next_toward(self, other, context=None):
        """Returns the number closest to self, in the direction towards other."""
        ctx = context if context is not None else getcontext()
        other = _dec(other, True)
        conds = []
        nan = self._nan_result(other, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        c = self._compare_value(other)
        if c == 0:
            return self.copy_sign(other)
        r = self._next(ctx, -1 if c > 0 else 1)
        if r._special == 'F':
            conds.extend((Overflow, Inexact, Rounded))
        elif r._int and r.adjusted() < ctx._Emin:
            conds.extend((Underflow, Subnormal, Inexact, Rounded))
            if not r._int:
                conds.append(Clamped)
        ctx._signal(conds)
        return r

    def fma(self, other, third, context=None):
        """Fused multiply-add: self*other+third with no rounding of the product."""
        ctx = context if context is not None else getcontext()
        other = _dec(other, True)
        third = _dec(third, True)
        conds = []
        if self._special or other._special:
            nan = self._nan_result(other, ctx, conds)
            if nan is None and third._special == 'N':
                nan = third._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if (self._special == 'F' and other.is_zero()) or (other._special == 'F' and self.is_zero()):
                return ctx._invalid()
            product = _new(self._sign ^ other._sign, 0, 0, 'F')
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        return product._add(third, ctx)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda a, b: a & b)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda a, b: a | b)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda a, b: a ^ b)

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._logical(_new(0, int('1' * ctx._prec), 0), ctx, lambda a, b: a ^ b)

    def _logical(self, other, context, op):
        ctx = context if context is not None else getcontext()
        other = _dec(other, True)

        def bits(d):
            if d._special or d._sign or d._exp != 0:
                return None
            s = str(d._int)
            if len(s) > ctx._prec or set(s) - {'0', '1'}:
                return None
            return s.rjust(ctx._prec, '0')
        a, b = bits(self), bits(other)
        if a is None or b is None:
            return ctx._invalid()
        out = ''.join(str(op(int(x), int(y))) for x, y in zip(a, b))
        return _new(0, int(out), 0)

    # -- powers, roots and logarithms --

    def sqrt(self, context=None):
        """Return the square root of self, correctly rounded (half even)."""
        ctx = context if context is not None else getcontext()
        conds = []
        if self._special:
            nan = self._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if self._sign:
                return ctx._invalid()
            return self
        ideal = self._exp // 2
        if not self._int:
            return _new(self._sign, 0, ideal)._finish(ctx, conds)
        if self._sign:
            return ctx._invalid()
        prec = ctx._prec
        c, e = self._int, self._exp
        if e & 1:
            c *= 10
            e -= 1
        m = max(0, (2 * prec + 3 - _ndigits(c)) // 2 + 1)
        n = c * 10 ** (2 * m)
        r = math.isqrt(n)
        exp = e // 2 - m
        if r * r == n:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        return _new(0, r, exp)._finish(_half_even(ctx), conds)._signal_in(ctx, conds)

    def _signal_in(self, ctx, conds):
        if conds:
            ctx._signal(conds)
        return self

    def exp(self, context=None):
        """Returns e ** self, correctly rounded (half even)."""
        ctx = context if context is not None else getcontext()
        conds = []
        if self._special:
            nan = self._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            return _new(0, 0, 0) if self._sign else self
        if not self._int:
            return _new(0, 1, 0)
        prec = ctx._prec
        work = _half_even(ctx)
        adj = self.adjusted()
        if adj < -(prec + 2):
            # e**x is 1 + x + ..., and x is below the last digit kept.
            return _new(0, 10 ** (prec + 2) + (-1 if self._sign else 1),
                        -(prec + 2))._finish(work, conds)._signal_in(ctx, conds)
        # Far out of the exponent range: the result overflows or
        # underflows whatever its digits.
        if adj > len(str(max(ctx._Emax, -ctx.Etiny()))) + 1:
            if self._sign:
                r = _new(0, 1, ctx.Etiny() - 2)
            else:
                r = _new(0, 1, ctx._Emax + 1)
            return r._finish(work, conds)._signal_in(ctx, conds)
        x = _ratio_of(self)
        r = _ziv(lambda w: _exp_scaled(x, w), prec)
        return r._finish(work, conds)._signal_in(ctx, conds)

    def ln(self, context=None):
        """Returns the natural (base e) logarithm of self, correctly rounded."""
        ctx = context if context is not None else getcontext()
        conds = []
        if self._special:
            nan = self._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if self._sign:
                return ctx._invalid()
            return self
        if not self._int:
            return _new(1, 0, 0, 'F')
        if self._sign:
            return ctx._invalid()
        if self._int == 10 ** (_ndigits(self._int) - 1) and self.adjusted() == 0:
            return _new(0, 0, 0)
        r = _ziv(lambda w: _ln_scaled(self._int, self._exp, w), ctx._prec)
        return r._finish(_half_even(ctx), conds)._signal_in(ctx, conds)

    def log10(self, context=None):
        """Returns the base 10 logarithm of self, correctly rounded."""
        ctx = context if context is not None else getcontext()
        conds = []
        if self._special:
            nan = self._nan_result(None, ctx, conds)
            if nan is not None:
                ctx._signal(conds)
                return nan
            if self._sign:
                return ctx._invalid()
            return self
        if not self._int:
            return _new(1, 0, 0, 'F')
        if self._sign:
            return ctx._invalid()
        nd = _ndigits(self._int)
        if self._int == 10 ** (nd - 1):
            # An exact power of ten has an integral logarithm.
            return _from_int(self.adjusted())._finish(ctx, conds)._signal_in(ctx, conds)

        def scaled(w):
            return _ln_scaled(self._int, self._exp, w) * 10 ** w // _ln10(w)
        r = _ziv(scaled, ctx._prec)
        return r._finish(_half_even(ctx), conds)._signal_in(ctx, conds)

    def logb(self, context=None):
        """Returns the exponent of the magnitude of self's MSD."""
        ctx = context if context is not None else getcontext()
        conds = []
        nan = self._nan_result(None, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        if self._special == 'F':
            return _new(0, 0, 0, 'F')
        if not self._int:
            ctx._signal([DivisionByZero])
            return _new(1, 0, 0, 'F')
        return _from_int(self.adjusted())._finish(ctx, conds)._signal_in(ctx, conds)

    def __pow__(self, other, modulo=None, context=None):
        """Return self ** other [ % modulo]."""
        ctx = context if context is not None else getcontext()
        other = _dec(other)
        if other is None:
            return NotImplemented
        if modulo is not None:
            return self._pow_mod(other, modulo, ctx)
        conds = []
        nan = self._nan_result(other, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        integral = other._is_integral()
        if integral:
            n = int(other)
            odd = n & 1
        else:
            odd = 0
        sign = self._sign if odd else 0
        if self._sign and not integral and (self._int or self._special):
            return ctx._invalid()
        if other._special == 'F':
            return self._pow_infinite(other, ctx)
        if not self._special and not self._int:
            # 0 ** 0 is undefined; 0 ** -y is infinite, 0 ** y zero.
            if not other._int:
                return ctx._invalid()
            if other._sign:
                return _new(sign, 0, 0, 'F')
            return _new(sign, 0, 0)
        if self._special == 'F':
            if not other._int:
                return _new(0, 1, 0)
            if other._sign:
                return _new(sign, 0, 0)
            return _new(sign, 0, 0, 'F')
        if not other._int:
            return _new(0, 1, 0)
        if integral:
            return self._pow_int(n, ctx, conds)
        return self._pow_real(other, ctx, conds)

    def __rpow__(self, other, modulo=None, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, modulo, context)

    def _is_integral(self):
        if self._special:
            return False
        if self._exp >= 0 or not self._int:
            return True
        return self._int % 10 ** -self._exp == 0

    def _pow_infinite(self, other, ctx):
        # x ** +-Infinity for x not a NaN.
        if self._sign and (self._int or self._special):
            return ctx._invalid()
        c = self.copy_abs()._compare_value(_new(0, 1, 0))
        if c == 0:
            # 1 ** inf: inexact 1 with prec digits.
            conds = [Inexact, Rounded]
            ctx._signal(conds)
            return _new(0, 10 ** (ctx._prec - 1), -(ctx._prec - 1))
        big = (c > 0) != bool(other._sign)
        return _new(0, 0, 0, 'F') if big else _new(0, 0, 0)

    def _pow_int(self, n, ctx, conds):
        # Squarings from the lowest bit of n up, each rounded half even to
        # prec + (digits of n) + 2 digits (on the reciprocal for a
        # negative n), then one rounding to the context: the results of
        # CPython's decimal, which computes so. A result out of the
        # exponent range is computed again in the context's rounding.
        work = self._pow_int_work(n, ctx, ROUND_HALF_EVEN)
        if work[1]._flags[Overflow] or work[1]._flags[Underflow]:
            work = self._pow_int_work(n, ctx, ctx._rounding)
        result, wctx = work
        for sig in (Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped):
            if wctx._flags[sig]:
                conds.append(sig)
        sign = self._sign if n & 1 else 0
        return _new(sign, result._int, result._exp, result._special)._finish(ctx, conds)

    def _pow_int_work(self, n, ctx, rounding):
        k = abs(n)
        work = Context(prec=ctx._prec + len(str(k)) + 2, rounding=rounding,
                       Emin=ctx._Emin, Emax=ctx._Emax, traps=[])
        base = self.copy_abs()
        if n < 0:
            base = _new(0, 1, 0)._div(base, work)
        result = None
        while True:
            if k & 1:
                result = base if result is None else result._mul(base, work)
            k >>= 1
            if not k:
                break
            base = base._mul(base, work)
        return result, work

    def _pow_real(self, other, ctx, conds):
        prec = ctx._prec
        y = _ratio_of(other)

        # ln x needs as many more digits as y has before its point.
        extra = 8 + len(str(abs(y.numerator) // y.denominator))

        def scaled(w):
            lnx = _ln_scaled(self._int, self._exp, w + extra)
            t = _RatioFraction(lnx * y.numerator, y.denominator * 10 ** (w + extra))
            return _exp_scaled(t, w)
        # Out of range: the result over- or underflows.
        lnx_estimate = (math.log10(self._int) + self._exp) * float(other)
        if lnx_estimate > ctx._Emax + 2:
            return _new(0, 1, ctx._Emax + 1)._finish(ctx, conds)
        if lnx_estimate < ctx.Etiny() - 2:
            return _new(0, 1, ctx.Etiny() - 2)._finish(ctx, conds)
        r = _ziv(scaled, prec, ctx._rounding)
        r = r._fix(ctx, conds)
        if Inexact not in conds:
            conds.extend((Inexact, Rounded))
        return r._signal_in(ctx, conds)

    def _pow_mod(self, other, modulo, ctx):
        modulo = _dec(modulo)
        if modulo is None:
            return NotImplemented
        conds = []
        nan = self._nan_result(other, ctx, conds)
        if nan is None:
            nan = modulo._nan_result(None, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        if not (self._is_integral() and other._is_integral() and modulo._is_integral()):
            return ctx._invalid()
        if other._sign or not modulo._int:
            return ctx._invalid()
        if _ndigits(int(modulo.copy_abs())) > ctx._prec:
            return ctx._invalid()
        if not self._int and not other._int:
            return ctx._invalid()
        m = abs(int(modulo))
        base = abs(int(self))
        r = pow(base, int(other), m)
        sign = self._sign if int(other) & 1 else 0
        return _new(sign, r, 0)

    # -- format() --

    def __format__(self, specifier, context=None):
        """Format a Decimal instance according to the given specifier."""
        if not isinstance(specifier, str):
            raise TypeError('format() argument must be str, not %s'
                            % type(specifier).__name__)
        ctx = context if context is not None else getcontext()
        spec = _parse_spec(specifier)
        kind = spec['type']
        precision = spec['precision']
        if kind is None:
            kind = 'gG'[ctx._capitals]
        if kind in 'nN':
            kind = 'g' if kind == 'n' else 'G'
        sign = self._sign
        if self._special:
            body = str(self.copy_abs())
            if kind == '%':
                body += '%'
            if spec['zeropad']:
                # No zeros before a NaN or an infinity: plain right alignment.
                spec['fill'], spec['align'] = ' ', '>'
            return _align(_sign_text(sign, spec), body, spec, False)
        d = self
        if kind == '%':
            d = _new(d._sign, d._int, d._exp + 2)
        rounding = ctx._rounding
        if precision is not None:
            if kind in 'eE':
                d = _rounded_to_digits(d, precision + 1, rounding)
            elif kind in 'fF%':
                d = _rescaled(d, -precision, rounding)
            elif kind in 'gG':
                if precision == 0:
                    precision = 1
                if _ndigits(d._int) > precision:
                    d = _rounded_to_digits(d, precision, rounding)
        if not d._int and d._exp > 0 and kind in 'fF%':
            d = _new(d._sign, 0, 0)
        # 'z' makes a negative zero positive: for the upper-case types
        # (as CPython's decimal does) only a zero before rounding.
        if spec['no_neg_0'] and not (self._int if kind in 'EFG' else d._int):
            sign = 0
        digits = str(d._int)
        leftdigits = d._exp + len(digits)
        if kind in 'eE':
            dotplace = 1 - precision if (not d._int and precision is not None) else 1
        elif kind in 'fF%':
            dotplace = leftdigits
        elif d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * -dotplace + digits
        elif dotplace > len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace] or '0'
            fracpart = digits[dotplace:]
        exp = leftdigits - dotplace
        tail = ('.' + fracpart) if fracpart else ''
        if exp != 0 or kind in 'eE':
            tail += {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[kind] + '%+d' % exp
        if kind == '%':
            tail += '%'
        sign_text = _sign_text(sign, spec)
        if spec['zeropad']:
            width = spec['minimumwidth'] - len(sign_text) - len(tail)
        else:
            width = 0
        intpart = _group(intpart, spec['thousands_sep'], width)
        return _align(sign_text, intpart + tail, spec, True)


# ---- the native value ------------------------------------------------------------

def _install_native():
    """Make Decimals native values (_decimal_core, src/modules/decimal/):
    `_new` and `_make_of` make them, their parts are read through native
    properties, and natives replace the methods in _core.METHODS (and
    __new__); these compute the common cases (finite operands, the
    current context, no trapped condition) and call the Python method
    they replace, kept in `_fallbacks`, for everything else."""
    global _new, _make_of
    try:
        import _decimal_core as core
    except (ImportError, PermissionError):
        return
    global _fallbacks
    _fallbacks = {name: getattr(Decimal, name) for name in core.METHODS + ('__new__',)}
    core.install(Decimal, _current, _fallbacks, Clamped, Inexact, Rounded,
                 Subnormal, Underflow)
    _new = core.make
    _make_of = core.make_of


_install_native()
del _install_native


_NAN = _new(0, 0, 0, 'n')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        special = exp
    elif isinstance(exp, int):
        special = ''
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError('coefficient must be a tuple of digits')
    coeff = int(''.join(map(str, digits))) if digits else 0
    if special == 'F':
        return sign, 0, 0, 'F'
    if special:
        return sign, coeff, 0, special
    return sign, coeff, exp, ''


# ---- exact helpers of the transcendental functions ---------------------------

class _RatioFraction(object):
    """A rational n/d (d > 0), enough of a Fraction for the series."""
    __slots__ = ('numerator', 'denominator')

    def __init__(self, n, d):
        self.numerator = n
        self.denominator = d


def _ratio_of(d):
    n, den = d.as_integer_ratio()
    return _RatioFraction(n, den)


def _half_even(ctx):
    if ctx._rounding == ROUND_HALF_EVEN:
        return ctx
    work = ctx.copy()
    work._rounding = ROUND_HALF_EVEN
    return work


def _cut(c, e, digits):
    """c * 10**e cut to digits digits, a dropped nonzero part kept as a
    sticky last digit."""
    extra = _ndigits(c) - digits
    if extra <= 0:
        return c, e
    q, r = divmod(c, 10 ** extra)
    if r and q % 10 == 0:
        q += 1
    return q, e + extra


def _atanh_inv(n, w):
    """atanh(1/n) * 10**w, to within a few units."""
    total = 0
    term = 10 ** w // n
    n2 = n * n
    k = 1
    while term:
        total += term // k
        term //= n2
        k += 2
    return total


def _ln2(w):
    return 2 * _atanh_inv(3, w)


def _ln10(w):
    # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
    return 3 * _ln2(w + 2) // 100 + 2 * _atanh_inv(9, w + 2) // 100


def _ln_scaled(c, e, w):
    """ln(c * 10**e) * 10**w, to within a few units (c > 0)."""
    w2 = w + 10
    nd = _ndigits(c)
    # c * 10**e = m * 10**a with 1 <= m < 10, and m = 2**k * y, 1 <= y < 2.
    a = e + nd - 1
    m = c * 10 ** w2 // 10 ** (nd - 1) if nd - 1 <= w2 else c // 10 ** (nd - 1 - w2)
    one = 10 ** w2
    k = 0
    while m >= 2 * one:
        m //= 2
        k += 1
    # ln y = 2 atanh((y - 1) / (y + 1)).
    num = m - one
    den = m + one
    z = num * one // den
    z2 = z * z // one
    total = 0
    term = z
    i = 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    # a ln 10 needs as many more digits of ln 10 as a has.
    extra = len(str(abs(a)))
    result = 2 * total + k * _ln2(w2) + a * _ln10(w2 + extra) // 10 ** extra
    return result // 10 ** 10


def _exp_scaled(x, w):
    """e ** x * 10**w for a rational x (numerator/denominator), to within
    a relative error of a few units in 10**-w; a (coefficient, exponent)
    pair, the value being coefficient * 10**(exponent - w)."""
    n, d = x.numerator, x.denominator
    # x = q ln 10 + r: e**x = 10**q * e**r with 0 <= r < ln 10.
    guard = len(str(abs(n) // d)) + 12
    wl = w + guard
    ln10 = _ln10(wl)
    xs = n * 10 ** wl // d
    q = xs // ln10
    r = xs - q * ln10
    # e**r by halving r h times, the series, then h squarings.
    h = 8
    wr = wl + 4
    rr = r * 10 ** 4 >> h
    one = 10 ** wr
    total = one
    term = one
    i = 1
    while term:
        term = term * rr // (one * i)
        total += term
        i += 1
    for _ in range(h):
        total = total * total // one
    return total // 10 ** (wr - w), q


def _ziv(compute, prec, rounding=ROUND_HALF_EVEN):
    """The Decimal of a transcendental value rounded to prec digits
    (half even): computed with more and more guard digits until its
    rounding is certain. compute(w) gives value * 10**w to within a few
    units, or a (that, exponent) pair for value * 10**(exponent - w)."""
    w = prec + 12
    for _ in range(6):
        used = w
        got = compute(w)
        if isinstance(got, tuple):
            v, shift = got
        else:
            v, shift = got, 0
        sign = 1 if v < 0 else 0
        v = abs(v)
        err = 64
        nd = _ndigits(v)
        if nd - prec > 3:
            drop = nd - prec
            lo, _ = _round_coeff(sign, v - err, drop, rounding) if v > err else (-1, 0)
            hi, _ = _round_coeff(sign, v + err, drop, rounding)
            if lo == hi and _ndigits(lo) == _ndigits(hi):
                # v itself rounds the same way: keep a sticky digit for
                # the final rounding, which cannot land on a tie.
                c = v
                if c % 10 in (0, 5):
                    c += 1
                return _new(sign, c, shift - w)
        w += max(prec, 20) + max(0, prec + 4 - nd)
    # Still undecided (an exact or a tie value): the last approximation.
    c = v
    if c % 10 in (0, 5):
        c += 1
    return _new(sign, c, shift - used)


# ---- format() helpers ----------------------------------------------------------

def _parse_spec(spec):
    """The parts of a format specifier:
    [[fill]align][sign][z][0][width][,][.precision][type]."""
    def invalid():
        return ValueError('invalid format string')
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start and spec[start] == '0':
        raise invalid()
    width = int(spec[start:i]) if i > start else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise invalid()
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
        if kind not in 'eEfFgGn%':
            raise invalid()
    if i != n:
        raise invalid()
    if zeropad and (fill is not None or align is not None):
        raise invalid()
    if kind in ('n', 'N') and sep:
        raise invalid()
    if zeropad:
        fill, align = '0', '='
    return {'fill': fill if fill is not None else ' ',
            'align': align if align is not None else '>',
            'sign': sign, 'no_neg_0': no_neg_0, 'zeropad': zeropad,
            'minimumwidth': width, 'thousands_sep': sep,
            'precision': precision, 'type': kind}


def _sign_text(sign, spec):
    if sign:
        return '-'
    return {'-': '', '+': '+', ' ': ' '}[spec['sign']]


def _group(digits, sep, width):
    """The integer digits with sep between groups of three, padded with
    leading zeros (and separators) to at least width characters."""
    if not sep:
        return digits.rjust(width, '0')
    groups = []
    rest = digits
    need = max(width, 1)
    while True:
        size = min(max(len(rest), need, 1), 3)
        groups.append(rest[-size:].rjust(size, '0') if rest else '0' * size)
        rest = rest[:-size] if len(rest) > size else ''
        need -= size
        if not rest and need <= 0:
            break
        need -= len(sep)
    return sep.join(reversed(groups))


def _align(sign_text, body, spec, numeric):
    width = spec['minimumwidth']
    fill = spec['fill']
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    align = spec['align']
    if align == '<':
        return sign_text + body + fill * pad
    if align == '=':
        return sign_text + fill * pad + body
    if align == '^':
        left = pad // 2
        return fill * left + sign_text + body + fill * (pad - left)
    return fill * pad + sign_text + body


def _rounded_to_digits(d, digits, rounding):
    """d (finite) with exactly digits significant digits (a zero as it is)."""
    extra = _ndigits(d._int) - digits
    if extra <= 0:
        if not d._int:
            return d
        return _new(d._sign, d._int * 10 ** -extra, d._exp + extra)
    c, _ = _round_coeff(d._sign, d._int, extra, rounding)
    exp = d._exp + extra
    if _ndigits(c) > digits:
        c //= 10
        exp += 1
    return _new(d._sign, c, exp)


def _rescaled(d, exp, rounding):
    """d (finite) with exponent exp, rounded or padded."""
    if d._exp >= exp:
        return _new(d._sign, d._int * 10 ** (d._exp - exp), exp)
    c, _ = _round_coeff(d._sign, d._int, exp - d._exp, rounding)
    return _new(d._sign, c, exp)



# A Decimal is a numbers.Number (not a Real: it does not mix with floats).
import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers
