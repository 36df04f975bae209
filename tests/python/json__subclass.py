# Subclasses: JSONEncoder.default/encode/iterencode overridden, JSONDecoder
# subclasses, cls=, and subclasses of the builtin types being written.
import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([frozenset([2, 1])]))
print(''.join(SetEncoder().iterencode({'a': {9}})))
try:
    json.dumps({'x': object()}, cls=SetEncoder)
except TypeError as e:
    print('TypeError', e)

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({'abc': 'def'}, cls=Upper))

class Chunks(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield '<'
        yield from super().iterencode(o, _one_shot)
        yield '>'

print(json.dumps([1, 2], cls=Chunks))

class WithKw(json.JSONEncoder):
    def __init__(self, *, tag='t', **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return [self.tag, repr(o)]

print(json.dumps([None, ...], cls=WithKw, tag='X', sort_keys=True))

enc = json.JSONEncoder(separators=(';', '='), sort_keys=True)
print(enc.encode({'b': 1, 'a': [1, 2]}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder().item_separator, repr(json.JSONEncoder(indent=2).item_separator))
print(json.JSONEncoder().encode('é'), json.JSONEncoder(ensure_ascii=False).encode('é'))
print(json.encoder.encode_basestring('é"\n'), json.encoder.encode_basestring_ascii('é"\n'))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=Dec))
print(json.loads('[1.5]', cls=Dec, parse_float=lambda s: s + '!'))

class Raw(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ['raw', obj], end

print(json.loads(' [1] ', cls=Raw))
try:
    json.loads('[1] 2', cls=Raw)
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)

# Subclasses of the builtin types are written as their base values: a
# subclass's __repr__/__str__ is not used for numbers.
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

class MyStr(str):
    def __str__(self):
        return 'MyStr!'

class MyList(list):
    pass

class MyDict(dict):
    pass

class Items(dict):
    def items(self):
        return [('from', 'items()')]

v = [MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, MyList()]),
     MyDict(a=MyInt(1)), {MyInt(7): MyFloat(1.0), MyStr('k'): 0, MyFloat(0.5): 1},
     (MyList([True]),), Items(x=1)]
print(json.dumps(v))
print(json.dumps(v, indent=1))
print(json.dumps(MyInt(3)), json.dumps(MyStr('q')), json.dumps(True))
print(json.dumps({True: 1, MyInt(2): 2}, sort_keys=False))

# Output:
# {"s": [1, 2, 3]}
# [
#  [
#   1,
#   2
#  ]
# ]
# {"a": [9]}
# TypeError Object of type object is not JSON serializable
# {"ABC": "DEF"}
# <[1, 2]>
# [null, ["X", "Ellipsis"]]
# {"a"=[1;2];"b"=1} ; =
# ,  ','
# "\u00e9" "é"
# "é\"\n" "\u00e9\"\n"
# {'A': {'B': 1}}
# ['1.5!']
# ['raw', [1]]
# JSONDecodeError Extra data: line 1 column 5 (char 4)
# [5, 2.5, "s", [1, []], {"a": 1}, {"7": 1.0, "k": 0, "0.5": 1}, [[true]], {"from": "items()"}]
# [
#  5,
#  2.5,
#  "s",
#  [
#   1,
#   []
#  ],
#  {
#   "a": 1
#  },
#  {
#   "7": 1.0,
#   "k": 0,
#   "0.5": 1
#  },
#  [
#   [
#    true
#   ]
#  ],
#  {
#   "from": "items()"
#  }
# ]
# 3 "q" true
# {"true": 1, "2": 2}
