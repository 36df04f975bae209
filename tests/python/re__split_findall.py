# split (maxsplit, capturing groups, empty matches), findall (0, 1 and
# several groups), finditer, fullmatch, escape, purge, template.
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "a b c", maxsplit=2))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."), re.split(r"\W*", "...words..."))
print(re.split(r"(\W*)", "...words..."), re.split("x*", "axbc"), re.split("", "abc"))
print(re.split(r"(a)|b", "xaybz"), re.split("(?=b)", "abab"), re.split("a", ""))
print(re.split(b",", b"a,b,,c"), re.split(b"(,)", bytearray(b"a,b")))
print(re.findall(r"\bf[a-z]*", "which foot or hand fell fastest"))
print(re.findall(r"(\w+)=(\d+)", "set width=20 and height=10"))
print(re.findall(r"(\w+)=\d+", "width=20 height=10"), re.findall(r"(a)|b", "ab"))
print(re.findall("", "ab"), re.findall("a*", "baaca"), re.findall(r"\d*", "a12b"))
print(re.findall(b"[ab]", b"xaby"), re.findall("(?i)[a-c]", "ABCd"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  e")], [m.group() for m in re.finditer("a*", "baa")])
it = re.finditer("a", "aa")
print(next(it).span(), next(it).span(), list(it))
print(len(list(re.finditer(".", "x" * 5000))))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch("a|ab", "ab"))
print(re.fullmatch(r"a*?", "aaa"), re.fullmatch("(?:a|ab)(?:c|bcd)", "abcd"))
print(re.escape("a-b.c*d[e]^$ \t\n\\é_1"), re.escape(b"a.b\xff"))
print(re.escape("!\"#%&',/:;<=>@`~"))
re.purge()
print(re.template("ab").match("ab"), re.findall("\\d+", "a1b22c333"))
print(re.search("b", "abc").span(), re.match("b", "abc"), re.match("a", "abc").span())

# Output:
# ['Words', 'words', 'words', '']
# ['Words', ', ', 'words', ', ', 'words', '.', '']
# ['Words', 'words, words.'] ['a', 'b', 'c']
# ['0', '3', '9']
# ['', '...', 'words', ', ', 'words', '...', ''] ['', '', 'w', 'o', 'r', 'd', 's', '', '']
# ['', '...', '', '', 'w', '', 'o', '', 'r', '', 'd', '', 's', '...', '', '', ''] ['', 'a', '', 'b', 'c', ''] ['', 'a', 'b', 'c', '']
# ['x', 'a', 'y', None, 'z'] ['a', 'ba', 'b'] ['']
# [b'a', b'b', b'', b'c'] [b'a', b',', b'b']
# ['foot', 'fell', 'fastest']
# [('width', '20'), ('height', '10')]
# ['width', 'height'] ['a', '']
# ['', '', ''] ['', 'aa', '', 'a', ''] ['', '12', '', '']
# [b'a', b'b'] ['A', 'B', 'C']
# [(0, 2), (3, 5), (7, 8)] ['', 'aa', '']
# (0, 1) (1, 2) []
# 5000
# <re.Match object; span=(0, 3), match='123'> None <re.Match object; span=(0, 2), match='ab'>
# <re.Match object; span=(0, 3), match='aaa'> <re.Match object; span=(0, 4), match='abcd'>
# a\-b\.c\*d\[e\]\^\$\ \	\
# \\é_1 b'a\\.b\xff'
# !"\#%\&',/:;<=>@`\~
# <re.Match object; span=(0, 2), match='ab'> ['1', '22', '333']
# (1, 2) None (0, 1)
