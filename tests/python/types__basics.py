import types
import sys

def f(): pass
async def co(): pass
async def ag(): yield 1
def gen(): yield 1
class C:
    def m(self): pass

print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, isinstance(lambda: 0, types.LambdaType))
g = gen(); print(isinstance(g, types.GeneratorType), types.GeneratorType.__name__)
c = co(); print(isinstance(c, types.CoroutineType), types.CoroutineType.__name__); c.close()
a = ag(); print(isinstance(a, types.AsyncGeneratorType), types.AsyncGeneratorType.__name__)
print(isinstance(C().m, types.MethodType), types.MethodType.__name__, isinstance(len, types.BuiltinFunctionType))
print(types.BuiltinMethodType is types.BuiltinFunctionType, types.BuiltinFunctionType.__name__)
print(types.NoneType, types.NotImplementedType, types.EllipsisType, types.NoneType() is None)
print(isinstance(compile('1', 's', 'eval'), types.CodeType), types.CodeType.__name__)
print(isinstance(sys, types.ModuleType), isinstance(types, types.ModuleType))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), types.TracebackType.__name__)
def outer():
    x = 1
    def inner():
        return x
    return inner
print(isinstance(outer().__closure__[0], types.CellType))
bm = types.MethodType(lambda self, y: (self, y), 'obj')
print(bm(2), bm.__self__)
for bad in (lambda: types.MethodType(1, 2), lambda: types.MethodType(f)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, int), type(int | str) is types.UnionType)
print(isinstance(int | None, types.UnionType), (int | str).__args__)

ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()))
ns.c = [ns]; print(ns)
del ns.c
print(ns == types.SimpleNamespace(a=1, b='two'), ns != types.SimpleNamespace(a=1), ns == 1)
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace.__module__)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
ns.__dict__[3] = 'int key'
print(ns, sorted(vars(ns), key=str))
print(types.SimpleNamespace(**{'x y': 1}))

# new_class / prepare_class / resolve_bases
print(types.resolve_bases((int, str)))
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((int, Entry(), str)))
class BadEntry:
    def __mro_entries__(self, bases):
        return dict
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print('TypeError', e)
N = types.new_class('N', (Entry(),), exec_body=lambda ns: ns.update(k=5))
print(N.__bases__, N.k, N.__orig_bases__[0].__class__.__name__, N.__name__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
meta, ns, kw = types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1})
print(meta.__name__, ns, kw)
X = types.new_class('X', (), {'metaclass': Meta, 'flag': 2})
print(type(X).__name__, X.from_prepare)
print(types.prepare_class('Y', (int,)))
class M2(type):
    pass
class A(metaclass=Meta): pass
class B(metaclass=M2): pass
try:
    types.new_class('Z', (A, B))
except TypeError as e:
    print('TypeError', e)

class DCA:
    def __init__(self):
        self._v = 1
    @types.DynamicClassAttribute
    def v(self):
        """the v"""
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
d = DCA()
print(d.v, DCA.__dict__['v'].__doc__)
d.v = 5
print(d.v)
try:
    DCA.v
except AttributeError as e:
    print('AttributeError', e)
try:
    del d.v
except AttributeError as e:
    print('AttributeError', e)

@types.coroutine
def legacy():
    yield 'step'
    return 'done'
async def use():
    return await legacy()
cr = use()
print(cr.send(None))
try:
    cr.send(None)
except StopIteration as e:
    print('result', e.value)
try:
    types.coroutine(1)
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in types.__all__ if n[0].isupper()))

# Output:
# True True True
# True generator
# True coroutine
# True async_generator
# True method True
# True builtin_function_or_method
# <class 'NoneType'> <class 'NotImplementedType'> <class 'ellipsis'> True
# True code
# True True
# True traceback
# True
# ('obj', 2) obj
# TypeError first argument must be callable
# TypeError method expected 2 arguments, got 1
# list[int] True True
# True (<class 'int'>, <class 'str'>)
# namespace(a=1, b='two') 1 two namespace()
# namespace(a=1, b='two', c=[namespace(...)])
# True True False
# Sub(x=1) True types
# TypeError no positional arguments expected
# namespace(a=1, b='two') [3, 'a', 'b']
# namespace(x y=1)
# (<class 'int'>, <class 'str'>)
# (<class 'int'>, <class 'dict'>, <class 'str'>)
# TypeError __mro_entries__ must return a tuple
# (<class 'dict'>,) 5 Entry N
# prepare X {'flag': 1}
# Meta {'from_prepare': True} {'flag': 1}
# prepare X {'flag': 2}
# Meta True
# (<class 'type'>, {}, {})
# prepare A {}
# TypeError metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# 1 the v
# 5
# AttributeError 
# AttributeError can't delete attribute
# step
# result done
# TypeError types.coroutine() expects a callable
# ['AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType', 'CellType', 'ClassMethodDescriptorType', 'CodeType', 'CoroutineType', 'DynamicClassAttribute', 'EllipsisType', 'FrameType', 'FunctionType', 'GeneratorType', 'GenericAlias', 'GetSetDescriptorType', 'LambdaType', 'MappingProxyType', 'MemberDescriptorType', 'MethodDescriptorType', 'MethodType', 'MethodWrapperType', 'ModuleType', 'NoneType', 'NotImplementedType', 'SimpleNamespace', 'TracebackType', 'UnionType', 'WrapperDescriptorType']
