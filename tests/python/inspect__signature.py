import inspect
import functools
from inspect import Parameter, Signature, signature
from typing import List, Optional


def f(a, b=1, *args, c, d=2, **kw) -> int:
    pass


def g(x: int, /, y: 'str' = 'z', *, z: List[int] = None) -> Optional[str]:
    pass


def h():
    pass


lam = lambda p, q=3: p


class C:
    def m(self, a, b=2):
        pass

    @classmethod
    def cm(cls, x):
        pass

    @staticmethod
    def sm(y, z=0):
        pass

    def __call__(self, v, *, w=1):
        pass


class D:
    def __init__(self, a, b: int = 5):
        pass


class E:
    def __new__(cls, n, *rest):
        return object.__new__(cls)


class Meta(type):
    def __call__(cls, token):
        return super().__call__()


class F(metaclass=Meta):
    pass


class Plain:
    pass


for obj in [object, f, g, h, lam, C.m, C().m, C.cm, C.sm, C(), D, E, F, Plain, C,
            functools.partial(f, 1), functools.partial(f, b=5), functools.partial(g, 1, z=[1])]:
    sig = signature(obj)
    print(sig, repr(sig))
print(list(signature(f).parameters), signature(f).return_annotation, signature(h).return_annotation)
for p in signature(f).parameters.values():
    print(repr(p), p.name, p.kind, int(p.kind), p.kind.description, p.default is Parameter.empty, p.annotation)
print(signature(g).parameters['z'].annotation, signature(g).parameters['y'])
print(signature(f).parameters)

# bind
sig = signature(f)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, c=3)
print(ba)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(sig.bind_partial(c=1), sig.bind_partial())
gs = signature(g)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'q': 2}), ((1,), {'y': 2, 'z': 3}),
                     ((), {'x': 1}), ((1, 2), {'y': 3}), ((1,), {})]:
    for binder in (gs.bind, gs.bind_partial):
        try:
            print(binder(*args, **kwargs))
        except TypeError as e:
            print('TypeError', e)
for args, kwargs in [((1, 2, 3), {}), ((), {'c': 1}), ((1, 2), {'a': 1, 'c': 2})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)

# construction
P = Parameter
print(Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2),
                 P('c', P.VAR_POSITIONAL), P('d', P.KEYWORD_ONLY, annotation=int),
                 P('e', P.VAR_KEYWORD)], return_annotation=list))
print(Signature([P('a', 3)]), Signature(), Signature([P('a', 0), P('b', 0)]))
for make in [lambda: Signature([P('a', 1, default=1), P('b', 1)]),
             lambda: Signature([P('a', 3), P('b', 1)]),
             lambda: Signature([P('a', 1), P('a', 1)]),
             lambda: P('a', 2, default=1), lambda: P('a', 4, default=1), lambda: P(1, 1),
             lambda: P('1a', 1), lambda: P('a', 7), lambda: P('def', 1),
             lambda: signature(1), lambda: signature(type), lambda: signature(int)]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(P.POSITIONAL_ONLY, repr(P.KEYWORD_ONLY), str(P.VAR_KEYWORD), P.empty, Signature.empty)
p = P('x', 1, default=3)
print(p.replace(name='y'), p.replace(kind=P.KEYWORD_ONLY, annotation=str), p == P('x', 1, default=3), p != p.replace(default=4))
print(signature(f) == signature(f), signature(f) == signature(g), signature(f).replace(return_annotation=str))
print(hash(signature(f)) == hash(signature(f)), hash(p) == hash(P('x', 1, default=3)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(a, b: int = 2):
    pass


print(signature(wrapped), signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped) is wrapped.__wrapped__)


def sigattr():
    pass


sigattr.__signature__ = Signature([P('only', 1)])
print(signature(sigattr))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.formatannotation(int), inspect.formatannotation(List[int]), inspect.formatannotation(list[int]), inspect.formatannotation('x'))


def ev(a: 'int', b: 'List[str]') -> 'None':
    pass


print(signature(ev), signature(ev, eval_str=True))
print(inspect.get_annotations(ev), inspect.get_annotations(ev, eval_str=True), inspect.get_annotations(D), inspect.get_annotations(h))
try:
    inspect.get_annotations(1)
except TypeError as e:
    print(e)

