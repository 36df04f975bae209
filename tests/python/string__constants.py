# The constants of string and capwords(s, sep).
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable',
             'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(sorted(string.__all__))
print(repr(string.capwords(' hello   wORLD  of\tpython\n')))
print(repr(string.capwords('a-b c-d', '-')))
print(repr(string.capwords('  a  b  ', ' ')))
print(repr(string.capwords('')), repr(string.capwords('x', None)))
print(repr(string.capwords('élan ÉTÉ ßa')))
try:
    string.capwords(5)
except AttributeError as e:
    print('AttributeError', e)

# Output:
# ascii_letters 52 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
# ascii_lowercase 26 'abcdefghijklmnopqrstuvwxyz'
# ascii_uppercase 26 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
# digits 10 '0123456789'
# hexdigits 22 '0123456789abcdefABCDEF'
# octdigits 8 '01234567'
# punctuation 32 '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
# printable 100 '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c'
# whitespace 6 ' \t\n\r\x0b\x0c'
# ['Formatter', 'Template', 'ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace']
# 'Hello World Of Python'
# 'A-B c-D'
# '  A  B  '
# '' 'X'
# 'Élan Été Ssa'
# AttributeError 'int' object has no attribute 'split'
