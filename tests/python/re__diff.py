# Differential walk of re: random patterns from a grammar of the syntax
# (literals, classes, groups, all quantifiers, look-arounds, backreferences,
# conditionals, anchors, inline flags) and random subjects; every result
# (or error) is printed, so CPython's output is the expectation.
# tests/tools/re_diff.py runs other seeds side by side.
import random
import re
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 300

ALPHA = "abcAB_ 1\n-"
ANCHORS = ("^", "$", "\\A", "\\Z", "\\b", "\\B")
random.seed(SEED)
rng = random


def atom(depth, ngroups):
    r = rng.random()
    if r < 0.4 or depth > 2:
        return rng.choice(["a", "b", "c", "A", "B", "1", "_", " ", "\\n", "-",
                           ".", "\\d", "\\w", "\\s", "\\W", "\\D", "\\S", "\\-"])
    if r < 0.5:
        neg = "^" if rng.random() < 0.3 else ""
        items = "".join(rng.choice(["a", "b", "A-C", "a-c", "\\d", "\\w", "_",
                                    "\\s", "1", "-", "\\n"])
                        for _ in range(rng.randint(1, 3)))
        return "[" + neg + items + "]"
    if r < 0.58:
        return rng.choice(["^", "$", "\\A", "\\Z", "\\b", "\\B"])
    if r < 0.66 and ngroups[0] > 0:
        g = rng.randint(1, ngroups[0])
        forms = ["\\%d" % g, "(?(%d)a|b)" % g, "(?(%d)%s)" % (g, alt(depth + 1, ngroups))]
        if ngroups[1]:
            name = rng.choice(ngroups[1])
            forms += ["(?P=%s)" % name, "(?(%s)a|b)" % name]
        return rng.choice(forms)
    kind = rng.choice(["(", "(", "(?:", "(?P<n%d>" % rng.randint(0, 99), "(?>",
                       "(?=", "(?!", "(?<=", "(?<!", "(?i:", "(?-i:", "(?s:", "(?m:"])
    if kind.startswith("(?<=") or kind.startswith("(?<!"):
        body = "".join(rng.choice(["a", "b", "\\w", "[ab]", "."]) for _ in range(rng.randint(1, 2)))
        return kind + body + ")"
    if kind == "(" or kind.startswith("(?P"):
        ngroups[0] += 1
    body = alt(depth + 1, ngroups)
    if kind.startswith("(?P") and kind[4:-1] not in ngroups[1]:
        ngroups[1].append(kind[4:-1])
    return kind + body + ")"


def quant():
    r = rng.random()
    if r < 0.6:
        return ""
    q = rng.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}"])
    return q + rng.choice(["", "", "?", "+"])


def seq(depth, ngroups):
    out = []
    for _ in range(rng.randint(1, 4)):
        a = atom(depth, ngroups)
        out.append(a if a in ANCHORS and rng.random() < 0.9 else a + quant())
    return "".join(out)


def alt(depth, ngroups):
    n = 1 if rng.random() < 0.7 else rng.randint(2, 3)
    return "|".join(seq(depth, ngroups) for _ in range(n))


def pattern():
    p = alt(0, [0, []])
    if rng.random() < 0.15:
        p = rng.choice(["(?i)", "(?m)", "(?s)", "(?x)", "(?a)"]) + p
    return p


def subject():
    return "".join(rng.choice(ALPHA) for _ in range(rng.randint(0, 12)))


def show(f):
    try:
        return repr(f())
    except (re.error, ValueError, TypeError, IndexError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


for i in range(COUNT):
    p = pattern()
    flags = rng.choice([0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A])
    try:
        c = re.compile(p, flags)
    except re.error as e:
        print(i, repr(p), "error:", e)
        continue
    s = subject()
    m = c.search(s)
    print(i, repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex))
    print(" ", show(lambda: c.match(s) and c.match(s).span()),
          show(lambda: c.fullmatch(s) and c.fullmatch(s).span()))
    print(" ", show(lambda: c.findall(s)))
    print(" ", show(lambda: c.sub("<\\g<0>>", s)), show(lambda: c.split(s)))


