# The string scanner tests eight bytes at a time: a quote, a backslash or a
# control character at every offset of a word, in strings of every length
# around a word's, strict and not; object keys are one str per document.
import json

hits = []
for n in range(0, 19):
    for at in range(n):
        for ch in ['"', '\\n', '\x01', '\x1f', '\t', 'é', '😀']:
            body = 'a' * at + ch + 'b' * (n - at - 1)
            doc = '"' + body + '"'
            for strict in (True, False):
                try:
                    r = json.loads(doc, strict=strict)
                    hits.append((n, at, repr(ch), strict, len(r)))
                except json.JSONDecodeError as e:
                    hits.append((n, at, repr(ch), strict, e.msg, e.pos))
print(len(hits))
print(sum(len(h) for h in hits), hits[:3], hits[-3:])
errs = {}
for h in hits:
    if len(h) == 6:
        errs[h[4]] = errs.get(h[4], 0) + 1
print(sorted(errs.items()))
print(sum(h[-1] for h in hits), [h for h in hits if h[0] == 9 and h[1] == 7])
print(json.loads('"' + 'x' * 40 + '\\u00e9' + 'y' * 9 + '"')[-12:])
print(repr(json.loads('"' + 'q' * 23 + '\x7f' + '\x80'.join('ab') + '"')))

a, b = json.loads('[{"key": 1}, {"key": 2, "k\\u0065y2": 3}, {"key2": 4}]')[:2]
print(list(a)[0] is list(b)[0], a, b)
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
d = json.loads('{"' + 'long key ' * 5 + '": [1, {"' + 'long key ' * 5 + '": 2}]}')
k = next(iter(d))
print(k is next(iter(d[k][1])), d)

# Output:
# 2394
# 12825 [(1, 0, '\'"\'', True, 'Extra data', 2), (1, 0, '\'"\'', False, 'Extra data', 2), (1, 0, "'\\\\n'", True, 1)] [(18, 17, "'é'", False, 18), (18, 17, "'😀'", True, 18), (18, 17, "'😀'", False, 18)]
# [('Extra data', 342), ('Invalid control character at', 513)]
# 25023 [(9, 7, '\'"\'', True, 'Extra data', 9), (9, 7, '\'"\'', False, 'Extra data', 9), (9, 7, "'\\\\n'", True, 9), (9, 7, "'\\\\n'", False, 9), (9, 7, "'\\x01'", True, 'Invalid control character at', 8), (9, 7, "'\\x01'", False, 9), (9, 7, "'\\x1f'", True, 'Invalid control character at', 8), (9, 7, "'\\x1f'", False, 9), (9, 7, "'\\t'", True, 'Invalid control character at', 8), (9, 7, "'\\t'", False, 9), (9, 7, "'é'", True, 9), (9, 7, "'é'", False, 9), (9, 7, "'😀'", True, 9), (9, 7, "'😀'", False, 9)]
# xxéyyyyyyyyy
# 'qqqqqqqqqqqqqqqqqqqqqqq\x7fa\x80b'
# True {'key': 1} {'key': 2, 'key2': 3}
# {'a': 3, 'b': 2}
# [('a', 1), ('b', 2), ('a', 3)]
# True {'long key long key long key long key long key ': [1, {'long key long key long key long key long key ': 2}]}
