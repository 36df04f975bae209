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
