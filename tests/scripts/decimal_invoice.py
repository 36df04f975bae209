# An invoice run for a small shop: exact money with Decimal, per-line
# rounding with quantize(ROUND_HALF_UP), VAT rates per category, discounts
# computed at higher precision inside localcontext, currency conversion
# with banker's rounding, and a fixed-width table as a printed invoice.
from collections import defaultdict
from decimal import (ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal,
                     DivisionByZero, InvalidOperation, localcontext)

CENT = Decimal('0.01')
VAT = {'food': Decimal('0.07'), 'books': Decimal('0.07'), 'goods': Decimal('0.19'),
       'service': Decimal('0.19')}
RATES = {'EUR': Decimal('1'), 'USD': Decimal('1.0842'), 'CHF': Decimal('0.9415'),
         'JPY': Decimal('163.27')}


def money(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(x, width=10):
    return f'{x:>{width},.2f}'


class Line:
    def __init__(self, text, qty, unit, category, discount='0'):
        self.text = text
        self.qty = Decimal(qty)
        self.unit = Decimal(unit)
        self.category = category
        self.discount = Decimal(discount)

    def net(self):
        with localcontext() as ctx:
            ctx.prec = 40
            gross = self.qty * self.unit
            off = gross * self.discount / 100
        return money(gross - off)

    def vat(self):
        return money(self.net() * VAT[self.category])


def invoice(number, customer, lines, currency='EUR'):
    width = 72
    print('=' * width)
    print(f'INVOICE {number:<20}{customer:>{width - 28}}')
    print('-' * width)
    print(f'{"item":<26}{"qty":>7}{"unit":>10}{"disc%":>7}{"net":>11}{"vat":>11}')
    totals = defaultdict(Decimal)
    for line in lines:
        net, vat = line.net(), line.vat()
        totals[line.category, 'net'] += net
        totals[line.category, 'vat'] += vat
        qty = line.qty.normalize()
        if qty == qty.to_integral():
            qty = qty.quantize(Decimal(1))
        print(f'{line.text[:25]:<26}{qty!s:>7}{fmt(line.unit)}{line.discount:>7}'
              f'{fmt(net, 11)}{fmt(vat, 11)}')
    print('-' * width)
    net_total = sum((v for (c, k), v in totals.items() if k == 'net'), Decimal(0))
    vat_total = sum((v for (c, k), v in totals.items() if k == 'vat'), Decimal(0))
    for rate in sorted(set(VAT.values())):
        cats = [c for c in VAT if VAT[c] == rate]
        base = sum((totals[c, 'net'] for c in cats), Decimal(0))
        if base:
            print(f'{"VAT " + str(rate * 100).rstrip("0").rstrip(".") + "% on":>50}{fmt(base, 11)}'
                  f'{fmt(sum((totals[c, "vat"] for c in cats), Decimal(0)), 11)}')
    grand = net_total + vat_total
    print(f'{"total EUR":>50}{fmt(net_total, 11)}{fmt(grand, 11)}')
    if currency != 'EUR':
        converted = (grand * RATES[currency]).quantize(
            Decimal(1) if currency == 'JPY' else CENT, rounding=ROUND_HALF_EVEN)
        print(f'{"total " + currency + " at " + str(RATES[currency]):>50}{converted:>22,}')
    print('=' * width)
    return grand


orders = [
    ('2026-0412', 'Bäckerei Müller', [
        Line('Flour type 550, 25kg', '4', '18.90', 'food'),
        Line('Sugar 1kg', '12', '1.15', 'food', '5'),
        Line('Oven cleaning', '1.5', '64.00', 'service'),
        Line('Baking paper roll', '3', '7.333', 'goods', '12.5'),
    ], 'EUR'),
    ('2026-0413', 'Smith & Sons Ltd', [
        Line('Python in a Sandbox (book)', '2', '39.95', 'books'),
        Line('USB-C cable 2m', '7', '4.99', 'goods', '10'),
        Line('Consulting hour', '2.25', '120', 'service', '2.5'),
    ], 'USD'),
    ('2026-0414', 'Tanaka K.K.', [
        Line('Tea sampler', '10', '3.335', 'food'),
        Line('Porcelain cup', '6', '12.50', 'goods', '33.333'),
    ], 'JPY'),
]

grand_totals = []
for number, customer, lines, cur in orders:
    grand_totals.append(invoice(number, customer, lines, cur))

print('\nsummary:', [str(g) for g in grand_totals], 'sum', sum(grand_totals))
print('average', (sum(grand_totals) / len(grand_totals)).quantize(CENT), 'max', max(grand_totals))

# Splitting a bill three ways: the cents that do not divide go to the first.
total = grand_totals[0]
share = (total / 3).quantize(CENT, rounding=ROUND_DOWN)
shares = [share] * 3
shares[0] += total - share * 3
print('split', total, '->', shares, sum(shares) == total)

# Instalments: a monthly rate at 28 digits, then rounded per payment.
with localcontext(Context(prec=28)) as ctx:
    yearly = Decimal('0.049')
    monthly = yearly / 12
    n = 6
    principal = grand_totals[1]
    rate = principal * monthly / (1 - (1 + monthly) ** -n)
    print('monthly rate', monthly, 'payment', money(rate), ctx.prec)
balance = principal
for month in range(1, n + 1):
    interest = money(balance * monthly)
    pay = money(rate) if month < n else balance + interest
    balance = balance + interest - pay
    print(f'{month:2} interest {interest:>6} pay {pay:>8} left {balance:>9}')

for bad in ['12,50', 'abc', '1e999999999']:
    try:
        print(money(bad))
    except InvalidOperation as e:
        print('refused', repr(bad), type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError))
