# string.Template: substitute and safe_substitute with a mapping, keyword
# arguments or both; $$, ${name}, invalid placeholders (with their line
# and column), missing keys, is_valid, get_identifiers, the class
# attributes and a subclass with another delimiter.
import string

T = string.Template
print(T.delimiter, repr(T.idpattern), T.braceidpattern, T.flags == 2)
t = T('$who likes ${what}; $$ is a dollar, $who again')
print(t.template)
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'tim', 'what': 'pie'}))
print(t.substitute({'who': 'tim', 'what': 'pie'}, what='cake'))
print(t.safe_substitute(who='ann'))
print(t.is_valid(), t.get_identifiers())
print(T('$a$b ${c}d $_x1 $1 $').safe_substitute(a=1, b=[2], c=None, _x1=3.5))
print(T('$A $a').substitute(A='upper', a='lower'))
print(T('${ab}c $abc').substitute(ab=1, abc=2))
print(T('é$x é').substitute(x='€'))
for text in ['$', 'abc $', 'line1\nline2 $!', 'x\n\n  ${', '${a', '${}', '$1x',
             'ok $a\r\n$ bad']:
    try:
        T(text).substitute(a=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(T(text).safe_substitute()), T(text).is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    T('$x').substitute({})
except KeyError as e:
    print('KeyError', e)
try:
    T('$x').substitute({}, {})
except TypeError as e:
    print('TypeError', e)
print(T('$x $y').get_identifiers(), T('$x $x ${x} $$y $').get_identifiers())


class Percent(string.Template):
    delimiter = '%'


p = Percent('%who owes %{amount} (100%%) %')
print(p.safe_substitute(who='bob', amount='$5'), p.is_valid())
try:
    p.substitute(who='bob', amount=1)
except ValueError as e:
    print('ValueError', e)


class Long(string.Template):
    delimiter = '<<'


print(Long('<<a and <<<<b <<{c}<<').safe_substitute(a=1, c=3))


class Mapping:
    def __getitem__(self, key):
        if key == 'missing':
            raise KeyError(key)
        return key.upper()


print(T('$one ${two} $missing').safe_substitute(Mapping()))
print(T('$one').substitute(Mapping(), one='kw'))

# Output:
# $ '(?a:[_a-z][_a-z0-9]*)' None True
# $who likes ${what}; $$ is a dollar, $who again
# tim likes kung pao; $ is a dollar, tim again
# tim likes pie; $ is a dollar, tim again
# tim likes cake; $ is a dollar, tim again
# ann likes ${what}; $ is a dollar, ann again
# True ['who', 'what']
# 1[2] Noned 3.5 $1 $
# upper lower
# 1c 2
# é€ é
# ValueError Invalid placeholder in string: line 1, col 1
# '$' False
# ValueError Invalid placeholder in string: line 1, col 5
# 'abc $' False
# ValueError Invalid placeholder in string: line 2, col 7
# 'line1\nline2 $!' False
# ValueError Invalid placeholder in string: line 3, col 3
# 'x\n\n  ${' False
# ValueError Invalid placeholder in string: line 1, col 1
# '${a' False
# ValueError Invalid placeholder in string: line 1, col 1
# '${}' False
# ValueError Invalid placeholder in string: line 1, col 1
# '$1x' False
# ValueError Invalid placeholder in string: line 2, col 1
# 'ok $a\r\n$ bad' False
# KeyError 'what'
# KeyError 'x'
# TypeError Template.substitute() takes from 1 to 2 positional arguments but 3 were given
# ['x', 'y'] ['x']
# bob owes $5 (100%) % False
# ValueError Invalid placeholder in string: line 1, col 29
# 1 and <<b 3<<
# ONE TWO $missing
# kw
