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


for obj in [f, g, h, lam, C.m, C().m, C.cm, C.sm, C(), D, E, F, Plain, C,
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
             lambda: signature(1)]:
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
