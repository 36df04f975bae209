# A differential run of string: pseudo-random format strings through
# Formatter.parse and Formatter.format (fields, conversions, nested specs,
# attribute and index lookups, braces and every parse error) and
# pseudo-random templates through Template's substitute, safe_substitute,
# is_valid and get_identifiers (a fixed xorshift, so both interpreters see
# the same inputs). tests/tools/string_diff.py runs the same program with
# other seeds and more cases.
import string

SEED = 0x9E3779B97F4A7C15
COUNT = 300

M = (1 << 64) - 1
state = [SEED]


def rnd(n):
    x = state[0]
    x ^= (x << 13) & M
    x ^= x >> 7
    x ^= (x << 17) & M
    state[0] = x
    return x % n


def pick(seq):
    return seq[rnd(len(seq))]


class Item:
    x = 5

    def __getitem__(self, key):
        return key

    def __repr__(self):
        return 'Item'

    def __format__(self, spec):
        return 'Item' + spec


def outcome(f):
    try:
        return repr(f())
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


FORMAT = ['{', '}', 'a', '0', '1', ':', '!', 'r', '[', ']', '.', 'x', '{}',
          '{0}', '{a}', 's', '>', '3', '{x.x}', '{a[k]}', ' ']
TEMPLATE = ['$', '$$', '{', '}', 'a', 'B_', '1', ' ', '\n', '${', '$x',
            '${y}', 'é', '_', '$a1']
mapping = {'a': 1, 'x': 'X', 'y': 'Y', 'B_': 'b', 'aB_': 3, 'a1': [1]}
fmt = string.Formatter()
for case in range(COUNT):
    text = ''.join(pick(FORMAT) for _ in range(rnd(9)))
    print(case, repr(text), outcome(lambda: list(fmt.parse(text))),
          outcome(lambda: fmt.format(text, Item(), Item(), a=Item(), x=Item())))
    text = ''.join(pick(TEMPLATE) for _ in range(rnd(8)))
    t = string.Template(text)
    print('  ', repr(text), outcome(lambda: t.substitute(mapping)),
          outcome(lambda: t.safe_substitute(mapping)), t.is_valid(),
          t.get_identifiers())

