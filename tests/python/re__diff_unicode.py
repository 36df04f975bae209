# Differential walk of re over non-ASCII text: case-insensitive matching
# (simple case folding with CPython's equivalences: i/I/ı/İ, s/ſ, k/K,
# σ/ς/Σ, µ/μ), Unicode and ASCII categories, classes with ranges, str and
# bytes. CPython's output is the expectation.
import random
import re
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 7
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 300
random.seed(SEED)

CHARS = ["a", "A", "s", "S", "k", "K", "i", "I", "\u0131", "\u0130", "\u017f",
         "\u212a", "\u03c3", "\u03c2", "\u03a3", "\u00b5", "\u03bc", "\u00df",
         "\u1e9e", "\u00e9", "\u00c9", "\u0663", "\u00b2", "\u2167", "_", " ",
         "\u00a0", "\u2028", "\x1c", "\n", "1", "\u4e00", "\U0001d7d8", "-"]
ITEMS = ["a", "s", "k", "i", "\u0131", "\u017f", "\u03c3", "\u00e9", "\u00df",
         "A-Z", "a-z", "\u00c0-\u00ff", "\u0390-\u03ff", "\\d", "\\w", "\\s",
         "\\W", "\\D", "\\S", "\u0130", "\u212a", "\u00b5"]


def piece():
    r = random.random()
    if r < 0.5:
        return random.choice(CHARS[:-1] + ["\\w", "\\W", "\\d", "\\D", "\\s",
                                          "\\S", "\\b", "\\B", "."])
    neg = "^" if random.random() < 0.3 else ""
    return "[" + neg + "".join(random.choice(ITEMS)
                               for _ in range(random.randint(1, 3))) + "]"


def pattern():
    out = []
    for _ in range(random.randint(1, 3)):
        p = piece()
        if p not in ("\\b", "\\B"):
            p += random.choice(["", "", "+", "*", "?", "{2}"])
        out.append(p)
    return "".join(out)


for i in range(COUNT):
    p = pattern()
    flags = random.choice([0, re.I, re.I, re.A, re.I | re.A])
    s = "".join(random.choice(CHARS) for _ in range(random.randint(0, 8)))
    try:
        c = re.compile(p, flags)
    except re.error as e:
        print(i, ascii(p), "error:", e)
        continue
    print(i, ascii(p), flags, ascii(s), ascii(c.findall(s)),
          ascii(c.fullmatch(s) and c.fullmatch(s).span()))
    # bytes: the same pattern with its non-Latin-1 characters dropped
    bp = "".join(ch for ch in p if ord(ch) < 256).encode("latin-1")
    bs = "".join(ch for ch in s if ord(ch) < 256).encode("latin-1")
    bflags = flags & ~re.A if random.random() < 0.5 else flags
    try:
        bc = re.compile(bp, bflags & ~re.U)
        print("  b", ascii(bp), bc.findall(bs))
    except (re.error, ValueError) as e:
        print("  b", ascii(bp), "error:", e)

