from statistics import NormalDist, StatisticsError

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

N = NormalDist(100, 15)
print(N, repr(NormalDist()), NormalDist(1, 0), NormalDist(mu=2, sigma=3))
show('neg sigma', lambda: NormalDist(0, -1))
show('str mu', lambda: NormalDist('a', 1))
print(N.mean, N.median, N.mode, N.stdev, N.variance)
for x in [100, 85, 130, 0, 1e6]:
    print(x, N.pdf(x), N.zscore(x))
print(round(N.cdf(115), 12), round(N.cdf(70), 12), N.cdf(100))
for p in [0.5, 0.975, 0.025, 0.1, 0.9, 1e-10, 1e-300, 0.999999]:
    print(p, N.inv_cdf(p), NormalDist().inv_cdf(p))
show('inv 0', lambda: N.inv_cdf(0))
show('inv 1', lambda: N.inv_cdf(1.0))
show('inv sigma0', lambda: NormalDist(1, 0).inv_cdf(0.5))
show('pdf sigma0', lambda: NormalDist(1, 0).pdf(1))
show('cdf sigma0', lambda: NormalDist(1, 0).cdf(1))
show('z sigma0', lambda: NormalDist(1, 0).zscore(1))
print(N.quantiles(), NormalDist().quantiles(10))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12))
print(round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 12), NormalDist(0, 1).overlap(NormalDist(0, 1)))
show('overlap type', lambda: N.overlap(3))
show('overlap 0', lambda: N.overlap(NormalDist(1, 0)))
A, B = NormalDist(1, 3), NormalDist(2, 4)
print(A + B, A - B, A + 1, 1 + A, A - 1, 10 - A, A * 2, 2 * A, A * -2, A / 4, A / -4, -A, +A)
print(A == NormalDist(1.0, 3.0), A == B, A != B, A == 1, hash(A) == hash(NormalDist(1, 3)))
show('div0', lambda: A / 0)
show('add str', lambda: A + 'x')
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist.from_samples(iter([1, 2, 3, 4])))
print(NormalDist.from_samples([1, float('inf')]))
show('from 1', lambda: NormalDist.from_samples([1]))
s = NormalDist(5, 2).samples(4, seed=42)
print(len(s), s == NormalDist(5, 2).samples(4, seed=42), len(NormalDist().samples(3)))
print(NormalDist.__slots__ if isinstance(NormalDist.__slots__, tuple) else sorted(NormalDist.__slots__))
show('attr', lambda: setattr(A, 'x', 1))

# Output:
# NormalDist(mu=100.0, sigma=15.0) NormalDist(mu=0.0, sigma=1.0) NormalDist(mu=1.0, sigma=0.0) NormalDist(mu=2.0, sigma=3.0)
# neg sigma StatisticsError sigma must be non-negative
# str mu ValueError could not convert string to float: 'a'
# 100.0 100.0 100.0 15.0 225.0
# 100 0.02659615202676218 0.0
# 85 0.016131381634609556 -1.0
# 130 0.0035993977675458705 2.0
# 0 5.940600124901455e-12 -6.666666666666667
# 1000000.0 0.0 66660.0
# 0.841344746069 0.022750131948 0.5
# 0.5 100.0 0.0
# 0.975 129.3994597681008 1.9599639845400536
# 0.025 70.60054023189919 -1.9599639845400538
# 0.1 80.77672651683099 -1.2815515655446008
# 0.9 119.22327348316901 1.2815515655446008
# 1e-10 4.579886463939161 -6.361340902404056
# 1e-300 -455.706444490418 -37.0470962993612
# 0.999999 171.30136463225634 4.753424308817089
# inv 0 StatisticsError p must be in the range 0.0 < p < 1.0
# inv 1 StatisticsError p must be in the range 0.0 < p < 1.0
# inv sigma0 StatisticsError cdf() not defined when sigma at or below zero
# pdf sigma0 StatisticsError pdf() not defined when sigma is zero
# cdf sigma0 StatisticsError cdf() not defined when sigma is zero
# z sigma0 StatisticsError zscore() not defined when sigma is zero
# [89.88265374705878, 100.0, 110.11734625294122] [-1.2815515655446008, -0.8416212335729142, -0.5244005127080407, -0.2533471031357998, 0.0, 0.2533471031357998, 0.5244005127080407, 0.8416212335729144, 1.2815515655446008]
# 0.803505065733
# 0.617075077452 1.0
# overlap type TypeError Expected another NormalDist instance
# overlap 0 StatisticsError overlap() not defined when sigma is zero
# NormalDist(mu=3.0, sigma=5.0) NormalDist(mu=-1.0, sigma=5.0) NormalDist(mu=2.0, sigma=3.0) NormalDist(mu=2.0, sigma=3.0) NormalDist(mu=0.0, sigma=3.0) NormalDist(mu=9.0, sigma=3.0) NormalDist(mu=2.0, sigma=6.0) NormalDist(mu=2.0, sigma=6.0) NormalDist(mu=-2.0, sigma=6.0) NormalDist(mu=0.25, sigma=0.75) NormalDist(mu=-0.25, sigma=0.75) NormalDist(mu=-1.0, sigma=3.0) NormalDist(mu=1.0, sigma=3.0)
# True False True False True
# div0 ZeroDivisionError float division by zero
# add str TypeError unsupported operand type(s) for +: 'float' and 'str'
# NormalDist(mu=6.85, sigma=4.389618434442793)
# NormalDist(mu=2.5, sigma=1.2909944487358056)
# NormalDist(mu=inf, sigma=nan)
# from 1 StatisticsError stdev requires at least two data points
# 4 True 3
# ['_mu', '_sigma']
# attr AttributeError 'NormalDist' object has no attribute 'x'
