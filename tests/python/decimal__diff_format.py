# Differential check of format() of Decimals against CPython: generated
# values (long and short coefficients, wide exponents, zeros, specials)
# and format specifiers (fill, align, sign, z, zero padding, width,
# grouping, precision, every type); each group prints a count and a
# digest of the results.
from decimal import *

seed = 99


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


def gen_value():
    k = rnd(25)
    if k == 0:
        return Decimal(['NaN', '-NaN', 'sNaN', 'Inf', '-Infinity', '-0', '0E+5', '0.000', 'NaN12'][rnd(9)])
    sign = '-' if rnd(3) == 0 else ''
    digits = str(rnd(10 ** (rnd(12) + 1)))
    return Decimal(sign + digits + 'E' + str(rnd(30) - 18))


def gen_spec():
    out = ''
    if rnd(4) == 0:
        out += ['', '*', '0', ' ', 'x'][rnd(5)] + '<>=^'[rnd(4)]
    if rnd(3) == 0:
        out += '+- '[rnd(3)]
    if rnd(6) == 0:
        out += 'z'
    if rnd(4) == 0:
        out += '0'
    if rnd(2) == 0:
        out += str(rnd(25))
    if rnd(4) == 0:
        out += ','
    if rnd(2) == 0:
        out += '.' + str(rnd(12))
    if rnd(5):
        out += 'eEfFgGn%'[rnd(8)]
    if rnd(40) == 0:
        out += '#x_'[rnd(3)]
    return out


counts = {}
digests = {}


def record(group, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    counts[group] = counts.get(group, 0) + 1
    h = digests.get(group, 0)
    for ch in r:
        h = (h * 1000003 + ord(ch)) % 2**61
    digests[group] = h


for i in range(1500):
    v = gen_value()
    spec = gen_spec()
    record('format ' + (spec[-1] if spec and spec[-1] in 'eEfFgGn%' else 'none'), lambda: format(v, spec))
with localcontext() as ctx:
    for mode in [ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_05UP]:
        ctx.rounding = mode
        for i in range(100):
            v = gen_value()
            record('format rounding', lambda: format(v, '.%d%s' % (rnd(6), 'efg%'[rnd(4)])))
    ctx.capitals = 0
    for i in range(50):
        v = gen_value()
        record('format capitals', lambda: (format(v, ''), format(v, '.3'), str(v)))
for group in sorted(counts):
    print(group, counts[group], digests[group])

# Output:
# format % 158 1186771317770424548
# format E 150 615080818246665504
# format F 157 611358814863867586
# format G 155 151559404111810775
# format capitals 50 222540377992644678
# format e 129 1676649567251152072
# format f 137 2153717072848172369
# format g 144 1512622610173500100
# format n 161 1125937498358334697
# format none 309 1697107006782428278
# format rounding 400 1602835841443191842
