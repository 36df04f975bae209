# A sales summary from CSV exports: the program writes two monthly exports
# to files (one with a semicolon dialect, as a spreadsheet in a comma-decimal
# locale saves them), reads them back with DictReader, cleans the rows,
# groups them with collections and reports statistics per region and
# product, then writes the summary as CSV again.
import csv
import io
import os
import statistics
import uuid
from collections import Counter, OrderedDict, defaultdict, namedtuple
from random import Random

rng = Random(19)
REGIONS = ['north', 'south', 'east', 'west']
PRODUCTS = {'widget': 4.5, 'gadget': 12.0, 'doohickey': 0.75, 'gizmo': 31.2}
REPS = ['Ana Lima', 'Bo "Bear" Chen', 'Cy Okafor', "Dee O'Neil", 'Eve, Jr.']


def make_export(path, month, rows, dialect):
    with open(path, 'w', newline='') as f:
        w = csv.writer(f, dialect=dialect)
        w.writerow(['date', 'region', 'rep', 'product', 'units', 'price', 'note'])
        for i in range(rows):
            product = rng.choice(list(PRODUCTS))
            price = PRODUCTS[product] * rng.choice([1, 1, 1, 0.9, 1.1])
            units = int(rng.expovariate(1 / 20)) + 1
            note = rng.choice(['', '', 'rush', 'gift, wrapped', 'line1\nline2'])
            price_text = f'{price:.2f}'
            if dialect == 'semi':
                price_text = price_text.replace('.', ',')
            if i % 37 == 5:
                units = 'n/a'
            w.writerow([f'2026-{month:02d}-{rng.randrange(1, 29):02d}', rng.choice(REGIONS),
                        rng.choice(REPS), product, units, price_text, note])


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semi)
workdir = os.path.join('/tmp', 'csv_summary_' + uuid.uuid4().hex)
os.mkdir(workdir)
paths = [os.path.join(workdir, 'sales_11.csv'), os.path.join(workdir, 'sales_12.csv')]
make_export(paths[0], 11, 120, 'excel')
make_export(paths[1], 12, 150, 'semi')

Sale = namedtuple('Sale', 'month region rep product units price')
sales, rejected = [], Counter()
for path in paths:
    with open(path, newline='') as f:
        sample = f.read(2048)
        f.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=',;')
        print(f'{os.path.basename(path)}: delimiter {dialect.delimiter!r}, header {csv.Sniffer().has_header(sample)}')
        for row in csv.DictReader(f, dialect=dialect):
            try:
                units = int(row['units'])
                price = float(row['price'].replace(',', '.'))
            except ValueError as e:
                rejected[str(e).split(':')[0]] += 1
                continue
            sales.append(Sale(row['date'][:7], row['region'], row['rep'], row['product'], units, price))
    os.remove(path)
os.rmdir(workdir)
print(len(sales), 'sales read; rejected:', dict(rejected))

by_region = defaultdict(list)
by_product = defaultdict(list)
by_rep = Counter()
for s in sales:
    amount = round(s.units * s.price, 2)
    by_region[s.region].append(amount)
    by_product[s.product].append(s.units)
    by_rep[s.rep] += amount

print('\n== revenue by region ==')
print(f'{"region":<8}{"n":>4}{"total":>11}{"mean":>9}{"median":>9}{"stdev":>9}')
for region in sorted(by_region):
    xs = by_region[region]
    print(f'{region:<8}{len(xs):>4}{sum(xs):>11.2f}{statistics.mean(xs):>9.2f}'
          f'{statistics.median(xs):>9.2f}{statistics.stdev(xs):>9.2f}')

print('\n== units by product ==')
for product, units in sorted(by_product.items(), key=lambda kv: -sum(kv[1])):
    q = statistics.quantiles(units, n=4)
    print(f'{product:<10} total {sum(units):5d}  quartiles {q}  mode {statistics.mode(units)}'
          f'  median_low {statistics.median_low(units)}')

