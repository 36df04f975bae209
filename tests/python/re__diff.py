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
        return rng.choice(["\\%d" % g, "(?(%d)a|b)" % g, "(?(%d)%s)" % (g, alt(depth + 1, ngroups))])
    kind = rng.choice(["(", "(", "(?:", "(?P<n%d>" % rng.randint(0, 99), "(?>",
                       "(?=", "(?!", "(?<=", "(?<!", "(?i:", "(?-i:", "(?s:", "(?m:"])
    if kind.startswith("(?<=") or kind.startswith("(?<!"):
        body = "".join(rng.choice(["a", "b", "\\w", "[ab]", "."]) for _ in range(rng.randint(1, 2)))
        return kind + body + ")"
    if kind == "(" or kind.startswith("(?P"):
        ngroups[0] += 1
    return kind + alt(depth + 1, ngroups) + ")"


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
    p = alt(0, [0])
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
# 5 '(?<=.\\w)(\\D(?(1)(?:\\nc)|\\B{2}\\D{2,}?\\B)(?<!b.){2}?)\\-|(?(1)a|b)-\\W??[-]{2}?' error: nothing to repeat at position 26
# 6 '\\B' '\n' ((0, 0), (), None)
#   (0, 0) None
#   ['', '']
#   '<>\n<>' ['', '\n', '']
# 7 '[\\wab][\\w\\n]\\w' '-\nA1-\n Bc1' ((7, 10), (), None)
#   None None
#   ['Bc1']
#   '-\nA1-\n <Bc1>' ['-\nA1-\n ', '']
# 8 'a{2,}+c' 'a c Bcb-a_' None
#   None None
#   []
#   'a c Bcb-a_' ['a c Bcb-a_']
# 9 '(?x)\\n[^b-_]\\W|(?-i:_c(?-i:\\-){2}+)\\n{,2}|(?P<n90>\\s{2}?1{0}(?(1)B{0}?\\w)([^a](?(1)a|b)\\W{,2}+)|((?>B*\\-|caBA|B{2}+\\n{2})(?:\\-)(?-i:cB\\s*){0}?|(?:\\w{0}\\ncb{,2})|(?>_\\w{0})(?<!\\w){2}?.c){,2}+\\d)*.++(?<=[ab]a)*' error: bad character range b-_ at position 8
# 10 '(?=(?<!a)(?:(c+|1\\d{0}?|\\D{2}+\\d){0}(?!\\D\\S{2,}\\Wa){,2}?\\b{2,}?[^-A-C]|a*?[^\\nab]*+)\\d{0}?A)1{,2}(?(1)a|b){2}+|$??|\\-?a' error: nothing to repeat at position 58
# 11 '\\W|\\-' 'AaaB1B c' ((6, 7), (), None)
#   None None
#   [' ']
#   'AaaB1B< >c' ['AaaB1B', 'c']
# 12 '(?<=.b){2,}[^\\d](?s:B\\w[^\\d])' ' A-c\n1 A' None
#   None None
#   []
#   ' A-c\n1 A' [' A-c\n1 A']
# 13 'b' 'c--c\n\nbA c' ((6, 7), (), None)
#   None None
#   ['b']
#   'c--c\n\n<b>A c' ['c--c\n\n', 'A c']
# 14 '1(?<=a.){2}+A{0}?(?m:(\\1(?<=b)\\S )+?((?<=.)(?!-\\D*+-B)|\\d(?i:a)(?<!\\w))){0}?' error: cannot refer to an open group at position 22
# 15 'B[\\w\\w]{,2}(?-i:(?<!..)(?!\\B\\n*?(?<!.))?[aa\\w])|(?-i:_(?<!\\w)(?<=.\\w)(\\-c|\\S[^\\w\\w_]+))|(?!a{2,}?\\s\\Z{0}+)??(?>(?(1)a|b){2}(?s:\\w\\Z(?! {2,}-{,2}|1*?.{0}?A))a++ {1,3}+)A' error: nothing to repeat at position 101
# 16 '(?P<n8>[b])' 'a\nA1ABB-\n' None
#   None None
#   []
#   'a\nA1ABB-\n' ['a\nA1ABB-\n']
# 17 '(?m)\\w{2}+.' 'cAAcBba_cb1c' ((0, 3), (), None)
#   (0, 3) None
#   ['cAA', 'cBb', 'a_c', 'b1c']
#   '<cAA><cBb><a_c><b1c>' ['', '', '', '', '']
# 18 '(?i:(?:A(?P<n95>b{2}?\\W{2,}+ {0}?A|\\-.{,2}+\\d\\S|-B)?)(?P<n32>\\D[bA-C]+[^a-c]{,2}?){,2}?)?+\\n{2}-' 'aAB-aAbcA_\nB' None
#   None None
#   []
#   'aAB-aAbcA_\nB' ['aAB-aAbcA_\nB']
# 19 '\\S(?<![ab].)' ' bB' ((1, 2), (), None)
#   None None
#   ['b']
#   ' <b>B' [' ', 'B']
# 20 '_[^b-]' '1' None
#   None None
#   []
#   '1' ['1']
# 21 '(?i:\\D){,2}+$' '_-b1_ bBb' ((7, 9), (), None)
#   None None
#   ['Bb', '']
#   '_-b1_ b<Bb><>' ['_-b1_ b', '', '']
# 22 '(?P<n41>(?!(?(1)_\\D1\\w)(?<=[ab]){2}|c\\b|(?i:\\-{0}|\\d{0}\\-\\d|b{,2}\\D)(?<=.)[\\dA-C]{,2})(?<!b.){0}+\\A){1,3}|([A-C-\\s]|_(?<!b[ab])[a-a-c]{0}+\\d??|(?<!a){2}+(?=\\W[A-C](?s:B{2}Bb|\\n\\W\\w)?[b1]|\\D{,2}?\\Z(?P<n68> b){,2}?))(?P<n52>\\w?\\d{2}|(?!a++(?<!\\w)[1\\da-c])|([\\n\\w-]1){0}(?:B(?! a{1,3}\\SA{,2})){0}?)\\d{2,}+|\\-{2} (?m:\\S)(?:(?s:\\SA{2}[^\\w]\\D{0}){2,}[A-C](?-i:\\S(?<=a)(?(3)a|b){2,}?b*?){0}+.{0}+|1{0}+|\\2+?(?:(?<!.[ab]) )a){0}+' 'Aa' None
#   None None
#   []
#   'Aa' ['Aa']
# 23 '\\d1{2}\\W\\n|a-{2}(?-i:[a-c]+?(?P<n55>\\D)\\s([^-_]{2}?[b\\wA-C]))((?>(?s:B{2,}+ bb+?|b){1,3}?\\-|(?: {2}?-{,2}?|\\n{2}|c1+?)(-{1,3}+c\\S\\W){0}+$|-{1,3}?b\\W))|AB*+(?<![ab])' 'cba' None
#   None None
#   []
#   'cba' ['cba']
# 24 '\\A|\\A|(?<!\\wa)[a-c1a](?P<n18>(?i:(?:b\\w*?\\S?\\D){2,}?))*+[^-]' ' Abc_\n11\n_' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '']
#   '<> A<bc>_\n<11>\n_' ['', None, ' A', None, '_\n', None, '\n_']
# 25 '(?>(?P<n72>\\d)(?(1)(?(1)b)|1\\W{0}+\\S|c$(?<=[ab][ab]){0})b\\n|(?(1)a|b)\\b\\2\\n|[\\n\\d](?!(?:\\w{1,3}?)*+)\\-(?s:(?-i:a\\-\\dB{1,3}+)?+(?m:\\w|.\\-?\\wb{1,3}|AA++\\W)A+^|\\d(?m:\\D??\\w??)b{1,3}[^a\\d1]){1,3}+)(?P<n82>\\B(?!\\n{2}?(?<!.)(?=\\s{0}\\S_{2}\\n{0})|\\n\\w(?-i:\\d{,2}?B|\\-1{1,3}\\d{,2})\\w)){,2}?' error: conditional backref with more than two branches at position 36
# 26 '(?a)\\D{1,3}\\S?(?<=[ab][ab])++_{0}+|1{0}(?m:B(?<=[ab])\\n)(?<=\\wb)(?:(?s:_{,2}\\A(?-i:\\d|ba){1,3}(?>\\w++))*\\D\\B(?-i:\\Z(?-i:-1{0}+-{0}){2}))' '' None
#   None None
#   []
#   '' ['']
# 27 '_|\\B((?:(?(1)\\-){2}?(?-i:B{1,3}?\\n_)1{2}(?(1)a|b){1,3}+){,2}c(?<=a\\w)\\D{2,}+){0}(?>(?i:\\w\\11{2}+\\Z)[^A-Ca-ca-c]??|(?i:$[1a-cA-C]\\s{,2}|(?=b{0}\\W)[\\d-a-c]A+(?P<n65>bb_){0}?))?(\\s\\3(?:(\\d {2}\\S{,2}?\\S){2}?a{,2}(?:B*)(?=\\W++-))*[\\dA-C]){2}?|b1{,2}\\S{1,3}' error: invalid group reference 11 at position 90
# 28 '(?=A[^-_-]B{0}((?:B+\\n{,2}a)(?!\\d{,2}?1*?)|[-]*))(?!_(?=\\-(11{0}\\s)){,2}+(?=\\s){,2})|-' 'B\n-' ((2, 3), (None, None), None)
#   None None
#   [('', '')]
#   'B\n<->' ['B\n', None, None, '']
# 29 'A(?s:$\\d(?i:[^\\w11](\\S{2,}a))?(?<!b\\w))+?(?=\\B){,2}?' ' 1Bb' None
#   None None
#   []
#   ' 1Bb' [' 1Bb']
# 30 '(c{,2}){1,3}+' '1 babB-1AB ' ((0, 0), ('',), 1)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '', '', '']
#   '<>1<> <>b<>a<>b<>B<>-<>1<>A<>B<> <>' ['', '', '1', '', ' ', '', 'b', '', 'a', '', 'b', '', 'B', '', '-', '', '1', '', 'A', '', 'B', '', ' ', '', '']
# 31 '(?<=b)*?\\D{,2}(?-i:\\s(?m:B?(?m:-\\W\\d_{1,3}){0}?(?!.-  )(?!c\\w{2}?\\nA{1,3}?|B\\Sbb{1,3}+|\\-{1,3}?)|(?<!a).(?>aa{2,}a++){,2}|[a][b_\\s]c(?=A|A{2}?1-){0}+){0}+\\S?-|B{0}\\D)(?![\\na-c_](?m:\\w(?=\\D?\\w+a+|\\s\\d1))([a-ca-cb]?+(B1*?B)|[\\d]{2}(?P<n22>a{2}?1--)??(_)+(?<=\\w){0}?)[1]{2})|(?P<n62>(?s:\\s(?i:\\nA{2,}a{2}|-{,2} A{,2}\\w{0}|b\\s)\\1(?s:b_?+)))+?\\n|[\\d]b' 'a bB 1b\n' ((0, 3), (None, None, None, None, None), None)
#   (0, 3) None
#   [('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', '')]
#   '<a b><B ><1b><\n>' ['', None, None, None, None, None, '', None, None, None, None, None, '', None, None, None, None, None, '', None, None, None, None, None, '']
# 32 '\\n{1,3}?\\S$-?' 'b _c1 -_' None
#   None None
#   []
#   'b _c1 -_' ['b _c1 -_']
# 33 '(?<!a){2}?[^A-C]\\d{1,3}?(?>[_A-CA-C]{1,3}?[a\\d1]{,2}+B{0}(?=(?!\\D\\D{0})[^a-c]+|\\S?+(?P<n7>b.-{,2}+|\\n-A{1,3}|.-\\D)[\\s]??|1{,2}(?(1)a|b))){2}?' ' ' None
#   None None
#   []
#   ' ' [' ']
# 34 '(?P<n18>[\\s1](?(1)B{2,}[A-C](\\-{2,}+\\W\\W)\\D|B)(?s:(aA{2,} {0}+B)))B(\\Z[_]{2,}?\\1(?<=b.)+|([-1]B*)(?<!a\\w)??){1,3}a?' '' None
#   None None
#   []
#   '' ['']
# 35 '-(?<=.a)' '_c_A1 1_--bA' None
#   None None
#   []
#   '_c_A1 1_--bA' ['_c_A1 1_--bA']
# 36 '-\\d{1,3}?' ' A' None
#   None None
#   []
#   ' A' [' A']
# 37 '(?!\\A\\B)A{,2}+' '-_c' ((1, 1), (), None)
#   None None
#   ['', '', '']
#   '-<>_<>c<>' ['-', '_', 'c', '']
# 38 '(?i:A{2}?[a]?+[\\d-].)(?P<n53>\\b\\w)(?i:(?<!b))' 'a\n\nBa \n ' None
#   None None
#   []
#   'a\n\nBa \n ' ['a\n\nBa \n ']
# 39 'A{2,}[ba-c\\w]{,2}?(?> {2,}BA{2}+\\S)' ' A_ bA1c__' None
#   None None
#   []
#   ' A_ bA1c__' [' A_ bA1c__']
# 40 '\\n[^a1\\w]\\d{,2}+^' 'bAB_A-c1__ac' None
#   None None
#   []
#   'bAB_A-c1__ac' ['bAB_A-c1__ac']
# 41 '\\-{2,}?\\Z\\n{2}+' 'Bb ' None
#   None None
#   []
#   'Bb ' ['Bb ']
# 42 '\\D++_\\A' '' None
#   None None
#   []
#   '' ['']
# 43 '(?P<n11>\\D(?<=[ab])|\\nc{,2}\\-?|.++_{0}\\n* )(?-i:\\S(?m:[ba-c\\d]\\W\\W\\1){,2}){2}' '' None
#   None None
#   []
#   '' ['']
# 44 '(?-i:[-](?!_)(?-i:^(?P<n80>\\w?\\S?+c??)[a-c]{1,3}(?!\\D{2}+\\S*|\\s\\s{2,}+|b)))(?i:(?(1)\\A\\s{2} )\\n{2,}?[a]|.{1,3}+[\\w\\da-c]|_+B{0}+a){,2}\\w' '1Abc b \n-A' None
#   None None
#   []
#   '1Abc b \n-A' ['1Abc b \n-A']
# 45 '$(?i:_{,2}[\\s11]_c)B-{2}?' 'A\nAaA- __' None
#   None None
#   []
#   'A\nAaA- __' ['A\nAaA- __']
# 46 '(?:(\\d{2}c{1,3}?\\Z{0}[a])\\Z\\1)' error: nothing to repeat at position 18
# 47 '\\s\\S(?:(?i:\\sc?+[^a]\\b)\\-{2,}+\\d\\b|\\d{2}(?<!\\w)[b]{2}\\b)(?-i:(?-i:(\\d{2}|b)+?B+?[^_][a\\w]|\\w(?i:.\\s){,2}?)++b*?b.{2})|-?+1+(?-i:c{2,}?(?<=..){,2}){2}_{2,}+|(?<![ab])?\\d{0}+' 'Bc\n-1b_bB' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '']
#   '<>B<>c<>\n<>-<>1<>b<>_<>b<>B<>' ['', None, 'B', None, 'c', None, '\n', None, '-', None, '1', None, 'b', None, '_', None, 'b', None, 'B', None, '']
# 48 '(?<!\\w)(?:((?-i:a\\da {0}|\\D\\-{1,3}c+?)\\b\\S){0})c{1,3}' 'c1-_Bb-B AA' ((0, 1), (None,), None)
#   (0, 1) None
#   ['']
#   '<c>1-_Bb-B AA' ['', None, '1-_Bb-B AA']
# 49 '[^\\n]' ' bcA' ((0, 1), (), None)
#   (0, 1) None
#   [' ', 'b', 'c', 'A']
#   '< ><b><c><A>' ['', '', '', '', '']
# 50 '[^\\sa_]\\B(?:(?-i:\\W|(?s:\\w\\W)(?i:\\D)|A^){2,}\\Z(?<=..)*?(?m:\\W(?s:A{2,}|c){0}[^__\\s](?:\\W\\sb1{2,}?)+))(\\Sc{2,}+\\W{2,})|.|([\\sa_]\\S(?!(?i:\\-{2}1-\\D??|\\S\\-|B )[aA-C1]){0}?|\\d{,2}(?P<n54>(?P<n45>\\d*+a?+\\d|\\W+?1|B1)+|_(?s:.__\\W)+|(?s:_|B{0}|1?+ ){2}?\\1{2,}+)\\W|(?:\\w.\\Z)\\w){1,3}?_' '\nAb_B AcB-B\n' ((1, 2), (None, None, None, None), None)
#   None None
#   [('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', ''), ('', '', '', '')]
#   '\n<A><b><_><B>< ><A><c><B><-><B>\n' ['\n', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '', None, None, None, None, '\n']
# 51 '(?!((?(1)\\w{2}+){,2}+^\\w(?:_?){1,3})(B{2}\\D)*\\S(\\S\\Z\\n{0}){2}+)|(?:(?s:(?(1)A{2,}\\-){2}(?-i:\\W* c)b|(?m: {,2}+\\S{1,3}?))\\D(?!b_\\B))(?(1)\\w)B{2,}?\\w*|\\d{2,}?[A-C]?' 'A1b' ((0, 0), (None, None, None), None)
#   (0, 0) None
#   [('', '', ''), ('', '', ''), ('', '', ''), ('', '', '')]
#   '<>A<>1<>b<>' ['', None, None, None, 'A', None, None, None, '1', None, None, None, 'b', None, None, None, '']
# 52 '\\b(?:(?>\\Z)b|.??[^b-b]++[\\w1]?+|(?i:(?<=bb)$a{0}\\-)([\\d\\w]?(?s:-a|1*+){2,}){2,}(?<=a.)*?(?(1)A{0}?))' 'B1B' ((0, 3), (None,), None)
#   (0, 3) (0, 3)
#   ['']
#   '<B1B>' ['', None, '']
# 53 '[_\\s_](B\\d(?m:-(?<=\\wa)*?|(?P<n19>  {2} .|_*|c)(?>\\d\\w\\d{,2})\\s{,2}(?>\\-B{1,3}+\\n){,2}?|[a-]{1,3}(?(1)-A{0}?\\d1)[b]\\2{0})(?(1)-)|(?(2)a|b)|(?(2)a|b))|\\s{0}+_' 'b\n1\n\n' None
#   None None
#   []
#   'b\n1\n\n' ['b\n1\n\n']
# 54 '\\d{2}[-\\s\\s]+' '_b BAaBbB-c ' None
#   None None
#   []
#   '_b BAaBbB-c ' ['_b BAaBbB-c ']
# 55 '(?<=bb)' 'A_-b-  \n -_ ' None
#   None None
#   []
#   'A_-b-  \n -_ ' ['A_-b-  \n -_ ']
# 56 '(?:(?!b|c{2}+(?i:\\n\\d*?\\n?\\W)+)|[_a-c\\n]|-*\\B)(?:(?i:(?=.?aA){2,}\\s(.\\w\\n))){2,}^' 'a' None
#   None None
#   []
#   'a' ['a']
# 57 '\\-(?-i:[\\na-ca-c]|-(?s:(?:\\db*?){0}+A\\S){1,3}|(?<=..)c(?!(?i:\\n{,2}?A++|\\d|A\\W++A)))|[a][-a-c\\w]' 'Aac_ BAcA ' ((1, 3), (), None)
#   None None
#   ['ac']
#   'A<ac>_ BAcA ' ['A', '_ BAcA ']
# 58 '(?s)\\W(?i:(?<!bb)(?:\\W{2,}(?=b{1,3}\\D{0}+c|_)*-(?i:A\\W{0}|\\W\\dB++.?|\\SBbB{0}+))|(?<!.)*\\wa(?P<n54>(?i:A){0}+\\D|\\W){0}|(?s:-A+A(?m:.)|A[__]a(?!.a\\S\\s|\\D{2,}\\S+)??|[^1\\nb](1|._+_){0})(?!a? *+)??(?(1)\\2*+(\\w-{2,}+ |-\\d?|A_c)(?P<n48>\\W))*a*)|(?:(.{1,3}?.[\\s]{2,}+)|\\W(?<=[ab]\\w)\\D|\\W\\3(?s:_{2}){,2}+){0}\\W(?=B)\\d' '\n-c' ((0, 2), (None, None, None, None, None), None)
#   (0, 2) None
#   [('', '', '', '', '')]
#   '<\n->c' ['', None, None, None, None, None, 'c']
# 59 '[^\\n_]\\W(?>.)(?<!\\w[ab])' 'b' None
#   None None
#   []
#   'b' ['b']
# 60 '\\S+|\\b\\sa' 'c-_c-A _A\n\n' ((0, 6), (), None)
#   (0, 6) None
#   ['c-_c-A', '_A']
#   '<c-_c-A> <_A>\n\n' ['', ' ', '\n\n']
# 61 '[A-C\\d](?s:\\d(?P<n53>(?i:\\S_{1,3}+\\S{2}+|_\\s1\\d{,2}+|A){,2}|[^\\wa]\\d{0}+(\\W)))(?(1)\\D{2}(?s:\\W|(?s: _\\D)\\A\\S?+|(?P<n50>\\-B|c+?|\\w*)?+-[-]{2,}+))' '' None
#   None None
#   []
#   '' ['']
# 62 '(?>(?<=b)(?:(?P<n94> )?b-{,2}?\\n??|(?s:1)(?(1)\\D*?b{2,}?\\w)(?(1)a){0}?){2})??(?>\\W[^\\n][\\sA-Cb](?i: \\n{,2}?[a-cb\\s]{1,3}|(?i:\\d\\n++\\W{2})[A-C1]B|[A-C\\da-c](?i:\\S{,2})[_]{2,}\\s{,2}+))' 'b ' None
#   None None
#   []
#   'b ' ['b ']
# 63 '\\d{,2}${1,3}|(?P<n10>(?=[^\\s])(?P<n73>(?m:\\-)(?<=a).[\\d_]|\\Z)\\d[\\n]){2}' error: nothing to repeat at position 7
# 64 '[ba-c]??((?=\\b\\-{,2}|-(?!\\W{1,3}+|.Bb_|.\\w{0}+){0}?|[_-a-c])?\\1{,2} )' error: cannot refer to an open group at position 61
# 65 '[\\db]{,2}+\\n(?i:\\Z|\\w{,2}(?>1(?:B|aBB.++))*\\A|a+?(?!(A*?1)\\s(?<![ab]a)?+|[\\w-\\w]{0}+\\d[^b]{0})??){2}+' error: bad character range \w-\w at position 74
# 66 '\\A|\\A(?<!\\w){1,3}?\\A' '_\n' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>_\n' ['', '_\n']
# 67 '\\b[\\wb]{2}' '_\n\n\n\n' None
#   None None
#   []
#   '_\n\n\n\n' ['_\n\n\n\n']
# 68 '(?P<n97>\\b\\W)*?(?P<n16>^\\W|$|(?P<n35>(?<=.[ab])(\\w)\\n*\\w{2}+)\\S(?!\\w)A){2}' 'c1B1A aa' ((8, 8), (None, '', None, None), 2)
#   None None
#   [('', '', '', '')]
#   'c1B1A aa<>' ['c1B1A aa', None, '', None, None, '']
# 69 '.(?!\\d{,2}+){1,3}?' 'a-AAa\n\n' None
#   None None
#   []
#   'a-AAa\n\n' ['a-AAa\n\n']
# 70 'ca\\B1?' '-B\n' None
#   None None
#   []
#   '-B\n' ['-B\n']
# 71 'B(?i:B+\\B[a\\s]\\-|a b[A-C_])*?(?:\\B(?=(?m:-A1{2,}+1??)){2,}\\W{1,3}\\W|(?s:[^A-CA-C_]{2,}\\w|[^\\d_]B|\\D){0}(?>[_b]{2,}?(?s:b|_+?c*b*\\-))bb{,2})$' 'Bba-\n\n \n -' None
#   None None
#   []
#   'Bba-\n\n \n -' ['Bba-\n\n \n -']
# 72 '1' 'BA b1acacc1c' ((4, 5), (), None)
#   None None
#   ['1', '1']
#   'BA b<1>acacc<1>c' ['BA b', 'acacc', 'c']
# 73 '\\A\\n|b{2}' 'c1a abcbaa_' None
#   None None
#   []
#   'c1a abcbaa_' ['c1a abcbaa_']
# 74 '(?<=.){2}\\-\\D(?:_|a{,2})?' '_c ' None
#   None None
#   []
#   '_c ' ['_c ']
# 75 '(?s)-((?>\\W(?>1{1,3}\\S-{,2}A)|(?P<n23>\\d){1,3}+|(?s:\\W{2,}A\\s{0}+)\\dB\\S){2}(?(2).*?(\\W)(?(1)a|b)$)){0}?([^1\\wa]{2}+-(?<=[ab]a){1,3}+c)(?s:(?:^(?i:b) *+-)(?i:c)|\\D|(?m:(?! ++1\\d)){0}?(?P<n56>.{1,3}+-{,2}+(?>\\wA| *\\-{2,}?\\-){1,3}+){2,}\\b{1,3})|b{2}?(?m:(?-i:(?<=a[ab])1|(?!c{2,}\\-{,2}.B)(?(2)\\W\\W{0}+c))|(?=b{2,}?(?!_{2}+){,2}?(?=c)+){2,}?(?(2)a|b)\\B_?+|(?!(?!c??\\n \\w{1,3}|\\-\\n1{2})(_?+c|\\Db)?(?m:\\W|c|\\D-)-{2,}?)+(?>\\D){2})' error: nothing to repeat at position 235
# 76 '(?<=a[ab])\\B(A\\w(?(1)(b)\\D*+(?m:_{2}+_1)++\\B|\\w\\W{2,}(?<=.)*[^\\s_\\w]|[\\n\\s]?.++b(?(1)A\\s{1,3}|\\n*b{,2}|\\W)){1,3}+|1{1,3} (?-i: [bbA-C]{0}\\n\\d|[_a-c\\d][a-c]+|\\2(?!.)))?+|(?-i:\\b1{1,3}\\B{0}|\\d(?=(?<!b[ab])\\w*+(?!\\d)*)|\\2{2,}1{0})' error: conditional backref with more than two branches at position 68
# 77 '(?s)c-(?i:[\\n]c++|_{2,}+)*+' '__BAa_1ABa1' None
#   None None
#   []
#   '__BAa_1ABa1' ['__BAa_1ABa1']
# 78 '(?a)\\-{1,3}+|(?<!a[ab])*(?s:(?s:.+(?=1{1,3}+)\\s(?!A\\W\\-{1,3}?)?+)-1)(?i:(?:[_]1{,2}+))|a{2}$' 'bBb' None
#   None None
#   []
#   'bBb' ['bBb']
# 79 '(?x)((?-i:(?:-\\w{0}?\\W{1,3}\\d){2,}+)[^a-c]A{2,}+\\B){,2}+|\\w[-\\w\\d](?!(?s:b(?>c1b*?)\\n)(?P<n53>_{2}(?(1)\\S{0}\\W.\\W)*?BA)(?:(?<=[ab])+[\\n_]|\\S1-{,2}){2}?.?)|(?m:(?s:\\-))*+[^\\n]^' 'bBcca' ((0, 0), (None, None), None)
#   (0, 0) None
#   [('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', '')]
#   '<><bB><><cc><>a<>' ['', None, None, '', None, None, '', None, None, '', None, None, '', None, None, 'a', None, None, '']
# 80 '\\D' 'A\nA-1' ((0, 1), (), None)
#   (0, 1) None
#   ['A', '\n', 'A', '-']
#   '<A><\n><A><->1' ['', '', '', '', '1']
# 81 '\\-Ab' ' cAbAB1c1c ' None
#   None None
#   []
#   ' cAbAB1c1c ' [' cAbAB1c1c ']
# 82 '\\n{0}' 'cbBac' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '', '', '', '']
#   '<>c<>b<>B<>a<>c<>' ['', 'c', 'b', 'B', 'a', 'c', '']
# 83 '(?-i:_{1,3}(?<=.))[\\sA-C\\s]_' '_baA' None
#   None None
#   []
#   '_baA' ['_baA']
# 84 '[a-ca-c_]\\n+' '_1-c_b-1AB\n' ((9, 11), (), None)
#   None None
#   ['B\n']
#   '_1-c_b-1A<B\n>' ['_1-c_b-1A', '']
# 85 'B{2}(?:($\\b|_){1,3}?)??.*?[^-aa]{0}?' '\na 1c1\naacB1' None
#   None None
#   []
#   '\na 1c1\naacB1' ['\na 1c1\naacB1']
# 86 '(?P<n31>[a])' '_' None
#   None None
#   []
#   '_' ['_']
# 87 '[\\s-A-C]{,2}(?P<n75>[^A-C](?i:(?>A\\s)|^|B*c+a\\b+?)(?<=.b))(?! (?P<n4>\\1*?B{,2}?[A-CA-C]{2,})$)|(?<=.)' error: bad character range \s-A at position 1
# 88 '\\n|\\D\\-{2}+\\-{1,3}?|a(?=\\Bb??){2,}(?>\\s*|([a]{1,3}?\\A(?i:_*_{2,}){2}?(?(1)\\-??B++\\w+){,2}+)[a\\s]+?|(?!(?m:_?+\\n{1,3}+\\w-|\\s|.{0})(?m:\\s{2}11c|\\S*?c\\w+?b|\\n_)|\\A\\w{2,}+(?i:.c)(?i:\\W{0}?|\\-{2}\\-+cb)?+)_)(?<!b)' 'bA' None
#   None None
#   []
#   'bA' ['bA']
# 89 '\\d(?>([^a]*+){0}\\-)|(?:\\A|\\n\\Wb*(?-i:c(?(1)\\sA?a{2,}+|\\D{1,3}a {2}|A)))|([^a-c1](?<=\\w)-{0}\\2)[\\w]*?' error: conditional backref with more than two branches at position 66
# 90 '[\\d\\s]([^\\s\\s\\n]+?a{0}B|c{0}+|[^a]?_[^A-C__])\\w(?>\\n+?1{2,}(?P<n28>.{2}[a-c]*?|\\D)++|\\d{,2}?[\\d1A-C]?[a-c]{2,}+(?<!a\\w))' '-c\n Ac_' None
#   None None
#   []
#   '-c\n Ac_' ['-c\n Ac_']
# 91 '\\w{0}?_' '' None
#   None None
#   []
#   '' ['']
# 92 '[1]\\S' '_aa\n-1' None
#   None None
#   []
#   '_aa\n-1' ['_aa\n-1']
# 93 ' *+(?<!a\\w)(?!(?:\\D){,2}?c[_1A-C][a-c-_])' '' ((0, 0), (), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '']
# 94 '\\s??B' 'a __1\n__' None
#   None None
#   []
#   'a __1\n__' ['a __1\n__']
# 95 '[1]? [b\\n][-]{0}|[^\\dA-CA-C]-{0}+' 'bb1\nc' ((0, 1), (), None)
#   (0, 1) None
#   ['b', 'b', '\n', 'c']
#   '<b><b>1<\n><c>' ['', '', '1', '', '']
# 96 '.(?![\\s\\w\\s]){1,3}b(?:(?!a\\w{2})_{,2}1*+b{2})' '-Ab_a1 AA1' None
#   None None
#   []
#   '-Ab_a1 AA1' ['-Ab_a1 AA1']
# 97 '(?:-{2,}+)\\w{2,}?' ' 1--' None
#   None None
#   []
#   ' 1--' [' 1--']
# 98 '(?:\\W(?<![ab].))[\\d\\d]_{2,}?' ' 1bbb' None
#   None None
#   []
#   ' 1bbb' [' 1bbb']
# 99 'c[^\\w\\w]++(?m:(?=b\\n+(?i:1{0})(?-i:c\\d*?\\S1)|(?i:b?+|\\S{0}\\-{1,3}?a{,2}?-*?)1{2,}\\B(?-i:\\D?1A{2}a)+?)\\D(?m:(?<!b[ab]){1,3}(a1{,2}\\dA{,2}+)+\\w{2}?\\S)(?(1)a|b)){2,}?|[^A-C_]|(?<!a.){0}+(?P<n19>(?P<n14>(?-i:-\\S{1,3}b\\n*) ){0}){0}( *+|(?:(?i:-{1,3}?)(?P<n88>c){0}?)(?m:\\w\\dA\\d)){1,3}+\\d' 'cc' ((0, 1), (None, None, None, None, None), None)
#   (0, 1) None
#   [('', '', '', '', ''), ('', '', '', '', '')]
#   '<c><c>' ['', None, None, None, None, None, '', None, None, None, None, None, '']
# 100 'c(?<=[ab]b)' '_Ac bb   ' None
#   None None
#   []
#   '_Ac bb   ' ['_Ac bb   ']
# 101 '(?:_\\-{,2}?(?s:(\\-\\W*?|\\S\\s*+\\d)*?$(?>\\w{2,}?)|(?P<n57>\\D\\d{1,3}+\\S)-?(?<!.b)+)(?m:(?:.{0}1)(?!\\w\\s{,2}?)\\w{1,3}+(?m:\\D*? {2,}|1 B\\d|\\W\\Daa*+)++)?)(?:\\n(. )((..c.|b|\\-*\\S\\d?\\s)(?P<n14>\\d{2}?\\D){1,3}(?-i:.?1A\\n*))b)\\Z((?>(\\W??\\s))?+(?(8)(?>\\S))(?m:(\\n){0}?-{0}?)+?\\w|c)' 'A' None
#   None None
#   []
#   'A' ['A']
# 102 ' {2,}' '\nbAc' None
#   None None
#   []
#   '\nbAc' ['\nbAc']
# 103 '\\s?(1{1,3}?(?-i:\\d|ac{0}+){2}?\\b)[^1](?(1)a|b){2,}?' '-ab- 11a' None
#   None None
#   []
#   '-ab- 11a' ['-ab- 11a']
# 104 '\\S(B{2}?\\W)(?(1)[a-c1\\d]{,2}?\\n{2}\\s{1,3})|(?<![ab].)c{,2}?(?!(?>(?P<n98>1{,2}.c){,2}+(?(2)\\S)_|_?|B{1,3}\\--{2}+)(?!(\\W+?\\nA)){0}\\D(?>(?-i:a{2}B)B{0}+)){2,}\\Z' '-\ncA-\n' ((6, 6), (None, None, None), None)
#   None None
#   [('', '', '')]
#   '-\ncA-\n<>' ['-\ncA-\n', None, None, None, '']
# 105 '^(?i:\\-(?m:.\\-?(?P<n92>\\s\\-))\\w|[^b\\w]+(?>(?P<n24>\\S\\w)[-\\w]\\-(?=1{,2}B_|.{2,}\\w?A\\W{2,}?|1 {0})??)|(?(2) \\B-{1,3}?){,2}?[^\\da_]??(?!( \\n{1,3}\\W\\W|\\n \\D){1,3}1[^\\d\\d](?!\\S *-??|\\D_{0})){0}?)(?:\\-a[^\\n\\w]+?$)' 'bA_1ba-a ' None
#   None None
#   []
#   'bA_1ba-a ' ['bA_1ba-a ']
# 106 '(?m)\\B(?-i:[b]?|-(?<=.[ab]){0}?)(?P<n32>\\w\\b_)(?P<n19>(?s:$(?-i:.|\\nc\\S\\D|\\W?B*1*)(?(1)a|b){,2}|\\B(?<=ba)(?<!.)c?)+?1(?=(?s:\\wB\\-_{1,3}|\\S\\W*+)$|(?>\\w)*+(?P<n13>a|a+\\wa)|(?s: b{1,3}?){2}[^\\sa]{2,}?.)\\s{2}|(?(1)a|b))??' '\n' None
#   None None
#   []
#   '\n' ['\n']
# 107 'a\\W{0}A?' 'bc\na1-b_-ca' ((3, 4), (), None)
#   None None
#   ['a', 'a']
#   'bc\n<a>1-b_-c<a>' ['bc\n', '1-b_-c', '']
# 108 '[A-C\\s\\n]{1,3}\\d\\D' '\nb-\nB_B__' None
#   None None
#   []
#   '\nb-\nB_B__' ['\nb-\nB_B__']
# 109 '\\w\\d++|[_\\d\\n]|[\\sa_]{1,3}\\s' '_ B\na' ((0, 1), (), None)
#   (0, 1) None
#   ['_', '\n']
#   '<_> B<\n>a' ['', ' B', 'a']
# 110 'c\\D\\n' '-' None
#   None None
#   []
#   '-' ['-']
# 111 '((?i:B?_|(?<!\\w)*(?>\\D){2,}?(?-i:-){,2}(?P<n20>\\W??b*)){2,}(?-i:B)^)[-1b]' 'AaA-  _aba' None
#   None None
#   []
#   'AaA-  _aba' ['AaA-  _aba']
# 112 '(?i)(?P<n46>\\Z)?(-*+a(?<!bb)*+|\\B|\\w\\S){2,}?(?(1)(?!.(?>\\-{0}\\-){2}?-?(\\s\\W\\w{0}|\\-{,2}|b ))){1,3}(?i:\\A\\s\\w\\Z)' '' None
#   None None
#   []
#   '' ['']
# 113 '(?<!\\w){2}?\\B' ' _' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<> _' ['', ' _']
# 114 'b?(?<!.)[\\s\\n]{1,3}a{0}+' '_ca\n-\n b' ((6, 7), (), None)
#   None None
#   [' ']
#   '_ca\n-\n< >b' ['_ca\n-\n', 'b']
# 115 'A\\-' '' None
#   None None
#   []
#   '' ['']
# 116 '(?s)\\d?+(?-i:(?i:[--A-C](?i:1)\\n{2,}+))\\w' 'a-A ' None
#   None None
#   []
#   'a-A ' ['a-A ']
# 117 'B(?m:B{1,3}?((?i:\\SA{0}\\S{2})\\D{1,3}+)[a-][^\\w\\wA-C]*){,2}?' '_A ' None
#   None None
#   []
#   '_A ' ['_A ']
# 118 '\\B.' '\n-a' ((1, 2), (), None)
#   None None
#   ['-']
#   '\n<->a' ['\n', 'a']
# 119 'a{0}?\\d\\A' 'b11_A- A' None
#   None None
#   []
#   'b11_A- A' ['b11_A- A']
# 120 '_(?P<n81>\\S\\B|a{,2}|(?:-\\B(?:B{1,3}\\WA)+c){,2})' 'A_\n' ((1, 2), ('',), 1)
#   None None
#   ['']
#   'A<_>\n' ['A', '', '\n']
# 121 'B{2,}+(?<!a)B' '\n_AB   c\n1' None
#   None None
#   []
#   '\n_AB   c\n1' ['\n_AB   c\n1']
# 122 '(?s:(?i:(?>\\n?\\S{1,3}|\\n+?\\S{2,}){,2}+(?!1)?)[\\n]{2,})|(?P<n48>[\\s\\s]+?){0}' ' -b  A' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '']
#   '<> <>-<>b<> <> <>A<>' ['', None, ' ', None, '-', None, 'b', None, ' ', None, ' ', None, 'A', None, '']
# 123 '(?m)((?:(?i:\\d*+\\w+-A?){0}(?P<n96>.\\d.{2,}?\\-|-.\\-?\\-)|(?!a)\\d(?=B*|\\S1?+a\\s++|\\S_?+\\s\\s)b)\\Z)|a[^\\w\\wA-C]*[a-c-\\s]' ' _ _ ' None
#   None None
#   []
#   ' _ _ ' [' _ _ ']
# 124 '(?<=\\w\\w)\\w{1,3}\\S' '_b_aaA_' ((2, 6), (), None)
#   None None
#   ['_aaA']
#   '_b<_aaA>_' ['_b', '_']
# 125 '((?(1)(?s:_ *+_)?+^\\n)|(?>B|A[^-1])(?(1)a|b)(?>[\\n](-a\\S++|\\n1{1,3}a++|\\W)B++|(?>a?|B\\D\\W|A{,2})(?P<n45>\\W\\D{1,3}+)+)1|(?:A*?[^\\wa\\w]+b(?s:\\S\\nb*?A?+)*?|.|\\D?+)*?.*(?!(?P<n80>\\D{2}|.+\\db.)\\3(_\\-\\D).)(?:\\d(?=\\db\\s)|\\2\\d{2,}+\\-{2}?))' '-b1cA\n_' ((0, 0), ('', None, None, None, None), 1)
#   (0, 0) None
#   [('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', ''), ('', '', '', '', '')]
#   '<>-<>b<>1<>c<>A<>\n<>_<>' ['', '', None, None, None, None, '-', '', None, None, None, None, 'b', '', None, None, None, None, '1', '', None, None, None, None, 'c', '', None, None, None, None, 'A', '', None, None, None, None, '\n', '', None, None, None, None, '_', '', None, None, None, None, '']
# 126 '-(?m:-{2}[\\s][b_a]|(?>[\\sA-C](?!1c{1,3})\\-[\\sb])++ )' '\nb\naA' None
#   None None
#   []
#   '\nb\naA' ['\nb\naA']
# 127 '_++' '1\n_A_a1\n' ((2, 3), (), None)
#   None None
#   ['_', '_']
#   '1\n<_>A<_>a1\n' ['1\n', 'A', 'a1\n']
# 128 '$(?<!\\wa){,2}?(?=(?:\\ZB{2,}$(?-i:1?|B1?b\\s)){1,3}+B[-\\n\\s])(?-i:(?=(?i:.*\\W\\d)))|(?>_*\\w)B((?![^1A-C]*)*[a-c]{0}\\S)*?-{1,3}?|\\d{,2}+\\w' ' A bA' ((1, 2), (None,), None)
#   None None
#   ['', '', '']
#   ' <A> <b><A>' [' ', None, ' ', None, '', None, '']
# 129 '_b' '_cc-A__' None
#   None None
#   []
#   '_cc-A__' ['_cc-A__']
# 130 '((?P<n88>(?:b\\D?\\S\\w{2,})+|\\Z(?!.*\\D_a){0}+(?P<n39>Bc?+_?+\\n{0}?)){2}+\\w*_)(?s:1++\\A\\s{2,}+\\W)(?s:\\B){2,}+\\D++|(?=[A-C](\\S(-|.{2}?|\\S{,2}?){2,}?(?: \\dB)|b|B+\\SA){1,3}[\\s](?s:(?<=.)[a-c_](?<!b.)*(?i:\\DA)|\\w(?>\\S\\S\\W\\S|\\wc)\\n??|(?<!.b)*+\\-A{,2}?){0}|\\-(?(4)a|b){,2}|(?<=.[ab])(?i:\\s*){2}+){2,}(?=\\D{,2}a{,2}?(\\-)*+)(?(2)(?:(?-i:A\\w{1,3}cb)\\s)*A{0}?\\-)(?(1)a|b)' 'a\n-\n\n ' None
#   None None
#   []
#   'a\n-\n\n ' ['a\n-\n\n ']
# 131 '([^\\s\\n-](?(1)a|b)\\D+)?+_((?<=a)){0}?[b\\na]' 'bBca cc_ B ' None
#   None None
#   []
#   'bBca cc_ B ' ['bBca cc_ B ']
# 132 '(?a)(?<!.\\w)(?-i:(?s:(?!\\-{2,}+\\sB{1,3}a{2,}?)+|(?=c)(?s:\\w+?))(?=\\S\\S{0}?)b|(?:(?!\\wa{0}?-){,2}?)([A-C\\n\\n]$a\\n)(?:(?>1A{2}\\D{,2}))+\\-{2,}|(?>(?i: 1\\-|\\D?+a\\W){1,3}?|B{0}1|(?!\\sc\\-)?\\-a{2,}?.{,2}+)[\\s]{2}(?-i:B*(?s:A{2}?\\n a{0}+)??\\s{2}?(?<!b.)))\\Aa{0}' '_b' None
#   None None
#   []
#   '_b' ['_b']
# 133 '(?<!a)(?<!b)\\B' 'ba' None
#   None None
#   []
#   'ba' ['ba']
# 134 '(\\n+[\\w]?)(?(1) {2,})\\b[\\w\\d]{,2}+|B\\s{2}+|(\\D {0}(?:(?<=\\w){1,3}+)*+(?=\\b))?(bB[^A-Ca-c])\\3\\b' '1c_Ac-_Bbb\nc' None
#   None None
#   []
#   '1c_Ac-_Bbb\nc' ['1c_Ac-_Bbb\nc']
# 135 '\\n\\s|.{2}c?' 'cab1\n ab' ((0, 2), (), None)
#   (0, 2) None
#   ['ca', 'b1', '\n ', 'ab']
#   '<ca><b1><\n ><ab>' ['', '', '', '', '']
# 136 '[ba-c_]+?\\wA*c*+' 'b1\nAbb' ((0, 2), (), None)
#   (0, 2) None
#   ['b1', 'bb']
#   '<b1>\nA<bb>' ['', '\nA', '']
# 137 '(?>(?<=[ab]\\w){1,3})??(?<=.)(?:\\Z\\W{,2}?([^\\s]{2}?\\w*+[-]) +?|(b+?)+$|(\\w{2}+_{2}){1,3})' 'b\nc-bBbbc' None
#   None None
#   []
#   'b\nc-bBbbc' ['b\nc-bBbbc']
# 138 '(?<=[ab]\\w){,2}+| ' 'b_' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '']
#   '<>b<>_<>' ['', 'b', '_', '']
# 139 '\\n{2}+|[-]\\n(?m:\\A{,2})\\Z|(?s:(?<=.)|\\w{1,3}\\S\\n{0}?|(?>[b]){1,3}?(?!(?<=\\w\\w)?\\w\\w{2})[a-c]{0}?\\A)((A*\\W{0}a{0}?[\\wA-Ca-c]{2}+|(?-i:\\S){0}|(?!\\D){2,}\\A))+?a' error: nothing to repeat at position 18
# 140 '(?!((?<=.){2}?(?!__b*+)c{2}|\\b)[\\n_]{1,3}\\d)\\D{,2}?' '_' ((0, 0), (None,), None)
#   (0, 0) (0, 1)
#   ['', '', '']
#   '<><_><>' ['', None, '', None, '', None, '']
# 141 '\\w{2,}?\\B' 'A-\n-A' None
#   None None
#   []
#   'A-\n-A' ['A-\n-A']
# 142 '[a-cA-C][a\\nb][a_]{0}' 'c cb_Acc ' ((2, 4), (), None)
#   None None
#   ['cb']
#   'c <cb>_Acc ' ['c ', '_Acc ']
# 143 '[_]{0}+\\W{1,3}' '-AAcBaca\n' ((0, 1), (), None)
#   (0, 1) None
#   ['-', '\n']
#   '<->AAcBaca<\n>' ['', 'AAcBaca', '']
# 144 '-$cc' '' None
#   None None
#   []
#   '' ['']
# 145 '[\\w]{2}$' '' None
#   None None
#   []
#   '' ['']
# 146 'a\\w-' '_ c' None
#   None None
#   []
#   '_ c' ['_ c']
# 147 '_' 'Bca' None
#   None None
#   []
#   'Bca' ['Bca']
# 148 '\\w{,2}\\D|[\\s]{2,}+\\n' ' cc' ((0, 1), (), None)
#   (0, 1) None
#   [' ', 'cc']
#   '< ><cc>' ['', '', '']
# 149 '(?i:(?P<n9>\\S{,2}?B){0}(?: *? )(?m:\\1(?=\\-{2,}\\W \\W)(.?A{1,3}?\\w)?_)(?(2)a|b)|1|\\1??(?-i:(?<!\\w\\w)|\\D\\S\\-) *)\\Z[\\d][\\w\\n\\w]{0}+' '' None
#   None None
#   []
#   '' ['']
# 150 '_\\-*?_(?<=ba)' 'babb-a1-B' None
#   None None
#   []
#   'babb-a1-B' ['babb-a1-B']
# 151 '(?=([^-]| {1,3}))(?(1)a|b)(?![A-Ca\\n]?+(?P<n28> (?i:\\s.1{2}?\\W))(?:[__\\s](?! *\\-?+b{0}|B{0}\\S.b|\\s*+\\D\\n*+)(?-i:_B|c\\n\\S\\-)[^\\w1_]))' '\nBABaab-B' ((2, 3), ('A', None), 1)
#   None None
#   [('A', ''), ('a', ''), ('a', '')]
#   '\nB<A>B<a><a>b-B' ['\nB', 'A', None, 'B', 'a', None, '', 'a', None, 'b-B']
# 152 '-?(?:(\\1(?i:\\D)){,2}?_{2}\\B(?:\\s+?(?:\\sB\\-|\\D{0}?| )))++' error: cannot refer to an open group at position 6
# 153 '(?= ) {0}' 'B' None
#   None None
#   []
#   'B' ['B']
# 154 ' ' 'B_b-B-  ' ((6, 7), (), None)
#   None None
#   [' ', ' ']
#   'B_b-B-< >< >' ['B_b-B-', '', '']
# 155 '(?m:_.|(?s:\\Ab\\-){0}?^(?m:\\Wb|b{2,}+(\\w| ??){0}?))(?s:[^\\n\\s\\n](\\d\\A\\A\\w?|(?P<n48> \\-|\\D++))+\\Z(?(2)[\\d-_]|_{0}A*?|(b{2}a{1,3}+c?b)+$){2,})?(?m:(?P<n86>(?i:A{0})\\3\\W?(?-i:.\\s?+_{2,}?A|\\n|\\D1*+\\W{1,3}+){,2})(\\w+(B- )\\W) *+\\S{1,3})(?:(?-i:\\n[a-c\\n\\s](?<=\\w))++(?(3) (?=ca{,2}-{2}){2,})(?s:c1(?=_B)++\\1){0}?\\W|\\b(?>(?<!\\w.)[^a1]\\s[\\d-\\w]?)*?){2,}+' error: bad character range \d-_ at position 101
# 156 'A{1,3}\\W(?>a?(?-i:b){2}(?i:\\A(?!\\w{0}?.|B*?|c\\S\\-*?){2}A(?s:a\\D{2,}+|\\S-++A-{0}+|-{,2}\\W_)))(?>[^-\\s_]*+1{,2}+)' 'Aa_\n' None
#   None None
#   []
#   'Aa_\n' ['Aa_\n']
# 157 '[b_]{2,}(?-i:\\d)' 'bc B-\n\nb1B' None
#   None None
#   []
#   'bc B-\n\nb1B' ['bc B-\n\nb1B']
# 158 '$1c{2,}?[a]|(\\-{2}+[a-]??A)\\A' 'Bb_' None
#   None None
#   []
#   'Bb_' ['Bb_']
# 159 '[a-c]' '1\nb-\n' ((2, 3), (), None)
#   None None
#   ['b']
#   '1\n<b>-\n' ['1\n', '-\n']
# 160 '\\s{,2}\\b(\\B.+(?s:[A-Cb]?+(?(1)\\-+\\-?\\S{2,}\\w){2,}|\\1{,2}+1(?m:\\D{2}){0}|(?=c{2}-*?\\S{2}+.|\\-*)[^__] ?) |[\\s\\w]|\\s)?+' error: cannot refer to an open group at position 50
# 161 '\\d{1,3}[\\na-c]\\n' 'Aa -1aa_ac 1' None
#   None None
#   []
#   'Aa -1aa_ac 1' ['Aa -1aa_ac 1']
# 162 '(?>\\w?[1-]?|1{,2}+\\D(?m:(?P<n9>_|b1|a*)(?(1)a|b))|(?i:[^a](?(1)_\\D*?\\W*\\D|1|c*)\\s))\\Z(?!(?=(?m:AAb{1,3}?\\S{2,}?|\\n*\\D?+\\w{0}A+)?(\\S1__*)(?:_{0}\\s++){0}+){0})[^__]|(?<!\\w[ab]){2}' error: conditional backref with more than two branches at position 75
# 163 '(?-i:(?P<n53>(?-i:a\\D\\-\\d{0})\\wA|\\Z|(?(1)\\W+)\\w(?(1)\\n\\D*\\w_*|-|A\\S){2}+B)\\W\\w{2}?(?(1)a|b){2}+){2,}(?!\\b(\\w){0}?c(?:[^\\s\\s]|_(?<!b)))(\\s)' error: conditional backref with more than two branches at position 63
# 164 '(?>-{2}\\S(?!(?>\\w{2}+){,2}+(?s:c\\S?)|(?m:B\\s{1,3}+ ){1,3}?)*?|.{2,}+\\-|a-)*? (?m:\\n){0}|(?<=a){0}[^\\n\\d-]|\\n*?' 'A\n' ((0, 1), (), None)
#   (0, 1) None
#   ['A', '', '\n', '']
#   '<A><><\n><>' ['', '', '', '', '']
# 165 '[\\w\\db]\\w[\\s]{1,3}.' '' None
#   None None
#   []
#   '' ['']
# 166 '(?!( .|-{,2}?|A+?(?=\\n|\\W\\S\\S{0}+.|b-Ac))\\w(?!\\s(?<!..)| (\\dA{2,})))B(?:\\d{,2}b(?P<n61>[^-\\s\\w]A{2}?\\Db)?+(?(3)a|b){0}?){1,3}(\\W|\\Z[1A-C]^*?){2}+|(?(4)[b\\w](?(2)a|b){1,3}[A-C\\w]{2,}(\\A\\b))[a-c-]{0}+\\b(?i:(?>(?(4) ??-+1?+)[ba\\n]{,2}( )b|[\\d]{2,}?|(?(2)a|b){1,3})(?-i:[\\da]\\W{0}?c)\\s)|${0}+aB' error: nothing to repeat at position 138
# 167 '[^-\\s1]?+\\Z.{,2}+' '_BBc' ((3, 4), (), None)
#   None None
#   ['c', '']
#   '_BB<c><>' ['_BB', '', '']
# 168 'b\\n[\\d1\\s]{,2}|A{,2}(?!(?-i:B{2}+\\W{2,}\\s)*+(?i:(?i:\\n.{0}+B{,2}B?+)\\B(?s:. \\-+|1{,2}\\D\\S))(?!$[\\w\\w\\w]{1,3}(?-i:_{,2}B|A)(?!\\W\\n|\\d-{2,}|cB{2}\\D{2,} )|(?!.)|\\n)a+){,2}?|[\\d-A-C]*+\\D\\-+?' error: bad character range \d-A at position 171
# 169 '\\B\\S' '-A a\nA__b' ((0, 1), (), None)
#   (0, 1) None
#   ['-', '_', '_', 'b']
#   '<->A a\nA<_><_><b>' ['', 'A a\nA', '', '', '']
# 170 '\\n' 'B cAab1' None
#   None None
#   []
#   'B cAab1' ['B cAab1']
# 171 '(?m:\\Z{,2}){2,}(?=\\b[A-C])+?(?-i:(c*?)((\\s1+? {2,}|a1{2}?1-)\\3{2}?)(?(3)[a-c]{1,3}[^\\s_]){1,3}c|\\n_{,2}(?<!.){1,3})|1*' error: nothing to repeat at position 6
# 172 '[\\w]{,2}?-{2,}(?=(?=\\n.{2}?(?!A{2}|b\\S\\w{2,}))(?-i:[^a-c]\\A.)(?>(?>.\\-)\\d{2}?-)*[a-c\\d]{2}?|c(a+\\D[a-c\\sa](c\\-+))?a{2}?|[\\naa]){2,}|(?=((?>.{2,}?B1{0}?|A\\n\\-{2}|c\\w*+b)+?)*+)b( ++-(?P<n24>b(?-i:\\W{0}\\n??)(?(5)a|b){1,3}?(?<=b))c{,2})|(?i:.[^\\s1b]??[^1_-][b]|(-1){1,3}+|(?m:(?!\\n?+A\\D| \\sc|c{2,}?\\-)_)\\W{0}?(?<![ab]b){,2}$)' 'cB' None
#   None None
#   []
#   'cB' ['cB']
# 173 'b' 'B1B\nAAa-a-' None
#   None None
#   []
#   'B1B\nAAa-a-' ['B1B\nAAa-a-']
# 174 '(?P<n83>a\\D\\Z)' '- _cc1\nbca' None
#   None None
#   []
#   '- _cc1\nbca' ['- _cc1\nbca']
# 175 '[a-c1\\w]|(?P<n77>(?s:\\s{2,}?\\b){2}\\w){1,3}' 'c-ABB' ((0, 1), (None,), None)
#   (0, 1) None
#   ['', '', '', '']
#   '<c>-<A><B><B>' ['', None, '-', None, '', None, '', None, '']
# 176 '(((?(2)1\\w{0}?\\d){0}?\\S[_]+(?P<n31>B+_* +)+?)(?(3)-\\A))+' '_a_\n1cB\n_Bc' None
#   None None
#   []
#   '_a_\n1cB\n_Bc' ['_a_\n1cB\n_Bc']
# 177 '(?x)(?=(?i:(\\D_+?AB|1*.{0}a??\\n){2,}+(?<=\\w)*|(?!\\n{2,}\\D{2,}? {2}+\\w)\\-|(b{2}\\d\\s{,2} |\\D|\\w\\wA.))[^a-cb\\w]+?([A-C\\s](?P<n44>B-{2,}|A{1,3}+B-)(?!A|\\-?+\\W+?A+?\\W{1,3}+|b{2,}){,2}?(?m:a*_\\n*c){,2}|[-1]++)?\\S)' error: multiple repeat at position 63
# 178 '(?:(\\1{2,}A {,2}+1)($[^a]?_(?:A{1,3}.++a)|\\2|\\S?\\-{2,}\\D??[^A-C]){,2}(\\d*[^\\d\\d]A*))|((?m:a){1,3})(?m:(?(3)a|b)b\\B\\s*+){1,3}+|B?+\\D(?s:[a-c_]^(?<!.){2}?|_)' error: cannot refer to an open group at position 4
# 179 '(?!(?<!..){2,}b{2,}\\W{1,3}?){2,}(?P<n58>(?(1)(?(1)\\w{0}+\\s)[1\\wb]|(?=1- c?+)^(?<![ab])1*+|^(?i:-*_+b))?+(?s:(?>\\w*A))++(?<!.\\w)(?i:(?(1)a|b)*?_){1,3}|Aa{2,}((?P<n6>A{,2}B|\\-\\n\\sb??)(?m:_{1,3}+a-){2,}+1?+|(A-?+)(?s:1{,2}\\S_{2,}+|\\d++1+\\D\\s+)(_*?\\d\\-*?a{0}|\\s{,2}+| {1,3}+\\s)(?(2)a|b){2,}?)[a1_]|(?(2)(?s:\\W{0}?1{2}+\\S{2}+)\\W)??1{2,}+(?(1)\\w){1,3}+){2,}\\b' error: conditional backref with more than two branches at position 89
# 180 '[^A-Cb][\\w]?+' ' --\nBa_-c \na' ((0, 1), (), None)
#   (0, 1) None
#   [' ', '-', '-', '\nB', 'a_', '-c', ' ', '\na']
#   '< ><-><-><\nB><a_><-c>< ><\na>' ['', '', '', '', '', '', '', '', '']
# 181 '(?m:[a\\wb]-((?P<n24>\\d{1,3}-?\\d){0})c)|(?m: (?-i:(?<!\\w)(?m:_b\\D{2,})\\A(?i:b\\w\\s|\\WB{,2}1)){2})\\-|\\A(?m:c[^a]\\B\\Z)(?(2)a|b)(?=B{2}(?<!b){2,})' 'A\n\n\n1\ncB' None
#   None None
#   []
#   'A\n\n\n1\ncB' ['A\n\n\n1\ncB']
# 182 '_(?<=a)B+' '\nA_a\n' None
#   None None
#   []
#   '\nA_a\n' ['\nA_a\n']
# 183 '^1$1' 'c\n\n1b_\nB' None
#   None None
#   []
#   'c\n\n1b_\nB' ['c\n\n1b_\nB']
# 184 '\\n(^(?m:(?=\\n|\\na){2}[^a]{,2}+(?!_{2}?))++)\\d{1,3}' 'cBA1 ' None
#   None None
#   []
#   'cBA1 ' ['cBA1 ']
# 185 '-+[\\w][a-c]++|(\\1{1,3})+' error: cannot refer to an open group at position 15
# 186 '(?m).{2}+(?=\\-)[^A-C1]|B?+\\-[^aba]{2}?\\S' '1c' None
#   None None
#   []
#   '1c' ['1c']
# 187 '\\S' 'a-aa 1BbA' ((0, 1), (), None)
#   (0, 1) None
#   ['a', '-', 'a', 'a', '1', 'B', 'b', 'A']
#   '<a><-><a><a> <1><B><b><A>' ['', '', '', '', ' ', '', '', '', '']
# 188 '[\\da-c](?i:(- .??(?!\\W)))+(?<=.a)B' 'AB-1\n-1c \n' None
#   None None
#   []
#   'AB-1\n-1c \n' ['AB-1\n-1c \n']
# 189 '(?=-1{2}+(?m:[a-c]{0}A){,2}?|b{2}+)*-[-]{0}+' 'bB\nbBbB-' ((7, 8), (), None)
#   None None
#   ['-']
#   'bB\nbBbB<->' ['bB\nbBbB', '']
# 190 '(?i:(?i:(\\d\\-\\W)?\\n{0}.+(?>\\W\\D))\\S)+?(?<=.)\\w{,2}\\n?' ' _a-c aB' ((0, 8), (None,), None)
#   (0, 8) (0, 8)
#   ['']
#   '< _a-c aB>' ['', None, '']
# 191 '\\W(?>[^\\s]1$)(?=(?!\\W)A[1\\s]){1,3}+(?<=a.){,2}|\\S(?s:(?<=ba)\\W{1,3}|(?!\\-?)*|((?=b*A)*\\d*)+\\-b)(?-i:\\-{2,}?)\\s' 'c-' None
#   None None
#   []
#   'c-' ['c-']
# 192 '(?x)-++' 'bccB1A \nA' None
#   None None
#   []
#   'bccB1A \nA' ['bccB1A \nA']
# 193 ' |_+ ++$(?-i:[\\s\\w](?=\\d\\s)*?)|(?-i:\\n(?>(?<!\\w){,2}(?<=a))\\w\\s{,2}).{,2}?(?s:AB){2}' '_Ab' None
#   None None
#   []
#   '_Ab' ['_Ab']
# 194 '(?P<n16>1|\\-(?<!.)|[^a]{1,3}){,2}[\\s-1]{2,}?' error: bad character range \s-1 at position 34
# 195 '\\n{2,}+(?![^_]*?(?>[^_1_]?(\\n1\\s.{1,3}|.)-{1,3}(\\s{2,}B{0}|a_\\s-|\\w{,2})?)|(?<=[ab]).|\\n*1(?<!ba)b){,2}|\\1[ba\\w]?|A\\wA??c' 'cb \n_a' None
#   None None
#   []
#   'cb \n_a' ['cb \n_a']
# 196 '(A(?(1)a|b)a?|[ba\\w]{2,})[^\\s]|(?!\\D?.{2}[ab](?-i:(?(1)\\w* {1,3}?\\S{1,3}|a)){,2}?){1,3}[_\\w\\n](?i:(?(2)a|b)|1B\\DB|\\D{2}(?>a(?:b{2,}?)[\\s_]\\W|.{2}\\d{2}\\d{1,3}){0}){0}(?<=aa)?|(?-i:(?!\\B\\n\\s?(?>1)|[^b]\\d_{1,3}+){2}[a]+(\\s(?>1)B^)++((?:b\\d+)c\\n{0}(?<!\\wb)*?|(?<!ba)(?(4)a|b)[a-c]{2}?|\\d{,2}+(?(3)\\-){1,3}?\\-.){0}){2}?(?m:(?(4).(?(1)\\Sb{2,}+-++c{2}?)\\n|\\41{,2}\\w|(A{1,3}?a\\S?){2}+(?P<n82>\\w\\S_{1,3}?|\\n*?\\n\\-)(?s:-)(?<=\\w)?+)(?-i:(?(4)a|b)(?i:-{,2}|  c))[\\d\\w\\s][^b]{0})(?(6)a|b)-' error: invalid group reference 41 at position 350
# 197 '(?!(?-i:\\s(?!1{2,}A)(?<=b)(?<!b)*+|c\\B?|\\b)_|((?:B\\-b|B*1?|\\W)))\\d([a-_]^\\s)A{,2}' error: nothing to repeat at position 38
# 198 '\\b\\b\\B(?>(?-i:(?<=.b)|(?=\\n\\-A_??|a{2,}\\w| {2,}?1?+\\W\\s++)*?[1b](?s:B\\w{2,}+){,2}[\\n]).\\Za?)??|\\W\\s{0}' '_aB1bb' None
#   None None
#   []
#   '_aB1bb' ['_aB1bb']
# 199 '-{0}\\b|\\W{0}(?s:(?i:[^_A-C](?<=.)*?\\W)|(?=\\b){1,3}){2,}?(?<=[ab]){0}?|[-][^\\n11]' 'b-B A _\n' ((0, 0), (), None)
#   (0, 0) None
#   ['', '', '-B', '', '', '', '', '']
#   '<>b<><-B><> <>A<> <>_<>\n' ['', 'b', '', '', ' ', 'A', ' ', '_', '\n']
# 200 '(?m:\\D([1b_](?<!ba)(?>a{1,3}aaB)1{,2})*?[^a_b]?|(1{2,}?b{0}+|(?=_{,2}\\S\\D\\D){2}+(?-i:.A1|A*\\w\\-{2,}?|.\\w.)+\\b|.\\D[\\s1])(?<![ab][ab]){2,}+(?<![ab])((?:_{1,3}+.|c{2,}?B|A\\s\\WA){,2}(?<!ba){,2}(?(2)a|b)?+)*?|[a-cb](?<=b[ab])+ {,2})1{2}\\s{1,3}+(?!-(?!.{0}+)\\D-|(?m:\\d{,2}+)[a-c]|(?-i:\\w\\W?+)((a){,2}+|(?-i:.{1,3}-{0}b{,2}+)$\\n(?P<n44>\\d)|(b{2}?|\\S.?\\w{,2}\\-{1,3}?|A{2})(c\\n{,2}?)[\\s\\n-]))' '1-BaB-B' None
#   None None
#   []
#   '1-BaB-B' ['1-BaB-B']
# 201 '\\S{1,3}(?>([a-cb1]{2}$ *?$)\\-?+(\\-B))[_-]{,2}+ |AB|\\1*' 'cBacBc-_\n1_-' ((0, 0), (None, None), None)
#   (0, 0) None
#   [('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', ''), ('', '')]
#   '<>c<>B<>a<>c<>B<>c<>-<>_<>\n<>1<>_<>-<>' ['', None, None, 'c', None, None, 'B', None, None, 'a', None, None, 'c', None, None, 'B', None, None, 'c', None, None, '-', None, None, '_', None, None, '\n', None, None, '1', None, None, '_', None, None, '-', None, None, '']
# 202 '(?m:(.??(?>\\d{1,3}|a\\D?+\\d |\\D\\W\\w+\\D{2})a)(?!$\\d_){2}+)[A-C\\w]-+' '_B1_' None
#   None None
#   []
#   '_B1_' ['_B1_']
# 203 '(?![\\d\\d1]){2,}?-{1,3}(?s:(?!.c(?m:.\\w{1,3}+_+a){,2}b)c\\W+?|_\\d{,2}+)(c{2,}?\\Z(?i:\\-\\D)(\\D{,2})){0}|(?-i:\\s(?>a{2})(?i:(?=.{,2})(?(1)\\W?)+)?(?m:\\nB^)|(?=.+(?=\\SB*+|cB|B1){,2}\\-)*+|(?-i:(b{1,3}?c{0}?_{2}?\\s++)\\S(?<=[ab])|(?(3)-)(?:.{,2}bB{0}-{,2})b)(?P<n14>\\n\\D)\\w)c?+[\\n\\n]+' '' None
#   None None
#   []
#   '' ['']
# 204 '\\s(?!.{2,}(?<!.a){,2}?b+ |(?=\\A(?>\\W{2,}+\\-\\n\\W){0}+\\S\\-??)B{1,3}?(?s:(\\W {,2}+)(?<![ab]\\w)(?! \\-)\\Z)\\A|(?!(1\\w*|.{2,})(1-{1,3}|c-{2,}){2}+|(?(1)a|b){2,}(?(1)\\w{,2}\\S\\s\\W))*+)+|a[^\\n]|c\\W((?P<n87>B{1,3}\\Wbc)) ' 'acb-' ((0, 2), (None, None, None, None, None), None)
#   (0, 2) None
#   [('', '', '', '', '')]
#   '<ac>b-' ['', None, None, None, None, None, 'b-']
# 205 '(?i:-{2,}?\\S{2,}[\\s\\s]{0}+|(\\-{1,3}?[a\\w](-)*|\\wb*(?:\\-))*+1?(?(2)(?!_{0}+\\w{0}+-\\-)(?m:\\Sc\\w)|b{2,}+\\b\\w)){2,}+|(?s:(?>$\\w{1,3}.\\S)(?(2).(?(2)\\-??.*?\\S|\\d\\na){2}+))c|(?<!a)\\A(?i:(?<!ab)*+\\D((?(3)a|b)(?P<n71>b-?c)|[1\\s]\\-\\W{1,3}?|\\B(c?){2}+(?(2)B{2,}a)))??1{1,3}+' '_-\n' None
#   None None
#   []
#   '_-\n' ['_-\n']
# 206 '(?<=b)b[_]' 'a1-1b1 -1' None
#   None None
#   []
#   'a1-1b1 -1' ['a1-1b1 -1']
# 207 'A+?(\\d1(?<=a)){0}\\S{2}' '\nAa_\n1' ((1, 4), (None,), None)
#   None None
#   ['']
#   '\n<Aa_>\n1' ['\n', None, '\n1']
# 208 '(?m)\\w?c{2,}|[^__-]{,2}(?i:^\\d*+){,2}(?i:^){,2}\\s{2}?|(?:(?>1(.?)(?:.))+B{0}?\\W){,2}?(?<=\\w)[^a-c][^_\\d]' '\n' None
#   None None
#   []
#   '\n' ['\n']
# 209 '(?a)ca(?=(?P<n81>a?+\\d$)[_]B((_.{0}\\n\\d{2,}|_{1,3}?\\-*B{,2}.|\\W{2}?\\s{,2}?\\w{1,3}?)B{,2}?(_{2,}+\\w)(?!-.\\W *))){,2}?(?P<n64>_(A(?s:c\\S\\-)(?P<n76>\\S\\-))|(?m:\\D$(\\d\\n??|\\n?+|\\n++B{1,3}?\\d.)(?!\\-{2,})){,2}+\\W?+A|\\w)|\\w^[^A-C1]|\\d(?:([^ba]*?.?| {2,}+|(A\\s{,2}+A\\w{0}+|. \\sa|\\Wc-A).*\\8(?!-\\s+?\\d{2}c){,2}))*?\\10{1,3}?' 'BA-A' None
#   None None
#   []
#   'BA-A' ['BA-A']
# 210 '\\w.1|(?i:(?m:(?P<n67>B+){1,3}?)\\1(?i:\\W(?i:a_)\\B){1,3}?\\w)((?-i:c\\Z{,2}+ba{2}|[\\n_]){1,3}c\\4[a]|(?s:(?m:\\S))??)(?:\\2+\\S\\-\\A{0})+|c+(?:[a](?!(?m: .\\n{,2}\\D|A|_ )))(?P<n5>.[^\\d]B++(a))?+(?i:\\A^^\\B){0}' error: nothing to repeat at position 67
# 211 '(?x).(?=A[1\\da-c]{,2}+(?>a\\Z(?i:\\d*){0}|$[_-a]??\\n{2}?)a{,2}+)' 'bc' None
#   None None
#   []
#   'bc' ['bc']
# 212 '(?m)(?m:.$)A' '' None
#   None None
#   []
#   '' ['']
# 213 '-{0}|1\\D{1,3}?A[^a-]{,2}|[-](?:${0}|(?s:1(?:\\-)(?:B{,2}+|B{1,3}\\-{2}.{2,})){2,}+(?i:\\-*)*?c)+?' error: nothing to repeat at position 32
# 214 '((?-i:[a](?<!.b)++\\D|[^a-ca]\\DB|(\\d{0}?\\w{2,}? B++){2}\\S(?i:\\S+?a)?)\\2(?>[^1A-C_](?P<n44>\\n{2,})\\1{1,3}?(?=a{,2}?|.B\\-?))|(?=(?<=[ab]a)-{,2}+(?i:a{1,3}?.){1,3}[__\\d]))_' error: cannot refer to an open group at position 96
# 215 '[\\w\\w]{,2}+(?s:a* )\\s{0}|(?-i:(?-i:\\-\\w(?<=[ab]a)??))(?<=.)' '\n -_A' ((1, 2), (), None)
#   None None
#   [' ', '-_']
#   '\n< ><-_>A' ['\n', '', 'A']
# 216 '\\A' '_B\nA' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>_B\nA' ['', '_B\nA']
# 217 '-(?-i:(?<=.b)b{1,3}?\\-){2,}(?i:( (?=aB\\sa)(?s:a_{2,}+)){2}?_[^_\\w\\n](?>(?-i:\\-|-{2,}\\-)+(\\S {2}+_*|\\sB)))' '1bbB' None
#   None None
#   []
#   '1bbB' ['1bbB']
# 218 '\\S(?i:[^\\d]{2,}+[_1])++' '' None
#   None None
#   []
#   '' ['']
# 219 '(?=(?!(b{1,3}+\\W)?+\\s+)B)?\\-{0}?|c1{0}+[a-c]*' '\nB\n1A--c' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '', '', '', '', '', '', '', '']
#   '<>\n<>B<>\n<>1<>A<>-<>-<><c><>' ['', None, '\n', None, 'B', None, '\n', None, '1', None, 'A', None, '-', None, '-', None, '', None, '', None, '']
# 220 '(?m)(?m:(?:(?>\\n1+)\\S(c{0}\\db{2,})b{2}|(?>- |c++\\w\\w+b){0}+| +?)?\\n(?<=\\w)|B(?(1)a|b)(?s:[\\nb]{1,3}?\\n)+|(?-i:1)\\A)?+' 'b' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '']
#   '<>b<>' ['', None, 'b', None, '']
# 221 '\\nc' 'a- c -B ac' None
#   None None
#   []
#   'a- c -B ac' ['a- c -B ac']
# 222 '(?i:c{,2}?B)' 'cA\n' None
#   None None
#   []
#   'cA\n' ['cA\n']
# 223 '.(?s:\\S\\-|\\-^)' 'aaB_Bc_1abA' None
#   None None
#   []
#   'aaB_Bc_1abA' ['aaB_Bc_1abA']
# 224 '(?!(?i:\\Z\\-(?<=\\w){,2}?)){2,}+(?<=b){2}?|(?P<n38>\\w{,2}+(?>-).)(?=B*[aA-C\\d](?(1)\\Z\\S[\\w\\w]))1+[\\n\\n\\w]{2}?|\\w[^\\d]{2,}(?(1)a|b)' '\n b\n-c\n-' ((3, 3), (None,), None)
#   None None
#   ['']
#   '\n b<>\n-c\n-' ['\n b', None, '\n-c\n-']
# 225 '\\w[^\\d\\sa-c]|\\ba{0}?' 'A_1b B1' ((0, 2), (), None)
#   (0, 2) None
#   ['A_', '', '', '']
#   '<A_>1b<> <>B1<>' ['', '1b', ' ', 'B1', '']
# 226 '(?m:(?s:^ab(?<=.))?1[_\\sa](?<!\\w)|(?=(?>\\wc)\\d{2}[\\wa\\w]+[1]+?)|(?i:(?>_*-\\S{2,}-|\\S+.|B+?){1,3}){0}?(?P<n28>[\\n]|[\\d\\wb]\\D\\b(?i:\\s.{,2}\\-\\W{1,3}+|-{2}+a|\\S))+.{,2}+)([\\w\\d1])-1' 'a-1c1 A' None
#   None None
#   []
#   'a-1c1 A' ['a-1c1 A']
# 227 '(?x)(?>(?:B(?i:\\db{2,}?\\-\\n+)(?-i:A\\S{2}|B\\w{1,3}+ c{1,3}|\\w\\-b{1,3}a)\\S|(?s:\\s+?\\W)(?s:\\D\\W\\n+)*A{0}){,2})a{2,}|\\w|(\\s(\\B(?s:A){2}?(?-i:c* )|(\\w?+\\d\\W+A{2}?|-{1,3}a)(?>1\\d{1,3}\\n\\-|\\D\\S|-{1,3}?_B)\\-{2}?$|[_-](?m: \\d){2,}\\AA){1,3}?[ba-c\\d]{2}+$)(?= *+(?:(?-i:\\w-1|b\\n{0}){1,3}(?(3)a|b)){2}+_)' error: nothing to repeat at position 249
# 228 'B' 'Bb1Ab\n_1' ((0, 1), (), None)
#   (0, 1) None
#   ['B']
#   '<B>b1Ab\n_1' ['', 'b1Ab\n_1']
# 229 '\\n+?(_|[a-](?-i:\\n)\\1)\\W{0}+ |(?>(?<=ba){2}?(?(1)(?s:\\n.)(?(2)\\n{,2}B{0}c))[1\\da]{1,3}+\\D{1,3}?)|(?:(?(2)-(?m:\\D.)|1\\W\\b|\\1{1,3}?(?-i:\\WB{1,3}B??\\n{,2})(?=bc_){0}?).{1,3}|\\-)[\\s](?s:\\Z(?(1)a|b)|(A++)(?i:[bA-C].?[\\w](?(3)1\\s.)+))' error: cannot refer to an open group at position 19
# 230 ' (?-i:1\\W|.)_' '-AA1' None
#   None None
#   []
#   '-AA1' ['-AA1']
# 231 '\\W\\W[1]A++' '-Bc\n1ca1AA' None
#   None None
#   []
#   '-Bc\n1ca1AA' ['-Bc\n1ca1AA']
# 232 '(?!^([\\s]?+|\\A(?=\\D)|(?s:---)){2,}?(?P<n53>.(?=\\D|\\S.))\\b|.{2,}|\\s*+)\\Da+?|[ba-c](?-i:\\s{2,}+(?-i:(?!\\w{2}?|\\-\\nb+A{1,3}){2,}+|\\w[^\\w1])$([A-C] +[a]{2,}\\W+?)){1,3}|[1\\d\\s]{,2}?(?-i:.++\\s(?>.c{2}?))??(?>\\D{2,}){2}\\A' 'AcBc_a11cBa\n' None
#   None None
#   []
#   'AcBc_a11cBa\n' ['AcBc_a11cBa\n']
# 233 '\\s\\ZB' '_aA _\n_' None
#   None None
#   []
#   '_aA _\n_' ['_aA _\n_']
# 234 '_{1,3}+' 'cA--_a 1' ((4, 5), (), None)
#   None None
#   ['_']
#   'cA--<_>a 1' ['cA--', 'a 1']
# 235 '\\d{2}\\s??' '\n-A_B\n_-c- _' None
#   None None
#   []
#   '\n-A_B\n_-c- _' ['\n-A_B\n_-c- _']
# 236 '[a\\d]++(?>\\S(?=\\s)?)(?:b){0}+(?<![ab])*|(?m:(?:a*+B[a-c]){2}+(?<=a[ab]){2,}+(1{,2}\\-{,2}?(?-i: \\w\\s+\\-)(?(1)\\W{2}\\d\\-\\-{2,})|[^a-cb\\d]|c(?(1)\\Sb)?+\\Z)+?(?<=.){1,3})\\d{,2}+[^aab][\\d]' '_cb1-A' ((3, 5), (None,), None)
#   None None
#   ['']
#   '_cb<1->A' ['_cb', None, 'A']
# 237 '(?-i:_{,2}_{1,3}?|^(?i:\\S(?<=a[ab])\\d{1,3}(?!\\S\\D))|(?<!b.)[^\\d\\d1]){,2}|(?!.[a-c]|(?:(?=_*)\\d++){1,3}+|\\D(?s:(\\W\\-{2}+\\-)|(?!_ \\s{,2})*+(?(1)a|b){,2}?))+|\\S {2}' 'c_ba' ((0, 2), (None,), None)
#   (0, 2) None
#   ['', '', '']
#   '<c_><ba><>' ['', None, '', None, '', None, '']
# 238 'c(?=((?i:\\W{2,}\\S)(?m:a\\sB)|(?-i:a{2}?\\D\\w{1,3}?) |(?<!\\w){2}?\\-\\W\\w{2,}?){,2}\\W.{0}?.{1,3}?)??' 'A_ Bc-' ((4, 5), (None,), None)
#   None None
#   ['']
#   'A_ B<c>-' ['A_ B', None, '-']
# 239 '[^\\d]{,2}(A{,2}?|\\Z|[^-\\n1]{,2})' ' 111a_\n' ((0, 1), ('',), 1)
#   (0, 1) None
#   ['', '', '', '', '', '', '']
#   '< ><>1<>1<>1<a_><\n><>' ['', '', '', '', '1', '', '1', '', '1', '', '', '', '', '', '']
# 240 '(?i)\\D+' '\n\n' ((0, 2), (), None)
#   (0, 2) (0, 2)
#   ['\n\n']
#   '<\n\n>' ['', '']
# 241 '\\-(?!c*+(?!.(?i:\\n{1,3}+.{,2}+)B$)b){2,}+(?P<n53>a(b++)*\\BA??){1,3}+|\\D.{1,3}?(?!_(?!.a)(?: {,2}+(?<=b)|\\s{1,3}(?=cb|A|b){2,}(?i:B\\WBa|1{,2}+|-\\s) |(?s:B*1*+b|\\w\\d\\w{2,}+1|\\Wa{,2}){2,}+(?s:\\D{,2}))*+|[A-C-A-C]([\\wA-C\\s]{2,}1)c{0}?)[-a-c\\w]?|(?!\\b(?(1)a|b))' 'A-\nc1-cA' ((0, 2), (None, None, None), None)
#   (0, 2) None
#   [('', '', ''), ('', '', ''), ('', '', ''), ('', '', '')]
#   '<A-><\nc1><-cA><>' ['', None, None, None, '', None, None, None, '', None, None, None, '', None, None, None, '']
# 242 '\\S(?=(1\\d(?:\\-+))(?P<n69>a[A-C]|(?s:\\w\\d{2,}+.{1,3}?)\\Wc_|(?i:\\n*\\s\\w+?)\\n)\\Z|\\-{1,3})*+(?:-{2}?\\Z)++' 'bAB\nB_c ' None
#   None None
#   []
#   'bAB\nB_c ' ['bAB\nB_c ']
# 243 '[^\\s]' 'ba' ((0, 1), (), None)
#   (0, 1) None
#   ['b', 'a']
#   '<b><a>' ['', '', '']
# 244 '(?<!b.){,2}?B' '1-\nc A--b\n11' ((8, 9), (), None)
#   None None
#   ['b']
#   '1-\nc A--<b>\n11' ['1-\nc A--', '\n11']
# 245 ' \\-((?=(?P<n85>\\s *+-{2} ?)(?(1)A +)\\B\\W)B[^a\\w\\d]_{0}?|(?:1{2}+[_\\db]){1,3}+|[^A-C1]\\n).|(?(2)[^A-C\\w]{,2}+\\-{2,}?){1,3}+\\D{2}(A+(?>(?>\\w|\\d\\D)|.(?(1)\\-?.\\D+){0}+(?s:Ba\\w\\S)|\\s[A-CA-C])+?\\d\\w|1|[b]{,2}+)\\d' 'c1c\n1\nB1A' ((2, 5), (None, None, ''), 3)
#   None None
#   [('', '', ''), ('', '', '')]
#   'c1<c\n1><\nB1>A' ['c1', None, None, '', '', None, None, '', 'A']
# 246 '(?a)(?-i:(?>(?>\\w\\d|\\W?+ B_)(?>\\W-?+\\-{2,}|b|\\D){,2})?)(?!\\d{1,3}?){,2}?-' 'cB-1c' ((2, 3), (), None)
#   None None
#   ['-']
#   'cB<->1c' ['cB', '1c']
# 247 '[1\\nA-C]*?(?>(?:[1A-C](?<![ab]b) \\b|(?P<n82>\\S)\\-(?P<n63>\\S\\S+_|\\S{2,}?B+?\\D)c{2}?|(?=\\n+c{2}+)*[^_b]{2}?)-*(?m:\\BA{0}+(?m:\\n\\w?)*+(?P<n4>B{2,}+b{0}+a\\-)|\\-{1,3}?(?:.{0} )){2,}(?s:(?(2)\\w\\D1?)\\bb++){1,3})\\n[^_1\\n]|^(?s:(?P<n26>_(?-i:-++)+?){1,3}\\A\\b(?s:[^b1]{2,}\\d1{1,3}?\\B|(?i:\\D??\\d\\W{2}|\\S?+|A+\\-_\\-)(?=B{2}?){2,}+|(?!_{,2}?)+(?!\\W\\n*+|b{2,}\\-{2,}|\\W))){2,}(?s:b)' '-a_\n1A' None
#   None None
#   []
#   '-a_\n1A' ['-a_\n1A']
# 248 '(?:\\b)(?i:\\dA|(?!(?P<n87>\\d\\da{2}){2}+(.{,2}?\\W\\W{2}-)??(?-i:\\D\\D{0}+c{2,}+){2,} *)?(?P<n20>(?-i:\\n|\\D\\w*?_?)){2,}|[^_\\s]{2}(?>\\S(?i:\\s{2,}+|Ac)(?<![ab])B))*c\\A|(c)(?m:^([\\d\\db]|\\B){2,}\\d{,2}?(?(3)a|b)|(?!(?=b\\s{1,3}_*\\s{,2})[\\w\\s-]{,2}A{2}+-|(?(1)a|b){2,}?\\d(1|-*+)(\\wa)?){2}+|(?s:(?!c{,2}?)(?!_{,2}b\\D){2}?1(?(6)\\Wc{2}?)+){,2})*[\\s]B{0}|\\W{0}(?:(?m:(?s:\\D1{,2}\\S\\W|\\n?a)?))((.{2,}+-{1,3}+|a)\\n{1,3}+\\2{2,}+-++| {2})(?m:(?m:(?:\\S+?\\n?? | {1,3}a{0}\\s+\\S)\\D{0}+)\\b[^\\da])' ' 1  b\n_B-1' None
#   None None
#   []
#   ' 1  b\n_B-1' [' 1  b\n_B-1']
# 249 '(b+(?-i:b_{2}?|\\S{2}-(?(1)a|b){,2}+)){,2}?(?<!a)*|\\-aA' '--' ((0, 0), (None,), None)
#   (0, 0) None
#   ['', '', '']
#   '<>-<>-<>' ['', None, '-', None, '-', None, '']
# 250 '(?P<n15>(A\\w+?){,2}+)?[a-c1\\s](?s:(\\n\\W {1,3})(?:B(?>AA{1,3}b){1,3}?\\n{1,3}?(?:B??\\s|\\wc{2,}\\W\\W++)|(?=A{,2}+){2,}|b[b])+[b]{,2}|\\B(?s:(?!a \\s\\-)[^\\d]^)_ ){2}|(?:\\D(?>[--]+?){,2}?) {2,}B|[a-c\\n\\d]?+_' '\n' None
#   None None
#   []
#   '\n' ['\n']
# 251 '(?<=\\w)*' '-' ((0, 0), (), None)
#   (0, 0) None
#   ['', '']
#   '<>-<>' ['', '-', '']
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
# 258 '(?m:c(?!-|(?s:aA.|\\w -\\W|\\n)b_{,2}|b{0}+(?P<n8>a\\D.)*?\\W)+[^a-c-b]1|(?<!\\w){2}|B??(?P<n21>\\W\\D??){2,}.(?m:$\\b|(?<=a)))*(?P<n12>(?i:\\D{2}+_+?(?i:_{1,3}\\W+))(?m:\\-(?m:_?+)|[-\\d\\n](?i:\\d?+\\w_|\\S{0}?|\\n\\D-1){2,}?\\n)*?b|a(?:\\1\\S(?<!b){0}?(?: _.{0}\\-){1,3}?)\\-b)(?<=.)\\B' '\n\nB_A' None
#   None None
#   []
#   '\n\nB_A' ['\n\nB_A']
# 259 'b\\w(?i:c(?>[^-a\\s]{2,}+(?-i:b{2}?\\d\\d\\d{0}?){0}\\d+?(?i:B)|-{1,3})? {1,3}\\n?)' '' None
#   None None
#   []
#   '' ['']
# 260 '(?<=[ab]) ' '1BA' None
#   None None
#   []
#   '1BA' ['1BA']
# 261 '\\w{2}+(?>(?!(?:b{1,3}?_)[_]{0}(?:a+|b*\\W{2,}?B.|B? \\w))_{2,}+_{,2}|(?P<n49>\\W|\\Za[^1\\s]*[^\\d]){0}\\W{1,3}(?<!.))??' '\n\na-B A' None
#   None None
#   []
#   '\n\na-B A' ['\n\na-B A']
# 262 '_(?P<n21>[\\s]\\d*|\\D(?(1)\\1*?b{2}+)??_?+c{2}|[b\\sA-C]{2,}B{2}+\\Z(?(1)a|b){2}?){,2}(?i:\\n\\s{1,3}+)(?P<n80>(?=A[\\s\\s\\s](?(2)a|b)+?[^\\d]){2,}\\s)' error: cannot refer to an open group at position 24
# 263 '(?>-?\\s{1,3})??((?i:_\\d[b]A|b{,2}+(?:.\\n|\\d\\Dc\\n)(?!\\d{1,3} \\-{,2}|\\d.\\s{2}?)++a)){2,}+(?![\\d]){2}' 'aa' None
#   None None
#   []
#   'aa' ['aa']
# 264 '\\d{2}+' '' None
#   None None
#   []
#   '' ['']
# 265 '\\Z{,2}+' error: nothing to repeat at position 2
# 266 '(?s:(?s:(?<![ab]))(\\d){2}?\\-*)|(.)(?=\\d?[\\w](?!.++)1)c{0}|(?<=.a){2}' 'bA-bab-B _' ((5, 5), (None, None), None)
#   None None
#   [('', '')]
#   'bA-ba<>b-B _' ['bA-ba', None, None, 'b-B _']
# 267 '(?m)[^-1_]+?' '' None
#   None None
#   []
#   '' ['']
# 268 '[_\\n]\\d?(?=\\w[\\w]+[aa\\s])^' ' -' None
#   None None
#   []
#   ' -' [' -']
# 269 '_' '' None
#   None None
#   []
#   '' ['']
# 270 '((?s:(?:\\s\\n {,2}?){2,}?(?s:A.+)[\\w\\w]A{0}+))*(?<!ab)|\\n(?! (?<=.[ab])_++[A-C\\wb])c|-a1\\S{0}?' '' ((0, 0), (None,), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', None, '']
# 271 '\\W\\S?+((?<=a)\\D{1,3}(?m:[a\\s][\\w-][\\w]{0}+(?(1)a|b)){,2}+[\\n]{2})|\\n{,2}+(?!\\1{2,}\\Z)(?<=\\w)A{2,}+' 'c\nB A' None
#   None None
#   []
#   'c\nB A' ['c\nB A']
# 272 '\\n(?<=\\wa){2,}| {0}(?m:.|(?<!\\wa)[a-c]\\Sa|(?=a++[a]\\-+?.+?|\\W{2}?(?<!\\w)?|(?m:\\W{0}+))_$(?>\\-(?:\\n\\w{,2})A){1,3}?)' '\n ' ((1, 2), (), None)
#   None None
#   [' ']
#   '\n< >' ['\n', '']
# 273 'c(_\\D\\W)' 'c\nBB-' None
#   None None
#   []
#   'c\nBB-' ['c\nBB-']
# 274 '(?x)[^\\w-]{,2}' '' ((0, 0), (), None)
#   (0, 0) (0, 0)
#   ['']
#   '<>' ['', '']
# 275 '\\Z-{,2}?' 'BB' ((2, 2), (), None)
#   None None
#   ['']
#   'BB<>' ['BB', '']
# 276 '(?>(?i:_{0}?)+?(?<![ab].)((?P<n87>\\s{2}?a\\w|\\wb_.{1,3}+|\\D){1,3}+c+(?! 1\\S\\D)*(?:\\-{2}c* {1,3}?)*)(?s:[^\\n\\s]\\A|(?m:\\dB)){0})(?:\\d??\\-+|(?=(?s:\\n{2}+\\s)){,2}|(?=\\s{2,}?(_AB\\S)[\\d])){2}\\Z[b\\d]' '1' None
#   None None
#   []
#   '1' ['1']
# 277 '[\\n\\s][b](?i:_*\\S|(?:(?:\\d\\-){0}+\\W{,2}\\s)\\b(?s:A$(\\-{,2}?A?\\D|\\D\\W )(?(1)a|b))(?:B\\Z|[^a_](?(1).\\D{0}A*A)(?!1+?)))?\\1+' 'a- ' None
#   None None
#   []
#   'a- ' ['a- ']
# 278 '(?!\\S{0}+[^\\wA-C_]B{,2}?\\b)[^_]{2}(?:B|A)\\-' 'c__ bcc\n1Aca' None
#   None None
#   []
#   'c__ bcc\n1Aca' ['c__ bcc\n1Aca']
# 279 '(?a)((?<=b){2,}?|\\W{0}\\D\\D*?[^\\n]|c\\b)|[\\d]*|\\s\\D*' '\nc--A-1_' ((0, 2), ('\nc',), 1)
#   (0, 2) None
#   ['\nc', '--', 'A-', '', '', '']
#   '<\nc><--><A-><1><>_<>' ['', '\nc', '', '--', '', 'A-', '', None, '', None, '_', None, '']
# 280 '\\S*?(?=(?<!ab)(?s:(?i:A\\D*-+){1,3}){0}?\\W)' ' b abcB\n1\n' ((0, 0), (), None)
#   (0, 0) None
#   ['', 'b', '', 'abcB', '', '1', '']
#   '<> <b><> <abcB><>\n<1><>\n' ['', ' ', '', ' ', '', '\n', '', '\n']
# 281 '(?i)(?= {2}c{2}+\\BA)' '' None
#   None None
#   []
#   '' ['']
# 282 '(?P<n54>\\w.{2,}\\-{1,3}(?<!b)++)\\Z\\d((?<!a)*?|(?P<n58>[\\s\\s](?i:\\dbb{,2})(?:_{0}\\D+)++\\s??)*+\\d{0}?|\\d{,2}?\\-([^\\s]))|\\-' '-bb__\n-cB' ((0, 1), (None, None, None, None), None)
#   (0, 1) None
#   [('', '', '', ''), ('', '', '', '')]
#   '<->bb__\n<->cB' ['', None, None, None, None, 'bb__\n', None, None, None, None, 'cB']
# 283 '(?=(?<=a\\w)\\d{0}+c{0}?[ba-c]*?|(?m:-(?>c*?-{,2}|-*\\S{2,}\\S\\s){1,3}?(?m:\\D\\W|A??ba*\\S|\\Wa_ {0}?)\\s{1,3}){2,}\\w*(?!\\S(?i:b*cA|c?1\\W))|(?P<n32>\\W){0}((\\n*\\S{2}?)(Bc-B{0}+){,2}+)??(?(3)b(b\\s)|\\b\\3|(?(3)a|b)(?-i:\\d{,2}?\\wa\\w|\\D??)(?: \\D){1,3}+(?<!.){2}))\\D\\W' error: conditional backref with more than two branches at position 192
# 284 '(?!\\W(?!$\\S))\\D{0}([\\w]a(?s:(?:\\d|\\s|B)^_+|\\s{2,}c{1,3}B{0}\\D{1,3})(?m:[\\w\\db]_++[a])|(?>\\s){2,}\\d{2,}A{0}+\\1{0}){2,}1|\\d* (?>[\\w\\s\\d]\\n(?>\\d\\n(?-i:\\d|\\S{1,3}|\\D{2}\\W-{1,3}?B?))+\\W)[^a11]|(?<!b.)(?=_{,2}+(?s:(?>B|\\w\\-)\\b[^\\w\\n])[A-Cb]{0}\\w++)++' error: cannot refer to an open group at position 107
# 285 '(?=b{2}\\S??)(?<!\\wa)(?s:(?P<n45>(?P<n77>A1A|\\W{,2}\\W|c{1,3}\\d\\-*+)*[^A-C]\\WA|\\W ?+(?m:\\s{,2}?B?|B{2,}+B)?b|(?m:-{,2}+|\\wb {2})(?i: \\W|B{,2}+|\\wc\\s{2,}+A*)+(?>a{1,3}?|\\W+))(1{1,3}(?P<n2>. \\S{1,3}+b++|_b??)(?!\\W){1,3}?|\\B|(?-i:-{0}\\D)[a1a-c]){2}\\S{1,3}?$){,2}+' '1 \nBb__' None
#   None None
#   []
#   '1 \nBb__' ['1 \nBb__']
# 286 '\\d[1-]A{,2}b|[\\d]{,2}?(?m:[a]{,2}?\\s+A{0}+((?<=ab){0}?(?!\\w{1,3}c{,2}){2}+(?<!.)?|-{,2}?-))[-a-ca]1' '' None
#   None None
#   []
#   '' ['']
# 287 '(?-i:(?s:\\W)(?<=b[ab]){2,}+c(?s:A{2}?[^A-C1-]\\-)|((?i:c\\W|\\s|c\\D){1,3}[\\sa\\n]\\D){1,3}+[\\d1a-c]+?|(\\s|\\b)?+(?(2)[\\w]1$A|_-)a)(?<!\\wb)|(?:(?<!\\w)){0}?[^b] +|\\n{2}' ' 1B-' None
#   None None
#   []
#   ' 1B-' [' 1B-']
# 288 '-(?>_{,2}(?P<n36>_{1,3}+))[b]+|(?(1)a|b)(?-i:\\w{0}$\\1?|[b\\s]++(?:\\W(?<!a))?-{2,}c{2}|(?(3)(?P<n66>\\s{1,3}+ {2,}?\\w\\-*|\\w )+ *?(?s:c)(?:\\W{2,}?)++|\\w{2}+\\s-?+(?<=b)*+|\\S{0}+(?<=a))+)\\4{1,3}|[\\d]' error: conditional backref with more than two branches at position 165
# 289 '(?i:^(?-i:[^_-\\w](?m:\\d{2}+\\SB*_){1,3}+_|(?=\\w{2,}+b-){0}\\A(?i:\\d\\-\\n*?)++).)(?<!a\\w){2}' error: bad character range _-\w at position 12
# 290 '(?i:(?-i:(?:\\n)++(?<!.\\w)1(?!BB))*?\\W$(A{,2}?\\1.+?(?-i:c\\s+?))|A[^\\w]B{2}?1){1,3}(_ {1,3})|(?s:\\w)\\Z(?m:-\\A|\\Z(?=\\ba){0}(?<!aa){2,}a|(\\d(\\D_\\D|\\n?+\\-+?_\\-{0}+)1\\s{0}+)B+?)\\W+|(?(2)a|b)' error: cannot refer to an open group at position 45
# 291 '(?s)(?=\\D\\-{1,3}?){2}[^-a-cb]' 'A11A- ' ((3, 4), (), None)
#   None None
#   ['A']
#   'A11<A>- ' ['A11', '- ']
# 292 '(?<![ab].)(?<!.)' '1-BAaB' ((0, 0), (), None)
#   (0, 0) None
#   ['']
#   '<>1-BAaB' ['', '1-BAaB']
# 293 '\\Bc{1,3}?(\\S\\s){2}?' '_1c A A-' None
#   None None
#   []
#   '_1c A A-' ['_1c A A-']
# 294 '(?<=[ab])?1{2}?(?!\\s)' '-1  ab_ -_1A' None
#   None None
#   []
#   '-1  ab_ -_1A' ['-1  ab_ -_1A']
# 295 '1[b]{2}?' 'a B' None
#   None None
#   []
#   'a B' ['a B']
# 296 'A(?=(?=(?>\\W\\n|B\\S+\\w-++)))[^\\n\\d1]' '' None
#   None None
#   []
#   '' ['']
# 297 '$(?m:[a-]++_+)(?m:((c)*+){2}?\\Z(?(1)(?>\\-_\\s{,2}\\W)-)?((--b{2,}?){1,3}b(?m:\\D\\d)\\-?)+)+' 'bab-__' None
#   None None
#   []
#   'bab-__' ['bab-__']
# 298 '(?m:_\\A\\Z|(?m:(?!_{2,}?a\\d|1\\D{2,} |\\SA{2,} ))(?!A*ab{2,}){2}+(?s:(?=\\W\\D\\W{0}))(?>(?=_b*+|b{1,3}+\\Wc{2,}?1)\\Z[1\\n\\w]|\\-_(?>\\W{,2}?\\s\\S\\s)(?>A\\wB\\n|\\D)|_(?<!.b)-{2}?(?<!ab){2,})|A{,2}(?m:(?-i: 1\\wb|\\n{2,}\\s?+b++a)+(?=1b\\D-|.{0}?_{,2}?1{0}?\\-+)(?!a?\\w.b{,2}){0}?\\-|(?s:\\Wa{,2}?B{2,}+\\s){2}B(?>.\\s{1,3}? \\D{0}+)|\\w\\n\\w\\n)(?<=.))(-{2}?(?(1)(?<=bb){0}|\\S\\s{1,3}\\b))|(?-i:(?P<n60>(?!\\s\\n\\n\\-{2,}+))*(?!(?:_\\SAc|.\\D)){2,}b\\-|(?(1)a|b)*+)(?>c??\\w(?(2)a|b)+?\\-)b{0}?^|((?-i:b(?(3)a|b)){1,3}?)\\n(?!(?s:(?-i:a\\d\\S){1,3}) {2,}+)\\b' 'Bacb' None
#   None None
#   []
#   'Bacb' ['Bacb']
# 299 '$\\b(?<![ab]a){1,3}|((?<!\\w[ab])++\\-{2}?)*(?![-]\\bb*)+1(?<!.[ab]){,2}?|(?:(?m:(?P<n38>\\d*B?\\W\\w)__?|(?i:c\\n{0}\\w?a{2}|\\d)|(?(2).+\\d\\W\\W+){1,3}?){0})\\s {,2}+' '\n1-a-c' ((0, 1), (None, None), None)
#   (0, 1) None
#   [('', ''), ('', ''), ('', '')]
#   '<\n><1>-a-c<>' ['', None, None, '', None, None, '-a-c', None, None, '']
