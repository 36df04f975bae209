# A differential run of textwrap: pseudo-random texts (words, hyphenated
# words, em-dashes, tabs and other whitespace, long words, sentence ends,
# non-ASCII letters) wrapped at pseudo-random widths with pseudo-random
# options (a fixed xorshift, so both interpreters see the same inputs).
# Each case prints wrap()'s lines, the chunks of TextWrapper._split,
# shorten(), dedent() and indent(). tests/tools/textwrap_diff.py runs the
# same program with other seeds and more cases.
import textwrap

SEED = 0x9E3779B97F4A7C15
COUNT = 120

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


PIECES = ['a', 'bc', 'word', 'hyphen-ated', 'a-b', 'ab-cd', 'x-y-z', '--',
          '---', '-', 'e.g.', 'end.', 'end!', 'q?"', "it's", 'A.', ' ', '  ',
          '\t', '\n', '\r', '\x0b', 'verylongwordthatwontfit',
          'long-long-long-word', 'é', 'ß-x', '_', '1-2', 'a1-b2', 'ab--cd',
          '9', '"', 'x.--y', 'a-', '-b', 'Ωμέγα-λ', '\u2003', 'a,-b',
          'well-known', 'Mr.', 'so?']
OPTIONS = [('initial_indent', ['', '> ', '    ']),
           ('subsequent_indent', ['', '  ', '* ']),
           ('expand_tabs', [True, False]),
           ('replace_whitespace', [True, False]),
           ('fix_sentence_endings', [False, True]),
           ('break_long_words', [True, False]),
           ('drop_whitespace', [True, False]),
           ('break_on_hyphens', [True, False]),
           ('tabsize', [8, 4, 0, 1]),
           ('max_lines', [None, 1, 2, 3]),
           ('placeholder', [' [...]', '...', ' ~'])]
WIDTHS = [1, 2, 3, 5, 8, 10, 12, 15, 20, 30, 70]


def outcome(f):
    try:
        return f()
    except (ValueError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


for case in range(COUNT):
    words = [pick(PIECES) + pick(['', ' ']) for _ in range(rnd(14))]
    text = ''.join(words)
    kw = {}
    for name, values in OPTIONS:
        if rnd(10) < 4:
            kw[name] = pick(values)
    width = pick(WIDTHS)
    # CPython loops forever when an indent leaves no room on a line.
    width = max(width, len(kw.get('initial_indent', '')) + 1,
                len(kw.get('subsequent_indent', '')) + 1)
    short_kw = {k: v for k, v in kw.items() if k != 'max_lines'}
    print(case, repr(text), width, sorted(kw.items()))
    print('  wrap', outcome(lambda: textwrap.wrap(text, width, **kw)))
    print('  split', textwrap.TextWrapper(**kw)._split(text))
    print('  shorten', repr(outcome(lambda: textwrap.shorten(text, width, **short_kw))))
    print('  dedent', repr(textwrap.dedent(text)))
    print('  indent', repr(textwrap.indent(text, '+')),
          repr(textwrap.indent(text, '>', lambda line: len(line) % 2)))
