# Where a search may start: the engine skips the positions whose character
# cannot begin a match (groups, alternations, optional items, anchors,
# look-aheads, case folds beyond Latin-1), and a greedy repeat gives back
# characters up to a literal that follows it past group marks.
import re

cases = [
    (r"(a?){2}b", "xxb"), (r"(?:x|)y", "zzy"), (r"(?=a)\w", "ba"), (r"(?!a)\w", "ab"),
    (r"(?<=a)b", "cab"), (r"(?m)^\s+", "a\n  b"), (r"\bfoo", "afoo foo"),
    (r"(?i)k", "\u212a"), (r"(?i)s", "x\u017f"), (r"(?i)\u017f", "xS"), (r"\u0100|a", "b\u0100"),
    (r"[^a]", "aa\u0101"), (r".", "\n\u0101"), (r"(a)?(?(1)a|b)", "xb"), (r"(a)?x\1?y", "zxy"),
    (r"(?:ab)*c", "abababc"), (r"(?:ab)+c", "xababc"), (r"(x)*?y", "xxy"), (r"a{0}b", "ab"),
    (r"(?>a|b)c", "xbc"), (r"(?s:.)x", "\nx"), (r"$", "ab"), (r"\Z|a", "ba"), (r"(a|b)*+c", "abc"),
    (r"(\w+)@(\w+)\.com", "ab cd@ef.com"), (r"(\d+)\.(\d+)", "a1.2.3"), (r"([a-z]+)z", "aaazbb"),
    (r".*(P)ython", "xxPythonyPython"), (r"\w+(?:x)", "aaxbb"), (r"(?i)Python|perl", "xxPERL"),
    (r"[\u0100-\u0200]+", "ab\u0150\u0151"), (r"(?:)", "ab"), (r"a*", "bbb"),
]
for p, s in cases:
    c = re.compile(p)
    print(ascii(p), ascii([m.span() for m in c.finditer(s)]), ascii(c.search(s, 1) and c.search(s, 1).group()))
    b = p.encode() if "\\u" not in p else None
    if b is not None:
        bs = s.encode("latin-1", "replace")
        print("  ", [m.span() for m in re.finditer(b, bs)])


# Output:
# '(a?){2}b' [(2, 3)] 'b'
#    [(2, 3)]
# '(?:x|)y' [(2, 3)] 'y'
#    [(2, 3)]
# '(?=a)\\w' [(1, 2)] 'a'
#    [(1, 2)]
# '(?!a)\\w' [(1, 2)] 'b'
#    [(1, 2)]
# '(?<=a)b' [(2, 3)] 'b'
#    [(2, 3)]
# '(?m)^\\s+' [(2, 4)] '  '
#    [(2, 4)]
# '\\bfoo' [(5, 8)] 'foo'
#    [(5, 8)]
# '(?i)k' [(0, 1)] None
#    []
# '(?i)s' [(1, 2)] '\u017f'
#    []
# '(?i)\\u017f' [(1, 2)] 'S'
# '\\u0100|a' [(1, 2)] '\u0100'
# '[^a]' [(2, 3)] '\u0101'
#    [(2, 3)]
# '.' [(1, 2)] '\u0101'
#    [(1, 2)]
# '(a)?(?(1)a|b)' [(1, 2)] 'b'
#    [(1, 2)]
# '(a)?x\\1?y' [(1, 3)] 'xy'
#    [(1, 3)]
# '(?:ab)*c' [(0, 7)] 'ababc'
#    [(0, 7)]
# '(?:ab)+c' [(1, 6)] 'ababc'
#    [(1, 6)]
# '(x)*?y' [(0, 3)] 'xy'
#    [(0, 3)]
# 'a{0}b' [(1, 2)] 'b'
#    [(1, 2)]
# '(?>a|b)c' [(1, 3)] 'bc'
#    [(1, 3)]
# '(?s:.)x' [(0, 2)] None
#    [(0, 2)]
# '$' [(2, 2)] ''
#    [(2, 2)]
# '\\Z|a' [(1, 2), (2, 2)] 'a'
#    [(1, 2), (2, 2)]
# '(a|b)*+c' [(0, 3)] 'bc'
#    [(0, 3)]
# '(\\w+)@(\\w+)\\.com' [(3, 12)] 'cd@ef.com'
#    [(3, 12)]
# '(\\d+)\\.(\\d+)' [(1, 4)] '1.2'
#    [(1, 4)]
# '([a-z]+)z' [(0, 4)] 'aaz'
#    [(0, 4)]
# '.*(P)ython' [(0, 15)] 'xPythonyPython'
#    [(0, 15)]
# '\\w+(?:x)' [(0, 3)] 'ax'
#    [(0, 3)]
# '(?i)Python|perl' [(2, 6)] 'PERL'
#    [(2, 6)]
# '[\\u0100-\\u0200]+' [(2, 4)] '\u0150\u0151'
# '(?:)' [(0, 0), (1, 1), (2, 2)] ''
#    [(0, 0), (1, 1), (2, 2)]
# 'a*' [(0, 0), (1, 1), (2, 2), (3, 3)] ''
#    [(0, 0), (1, 1), (2, 2), (3, 3)]
