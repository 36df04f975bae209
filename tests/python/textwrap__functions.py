# textwrap.shorten, dedent and indent (with and without a predicate).
import textwrap

print(repr(textwrap.shorten('Hello  world!', width=12)))
print(repr(textwrap.shorten('Hello  world!', width=11)))
print(repr(textwrap.shorten('Hello world!', width=10, placeholder='...')))
print(repr(textwrap.shorten('  lots \t of \n  spaces  here ', 14)))
print(repr(textwrap.shorten('averyveryverylongword and more', 10)))
print(repr(textwrap.shorten('x', 6, placeholder='[...]')))
print(repr(textwrap.shorten('one two three', 9, break_long_words=False,
                            initial_indent='>')))
for text in ['    a\n    b\n', '  a\n    b\n\n  c', '\ta\n\tb', '  a\n\tb',
             '   \n  x\n \t \n  y', 'no indent\n  x', '', '\n\n', '  a\r\n  b',
             '    x\n  \n    y\n']:
    print(repr(textwrap.dedent(text)))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\r\nb\rc\x0bd', '+')))
print(repr(textwrap.indent('a\n\nb\n', '# ', lambda line: True)))
print(repr(textwrap.indent('one\ntwo\nthree\n', '* ', lambda line: 'o' in line)))
print(repr(textwrap.indent('', 'x')), repr(textwrap.indent('x', '')))
print(sorted(textwrap.__all__))

# Output:
# 'Hello world!'
# 'Hello [...]'
# 'Hello...'
# 'lots of [...]'
# '[...]'
# 'x'
# '>[...]'
# 'a\nb\n'
# 'a\n  b\n\nc'
# 'a\nb'
# '  a\n\tb'
# '\nx\n\ny'
# 'no indent\n  x'
# ''
# '\n\n'
# 'a\r\nb'
# 'x\n\ny\n'
# '> a\n\n> b\n  \n> c'
# '+a\r\n+b\r+c\x0b+d'
# '# a\n# \n# b\n'
# '* one\n* two\nthree\n'
# '' 'x'
# ['TextWrapper', 'dedent', 'fill', 'indent', 'shorten', 'wrap']
