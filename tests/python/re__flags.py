# The flags: values, reprs (RegexFlag), combinations, inline and scoped
# flags, IGNORECASE with Unicode and ASCII, LOCALE on bytes, MULTILINE,
# DOTALL, VERBOSE, ASCII.
import re

for f in [re.A, re.I, re.L, re.M, re.S, re.U, re.X, re.NOFLAG, re.DEBUG, re.T,
          re.ASCII, re.IGNORECASE, re.LOCALE, re.MULTILINE, re.DOTALL,
          re.UNICODE, re.VERBOSE]:
    print(repr(f), int(f), str(f), f.name, f.value)
print(repr(re.I | re.M), repr(re.M | re.I), repr(re.I | re.S | re.X | re.A))
print(repr(re.I & re.M), repr(re.I ^ re.I), repr(~re.I), repr(re.I | 1024))
print(re.I | re.M == 10, re.I + 1, isinstance(re.I, int), 2 | re.M, format(re.I))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("(?i)a").flags,
      re.compile("a", re.A).flags, re.compile("(?x)a").flags, re.compile(b"(?L)a").flags)
print(re.compile("(?ims)a").flags == re.I | re.M | re.S | re.U)

print(re.findall("(?i)[a-z]+", "Hello WORLD"), re.findall("[a-z]+", "Hello", re.I))
print(re.match("(?i)\u00e9", "\u00c9"), re.match("(?ai)\u00e9", "\u00c9"), re.match("(?i)k", "\u212a"))
print(re.match("(?i)s", "\u017f"), re.match("(?i)\u017f", "S"), re.match("(?i)i", "\u0130"),
      re.match("(?i)\u03c3", "\u03c2"), re.match("(?i)\u03a3", "\u03c3"), re.match("(?ai)s", "\u017f"))
print(re.match("(?i)[k]", "\u212a"), re.match("(?i)[^k]", "\u212a"), re.match("(?i)[a-z]+", "\u212aS\u017f"))
print(re.match(r"(?i)(\w)\1", "aA"), re.match(r"(?i)\u00df", "\u1e9e"), re.match("(?i)ss", "\u00df"))
print(re.match(b"(?i)a", b"A"), re.match(b"(?i)\xe9", b"\xc9"), re.match(b"(?L)(?i)a", b"A"))
print(re.match(br"(?L)\w+", b"ab\xe9"), re.match(br"\w+", b"ab\xe9"), re.match(br"\s+", b" \x1c"))
print(re.match(r"\s+", " \x1c\x1d"), re.match(r"(?a)\s+", " \x1c"), re.match(r"(?a)\d", "\u0663"))
print(re.findall("^x", "x\nx", re.M), re.findall("x$", "x\nx\n", re.M), re.findall("x$", "x\nx\n"))
print(re.findall(".", "a\nb", re.S), re.findall(".", "a\nb"), re.findall("(?s:.)(?-s:.)", "\n\n\na"))
print(re.findall(r"""(?x)
    \d+   # digits
    [.]?  # a dot
""", "1. 22 3."))
print(re.compile(r"a b", re.X).match("ab"), re.compile(r"(?-x:a b)", re.X).match("a b"))
print(re.match(r"(?i:A)a", "aa"), re.match(r"(?i:A)a", "aA"), re.match(r"(?-i:a)A", "aa", re.I))
print(re.match(r"(?m:^b)", "b"), re.search(r"(?m:a$)\n", "a\nb"))
print(re.match(r"(?a:\w+)(?u:\w+)", "ab\u00e9\u00e9").groups() if re.match(r"(?a:\w+)(?u:\w+)", "ab\u00e9\u00e9") else None)

# Output:
# re.ASCII 256 re.ASCII ASCII 256
# re.IGNORECASE 2 re.IGNORECASE IGNORECASE 2
# re.LOCALE 4 re.LOCALE LOCALE 4
# re.MULTILINE 8 re.MULTILINE MULTILINE 8
# re.DOTALL 16 re.DOTALL DOTALL 16
# re.UNICODE 32 re.UNICODE UNICODE 32
# re.VERBOSE 64 re.VERBOSE VERBOSE 64
# re.NOFLAG 0 re.NOFLAG NOFLAG 0
# re.DEBUG 128 re.DEBUG DEBUG 128
# re.TEMPLATE 1 re.TEMPLATE TEMPLATE 1
# re.ASCII 256 re.ASCII ASCII 256
# re.IGNORECASE 2 re.IGNORECASE IGNORECASE 2
# re.LOCALE 4 re.LOCALE LOCALE 4
# re.MULTILINE 8 re.MULTILINE MULTILINE 8
# re.DOTALL 16 re.DOTALL DOTALL 16
# re.UNICODE 32 re.UNICODE UNICODE 32
# re.VERBOSE 64 re.VERBOSE VERBOSE 64
# re.IGNORECASE|re.MULTILINE re.IGNORECASE|re.MULTILINE re.ASCII|re.IGNORECASE|re.DOTALL|re.VERBOSE
# re.NOFLAG re.NOFLAG re.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG re.IGNORECASE|0x400
# True 3 True re.IGNORECASE|re.MULTILINE re.IGNORECASE
# 32 0 34 256 96 4
# True
# ['Hello', 'WORLD'] ['Hello']
# <re.Match object; span=(0, 1), match='É'> None <re.Match object; span=(0, 1), match='K'>
# <re.Match object; span=(0, 1), match='ſ'> <re.Match object; span=(0, 1), match='S'> <re.Match object; span=(0, 1), match='İ'> <re.Match object; span=(0, 1), match='ς'> <re.Match object; span=(0, 1), match='σ'> None
# <re.Match object; span=(0, 1), match='K'> None <re.Match object; span=(0, 3), match='KSſ'>
# <re.Match object; span=(0, 2), match='aA'> <re.Match object; span=(0, 1), match='ẞ'> None
# <re.Match object; span=(0, 1), match=b'A'> None <re.Match object; span=(0, 1), match=b'A'>
# <re.Match object; span=(0, 2), match=b'ab'> <re.Match object; span=(0, 2), match=b'ab'> <re.Match object; span=(0, 1), match=b' '>
# <re.Match object; span=(0, 3), match=' \x1c\x1d'> <re.Match object; span=(0, 1), match=' '> None
# ['x', 'x'] ['x', 'x'] ['x']
# ['a', '\n', 'b'] ['a', 'b'] ['\na']
# ['1.', '22', '3.']
# <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 3), match='a b'>
# <re.Match object; span=(0, 2), match='aa'> None <re.Match object; span=(0, 2), match='aa'>
# <re.Match object; span=(0, 1), match='b'> <re.Match object; span=(0, 2), match='a\n'>
# ()
