# Subjects and arguments of every accepted type: str and bytes subclasses,
# bytearray, memoryview, objects with __index__ for pos/endpos/count and
# maxsplit; the compile cache and purge.
import re


class S(str):
    pass


class B(bytes):
    pass


class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(re.search("b", S("abc")), re.findall(r"\w", S("ab")), re.sub("a", "x", S("aa")))
print(type(re.sub("a", "x", S("b"))).__name__, type(re.match("a", S("a")).group()).__name__)
print(re.compile(S("a+")).match("aa"), re.compile(B(b"a")).match(b"a"), re.match(b"a", B(b"ab")))
print(re.match("a", S("a")).string.__class__.__name__, re.split("b", S("abc")))
print(re.findall(b"a.", bytearray(b"abacad")), re.split(b"a", memoryview(b"bab")))
print(re.match(b"(a)(b)", memoryview(b"ab")).groups(), re.sub(b"a", b"", memoryview(b"bab")))
p = re.compile(r"\d")
print(p.search("a1b2", Ix(2)), p.findall("1234", Ix(1), Ix(3)), p.sub("x", "123", Ix(2)))
print(p.split("1a2b3", Ix(1)), p.match("x1", pos=True))
try:
    p.search("a", "1")
except TypeError as e:
    print("TypeError")
print(re.compile("x") is re.compile("x"), re.compile("x") is re.compile("x", re.I))
re.purge()
print(re.compile("x").pattern, re.compile("x", 0) == re.compile("x"))
for i in range(600):
    re.compile("p%d" % i)
print(re.compile("p599").match("p599").group(), re.compile("p0").match("p0").group())

# Output:
# <re.Match object; span=(1, 2), match='b'> ['a', 'b'] xx
# str str
# <re.Match object; span=(0, 2), match='aa'> <re.Match object; span=(0, 1), match=b'a'> <re.Match object; span=(0, 1), match=b'a'>
# S ['a', 'c']
# [b'ab', b'ac', b'ad'] [b'b', b'b']
# (b'a', b'b') b'bb'
# <re.Match object; span=(3, 4), match='2'> ['2', '3'] xx3
# ['', 'a2b3'] <re.Match object; span=(1, 2), match='1'>
# TypeError
# True False
# x True
# p599 p0
