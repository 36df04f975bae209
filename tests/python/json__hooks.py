# The decoder's hooks: object_hook, object_pairs_hook, parse_float,
# parse_int, parse_constant, strict; the encoder's default; and hooks that
# raise.
import json

doc = '{"a": {"b": [1, 2.50, {"c": null}]}, "z": NaN, "y": -Infinity, "n": 10}'
calls = []

def hook(d):
    calls.append(sorted(d))
    return ('obj', len(d))

print(json.loads(doc, object_hook=hook), calls)
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda p: dict(reversed(p)), object_hook=hook))
print(json.loads(doc, parse_float=lambda s: ('float', s)))
print(json.loads(doc, parse_int=lambda s: ('int', s)))
print(json.loads(doc, parse_constant=lambda s: ('const', s)))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=str))
print(json.loads('1' * 5000, parse_int=len))
print(json.loads('"a\tb\nc"', strict=False).split())
print(json.loads('{"x": 1}', object_hook=dict.items))
dec = json.JSONDecoder(object_hook=hook, parse_int=str)
print(dec.decode('{"k": 5}'), dec.raw_decode('[7] x'), dec.strict, dec.parse_float is float)
print(json.JSONDecoder().parse_constant('NaN'), json.JSONDecoder().parse_int is int)

def bad_hook(x):
    raise KeyError('from hook')

for kw in [{'object_hook': bad_hook}, {'parse_float': bad_hook},
           {'parse_constant': bad_hook}, {'object_pairs_hook': bad_hook}]:
    try:
        json.loads('[{"a": 1.5}, NaN]', **kw)
    except KeyError as e:
        print(list(kw), 'KeyError', e)

# default: called for what the encoder cannot write, its result written.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'no {type(o).__name__}')

print(json.dumps([Point(1, 2), {'p': Point(3, Point(4, 5))}], default=point))
print(json.dumps({'when': Point(0, 0)}, default=point, indent=1, sort_keys=True))
try:
    json.dumps([Point(1, 2), set()], default=point)
except TypeError as e:
    print('TypeError', e)
print(json.dumps([{1, 2}], default=lambda s: sorted(s)))
print(json.dumps(complex(1, 2), default=lambda c: [c.real, c.imag]))

# Output:
# ('obj', 4) [['c'], ['b'], ['a', 'n', 'y', 'z']]
# [('a', [('b', [1, 2.5, [('c', None)]])]), ('z', nan), ('y', -inf), ('n', 10)]
# {'n': 10, 'y': -inf, 'z': nan, 'a': {'b': [1, 2.5, {'c': None}]}}
# {'a': {'b': [1, ('float', '2.50'), {'c': None}]}, 'z': nan, 'y': -inf, 'n': 10}
# {'a': {'b': [('int', '1'), 2.5, {'c': None}]}, 'z': nan, 'y': -inf, 'n': ('int', '10')}
# {'a': {'b': [1, 2.5, {'c': None}]}, 'z': ('const', 'NaN'), 'y': ('const', '-Infinity'), 'n': 10}
# [1.0, '2.0']
# 5000
# ['a', 'b', 'c']
# dict_items([('x', 1)])
# ('obj', 1) (['7'], 3) True True
# nan True
# ['object_hook'] KeyError 'from hook'
# ['parse_float'] KeyError 'from hook'
# ['parse_constant'] KeyError 'from hook'
# ['object_pairs_hook'] KeyError 'from hook'
# [{"x": 1, "y": 2}, {"p": {"x": 3, "y": {"x": 4, "y": 5}}}]
# {
#  "when": {
#   "x": 0,
#   "y": 0
#  }
# }
# TypeError no set
# [[1, 2]]
# [1.0, 2.0]
