# Differential check of statistics against CPython: generated data of ints,
# floats (small and wide-ranging), Fractions, mixes and positives go through
# every function (with weights, xbar/mu, quantile methods, two-variable
# functions) and NormalDist's methods and operators; each group prints a
# count and a digest of the results' reprs.
import statistics as S
from fractions import Fraction as F
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
def gen(kind, n):
    if kind == 'int': return [rnd(200) - 100 for _ in range(n)]
    if kind == 'float': return [(rnd(20000) - 10000) / 7 for _ in range(n)]
    if kind == 'bigf': return [(rnd(20000) - 10000) * 10.0 ** (rnd(30) - 15) for _ in range(n)]
    if kind == 'frac': return [F(rnd(200) - 100, rnd(20) + 1) for _ in range(n)]
    if kind == 'mix': return [[rnd(50), rnd(50) / 3, F(rnd(50), 7)][rnd(3)] for _ in range(n)]
    if kind == 'pos': return [rnd(1000) + 1 for _ in range(n)]
    if kind == 'posf': return [(rnd(1000) + 1) / 3 for _ in range(n)]
counts = {}; digests = {}
def record(group, f):
    try: r = repr(f())
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    counts[group] = counts.get(group, 0) + 1
    h = digests.get(group, 0)
    for ch in r: h = (h * 1000003 + ord(ch)) % 2**61
    digests[group] = h
for kind in ['int', 'float', 'bigf', 'frac', 'mix', 'pos', 'posf']:
    for _ in range(25):
        d = gen(kind, rnd(12) + 1)
        w = [rnd(5) for _ in d]
        for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
                     'mode', 'multimode', 'pvariance', 'variance', 'pstdev', 'stdev',
                     'geometric_mean', 'harmonic_mean']:
            record(kind + ' ' + name, lambda: getattr(S, name)(d))
        record(kind + ' fmean w', lambda: S.fmean(d, w))
        record(kind + ' harmonic w', lambda: S.harmonic_mean(d, w))
        record(kind + ' grouped 3', lambda: S.median_grouped(d, 3))
        record(kind + ' var xbar', lambda: S.variance(d, d[0]))
        record(kind + ' pstdev mu', lambda: S.pstdev(d, d[-1]))
        for m in ['exclusive', 'inclusive']:
            record(kind + ' quantiles', lambda: S.quantiles(d, n=rnd(6) + 1, method=m))
        e = gen(kind, len(d))
        for name in ['covariance', 'correlation', 'linear_regression']:
            record(kind + ' ' + name, lambda: getattr(S, name)(d, e))
        record(kind + ' linreg prop', lambda: S.linear_regression(d, e, proportional=True))
for _ in range(100):
    N = S.NormalDist((rnd(200) - 100) / 8, rnd(50) / 4)
    M = S.NormalDist((rnd(200) - 100) / 8, rnd(50) / 4 + 0.5)
    x = (rnd(400) - 200) / 16
    p = rnd(1000) / 1000
    record('nd pdf', lambda: N.pdf(x))
    record('nd inv_cdf', lambda: N.inv_cdf(p))
    record('nd inv_cdf tail', lambda: M.inv_cdf(10.0 ** -(rnd(300) + 1)))
    record('nd zscore', lambda: N.zscore(x))
    record('nd quantiles', lambda: N.quantiles(rnd(8) + 1))
    record('nd ops', lambda: (N + M, N - M, N * x, N / (x or 1), x + N, x - N, x * N, -N, +N, N == M, N + x))
    record('nd props', lambda: (N.mean, N.median, N.mode, N.stdev, N.variance, hash(N) == hash(+N)))
    record('nd from_samples', lambda: S.NormalDist.from_samples(gen('float', rnd(5) + 1)))
for group in sorted(counts):
    print(group, counts[group], digests[group])