# Output:
# 0 '{x.x}{0' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '$ $ ' ValueError: Invalid placeholder in string: line 1, col 1 '$ $ ' False []
# 1 '13r}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '_$x{$${é ' '_X{${é ' '_X{${é ' True ['x']
# 2 '0sr[' [('0sr[', None, None, None)] '0sr['
#    '\n_B_$a1B_${y}\n' KeyError: 'a1B_' '\n_B_$a1B_Y\n' True ['a1B_', 'y']
# 3 '' [] ''
#    '${$a1 $a1B_${y}' ValueError: Invalid placeholder in string: line 1, col 1 '${[1] $a1B_Y' False ['a1', 'a1B_', 'y']
# 4 ']{]' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    'é$x1éa' KeyError: 'x1' 'é$x1éa' True ['x1']
# 5 ']{0}x{x.x}1..x' [(']', '0', '', None), ('x', 'x.x', '', None), ('1..x', None, None, None)] ']Itemx51..x'
#    '${y}ééa1$x}' 'Yééa1X}' 'Yééa1X}' True ['y', 'x']
# 6 '3{0}{}[:' [('3', '0', '', None), ('', '', '', None), ('[:', None, None, None)] ValueError: cannot switch from manual field specification to automatic field numbering
#    'B_éa${y}$a1{ ' 'B_éaY[1]{ ' 'B_éaY[1]{ ' True ['y', 'a1']
# 7 '{x.x}[{a}{s>1' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '\n\n' '\n\n' '\n\n' True []
# 8 '{}}a]' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '1\nB_' '1\nB_' '1\nB_' True []
# 9 ' >' [(' >', None, None, None)] ' >'
#    '${y}B_1éa$a1$a1' 'YB_1éa[1][1]' 'YB_1éa[1][1]' True ['y', 'a1']
# 10 '{a 0{0}' ValueError: unexpected '{' in field name ValueError: unexpected '{' in field name
#    '1$x\n1' '1X\n1' '1X\n1' True ['x']
# 11 '.{x.x}]{a}s1s}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '}}1\n' '}}1\n' '}}1\n' True []
# 12 '!:}0{}1{0}}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    ' ' ' ' ' ' True []
# 13 '.0' [('.0', None, None, None)] '.0'
#    'a$x${' ValueError: Invalid placeholder in string: line 1, col 4 'aX${' False ['x']
# 14 '' [] ''
#    '_$a1' '_[1]' '_[1]' True ['a1']
# 15 '}} 0a' [('}', None, None, None), (' 0a', None, None, None)] '} 0a'
#    'a_1' 'a_1' 'a_1' True []
# 16 '.{0}{a[k]}{}{}{{' [('.', '0', '', None), ('', 'a[k]', '', None), ('', '', '', None), ('', '', '', None), ('{', None, None, None)] ValueError: cannot switch from manual field specification to automatic field numbering
#    '1$a1} $x${y}}' '1[1]} XY}' '1[1]} XY}' True ['a1', 'x', 'y']
# 17 '' [] ''
#    '$x11B_$' KeyError: 'x11B_' '$x11B_$' False ['x11B_']
# 18 '{!{0}' ValueError: expected ':' after conversion specifier ValueError: expected ':' after conversion specifier
#    'éé_{' 'éé_{' 'éé_{' True []
# 19 '0x[' [('0x[', None, None, None)] '0x['
#    '' '' '' True []
# 20 ':rr!.0.{x.x}' [(':rr!.0.', 'x.x', '', None)] ':rr!.0.5'
#    'a' 'a' 'a' True []
# 21 '[>1{}0[}{0}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '_}${y}{' '_}Y{' '_}Y{' True ['y']
# 22 '' [] ''
#    '' '' '' True []
# 23 'rx].' [('rx].', None, None, None)] 'rx].'
#    '$x$$a}$$' 'X$a}$' 'X$a}$' True ['x']
# 24 '{}>.{a[k]}axx' [('', '', '', None), ('>.', 'a[k]', '', None), ('axx', None, None, None)] 'Item>.kaxx'
#    '' '' '' True []
# 25 '{}{x.x}s' [('', '', '', None), ('', 'x.x', '', None), ('s', None, None, None)] 'Item5s'
#    '${' ValueError: Invalid placeholder in string: line 1, col 1 '${' False []
# 26 '!a{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    'a_' 'a_' 'a_' True []
# 27 '!s{a}{3!{>' ValueError: expected ':' after conversion specifier ValueError: expected ':' after conversion specifier
#    '${y}$$' 'Y$' 'Y$' True ['y']
# 28 '!s[.r{}' [('!s[.r', '', '', None)] '!s[.rItem'
#    'éa$$' 'éa$' 'éa$' True []
# 29 '{a[k]}}{}r}:s{a}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$$é' '$é' '$é' True []
# 30 '{a[k]}[0a}!{' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '_ B_' '_ B_' '_ B_' True []
# 31 '0a{a[k]}]x' [('0a', 'a[k]', '', None), (']x', None, None, None)] '0ak]x'
#    '$' ValueError: Invalid placeholder in string: line 1, col 1 '$' False []
# 32 'saa]{}.1' [('saa]', '', '', None), ('.1', None, None, None)] 'saa]Item.1'
#    '$$$$x${y}' '$$xY' '$$xY' True ['y']
# 33 '3.' [('3.', None, None, None)] '3.'
#    '' '' '' True []
# 34 '[{}}s}3:1' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '{' '{' '{' True []
# 35 '' [] ''
#    'aé}${_' ValueError: Invalid placeholder in string: line 1, col 4 'aé}${_' False []
# 36 '}a0.1s' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '${y}\nB__B_}$' ValueError: Invalid placeholder in string: line 2, col 7 'Y\nB__B_}$' False ['y']
# 37 'ax3{a}x' [('ax3', 'a', '', None), ('x', None, None, None)] 'ax3Itemx'
#    '\né_$$$$' '\né_$$' '\né_$$' True []
# 38 '' [] ''
#    '\n}${y}{' '\n}Y{' '\n}Y{' True ['y']
# 39 '{{x.x}{}13' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    'éa_$${y} ' 'éa_${y} ' 'éa_${y} ' True []
# 40 '!' [('!', None, None, None)] '!'
#    ' _$a1B_ ' KeyError: 'a1B_' ' _$a1B_ ' True ['a1B_']
# 41 '{a[k]}{]' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '${y}$x' 'YX' 'YX' True ['y', 'x']
# 42 ']r3{0}' [(']r3', '0', '', None)] ']r3Item'
#    'B_' 'B_' 'B_' True []
# 43 '{0}0{a[k]}' [('', '0', '', None), ('0', 'a[k]', '', None)] 'Item0k'
#    '\naé${y}1${y}' '\naéY1Y' '\naéY1Y' True ['y']
# 44 '{a[k]}' [('', 'a[k]', '', None)] 'k'
#    '$$1a' '$1a' '$1a' True []
# 45 ']}{}>]' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '} _${' ValueError: Invalid placeholder in string: line 1, col 4 '} _${' False []
# 46 'r' [('r', None, None, None)] 'r'
#    '_$a1$$' '_[1]$' '_[1]$' True ['a1']
# 47 'a{a[k]}!{x.x}3' [('a', 'a[k]', '', None), ('!', 'x.x', '', None), ('3', None, None, None)] 'ak!53'
#    '${a' ValueError: Invalid placeholder in string: line 1, col 1 '${a' False []
# 48 '0{x.x}.{a[k]}' [('0', 'x.x', '', None), ('.', 'a[k]', '', None)] '05.k'
#    'é$1' ValueError: Invalid placeholder in string: line 1, col 2 'é$1' False []
# 49 'r:0' [('r:0', None, None, None)] 'r:0'
#    '$x$é_' ValueError: Invalid placeholder in string: line 1, col 3 'X$é_' False ['x']
# 50 'a0' [('a0', None, None, None)] 'a0'
#    '$a1${$xa' ValueError: Invalid placeholder in string: line 1, col 4 '[1]${$xa' False ['a1', 'xa']
# 51 'ax[a' [('ax[a', None, None, None)] 'ax[a'
#    '_\n${y}${y}${y} ' '_\nYYY ' '_\nYYY ' True ['y']
# 52 '3' [('3', None, None, None)] '3'
#    '}}\n}{{$a1' '}}\n}{{[1]' '}}\n}{{[1]' True ['a1']
# 53 'r{a{' ValueError: unexpected '{' in field name ValueError: unexpected '{' in field name
#    'a_$$xa1' 'a_$xa1' 'a_$xa1' True []
# 54 '[:1' [('[:1', None, None, None)] '[:1'
#    '$x}B_${${' ValueError: Invalid placeholder in string: line 1, col 6 'X}B_${${' False ['x']
# 55 '{a[k]}{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '1$${y}$' ValueError: Invalid placeholder in string: line 1, col 7 '1${y}$' False []
# 56 'x]{x.x}0a' [('x]', 'x.x', '', None), ('0a', None, None, None)] 'x]50a'
#    '}$$' '}$' '}$' True []
# 57 ':s[r' [(':s[r', None, None, None)] ':s[r'
#    'é}é}' 'é}é}' 'é}é}' True []
# 58 '' [] ''
#    '1$\n$x' ValueError: Invalid placeholder in string: line 1, col 2 '1$\nX' False ['x']
# 59 '{a}a{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$$ ' '$ ' '$ ' True []
# 60 'r}.{0}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$a1$xa{$\nB_' KeyError: 'xa' '[1]$xa{$\nB_' False ['a1', 'xa']
# 61 '' [] ''
#    '$$a1\n' '$a1\n' '$a1\n' True []
# 62 ' ::3{x.x}' [(' ::3', 'x.x', '', None)] ' ::35'
#    '$a1${y}}${' ValueError: Invalid placeholder in string: line 1, col 9 '[1]Y}${' False ['a1', 'y']
# 63 '{0}s{x.x}0' [('', '0', '', None), ('s', 'x.x', '', None), ('0', None, None, None)] 'Items50'
#    '${_${' ValueError: Invalid placeholder in string: line 1, col 1 '${_${' False []
# 64 's :!{a}:{a[k]}' [('s :!', 'a', '', None), (':', 'a[k]', '', None)] 's :!Item:k'
#    '{é$$$$ $a1' '{é$$ [1]' '{é$$ [1]' True ['a1']
# 65 '  >' [('  >', None, None, None)] '  >'
#    '1}' '1}' '1}' True []
# 66 '' [] ''
#    '$a1' '[1]' '[1]' True ['a1']
# 67 '.}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    'B_1${B_é${' ValueError: Invalid placeholder in string: line 1, col 4 'B_1${B_é${' False []
# 68 '[1 :' [('[1 :', None, None, None)] '[1 :'
#    '' '' '' True []
# 69 '}01aa' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    'é}$x' 'é}X' 'é}X' True ['x']
# 70 '{}' [('', '', '', None)] 'Item'
#    '$a1_' KeyError: 'a1_' '$a1_' True ['a1_']
# 71 '{a}]{x.x}' [('', 'a', '', None), (']', 'x.x', '', None)] 'Item]5'
#    '${y}B_${y}B_${y}${y}\n' 'YB_YB_YY\n' 'YB_YB_YY\n' True ['y']
# 72 '{a[k]}{}}][a' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$x_$$' KeyError: 'x_' '$x_$' True ['x_']
# 73 '}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '}' '}' '}' True []
# 74 '{a[k]}x x{}{30' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '${éB_$}' ValueError: Invalid placeholder in string: line 1, col 1 '${éB_$}' False []
# 75 '' [] ''
#    '{_${y}' '{_Y' '{_Y' True ['y']
# 76 '[s:r}33{a}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$$a1' '$a1' '$a1' True []
# 77 ' 1.{a}3' [(' 1.', 'a', '', None), ('3', None, None, None)] ' 1.Item3'
#    '${y}${ ${y}${ $$' ValueError: Invalid placeholder in string: line 1, col 5 'Y${ Y${ $' False ['y']
# 78 '.{a}}.:{x.x}{0}]' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '' '' '' True []
# 79 '{}s{}{}0a' [('', '', '', None), ('s', '', '', None), ('', '', '', None), ('0a', None, None, None)] IndexError: tuple index out of range
#    '$a1 a' '[1] a' '[1] a' True ['a1']
# 80 ']1' [(']1', None, None, None)] ']1'
#    '$ {$x$xB_$$' ValueError: Invalid placeholder in string: line 1, col 1 '$ {X$xB_$' False ['x', 'xB_']
# 81 ']r' [(']r', None, None, None)] ']r'
#    'é${y}_}é{' 'éY_}é{' 'éY_}é{' True ['y']
# 82 '{a[k]}rs{x.x}:3{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '_$a1$x$a1${é}' ValueError: Invalid placeholder in string: line 1, col 10 '_[1]X[1]${é}' False ['a1', 'x']
# 83 '{}{1x' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    ' $a1' ' [1]' ' [1]' True ['a1']
# 84 ':[ ' [(':[ ', None, None, None)] ':[ '
#    '${y}$a1_' KeyError: 'a1_' 'Y$a1_' True ['y', 'a1_']
# 85 '{a[k]}r r' [('', 'a[k]', '', None), ('r r', None, None, None)] 'kr r'
#    ' {éB_${y}${{' ValueError: Invalid placeholder in string: line 1, col 10 ' {éB_Y${{' False ['y']
# 86 '{0}.0s[{a[k]}' [('', '0', '', None), ('.0s[', 'a[k]', '', None)] 'Item.0s[k'
#    '${' ValueError: Invalid placeholder in string: line 1, col 1 '${' False []
# 87 'ar {a}' [('ar ', 'a', '', None)] 'ar Item'
#    '1$x${$$x1' ValueError: Invalid placeholder in string: line 1, col 4 '1X${$x1' False ['x']
# 88 '3 ' [('3 ', None, None, None)] '3 '
#    '${y}${y}${y}$$' 'YYY$' 'YYY$' True ['y']
# 89 '} 3{a}x{a[k]}{a}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    ' $$_$x $a1' ' $_X [1]' ' $_X [1]' True ['x', 'a1']
# 90 '{ 0[s>' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '\n' '\n' '\n' True []
# 91 '{a[k]}r' [('', 'a[k]', '', None), ('r', None, None, None)] 'kr'
#    '\n{' '\n{' '\n{' True []
# 92 '0!1!r:' [('0!1!r:', None, None, None)] '0!1!r:'
#    '\n{ $ 1}' ValueError: Invalid placeholder in string: line 2, col 3 '\n{ $ 1}' False []
# 93 'ss{a[k]}{}.{}' [('ss', 'a[k]', '', None), ('', '', '', None), ('.', '', '', None)] 'sskItem.Item'
#    '${y}a$$' 'Ya$' 'Ya$' True ['y']
# 94 's{}:.3' [('s', '', '', None), (':.3', None, None, None)] 'sItem:.3'
#    ' ' ' ' ' ' True []
# 95 '{a}0' [('', 'a', '', None), ('0', None, None, None)] 'Item0'
#    '$_' KeyError: '_' '$_' True ['_']
# 96 ' ' [(' ', None, None, None)] ' '
#    ' ' ' ' ' ' True []
# 97 '{0}x{0}]3[' [('', '0', '', None), ('x', '0', '', None), (']3[', None, None, None)] 'ItemxItem]3['
#    '$a1 }1 {' '[1] }1 {' '[1] }1 {' True ['a1']
# 98 ']> ]{a[k]}:{{x.x}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$${_${y}$${' '${_Y${' '${_Y${' True ['y']
# 99 '1{}{]}sr' [('1', '', '', None), ('', ']', '', None), ('sr', None, None, None)] KeyError: ']'
#    '$a1$é$a1}B_' ValueError: Invalid placeholder in string: line 1, col 4 '[1]$é[1]}B_' False ['a1']
# 100 '' [] ''
#    '' '' '' True []
# 101 '}s{1s' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '' '' '' True []
# 102 '.s[{0}!' [('.s[', '0', '', None), ('!', None, None, None)] '.s[Item!'
#    'é{$é' ValueError: Invalid placeholder in string: line 1, col 3 'é{$é' False []
# 103 ' 1{a}>' [(' 1', 'a', '', None), ('>', None, None, None)] ' 1Item>'
#    '}${y}$$11' '}Y$11' '}Y$11' True ['y']
# 104 'rss!{0}}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '' '' '' True []
# 105 '.3 0' [('.3 0', None, None, None)] '.3 0'
#    '' '' '' True []
# 106 '!a' [('!a', None, None, None)] '!a'
#    '$xa{{B_' KeyError: 'xa' '$xa{{B_' True ['xa']
# 107 '[{a}1>sa{a}' [('[', 'a', '', None), ('1>sa', 'a', '', None)] '[Item1>saItem'
#    '$xa $a1}' KeyError: 'xa' '$xa [1]}' True ['xa', 'a1']
# 108 '{} }{a}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$x1é ' KeyError: 'x1' '$x1é ' True ['x1']
# 109 'a33}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    'a}{${$x1' ValueError: Invalid placeholder in string: line 1, col 4 'a}{${$x1' False ['x1']
# 110 ']' [(']', None, None, None)] ']'
#    '1${y}' '1Y' '1Y' True ['y']
# 111 '{x.x}ax3:{a}a}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '}{${ $${' ValueError: Invalid placeholder in string: line 1, col 3 '}{${ ${' False []
# 112 '{a}' [('', 'a', '', None)] 'Item'
#    'é$a1$a1${' ValueError: Invalid placeholder in string: line 1, col 8 'é[1][1]${' False ['a1']
# 113 'a{a[k]}]aa{x.x} ' [('a', 'a[k]', '', None), (']aa', 'x.x', '', None), (' ', None, None, None)] 'ak]aa5 '
#    '$ $a1{B_\n ' ValueError: Invalid placeholder in string: line 1, col 1 '$ [1]{B_\n ' False ['a1']
# 114 '{a}>s3' [('', 'a', '', None), ('>s3', None, None, None)] 'Item>s3'
#    '__1$x$$' '__1X$' '__1X$' True ['x']
# 115 '' [] ''
#    '' '' '' True []
# 116 '0>{a}{a}{}{a[k]}!!' [('0>', 'a', '', None), ('', 'a', '', None), ('', '', '', None), ('', 'a[k]', '', None), ('!!', None, None, None)] '0>ItemItemItemk!!'
#    'é$a1$a1 $x}' 'é[1][1] X}' 'é[1][1] X}' True ['a1', 'x']
# 117 'x{a}' [('x', 'a', '', None)] 'xItem'
#    '  a${y} ${y}$x' '  aY YX' '  aY YX' True ['y', 'x']
# 118 '{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$1${é\n${y}' ValueError: Invalid placeholder in string: line 1, col 1 '$1${é\nY' False ['y']
# 119 '[a{0}}r1' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    'aB_\n\n' 'aB_\n\n' 'aB_\n\n' True []
# 120 'r{}a{x.x}:>!' [('r', '', '', None), ('a', 'x.x', '', None), (':>!', None, None, None)] 'rItema5:>!'
#    '$a1B_{éB_}B_' KeyError: 'a1B_' '$a1B_{éB_}B_' True ['a1B_']
# 121 '[.]>!.' [('[.]>!.', None, None, None)] '[.]>!.'
#    '' '' '' True []
# 122 '[rx.{0}![x' [('[rx.', '0', '', None), ('![x', None, None, None)] '[rx.Item![x'
#    '$$}_}$$}' '$}_}$}' '$}_}$}' True []
# 123 '' [] ''
#    '$a1' '[1]' '[1]' True ['a1']
# 124 'x.' [('x.', None, None, None)] 'x.'
#    '}' '}' '}' True []
# 125 'r100' [('r100', None, None, None)] 'r100'
#    '\n {{${y}' '\n {{Y' '\n {{Y' True ['y']
# 126 ']:{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '_$x$a1a\n$$' KeyError: 'a1a' '_X$a1a\n$' True ['x', 'a1a']
# 127 ']' [(']', None, None, None)] ']'
#    '{{' '{{' '{{' True []
# 128 '.]{a[k]} ' [('.]', 'a[k]', '', None), (' ', None, None, None)] '.]k '
#    '' '' '' True []
# 129 '}}{x.x}!3rs{0}' [('}', None, None, None), ('', 'x.x', '', None), ('!3rs', '0', '', None)] '}5!3rsItem'
#    '$$${y}${' ValueError: Invalid placeholder in string: line 1, col 7 '$Y${' False ['y']
# 130 '' [] ''
#    '1  ${y}\na' '1  Y\na' '1  Y\na' True ['y']
# 131 '[' [('[', None, None, None)] '['
#    '}$$' '}$' '}$' True []
# 132 '[' [('[', None, None, None)] '['
#    '${${y}é$a1B_' ValueError: Invalid placeholder in string: line 1, col 1 '${Yé$a1B_' False ['y', 'a1B_']
# 133 '{x.x}' [('', 'x.x', '', None)] '5'
#    '{${y}' '{Y' '{Y' True ['y']
# 134 '1>>{0}{0}{a[k]}x{a[k]}' [('1>>', '0', '', None), ('', '0', '', None), ('', 'a[k]', '', None), ('x', 'a[k]', '', None)] '1>>ItemItemkxk'
#    '' '' '' True []
# 135 'r{a}r.[{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$x$x$${a$$x' 'XX${a$x' 'XX${a$x' True ['x']
# 136 ':.{a[k]}' [(':.', 'a[k]', '', None)] ':.k'
#    '${${y}\n${y}$x' ValueError: Invalid placeholder in string: line 1, col 1 '${Y\nYX' False ['y', 'x']
# 137 '' [] ''
#    '$ }\n' ValueError: Invalid placeholder in string: line 1, col 1 '$ }\n' False []
# 138 's 0[{}r0{x.x}' [('s 0[', '', '', None), ('r0', 'x.x', '', None)] 's 0[Itemr05'
#    '$x$$\n${$a1' ValueError: Invalid placeholder in string: line 2, col 1 'X$\n${[1]' False ['x', 'a1']
# 139 '.r!03>' [('.r!03>', None, None, None)] '.r!03>'
#    '\n$ $$\n${y}' ValueError: Invalid placeholder in string: line 2, col 1 '\n$ $\nY' False ['y']
# 140 'xx{0}3' [('xx', '0', '', None), ('3', None, None, None)] 'xxItem3'
#    '' '' '' True []
# 141 ':{a[k]}]]3[a{a[k]}' [(':', 'a[k]', '', None), (']]3[a', 'a[k]', '', None)] ':k]]3[ak'
#    '${y}$a1' 'Y[1]' 'Y[1]' True ['y', 'a1']
# 142 '' [] ''
#    '11$x\n' '11X\n' '11X\n' True ['x']
# 143 ']{x.x}0' [(']', 'x.x', '', None), ('0', None, None, None)] ']50'
#    '' '' '' True []
# 144 's]{0}{>1:r' ValueError: unmatched '{' in format spec ValueError: unmatched '{' in format spec
#    '\n$x' '\nX' '\nX' True ['x']
# 145 ']>]{a}' [(']>]', 'a', '', None)] ']>]Item'
#    '' '' '' True []
# 146 ']' [(']', None, None, None)] ']'
#    '} B__ ' '} B__ ' '} B__ ' True []
# 147 '' [] ''
#    '$x$$_$a1' 'X$_[1]' 'X$_[1]' True ['x', 'a1']
# 148 'r}[!{{a[k]}3' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$a1}a${y}}' '[1]}aY}' '[1]}aY}' True ['a1', 'y']
# 149 '' [] ''
#    '1' '1' '1' True []
# 150 '.' [('.', None, None, None)] '.'
#    'aé' 'aé' 'aé' True []
# 151 '>0s[{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '' '' '' True []
# 152 's' [('s', None, None, None)] 's'
#    '' '' '' True []
# 153 '' [] ''
#    '' '' '' True []
# 154 '10.!{}{a}{0}' [('10.!', '', '', None), ('', 'a', '', None), ('', '0', '', None)] ValueError: cannot switch from manual field specification to automatic field numbering
#    '$a1 \n${$$1\n' ValueError: Invalid placeholder in string: line 2, col 1 '[1] \n${$1\n' False ['a1']
# 155 '{x.x}}{' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '${} B_$a1$' ValueError: Invalid placeholder in string: line 1, col 1 '${} B_[1]$' False ['a1']
# 156 's{}{}' [('s', '', '', None), ('', '', '', None)] 'sItemItem'
#    'aa$a1\nB_ B_' 'aa[1]\nB_ B_' 'aa[1]\nB_ B_' True ['a1']
# 157 '0]}:.!a' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$_a{a' KeyError: '_a' '$_a{a' True ['_a']
# 158 'x.::' [('x.::', None, None, None)] 'x.::'
#    '}_{1$a11$$' KeyError: 'a11' '}_{1$a11$' True ['a11']
# 159 's{a[k]}!{x.x}a[' [('s', 'a[k]', '', None), ('!', 'x.x', '', None), ('a[', None, None, None)] 'sk!5a['
#    '$$' '$' '$' True []
# 160 '' [] ''
#    '\n' '\n' '\n' True []
# 161 ']{{a[k]}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$x{' 'X{' 'X{' True ['x']
# 162 '{0}{a3s{0}' ValueError: unexpected '{' in field name ValueError: unexpected '{' in field name
#    ' }' ' }' ' }' True []
# 163 'a' [('a', None, None, None)] 'a'
#    '_$$B_$\n ' ValueError: Invalid placeholder in string: line 1, col 6 '_$B_$\n ' False []
# 164 '!' [('!', None, None, None)] '!'
#    'a$$ ${y}' 'a$ Y' 'a$ Y' True ['y']
# 165 'a{x.x}0{a[k]} {x.x}' [('a', 'x.x', '', None), ('0', 'a[k]', '', None), (' ', 'x.x', '', None)] 'a50k 5'
#    '_\n' '_\n' '_\n' True []
# 166 '{x.x}' [('', 'x.x', '', None)] '5'
#    '\n$x{' '\nX{' '\nX{' True ['x']
# 167 '}[{:>{0}{0}}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    ' ' ' ' ' ' True []
# 168 '{0}s{a[k]} a.!' [('', '0', '', None), ('s', 'a[k]', '', None), (' a.!', None, None, None)] 'Itemsk a.!'
#    '$x${}' ValueError: Invalid placeholder in string: line 1, col 3 'X${}' False ['x']
# 169 's] ' [('s] ', None, None, None)] 's] '
#    '' '' '' True []
# 170 '1[]' [('1[]', None, None, None)] '1[]'
#    '$$' '$' '$' True []
# 171 'sx{x.x}[{x.x}}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '_${y}${y}1' '_YY1' '_YY1' True ['y']
# 172 's} :}:{a}>' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '{é$a1$' ValueError: Invalid placeholder in string: line 1, col 6 '{é[1]$' False ['a1']
# 173 '{a[k]}s' [('', 'a[k]', '', None), ('s', None, None, None)] 'ks'
#    '$a1a{B_$$' KeyError: 'a1a' '$a1a{B_$' True ['a1a']
# 174 '{}x0{03{a}' ValueError: unexpected '{' in field name ValueError: unexpected '{' in field name
#    '${y}' 'Y' 'Y' True ['y']
# 175 'rs{a[k]}s]0} ' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '' '' '' True []
# 176 '{ ' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    ' $x$xa{}1' KeyError: 'xa' ' X$xa{}1' True ['x', 'xa']
# 177 'a{}:{}' [('a', '', '', None), (':', '', '', None)] 'aItem:Item'
#    'B_' 'B_' 'B_' True []
# 178 '{0}{3x{a{a[k]}{x.x}' ValueError: unexpected '{' in field name ValueError: unexpected '{' in field name
#    ' $$${$\né ' ValueError: Invalid placeholder in string: line 1, col 4 ' $${$\né ' False []
# 179 '[{a}a3{s' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    'a' 'a' 'a' True []
# 180 ':{x.x}s}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '\n$a1_$x' KeyError: 'a1_' '\n$a1_X' True ['a1_', 'x']
# 181 '' [] ''
#    '$a1${y}' '[1]Y' '[1]Y' True ['a1', 'y']
# 182 'a' [('a', None, None, None)] 'a'
#    '}\na${y}\n' '}\naY\n' '}\naY\n' True ['y']
# 183 '{x.x}1.>x[ !' [('', 'x.x', '', None), ('1.>x[ !', None, None, None)] '51.>x[ !'
#    '1}\n1' '1}\n1' '1}\n1' True []
# 184 'sa>.{3' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '${$$$${y}$x' ValueError: Invalid placeholder in string: line 1, col 1 '${$${y}X' False ['x']
# 185 '{}{}01!{x.x}x' [('', '', '', None), ('', '', '', None), ('01!', 'x.x', '', None), ('x', None, None, None)] 'ItemItem01!5x'
#    '} $x${y}}' '} XY}' '} XY}' True ['x', 'y']
# 186 'x !:3r' [('x !:3r', None, None, None)] 'x !:3r'
#    '_$' ValueError: Invalid placeholder in string: line 1, col 2 '_$' False []
# 187 '!{0}{x.x}' [('!', '0', '', None), ('', 'x.x', '', None)] '!Item5'
#    '$a1\nB_$x}$$' '[1]\nB_X}$' '[1]\nB_X}$' True ['a1', 'x']
# 188 '01:}1: ' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '' '' '' True []
# 189 '{0}>!' [('', '0', '', None), ('>!', None, None, None)] 'Item>!'
#    '$$${${y}$a1' ValueError: Invalid placeholder in string: line 1, col 3 '$${Y[1]' False ['y', 'a1']
# 190 'a>{x.x}3' [('a>', 'x.x', '', None), ('3', None, None, None)] 'a>53'
#    '$$' '$' '$' True []
# 191 '0{:>.[{x.x}' ValueError: unmatched '{' in format spec ValueError: unmatched '{' in format spec
#    '_}\n\n\n $' ValueError: Invalid placeholder in string: line 4, col 2 '_}\n\n\n $' False []
# 192 '[{a[k]}{}' [('[', 'a[k]', '', None), ('', '', '', None)] '[kItem'
#    '' '' '' True []
# 193 '{> .[{0}r' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    'B_{é$B_${${' ValueError: Invalid placeholder in string: line 1, col 8 'B_{éb${${' False ['B_']
# 194 '{a[k]}0 >' [('', 'a[k]', '', None), ('0 >', None, None, None)] 'k0 >'
#    '${é' ValueError: Invalid placeholder in string: line 1, col 1 '${é' False []
# 195 '>{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$é1}{}1' ValueError: Invalid placeholder in string: line 1, col 1 '$é1}{}1' False []
# 196 ']' [(']', None, None, None)] ']'
#    '$$a1$$a1' '$a1$a1' '$a1$a1' True []
# 197 '{x.x}]{x.x}{a[k]}:' [('', 'x.x', '', None), (']', 'x.x', '', None), ('', 'a[k]', '', None), (':', None, None, None)] '5]5k:'
#    '$a1${y}$a1$x${{' ValueError: Invalid placeholder in string: line 1, col 13 '[1]Y[1]X${{' False ['a1', 'y', 'x']
# 198 '1xr3' [('1xr3', None, None, None)] '1xr3'
#    '$$a1$x' '$a1X' '$a1X' True ['x']
# 199 ' a0' [(' a0', None, None, None)] ' a0'
#    '1' '1' '1' True []
# 200 '{0}:a' [('', '0', '', None), (':a', None, None, None)] 'Item:a'
#    ' _\né\n' ' _\né\n' ' _\né\n' True []
# 201 '{}}[' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '\n_ ${$$' ValueError: Invalid placeholder in string: line 2, col 3 '\n_ ${$' False []
# 202 '{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$$$x$x}{{' '$XX}{{' '$XX}{{' True ['x']
# 203 'x{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$B_é{${y}' 'bé{Y' 'bé{Y' True ['B_', 'y']
# 204 '}r!{x' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$a1aB_' KeyError: 'a1aB_' '$a1aB_' True ['a1aB_']
# 205 '1{x.x}0r0' [('1', 'x.x', '', None), ('0r0', None, None, None)] '150r0'
#    '' '' '' True []
# 206 'r3a{a[k]}}}[' [('r3a', 'a[k]', '', None), ('}', None, None, None), ('[', None, None, None)] 'r3ak}['
#    'a $a1${y}{1é' 'a [1]Y{1é' 'a [1]Y{1é' True ['a1', 'y']
# 207 '{{a][r' [('{', None, None, None), ('a][r', None, None, None)] '{a][r'
#    'B_$a1B_$x' KeyError: 'a1B_' 'B_$a1B_X' True ['a1B_', 'x']
# 208 'a0a}]x' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '}_$${$$$x' '}_${$X' '}_${$X' True ['x']
# 209 ' .x{}' [(' .x', '', '', None)] ' .xItem'
#    '$x' 'X' 'X' True ['x']
# 210 'r{a} 0{r' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '$$$_}B_1$$' KeyError: '_' '$$_}B_1$' True ['_']
# 211 ':{a>' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '${y}${y}1$x${a$$' ValueError: Invalid placeholder in string: line 1, col 12 'YY1X${a$' False ['y', 'x']
# 212 '}{a[k]}{ ' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '' '' '' True []
# 213 '{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$a1' '[1]' '[1]' True ['a1']
# 214 'x' [('x', None, None, None)] 'x'
#    ' _é' ' _é' ' _é' True []
# 215 '' [] ''
#    '\n$$$a1 \n' '\n$[1] \n' '\n$[1] \n' True ['a1']
# 216 '0 r' [('0 r', None, None, None)] '0 r'
#    '${$$' ValueError: Invalid placeholder in string: line 1, col 1 '${$' False []
# 217 '{a}{1{a[k]}{a[k]}' ValueError: unexpected '{' in field name ValueError: unexpected '{' in field name
#    'a_a' 'a_a' 'a_a' True []
# 218 '{x.x}s[' [('', 'x.x', '', None), ('s[', None, None, None)] '5s['
#    '${}$x${' ValueError: Invalid placeholder in string: line 1, col 1 '${}X${' False ['x']
# 219 '' [] ''
#    '$x' 'X' 'X' True ['x']
# 220 '>{a}s]3{x.x}' [('>', 'a', '', None), ('s]3', 'x.x', '', None)] '>Items]35'
#    '${y}${y}' 'YY' 'YY' True ['y']
# 221 '[' [('[', None, None, None)] '['
#    '1$x$' ValueError: Invalid placeholder in string: line 1, col 4 '1X$' False ['x']
# 222 'x.' [('x.', None, None, None)] 'x.'
#    '{}}\n1a' '{}}\n1a' '{}}\n1a' True []
# 223 '{0}{a[k]}s' [('', '0', '', None), ('', 'a[k]', '', None), ('s', None, None, None)] 'Itemks'
#    '}${y}_' '}Y_' '}Y_' True ['y']
# 224 '{0}:{a[k]}' [('', '0', '', None), (':', 'a[k]', '', None)] 'Item:k'
#    '\n $$' '\n $' '\n $' True []
# 225 '3r' [('3r', None, None, None)] '3r'
#    '_\n$a1a$$x' KeyError: 'a1a' '_\n$a1a$x' True ['a1a']
# 226 ' [' [(' [', None, None, None)] ' ['
#    'B_éa$' ValueError: Invalid placeholder in string: line 1, col 5 'B_éa$' False []
# 227 '{}{a}}0' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '' '' '' True []
# 228 '{}ss{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    'B_B_' 'B_B_' 'B_B_' True []
# 229 '.0:0]1::' [('.0:0]1::', None, None, None)] '.0:0]1::'
#    '$a1$a1__$x$1' KeyError: 'a1__' '[1]$a1__X$1' False ['a1', 'a1__', 'x']
# 230 ']3r{a}{a[k]}s' [(']3r', 'a', '', None), ('', 'a[k]', '', None), ('s', None, None, None)] ']3rItemks'
#    '$$' '$' '$' True []
# 231 '}{}{0}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    'é' 'é' 'é' True []
# 232 'r{:1{a[k]}1' ValueError: unmatched '{' in format spec ValueError: unmatched '{' in format spec
#    '$a1$x_$$' KeyError: 'x_' '[1]$x_$' True ['a1', 'x_']
# 233 '{a[k]}' [('', 'a[k]', '', None)] 'k'
#    'B_B__{{1' 'B_B__{{1' 'B_B__{{1' True []
# 234 ']{a[k]}x.s{}{x.x}x' [(']', 'a[k]', '', None), ('x.s', '', '', None), ('', 'x.x', '', None), ('x', None, None, None)] ']kx.sItem5x'
#    '${' ValueError: Invalid placeholder in string: line 1, col 1 '${' False []
# 235 's a:]{0}' [('s a:]', '0', '', None)] 's a:]Item'
#    '' '' '' True []
# 236 '3' [('3', None, None, None)] '3'
#    '$x1B_${_}a' KeyError: 'x1B_' '$x1B_${_}a' True ['x1B_', '_']
# 237 '>{x.x}{a[k]}[{x.x}0>0' [('>', 'x.x', '', None), ('', 'a[k]', '', None), ('[', 'x.x', '', None), ('0>0', None, None, None)] '>5k[50>0'
#    '$ a{$$a' ValueError: Invalid placeholder in string: line 1, col 1 '$ a{$a' False []
# 238 ' ]xsx{a[k]}1' [(' ]xsx', 'a[k]', '', None), ('1', None, None, None)] ' ]xsxk1'
#    '}${1' ValueError: Invalid placeholder in string: line 1, col 2 '}${1' False []
# 239 '>>' [('>>', None, None, None)] '>>'
#    '' '' '' True []
# 240 '{x.x}' [('', 'x.x', '', None)] '5'
#    '$a1' '[1]' '[1]' True ['a1']
# 241 'x{0}>{x.x}' [('x', '0', '', None), ('>', 'x.x', '', None)] 'xItem>5'
#    '{' '{' '{' True []
# 242 '{}3' [('', '', '', None), ('3', None, None, None)] 'Item3'
#    '}B_1_\n' '}B_1_\n' '}B_1_\n' True []
# 243 '{a[k]}:r{}' [('', 'a[k]', '', None), (':r', '', '', None)] 'k:rItem'
#    'B_é\né${é' ValueError: Invalid placeholder in string: line 2, col 2 'B_é\né${é' False []
# 244 ' :{{}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    ' \na$x${$a1' ValueError: Invalid placeholder in string: line 2, col 4 ' \naX${[1]' False ['x', 'a1']
# 245 '.[0: {a}' [('.[0: ', 'a', '', None)] '.[0: Item'
#    ' a' ' a' ' a' True []
# 246 '' [] ''
#    '_ ' '_ ' '_ ' True []
# 247 '3{a}{x.x}:' [('3', 'a', '', None), ('', 'x.x', '', None), (':', None, None, None)] '3Item5:'
#    '$x$' ValueError: Invalid placeholder in string: line 1, col 3 'X$' False ['x']
# 248 '}0::sr{' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$a1' '[1]' '[1]' True ['a1']
# 249 '{0}s.{0}[!' [('', '0', '', None), ('s.', '0', '', None), ('[!', None, None, None)] 'Items.Item[!'
#    '_$x$x1B__B_' KeyError: 'x1B__B_' '_X$x1B__B_' True ['x', 'x1B__B_']
# 250 'r{a}3{x.x}x>]' [('r', 'a', '', None), ('3', 'x.x', '', None), ('x>]', None, None, None)] 'rItem35x>]'
#    '}B_$x${y}B_é' '}B_XYB_é' '}B_XYB_é' True ['x', 'y']
# 251 '{0' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    '${B_' ValueError: Invalid placeholder in string: line 1, col 1 '${B_' False []
# 252 '' [] ''
#    '' '' '' True []
# 253 '{0}>' [('', '0', '', None), ('>', None, None, None)] 'Item>'
#    '_{${y}${y} _B_' '_{YY _B_' '_{YY _B_' True ['y']
# 254 '{}:{a}{}.{a}{a[k]}' [('', '', '', None), (':', 'a', '', None), ('', '', '', None), ('.', 'a', '', None), ('', 'a[k]', '', None)] 'Item:ItemItem.Itemk'
#    'éaaB_$a11\n' KeyError: 'a11' 'éaaB_$a11\n' True ['a11']
# 255 '{ 1r' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    'B_' 'B_' 'B_' True []
# 256 '01x' [('01x', None, None, None)] '01x'
#    'aB_' 'aB_' 'aB_' True []
# 257 '}}{a[k]}{0}{0}0' [('}', None, None, None), ('', 'a[k]', '', None), ('', '0', '', None), ('', '0', '', None), ('0', None, None, None)] '}kItemItem0'
#    '_é' '_é' '_é' True []
# 258 '{0}a]{0}r' [('', '0', '', None), ('a]', '0', '', None), ('r', None, None, None)] 'Itema]Itemr'
#    '1é{B_${$a1' ValueError: Invalid placeholder in string: line 1, col 6 '1é{B_${[1]' False ['a1']
# 259 'a>{x.x}' [('a>', 'x.x', '', None)] 'a>5'
#    '$$x' '$x' '$x' True []
# 260 '0{x.x}]' [('0', 'x.x', '', None), (']', None, None, None)] '05]'
#    '${y}1$x\néB_$$' 'Y1X\néB_$' 'Y1X\néB_$' True ['y', 'x']
# 261 '' [] ''
#    '_' '_' '_' True []
# 262 'xa' [('xa', None, None, None)] 'xa'
#    'aééB__' 'aééB__' 'aééB__' True []
# 263 '{} ]' [('', '', '', None), (' ]', None, None, None)] 'Item ]'
#    '1B_${y}${}' ValueError: Invalid placeholder in string: line 1, col 8 '1B_Y${}' False ['y']
# 264 '0{}1' [('0', '', '', None), ('1', None, None, None)] '0Item1'
#    'a}{' 'a}{' 'a}{' True []
# 265 '1[s.:' [('1[s.:', None, None, None)] '1[s.:'
#    ' $$ ' ' $ ' ' $ ' True []
# 266 '{a}: ' [('', 'a', '', None), (': ', None, None, None)] 'Item: '
#    ' ${y}$x' ' YX' ' YX' True ['y', 'x']
# 267 '{x.x}}{}0' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$\n $a1' ValueError: Invalid placeholder in string: line 1, col 1 '$\n [1]' False ['a1']
# 268 '' [] ''
#    '1$x${y}' '1XY' '1XY' True ['x', 'y']
# 269 '{0}{' ValueError: Single '{' encountered in format string ValueError: Single '{' encountered in format string
#    '$' ValueError: Invalid placeholder in string: line 1, col 1 '$' False []
# 270 '{>' ValueError: expected '}' before end of string ValueError: expected '}' before end of string
#    'B_' 'B_' 'B_' True []
# 271 ':' [(':', None, None, None)] ':'
#    '{' '{' '{' True []
# 272 's1{a}' [('s1', 'a', '', None)] 's1Item'
#    '{ ' '{ ' '{ ' True []
# 273 ' 1![}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$' ValueError: Invalid placeholder in string: line 1, col 1 '$' False []
# 274 ':{0}0s{0}{}' [(':', '0', '', None), ('0s', '0', '', None), ('', '', '', None)] ValueError: cannot switch from manual field specification to automatic field numbering
#    '$x' 'X' 'X' True ['x']
# 275 '.' [('.', None, None, None)] '.'
#    '\n_}}' '\n_}}' '\n_}}' True []
# 276 '] {a[k]}!{0}{x.x}{}' [('] ', 'a[k]', '', None), ('!', '0', '', None), ('', 'x.x', '', None), ('', '', '', None)] ValueError: cannot switch from manual field specification to automatic field numbering
#    '$x1' KeyError: 'x1' '$x1' True ['x1']
# 277 '3.[r:' [('3.[r:', None, None, None)] '3.[r:'
#    'B_}${y}\n' 'B_}Y\n' 'B_}Y\n' True ['y']
# 278 '1{a{a}.' ValueError: unexpected '{' in field name ValueError: unexpected '{' in field name
#    '1é$${' '1é${' '1é${' True []
# 279 '..1xr!}' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '${y}é ${é$$' ValueError: Invalid placeholder in string: line 1, col 7 'Yé ${é$' False ['y']
# 280 ' ' [(' ', None, None, None)] ' '
#    '$$a1$x1' KeyError: 'x1' '$a1$x1' True ['x1']
# 281 ':x{x.x}1{}' [(':x', 'x.x', '', None), ('1', '', '', None)] ':x51Item'
#    '_' '_' '_' True []
# 282 '0!>r3xx' [('0!>r3xx', None, None, None)] '0!>r3xx'
#    '$$ 1${' ValueError: Invalid placeholder in string: line 1, col 5 '$ 1${' False []
# 283 'a{a}:ar' [('a', 'a', '', None), (':ar', None, None, None)] 'aItem:ar'
#    '${$a1B_' ValueError: Invalid placeholder in string: line 1, col 1 '${$a1B_' False ['a1B_']
# 284 '.1a}>' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    'B__' 'B__' 'B__' True []
# 285 '3x' [('3x', None, None, None)] '3x'
#    ' ${y}}$x${éé' ValueError: Invalid placeholder in string: line 1, col 9 ' Y}X${éé' False ['y', 'x']
# 286 '3{a}sa:}]' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    ' ' ' ' ' ' True []
# 287 '03sx{0}' [('03sx', '0', '', None)] '03sxItem'
#    '}$${éé' '}${éé' '}${éé' True []
# 288 'r{0}{x.x}1a0{a}' [('r', '0', '', None), ('', 'x.x', '', None), ('1a0', 'a', '', None)] 'rItem51a0Item'
#    'a$$$$a1_\n' 'a$$a1_\n' 'a$$a1_\n' True []
# 289 '[0!' [('[0!', None, None, None)] '[0!'
#    '$a11${y}}1\n' KeyError: 'a11' '$a11Y}1\n' True ['a11', 'y']
# 290 ']>' [(']>', None, None, None)] ']>'
#    '_${y}{a' '_Y{a' '_Y{a' True ['y']
# 291 ' 3{x.x}s>0{x.x}' [(' 3', 'x.x', '', None), ('s>0', 'x.x', '', None)] ' 35s>05'
#    '${B_$_' ValueError: Invalid placeholder in string: line 1, col 1 '${B_$_' False ['_']
# 292 '{x.x}' [('', 'x.x', '', None)] '5'
#    '$xé$a1' 'Xé[1]' 'Xé[1]' True ['x', 'a1']
# 293 '{a[k]}xxx{x.x}' [('', 'a[k]', '', None), ('xxx', 'x.x', '', None)] 'kxxx5'
#    'é${$x_' ValueError: Invalid placeholder in string: line 1, col 2 'é${$x_' False ['x_']
# 294 '{{a}{a}x{a}}{' ValueError: Single '}' encountered in format string ValueError: Single '}' encountered in format string
#    '$$}1}${_' ValueError: Invalid placeholder in string: line 1, col 6 '$}1}${_' False []
# 295 '' [] ''
#    '$a1$$a1' '[1]$a1' '[1]$a1' True ['a1']
# 296 'x[301[' [('x[301[', None, None, None)] 'x[301['
#    '1' '1' '1' True []
# 297 '{a[k]}{a[k]}3x3{x.x}' [('', 'a[k]', '', None), ('', 'a[k]', '', None), ('3x3', 'x.x', '', None)] 'kk3x35'
#    '$$$1${\n1$a1' ValueError: Invalid placeholder in string: line 1, col 3 '$$1${\n1[1]' False ['a1']
# 298 ']]{}r:' [(']]', '', '', None), ('r:', None, None, None)] ']]Itemr:'
#    '{\n' '{\n' '{\n' True []
# 299 '3{x.x}]' [('3', 'x.x', '', None), (']', None, None, None)] '35]'
#    '$_ ' KeyError: '_' '$_ ' True ['_']
