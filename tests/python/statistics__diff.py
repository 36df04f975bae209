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
    for _ in range(15):
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
for _ in range(60):
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
# bigf correlation 15 1312515076093429239
# bigf covariance 15 2288363654673688851
# bigf fmean 15 1542773274387128824
# bigf fmean w 15 864943790943750603
# bigf geometric_mean 15 798167944202616656
# bigf grouped 3 15 275033791000781694
# bigf harmonic w 15 310284283230781567
# bigf harmonic_mean 15 243921665488823957
# bigf linear_regression 15 2118349914934899502
# bigf linreg prop 15 684751573982596797
# bigf mean 15 200548829136472055
# bigf median 15 309676615484782482
# bigf median_grouped 15 1472440559394054361
# bigf median_high 15 362656400832912039
# bigf median_low 15 87613549568790748
# bigf mode 15 2165177288098169314
# bigf multimode 15 652444380982581629
# bigf pstdev 15 1853130570398672563
# bigf pstdev mu 15 1866066748210592025
# bigf pvariance 15 2097469628219533092
# bigf quantiles 30 1257824382997592771
# bigf stdev 15 925081403467197590
# bigf var xbar 15 688956838464946678
# bigf variance 15 120411782720991978
# float correlation 15 1959302576126875386
# float covariance 15 287210373686498682
# float fmean 15 905008418039418963
# float fmean w 15 256726216342430797
# float geometric_mean 15 2229036923928031742
# float grouped 3 15 889172178496326537
# float harmonic w 15 35296456018754821
# float harmonic_mean 15 1982346082669498224
# float linear_regression 15 2174659504347787468
# float linreg prop 15 2252800504498372876
# float mean 15 1288198070112018553
# float median 15 2139615712435766203
# float median_grouped 15 96136293599347341
# float median_high 15 246203566545249948
# float median_low 15 779233220330738953
# float mode 15 129544504136825353
# float multimode 15 862968876715892022
# float pstdev 15 434353277363386855
# float pstdev mu 15 824054929467328808
# float pvariance 15 2034108551390842580
# float quantiles 30 1590517697103799016
# float stdev 15 2179172641576737232
# float var xbar 15 1718239788927752830
# float variance 15 2183620261335431844
# frac correlation 15 219637245257669257
# frac covariance 15 2171679644260859083
# frac fmean 15 296126951873548113
# frac fmean w 15 582784931162627473
# frac geometric_mean 15 462975207574659510
# frac grouped 3 15 811750439895166633
# frac harmonic w 15 1171212587722438212
# frac harmonic_mean 15 547953454927226787
# frac linear_regression 15 2271508900810409346
# frac linreg prop 15 2239051052129224875
# frac mean 15 764121212555967917
# frac median 15 415033394839423589
# frac median_grouped 15 1135542795164997457
# frac median_high 15 2246092490401982539
# frac median_low 15 967432862215597985
# frac mode 15 1754553123432495297
# frac multimode 15 2218622402969989931
# frac pstdev 15 563083412355980712
# frac pstdev mu 15 471521885297742997
# frac pvariance 15 2053111963407589511
# frac quantiles 30 2104994797078875074
# frac stdev 15 377638724023224780
# frac var xbar 15 2113741593810064491
# frac variance 15 1465878946489943089
# int correlation 15 322081039845618117
# int covariance 15 1136348014001317194
# int fmean 15 257460890557244896
# int fmean w 15 608831782937295538
# int geometric_mean 15 1963214569829056480
# int grouped 3 15 565513530823993640
# int harmonic w 15 647982271101557941
# int harmonic_mean 15 1437701551685961263
# int linear_regression 15 1078118564357435209
# int linreg prop 15 1543645678891125291
# int mean 15 1562077703388874410
# int median 15 148861113993511391
# int median_grouped 15 1696305029107086628
# int median_high 15 983110206850806691
# int median_low 15 1777375810439218654
# int mode 15 877658301460696561
# int multimode 15 1146155755614678236
# int pstdev 15 611985742769255264
# int pstdev mu 15 1177840332849298522
# int pvariance 15 659509519151376683
# int quantiles 30 583332343830072635
# int stdev 15 591836327314897707
# int var xbar 15 2243471521636136696
# int variance 15 1789355065688157238
# mix correlation 15 105883584595685911
# mix covariance 15 547453718636527338
# mix fmean 15 2002770645986913010
# mix fmean w 15 1448715084410713782
# mix geometric_mean 15 265958758155864399
# mix grouped 3 15 1205832479628224844
# mix harmonic w 15 518988310579271906
# mix harmonic_mean 15 1581296380908094564
# mix linear_regression 15 968090841158851473
# mix linreg prop 15 338954648273601750
# mix mean 15 583853244846209484
# mix median 15 2138903987508919873
# mix median_grouped 15 2192605702694834553
# mix median_high 15 88099150732374257
# mix median_low 15 1899513832470247307
# mix mode 15 1215889621179887969
# mix multimode 15 2000311320784161291
# mix pstdev 15 269415948096262922
# mix pstdev mu 15 718314035463347903
# mix pvariance 15 1310226372823520447
# mix quantiles 30 482657865641418193
# mix stdev 15 1679479676005963919
# mix var xbar 15 1017810328660424479
# mix variance 15 1733398659413183482
# nd from_samples 60 622562153527185002
# nd inv_cdf 60 1835479019896182433
# nd inv_cdf tail 60 1973440817478180314
# nd ops 60 2204840493946753320
# nd pdf 60 1997043844367736421
# nd props 60 618640159233974338
# nd quantiles 60 684793077376893952
# nd zscore 60 2073546549380737264
# pos correlation 15 911767863068809942
# pos covariance 15 322309317056713005
# pos fmean 15 2117543488029536074
# pos fmean w 15 104765558566476296
# pos geometric_mean 15 1639022719840172277
# pos grouped 3 15 1816342196449865134
# pos harmonic w 15 1377926415862980906
# pos harmonic_mean 15 2220907257721340350
# pos linear_regression 15 1256473353767773985
# pos linreg prop 15 1261477589337548709
# pos mean 15 1669338925138335510
# pos median 15 492003820856923539
# pos median_grouped 15 1370305417093284539
# pos median_high 15 1285385325203907098
# pos median_low 15 1231931703365736763
# pos mode 15 520355379156317701
# pos multimode 15 802616539776283250
# pos pstdev 15 554805639472073008
# pos pstdev mu 15 681070168057188482
# pos pvariance 15 483769381958818715
# pos quantiles 30 1146141329060472339
# pos stdev 15 1385446477752858897
# pos var xbar 15 754097603623696677
# pos variance 15 569402379130166046
# posf correlation 15 712858485311446285
# posf covariance 15 9291747153089911
# posf fmean 15 509985238850928404
# posf fmean w 15 1935259279490828864
# posf geometric_mean 15 1678667275784474560
# posf grouped 3 15 710860967219283880
# posf harmonic w 15 375003225052342828
# posf harmonic_mean 15 384969365352529871
# posf linear_regression 15 1945795096830336854
# posf linreg prop 15 1035966809958823445
# posf mean 15 2214473450739206998
# posf median 15 2261561257447629763
# posf median_grouped 15 639186759608376438
# posf median_high 15 704226792632991319
# posf median_low 15 2240317843923361460
# posf mode 15 1193192185853544570
# posf multimode 15 895012669722646332
# posf pstdev 15 1579842411287248313
# posf pstdev mu 15 909632008111787717
# posf pvariance 15 1770645923062662692
# posf quantiles 30 897611393548976124
# posf stdev 15 140136373446258155
# posf var xbar 15 2170257326089055951
# posf variance 15 768061077386476300
