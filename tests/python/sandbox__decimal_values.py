# sandpy-only: Decimals are native immutable values: they freeze (a
# frozen Decimal is one, of the receiving sandbox's Decimal class), cross
# sandboxes as arguments, results and queue items, and keep their value,
# hash and type; a subclass instance freezes with its attributes.
import sandbox
from decimal import Decimal, getcontext

d = Decimal('12.345')
f = sandbox.freeze(d)
print(f == d, f is sandbox.freeze(f), type(f) is Decimal, hash(f) == hash(d), f + 1)
print(sandbox.freeze([Decimal('1.5'), Decimal(-2)]), sandbox.thaw(sandbox.freeze({Decimal(1): d})))


def child(values):
    from decimal import Decimal, getcontext
    getcontext().prec = 4
    total = sum(values, Decimal(0))
    return total / 3, [type(v).__name__ for v in values], isinstance(values[0], Decimal)


print(sandbox.spawn(child, [Decimal('1.25'), Decimal('2.5'), Decimal('0.01')]).join())
print(sandbox.map(lambda x: x * 2, [Decimal('0.5'), Decimal('1E+3')]))
q = sandbox.Queue()
q.put((Decimal('-0'), Decimal('NaN'), Decimal('1E-30')))
print(q.get(), getcontext().prec)


class Money(Decimal):
    pass


m = Money('3.50')
m.currency = 'EUR'
fm = sandbox.freeze(m)
print(type(fm).__name__, fm, fm.currency, fm + 1, type(fm + 1).__name__)
# Output:
# True True True True 13.345
# [Decimal('1.5'), Decimal('-2')] {Decimal('1'): Decimal('12.345')}
# (Decimal('1.253'), ['Decimal', 'Decimal', 'Decimal'], True)
# [Decimal('1.0'), Decimal('2E+3')]
# (Decimal('-0'), Decimal('NaN'), Decimal('1E-30')) 28
# Money 3.50 EUR 4.50 Decimal
