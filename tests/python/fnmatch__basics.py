# fnmatch: fnmatch, fnmatchcase, filter and translate on str and bytes;
# '*', '?', bracket expressions with ranges, negation, ']' first, empty
# and reversed ranges, an unclosed '[', and the characters a regular
# expression would treat as special.
import fnmatch

names = ['a.py', 'b.txt', 'c.PY', '.hidden', 'dir/x.py', 'a\nb', '', '[x]', 'a-b', 'ä']
for pat in ['*.py', '*', '?.*', '[ab]*', '[!ab]*', '[a-c].*', '[]x]*', '[!]]*', '[',
            '[!]', '[]', 'a[', '*[', '[z-a]', '[!z-a]', '[a-]*', '[-a]*', '[\\]x]', '\\',
            'a?b', '*/*', '.*', '[[]x]', '[a&&b]', '(?x)', '$^', 'ä', '[à-æ]', '**a**']:
    print(repr(pat), fnmatch.translate(pat), fnmatch.filter(names, pat))
print(fnmatch.fnmatch('FILE.TXT', '*.txt'), fnmatch.fnmatchcase('FILE.TXT', '*.TXT'))
print(fnmatch.fnmatch(b'data.bin', b'*.bin'), fnmatch.filter([b'a', b'b', b'ab'], b'a*'))
print(fnmatch.fnmatchcase(bytearray(b'ab'), b'a?'), fnmatch.fnmatchcase(b'\xff', b'[\xf0-\xff]'))
print(fnmatch.fnmatchcase('ab' * 200 + 'c', '*a*b*c'), fnmatch.fnmatchcase('ab' * 200, '*a*b*c'))


class Path:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(fnmatch.fnmatch(Path('x.py'), '*.py'), fnmatch.fnmatch('x.py', Path('x.*')),
      fnmatch.filter(('x.py', 'y.c'), Path('*.c')))
print(sorted(fnmatch.__all__))

# Output:
# '*.py' (?s:.*\.py)\Z ['a.py', 'dir/x.py']
# '*' (?s:.*)\Z ['a.py', 'b.txt', 'c.PY', '.hidden', 'dir/x.py', 'a\nb', '', '[x]', 'a-b', 'ä']
# '?.*' (?s:.\..*)\Z ['a.py', 'b.txt', 'c.PY']
# '[ab]*' (?s:[ab].*)\Z ['a.py', 'b.txt', 'a\nb', 'a-b']
# '[!ab]*' (?s:[^ab].*)\Z ['c.PY', '.hidden', 'dir/x.py', '[x]', 'ä']
# '[a-c].*' (?s:[a-c]\..*)\Z ['a.py', 'b.txt', 'c.PY']
# '[]x]*' (?s:[]x].*)\Z []
# '[!]]*' (?s:[^]].*)\Z ['a.py', 'b.txt', 'c.PY', '.hidden', 'dir/x.py', 'a\nb', '[x]', 'a-b', 'ä']
# '[' (?s:\[)\Z []
# '[!]' (?s:\[!\])\Z []
# '[]' (?s:\[\])\Z []
# 'a[' (?s:a\[)\Z []
# '*[' (?s:.*\[)\Z []
# '[z-a]' (?s:(?!))\Z []
# '[!z-a]' (?s:.)\Z ['ä']
# '[a-]*' (?s:[a\-].*)\Z ['a.py', 'a\nb', 'a-b']
# '[-a]*' (?s:[\-a].*)\Z ['a.py', 'a\nb', 'a-b']
# '[\\]x]' (?s:[\\]x\])\Z []
# '\\' (?s:\\)\Z []
# 'a?b' (?s:a.b)\Z ['a\nb', 'a-b']
# '*/*' (?s:(?>.*?/).*)\Z ['dir/x.py']
# '.*' (?s:\..*)\Z ['.hidden']
# '[[]x]' (?s:[\[]x\])\Z ['[x]']
# '[a&&b]' (?s:[a\&\&b])\Z []
# '(?x)' (?s:\(.x\))\Z []
# '$^' (?s:\$\^)\Z []
# 'ä' (?s:ä)\Z ['ä']
# '[à-æ]' (?s:[à-æ])\Z ['ä']
# '**a**' (?s:(?>.*?a).*)\Z ['a.py', 'a\nb', 'a-b']
# False True
# True [b'a', b'ab']
# True True
# True False
# True True ['y.c']
# ['filter', 'fnmatch', 'fnmatchcase', 'translate']