# Output:
# bigf correlation 25 7742828571976450
# bigf covariance 25 42291696835968413
# bigf fmean 25 1577658701217862340
# bigf fmean w 25 1282875297662864378
# bigf geometric_mean 25 769843868340840705
# bigf grouped 3 25 698711959638695428
# bigf harmonic w 25 891218495121590491
# bigf harmonic_mean 25 643103028176781719
# bigf linear_regression 25 2148193362974420756
# bigf linreg prop 25 408037148120780294
# bigf mean 25 237439833409427427
# bigf median 25 35390597656470307
# bigf median_grouped 25 1906161438201905065
# bigf median_high 25 980430243639161731
# bigf median_low 25 48413949047542011
# bigf mode 25 47964176836451487
# bigf multimode 25 1547594927594361366
# bigf pstdev 25 1998214178471096900
# bigf pstdev mu 25 2280666818955696552
# bigf pvariance 25 723546952405415964
# bigf quantiles 50 1984128989075516487
# bigf stdev 25 125201012423218515
# bigf var xbar 25 1456261380628745721
# bigf variance 25 2183925205995667473
# float correlation 25 1536003620254335976
# float covariance 25 227297708581782216
# float fmean 25 936848340085216308
# float fmean w 25 385682948820629188
# float geometric_mean 25 1234434718687429964
# float grouped 3 25 10925637262467665
# float harmonic w 25 194971581085915936
# float harmonic_mean 25 223308481544244674
# float linear_regression 25 802639951123669214
# float linreg prop 25 62606252456023868
# float mean 25 198191893267910841
# float median 25 598133066083357962
# float median_grouped 25 1544464214001869764
# float median_high 25 1331119250429427966
# float median_low 25 2075486008001161057
# float mode 25 1147564499185428740
# float multimode 25 2164760338491928603
# float pstdev 25 9427816905578591
# float pstdev mu 25 826932092750415103
# float pvariance 25 2222264205793331622
# float quantiles 50 1001362923994475086
# float stdev 25 1988375480414531592
# float var xbar 25 2122939341171308640
# float variance 25 1022360545961709833
# frac correlation 25 2225598343049725635
# frac covariance 25 1250568573649307548
# frac fmean 25 1234044961047363739
# frac fmean w 25 1874180639076819901
# frac geometric_mean 25 1137937706299474332
# frac grouped 3 25 2126668037263999816
# frac harmonic w 25 230677782768068813
# frac harmonic_mean 25 230677782768068813
# frac linear_regression 25 466202460418046103
# frac linreg prop 25 2238000199146643605
# frac mean 25 1226077805715466963
# frac median 25 1586638548822874128
# frac median_grouped 25 1738604692433405000
# frac median_high 25 748432707312644767
# frac median_low 25 1273415755363336739
# frac mode 25 22406305551752518
# frac multimode 25 924177476102309783
# frac pstdev 25 458491348211432638
# frac pstdev mu 25 2036102867977758125
# frac pvariance 25 43488532672295853
# frac quantiles 50 341066439941680365
# frac stdev 25 675112897954207496
# frac var xbar 25 900872009955683366
# frac variance 25 1947942519255790020
# int correlation 25 1746620144261837576
# int covariance 25 2145576444934598030
# int fmean 25 875586850490024784
# int fmean w 25 2082751195690588086
# int geometric_mean 25 928132564067999386
# int grouped 3 25 527203657955766802
# int harmonic w 25 598422182131000172
# int harmonic_mean 25 580871756014877657
# int linear_regression 25 775122740684012643
# int linreg prop 25 826854306206462027
# int mean 25 2097873302238190836
# int median 25 122541753090967132
# int median_grouped 25 1297650663669932944
# int median_high 25 1923316405622158404
# int median_low 25 65678689457699492
# int mode 25 471507373789518670
# int multimode 25 926905942746762657
# int pstdev 25 749319891330835430
# int pstdev mu 25 745001352396211781
# int pvariance 25 2106112542060490685
# int quantiles 50 1573652929974391157
# int stdev 25 460961826495105984
# int var xbar 25 2205704781428146714
# int variance 25 1670138629615750786
# mix correlation 25 1305369437640516544
# mix covariance 25 2185612645564003987
# mix fmean 25 787944469546926628
# mix fmean w 25 695848566678392141
# mix geometric_mean 25 1763879945375007440
# mix grouped 3 25 2042259666960032103
# mix harmonic w 25 961729215164440962
# mix harmonic_mean 25 652744815309953879
# mix linear_regression 25 121073181130374919
# mix linreg prop 25 2279891153338555019
# mix mean 25 2087990783869001050
# mix median 25 646993925936092741
# mix median_grouped 25 790533316021038427
# mix median_high 25 425991166694571992
# mix median_low 25 2303574908158942991
# mix mode 25 464058189651795422
# mix multimode 25 905686265516172469
# mix pstdev 25 1837117551852566628
# mix pstdev mu 25 1355259700538508574
# mix pvariance 25 667583283339674599
# mix quantiles 50 946728392248620899
# mix stdev 25 2193506963707641062
# mix var xbar 25 180009216826501682
# mix variance 25 1330220300271806890
# nd from_samples 100 207427947065300623
# nd inv_cdf 100 1613639619168423232
# nd inv_cdf tail 100 718765828178781157
# nd ops 100 983295909525082235
# nd pdf 100 2053626165908957672
# nd props 100 2220373123548482739
# nd quantiles 100 1426507863756128285
# nd zscore 100 710126845314973215
# pos correlation 25 1811846055147194653
# pos covariance 25 836030056437373957
# pos fmean 25 711981020889903983
# pos fmean w 25 333330399909140546
# pos geometric_mean 25 1595915609756157583
# pos grouped 3 25 1048064695867993369
# pos harmonic w 25 78188990361482060
# pos harmonic_mean 25 1533809084202220985
# pos linear_regression 25 220015370130381844
# pos linreg prop 25 705072994062993817
# pos mean 25 2138245711149637831
# pos median 25 1603477282309065629
# pos median_grouped 25 1039785210011000812
# pos median_high 25 1057183801670300914
# pos median_low 25 2019591730324860262
# pos mode 25 1374531113746713546
# pos multimode 25 1629282535519429928
# pos pstdev 25 641346250872003695
# pos pstdev mu 25 199674987607967190
# pos pvariance 25 1494092481488200779
# pos quantiles 50 146444611706504652
# pos stdev 25 1494171001148090576
# pos var xbar 25 1648272725349493174
# pos variance 25 486371915689203869
# posf correlation 25 1841886117848309724
# posf covariance 25 439970822357686096
# posf fmean 25 755049216766382085
# posf fmean w 25 1948415517102906478
# posf geometric_mean 25 487679991047298752
# posf grouped 3 25 1972824675559560670
# posf harmonic w 25 1163487058505487016
# posf harmonic_mean 25 1588826714007259030
# posf linear_regression 25 396553366194523877
# posf linreg prop 25 1428821284774096144
# posf mean 25 1978689577005979102
# posf median 25 1044100820972065438
# posf median_grouped 25 1783075542211045737
# posf median_high 25 252345640601613543
# posf median_low 25 1818880874635610440
# posf mode 25 1499199363917870645
# posf multimode 25 1693614672079902105
# posf pstdev 25 656515580386512821
# posf pstdev mu 25 2123822501272446120
# posf pvariance 25 2024786657952088003
# posf quantiles 50 73583196237733638
# posf stdev 25 2000247534756916470
# posf var xbar 25 942413902592507041
# posf variance 25 65251944775355559
