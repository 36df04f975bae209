# Differential check of list.sort and sorted against CPython: generated
# lists of ints, floats (signed zeros, no NaN: with NaN the order is not
# consistent and the permutation depends on the algorithm, see
# docs/compatibility.md), strs, tuples, mixed numbers and user
# objects, with and without keys and reverse, presorted, descending and
# with many equal keys; every result printed as a checksum line.

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


class Box:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "B(%r,%r)" % (self.v, self.tag)


def gen(kind, n):
    if kind == "int":
        return [rnd(50) - 25 for _ in range(n)]
    if kind == "bigint":
        return [(rnd(7) - 3) * 10**20 + rnd(5) for _ in range(n)]
    if kind == "float":
        out = []
        for _ in range(n):
            r = rnd(20)
            out.append(-0.0 if r == 1 else 0.0 if r == 2 else (rnd(100) - 50) / 7)
        return out
    if kind == "str":
        return ["".join(chr(97 + rnd(3)) for _ in range(rnd(4))) + ("\u00e9" if rnd(5) == 0 else "") for _ in range(n)]
    if kind == "tuple":
        return [(rnd(4), "abc"[rnd(3)], rnd(3)) for _ in range(n)]
    if kind == "tuple_float":
        return [(rnd(3) / 2, rnd(5)) for _ in range(n)]
    if kind == "mixed":
        return [rnd(10) if rnd(2) else rnd(10) / 2 for _ in range(n)]
    if kind == "bool_int":
        return [bool(rnd(2)) if rnd(2) else rnd(3) for _ in range(n)]
    if kind == "box":
        return [Box(rnd(6), i) for i in range(n)]
    if kind == "sorted":
        return sorted(rnd(30) for _ in range(n))
    if kind == "descending":
        return sorted((rnd(30) for _ in range(n)), reverse=True)
    if kind == "runs":
        out = []
        while len(out) < n:
            start = rnd(100)
            out.extend(range(start, start + rnd(40)))
        return out[:n]
    raise ValueError(kind)


def digest(text):
    h = 0
    for c in text:
        h = (h * 131 + ord(c)) % 1000000007
    return h


def show(xs):
    s = repr(xs)
    return s if len(s) < 200 else "%d items, digest %d" % (len(xs), digest(s))


KINDS = ["int", "bigint", "float", "str", "tuple", "tuple_float", "mixed", "bool_int", "box", "sorted", "descending", "runs"]
KEYS = [None, lambda x: -x if isinstance(x, (int, float)) else x, repr, lambda x: 0]
count = 0
for kind in KINDS:
    for n in (0, 1, 2, 5, 31, 33, 64, 200, 1000):
        xs = gen(kind, n)
        for ki, key in enumerate(KEYS):
            if ki == 1 and kind in ("str", "tuple", "tuple_float", "box"):
                continue
            for rev in (False, True):
                try:
                    a = sorted(xs, key=key, reverse=rev)
                except TypeError as e:
                    a = "TypeError: %s" % e
                ys = list(xs)
                try:
                    ys.sort(key=key, reverse=rev)
                    b = ys
                except TypeError as e:
                    b = "TypeError: %s" % e
                print(kind, n, ki, rev, show(a), a == b or show(b))
                count += 1
print("cases", count)

