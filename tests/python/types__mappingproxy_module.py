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
