# Deep nesting: RecursionError with CPython's message, decoding or
# encoding, never a crash; a shallower document still works afterwards.
import json

for text in ['[' * 100000, '{"a":' * 100000, '[{"a":' * 50000, '[' * 100000 + ']' * 100000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print('loads:', e)

a = []
for i in range(100000):
    a = [a]
d = {}
for i in range(100000):
    d = {'a': d}
for value, kw in [(a, {}), (d, {}), (a, {'indent': 1}), (d, {'check_circular': False})]:
    try:
        json.dumps(value, **kw)
    except RecursionError as e:
        print('dumps:', e)

class Deep:
    pass

try:
    json.dumps(Deep(), default=lambda o: [o], check_circular=False)
except RecursionError as e:
    print('default:', e)

print(json.loads('[' * 50 + ']' * 50) == eval('[' * 50 + ']' * 50))
print(len(json.dumps(json.loads('[' * 50 + '1' + ']' * 50))))

# Output:
# loads: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# loads: maximum recursion depth exceeded while decoding a JSON object from a unicode string
# loads: maximum recursion depth exceeded while decoding a JSON object from a unicode string
# loads: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# dumps: maximum recursion depth exceeded while encoding a JSON object
# dumps: maximum recursion depth exceeded while encoding a JSON object
# dumps: maximum recursion depth exceeded while calling a Python object
# dumps: maximum recursion depth exceeded while encoding a JSON object
# default: maximum recursion depth exceeded while encoding a JSON object
# True
# 101
