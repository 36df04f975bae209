import math
from fractions import Fraction as F

nan, inf = float('nan'), float('inf')
vals = [F(1, 2), F(-1, 2), F(3), F(0), F(1, 3)]
others = [0.5, -0.5, 3, 3.0, 0, F(1, 3), 1/3, nan, inf, -inf, True, complex(0.5, 0), 0.5j]
for x in vals:
    row = []
    for y in others:
        r = []
        for op in ['==', '!=', '<', '<=', '>', '>=']:
            try:
                r.append(int(eval('x %s y' % op)))
            except TypeError as e:
                r.append('T')
            try:
                r.append(int(eval('y %s x' % op)))
            except TypeError as e:
                r.append('T')
        row.append(''.join(map(str, r)))
    print(x, ' '.join(row))
try:
    F(1) < 1j
except TypeError as e:
    print(e)
# hashing agrees with equal ints and floats
for x in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(-7, 11), F(2**61 - 1), F(1, 2**61 - 1),
          F(3, 2 * (2**61 - 1)), F(10**40, 7), F(1, 10**20), F(0)]:
    print(hash(x), x.denominator < 2**60 and x == float(x) and hash(x) == hash(float(x)))
print(hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(-1)), hash(F(1, 2**61 - 1)))
print(len({F(1, 2), 0.5, F(2, 4), F(3), 3, 3.0}))
print(sorted([F(1, 3), 0.25, 1, F(-1, 2), -1, 0.3]))
print(max(F(1, 3), 0.3), min([F(5, 2), 2.5, 3]))

# Output:
# 1/2 110000110011 001101011010 001110100101 001110100101 001101011010 001101011010 001101011010 001100000000 001110100101 001101011010 001110100101 1100TTTTTTTT 0011TTTTTTTT
# -1/2 001110100101 110000110011 001110100101 001110100101 001110100101 001110100101 001110100101 001100000000 001110100101 001101011010 001110100101 0011TTTTTTTT 0011TTTTTTTT
# 3 001101011010 001101011010 110000110011 110000110011 001101011010 001101011010 001101011010 001100000000 001110100101 001101011010 001101011010 0011TTTTTTTT 0011TTTTTTTT
# 0 001110100101 001101011010 001110100101 001110100101 110000110011 001110100101 001110100101 001100000000 001110100101 001101011010 001110100101 0011TTTTTTTT 0011TTTTTTTT
# 1/3 001110100101 001101011010 001110100101 001110100101 001101011010 110000110011 001101011010 001100000000 001110100101 001101011010 001110100101 0011TTTTTTTT 0011TTTTTTTT
# '<' not supported between instances of 'Fraction' and 'complex'
# 1152921504606846976 True
# -1152921504606846976 True
# 3 True
# -2 True
# 1537228672809129301 False
# -838488366986797801 False
# 0 False
# 314159 False
# 314159 False
# 1186575215938671349 False
# 820755670837168267 False
# 0 True
# True True -2 314159
# 2
# [-1, Fraction(-1, 2), 0.25, 0.3, Fraction(1, 3), 1]
# 1/3 5/2
