# A differential run of string: pseudo-random format strings through
# Formatter.parse and Formatter.format (fields, conversions, nested specs,
# attribute and index lookups, braces and every parse error) and
# pseudo-random templates through Template's substitute, safe_substitute,
# is_valid and get_identifiers (a fixed xorshift, so both interpreters see
# the same inputs). tests/tools/string_diff.py runs the same program with
# other seeds and more cases.
import string

SEED = 0x9E3779B97F4A7C15
COUNT = 300

M = (1 << 64) - 1
state = [SEED]


def rnd(n):
    x = state[0]
    x ^= (x << 13) & M
    x ^= x >> 7
    x ^= (x << 17) & M
    state[0] = x
    return x % n


def pick(seq):
    return seq[rnd(len(seq))]


class Item:
    x = 5

    def __getitem__(self, key):
        return key

    def __repr__(self):
        return 'Item'

    def __format__(self, spec):
        return 'Item' + spec


def outcome(f):
    try:
        return repr(f())
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


FORMAT = ['{', '}', 'a', '0', '1', ':', '!', 'r', '[', ']', '.', 'x', '{}',
          '{0}', '{a}', 's', '>', '3', '{x.x}', '{a[k]}', ' ']
TEMPLATE = ['$', '$$', '{', '}', 'a', 'B_', '1', ' ', '\n', '${', '$x',
            '${y}', 'é', '_', '$a1']
mapping = {'a': 1, 'x': 'X', 'y': 'Y', 'B_': 'b', 'aB_': 3, 'a1': [1]}
fmt = string.Formatter()
for case in range(COUNT):
    text = ''.join(pick(FORMAT) for _ in range(rnd(9)))
    print(case, repr(text), outcome(lambda: list(fmt.parse(text))),
          outcome(lambda: fmt.format(text, Item(), Item(), a=Item(), x=Item())))
    text = ''.join(pick(TEMPLATE) for _ in range(rnd(8)))
    t = string.Template(text)
    print('  ', repr(text), outcome(lambda: t.substitute(mapping)),
          outcome(lambda: t.safe_substitute(mapping)), t.is_valid(),
          t.get_identifiers())
