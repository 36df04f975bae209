import statistics
from statistics import *
from fractions import Fraction as F

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

print(issubclass(StatisticsError, ValueError), sorted(statistics.__all__))
# documented examples
show('mean', lambda: mean([1, 2, 3, 4, 4]))
show('mean f', lambda: mean([-1.0, 2.5, 3.25, 5.75]))
show('mean F', lambda: mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
show('mean bool', lambda: mean([True, False, True]))
show('mean iter', lambda: mean(iter([1, 2])))
show('mean gen', lambda: mean(x for x in range(10)))
show('mean mix', lambda: mean([1, 2.5, F(1, 2)]))
show('mean inf', lambda: mean([1, float('inf')]))
show('mean nan', lambda: mean([float('inf'), float('-inf')]))
show('mean empty', lambda: mean([]))
show('mean str', lambda: mean(['a']))
show('mean int str', lambda: mean([1, 'a']))
show('mean None', lambda: mean([None]))
show('fmean', lambda: fmean([3.5, 4.0, 5.25]))
show('fmean w', lambda: fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
show('fmean iter', lambda: fmean(iter([1, 2, 4])))
show('fmean wgen', lambda: fmean([1, 2], (w for w in [1, 3])))
show('fmean empty', lambda: fmean([]))
show('fmean len', lambda: fmean([1, 2], [1]))
show('fmean w0', lambda: fmean([1, 2], [1, -1]))
show('geo', lambda: round(geometric_mean([54, 24, 36]), 9))
show('geo0', lambda: geometric_mean([1, 0]))
show('geo neg', lambda: geometric_mean([1, -2]))
show('geo empty', lambda: geometric_mean([]))
show('harm', lambda: harmonic_mean([40, 60]))
show('harm w', lambda: harmonic_mean([40, 60], weights=[5, 30]))
show('harm F', lambda: harmonic_mean([F(1, 2), F(1, 3)]))
show('harm 1', lambda: harmonic_mean([2.5]))
show('harm 1F', lambda: harmonic_mean([F(1, 2)]))
show('harm 1neg', lambda: harmonic_mean([-2]))
show('harm 1str', lambda: harmonic_mean(['a']))
show('harm 0', lambda: harmonic_mean([1, 0, 3]))
show('harm neg', lambda: harmonic_mean([1, -1]))
show('harm empty', lambda: harmonic_mean([]))
show('harm wlen', lambda: harmonic_mean([1, 2], [1]))
show('harm wneg', lambda: harmonic_mean([1, 2], [1, -1]))
show('harm wzero', lambda: harmonic_mean([1, 2], [0, 0]))
show('median', lambda: median([1, 3, 5]))
show('median even', lambda: median([1, 3, 5, 7]))
show('median F', lambda: median([F(1, 2), F(1, 3)]))
show('median empty', lambda: median([]))
show('median str', lambda: median(['b', 'a', 'c']))
show('median_low', lambda: median_low([1, 3, 5, 7]))
show('median_high', lambda: median_high([1, 3, 5, 7]))
show('median_low e', lambda: median_low([]))
show('median_high e', lambda: median_high(()))
show('grouped', lambda: median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
show('grouped 2', lambda: median_grouped([52, 52, 53, 54]))
show('grouped iv', lambda: median_grouped([1, 3, 3, 5, 7], interval=2))
show('grouped 1', lambda: median_grouped([7]))
show('grouped str', lambda: median_grouped(['a', 'b']))
show('grouped ivs', lambda: median_grouped([1, 2], 'x'))
show('grouped None', lambda: median_grouped([1, 2], None))
show('grouped e', lambda: median_grouped([]))
show('mode', lambda: mode([1, 1, 2, 3, 3, 3, 3, 4]))
show('mode str', lambda: mode(['red', 'red', 'green', 'blue', 'blue']))
show('mode e', lambda: mode([]))
show('multimode', lambda: multimode('aabbbbccddddeeffffgg'))
show('multimode e', lambda: multimode(''))
show('quartiles', lambda: quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110,
                                     100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                                     106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86,
                                     111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                                     103, 107, 101, 81, 109, 104], n=10))
show('quant incl', lambda: quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
show('quant F', lambda: quantiles([F(1, 2), F(3, 2), 2], n=3))
show('quant n1', lambda: quantiles([1, 2, 3], n=1))
show('quant n0', lambda: quantiles([1, 2, 3], n=0))
show('quant 1', lambda: quantiles([1], n=4))
show('quant meth', lambda: quantiles([1, 2], method='median'))
show('quant pos', lambda: quantiles([1, 2], 4))
show('var', lambda: variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
show('var F', lambda: variance([F(1, 6), F(1, 2), F(5, 3)]))
show('var int', lambda: variance([1, 2, 3, 4]))
show('var int exact', lambda: variance([1, 3, 5]))
show('var xbar', lambda: variance([1, 2, 3, 4], 2.5))
show('var iter', lambda: variance(iter([1.5, 2.5, 4.0])))
show('var inf', lambda: variance([1, float('inf')]))
show('var 1', lambda: variance([1]))
show('pvar', lambda: pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
show('pvar F', lambda: pvariance([F(1, 4), F(5, 4), F(1, 2)]))
show('pvar mu', lambda: pvariance([1, 2, 3], 1))
show('pvar e', lambda: pvariance([]))
show('stdev', lambda: stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
show('stdev F', lambda: stdev([F(1, 3), 2, 5]))
show('stdev big', lambda: stdev([10**30, 10**30 + 1, 10**30 + 5]))
show('stdev tiny', lambda: stdev([1e-300, 3e-300, 7e-300]))
show('stdev inf', lambda: stdev([1, float('inf')]))
show('stdev 1', lambda: stdev([1]))
show('pstdev', lambda: pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
show('pstdev 0', lambda: pstdev([3, 3, 3]))
show('pstdev e', lambda: pstdev([]))
show('cov', lambda: covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
show('cov len', lambda: covariance([1, 2], [1]))
show('cov 1', lambda: covariance([1], [1]))
show('corr', lambda: correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
show('corr const', lambda: correlation([1, 1, 1], [1, 2, 3]))
show('corr len', lambda: correlation([1, 2], [1]))
show('corr 1', lambda: correlation([1], [1]))
show('linreg', lambda: linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]))
show('linreg prop', lambda: linear_regression([1, 2, 3], [2, 4.1, 5.9], proportional=True))
show('linreg const', lambda: linear_regression([2, 2, 2], [1, 2, 3]))
show('linreg len', lambda: linear_regression([1, 2], [1]))
show('linreg 1', lambda: linear_regression([1], [1]))
r = linear_regression([1, 2, 3], [1, 2, 3])
print(r.slope, r.intercept, type(r).__name__, r._fields)
show('linreg kw', lambda: linear_regression(x=[1, 2], y=[1, 2]))

# Output:
# True ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']
# mean float 2.8
# mean f float 2.625
# mean F Fraction Fraction(13, 21)
# mean bool float 0.6666666666666666
# mean iter float 1.5
# mean gen float 4.5
# mean mix float 1.3333333333333333
# mean inf float inf
# mean nan float nan
# mean empty StatisticsError mean requires at least one data point
# mean str TypeError can't convert type 'str' to numerator/denominator
# mean int str TypeError can't convert type 'str' to numerator/denominator
# mean None TypeError can't convert type 'NoneType' to numerator/denominator
# fmean float 4.25
# fmean w float 87.6
# fmean iter float 2.3333333333333335
# fmean wgen float 1.75
# fmean empty StatisticsError fmean requires at least one data point
# fmean len StatisticsError data and weights must be the same length
# fmean w0 StatisticsError sum of weights must be non-zero
# geo float 36.0
# geo0 StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# geo neg StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# geo empty StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# harm float 48.0
# harm w float 56.0
# harm F Fraction Fraction(2, 5)
# harm 1 float 2.5
# harm 1F Fraction Fraction(1, 2)
# harm 1neg StatisticsError harmonic mean does not support negative values
# harm 1str TypeError unsupported type
# harm 0 int 0
# harm neg StatisticsError harmonic mean does not support negative values
# harm empty StatisticsError harmonic_mean requires at least one data point
# harm wlen StatisticsError Number of weights does not match data size
# harm wneg StatisticsError harmonic mean does not support negative values
# harm wzero StatisticsError Weighted sum must be positive
# median int 3
# median even float 4.0
# median F Fraction Fraction(5, 12)
# median empty StatisticsError no median for empty data
# median str str 'b'
# median_low int 3
# median_high int 5
# median_low e StatisticsError no median for empty data
# median_high e StatisticsError no median for empty data
# grouped float 3.7
# grouped 2 float 52.5
# grouped iv float 3.5
# grouped 1 float 7.0
# grouped str TypeError Value cannot be converted to a float
# grouped ivs TypeError Value cannot be converted to a float
# grouped None TypeError float() argument must be a string or a real number, not 'NoneType'
# grouped e StatisticsError no median for empty data
# mode int 3
# mode str str 'red'
# mode e StatisticsError no mode for empty data
# multimode list ['b', 'd', 'f']
# multimode e list []
# quartiles list [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
# quant incl list [2.0, 3.0, 4.0]
# quant F list [Fraction(5, 6), Fraction(11, 6)]
# quant n1 list []
# quant n0 StatisticsError n must be at least 1
# quant 1 StatisticsError must have at least two data points
# quant meth ValueError Unknown method: 'median'
# quant pos TypeError quantiles() takes 1 positional argument but 2 were given
# var float 1.3720238095238095
# var F Fraction Fraction(67, 108)
# var int float 1.6666666666666667
# var int exact int 4
# var xbar float 1.6666666666666667
# var iter float 1.5833333333333333
# var inf float inf
# var 1 StatisticsError variance requires at least two data points
# pvar float 1.25
# pvar F Fraction Fraction(13, 72)
# pvar mu float 1.6666666666666667
# pvar e StatisticsError pvariance requires at least one data point
# stdev float 1.0810874155219827
# stdev F float 2.3648662948658625
# stdev big float 2.6457513110645907
# stdev tiny float 3.0550504633038934e-300
# stdev inf AttributeError 'float' object has no attribute 'numerator'
# stdev 1 StatisticsError stdev requires at least two data points
# pstdev float 0.986893273527251
# pstdev 0 float 0.0
# pstdev e StatisticsError pstdev requires at least one data point
# cov float 0.75
# cov len StatisticsError covariance requires that both inputs have same number of data points
# cov 1 StatisticsError covariance requires at least two data points
# corr float -1.0
# corr const StatisticsError at least one of the inputs is constant
# corr len StatisticsError correlation requires that both inputs have same number of data points
# corr 1 StatisticsError correlation requires at least two data points
# linreg LinearRegression LinearRegression(slope=2.1, intercept=0.7999999999999989)
# linreg prop LinearRegression LinearRegression(slope=1.992857142857143, intercept=0.0)
# linreg const StatisticsError x is constant
# linreg len StatisticsError linear regression requires that both inputs have same number of data points
# linreg 1 StatisticsError linear regression requires at least two data points
# 1.0 0.0 LinearRegression ('slope', 'intercept')
# linreg kw TypeError linear_regression() got some positional-only arguments passed as keyword arguments: 'x, y'