# Output:
# 0 '\\D{0}+' 'a  -a1B' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '']
#   '<>a<> <> <>-<>a<>1<>B<>' ['', 'a', ' ', ' ', '-', 'a', '1', 'B', '']
# 1 '((?-i:(?P<n67> {1,3}\\-+|.{2,}\\D{2,}\\w|\\dA{2,}?)b(?i: {2}\\d{,2}+)*+(?<!.){2}+){0}?)|(?<=[ab]\\w)\\b' 'c\n-cb\nBabb' ((0, 0), ('', None), 1)
#   (0, 0) None
#   [('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', '')]
#   '<>c<>\n<>-<>c<>b<>\n<>B<>a<>b<>b<>' ['', '', None, 'c', '', None, '\n', '', None, '-', '', None, 'c', '', None, 'b', '', None, '\n', '', None, 'B', '', None, 'a', '', None, 'b', '', None, 'b', '', None, '']
# 2 '(?P<n35>c1{1,3}+){0}+|\\w|\\n{2}+(?P<n2>1\\Z)' '\na ' ((0, 0), (None, None), None)
#   (0, 0) None
#   [('', ''), ('', ''), ('', ''), ('', ''), ('', '')]
#   '<>\n<><a><> <>' ['', None, None, '\n', None, None, '', None, None, '', None, None, ' ', None, None, '']
# 3 '(((?i:b)(?:A\\s\\w.{2,}?|.??)A{,2}+|b\\-|(?(2)a|b)\\2{1,3}(?(1)b)) |[\\d1\\d]{,2})a(?s:\\w(?<=\\w)\\2-)' error: cannot refer to an open group at position 47
# 4 '((?-i:[b](?<!b)??\\S{1,3})?){2}' '' ((0, 0), ('',), 1)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '', '']
# 5 '(?<=.\\w)(\\D(?(1)(?:\\nc)|\\B{2}\\D{2,}?\\B)(?<!b.){2}?)\\-|(?(1)a|b)\\n{0}\\Z_' error: nothing to repeat at position 26
# 6 '(?x)^|\\d\\S{,2}' '\n _-' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>\n _-' ['', '\n _-']
# 7 '\\-\\S(?<!\\wb)(?=\\Z(?s:(?-i:B{2,}?|a\\s{1,3}|\\D\\n\\s\\W)(_.\\S{0})(?(1)\\w.{1,3})(?! {2}1{0}\\nB{0}?)|_{1,3}\\w(_{0}+)(?i: ))-$)' 'baa' None
#   None None
#   []
#   'baa' ['baa']
# 8 '(?>(?-i:B*+)-*|\\n{2,}\\D{1,3}|\\n{2}1(?-i:(?!c+?A\\s*\\S))*\\Z){0}(b*?BA{1,3})\\-|\\Z\\W\\b|(?s:.c(?<![ab]\\w))' 'bc___-b1' None
#   None None
#   []
#   'bc___-b1' ['bc___-b1']
# 9 '(?!\\S|(?i:[11] (?m:\\-+)|(?-i:\\D{1,3}| \\-{2}+|\\n)|\\Z(?m:\\Wa\\S{,2}?\\-{2,}?)\\W$)[\\w]a+)[\\n\\s]{2,}+(?=1{,2}(?!(?>\\D{2,}+BaA)*[1][^b1\\n])+?)?+(\\W\\Z(?:\\n(?>A\\d{1,3}\\W|\\n))\\s|\\b){1,3}?|(?<=[ab])[A-C-\\s]._|[^\\d](?(1)_){2,}?a{2}(?-i:\\S\\dB*?)' '_AB\n' None
#   None None
#   []
#   '_AB\n' ['_AB\n']
# 10 '\\w' '_' ((0, 1), (), None)
#   (0, 1) (0, 1)
#   ['_']
#   '<_>' ['', '']
# 11 '(?=[1\\s-](?P<n38>\\S\\s)\\b|[^b\\n]{,2}(?P=n38)++)[\\w_][^\\n]*' '\n_\nB-_1A' None
#   None None
#   []
#   '\n_\nB-_1A' ['\n_\nB-_1A']
# 12 '\\A|(?=b{2,}+.(?i:A?+)+)' 'AbA__A' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>AbA__A' ['', 'AbA__A']
# 13 '_A(?:a?+(?<!bb)+?\\w{2}+(?m:(?:\\-?a)(?s:\\W){2,}\\B\\S)){1,3}+\\s|(?=\\B_B1+?|(?>\\W(?P<n32> \\w+)(?s:B+B\\w )[^\\da-c\\s])+?(?i:B+(?i:\\w_{2,}){1,3}(?m: \\-\\n{2,}+A?))_|((?P<n56>_cb?-|\\w))\\A(-B\\A\\3{,2}?)*?)[\\s\\w1]*|B?[\\w\\w]{,2}(?-i:(?<!..)(?!\\B\\n*?(?<!.))?[aa\\w])' 'AA' ((0, 2), (None, None, None, None), None)
#   (0, 2) (0, 2)
#   [('', '', '', '')]
#   '<AA>' ['', None, None, None, None, '']
# 14 '((?<=.\\w)(\\-c|\\S[^\\w\\w_]+)|(?i:\\D\\s{,2}?\\s\\Z{0}+)??(?>\\2\\D?+(?-i:\\-{1,3}+)b)|((?=\\S{,2}?\\s{0}){2,}(?(3)\\w-{,2}){1,3}+[\\w])){0}?(?i:[\\n]\\b(?!\\S-+))' error: nothing to repeat at position 44
# 15 '(?i).' 'ABB-\n\nB' ((0, 1), (), None)
#   (0, 1) None
#   ['A', 'B', 'B', '-', 'B']
#   '<A><B><B><->\n\n<B>' ['', '', '', '', '\n\n', '']
# 16 'b\\Z|[^1]?-+(?:b{,2}(?P<n56>b+|(?>\\n{,2}?\\w{2,})\\D?)(?>(?!\\D-\\-?)\\1{0}(?P<n92>\\d{,2}?1*?_){1,3}?)b)' 'c' None
#   None None
#   []
#   'c' ['c']
# 17 ' \\b(?m:(?:cB1)(?i:_?\\D){,2}+$\\B)' '-b1_ bBb_ac_' None
#   None None
#   []
#   '-b1_ bBb_ac_' ['-b1_ bBb_ac_']
# 18 '(?>-|[\\w\\n]{0}?(?:\\d$[a-ca\\n])*+\\B$|\\w\\B([1\\db](?:.?+)\\b|\\Z1|(?i:\\s-){1,3}B{,2})(?s:[a-ca]\\-[^1-]\\W))(?>\\B){2}+(?=\\W[A-C](?s:B{2}(?:\\W)\\n|[\\d\\n-](?:\\W.){,2}?\\Z(?P<n68> b){,2}?)(?(2)(?!\\d{2}.|a++A1?+|\\S{2}\\-A\\s)(?-i:1\\D)?+$){,2}|[a-c](?s:\\S)++\\W{0}?\\d{2,}+)' 'bcA' None
#   None None
#   []
#   'bcA' ['bcA']
# 19 '(?m:\\S)(?:(?s:\\SA{2}[^\\w]\\D{0}){2,}[A-C](?-i:\\S(?<=a)(?=_c )\\s)a|[^\\s\\s]1{0}+1(?m:[ab]{0}(?>B*+.|ac{1,3}|\\S{2,}.{0}\\S)*A+?(?:c\\s)|\\n(?i:cb{2,}+\\d1{2}|\\W\\n\\S|a-{2}\\w{2,}+a)+?|.A\\s(bA))|^(?s:(\\W)c(?<=.){0})b)' 'B' None
#   None None
#   []
#   'B' ['B']
# 20 '(\\-.??(?=(?(1)a|b)\\-+?)|\\W(?>c\\S(\\--){1,3}?(?>\\W)|(?P<n14>_?)(?P<n71>c|c\\w)\\-[\\db]|$b?b{0}(?:b\\w*?\\S?\\D){2,}?)|(?s:(?i:\\w+)[_-](?!A\\d)(?(1) |b|1\\W{0}+\\S)))?c\\W{0}' error: conditional backref with more than two branches at position 142
# 21 'b|\\b\\W{2}' '' None
#   None None
#   []
#   '' ['']
# 22 '11' '' None
#   None None
#   []
#   '' ['']
# 23 '(?P<n56>\\sa(?!\\-\\b\\s{1,3}?(?!\\-\\Sc)??){1,3}+\\D|b\\-{0}|\\S){2}?(?P=n56).|(?(1)a|b){2}' '' None
#   None None
#   []
#   '' ['']
# 24 '(?<!ab)[^1\\n]{2}\\d{,2}?(?m:\\D*?1{1,3})|(?m:(?=\\n{1,3}?(?P<n55>ab\\-)a_{0}+)|(?:(?(1)\\S.|--|\\n{,2}\\W{0}\\w)(?!\\d\\s{2}|\\W|_{2,}?b\\-++)|(?!\\S{,2}+1{2}+\\s{2}?-)??|(\\n)(\\w_\\w){2}+(\\w{2}\\W)(?P<n32> {1,3}\\n\\S{2}))(?:(?P=n32){,2})\\n\\d)\\D(?>(?i:(?!\\w1{,2}+|\\wA{0}+B\\d|11 +?\\-)(1B|1{2}+\\D)[^A-Ca-ca-c]??(?m:\\n|\\-{2}A{2,}+\\W{2,}?1|\\W){,2}?))' error: conditional backref with more than two branches at position 89
# 25 '((?P<n65>[^\\n]{1,3}?\\2b{2}?)(?<=[ab])|(?s:\\w{,2})[A-C]\\B){0}(?>(?=[^A-C1a]??(?=\\W++-))*)' error: cannot refer to an open group at position 20
# 26 ' {,2}((?>(\\D\\s{2}+a\\D??)|\\bB{,2}|A\\n{,2})*(?!\\d{,2}?(?>bc)|\\w{2,}(?(2)a|b){0}|$1{0}(?P<n55>\\dc\\S{,2})-)?\\S??|(?>(?-i:\\s\\d)++)|[^\\w11]((?-i: \\-?B.?)(?i:.\\w-*_|c{,2}){1,3}+))' '1 babB-1AB ' ((0, 0), ('', None, None, None), 1)
#   (0, 0) None
#   [('', '', '', ''), ('1', '', '', ''), ('ba', '', '', ''), ('', '', '', ''), ('b', '', '', ''), ('', '', '', ''), ('B', '', '', ''), ('', '', '', ''), ('-', '', '', ''), ('', '', '', ''), ('1', '', '', ''), ('A', '', '', ''), ('', '', '', ''), ('B', '', '', ''), ('', '', '', ''), ('', '', '', '')]
#   '<><1>< ba><><b><><B><><-><><1><A><><B>< ><>' ['', '', None, None, None, '', '1', None, None, None, '', 'ba', None, None, None, '', '', None, None, None, '', 'b', None, None, None, '', '', None, None, None, '', 'B', None, None, None, '', '', None, None, None, '', '-', None, None, None, '', '', None, None, None, '', '1', None, None, None, '', 'A', None, None, None, '', '', None, None, None, '', 'B', None, None, None, '', '', None, None, None, '', '', None, None, None, '']
# 27 '(?<=b)*?\\D{,2}(?-i:\\s(?m:B?(?m:-\\W\\d_{1,3}){0}?(?!.-  )(?!c\\w{2}?\\nA{1,3}?|B\\Sbb{1,3}+|\\-{1,3}?)|(?<!a).(?>aa{2,}a++){,2}|[a][b_\\s]c(?=A|A{2}?1-){0}+){0}+\\S?-|B{0}\\D)(?![\\na-c_](?m:\\w(?=\\D?\\w+a+|\\s\\d1))([a-ca-cb]?+(B1*?B)|[\\d]{2}(?P<n22>a{2}?1--)??(_)+(?<=\\w){0}?)[1]{2})|(?P<n62>(?s:\\s(?i:\\nA{2,}a{2}|-{,2} A{,2}\\w{0}|b\\s)(?P=n22)(?<=b)))A{2,}+|(?P=n62){2}?(?<=\\wa)*?A{1,3}' ' ' ((0, 1), (None, None, None, None, None), None)
#   (0, 1) (0, 1)
#   [('', '', '', '', '')]
#   '< >' ['', None, None, None, None, None, '']
# 28 '\\D\\W*+(?=(?=(?i:\\W\\s\\d{,2}){0}?_)(?=[^\\nb-]?+)\\w(?P<n71>(\\-{2,}+)|\\s{2,}[\\w](?-i:bb)(?<!a[ab]))){0}+|B(?:(?<=\\w[ab])*+(?!(\\S\\-c{2,}+\\S|b{,2}\\d\\Dc)|(?:\\--*?_)1(?i:\\w{,2}?\\-?+|\\w{,2}?a{2}?|ab{1,3})(?s:1{2,}.){,2}?|(?<!b)(?<!a\\w)??){1,3}|(?<!a)) |[\\s\\w-]c??\\W' 'AbA' ((0, 1), (None, None, None), None)
#   (0, 1) None
#   [('', '', ''), ('', '', ''), ('', '', '')]
#   '<A><b><A>' ['', None, None, None, '', None, None, None, '', None, None, None, '']
# 29 '^(?P<n46>(?:(?P<n99> {1,3}+|\\d\\w{,2}.{2}\\w|_{0}?)\\W[\\d-].|A{2}+(?<![ab])\\d{2,})+(?<=[ab]\\w)(?<!a[ab]){2,})\\s' 'b-bA_ -' None
#   None None
#   []
#   'b-bA_ -' ['b-bA_ -']
# 30 '(?-i:(?m:(1{2}+\\S)(?-i:\\w\\W\\d|\\nBa{,2}+\\d{,2}+) + ?+)(?s:\\A(?!b-{2}+_)\\S{1,3}+(?!\\S+ +){0})|b\\D\\nc{,2}|(?<!a){2,}\\w){0}?\\s++(?> |\\w(?(1)\\A\\D\\-a).\\W){,2}+' '' None
#   None None
#   []
#   '' ['']
# 31 '\\d+ {,2}' 'c\nb\ncaBB' None
#   None None
#   []
#   'c\nb\ncaBB' ['c\nb\ncaBB']
# 32 '(?x)(?!\\D?+a){2}+(?!^(?P<n80>\\w?\\S?+(?<=\\w))^_{1,3}|(?s:\\D{2}+\\b)B\\Z(?P=n80){2})\\d*+' 'Bca11' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '']
#   '<>Bc<>a<11><>' ['', None, 'Bc', None, 'a', None, '', None, '']
# 33 '(?s:c{1,3}?\\Z{0}|(\\w(?(1)a|b){2,})-_(?m:\\W-{,2}\\n){2})[^\\da](?>1*+(?i:\\sc?+[^a]\\b)\\-{2,}+)' error: nothing to repeat at position 13
# 34 ' ' 'BAb-BB\naB1' None
#   None None
#   []
#   'BAb-BB\naB1' ['BAb-BB\naB1']
# 35 '(?<!a)|\\-?(?-i:(?P<n90>(\\d{2}|b)+?B+?[^_][a\\w])[a][A-C\\wa-c]){,2}(?=(?:b.{2}[\\d]?+)A|[^a]{2,}?(?<=..){,2}|b1{2,}+(?(1)a|b){1,3})' 'B' ((0, 0), (None, None), None)
#   (0, 0) None
#   [('', ''), ('', '')]
#   '<>B<>' ['', None, None, 'B', None, None, '']
# 36 '(?<!\\w)(?:((?-i:a\\da {0}|\\D\\-{1,3}c+?)\\b\\S){0})c{1,3}' 'c1-_Bb-B AA' ((0, 1), (None,), None)
#   (0, 1) None
#   ['']
#   '<c>1-_Bb-B AA' ['', None, '1-_Bb-B AA']
# 37 '[^\\n]' ' bcA' ((0, 1), (), None)
#   (0, 1) None
#   [' ', 'b', 'c', 'A']
#   '< ><b><c><A>' ['', '', '', '', '']
# 38 '[^\\sa_]\\B(?:(?-i:\\W|(?s:\\w\\W)(?i:\\D)|A^){2,}\\Z(?<=..)*?(?m:\\W(?s:A{2,}|c){0}[^__\\s](?:\\W\\sb1{2,}?)+))(\\Sc{2,}+\\W{2,})|.|([\\sa_]\\S(?!(?i:\\-{2}1-\\D??|\\S\\-|B )[aA-C1]){0}?|\\d{,2}(?P<n54>(?P<n45>\\d*+a?+\\d|\\W+?1|B1)+|_(?s:.__\\W)+|(?s:_|B{0}|1?+ ){2}?(?P=n45){2,}+)\\W|(?:\\w.\\Z)\\w){1,3}?_' '\nAb_B AcB-B\n' ((1, 2), (None, None, None, None), None)
#   None None
#   [('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', '')]
#   '\n<A><b><_><B>< ><A><c><B><-><B>\n' ['\n', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '\n']
# 39 '(?!((?(1)\\w{2}+){,2}+^\\w(?:_?){1,3})(B{2}\\D)*\\S(\\S\\Z\\n{0}){2}+)|(?:(?s:(?(1)A{2,}\\-){2}(?-i:\\W* c)b|(?m: {,2}+\\S{1,3}?))\\D(?!b_\\B))(?(1)\\w)B{2,}?\\w*|\\d{2,}?[A-C]?' 'A1b' ((0, 0), (None, None, None), None)
#   (0, 0) None
#   [('', '', ''), ('', '', ''), ('', '', ''), ('', '', '')]
#   '<>A<>1<>b<>' ['', None, None, None, 'A', None, None, None, '1', None, None, None, 'b', None, None, None, '']
# 40 '\\b(?:(?>\\Z)b|.??[^b-b]++[\\w1]?+|(?i:(?<=bb)$a{0}\\-)([\\d\\w]?(?s:-a|1*+){2,}){2,}(?<=a.)*?(?(1)A{0}?))' 'B1B' ((0, 3), (None,), None)
#   (0, 3) (0, 3)
#   ['']
#   '<B1B>' ['', None, '']
# 41 '[_\\s_](B\\d(?m:-(?<=\\wa)*?|(?P<n19>  {2} .|_*|c)(?>\\d\\w\\d{,2})\\s{,2}(?>\\-B{1,3}+\\n){,2}?|[a-]{1,3}(?P=n19)(?> \\wBb){0}+\\W{2,}?)*-|A((?m:\\da\\n)*?){1,3}(?(n19)a|b){2,}|[-\\d\\n]{,2})|\\W\\D{2}' 'cb-' None
#   None None
#   []
#   'cb-' ['cb-']
# 42 '\\n|(?s:_|[\\wA-C]{2,}\\d|\\b\\d \\W)+(?m: -\\s-)a_' '\n -_ 1' ((0, 1), (), None)
#   (0, 1) None
#   ['\n']
#   '<\n> -_ 1' ['', ' -_ 1']
# 43 '(?:(?!b|c{2}+(?i:\\n\\d*?\\n?\\W)+)|[_a-c\\n]|-*\\B)(?:(?i:(?=.?aA){2,}\\s(.\\w\\n))){2,}^' 'a' None
#   None None
#   []
#   'a' ['a']
# 44 '\\-(?-i:[\\na-ca-c]|-(?s:(?:\\db*?){0}+A\\S){1,3}|(?<=..)c(?!(?i:\\n{,2}?A++|\\d|A\\W++A)))|[a][-a-c\\w]' 'Aac_ BAcA ' ((1, 3), (), None)
#   None None
#   ['ac']
#   'A<ac>_ BAcA ' ['A', '_ BAcA ']
# 45 '\\W(?i:(?<!bb)(?:\\W{2,}(?=b{1,3}\\D{0}+c|_)*-(?i:A\\W{0}|\\W\\dB++.?|\\SBbB{0}+))|(?<!.)*\\wa(?P<n54>(?i:A){0}+\\D|\\W){0}|(?s:-A+A(?m:.)|A[__]a(?!.a\\S\\s|\\D{2,}\\S+)??|[^1\\nb](1|._+_){0})(?!a? *+)??(?(1)(?(n54)a|b){0}+(?>c\\s{2}-\\d?)A)\\1{,2}+)|\\D(?<!ba){1,3}[^\\d_a](?(n60)a|b)' error: unknown group name 'n60' at position 257
# 46 '(?!\\W|\\D{2}| )+B|[aa\\w]{1,3}+\\W' '_Abc' None
#   None None
#   []
#   '_Abc' ['_Abc']
# 47 '(?i)\\-\\S{,2}+_' '' None
#   None None
#   []
#   '' ['']
# 48 '\\S+' ' b' ((1, 2), (), None)
#   None None
#   ['b']
#   ' <b>' [' ', '']
# 49 '[A-C-]' 'A\n\nbB' ((0, 1), (), None)
#   (0, 1) None
#   ['A', 'b', 'B']
#   '<A>\n\n<b><B>' ['', '\n\n', '', '']
# 50 'b?(?P<n69>[a-ca-c]+(?i:\\S_{1,3}+(?<![ab])|(?=\\w\\d{,2}?bb{,2})|[^\\wa]\\d{0}+(\\W))[a1-]{2}){,2}A(?>[a1][^-a-c1](?(2)a|b)??|(?(1)a|b)?)' 'B\n\nca_1\n' None
#   None None
#   []
#   'B\n\nca_1\n' ['B\n\nca_1\n']
# 51 '(?s)1?+(?P<n94>$)?|-' '_AABAc_B__ab' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '', '', '', '']
#   '<>_<>A<>A<>B<>A<>c<>_<>B<>_<>_<>a<>b<>' ['', None, '_', None, 'A', None, 'A', None, 'B', None, 'A', None, 'c', None, '_', None, 'B', None, '_', None, '_', None, 'a', None, 'b', '', '']
# 52 '\\W\\w' '--aBba ' ((1, 3), (), None)
#   None None
#   ['-a']
#   '-<-a>Bba ' ['-', 'Bba ']
# 53 '(?:(?>(?!a ??\\na*+)){2}[\\sA-Cb]){2,}?(\\n{,2}?[a-cb\\s]{1,3}|(?i:(?=c_a{1,3})\\-\\w)??\\w{,2}\\S{,2})[_]{2,}' '_ 1  b1c\nAc' None
#   None None
#   []
#   '_ 1  b1c\nAc' ['_ 1  b1c\nAc']
# 54 '(?:(?:(?>c)(?=c){0}){2}?\\W+\\-)(?<=a).[\\d_]' ' bb___ 11A' None
#   None None
#   []
#   ' bb___ 11A' [' bb___ 11A']
# 55 '(?s:(?>(?m: \\S\\-)\\B)(?<![ab]){1,3}b(?<!.[ab]){1,3}+|(?>(?=\\w\\s{1,3}?_){0}+){0}?\\W\\B\\d?){0}?(?P<n2>(?s:(?(1)c b)\\s(?<=..))\\d(?<=b\\w)|\\W$(?-i:(?<![ab])??[^A-C_]|\\n\\B)++)' '\n_1' None
#   None None
#   []
#   '\n_1' ['\n_1']
# 56 'a+?(?!(A*?1)\\s(?<![ab]a)?+|[\\w-\\w]{0}+\\d[^b]{0})??' error: bad character range \w-\w at position 28
# 57 '1.{1,3}?(?<!b.){,2}?.' '1c_\n-c\n-b1' ((0, 3), (), None)
#   (0, 3) None
#   ['1c_']
#   '<1c_>\n-c\n-b1' ['', '\n-c\n-b1']
# 58 '\\-B\\b' 'A-AA\na- A1' None
#   None None
#   []
#   'A-AA\na- A1' ['A-AA\na- A1']
# 59 '1' '\nb' None
#   None None
#   []
#   '\nb' ['\nb']
# 60 '(?i)\\W' 'a BA_111-11' ((1, 2), (), None)
#   None None
#   [' ', '-']
#   'a< >BA_111<->11' ['a', 'BA_111', '11']
# 61 '.\\Z-' 'cc' None
#   None None
#   []
#   'cc' ['cc']
# 62 '(?a)(?:A{2,}?A|\\d1[^\\s]a|.(?!\\d{,2}+){1,3}?){,2}+' 'a\n\n' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '', '']
#   '<>a<>\n<>\n<>' ['', 'a', '\n', '\n', '']
# 63 'ca\\B1?' '-B\n' None
#   None None
#   []
#   '-B\n' ['-B\n']
# 64 'B(?i:B+\\B[a\\s]\\-|a b[A-C_])*?(?:\\B(?=(?m:-A1{2,}+1??)){2,}\\W{1,3}\\W|(?s:[^A-CA-C_]{2,}\\w|[^\\d_]B|\\D){0}(?>[_b]{2,}?(?s:b|_+?c*b*\\-))bb{,2})$' 'Bba-\n\n \n -' None
#   None None
#   []
#   'Bba-\n\n \n -' ['Bba-\n\n \n -']
# 65 '1' 'BA b1acacc1c' ((4, 5), (), None)
#   None None
#   ['1', '1']
#   'BA b<1>acacc<1>c' ['BA b', 'acacc', 'c']
# 66 '\\A\\n|b{2}' 'c1a abcbaa_' None
#   None None
#   []
#   'c1a abcbaa_' ['c1a abcbaa_']
# 67 '(?<=.){2}\\-\\D(?:_|a{,2})?' '_c ' None
#   None None
#   []
#   '_c ' ['_c ']
# 68 '(?a)-((?>\\W(?>1{1,3}\\S-{,2}A)|(?P<n23>\\d){1,3}+|(?s:\\W{2,}A\\s{0}+)\\dB\\S){2}(?P=n23){0}+)(?= {1,3}+)\\W|(?<=[ab]a)' 'c_cb \naA -c\n' ((8, 8), (None, None), None)
#   None None
#   [('', '')]
#   'c_cb \naA<> -c\n' ['c_cb \naA', None, None, ' -c\n']
# 69 '\\d|a?+(?i:[\\s]{0}\\D_?){1,3}+|\\S++c\\-{,2}1' ' aB' ((0, 3), (), None)
#   (0, 3) (0, 3)
#   [' aB']
#   '< aB>' ['', '']
# 70 '(?>\\d{0}?(?>\\wA|(?-i:\\S{,2}+){,2}?\\n(?i:\\n{2}?){2,})[\\db]{2}|\\s1\\s[b\\w_]|.B\\b)a{0}\\-' 'ba\n\n_c' None
#   None None
#   []
#   'ba\n\n_c' ['ba\n\n_c']
# 71 'A_{2,}?(?!_{2}+){,2}?(?=c)+' '_-A\n\nAA11-1 ' None
#   None None
#   []
#   '_-A\n\nAA11-1 ' ['_-A\n\nAA11-1 ']
# 72 ' {,2}?(?-i:_?+|(?!(?!c??\\n \\w{1,3}|\\-\\n1{2})(_?+c|\\Db)?(?m:\\W|c|\\D-)-{2,}?)+(?>\\D){2}|\\s{1,3})*?(?<=a[ab])' 'b \nb_ ' None
#   None None
#   []
#   'b \nb_ ' ['b \nb_ ']
# 73 '\\w' '- \n1 cbaA' ((3, 4), (), None)
#   None None
#   ['1', 'c', 'b', 'a', 'A']
#   '- \n<1> <c><b><a><A>' ['- \n', ' ', '', '', '', '']
# 74 ' (?s:(?m:(?i:_1)++\\B(?!\\d\\s{0}\\-*b{0}+))[^_\\n\\s]?.++b){2}?[1]\\s{2,}?' 'BB' None
#   None None
#   []
#   'BB' ['BB']
# 75 '(?m:\\W(?i:(?: \\d*?| \\DB{0}\\n|\\d1\\s)[a-c]+\\D{2,}[\\sa-ca]|(?<=.)\\w*|_?+B(?<=..))|(?<!.){,2}$|.B\\d{2,})|[\\n\\w\\d]{2}(\\1{2,}1{0})\\1' error: cannot refer to an open group at position 113
# 76 'bab|[1\\n]_*(?s:(?s:.+(?=1{1,3}+)\\s(?!A\\W\\-{1,3}?)?+)-1)|(?i:\\b(?!^(?<!\\wb)*+_?-|.b*+(?-i:\\w)).){0}?' 'Baa_Bc   11\n' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '', '', '', '']
#   '<>B<>a<>a<>_<>B<>c<> <> <> <>1<>1<>\n<>' ['', 'B', 'a', 'a', '_', 'B', 'c', ' ', ' ', ' ', '1', '1', '\n', '']
# 77 '(?P<n56>(?!b{2,}?\\w[-\\w\\d])++){2,}(((\\-*){,2}^[_a-c]{0})){2}' '1-\n' ((0, 0), ('', '', '', ''), 2)
#   (0, 0) None
#   [('', '', '', '')]
#   '<>1-\n' ['', '', '', '', '', '1-\n']
# 78 '\\Z.|^|(1+?B((?<=a)\\A[\\w][A-C]|\\2\\DB?|\\b(?> {2}+\\nA){1,3})?){2,}' error: cannot refer to an open group at position 30
# 79 '(?!\\n{0})(?=.{,2}_{1,3}(?<=.)|[\\n\\sA-C]{0}?_(?>A{0}+)$){,2}?' '' None
#   None None
#   []
#   '' ['']
# 80 '[b-]\\-\\B|B{2}(?:($\\b|_){1,3}?)??.*?[^-aa]{0}?|((?m:\\D*+|a(a\\d{2}?\\W{,2}){2}?){1,3}+[^A-C])?\\-*+' 'c\n_b\nBac a' ((0, 0), (None, None, None), None)
#   (0, 0) None
#   [('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', '')]
#   '<>c<>\n<>_<>b<>\n<>B<>a<>c<> <>a<>' ['', None, None, None, 'c', None, None, None, '\n', None, None, None, '_', None, None, None, 'b', None, None, None, '\n', None, None, None, 'B', None, None, None, 'a', None, None, None, 'c', None, None, None, ' ', None, None, None, 'a', None, None, None, '']
# 81 '[-A-C]*|(?-i:B*?|\\b+?[\\s_1]){2}+(?P<n48>[^\\waa-c]\\W)(?=(?P<n14>c[a\\d\\w](?-i:\\SB{2,}\\-+){0}\\B)a\\-)' error: nothing to repeat at position 19
# 82 '(?!\\w(?>(?-i:b??\\S{2,}|.{,2}\\s*|A{1,3}\\D){2}){1,3}?\\A(?i:_*_{2,}){2}?){2}[\\n_A-C]((?m:(?=\\W++A1B|\\d_?+|1\\w-)+?(?P<n54>\\D{2}\\S{1,3}+\\s{2}1)|b\\A)*?((B{1,3}+)[\\w]\\A\\w{2,}+){2,}?(?=(bA -{,2}?){2})+)^' 'B abbA-c1ac' None
#   None None
#   []
#   'B abbA-c1ac' ['B abbA-c1ac']
# 83 '(?a)1*?\\B' 'bA' ((1, 1), (), None)
#   None None
#   ['']
#   'b<>A' ['b', 'A']
# 84 '\\d(?>([^a]*+){0}\\-)|(?:\\A|\\n\\Wb*(?-i:c(?(1)\\sA?a{2,}+|\\D{1,3}a {2}|A)))|([^a-c1](?<=\\w)-{0}\\2)[\\w]*?' error: conditional backref with more than two branches at position 66
# 85 '[\\d\\s]([^\\s\\s\\n]+?a{0}B|c{0}+|[^a]?_[^A-C__])\\w(?>\\n+?1{2,}(?P<n28>.{2}[a-c]*?|\\D)++|\\d{,2}?[\\d1A-C]?[a-c]{2,}+(?<!a\\w))' '-c\n Ac_' None
#   None None
#   []
#   '-c\n Ac_' ['-c\n Ac_']
# 86 '\\w{0}?_' '' None
#   None None
#   []
#   '' ['']
# 87 '[1]\\S' '_aa\n-1' None
#   None None
#   []
#   '_aa\n-1' ['_aa\n-1']
# 88 ' *+(?<!a\\w)(?!(?:\\D){,2}?c[_1A-C][a-c-_])' '' ((0, 0), (), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '']
# 89 '\\s??B' 'a __1\n__' None
#   None None
#   []
#   'a __1\n__' ['a __1\n__']
# 90 '[1]? [b\\n][-]{0}|[^\\dA-CA-C]-{0}+' 'bb1\nc' ((0, 1), (), None)
#   (0, 1) None
#   ['b', 'b', '\n', 'c']
#   '<b><b>1<\n><c>' ['', '', '1', '', '']
# 91 '.(?![\\s\\w\\s]){1,3}b(?:(?!a\\w{2})_{,2}1*+b{2})' '-Ab_a1 AA1' None
#   None None
#   []
#   '-Ab_a1 AA1' ['-Ab_a1 AA1']
# 92 '(?:-{2,}+)\\w{2,}?' ' 1--' None
#   None None
#   []
#   ' 1--' [' 1--']
# 93 '(?:\\W(?<![ab].))[\\d\\d]_{2,}?' ' 1bbb' None
#   None None
#   []
#   ' 1bbb' [' 1bbb']
# 94 'c[^\\w\\w]++(?m:(?=b\\n+(?i:1{0})(?-i:c\\d*?\\S1)|(?i:b?+|\\S{0}\\-{1,3}?a{,2}?-*?)1{2,}\\B(?-i:\\D?1A{2}a)+?)\\D(?m:(?<!b[ab]){1,3}(a1{,2}\\dA{,2}+)+\\w{2}?\\S)(?(1)a|b)){2,}?|[^A-C_]|(?<!a.){0}+(?P<n19>(?P<n14>(?-i:-\\S{1,3}b\\n*) ){0}){0}( *+|(?:(?i:-{1,3}?)(?P<n88>c){0}?)(?m:\\w\\dA\\d)){1,3}+\\d' 'cc' ((0, 1), (None, None, None, None, None), None)
#   (0, 1) None
#   [('', '', '', '', ''), ('', '', '', '', '')]
#   '<c><c>' ['', None, None, None, None, None, '', None, None, None, None, None, '']
# 95 'c(?<=[ab]b)' '_Ac bb   ' None
#   None None
#   []
#   '_Ac bb   ' ['_Ac bb   ']
# 96 '(?:_\\-{,2}?(?s:(\\-\\W*?|\\S\\s*+\\d)*?$(?>\\w{2,}?)|(?P<n57>\\D\\d{1,3}+\\S)-?(?<!.b)+)(?m:(?:.{0}1)(?!\\w\\s{,2}?)\\w{1,3}+(?m:\\D*? {2,}|1 B\\d|\\W\\Daa*+)++)?)(?:\\n(. )((..c.|b|\\-*\\S\\d?\\s)(?P<n14>\\d{2}?\\D){1,3}(?-i:.?1A\\n*))b)\\Z((?>(\\W??\\s))?+(?(n14)a|b){0}((?>-{0}?c{,2}+a\\w){2}){2}^|(\\S)(?-i:\\A\\A){2,}?)' 'b_1' None
#   None None
#   []
#   'b_1' ['b_1']
# 97 'B((?<=\\w)(?<=\\w)+ c?|(?:(?= -{2}+\\-++a){1,3})_(?(1)A1{,2}?)[-ab]{2,}+)(\\S(B{2}?\\W)(?(3)[a-c1\\d]{,2}?\\n{2}\\s{1,3}))' '\nb1Ab\n_' None
#   None None
#   []
#   '\nb1Ab\n_' ['\nb1Ab\n_']
# 98 '[^__\\d](?i:1{,2}(?=\\S{,2}+(?!\\S){2}c-)*(?-i:^){1,3}|\\W+(\\W+?\\A(?<!a))(?i:(?>1{2}?\\n){2,}+)\\W|(?(1)[\\w\\n])?\\1{0}?)' 'AAcAc1\n1-cb' ((0, 1), (None,), None)
#   (0, 1) None
#   ['', '', '', '', '', '', '', '', '']
#   '<A><A><c><A><c>1<\n>1<-><c><b>' ['', None, '', None, '', None, '', None, '', None, '1', None, '1', None, '', None, '', None, '']
# 99 '(?a)(?!\\d)(?i:1{,2}B(?P<n91>(?-i:\\w?)+(?<=\\wb)\\n\\D){,2}(?(1)a|b)|(?(n91)a|b){1,3}|(?m:(?:1++\\D-{,2}){2,}+\\-\\n|(?:-)a(?s:\\D_{0}\\d{,2}+|_\\-ac{,2}){1,3}[\\w1])+\\D+(?-i:\\Z(?:b|\\-\\n{0}+\\D{0}?\\D)\\w|\\A_ (?:-??1{2,}))){1,3}?\\S' 'b_1\nc_c' ((0, 2), (None,), None)
#   (0, 2) None
#   ['']
#   '<b_>1\nc_c' ['', None, '1\nc_c']
# 100 '(?m)\\n(?:b_{2}?B|\\B(?<=ba)(?<!.)c?)+?' '\n' None
#   None None
#   []
#   '\n' ['\n']
# 101 '(?s:\\wB(?<!b){1,3}(?s:(?i:\\W\\nb\\w|\\D+|1\\n+){2,}\\B[^\\nA-C]{,2} |(?=1{,2}+\\W{2,}?|1\\s{2})1(?-i:bB{2}\\sa)[\\n\\d-]?+|(?:\\D{2,}+\\n{2,}?Ba)-)*|\\W{0}A?(?-i:(a1{0}1|A\\n+?.{,2}?){1,3}\\w|(?=a\\-\\n {0}|\\n* {0}?\\s\\n)1+?)\\1{,2}){2}?(?:\\D(?<!\\w)*){2}?|\\D(?!(?(1)a|b)??b*\\Z|\\dB\\-??|\\s+\\-)*|[b]A[\\s--]b' error: bad character range \s-- at position 278
# 102 '.*+a(?<!bb)*+\\b' '' None
#   None None
#   []
#   '' ['']
# 103 '(a[^\\n](b\\-{0})(?<!.\\w))|(?:(?> [-\\s](_ .{1,3}){2}?\\D)|\\s{2}+|\\Z)+?1((?>(?:A*)\\n(?s:\\d{2}?.){0}+(?<!ba)){2,}(?(2)a|b){1,3}((?-i:B*\\d\\WB){1,3}$_){2,}+|[_a-c\\s]\\n$)|B(?m:B{1,3}?((?i:\\SA{0}\\S{2})\\D{1,3}+)[a-][^\\w\\wA-C]*){,2}?' '_A ' None
#   None None
#   []
#   '_A ' ['_A ']
# 104 '\\B.' '\n-a' ((1, 2), (), None)
#   None None
#   ['-']
#   '\n<->a' ['\n', 'a']
# 105 'a{0}?\\d\\A' 'b11_A- A' None
#   None None
#   []
#   'b11_A- A' ['b11_A- A']
# 106 '_(?P<n81>\\S\\B|a{,2}|(?:-\\B(?:B{1,3}\\WA)+c){,2})' 'A_\n' ((1, 2), ('',), 1)
#   None None
#   ['']
#   'A<_>\n' ['A', '', '\n']
# 107 'B{2,}+(?<!a)B' '\n_AB   c\n1' None
#   None None
#   []
#   '\n_AB   c\n1' ['\n_AB   c\n1']
# 108 '(?s:(?i:(?>\\n?\\S{1,3}|\\n+?\\S{2,}){,2}+(?!1)?)[\\n]{2,})|(?P<n48>[\\s\\s]+?){0}' ' -b  A' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '']
#   '<> <>-<>b<> <> <>A<>' ['', None, ' ', None, '-', None, 'b', None, ' ', None, ' ', None, 'A', None, '']
# 109 '(?m)((?:(?i:\\d*+\\w+-A?){0}(?P<n96>.\\d.{2,}?\\-|-.\\-?\\-)|(?!a)\\d(?=B*|\\S1?+a\\s++|\\S_?+\\s\\s)b)\\Z)|a[^\\w\\wA-C]*[a-c-\\s]' ' _ _ ' None
#   None None
#   []
#   ' _ _ ' [' _ _ ']
# 110 '(?<=\\w\\w)\\w{1,3}\\S' '_b_aaA_' ((2, 6), (), None)
#   None None
#   ['_aaA']
#   '_b<_aaA>_' ['_b', '_']
# 111 '((?(1)(?s:_ *+_)?+^\\n)|(?>B|A[^-1])(?(1)a|b)(?>[\\n](-a\\S++|\\n1{1,3}a++|\\W)B++|(?>a?|B\\D\\W|A{,2})(?P<n45>\\W\\D{1,3}+)+)1|(?:A*?[^\\wa\\w]+b(?s:\\S\\nb*?A?+)*?|.|\\D?+)*?.*(?!(?P<n80>\\D{2}|.+\\db.)(?(3)a|b)b\\-)(?i:(?P=n45)1(A-){2,}?[^-a-c]))' '\nB-' ((0, 0), ('', None, None, None, None), 1)
#   (0, 0) None
#   [('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', '')]
#   '<>\n<>B<>-<>' ['', '', None, None, None, None, '\n', '', None, None, None, None, 'B', '', None, None, None, None, '-', '', None, None, None, None, '']
# 112 'b\\D1|(?m:-(?m:-{2}[\\s][b_a]|(?>\\w{0}+B\\d-)(?<!.b)))\\S\\D++' 'A _b ' None
#   None None
#   []
#   'A _b ' ['A _b ']
# 113 '(?a)^' 'A ' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>A ' ['', 'A ']
# 114 '\\s$' 'aB1\nA_\nB' None
#   None None
#   []
#   'aB1\nA_\nB' ['aB1\nA_\nB']
# 115 '.{2}?.[^_-\\w]' error: bad character range _-\w at position 8
# 116 '[A-C\\w_]{2}(?i:(?:(\\sB{2,}B\\n{0}+|\\W+.)[\\w\\d-])(?(1) \\d(?(1)\\W{,2}b\\w\\w*+|\\n*+|\\s\\S_* )+?\\S){1,3}\\A(?<!bb)|\\s)(?=\\S{2}(?<!.)+?[^\\wA-C](?-i:(?<=a)_{2}(?:b\\D?\\S\\w{2,})+))(?!(?s:(?<=\\w\\w))\\s$(?!\\Zb|(?<!bb)?+|(?<=.\\w){2}+\\w*_)){0}' error: conditional backref with more than two branches at position 78
# 117 '\\W(?-i:(?>\\s??(?s:\\s{1,3}+A{2,}?\\n{2,}+\\W){2,}(?s:aA{1,3}-.{2}?|\\S{,2}?|\\S\\D)){,2}(?i:(-))+\\SA){1,3}[\\s](?s:(?<=.)[a-c_](?<!b.)*(?i:\\B{0}(?m:_\\w|-++\\S\\S\\W)){0}|[\\nb][^-A-C]|^[\\wb]{,2}?(?i:\\-(?(1)a|b){2,}+)?.{2}+){2,}' error: nothing to repeat at position 134
# 118 '[a-c]{2}+((?<!\\w[ab])(?i:\\dbB{,2}[A-CA-C\\w]?)\\-|\\s{2,}$\\W|[a]) \\D{,2}?|\\1{0}?\\s{1,3}' 'c' None
#   None None
#   []
#   'c' ['c']
# 119 '[\\d_\\d][1_a-c]{1,3}(?m:(?:\\-{2}?(?m:a{0}+a)|.{1,3}[a-c]?+_|A{0}+a){0}?[b\\na]\\-|(-+(\\dA\\S_*+))|[__\\w]((?s:a{2,}?c|\\dc+?_\\w+?|B{,2}?1)c){,2}+b\\s)(?!(?>(?(1)a|b))a{0}?(?(2)[^1]\\D{,2}))|\\-{2,}(?(1)(?! (?:\\n)?+(\\W){1,3}?|B{0}1)?+\\n{2,}?c)|\\d+c\\s??' '_  \n_A1' None
#   None None
#   []
#   '_  \n_A1' ['_  \n_A1']
# 120 '(?-i:B*(?s:(?-i:\\n a{0}+|\\n.{,2})+\\da{0}\\d)\\n*c{1,3})|\\B[a]{1,3}+(\\n+[\\w]?)' 'BbA-AA a_' None
#   None None
#   []
#   'BbA-AA a_' ['BbA-AA a_']
# 121 '(?<![ab]\\w){1,3}+\\Z' 'caa' None
#   None None
#   []
#   'caa' ['caa']
# 122 '(?P<n85>(?!B(?P<n84>.|\\D|\\d{0}+aA)?(bB )[1\\na]{0}?)(?=[-a-ca]?+.??)\\S?(?(n84)a|b)?|[A-C]|(?<!b).((b))(?s:A )?)\\n(?:[a-A-C](?:\\Z\\W{,2}?(A -)b{0}+|(?s:cc{2}ab+?)+$(?P<n7> AA+|\\n{2}|\\s\\Scc){,2}+|[\\n11][^a-c\\d\\d]A(_{2,}+\\D??\\n){2,})+?(?=(?!\\s{2,}\\n+\\d){1,3}\\S|[\\s\\w\\s]{2}?c)+)(?=[a\\s_](?:(_++\\w_{0}?.)(c{0}+)a|[\\na-c]\\w(?=_{0}\\D{,2}|\\S|1{1,3}+c\\W{2,}\\d)(.|_++.c{2}?|__*+\\n{2})?|(Bc\\w{1,3}.|-\\n{2,}\\D{,2}?c))(?!(?<=.)(?<!\\w)){,2}+(?(n85)a|b)*+|[^-A-C].?1[_]{0}+|1+?_)' error: bad character range a-A at position 116
# 123 '(?=(?s:c[ab]{0}?^)+\\W)*?' 'ba' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '']
#   '<>b<>a<>' ['', 'b', 'a', '']
# 124 '(?i)\\d{1,3}?' ' cBab' None
#   None None
#   []
#   ' cBab' [' cBab']
# 125 '\\-B*' ' -1_Aba1b ' ((1, 2), (), None)
#   None None
#   ['-']
#   ' <->1_Aba1b ' [' ', '1_Aba1b ']
# 126 '([^A-C-](?![a-c]{,2}?[^a-c] \\A)\\S{0}(?: *? )){0}+(?(1)a|b)\\b[1a-c]|$[a-c]*' '__cabB_Bc 1' ((11, 11), (None,), None)
#   None None
#   ['']
#   '__cabB_Bc 1<>' ['__cabB_Bc 1', None, '']
# 127 '1\\s(?m:(?=\\d(?P<n60>\\d\\-??\\n\\d|\\w {2,}-{,2}+|\\Dc1)c\\d){,2}\\d-)' ' AB1bAabc' None
#   None None
#   []
#   ' AB1bAabc' [' AB1bAabc']
# 128 '(?m:(?-i:(?i:\\-){,2}?\\-))' '\n bAB\n  B ' None
#   None None
#   []
#   '\n bAB\n  B ' ['\n bAB\n  B ']
# 129 '(?<!b)(?<=[ab]a)' '\n-__b1 b' None
#   None None
#   []
#   '\n-__b1 b' ['\n-__b1 b']
# 130 '(?P<n13>\\-*?_(?<=ba)B)([^\\w](?<=b)(?(2) {1,3}|\\D{2,}+[_]|\\W(?<=b)[\\n1]{2,}$){0}?){1,3}+(?=(?s:(?P<n99>_a){2}[\\d1]\\A(?!\\sb?+ ))(?s:\\s.[^\\na-c\\w]{0}+\\s|\\d{0}\\S{2,}+b|\\Aa(\\wB|B{0}){2}?)(\\s*+(ac1??){1,3}\\S{,2})\\n|(?(n99)a|b)|\\S{2,}?a)_' error: conditional backref with more than two branches at position 56
# 131 ' b[^baa](?:[a]B(?i:A*|[^1\\w\\d]_[^b])\\s+?)*|^B[-a](?s:\\d{0}a\\S|[--a-c](?<!ba)*\\D(?P<n55>( )|(?>\\sc\\S)(?P<n94>\\n\\d{2,}?)(?=\\s{1,3})|(?i:1 {2}\\w|B)\\s*(\\-* ??\\W+?A)1{0})|A++\\d\\A)' '__- _\nc' None
#   None None
#   []
#   '__- _\nc' ['__- _\nc']
# 132 ' (?s:1+){0}[^-]??[\\w-\\d]' error: bad character range \w-\d at position 18
# 133 '1-(?<!b)(\\D*?_)' '' None
#   None None
#   []
#   '' ['']
# 134 'AA+$(?!1*+|(?=A*+)(?-i:\\W{1,3}?|\\Ba+?A(.\\s?+_{2,}?A|\\n|\\D1*+\\W{1,3}+){,2}|1{2,}-(bA)){1,3}?)|\\S\\S{2}' '1a\nABc _c_\nA' ((3, 6), (None, None), None)
#   None None
#   [('', ''), ('', '')]
#   '1a\n<ABc> <_c_>\nA' ['1a\n', None, None, ' ', None, None, '\nA']
# 135 '(?>(?>\\W\\s{2}(?i: .)(?<=[ab])|(?= {,2}+B1c)))(?=\\B[_]++)*?(?=\\w^-++)' 'BAc\nc\nc' None
#   None None
#   []
#   'BAc\nc\nc' ['BAc\nc\nc']
# 136 '(?!\\-[^a1]\\s)-|(?<!a){1,3}+|(?<=b\\w)+? [\\s\\d]{1,3}(?P<n91>(?=(?m:-|\\s{0}\\w{0}?.))*?c\\b)?' '' ((0, 0), (None,), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', None, '']
# 137 '.{,2}+' 'aA_cB1\n' ((0, 2), (), None)
#   (0, 2) None
#   ['aA', '_c', 'B1', '', '']
#   '<aA><_c><B1><>\n<>' ['', '', '', '', '\n', '']
# 138 '[_\\w\\d]++^(?m:(?<=a[ab])c[a-c_](?-i:B\\W(?-i:\\-\\W)|b(?<=.)[1_b]+|\\A\\n\\w(\\-| +\\s{0}+a|.\\d))){2,}(?i:A+\\b)' 'Bb_' None
#   None None
#   []
#   'Bb_' ['Bb_']
# 139 '[a-c]' '1\nb-\n' ((2, 3), (), None)
#   None None
#   ['b']
#   '1\n<b>-\n' ['1\n', '-\n']
# 140 '\\s{,2}\\b(\\B.+(?s:[A-Cb]?+(?(1)\\-+\\-?\\S{2,}\\w){2,}|\\1{,2}+1(?m:\\D{2}){0}|(?=c{2}-*?\\S{2}+.|\\-*)[^__] ?) |[\\s\\w]|\\s)?+' error: cannot refer to an open group at position 50
# 141 '\\d{1,3}[\\na-c]\\n' 'Aa -1aa_ac 1' None
#   None None
#   []
#   'Aa -1aa_ac 1' ['Aa -1aa_ac 1']
# 142 '(?>\\w?[1-]?|1{,2}+\\D(?m:(?P<n9>_|b1|a*)(?(n9)a|b)*+){0}+|[^a]\\1*\\A)(?<![ab])(((?(4)\\S.\\-)(?>c|\\d{,2}+| {2,}?){,2}){0}(?!\\-\\A[\\n\\n]A|\\Z|(?(n9)a|b)(?<=[ab][ab])-(?>\\w))b(?(n9)a|b){2}+)a|[_-a-c]\\W(?>_(?<!b[ab]){2,}(\\w){0}?c|((?m:_){1,3})??^|A)+' '\nB___Ba' None
#   None None
#   []
#   '\nB___Ba' ['\nB___Ba']
# 143 '[\\na-c]+?.|(?P<n49>(?<=[ab])*){0}?(?<!ba)\\S?^|(?>(?(n49)a|b){,2}?([^a-c_](?!\\w-b\\D){2,}+|\\W$A|\\Db(?(n49)a|b){0}?){1,3}(\\W|\\Z[1A-C]^*?){2}+[-]{2,}+|A ${0}(?<![ab]a)).{1,3}\\b' error: nothing to repeat at position 131
# 144 'c{2}+' '' None
#   None None
#   []
#   '' ['']
# 145 '(?:a(?:(?!.\\W){0}+\\b(?i:\\W{1,3}+\\w\\s))(?s:(?m:\\n?+b{,2} .++)?[_]{1,3}|(?=1)\\S[\\s]{1,3}?)??\\n*?|\\-a{0}+c^|(?m:\\W[a-c])_(?>\\D[_]|(?-i:\\S\\n-b|-|.A{,2}.)(?-i:B{2}+\\W{2,}\\s)*+(?i:\\D\\w.{,2})[-]|(?:\\S1{1,3}\\d\\d|-A)??(?P<n41>\\Sa{2,}?-\\d)??){,2}(?m:(A|\\S)(?=a_\\s++c| {0}+){2,})){2}+(?(1)a|b)(?P<n32>[a]|(?>\\b(\\w??|\\S_b|A)|\\w*aA)a*_{,2}(?<!a[ab]))c{,2}' '1-a' None
#   None None
#   []
#   '1-a' ['1-a']
# 146 '(?s:$-)(?i:.{0}?^\\n){2}?\\S?+' '' None
#   None None
#   []
#   '' ['']
# 147 '(?i:\\Z)' '' ((0, 0), (), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '']
# 148 '.' '' None
#   None None
#   []
#   '' ['']
# 149 '(?s:(?m:a(?<!a){2,}+(?<=a\\w){,2}?))(?P<n50>(?<=\\w.)\\n.{2}?|[A-C-b]++)' 'B1\naa\n \n1- 1' None
#   None None
#   []
#   'B1\naa\n \n1- 1' ['B1\naa\n \n1- 1']
# 150 '[^\\n_a-c]{0}?A(?>[\\s]{1,3}?[\\d\\s1]$){2}-|-(?s:(?P<n63>\\n*(?!A+?){2}?)){2}+b' 'A1\n' None
#   None None
#   []
#   'A1\n' ['A1\n']
# 151 '(?x)\\D|a{2}?' '\naaAAB a\n__A' ((0, 1), (), None)
#   (0, 1) None
#   ['\n', 'a', 'a', 'A', 'A', 'B', ' ', 'a', '\n', '_', '_', 'A']
#   '<\n><a><a><A><A><B>< ><a><\n><_><_><A>' ['', '', '', '', '', '', '', '', '', '', '', '', '']
# 152 '((?>.{2,}?(?(1)a|b){0}\\S{,2}|A|\\1*){2})' error: cannot refer to an open group at position 31
# 153 '\\A' 'B1-1AABc_' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>B1-1AABc_' ['', 'B1-1AABc_']
# 154 '(?s)\\d' 'b_\n' None
#   None None
#   []
#   'b_\n' ['b_\n']
# 155 '(?>(?=(?i:a{,2}+.|_+.\\S{2,}+\\n*| ){2,}?(?>1 *+){1,3}?)BA\\D){,2}(?>(?m:(?i:-{,2}+_)\\W{0}?)??[^\\w](?i:B(A{1,3}+)(?P<n30>_|a\\D\\W{2}?)(?-i:\\WA {,2}?))(?(1)(?s:\\s{2,}?\\n+)(?!b\\- {1,3}?|b{,2}|1\\W{1,3}+){,2}){2}+){0}?\\d$' '\nA babAAc _1' ((11, 12), (None, None), None)
#   None None
#   [('', '')]
#   '\nA babAAc _<1>' ['\nA babAAc _', None, None, '']
# 156 '( +|\\d{2})(?P<n61>(?:^)*?$\\n)+' ' 1-\n-1\ncAbb' None
#   None None
#   []
#   ' 1-\n-1\ncAbb' [' 1-\n-1\ncAbb']
# 157 '(?!(c|(?s: |\\d-\\W{2,}+1{0})(?m:\\w\\s{1,3}+|\\D{2,}? {2}+){2,}\\n{2,}(b{2}\\d\\s{,2} |\\D|\\w\\wA.)|(?i:c {,2}\\s)\\W(?P<n44>B-{2,}|A{1,3}+B-)(?!A|\\-?+\\W+?A+?\\W{1,3}+|b{2,}){,2}?){2}?\\s)b{2}\\-c' 'b1a' None
#   None None
#   []
#   'b1a' ['b1a']
# 158 '(?=\\SA)|(?s:(?i:[_]{0}){,2}(?:\\w{2,}+(?:_\\s{2}|b{2,}A)|(?=._)[\\w]*))?_|\\n+?.++' ' _b-A' ((1, 2), (), None)
#   None None
#   ['_', '']
#   ' <_>b<>-A' [' ', 'b', '-A']
# 159 '_[a-c\\s\\d](?m:(?i:(?i:\\D??|\\-\\dc\\n|aA-)b{0}|c(?m:A-{,2}?)(?<=\\w[ab])$){2,}[bA-C\\s]?(?!(?s:\\s\\D))*)(?m:\\s[^\\w](?s:(?-i:\\-|\\s*+-{1,3}a|\\DB*?\\-\\W){0}|a\\W{1,3}?){2,}+)' '\n\n\n cAa1' None
#   None None
#   []
#   '\n\n\n cAa1' ['\n\n\n cAa1']
# 160 '\\W{1,3}?(?![\\s\\n] {2,}){0}?' '- -B11  Ac ' ((0, 1), (), None)
#   (0, 1) None
#   ['-', ' ', '-', ' ', ' ', ' ']
#   '<->< ><->B11< >< >Ac< >' ['', '', '', 'B11', '', 'Ac', '']
# 161 '\\A' '-_c\n _ccA_BA' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>-_c\n _ccA_BA' ['', '-_c\n _ccA_BA']
# 162 '(?!B??(?m:b?$|a|(?m:_+)(?>\\W{1,3}-)(?!A1|c.bB)?){0}+\\S)(((?m:-{2,}1)){2,}((?P<n6>A{,2}B|\\-\\n\\sb??)(?m:_{1,3}+a-){2,}+1?+|(A-?+)(?s:1{,2}\\S_{2,}+|\\d++1+\\D\\s+)(_*?\\d\\-*?a{0}|\\s{,2}+| {1,3}+\\s)(?P=n6))\\Z)' '\n A-_-A c1-' None
#   None None
#   []
#   '\n A-_-A c1-' ['\n A-_-A c1-']
# 163 '(?<=\\wa)(?P<n77>(?i:\\n\\ba{2,}+\\Z)c(?<!\\w){2,}\\b)B|(?:[\\w]?+|\\w{1,3}|(?:(?<!.a)??)[a\\wb]-)*|(\\n\\n|-?(?=(?-i:\\s)(?m: \\-*+){1,3}b{2,}+_)*?){0}+\\-c{,2}?' 'ba\n\n' ((0, 2), (None, None), None)
#   (0, 2) None
#   [('', ''), ('', ''), ('', ''), ('', '')]
#   '<ba><>\n<>\n<>' ['', None, None, '', None, None, '\n', None, None, '\n', None, None, '']
# 164 '\\d-(?:(?m:(\\n\\D|c\\w\\D)b\\B\\Z)(?(1)a|b)){2}?(?(1)(?s:_){2,}\\Z)' 'cB_B_c_A' None
#   None None
#   []
#   'cB_B_c_A' ['cB_B_c_A']
# 165 '(\\1$) \\b[^\\w1\\d]' error: cannot refer to an open group at position 1
# 166 '\\s\\-* ' '_cbABB-cbBAc' None
#   None None
#   []
#   '_cbABB-cbBAc' ['_cbABB-cbBAc']
# 167 '(?:(?-i:(?!_{2}?)(?<!ab)(?-i:b??){2}+[ba])+[\\w])(?P<n23>\\-++(?<!a.).+1|(?=\\A\\B\\w^).{2}(?:$(?<!\\wb){1,3}|(?i:\\W..{2}+){,2}?(\\sB?+) |\\-[^aba]{2}?\\SB{,2}))?\\S(?i:(?P=n37)|(?-i:(?-i:\\Sa {,2}?-|1{2}+|\\Sc)(\\-{,2}?)*){2}+(?P<n4>\\Z\\D{,2}^)A){0}' error: unknown group name 'n37' at position 163
# 168 '\\W{1,3}' '__B' None
#   None None
#   []
#   '__B' ['__B']
# 169 '(?=(?<=.b){2}?(?-i:.+(?>\\W\\D))\\S)+?(?<=.)\\w{,2}' 'ca-B\n' None
#   None None
#   []
#   'ca-B\n' ['ca-B\n']
# 170 '(?m:B{2,}+\\s[\\n\\d_](?<=a)??|$(?-i:(?!\\W)A[1\\s]|(?m:\\W{2,}?1\\W\\-{0}?)|(?m:c\\w)))b$' '' None
#   None None
#   []
#   '' ['']
# 171 'b(?<![ab]b)*' '-b\nB1a\n\nAc\n_' ((1, 2), (), None)
#   None None
#   ['b', 'B']
#   '-<b>\n<B>1a\n\nAc\n_' ['-', '\n', '1a\n\nAc\n_']
# 172 '(?a)A' 'aa' None
#   None None
#   []
#   'aa' ['aa']
# 173 '(?x)A\\w' 'bcc-bb' None
#   None None
#   []
#   'bcc-bb' ['bcc-bb']
# 174 '((?<=b)(?<=[ab]){2}+(?i:c.{2}(?(1)a|b)|\\-1\\w){2,}(?>(?-i:\\n\\S-.{,2}){0}1\\w)){2,}(?<!ba){1,3}?(?=(?P<n92>AB){2}(?P<n17> ?( -){2,}))' 'Bc' None
#   None None
#   []
#   'Bc' ['Bc']
# 175 '[\\s-1]{2,}?|(?s:\\d[\\n1_]{2,}+.)(\\w\\w(?:(\\n1\\s.{1,3}|.))|(\\s{2,}(?-i:a_\\s-|\\w{,2})?[-A-C\\s]|.\\A\\3b){,2}b(?(1)a|b)|(?P<n0>(?>\\w.)?+[A-C]\\S?)[\\n1]?)\\-(?![^\\s](?-i:\\D?.{2}[ab](?-i:1*?)|(?s: {1,3}?\\S{1,3})a\\b(?=\\D1|\\d*?-+? \\S|a.{,2}?)|\\n{0}+1B))|\\-\\D{2}(?>a(?:b{2,}?)[\\s_]\\W|.{2}\\d{2}\\d{1,3}){0}' error: bad character range \s-1 at position 1
# 176 '.(?m:(?P<n58>[^_\\d-]))*(?i:[\\n_\\n](?>(1-{2,}?_{1,3}+ {0}+|B+\\D|\\sb++1\\n?)+)++((?:b\\d+)c\\n{0}(?<!\\wb)*?|(?<!ba)(?(3)a|b){2}?\\Z|(?=.a{0}?\\n\\-)\\w[^-a-c\\w]*)){0}+(?>(?(2)(?:\\Sb{2,}+-++c{2}?)+)(?>(?s:ca1{0}?)?\\w\\S{,2}\\w)^|(?m:(?(2)a|b)(?P=n58){2}_{1,3}?)?[A-C\\s](?-i:1[\\w-]\\Z\\W{0}|[\\d]|\\B(?<!a)b{2}?)| \\B)?' '1A1bA' ((0, 2), ('A', None, None), 1)
#   (0, 2) None
#   [('A', '', ''), ('A', '', '')]
#   '<1A><1bA>' ['', 'A', None, None, '', 'A', None, None, '']
# 177 '(?!(?-i:(?>\\n\\w){,2}c{,2}?))((?m:\\S{1,3}?(?! 1{2,}+.{2,}B{2,})\\-?))' 'cAaab\nc' None
#   None None
#   []
#   'cAaab\nc' ['cAaab\nc']
# 178 '(?i:b\\S*)^_|((?:(?i:1*b?){2}(?-i:ab)B|(\\s\\wA{1,3}?)(a{2}+|\\S{0}+|\\D{2,}\\-{,2}\\w{,2}?)(?-i:\\-A_??c){,2}+.{,2}|(?m:b\\W.c)*?[1b](?s:B\\w{2,}+){,2}[\\n]))' 'Ac_ac-' None
#   None None
#   []
#   'Ac_ac-' ['Ac_ac-']
# 179 '(?>.(?-i: {,2}(?m:A{2,}|-{0}\\-{1,3}A{0}a{2}|a\\s+?1\\W)*?|(?P<n58>b{2})|b){2,}?(?<=[ab]){0}? |(?m:(?<!.){2,}[a-\\n]|(?>\\D\\s\\-\\n){0}\\d+?\\w*?)+\\d\\S\\D)' error: bad character range a-\n at position 107
# 180 '\\w' 'bcc \na' ((0, 1), (), None)
#   (0, 1) None
#   ['b', 'c', 'c', 'a']
#   '<b><c><c> \n<a>' ['', '', '', ' \n', '']
# 181 '(?>(?-i:(?!c\\w\\-){2}){0}?(?<=\\w[ab])(?<=a.)(?=\\w{2}1c)*)(?m:(?m:\\n\\b[ba-c1]{,2}?))(?<=[ab]\\w)' ' ' None
#   None None
#   []
#   ' ' [' ']
# 182 '(?<=[ab])?+ \\b|\\W??B[b](?<!.\\w)|\\w(?<=.)' '1  \nbb-__a' ((0, 1), (), None)
#   (0, 1) None
#   ['1', 'b', 'b', '_', '_', 'a']
#   '<1>  \n<b><b>-<_><_><a>' ['', '  \n', '', '-', '', '', '']
# 183 'b{,2}(?P<n41>[\\s\\n-]\\-?+)*?\\Z[a-c]{0}+' 'b' ((0, 1), (None,), None)
#   (0, 1) (0, 1)
#   ['', '']
#   '<b><>' ['', None, '', None, '']
# 184 '(?s:(?P<n10>[\\s_]{0}+)(?>[\\w]\\W(?(1)a|b)[A-Cb]{2,})|(?!(?s:a+?)(?(n10)a|b)(1{1,3}?)[a])\\W$\\n){,2}(?(1)a|b)' 'cBb-' ((2, 3), (None, None), None)
#   None None
#   [('', '')]
#   'cB<b>-' ['cB', None, None, '-']
# 185 '\\s\\Z(?P<n74>[a\\d]{1,3}+(?:(\\d?\\D {0}\\W)(?m:_b{,2}\\W+)\\d)|B|\\D\\w{2,}?)' '' None
#   None None
#   []
#   '' ['']
# 186 'ABa++\\A|b{1,3}+(?>.{0}?(?m:(?-i:\\D.??.\\d*))(?m:(?>b\\d ){1,3}+\\-b?(?<=ba)))(?<=[ab])' '1\nc' None
#   None None
#   []
#   '1\nc' ['1\nc']
# 187 '(?s:(?P<n47>(?<=\\w)-+\\A(?<=b[ab]){2,}+)*+[^\\d\\d1](?!(?<!a)*(?-i:\\DB{,2}?){,2}?\\S)\\w{1,3}+|(?(1)\\S)\\d)c?' 'A1_' ((1, 2), (None,), None)
#   None None
#   ['']
#   'A<1>_' ['A', None, '_']
# 188 '(?=(c{2,}?\\Z(?i:\\-\\D)(\\D{,2})){0}|(?-i:\\s(?>a{2})(?i:.b){,2}(?(1)\\W?)+| {1,3}?B{,2}|[^1a]{1,3}+)(?=.+(?=\\SB*+|cB|B1){,2}\\-)*+(?(2)c*b{1,3}?|\\-[1]){2}?|(?-i:(?s:\\W\\db)\\b(?:.{,2}bB{0}-{,2})b)(?P<n14>\\n\\D)\\w_)+?\\W\\n{2,}' 'a' None
#   None None
#   []
#   'a' ['a']
# 189 '\\s(?!.{2,}(?<!.a){,2}?b+ |(?=\\A(?>\\W{2,}+\\-\\n\\W){0}+\\S\\-??)B{1,3}?(?s:(\\W {,2}+)(?<![ab]\\w)(?! \\-)\\Z)\\A|(?!(1\\w*|.{2,})(1-{1,3}|c-{2,}){2}+|(?(1)a|b){2,}(?(1)\\w{,2}\\S\\s\\W))*+)+|a[^\\n]|c\\W((?P<n87>B{1,3}\\Wbc)) ' 'acb-' ((0, 2), (None, None, None, None, None), None)
#   (0, 2) None
#   [('', '', '', '', '')]
#   '<ac>b-' ['', None, None, None, None, None, 'b-']
# 190 '(?i:-{2,}?\\S{2,}[\\s\\s]{0}+|(\\-{1,3}?[a\\w](-)*|\\wb*(?:\\-))*+1?(?(2)(?!_{0}+\\w{0}+-\\-)(?m:\\Sc\\w)|b{2,}+\\b\\w)){2,}+|(?s:(?>$\\w{1,3}.\\S)(?(2).(?(2)\\-??.*?\\S|\\d\\na){2}+))c|(?<!a)\\A(?i:(?<!ab)*+\\D((?(3)a|b)(?P<n71>b-?c)|[1\\s]\\-\\W{1,3}?|\\B(c?){2}+(?(2)B{2,}a))??)(?-i:-\\S(?m:(?<=b)b[_])a|\\W{0}?(?m:\\3{0}\\S{2}.|\\- )(?m:-)[^__-]{,2}|\\W+?(?-i:b\\-*\\-{,2})){2,}' 'B c\n\n_-B_c-' None
#   None None
#   []
#   'B c\n\n_-B_c-' ['B c\n\n_-B_c-']
# 191 'ca\\n\\B' 'b_B--1- ba_\n' None
#   None None
#   []
#   'b_B--1- ba_\n' ['b_B--1- ba_\n']
# 192 '(?x)\\W(?=(?<=\\w)[^a-c][^_\\d])c\\Z' 'a_A-__ bAB_' None
#   None None
#   []
#   'a_A-__ bAB_' ['a_A-__ bAB_']
# 193 '(?:[\\w][A-C_]B)*' '_a\n-11BAAaA_' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '', '', '', '']
#   '<>_<>a<>\n<>-<>1<>1<>B<>A<>A<>a<>A<>_<>' ['', '_', 'a', '\n', '-', '1', '1', 'B', 'A', 'A', 'a', 'A', '_', '']
# 194 '(?>(?s:\\S*(?=1?..){1,3}?\\W{2}?(?-i:\\w{1,3}?-?+.))(?<=[ab]){2,}+)*(?m:[\\s\\w]{0}[^a-c\\n1]?B{,2}?(?P<n64>_(A c)|\\-_{2}?|(?i:A\\D{,2}+\\D)(?s:\\n{2}?\\n??\\n?+B?)){1,3}?|a\\w(?:(?P=n64)?+A$)|\\A(?(2)a|b){2,}+){0}?|-\\d\\s{,2}+(?<=.[ab])|.(?P<n97>[^a][_\\w]b)^[^ba]*+' 'bBa_baBA' ((0, 0), (None, None, None), None)
#   (0, 0) None
#   [('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', ''), ('', '', '')]
#   '<>b<>B<>a<>_<>b<>a<>B<>A<>' ['', None, None, None, 'b', None, None, None, 'B', None, None, None, 'a', None, None, None, '_', None, None, None, 'b', None, None, None, 'a', None, None, None, 'B', None, None, None, 'A', None, None, None, '']
# 195 'B{2}+\\d' ' ' None
#   None None
#   []
#   ' ' [' ']
# 196 '(?-i:c{,2}?)\\w|1{,2}a*+(?<!..)b|(?!(?!\\-*B)(?:\\n{2}+(?m:A\\s?+1)c(?<!.b){0})){,2}+' '\nc' ((0, 0), (), None)
#   (0, 0) None
#   ['', 'c', '']
#   '<>\n<c><>' ['', '\n', '', '']
# 197 'c|\\s\\n+?_-{1,3}?' 'c' ((0, 1), (), None)
#   (0, 1) (0, 1)
#   ['c']
#   '<c>' ['', '']
# 198 ' *?(?i:(?m:(?P<n67>B+){1,3}?)(?(1)a|b)a{1,3}?\\W){1,3}((?P<n35>\\-(?=a{,2}a\\S\\n)\\s{,2}+) |(?P<n65>(?P=n67)^(?=\\n-|c{0}\\-\\W\\W){1,3} )?+)' '' None
#   None None
#   []
#   '' ['']
# 199 '(?m:(?i:\\s)(?-i:\\S(?:a\\n??  ){2}?a)(\\-\\A{0}(?<!b)c+)?(?(1)a|b){2}?){0}\\d{0}+\\n{,2}(?i:\\1)' error: nothing to repeat at position 40
# 200 '\\n.[^\\d]B++' 'b' None
#   None None
#   []
#   'b' ['b']
# 201 '\\S?+(?i:\\A^^\\B){0}|\\D-' 'B aBb' ((0, 1), (), None)
#   (0, 1) None
#   ['B', '', 'a', 'B', 'b', '']
#   '<B><> <a><B><b><>' ['', '', ' ', '', '', '', '']
# 202 '\\B(?i:(?=(\\d\\-{,2}?){2,}(?<=.))\\-[-a]??)\\sA{,2}+' ' \nccbc1A' None
#   None None
#   []
#   ' \nccbc1A' [' \nccbc1A']
# 203 '1[a-c]A|[\\s]+|(?<=[ab])(?-i:(?>\\W{1,3}){2}?\\D_{1,3}((?<=b\\w){2,}?\\n))?+A' 'B-_cabcA_1_ ' ((11, 12), (None,), None)
#   None None
#   ['']
#   'B-_cabcA_1_< >' ['B-_cabcA_1_', None, '']
# 204 '(?>((?P<n52>\\sB)^\\-{,2})+[a-c-]|.){2}?(?-i:[a](?<!.b)++\\D|[^a-ca]\\DB|((?=\\n\\d B++){2}\\S(?i:\\S+?a)?\\n{2,}?)??(?(1)(?!\\dbb{2})^| (?<=b)(-\\s{1,3}\\d){1,3}(?P<n16>\\dB?\\n{,2}+|b*+a\\D??\\d?+)|(\\D\\S{2}+A{1,3})B b)^)(?! {1,3}(?<=[ab])\\n{,2}A|(?i:b{2,}(?(3) +\\s\\w??))+.[\\s]|b(?-i:(?=A{,2}1b*?)(?:\\s+-{,2}+_)a{1,3}?)\\s)' error: conditional backref with more than two branches at position 183
# 205 'a_(?!(?<=\\w.)(?:1( \\d{2,}+| )\\B)+(?P<n44>(?<!..)|\\nb\\W\\W{2,}?){2,}?(?i:\\A))|\\S((?P<n88>\\S{0}+(?:c{1,3}?\\-\\s)){,2}?(?>[^a-c\\s1]{,2}(?(4)a|b){1,3}+a|\\w)*[^A-C-a]{2}(?<!b){1,3}?|(?(n88)a|b){,2}$a([A-CA-C]{0}(?(n44)a|b)(?i:_*?)?+|[_](B)B)|(_){0}+[a-c]*(?s:(?m:\\D{,2}?|a){2,}?(?(2)-+B1+?)(?-i:AA*\\W*+b+?)\\7|[^a-c]+?(_.B){2}?[\\n-\\s]_*?| {,2}?$.)(?<![ab]))*?(?P=n88){1,3}|(?<=\\w)\\n(?(2)B+(?>(?-i:B{2,}A_{,2}c)b?+\\5{,2}?))\\-' error: bad character range \n-\s at position 320
# 206 '(?m:\\n{2,}(?m:(1{2,}\\W{1,3}\\d{1,3})\\1{1,3}+)?^)\\A' 'b' None
#   None None
#   []
#   'b' ['b']
# 207 '(?m)[a-cA-C]{2}?[a-c_]b{2,}?(?>(?!(?=.\\-*a|c{,2}\\d\\n)++\\w|[^aA-C]A(?-i:\\d{,2}\\d++c){0}))*' 'Ba_aA\nbaa' None
#   None None
#   []
#   'Ba_aA\nbaa' ['Ba_aA\nbaa']
# 208 '(?s)1?((?<=b)?+A){0}?|(?!(?m:(?<!a)A(?(1)a|b)(?:_\\sA)|\\D\\w{,2}?\\n{2,}+\\d| \\n{,2})(?P<n53>\\n[1]|B(?:\\s{1,3}+B{1,3}a{0}?a)\\2?+ |\\1)|(?s:\\1)(?<=.)+?[-])-{0}+_*' error: cannot refer to an open group at position 120
# 209 '-\\n|\\B|(?m:(?-i:( {,2}_*+\\S|1\\D\\w{2,}+|a\\w\\d+?)+?(?i:-{2}+a|\\S|A{2}.\\W){,2}\\1)(?>(?<!b[ab]){0}[1](?>B?+))*+\\d)*+' '' ((0, 0), (None,), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', None, '']
# 210 '((?>$){2}[^a]{,2}+(?>b)(?:(?P<n62>\\W*?1*+)|\\-++(?<=\\wa)|a\\D{1,3}))\\W\\n+' 'AB' None
#   None None
#   []
#   'AB' ['AB']
# 211 '(?x).*?\\w*\\w(?:\\D|[-]\\S_A|(?=\\W( \\W{0}|\\D)(?:\\Wc_{,2}| a.\\d|1\\d{1,3})\\D|A{0}+(?s:\\d\\n)|(?(1)_){2}+[_-]){2}+)*' 'b\n a' ((0, 4), (None,), None)
#   (0, 4) (0, 4)
#   ['']
#   '<b\n a>' ['', None, '']
# 212 '((?>(?P<n96>\\D.){,2}[\\da-ca-c]*+(?:\\D{1,3}\\n{2,}))|11\\n)[1]*\\b{2,}+' error: nothing to repeat at position 62
# 213 '_a\\s+[^\\d11]{1,3}' 'b\n_' None
#   None None
#   []
#   'b\n_' ['b\n_']
# 214 '\\Z-+?(_|[a-](?-i:\\n)\\1)\\W{0}+' error: cannot refer to an open group at position 20
# 215 '(?>(?<=ba){2}?(?:(?s:\\n.)(?s:\\n{,2}B{0}c){0}+)(?>B{0}?)-{0}){2}' '' None
#   None None
#   []
#   '' ['']
# 216 '-(?m:\\b(1\\W\\b|\\1{1,3}?(?-i:\\WB{1,3}B??\\n{,2})(?=bc_){0}?)+){,2}?' error: cannot refer to an open group at position 14
# 217 '(?<=.)_{2}' 'B_-Bc ' None
#   None None
#   []
#   'B_-Bc ' ['B_-Bc ']
# 218 'b?1(((?:..{0})\\S{0}(?m:1\\-{2})\\2{,2}|\\A(?!\\S{2,}+\\d\\w.?)).(?(2)a|b){,2}|(?:[b\\n1]{2}\\n+.1)(?!(?<=a\\w){,2}+\\W|^{1,3}?A++\\b\\n{0})[^1\\d1](?!^(c|\\W{1,3}\\nA|aA{1,3}+\\na{1,3}){2,}?[a-c\\s].|1(?>\\s{,2}1\\-*?){,2}c[^a_1]|\\2(?-i:\\s{2,}+c{2,}\\w\\S){2,}(?s:\\n)-{2})|\\1+[a]{2,}\\W+?)(?:[\\d\\s\\d]\\d*?(?:[_1\\w]{2})\\w)' error: cannot refer to an open group at position 30
# 219 '(?>\\D{2,}){2}\\A' 'AcBc_a11cBa\n' None
#   None None
#   []
#   'AcBc_a11cBa\n' ['AcBc_a11cBa\n']
# 220 '\\s\\ZB' '_aA _\n_' None
#   None None
#   []
#   '_aA _\n_' ['_aA _\n_']
# 221 '_{1,3}+' 'cA--_a 1' ((4, 5), (), None)
#   None None
#   ['_']
#   'cA--<_>a 1' ['cA--', 'a 1']
# 222 '\\d{2}\\s??' '\n-A_B\n_-c- _' None
#   None None
#   []
#   '\n-A_B\n_-c- _' ['\n-A_B\n_-c- _']
# 223 '[a\\d]++(?>\\S(?=\\s)?)(?:b){0}+(?<![ab])*|(?m:(?:a*+B[a-c]){2}+(?<=a[ab]){2,}+(1{,2}\\-{,2}?(?-i: \\w\\s+\\-)(?(1)\\W{2}\\d\\-\\-{2,})|[^a-cb\\d]|c(?(1)\\Sb)?+\\Z)+?(?<=.){1,3})\\d{,2}+[^aab][\\d]' '_cb1-A' ((3, 5), (None,), None)
#   None None
#   ['']
#   '_cb<1->A' ['_cb', None, 'A']
# 224 '(?-i:_{,2}_{1,3}?|^(?i:\\S(?<=a[ab])\\d{1,3}(?!\\S\\D))|(?<!b.)[^\\d\\d1]){,2}|(?!.[a-c]|(?:(?=_*)\\d++){1,3}+|\\D(?s:(\\W\\-{2}+\\-)|(?!_ \\s{,2})*+(?(1)a|b){,2}?))+|\\S {2}' 'c_ba' ((0, 2), (None,), None)
#   (0, 2) None
#   ['', '', '']
#   '<c_><ba><>' ['', None, '', None, '', None, '']
# 225 'c(?=((?i:\\W{2,}\\S)(?m:a\\sB)|(?-i:a{2}?\\D\\w{1,3}?) |(?<!\\w){2}?\\-\\W\\w{2,}?){,2}\\W.{0}?.{1,3}?)??' 'A_ Bc-' ((4, 5), (None,), None)
#   None None
#   ['']
#   'A_ B<c>-' ['A_ B', None, '-']
# 226 '[^\\d]{,2}(A{,2}?|\\Z|[^-\\n1]{,2})' ' 111a_\n' ((0, 1), ('',), 1)
#   (0, 1) None
#   ['', '', '', '', '', '', '']
#   '< ><>1<>1<>1<a_><\n><>' ['', '', '', '', '1', '', '1', '', '1', '', '', '', '', '', '']
# 227 '(?i)\\D+' '\n\n' ((0, 2), (), None)
#   (0, 2) (0, 2)
#   ['\n\n']
#   '<\n\n>' ['', '']
# 228 '\\-(?!c*+(?!.(?i:\\n{1,3}+.{,2}+)B$)b){2,}+(?P<n53>a(b++)*\\BA??){1,3}+|\\D.{1,3}?(?!_(?!.a)(?: {,2}+(?<=b)|\\s{1,3}(?=cb|A|b){2,}(?i:B\\WBa|1{,2}+|-\\s) |(?s:B*1*+b|\\w\\d\\w{2,}+1|\\Wa{,2}){2,}+(?s:\\D{,2}))*+|[A-C-A-C]([\\wA-C\\s]{2,}1)c{0}?)[-a-c\\w]?|(?!\\b(?(1)a|b))' '\nc1-cA_Ba' ((0, 3), (None, None, None), None)
#   (0, 3) None
#   [('', '', ''), ('', '', ''), ('', '', ''), ('', '', '')]
#   '<\nc1><-cA><_Ba><>' ['', None, None, None, '', None, None, None, '', None, None, None, '', None, None, None, '']
# 229 '(?!a{,2}_{,2})(?:[\\nb])\\s(?=a[A-C])' '1- a' None
#   None None
#   []
#   '1- a' ['1- a']
# 230 '(?m:(?<!\\w.)(?=a){2}[-\\n]|\\n*(?!(?>\\w\\w\\-)(?s:c){2}?-{2}?\\Z)++(?<!b)|\\s\\Z(b$|(?P<n98>.*+\\S_++)a{2,}?b|\\1{2})*+){1,3}?' error: cannot refer to an open group at position 102
# 231 '(?!(?P<n69>[^\\w]*)+(?i:\\W_))b{,2}?' 'Aa1Bac-' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '']
#   '<>A<>a<>1<><B><>a<>c<>-<>' ['', None, 'A', None, 'a', None, '1', None, '', None, '', None, 'a', None, 'c', None, '-', None, '']
# 232 '1{2}+[_\\db]' ' -\nA1cb1c\n_' None
#   None None
#   []
#   ' -\nA1cb1c\n_' [' -\nA1cb1c\n_']
# 233 '\\n.(?!_\\n(?-i:\\B(?i:\\D{2}b{2,}+A+\\n{2,}|\\W?\\wa\\D|A{,2})\\w{,2}|1{,2}+(?s:c){0}+|(?m:Ba\\w\\S)\\s[A-CA-C](?>Aa_++){2}){,2}+.){,2}|(?<=.)\\W{2,}?' '' None
#   None None
#   []
#   '' ['']
# 234 '(?m)1{,2}?(?:^\\Z((?>B_A){2,}?\\W)a{0}+)' 'Bb 1_\n' None
#   None None
#   []
#   'Bb 1_\n' ['Bb 1_\n']
# 235 'a(?!\\d{1,3}?){,2}?-\\-{,2}' 'a1' None
#   None None
#   []
#   'a1' ['a1']
# 236 '(?-i:b)' '_1' None
#   None None
#   []
#   '_1' ['_1']
# 237 '(?a)(?<!a)(?<![ab]b)| \\b[^1]{0}|\\d\\D1' 'A\n1bbA1a' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '']
#   '<>A<>\n<>1<>b<>bA<>1<>a' ['', 'A', '\n', '1', 'b', 'bA', '1', 'a']
# 238 '[A-C]+?(?<!\\w)[-]{2}?|(?=(?>c{2}+(.){2}?|A(\\W?+_+\\Da?)*b?)*\\W)*+[^\\s]{2}|(?<!b)+?' 'c-1c-_a' ((0, 2), (None, None), None)
#   (0, 2) None
#   [('', ''), ('', ''), ('', ''), ('', ''), ('', '')]
#   '<c-><1c><-_><>a<>' ['', None, None, '', None, None, '', None, None, '', None, None, 'a', None, None, '']
# 239 '$$' '-B__1BBBB _' ((11, 11), (), None)
#   None None
#   ['']
#   '-B__1BBBB _<>' ['-B__1BBBB _', '']
# 240 '(?:(?!b++){1,3}|\\n)\\S(?>[\\d\\w\\s]{2})([1b\\n]\\A++(?=\\A|\\A(?<=[ab]b)|\\s(?(1)-{,2}B{2,}?\\D??)\\W{2}(?<![ab]))+([a]\\-\\S|(?<=.){1,3}?))' error: nothing to repeat at position 45
# 241 '(?m)c{2}|(?-i:[^\\s](?<=.)|(?!\\s++(?i:B{1,3}?a+)+)a{2,}?(\\s1\\-[-a-c]??){,2}?)(?m:\\n|(?(1)a|b)*\\D\\S\\-{0}+)b|(?!(?-i:\\D\\D{0}+c{2,}+){2,} *(?i:\\-+(?:-)$\\d)+|B{2,}(?<=\\w))' 'Ba1c\n_c 1-a' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '', '', '']
#   '<>B<>a<>1<>c<>\n<>_<>c<> <>1<>-<>a<>' ['', None, 'B', None, 'a', None, '1', None, 'c', None, '\n', None, '_', None, 'c', None, ' ', None, '1', None, '-', None, 'a', None, '']
# 242 '(?i:A(?>(?<=\\w)\\B|\\W|c\\A)|[^a-c][a11]{0}?\\d{2,}(?:\\d(?>\\W{2,}|\\-){1,3}\\n{0}+(?=\\d1*?B){2,}?|1)|c(?P<n13>[^\\wb])a{2,}[\\wb]){0}[\\dA-C]{2}.[\\n_]' '-B_bcbb' None
#   None None
#   []
#   '-B_bcbb' ['-B_bcbb']
# 243 '(?!\\Z(?P<n93>(?s:c{0})+?[\\d_]{2}(?<=[ab])+)(?![^a-c](?<=[ab])-*+))*\\1' 'b' None
#   None None
#   []
#   'b' ['b']
# 244 '_?' '' ((0, 0), (), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '']
# 245 '(?i)(?i:\\s(?m:A{0}+1|\\S{1,3}(?i:.\\S-++) *+\\n*|\\W+?)+?){1,3} \\b\\b' '\nA1 -bA' None
#   None None
#   []
#   '\nA1 -bA' ['\nA1 -bA']
# 246 '\\D{0}+|[^__]' '' ((0, 0), (), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '']
# 247 '(?P<n62>[\\n\\w\\d](?i:1|(?-i:.b_{2}?){1,3}+)-(?(1)-|[A-C_A-C]\\W\\D[\\d\\n]{,2}?))c*' '1\n' None
#   None None
#   []
#   '1\n' ['1\n']
# 248 '[^b]\\wB' 'bA1' None
#   None None
#   []
#   'bA1' ['bA1']
# 249 ' |\\w' '\n\n_ ' ((2, 3), (), None)
#   None None
#   ['_', ' ']
#   '\n\n<_>< >' ['\n\n', '', '']
# 250 '[a-c1\\s](?s:(\\n\\W {1,3})(?:B(?>AA{1,3}b){1,3}?\\n{1,3}?(?:B??\\s|\\wc{2,}\\W\\W++)|(?=A{,2}+){2,}|b[b])+[b]{,2}|\\B(?s:(?!a \\s\\-)[^\\d]^)_ ){2}|(?:\\D(?>[--]+?){,2}?) {2,}B' '\n\n-ABc' None
#   None None
#   []
#   '\n\n-ABc' ['\n\n-ABc']
# 251 '\\n(?i:a)' '-' None
#   None None
#   []
#   '-' ['-']
# 252 '\\B.++|\\S\\S{2}+' 'bA  cA' ((1, 6), (), None)
#   None None
#   ['A  cA']
#   'b<A  cA>' ['b', '']
# 253 '(?i)(?=B\\w(?P<n36>\\n)\\-){2,}(?!\\s(?=B)(B{2}?(?<![ab]b){0}?)A)|-c[^\\db-]|\\B\\n\\s*' 'aa_ccb\nA-' None
#   None None
#   []
#   'aa_ccb\nA-' ['aa_ccb\nA-']
# 254 '(?<=.b)|(?=1{,2}+\\W{0}|\\s|(?i:[^_\\w]{2,}(?=\\-*?)\\D){2,})[b-]|1{2,}?[^_\\n]\\D' '11ca_' ((0, 4), (), None)
#   (0, 4) None
#   ['11ca']
#   '<11ca>_' ['', '_']
# 255 '(?m:(?P<n36>(?>aB+?|\\n.{2,}+  )[^aa-c]?+)*){2,}|(?>\\n{,2}+a++)\\W\\D|\\W{1,3}[ba-c\\s]' 'b bcb_BB' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '']
#   '<>b<>< b><>c<>b<>_<>B<>B<>' ['', None, 'b', None, '', None, '', None, 'c', None, 'b', None, '_', None, 'B', None, 'B', None, '']
# 256 '\\Z\\W*' 'BB_bb -' ((7, 7), (), None)
#   None None
#   ['']
#   'BB_bb -<>' ['BB_bb -', '']
# 257 '\\D{,2}+(?=(?!(?-i:-{,2}?BA\\S)b{0})b*[_\\n\\s])*(?=(?=(?<=a)*?){1,3}+){,2}|(?>^){2}?(?-i:(?i:\\-{,2}+|(?!.a)A|c(_+?\\w))*+a+\\-{1,3}?)(?!\\n{2,}?(?s:[\\w_a](?m:-\\w\\d|B1?+1{2,}+)?+\\s\\s+)$_*|(?:.(?-i:\\w+c|a.B{1,3}){,2})\\D{1,3}|(?<!a)$(?=cc)a)' 'b\nc\nc\ncaBB' ((0, 2), (None,), None)
#   (0, 2) None
#   ['', '', '', '', '', '']
#   '<b\n><c\n><c\n><ca><BB><>' ['', None, '', None, '', None, '', None, '', None, '', None, '']
# 258 '(?m:c(?!-|(?s:aA.|\\w -\\W|\\n)b_{,2}|b{0}+(?P<n8>a\\D.)*?\\W)+[^a-c-b]1|(?<!\\w){2}|B??(?P<n21>\\W\\D??){2,}.(?m:$\\b|(?<=a)))*(?P<n12>(?i:\\D{2}+_+?(?i:_{1,3}\\W+))(?m:\\-(?m:_?+)|[-\\d\\n](?i:\\d?+\\w_|\\S{0}?|\\n\\D-1){2,}?\\n)*?b|a(?:(?P=n8){1,3}+^_\\w){0}+(?:\\Z(?s:\\-){1,3}?)\\-)(?<![ab]){1,3}+\\w' '' None
#   None None
#   []
#   '' ['']
# 259 '\\-' '_bAa-B_\n b' ((4, 5), (), None)
#   None None
#   ['-']
#   '_bAa<->B_\n b' ['_bAa', 'B_\n b']
# 260 '(?m:(?i:[^-a\\s]{2,}+(?-i:b{2}?\\d\\d\\d{0}?){0}\\d+?(?i:B))-{1,3}(?<!\\w)|(?:(?<=.[ab])*(?<=[ab])|(?P<n74>\\W)a{0})*c{1,3}(?(1)a|b)|[a-cb]_{2,}+_{,2}(?!\\W))|B*+((?-i:c{0})|(?i:(?<!.)|(?(1)\\-{1,3}+\\w_1| c)\\3{2,}+|(?(3)a|b)_?+)\\S*+[b\\sA-C]{2,}B{2}+|-*\\S{0}?[_])((?>(?: | _){2,}\\-A)){0}+[\\w__]{2,}?|\\d\\-\\s{2,}[_A-C]' error: invalid group reference 3 at position 199
# 261 '\\-{2}(?-i:\\b(?>-?\\s{1,3})??((?i:_\\d\\d+?_|b{,2}+.B\\D{1,3}?))+?1)c\\n|(?i:c){1,3}(?(1)a|b)[_\\d1]|(?i:(?=[_\\w][\\d](?:a\\d{2}+\\-?c)A{0})*?\\-\\S)\\S{0}?^' 'BAaABbb__-' None
#   None None
#   []
#   'BAaABbb__-' ['BAaABbb__-']
# 262 '[a-c]Bc(?m:1[A-C]B\\-)' 'c_b1b' None
#   None None
#   []
#   'c_b1b' ['c_b1b']
# 263 '(?i)a(?!(?<=.a){2}|(?P<n13>-|\\s(?<!.a)+?)b(?>(?=_-|\\W{,2}\\-a\\W|c?+b\\W\\d+)a?+(?:\\s\\n {,2}?){2,}?){2,}?){1,3}|.(?<!a)[\\w\\w]' '\n\n-bac_' ((2, 4), (None,), None)
#   None None
#   ['', '']
#   '\n\n<-b>a<c_>' ['\n\n', None, 'a', None, '']
# 264 '\\w\\n(?! (?<=.[ab])_++[A-C\\wb])c' 'aA -' None
#   None None
#   []
#   'aA -' ['aA -']
# 265 '(?=${,2}?[\\d](?:(?<=aa)[\\nA-C]{2,}?)(?>-{0}+[^\\s][\\w-]|\\B(?!\\-{,2}A?)\\W(?=\\d)+){2})[\\w\\s]{2,}+(?<=.){,2}+' error: nothing to repeat at position 4
# 266 '(?=[^\\s]){2}? {2,}' 'AB' None
#   None None
#   []
#   'AB' ['AB']
# 267 '(?P<n33>\\s{2}B{1,3}+\\d{2})+?[aa-c]+ {0}(?m:.|(?<!\\wa)[a-c]\\Sa|(?=a++[a]\\-+?.+?|\\W{2}?(?<!\\w)?|(?m:\\W{0}+))_$(?>\\-(?:\\n\\w{,2})A){1,3}?)' '\n ' None
#   None None
#   []
#   '\n ' ['\n ']
# 268 'c(_\\D\\W)' 'c\nBB-' None
#   None None
#   []
#   'c\nBB-' ['c\nBB-']
# 269 '(?x)[^\\w-]{,2}' '' ((0, 0), (), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '']
# 270 '\\Z-{,2}?' 'BB' ((2, 2), (), None)
#   None None
#   ['']
#   'BB<>' ['BB', '']
# 271 '(?>(?i:_{0}?)+?(?<![ab].)((?P<n87>\\s{2}?a\\w|\\wb_.{1,3}+|\\D){1,3}+c+(?! 1\\S\\D)*(?:\\-{2}c* {1,3}?)*)(?s:[^\\n\\s]\\A|(?m:\\dB)){0})(?:\\d??\\-+|(?=(?s:\\n{2}+\\s)){,2}|(?=\\s{2,}?(_AB\\S)[\\d])){2}\\Z[b\\d]' '1' None
#   None None
#   []
#   '1' ['1']
# 272 '[\\n\\s][b](?i:_*\\S|(?:(?:\\d\\-){0}+\\W{,2}\\s)\\b(?s:A$(\\-{,2}?A?\\D|\\D\\W )(?(1)a|b))(?:B\\Z|[^a_](?(1).\\D{0}A*A)(?!1+?)))?\\1+' 'a- ' None
#   None None
#   []
#   'a- ' ['a- ']
# 273 '(?!\\S{0}+[^\\wA-C_]B{,2}?\\b)[^_]{2}(?:B|A)\\-' 'c__ bcc\n1Aca' None
#   None None
#   []
#   'c__ bcc\n1Aca' ['c__ bcc\n1Aca']
# 274 '(?a)((?<=b){2,}?|\\W{0}\\D\\D*?[^\\n]|c\\b)|[\\d]*|\\s\\D*' '\nc--A-1_' ((0, 2), ('\nc',), 1)
#   (0, 2) None
#   ['\nc', '--', 'A-', '', '', '']
#   '<\nc><--><A-><1><>_<>' ['', '\nc', '', '--', '', 'A-', '', None, '', None, '_', None, '']
# 275 '\\S*?(?=(?<!ab)(?s:(?i:A\\D*-+){1,3}){0}?\\W)' ' b abcB\n1\n' ((0, 0), (), None)
#   (0, 0) None
#   ['', 'b', '', 'abcB', '', '1', '']
#   '<> <b><> <abcB><>\n<1><>\n' ['', ' ', '', ' ', '', '\n', '', '\n']
# 276 '(?i)(?= {2}c{2}+\\BA)' '' None
#   None None
#   []
#   '' ['']
# 277 '(?P<n54>\\w.{2,}\\-{1,3}(?<!b)++)\\Z\\d((?<!a)*?|(?P<n58>[\\s\\s](?i:\\dbb{,2})(?:_{0}\\D+)++\\s??)*+\\d{0}?|\\d{,2}?\\-([^\\s]))|\\-' '-bb__\n-cB' ((0, 1), (None, None, None, None), None)
#   (0, 1) None
#   [('', '', '', ''), ('', '', '', '')]
#   '<->bb__\n<->cB' ['', None, None, None, None, 'bb__\n', None, None, None, None, 'cB']
# 278 '(?=(?<=a\\w)\\d{0}+c{0}?[ba-c]*?|(?m:-(?>c*?-{,2}|-*\\S{2,}\\S\\s){1,3}?(?m:\\D\\W|A??ba*\\S|\\Wa_ {0}?)\\s{1,3}){2,}\\w*(?!\\S(?i:b*cA|c?1\\W))|(?P<n32>\\W){0}((\\n*\\S{2}?)(Bc-B{0}+){,2}+)??(?P=n32){0}){1,3}(?m:(?i:[-A-C]))(?P=n61)?' error: unknown group name 'n61' at position 213
# 279 '\\-_*?A' 'Abbc1 B---' None
#   None None
#   []
#   'Abbc1 B---' ['Abbc1 B---']
# 280 '\\n-' 'B1b_1B1' None
#   None None
#   []
#   'B1b_1B1' ['B1b_1B1']
# 281 'a\\d\\n|(?<!a\\w)a|(?<!.){,2}+(?:[1\\n][b](1{1,3})\\S+){,2}(?(1)_{,2}+(?s:(?>B|\\w\\-)\\b[^\\w\\n])[A-Cb]{0}\\w++)++-' '\nc_1Ab aAc_-' ((7, 8), (None,), None)
#   None None
#   ['', '']
#   '\nc_1Ab <a>Ac_<->' ['\nc_1Ab ', None, 'Ac_', None, '']
# 282 'b[-A-C]{2,}+\\d|(?m:b[a]A)(?=\\n\\n*+_+(1\\WA))[a-c\\nA-C]{0}(?P<n66>(?=\\n?(?(2).ab\\w)|(?(2)a|b))(?>a{1,3}?|\\W+)[a]{2,}?1{1,3}|B)' '\nB\n-B' None
#   None None
#   []
#   '\nB\n-B' ['\nB\n-B']
# 283 '(?s)(?=(?P<n27>(?m:-A{0}-))(?:(?i:a{0}+\\Da_){2}))\\A\\d{,2}+((?<!a\\w)(?!\\2{,2}b(?<!a)){,2}?(?!A)^)' error: cannot refer to an open group at position 70
# 284 '((?<=ab){0}?(?![\\da]_)*[a-a]|-{,2}?-)\\s{2}c\\w' '-c' None
#   None None
#   []
#   '-c' ['-c']
# 285 '(?s:\\W|[_a-c]{2,}+|(A{2}?[^A-C1-]\\-))((?i:c\\W|\\s|c(?<!\\w.){0}?)[-\\wA-C]-)\\nA|B|^' 'bc1-_B-b111' ((0, 1), (None, None), None)
#   (0, 1) None
#   [('', ''), ('', ''), ('', '')]
#   '<b>c1-_<B>-<b>111' ['', None, None, 'c1-_', None, None, '-', None, None, '111']
# 286 ' ' '-A-bb- c' ((6, 7), (), None)
#   None None
#   [' ']
#   '-A-bb-< >c' ['-A-bb-', 'c']
# 287 '1(.{2}?| B(?m:_[^b] +|\\n{2})|(?<=..)(?i:\\B[\\n]a{1,3})\\w{2})' '1-bb1b-c--__' ((0, 3), ('-b',), 1)
#   (0, 3) None
#   ['-b', 'b-']
#   '<1-b>b<1b->c--__' ['', '-b', 'b', 'b-', 'c--__']
# 288 '(?x)(?!(?-i:A{,2}|\\W)|(?<=ab)|(?=(?<=[ab])\\-(?>\\s{0}?c)?+)((?m:.{,2}?-)|(?(1)a|b)?+(A{,2}+){2,}(?(1)b|\\S1|\\d{2}+)(?(1)a|b){,2})?(?>(?s:1?c\\-*\\d{2})|(?!\\d1|-{0}+|b\\s{1,3}+ {2,}?\\w)(?:\\w )+ *?|(\\S))(?>(?(3)\\D ){2,}?(?>\\s{0}b{2}+){2}+[^A-Ca](?s:\\d{,2}+_{2}| a)|(?(3)a|b)|[^1](?-i:  )+\\W(?m:\\W\\D){,2}+))*(?(1)a|b)1*(?=c+)' error: conditional backref with more than two branches at position 105
# 289 '[^a]\\d{2}+' '_c\na' None
#   None None
#   []
#   '_c\na' ['_c\na']
# 290 '(?i) [\\w]{,2}(?<=[ab][ab])*(?s:(?s: ))|c\\b[b]' 'bc\n\nBaB' None
#   None None
#   []
#   'bc\n\nBaB' ['bc\n\nBaB']
# 291 '^[-a-c\\s]{2}|(?<!\\w)' '_\nb -\n\n_' ((0, 0), (), None)
#   (0, 0) None
#   ['', 'b ', '', '', '', '']
#   '<>_\n<b ><>-<>\n<>\n<>_' ['', '_\n', '', '-', '\n', '\n', '_']
# 292 '(?x)(?:\\w)?+' '_aB11b\n-A\nAa' ((0, 1), (), None)
#   (0, 1) None
#   ['_', 'a', 'B', '1', '1', 'b', '', '', 'A', '', 'A', 'a', '']
#   '<_><a><B><1><1><b><>\n<>-<A><>\n<A><a><>' ['', '', '', '', '', '', '', '\n', '-', '', '\n', '', '', '']
# 293 'A{,2}?(?=\\n*)(?<=.)?\\b' '_AbBbBcabbc ' ((0, 0), (), None)
#   (0, 0) None
#   ['', '']
#   '<>_AbBbBcabbc<> ' ['', '_AbBbBcabbc', ' ']
# 294 'ac++\\n|a{2}?1(?m:(_ {1,3})|(?s:\\w)\\Z(?m:-\\A|\\Z(?=\\Sa){0}(?<!aa){2,}a|(\\d\\D.\\-{2}?)(?P<n62>B{0}+){2})?\\n{0}+|1(?:(?s:BB+?\\nc){2}+)[-a]{1,3}+[\\w])' 'A \n' None
#   None None
#   []
#   'A \n' ['A \n']
# 295 '[^\\s](?i:(?<!b.)(?=[^__]??\\W1{,2}?))\\D\\-{1,3}?' '1' None
#   None None
#   []
#   '1' ['1']
# 296 '(?P<n76>\\d)[-](?i:\\Z[1a]{2,}|\\D{2}\\W{,2} {,2}+) ' ' ' None
#   None None
#   []
#   ' ' [' ']
# 297 ' {,2}+(?!(?=(?!B {1,3}+)\\s\\-?+b|(?i: 1)(-a)A){,2}?a{1,3}?)' 'bB1bc\nb1B1B' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '', '', '']
#   '<>b<>B<>1<>b<>c<>\n<>b<>1<>B<>1<>B<>' ['', None, 'b', None, 'B', None, '1', None, 'b', None, 'c', None, '\n', None, 'b', None, '1', None, 'B', None, '1', None, 'B', None, '']
# 298 '(?a)B\\S+\\w-++' 'c bcBB\ncA' None
#   None None
#   []
#   'c bcBB\ncA' ['c bcBB\ncA']
# 299 '.' 'a-c11_1a-_b ' ((0, 1), (), None)
#   (0, 1) None
#   ['a', '-', 'c', '1', '1', '_', '1', 'a', '-', '_', 'b', ' ']
#   '<a><-><c><1><1><_><1><a><-><_><b>< >' ['', '', '', '', '', '', '', '', '', '', '', '', '']
