# The json package's names, submodules and signatures.
import json
import json.decoder
import json.encoder
import json.scanner
from json import *

print(sorted(json.__all__), json.__version__)
print(JSONDecoder is json.decoder.JSONDecoder, JSONEncoder is json.encoder.JSONEncoder)
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__, JSONDecodeError is json.decoder.JSONDecodeError)
print(json.encoder.INFINITY, json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
print(callable(json.scanner.make_scanner), json.scanner.make_scanner(json.JSONDecoder())('[1, 2] x', 0))
print(json.encoder.JSONEncoder.item_separator, json.encoder.JSONEncoder.key_separator)

def fails(f, *args, **kw):
    try:
        f(*args, **kw)
        print('ok')
    except TypeError as e:
        print('TypeError:', e)

fails(json.dumps, 1, 2)
fails(json.dumps)
fails(json.loads)
fails(json.loads, '1', 2)
fails(json.dump, 1)
fails(json.load)
fails(json.JSONDecoder, 1)
fails(json.JSONEncoder, 1)
fails(json.JSONDecoder, bogus=1)
fails(json.dumps, [], cls=json.JSONEncoder, nonsense=1)
d = json.JSONDecoder(strict=False)
print(d.strict, d.object_hook, d.object_pairs_hook, d.parse_int is int, d.memo)
e = json.JSONEncoder(skipkeys=True, sort_keys=True, indent=3)
print(e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent, repr(e.item_separator))

# Output:
# ['JSONDecodeError', 'JSONDecoder', 'JSONEncoder', 'dump', 'dumps', 'load', 'loads'] 2.0.9
# True True
# JSONDecodeError json.decoder True
# inf nan inf -inf
# True ([1, 2], 6)
# ,  : 
# TypeError: dumps() takes 1 positional argument but 2 were given
# TypeError: dumps() missing 1 required positional argument: 'obj'
# TypeError: loads() missing 1 required positional argument: 's'
# TypeError: loads() takes 1 positional argument but 2 were given
# TypeError: dump() missing 1 required positional argument: 'fp'
# TypeError: load() missing 1 required positional argument: 'fp'
# TypeError: JSONDecoder.__init__() takes 1 positional argument but 2 were given
# TypeError: JSONEncoder.__init__() takes 1 positional argument but 2 were given
# TypeError: JSONDecoder.__init__() got an unexpected keyword argument 'bogus'
# TypeError: JSONEncoder.__init__() got an unexpected keyword argument 'nonsense'
# False None None True {}
# True True True True True 3 ','
