# sub and subn: templates (\1, \g<n>, \g<name>, escapes, octal), callables,
# count, flags, empty matches (3.7+ rules), bytes.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site and ann@web"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "ab cd"))
print(repr(re.sub(r"a", r"\n\t\\\a\b\f\v\r", "xax")))
print(repr(re.sub(r"a", r"\0\01\012\101\1010", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(repr(re.sub(r"\s+", " ", "a  b \t\n c", count=1)), re.subn(r"\s+", " ", "a  b  c"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("(?:)", "", ""))
print(re.sub("a|(?=b)", "X", "aab"), re.sub(r"\b", "|", "ab cd"))
print(re.subn("x*", "-", "xxaxx"), re.sub("a*?", "-", "baac"))
print(re.sub("A", "b", "aAa", flags=re.I), re.sub("a", "b", "aaaa", 2, re.I))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"\d", lambda m: "", "a1b2"), re.sub("b", lambda m: None if False else "", "abc"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"), re.sub("a", "\\\\", "bab"))
print(re.sub(b"a(.)", rb"<\1>", b"xaybaz"), re.subn(rb"\d", b"#", b"a1b22"))
print(re.sub(b"a", lambda m: m.group() + b"!", bytearray(b"bab")))
print(re.compile("o").sub("0", "foo boo", 3), re.compile("o").subn("0", "foo", count=1))
print(re.sub("a", "b", "xyz") == "xyz", re.sub("(a)(b)?", r"\2", "a"))
print(re.sub("(?i)straße", "X", "STRASSE strasse Straße"))
print(re.sub(r"(?m)^", "> ", "line1\nline2\n"), re.sub(r"$", "!", "a\n"))
print(re.sub("é", "e", "café é"), re.sub(".", lambda m: m.group().upper(), "αβγ"))
print(re.sub("a", "b", "aaa", count=0), re.sub("a", "b", "aaa", count=-1))


# Output:
# site at joe and web at ann
# <ab|ab|ab> <cd|cd|cd>
# 'x\n\t\\\x07\x08\x0c\x0b\rx'
# '\x00\x01\nAA0'
# [a][]
# 'a b \t\n c' ('a b c', 2)
# -a-b--d- -a-b-c- 
# XXXb |ab| |cd|
# ('--a--', 4) -b-----c-
# bbb bbaa
# a2b4c6
# ab ac
# a10b20 b\b
# b'x<y>b<z>' (b'a#b##', 3)
# b'ba!b'
# f00 b0o ('f0o', 1)
# True 
# STRASSE strasse X
# > line1
# > line2
# >  a!
# !
# cafe e ΑΒΓ
# bbb aaa
