# json.dumps with every parameter: the text is CPython's, byte for byte.
import json

doc = {'name': 'sandpy', 'n': [1, 2.5, -0.0, 1e100, 10 ** 30], 'ok': True,
       'none': None, 'nested': {'b': [], 'a': {}, 'c': ['é', '\u2028']},
       'tuple': (1, 'two')}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent='\t', sort_keys=True))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent=-3))
print(json.dumps(doc, indent=''))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, indent=1, separators=(', ', ' = ')))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps('\x00\x1f\x7f\x80\b\f\n\r\t"\\/\U0001F600'))
print(json.dumps('\x00\x1f\x7f\x80\b\f\n\r\t"\\/\U0001F600', ensure_ascii=False))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps([0.1, 1 / 3, 1e16, 1e-5, 123456789012345678.0, 5e-324]))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n'}))
print(json.dumps({float('inf'): 1, float('nan'): 2, 10 ** 20: 3}))
print(json.dumps({(1, 2): 'tuple key', 'kept': 1}, skipkeys=True))
print(json.dumps({'b': 1, 'a': 2, 'C': 3, 'é': 4, '': 5}, sort_keys=True))
print(json.dumps([[], {}, [[]], [{}]], indent=2))
print(json.dumps({'a': 1}, default=str, indent=None, separators=None))
print(json.dumps(set([1]), default=sorted))
print(json.dumps(range(3), default=list))
print(json.dumps({'x': object}, default=lambda o: o.__name__))
print(json.dumps(True), json.dumps(None), json.dumps(7), json.dumps('s'))
print(json.dumps(-(2 ** 63)), json.dumps(2 ** 64), json.dumps(-(10 ** 4299)).count('0'))

# dump writes to a file-like object.
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

s = Sink()
json.dump({'a': [1, 2]}, s, indent=1)
print(repr(''.join(s.parts)))
json.dump([1, 'x'], s, separators=(',', ':'), sort_keys=True)
print(repr(''.join(s.parts)))

# Shared (not circular) containers are written each time they appear.
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))

# Output:
# {"name": "sandpy", "n": [1, 2.5, -0.0, 1e+100, 1000000000000000000000000000000], "ok": true, "none": null, "nested": {"b": [], "a": {}, "c": ["\u00e9", "\u2028"]}, "tuple": [1, "two"]}
# {"n": [1, 2.5, -0.0, 1e+100, 1000000000000000000000000000000], "name": "sandpy", "nested": {"a": {}, "b": [], "c": ["\u00e9", "\u2028"]}, "none": null, "ok": true, "tuple": [1, "two"]}
# {
#   "name": "sandpy",
#   "n": [
#     1,
#     2.5,
#     -0.0,
#     1e+100,
#     1000000000000000000000000000000
#   ],
#   "ok": true,
#   "none": null,
#   "nested": {
#     "b": [],
#     "a": {},
#     "c": [
#       "\u00e9",
#       "\u2028"
#     ]
#   },
#   "tuple": [
#     1,
#     "two"
#   ]
# }
# {
# 	"n": [
# 		1,
# 		2.5,
# 		-0.0,
# 		1e+100,
# 		1000000000000000000000000000000
# 	],
# 	"name": "sandpy",
# 	"nested": {
# 		"a": {},
# 		"b": [],
# 		"c": [
# 			"\u00e9",
# 			"\u2028"
# 		]
# 	},
# 	"none": null,
# 	"ok": true,
# 	"tuple": [
# 		1,
# 		"two"
# 	]
# }
# {
# "name": "sandpy",
# "n": [
# 1,
# 2.5,
# -0.0,
# 1e+100,
# 1000000000000000000000000000000
# ],
# "ok": true,
# "none": null,
# "nested": {
# "b": [],
# "a": {},
# "c": [
# "\u00e9",
# "\u2028"
# ]
# },
# "tuple": [
# 1,
# "two"
# ]
# }
# {
# "name": "sandpy",
# "n": [
# 1,
# 2.5,
# -0.0,
# 1e+100,
# 1000000000000000000000000000000
# ],
# "ok": true,
# "none": null,
# "nested": {
# "b": [],
# "a": {},
# "c": [
# "\u00e9",
# "\u2028"
# ]
# },
# "tuple": [
# 1,
# "two"
# ]
# }
# {
# "name": "sandpy",
# "n": [
# 1,
# 2.5,
# -0.0,
# 1e+100,
# 1000000000000000000000000000000
# ],
# "ok": true,
# "none": null,
# "nested": {
# "b": [],
# "a": {},
# "c": [
# "\u00e9",
# "\u2028"
# ]
# },
# "tuple": [
# 1,
# "two"
# ]
# }
# {"name":"sandpy","n":[1,2.5,-0.0,1e+100,1000000000000000000000000000000],"ok":true,"none":null,"nested":{"b":[],"a":{},"c":["\u00e9","\u2028"]},"tuple":[1,"two"]}
# {
#  "name" = "sandpy", 
#  "n" = [
#   1, 
#   2.5, 
#   -0.0, 
#   1e+100, 
#   1000000000000000000000000000000
#  ], 
#  "ok" = true, 
#  "none" = null, 
#  "nested" = {
#   "b" = [], 
#   "a" = {}, 
#   "c" = [
#    "\u00e9", 
#    "\u2028"
#   ]
#  }, 
#  "tuple" = [
#   1, 
#   "two"
#  ]
# }
# {"name": "sandpy", "n": [1, 2.5, -0.0, 1e+100, 1000000000000000000000000000000], "ok": true, "none": null, "nested": {"b": [], "a": {}, "c": ["é", " "]}, "tuple": [1, "two"]}
# "\u0000\u001f\u007f\u0080\b\f\n\r\t\"\\/\ud83d\ude00"
# "\u0000\u001f\b\f\n\r\t\"\\/😀"
# [NaN, Infinity, -Infinity]
# [0.1, 0.3333333333333333, 1e+16, 1e-05, 1.2345678901234568e+17, 5e-324]
# {"1": "t", "2.5": "float", "false": "f", "null": "n"}
# {"Infinity": 1, "NaN": 2, "100000000000000000000": 3}
# {"kept": 1}
# {"": 5, "C": 3, "a": 2, "b": 1, "\u00e9": 4}
# [
#   [],
#   {},
#   [
#     []
#   ],
#   [
#     {}
#   ]
# ]
# {"a": 1}
# [1]
# [0, 1, 2]
# {"x": "object"}
# true null 7 "s"
# -9223372036854775808 18446744073709551616 4299
# '{\n "a": [\n  1,\n  2\n ]\n}'
# '{\n "a": [\n  1,\n  2\n ]\n}[1,"x"]'
# [[1], [1], {"a": [1]}]
