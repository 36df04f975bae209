# textwrap's errors: a width that is not positive, a placeholder that
# does not fit, and arguments of the wrong type.
import textwrap


def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)


attempt(lambda: textwrap.wrap('some text', 0))
attempt(lambda: textwrap.wrap('', -5))
attempt(lambda: textwrap.fill('abc', width=0))
attempt(lambda: textwrap.wrap('some text here', 5, max_lines=1, placeholder=' [long placeholder]'))
attempt(lambda: textwrap.wrap('some text here', 8, max_lines=2, subsequent_indent='     ',
                              placeholder='...'))
attempt(lambda: textwrap.shorten('some text', 3))
attempt(lambda: textwrap.shorten('some text', 3, placeholder=''))
attempt(lambda: textwrap.wrap(None))
attempt(lambda: textwrap.wrap(5))
attempt(lambda: textwrap.wrap('x', width='7'))
attempt(lambda: textwrap.wrap('x', bogus=1))
attempt(lambda: textwrap.dedent(None))
attempt(lambda: textwrap.dedent(b'  x'))
attempt(lambda: textwrap.indent('x', None))
attempt(lambda: textwrap.TextWrapper(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))

# Output:
# ValueError invalid width 0 (must be > 0)
# ValueError invalid width -5 (must be > 0)
# ValueError invalid width 0 (must be > 0)
# ValueError placeholder too large for max width
# ['some...']
# ValueError placeholder too large for max width
# 'som'
# AttributeError 'NoneType' object has no attribute 'expandtabs'
# AttributeError 'int' object has no attribute 'expandtabs'
# TypeError '<=' not supported between instances of 'str' and 'int'
# TypeError TextWrapper.__init__() got an unexpected keyword argument 'bogus'
# TypeError expected string or bytes-like object, got 'NoneType'
# TypeError cannot use a string pattern on a bytes-like object
# TypeError unsupported operand type(s) for +: 'NoneType' and 'str'
# TypeError TextWrapper.__init__() takes from 1 to 11 positional arguments but 12 were given