# Output:
# int 0 0 False [] True
# int 0 0 True [] True
# int 0 1 False [] True
# int 0 1 True [] True
# int 0 2 False [] True
# int 0 2 True [] True
# int 0 3 False [] True
# int 0 3 True [] True
# int 1 0 False [-18] True
# int 1 0 True [-18] True
# int 1 1 False [-18] True
# int 1 1 True [-18] True
# int 1 2 False [-18] True
# int 1 2 True [-18] True
# int 1 3 False [-18] True
# int 1 3 True [-18] True
# int 2 0 False [-25, -19] True
# int 2 0 True [-19, -25] True
# int 2 1 False [-19, -25] True
# int 2 1 True [-25, -19] True
# int 2 2 False [-19, -25] True
# int 2 2 True [-25, -19] True
# int 2 3 False [-25, -19] True
# int 2 3 True [-25, -19] True
# int 5 0 False [-25, -22, -7, -2, 7] True
# int 5 0 True [7, -2, -7, -22, -25] True
# int 5 1 False [7, -2, -7, -22, -25] True
# int 5 1 True [-25, -22, -7, -2, 7] True
# int 5 2 False [-2, -22, -25, -7, 7] True
# int 5 2 True [7, -7, -25, -22, -2] True
# int 5 3 False [-7, -25, -22, 7, -2] True
# int 5 3 True [-7, -25, -22, 7, -2] True
# int 31 0 False [-24, -24, -24, -22, -20, -16, -15, -11, -10, -7, -7, -6, -6, -1, 3, 3, 6, 7, 9, 9, 10, 12, 14, 16, 16, 17, 18, 20, 21, 23, 24] True
# int 31 0 True [24, 23, 21, 20, 18, 17, 16, 16, 14, 12, 10, 9, 9, 7, 6, 3, 3, -1, -6, -6, -7, -7, -10, -11, -15, -16, -20, -22, -24, -24, -24] True
# int 31 1 False [24, 23, 21, 20, 18, 17, 16, 16, 14, 12, 10, 9, 9, 7, 6, 3, 3, -1, -6, -6, -7, -7, -10, -11, -15, -16, -20, -22, -24, -24, -24] True
# int 31 1 True [-24, -24, -24, -22, -20, -16, -15, -11, -10, -7, -7, -6, -6, -1, 3, 3, 6, 7, 9, 9, 10, 12, 14, 16, 16, 17, 18, 20, 21, 23, 24] True
# int 31 2 False [-1, -10, -11, -15, -16, -20, -22, -24, -24, -24, -6, -6, -7, -7, 10, 12, 14, 16, 16, 17, 18, 20, 21, 23, 24, 3, 3, 6, 7, 9, 9] True
# int 31 2 True [9, 9, 7, 6, 3, 3, 24, 23, 21, 20, 18, 17, 16, 16, 14, 12, 10, -7, -7, -6, -6, -24, -24, -24, -22, -20, -16, -15, -11, -10, -1] True
# int 31 3 False [-7, -24, 20, 10, 16, -16, -6, -22, -7, 6, 7, 3, 24, -11, -15, -6, -10, 16, 3, 9, -24, -24, 17, -1, 21, 14, 23, -20, 9, 12, 18] True
# int 31 3 True [-7, -24, 20, 10, 16, -16, -6, -22, -7, 6, 7, 3, 24, -11, -15, -6, -10, 16, 3, 9, -24, -24, 17, -1, 21, 14, 23, -20, 9, 12, 18] True
# int 33 0 False [-25, -25, -22, -20, -17, -17, -17, -16, -16, -15, -12, -12, -10, -9, -8, -7, -6, -4, 0, 1, 4, 5, 7, 7, 9, 11, 11, 12, 15, 15, 16, 18, 20] True
# int 33 0 True [20, 18, 16, 15, 15, 12, 11, 11, 9, 7, 7, 5, 4, 1, 0, -4, -6, -7, -8, -9, -10, -12, -12, -15, -16, -16, -17, -17, -17, -20, -22, -25, -25] True
# int 33 1 False [20, 18, 16, 15, 15, 12, 11, 11, 9, 7, 7, 5, 4, 1, 0, -4, -6, -7, -8, -9, -10, -12, -12, -15, -16, -16, -17, -17, -17, -20, -22, -25, -25] True
# int 33 1 True [-25, -25, -22, -20, -17, -17, -17, -16, -16, -15, -12, -12, -10, -9, -8, -7, -6, -4, 0, 1, 4, 5, 7, 7, 9, 11, 11, 12, 15, 15, 16, 18, 20] True
# int 33 2 False [-10, -12, -12, -15, -16, -16, -17, -17, -17, -20, -22, -25, -25, -4, -6, -7, -8, -9, 0, 1, 11, 11, 12, 15, 15, 16, 18, 20, 4, 5, 7, 7, 9] True
# int 33 2 True [9, 7, 7, 5, 4, 20, 18, 16, 15, 15, 12, 11, 11, 1, 0, -9, -8, -7, -6, -4, -25, -25, -22, -20, -17, -17, -17, -16, -16, -15, -12, -12, -10] True
# int 33 3 False [15, -12, 11, 7, -8, -15, -25, 7, 1, -17, -16, 11, 0, 4, -12, -22, 20, -9, -20, -4, -6, -7, 9, -10, 16, -25, 12, -17, 15, 5, -17, -16, 18] True
# int 33 3 True [15, -12, 11, 7, -8, -15, -25, 7, 1, -17, -16, 11, 0, 4, -12, -22, 20, -9, -20, -4, -6, -7, 9, -10, 16, -25, 12, -17, 15, 5, -17, -16, 18] True
# int 64 0 False 64 items, digest 284058475 True
# int 64 0 True 64 items, digest 300342450 True
# int 64 1 False 64 items, digest 300342450 True
# int 64 1 True 64 items, digest 284058475 True
# int 64 2 False 64 items, digest 811778626 True
# int 64 2 True 64 items, digest 829281353 True
# int 64 3 False 64 items, digest 489306773 True
# int 64 3 True 64 items, digest 489306773 True
# int 200 0 False 200 items, digest 47324006 True
# int 200 0 True 200 items, digest 82080209 True
# int 200 1 False 200 items, digest 82080209 True
# int 200 1 True 200 items, digest 47324006 True
# int 200 2 False 200 items, digest 907370660 True
# int 200 2 True 200 items, digest 587211694 True
# int 200 3 False 200 items, digest 884230084 True
# int 200 3 True 200 items, digest 884230084 True
# int 1000 0 False 1000 items, digest 61127557 True
# int 1000 0 True 1000 items, digest 629076252 True
# int 1000 1 False 1000 items, digest 629076252 True
# int 1000 1 True 1000 items, digest 61127557 True
# int 1000 2 False 1000 items, digest 97326121 True
# int 1000 2 True 1000 items, digest 388306082 True
# int 1000 3 False 1000 items, digest 400979909 True
# int 1000 3 True 1000 items, digest 400979909 True
# bigint 0 0 False [] True
# bigint 0 0 True [] True
# bigint 0 1 False [] True
# bigint 0 1 True [] True
# bigint 0 2 False [] True
# bigint 0 2 True [] True
# bigint 0 3 False [] True
# bigint 0 3 True [] True
# bigint 1 0 False [300000000000000000001] True
# bigint 1 0 True [300000000000000000001] True
# bigint 1 1 False [300000000000000000001] True
# bigint 1 1 True [300000000000000000001] True
# bigint 1 2 False [300000000000000000001] True
# bigint 1 2 True [300000000000000000001] True
# bigint 1 3 False [300000000000000000001] True
# bigint 1 3 True [300000000000000000001] True
# bigint 2 0 False [200000000000000000004, 300000000000000000004] True
# bigint 2 0 True [300000000000000000004, 200000000000000000004] True
# bigint 2 1 False [300000000000000000004, 200000000000000000004] True
# bigint 2 1 True [200000000000000000004, 300000000000000000004] True
# bigint 2 2 False [200000000000000000004, 300000000000000000004] True
# bigint 2 2 True [300000000000000000004, 200000000000000000004] True
# bigint 2 3 False [300000000000000000004, 200000000000000000004] True
# bigint 2 3 True [300000000000000000004, 200000000000000000004] True
# bigint 5 0 False [-300000000000000000000, -300000000000000000000, -199999999999999999996, 1, 100000000000000000002] True
# bigint 5 0 True [100000000000000000002, 1, -199999999999999999996, -300000000000000000000, -300000000000000000000] True
# bigint 5 1 False [100000000000000000002, 1, -199999999999999999996, -300000000000000000000, -300000000000000000000] True
# bigint 5 1 True [-300000000000000000000, -300000000000000000000, -199999999999999999996, 1, 100000000000000000002] True
# bigint 5 2 False [-199999999999999999996, -300000000000000000000, -300000000000000000000, 1, 100000000000000000002] True
# bigint 5 2 True [100000000000000000002, 1, -300000000000000000000, -300000000000000000000, -199999999999999999996] True
# bigint 5 3 False [1, -199999999999999999996, -300000000000000000000, 100000000000000000002, -300000000000000000000] True
# bigint 5 3 True [1, -199999999999999999996, -300000000000000000000, 100000000000000000002, -300000000000000000000] True
# bigint 31 0 False 31 items, digest 74850047 True
# bigint 31 0 True 31 items, digest 904211330 True
# bigint 31 1 False 31 items, digest 904211330 True
# bigint 31 1 True 31 items, digest 74850047 True
# bigint 31 2 False 31 items, digest 774431180 True
# bigint 31 2 True 31 items, digest 245579315 True
# bigint 31 3 False 31 items, digest 809647941 True
# bigint 31 3 True 31 items, digest 809647941 True
# bigint 33 0 False 33 items, digest 796280308 True
# bigint 33 0 True 33 items, digest 372907601 True
# bigint 33 1 False 33 items, digest 372907601 True
# bigint 33 1 True 33 items, digest 796280308 True
# bigint 33 2 False 33 items, digest 843355412 True
# bigint 33 2 True 33 items, digest 939095608 True
# bigint 33 3 False 33 items, digest 339639121 True
# bigint 33 3 True 33 items, digest 339639121 True
# bigint 64 0 False 64 items, digest 733849355 True
# bigint 64 0 True 64 items, digest 676528936 True
# bigint 64 1 False 64 items, digest 676528936 True
# bigint 64 1 True 64 items, digest 733849355 True
# bigint 64 2 False 64 items, digest 139595200 True
# bigint 64 2 True 64 items, digest 403539599 True
# bigint 64 3 False 64 items, digest 842140594 True
# bigint 64 3 True 64 items, digest 842140594 True
# bigint 200 0 False 200 items, digest 812602456 True
# bigint 200 0 True 200 items, digest 606569968 True
# bigint 200 1 False 200 items, digest 606569968 True
# bigint 200 1 True 200 items, digest 812602456 True
# bigint 200 2 False 200 items, digest 253060956 True
# bigint 200 2 True 200 items, digest 134958688 True
# bigint 200 3 False 200 items, digest 669761143 True
# bigint 200 3 True 200 items, digest 669761143 True
# bigint 1000 0 False 1000 items, digest 848571318 True
# bigint 1000 0 True 1000 items, digest 606547808 True
# bigint 1000 1 False 1000 items, digest 606547808 True
# bigint 1000 1 True 1000 items, digest 848571318 True
# bigint 1000 2 False 1000 items, digest 658654668 True
# bigint 1000 2 True 1000 items, digest 224652830 True
# bigint 1000 3 False 1000 items, digest 542368715 True
# bigint 1000 3 True 1000 items, digest 542368715 True
# float 0 0 False [] True
# float 0 0 True [] True
# float 0 1 False [] True
# float 0 1 True [] True
# float 0 2 False [] True
# float 0 2 True [] True
# float 0 3 False [] True
# float 0 3 True [] True
# float 1 0 False [-5.285714285714286] True
# float 1 0 True [-5.285714285714286] True
# float 1 1 False [-5.285714285714286] True
# float 1 1 True [-5.285714285714286] True
# float 1 2 False [-5.285714285714286] True
# float 1 2 True [-5.285714285714286] True
# float 1 3 False [-5.285714285714286] True
# float 1 3 True [-5.285714285714286] True
# float 2 0 False [-1.4285714285714286, 2.7142857142857144] True
# float 2 0 True [2.7142857142857144, -1.4285714285714286] True
# float 2 1 False [2.7142857142857144, -1.4285714285714286] True
# float 2 1 True [-1.4285714285714286, 2.7142857142857144] True
# float 2 2 False [-1.4285714285714286, 2.7142857142857144] True
# float 2 2 True [2.7142857142857144, -1.4285714285714286] True
# float 2 3 False [2.7142857142857144, -1.4285714285714286] True
# float 2 3 True [2.7142857142857144, -1.4285714285714286] True
# float 5 0 False [-6.285714285714286, -3.5714285714285716, -2.4285714285714284, -0.14285714285714285, 6.0] True
# float 5 0 True [6.0, -0.14285714285714285, -2.4285714285714284, -3.5714285714285716, -6.285714285714286] True
# float 5 1 False [6.0, -0.14285714285714285, -2.4285714285714284, -3.5714285714285716, -6.285714285714286] True
# float 5 1 True [-6.285714285714286, -3.5714285714285716, -2.4285714285714284, -0.14285714285714285, 6.0] True
# float 5 2 False [-0.14285714285714285, -2.4285714285714284, -3.5714285714285716, -6.285714285714286, 6.0] True
# float 5 2 True [6.0, -6.285714285714286, -3.5714285714285716, -2.4285714285714284, -0.14285714285714285] True
# float 5 3 False [-0.14285714285714285, -3.5714285714285716, 6.0, -2.4285714285714284, -6.285714285714286] True
# float 5 3 True [-0.14285714285714285, -3.5714285714285716, 6.0, -2.4285714285714284, -6.285714285714286] True
# float 31 0 False 31 items, digest 496136387 True
# float 31 0 True 31 items, digest 983609818 True
# float 31 1 False 31 items, digest 983609818 True
# float 31 1 True 31 items, digest 496136387 True
# float 31 2 False 31 items, digest 566220520 True
# float 31 2 True 31 items, digest 912867636 True
# float 31 3 False 31 items, digest 564020249 True
# float 31 3 True 31 items, digest 564020249 True
# float 33 0 False 33 items, digest 533451416 True
# float 33 0 True 33 items, digest 529528164 True
# float 33 1 False 33 items, digest 529528164 True
# float 33 1 True 33 items, digest 533451416 True
# float 33 2 False 33 items, digest 45429391 True
# float 33 2 True 33 items, digest 954632838 True
# float 33 3 False 33 items, digest 785786976 True
# float 33 3 True 33 items, digest 785786976 True
# float 64 0 False 64 items, digest 288231235 True
# float 64 0 True 64 items, digest 870968336 True
# float 64 1 False 64 items, digest 870968336 True
# float 64 1 True 64 items, digest 288231235 True
# float 64 2 False 64 items, digest 384495570 True
# float 64 2 True 64 items, digest 222394634 True
# float 64 3 False 64 items, digest 577989183 True
# float 64 3 True 64 items, digest 577989183 True
# float 200 0 False 200 items, digest 248813434 True
# float 200 0 True 200 items, digest 954976260 True
# float 200 1 False 200 items, digest 954976260 True
# float 200 1 True 200 items, digest 248813434 True
# float 200 2 False 200 items, digest 404652747 True
# float 200 2 True 200 items, digest 559388048 True
# float 200 3 False 200 items, digest 562602243 True
# float 200 3 True 200 items, digest 562602243 True
# float 1000 0 False 1000 items, digest 624813825 True
# float 1000 0 True 1000 items, digest 403759314 True
# float 1000 1 False 1000 items, digest 403759314 True
# float 1000 1 True 1000 items, digest 624813825 True
# float 1000 2 False 1000 items, digest 1421747 True
# float 1000 2 True 1000 items, digest 356234464 True
# float 1000 3 False 1000 items, digest 715878240 True
# float 1000 3 True 1000 items, digest 715878240 True
# str 0 0 False [] True
# str 0 0 True [] True
# str 0 2 False [] True
# str 0 2 True [] True
# str 0 3 False [] True
# str 0 3 True [] True
# str 1 0 False ['cbaé'] True
# str 1 0 True ['cbaé'] True
# str 1 2 False ['cbaé'] True
# str 1 2 True ['cbaé'] True
# str 1 3 False ['cbaé'] True
# str 1 3 True ['cbaé'] True
# str 2 0 False ['aaa', 'bé'] True
# str 2 0 True ['bé', 'aaa'] True
# str 2 2 False ['aaa', 'bé'] True
# str 2 2 True ['bé', 'aaa'] True
# str 2 3 False ['aaa', 'bé'] True
# str 2 3 True ['aaa', 'bé'] True
# str 5 0 False ['', 'a', 'ac', 'b', 'c'] True
# str 5 0 True ['c', 'b', 'ac', 'a', ''] True
# str 5 2 False ['', 'a', 'ac', 'b', 'c'] True
# str 5 2 True ['c', 'b', 'ac', 'a', ''] True
# str 5 3 False ['', 'ac', 'b', 'c', 'a'] True
# str 5 3 True ['', 'ac', 'b', 'c', 'a'] True
# str 31 0 False ['', '', '', '', 'a', 'aa', 'aa', 'aa', 'ab', 'abb', 'abc', 'b', 'b', 'b', 'b', 'baa', 'bc', 'bca', 'bcb', 'bcbé', 'bcé', 'c', 'c', 'caa', 'cb', 'cb', 'ccb', 'ccc', 'é', 'é', 'é'] True
# str 31 0 True ['é', 'é', 'é', 'ccc', 'ccb', 'cb', 'cb', 'caa', 'c', 'c', 'bcé', 'bcbé', 'bcb', 'bca', 'bc', 'baa', 'b', 'b', 'b', 'b', 'abc', 'abb', 'ab', 'aa', 'aa', 'aa', 'a', '', '', '', ''] True
# str 31 2 False ['', '', '', '', 'a', 'aa', 'aa', 'aa', 'ab', 'abb', 'abc', 'b', 'b', 'b', 'b', 'baa', 'bc', 'bca', 'bcb', 'bcbé', 'bcé', 'c', 'c', 'caa', 'cb', 'cb', 'ccb', 'ccc', 'é', 'é', 'é'] True
# str 31 2 True ['é', 'é', 'é', 'ccc', 'ccb', 'cb', 'cb', 'caa', 'c', 'c', 'bcé', 'bcbé', 'bcb', 'bca', 'bc', 'baa', 'b', 'b', 'b', 'b', 'abc', 'abb', 'ab', 'aa', 'aa', 'aa', 'a', '', '', '', ''] True
# str 31 3 False ['a', 'bca', 'ccb', 'bcé', 'aa', 'é', 'aa', 'é', 'bc', 'c', 'b', '', 'b', 'é', 'baa', 'b', 'c', 'caa', 'ccc', 'abc', 'ab', '', 'aa', 'cb', 'b', 'bcbé', 'cb', '', '', 'abb', 'bcb'] True
# str 31 3 True ['a', 'bca', 'ccb', 'bcé', 'aa', 'é', 'aa', 'é', 'bc', 'c', 'b', '', 'b', 'é', 'baa', 'b', 'c', 'caa', 'ccc', 'abc', 'ab', '', 'aa', 'cb', 'b', 'bcbé', 'cb', '', '', 'abb', 'bcb'] True
# str 33 0 False ['', '', '', '', '', '', '', '', '', 'a', 'a', 'aaa', 'aac', 'ab', 'abb', 'abé', 'b', 'ba', 'bab', 'bb', 'bc', 'bcé', 'c', 'c', 'ca', 'ca', 'cbbé', 'cbbé', 'cc', 'cca', 'ccc', 'cé', 'é'] True
# str 33 0 True ['é', 'cé', 'ccc', 'cca', 'cc', 'cbbé', 'cbbé', 'ca', 'ca', 'c', 'c', 'bcé', 'bc', 'bb', 'bab', 'ba', 'b', 'abé', 'abb', 'ab', 'aac', 'aaa', 'a', 'a', '', '', '', '', '', '', '', '', ''] True
# str 33 2 False ['', '', '', '', '', '', '', '', '', 'a', 'a', 'aaa', 'aac', 'ab', 'abb', 'abé', 'b', 'ba', 'bab', 'bb', 'bc', 'bcé', 'c', 'c', 'ca', 'ca', 'cbbé', 'cbbé', 'cc', 'cca', 'ccc', 'cé', 'é'] True
# str 33 2 True ['é', 'cé', 'ccc', 'cca', 'cc', 'cbbé', 'cbbé', 'ca', 'ca', 'c', 'c', 'bcé', 'bc', 'bb', 'bab', 'ba', 'b', 'abé', 'abb', 'ab', 'aac', 'aaa', 'a', 'a', '', '', '', '', '', '', '', '', ''] True
# str 33 3 False ['é', 'ca', 'bb', 'cbbé', 'aaa', 'a', '', 'bcé', 'cbbé', '', 'ccc', '', '', 'ca', 'aac', '', 'ab', 'abé', 'a', 'b', 'c', 'cé', 'cca', 'c', 'abb', '', '', 'bab', 'bc', 'ba', 'cc', '', ''] True
# str 33 3 True ['é', 'ca', 'bb', 'cbbé', 'aaa', 'a', '', 'bcé', 'cbbé', '', 'ccc', '', '', 'ca', 'aac', '', 'ab', 'abé', 'a', 'b', 'c', 'cé', 'cca', 'c', 'abb', '', '', 'bab', 'bc', 'ba', 'cc', '', ''] True
# str 64 0 False 64 items, digest 738968561 True
# str 64 0 True 64 items, digest 263754842 True
# str 64 2 False 64 items, digest 738968561 True
# str 64 2 True 64 items, digest 263754842 True
# str 64 3 False 64 items, digest 440019658 True
# str 64 3 True 64 items, digest 440019658 True
# str 200 0 False 200 items, digest 744572680 True
# str 200 0 True 200 items, digest 748261663 True
# str 200 2 False 200 items, digest 744572680 True
# str 200 2 True 200 items, digest 748261663 True
# str 200 3 False 200 items, digest 363581638 True
# str 200 3 True 200 items, digest 363581638 True
# str 1000 0 False 1000 items, digest 429634049 True
# str 1000 0 True 1000 items, digest 917557919 True
# str 1000 2 False 1000 items, digest 429634049 True
# str 1000 2 True 1000 items, digest 917557919 True
# str 1000 3 False 1000 items, digest 112419324 True
# str 1000 3 True 1000 items, digest 112419324 True
# tuple 0 0 False [] True
# tuple 0 0 True [] True
# tuple 0 2 False [] True
# tuple 0 2 True [] True
# tuple 0 3 False [] True
# tuple 0 3 True [] True
# tuple 1 0 False [(0, 'b', 2)] True
# tuple 1 0 True [(0, 'b', 2)] True
# tuple 1 2 False [(0, 'b', 2)] True
# tuple 1 2 True [(0, 'b', 2)] True
# tuple 1 3 False [(0, 'b', 2)] True
# tuple 1 3 True [(0, 'b', 2)] True
# tuple 2 0 False [(2, 'a', 2), (2, 'c', 1)] True
# tuple 2 0 True [(2, 'c', 1), (2, 'a', 2)] True
# tuple 2 2 False [(2, 'a', 2), (2, 'c', 1)] True
# tuple 2 2 True [(2, 'c', 1), (2, 'a', 2)] True
# tuple 2 3 False [(2, 'a', 2), (2, 'c', 1)] True
# tuple 2 3 True [(2, 'a', 2), (2, 'c', 1)] True
# tuple 5 0 False [(0, 'a', 2), (1, 'a', 2), (2, 'a', 2), (2, 'c', 2), (3, 'b', 2)] True
# tuple 5 0 True [(3, 'b', 2), (2, 'c', 2), (2, 'a', 2), (1, 'a', 2), (0, 'a', 2)] True
# tuple 5 2 False [(0, 'a', 2), (1, 'a', 2), (2, 'a', 2), (2, 'c', 2), (3, 'b', 2)] True
# tuple 5 2 True [(3, 'b', 2), (2, 'c', 2), (2, 'a', 2), (1, 'a', 2), (0, 'a', 2)] True
# tuple 5 3 False [(3, 'b', 2), (2, 'c', 2), (2, 'a', 2), (1, 'a', 2), (0, 'a', 2)] True
# tuple 5 3 True [(3, 'b', 2), (2, 'c', 2), (2, 'a', 2), (1, 'a', 2), (0, 'a', 2)] True
# tuple 31 0 False 31 items, digest 495131044 True
# tuple 31 0 True 31 items, digest 463702177 True
# tuple 31 2 False 31 items, digest 495131044 True
# tuple 31 2 True 31 items, digest 463702177 True
# tuple 31 3 False 31 items, digest 814364145 True
# tuple 31 3 True 31 items, digest 814364145 True
# tuple 33 0 False 33 items, digest 241572965 True
# tuple 33 0 True 33 items, digest 46645137 True
# tuple 33 2 False 33 items, digest 241572965 True
# tuple 33 2 True 33 items, digest 46645137 True
# tuple 33 3 False 33 items, digest 273532276 True
# tuple 33 3 True 33 items, digest 273532276 True
# tuple 64 0 False 64 items, digest 49393442 True
# tuple 64 0 True 64 items, digest 618133846 True
# tuple 64 2 False 64 items, digest 49393442 True
# tuple 64 2 True 64 items, digest 618133846 True
# tuple 64 3 False 64 items, digest 428614407 True
# tuple 64 3 True 64 items, digest 428614407 True
# tuple 200 0 False 200 items, digest 162723327 True
# tuple 200 0 True 200 items, digest 624413022 True
# tuple 200 2 False 200 items, digest 162723327 True
# tuple 200 2 True 200 items, digest 624413022 True
# tuple 200 3 False 200 items, digest 764176629 True
# tuple 200 3 True 200 items, digest 764176629 True
# tuple 1000 0 False 1000 items, digest 833693438 True
# tuple 1000 0 True 1000 items, digest 536038850 True
# tuple 1000 2 False 1000 items, digest 833693438 True
# tuple 1000 2 True 1000 items, digest 536038850 True
# tuple 1000 3 False 1000 items, digest 732665009 True
# tuple 1000 3 True 1000 items, digest 732665009 True
# tuple_float 0 0 False [] True
# tuple_float 0 0 True [] True
# tuple_float 0 2 False [] True
# tuple_float 0 2 True [] True
# tuple_float 0 3 False [] True
# tuple_float 0 3 True [] True
# tuple_float 1 0 False [(0.5, 2)] True
# tuple_float 1 0 True [(0.5, 2)] True
# tuple_float 1 2 False [(0.5, 2)] True
# tuple_float 1 2 True [(0.5, 2)] True
# tuple_float 1 3 False [(0.5, 2)] True
# tuple_float 1 3 True [(0.5, 2)] True
# tuple_float 2 0 False [(0.0, 2), (1.0, 1)] True
# tuple_float 2 0 True [(1.0, 1), (0.0, 2)] True
# tuple_float 2 2 False [(0.0, 2), (1.0, 1)] True
# tuple_float 2 2 True [(1.0, 1), (0.0, 2)] True
# tuple_float 2 3 False [(1.0, 1), (0.0, 2)] True
# tuple_float 2 3 True [(1.0, 1), (0.0, 2)] True
# tuple_float 5 0 False [(0.0, 2), (0.0, 3), (0.0, 4), (1.0, 2), (1.0, 3)] True
# tuple_float 5 0 True [(1.0, 3), (1.0, 2), (0.0, 4), (0.0, 3), (0.0, 2)] True
# tuple_float 5 2 False [(0.0, 2), (0.0, 3), (0.0, 4), (1.0, 2), (1.0, 3)] True
# tuple_float 5 2 True [(1.0, 3), (1.0, 2), (0.0, 4), (0.0, 3), (0.0, 2)] True
# tuple_float 5 3 False [(1.0, 2), (0.0, 4), (1.0, 3), (0.0, 2), (0.0, 3)] True
# tuple_float 5 3 True [(1.0, 2), (0.0, 4), (1.0, 3), (0.0, 2), (0.0, 3)] True
# tuple_float 31 0 False 31 items, digest 581347162 True
# tuple_float 31 0 True 31 items, digest 199133081 True
# tuple_float 31 2 False 31 items, digest 581347162 True
# tuple_float 31 2 True 31 items, digest 199133081 True
# tuple_float 31 3 False 31 items, digest 100835181 True
# tuple_float 31 3 True 31 items, digest 100835181 True
# tuple_float 33 0 False 33 items, digest 311181562 True
# tuple_float 33 0 True 33 items, digest 156056994 True
# tuple_float 33 2 False 33 items, digest 311181562 True
# tuple_float 33 2 True 33 items, digest 156056994 True
# tuple_float 33 3 False 33 items, digest 885543950 True
# tuple_float 33 3 True 33 items, digest 885543950 True
# tuple_float 64 0 False 64 items, digest 130045071 True
# tuple_float 64 0 True 64 items, digest 604268497 True
# tuple_float 64 2 False 64 items, digest 130045071 True
# tuple_float 64 2 True 64 items, digest 604268497 True
# tuple_float 64 3 False 64 items, digest 380020533 True
# tuple_float 64 3 True 64 items, digest 380020533 True
# tuple_float 200 0 False 200 items, digest 735655523 True
# tuple_float 200 0 True 200 items, digest 410106883 True
# tuple_float 200 2 False 200 items, digest 735655523 True
# tuple_float 200 2 True 200 items, digest 410106883 True
# tuple_float 200 3 False 200 items, digest 504081139 True
# tuple_float 200 3 True 200 items, digest 504081139 True
# tuple_float 1000 0 False 1000 items, digest 618229178 True
# tuple_float 1000 0 True 1000 items, digest 827326638 True
# tuple_float 1000 2 False 1000 items, digest 618229178 True
# tuple_float 1000 2 True 1000 items, digest 827326638 True
# tuple_float 1000 3 False 1000 items, digest 883543153 True
# tuple_float 1000 3 True 1000 items, digest 883543153 True
# mixed 0 0 False [] True
# mixed 0 0 True [] True
# mixed 0 1 False [] True
# mixed 0 1 True [] True
# mixed 0 2 False [] True
# mixed 0 2 True [] True
# mixed 0 3 False [] True
# mixed 0 3 True [] True
# mixed 1 0 False [4.5] True
# mixed 1 0 True [4.5] True
# mixed 1 1 False [4.5] True
# mixed 1 1 True [4.5] True
# mixed 1 2 False [4.5] True
# mixed 1 2 True [4.5] True
# mixed 1 3 False [4.5] True
# mixed 1 3 True [4.5] True
# mixed 2 0 False [2.5, 2.5] True
# mixed 2 0 True [2.5, 2.5] True
# mixed 2 1 False [2.5, 2.5] True
# mixed 2 1 True [2.5, 2.5] True
# mixed 2 2 False [2.5, 2.5] True
# mixed 2 2 True [2.5, 2.5] True
# mixed 2 3 False [2.5, 2.5] True
# mixed 2 3 True [2.5, 2.5] True
# mixed 5 0 False [1.5, 2.0, 3, 3, 4.5] True
# mixed 5 0 True [4.5, 3, 3, 2.0, 1.5] True
# mixed 5 1 False [4.5, 3, 3, 2.0, 1.5] True
# mixed 5 1 True [1.5, 2.0, 3, 3, 4.5] True
# mixed 5 2 False [1.5, 2.0, 3, 3, 4.5] True
# mixed 5 2 True [4.5, 3, 3, 2.0, 1.5] True
# mixed 5 3 False [1.5, 2.0, 4.5, 3, 3] True
# mixed 5 3 True [1.5, 2.0, 4.5, 3, 3] True
# mixed 31 0 False [0.0, 0, 0.0, 0.5, 0.5, 1, 1, 1.0, 2.0, 2, 2, 2, 2, 2, 2.5, 2.5, 3, 4, 4, 4, 4, 4, 4.0, 4.0, 5, 5, 5, 7, 7, 8, 9] True
# mixed 31 0 True [9, 8, 7, 7, 5, 5, 5, 4, 4, 4, 4, 4, 4.0, 4.0, 3, 2.5, 2.5, 2.0, 2, 2, 2, 2, 2, 1, 1, 1.0, 0.5, 0.5, 0.0, 0, 0.0] True
# mixed 31 1 False [9, 8, 7, 7, 5, 5, 5, 4, 4, 4, 4, 4, 4.0, 4.0, 3, 2.5, 2.5, 2.0, 2, 2, 2, 2, 2, 1, 1, 1.0, 0.5, 0.5, 0.0, 0, 0.0] True
# mixed 31 1 True [0.0, 0, 0.0, 0.5, 0.5, 1, 1, 1.0, 2.0, 2, 2, 2, 2, 2, 2.5, 2.5, 3, 4, 4, 4, 4, 4, 4.0, 4.0, 5, 5, 5, 7, 7, 8, 9] True
# mixed 31 2 False [0, 0.0, 0.0, 0.5, 0.5, 1, 1, 1.0, 2, 2, 2, 2, 2, 2.0, 2.5, 2.5, 3, 4, 4, 4, 4, 4, 4.0, 4.0, 5, 5, 5, 7, 7, 8, 9] True
# mixed 31 2 True [9, 8, 7, 7, 5, 5, 5, 4.0, 4.0, 4, 4, 4, 4, 4, 3, 2.5, 2.5, 2.0, 2, 2, 2, 2, 2, 1.0, 1, 1, 0.5, 0.5, 0.0, 0.0, 0] True
# mixed 31 3 False [5, 4, 3, 4, 5, 1, 0.0, 7, 0.5, 2.0, 0, 2, 2, 7, 5, 2, 9, 2, 1, 1.0, 8, 4, 2, 4, 4, 0.5, 4.0, 2.5, 2.5, 4.0, 0.0] True
# mixed 31 3 True [5, 4, 3, 4, 5, 1, 0.0, 7, 0.5, 2.0, 0, 2, 2, 7, 5, 2, 9, 2, 1, 1.0, 8, 4, 2, 4, 4, 0.5, 4.0, 2.5, 2.5, 4.0, 0.0] True
# mixed 33 0 False [0.0, 0, 0.5, 0.5, 1, 1.0, 1.0, 1.0, 1, 1.5, 1.5, 1.5, 2, 2, 2.5, 3.0, 3.0, 3, 3, 3.5, 4.0, 4, 4.5, 4.5, 4.5, 4.5, 6, 7, 7, 8, 8, 8, 8] True
# mixed 33 0 True [8, 8, 8, 8, 7, 7, 6, 4.5, 4.5, 4.5, 4.5, 4.0, 4, 3.5, 3.0, 3.0, 3, 3, 2.5, 2, 2, 1.5, 1.5, 1.5, 1, 1.0, 1.0, 1.0, 1, 0.5, 0.5, 0.0, 0] True
# mixed 33 1 False [8, 8, 8, 8, 7, 7, 6, 4.5, 4.5, 4.5, 4.5, 4.0, 4, 3.5, 3.0, 3.0, 3, 3, 2.5, 2, 2, 1.5, 1.5, 1.5, 1, 1.0, 1.0, 1.0, 1, 0.5, 0.5, 0.0, 0] True
# mixed 33 1 True [0.0, 0, 0.5, 0.5, 1, 1.0, 1.0, 1.0, 1, 1.5, 1.5, 1.5, 2, 2, 2.5, 3.0, 3.0, 3, 3, 3.5, 4.0, 4, 4.5, 4.5, 4.5, 4.5, 6, 7, 7, 8, 8, 8, 8] True
# mixed 33 2 False [0, 0.0, 0.5, 0.5, 1, 1, 1.0, 1.0, 1.0, 1.5, 1.5, 1.5, 2, 2, 2.5, 3, 3, 3.0, 3.0, 3.5, 4, 4.0, 4.5, 4.5, 4.5, 4.5, 6, 7, 7, 8, 8, 8, 8] True
# mixed 33 2 True [8, 8, 8, 8, 7, 7, 6, 4.5, 4.5, 4.5, 4.5, 4.0, 4, 3.5, 3.0, 3.0, 3, 3, 2.5, 2, 2, 1.5, 1.5, 1.5, 1.0, 1.0, 1.0, 1, 1, 0.5, 0.5, 0.0, 0] True
# mixed 33 3 False [1, 3.0, 8, 8, 2, 3.5, 1.5, 4.5, 3.0, 6, 1.0, 1.0, 4.0, 3, 1.5, 8, 0.0, 2, 4.5, 0, 2.5, 1.5, 1.0, 4, 7, 4.5, 4.5, 0.5, 8, 7, 3, 1, 0.5] True
# mixed 33 3 True [1, 3.0, 8, 8, 2, 3.5, 1.5, 4.5, 3.0, 6, 1.0, 1.0, 4.0, 3, 1.5, 8, 0.0, 2, 4.5, 0, 2.5, 1.5, 1.0, 4, 7, 4.5, 4.5, 0.5, 8, 7, 3, 1, 0.5] True
# mixed 64 0 False 64 items, digest 498845692 True
# mixed 64 0 True 64 items, digest 951105217 True
# mixed 64 1 False 64 items, digest 951105217 True
# mixed 64 1 True 64 items, digest 498845692 True
# mixed 64 2 False 64 items, digest 804475815 True
# mixed 64 2 True 64 items, digest 291048730 True
# mixed 64 3 False 64 items, digest 84735346 True
# mixed 64 3 True 64 items, digest 84735346 True
# mixed 200 0 False 200 items, digest 40444480 True
# mixed 200 0 True 200 items, digest 856997197 True
# mixed 200 1 False 200 items, digest 856997197 True
# mixed 200 1 True 200 items, digest 40444480 True
# mixed 200 2 False 200 items, digest 858984238 True
# mixed 200 2 True 200 items, digest 159626942 True
# mixed 200 3 False 200 items, digest 417830010 True
# mixed 200 3 True 200 items, digest 417830010 True
# mixed 1000 0 False 1000 items, digest 422892865 True
# mixed 1000 0 True 1000 items, digest 155664429 True
# mixed 1000 1 False 1000 items, digest 155664429 True
# mixed 1000 1 True 1000 items, digest 422892865 True
# mixed 1000 2 False 1000 items, digest 828139355 True
# mixed 1000 2 True 1000 items, digest 47068627 True
# mixed 1000 3 False 1000 items, digest 305454208 True
# mixed 1000 3 True 1000 items, digest 305454208 True
# bool_int 0 0 False [] True
# bool_int 0 0 True [] True
# bool_int 0 1 False [] True
# bool_int 0 1 True [] True
# bool_int 0 2 False [] True
# bool_int 0 2 True [] True
# bool_int 0 3 False [] True
# bool_int 0 3 True [] True
# bool_int 1 0 False [1] True
# bool_int 1 0 True [1] True
# bool_int 1 1 False [1] True
# bool_int 1 1 True [1] True
# bool_int 1 2 False [1] True
# bool_int 1 2 True [1] True
# bool_int 1 3 False [1] True
# bool_int 1 3 True [1] True
# bool_int 2 0 False [0, 1] True
# bool_int 2 0 True [1, 0] True
# bool_int 2 1 False [1, 0] True
# bool_int 2 1 True [0, 1] True
# bool_int 2 2 False [0, 1] True
# bool_int 2 2 True [1, 0] True
# bool_int 2 3 False [0, 1] True
# bool_int 2 3 True [0, 1] True
# bool_int 5 0 False [False, False, False, 1, 1] True
# bool_int 5 0 True [1, 1, False, False, False] True
# bool_int 5 1 False [1, 1, False, False, False] True
# bool_int 5 1 True [False, False, False, 1, 1] True
# bool_int 5 2 False [1, 1, False, False, False] True
# bool_int 5 2 True [False, False, False, 1, 1] True
# bool_int 5 3 False [False, False, 1, False, 1] True
# bool_int 5 3 True [False, False, 1, False, 1] True
# bool_int 31 0 False [False, 0, 0, False, 0, 0, False, False, 0, False, 1, True, True, 1, True, 1, 1, 1, True, 1, True, True, 2, 2, 2, 2, 2, 2, 2, 2, 2] True
# bool_int 31 0 True [2, 2, 2, 2, 2, 2, 2, 2, 2, 1, True, True, 1, True, 1, 1, 1, True, 1, True, True, False, 0, 0, False, 0, 0, False, False, 0, False] True
# bool_int 31 1 False [2, 2, 2, 2, 2, 2, 2, 2, 2, 1, True, True, 1, True, 1, 1, 1, True, 1, True, True, False, 0, 0, False, 0, 0, False, False, 0, False] True
# bool_int 31 1 True [False, 0, 0, False, 0, 0, False, False, 0, False, 1, True, True, 1, True, 1, 1, 1, True, 1, True, True, 2, 2, 2, 2, 2, 2, 2, 2, 2] True
# bool_int 31 2 False [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, False, False, False, False, False, True, True, True, True, True, True] True
# bool_int 31 2 True [True, True, True, True, True, True, False, False, False, False, False, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0] True
# bool_int 31 3 False [2, 1, False, True, 2, True, 0, 1, 2, True, 2, 2, 1, 1, 1, 2, 0, False, 0, 2, True, 0, False, 1, False, True, 2, True, 2, 0, False] True
# bool_int 31 3 True [2, 1, False, True, 2, True, 0, 1, 2, True, 2, 2, 1, 1, 1, 2, 0, False, 0, 2, True, 0, False, 1, False, True, 2, True, 2, 0, False] True
# bool_int 33 0 False [False, 0, 0, 0, False, False, False, 0, False, 0, False, False, False, False, False, False, 0, True, True, 1, True, True, True, 1, 1, True, 1, True, True, 2, 2, 2, 2] True
# bool_int 33 0 True [2, 2, 2, 2, True, True, 1, True, True, True, 1, 1, True, 1, True, True, False, 0, 0, 0, False, False, False, 0, False, 0, False, False, False, False, False, False, 0] True
# bool_int 33 1 False [2, 2, 2, 2, True, True, 1, True, True, True, 1, 1, True, 1, True, True, False, 0, 0, 0, False, False, False, 0, False, 0, False, False, False, False, False, False, 0] True
# bool_int 33 1 True [False, 0, 0, 0, False, False, False, 0, False, 0, False, False, False, False, False, False, 0, True, True, 1, True, True, True, 1, 1, True, 1, True, True, 2, 2, 2, 2] True
# bool_int 33 2 False [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, False, False, False, False, False, False, False, False, False, False, False, True, True, True, True, True, True, True, True] True
# bool_int 33 2 True [True, True, True, True, True, True, True, True, False, False, False, False, False, False, False, False, False, False, False, 2, 2, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0] True
# bool_int 33 3 False [True, True, False, 0, 0, 1, True, 2, 0, False, True, False, True, 1, 1, False, 0, 2, True, False, 1, 0, False, False, False, False, True, 2, False, True, 2, False, 0] True
# bool_int 33 3 True [True, True, False, 0, 0, 1, True, 2, 0, False, True, False, True, 1, 1, False, 0, 2, True, False, 1, 0, False, False, False, False, True, 2, False, True, 2, False, 0] True
# bool_int 64 0 False 64 items, digest 549753409 True
# bool_int 64 0 True 64 items, digest 573438281 True
# bool_int 64 1 False 64 items, digest 573438281 True
# bool_int 64 1 True 64 items, digest 549753409 True
# bool_int 64 2 False 64 items, digest 884466732 True
# bool_int 64 2 True 64 items, digest 828573339 True
# bool_int 64 3 False 64 items, digest 387200600 True
# bool_int 64 3 True 64 items, digest 387200600 True
# bool_int 200 0 False 200 items, digest 313392679 True
# bool_int 200 0 True 200 items, digest 141107698 True
# bool_int 200 1 False 200 items, digest 141107698 True
# bool_int 200 1 True 200 items, digest 313392679 True
# bool_int 200 2 False 200 items, digest 631142365 True
# bool_int 200 2 True 200 items, digest 757010963 True
# bool_int 200 3 False 200 items, digest 331767867 True
# bool_int 200 3 True 200 items, digest 331767867 True
# bool_int 1000 0 False 1000 items, digest 907608300 True
# bool_int 1000 0 True 1000 items, digest 689592652 True
# bool_int 1000 1 False 1000 items, digest 689592652 True
# bool_int 1000 1 True 1000 items, digest 907608300 True
# bool_int 1000 2 False 1000 items, digest 167666126 True
# bool_int 1000 2 True 1000 items, digest 821283102 True
# bool_int 1000 3 False 1000 items, digest 895697332 True
# bool_int 1000 3 True 1000 items, digest 895697332 True
# box 0 0 False [] True
# box 0 0 True [] True
# box 0 2 False [] True
# box 0 2 True [] True
# box 0 3 False [] True
# box 0 3 True [] True
# box 1 0 False [B(2,0)] True
# box 1 0 True [B(2,0)] True
# box 1 2 False [B(2,0)] True
# box 1 2 True [B(2,0)] True
# box 1 3 False [B(2,0)] True
# box 1 3 True [B(2,0)] True
# box 2 0 False [B(0,1), B(5,0)] True
# box 2 0 True [B(5,0), B(0,1)] True
# box 2 2 False [B(0,1), B(5,0)] True
# box 2 2 True [B(5,0), B(0,1)] True
# box 2 3 False [B(5,0), B(0,1)] True
# box 2 3 True [B(5,0), B(0,1)] True
# box 5 0 False [B(0,4), B(1,1), B(1,3), B(2,2), B(5,0)] True
# box 5 0 True [B(5,0), B(2,2), B(1,1), B(1,3), B(0,4)] True
# box 5 2 False [B(0,4), B(1,1), B(1,3), B(2,2), B(5,0)] True
# box 5 2 True [B(5,0), B(2,2), B(1,3), B(1,1), B(0,4)] True
# box 5 3 False [B(5,0), B(1,1), B(2,2), B(1,3), B(0,4)] True
# box 5 3 True [B(5,0), B(1,1), B(2,2), B(1,3), B(0,4)] True
# box 31 0 False 31 items, digest 929905474 True
# box 31 0 True 31 items, digest 212521033 True
# box 31 2 False 31 items, digest 604528815 True
# box 31 2 True 31 items, digest 837957945 True
# box 31 3 False 31 items, digest 744286233 True
# box 31 3 True 31 items, digest 744286233 True
# box 33 0 False 33 items, digest 471530417 True
# box 33 0 True 33 items, digest 436108532 True
# box 33 2 False 33 items, digest 707844145 True
# box 33 2 True 33 items, digest 223542592 True
# box 33 3 False 33 items, digest 295452225 True
# box 33 3 True 33 items, digest 295452225 True
# box 64 0 False 64 items, digest 459760932 True
# box 64 0 True 64 items, digest 679712714 True
# box 64 2 False 64 items, digest 906431274 True
# box 64 2 True 64 items, digest 285301515 True
# box 64 3 False 64 items, digest 981617452 True
# box 64 3 True 64 items, digest 981617452 True
# box 200 0 False 200 items, digest 749965426 True
# box 200 0 True 200 items, digest 908683478 True
# box 200 2 False 200 items, digest 204433380 True
# box 200 2 True 200 items, digest 130563000 True
# box 200 3 False 200 items, digest 650750524 True
# box 200 3 True 200 items, digest 650750524 True
# box 1000 0 False 1000 items, digest 514959816 True
# box 1000 0 True 1000 items, digest 695868438 True
# box 1000 2 False 1000 items, digest 278842046 True
# box 1000 2 True 1000 items, digest 579344601 True
# box 1000 3 False 1000 items, digest 217715355 True
# box 1000 3 True 1000 items, digest 217715355 True
# sorted 0 0 False [] True
# sorted 0 0 True [] True
# sorted 0 1 False [] True
# sorted 0 1 True [] True
# sorted 0 2 False [] True
# sorted 0 2 True [] True
# sorted 0 3 False [] True
# sorted 0 3 True [] True
# sorted 1 0 False [21] True
# sorted 1 0 True [21] True
# sorted 1 1 False [21] True
# sorted 1 1 True [21] True
# sorted 1 2 False [21] True
# sorted 1 2 True [21] True
# sorted 1 3 False [21] True
# sorted 1 3 True [21] True
# sorted 2 0 False [1, 2] True
# sorted 2 0 True [2, 1] True
# sorted 2 1 False [2, 1] True
# sorted 2 1 True [1, 2] True
# sorted 2 2 False [1, 2] True
# sorted 2 2 True [2, 1] True
# sorted 2 3 False [1, 2] True
# sorted 2 3 True [1, 2] True
# sorted 5 0 False [0, 2, 9, 24, 24] True
# sorted 5 0 True [24, 24, 9, 2, 0] True
# sorted 5 1 False [24, 24, 9, 2, 0] True
# sorted 5 1 True [0, 2, 9, 24, 24] True
# sorted 5 2 False [0, 2, 24, 24, 9] True
# sorted 5 2 True [9, 24, 24, 2, 0] True
# sorted 5 3 False [0, 2, 9, 24, 24] True
# sorted 5 3 True [0, 2, 9, 24, 24] True
# sorted 31 0 False [0, 1, 1, 3, 4, 4, 5, 7, 8, 9, 10, 11, 13, 13, 15, 16, 18, 19, 19, 21, 21, 21, 22, 22, 23, 25, 27, 28, 28, 28, 29] True
# sorted 31 0 True [29, 28, 28, 28, 27, 25, 23, 22, 22, 21, 21, 21, 19, 19, 18, 16, 15, 13, 13, 11, 10, 9, 8, 7, 5, 4, 4, 3, 1, 1, 0] True
# sorted 31 1 False [29, 28, 28, 28, 27, 25, 23, 22, 22, 21, 21, 21, 19, 19, 18, 16, 15, 13, 13, 11, 10, 9, 8, 7, 5, 4, 4, 3, 1, 1, 0] True
# sorted 31 1 True [0, 1, 1, 3, 4, 4, 5, 7, 8, 9, 10, 11, 13, 13, 15, 16, 18, 19, 19, 21, 21, 21, 22, 22, 23, 25, 27, 28, 28, 28, 29] True
# sorted 31 2 False [0, 1, 1, 10, 11, 13, 13, 15, 16, 18, 19, 19, 21, 21, 21, 22, 22, 23, 25, 27, 28, 28, 28, 29, 3, 4, 4, 5, 7, 8, 9] True
# sorted 31 2 True [9, 8, 7, 5, 4, 4, 3, 29, 28, 28, 28, 27, 25, 23, 22, 22, 21, 21, 21, 19, 19, 18, 16, 15, 13, 13, 11, 10, 1, 1, 0] True
# sorted 31 3 False [0, 1, 1, 3, 4, 4, 5, 7, 8, 9, 10, 11, 13, 13, 15, 16, 18, 19, 19, 21, 21, 21, 22, 22, 23, 25, 27, 28, 28, 28, 29] True
# sorted 31 3 True [0, 1, 1, 3, 4, 4, 5, 7, 8, 9, 10, 11, 13, 13, 15, 16, 18, 19, 19, 21, 21, 21, 22, 22, 23, 25, 27, 28, 28, 28, 29] True
# sorted 33 0 False [0, 1, 3, 5, 6, 6, 8, 8, 11, 12, 12, 12, 13, 13, 14, 14, 14, 16, 16, 17, 18, 19, 19, 19, 20, 20, 20, 21, 22, 23, 26, 28, 28] True
# sorted 33 0 True [28, 28, 26, 23, 22, 21, 20, 20, 20, 19, 19, 19, 18, 17, 16, 16, 14, 14, 14, 13, 13, 12, 12, 12, 11, 8, 8, 6, 6, 5, 3, 1, 0] True
# sorted 33 1 False [28, 28, 26, 23, 22, 21, 20, 20, 20, 19, 19, 19, 18, 17, 16, 16, 14, 14, 14, 13, 13, 12, 12, 12, 11, 8, 8, 6, 6, 5, 3, 1, 0] True
# sorted 33 1 True [0, 1, 3, 5, 6, 6, 8, 8, 11, 12, 12, 12, 13, 13, 14, 14, 14, 16, 16, 17, 18, 19, 19, 19, 20, 20, 20, 21, 22, 23, 26, 28, 28] True
# sorted 33 2 False [0, 1, 11, 12, 12, 12, 13, 13, 14, 14, 14, 16, 16, 17, 18, 19, 19, 19, 20, 20, 20, 21, 22, 23, 26, 28, 28, 3, 5, 6, 6, 8, 8] True
# sorted 33 2 True [8, 8, 6, 6, 5, 3, 28, 28, 26, 23, 22, 21, 20, 20, 20, 19, 19, 19, 18, 17, 16, 16, 14, 14, 14, 13, 13, 12, 12, 12, 11, 1, 0] True
# sorted 33 3 False [0, 1, 3, 5, 6, 6, 8, 8, 11, 12, 12, 12, 13, 13, 14, 14, 14, 16, 16, 17, 18, 19, 19, 19, 20, 20, 20, 21, 22, 23, 26, 28, 28] True
# sorted 33 3 True [0, 1, 3, 5, 6, 6, 8, 8, 11, 12, 12, 12, 13, 13, 14, 14, 14, 16, 16, 17, 18, 19, 19, 19, 20, 20, 20, 21, 22, 23, 26, 28, 28] True
# sorted 64 0 False 64 items, digest 889544036 True
# sorted 64 0 True 64 items, digest 575830007 True
# sorted 64 1 False 64 items, digest 575830007 True
# sorted 64 1 True 64 items, digest 889544036 True
# sorted 64 2 False 64 items, digest 13663404 True
# sorted 64 2 True 64 items, digest 318962443 True
# sorted 64 3 False 64 items, digest 889544036 True
# sorted 64 3 True 64 items, digest 889544036 True
# sorted 200 0 False 200 items, digest 579089244 True
# sorted 200 0 True 200 items, digest 771801253 True
# sorted 200 1 False 200 items, digest 771801253 True
# sorted 200 1 True 200 items, digest 579089244 True
# sorted 200 2 False 200 items, digest 224979959 True
# sorted 200 2 True 200 items, digest 463575688 True
# sorted 200 3 False 200 items, digest 579089244 True
# sorted 200 3 True 200 items, digest 579089244 True
# sorted 1000 0 False 1000 items, digest 561877668 True
# sorted 1000 0 True 1000 items, digest 293025960 True
# sorted 1000 1 False 1000 items, digest 293025960 True
# sorted 1000 1 True 1000 items, digest 561877668 True
# sorted 1000 2 False 1000 items, digest 959679322 True
# sorted 1000 2 True 1000 items, digest 776739618 True
# sorted 1000 3 False 1000 items, digest 561877668 True
# sorted 1000 3 True 1000 items, digest 561877668 True
# descending 0 0 False [] True
# descending 0 0 True [] True
# descending 0 1 False [] True
# descending 0 1 True [] True
# descending 0 2 False [] True
# descending 0 2 True [] True
# descending 0 3 False [] True
# descending 0 3 True [] True
# descending 1 0 False [28] True
# descending 1 0 True [28] True
# descending 1 1 False [28] True
# descending 1 1 True [28] True
# descending 1 2 False [28] True
# descending 1 2 True [28] True
# descending 1 3 False [28] True
# descending 1 3 True [28] True
# descending 2 0 False [28, 28] True
# descending 2 0 True [28, 28] True
# descending 2 1 False [28, 28] True
# descending 2 1 True [28, 28] True
# descending 2 2 False [28, 28] True
# descending 2 2 True [28, 28] True
# descending 2 3 False [28, 28] True
# descending 2 3 True [28, 28] True
# descending 5 0 False [11, 15, 17, 20, 24] True
# descending 5 0 True [24, 20, 17, 15, 11] True
# descending 5 1 False [24, 20, 17, 15, 11] True
# descending 5 1 True [11, 15, 17, 20, 24] True
# descending 5 2 False [11, 15, 17, 20, 24] True
# descending 5 2 True [24, 20, 17, 15, 11] True
# descending 5 3 False [24, 20, 17, 15, 11] True
# descending 5 3 True [24, 20, 17, 15, 11] True
# descending 31 0 False [1, 2, 3, 3, 3, 3, 5, 5, 5, 7, 7, 8, 8, 8, 9, 10, 12, 12, 15, 16, 17, 19, 21, 23, 23, 23, 25, 25, 28, 29, 29] True
# descending 31 0 True [29, 29, 28, 25, 25, 23, 23, 23, 21, 19, 17, 16, 15, 12, 12, 10, 9, 8, 8, 8, 7, 7, 5, 5, 5, 3, 3, 3, 3, 2, 1] True
# descending 31 1 False [29, 29, 28, 25, 25, 23, 23, 23, 21, 19, 17, 16, 15, 12, 12, 10, 9, 8, 8, 8, 7, 7, 5, 5, 5, 3, 3, 3, 3, 2, 1] True
# descending 31 1 True [1, 2, 3, 3, 3, 3, 5, 5, 5, 7, 7, 8, 8, 8, 9, 10, 12, 12, 15, 16, 17, 19, 21, 23, 23, 23, 25, 25, 28, 29, 29] True
# descending 31 2 False [1, 10, 12, 12, 15, 16, 17, 19, 2, 21, 23, 23, 23, 25, 25, 28, 29, 29, 3, 3, 3, 3, 5, 5, 5, 7, 7, 8, 8, 8, 9] True
# descending 31 2 True [9, 8, 8, 8, 7, 7, 5, 5, 5, 3, 3, 3, 3, 29, 29, 28, 25, 25, 23, 23, 23, 21, 2, 19, 17, 16, 15, 12, 12, 10, 1] True
# descending 31 3 False [29, 29, 28, 25, 25, 23, 23, 23, 21, 19, 17, 16, 15, 12, 12, 10, 9, 8, 8, 8, 7, 7, 5, 5, 5, 3, 3, 3, 3, 2, 1] True
# descending 31 3 True [29, 29, 28, 25, 25, 23, 23, 23, 21, 19, 17, 16, 15, 12, 12, 10, 9, 8, 8, 8, 7, 7, 5, 5, 5, 3, 3, 3, 3, 2, 1] True
# descending 33 0 False [0, 1, 1, 4, 6, 6, 7, 7, 8, 10, 10, 10, 12, 12, 14, 14, 15, 15, 16, 16, 17, 18, 18, 20, 21, 21, 22, 23, 23, 24, 24, 28, 29] True
# descending 33 0 True [29, 28, 24, 24, 23, 23, 22, 21, 21, 20, 18, 18, 17, 16, 16, 15, 15, 14, 14, 12, 12, 10, 10, 10, 8, 7, 7, 6, 6, 4, 1, 1, 0] True
# descending 33 1 False [29, 28, 24, 24, 23, 23, 22, 21, 21, 20, 18, 18, 17, 16, 16, 15, 15, 14, 14, 12, 12, 10, 10, 10, 8, 7, 7, 6, 6, 4, 1, 1, 0] True
# descending 33 1 True [0, 1, 1, 4, 6, 6, 7, 7, 8, 10, 10, 10, 12, 12, 14, 14, 15, 15, 16, 16, 17, 18, 18, 20, 21, 21, 22, 23, 23, 24, 24, 28, 29] True
# descending 33 2 False [0, 1, 1, 10, 10, 10, 12, 12, 14, 14, 15, 15, 16, 16, 17, 18, 18, 20, 21, 21, 22, 23, 23, 24, 24, 28, 29, 4, 6, 6, 7, 7, 8] True
# descending 33 2 True [8, 7, 7, 6, 6, 4, 29, 28, 24, 24, 23, 23, 22, 21, 21, 20, 18, 18, 17, 16, 16, 15, 15, 14, 14, 12, 12, 10, 10, 10, 1, 1, 0] True
# descending 33 3 False [29, 28, 24, 24, 23, 23, 22, 21, 21, 20, 18, 18, 17, 16, 16, 15, 15, 14, 14, 12, 12, 10, 10, 10, 8, 7, 7, 6, 6, 4, 1, 1, 0] True
# descending 33 3 True [29, 28, 24, 24, 23, 23, 22, 21, 21, 20, 18, 18, 17, 16, 16, 15, 15, 14, 14, 12, 12, 10, 10, 10, 8, 7, 7, 6, 6, 4, 1, 1, 0] True
# descending 64 0 False 64 items, digest 350430585 True
# descending 64 0 True 64 items, digest 437083285 True
# descending 64 1 False 64 items, digest 437083285 True
# descending 64 1 True 64 items, digest 350430585 True
# descending 64 2 False 64 items, digest 781139038 True
# descending 64 2 True 64 items, digest 184159685 True
# descending 64 3 False 64 items, digest 437083285 True
# descending 64 3 True 64 items, digest 437083285 True
# descending 200 0 False 200 items, digest 332897961 True
# descending 200 0 True 200 items, digest 498545360 True
# descending 200 1 False 200 items, digest 498545360 True
# descending 200 1 True 200 items, digest 332897961 True
# descending 200 2 False 200 items, digest 27623555 True
# descending 200 2 True 200 items, digest 582568669 True
# descending 200 3 False 200 items, digest 498545360 True
# descending 200 3 True 200 items, digest 498545360 True
# descending 1000 0 False 1000 items, digest 93269016 True
# descending 1000 0 True 1000 items, digest 890339011 True
# descending 1000 1 False 1000 items, digest 890339011 True
# descending 1000 1 True 1000 items, digest 93269016 True
# descending 1000 2 False 1000 items, digest 183030135 True
# descending 1000 2 True 1000 items, digest 235021558 True
# descending 1000 3 False 1000 items, digest 890339011 True
# descending 1000 3 True 1000 items, digest 890339011 True
# runs 0 0 False [] True
# runs 0 0 True [] True
# runs 0 1 False [] True
# runs 0 1 True [] True
# runs 0 2 False [] True
# runs 0 2 True [] True
# runs 0 3 False [] True
# runs 0 3 True [] True
# runs 1 0 False [36] True
# runs 1 0 True [36] True
# runs 1 1 False [36] True
# runs 1 1 True [36] True
# runs 1 2 False [36] True
# runs 1 2 True [36] True
# runs 1 3 False [36] True
# runs 1 3 True [36] True
# runs 2 0 False [72, 73] True
# runs 2 0 True [73, 72] True
# runs 2 1 False [73, 72] True
# runs 2 1 True [72, 73] True
# runs 2 2 False [72, 73] True
# runs 2 2 True [73, 72] True
# runs 2 3 False [72, 73] True
# runs 2 3 True [72, 73] True
# runs 5 0 False [95, 96, 97, 98, 99] True
# runs 5 0 True [99, 98, 97, 96, 95] True
# runs 5 1 False [99, 98, 97, 96, 95] True
# runs 5 1 True [95, 96, 97, 98, 99] True
# runs 5 2 False [95, 96, 97, 98, 99] True
# runs 5 2 True [99, 98, 97, 96, 95] True
# runs 5 3 False [95, 96, 97, 98, 99] True
# runs 5 3 True [95, 96, 97, 98, 99] True
# runs 31 0 False [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67] True
# runs 31 0 True [67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0] True
# runs 31 1 False [67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0] True
# runs 31 1 True [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67] True
# runs 31 2 False [0, 1, 10, 11, 12, 13, 2, 3, 4, 5, 51, 52, 53, 54, 55, 56, 57, 58, 59, 6, 60, 61, 62, 63, 64, 65, 66, 67, 7, 8, 9] True
# runs 31 2 True [9, 8, 7, 67, 66, 65, 64, 63, 62, 61, 60, 6, 59, 58, 57, 56, 55, 54, 53, 52, 51, 5, 4, 3, 2, 13, 12, 11, 10, 1, 0] True
# runs 31 3 False [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67] True
# runs 31 3 True [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67] True
# runs 33 0 False [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93] True
# runs 33 0 True [93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75, 74, 73, 72, 71, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14] True
# runs 33 1 False [93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75, 74, 73, 72, 71, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14] True
# runs 33 1 True [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93] True
# runs 33 2 False [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93] True
# runs 33 2 True [93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75, 74, 73, 72, 71, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14] True
# runs 33 3 False [71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23] True
# runs 33 3 True [71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23] True
# runs 64 0 False 64 items, digest 250856404 True
# runs 64 0 True 64 items, digest 455962256 True
# runs 64 1 False 64 items, digest 455962256 True
# runs 64 1 True 64 items, digest 250856404 True
# runs 64 2 False 64 items, digest 250856404 True
# runs 64 2 True 64 items, digest 455962256 True
# runs 64 3 False 64 items, digest 860385311 True
# runs 64 3 True 64 items, digest 860385311 True
# runs 200 0 False 200 items, digest 579902191 True
# runs 200 0 True 200 items, digest 460826941 True
# runs 200 1 False 200 items, digest 460826941 True
# runs 200 1 True 200 items, digest 579902191 True
# runs 200 2 False 200 items, digest 407094520 True
# runs 200 2 True 200 items, digest 905299038 True
# runs 200 3 False 200 items, digest 776688310 True
# runs 200 3 True 200 items, digest 776688310 True
# runs 1000 0 False 1000 items, digest 825492556 True
# runs 1000 0 True 1000 items, digest 923451383 True
# runs 1000 1 False 1000 items, digest 923451383 True
# runs 1000 1 True 1000 items, digest 825492556 True
# runs 1000 2 False 1000 items, digest 930919289 True
# runs 1000 2 True 1000 items, digest 185400665 True
# runs 1000 3 False 1000 items, digest 222633917 True
# runs 1000 3 True 1000 items, digest 222633917 True
# cases 792
