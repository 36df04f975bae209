# A differential run of fnmatch: pseudo-random patterns (stars, '?',
# bracket expressions with ranges, negations, hyphens, backslashes and
# set-operation characters) and names (a fixed xorshift, so both
# interpreters see the same inputs). Each case prints translate()'s regular
# expression and which names fnmatchcase() and filter() accept, for str
# and bytes. tests/tools/fnmatch_diff.py runs the same program with other
# seeds and more cases.
import fnmatch

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


PATTERN = list('ab-!]^[*?\\&~|.z\n') + ['[!', '[a-c]', '[]', 'é', '**', '[z-a]', '[--0]']
NAME = list('abz-!]^[*?\\.\n&') + ['é', 'ab', '']

for case in range(COUNT):
    pat = ''.join(pick(PATTERN) for _ in range(rnd(10)))
    names = [''.join(pick(NAME) for _ in range(rnd(8))) for _ in range(6)]
    hits = ''.join('1' if fnmatch.fnmatchcase(n, pat) else '0' for n in names)
    print(case, repr(pat), fnmatch.translate(pat), hits)
    print('  ', fnmatch.filter(names, pat))
    bpat = pat.encode('latin-1', 'replace')
    bnames = [n.encode('latin-1', 'replace') for n in names]
    print('  ', fnmatch.filter(bnames, bpat) == [n.encode('latin-1', 'replace') for n in fnmatch.filter(names, pat)]
          or fnmatch.filter(bnames, bpat))