all_amounts = [a for xs in by_region.values() for a in xs]
print('\n== overall ==')
print('mean', round(statistics.fmean(all_amounts), 4), 'pstdev', round(statistics.pstdev(all_amounts), 4))
print('deciles', [round(x, 2) for x in statistics.quantiles(all_amounts, n=10)])
print('inclusive quartiles', statistics.quantiles(sorted(all_amounts)[:40], n=4, method='inclusive'))
units = [s.units for s in sales]
prices = [s.price for s in sales]
print('correlation units~price', round(statistics.correlation(units, prices), 6))
fit = statistics.linear_regression(units, [u * p for u, p in zip(units, prices)])
print(f'revenue ~ {fit.slope:.3f} * units + {fit.intercept:.3f}')
print('top reps', [(r, round(v, 2)) for r, v in by_rep.most_common(3)])
months = OrderedDict()
for s in sales:
    months.setdefault(s.month, Counter())[s.product] += s.units
for m, c in months.items():
    print(m, sorted(c.items()), 'multimode', statistics.multimode([x.region for x in sales if x.month == m]))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['region', 'sales', 'revenue', 'share'], quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
grand = sum(all_amounts)
for region in sorted(by_region, key=lambda r: -sum(by_region[r])):
    w.writerow({'region': region, 'sales': len(by_region[region]),
                'revenue': round(sum(by_region[region]), 2),
                'share': f'{sum(by_region[region]) / grand:.1%}'})
print()
print(out.getvalue(), end='')
back = list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back[1], type(back[1][1]).__name__)
tricky = io.StringIO()
csv.writer(tricky).writerows([[r, 'x'] for r in REPS])
print(repr(tricky.getvalue()))
try:
    statistics.stdev([1.0])
except statistics.StatisticsError as e:
    print('StatisticsError:', e)

# Output:
# sales_11.csv: delimiter ',', header True
# sales_12.csv: delimiter ';', header True
# 262 sales read; rejected: {'invalid literal for int() with base 10': 8}
#
# == revenue by region ==
# region     n      total     mean   median    stdev
# east      63   13292.28   210.99    99.00   290.46
# north     60   17561.47   292.69   132.00   424.12
# south     75   15083.85   201.12    91.30   243.04
# west      64   18573.70   290.21    88.12   577.73
#
# == units by product ==
# gadget     total  1583  quartiles [4.0, 14.5, 30.75]  mode 1  median_low 14
# doohickey  total  1324  quartiles [5.0, 14.0, 28.5]  mode 3  median_low 14
# gizmo      total  1274  quartiles [8.0, 14.0, 25.0]  mode 13  median_low 14
# widget     total  1185  quartiles [5.5, 18.0, 38.5]  mode 3  median_low 18
#
# == overall ==
# mean 246.2263 pstdev 399.0773
# deciles [6.19, 13.5, 27.0, 50.83, 97.5, 178.56, 264.0, 405.6, 650.86]
# inclusive quartiles [2.25, 5.1, 8.879999999999999]
# correlation units~price -0.027988
# revenue ~ 11.202 * units + 16.802
# top reps [('Ana Lima', 17781.09), ('Cy Okafor', 16071.34), ('Bo "Bear" Chen', 10559.05)]
# 2026-11 [('doohickey', 479), ('gadget', 719), ('gizmo', 595), ('widget', 561)] multimode ['north']
# 2026-12 [('doohickey', 845), ('gadget', 864), ('gizmo', 679), ('widget', 624)] multimode ['south']
#
# "region","sales","revenue","share"
# "west",64,18573.7,"28.8%"
# "north",60,17561.47,"27.2%"
# "south",75,15083.85,"23.4%"
# "east",63,13292.28,"20.6%"
# ['west', 64.0, 18573.7, '28.8%'] float
# 'Ana Lima,x\r\n"Bo ""Bear"" Chen",x\r\nCy Okafor,x\r\nDee O\'Neil,x\r\n"Eve, Jr.",x\r\n'
# StatisticsError: stdev requires at least two data points
