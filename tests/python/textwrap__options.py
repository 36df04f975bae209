# textwrap.TextWrapper and wrap/fill with every option: width,
# initial_indent, subsequent_indent, expand_tabs, tabsize,
# replace_whitespace, fix_sentence_endings, break_long_words,
# drop_whitespace, break_on_hyphens, max_lines and placeholder; the
# attributes can be changed between calls.
import textwrap

text = ("The quick brown fox jumped over the lazy dog.  Well-known "
        "pangrams -- such as this one -- use every letter; "
        "supercalifragilisticexpialidocious words don't fit.\tTabs\there.")


def show(title, lines):
    print('--', title)
    for line in lines:
        print(repr(line))


show('default 30', textwrap.wrap(text, 30))
show('indents', textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='    '))
show('no expand_tabs', textwrap.wrap(text, 40, expand_tabs=False))
show('tabsize 2, keep whitespace', textwrap.wrap('a\tb\tc\nd  e\r\nf', 12, tabsize=2,
                                                 replace_whitespace=False))
show('fix_sentence_endings', textwrap.wrap('I saw Mr. Smith. He left! "Go." she said? yes.',
                                           20, fix_sentence_endings=True))
show('no break_long_words', textwrap.wrap(text, 12, break_long_words=False))
show('break_long_words', textwrap.wrap(text, 12))
show('keep whitespace', textwrap.wrap('  leading and   trailing  ', 10, drop_whitespace=False))
show('drop whitespace', textwrap.wrap('  leading and   trailing  ', 10))
show('hyphens', textwrap.wrap('a well-known long-winded self-referential x-y-z', 12))
show('no hyphens', textwrap.wrap('a well-known long-winded self-referential x-y-z', 12,
                                 break_on_hyphens=False))
show('long hyphenated', textwrap.wrap('extra-ordinarily-long-hyphenated-word', 10))
show('max_lines 2', textwrap.wrap(text, 30, max_lines=2))
show('max_lines placeholder', textwrap.wrap(text, 30, max_lines=3, placeholder=' (more)'))
show('max_lines fits', textwrap.wrap('short text', 30, max_lines=1))
show('max_lines tiny', textwrap.wrap('aaaa bbbb cccc', 6, max_lines=2, placeholder='..'))
print(repr(textwrap.fill(text, 25, initial_indent='> ', subsequent_indent='> ')))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill(''), textwrap.wrap('   ', drop_whitespace=False))

w = textwrap.TextWrapper()
print(w.width, repr(w.initial_indent), repr(w.subsequent_indent), w.expand_tabs,
      w.replace_whitespace, w.fix_sentence_endings, w.break_long_words, w.drop_whitespace,
      w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 15
w.initial_indent = '- '
show('attributes changed', w.wrap(text[:60]))
print(w.fill('one two three four five six'))
w2 = textwrap.TextWrapper(20, '', '', True, True, False, True, True, True, 4)
show('positional', w2.wrap('positional\targuments work'))
print(textwrap.TextWrapper(width=10)._split('Hello there -- you goof-ball, use the -b option!'))
print(textwrap.TextWrapper(break_on_hyphens=False)._split('a--b c-d  e'))
print(textwrap.TextWrapper(tabsize=3)._munge_whitespace('a\tb\nc'))


class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]


print(Upper(width=8).wrap('subclass hooks are honoured'))

# Output:
# -- default 30
# 'The quick brown fox jumped'
# 'over the lazy dog.  Well-known'
# 'pangrams -- such as this one'
# '-- use every letter; supercali'
# 'fragilisticexpialidocious'
# "words don't fit. Tabs    here."
# -- indents
# '* The quick brown fox jumped'
# '    over the lazy dog.  Well-'
# '    known pangrams -- such as'
# '    this one -- use every'
# '    letter; supercalifragilist'
# '    icexpialidocious words'
# "    don't fit. Tabs    here."
# -- no expand_tabs
# 'The quick brown fox jumped over the lazy'
# 'dog.  Well-known pangrams -- such as'
# 'this one -- use every letter;'
# 'supercalifragilisticexpialidocious words'
# "don't fit. Tabs here."
# -- tabsize 2, keep whitespace
# 'a b c\nd  e'
# 'f'
# -- fix_sentence_endings
# 'I saw Mr.  Smith.'
# 'He left!  "Go."  she'
# 'said?  yes.'
# -- no break_long_words
# 'The quick'
# 'brown fox'
# 'jumped over'
# 'the lazy'
# 'dog.  Well-'
# 'known'
# 'pangrams --'
# 'such as this'
# 'one -- use'
# 'every'
# 'letter;'
# 'supercalifragilisticexpialidocious'
# "words don't"
# 'fit. Tabs'
# 'here.'
# -- break_long_words
# 'The quick'
# 'brown fox'
# 'jumped over'
# 'the lazy'
# 'dog.  Well-'
# 'known'
# 'pangrams --'
# 'such as this'
# 'one -- use'
# 'every'
# 'letter; supe'
# 'rcalifragili'
# 'sticexpialid'
# 'ocious words'
# "don't fit."
# 'Tabs'
# 'here.'
# -- keep whitespace
# '  leading '
# 'and   '
# 'trailing  '
# -- drop whitespace
# '  leading'
# 'and'
# 'trailing'
# -- hyphens
# 'a well-known'
# 'long-winded'
# 'self-'
# 'referential'
# 'x-y-z'
# -- no hyphens
# 'a well-known'
# 'long-winded '
# 'self-referen'
# 'tial x-y-z'
# -- long hyphenated
# 'extra-ordi'
# 'narily-'
# 'long-hyphe'
# 'nated-word'
# -- max_lines 2
# 'The quick brown fox jumped'
# 'over the lazy dog. [...]'
# -- max_lines placeholder
# 'The quick brown fox jumped'
# 'over the lazy dog.  Well-known'
# 'pangrams -- such as (more)'
# -- max_lines fits
# 'short text'
# -- max_lines tiny
# 'aaaa'
# 'bbbb..'
# "> The quick brown fox\n> jumped over the lazy\n> dog.  Well-known\n> pangrams -- such as\n> this one -- use every\n> letter; supercalifragil\n> isticexpialidocious\n> words don't fit. Tabs\n> here."
# [] []  ['   ']
# 70 '' '' True True False True True True 8 None ' [...]'
# -- attributes changed
# '- The quick'
# 'brown fox'
# 'jumped over the'
# 'lazy dog.'
# 'Well-known pa'
# - one two three
# four five six
# -- positional
# 'positional'
# 'arguments work'
# ['Hello', ' ', 'there', ' ', '--', ' ', 'you', ' ', 'goof-', 'ball,', ' ', 'use', ' ', 'the', ' ', '-b', ' ', 'option!']
# ['a--b', ' ', 'c-d', '  ', 'e']
# a  b c
# ['SUBCLASS', 'HOOKS', 'ARE', 'HONOURED']
