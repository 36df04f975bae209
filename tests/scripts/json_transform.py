# A JSON transform: read an order export, validate it, group and total it,
# and write a report document (indented, sorted keys, non-ASCII escaped and
# not), as a batch ETL step would; malformed records are reported by the
# decoder's own error messages.
import json
from collections import OrderedDict
from functools import reduce

EXPORT = '''
{
  "exported": "2026-12-07T09:00:00Z",
  "currency": "EUR",
  "orders": [
    {"id": 1001, "customer": {"name": "Zoë Ågren", "country": "SE"},
     "lines": [{"sku": "A-1", "qty": 2, "price": 9.99}, {"sku": "B-7", "qty": 1, "price": 129.5}],
     "paid": true, "tags": ["gift"]},
    {"id": 1002, "customer": {"name": "Łukasz Nowak", "country": "PL"},
     "lines": [{"sku": "A-1", "qty": 10, "price": 9.49}], "paid": false, "tags": []},
    {"id": 1003, "customer": {"name": "山田 太郎", "country": "JP"},
     "lines": [{"sku": "C-3", "qty": 3, "price": 0.1}, {"sku": "C-4", "qty": 7, "price": 0.2}],
     "paid": true, "tags": ["b2b", "repeat"], "discount": 1e-3},
    {"id": 1004, "customer": {"name": "Ann O'Neil", "country": "IE"},
     "lines": [], "paid": true, "tags": null, "note": "empty \\"test\\" order\\u0021"},
    {"id": 1005, "customer": {"name": "Big Spender", "country": "SE"},
     "lines": [{"sku": "Z-9", "qty": 1, "price": 1.5e6}], "paid": true, "tags": ["vip"],
     "rating": NaN}
  ]
}
'''

data = json.loads(EXPORT)
print(type(data['orders'][0]['customer']).__name__, len(data['orders']))


def total(order):
    return round(sum(l['qty'] * l['price'] for l in order['lines'])
                 * (1 - order.get('discount', 0)), 2)


by_country = {}
for o in data['orders']:
    c = o['customer']['country']
    by_country.setdefault(c, []).append(o['id'])
report = {
    'source': data['exported'],
    'currency': data['currency'],
    'totals': {str(o['id']): total(o) for o in data['orders']},
    'by_country': by_country,
    'grand_total': reduce(lambda a, o: a + total(o), data['orders'], 0.0),
    'unpaid': [o['id'] for o in data['orders'] if not o['paid']],
    'skus': sorted({l['sku'] for o in data['orders'] for l in o['lines']}),
    'notes': [o.get('note') for o in data['orders'] if 'note' in o],
    'names': [o['customer']['name'] for o in data['orders']],
}
print(json.dumps(report, indent=2, sort_keys=True))
print(json.dumps(report['names'], ensure_ascii=False))
print(json.dumps(report['totals'], separators=(',', ':')))
try:
    json.dumps(data, allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps(data['orders'][4], indent='\t'))

# Ordered pairs, exact decimals for prices, and a custom encoder.
pairs = json.loads(EXPORT, object_pairs_hook=OrderedDict)
print(list(pairs['orders'][0].keys()))
exact = json.loads('{"p": 0.1, "q": 12345678901234567890}', parse_float=str, parse_int=str)
print(exact)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({'tags': {t for o in data['orders'] for t in (o['tags'] or [])}},
                 cls=SetEncoder))
try:
    json.dumps({'when': object})
except TypeError as e:
    print('TypeError:', e)
for bad in ['{"id": 1,}', '[1, 2', '{"a" 1}', '"unterminated', '{"x": tru}', '', '[1] [2]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('%-16r -> %s (pos %d, line %d, col %d)' % (bad, e.msg, e.pos, e.lineno, e.colno))

# Output:
# dict 5
# {
#   "by_country": {
#     "IE": [
#       1004
#     ],
#     "JP": [
#       1003
#     ],
#     "PL": [
#       1002
#     ],
#     "SE": [
#       1001,
#       1005
#     ]
#   },
#   "currency": "EUR",
#   "grand_total": 1500246.08,
#   "names": [
#     "Zo\u00eb \u00c5gren",
#     "\u0141ukasz Nowak",
#     "\u5c71\u7530 \u592a\u90ce",
#     "Ann O'Neil",
#     "Big Spender"
#   ],
#   "notes": [
#     "empty \"test\" order!"
#   ],
#   "skus": [
#     "A-1",
#     "B-7",
#     "C-3",
#     "C-4",
#     "Z-9"
#   ],
#   "source": "2026-12-07T09:00:00Z",
#   "totals": {
#     "1001": 149.48,
#     "1002": 94.9,
#     "1003": 1.7,
#     "1004": 0,
#     "1005": 1500000.0
#   },
#   "unpaid": [
#     1002
#   ]
# }
# ["Zoë Ågren", "Łukasz Nowak", "山田 太郎", "Ann O'Neil", "Big Spender"]
# {"1001":149.48,"1002":94.9,"1003":1.7,"1004":0,"1005":1500000.0}
# ValueError: Out of range float values are not JSON compliant
# {
# 	"id": 1005,
# 	"customer": {
# 		"name": "Big Spender",
# 		"country": "SE"
# 	},
# 	"lines": [
# 		{
# 			"sku": "Z-9",
# 			"qty": 1,
# 			"price": 1500000.0
# 		}
# 	],
# 	"paid": true,
# 	"tags": [
# 		"vip"
# 	],
# 	"rating": NaN
# }
# ['id', 'customer', 'lines', 'paid', 'tags']
# {'p': '0.1', 'q': '12345678901234567890'}
# {"tags": ["b2b", "gift", "repeat", "vip"]}
# TypeError: Object of type type is not JSON serializable
# '{"id": 1,}'     -> Expecting property name enclosed in double quotes (pos 9, line 1, col 10)
# '[1, 2'          -> Expecting ',' delimiter (pos 5, line 1, col 6)
# '{"a" 1}'        -> Expecting ':' delimiter (pos 5, line 1, col 6)
# '"unterminated'  -> Unterminated string starting at (pos 0, line 1, col 1)
# '{"x": tru}'     -> Expecting value (pos 6, line 1, col 7)
# ''               -> Expecting value (pos 0, line 1, col 1)
# '[1] [2]'        -> Extra data (pos 4, line 1, col 5)