print(Decimal('2.675').quantize(CENT), Decimal('2.665').quantize(CENT, ROUND_HALF_UP),
      Decimal('-0.005').quantize(CENT, ROUND_HALF_UP), Decimal(2.675).quantize(CENT))
print(repr(Decimal('1234.5000').normalize()), Decimal('1E+3').to_integral(), f'{Decimal("1234567.891"):,.2f}')

# Output:
# ========================================================================
# INVOICE 2026-0412                                        Bäckerei Müller
# ------------------------------------------------------------------------
# item                          qty      unit  disc%        net        vat
# Flour type 550, 25kg            4     18.90      0      75.60       5.29
# Sugar 1kg                      12      1.15      5      13.11       0.92
# Oven cleaning                 1.5     64.00      0      96.00      18.24
# Baking paper roll               3      7.33   12.5      19.25       3.66
# ------------------------------------------------------------------------
#                                          VAT 7% on      88.71       6.21
#                                         VAT 19% on     115.25      21.90
#                                          total EUR     203.96     232.07
# ========================================================================
# ========================================================================
# INVOICE 2026-0413                                       Smith & Sons Ltd
# ------------------------------------------------------------------------
# item                          qty      unit  disc%        net        vat
# Python in a Sandbox (book       2     39.95      0      79.90       5.59
# USB-C cable 2m                  7      4.99     10      31.44       5.97
# Consulting hour              2.25    120.00    2.5     263.25      50.02
# ------------------------------------------------------------------------
#                                          VAT 7% on      79.90       5.59
#                                         VAT 19% on     294.69      55.99
#                                          total EUR     374.59     436.17
#                                total USD at 1.0842                472.90
# ========================================================================
# ========================================================================
# INVOICE 2026-0414                                            Tanaka K.K.
# ------------------------------------------------------------------------
# item                          qty      unit  disc%        net        vat
# Tea sampler                    10      3.34      0      33.35       2.33
# Porcelain cup                   6     12.50 33.333      50.00       9.50
# ------------------------------------------------------------------------
#                                          VAT 7% on      33.35       2.33
#                                         VAT 19% on      50.00       9.50
#                                          total EUR      83.35      95.18
#                                total JPY at 163.27                15,540
# ========================================================================
#
# summary: ['232.07', '436.17', '95.18'] sum 763.42
# average 254.47 max 436.17
# split 232.07 -> [Decimal('77.37'), Decimal('77.35'), Decimal('77.35')] True
# monthly rate 0.004083333333333333333333333333 payment 73.74 28
#  1 interest   1.78 pay    73.74 left    364.21
#  2 interest   1.49 pay    73.74 left    291.96
#  3 interest   1.19 pay    73.74 left    219.41
#  4 interest   0.90 pay    73.74 left    146.57
#  5 interest   0.60 pay    73.74 left     73.43
#  6 interest   0.30 pay    73.73 left      0.00
# refused '12,50' InvalidOperation
# refused 'abc' InvalidOperation
# refused '1e999999999' InvalidOperation
# DivisionByZero True
# 2.68 2.67 -0.01 2.67
# Decimal('1234.5') 1E+3 1,234,567.89
