import types, sys
MP = types.MappingProxyType
p = MP({'a': 1, 'b': 2})
print(p, p['a'], len(p), list(p), 'a' in p, p.get('c', 5), p.keys(), p.items(), p.copy(), p == {'a': 1, 'b': 2})
for bad in (lambda: MP([]), lambda: MP(1), lambda: MP(), lambda: p.__setitem__, lambda: hash(p)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    p['x'] = 1
except TypeError as e:
    print(e)
print(p | {'c': 3}, {'z': 0} | p, MP(MP({'q': 1})), MP('abc')[1])
m = types.ModuleType('foo', 'docs')
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m.x = 5; print(m.x)
for bad in (lambda: types.ModuleType(), lambda: types.ModuleType(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(types.ModuleType('q', doc='d').__doc__, types.ModuleType(name='r'))
print(isinstance(sys, types.ModuleType), isinstance(A := type('A', (), {}).__dict__, MP))
print(types.FrameType, types.GetSetDescriptorType, types.MemberDescriptorType)
try:
    types.FrameType()
except TypeError as e:
    print(e)

# Output:
# {'a': 1, 'b': 2} 1 2 ['a', 'b'] True 5 dict_keys(['a', 'b']) dict_items([('a', 1), ('b', 2)]) {'a': 1, 'b': 2} True
# TypeError mappingproxy() argument must be a mapping, not list
# TypeError mappingproxy() argument must be a mapping, not int
# TypeError mappingproxy() missing required argument 'mapping' (pos 1)
# AttributeError 'mappingproxy' object has no attribute '__setitem__'
# TypeError unhashable type: 'mappingproxy'
# 'mappingproxy' object does not support item assignment
# {'a': 1, 'b': 2, 'c': 3} {'z': 0, 'a': 1, 'b': 2} {'q': 1} b
# <module 'foo'> foo docs ['__doc__', '__loader__', '__name__', '__package__', '__spec__']
# 5
# TypeError module() missing required argument 'name' (pos 1)
# TypeError module() argument 'name' must be str, not int
# d <module 'r'>
# True True
# <class 'frame'> <class 'getset_descriptor'> <class 'member_descriptor'>
# cannot create 'frame' instances
