# A seeded generator of JSON documents, dumped with random parameter
# combinations and read back, and of malformed texts (valid ones with a
# character deleted, inserted or replaced) whose verdict, error and
# position are printed. The expected output is CPython's: every
# difference is a bug. tests/tools/json_diff.py runs it with other seeds.
import json
import random

SEED = 20261207
COUNT = 300

random.seed(SEED)
rng = random

# No 'u' among the letters: a mutation must not make a \uXXXX escape of a
# lone surrogate (which a sandpy str cannot hold).
CHARS = ['a', 'b', 'Z', ' ', '0', '"', '\\', '/', '\n', '\t', '\r', '\b',
         '\f', '\x00', '\x1f', '\x7f', '\x80', 'é', '€', '\u2028', '\uffff',
         '\U0001F600', '\U0010FFFF', '{', '[', ',', ':']
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e-7, 1e22, 5e-324,
          1.7976931348623157e308, 2.2250738585072014e-308, 123456789.125,
          float('inf'), float('-inf'), float('nan')]


def gen_str():
    return ''.join(rng.choice(CHARS) for _ in range(rng.randint(0, 6)))


def gen_float():
    if rng.random() < 0.5:
        return rng.choice(FLOATS)
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)


def gen_int():
    r = rng.random()
    if r < 0.6:
        return rng.randint(-1000, 1000)
    if r < 0.9:
        return rng.randint(-2 ** 70, 2 ** 70)
    return rng.choice([2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 64 - 1, 10 ** 40])


def gen_key():
    r = rng.random()
    if r < 0.6:
        return gen_str()
    return rng.choice([gen_int, gen_float, lambda: True, lambda: False,
                       lambda: None])()


def gen(depth):
    r = rng.random()
    if depth > 3 or r < 0.45:
        return rng.choice([None, True, False, gen_int(), gen_float(),
                           gen_str(), gen_str()])
    n = rng.randint(0, 4)
    if r < 0.65:
        return [gen(depth + 1) for _ in range(n)]
    if r < 0.72:
        return tuple(gen(depth + 1) for _ in range(n))
    return {gen_key(): gen(depth + 1) for _ in range(n)}


def gen_options():
    opts = {}
    for name in ['skipkeys', 'ensure_ascii', 'allow_nan', 'check_circular']:
        if rng.random() < 0.3:
            opts[name] = rng.random() < 0.5
    if rng.random() < 0.3:
        opts['sort_keys'] = True
    if rng.random() < 0.4:
        opts['indent'] = rng.choice([0, 1, 2, -1, '', '\t', '--'])
    if rng.random() < 0.3:
        opts['separators'] = rng.choice([(',', ':'), (', ', ': '), (' ,', ' : ')])
    return opts


def outcome(f, *args, **kw):
    try:
        return 'ok ' + repr(f(*args, **kw))
    except Exception as e:
        text = str(e)
        pos = getattr(e, 'pos', None)
        return f'{type(e).__name__}: {text} @{pos}'


texts = []
for i in range(COUNT):
    doc = gen(0)
    opts = gen_options()
    line = outcome(json.dumps, doc, **opts)
    if opts.get('sort_keys') and "'<' not supported" in line:
        # Which pair of mixed keys is compared first follows the sort's
        # algorithm: only the verdict is compared.
        line = "TypeError: '<' not supported"
    print(i, sorted(opts.items()), line)
    if line.startswith('ok '):
        text = json.dumps(doc, **opts)
        if '\\ud' not in text:  # no surrogate pair for a mutation to split
            texts.append(text)
        print('  back', outcome(json.loads, text))

MUT = ['[', ']', '{', '}', ',', ':', '"', '\\', 'x', '1', '0', ' ', '-',
       '.', 'e', 'E', '+', '\n', '\x01', 'N', 'I', 'n', 't']
for i in range(COUNT * 2):
    text = rng.choice(texts) if texts else '[]'
    kind = rng.randint(0, 2)
    p = rng.randint(0, len(text))
    if kind == 0 and text:
        p = min(p, len(text) - 1)
        text = text[:p] + text[p + 1:]
    elif kind == 1:
        text = text[:p] + rng.choice(MUT) + text[p:]
    elif text:
        p = min(p, len(text) - 1)
        text = text[:p] + rng.choice(MUT) + text[p + 1:]
    strict = rng.random() < 0.8
    print(i, kind, p, outcome(json.loads, text, strict=strict))

