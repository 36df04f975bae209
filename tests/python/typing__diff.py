# Differential check of typing's subscripted forms against CPython:
# generated nested type expressions (typing's aliases and special forms,
# builtin generics, `|` unions, forward references, type variables),
# each evaluated and shown by repr, get_origin, get_args, __parameters__,
# equality and hash against a second evaluation, and substitution of its
# type variables; errors count by their type and message. Each group
# prints a count and a checksum of its lines. (CPython caches subscripted
# forms, so a union equal to an earlier one may come back in the earlier
# one's order; sandpy makes each afresh: seeds where that shows differ.)

from typing import *
import typing

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


T = TypeVar('T')
K = TypeVar('K')
U = TypeVar('U', bound=int)
ATOMS = ['int', 'str', 'None', 'float', 'T', 'K', 'U', 'bytes', 'Any', "'Fwd'", 'List',
         'object', 'NoReturn', 'type(None)', '...', '1']
FORMS = ['List[{0}]', 'Dict[{0}, {1}]', 'Optional[{0}]', 'Union[{0}, {1}]',
         'Union[{0}, {1}, {2}]', 'Tuple[{0}, ...]', 'Tuple[{0}, {1}]', 'Tuple[()]',
         'Callable[[{0}, {1}], {2}]', 'Callable[..., {0}]', 'Callable[[], {0}]', 'Type[{0}]',
         'Literal[1, {0}]', "Literal['a', None]", 'Annotated[{0}, {1}]', 'FrozenSet[{0}]',
         'Sequence[{0}]', 'Mapping[{0}, {1}]', 'list[{0}]', 'dict[{0}, {1}]', '{0} | {1}',
         'ClassVar[{0}]', 'Final[{0}]', 'Iterable[{0}]', 'Generator[{0}, {1}, {2}]',
         'tuple[{0}, ...]', 'Set[{0}]', 'Optional[{0}] | {1}', 'Union[{0}, Union[{1}, {2}]]']


def expr(depth):
    if depth == 0 or rnd(3) == 0:
        return ATOMS[rnd(len(ATOMS))]
    form = FORMS[rnd(len(FORMS))]
    return form.format(expr(depth - 1), expr(depth - 1), expr(depth - 1))


def checksum(lines):
    h = 0
    for line in lines:
        for ch in line:
            h = (h * 31 + ord(ch)) % 1000000007
        h = (h * 17 + 1) % 1000000007
    return h


groups = {}


def record(group, line):
    groups.setdefault(group, []).append(line)


ns = dict(vars(typing))
ns.update(T=T, K=K, U=U)
for i in range(250):
    text = expr(3)
    try:
        value = eval(text, ns)
    except Exception as e:
        # sandpy's types.GenericAlias is a Python class, named in messages
        # by its __name__ (CPython's C type says 'types.GenericAlias').
        message = str(e).replace("'types.GenericAlias'", "'GenericAlias'")
        record('error', '%s %s: %s' % (text, type(e).__name__, message))
        continue
    record('repr', '%s -> %r' % (text, value))
    record('origin', '%r %r' % (get_origin(value), get_args(value)))
    record('params', repr(getattr(value, '__parameters__', None)))
    again = eval(text, ns)
    record('eq', '%s %s' % (value == again, hash(value) == hash(again)))
    params = getattr(value, '__parameters__', ())
    if params and not isinstance(value, type):
        try:
            sub = value[tuple(int if j % 2 else str for j in range(len(params)))]
            record('subst', repr(sub))
        except Exception as e:
            record('subst', '%s: %s' % (type(e).__name__, e))
for name in sorted(groups):
    lines = groups[name]
    print(name, len(lines), checksum(lines))
    for line in lines[:3]:
        print('   ', line)

# Output:
# eq 234 753095128
#     True True
#     True True
#     True True
# error 16 363620675
#     Union[Optional[FrozenSet['Fwd']] | ClassVar['Fwd'], None, Any] TypeError: typing.ClassVar[ForwardRef('Fwd')] is not valid as type argument
#     Optional[FrozenSet[Tuple[NoReturn, ...]]] | ClassVar[List] TypeError: typing.ClassVar[typing.List] is not valid as type argument
#     Union[ClassVar[FrozenSet[float]], Union[K, Union[Tuple[float, ...], Generator[Any, 1, List]]]] TypeError: typing.ClassVar[typing.FrozenSet[float]] is not valid as type argument
# origin 234 964646678
#     typing.Union (typing.List, typing.Literal[1, typing.List], typing.Iterable[ForwardRef('Fwd')])
#     None ()
#     typing.Literal (1, <class 'NoneType'>)
# params 234 745226673
#     ()
#     None
#     ()
# repr 234 227526889
#     Union[List, Literal[1, List] | Iterable['Fwd']] -> typing.Union[typing.List, typing.Literal[1, typing.List], typing.Iterable[ForwardRef('Fwd')]]
#     T -> ~T
#     Literal[1, type(None)] -> typing.Literal[1, NoneType]
# subst 40 891951043
#     dict[str, list[typing.Final[str]]]
#     typing.Generator[list[typing.Mapping[str, NoneType]], typing.Optional[object], typing.List]
#     typing.Callable[..., str]