# Output:
# 0 '[k]?\\s' re.ASCII|re.IGNORECASE 'sK\u2028' [] None
#   b b'[k]?\\s' []
# 1 '\u2028' re.ASCII|re.IGNORECASE '\u03a3' [] None
#   b b'' [b'']
# 2 '[s\xe9][^\u0131\\D][\u017fi\\S]?' re.IGNORECASE 'ikS\u03c2\u4e00' [] None
#   b b'[s\xe9][^\\D][i\\S]?' []
# 3 '[\xc0-\xffA-Z][k]?' re.IGNORECASE '\u4e00\u0663\x1c\u1e9ekI\U0001d7d8\xa0' ['\u1e9ek', 'I'] None
#   b b'[\xc0-\xffA-Z][k]?' [b'k', b'I']
# 4 '\u4e00*k?' re.ASCII|re.IGNORECASE '\u0663\xb2\u4e00\nk' ['', '', '\u4e00', '', 'k', ''] None
#   b b'*k?' error: nothing to repeat at position 0
# 5 'k[\xb5\\wA-Z]{2}' re.ASCII 'A\n\xb2\u017fI' [] None
#   b b'k[\xb5\\wA-Z]{2}' []
# 6 '[^\u0390-\u03ff]*' re.ASCII '\u017f' ['\u017f', ''] (0, 1)
#   b b'[^-]*' [b'']
# 7 '\u0131*[^\xc0-\xff\xb5]*[^\u0131]' re.IGNORECASE '' [] None
#   b b'*[^\xc0-\xff\xb5]*[^]' error: nothing to repeat at position 0
# 8 '\u1e9e\\W+[\\W]?' 0 '    i1 ' [] None
#   b b'\\W+[\\W]?' [b'    ', b' ']
# 9 '[a-z]?' 0 'a' ['a', ''] (0, 1)
#   b b'[a-z]?' [b'a', b'']
# 10 '\u2167?\u03c2?\\B' re.IGNORECASE '\u21671II\u4e00' ['\u2167', '', '', '', ''] None
#   b b'??\\B' error: nothing to repeat at position 0
# 11 '\xe9\u0663{2}' re.IGNORECASE '\u017f-A\u03c2-\u2167\u0130' [] None
#   b b'\xe9{2}' []
# 12 '[^k\xdf\\W]+' re.IGNORECASE '\u03a3\U0001d7d8\u0663\u03a3\u03c3' ['\u03a3\U0001d7d8\u0663\u03a3\u03c3'] (0, 5)
#   b b'[^k\xdf\\W]+' []
# 13 '[^\\s\xc0-\xffa][\u0130]+' re.ASCII '\u2167K\u03a3i\u03a3' [] None
#   b b'[^\\s\xc0-\xffa][]+' error: unterminated character set at position 9
# 14 '\\b[\\s]{2}' re.IGNORECASE 'I' [] None
#   b b'\\b[\\s]{2}' []
# 15 '[\\d]{2} *K{2}' re.IGNORECASE '\u0131A' [] None
#   b b'[\\d]{2} *K{2}' []
# 16 '[^\\s\xb5\xc0-\xff][^\u212a]' re.ASCII|re.IGNORECASE '\u2028\u03c3' ['\u2028\u03c3'] (0, 2)
#   b b'[^\\s\xb5\xc0-\xff][^]' error: unterminated character set at position 9
# 17 '\u03c2+' re.ASCII|re.IGNORECASE '\xc9\u03bc\xa0' [] None
#   b b'+' error: nothing to repeat at position 0
# 18 '[\xb5\\S]?' re.ASCII '\u0131\u0130-\U0001d7d8A\x1c\u212aa' ['\u0131', '\u0130', '-', '\U0001d7d8', 'A', '\x1c', '\u212a', 'a', ''] None
#   b b'[\xb5\\S]?' [b'-', b'A', b'\x1c', b'a', b'']
# 19 '1?' 0 'S\xc9--1iS\xb5' ['', '', '', '', '1', '', '', '', ''] None
#   b b'1?' [b'', b'', b'', b'', b'1', b'', b'', b'', b'']
# 20 '[ak\\w]+' re.ASCII|re.IGNORECASE '\U0001d7d8\u03c3\xdf\x1c\U0001d7d81\U0001d7d8\xb5' ['1'] None
#   b b'[ak\\w]+' [b'1']
# 21 '[\\w] *' re.IGNORECASE '\xb5' ['\xb5'] (0, 1)
#   b b'[\\w] *' []
# 22 '[\u212a]{2}' re.IGNORECASE '\u03bc\u0131' [] None
#   b b'[]{2}' error: unterminated character set at position 0
# 23 '[^\u017f\xb5]' re.IGNORECASE '\U0001d7d8 \u0663\xa0\u03c3\xb2' ['\U0001d7d8', ' ', '\u0663', '\xa0', '\u03c3', '\xb2'] None
#   b b'[^\xb5]' [b' ', b'\xa0', b'\xb2']
# 24 '\u0663?A*\\b' re.IGNORECASE 'kI\u03a3iK\u03bc\xdfs' ['', ''] None
#   b b'?A*\\b' error: nothing to repeat at position 0
# 25 '\u0131*' re.IGNORECASE '\u0130\U0001d7d8\u4e00\xc9K\xdf' ['\u0130', '', '', '', '', '', ''] None
#   b b'*' error: nothing to repeat at position 0
# 26 'k+[k\u0130]I*' 0 '\xa0\xdf\u0131s-' [] None
#   b b'k+[k]I*' []
# 27 '[^\u03c3]+' re.IGNORECASE '\u03c2\u1e9e\x1c\U0001d7d8\u212a\xdf\xb2A' ['\u1e9e\x1c\U0001d7d8\u212a\xdf\xb2A'] None
#   b b'[^]+' error: unterminated character set at position 0
# 28 '\U0001d7d8?' re.IGNORECASE '1\xb5\x1ci\u2028\u4e00 \U0001d7d8' ['', '', '', '', '', '', '', '\U0001d7d8', ''] None
#   b b'?' error: nothing to repeat at position 0
# 29 '[\u212a\u0131\u0390-\u03ff]+' 0 'ak' [] None
#   b b'[-]+' []
# 30 'S[\xb5A-Z\u0130]' re.IGNORECASE '' [] None
#   b b'S[\xb5A-Z]' []
# 31 'a+' re.IGNORECASE '\xc9\xb5s\xe9\u03c2' [] None
#   b b'a+' []
# 32 'K*' re.IGNORECASE '\u03c3\xb5\U0001d7d8aK\u03bcK\u0130' ['', '', '', '', 'K', '', 'K', '', ''] None
#   b b'K*' [b'', b'', b'KK', b'']
# 33 '\xe9+' re.IGNORECASE '-' [] None
#   b b'\xe9+' []
# 34 '[\u0390-\u03ffa-z\\s]' re.IGNORECASE 's\U0001d7d8' ['s'] None
#   b b'[-a-z\\s]' [b's']
# 35 '[\\W\\Sa]{2}[\u212a\xe9k]\\B' re.IGNORECASE '_' [] None
#   b b'[\\W\\Sa]{2}[\xe9k]\\B' []
# 36 'A{2}[^a\\w][k\xb5\\W]' re.ASCII 'k\u03bc\xb5\u03c2' [] None
#   b b'A{2}[^a\\w][k\xb5\\W]' []
# 37 '[k\\s]{2}s?[^\u0131a-z\xdf]{2}' re.IGNORECASE 'a1' [] None
#   b b'[k\\s]{2}s?[^a-z\xdf]{2}' []
# 38 '[^\xb5]*\\w+' re.ASCII '\nI\u03c3\xe9K1A' ['\nI\u03c3\xe9K1A'] (0, 7)
#   b b'[^\xb5]*\\w+' [b'\nI\xe9K1A']
# 39 '[\xdf\u0390-\u03ff]' re.IGNORECASE 'K' [] None
#   b b'[\xdf-]' []
# 40 '\u2167[i\xc0-\xff]\u4e00*' 0 'a\u4e00' [] None
#   b b'[i\xc0-\xff]*' [b'', b'']
# 41 '\u0130*\xc9' re.IGNORECASE '' [] None
#   b b'*\xc9' error: nothing to repeat at position 0
# 42 '[^a]{2}\u2167' re.ASCII 'k\u2167\u2028\xdfS\xdf' [] None
#   b b'[^a]{2}' [b'k\xdf', b'S\xdf']
# 43 '\u0130[\u03c3\xc0-\xff]*[\u0390-\u03ff\\D\\D]' 0 '' [] None
#   b b'[\xc0-\xff]*[-\\D\\D]' []
# 44 '\u0131{2}[\u0131\u017f\\s]*' re.IGNORECASE '\xe9\u03bc\u03bc ' [] None
#   b b'{2}[\\s]*' error: nothing to repeat at position 0
# 45 ' \u017f' re.IGNORECASE '\u4e00\u03a3\x1c\u0663\x1c\u2028\u0131\u03c3' [] None
#   b b' ' []
# 46 'K+' re.IGNORECASE '\u03bc\u03c3A\xa0_' [] None
#   b b'K+' []
# 47 '\xdf+[\xc0-\xff\u0131\xb5]?[k]+' re.IGNORECASE ' \x1c\u2028\xe9A\u0131' [] None
#   b b'\xdf+[\xc0-\xff\xb5]?[k]+' []
# 48 '[\\sak]*[\\w\\w\xe9]\u0130?' 0 'Ksa\u0131\u03a3s\xe9' ['K', 's', 'a\u0131', '\u03a3', 's', '\xe9'] None
#   b b'[\\sak]*[\\w\\w\xe9]?' [b'K', b's', b'as', b'\xe9', b'']
# 49 '\\BI\\w?' re.IGNORECASE '\u03bc\u03a3aa\xe9\n' [] None
#   b b'\\BI\\w?' []
# 50 '[\\W\xe9]?\xa0{2}' re.IGNORECASE '' [] None
#   b b'[\\W\xe9]?\xa0{2}' []
# 51 '[\xdf][\\s]' re.IGNORECASE '\u2167 \u03c3a\u1e9e\U0001d7d8' [] None
#   b b'[\xdf][\\s]' []
# 52 '[\xe9]*\u1e9e' re.ASCII|re.IGNORECASE '\u212a\u03a3\u4e00\xa0S\u0130 ' [] None
#   b b'[\xe9]*' [b'', b'', b'', b'']
# 53 '[^s]' re.ASCII '\xc9IK\u017f\u0663\u03c3\u212a' ['\xc9', 'I', 'K', '\u017f', '\u0663', '\u03c3', '\u212a'] None
#   b b'[^s]' [b'\xc9', b'I', b'K']
# 54 '[^\u0390-\u03ff\xc0-\xffa-z]*a\xb2*' 0 '\u03c2_\xb2\xe9\u2028KS1' [] None
#   b b'[^-\xc0-\xffa-z]*a\xb2*' []
# 55 '[^\\sa]{2}\\B[^\\w]' 0 '\u03c3k\u0663\u2167' [] None
#   b b'[^\\sa]{2}\\B[^\\w]' []
# 56 '\xc9+\\S{2}[^i]*' re.ASCII '\u03bc\u2028\u4e00\u0131\u4e00\u212a' [] None
#   b b'\xc9+\\S{2}[^i]*' []
# 57 '\u0130?\xc9*\\S' re.ASCII|re.IGNORECASE ' \u017f\xb5' ['\u017f', '\xb5'] None
#   b b'?\xc9*\\S' error: nothing to repeat at position 0
# 58 '\\d?\u2028[^\u03c3]' re.ASCII '\x1c\u212a\u03a3\u0131\xa0\n\xb5' [] None
#   b b'\\d?[^]' error: unterminated character set at position 3
# 59 '[A-Z\xdf]?\u03bc{2}\x1c' re.IGNORECASE '\xb5\u0130\u1e9e' [] None
#   b b'[A-Z\xdf]?{2}\x1c' error: multiple repeat at position 7
# 60 'k*\xb5?[\u212a]*' 0 'a' ['', ''] None
#   b b'k*\xb5?[]*' error: unterminated character set at position 4
# 61 '[A-Z]' 0 '' [] None
#   b b'[A-Z]' []
# 62 'k+[^\xdf\xb5a][\u03c3s]+' re.IGNORECASE 's\u03c2' [] None
#   b b'k+[^\xdf\xb5a][s]+' []
# 63 '[a]+' re.ASCII '\u212a\xe9k\u03c2s' [] None
#   b b'[a]+' []
# 64 '\xa0[\u212a]?\u017f*' re.IGNORECASE '\u1e9e\xe9\xa0S\xe9\xb2' ['\xa0S'] None
#   b b'\xa0[]?*' error: unterminated character set at position 1
# 65 '[\u212a\u03c3]*' re.ASCII 'a\u2028\u017f' ['', '', '', ''] None
#   b b'[]*' error: unterminated character set at position 0
# 66 '\u2167*' re.IGNORECASE 'aS' ['', '', ''] None
#   b b'*' error: nothing to repeat at position 0
# 67 '[\u0130\xc0-\xff\\W]\u1e9e[\u0390-\u03ff]*' re.IGNORECASE '\u0131s1\xc9' [] None
#   b b'[\xc0-\xff\\W][-]*' [b'\xc9']
# 68 '\\b[\xe9\u0130\u0390-\u03ff]?[\\S]' 0 '-\u017f_\xb2I\u0130' ['\u017f'] None
#   b b'\\b[\xe9-]?[\\S]' [b'_', b'\xb2', b'I']
# 69 '[^\xb5s\xb5]+\\S*[\u212a\\d]+' re.ASCII|re.IGNORECASE '\u2028_\u2167' [] None
#   b b'[^\xb5s\xb5]+\\S*[\\d]+' []
# 70 'a?[\u0130\\w]' re.ASCII 'ik\u0131\xb2\u2028\u2167' ['i', 'k'] None
#   b b'a?[\\w]' [b'i', b'k']
# 71 '[\u212a]\xc9{2}' re.ASCII|re.IGNORECASE 'S' [] None
#   b b'[]\xc9{2}' error: unterminated character set at position 0
# 72 '[k]?[\u0131]*' re.IGNORECASE '\u03a3k' ['', 'k', ''] None
#   b b'[k]?[]*' error: unterminated character set at position 4
# 73 '[^\xdf\\w\u0131]+[\\S]+[^s\u03c3]' re.ASCII '\xdf\xc9' [] None
#   b b'[^\xdf\\w]+[\\S]+[^s]' []
# 74 '[^s\u212a\xc0-\xff]*' re.ASCII|re.IGNORECASE 'i\u03bc \u2167\u03bc_\u2167\u0130' ['i\u03bc \u2167\u03bc_\u2167\u0130', ''] (0, 8)
#   b b'[^s\xc0-\xff]*' [b'i _', b'']
# 75 '\u212a?' 0 '-\u03bc\xe9\xc9' ['', '', '', '', ''] None
#   b b'?' error: nothing to repeat at position 0
# 76 '\u0130+[\xc0-\xffs\u0131]*.' 0 '' [] None
#   b b'+[\xc0-\xffs]*.' error: nothing to repeat at position 0
# 77 '\\w+[\\S\u0131]' re.IGNORECASE '\u017f\u0131a\xb5\u0130\x1ci' ['\u017f\u0131a\xb5\u0130'] None
#   b b'\\w+[\\S]' [b'a\xb5']
# 78 '[\xdfa]' re.ASCII|re.IGNORECASE '\x1c-\u4e00\xb5\u017f' [] None
#   b b'[\xdfa]' []
# 79 'A*' re.IGNORECASE '\u017fSi' ['', '', '', ''] None
#   b b'A*' [b'', b'', b'']
# 80 '[^\u03c3\\W]?[\u0130\u017f]?\xe9{2}' 0 'a_\u2028\nK\x1c\u212a' [] None
#   b b'[^\\W]?[]?\xe9{2}' error: unterminated character set at position 6
# 81 '.' 0 '\u03bcS\xdf\u2028-' ['\u03bc', 'S', '\xdf', '\u2028', '-'] None
#   b b'.' [b'S', b'\xdf', b'-']
# 82 '[k]?\u03bc' re.IGNORECASE '\xc9\u03c3' [] None
#   b b'[k]?' [b'', b'']
# 83 '[\xb5\\D\\s]*[\\d]{2}' re.IGNORECASE '\u03c2 k\u017f' [] None
#   b b'[\xb5\\D\\s]*[\\d]{2}' []
# 84 '\\b' re.IGNORECASE '\u0130AAs\u0131' ['', ''] None
#   b b'\\b' [b'', b'']
# 85 'k{2}\\s+\\W{2}' 0 'i\xb5\u03c2\u03c2Is' [] None
#   b b'k{2}\\s+\\W{2}' []
# 86 '\\B[i]{2}\xc9+' re.ASCII 'A\xb2\u03bc\u1e9e' [] None
#   b b'\\B[i]{2}\xc9+' []
# 87 '[\\W\\sA-Z]?[\\d]?' 0 '1S\u03c2K\u1e9e' ['1', 'S', '', 'K', '', ''] None
#   b b'[\\W\\sA-Z]?[\\d]?' [b'1', b'S', b'K', b'']
# 88 '[^a]+' re.ASCII '\u4e00' ['\u4e00'] (0, 1)
#   b b'[^a]+' []
# 89 '[\xdf\\S\u017f]+' re.IGNORECASE '\u4e00\u017fI' ['\u4e00\u017fI'] (0, 3)
#   b b'[\xdf\\S]+' [b'I']
# 90 '\\d' re.IGNORECASE 'i  K\u2028' [] None
#   b b'\\d' []
# 91 '\xe9+' re.ASCII '\U0001d7d8\u017f_\u03a3\n\u0131s\xb2' [] None
#   b b'\xe9+' []
# 92 '\x1c{2}[\\w\xdf]?\u0663*' re.IGNORECASE '\u03c3\xdf\xe9\u0130\u0130\xb5\xc9-' [] None
#   b b'\x1c{2}[\\w\xdf]?*' error: multiple repeat at position 10
# 93 '\u03c3+' 0 'i\u03c3' ['\u03c3'] None
#   b b'+' error: nothing to repeat at position 0
# 94 '[\xdf\u03c3]' 0 '\u03c2_\ns' [] None
#   b b'[\xdf]' []
# 95 '[A-Z\\wa] ' re.IGNORECASE '\xa0\u03a3\u03a3\u212aI\n' [] None
#   b b'[A-Z\\wa] ' []
# 96 '[^\xe9\u0390-\u03ff]{2}[^\\s\\w]' re.ASCII|re.IGNORECASE '-\u212a\xc9a_\u4e00' ['-\u212a\xc9', 'a_\u4e00'] None
#   b b'[^\xe9-]{2}[^\\s\\w]' []
# 97 '\\W' re.IGNORECASE '-\xb2i' ['-'] None
#   b b'\\W' [b'-', b'\xb2']
# 98 '[a\u212a\xc0-\xff]?\n' re.IGNORECASE '\U0001d7d8I\xb2S\u03bc\xdf' [] None
#   b b'[a\xc0-\xff]?\n' []
# 99 '\xa0*' re.IGNORECASE 'i\u03a3\xe9 ' ['', '', '', '', ''] None
#   b b'\xa0*' [b'', b'', b'', b'']
# 100 '[\\w\u03c3]k{2}.?' re.IGNORECASE '\xb2\xa0' [] None
#   b b'[\\w]k{2}.?' []
# 101 '[\xc0-\xff\xe9]+[\xb5\u017f]*' 0 '\xb2\xb5\xe9\xc9' ['\xe9\xc9'] None
#   b b'[\xc0-\xff\xe9]+[\xb5]*' [b'\xe9\xc9']
# 102 '[^\u0131A-Z]*\\D+' re.IGNORECASE '\xb2aa\u03c2k\u1e9e\u03bci' ['\xb2aa\u03c2k\u1e9e\u03bci'] (0, 8)
#   b b'[^A-Z]*\\D+' [b'\xb2aaki']
# 103 '\x1c+' re.IGNORECASE ' \u017fK' [] None
#   b b'\x1c+' []
# 104 '[\\s]{2}K{2}[\\D]' re.IGNORECASE '\u03a3\u01311\u4e00S1' [] None
#   b b'[\\s]{2}K{2}[\\D]' []
# 105 '[^\\D]?' 0 '\xc9\n' ['', '', ''] None
#   b b'[^\\D]?' [b'', b'', b'']
# 106 '[\\d\\d]{2}\\B' re.IGNORECASE '' [] None
#   b b'[\\d\\d]{2}\\B' []
# 107 '[i\\W]*' re.ASCII 's\u03c2' ['', '\u03c2', ''] None
#   b b'[i\\W]*' [b'', b'']
# 108 'i{2}1?[\\da-z]*' re.IGNORECASE 'S\u1e9e\u1e9e\xb2\u4e00 \u0663\U0001d7d8' [] None
#   b b'i{2}1?[\\da-z]*' []
# 109 '\u03c2{2}I+\xe9' re.ASCII|re.IGNORECASE 's' [] None
#   b b'{2}I+\xe9' error: nothing to repeat at position 0
# 110 '[\u0390-\u03ff]+s[s\\W\\D]?' re.ASCII 'K\u03c2' [] None
#   b b'[-]+s[s\\W\\D]?' []
# 111 '\u212a[i\u212a]\u0131+' re.ASCII|re.IGNORECASE '\xe9\u212a\xa0s' [] None
#   b b'[i]+' []
# 112 '[\\s]?[\\S\u0390-\u03ff]*' 0 '' [''] (0, 0)
#   b b'[\\s]?[\\S-]*' [b'']
# 113 '[\\s]*[^\u03c3\u0131]{2}a' 0 '\u03c2' [] None
#   b b'[\\s]*[^]{2}a' error: unterminated character set at position 5
# 114 '\xdf{2}' re.ASCII|re.IGNORECASE '\x1c\u212aS' [] None
#   b b'\xdf{2}' []
# 115 '[kA-Z\u212a]?[ss].{2}' re.ASCII|re.IGNORECASE '_' [] None
#   b b'[kA-Z]?[ss].{2}' []
# 116 '[\u0130s]+\\D{2}\u017f' 0 '\u017f\xa01_\x1c' [] None
#   b b'[s]+\\D{2}' []
# 117 '\xdf[a-z\u0130a][\xe9\u0390-\u03ff]*' re.ASCII '\x1c\u1e9ea' [] None
#   b b'\xdf[a-za][\xe9-]*' []
# 118 '\\s\u0130?' re.IGNORECASE '\u4e00\xb2K\u4e00' [] None
#   b b'\\s?' [b'', b'', b'']
# 119 '[A-Z]?' 0 '\n\u03c2\u03bca_\n' ['', '', '', '', '', '', ''] None
#   b b'[A-Z]?' [b'', b'', b'', b'', b'']
# 120 '[\u0390-\u03ff]?[^a-z\\s\\W]?\u03c2' 0 '\u1e9e\u2167' [] None
#   b b'[-]?[^a-z\\s\\W]?' [b'']
# 121 '\\w\u4e00+' 0 '\nK\u0130\xc9A' [] None
#   b b'\\w+' [b'K', b'A']
# 122 '[^\\S]*[^\\di]*[\xdf]' re.IGNORECASE '\u212a_K' [] None
#   b b'[^\\S]*[^\\di]*[\xdf]' []
# 123 '[\\sk]?' re.ASCII 'K' ['', ''] None
#   b b'[\\sk]?' [b'', b'']
# 124 'K{2}[^\xc0-\xff][^\xdf]+' 0 'AS\u03bc\U0001d7d81Si\u0130' [] None
#   b b'K{2}[^\xc0-\xff][^\xdf]+' []
# 125 '[\\S\\S]*' 0 '\xc9\u2167\u03bc_I\u21671' ['\xc9\u2167\u03bc_I\u21671', ''] (0, 7)
#   b b'[\\S\\S]*' [b'\xc9_I1', b'']
# 126 '\u0130{2}[s]' re.IGNORECASE '\u2167' [] None
#   b b'{2}[s]' error: nothing to repeat at position 0
# 127 '[a\u212a]' re.ASCII '\xc9\u03a31I\u2167' [] None
#   b b'[a]' []
# 128 '[^\\D\u0131]*' re.IGNORECASE '\xa0\xa0\xb5\u0130' ['', '', '', '', ''] None
#   b b'[^\\D]*' [b'', b'', b'', b'']
# 129 '[\xdf]*\n*\U0001d7d8' re.IGNORECASE '1\u1e9eI\u03bc\u03c3\u2167\u2028\u03bc' [] None
#   b b'[\xdf]*\n*' [b'', b'', b'']
# 130 '\u1e9e*' re.IGNORECASE '' [''] (0, 0)
#   b b'*' error: nothing to repeat at position 0
# 131 '\\B\U0001d7d8+' re.ASCII|re.IGNORECASE '\x1ca' [] None
#   b b'\\B+' error: nothing to repeat at position 2
# 132 '\u2167*\xa0\u212a' re.IGNORECASE '\u03a3\u212a\u03c3KK\u4e00\xdf\u212a' [] None
#   b b'*\xa0' error: nothing to repeat at position 0
# 133 '[\\S]+k{2}[s\\W\xc0-\xff]+' re.IGNORECASE 'Ka\xa01\u0131\xdf\xb5' [] None
#   b b'[\\S]+k{2}[s\\W\xc0-\xff]+' []
# 134 '\u2167?[^\\w\\Wk]' re.IGNORECASE '\xc9_S' [] None
#   b b'?[^\\w\\Wk]' error: nothing to repeat at position 0
# 135 '[a\\W\\D]' 0 'K\u03a3\u212a' ['K', '\u03a3', '\u212a'] None
#   b b'[a\\W\\D]' [b'K']
# 136 'A\u03c3+' 0 '-\xb5\x1ci\xb2i\u212a' [] None
#   b b'A+' []
# 137 '\\s?' re.IGNORECASE 'I' ['', ''] None
#   b b'\\s?' [b'', b'']
# 138 '[^\u0131]{2}' re.ASCII|re.IGNORECASE ' \u017fA_\xa0-s' [' \u017f', 'A_', '\xa0-'] None
#   b b'[^]{2}' error: unterminated character set at position 0
# 139 '[a-z]{2}' re.ASCII ' S\xc9-\u0130' [] None
#   b b'[a-z]{2}' []
# 140 '\u2028{2}[\u017fka-z]*' re.IGNORECASE 'A\u03a3\u0131\xa0 \nss' [] None
#   b b'{2}[ka-z]*' error: nothing to repeat at position 0
# 141 '[\xdf\u212a\\D][^a\\d\xe9]\xe9+' re.IGNORECASE 'S' [] None
#   b b'[\xdf\\D][^a\\d\xe9]\xe9+' []
# 142 '[^\\D\u0131\\w][\\SA-Z]+K{2}' re.ASCII|re.IGNORECASE '\n\u03a3_\u03c3' [] None
#   b b'[^\\D\\w][\\SA-Z]+K{2}' []
# 143 '\\d+[a\xe9]+' re.IGNORECASE '\U0001d7d8_ ' [] None
#   b b'\\d+[a\xe9]+' []
# 144 '\xb5+[\u03c3A-Z]' 0 'k\xb2' [] None
#   b b'\xb5+[A-Z]' []
# 145 '[i\\W]' re.IGNORECASE '\u0663\xb2\u0131\u03c3\xdf-' ['\u0131', '-'] None
#   b b'[i\\W]' [b'\xb2', b'\xdf', b'-']
# 146 '[\u212a\u212a]{2}i\\d?' 0 ' \u0130\xa0\xdfI_\x1c' [] None
#   b b'[]{2}i\\d?' error: unterminated character set at position 0
# 147 '[^\\W\\D]?\xc9' re.ASCII '\x1c\xe9\u212a\xe9\u0130\u2028' [] None
#   b b'[^\\W\\D]?\xc9' []
# 148 '\u0663+[a-z][a]' re.IGNORECASE '\xe9\xe9\u2028--\u2028_' [] None
#   b b'+[a-z][a]' error: nothing to repeat at position 0
# 149 '[\xb5]' re.ASCII|re.IGNORECASE 'i\xa0\u2167' [] None
#   b b'[\xb5]' []
# 150 '[\\d]*\\b[\\Wk\u017f]+' re.IGNORECASE 'k\xe9\U0001d7d8\u212aI' ['k'] None
#   b b'[\\d]*\\b[\\Wk]+' [b'k\xe9']
# 151 '[\\d\u212a\u017f]?\U0001d7d8' re.ASCII|re.IGNORECASE '\xa0\u212aS' [] None
#   b b'[\\d]?' [b'', b'', b'']
# 152 '\\D{2}[^aa]+[\u0390-\u03ffi]?' 0 '' [] None
#   b b'\\D{2}[^aa]+[-i]?' []
# 153 '[\\D\\W\u0131]?\\S' re.IGNORECASE '-\U0001d7d8' ['-\U0001d7d8'] (0, 2)
#   b b'[\\D\\W]?\\S' [b'-']
# 154 '\\w*' re.ASCII 'Sa\xc9\u0130\xb5\xb2' ['Sa', '', '', '', '', ''] None
#   b b'\\w*' [b'Sa', b'', b'', b'', b'']
# 155 'i?' 0 '\u03c3\x1c_AS' ['', '', '', '', '', ''] None
#   b b'i?' [b'', b'', b'', b'', b'']
# 156 '[s\u0130]s' re.ASCII|re.IGNORECASE '\xc9a' [] None
#   b b'[s]s' []
# 157 '\\S+[\xe9]{2}' re.ASCII '\xa0\xe9 ' [] None
#   b b'\\S+[\xe9]{2}' []
# 158 '\xb5\xb2*' re.IGNORECASE '' [] None
#   b b'\xb5\xb2*' []
# 159 '\u2167_+' re.ASCII 'I' [] None
#   b b'_+' []
# 160 '[A-Z\xc0-\xff]\xdf{2}' 0 '\u0130\xb5\u0131K\u03c3' [] None
#   b b'[A-Z\xc0-\xff]\xdf{2}' []
# 161 '[\u017f]+' re.IGNORECASE ' _\u03c2' [] None
#   b b'[]+' error: unterminated character set at position 0
# 162 '[^\xb5\u0131]{2}[\\S\xc0-\xff]?' re.IGNORECASE '\U0001d7d8\u03c2\u0131I\U0001d7d8K' ['\U0001d7d8\u03c2\u0131', '\U0001d7d8K'] None
#   b b'[^\xb5]{2}[\\S\xc0-\xff]?' [b'IK']
# 163 '[\xb5]{2}[k\u017f]' re.IGNORECASE 'ik\u2167' [] None
#   b b'[\xb5]{2}[k]' []
# 164 '\xe9\u0131{2}' re.ASCII '\xb2 \n\u0131' [] None
#   b b'\xe9{2}' []
# 165 '\xb2*' 0 '\xb5 \xb2i\u212a\u1e9eI' ['', '', '\xb2', '', '', '', '', ''] None
#   b b'\xb2*' [b'', b'', b'\xb2', b'', b'', b'']
# 166 '[\u0390-\u03ff][\u0131\u0390-\u03ff]{2}\xe9{2}' re.IGNORECASE '\u4e00-\u03bc' [] None
#   b b'[-][-]{2}\xe9{2}' []
# 167 '[i]{2}s?[^\xb5]' 0 '\u03c2\xb2K\xa0 ' [] None
#   b b'[i]{2}s?[^\xb5]' []
# 168 '[^\xc0-\xff]*\u0663{2}[\u212a\\w\\W]' re.IGNORECASE '\U0001d7d8\u0131\u4e00\u03c3s\u03bc' [] None
#   b b'[^\xc0-\xff]*{2}[\\w\\W]' error: multiple repeat at position 7
# 169 '[\xdf\xe9s]' re.IGNORECASE '\xa0K\u03c3\xe9\u0131' ['\xe9'] None
#   b b'[\xdf\xe9s]' [b'\xe9']
# 170 '1[^\\w\u0131\u212a]+[^\u0131\\S\\S]' re.IGNORECASE '\u2028' [] None
#   b b'1[^\\w]+[^\\S\\S]' []
# 171 '[^\u0390-\u03ff\u03c3]' re.IGNORECASE '' [] None
#   b b'[^-]' []
# 172 '\xdf+' re.IGNORECASE '\xe9' [] None
#   b b'\xdf+' []
# 173 '\x1c*' re.ASCII|re.IGNORECASE '\u1e9e\u017fksa' ['', '', '', '', '', ''] None
#   b b'\x1c*' [b'', b'', b'', b'']
# 174 '\u0663{2}[^\\d\\s]' re.ASCII|re.IGNORECASE 'a\xb2K\u1e9e\u03bc' [] None
#   b b'{2}[^\\d\\s]' error: nothing to repeat at position 0
# 175 'A' re.ASCII '\u1e9e\u2167' [] None
#   b b'A' []
# 176 '[\u017fiA-Z]{2}[\xc0-\xffa-z\xe9]+\u2167+' re.IGNORECASE '' [] None
#   b b'[iA-Z]{2}[\xc0-\xffa-z\xe9]++' []
# 177 '[\u0390-\u03ffs\u03c3]*\u017f+[\xe9]' re.IGNORECASE ' Ks\x1c1\u03c3\u03c2' [] None
#   b b'[-s]*+[\xe9]' []
# 178 '\\b' re.ASCII|re.IGNORECASE '\u0130\u1e9ekS\U0001d7d8\xa0' ['', ''] None
#   b b'\\b' [b'', b'']
# 179 '\u212a{2}' re.IGNORECASE '\u1e9ea\x1c\xb2\u03c31' [] None
#   b b'{2}' error: nothing to repeat at position 0
# 180 '[\u212a\u0131\u0390-\u03ff]?[\xb5]+' re.ASCII|re.IGNORECASE '\xa0\u21671\u0131' [] None
#   b b'[-]?[\xb5]+' []
# 181 '[\xe9]{2}[\xb5]?' re.IGNORECASE '\xa0\u2167-\xb5\x1c \u03bcI' [] None
#   b b'[\xe9]{2}[\xb5]?' []
# 182 '[^\u212ai]' re.ASCII|re.IGNORECASE '\u4e00\u03a3\n\u03a3' ['\u4e00', '\u03a3', '\n', '\u03a3'] None
#   b b'[^i]' [b'\n']
# 183 '\U0001d7d8?[k\\w\u0131]?[\u212a]{2}' re.ASCII|re.IGNORECASE '\n' [] None
#   b b'?[k\\w]?[]{2}' error: nothing to repeat at position 0
# 184 '[\\S]*[^s\u0390-\u03ff\xe9]' re.IGNORECASE '' [] None
#   b b'[\\S]*[^s-\xe9]' []
# 185 '[\u0131]*[^\\S][\xc0-\xff]{2}' re.IGNORECASE '' [] None
#   b b'[]*[^\\S][\xc0-\xff]{2}' []
# 186 '\U0001d7d8{2}' re.ASCII|re.IGNORECASE '\u4e00s\xb2i\xb2' [] None
#   b b'{2}' error: nothing to repeat at position 0
# 187 '\xb5+\x1c[a]*' 0 '\u03bc' [] None
#   b b'\xb5+\x1c[a]*' []
# 188 '[\u0390-\u03ff\u0131\\S]+[\\wa]\u0130*' re.ASCII|re.IGNORECASE 'ssk\u212a 1\u017f' ['ssk'] None
#   b b'[-\\S]+[\\wa]*' [b'ssk', b'1']
# 189 '\\b[\u03c3A-Z\u0131]?' re.ASCII|re.IGNORECASE '' [] None
#   b b'\\b[A-Z]?' []
# 190 '[\u0390-\u03ff\xc0-\xff]+\\s*' re.IGNORECASE 'A\xb5\n' ['\xb5\n'] None
#   b b'[-\xc0-\xff]+\\s*' []
# 191 '\u0130{2}[^k\\W]+\\D?' re.ASCII|re.IGNORECASE 'si' [] None
#   b b'{2}[^k\\W]+\\D?' error: nothing to repeat at position 0
# 192 '[A-Z\xe9][\xc0-\xff\\W]{2}' re.IGNORECASE ' \u0663S\u0663\xc9' [] None
#   b b'[A-Z\xe9][\xc0-\xff\\W]{2}' []
# 193 '[\xc0-\xff]a{2}' re.ASCII '\x1c \xe9\u017fk\u0130' [] None
#   b b'[\xc0-\xff]a{2}' []
# 194 '\\D?[\u03c3]?' 0 '\xe9\xb2' ['\xe9', '\xb2', ''] None
#   b b'\\D?[]?' error: unterminated character set at position 3
# 195 '[k\\sa-z]\u03bc?' 0 '\xdf\xb5' [] None
#   b b'[k\\sa-z]?' [b'', b'', b'']
# 196 '\x1c' re.ASCII|re.IGNORECASE '\U0001d7d8i\u03c3\xb5' [] None
#   b b'\x1c' []
# 197 '[^a-z\u0131a]' re.IGNORECASE 'a\xc9A\u03c2\xc9\xc9A\u4e00' ['\xc9', '\u03c2', '\xc9', '\xc9', '\u4e00'] None
#   b b'[^a-za]' [b'\xc9', b'\xc9', b'\xc9']
# 198 '[^sk]{2}[\u0390-\u03ff\xdf\\w]\xc9?' re.IGNORECASE '' [] None
#   b b'[^sk]{2}[-\xdf\\w]\xc9?' []
# 199 '[a]\\w\u2167*' re.IGNORECASE '\u0130\u0663\u03a3\u03bc1s\xe9\n' [] None
#   b b'[a]\\w*' []
# 200 '[\xdf][^\u0131\u212a]' re.ASCII 'A' [] None
#   b b'[\xdf][^]' error: unterminated character set at position 3
# 201 '\U0001d7d8' re.ASCII|re.IGNORECASE '\u03bc\u2167' [] None
#   b b'' [b'']
# 202 '[\\W]' re.IGNORECASE '\x1c\u4e00\u03c2' ['\x1c'] None
#   b b'[\\W]' [b'\x1c']
# 203 '[a-z]a' re.ASCII 'S\u03a3_\xa0_' [] None
#   b b'[a-z]a' []
# 204 '[^\xdf]{2}\u03a3+\u2028{2}' re.IGNORECASE '\u4e00\u03c2\u017f1' [] None
#   b b'[^\xdf]{2}+{2}' error: multiple repeat at position 8
# 205 '[^A-Zk]+\xb5' re.IGNORECASE '\u03c2S\u03c2\u2167s\x1c\u212a' [] None
#   b b'[^A-Zk]+\xb5' []
# 206 '[^i]' 0 '\xe9\u0130' ['\xe9', '\u0130'] None
#   b b'[^i]' [b'\xe9']
# 207 '\u017f*[^\u212a\xb5]{2}' re.ASCII 's\xb5\u03c3as' ['\u03c3a'] None
#   b b'*[^\xb5]{2}' error: nothing to repeat at position 0
# 208 '\u2028{2}A[i]*' re.IGNORECASE '\u2028a\u212a\u03a3\u0130\U0001d7d8I-' [] None
#   b b'{2}A[i]*' error: nothing to repeat at position 0
# 209 '[^\xe9]{2}\u212a' re.IGNORECASE 'ks\u03c3\U0001d7d8' [] None
#   b b'[^\xe9]{2}' [b'ks']
# 210 '[^s\u212a]*[\\d\xdf\u0390-\u03ff]*\xa0*' re.IGNORECASE '_\xa0\u0130a\xb5\U0001d7d8' ['_\xa0\u0130a\xb5\U0001d7d8', ''] (0, 6)
#   b b'[^s]*[\\d\xdf-]*\xa0*' [b'_\xa0a\xb5', b'']
# 211 '[\u03c3]{2}\\b' 0 '' [] None
#   b b'[]{2}\\b' error: unterminated character set at position 0
# 212 '.*[a\\s\u212a]*[\xe9\u212a]{2}' re.ASCII 'k -\xdf\xc9' [] None
#   b b'.*[a\\s]*[\xe9]{2}' []
# 213 '[\xdf\\s]{2}\\s*[\\W]+' re.ASCII|re.IGNORECASE '-\u017f\u2167' [] None
#   b b'[\xdf\\s]{2}\\s*[\\W]+' []
# 214 '\n' 0 '_\u2167\u2028I\xa0' [] None
#   b b'\n' []
# 215 '\u2167+[\\w\xb5]' re.IGNORECASE '\u1e9e\x1cI\x1c1\u212a' [] None
#   b b'+[\\w\xb5]' error: nothing to repeat at position 0
# 216 '\u0131+' re.ASCII '\xb5\u2167-\u0663_\u03bcA\u03c3' [] None
#   b b'+' error: nothing to repeat at position 0
# 217 '\u212a+[^\xdf\xe9]+' re.ASCII '-' [] None
#   b b'+[^\xdf\xe9]+' error: nothing to repeat at position 0
# 218 '\u2028+' re.ASCII|re.IGNORECASE 's\x1c_\u2167s' [] None
#   b b'+' error: nothing to repeat at position 0
# 219 '[\xdf\xc0-\xff\xe9]*[^\u03c3\\S\xc0-\xff]' re.IGNORECASE 'kK\x1c_ ' ['\x1c', ' '] None
#   b b'[\xdf\xc0-\xff\xe9]*[^\\S\xc0-\xff]' [b' ']
# 220 '[i]?[\\d\\d\\s]' 0 ' \u4e00\u0131\U0001d7d8a\u03a3\u03c3' [' ', '\U0001d7d8'] None
#   b b'[i]?[\\d\\d\\s]' [b' ']
# 221 '[^\u0390-\u03ff\\w]' 0 'kai' [] None
#   b b'[^-\\w]' []
# 222 '[^\u03c3a-z\\s]' re.ASCII|re.IGNORECASE '\u0131\xa0S\u0130\xc9\u0663' ['\u0131', '\xa0', '\u0130', '\xc9', '\u0663'] None
#   b b'[^a-z\\s]' [b'\xa0', b'\xc9']
# 223 '\\W+' re.ASCII|re.IGNORECASE 'K\xc9_\u03bc' ['\xc9', '\u03bc'] None
#   b b'\\W+' [b'\xc9']
# 224 '[\xb5s]+_*' re.ASCII|re.IGNORECASE '\xe9\u03c3\u0131S' ['S'] None
#   b b'[\xb5s]+_*' [b'S']
# 225 '\n{2}\\s\u0663' re.ASCII 'S\xc9ak\xa0\xc9s\xdf' [] None
#   b b'\n{2}\\s' []
# 226 '\u03c2?[\\w\u03c3\u03c3]' re.IGNORECASE 'IS\u0131k\u4e00\u212a' ['I', 'S', '\u0131', 'k', '\u4e00', '\u212a'] None
#   b b'?[\\w]' error: nothing to repeat at position 0
# 227 '[\xe9\xb5]{2}[^\\D]\u03c2?' 0 'i\u03c3KS\xa0\u03a3\u03bc' [] None
#   b b'[\xe9\xb5]{2}[^\\D]?' []
# 228 '[^\u0131]\x1c+' re.IGNORECASE '\u0130\xe9\u03bc\xc9\u03c2' [] None
#   b b'[^]\x1c+' error: unterminated character set at position 0
# 229 '[a-z]*\u1e9e[\\w]' re.IGNORECASE '\u0663 Is\xb2I' [] None
#   b b'[a-z]*[\\w]' [b'Is', b'I']
# 230 '[kA-Z\\s]+' 0 'K\u03c3\u4e00\xdf\xe9K\u03c3' ['K', 'K'] None
#   b b'[kA-Z\\s]+' [b'K', b'K']
# 231 '[\\S]+\\S' 0 '\u03c3\u0130\xe9S\u212a' ['\u03c3\u0130\xe9S\u212a'] (0, 5)
#   b b'[\\S]+\\S' [b'\xe9S']
# 232 '\u0663{2}I+' 0 '\niI\u017f \nss' [] None
#   b b'{2}I+' error: nothing to repeat at position 0
# 233 '.{2}\\D+\u017f+' re.IGNORECASE '\u0663' [] None
#   b b'.{2}\\D++' []
# 234 '[\xdf]\xb5\xdf?' re.ASCII|re.IGNORECASE '\xc9' [] None
#   b b'[\xdf]\xb5\xdf?' []
# 235 '[^\xc0-\xff\u03c3]+' re.ASCII '\u03c2\u0131\xb5\U0001d7d8\xb5iai' ['\u03c2\u0131\xb5\U0001d7d8\xb5iai'] (0, 8)
#   b b'[^\xc0-\xff]+' [b'\xb5\xb5iai']
# 236 '[\xe9][^a\\d]*' re.ASCII|re.IGNORECASE 'I\u1e9eIK\u03c2\u03a3\xb5\U0001d7d8' [] None
#   b b'[\xe9][^a\\d]*' []
# 237 '[^is]' re.ASCII|re.IGNORECASE '\xe9\u0663' ['\xe9', '\u0663'] None
#   b b'[^is]' [b'\xe9']
# 238 '[^\\d\\d]\xb5' re.ASCII|re.IGNORECASE '\u0130\xb2' [] None
#   b b'[^\\d\\d]\xb5' []
# 239 '\u03a3{2}' re.IGNORECASE 'a' [] None
#   b b'{2}' error: nothing to repeat at position 0
# 240 '\\w+[k\u03c3\u212a]' re.IGNORECASE 'K\xb2\u017f\u4e00\u4e00\u0131' [] None
#   b b'\\w+[k]' []
# 241 '[\\w\xb5\\S]\\B[\\S\\D]{2}' 0 '\u03bc' [] None
#   b b'[\\w\xb5\\S]\\B[\\S\\D]{2}' []
# 242 '\\s*' re.ASCII|re.IGNORECASE '\u4e00S ' ['', '', ' ', ''] None
#   b b'\\s*' [b'', b' ', b'']
# 243 '[\u0390-\u03ff\u0390-\u03ff]\u0663{2}' re.ASCII|re.IGNORECASE '\xe9a\xe9\u4e00AI' [] None
#   b b'[--]{2}' []
# 244 '\\S+\u0663?' re.IGNORECASE '\xb2' ['\xb2'] (0, 1)
#   b b'\\S+?' [b'\xb2']
# 245 '[^\xdf][\\D\xe9i]' 0 '\u212a_\xdf\u0663\u0130\u2167' ['\u212a_', '\u0663\u0130'] None
#   b b'[^\xdf][\\D\xe9i]' [b'_\xdf']
# 246 '[A-Z\\s]+[\u03c3\u017f\u0390-\u03ff]?' 0 '' [] None
#   b b'[A-Z\\s]+[-]?' []
# 247 '[\xdf\xc0-\xff\xb5]' re.ASCII|re.IGNORECASE '_\u0131\u03bc\xa0k\U0001d7d8\u0663\x1c' [] None
#   b b'[\xdf\xc0-\xff\xb5]' []
# 248 '\\B[s\u212a\\s]*' re.IGNORECASE '' [] None
#   b b'\\B[s\\s]*' []
# 249 '_*\U0001d7d8[a-z]*' re.IGNORECASE '' [] None
#   b b'_*[a-z]*' [b'']
# 250 '\\s?[\\S]{2}' re.IGNORECASE '\u1e9eA\xa0' ['\u1e9eA'] None
#   b b'\\s?[\\S]{2}' [b'A\xa0']
# 251 '[\u212a\u0390-\u03ff\\s]{2}\xdf+' re.IGNORECASE 'S\xb2\u0131\u03c3-S\u017f' [] None
#   b b'[-\\s]{2}\xdf+' []
# 252 '\xe9[\u017f\xdf]+[a-z\\w\u0390-\u03ff]' re.IGNORECASE ' \xc9_1\xdf' [] None
#   b b'\xe9[\xdf]+[a-z\\w-]' []
# 253 '\xa0{2}\xc9\\W*' re.ASCII|re.IGNORECASE 'k\xdf \u2167 -' [] None
#   b b'\xa0{2}\xc9\\W*' []
# 254 '\x1c\\D+\u2167+' re.IGNORECASE 'i' [] None
#   b b'\x1c\\D++' []
# 255 '[iA-Z\u017f]{2}\\B[^\u0390-\u03ffa-z]*' re.ASCII '\u0663\xb2\u212a\u0130-\xa0\u1e9e' [] None
#   b b'[iA-Z]{2}\\B[^-a-z]*' []
# 256 '[\\W][\\d\u0390-\u03ff\u03c3]?' re.IGNORECASE '\u0130\u03a3' [] None
#   b b'[\\W][\\d-]?' []
# 257 '[\u212a]*' re.IGNORECASE '_\xdf' ['', '', ''] None
#   b b'[]*' error: unterminated character set at position 0
# 258 '[\u03c3\xe9A-Z]\\D\\w' 0 '\u03c2a\n\u0131\x1c' [] None
#   b b'[\xe9A-Z]\\D\\w' []
# 259 '[ss\\D]*' 0 '\u03a3\u1e9e\u0663\u0663-\u03a3\u03c2' ['\u03a3\u1e9e', '', '', '-\u03a3\u03c2', ''] None
#   b b'[ss\\D]*' [b'-', b'']
# 260 '\\D?' 0 '\u212aA\U0001d7d8' ['\u212a', 'A', '', ''] None
#   b b'\\D?' [b'A', b'']
# 261 '\\BK?' 0 '_\U0001d7d8\xa0\u03a3S\u2167' ['', '', ''] None
#   b b'\\BK?' []
# 262 '[^\\s\\S\u0131]*\\b' re.ASCII '\u0663\u03c3I' ['', ''] None
#   b b'[^\\s\\S]*\\b' [b'', b'']
# 263 '[^a\\w\u03c3]{2}[\\D]{2}' re.IGNORECASE '' [] None
#   b b'[^a\\w]{2}[\\D]{2}' []
# 264 '[^\u03c3\\d][\u212a\\D\xdf]?\u017f?' re.IGNORECASE '\xe9is\u212a\xb2' ['\xe9is', '\u212a\xb2'] None
#   b b'[^\\d][\\D\xdf]??' [b'\xe9', b'i', b's', b'\xb2']
# 265 '[a-z]' re.IGNORECASE '1\u4e00K\u0663\xc9' ['K'] None
#   b b'[a-z]' [b'K']
# 266 '[\\W\u0390-\u03ff]' re.IGNORECASE 'A\u03c3\xdf-' ['\u03c3', '-'] None
#   b b'[\\W-]' [b'\xdf', b'-']
# 267 '[^\u0131\u0131]\\s?a' re.ASCII '' [] None
#   b b'[^]\\s?a' error: unterminated character set at position 0
# 268 '[^a-z\u0130]?[\u03c3a\xe9][i]?' re.IGNORECASE '\x1c\n\x1c' [] None
#   b b'[^a-z]?[a\xe9][i]?' []
# 269 '[^\u017f\u0390-\u03ff]{2}[\u212a]*[i]*' re.ASCII|re.IGNORECASE 'k\xb5\u03a3a \u03a3' ['k\xb5', 'a '] None
#   b b'[^-]{2}[]*[i]*' [b'k\xb5', b'a ']
# 270 '[^a] [s\\D\u212a]?' re.ASCII 's\u0130\nA' [] None
#   b b'[^a] [s\\D]?' []
# 271 '[\u017f]' re.ASCII|re.IGNORECASE '\U0001d7d8\xc9' [] None
#   b b'[]' error: unterminated character set at position 0
# 272 '[^\\D]{2}[\u0130\u0130\\D]' 0 '\u1e9e\n a\u03c2A\u212a\U0001d7d8' [] None
#   b b'[^\\D]{2}[\\D]' []
# 273 '.{2}\u2028' re.ASCII|re.IGNORECASE '-' [] None
#   b b'.{2}' []
# 274 '\xb5' 0 '\xdf\xe9\xe9\u1e9e\u0130' [] None
#   b b'\xb5' []
# 275 '[k]\\S[\u0130\\S]{2}' re.IGNORECASE 'A' [] None
#   b b'[k]\\S[\\S]{2}' []
# 276 '[\\d]\u1e9e*\u0131+' re.IGNORECASE 'A\xc9_i\u017f' [] None
#   b b'[\\d]*+' [b'', b'', b'', b'', b'']
# 277 '[a-z\xdf\xe9]A+\xb2+' 0 '\u0663K\u017f' [] None
#   b b'[a-z\xdf\xe9]A+\xb2+' []
# 278 '\u0663+I*' re.IGNORECASE '-S\xb5' [] None
#   b b'+I*' error: nothing to repeat at position 0
# 279 '[k\u212a\u03c3]a{2}' re.IGNORECASE 'I\u212a\x1c\u017f\u1e9e ' [] None
#   b b'[k]a{2}' []
# 280 '[^\u212a]+[\\S\u0131\u212a]' re.ASCII|re.IGNORECASE ' ' [] None
#   b b'[^]+[\\S]' [b' ']
# 281 '[\xc0-\xff]' re.IGNORECASE 'I\u4e00\U0001d7d8\xdf\x1c\u212ai\u03bc' ['\xdf'] None
#   b b'[\xc0-\xff]' [b'\xdf']
# 282 '[^i\\wa-z]+[^i]' re.IGNORECASE '\xdfa\u03c3kK' [] None
#   b b'[^i\\wa-z]+[^i]' [b'\xdfa']
# 283 '[\u017fs]S*K?' re.ASCII|re.IGNORECASE 'Sk\u1e9e' ['Sk'] None
#   b b'[s]S*K?' [b'Sk']
# 284 '[\u017f\u0131\xc0-\xff]{2}' re.IGNORECASE '\u2167\u017f-I\xb5' [] None
#   b b'[\xc0-\xff]{2}' []
# 285 '_' re.IGNORECASE '\u03a3_\u2167' ['_'] None
#   b b'_' [b'_']
# 286 'a_+' re.IGNORECASE 'A1\x1c\u4e00' [] None
#   b b'a_+' []
# 287 '[i\\s]*[\\ws]' re.IGNORECASE '\xdf' ['\xdf'] (0, 1)
#   b b'[i\\s]*[\\ws]' []
# 288 '\u0663?\U0001d7d8' re.ASCII '_IS' [] None
#   b b'?' error: nothing to repeat at position 0
# 289 '\\w[k]*\n{2}' re.IGNORECASE '\x1c' [] None
#   b b'\\w[k]*\n{2}' []
# 290 '\u2167' 0 '1\u03bc\u212a\U0001d7d8a\U0001d7d8A' [] None
#   b b'' [b'', b'', b'', b'']
# 291 '[\\s]{2}[\u0390-\u03ff]+[\xb5\u212a]' re.IGNORECASE '' [] None
#   b b'[\\s]{2}[-]+[\xb5]' []
# 292 '\u03c2\u0131\xc9?' re.IGNORECASE ' ' [] None
#   b b'\xc9?' [b'', b'']
# 293 '1' 0 '\u2167\U0001d7d8\u4e00\u03c2\u03c2\u03c31' ['1'] None
#   b b'1' [b'1']
# 294 '\xc9\u0663*' 0 '\u017f\xb5a\u0130\u03bc' [] None
#   b b'\xc9*' [b'', b'', b'']
# 295 '[\xdf][^\u0131\u0131]?' re.IGNORECASE 'S\u017f\u03a3\u2028\u017f' [] None
#   b b'[\xdf][^]?' error: unterminated character set at position 3
# 296 '[^\xb5\xe9\u0131]{2}\xa0' 0 'iA\u1e9ek\u1e9e\u212a' [] None
#   b b'[^\xb5\xe9]{2}\xa0' []
# 297 '_+[\\Si\\w]' re.ASCII '\u2167-\u03c3\u2028k\u03bc_\u212a' ['_\u212a'] None
#   b b'_+[\\Si\\w]' []
# 298 '[\xdf\xb5k]{2}[\u03c3\xb5]+' 0 '1\u0663\u212a\n\xc9\u03a3\u2028' [] None
#   b b'[\xdf\xb5k]{2}[\xb5]+' []
# 299 '[\xe9]+' re.IGNORECASE '\u4e00\u2167\u0131\u03a3\u03c2\xdf' [] None
#   b b'[\xe9]+' []
