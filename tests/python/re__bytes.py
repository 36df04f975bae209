# bytes patterns on bytes, bytearray and memoryview subjects; results are
# bytes; str and bytes never mix.
import re

p = re.compile(rb"(\w+)=(\d+)")
m = p.search(b"xx key=42;")
print(m, m.groups(), m.group(1), m.span(2), m.expand(rb"\2:\1"))
print(p.findall(bytearray(b"a=1 b=2")), p.sub(rb"\2=\1", b"a=1 b=2"), p.sub(b"-", memoryview(b"a=1 b=2")))
m = p.search(bytearray(b"k=1"))
print(m.group(), type(m.group()).__name__, type(m.string).__name__)
print(re.match(rb"\x00\xff", b"\x00\xff"), re.findall(rb"[\x80-\xff]+", b"a\x80\x90b\xffc"))
print(re.split(rb"\s", b"a b\tc"), re.escape(b"\x00a.b"))
print(re.compile(b"a").pattern, repr(re.compile(b"a\xe9")), re.compile(b"(?P<n>a)").groupindex)
print(re.match(rb"(?i)[a-c]+", b"ABCD"), re.match(rb".", b"\n"), re.match(rb"(?s).", b"\n"))
print(re.search(rb"\bb\b", b"a b c"), re.search(rb"\d+", b"x\xd9\xa3123"))
for args in [("a", b"a"), (b"a", "a"), ("a", bytearray(b"a"))]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(b"\\d", re.U)
except ValueError as e:
    print("ValueError:", e)
print(re.sub(b"", b"-", b"ab"), re.subn(b"(a)", rb"\1\1", b"aba"))

# Output:
# <re.Match object; span=(3, 9), match=b'key=42'> (b'key', b'42') b'key' (7, 9) b'42:key'
# [(b'a', b'1'), (b'b', b'2')] b'1=a 2=b' b'- -'
# b'k=1' bytes bytearray
# <re.Match object; span=(0, 2), match=b'\x00\xff'> [b'\x80\x90', b'\xff']
# [b'a', b'b', b'c'] b'\x00a\\.b'
# b'a' re.compile(b'a\xe9') {'n': 1}
# <re.Match object; span=(0, 3), match=b'ABC'> None <re.Match object; span=(0, 1), match=b'\n'>
# <re.Match object; span=(2, 3), match=b'b'> <re.Match object; span=(3, 6), match=b'123'>
# TypeError: cannot use a string pattern on a bytes-like object
# TypeError: cannot use a bytes pattern on a string-like object
# TypeError: cannot use a string pattern on a bytes-like object
# ValueError: cannot use UNICODE flag with a bytes pattern
# b'-a-b-' (b'aabaa', 2)