# Output:
# 0 [('check_circular', True), ('ensure_ascii', False), ('indent', '\t')] ok '{}'
#   back ok {}
# 1 [('skipkeys', True)] ok '[-107]'
#   back ok [-107]
# 2 [('allow_nan', True), ('check_circular', True)] ok '[]'
#   back ok []
# 3 [('check_circular', False), ('indent', ''), ('skipkeys', True), ('sort_keys', True)] ok 'true'
#   back ok True
# 4 [] ok '[{}, "\\u2028"]'
#   back ok [{}, '\u2028']
# 5 [] ok '{"b\\udbff\\udfff\\uffff\\f": false}'
#   back ok {'b\U0010ffff\uffff\x0c': False}
# 6 [('allow_nan', True), ('check_circular', True), ('indent', ''), ('separators', (',', ':')), ('sort_keys', True)] ok '"[\\u0080\\n\\u007f"'
#   back ok '[\x80\n\x7f'
# 7 [] ok 'false'
#   back ok False
# 8 [('ensure_ascii', False), ('indent', '\t'), ('skipkeys', True), ('sort_keys', True)] ok '{}'
#   back ok {}
# 9 [('allow_nan', False), ('ensure_ascii', False)] ok 'null'
#   back ok None
# 10 [('ensure_ascii', True), ('sort_keys', True)] ok 'true'
#   back ok True
# 11 [('skipkeys', True)] ok '{"false": [{"{\\u0000": true, "false": "", "  /\\\\": "{"}, ""], "null": -456}'
#   back ok {'false': [{'{\x00': True, 'false': '', '  /\\': '{'}, ''], 'null': -456}
# 12 [('check_circular', True), ('ensure_ascii', True), ('indent', 2), ('separators', (', ', ': ')), ('skipkeys', True)] ok '[\n  [\n    {\n      ":\\t\\t\\b\\u001f": {\n        "\\u2028\\r\\u007f\\f": "", \n        "/Z": "\\u007f\\u00e9/\\f:", \n        "false": -639, \n        "\\\\{[\\u0080": null\n      }\n    }, \n    {\n      "/\\u00e9": {\n        "a\\u20ac": "\\\\Z\\u007f\\uffff", \n        "\\f": true\n      }, \n      "\\u20ac": 518934881163120082646, \n      "[\\b\\udbff\\udfff\\f": [\n        false, \n        -877, \n        true\n      ]\n    }, \n    [\n      false, \n      -540809892919495531567, \n      [\n        "\\u007fb"\n      ]\n    ]\n  ], \n  {\n    "\\fZ:a\\u00e9": true, \n    "": [], \n    "\\t\\ud83d\\ude00\\u2028": false\n  }, \n  [\n    [\n      {\n        "\\u0080\\u2028\\\\\\u00e9\\u00e9": -Infinity, \n        "": 29548102.586493697\n      }\n    ]\n  ]\n]'
#   back ok [[{':\t\t\x08\x1f': {'\u2028\r\x7f\x0c': '', '/Z': '\x7fé/\x0c:', 'false': -639, '\\{[\x80': None}}, {'/é': {'a€': '\\Z\x7f\uffff', '\x0c': True}, '€': 518934881163120082646, '[\x08\U0010ffff\x0c': [False, -877, True]}, [False, -540809892919495531567, ['\x7fb']]], {'\x0cZ:aé': True, '': [], '\t😀\u2028': False}, [[{'\x80\u2028\\éé': -inf, '': 29548102.586493697}]]]
# 13 [('allow_nan', False), ('ensure_ascii', False), ('indent', 2)] ok '[]'
#   back ok []
# 14 [('indent', '\t')] ok '"\\r\\ud83d\\ude00:[\\uffffb"'
#   back ok '\r😀:[\uffffb'
# 15 [('allow_nan', True), ('separators', (', ', ': '))] ok '[{"614496678501315755844": [false, [true, "Z\\u007f "], "/\\u001f\\u0000\\u007f\\u0080b"], "false": "\\u2028", "true": "\\uffff /[\\u2028", "1.7976931348623157e+308": [["{/\\u007f \\u0080:", "a{"], {}, {"null": "\\u20acb/", "8.641925287161274e+21": null, "1e-07": "a\\\\:\\u001f\\\\"}, [null, true, 66, 1.859057232765182e-22]]}, null, null]'
#   back ok [{'614496678501315755844': [False, [True, 'Z\x7f '], '/\x1f\x00\x7f\x80b'], 'false': '\u2028', 'true': '\uffff /[\u2028', '1.7976931348623157e+308': [['{/\x7f \x80:', 'a{'], {}, {'null': '€b/', '8.641925287161274e+21': None, '1e-07': 'a\\:\x1f\\'}, [None, True, 66, 1.859057232765182e-22]]}, None, None]
# 16 [('allow_nan', False), ('indent', -1), ('sort_keys', True)] ok '{}'
#   back ok {}
# 17 [('check_circular', False), ('indent', 1), ('skipkeys', True), ('sort_keys', True)] ok '752'
#   back ok 752
# 18 [('ensure_ascii', False), ('separators', (', ', ': '))] ok '-56.98874078795484'
#   back ok -56.98874078795484
# 19 [] ok '[1.0, -267]'
#   back ok [1.0, -267]
# 20 [('check_circular', True), ('ensure_ascii', False), ('skipkeys', True), ('sort_keys', True)] ok '{"\\f\U0010ffff\\"\\n\u2028": null}'
#   back ok {'\x0c\U0010ffff"\n\u2028': None}
# 21 [('allow_nan', True), ('check_circular', True), ('indent', 0), ('separators', (',', ':')), ('skipkeys', False)] ok '{\n"-80418445666305.62":[\n775,\n{},\n{\n"\\f":{\n"\\uffff[\\\\\\t":"\\b\\u007f0\\t "\n}\n},\nfalse\n]\n}'
#   back ok {'-80418445666305.62': [775, {}, {'\x0c': {'\uffff[\\\t': '\x08\x7f0\t '}}, False]}
# 22 [('check_circular', False), ('separators', (', ', ': '))] ok 'null'
#   back ok None
# 23 [('check_circular', False), ('indent', ''), ('skipkeys', False)] ok '[\n"\\nZ/\\u20ac",\n6.481132166798302e-22\n]'
#   back ok ['\nZ/€', 6.481132166798302e-22]
# 24 [('ensure_ascii', False), ('separators', (' ,', ' : '))] ok 'true'
#   back ok True
# 25 [('ensure_ascii', False), ('indent', '--')] ok '0.1'
#   back ok 0.1
# 26 [('ensure_ascii', False), ('separators', (',', ':'))] ok 'null'
#   back ok None
# 27 [('allow_nan', True), ('ensure_ascii', False), ('skipkeys', False), ('sort_keys', True)] ok 'null'
#   back ok None
# 28 [('allow_nan', False), ('indent', 2)] ok '"\\r \\n"'
#   back ok '\r \n'
# 29 [('indent', 1), ('skipkeys', True)] ok 'null'
#   back ok None
# 30 [('allow_nan', True), ('check_circular', False), ('ensure_ascii', True), ('indent', 0)] ok '{\n",\\u00e9": [\n[\n{\n"\\r\\u2028/": null\n}\n],\n{},\n{}\n],\n"false": [\ntrue,\n""\n],\n"\\u0000\\r\\tb": "\\ud83d\\ude00"\n}'
#   back ok {',é': [[{'\r\u2028/': None}], {}, {}], 'false': [True, ''], '\x00\r\tb': '😀'}
# 31 [] ok '{"\\"b\\\\\\u0080{,": true, "{\\b0\\udbff\\udfffb\\u0080": false}'
#   back ok {'"b\\\x80{,': True, '{\x080\U0010ffffb\x80': False}
# 32 [('allow_nan', False), ('ensure_ascii', True)] ValueError: Out of range float values are not JSON compliant @None
# 33 [('separators', (',', ':')), ('skipkeys', True)] ok '[]'
#   back ok []
# 34 [('check_circular', True), ('sort_keys', True)] ok 'null'
#   back ok None
# 35 [] ok '[{"-Infinity": false, "272486863116247627529": {"\\t\\u0080{\\ud83d\\ude00": [false, "/\\r[\\u20ac\\f"], "\\\\\\udbff\\udfff\\r": 78246.98698256664}, "null": 0.0, "0.0": {}}]'
#   back ok [{'-Infinity': False, '272486863116247627529': {'\t\x80{😀': [False, '/\r[€\x0c'], '\\\U0010ffff\r': 78246.98698256664}, 'null': 0.0, '0.0': {}}]
# 36 [('check_circular', False)] ok '-121'
#   back ok -121
# 37 [('indent', 1), ('sort_keys', True)] ok '-147'
#   back ok -147
# 38 [('indent', 0), ('separators', (', ', ': '))] ok '[]'
#   back ok []
# 39 [('ensure_ascii', True), ('indent', 2), ('skipkeys', False), ('sort_keys', True)] TypeError: '<' not supported
# 40 [('allow_nan', False), ('check_circular', False), ('indent', -1), ('sort_keys', True)] ValueError: Out of range float values are not JSON compliant: inf @None
# 41 [('ensure_ascii', True), ('separators', (',', ':')), ('skipkeys', True)] ok '[false,false,"\\uffff\\u001f0:,\\n"]'
#   back ok [False, False, '\uffff\x1f0:,\n']
# 42 [('allow_nan', True), ('ensure_ascii', False), ('indent', 1)] ok '{}'
#   back ok {}
# 43 [('ensure_ascii', False), ('sort_keys', True)] ok '{"null": true}'
#   back ok {'null': True}
# 44 [('indent', 1), ('skipkeys', True), ('sort_keys', True)] ok 'null'
#   back ok None
# 45 [] ok '[[{}, [[1e+22, -961], {}, {"5e-324": true, "\\u2028\\b\\u007f\\u00e9\\"\\f": true, ":{\\"\\u20ac": "\\t\\t"}, false], [], -1.5]]'
#   back ok [[{}, [[1e+22, -961], {}, {'5e-324': True, '\u2028\x08\x7fé"\x0c': True, ':{"€': '\t\t'}, False], [], -1.5]]
# 46 [('ensure_ascii', True), ('sort_keys', True)] ok '{"null": false}'
#   back ok {'null': False}
# 47 [('allow_nan', True), ('indent', -1), ('skipkeys', True)] ok '{\n"null": true,\n"": "b\\u00e9\\u0080[\\uffff\\u0080",\n"-1.5": {\n"": {\n"\\b": -562,\n"\\b\\u00e9\\ud83d\\ude00\\u007f/{": -8.274696688244142e+22\n},\n"1.7976931348623157e+308": {\n"-2.722679705450823e-12": -6181825891.705639,\n"false": {\n"\\t": null,\n"false": false\n}\n}\n}\n}'
#   back ok {'null': True, '': 'bé\x80[\uffff\x80', '-1.5': {'': {'\x08': -562, '\x08é😀\x7f/{': -8.274696688244142e+22}, '1.7976931348623157e+308': {'-2.722679705450823e-12': -6181825891.705639, 'false': {'\t': None, 'false': False}}}}
# 48 [('check_circular', False), ('skipkeys', False)] ok '"a\\n\\nZ\\ud83d\\ude00\\u007f"'
#   back ok 'a\n\nZ😀\x7f'
# 49 [('ensure_ascii', False), ('separators', (' ,', ' : ')), ('sort_keys', True)] ok '1e+22'
#   back ok 1e+22
# 50 [('allow_nan', True)] ok '{"true": {"\\uffff{a\\f\\u007f\\f": null}}'
#   back ok {'true': {'\uffff{a\x0c\x7f\x0c': None}}
# 51 [('ensure_ascii', False), ('indent', ''), ('separators', (', ', ': '))] ok '"[\\n[é é"'
#   back ok '[\n[é é'
# 52 [('skipkeys', True)] ok '{"false": {"true": 1e+22, "{a\\u00e90": false}, "500": {"\\b\\u20ac": {"\\t,a": [10000000000000000000000000000000000000000, true], "\\u2028\\u0080aa\\uffff": {"\\udbff\\udfff\\\\:Z\\u20ac\\n": false, "\\u007f\\t\\u0000\\b": true, " \\u0000\\ud83d\\ude00": "\\u0000\\u001f", "": "\\u00e9\\"b"}}, "false": null, "\\u0000\\udbff\\udfff\\ud83d\\ude00\\u0000\\f": false, "a\\r": true}}'
#   back ok {'false': {'true': 1e+22, '{aé0': False}, '500': {'\x08€': {'\t,a': [10000000000000000000000000000000000000000, True], '\u2028\x80aa\uffff': {'\U0010ffff\\:Z€\n': False, '\x7f\t\x00\x08': True, ' \x00😀': '\x00\x1f', '': 'é"b'}}, 'false': None, '\x00\U0010ffff😀\x00\x0c': False, 'a\r': True}}
# 53 [('ensure_ascii', False)] ok '-589030341095083.0'
#   back ok -589030341095083.0
# 54 [('allow_nan', True), ('indent', 0), ('separators', (' ,', ' : ')), ('sort_keys', True)] TypeError: '<' not supported
# 55 [('sort_keys', True)] ok '"{\\ud83d\\ude00\\b\\u0080\\u00e9"'
#   back ok '{😀\x08\x80é'
# 56 [('ensure_ascii', True), ('separators', (',', ':'))] ok '{"Z{\\tZ\\t\\u20ac":true,"":-140,"{":{"\\u0000\\u0000Z\\uffff":[],"1e+22":-1.5,"NaN":968020256267394668503}}'
#   back ok {'Z{\tZ\t€': True, '': -140, '{': {'\x00\x00Z\uffff': [], '1e+22': -1.5, 'NaN': 968020256267394668503}}
# 57 [('indent', '--'), ('separators', (',', ':'))] ok '[\n--[\n----true,\n----[],\n----{},\n----{}\n--]\n]'
#   back JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 58 [('indent', -1)] ok '914'
#   back ok 914
# 59 [('ensure_ascii', True), ('indent', '\t'), ('skipkeys', True)] ok '{\n\t"269": [\n\t\ttrue\n\t],\n\t"-3.125681977203811e-21": [\n\t\t"\\\\\\udbff\\udfff ,\\t\\u001f"\n\t],\n\t" \\b\\u0000 \\u0000": false\n}'
#   back ok {'269': [True], '-3.125681977203811e-21': ['\\\U0010ffff ,\t\x1f'], ' \x08\x00 \x00': False}
# 60 [('allow_nan', False), ('ensure_ascii', True), ('indent', 2), ('skipkeys', False), ('sort_keys', True)] TypeError: '<' not supported
# 61 [('ensure_ascii', False), ('separators', (',', ':')), ('skipkeys', True)] ok '{}'
#   back ok {}
# 62 [('check_circular', False), ('indent', '')] ok '{}'
#   back ok {}
# 63 [('ensure_ascii', True), ('sort_keys', True)] ok 'false'
#   back ok False
# 64 [('check_circular', True), ('separators', (',', ':')), ('skipkeys', True)] ok '{}'
#   back ok {}
# 65 [('check_circular', False), ('indent', '\t'), ('skipkeys', True)] ok '"/a"'
#   back ok '/a'
# 66 [('allow_nan', False), ('indent', 2), ('skipkeys', True), ('sort_keys', True)] ok '","'
#   back ok ','
# 67 [('indent', 1), ('sort_keys', True)] ok '27'
#   back ok 27
# 68 [('indent', '\t'), ('separators', (', ', ': ')), ('sort_keys', True)] ok '9.823514186880618e-17'
#   back ok 9.823514186880618e-17
# 69 [] ok '"\\\\ \\ud83d\\ude00\\u20ac\\r"'
#   back ok '\\ 😀€\r'
# 70 [] ok '[153, [{"-1.5": {"": 811, "[\\\\:": null}, "\\t\\uffff\\u00e9\\udbff\\udfff": [null, 499, 10000000000000000000000000000000000000000], "\\udbff\\udfff{0a\\u0000": {}, "": "\\u007f\\u001f\\u001f"}, "0\\\\:\\t", {"\\u20ac\\u2028:": ":{", "\\t\\n\\ud83d\\ude00\\f\\u20ac": 352487879555725.1, "\\u00e9\\r\\u001f": []}, ""], [{}], {}]'
#   back ok [153, [{'-1.5': {'': 811, '[\\:': None}, '\t\uffffé\U0010ffff': [None, 499, 10000000000000000000000000000000000000000], '\U0010ffff{0a\x00': {}, '': '\x7f\x1f\x1f'}, '0\\:\t', {'€\u2028:': ':{', '\t\n😀\x0c€': 352487879555725.1, 'é\r\x1f': []}, ''], [{}], {}]
# 71 [('check_circular', False), ('ensure_ascii', True), ('skipkeys', False)] ok '[-6.023236357888286e-30, -1.5]'
#   back ok [-6.023236357888286e-30, -1.5]
# 72 [('sort_keys', True)] ok '{}'
#   back ok {}
# 73 [('check_circular', False), ('ensure_ascii', True), ('sort_keys', True)] ok '[]'
#   back ok []
# 74 [('check_circular', False), ('ensure_ascii', True), ('separators', (' ,', ' : '))] ok '{}'
#   back ok {}
# 75 [('indent', '\t'), ('skipkeys', True)] ok '[\n\t{\n\t\t"null": {\n\t\t\t" {": true,\n\t\t\t"\\f:\\u00e9": {}\n\t\t},\n\t\t"": {\n\t\t\t"false": {\n\t\t\t\t"\\f\\n\\"\\u0000:": 1.7976931348623157e+308,\n\t\t\t\t"\\uffff/\\",\\u007f": false,\n\t\t\t\t"373": false,\n\t\t\t\t"-38": 5e-324\n\t\t\t},\n\t\t\t"{\\t": true,\n\t\t\t"true": "[\\u20ac\\uffff\\b"\n\t\t},\n\t\t"\\ud83d\\ude00": {\n\t\t\t"\\udbff\\udfffZ,\\n\\u0080": {\n\t\t\t\t"/[": "\\u007f/Z\\"\\\\",\n\t\t\t\t"a": true,\n\t\t\t\t"NaN": ":,\\udbff\\udfff"\n\t\t\t},\n\t\t\t"false": {\n\t\t\t\t"\\\\0\\u0080": false\n\t\t\t}\n\t\t}\n\t}\n]'
#   back ok [{'null': {' {': True, '\x0c:é': {}}, '': {'false': {'\x0c\n"\x00:': 1.7976931348623157e+308, '\uffff/",\x7f': False, '373': False, '-38': 5e-324}, '{\t': True, 'true': '[€\uffff\x08'}, '😀': {'\U0010ffffZ,\n\x80': {'/[': '\x7f/Z"\\', 'a': True, 'NaN': ':,\U0010ffff'}, 'false': {'\\0\x80': False}}}]
# 76 [('allow_nan', True), ('check_circular', True)] ok 'null'
#   back ok None
# 77 [('check_circular', False)] ok '{"[a": {",\\uffff/\\t\\n\\ud83d\\ude00": null, "\\udbff\\udfff\\u00e9a \\\\": [":\\u2028\\t", 1.7976931348623157e+308, {"\\uffff,\\u2028\\udbff\\udfffZ\\\\": "\\u007f[\\ud83d\\ude00\\u20ac/\\u20ac", "\\u20ac\\ud83d\\ude00Z": "\\b\\u0080", "true": "\\u007f\\nZ\\\\a0", "\\n\\u0000\\u0000": 922}, 1.0], ",\\b": [{}, ["\\u0080\\u0080", ",", "\\\\"]]}, "18446744073709551616": {"Z\\"\\u0000\\n\\u0080": null, "\\"": null, "-1.5": {"": 2.2250738585072014e-308, "\\u20ac0b0\\u0080": false}, ",": "\\u007f\\ud83d\\ude00\\u0080["}, "b\\ud83d\\ude00\\t": {}, "a/\\n\\udbff\\udfff": [3.041605608852891e+21, 338898410564535702462, 490]}'
#   back ok {'[a': {',\uffff/\t\n😀': None, '\U0010fffféa \\': [':\u2028\t', 1.7976931348623157e+308, {'\uffff,\u2028\U0010ffffZ\\': '\x7f[😀€/€', '€😀Z': '\x08\x80', 'true': '\x7f\nZ\\a0', '\n\x00\x00': 922}, 1.0], ',\x08': [{}, ['\x80\x80', ',', '\\']]}, '18446744073709551616': {'Z"\x00\n\x80': None, '"': None, '-1.5': {'': 2.2250738585072014e-308, '€0b0\x80': False}, ',': '\x7f😀\x80['}, 'b😀\t': {}, 'a/\n\U0010ffff': [3.041605608852891e+21, 338898410564535702462, 490]}
# 78 [('indent', 1)] ok '[\n {\n  "-938801591096400187832": 592674016171506154741,\n  "\\u00e9\\ud83d\\ude00\\u0000": {}\n },\n false\n]'
#   back ok [{'-938801591096400187832': 592674016171506154741, 'é😀\x00': {}}, False]
# 79 [('allow_nan', False), ('indent', 0), ('skipkeys', False)] ok '[\nnull,\n{\n"\\\\ab,": null,\n"\\u0080\\\\[\\u0000\\u2028": null,\n"true": null,\n"false": "\\u2028,\\u001f\\u2028\\u2028/"\n},\n[]\n]'
#   back ok [None, {'\\ab,': None, '\x80\\[\x00\u2028': None, 'true': None, 'false': '\u2028,\x1f\u2028\u2028/'}, []]
# 80 [('allow_nan', True), ('separators', (', ', ': ')), ('skipkeys', False)] ok '"\\u2028\\f,"'
#   back ok '\u2028\x0c,'
# 81 [('allow_nan', False), ('ensure_ascii', False), ('sort_keys', True)] ok '{}'
#   back ok {}
# 82 [('skipkeys', False)] ok '""'
#   back ok ''
# 83 [('allow_nan', False), ('ensure_ascii', False), ('separators', (', ', ': ')), ('sort_keys', True)] ok '" \\ré"'
#   back ok ' \ré'
# 84 [('allow_nan', False), ('ensure_ascii', True), ('indent', 0), ('sort_keys', True)] ok 'true'
#   back ok True
# 85 [('allow_nan', False), ('indent', -1), ('skipkeys', False)] ok 'null'
#   back ok None
# 86 [('indent', ''), ('skipkeys', True)] ok 'false'
#   back ok False
# 87 [('indent', '\t'), ('skipkeys', False)] ok '[\n\t-882,\n\t{\n\t\t"Z\\\\\\f": 27,\n\t\t"true": 993,\n\t\t"false": 18446744073709551616,\n\t\t"\\"": 188\n\t},\n\t[\n\t\t[\n\t\t\tnull\n\t\t],\n\t\tnull,\n\t\t7.131876330207975e-22,\n\t\t{\n\t\t\t"\\u0000": null,\n\t\t\t"true": false\n\t\t}\n\t],\n\t"\\"Z\\f"\n]'
#   back ok [-882, {'Z\\\x0c': 27, 'true': 993, 'false': 18446744073709551616, '"': 188}, [[None], None, 7.131876330207975e-22, {'\x00': None, 'true': False}], '"Z\x0c']
# 88 [('separators', (' ,', ' : '))] ok '[["\\u00e9\\\\:\\n\\u001f" ,true ,false]]'
#   back ok [['é\\:\n\x1f', True, False]]
# 89 [('check_circular', True), ('ensure_ascii', False)] ok '[]'
#   back ok []
# 90 [('ensure_ascii', False), ('skipkeys', True)] ok 'null'
#   back ok None
# 91 [('check_circular', True), ('indent', '--')] ok '[]'
#   back ok []
# 92 [('check_circular', False), ('indent', -1)] ok '{\n"true": false,\n"{\\u20ac:{": "0\\n",\n"false": 1e+22,\n"": {\n"\\n\\udbff\\udfff\\u2028": null\n}\n}'
#   back ok {'true': False, '{€:{': '0\n', 'false': 1e+22, '': {'\n\U0010ffff\u2028': None}}
# 93 [('ensure_ascii', False), ('indent', -1)] ok '{}'
#   back ok {}
# 94 [('check_circular', False), ('indent', 0), ('sort_keys', True)] ok '[]'
#   back ok []
# 95 [('ensure_ascii', False)] ok '"\\r\\rZ"'
#   back ok '\r\rZ'
# 96 [('indent', '\t'), ('separators', (', ', ': '))] ok '{\n\t"true": -169377160652295836521, \n\t"\\udbff\\udfff \\n\\u0000\\u00e9\\u0000": false\n}'
#   back ok {'true': -169377160652295836521, '\U0010ffff \n\x00é\x00': False}
# 97 [('ensure_ascii', False), ('indent', 1)] ok '{}'
#   back ok {}
# 98 [('allow_nan', True), ('skipkeys', True)] ok '[]'
#   back ok []
# 99 [('skipkeys', False)] ok '[]'
#   back ok []
# 100 [('check_circular', True), ('ensure_ascii', False), ('indent', -1), ('sort_keys', True)] ok '-24228899181908039319'
#   back ok -24228899181908039319
# 101 [('check_circular', False), ('ensure_ascii', False), ('skipkeys', True)] ok '[306, {"\\"": [[true, 0.1, false, null], true], "": null}]'
#   back ok [306, {'"': [[True, 0.1, False, None], True], '': None}]
# 102 [('allow_nan', True), ('ensure_ascii', False)] ok '-70779565108845.12'
#   back ok -70779565108845.12
# 103 [('allow_nan', True), ('indent', 0), ('separators', (', ', ': '))] ok '[\n[\nfalse, \nfalse\n], \n[]\n]'
#   back ok [[False, False], []]
# 104 [('separators', (' ,', ' : ')), ('sort_keys', True)] ok '["\\u2028\\r:\\u2028"]'
#   back ok ['\u2028\r:\u2028']
# 105 [('ensure_ascii', True), ('indent', 0), ('sort_keys', True)] ok '{\n"false": [\n3480.899713979855,\n-0.0,\nfalse,\n[\n[\n1096641394591070897913,\nnull,\nfalse,\n-2.9093813236814213e+27\n]\n]\n]\n}'
#   back ok {'false': [3480.899713979855, -0.0, False, [[1096641394591070897913, None, False, -2.9093813236814213e+27]]]}
# 106 [] ok '[[{"\\u0000": [false]}], [{"false": {}, "\\u0080\\u00e9\\uffff{": false, "": [false]}, false, [830, [2.7098124244946532e+16]]]]'
#   back ok [[{'\x00': [False]}], [{'false': {}, '\x80é\uffff{': False, '': [False]}, False, [830, [2.7098124244946532e+16]]]]
# 107 [('allow_nan', False), ('ensure_ascii', False), ('skipkeys', True)] ValueError: Out of range float values are not JSON compliant @None
# 108 [] ok '{"1853006.8551949142": true, "null": [{"\\u00e9": {"\\u20ac": false, "\\u0080[\\t0Z\\udbff\\udfff": "\\u0080", "null": -365, "b\\ud83d\\ude00:\\t\\u2028": "\\f\\n,"}, "\\u0000/\\n\\ud83d\\ude00\\u0000\\uffff": true}, {}, {"null": {"767": true}, "\\uffffb\\t\\u00e9": true}], "true": -8.802244628714576e+24, "437": {"false": {"": {"": false, "a[\\b": "\\u00e9\\b", "\\u007f\\u001f0\\u001f\\"": ""}, "\\u0000\\"\\udbff\\udfff\\\\ 0": ["", false, true], "\\u0080\\udbff\\udfff\\f{\\u007f\\\\": {"\\b\\u001f": "\\n", "b\\b\\u0080\\ud83d\\ude00\\u0080": false, "811": null}}}}'
#   back ok {'1853006.8551949142': True, 'null': [{'é': {'€': False, '\x80[\t0Z\U0010ffff': '\x80', 'null': -365, 'b😀:\t\u2028': '\x0c\n,'}, '\x00/\n😀\x00\uffff': True}, {}, {'null': {'767': True}, '\uffffb\té': True}], 'true': -8.802244628714576e+24, '437': {'false': {'': {'': False, 'a[\x08': 'é\x08', '\x7f\x1f0\x1f"': ''}, '\x00"\U0010ffff\\ 0': ['', False, True], '\x80\U0010ffff\x0c{\x7f\\': {'\x08\x1f': '\n', 'b\x08\x80😀\x80': False, '811': None}}}}
# 109 [('check_circular', True), ('indent', 2), ('skipkeys', True)] ok '[\n  -523546592047.92944,\n  [\n    {\n      "273140087648916388503": "\\u0000\\u00e9\\t\\b\\"\\ud83d\\ude00",\n      ",\\u007f\\udbff\\udfff\\ud83d\\ude00\\uffff": {\n        "\\u001f": "/[b",\n        "null": false,\n        "\\t\\n": null\n      },\n      "\\u0000\\uffff\\n [b": null\n    },\n    false\n  ],\n  "\\b\\b\\u007f/"\n]'
#   back ok [-523546592047.92944, [{'273140087648916388503': '\x00é\t\x08"😀', ',\x7f\U0010ffff😀\uffff': {'\x1f': '/[b', 'null': False, '\t\n': None}, '\x00\uffff\n [b': None}, False], '\x08\x08\x7f/']
# 110 [('check_circular', False), ('indent', ''), ('sort_keys', True)] ok '{\n"b": {\n"false": [\n"\\\\",\ntrue,\n[\nnull,\nnull\n],\n[\ntrue,\n18446744073709551616,\nfalse,\n-924\n]\n]\n},\n"\\ud83d\\ude00\\b": {\n"\\"\\u0000[\\n\\uffff": true\n}\n}'
#   back ok {'b': {'false': ['\\', True, [None, None], [True, 18446744073709551616, False, -924]]}, '😀\x08': {'"\x00[\n\uffff': True}}
# 111 [('ensure_ascii', False), ('indent', 2), ('skipkeys', True), ('sort_keys', True)] ok '"\\"\\\\\uffff"'
#   back ok '"\\\uffff'
# 112 [('indent', -1)] ok 'true'
#   back ok True
# 113 [('allow_nan', False), ('indent', '\t'), ('skipkeys', False)] ok '{}'
#   back ok {}
# 114 [('check_circular', True)] ok '-6.48298050503302e+18'
#   back ok -6.48298050503302e+18
# 115 [('indent', ''), ('separators', (' ,', ' : ')), ('skipkeys', False), ('sort_keys', True)] ok '":\\"\\tb\\u2028"'
#   back ok ':"\tb\u2028'
# 116 [] ok '1e+22'
#   back ok 1e+22
# 117 [('indent', '\t')] ok '{\n\t"NaN": -0.0\n}'
#   back ok {'NaN': -0.0}
# 118 [('sort_keys', True)] ok '""'
#   back ok ''
# 119 [('ensure_ascii', False), ('skipkeys', True)] ok '0.8359253024952316'
#   back ok 0.8359253024952316
# 120 [('ensure_ascii', True), ('skipkeys', False), ('sort_keys', True)] ok '2.2250738585072014e-308'
#   back ok 2.2250738585072014e-308
# 121 [('allow_nan', False), ('skipkeys', False)] ok '[{"/a": 342620584999499636002, "\\u2028 {": null, ":": -300, "null": ["a\\ud83d\\ude00"]}]'
#   back ok [{'/a': 342620584999499636002, '\u2028 {': None, ':': -300, 'null': ['a😀']}]
# 122 [('check_circular', True), ('indent', '\t'), ('sort_keys', True)] ok 'false'
#   back ok False
# 123 [('indent', 2), ('separators', (', ', ': '))] ok '{\n  "false": {\n    "\\u0000\\u00000a{\\ud83d\\ude00": {\n      "null": -730.4220898217761, \n      "{\\u007f\\u2028/\\n\\t": "", \n      "\\u2028:\\u2028[[": [\n        false, \n        false, \n        null, \n        1.1619328483941272e-23\n      ]\n    }, \n    "\\r{": {\n      "false": -932\n    }, \n    ",": [\n      [\n        "/", \n        6.495269154524792, \n        NaN\n      ]\n    ]\n  }, \n  "\\uffff\\u20ac\\udbff\\udfffZ\\u0080": {\n    "\\n\\u007f\\u007f\\u007f": [], \n    "\\u0000,\\n ": [\n      {\n        "\\ud83d\\ude00\\n": "\\t"\n      }, \n      54.846492825840066\n    ]\n  }\n}'
#   back ok {'false': {'\x00\x000a{😀': {'null': -730.4220898217761, '{\x7f\u2028/\n\t': '', '\u2028:\u2028[[': [False, False, None, 1.1619328483941272e-23]}, '\r{': {'false': -932}, ',': [['/', 6.495269154524792, nan]]}, '\uffff€\U0010ffffZ\x80': {'\n\x7f\x7f\x7f': [], '\x00,\n ': [{'😀\n': '\t'}, 54.846492825840066]}}
# 124 [('check_circular', False), ('ensure_ascii', False), ('sort_keys', True)] ok '{"": {}, "0\\b\\f:[/": -702}'
#   back ok {'': {}, '0\x08\x0c:[/': -702}
# 125 [('separators', (' ,', ' : '))] ok '-443777280143264955597'
#   back ok -443777280143264955597
# 126 [('indent', '\t')] ok 'null'
#   back ok None
# 127 [] ok '{"\\ud83d\\ude00\\n:\\ud83d\\ude00": true, "\\r": {}, "": true}'
#   back ok {'😀\n:😀': True, '\r': {}, '': True}
# 128 [('ensure_ascii', False), ('skipkeys', False)] ok '[{"\x80\\r[a:\\n": [5597936303767.079, 9.67036634337835e-17], "1e-07": false}, {"😀\\n[\\r\u2028": {"\\n€a\\u001f\uffff": [false, 930], "0[\\u00000:": false, "b\\r\x80\\b\\n0": null, "0[\\f\u2028": -8.241784466239564e+21}}, {"éé\\"{\\t{": {"false": [false, false]}, "null": ["[\\t\\b:\\\\"]}]'
#   back ok [{'\x80\r[a:\n': [5597936303767.079, 9.67036634337835e-17], '1e-07': False}, {'😀\n[\r\u2028': {'\n€a\x1f\uffff': [False, 930], '0[\x000:': False, 'b\r\x80\x08\n0': None, '0[\x0c\u2028': -8.241784466239564e+21}}, {'éé"{\t{': {'false': [False, False]}, 'null': ['[\t\x08:\\']}]
# 129 [('sort_keys', True)] ok '[]'
#   back ok []
# 130 [('allow_nan', False), ('check_circular', False), ('indent', 1), ('separators', (' ,', ' : '))] ok '{\n "b\\u0080:," : -8.10771017690517e-23\n}'
#   back ok {'b\x80:,': -8.10771017690517e-23}
# 131 [('indent', 1), ('skipkeys', True), ('sort_keys', True)] ok '[\n {\n  "-0.006778795926392232": false\n }\n]'
#   back ok [{'-0.006778795926392232': False}]
# 132 [('indent', 1), ('skipkeys', True)] ok '"\\u00e9\\"\\udbff\\udfff\\udbff\\udfff\\u20ac"'
#   back ok 'é"\U0010ffff\U0010ffff€'
# 133 [('allow_nan', False), ('separators', (' ,', ' : '))] ok '[{"true" : [true] ,"false" : {"\\n\\f\\u0000{" : true ,"\\udbff\\udfff\\u20ac" : {}}} ,{"8289789008470.392" : "\\u007f\\u007fa:\\f\\b" ,"-0.8709117189093252" : {"{\\u00e9Z0" : "\\u007f\\t\\f" ,"\\u2028\\u2028 " : {"" : true ,"\\u2028" : "" ,"123456789.125" : -430000674959236863270} ,"false" : {"false" : false ,"b\\u007f/b\\u007f\\u2028" : true ,"" : -667184746754268027750} ,"\\b\\ud83d\\ude00\\b\\u0080/" : "\\ra"} ,"\\uffff\\f" : {"\\t\\f\\u00e9" : [null ,true ,null] ,"false" : {"\\n\\uffff0\\u00e9\\u001f " : false ,"\\f\\u007f\\"b" : false ,"true" : null ,"false" : null} ,":\\u20ac\\u007fa" : [false ,false]}} ,{"{{\\u00e9" : {} ,"-0.0" : {"" : null ,"\\u007f a\\u00e9\\n" : true} ,"true" : {} ,"Z\\\\\\udbff\\udfff" : {"2.2250738585072014e-308" : {"\\u007f:\\ud83d\\ude00\\u001fbZ" : false ,"\\u007f" : "\\n\\u001f{" ,"-591" : 3.713258720085921e-09} ,"\\u0080,\\ud83d\\ude00\\u007f\\ud83d\\ude00\\u007f" : {"\\u001f\\uffff \\r\\udbff\\udfff" : null ,"\\u007f\\u007f\\u20ac\\r\\u00e9a" : 47358629813.57821 ,"1e+22" : true ,"true" : "\\u0000b\\\\"} ,"{\\ud83d\\ude00Zb\\r" : {} ,"true" : {"//\\uffff" : "a" ,"false" : -1.5}}}]'
#   back ok [{'true': [True], 'false': {'\n\x0c\x00{': True, '\U0010ffff€': {}}}, {'8289789008470.392': '\x7f\x7fa:\x0c\x08', '-0.8709117189093252': {'{éZ0': '\x7f\t\x0c', '\u2028\u2028 ': {'': True, '\u2028': '', '123456789.125': -430000674959236863270}, 'false': {'false': False, 'b\x7f/b\x7f\u2028': True, '': -667184746754268027750}, '\x08😀\x08\x80/': '\ra'}, '\uffff\x0c': {'\t\x0cé': [None, True, None], 'false': {'\n\uffff0é\x1f ': False, '\x0c\x7f"b': False, 'true': None, 'false': None}, ':€\x7fa': [False, False]}}, {'{{é': {}, '-0.0': {'': None, '\x7f aé\n': True}, 'true': {}, 'Z\\\U0010ffff': {'2.2250738585072014e-308': {'\x7f:😀\x1fbZ': False, '\x7f': '\n\x1f{', '-591': 3.713258720085921e-09}, '\x80,😀\x7f😀\x7f': {'\x1f\uffff \r\U0010ffff': None, '\x7f\x7f€\réa': 47358629813.57821, '1e+22': True, 'true': '\x00b\\'}, '{😀Zb\r': {}, 'true': {'//\uffff': 'a', 'false': -1.5}}}]
# 134 [('allow_nan', False), ('ensure_ascii', True)] ok '{":\\b\\u20ac\\udbff\\udfff": 4923074969.231789, "a": {}, "636133.0925595638": {"\\uffff{": -611}}'
#   back ok {':\x08€\U0010ffff': 4923074969.231789, 'a': {}, '636133.0925595638': {'\uffff{': -611}}
# 135 [('skipkeys', False)] ok '"\\udbff\\udfff\\u0000"'
#   back ok '\U0010ffff\x00'
# 136 [('allow_nan', True), ('indent', '--')] ok 'true'
#   back ok True
# 137 [] ok '-472'
#   back ok -472
# 138 [('allow_nan', True), ('indent', 1)] ok '1.0'
#   back ok 1.0
# 139 [] ok '1e-07'
#   back ok 1e-07
# 140 [('check_circular', False), ('ensure_ascii', True), ('indent', -1)] ok '" b\\udbff\\udfffa\\n"'
#   back ok ' b\U0010ffffa\n'
# 141 [('ensure_ascii', False), ('indent', 2), ('separators', (', ', ': ')), ('sort_keys', True)] ok 'null'
#   back ok None
# 142 [] ok '{"\\r": {"true": "\\u007f \\u001f\\r", "": 9223372036854775807, "\\u00e9:\\ud83d\\ude00": -0.0007069328588029862}, " \\\\\\ba \\u0080": 594556518010896429718, "64": true, "\\u001f\\b\\uffff{0/": "\\u2028:\\r:"}'
#   back ok {'\r': {'true': '\x7f \x1f\r', '': 9223372036854775807, 'é:😀': -0.0007069328588029862}, ' \\\x08a \x80': 594556518010896429718, '64': True, '\x1f\x08\uffff{0/': '\u2028:\r:'}
# 143 [('check_circular', True), ('indent', 2)] ok '[\n  {\n    "Z,\\u0080\\ud83d\\ude00": [\n      [\n        true\n      ],\n      null,\n      {},\n      "\\faaa/\\u0080"\n    ],\n    "\\u007f\\b\\n\\n": 877,\n    "-1.5": [\n      [\n        "\\u0000b\\b:\\u2028",\n        -868,\n        ":Z\\u0000Z\\b\\t"\n      ],\n      {\n        "\\uffff:\\u0000": "\\fa\\b/\\u001f",\n        "a\\\\\\udbff\\udfff\\u00e9": true,\n        "/\\b\\u001f\\u0000": false\n      },\n      {\n        "null": null\n      }\n    ],\n    "\\fb {a": true\n  },\n  [\n    [\n      {\n        "[:\\t\\r\\u0080[": true,\n        "\\u00e90/\\"/\\u0080": 735,\n        "\\u20ac\\r0\\u00e9": "a\\"\\r ",\n        "": ""\n      }\n    ],\n    7.588346848837724e+23\n  ],\n  {\n    "\\uffff": {},\n    "\\u001f": {\n      "\\\\": {\n        "": 325\n      },\n      "-458031144002671.9": -91,\n      "1e-07": {\n        "\\f\\u00e9{\\u007f\\udbff\\udfff\\u20ac": true,\n        "\\"\\udbff\\udfff\\u20ac:\\udbff\\udfff\\uffff": true,\n        "false": null\n      }\n    }\n  }\n]'
#   back ok [{'Z,\x80😀': [[True], None, {}, '\x0caaa/\x80'], '\x7f\x08\n\n': 877, '-1.5': [['\x00b\x08:\u2028', -868, ':Z\x00Z\x08\t'], {'\uffff:\x00': '\x0ca\x08/\x1f', 'a\\\U0010ffffé': True, '/\x08\x1f\x00': False}, {'null': None}], '\x0cb {a': True}, [[{'[:\t\r\x80[': True, 'é0/"/\x80': 735, '€\r0é': 'a"\r ', '': ''}], 7.588346848837724e+23], {'\uffff': {}, '\x1f': {'\\': {'': 325}, '-458031144002671.9': -91, '1e-07': {'\x0cé{\x7f\U0010ffff€': True, '"\U0010ffff€:\U0010ffff\uffff': True, 'false': None}}}]
# 144 [('skipkeys', True)] ok '[true, [{}, [], 5e-324, ["\\u0080"]], []]'
#   back ok [True, [{}, [], 5e-324, ['\x80']], []]
# 145 [('ensure_ascii', False), ('skipkeys', False)] ok '{"\\nZb": [[null], ["", ",", [false, false, "[\\\\"], -0.0], true, [[], true, "0"]], "-0.0": {"": "\uffff\\"[", "😀0": {"": [true, NaN, -109, "\\b\x80\u2028a\\r"], "/": {"\\f:\\"": false}}, "true": "\\bb0😀\\r", "Z\\f\\n😀/\U0010ffff": {"null": true, "\uffffé\uffff\U0010ffff\U0010ffff\uffff": {"true": false, "null": 1.0}, "true": false}}}'
#   back ok {'\nZb': [[None], ['', ',', [False, False, '[\\'], -0.0], True, [[], True, '0']], '-0.0': {'': '\uffff"[', '😀0': {'': [True, nan, -109, '\x08\x80\u2028a\r'], '/': {'\x0c:"': False}}, 'true': '\x08b0😀\r', 'Z\x0c\n😀/\U0010ffff': {'null': True, '\uffffé\uffff\U0010ffff\U0010ffff\uffff': {'true': False, 'null': 1.0}, 'true': False}}}
# 146 [('ensure_ascii', True), ('separators', (' ,', ' : ')), ('sort_keys', True)] TypeError: '<' not supported
# 147 [('allow_nan', True), ('ensure_ascii', False), ('indent', '--'), ('separators', (', ', ': '))] ok '{\n--"\\\\": [\n----"\\\\:\\t0", \n----6.295479326486609e-19, \n----[\n------null\n----]\n--], \n--"\uffff\\"[a": {\n----"{😀\uffff\\r{0": {\n------"NaN": {}, \n------"null": -1.5, \n------"\\"ba": false, \n------"€\\u0000b[\\r": false\n----}\n--}, \n--"\x7fa\\r0😀": {\n----"-1.5": [\n------{\n--------" ": "b"\n------}\n----], \n----"-325941488135319247318": {\n------"\x80\U0010ffff": {\n--------"\\u001f/\\u0000": "a\\\\a/0", \n--------"": 1.0\n------}\n----}, \n----"\x80\\n": {\n------"true": {\n--------"{\\fa\\r": true, \n--------"\uffff\x80": "", \n--------"": "\\f\\b", \n--------"€\\t\\":/\\b": false\n------}, \n------"0b": null\n----}\n--}\n}'
#   back JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 148 [('check_circular', False), ('skipkeys', False), ('sort_keys', True)] ok '-822'
#   back ok -822
# 149 [('check_circular', True), ('ensure_ascii', False), ('skipkeys', True)] ok '"\uffff\\"\\n\x80"'
#   back ok '\uffff"\n\x80'
# 150 [('indent', 2), ('separators', (',', ':'))] ok '[\n  null,\n  ",,Z\\t\\udbff\\udfff"\n]'
#   back ok [None, ',,Z\t\U0010ffff']
# 151 [('separators', (',', ':')), ('sort_keys', True)] ok '{"\\rZ":true}'
#   back ok {'\rZ': True}
# 152 [('indent', 2), ('separators', (',', ':'))] ok '{\n  "null":[\n    {\n      "false":{\n        "Z\\u20ac,/\\ud83d\\ude00\\udbff\\udfff":null,\n        "true":-834,\n        "\\udbff\\udfff\\n\\\\\\t\\u007f":true\n      }\n    }\n  ]\n}'
#   back ok {'null': [{'false': {'Z€,/😀\U0010ffff': None, 'true': -834, '\U0010ffff\n\\\t\x7f': True}}]}
# 153 [('allow_nan', False), ('ensure_ascii', False), ('skipkeys', False), ('sort_keys', True)] ok 'true'
#   back ok True
# 154 [('allow_nan', False), ('ensure_ascii', True), ('skipkeys', True), ('sort_keys', True)] ok '{}'
#   back ok {}
# 155 [('indent', '')] ok 'true'
#   back ok True
# 156 [('ensure_ascii', True), ('indent', -1)] ok '{\n"\\u20ac\\"": {\n"Z\\\\": false\n},\n"\\\\": [\nnull\n],\n"904": [\nfalse,\nfalse,\n"{\\u007f,"\n],\n"null": "\\b"\n}'
#   back ok {'€"': {'Z\\': False}, '\\': [None], '904': [False, False, '{\x7f,'], 'null': '\x08'}
# 157 [] ok '[[true, [{"Z ,": "", "null": "\\uffff\\t\\u0080\\u007f"}, 995527753513151193263, {"false": 100}]], "bZ[", null]'
#   back ok [[True, [{'Z ,': '', 'null': '\uffff\t\x80\x7f'}, 995527753513151193263, {'false': 100}]], 'bZ[', None]
# 158 [('indent', '')] ok '[\n[\n{\n"\\u0000a": [],\n"": {},\n"\\tb,\\t[": [\n0.0,\nfalse\n]\n},\ntrue,\n{\n"1e-07": {\n"\\u00e9b\\udbff\\udfff\\"\\u007f{": "",\n"\\t\\f\\u2028\\f,": false,\n"\\n\\"b\\u20ac": "\\u001f0,[[",\n"\\u001f\\uffff\\u2028": 6206782856893.132\n}\n}\n]\n]'
#   back ok [[{'\x00a': [], '': {}, '\tb,\t[': [0.0, False]}, True, {'1e-07': {'éb\U0010ffff"\x7f{': '', '\t\x0c\u2028\x0c,': False, '\n"b€': '\x1f0,[[', '\x1f\uffff\u2028': 6206782856893.132}}]]
# 159 [] ok '" \\r\\t{\\u007f"'
#   back ok ' \r\t{\x7f'
# 160 [('ensure_ascii', True), ('indent', 2)] ok '{\n  "": [],\n  "{ [\\t\\f\\"": false,\n  "\\b\\u20ac": 1101559955926590785814\n}'
#   back ok {'': [], '{ [\t\x0c"': False, '\x08€': 1101559955926590785814}
# 161 [('allow_nan', True), ('separators', (' ,', ' : '))] ok '"\\""'
#   back ok '"'
# 162 [('skipkeys', True)] ok 'false'
#   back ok False
# 163 [('allow_nan', False), ('ensure_ascii', False), ('indent', '--')] ok '"[a\\f"'
#   back ok '[a\x0c'
# 164 [('allow_nan', False), ('check_circular', True), ('indent', 0)] ok '{}'
#   back ok {}
# 165 [('check_circular', False), ('ensure_ascii', False)] ok 'null'
#   back ok None
# 166 [('check_circular', False), ('indent', '\t')] ok '-5.550314930874904e-24'
#   back ok -5.550314930874904e-24
# 167 [('allow_nan', True), ('indent', 1), ('separators', (',', ':'))] ok '[\n {\n  "false":false\n },\n [\n  false,\n  {\n   "true":[\n    true,\n    false,\n    "Z\\n",\n    "\\r0"\n   ],\n   "75612963.13340323":null\n  },\n  {\n   "\\b\\"[\\uffff\\u20ac":null,\n   "":[],\n   "417":{\n    "-18957047334497.7":"",\n    "false":null,\n    "\\f ":"\\nZ["\n   }\n  }\n ],\n null\n]'
#   back ok [{'false': False}, [False, {'true': [True, False, 'Z\n', '\r0'], '75612963.13340323': None}, {'\x08"[\uffff€': None, '': [], '417': {'-18957047334497.7': '', 'false': None, '\x0c ': '\nZ['}}], None]
# 168 [('allow_nan', True), ('check_circular', False), ('ensure_ascii', False), ('indent', '\t'), ('skipkeys', False)] ok '{}'
#   back ok {}
# 169 [('sort_keys', True)] ok '[true]'
#   back ok [True]
# 170 [('indent', '--'), ('separators', (',', ':'))] ok '{\n--"a \\u001f":{\n----"\\b\\b\\u0000\\n":"",\n----"0.1":"",\n----"-59690.98298897291":"\\u2028,,"\n--}\n}'
#   back JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 171 [('separators', (',', ':')), ('sort_keys', True)] TypeError: '<' not supported
# 172 [('allow_nan', False), ('separators', (',', ':')), ('sort_keys', True)] ok 'true'
#   back ok True
# 173 [('allow_nan', False), ('ensure_ascii', False), ('skipkeys', True)] ok '"{😀\\t\\\\ Z"'
#   back ok '{😀\t\\ Z'
# 174 [('indent', 2), ('skipkeys', True), ('sort_keys', True)] ok '[]'
#   back ok []
# 175 [('separators', (',', ':'))] ok '[]'
#   back ok []
# 176 [('allow_nan', True), ('ensure_ascii', True), ('indent', -1), ('sort_keys', True)] ok '{}'
#   back ok {}
# 177 [('allow_nan', False), ('indent', 1), ('sort_keys', True)] ok '"\\b ,[b\\u00e9"'
#   back ok '\x08 ,[bé'
# 178 [('allow_nan', False), ('separators', (',', ':'))] ok '"\\u20ac{"'
#   back ok '€{'
# 179 [('ensure_ascii', False), ('indent', '--'), ('separators', (',', ':'))] ok '[\n--{}\n]'
#   back JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 180 [('ensure_ascii', True)] ok '["", {"\\ud83d\\ude00\\u001fa \\u007f\\\\": null, "false": {"a": {"/\\ud83d\\ude00\\udbff\\udfff": 0.0}, "true": {}, "b\\u0080\\u20ac:": [null, ",\\\\\\""]}, "null": "\\u00e9"}, {"\\udbff\\udfff\\"Z\\\\aa": null}]'
#   back ok ['', {'😀\x1fa \x7f\\': None, 'false': {'a': {'/😀\U0010ffff': 0.0}, 'true': {}, 'b\x80€:': [None, ',\\"']}, 'null': 'é'}, {'\U0010ffff"Z\\aa': None}]
# 181 [('check_circular', False), ('separators', (',', ':')), ('skipkeys', True)] ok '[[true],false,[false]]'
#   back ok [[True], False, [False]]
# 182 [('ensure_ascii', True), ('indent', '--'), ('skipkeys', False)] ok '{\n--" \\t0": "\\u00e9",\n--"": true,\n--" \\u0080\\u007f\\udbff\\udfff": "\\u00e9",\n--"{\\f\\"\\u007f\\u20ac\\b": "/\\r\\uffff/\\""\n}'
#   back JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 183 [('allow_nan', False), ('indent', ''), ('skipkeys', False)] ok '590'
#   back ok 590
# 184 [('ensure_ascii', True), ('sort_keys', True)] ok '{"\\n": "", "Z\\uffff,\\u007f{": {"": [[], false, "\\udbff\\udfffZZ\\r", "\\u0000\\"\\ud83d\\ude00aZ\\u2028"], "\\u00e9{Z": {"null": ",\\b\\n\\u007f\\u20ac\\u20ac"}, "\\udbff\\udfff\\t\\\\\\uffff": true}, "\\u2028:b": [true]}'
#   back ok {'\n': '', 'Z\uffff,\x7f{': {'': [[], False, '\U0010ffffZZ\r', '\x00"😀aZ\u2028'], 'é{Z': {'null': ',\x08\n\x7f€€'}, '\U0010ffff\t\\\uffff': True}, '\u2028:b': [True]}
# 185 [('allow_nan', True), ('ensure_ascii', False), ('indent', '\t'), ('sort_keys', True)] ok 'true'
#   back ok True
# 186 [('ensure_ascii', True), ('skipkeys', True)] ok 'false'
#   back ok False
# 187 [('allow_nan', False), ('separators', (',', ':')), ('sort_keys', True)] ok 'true'
#   back ok True
# 188 [('allow_nan', True), ('skipkeys', True)] ok '-1.5'
#   back ok -1.5
# 189 [('allow_nan', False), ('indent', '--')] ok '"\\t\\u001fb[0\\""'
#   back ok '\t\x1fb[0"'
# 190 [('allow_nan', True), ('ensure_ascii', False), ('sort_keys', True)] ok '{"/,\U0010ffff/\\n{": true}'
#   back ok {'/,\U0010ffff/\n{': True}
# 191 [('ensure_ascii', False)] ok 'false'
#   back ok False
# 192 [('indent', '--')] ok '395'
#   back ok 395
# 193 [] ok '[[[[1e-07, null, null]], false, false], {"Za": true, "\\\\\\u001fb\\r": [], "-4.912789573476062e-27": {"\\u0080,\\uffff\\u007f\\rb": 123456789.125, "\\t": "[/aa\\u00e9\\u00e9"}, "a": {"\\uffff\\f": " \\u0000\\u007f\\uffffa", "null": {",\\u001f\\r\\b\\n": false, "\\t\\u0000\\f,\\u20ac": 0.0019455547259519858, "\\t\\u00000\\u20ac[ ": false, "\\u00e9\\b\\u007f": null}}}]'
#   back ok [[[[1e-07, None, None]], False, False], {'Za': True, '\\\x1fb\r': [], '-4.912789573476062e-27': {'\x80,\uffff\x7f\rb': 123456789.125, '\t': '[/aaéé'}, 'a': {'\uffff\x0c': ' \x00\x7f\uffffa', 'null': {',\x1f\r\x08\n': False, '\t\x00\x0c,€': 0.0019455547259519858, '\t\x000€[ ': False, 'é\x08\x7f': None}}}]
# 194 [('allow_nan', True), ('indent', '\t'), ('separators', (',', ':'))] ok 'null'
#   back ok None
# 195 [('indent', '--'), ('skipkeys', False)] ok 'null'
#   back ok None
# 196 [('ensure_ascii', False), ('separators', (' ,', ' : '))] ok '[[] ,-1.5 ,"b" ,{"null" : null ,"8.334284799822189e-15" : {"\uffff" : [true ,true] ,"null" : true ,"é\\b" : [-Infinity ,null ,",\U0010ffff"] ,"é" : ["a€{Z" ,true ,"\\":\\u0000" ,"\\t"]} ,"5e-324" : [[]]}]'
#   back ok [[], -1.5, 'b', {'null': None, '8.334284799822189e-15': {'\uffff': [True, True], 'null': True, 'é\x08': [-inf, None, ',\U0010ffff'], 'é': ['a€{Z', True, '":\x00', '\t']}, '5e-324': [[]]}]
# 197 [('check_circular', True), ('indent', '')] ok '18446744073709551616'
#   back ok 18446744073709551616
# 198 [('allow_nan', True), ('check_circular', True), ('indent', -1)] ok '[\n{\n"-128": "\\u0080\\t\\ud83d\\ude00Z00",\n"null": [\n[\nfalse\n],\n[\n"",\n"\\r\\f\\n"\n],\ntrue\n]\n},\n{\n"\\u0080 \\u001f": {\n"0": [\n9223372036854775807,\nnull\n]\n},\n"null": {},\n"bZ\\u0000\\t\\u00e9\\b": [\n{\n"": false\n},\n[\n-0.0,\n-166905699901232965556,\ntrue,\ntrue\n],\n[\nnull,\n"\\u2028 ",\nfalse,\n665986119549096490350\n],\n[\nfalse,\n"\\u2028,\\u20ac"\n]\n]\n},\n-927\n]'
#   back ok [{'-128': '\x80\t😀Z00', 'null': [[False], ['', '\r\x0c\n'], True]}, {'\x80 \x1f': {'0': [9223372036854775807, None]}, 'null': {}, 'bZ\x00\té\x08': [{'': False}, [-0.0, -166905699901232965556, True, True], [None, '\u2028 ', False, 665986119549096490350], [False, '\u2028,€']]}, -927]
# 199 [] ok '"\\udbff\\udfff\\b\\tbb{"'
#   back ok '\U0010ffff\x08\tbb{'
# 200 [('check_circular', True), ('ensure_ascii', False), ('skipkeys', False)] ok '[{"-0.0": [200317777724927779106, {"367": "\\n", "€": null, "a\\n\\f": "€\\f", " \U0010ffff": false}], "😀": {"\u2028\\u001f0/{{": {"false": -535, "": -1.5}, "true": "", "false": "\\t"}, "null": {}, "\\n": {"\\"€Z\\\\\\n": {"-951": -2.573796297523885e-19, "\\u0000é": "b"}, "false": true}}]'
#   back ok [{'-0.0': [200317777724927779106, {'367': '\n', '€': None, 'a\n\x0c': '€\x0c', ' \U0010ffff': False}], '😀': {'\u2028\x1f0/{{': {'false': -535, '': -1.5}, 'true': '', 'false': '\t'}, 'null': {}, '\n': {'"€Z\\\n': {'-951': -2.573796297523885e-19, '\x00é': 'b'}, 'false': True}}]
# 201 [] ok '"\\f:\\f\\u007f"'
#   back ok '\x0c:\x0c\x7f'
# 202 [('check_circular', True), ('ensure_ascii', False), ('indent', '--')] ok '[]'
#   back ok []
# 203 [('ensure_ascii', True), ('separators', (',', ':')), ('skipkeys', True)] ok '{"null":false,":":{"\\u001f\\ud83d\\ude00/":{"\\n\\uffffb\\f\\f\\"":[],"":{"\\t\\u0000":"","true":false},"\\u0000\\r\\"\\f":null},"":"\\udbff\\udfff/a","\\f\\r\\f0\\n\\u2028":{"-383":{"null":null,"\\u2028\\ra0":""},"true":-985210395185483623972}},"true":true}'
#   back ok {'null': False, ':': {'\x1f😀/': {'\n\uffffb\x0c\x0c"': [], '': {'\t\x00': '', 'true': False}, '\x00\r"\x0c': None}, '': '\U0010ffff/a', '\x0c\r\x0c0\n\u2028': {'-383': {'null': None, '\u2028\ra0': ''}, 'true': -985210395185483623972}}, 'true': True}
# 204 [('check_circular', False), ('separators', (' ,', ' : ')), ('skipkeys', True), ('sort_keys', True)] ok 'null'
#   back ok None
# 205 [('allow_nan', False)] ok '"0"'
#   back ok '0'
# 206 [('separators', (' ,', ' : '))] ok '381764417813990876147'
#   back ok 381764417813990876147
# 207 [('check_circular', True), ('indent', 0), ('separators', (',', ':'))] ok 'Infinity'
#   back ok inf
# 208 [('allow_nan', False), ('ensure_ascii', True), ('skipkeys', True)] ok 'true'
#   back ok True
# 209 [('allow_nan', False), ('indent', '\t'), ('separators', (',', ':')), ('skipkeys', False)] ValueError: Out of range float values are not JSON compliant: nan @None
# 210 [('ensure_ascii', True), ('indent', ''), ('skipkeys', True), ('sort_keys', True)] ok 'false'
#   back ok False
# 211 [] ok '[-567, "[Z b ", null]'
#   back ok [-567, '[Z b ', None]
# 212 [('check_circular', False), ('ensure_ascii', True), ('skipkeys', True)] ok '46'
#   back ok 46
# 213 [('indent', 2)] ok 'false'
#   back ok False
# 214 [('indent', 1), ('separators', (', ', ': ')), ('sort_keys', True)] ok '[]'
#   back ok []
# 215 [('separators', (',', ':')), ('skipkeys', True), ('sort_keys', True)] ok '[null,true]'
#   back ok [None, True]
# 216 [('sort_keys', True)] ok '{}'
#   back ok {}
# 217 [('indent', 0), ('sort_keys', True)] ok '"\\u00e9\\u001f\\udbff\\udfff\\uffff\\t\\u2028"'
#   back ok 'é\x1f\U0010ffff\uffff\t\u2028'
# 218 [('check_circular', False), ('ensure_ascii', True), ('indent', -1), ('separators', (', ', ': ')), ('sort_keys', True)] TypeError: '<' not supported
# 219 [('indent', 2)] ok '95.08111425976895'
#   back ok 95.08111425976895
# 220 [('ensure_ascii', True)] ok 'null'
#   back ok None
# 221 [('check_circular', True), ('separators', (',', ':')), ('skipkeys', False)] ok 'false'
#   back ok False
# 222 [('ensure_ascii', True), ('indent', '')] ok '{}'
#   back ok {}
# 223 [('indent', '\t'), ('separators', (' ,', ' : '))] ok 'false'
#   back ok False
# 224 [('indent', '\t'), ('separators', (',', ':'))] ok '{\n\t"\\u001f":true\n}'
#   back ok {'\x1f': True}
# 225 [('allow_nan', True), ('check_circular', True), ('ensure_ascii', False), ('indent', 1), ('separators', (', ', ': ')), ('sort_keys', True)] ok '[\n [\n  [\n   [\n    true, \n    ":\\t::", \n    -367985151664039729984, \n    null\n   ]\n  ]\n ], \n null, \n null, \n {}\n]'
#   back ok [[[[True, ':\t::', -367985151664039729984, None]]], None, None, {}]
# 226 [('ensure_ascii', False), ('sort_keys', True)] ok 'null'
#   back ok None
# 227 [('ensure_ascii', False), ('skipkeys', False)] ok '{"null": [[[], {"a\U0010ffff\\u0000\uffffé": 123456789.125}, null], [{"null": null}, false], {"false": true}], "Z😀€\u2028 ": {"€\\b\U0010ffff\\u001f€\\r": "b\\u001f/", "false": null, "4.699750482613072": [{"\\"[aZ\x7f\x7f": null}, ["", null, -612005191009358351581], 285736188593461144354]}, "{\\tZ": {"\u2028\x80\uffff\\u001f\x7f": {}}, "false": [false]}'
#   back ok {'null': [[[], {'a\U0010ffff\x00\uffffé': 123456789.125}, None], [{'null': None}, False], {'false': True}], 'Z😀€\u2028 ': {'€\x08\U0010ffff\x1f€\r': 'b\x1f/', 'false': None, '4.699750482613072': [{'"[aZ\x7f\x7f': None}, ['', None, -612005191009358351581], 285736188593461144354]}, '{\tZ': {'\u2028\x80\uffff\x1f\x7f': {}}, 'false': [False]}
# 228 [('allow_nan', False), ('check_circular', True), ('indent', -1), ('skipkeys', True)] ok '1e+22'
#   back ok 1e+22
# 229 [('skipkeys', True), ('sort_keys', True)] ok '{"": -325, ",\\u0000\\u007f\\u007f\\u0000\\n": -1.5, "\\ud83d\\ude00a\\f": 10000000000000000000000000000000000000000}'
#   back ok {'': -325, ',\x00\x7f\x7f\x00\n': -1.5, '😀a\x0c': 10000000000000000000000000000000000000000}
# 230 [('indent', '\t')] ok '[]'
#   back ok []
# 231 [('allow_nan', True), ('ensure_ascii', False)] ok '800826647932522292310'
#   back ok 800826647932522292310
# 232 [('check_circular', False), ('skipkeys', False)] ok '",\\\\\\u0080\\u001fZ\\udbff\\udfff"'
#   back ok ',\\\x80\x1fZ\U0010ffff'
# 233 [('check_circular', False), ('indent', '\t'), ('sort_keys', True)] ok 'false'
#   back ok False
# 234 [('allow_nan', True), ('skipkeys', True)] ok '{"false": {"true": {}, "": null, "false": true}}'
#   back ok {'false': {'true': {}, '': None, 'false': True}}
# 235 [('check_circular', True)] ok '{"-9223372036854775808": false, "b\\u001f\\"\\b\\u007f": null, ":\\f\\n \\udbff\\udfff,": ""}'
#   back ok {'-9223372036854775808': False, 'b\x1f"\x08\x7f': None, ':\x0c\n \U0010ffff,': ''}
# 236 [('check_circular', True), ('indent', 1), ('skipkeys', False), ('sort_keys', True)] TypeError: '<' not supported
# 237 [('check_circular', True)] ok '{"\\r\\b\\rZb\\u007f": true, "{[0\\"\\f\\\\": {"true": [{}, [], ["\\bZ\\rb0[", null, null]], "1.7976931348623157e+308": null}, "false": true, "a\\u0000": null}'
#   back ok {'\r\x08\rZb\x7f': True, '{[0"\x0c\\': {'true': [{}, [], ['\x08Z\rb0[', None, None]], '1.7976931348623157e+308': None}, 'false': True, 'a\x00': None}
# 238 [('allow_nan', True), ('indent', '\t')] ok '{\n\t"true": "",\n\t"501": {}\n}'
#   back ok {'true': '', '501': {}}
# 239 [('allow_nan', False), ('check_circular', False)] ok 'null'
#   back ok None
# 240 [('allow_nan', True), ('separators', (' ,', ' : '))] ok '{"\\udbff\\udfff\\u2028\\n\\bZ" : {"\\r/0a\\r\\uffff" : [{"[\\f" : "\\u0000\\u0080\\t{" ,"\\u001f\\f\\uffff\\u2028" : true ,"false" : 341} ,false ,0.0 ," 0\\u001f"] ,"\\u2028\\n\\ud83d\\ude00\\ud83d\\ude00" : true ,"9223372036854775807" : "\\"\\n\\u0000\\"b"} ,"null" : {"7.141263063705914e+17" : 1e-07 ,"/\\f\\"\\t" : {} ,"732" : {"\\u00e9" : {}} ,"\\r" : "\\udbff\\udfff"} ,"\\ud83d\\ude00\\r\\t/\\"\\u001f" : 111 ,"false" : {"-0.0" : null ,"" : {"false" : {"false" : -832} ,"\\ud83d\\ude00\\u2028\\u007f0" : false ,"1e+16" : [false ,null]} ,"4557945900.76509" : {}}}'
#   back ok {'\U0010ffff\u2028\n\x08Z': {'\r/0a\r\uffff': [{'[\x0c': '\x00\x80\t{', '\x1f\x0c\uffff\u2028': True, 'false': 341}, False, 0.0, ' 0\x1f'], '\u2028\n😀😀': True, '9223372036854775807': '"\n\x00"b'}, 'null': {'7.141263063705914e+17': 1e-07, '/\x0c"\t': {}, '732': {'é': {}}, '\r': '\U0010ffff'}, '😀\r\t/"\x1f': 111, 'false': {'-0.0': None, '': {'false': {'false': -832}, '😀\u2028\x7f0': False, '1e+16': [False, None]}, '4557945900.76509': {}}}
# 241 [('ensure_ascii', True), ('indent', '\t')] ok '{\n\t"true": {}\n}'
#   back ok {'true': {}}
# 242 [('check_circular', False), ('ensure_ascii', True)] ok '{"\\u0000\\u0000Z,\\u001f\\b": "", "\\u0000": {"\\u20ac": {"null": "Z\\uffffZ\\u0000\\u0080\\u0080", "1.7976931348623157e+308": {"\\\\\\u007f\\u007f\\ud83d\\ude00\\b": false, "false": -214, "b\\u0080b": null}, "": ["\\ud83d\\ude00,\\u00800\\u007f", -877, 18446744073709551616]}, "[\\u20280": "\\u20ac\\\\\\u2028\\b", "": null, "\\u00e9\\u20ac\\u007f,\\r": {"-530980762829302831984": 7.111853667000767e+25, "false": [false]}}}'
#   back ok {'\x00\x00Z,\x1f\x08': '', '\x00': {'€': {'null': 'Z\uffffZ\x00\x80\x80', '1.7976931348623157e+308': {'\\\x7f\x7f😀\x08': False, 'false': -214, 'b\x80b': None}, '': ['😀,\x800\x7f', -877, 18446744073709551616]}, '[\u20280': '€\\\u2028\x08', '': None, 'é€\x7f,\r': {'-530980762829302831984': 7.111853667000767e+25, 'false': [False]}}}
# 243 [('ensure_ascii', False), ('indent', '--'), ('separators', (', ', ': ')), ('skipkeys', True)] ok '{\n--"false": true, \n--"": false\n}'
#   back JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 244 [('check_circular', False), ('ensure_ascii', False), ('skipkeys', False)] ok '[]'
#   back ok []
# 245 [('ensure_ascii', False), ('skipkeys', True), ('sort_keys', True)] ok '{}'
#   back ok {}
# 246 [('check_circular', True), ('skipkeys', False)] ok '{"\\"/\\u0080{": false, "-789749388928161203165": true}'
#   back ok {'"/\x80{': False, '-789749388928161203165': True}
# 247 [('indent', 1), ('separators', (' ,', ' : ')), ('skipkeys', False)] ok '{\n ",\\t " : false ,\n "-2.4654862510336706e-20" : {\n  "\\t\\n\\udbff\\udfff\\u001f\\\\\\\\" : "  \\u20ac"\n } ,\n "\\\\\\udbff\\udfff\\u001f" : true\n}'
#   back ok {',\t ': False, '-2.4654862510336706e-20': {'\t\n\U0010ffff\x1f\\\\': '  €'}, '\\\U0010ffff\x1f': True}
# 248 [('check_circular', False), ('ensure_ascii', True), ('separators', (', ', ': '))] ok '2.3720750476797425'
#   back ok 2.3720750476797425
# 249 [('separators', (',', ':'))] ok '""'
#   back ok ''
# 250 [('allow_nan', True), ('skipkeys', True), ('sort_keys', True)] ok '680'
#   back ok 680
# 251 [('indent', -1), ('separators', (',', ':')), ('sort_keys', True)] ok 'true'
#   back ok True
# 252 [('ensure_ascii', True), ('skipkeys', False), ('sort_keys', True)] ok '{"[Z\\n\\ud83d\\ude00": false, "\\u007fZ\\u007f:{": 141}'
#   back ok {'[Z\n😀': False, '\x7fZ\x7f:{': 141}
# 253 [('indent', 0)] ok 'null'
#   back ok None
# 254 [('check_circular', True)] ok 'true'
#   back ok True
# 255 [('indent', '\t')] ok '{\n\t"\\uffffZ\\n\\b0\\t": Infinity,\n\t"a\\u20ac\\u00e9": 1.0,\n\t"\\f": false,\n\t"[\\u001f, \\u0080\\t": [\n\t\ttrue,\n\t\t"/\\u001f\\uffff"\n\t]\n}'
#   back ok {'\uffffZ\n\x080\t': inf, 'a€é': 1.0, '\x0c': False, '[\x1f, \x80\t': [True, '/\x1f\uffff']}
# 256 [('check_circular', False), ('ensure_ascii', False)] ok '[{"680": "\\f\\\\,["}, "\x7f"]'
#   back ok [{'680': '\x0c\\,['}, '\x7f']
# 257 [('check_circular', True), ('indent', -1)] ok '[\n833,\n-1033452155231300895608,\n"\\b[ Z:\\udbff\\udfff"\n]'
#   back ok [833, -1033452155231300895608, '\x08[ Z:\U0010ffff']
# 258 [('allow_nan', False), ('indent', '\t'), ('sort_keys', True)] ok 'null'
#   back ok None
# 259 [('allow_nan', False), ('indent', '--')] ok '[\n--{\n----"true": null\n--}\n]'
#   back JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 260 [('allow_nan', False), ('check_circular', False), ('ensure_ascii', True)] ok '"[\\ud83d\\ude00{\\\\{/"'
#   back ok '[😀{\\{/'
# 261 [('ensure_ascii', False), ('indent', 0), ('skipkeys', True)] ok '[\n{\n"\uffff😀0\U0010ffff": [],\n"/Zab\\"é": {}\n},\n"\\"[\\n\\b",\n"\\"",\n[]\n]'
#   back ok [{'\uffff😀0\U0010ffff': [], '/Zab"é': {}}, '"[\n\x08', '"', []]
# 262 [('separators', (' ,', ' : ')), ('skipkeys', True)] ok '9.656401480878065e+29'
#   back ok 9.656401480878065e+29
# 263 [('ensure_ascii', False)] ok '[]'
#   back ok []
# 264 [('ensure_ascii', False), ('indent', 1), ('skipkeys', False)] ok '"\\u0000"'
#   back ok '\x00'
# 265 [('allow_nan', True), ('check_circular', False), ('indent', '--')] ok '""'
#   back ok ''
# 266 [('ensure_ascii', False), ('separators', (' ,', ' : ')), ('skipkeys', False), ('sort_keys', True)] ok '{}'
#   back ok {}
# 267 [('ensure_ascii', True), ('sort_keys', True)] ok '996642148732002113545'
#   back ok 996642148732002113545
# 268 [('allow_nan', True), ('ensure_ascii', True), ('separators', (' ,', ' : ')), ('sort_keys', True)] ok 'null'
#   back ok None
# 269 [('allow_nan', False), ('ensure_ascii', True), ('indent', '\t')] ok 'true'
#   back ok True
# 270 [('allow_nan', True), ('indent', '')] ok '[]'
#   back ok []
# 271 [('check_circular', False), ('ensure_ascii', False), ('separators', (' ,', ' : ')), ('skipkeys', True), ('sort_keys', True)] ok '{"\\n" : 7.333448569184287e-10 ,"€b,\\u0000" : {" [/ :\x7f" : [{"null" : ":\\néZ//"}] ,"\\"€\U0010ffff\x7f\u2028€" : [{} ,[false ,true ,Infinity] ,{"\\r" : ",\\t\\t\\n\x7f"} ,{"bb{€[" : false}]}}'
#   back ok {'\n': 7.333448569184287e-10, '€b,\x00': {' [/ :\x7f': [{'null': ':\néZ//'}], '"€\U0010ffff\x7f\u2028€': [{}, [False, True, inf], {'\r': ',\t\t\n\x7f'}, {'bb{€[': False}]}}
# 272 [('check_circular', True), ('indent', 2), ('sort_keys', True)] ok '""'
#   back ok ''
# 273 [('allow_nan', True), ('check_circular', True)] ok '{"true": {"-1.962927274004045e-14": []}}'
#   back ok {'true': {'-1.962927274004045e-14': []}}
# 274 [('indent', 2), ('skipkeys', False)] ok '{\n  "/\\u00e9\\b0\\udbff\\udfff\\u0000": {},\n  "\\b\\u00e9": [\n    {\n      "/": -0.0\n    },\n    [\n      {\n        "-961": null,\n        "false": false,\n        "[:{Z": null\n      },\n      "\\u2028",\n      "\\f0\\u20280\\udbff\\udfff\\u007f",\n      52\n    ]\n  ]\n}'
#   back ok {'/é\x080\U0010ffff\x00': {}, '\x08é': [{'/': -0.0}, [{'-961': None, 'false': False, '[:{Z': None}, '\u2028', '\x0c0\u20280\U0010ffff\x7f', 52]]}
# 275 [('ensure_ascii', False), ('indent', 2)] ok '[\n  10000000000000000000000000000000000000000\n]'
#   back ok [10000000000000000000000000000000000000000]
# 276 [('check_circular', True), ('separators', (',', ':')), ('sort_keys', True)] ok '[-730100739282282708485]'
#   back ok [-730100739282282708485]
# 277 [('check_circular', False), ('indent', -1), ('separators', (',', ':'))] ok '[\n{\n"18446744073709551616":{\n"2.2250738585072014e-308":{\n"\\u20ac \\udbff\\udfff\\udbff\\udfff":false,\n"null":true\n}\n},\n"false":" \\u2028, ",\n" \\u0080\\uffff\\\\\\u007f\\b":[\n"",\n{\n" \\u20ac\\"\\t":null\n},\n[\ntrue,\nfalse,\nnull,\ntrue\n],\n[\nnull,\n"\\u007f\\ud83d\\ude00"\n]\n],\n"/\\n\\ud83d\\ude00\\\\\\\\":-884\n},\n[\nnull,\n[]\n]\n]'
#   back ok [{'18446744073709551616': {'2.2250738585072014e-308': {'€ \U0010ffff\U0010ffff': False, 'null': True}}, 'false': ' \u2028, ', ' \x80\uffff\\\x7f\x08': ['', {' €"\t': None}, [True, False, None, True], [None, '\x7f😀']], '/\n😀\\\\': -884}, [None, []]]
# 278 [('allow_nan', False), ('ensure_ascii', False), ('indent', 2), ('separators', (',', ':')), ('sort_keys', True)] ok 'null'
#   back ok None
# 279 [] ok '{"a\\udbff\\udfffb\\t\\u2028": {}, "\\u001f,\\u00e9,\\udbff\\udfff[": true}'
#   back ok {'a\U0010ffffb\t\u2028': {}, '\x1f,é,\U0010ffff[': True}
# 280 [('ensure_ascii', False), ('indent', 0), ('sort_keys', True)] TypeError: '<' not supported
# 281 [('check_circular', False), ('indent', 1)] ok '{\n "-1.4744054009637542e-15": {\n  "10000000000000000000000000000000000000000": {\n   "\\b\\u0000\\u0080": "\\u0080{:",\n   "null": true,\n   "\\u007f": [\n    false\n   ],\n   "1e+16": false\n  },\n  "\\r,b\\u007f\\f": true,\n  "-165": null\n },\n "\\r\\u20ac\\u0080": {},\n "": "{\\u20ac\\uffff\\r\\f\\f"\n}'
#   back ok {'-1.4744054009637542e-15': {'10000000000000000000000000000000000000000': {'\x08\x00\x80': '\x80{:', 'null': True, '\x7f': [False], '1e+16': False}, '\r,b\x7f\x0c': True, '-165': None}, '\r€\x80': {}, '': '{€\uffff\r\x0c\x0c'}
# 282 [('allow_nan', False), ('check_circular', False), ('indent', '--')] ok '{\n--"false": []\n}'
#   back JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 283 [('allow_nan', True), ('sort_keys', True)] ok '[[{":\\f": [-612, "\\u0080\\b\\u001f\\n", true, "Z\\"\\t\\r"]}, true], [[true, "a \\uffff\\u20ac0\\b"], [null], {"-6.609550259503547e+23": "a[\\ud83d\\ude000\\n\\u20ac", "107": [false, -183, ",:,\\u001f", " 0b\\udbff\\udfff"]}, null], {}, false]'
#   back ok [[{':\x0c': [-612, '\x80\x08\x1f\n', True, 'Z"\t\r']}, True], [[True, 'a \uffff€0\x08'], [None], {'-6.609550259503547e+23': 'a[😀0\n€', '107': [False, -183, ',:,\x1f', ' 0b\U0010ffff']}, None], {}, False]
# 284 [('ensure_ascii', True), ('separators', (' ,', ' : '))] ok '{}'
#   back ok {}
# 285 [] ok '{"": -5.958300343596112e+21, "\\u0000": "0,", "\\uffff\\ta[": true, "-874": null}'
#   back ok {'': -5.958300343596112e+21, '\x00': '0,', '\uffff\ta[': True, '-874': None}
# 286 [('ensure_ascii', True), ('skipkeys', True), ('sort_keys', True)] ok '"\\udbff\\udfff"'
#   back ok '\U0010ffff'
# 287 [('allow_nan', False), ('check_circular', False), ('indent', '--'), ('separators', (' ,', ' : ')), ('skipkeys', True), ('sort_keys', True)] ok '"\\u20ac0:\\u001f"'
#   back ok '€0:\x1f'
# 288 [('check_circular', False), ('ensure_ascii', True), ('indent', 2)] ok '{\n  "\\n": {}\n}'
#   back ok {'\n': {}}
# 289 [('ensure_ascii', False), ('indent', 2)] ok '[]'
#   back ok []
# 290 [] ok '[{}, [true, "\\u0000", false, {"\\u001fb\\ud83d\\ude00[\\u007f": ["\\u0000\\u2028a\\u00e90\\b"], "true": [1.4681526868555972e-19, "", "\\",{"], "\\b\\t\\\\\\uffff": {}, "null": {"": 1.7976931348623157e+308, "\\t\\u00e9\\u0080\\n\\f\\u0080": null}}]]'
#   back ok [{}, [True, '\x00', False, {'\x1fb😀[\x7f': ['\x00\u2028aé0\x08'], 'true': [1.4681526868555972e-19, '', '",{'], '\x08\t\\\uffff': {}, 'null': {'': 1.7976931348623157e+308, '\té\x80\n\x0c\x80': None}}]]
# 291 [('allow_nan', False), ('indent', 0)] ok '[\n[\n{\n"-728": true\n}\n],\n"\\n:a",\nfalse\n]'
#   back ok [[{'-728': True}], '\n:a', False]
# 292 [('allow_nan', False), ('separators', (' ,', ' : ')), ('skipkeys', True), ('sort_keys', True)] TypeError: '<' not supported
# 293 [('allow_nan', True), ('separators', (' ,', ' : ')), ('skipkeys', False), ('sort_keys', True)] ok '{"[,{" : [{"" : [null ,null ,false ,-172] ,"\\n\\uffff{" : "\\u001fb,"} ,[null] ,[null ,true ,"\\r" ,[]]]}'
#   back ok {'[,{': [{'': [None, None, False, -172], '\n\uffff{': '\x1fb,'}, [None], [None, True, '\r', []]]}
# 294 [('indent', '--')] ok '[\n--true,\n--{\n----"": -3.339681995844244e-24,\n----"\\"\\"\\u2028": [\n------1.7976931348623157e+308\n----],\n----"null": {\n------"true": [\n--------true\n------]\n----}\n--},\n--",\\u0000/",\n---712\n]'
#   back JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 295 [('check_circular', True)] ok '""'
#   back ok ''
# 296 [('check_circular', False), ('sort_keys', True)] ok '["\\\\b{", "\\u0080\\f\\u0080\\u0000:", [{"": [null]}, "\\fb\\u2028\\uffff", []], true]'
#   back ok ['\\b{', '\x80\x0c\x80\x00:', [{'': [None]}, '\x0cb\u2028\uffff', []], True]
# 297 [('indent', 0), ('skipkeys', True), ('sort_keys', True)] ok '{\n"\\u2028[: Z": null\n}'
#   back ok {'\u2028[: Z': None}
# 298 [('ensure_ascii', False), ('indent', '\t')] ok '{\n\t"0.1": [\n\t\t[\n\t\t\t{\n\t\t\t\t"\\"/": "{"\n\t\t\t}\n\t\t]\n\t],\n\t"": []\n}'
#   back ok {'0.1': [[{'"/': '{'}]], '': []}
# 299 [('allow_nan', False), ('check_circular', True)] ok '[[{}, 1.0765288191150434e-09, "\\u0000\\u0000a[\\u2028", {"Z\\r\\t{\\u2028b": null, "\\"": null, "\\uffff\\\\\\u0000": {"1168050463532786771498": 947, "-3.1796412639843187e-09": -1.6483202712378952e-20, "a\\t\\u0000": null, "0": "\\u0080:\\u007f0\\u20ac"}, "null": {"\\uffff\\udbff\\udfff\\n\\t\\u20acb": "\\udbff\\udfff", "null": true, "0.1": true}}], "\\"a"]'
#   back ok [[{}, 1.0765288191150434e-09, '\x00\x00a[\u2028', {'Z\r\t{\u2028b': None, '"': None, '\uffff\\\x00': {'1168050463532786771498': 947, '-3.1796412639843187e-09': -1.6483202712378952e-20, 'a\t\x00': None, '0': '\x80:\x7f0€'}, 'null': {'\uffff\U0010ffff\n\t€b': '\U0010ffff', 'null': True, '0.1': True}}], '"a']
# 0 0 34 ok [None, {'\\ab,': None, '\x80\\\x00\u2028': None, 'true': None, 'false': '\u2028,\x1f\u2028\u2028/'}, []]
# 1 2 90 JSONDecodeError: Expecting value: line 1 column 91 (char 90) @90
# 2 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 3 1 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 4 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 5 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 6 1 7 JSONDecodeError: Invalid \uXXXX escape: line 1 column 4 (char 3) @3
# 7 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 8 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 9 1 2 JSONDecodeError: Invalid \escape: line 1 column 2 (char 1) @1
# 10 1 1 ok 'e'
# 11 2 0 ok []
# 12 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 13 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 14 1 23 JSONDecodeError: Expecting value: line 3 column 9 (char 23) @23
# 15 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 16 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 17 2 17 JSONDecodeError: Extra data: line 1 column 18 (char 17) @17
# 18 2 5 JSONDecodeError: Expecting ',' delimiter: line 1 column 7 (char 6) @6
# 19 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 20 1 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 21 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 22 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 23 0 14 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 24 2 1 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 25 1 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 26 2 5 JSONDecodeError: Invalid \escape: line 1 column 7 (char 6) @6
# 27 2 1 ok ':'
# 28 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 29 2 1 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 30 0 2 ok {'rZ': True}
# 31 0 6 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 32 0 17 JSONDecodeError: Invalid \uXXXX escape: line 1 column 16 (char 15) @15
# 33 0 10 JSONDecodeError: Invalid \uXXXX escape: line 1 column 9 (char 8) @8
# 34 2 21 JSONDecodeError: Expecting ',' delimiter: line 1 column 22 (char 21) @21
# 35 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 36 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 37 1 3 JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2) @2
# 38 2 4 JSONDecodeError: Invalid control character at: line 1 column 5 (char 4) @4
# 39 1 5 JSONDecodeError: Extra data: line 1 column 6 (char 5) @5
# 40 0 25 ok [[{'-728': True}], 'n:a', False]
# 41 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 42 0 9 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 43 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 44 1 6 ok [-6.0203236357888285e-30, -1.5]
# 45 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 46 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 47 0 0 ok 14
# 48 1 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 49 0 10 ok '[\x80\nu007f'
# 50 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 51 1 0 JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3) @3
# 52 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 53 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 54 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 55 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 56 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 57 1 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 58 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 59 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 60 2 40 JSONDecodeError: Expecting ',' delimiter: line 6 column 2 (char 41) @41
# 61 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 62 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 63 2 32 JSONDecodeError: Expecting ':' delimiter: line 1 column 37 (char 36) @36
# 64 2 17 ok {'true': '', 'x01': {}}
# 65 1 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 66 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 67 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 68 0 7 JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2) @2
# 69 1 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 70 2 32 ok [[{}, [[1e+22, -961], {}, {'5e-3t4': True, '\u2028\x08\x7fé"\x0c': True, ':{"€': '\t\t'}, False], [], -1.5]]
# 71 0 5 ok [[{'-728': True}], '\n:a', False]
# 72 1 5 JSONDecodeError: Extra data: line 1 column 6 (char 5) @5
# 73 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 74 0 57 JSONDecodeError: Expecting ',' delimiter: line 10 column 1 (char 57) @57
# 75 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 76 0 5 JSONDecodeError: Expecting ',' delimiter: line 1 column 7 (char 6) @6
# 77 2 12 JSONDecodeError: Expecting value: line 1 column 10 (char 9) @9
# 78 0 73 JSONDecodeError: Expecting value: line 1 column 73 (char 72) @72
# 79 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 80 0 2 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 81 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 82 1 7 JSONDecodeError: Invalid \uXXXX escape: line 1 column 4 (char 3) @3
# 83 2 13 JSONDecodeError: Expecting ',' delimiter: line 1 column 14 (char 13) @13
# 84 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 85 1 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 86 2 79 JSONDecodeError: Expecting ',' delimiter: line 1 column 80 (char 79) @79
# 87 2 8 ok [1000.0]
# 88 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 89 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 90 2 72 JSONDecodeError: Expecting value: line 1 column 70 (char 69) @69
# 91 1 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 92 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 93 1 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 94 1 5 ok [{'68E0': '\x0c\\,['}, '\x7f']
# 95 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 96 1 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 97 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 98 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 99 1 20 JSONDecodeError: Expecting value: line 5 column 3 (char 20) @20
# 100 1 39 ok {'"/\x80{': False, '-789749388928161-203165': True}
# 101 1 8 ok {'/,\U0010ffff/\n,{': True}
# 102 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 103 0 12 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 104 1 1 JSONDecodeError: Unterminated string starting at: line 1 column 2 (char 1) @1
# 105 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 106 2 4 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 107 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 108 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 109 1 11 JSONDecodeError: Extra data: line 1 column 12 (char 11) @11
# 110 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 111 0 3 JSONDecodeError: Invalid \escape: line 1 column 4 (char 3) @3
# 112 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 113 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 114 0 1 ok 9.656401480878064e+44
# 115 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 116 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 117 1 0 ok {}
# 118 2 3 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 119 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 120 2 2 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 121 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 122 0 8 ok [1.0, -27]
# 123 0 22 JSONDecodeError: Expecting ':' delimiter: line 1 column 31 (char 30) @30
# 124 0 3 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 125 0 9 ok 9.82351416880618e-17
# 126 1 10 ok [-567, '[Zn b ', None]
# 127 0 8 ok [-567, 'Z b ', None]
# 128 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 129 1 1 JSONDecodeError: Invalid control character at: line 1 column 2 (char 1) @1
# 130 1 62 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 131 1 16 JSONDecodeError: Extra data: line 1 column 17 (char 16) @16
# 132 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 133 0 84 JSONDecodeError: Expecting ':' delimiter: line 1 column 86 (char 85) @85
# 134 1 20 JSONDecodeError: Expecting ',' delimiter: line 1 column 21 (char 20) @20
# 135 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 136 1 11 JSONDecodeError: Extra data: line 1 column 12 (char 11) @11
# 137 2 3 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 138 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 139 0 3 ok '\uffff\\n\x80'
# 140 2 18 JSONDecodeError: Expecting ',' delimiter: line 3 column 2 (char 17) @17
# 141 0 25 ok [[{}, [[1e+22, -961], {}, {'5e-324': True, '\u2028\x08\x7fé"\x0c': True, ':{"€': '\t\t'}, False], [], -1.5]]
# 142 0 0 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 143 1 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 144 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 145 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 146 2 45 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 147 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 148 0 13 JSONDecodeError: Invalid control character at: line 2 column 18 (char 19) @19
# 149 2 9 JSONDecodeError: Invalid \escape: line 1 column 9 (char 8) @8
# 150 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 151 2 16 JSONDecodeError: Extra data: line 2 column 1 (char 17) @17
# 152 0 23 JSONDecodeError: Expecting ',' delimiter: line 1 column 24 (char 23) @23
# 153 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 154 1 8 ok [{}, '\ue2028']
# 155 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 156 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 157 1 18 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 158 1 74 JSONDecodeError: Expecting ',' delimiter: line 1 column 75 (char 74) @74
# 159 0 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 160 1 8 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 161 0 44 JSONDecodeError: Expecting ',' delimiter: line 1 column 49 (char 48) @48
# 162 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 163 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 164 2 19 JSONDecodeError: Expecting ',' delimiter: line 1 column 20 (char 19) @19
# 165 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 166 1 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 167 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 168 0 6 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 169 1 1 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 170 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 171 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 172 2 5 JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5) @5
# 173 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 174 1 4 JSONDecodeError: Extra data: line 1 column 5 (char 4) @4
# 175 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 176 0 28 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 177 0 2 ok '[\x0c'
# 178 0 87 JSONDecodeError: Invalid \uXXXX escape: line 1 column 84 (char 83) @83
# 179 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 180 1 9 JSONDecodeError: Extra data: line 1 column 10 (char 9) @9
# 181 1 5 JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5) @5
# 182 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 183 0 11 ok 2.372075047797425
# 184 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 185 1 33 ok [[{}, [[1e+22, -961], {}, {'5e-32:4': True, '\u2028\x08\x7fé"\x0c': True, ':{"€': '\t\t'}, False], [], -1.5]]
# 186 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 187 0 3 ok {'nll': True}
# 188 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 189 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 190 1 2 ok ',:'
# 191 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 192 0 1 ok 72
# 193 1 6 JSONDecodeError: Expecting ':' delimiter: line 1 column 7 (char 6) @6
# 194 0 9 ok 99664214832002113545
# 195 2 1 JSONDecodeError: Expecting ',' delimiter: line 1 column 3 (char 2) @2
# 196 1 1 ok []
# 197 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 198 1 97 JSONDecodeError: Expecting ',' delimiter: line 1 column 98 (char 97) @97
# 199 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 200 2 3 ok {'Eu20ac"': {'Z\\': False}, '\\': [None], '904': [False, False, '{\x7f,'], 'null': '\x08'}
# 201 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 202 1 2 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 203 2 0 ok [True]
# 204 1 5 JSONDecodeError: Invalid \escape: line 1 column 6 (char 5) @5
# 205 2 0 ok None
# 206 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 3 (char 2) @2
# 207 1 0 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 208 2 15 ok {'true': {'\uffef{a\x0c\x7f\x0c': None}}
# 209 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 210 1 3 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 211 1 4 ok '\r I\n'
# 212 2 80 JSONDecodeError: Expecting ':' delimiter: line 1 column 83 (char 82) @82
# 213 1 11 ok [{'-0.\x01006778795926392232': False}]
# 214 0 2 JSONDecodeError: Invalid \escape: line 1 column 2 (char 1) @1
# 215 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 216 2 7 ok '{😀\t\\,Z'
# 217 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 218 2 20 ok {'-80418445666305.6 ': [775, {}, {'\x0c': {'\uffff[\\\t': '\x08\x7f0\t '}}, False]}
# 219 2 13 JSONDecodeError: Expecting value: line 1 column 14 (char 13) @13
# 220 1 5 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 221 2 3 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 222 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 223 1 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 224 2 17 JSONDecodeError: Expecting ',' delimiter: line 4 column 4 (char 19) @19
# 225 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 226 0 3 ok 100.0
# 227 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 228 1 5 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 229 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 230 1 2 ok ':I"\tb\u2028'
# 231 2 17 JSONDecodeError: Unterminated string starting at: line 1 column 2 (char 1) @1
# 232 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 3 (char 2) @2
# 233 2 11 ok 95.08111425076895
# 234 0 8 ok '[\x80n\x7f'
# 235 1 2 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 236 1 2 JSONDecodeError: Extra data: line 2 column 1 (char 3) @3
# 237 0 107 ok [-882, {'Z\\\x0c': 27, 'true': 993, 'false': 18446744073709551616, '"': 188}, [[None], None, 7.131876330207975e-22, {'\x00': None, 'true': False}], '"Z\x0c']
# 238 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 239 1 71 JSONDecodeError: Expecting ',' delimiter: line 1 column 72 (char 71) @71
# 240 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 241 2 3 JSONDecodeError: Invalid control character at: line 1 column 4 (char 3) @3
# 242 2 1 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 243 2 21 ok -443777280143264955590
# 244 2 66 JSONDecodeError: Expecting ',' delimiter: line 1 column 67 (char 66) @66
# 245 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 246 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 247 0 7 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 248 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 249 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 250 2 3 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 251 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 252 2 9 JSONDecodeError: Expecting value: line 2 column 11 (char 12) @12
# 253 1 3 ok '"x\\\uffff'
# 254 2 15 JSONDecodeError: Expecting value: line 1 column 14 (char 13) @13
# 255 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 256 0 7 ok -56.9884078795484
# 257 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 258 2 6 JSONDecodeError: Invalid \escape: line 1 column 6 (char 5) @5
# 259 1 0 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 260 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 261 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 262 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 263 1 3 JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3) @3
# 264 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 265 1 3 JSONDecodeError: Extra data: line 1 column 5 (char 4) @4
# 266 2 6 JSONDecodeError: Invalid \escape: line 1 column 6 (char 5) @5
# 267 0 14 JSONDecodeError: Expecting ',' delimiter: line 8 column 2 (char 45) @45
# 268 2 6 JSONDecodeError: Extra data: line 1 column 7 (char 6) @6
# 269 2 5 JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5) @5
# 270 1 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 271 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 272 2 1 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 273 2 17 JSONDecodeError: Expecting ':' delimiter: line 1 column 18 (char 17) @17
# 274 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 275 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 276 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 277 0 0 ok 6
# 278 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 279 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 280 2 1 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 281 2 25 JSONDecodeError: Expecting value: line 1 column 26 (char 25) @25
# 282 2 33 JSONDecodeError: Invalid control character at: line 5 column 8 (char 39) @39
# 283 2 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 284 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 285 0 31 JSONDecodeError: Unterminated string starting at: line 1 column 14 (char 13) @13
# 286 0 4 ok 9.82514186880618e-17
# 287 0 3 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 288 0 42 JSONDecodeError: Expecting value: line 1 column 41 (char 40) @40
# 289 0 0 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 290 1 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 291 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 292 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 293 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 294 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 295 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 296 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 297 2 25 ok {'true': {'-1.96292727400n045e-14': []}}
# 298 1 2 JSONDecodeError: Invalid control character at: line 1 column 3 (char 2) @2
# 299 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 3 (char 2) @2
# 300 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 301 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 302 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 303 2 14 JSONDecodeError: Expecting ',' delimiter: line 1 column 15 (char 14) @14
# 304 2 43 JSONDecodeError: Expecting ',' delimiter: line 5 column 6 (char 43) @43
# 305 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 306 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 307 1 4 JSONDecodeError: Extra data: line 1 column 5 (char 4) @4
# 308 1 18 ok [False, False, '\uffeff\x1f0:,\n']
# 309 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 310 1 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 311 2 4 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 312 1 5 JSONDecodeError: Extra data: line 1 column 6 (char 5) @5
# 313 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 314 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 315 2 18 ok 381764417813990876047
# 316 0 11 ok 9.65640148078065e+29
# 317 0 13 ok [[[[True, ':\t::', -367985151664039729984, None]]], None, None, {}]
# 318 1 1 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 319 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 320 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 321 0 18 ok [-6.02323635788828e-30, -1.5]
# 322 2 14 JSONDecodeError: Expecting property name enclosed in double quotes: line 3 column 3 (char 14) @14
# 323 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 324 2 241 ok [{'-0.0': [200317777724927779106, {'367': '\n', '€': None, 'a\n\x0c': '€\x0c', ' \U0010ffff': False}], '😀': {'\u2028\x1f0/{{': {'false': -535, '': -1.5}, 'true': '', 'false': '\t'}, 'null': {}, '\n': {'"€Z\\\n': {'-951': -2.573796297523885e-19, '\x00é': 'b'}, 'false': True}}]
# 325 1 14 ok '\t\x1fb[0"x'
# 326 2 11 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 10 (char 11) @11
# 327 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 328 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 329 1 13 JSONDecodeError: Extra data: line 1 column 14 (char 13) @13
# 330 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 331 1 2 ok ',]'
# 332 1 37 JSONDecodeError: Expecting ',' delimiter: line 3 column 33 (char 37) @37
# 333 1 16 JSONDecodeError: Expecting ',' delimiter: line 1 column 18 (char 17) @17
# 334 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 335 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 336 1 15 JSONDecodeError: Expecting value: line 4 column 9 (char 14) @14
# 337 1 3 ok -1417
# 338 2 12 ok {'b\x80:{': -8.10771017690517e-23}
# 339 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 340 0 46 JSONDecodeError: Expecting ':' delimiter: line 1 column 66 (char 65) @65
# 341 1 3 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 342 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 343 2 1 JSONDecodeError: Unterminated string starting at: line 1 column 2 (char 1) @1
# 344 0 36 ok [True, [{}, [], 5e-324, ['\x80']], []]
# 345 1 7 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 346 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 347 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 348 0 5 ok {'nul': False}
# 349 0 20 ok -2422889918190803931
# 350 1 4 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 351 1 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 352 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 353 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 354 0 10 JSONDecodeError: Expecting value: line 1 column 8 (char 7) @7
# 355 2 24 JSONDecodeError: Expecting ',' delimiter: line 1 column 25 (char 24) @24
# 356 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 357 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 358 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 359 2 0 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 360 0 54 ok {'\uffffZ\n\x080\t': inf, 'a€é': 1.0, '\x0c': False, '[\x1f, \x80\t': [True, '/\x1f\uffff']}
# 361 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 362 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 363 0 19 JSONDecodeError: Invalid \uXXXX escape: line 1 column 16 (char 15) @15
# 364 0 26 JSONDecodeError: Invalid \escape: line 7 column 2 (char 25) @25
# 365 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 366 1 3 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 367 1 5 JSONDecodeError: Extra data: line 1 column 6 (char 5) @5
# 368 0 19 JSONDecodeError: Expecting value: line 2 column 15 (char 16) @16
# 369 1 1 ok 'N\x08 ,[bé'
# 370 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 371 0 82 ok {'-80418445666305.62': [775, {}, {'\x0c': {'\uffff[\\\t': '\x08\x7f0\t '}}, False]}
# 372 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 373 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 374 0 48 ok ['\\b{', '\x80\x0c\x80\x00:', [{'': [None]}, '\x0cb\u2028\uffff', []], True]
# 375 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 376 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 377 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 378 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 379 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 380 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 381 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 382 1 1 JSONDecodeError: Extra data: line 2 column 1 (char 2) @2
# 383 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 384 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 385 0 24 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 386 2 12 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 387 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 388 2 5 JSONDecodeError: Invalid control character at: line 1 column 6 (char 5) @5
# 389 1 14 JSONDecodeError: Invalid \uXXXX escape: line 1 column 11 (char 10) @10
# 390 2 0 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 391 0 13 JSONDecodeError: Invalid \uXXXX escape: line 1 column 9 (char 8) @8
# 392 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 393 2 3 JSONDecodeError: Invalid \escape: line 1 column 3 (char 2) @2
# 394 0 0 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 395 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 396 0 2 ok 91
# 397 0 0 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 398 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 399 1 5 JSONDecodeError: Extra data: line 1 column 6 (char 5) @5
# 400 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 401 1 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 402 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 403 0 12 JSONDecodeError: Invalid \uXXXX escape: line 1 column 9 (char 8) @8
# 404 0 43 JSONDecodeError: Expecting ':' delimiter: line 1 column 45 (char 44) @44
# 405 1 21 JSONDecodeError: Expecting value: line 1 column 22 (char 21) @21
# 406 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 407 0 1 ok 'a\x0c'
# 408 1 5 JSONDecodeError: Extra data: line 1 column 6 (char 5) @5
# 409 2 55 JSONDecodeError: Invalid \uXXXX escape: line 1 column 54 (char 53) @53
# 410 0 14 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 411 0 1 ok 50
# 412 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 413 1 5 JSONDecodeError: Expecting ',' delimiter: line 1 column 7 (char 6) @6
# 414 1 38 JSONDecodeError: Extra data: line 3 column 1 (char 40) @40
# 415 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 416 0 16 ok -6.482980505033e+18
# 417 0 4 ok 1.0
# 418 0 1 ok 80826647932522292310
# 419 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 420 2 11 JSONDecodeError: Extra data: line 1 column 12 (char 11) @11
# 421 1 2 ok '0['
# 422 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 423 2 15 JSONDecodeError: Expecting value: line 3 column 11 (char 15) @15
# 424 0 2 ok -59030341095083.0
# 425 1 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 426 1 3 ok ','
# 427 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 428 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 429 1 3 ok '\rI\rZ'
# 430 0 93 JSONDecodeError: Expecting value: line 12 column 2 (char 92) @92
# 431 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 432 0 96 ok {'\n': 7.333448569184287e-10, '€b,\x00': {' [/ :\x7f': [{'null': ':\néZ//'}], '"€\U0010ffff\x7f\u2028€': [{}, [False, True, inf], {'\r': ',\t\t\n\x7f'}, {'bb{€[': False}]}}
# 433 1 26 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 1 (char 2) @2
# 434 1 10 JSONDecodeError: Extra data: line 1 column 11 (char 10) @10
# 435 0 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 436 1 52 JSONDecodeError: Expecting value: line 1 column 53 (char 52) @52
# 437 2 50 JSONDecodeError: Expecting property name enclosed in double quotes: line 9 column 2 (char 50) @50
# 438 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 439 2 2 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 440 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 441 0 0 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 442 0 151 JSONDecodeError: Expecting property name enclosed in double quotes: line 16 column 4 (char 151) @151
# 443 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 444 2 0 JSONDecodeError: Unterminated string starting at: line 2 column 1 (char 1) @1
# 445 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 446 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 447 1 20 JSONDecodeError: Expecting ',' delimiter: line 2 column 19 (char 20) @20
# 448 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 449 0 1 ok 4
# 450 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 451 1 1 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 452 1 2 ok '0{'
# 453 0 2 ok -15
# 454 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 455 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 456 1 14 JSONDecodeError: Expecting value: line 4 column 1 (char 12) @12
# 457 1 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 458 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 459 0 1 ok 31764417813990876147
# 460 0 20 ok [True, [{}, [], 5e-34, ['\x80']], []]
# 461 0 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 462 1 12 ok -5.55031493018749e-24
# 463 1 37 JSONDecodeError: Expecting ',' delimiter: line 3 column 22 (char 37) @37
# 464 2 4 ok ' \r.'
# 465 1 32 JSONDecodeError: Expecting ',' delimiter: line 1 column 33 (char 32) @32
# 466 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 467 1 1 ok '+[\n[é é'
# 468 2 1 JSONDecodeError: Unterminated string starting at: line 1 column 2 (char 1) @1
# 469 2 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 470 0 15 JSONDecodeError: Invalid \uXXXX escape: line 1 column 13 (char 12) @12
# 471 0 1 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 472 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 473 2 21 JSONDecodeError: Expecting value: line 1 column 22 (char 21) @21
# 474 1 83 ok [[True, [{'Z ,': '', 'null': '\uffff\t\x80\x7f'}, 995527753513151193263, {'fals]e': 100}]], 'bZ[', None]
# 475 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 476 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 477 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 478 2 20 JSONDecodeError: Expecting value: line 1 column 21 (char 20) @20
# 479 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 480 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 481 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 482 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 483 2 114 JSONDecodeError: Expecting ',' delimiter: line 1 column 115 (char 114) @114
# 484 0 16 JSONDecodeError: Expecting value: line 1 column 17 (char 16) @16
# 485 2 93 JSONDecodeError: Expecting value: line 13 column 9 (char 93) @93
# 486 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 487 1 10 JSONDecodeError: Extra data: line 1 column 11 (char 10) @10
# 488 2 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 489 0 2 ok 39
# 490 2 5 JSONDecodeError: Expecting value: line 1 column 6 (char 5) @5
# 491 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 492 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 493 1 11 ok [None, True]
# 494 0 10 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 11 (char 10) @10
# 495 1 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 496 0 1 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 497 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 498 1 0 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 499 2 26 JSONDecodeError: Expecting value: line 1 column 24 (char 23) @23
# 500 2 6 JSONDecodeError: Extra data: line 1 column 7 (char 6) @6
# 501 2 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 502 2 0 ok {'false': {'true': {}, '': None, 'false': True}}
# 503 1 20 JSONDecodeError: Extra data: line 1 column 22 (char 21) @21
# 504 1 4 JSONDecodeError: Extra data: line 1 column 5 (char 4) @4
# 505 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 506 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 507 1 1 ok '.'
# 508 2 0 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 509 2 7 JSONDecodeError: Expecting ':' delimiter: line 1 column 13 (char 12) @12
# 510 2 16 JSONDecodeError: Extra data: line 1 column 17 (char 16) @16
# 511 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 512 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 513 1 3 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 514 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 515 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 516 2 20 JSONDecodeError: Unterminated string starting at: line 3 column 2 (char 16) @16
# 517 0 163 JSONDecodeError: Expecting ',' delimiter: line 1 column 262 (char 261) @261
# 518 1 4 JSONDecodeError: Extra data: line 1 column 5 (char 4) @4
# 519 2 15 ok {'\nZb': [[None], ['', ',', [False, False, '[\\'], -0.0], True, [[], True, '0']], '-0.0': {'': '\uffff"[', '😀0': {'': [True, nan, -109, '\x08\x80\u2028a\r'], '/': {'\x0c:"': False}}, 'true': '\x08b0😀\r', 'Z\x0c\n😀/\U0010ffff': {'null': True, '\uffffé\uffff\U0010ffff\U0010ffff\uffff': {'true': False, 'null': 1.0}, 'true': False}}}
# 520 1 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 521 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 522 1 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 523 2 11 JSONDecodeError: Expecting value: line 1 column 9 (char 8) @8
# 524 0 2 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 525 1 4 ok True
# 526 1 31 JSONDecodeError: Expecting ',' delimiter: line 2 column 30 (char 31) @31
# 527 1 2 ok '\\f:\x0c\x7f'
# 528 2 5 JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) @0
# 529 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 530 1 5 ok 2.22510738585072e-308
# 531 0 18 JSONDecodeError: Expecting value: line 2 column 16 (char 17) @17
# 532 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 533 2 15 JSONDecodeError: Extra data: line 1 column 16 (char 15) @15
# 534 2 2 JSONDecodeError: Extra data: line 1 column 2 (char 1) @1
# 535 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 536 2 26 JSONDecodeError: Invalid control character at: line 1 column 27 (char 26) @26
# 537 0 2 ok -17
# 538 2 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 539 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 540 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 541 2 13 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 15 (char 14) @14
# 542 0 4 JSONDecodeError: Expecting property name enclosed in double quotes: line 2 column 3 (char 4) @4
# 543 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 544 2 1 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 545 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 546 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 547 1 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 548 1 7 JSONDecodeError: Invalid \escape: line 1 column 8 (char 7) @7
# 549 0 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 550 0 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 551 2 34 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 552 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 553 2 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 554 0 12 ok {'\uffffZ\\b0\t': inf, 'a€é': 1.0, '\x0c': False, '[\x1f, \x80\t': [True, '/\x1f\uffff']}
# 555 1 12 JSONDecodeError: Extra data: line 1 column 13 (char 12) @12
# 556 0 18 JSONDecodeError: Extra data: line 1 column 19 (char 18) @18
# 557 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 558 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 559 1 8 ok '{😀\t\\ +Z'
# 560 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 561 2 72 JSONDecodeError: Expecting value: line 1 column 70 (char 69) @69
# 562 2 60 JSONDecodeError: Expecting value: line 1 column 60 (char 59) @59
# 563 0 0 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 564 0 29 ok ['\nZ/€', 6.48113216679302e-22]
# 565 0 1 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 566 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 567 2 2 JSONDecodeError: Extra data: line 1 column 3 (char 2) @2
# 568 1 106 JSONDecodeError: Invalid \uXXXX escape: line 7 column 6 (char 105) @105
# 569 1 5 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 570 1 118 JSONDecodeError: Invalid control character at: line 5 column 5 (char 118) @118
# 571 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 572 1 4 JSONDecodeError: Extra data: line 1 column 5 (char 4) @4
# 573 0 4 JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2) @2
# 574 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 575 0 2 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 576 2 2 JSONDecodeError: Expecting value: line 1 column 2 (char 1) @1
# 577 1 11 JSONDecodeError: Expecting value: line 1 column 12 (char 11) @11
# 578 1 19 ok 1.8446744073709552e+24
# 579 1 25 JSONDecodeError: Invalid \uXXXX escape: line 1 column 23 (char 22) @22
# 580 0 11 JSONDecodeError: Invalid \escape: line 1 column 13 (char 12) @12
# 581 2 1 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 582 2 1 JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @1
# 583 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 584 1 11 JSONDecodeError: Extra data: line 1 column 12 (char 11) @11
# 585 0 4 ok [[[[True, ':\t::', -367985151664039729984, None]]], None, None, {}]
# 586 0 4 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 587 0 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 588 2 16 JSONDecodeError: Expecting value: line 1 column 17 (char 16) @16
# 589 2 3 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 590 1 18 JSONDecodeError: Expecting ',' delimiter: line 5 column 1 (char 18) @18
# 591 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 592 0 25 JSONDecodeError: Expecting value: line 1 column 26 (char 25) @25
# 593 1 7 ok {'false.': {'true': {}, '': None, 'false': True}}
# 594 0 10 JSONDecodeError: Expecting ',' delimiter: line 1 column 11 (char 10) @10
# 595 1 3 JSONDecodeError: Extra data: line 1 column 4 (char 3) @3
# 596 0 14 JSONDecodeError: Expecting value: line 2 column 11 (char 12) @12
# 597 2 42 JSONDecodeError: Expecting value: line 2 column 1 (char 2) @2
# 598 1 0 JSONDecodeError: Expecting value: line 1 column 1 (char 0) @0
# 599 0 6 ok '\uffff"\n'
