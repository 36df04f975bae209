# string.Formatter: format and vformat, parse, get_field, get_value,
# check_unused_args, format_field, convert_field; automatic and manual
# numbering and their errors; nested specs and the recursion limit;
# subclasses overriding the hooks.
import string

f = string.Formatter()
print(f.format('{0}, {1}, {0}', 'a', 'b'))
print(f.format('{} {} {}', 1, 2.5, 'x'))
print(f.format('{name!r:>10}|{name!s:<6}|{name!a}', name='é'))
print(f.format('{0[1]} {0[key]} {1.real} {x[0][1]}', {1: 'one', 'key': 'k'}, 3, x=[[0, 9]]))
print(f.format('{:{width}.{prec}f}', 3.14159, width=10, prec=2))
print(f.format('{0:{1}}|', 'ab', '>5'))
print(f.format('{{literal}} {{{0}}}', 'x'))
print(f.vformat('{a}-{0}', (1,), {'a': 2}))
print(list(f.parse('a{{b}}c{0!r:>{w}}d{}')))
print(list(f.parse('')), list(f.parse('plain')))
print(f.get_field('0.real', [5], {}), f.get_field('k[0]', (), {'k': 'xyz'}))
print(f.get_value(1, ('a', 'b'), {}), f.get_value('k', (), {'k': 3}))
print(f.check_unused_args(set(), (), {}), f.format_field(3.5, '08.2f'))
print(f.convert_field('x', None), f.convert_field('x', 'r'), f.convert_field('é', 'a'),
      f.convert_field(1, 's'))
for text, args, kwargs in [
    ('{}{0}', (1,), {}), ('{0}{}', (1,), {}), ('{0:{}}', (1, 2), {}),
    ('{a:{b:{c:{d}}}}', (), dict(a=1, b=2, c=3, d=4)), ('{!x}', (1,), {}),
    ('{0}', (), {}), ('{k}', (), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}),
    ('{', (), {}), ('}', (), {}), ('{0!}', (1,), {}), ('{0!rr}', (1,), {}),
    ('{0[}', (1,), {}), ('{0.}', (1,), {}), ('{0[0]x}', ([1],), {}), ('{a{b}c}', (), {}),
    ('{99999999999999999999}', (), {}), ('{0:d}', ('s',), {}),
]:
    try:
        print(repr(text), repr(f.vformat(text, args, kwargs)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(text), type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s>' % key)
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        return '[' + super().format_field(value, format_spec) + ']'


s = Strict()
print(s.format('{a!u} {b} {0:>3}', 7, a='hi'))
try:
    s.format('{a}', a=1, z=2)
except ValueError as e:
    print('ValueError', e)

# Output:
# a, b, a
# 1 2.5 x
#        'é'|é     |'\xe9'
# one k 3 9
#       3.14
#    ab|
# {literal} {x}
# 2-1
# [('a{', None, None, None), ('b}', None, None, None), ('c', '0', '>{w}', 'r'), ('d', '', '', None)]
# [] [('plain', None, None, None)]
# (5, 0) ('x', 'k')
# b 3
# None 00003.50
# x 'x' '\xe9' 1
# '{}{0}' ValueError cannot switch from manual field specification to automatic field numbering
# '{0}{}' ValueError cannot switch from manual field specification to automatic field numbering
# '{0:{}}' ValueError cannot switch from manual field specification to automatic field numbering
# '{a:{b:{c:{d}}}}' ValueError Max string recursion exceeded
# '{!x}' ValueError Unknown conversion specifier x
# '{0}' IndexError tuple index out of range
# '{k}' KeyError 'k'
# '{0.nope}' AttributeError 'int' object has no attribute 'nope'
# '{0[5]}' IndexError list index out of range
# '{' ValueError Single '{' encountered in format string
# '}' ValueError Single '}' encountered in format string
# '{0!}' ValueError unmatched '{' in format spec
# '{0!rr}' ValueError expected ':' after conversion specifier
# '{0[}' ValueError expected '}' before end of string
# '{0.}' ValueError Empty attribute in format string
# '{0[0]x}' ValueError Only '.' or '[' may follow ']' in format field specifier
# '{a{b}c}' ValueError unexpected '{' in field name
# '{99999999999999999999}' ValueError Too many decimal digits in format string
# '{0:d}' ValueError Unknown format code 'd' for object of type 'str'
# [HI] [<b>] [  7]
# ValueError unused: ['z']