# Output:
# () <Signature ()>
# (a, b=1, *args, c, d=2, **kw) -> int <Signature (a, b=1, *args, c, d=2, **kw) -> int>
# (x: int, /, y: 'str' = 'z', *, z: List[int] = None) -> Optional[str] <Signature (x: int, /, y: 'str' = 'z', *, z: List[int] = None) -> Optional[str]>
# () <Signature ()>
# (p, q=3) <Signature (p, q=3)>
# (self, a, b=2) <Signature (self, a, b=2)>
# (a, b=2) <Signature (a, b=2)>
# (x) <Signature (x)>
# (y, z=0) <Signature (y, z=0)>
# (v, *, w=1) <Signature (v, *, w=1)>
# (a, b: int = 5) <Signature (a, b: int = 5)>
# (n, *rest) <Signature (n, *rest)>
# (token) <Signature (token)>
# () <Signature ()>
# () <Signature ()>
# (b=1, *args, c, d=2, **kw) -> int <Signature (b=1, *args, c, d=2, **kw) -> int>
# (a, *, b=5, c, d=2, **kw) -> int <Signature (a, *, b=5, c, d=2, **kw) -> int>
# (y: 'str' = 'z', *, z: List[int] = [1]) -> Optional[str] <Signature (y: 'str' = 'z', *, z: List[int] = [1]) -> Optional[str]>
# ['a', 'b', 'args', 'c', 'd', 'kw'] <class 'int'> <class 'inspect._empty'>
# <Parameter "a"> a POSITIONAL_OR_KEYWORD 1 positional or keyword True <class 'inspect._empty'>
# <Parameter "b=1"> b POSITIONAL_OR_KEYWORD 1 positional or keyword False <class 'inspect._empty'>
# <Parameter "*args"> args VAR_POSITIONAL 2 variadic positional True <class 'inspect._empty'>
# <Parameter "c"> c KEYWORD_ONLY 3 keyword-only True <class 'inspect._empty'>
# <Parameter "d=2"> d KEYWORD_ONLY 3 keyword-only False <class 'inspect._empty'>
# <Parameter "**kw"> kw VAR_KEYWORD 4 variadic keyword True <class 'inspect._empty'>
# typing.List[int] y: 'str' = 'z'
# OrderedDict([('a', <Parameter "a">), ('b', <Parameter "b=1">), ('args', <Parameter "*args">), ('c', <Parameter "c">), ('d', <Parameter "d=2">), ('kw', <Parameter "**kw">)])
# <BoundArguments (a=1, b=2, args=(3, 4), c=5, kw={'e': 6})> (1, 2, 3, 4) {'c': 5, 'e': 6} {'a': 1, 'b': 2, 'args': (3, 4), 'c': 5, 'kw': {'e': 6}}
# <BoundArguments (a=1, c=3)>
# <BoundArguments (a=1, b=1, args=(), c=3, d=2, kw={})> (1, 1) {'c': 3, 'd': 2}
# <BoundArguments (c=1)> <BoundArguments ()>
# TypeError missing a required argument: 'x'
# <BoundArguments ()>
# TypeError too many positional arguments
# TypeError too many positional arguments
# TypeError got an unexpected keyword argument 'q'
# TypeError got an unexpected keyword argument 'q'
# <BoundArguments (x=1, y=2, z=3)>
# <BoundArguments (x=1, y=2, z=3)>
# TypeError 'x' parameter is positional only, but was passed as a keyword
# TypeError 'x' parameter is positional only, but was passed as a keyword
# TypeError multiple values for argument 'y'
# TypeError multiple values for argument 'y'
# <BoundArguments (x=1)>
# <BoundArguments (x=1)>
# TypeError missing a required argument: 'c'
# TypeError missing a required argument: 'a'
# TypeError multiple values for argument 'a'
# (a, /, b=2, *c, d: int, **e) -> list
# (*, a) () (a, b, /)
# ValueError non-default argument follows default argument
# ValueError wrong parameter order: keyword-only parameter before positional or keyword parameter
# ValueError duplicate parameter name: 'a'
# ValueError variadic positional parameters cannot have default values
# ValueError variadic keyword parameters cannot have default values
# TypeError name must be a str, not a int
# ValueError '1a' is not a valid parameter name
# ValueError value 7 is not a valid Parameter.kind
# ValueError 'def' is not a valid parameter name
# TypeError 1 is not a callable object
# ValueError no signature found for builtin <class 'type'>
# ValueError no signature found for builtin type <class 'int'>
# POSITIONAL_ONLY <_ParameterKind.KEYWORD_ONLY: 3> VAR_KEYWORD <class 'inspect._empty'> <class 'inspect._empty'>
# y=3 x: str = 3 True True
# True False (a, b=1, *args, c, d=2, **kw) -> str
# True True
# (a, b: int = 2) (*a, **k) True
# (only)
# FullArgSpec(args=['a', 'b'], varargs='args', varkw='kw', defaults=(1,), kwonlyargs=['c', 'd'], kwonlydefaults={'d': 2}, annotations={'return': <class 'int'>})
# FullArgSpec(args=['x', 'y'], varargs=None, varkw=None, defaults=('z',), kwonlyargs=['z'], kwonlydefaults={'z': None}, annotations={'return': typing.Optional[str], 'x': <class 'int'>, 'y': 'str', 'z': typing.List[int]})
# int List[int] list[int] 'x'
# (a: 'int', b: 'List[str]') -> 'None' (a: int, b: List[str]) -> None
# {'a': 'int', 'b': 'List[str]', 'return': 'None'} {'a': <class 'int'>, 'b': typing.List[str], 'return': None} {} {}
# 1 is not a module, class, or callable.
