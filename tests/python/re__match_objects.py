# Match objects: group (several args, names, indices), groups/groupdict
# with defaults, start/end/span, expand, lastindex/lastgroup, pos/endpos,
# re, string, regs, m[g], bool, repr; Pattern attributes, repr, equality,
# copies; pos and endpos of the methods.
import re

p = re.compile(r"(?P<a>\w)(?P<b>\d)?(x)?")
m = p.match("k9y")
print(m, bool(m), m.group(), m.group(0, 1, "b"), m.group("a"), m["b"], m[0], m[3])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start("b"), m.span(3), m.end(2), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string, m.regs)
print(m.expand(r"[\1|\g<b>|\g<0>|\g<a>|\3]"), m.expand("\\n\\t\\\\"))
m2 = re.match(r"(a)(b(c))", "abc")
print(m2.lastindex, m2.lastgroup, m2.regs)
m3 = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m3.lastindex, m3.lastgroup, m3.groupdict())
print(re.match(r"a", "a").lastindex, re.match(r"a", "a").lastgroup)
for g in [4, -1, "zz", 1.5]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
print(m.group(True))

print(p.pattern, p.flags, p.groups, p.groupindex, p.groupindex["b"])
try:
    p.groupindex["c"] = 3
except TypeError as e:
    print("TypeError:", e)
print(repr(p), repr(re.compile("a", re.I | re.S)), repr(re.compile(b"x", re.I)))
print(repr(re.compile("a", re.A | re.X)), repr(re.compile("x" * 300))[-20:])
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I),
      re.compile("a") != re.compile(b"a"), hash(re.compile("ab")) == hash(re.compile("ab")))
print(re.compile("a") is re.compile("a"))

s = "0123456789"
q = re.compile(r"\d\d")
print(q.match(s, 3), q.match(s, 3, 4), q.search(s, 8), q.search(s, 9), q.fullmatch(s, 2, 4))
print(q.findall(s, 1, 7), [x.span() for x in q.finditer(s, 5)], q.search(s, -5, 2))
print(q.match(s, 20), q.search(s, 4, 2), q.search(s, pos=7, endpos=100))
print(re.compile("^").search("ab", 1), re.compile("$").search("ab", 0, 1))
print(re.compile(r"\b").search("ab", 1), re.compile("(?<=a)b").search("ab", 1))
mm = q.search(s, 2, 8)
print(mm.pos, mm.endpos, mm)
print(repr(re.match(".*", "x\n\u00e9'\"")))
print(repr(re.match(b".+", b"a\xff'")))
print(repr(re.match(".*", "x" * 100)), repr(re.match(".*", "\u00e9'" * 40)))
sc = re.compile(r"\w").scanner("ab c")
print(sc.match(), sc.match(), sc.match(), sc.pattern)
sc = re.compile(r"\w").scanner("ab c")
print(sc.search(), sc.search(), sc.search(), sc.search())
import_copy = None
print(m.__copy__() is m, p.__deepcopy__({}) is p)
print(re.Pattern, re.Match, type(p) is re.Pattern, type(m) is re.Match)


# Output:
# <re.Match object; span=(0, 2), match='k9'> True k9 ('k9', 'k', '9') k 9 k9 None
# ('k', '9', None) ('k', '9', '-') {'a': 'k', 'b': '9'} {'a': 'k', 'b': '9'}
# 0 2 (0, 2) 1 (-1, -1) 2 -1
# 2 b 0 3 True k9y ((0, 2), (0, 1), (1, 2), (-1, -1))
# [k|9|k9|k|] 
# 	\
# 2 None ((0, 3), (0, 1), (1, 3), (2, 3))
# 2 y {'x': None, 'y': 'b'}
# None None
# IndexError: no such group
# IndexError: no such group
# IndexError: no such group
# IndexError: no such group
# k
# (?P<a>\w)(?P<b>\d)?(x)? 32 3 {'a': 1, 'b': 2} 2
# TypeError: 'mappingproxy' object does not support item assignment
# re.compile('(?P<a>\\w)(?P<b>\\d)?(x)?') re.compile('a', re.IGNORECASE|re.DOTALL) re.compile(b'x', re.IGNORECASE)
# re.compile('a', re.VERBOSE|re.ASCII) xxxxxxxxxxxxxxxxxxx)
# True False True True
# True
# <re.Match object; span=(3, 5), match='34'> None <re.Match object; span=(8, 10), match='89'> None <re.Match object; span=(2, 4), match='23'>
# ['12', '34', '56'] [(5, 7), (7, 9)] <re.Match object; span=(0, 2), match='01'>
# None None <re.Match object; span=(7, 9), match='78'>
# None <re.Match object; span=(1, 1), match=''>
# <re.Match object; span=(2, 2), match=''> <re.Match object; span=(1, 2), match='b'>
# 2 8 <re.Match object; span=(2, 4), match='23'>
# <re.Match object; span=(0, 1), match='x'>
# <re.Match object; span=(0, 3), match=b"a\xff'">
# <re.Match object; span=(0, 100), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx> <re.Match object; span=(0, 80), match="é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é'é>
# <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(1, 2), match='b'> None re.compile('\\w')
# <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(1, 2), match='b'> <re.Match object; span=(3, 4), match='c'> None
# True True
# <class 're.Pattern'> <class 're.Match'> True True
