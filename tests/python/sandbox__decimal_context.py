# sandpy-only: sandboxes exist only in sandpy
# Each sandbox has its own current decimal context: a child's precision,
# rounding and flags never reach its parent's, and a child starts with a
# fresh copy of DefaultContext. fractions and statistics are shared frozen.
import decimal
import fractions
import sandbox
import statistics
from decimal import Decimal, getcontext

getcontext().prec = 5
getcontext().rounding = decimal.ROUND_DOWN


def child():
    from decimal import Decimal, getcontext
    before = (getcontext().prec, getcontext().rounding)
    getcontext().prec = 3
    q = str(Decimal(2) / 3)
    import statistics
    return before, q, str(statistics.mean([Decimal('0.1'), Decimal('0.25')]))


print(sandbox.spawn(child).join())
print(Decimal(2) / 3, getcontext().prec, getcontext().flags[decimal.Inexact])
try:
    fractions.Fraction.x = 1
except TypeError as e:
    print(type(e).__name__)
try:
    statistics.NormalDist.x = 1
except TypeError as e:
    print(type(e).__name__)
# Output:
# ((28, 'ROUND_HALF_EVEN'), '0.667', '0.175')
# 0.66666 5 True
# TypeError
# TypeError
