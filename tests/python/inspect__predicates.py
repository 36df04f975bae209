import inspect
from inspect import *  # every name of inspect.__all__ is there
import abc
import functools


def func(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1


class K:
    """Class doc.

        Indented more.
    """
    attr = 1

    def method(self):
        """Method doc."""

    @property
    def prop(self):
        return 2

    @classmethod
    def cm(cls): pass

    @staticmethod
    def sm(): pass


class Sub(K):
    def method(self):
        pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self): pass


class Concrete(Abstract):
    def run(self): pass


g = gen()
c = coro()
ag = agen()
objs = [('func', func), ('gen', gen), ('coro', coro), ('agen', agen), ('K', K), ('K()', K()),
        ('K.method', K.method), ('K().method', K().method), ('len', len), ('[].append', [].append),
        ('g', g), ('c', c), ('ag', ag), ('inspect', inspect), ('lambda', lambda: 0),
        ('property', K.__dict__['prop']), ('partial', functools.partial(gen)),
        ('Abstract', Abstract), ('Concrete', Concrete), ('1', 1), ('cm', K.cm),
        ('classmethod', K.__dict__['cm'])]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
         'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable',
         'isbuiltin', 'isroutine', 'isabstract', 'isdatadescriptor', 'istraceback', 'isframe', 'iscode']
for name, obj in objs:
    print(name.ljust(12), ''.join('1' if getattr(inspect, p)(obj) else '.' for p in preds))
c.close()
print(inspect.ismethoddescriptor(K.__dict__['prop']), inspect.isdatadescriptor(K.__dict__['prop']))
print(inspect.getmro(Sub))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Sub, inspect.isfunction)])
print(inspect.getmembers(K(), lambda v: isinstance(v, int)))
print(inspect.getdoc(K), repr(inspect.getdoc(K.method)), repr(inspect.getdoc(Sub.method)), repr(inspect.getdoc(Sub().method)))
print(repr(inspect.getdoc(Sub)), inspect.getdoc(1) == int.__doc__ or inspect.getdoc(1))
print(repr(inspect.cleandoc('  first\n     second\n       third\n\n')))
print(repr(inspect.cleandoc('\n\n   a\n   b\n\t c\n')))
print(repr(inspect.cleandoc('')), inspect.indentsize('    x'), inspect.indentsize('\tx'))
print(type(inspect.getattr_static(K(), 'prop')).__name__, inspect.getattr_static(K, 'attr'), inspect.getattr_static(K, 'nope', 'dflt'))
print(type(inspect.getattr_static(K, 'cm')).__name__, type(inspect.getattr_static(K, 'sm')).__name__)


class Getter:
    def __getattr__(self, name):
        return 'dynamic'


o = Getter()
o.real = 5
print(o.anything, inspect.getattr_static(o, 'real'))
try:
    inspect.getattr_static(o, 'anything')
except AttributeError as e:
    print('AttributeError', e)


def w1(): pass
@functools.wraps(w1)
def w2(): pass
print(inspect.unwrap(w2) is w1, inspect.unwrap(w1) is w1, inspect.unwrap(w2, stop=lambda f: True) is w2)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
print(inspect.getmodule(K).__name__, inspect.getmodule(func).__name__, inspect.getmodule(inspect) is inspect, inspect.getmodule(1))
print(inspect.getfile(func) == __file__, inspect.getfile(K) == __file__, inspect.getsourcefile(func) == __file__)
try:
    inspect.getfile(1)
except TypeError as e:
    print(e)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS)

# Output:
# func         ...1........1.....
# gen          ...11.......1.....
# coro         ...1..1.....1.....
# agen         ...1....1...1.....
# K            .1................
# K()          ..................
# K.method     ...1........1.....
# K().method   ..1.........1.....
# len          ...........11.....
# [].append    ...........11.....
# g            .....1............
# c            .......1..1.......
# ag           .........1........
# inspect      1.................
# lambda       ...1........1.....
# property     ..............1...
# partial      ....1.............
# Abstract     .1...........1....
# Concrete     .1................
# 1            ..................
# cm           ..1.........1.....
# classmethod  ............1.....
# False True
# (<class '__main__.Sub'>, <class '__main__.K'>, <class 'object'>)
# ['attr', 'cm', 'method', 'prop', 'sm']
# ['method', 'sm']
# [('attr', 1), ('prop', 2)]
# Class doc.
#
# Indented more. 'Method doc.' 'Method doc.' 'Method doc.'
# 'Class doc.\n\nIndented more.' True
# 'first\nsecond\n  third'
# 'a\nb\n      c'
# '' 4 8
# property 1 dflt
# classmethod staticmethod
# dynamic 5
# AttributeError anything
# True True True
# ValueError wrapper loop when unwrapping <function <lambda>
# mod None
# __main__ __main__ True None
# True True True
# module, class, method, function, traceback, frame, or code object was expected, got int
# 32 128 4
