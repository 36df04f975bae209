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

# Output:
# 0 'long-long-long-word"   \r end. ' 15 [('expand_tabs', True), ('fix_sentence_endings', True), ('initial_indent', '> '), ('max_lines', None), ('placeholder', '...'), ('subsequent_indent', '* ')]
#   wrap ['> long-long-', '* long-word"', '* end.']
#   split ['long-', 'long-', 'long-', 'word"', '   \r ', 'end.', ' ']
#   shorten '> long-long-...'
#   dedent 'long-long-long-word"   \r end. '
#   indent '+long-long-long-word"   \r+ end. ' 'long-long-long-word"   \r end. '
# 1 '9 ß-x\x0bverylongwordthatwontfit -bend!---worda end.a,-b "é' 20 [('expand_tabs', True), ('fix_sentence_endings', True), ('replace_whitespace', True), ('tabsize', 4)]
#   wrap ['9 ß-x verylongwordth', 'atwontfit -bend!---', 'worda end.a,-b "é']
#   split ['9', ' ', 'ß-x', '\x0b', 'verylongwordthatwontfit', ' ', '-bend!', '---', 'worda', ' ', 'end.a,-b', ' ', '"é']
#   shorten '9 ß-x [...]'
#   dedent '9 ß-x\x0bverylongwordthatwontfit -bend!---worda end.a,-b "é'
#   indent '+9 ß-x\x0b+verylongwordthatwontfit -bend!---worda end.a,-b "é' '9 ß-x\x0bverylongwordthatwontfit -bend!---worda end.a,-b "é'
# 2 '__ 9end!a-b 1-2' 70 [('expand_tabs', True), ('fix_sentence_endings', False), ('replace_whitespace', True), ('tabsize', 1)]
#   wrap ['__ 9end!a-b 1-2']
#   split ['__', ' ', '9end!a-b', ' ', '1-2']
#   shorten '__ 9end!a-b 1-2'
#   dedent '__ 9end!a-b 1-2'
#   indent '+__ 9end!a-b 1-2' '>__ 9end!a-b 1-2'
# 3 "-\r well-known \r \rso? ab-cdß-x a-bit's---\t _" 5 [('break_on_hyphens', True), ('drop_whitespace', False), ('expand_tabs', False), ('placeholder', ' [...]'), ('replace_whitespace', False), ('subsequent_indent', '* ')]
#   wrap ['-\r ', '* wel', '* l-k', '* now', '* n \r', '*  \r', '* so?', '*  ', '* ab-', '* cdß', '* -x ', '* a-', '* bit', "* 's-", '* --', '* \t _']
#   split ['-', '\r ', 'well-', 'known', ' \r \r', 'so?', ' ', 'ab-', 'cdß-x', ' ', "a-bit's---", '\t ', '_']
#   shorten '[...]'
#   dedent "-\r well-known \r \rso? ab-cdß-x a-bit's---\t _"
#   indent "+-\r+ well-known \r \r+so? ab-cdß-x a-bit's---\t _" "-\r> well-known \r \rso? ab-cdß-x a-bit's---\t _"
# 4 'end! end! "1-2 ' 30 [('break_long_words', False)]
#   wrap ['end! end! "1-2']
#   split ['end!', ' ', 'end!', ' ', '"1-2', ' ']
#   shorten 'end! end! "1-2'
#   dedent 'end! end! "1-2 '
#   indent '+end! end! "1-2 ' '>end! end! "1-2 '
# 5 '1-2 \x0bso?A. bc\t a-a--b a----   - ' 8 [('break_long_words', False), ('break_on_hyphens', False), ('drop_whitespace', False), ('expand_tabs', True), ('initial_indent', ''), ('max_lines', 1), ('tabsize', 1)]
#   wrap ['[...]']
#   split ['1-2', ' \x0b', 'so?A.', ' ', 'bc', '\t ', 'a-a--b', ' ', 'a----', '   ', '-', ' ']
#   shorten '[...]'
#   dedent '1-2 \x0bso?A. bc\t a-a--b a----   - '
#   indent '+1-2 \x0b+so?A. bc\t a-a--b a----   - ' '>1-2 \x0b>so?A. bc\t a-a--b a----   - '
# 6 'it\'s ab--cd "' 20 [('expand_tabs', False), ('fix_sentence_endings', True), ('max_lines', None), ('subsequent_indent', '  '), ('tabsize', 1)]
#   wrap ['it\'s ab--cd "']
#   split ["it's", ' ', 'ab', '--', 'cd', ' ', '"']
#   shorten 'it\'s ab--cd "'
#   dedent 'it\'s ab--cd "'
#   indent '+it\'s ab--cd "' '>it\'s ab--cd "'
# 7 'Mr. --- so? \x0b ' 15 [('fix_sentence_endings', False), ('replace_whitespace', True), ('subsequent_indent', '  '), ('tabsize', 1)]
#   wrap ['Mr. --- so?']
#   split ['Mr.', ' ', '---', ' ', 'so?', ' \x0b ']
#   shorten 'Mr. --- so?'
#   dedent 'Mr. --- so? \x0b '
#   indent '+Mr. --- so? \x0b ' '>Mr. --- so? \x0b> '
# 8 '\x0b a,-b well-known wordso? ---' 20 [('break_long_words', True), ('break_on_hyphens', False), ('drop_whitespace', False), ('initial_indent', '> '), ('max_lines', None), ('placeholder', '...'), ('replace_whitespace', False), ('subsequent_indent', '* ')]
#   wrap ['> \x0b a,-b well-known ', '* wordso? ---']
#   split ['\x0b ', 'a,-b', ' ', 'well-known', ' ', 'wordso?', ' ', '---']
#   shorten '> a,-b well-known...'
#   dedent '\x0b a,-b well-known wordso? ---'
#   indent '\x0b+ a,-b well-known wordso? ---' '>\x0b a,-b well-known wordso? ---'
# 9 'ß-x \u2003 worde.g.q?" A. ' 3 [('break_long_words', False), ('drop_whitespace', False), ('replace_whitespace', False), ('subsequent_indent', '  ')]
#   wrap ['ß-x', '   ', '  \u2003', '   ', '  worde.g.q?"', '   ', '  A.', '   ']
#   split ['ß-x', ' ', '\u2003', ' ', 'worde.g.q?"', ' ', 'A.', ' ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'ß-x \u2003 worde.g.q?" A. '
#   indent '+ß-x \u2003 worde.g.q?" A. ' '>ß-x \u2003 worde.g.q?" A. '
# 10 'a1-b2-- ' 15 [('break_long_words', False), ('break_on_hyphens', False), ('drop_whitespace', True), ('expand_tabs', True), ('replace_whitespace', True), ('subsequent_indent', '  ')]
#   wrap ['a1-b2--']
#   split ['a1-b2--', ' ']
#   shorten 'a1-b2--'
#   dedent 'a1-b2-- '
#   indent '+a1-b2-- ' 'a1-b2-- '
# 11 "Ωμέγα-λ\x0b \n it's bce.g. " 20 [('break_long_words', False), ('drop_whitespace', False), ('expand_tabs', False), ('fix_sentence_endings', False), ('initial_indent', '    '), ('placeholder', '...'), ('replace_whitespace', False), ('subsequent_indent', '* ')]
#   wrap ["    Ωμέγα-λ\x0b \n it's ", '* bce.g. ']
#   split ['Ωμέγα-λ', '\x0b \n ', "it's", ' ', 'bce.g.', ' ']
#   shorten "    Ωμέγα-λ it's..."
#   dedent "Ωμέγα-λ\x0b \n it's bce.g. "
#   indent "+Ωμέγα-λ\x0b \n+ it's bce.g. " "Ωμέγα-λ\x0b \n> it's bce.g. "
# 12 '\r verylongwordthatwontfitß-xA.hyphen-ated q?" bc- x-y-z\u2003ab--cd é ' 15 [('initial_indent', '    '), ('subsequent_indent', '  '), ('tabsize', 1)]
#   wrap ['      verylongw', '  ordthatwontfi', '  tß-xA.hyphen-', '  ated q?" bc-', '  x-y-z\u2003ab--cd', '  é']
#   split ['\r ', 'verylongwordthatwontfitß-', 'xA.hyphen-', 'ated', ' ', 'q?"', ' ', 'bc-', ' ', 'x-y-z\u2003ab', '--', 'cd', ' ', 'é', ' ']
#   shorten '    [...]'
#   dedent '\r verylongwordthatwontfitß-xA.hyphen-ated q?" bc- x-y-z\u2003ab--cd é '
#   indent '\r+ verylongwordthatwontfitß-xA.hyphen-ated q?" bc- x-y-z\u2003ab--cd é ' '>\r verylongwordthatwontfitß-xA.hyphen-ated q?" bc- x-y-z\u2003ab--cd é '
# 13 'ß-xq?"  9long-long-long-word\n -- \x0b well-known "end.-x-y-z ' 5 [('break_long_words', True), ('expand_tabs', False), ('fix_sentence_endings', True), ('placeholder', ' [...]'), ('replace_whitespace', True)]
#   wrap ['ß-', 'xq?"', '9long', '-', 'long-', 'long-', 'word', '--', 'well-', 'known', '"end.', '-x-y-', 'z']
#   split ['ß-xq?"', '  ', '9long-', 'long-', 'long-', 'word', '\n ', '--', ' \x0b ', 'well-', 'known', ' ', '"end.-x-y-z', ' ']
#   shorten '[...]'
#   dedent 'ß-xq?"  9long-long-long-word\n -- \x0b well-known "end.-x-y-z '
#   indent '+ß-xq?"  9long-long-long-word\n+ -- \x0b+ well-known "end.-x-y-z ' '>ß-xq?"  9long-long-long-word\n> -- \x0b well-known "end.-x-y-z '
# 14 'x.--y so? word\t ' 15 [('break_long_words', True), ('break_on_hyphens', True), ('fix_sentence_endings', True), ('replace_whitespace', True), ('tabsize', 8)]
#   wrap ['x.--y so?  word']
#   split ['x.', '--', 'y', ' ', 'so?', ' ', 'word', '\t ']
#   shorten 'x.--y so?  word'
#   dedent 'x.--y so? word\t '
#   indent '+x.--y so? word\t ' 'x.--y so? word\t '
# 15 'é ' 20 [('expand_tabs', True), ('initial_indent', '    '), ('replace_whitespace', True)]
#   wrap ['    é']
#   split ['é', ' ']
#   shorten '    é'
#   dedent 'é '
#   indent '+é ' 'é '
# 16 '' 30 [('break_long_words', False), ('break_on_hyphens', False), ('drop_whitespace', False), ('initial_indent', '    '), ('placeholder', '...'), ('subsequent_indent', '* ')]
#   wrap []
#   split []
#   shorten ''
#   dedent ''
#   indent '' ''
# 17 'wordend! word ' 30 [('break_long_words', True), ('break_on_hyphens', True), ('drop_whitespace', False), ('initial_indent', ''), ('max_lines', 2), ('replace_whitespace', False), ('tabsize', 0)]
#   wrap ['wordend! word ']
#   split ['wordend!', ' ', 'word', ' ']
#   shorten 'wordend! word'
#   dedent 'wordend! word '
#   indent '+wordend! word ' 'wordend! word '
# 18 '' 15 [('break_long_words', False), ('drop_whitespace', False), ('initial_indent', '    '), ('max_lines', 1)]
#   wrap []
#   split []
#   shorten ''
#   dedent ''
#   indent '' ''
# 19 "1-2\nit's ß-x it's hyphen-ated aa,-ba" 70 [('expand_tabs', True), ('fix_sentence_endings', False)]
#   wrap ["1-2 it's ß-x it's hyphen-ated aa,-ba"]
#   split ['1-2', '\n', "it's", ' ', 'ß-x', ' ', "it's", ' ', 'hyphen-', 'ated', ' ', 'aa,-ba']
#   shorten "1-2 it's ß-x it's hyphen-ated aa,-ba"
#   dedent "1-2\nit's ß-x it's hyphen-ated aa,-ba"
#   indent "+1-2\n+it's ß-x it's hyphen-ated aa,-ba" "1-2\nit's ß-x it's hyphen-ated aa,-ba"
# 20 'Ωμέγα-λbcbc end.   "a1-b2a' 20 [('initial_indent', '    '), ('max_lines', 1), ('placeholder', '...'), ('replace_whitespace', True), ('tabsize', 0)]
#   wrap ['    Ωμέγα-λbcbc...']
#   split ['Ωμέγα-', 'λbcbc', ' ', 'end.', '   ', '"a1-b2a']
#   shorten '    Ωμέγα-λbcbc...'
#   dedent 'Ωμέγα-λbcbc end.   "a1-b2a'
#   indent '+Ωμέγα-λbcbc end.   "a1-b2a' 'Ωμέγα-λbcbc end.   "a1-b2a'
# 21 'verylongwordthatwontfit   hyphen-ated\t   q?" \x0b a-\t a,-bab--cd end.\t' 70 [('break_on_hyphens', True), ('max_lines', 3), ('subsequent_indent', ''), ('tabsize', 0)]
#   wrap ['verylongwordthatwontfit   hyphen-ated   q?"   a- a,-bab--cd end.']
#   split ['verylongwordthatwontfit', '   ', 'hyphen-', 'ated', '\t   ', 'q?"', ' \x0b ', 'a-', '\t ', 'a,-bab', '--', 'cd', ' ', 'end.', '\t']
#   shorten 'verylongwordthatwontfit hyphen-ated q?" a- a,-bab--cd end.'
#   dedent 'verylongwordthatwontfit   hyphen-ated\t   q?" \x0b a-\t a,-bab--cd end.\t'
#   indent '+verylongwordthatwontfit   hyphen-ated\t   q?" \x0b+ a-\t a,-bab--cd end.\t' 'verylongwordthatwontfit   hyphen-ated\t   q?" \x0b> a-\t a,-bab--cd end.\t'
# 22 'ab-cd ß-x 1-2 long-long-long-word so?   end. \r verylongwordthatwontfit e.g.long-long-long-worde.g. hyphen-ated ' 15 [('break_long_words', False), ('break_on_hyphens', True), ('expand_tabs', False), ('initial_indent', '    '), ('placeholder', ' [...]'), ('tabsize', 8)]
#   wrap ['    ab-cd ß-x', '1-2 long-long-', 'long-word so?', 'end.', 'verylongwordthatwontfit', 'e.g.long-long-', 'long-worde.g.', 'hyphen-ated']
#   split ['ab-', 'cd', ' ', 'ß-x', ' ', '1-2', ' ', 'long-', 'long-', 'long-', 'word', ' ', 'so?', '   ', 'end.', ' \r ', 'verylongwordthatwontfit', ' ', 'e.g.long-', 'long-', 'long-', 'worde.g.', ' ', 'hyphen-', 'ated', ' ']
#   shorten '    ab-cd [...]'
#   dedent 'ab-cd ß-x 1-2 long-long-long-word so?   end. \r verylongwordthatwontfit e.g.long-long-long-worde.g. hyphen-ated '
#   indent '+ab-cd ß-x 1-2 long-long-long-word so?   end. \r+ verylongwordthatwontfit e.g.long-long-long-worde.g. hyphen-ated ' 'ab-cd ß-x 1-2 long-long-long-word so?   end. \r> verylongwordthatwontfit e.g.long-long-long-worde.g. hyphen-ated '
# 23 'a-b -b " _ long-long-long-wordab--cd \r ' 8 [('expand_tabs', True), ('initial_indent', ''), ('max_lines', None), ('placeholder', ' [...]'), ('replace_whitespace', False)]
#   wrap ['a-b -b "', '_ long-', 'long-', 'long-', 'wordab--', 'cd']
#   split ['a-b', ' ', '-b', ' ', '"', ' ', '_', ' ', 'long-', 'long-', 'long-', 'wordab', '--', 'cd', ' \r ']
#   shorten '[...]'
#   dedent 'a-b -b " _ long-long-long-wordab--cd \r '
#   indent '+a-b -b " _ long-long-long-wordab--cd \r ' 'a-b -b " _ long-long-long-wordab--cd \r> '
# 24 'a-bMr. é ---ab-cd a,-b _ ---well-known ' 3 [('break_long_words', True), ('break_on_hyphens', True), ('expand_tabs', True), ('replace_whitespace', True), ('subsequent_indent', '  '), ('tabsize', 1)]
#   wrap ['a-', '  b', '  M', '  r', '  .', '  é', '  -', '  -', '  -', '  a', '  b', '  -', '  c', '  d', '  a', '  ,', '  -', '  b', '  _', '  -', '  -', '  -', '  w', '  e', '  l', '  l', '  -', '  k', '  n', '  o', '  w', '  n']
#   split ['a-bMr.', ' ', 'é', ' ', '---ab-', 'cd', ' ', 'a,-b', ' ', '_', ' ', '---well-', 'known', ' ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'a-bMr. é ---ab-cd a,-b _ ---well-known '
#   indent '+a-bMr. é ---ab-cd a,-b _ ---well-known ' '>a-bMr. é ---ab-cd a,-b _ ---well-known '
# 25 'word Mr. a,-b a-b so? ' 12 [('fix_sentence_endings', False), ('max_lines', 2), ('replace_whitespace', True), ('tabsize', 8)]
#   wrap ['word Mr.', 'a,-b a-b so?']
#   split ['word', ' ', 'Mr.', ' ', 'a,-b', ' ', 'a-b', ' ', 'so?', ' ']
#   shorten 'word [...]'
#   dedent 'word Mr. a,-b a-b so? '
#   indent '+word Mr. a,-b a-b so? ' 'word Mr. a,-b a-b so? '
# 26 'verylongwordthatwontfitß-x - ab--cd long-long-long-word ' 20 [('break_long_words', False), ('fix_sentence_endings', True)]
#   wrap ['verylongwordthatwontfitß-x', '- ab--cd long-long-', 'long-word']
#   split ['verylongwordthatwontfitß-x', ' ', '-', ' ', 'ab', '--', 'cd', ' ', 'long-', 'long-', 'long-', 'word', ' ']
#   shorten '[...]'
#   dedent 'verylongwordthatwontfitß-x - ab--cd long-long-long-word '
#   indent '+verylongwordthatwontfitß-x - ab--cd long-long-long-word ' 'verylongwordthatwontfitß-x - ab--cd long-long-long-word '
# 27 '-bq?"a- \u2003---e.g.a-end! -b    "wordß-x ' 70 [('break_on_hyphens', False), ('drop_whitespace', False), ('fix_sentence_endings', False), ('initial_indent', '> '), ('max_lines', 2), ('placeholder', ' ~'), ('replace_whitespace', False), ('subsequent_indent', '* ')]
#   wrap ['> -bq?"a- \u2003---e.g.a-end! -b    "wordß-x ']
#   split ['-bq?"a-', ' ', '\u2003---e.g.a-end!', ' ', '-b', '    ', '"wordß-x', ' ']
#   shorten '> -bq?"a- ---e.g.a-end! -b "wordß-x'
#   dedent '-bq?"a- \u2003---e.g.a-end! -b    "wordß-x '
#   indent '+-bq?"a- \u2003---e.g.a-end! -b    "wordß-x ' '-bq?"a- \u2003---e.g.a-end! -b    "wordß-x '
# 28 '9x-y-z -b ' 30 [('break_long_words', False), ('drop_whitespace', False), ('initial_indent', '    '), ('max_lines', 2), ('replace_whitespace', True), ('subsequent_indent', '')]
#   wrap ['    9x-y-z -b ']
#   split ['9x-y-z', ' ', '-b', ' ']
#   shorten '    9x-y-z -b'
#   dedent '9x-y-z -b '
#   indent '+9x-y-z -b ' '9x-y-z -b '
# 29 'x.--yverylongwordthatwontfitbc a- ' 12 [('break_on_hyphens', False), ('drop_whitespace', True), ('initial_indent', '    '), ('placeholder', '...'), ('replace_whitespace', False), ('subsequent_indent', '  '), ('tabsize', 1)]
#   wrap ['    x.--yver', '  ylongwordt', '  hatwontfit', '  bc a-']
#   split ['x.--yverylongwordthatwontfitbc', ' ', 'a-', ' ']
#   shorten '    ...'
#   dedent 'x.--yverylongwordthatwontfitbc a- '
#   indent '+x.--yverylongwordthatwontfitbc a- ' 'x.--yverylongwordthatwontfitbc a- '
# 30 "end! a-b9a- end.\u2003it'sA.A.---   long-long-long-wordbc " 3 [('break_on_hyphens', False), ('drop_whitespace', True), ('fix_sentence_endings', True), ('initial_indent', '> '), ('replace_whitespace', True), ('subsequent_indent', '* ')]
#   wrap ['> e', '* n', '* d', '* !', '* a', '* -', '* b', '* 9', '* a', '* -', '* e', '* n', '* d', '* .', '* i', '* t', "* '", '* s', '* A', '* .', '* A', '* .', '* -', '* -', '* -', '* l', '* o', '* n', '* g', '* -', '* l', '* o', '* n', '* g', '* -', '* l', '* o', '* n', '* g', '* -', '* w', '* o', '* r', '* d', '* b', '* c']
#   split ['end!', ' ', 'a-b9a-', ' ', "end.\u2003it'sA.A.---", '   ', 'long-long-long-wordbc', ' ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent "end! a-b9a- end.\u2003it'sA.A.---   long-long-long-wordbc "
#   indent "+end! a-b9a- end.\u2003it'sA.A.---   long-long-long-wordbc " ">end! a-b9a- end.\u2003it'sA.A.---   long-long-long-wordbc "
# 31 'q?"hyphen-ated ab--cd1-2end!  ' 30 [('break_long_words', True), ('initial_indent', '    '), ('replace_whitespace', True)]
#   wrap ['    q?"hyphen-ated ab--', 'cd1-2end!']
#   split ['q?"hyphen-', 'ated', ' ', 'ab', '--', 'cd1-2end!', '  ']
#   shorten '    q?"hyphen-ated ab-- [...]'
#   dedent 'q?"hyphen-ated ab--cd1-2end!  '
#   indent '+q?"hyphen-ated ab--cd1-2end!  ' 'q?"hyphen-ated ab--cd1-2end!  '
# 32 'x-y-z ' 8 [('break_long_words', False), ('break_on_hyphens', True), ('placeholder', '...'), ('subsequent_indent', '* ')]
#   wrap ['x-y-z']
#   split ['x-y-z', ' ']
#   shorten 'x-y-z'
#   dedent 'x-y-z '
#   indent '+x-y-z ' 'x-y-z '
# 33 '' 5 [('break_long_words', True), ('initial_indent', '> '), ('replace_whitespace', False), ('subsequent_indent', '* ')]
#   wrap []
#   split []
#   shorten 'ValueError: placeholder too large for max width'
#   dedent ''
#   indent '' ''
# 34 'well-known \na1-b2é \x0bit\'s a-\x0b " x.--ya- Mr. ' 5 [('break_long_words', True), ('drop_whitespace', False), ('fix_sentence_endings', True), ('placeholder', ' ~'), ('replace_whitespace', False), ('subsequent_indent', '* '), ('tabsize', 4)]
#   wrap ['well-', '* kno', '* wn', '*  \na', '* 1-', '* b2é', '*  \x0bi', "* t's", '*  a-', '* \x0b "', '*  x.', '* --', '* ya-', '*  ', '* Mr.', '*   ']
#   split ['well-', 'known', ' \n', 'a1-b2é', ' \x0b', "it's", ' ', 'a-', '\x0b ', '"', ' ', 'x.', '--', 'ya-', ' ', 'Mr.', ' ']
#   shorten '~'
#   dedent 'well-known \na1-b2é \x0bit\'s a-\x0b " x.--ya- Mr. '
#   indent '+well-known \n+a1-b2é \x0b+it\'s a-\x0b+ " x.--ya- Mr. ' 'well-known \na1-b2é \x0bit\'s a-\x0b> " x.--ya- Mr. '
# 35 'Ωμέγα-λword 1-2ß-xbc é bc a- q?" ' 20 [('break_on_hyphens', True), ('expand_tabs', False), ('fix_sentence_endings', False), ('initial_indent', ''), ('placeholder', '...'), ('replace_whitespace', False), ('subsequent_indent', '* ')]
#   wrap ['Ωμέγα-λword 1-2ß-xbc', '* é bc a- q?"']
#   split ['Ωμέγα-', 'λword', ' ', '1-2ß-xbc', ' ', 'é', ' ', 'bc', ' ', 'a-', ' ', 'q?"', ' ']
#   shorten 'Ωμέγα-λword...'
#   dedent 'Ωμέγα-λword 1-2ß-xbc é bc a- q?" '
#   indent '+Ωμέγα-λword 1-2ß-xbc é bc a- q?" ' '>Ωμέγα-λword 1-2ß-xbc é bc a- q?" '
# 36 'end!ß-x\n verylongwordthatwontfitend! \n e.g.  long-long-long-wordA.\ra- hyphen-ated' 70 [('break_long_words', True), ('break_on_hyphens', True), ('replace_whitespace', True), ('subsequent_indent', '* '), ('tabsize', 1)]
#   wrap ['end!ß-x  verylongwordthatwontfitend!   e.g.  long-long-long-wordA. a-', '* hyphen-ated']
#   split ['end!ß-x', '\n ', 'verylongwordthatwontfitend!', ' \n ', 'e.g.', '  ', 'long-', 'long-', 'long-', 'wordA.', '\r', 'a-', ' ', 'hyphen-', 'ated']
#   shorten 'end!ß-x verylongwordthatwontfitend! e.g. long-long-long-wordA. [...]'
#   dedent 'end!ß-x\n verylongwordthatwontfitend! \n e.g.  long-long-long-wordA.\ra- hyphen-ated'
#   indent '+end!ß-x\n+ verylongwordthatwontfitend! \n+ e.g.  long-long-long-wordA.\r+a- hyphen-ated' 'end!ß-x\n verylongwordthatwontfitend! \n> e.g.  long-long-long-wordA.\ra- hyphen-ated'
# 37 '   well-known hyphen-ated a' 30 [('drop_whitespace', False), ('fix_sentence_endings', True), ('max_lines', 2), ('tabsize', 8)]
#   wrap ['   well-known hyphen-ated a']
#   split ['   ', 'well-', 'known', ' ', 'hyphen-', 'ated', ' ', 'a']
#   shorten 'well-known hyphen-ated a'
#   dedent 'well-known hyphen-ated a'
#   indent '+   well-known hyphen-ated a' '>   well-known hyphen-ated a'
# 38 '\n q?" -- A. ß-xlong-long-long-worda q?"A. 9 it\'slong-long-long-word Ωμέγα-λ ' 15 [('replace_whitespace', False), ('tabsize', 0)]
#   wrap ['\n q?" -- A.', 'ß-xlong-long-', 'long-worda', 'q?"A. 9', "it'slong-long-", 'long-word', 'Ωμέγα-λ']
#   split ['\n ', 'q?"', ' ', '--', ' ', 'A.', ' ', 'ß-xlong-', 'long-', 'long-', 'worda', ' ', 'q?"A.', ' ', '9', ' ', "it'slong-", 'long-', 'long-', 'word', ' ', 'Ωμέγα-λ', ' ']
#   shorten 'q?" -- A. [...]'
#   dedent '\nq?" -- A. ß-xlong-long-long-worda q?"A. 9 it\'slong-long-long-word Ωμέγα-λ '
#   indent '\n+ q?" -- A. ß-xlong-long-long-worda q?"A. 9 it\'slong-long-long-word Ωμέγα-λ ' '>\n> q?" -- A. ß-xlong-long-long-worda q?"A. 9 it\'slong-long-long-word Ωμέγα-λ '
# 39 'bc ' 10 [('max_lines', 2), ('placeholder', ' [...]')]
#   wrap ['bc']
#   split ['bc', ' ']
#   shorten 'bc'
#   dedent 'bc '
#   indent '+bc ' '>bc '
# 40 "it's\u2003 1-2" 70 [('break_on_hyphens', False), ('drop_whitespace', True), ('expand_tabs', True), ('fix_sentence_endings', True), ('max_lines', 1), ('placeholder', ' [...]'), ('replace_whitespace', False), ('subsequent_indent', '* '), ('tabsize', 4)]
#   wrap ["it's\u2003 1-2"]
#   split ["it's\u2003", ' ', '1-2']
#   shorten "it's 1-2"
#   dedent "it's\u2003 1-2"
#   indent "+it's\u2003 1-2" ">it's\u2003 1-2"
# 41 '1-2 x.--y long-long-long-word-- well-known-b end. verylongwordthatwontfit end.' 12 [('break_long_words', True), ('drop_whitespace', False), ('initial_indent', '> '), ('max_lines', None), ('placeholder', ' [...]'), ('replace_whitespace', False), ('subsequent_indent', '')]
#   wrap ['> 1-2 x.--y ', 'long-long-', 'long-word-- ', 'well-known-b', ' end. verylo', 'ngwordthatwo', 'ntfit end.']
#   split ['1-2', ' ', 'x.', '--', 'y', ' ', 'long-', 'long-', 'long-', 'word--', ' ', 'well-', 'known-b', ' ', 'end.', ' ', 'verylongwordthatwontfit', ' ', 'end.']
#   shorten '> 1-2 [...]'
#   dedent '1-2 x.--y long-long-long-word-- well-known-b end. verylongwordthatwontfit end.'
#   indent '+1-2 x.--y long-long-long-word-- well-known-b end. verylongwordthatwontfit end.' '1-2 x.--y long-long-long-word-- well-known-b end. verylongwordthatwontfit end.'
# 42 '  ' 30 [('drop_whitespace', True), ('expand_tabs', True), ('placeholder', ' [...]'), ('replace_whitespace', False)]
#   wrap []
#   split ['  ']
#   shorten ''
#   dedent ''
#   indent '  ' '  '
# 43 '\n\rword ß-x\r\rab-cd\ré' 10 [('drop_whitespace', False), ('fix_sentence_endings', False), ('initial_indent', '    '), ('max_lines', 1), ('replace_whitespace', True), ('subsequent_indent', '  '), ('tabsize', 1)]
#   wrap ['    [...]']
#   split ['\n\r', 'word', ' ', 'ß-x', '\r\r', 'ab-', 'cd', '\r', 'é']
#   shorten '    [...]'
#   dedent '\n\rword ß-x\r\rab-cd\ré'
#   indent '\n\r+word ß-x\r\r+ab-cd\r+é' '>\n>\r>word ß-x\r>\rab-cd\r>é'
# 44 '-x.--ylong-long-long-word a-a-  so? word    worda- long-long-long-word' 10 [('break_long_words', False), ('drop_whitespace', False), ('expand_tabs', False), ('initial_indent', '    '), ('max_lines', None), ('subsequent_indent', '  ')]
#   wrap ['    -x.--', '  ylong-', '  long-', '  long-', '  word ', '  a-a-  ', '  so? word', '      ', '  worda- ', '  long-', '  long-', '  long-', '  word']
#   split ['-x.', '--', 'ylong-', 'long-', 'long-', 'word', ' ', 'a-a-', '  ', 'so?', ' ', 'word', '    ', 'worda-', ' ', 'long-', 'long-', 'long-', 'word']
#   shorten '    [...]'
#   dedent '-x.--ylong-long-long-word a-a-  so? word    worda- long-long-long-word'
#   indent '+-x.--ylong-long-long-word a-a-  so? word    worda- long-long-long-word' '-x.--ylong-long-long-word a-a-  so? word    worda- long-long-long-word'
# 45 '' 10 [('break_long_words', False), ('expand_tabs', False), ('initial_indent', '    '), ('placeholder', '...'), ('replace_whitespace', False)]
#   wrap []
#   split []
#   shorten ''
#   dedent ''
#   indent '' ''
# 46 'A. -b' 3 [('drop_whitespace', True), ('expand_tabs', True), ('placeholder', ' [...]'), ('subsequent_indent', '* ')]
#   wrap ['A.', '* -', '* b']
#   split ['A.', ' ', '-b']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'A. -b'
#   indent '+A. -b' '>A. -b'
# 47 'x-y-z ß-x\x0ba-b e.g. x-y-z -' 12 [('break_long_words', True), ('expand_tabs', False), ('fix_sentence_endings', True)]
#   wrap ['x-y-z ß-x', 'a-b e.g.', 'x-y-z -']
#   split ['x-y-z', ' ', 'ß-x', '\x0b', 'a-b', ' ', 'e.g.', ' ', 'x-y-z', ' ', '-']
#   shorten 'x-y-z [...]'
#   dedent 'x-y-z ß-x\x0ba-b e.g. x-y-z -'
#   indent '+x-y-z ß-x\x0b+a-b e.g. x-y-z -' 'x-y-z ß-x\x0ba-b e.g. x-y-z -'
# 48 '  ab--cdq?" ab--cd' 2 [('break_long_words', True), ('fix_sentence_endings', False), ('max_lines', 3), ('tabsize', 8)]
#   wrap ValueError: placeholder too large for max width
#   split ['  ', 'ab', '--', 'cdq?"', ' ', 'ab', '--', 'cd']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'ab--cdq?" ab--cd'
#   indent '+  ab--cdq?" ab--cd' '  ab--cdq?" ab--cd'
# 49 '-- long-long-long-word \rab--cd ab-cd a,-b \r ' 2 [('expand_tabs', False), ('fix_sentence_endings', True), ('tabsize', 1)]
#   wrap ['--', 'lo', 'ng', '-l', 'on', 'g-', 'lo', 'ng', '-w', 'or', 'd', 'ab', '--', 'cd', 'ab', '-', 'cd', 'a,', '-b']
#   split ['--', ' ', 'long-', 'long-', 'long-', 'word', ' \r', 'ab', '--', 'cd', ' ', 'ab-', 'cd', ' ', 'a,-b', ' \r ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent '-- long-long-long-word \rab--cd ab-cd a,-b \r '
#   indent '+-- long-long-long-word \r+ab--cd ab-cd a,-b \r ' '-- long-long-long-word \r>ab--cd ab-cd a,-b \r> '
# 50 'long-long-long-word\u2003x-y-zbc é a,-b end.  -- a-b --- so? a,-b' 15 [('break_long_words', False), ('break_on_hyphens', True), ('drop_whitespace', True), ('fix_sentence_endings', False), ('placeholder', '...'), ('replace_whitespace', False), ('subsequent_indent', ''), ('tabsize', 1)]
#   wrap ['long-long-long-', 'word\u2003x-y-zbc é', 'a,-b end.  --', 'a-b --- so?', 'a,-b']
#   split ['long-', 'long-', 'long-', 'word\u2003x-y-', 'zbc', ' ', 'é', ' ', 'a,-b', ' ', 'end.', '  ', '--', ' ', 'a-b', ' ', '---', ' ', 'so?', ' ', 'a,-b']
#   shorten 'long-long-...'
#   dedent 'long-long-long-word\u2003x-y-zbc é a,-b end.  -- a-b --- so? a,-b'
#   indent '+long-long-long-word\u2003x-y-zbc é a,-b end.  -- a-b --- so? a,-b' 'long-long-long-word\u2003x-y-zbc é a,-b end.  -- a-b --- so? a,-b'
# 51 'a1-b2A.\n ab-cd-b x-y-z hyphen-ated\r ' 1 [('initial_indent', ''), ('placeholder', '...')]
#   wrap ['a', '1', '-', 'b', '2', 'A', '.', 'a', 'b', '-', 'c', 'd', '-', 'b', 'x', '-', 'y', '-', 'z', 'h', 'y', 'p', 'h', 'e', 'n', '-', 'a', 't', 'e', 'd']
#   split ['a1-b2A.', '\n ', 'ab-', 'cd-b', ' ', 'x-y-z', ' ', 'hyphen-', 'ated', '\r ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'a1-b2A.\n ab-cd-b x-y-z hyphen-ated\r '
#   indent '+a1-b2A.\n+ ab-cd-b x-y-z hyphen-ated\r ' 'a1-b2A.\n> ab-cd-b x-y-z hyphen-ated\r> '
# 52 '-x.--y \x0b \x0b ---_ bc   a- a-   ' 15 [('initial_indent', '> '), ('tabsize', 4)]
#   wrap ['> -x.--y', '---_ bc   a- a-']
#   split ['-x.', '--', 'y', ' \x0b \x0b ', '---_', ' ', 'bc', '   ', 'a-', ' ', 'a-', '   ']
#   shorten '> -x.--y [...]'
#   dedent '-x.--y \x0b \x0b ---_ bc   a- a-   '
#   indent '+-x.--y \x0b \x0b+ ---_ bc   a- a-   ' '-x.--y \x0b \x0b> ---_ bc   a- a-   '
# 53 'Mr.' 1 [('break_long_words', True), ('max_lines', 2), ('placeholder', ' [...]'), ('tabsize', 1)]
#   wrap ValueError: placeholder too large for max width
#   split ['Mr.']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'Mr.'
#   indent '+Mr.' '>Mr.'
# 54 '1-2a 1-2a-b_ so? Ωμέγα-λ   x.--yend!' 5 [('drop_whitespace', False), ('initial_indent', ''), ('replace_whitespace', False), ('subsequent_indent', '')]
#   wrap ['1-2a ', '1-2a-', 'b_ ', 'so? Ω', 'μέγα-', 'λ   ', 'x.--', 'yend!']
#   split ['1-2a', ' ', '1-2a-b_', ' ', 'so?', ' ', 'Ωμέγα-λ', '   ', 'x.', '--', 'yend!']
#   shorten '[...]'
#   dedent '1-2a 1-2a-b_ so? Ωμέγα-λ   x.--yend!'
#   indent '+1-2a 1-2a-b_ so? Ωμέγα-λ   x.--yend!' '1-2a 1-2a-b_ so? Ωμέγα-λ   x.--yend!'
# 55 '\t ahyphen-ated \n wordverylongwordthatwontfit ---  ' 30 [('break_on_hyphens', False), ('expand_tabs', False), ('initial_indent', '    '), ('placeholder', ' [...]'), ('replace_whitespace', False), ('tabsize', 4)]
#   wrap ['    \t ahyphen-ated \n wordveryl', 'ongwordthatwontfit ---']
#   split ['\t ', 'ahyphen-ated', ' \n ', 'wordverylongwordthatwontfit', ' ', '---', '  ']
#   shorten '    ahyphen-ated [...]'
#   dedent '\t ahyphen-ated \n wordverylongwordthatwontfit ---  '
#   indent '+\t ahyphen-ated \n+ wordverylongwordthatwontfit ---  ' '\t ahyphen-ated \n wordverylongwordthatwontfit ---  '
# 56 "A. it's " 8 [('break_long_words', True), ('break_on_hyphens', False), ('drop_whitespace', True), ('expand_tabs', True), ('fix_sentence_endings', False), ('placeholder', ' [...]'), ('subsequent_indent', '  '), ('tabsize', 8)]
#   wrap ["A. it's"]
#   split ['A.', ' ', "it's", ' ']
#   shorten "A. it's"
#   dedent "A. it's "
#   indent "+A. it's " "A. it's "
# 57 'x-y-zq?" 9bc " a-bhyphen-ated\tso? so?ß-x ' 70 [('break_on_hyphens', True), ('drop_whitespace', False), ('subsequent_indent', '  ')]
#   wrap ['x-y-zq?" 9bc " a-bhyphen-ated   so? so?ß-x ']
#   split ['x-y-', 'zq?"', ' ', '9bc', ' ', '"', ' ', 'a-bhyphen-', 'ated', '\t', 'so?', ' ', 'so?ß-x', ' ']
#   shorten 'x-y-zq?" 9bc " a-bhyphen-ated so? so?ß-x'
#   dedent 'x-y-zq?" 9bc " a-bhyphen-ated\tso? so?ß-x '
#   indent '+x-y-zq?" 9bc " a-bhyphen-ated\tso? so?ß-x ' '>x-y-zq?" 9bc " a-bhyphen-ated\tso? so?ß-x '
# 58 "_ Ωμέγα-λit'sa1-b2" 12 [('break_long_words', False), ('initial_indent', '    '), ('placeholder', ' [...]')]
#   wrap ['    _ Ωμέγα-', "λit'sa1-b2"]
#   split ['_', ' ', 'Ωμέγα-', "λit'sa1-b2"]
#   shorten '    _ [...]'
#   dedent "_ Ωμέγα-λit'sa1-b2"
#   indent "+_ Ωμέγα-λit'sa1-b2" "_ Ωμέγα-λit'sa1-b2"
# 59 'word ' 1 [('break_on_hyphens', True), ('expand_tabs', True), ('fix_sentence_endings', True), ('max_lines', 2), ('replace_whitespace', True)]
#   wrap ValueError: placeholder too large for max width
#   split ['word', ' ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'word '
#   indent '+word ' '>word '
# 60 'long-long-long-word' 12 [('break_long_words', False), ('break_on_hyphens', True), ('fix_sentence_endings', False), ('max_lines', 1), ('subsequent_indent', '  '), ('tabsize', 8)]
#   wrap ['long- [...]']
#   split ['long-', 'long-', 'long-', 'word']
#   shorten 'long- [...]'
#   dedent 'long-long-long-word'
#   indent '+long-long-long-word' '>long-long-long-word'
# 61 '9verylongwordthatwontfit\twell-known-b' 30 [('break_long_words', True), ('break_on_hyphens', True), ('drop_whitespace', False), ('placeholder', ' ~'), ('tabsize', 8)]
#   wrap ['9verylongwordthatwontfit', '        well-known-b']
#   split ['9verylongwordthatwontfit', '\t', 'well-', 'known-b']
#   shorten '9verylongwordthatwontfit ~'
#   dedent '9verylongwordthatwontfit\twell-known-b'
#   indent '+9verylongwordthatwontfit\twell-known-b' '>9verylongwordthatwontfit\twell-known-b'
# 62 '" a a-1-2 end. x.--y a-bc-' 8 [('drop_whitespace', True), ('initial_indent', '    ')]
#   wrap ['    " a ', 'a-1-2', 'end. x.', '--y', 'a-bc-']
#   split ['"', ' ', 'a', ' ', 'a-1-2', ' ', 'end.', ' ', 'x.', '--', 'y', ' ', 'a-bc-']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent '" a a-1-2 end. x.--y a-bc-'
#   indent '+" a a-1-2 end. x.--y a-bc-' '" a a-1-2 end. x.--y a-bc-'
# 63 '  9A. q?"it\'s long-long-long-word\u2003verylongwordthatwontfit\t \n ---' 5 [('break_on_hyphens', True), ('drop_whitespace', False), ('fix_sentence_endings', True), ('max_lines', 2), ('placeholder', ' ~'), ('replace_whitespace', True), ('subsequent_indent', '')]
#   wrap ['  9A.', '~']
#   split ['  ', '9A.', ' ', 'q?"it\'s', ' ', 'long-', 'long-', 'long-', 'word\u2003verylongwordthatwontfit', '\t \n ', '---']
#   shorten '9A. ~'
#   dedent ' 9A. q?"it\'s long-long-long-word\u2003verylongwordthatwontfit\t \n---'
#   indent '+  9A. q?"it\'s long-long-long-word\u2003verylongwordthatwontfit\t \n+ ---' '  9A. q?"it\'s long-long-long-word\u2003verylongwordthatwontfit\t \n ---'
# 64 'ab-cdverylongwordthatwontfit bc end. Mr.éend. word ß-xa,-ba-b' 3 [('break_long_words', True), ('expand_tabs', False), ('initial_indent', '> '), ('subsequent_indent', ''), ('tabsize', 0)]
#   wrap ['> a', 'b-c', 'dve', 'ryl', 'ong', 'wor', 'dth', 'atw', 'ont', 'fit', 'bc ', 'end', '. M', 'r.é', 'end', '. w', 'ord', 'ß-', 'xa,', '-ba', '-b']
#   split ['ab-', 'cdverylongwordthatwontfit', ' ', 'bc', ' ', 'end.', ' ', 'Mr.éend.', ' ', 'word', ' ', 'ß-xa,-ba-b']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'ab-cdverylongwordthatwontfit bc end. Mr.éend. word ß-xa,-ba-b'
#   indent '+ab-cdverylongwordthatwontfit bc end. Mr.éend. word ß-xa,-ba-b' '>ab-cdverylongwordthatwontfit bc end. Mr.éend. word ß-xa,-ba-b'
# 65 'a-b _ verylongwordthatwontfit-b"hyphen-atedit\'s a Ωμέγα-λ \u2003 ' 5 [('drop_whitespace', True), ('replace_whitespace', True)]
#   wrap ['a-b _', 'veryl', 'ongwo', 'rdtha', 'twont', 'fit-', 'b"hyp', 'hen-a', 'tedit', "'s a ", 'Ωμέγα', '-λ \u2003']
#   split ['a-b', ' ', '_', ' ', 'verylongwordthatwontfit-b"hyphen-', "atedit's", ' ', 'a', ' ', 'Ωμέγα-λ', ' ', '\u2003', ' ']
#   shorten '[...]'
#   dedent 'a-b _ verylongwordthatwontfit-b"hyphen-atedit\'s a Ωμέγα-λ \u2003 '
#   indent '+a-b _ verylongwordthatwontfit-b"hyphen-atedit\'s a Ωμέγα-λ \u2003 ' 'a-b _ verylongwordthatwontfit-b"hyphen-atedit\'s a Ωμέγα-λ \u2003 '
# 66 '---éMr. a1-b2 ' 8 [('fix_sentence_endings', True), ('subsequent_indent', '* ')]
#   wrap ['---éMr.', '* a1-b2']
#   split ['---éMr.', ' ', 'a1-b2', ' ']
#   shorten '[...]'
#   dedent '---éMr. a1-b2 '
#   indent '+---éMr. a1-b2 ' '---éMr. a1-b2 '
# 67 'e.g. _   -----end! --end! hyphen-ated along-long-long-word ab--cd' 70 [('drop_whitespace', True), ('expand_tabs', True), ('fix_sentence_endings', False), ('initial_indent', '    '), ('placeholder', ' [...]'), ('replace_whitespace', True), ('tabsize', 1)]
#   wrap ['    e.g. _   -----end! --end! hyphen-ated along-long-long-word ab--cd']
#   split ['e.g.', ' ', '_', '   ', '-----end!', ' ', '--end!', ' ', 'hyphen-', 'ated', ' ', 'along-', 'long-', 'long-', 'word', ' ', 'ab', '--', 'cd']
#   shorten '    e.g. _ -----end! --end! hyphen-ated along-long-long-word ab--cd'
#   dedent 'e.g. _   -----end! --end! hyphen-ated along-long-long-word ab--cd'
#   indent '+e.g. _   -----end! --end! hyphen-ated along-long-long-word ab--cd' '>e.g. _   -----end! --end! hyphen-ated along-long-long-word ab--cd'
# 68 'ab-cda-b  bc\tx-y-z a-worda,-b a-b \u2003 ' 3 [('break_long_words', True), ('drop_whitespace', False), ('fix_sentence_endings', True), ('placeholder', '...'), ('replace_whitespace', True), ('subsequent_indent', '  '), ('tabsize', 1)]
#   wrap ['ab-', '  c', '  d', '  a', '  -', '  b', '   ', '   ', '  b', '  c', '   ', '  x', '  -', '  y', '  -', '  z', '   ', '  a', '  -', '  w', '  o', '  r', '  d', '  a', '  ,', '  -', '  b', '   ', '  a', '  -', '  b', '   ', '  \u2003', '   ']
#   split ['ab-', 'cda-b', '  ', 'bc', '\t', 'x-y-z', ' ', 'a-worda,-b', ' ', 'a-b', ' ', '\u2003', ' ']
#   shorten '...'
#   dedent 'ab-cda-b  bc\tx-y-z a-worda,-b a-b \u2003 '
#   indent '+ab-cda-b  bc\tx-y-z a-worda,-b a-b \u2003 ' 'ab-cda-b  bc\tx-y-z a-worda,-b a-b \u2003 '
# 69 'long-long-long-word Ωμέγα-λ \x0ba-a-b Ωμέγα-λ a1-b2  ' 15 [('placeholder', ' [...]'), ('replace_whitespace', True)]
#   wrap ['long-long-long-', 'word Ωμέγα-λ', 'a-a-b Ωμέγα-λ', 'a1-b2']
#   split ['long-', 'long-', 'long-', 'word', ' ', 'Ωμέγα-λ', ' \x0b', 'a-a-b', ' ', 'Ωμέγα-λ', ' ', 'a1-b2', '  ']
#   shorten 'long- [...]'
#   dedent 'long-long-long-word Ωμέγα-λ \x0ba-a-b Ωμέγα-λ a1-b2  '
#   indent '+long-long-long-word Ωμέγα-λ \x0b+a-a-b Ωμέγα-λ a1-b2  ' '>long-long-long-word Ωμέγα-λ \x0b>a-a-b Ωμέγα-λ a1-b2  '
# 70 "x.--y word   éa it'sß-x\thyphen-ated -b " 20 [('max_lines', None), ('placeholder', ' [...]'), ('replace_whitespace', True), ('subsequent_indent', '* ')]
#   wrap ['x.--y word   éa', "* it'sß-x hyphen-", '* ated -b']
#   split ['x.', '--', 'y', ' ', 'word', '   ', 'éa', ' ', "it'sß-x", '\t', 'hyphen-', 'ated', ' ', '-b', ' ']
#   shorten 'x.--y word éa [...]'
#   dedent "x.--y word   éa it'sß-x\thyphen-ated -b "
#   indent "+x.--y word   éa it'sß-x\thyphen-ated -b " ">x.--y word   éa it'sß-x\thyphen-ated -b "
# 71 'a-b well-known a  A. end! bc -end!_x-y-zß-x so?' 12 [('break_long_words', True), ('initial_indent', ''), ('max_lines', 1), ('replace_whitespace', False)]
#   wrap ['a-b [...]']
#   split ['a-b', ' ', 'well-', 'known', ' ', 'a', '  ', 'A.', ' ', 'end!', ' ', 'bc', ' ', '-end!_x-', 'y-', 'zß-x', ' ', 'so?']
#   shorten 'a-b [...]'
#   dedent 'a-b well-known a  A. end! bc -end!_x-y-zß-x so?'
#   indent '+a-b well-known a  A. end! bc -end!_x-y-zß-x so?' '>a-b well-known a  A. end! bc -end!_x-y-zß-x so?'
# 72 'word \r ---' 20 [('break_long_words', True), ('drop_whitespace', False), ('max_lines', 1)]
#   wrap ['word   ---']
#   split ['word', ' \r ', '---']
#   shorten 'word ---'
#   dedent 'word \r ---'
#   indent '+word \r+ ---' 'word \r ---'
# 73 '- "1-2 a-a-é ' 30 [('expand_tabs', False), ('fix_sentence_endings', False), ('initial_indent', ''), ('replace_whitespace', False)]
#   wrap ['- "1-2 a-a-é']
#   split ['-', ' ', '"1-2', ' ', 'a-a-é', ' ']
#   shorten '- "1-2 a-a-é'
#   dedent '- "1-2 a-a-é '
#   indent '+- "1-2 a-a-é ' '>- "1-2 a-a-é '
# 74 'q?" a,-b\u2003 A. ab--cdso?a,-b   \x0b ' 3 [('expand_tabs', True), ('initial_indent', '> '), ('placeholder', '...'), ('subsequent_indent', '  ')]
#   wrap ['> q', '  ?', '  "', '  a', '  ,', '  -', '  b', '   ', '  A', '  .', '  a', '  b', '  -', '  -', '  c', '  d', '  s', '  o', '  ?', '  a', '  ,', '  -', '  b']
#   split ['q?"', ' ', 'a,-b\u2003', ' ', 'A.', ' ', 'ab', '--', 'cdso?a,-b', '   \x0b ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'q?" a,-b\u2003 A. ab--cdso?a,-b   \x0b '
#   indent '+q?" a,-b\u2003 A. ab--cdso?a,-b   \x0b ' 'q?" a,-b\u2003 A. ab--cdso?a,-b   \x0b> '
# 75 'verylongwordthatwontfit\x0b ---"-end. e.g. q?" hyphen-ated  ' 70 [('break_on_hyphens', False), ('fix_sentence_endings', False), ('initial_indent', '    '), ('replace_whitespace', True), ('subsequent_indent', '* '), ('tabsize', 4)]
#   wrap ['    verylongwordthatwontfit  ---"-end. e.g. q?" hyphen-ated']
#   split ['verylongwordthatwontfit', '\x0b ', '---"-end.', ' ', 'e.g.', ' ', 'q?"', ' ', 'hyphen-ated', '  ']
#   shorten '    verylongwordthatwontfit ---"-end. e.g. q?" hyphen-ated'
#   dedent 'verylongwordthatwontfit\x0b ---"-end. e.g. q?" hyphen-ated  '
#   indent '+verylongwordthatwontfit\x0b+ ---"-end. e.g. q?" hyphen-ated  ' 'verylongwordthatwontfit\x0b> ---"-end. e.g. q?" hyphen-ated  '
# 76 'a-word\x0b a-a end.\n ' 12 [('break_long_words', False), ('fix_sentence_endings', False), ('max_lines', 2)]
#   wrap ['a-word  a-a', 'end.']
#   split ['a-word', '\x0b ', 'a-a', ' ', 'end.', '\n ']
#   shorten 'a-word [...]'
#   dedent 'a-word\x0b a-a end.\n'
#   indent '+a-word\x0b+ a-a end.\n ' '>a-word\x0b a-a end.\n> '
# 77 'e.g. -b-b ' 30 [('initial_indent', '> '), ('max_lines', 1), ('replace_whitespace', True), ('subsequent_indent', '  ')]
#   wrap ['> e.g. -b-b']
#   split ['e.g.', ' ', '-b-b', ' ']
#   shorten '> e.g. -b-b'
#   dedent 'e.g. -b-b '
#   indent '+e.g. -b-b ' 'e.g. -b-b '
# 78 '-end! é a-ab-cda,-b' 12 [('break_long_words', False), ('expand_tabs', True), ('placeholder', '...'), ('replace_whitespace', False), ('tabsize', 1)]
#   wrap ['-end! é', 'a-ab-cda,-b']
#   split ['-end!', ' ', 'é', ' ', 'a-ab-', 'cda,-b']
#   shorten '-end! é...'
#   dedent '-end! é a-ab-cda,-b'
#   indent '+-end! é a-ab-cda,-b' '>-end! é a-ab-cda,-b'
# 79 '\u2003 a\r it\'s end! \n - " e.g.\r a,-b ' 3 [('break_on_hyphens', False), ('fix_sentence_endings', True), ('subsequent_indent', '* '), ('tabsize', 0)]
#   wrap ['\u2003 a', '* i', '* t', "* '", '* s', '* e', '* n', '* d', '* !', '* -', '* "', '* e', '* .', '* g', '* .', '* a', '* ,', '* -', '* b']
#   split ['\u2003', ' ', 'a', '\r ', "it's", ' ', 'end!', ' \n ', '-', ' ', '"', ' ', 'e.g.', '\r ', 'a,-b', ' ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent '\u2003 a\r it\'s end! \n - " e.g.\r a,-b '
#   indent '+\u2003 a\r+ it\'s end! \n+ - " e.g.\r+ a,-b ' '\u2003 a\r it\'s end! \n - " e.g.\r a,-b '
# 80 'ab-cdMr. \r e.g.so?" a,-b é so?a,-b ab-cde.g.hyphen-ated' 3 [('break_long_words', False), ('expand_tabs', False), ('initial_indent', ''), ('max_lines', 3), ('placeholder', ' [...]'), ('subsequent_indent', '  '), ('tabsize', 4)]
#   wrap ValueError: placeholder too large for max width
#   split ['ab-', 'cdMr.', ' \r ', 'e.g.so?"', ' ', 'a,-b', ' ', 'é', ' ', 'so?a,-b', ' ', 'ab-', 'cde.g.hyphen-', 'ated']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'ab-cdMr. \r e.g.so?" a,-b é so?a,-b ab-cde.g.hyphen-ated'
#   indent '+ab-cdMr. \r+ e.g.so?" a,-b é so?a,-b ab-cde.g.hyphen-ated' 'ab-cdMr. \r> e.g.so?" a,-b é so?a,-b ab-cde.g.hyphen-ated'
# 81 '\x0b' 15 [('break_long_words', False), ('initial_indent', '    '), ('max_lines', 2), ('placeholder', ' [...]'), ('replace_whitespace', True), ('subsequent_indent', ''), ('tabsize', 8)]
#   wrap []
#   split ['\x0b']
#   shorten ''
#   dedent '\x0b'
#   indent '\x0b' '>\x0b'
# 82 '"aa-it\'sso? a- x-y-zx-y-z  well-known so? ab--cd' 5 [('drop_whitespace', True), ('subsequent_indent', '')]
#   wrap ['"aa-i', "t'sso", '? a-', 'x-y-', 'zx-', 'y-z', 'well-', 'known', 'so?', 'ab--', 'cd']
#   split ['"aa-', "it'sso?", ' ', 'a-', ' ', 'x-y-', 'zx-', 'y-z', '  ', 'well-', 'known', ' ', 'so?', ' ', 'ab', '--', 'cd']
#   shorten '[...]'
#   dedent '"aa-it\'sso? a- x-y-zx-y-z  well-known so? ab--cd'
#   indent '+"aa-it\'sso? a- x-y-zx-y-z  well-known so? ab--cd' '"aa-it\'sso? a- x-y-zx-y-z  well-known so? ab--cd'
# 83 'a bc e.g.ab-cd  x.--y e.g. well-knowne.g. x.--y a,-b 9Mr. ' 20 [('break_long_words', False), ('max_lines', None), ('tabsize', 4)]
#   wrap ['a bc e.g.ab-cd  x.--', 'y e.g. well-', 'knowne.g. x.--y a,-b', '9Mr.']
#   split ['a', ' ', 'bc', ' ', 'e.g.ab-', 'cd', '  ', 'x.', '--', 'y', ' ', 'e.g.', ' ', 'well-', 'knowne.g.', ' ', 'x.', '--', 'y', ' ', 'a,-b', ' ', '9Mr.', ' ']
#   shorten 'a bc e.g.ab-cd [...]'
#   dedent 'a bc e.g.ab-cd  x.--y e.g. well-knowne.g. x.--y a,-b 9Mr. '
#   indent '+a bc e.g.ab-cd  x.--y e.g. well-knowne.g. x.--y a,-b 9Mr. ' 'a bc e.g.ab-cd  x.--y e.g. well-knowne.g. x.--y a,-b 9Mr. '
# 84 '---' 3 [('drop_whitespace', False), ('placeholder', ' ~'), ('replace_whitespace', False), ('subsequent_indent', '  '), ('tabsize', 4)]
#   wrap ['---']
#   split ['---']
#   shorten '---'
#   dedent '---'
#   indent '+---' '>---'
# 85 "\rß-xA.bcit's ß-x -b-a1-b2a1-b2 " 20 [('drop_whitespace', True), ('fix_sentence_endings', False), ('replace_whitespace', True), ('subsequent_indent', '* ')]
#   wrap [" ß-xA.bcit's ß-x", '* -b-a1-b2a1-b2']
#   split ['\r', "ß-xA.bcit's", ' ', 'ß-x', ' ', '-b-a1-b2a1-b2', ' ']
#   shorten "ß-xA.bcit's [...]"
#   dedent "\rß-xA.bcit's ß-x -b-a1-b2a1-b2 "
#   indent "\r+ß-xA.bcit's ß-x -b-a1-b2a1-b2 " ">\rß-xA.bcit's ß-x -b-a1-b2a1-b2 "
# 86 'Mr.   bc so? A. -b   éa ab-cd ' 8 [('expand_tabs', True), ('placeholder', ' ~'), ('replace_whitespace', False), ('subsequent_indent', '* '), ('tabsize', 1)]
#   wrap ['Mr.   bc', '* so? A.', '* -b', '* éa ab-', '* cd']
#   split ['Mr.', '   ', 'bc', ' ', 'so?', ' ', 'A.', ' ', '-b', '   ', 'éa', ' ', 'ab-', 'cd', ' ']
#   shorten 'Mr. bc ~'
#   dedent 'Mr.   bc so? A. -b   éa ab-cd '
#   indent '+Mr.   bc so? A. -b   éa ab-cd ' 'Mr.   bc so? A. -b   éa ab-cd '
# 87 'Ωμέγα-λhyphen-ated -ba-ab-cd   - e.g.a' 3 [('break_on_hyphens', False), ('fix_sentence_endings', True), ('initial_indent', '> '), ('replace_whitespace', True)]
#   wrap ['> Ω', 'μέγ', 'α-λ', 'hyp', 'hen', '-at', 'ed ', '-ba', '-ab', '-cd', '- e', '.g.', 'a']
#   split ['Ωμέγα-λhyphen-ated', ' ', '-ba-ab-cd', '   ', '-', ' ', 'e.g.a']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'Ωμέγα-λhyphen-ated -ba-ab-cd   - e.g.a'
#   indent '+Ωμέγα-λhyphen-ated -ba-ab-cd   - e.g.a' 'Ωμέγα-λhyphen-ated -ba-ab-cd   - e.g.a'
# 88 'ab-cd long-long-long-word -b' 12 [('break_on_hyphens', False), ('expand_tabs', False), ('fix_sentence_endings', False), ('initial_indent', '    '), ('replace_whitespace', True)]
#   wrap ['    ab-cd lo', 'ng-long-long', '-word -b']
#   split ['ab-cd', ' ', 'long-long-long-word', ' ', '-b']
#   shorten '    [...]'
#   dedent 'ab-cd long-long-long-word -b'
#   indent '+ab-cd long-long-long-word -b' 'ab-cd long-long-long-word -b'
# 89 '' 20 [('break_on_hyphens', True), ('drop_whitespace', False), ('expand_tabs', False), ('subsequent_indent', '* '), ('tabsize', 1)]
#   wrap []
#   split []
#   shorten ''
#   dedent ''
#   indent '' ''
# 90 'word' 70 [('break_on_hyphens', True), ('expand_tabs', True), ('fix_sentence_endings', True), ('placeholder', '...'), ('subsequent_indent', '* '), ('tabsize', 4)]
#   wrap ['word']
#   split ['word']
#   shorten 'word'
#   dedent 'word'
#   indent '+word' 'word'
# 91 'end! ' 20 [('break_long_words', True), ('max_lines', None), ('replace_whitespace', False), ('subsequent_indent', '')]
#   wrap ['end!']
#   split ['end!', ' ']
#   shorten 'end!'
#   dedent 'end! '
#   indent '+end! ' '>end! '
# 92 "verylongwordthatwontfitA.it's it'sab--cd\t ab-cd so? \t_x-y-z Ωμέγα-λ" 1 [('break_on_hyphens', False), ('drop_whitespace', True), ('expand_tabs', False)]
#   wrap ['v', 'e', 'r', 'y', 'l', 'o', 'n', 'g', 'w', 'o', 'r', 'd', 't', 'h', 'a', 't', 'w', 'o', 'n', 't', 'f', 'i', 't', 'A', '.', 'i', 't', "'", 's', 'i', 't', "'", 's', 'a', 'b', '-', '-', 'c', 'd', 'a', 'b', '-', 'c', 'd', 's', 'o', '?', '_', 'x', '-', 'y', '-', 'z', 'Ω', 'μ', 'έ', 'γ', 'α', '-', 'λ']
#   split ["verylongwordthatwontfitA.it's", ' ', "it'sab--cd", '\t ', 'ab-cd', ' ', 'so?', ' \t', '_x-y-z', ' ', 'Ωμέγα-λ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent "verylongwordthatwontfitA.it's it'sab--cd\t ab-cd so? \t_x-y-z Ωμέγα-λ"
#   indent "+verylongwordthatwontfitA.it's it'sab--cd\t ab-cd so? \t_x-y-z Ωμέγα-λ" ">verylongwordthatwontfitA.it's it'sab--cd\t ab-cd so? \t_x-y-z Ωμέγα-λ"
# 93 '\nword bc Mr.9 ab-cd   \r A.1-2' 15 [('break_on_hyphens', True), ('drop_whitespace', False), ('subsequent_indent', '  ')]
#   wrap [' word bc Mr.9 ', '  ab-cd     ', '  A.1-2']
#   split ['\n', 'word', ' ', 'bc', ' ', 'Mr.9', ' ', 'ab-', 'cd', '   \r ', 'A.1-2']
#   shorten 'word bc [...]'
#   dedent '\nword bc Mr.9 ab-cd   \r A.1-2'
#   indent '\n+word bc Mr.9 ab-cd   \r+ A.1-2' '>\nword bc Mr.9 ab-cd   \r A.1-2'
# 94 'hyphen-atedhyphen-ated' 70 [('initial_indent', '    '), ('max_lines', 1), ('tabsize', 0)]
#   wrap ['    hyphen-atedhyphen-ated']
#   split ['hyphen-', 'atedhyphen-', 'ated']
#   shorten '    hyphen-atedhyphen-ated'
#   dedent 'hyphen-atedhyphen-ated'
#   indent '+hyphen-atedhyphen-ated' 'hyphen-atedhyphen-ated'
# 95 'ab--cda-bab--cdso? verylongwordthatwontfitbc' 5 [('fix_sentence_endings', False), ('initial_indent', '    '), ('placeholder', ' ~'), ('replace_whitespace', False), ('tabsize', 0)]
#   wrap ['    a', 'b--', 'cda-', 'bab--', 'cdso?', 'veryl', 'ongwo', 'rdtha', 'twont', 'fitbc']
#   split ['ab', '--', 'cda-', 'bab', '--', 'cdso?', ' ', 'verylongwordthatwontfitbc']
#   shorten '    ~'
#   dedent 'ab--cda-bab--cdso? verylongwordthatwontfitbc'
#   indent '+ab--cda-bab--cdso? verylongwordthatwontfitbc' 'ab--cda-bab--cdso? verylongwordthatwontfitbc'
# 96 "\u2003long-long-long-wordit's   a-b end. a1-b2e.g. x-y-zit's well-known " 1 [('fix_sentence_endings', True), ('max_lines', None), ('placeholder', '...'), ('replace_whitespace', False), ('tabsize', 4)]
#   wrap ['l', 'o', 'n', 'g', '-', 'l', 'o', 'n', 'g', '-', 'l', 'o', 'n', 'g', '-', 'w', 'o', 'r', 'd', 'i', 't', "'", 's', 'a', '-', 'b', 'e', 'n', 'd', '.', 'a', '1', '-', 'b', '2', 'e', '.', 'g', '.', 'x', '-', 'y', '-', 'z', 'i', 't', "'", 's', 'w', 'e', 'l', 'l', '-', 'k', 'n', 'o', 'w', 'n']
#   split ['\u2003long-', 'long-', 'long-', "wordit's", '   ', 'a-b', ' ', 'end.', ' ', 'a1-b2e.g.', ' ', 'x-y-', "zit's", ' ', 'well-', 'known', ' ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent "\u2003long-long-long-wordit's   a-b end. a1-b2e.g. x-y-zit's well-known "
#   indent "+\u2003long-long-long-wordit's   a-b end. a1-b2e.g. x-y-zit's well-known " ">\u2003long-long-long-wordit's   a-b end. a1-b2e.g. x-y-zit's well-known "
# 97 '\u2003 q?" it\'send!" \x0bit\'s a1-b2so?e.g. it\'s' 1 [('break_long_words', False), ('drop_whitespace', False), ('expand_tabs', False), ('fix_sentence_endings', False), ('tabsize', 8)]
#   wrap ['\u2003', ' ', 'q?"', ' ', 'it\'send!"', '  ', "it's", ' ', 'a1-b2so?e.g.', ' ', "it's"]
#   split ['\u2003', ' ', 'q?"', ' ', 'it\'send!"', ' \x0b', "it's", ' ', 'a1-b2so?e.g.', ' ', "it's"]
#   shorten 'ValueError: placeholder too large for max width'
#   dedent '\u2003 q?" it\'send!" \x0bit\'s a1-b2so?e.g. it\'s'
#   indent '+\u2003 q?" it\'send!" \x0b+it\'s a1-b2so?e.g. it\'s' '>\u2003 q?" it\'send!" \x0bit\'s a1-b2so?e.g. it\'s'
# 98 'q?"A.Ωμέγα-λ99 a-b so?--- ' 8 [('expand_tabs', False), ('fix_sentence_endings', False), ('replace_whitespace', False)]
#   wrap ['q?"A.Ωμέ', 'γα-λ99', 'a-b', 'so?---']
#   split ['q?"A.Ωμέγα-λ99', ' ', 'a-b', ' ', 'so?---', ' ']
#   shorten '[...]'
#   dedent 'q?"A.Ωμέγα-λ99 a-b so?--- '
#   indent '+q?"A.Ωμέγα-λ99 a-b so?--- ' 'q?"A.Ωμέγα-λ99 a-b so?--- '
# 99 '\x0b  _"\r\x0b 9' 30 [('break_long_words', True), ('replace_whitespace', True), ('tabsize', 4)]
#   wrap ['   _"   9']
#   split ['\x0b  ', '_"', '\r\x0b ', '9']
#   shorten '_" 9'
#   dedent '\x0b  _"\r\x0b 9'
#   indent '\x0b+  _"\r\x0b+ 9' '>\x0b>  _"\r>\x0b 9'
# 100 '--  Ωμέγα-λ ß-x1-2' 70 [('replace_whitespace', False)]
#   wrap ['--  Ωμέγα-λ ß-x1-2']
#   split ['--', '  ', 'Ωμέγα-λ', ' ', 'ß-x1-2']
#   shorten '-- Ωμέγα-λ ß-x1-2'
#   dedent '--  Ωμέγα-λ ß-x1-2'
#   indent '+--  Ωμέγα-λ ß-x1-2' '--  Ωμέγα-λ ß-x1-2'
# 101 'ab--cd \r ---so?-b\u2003 verylongwordthatwontfitMr.a- _a-' 70 [('drop_whitespace', False), ('fix_sentence_endings', False), ('max_lines', 1), ('replace_whitespace', True), ('subsequent_indent', '  ')]
#   wrap ['ab--cd   ---so?-b\u2003 verylongwordthatwontfitMr.a- _a-']
#   split ['ab', '--', 'cd', ' \r ', '---so?-b\u2003', ' ', 'verylongwordthatwontfitMr.a-', ' ', '_a-']
#   shorten 'ab--cd ---so?-b verylongwordthatwontfitMr.a- _a-'
#   dedent 'ab--cd \r ---so?-b\u2003 verylongwordthatwontfitMr.a- _a-'
#   indent '+ab--cd \r+ ---so?-b\u2003 verylongwordthatwontfitMr.a- _a-' 'ab--cd \r> ---so?-b\u2003 verylongwordthatwontfitMr.a- _a-'
# 102 '\x0b e.g.end!\u2003    é' 10 [('break_on_hyphens', False), ('max_lines', None), ('tabsize', 8)]
#   wrap ['e.g.end!\u2003', 'é']
#   split ['\x0b ', 'e.g.end!\u2003', '    ', 'é']
#   shorten 'e.g.end! é'
#   dedent '\x0b e.g.end!\u2003    é'
#   indent '\x0b+ e.g.end!\u2003    é' '>\x0b> e.g.end!\u2003    é'
# 103 "1-2    it'sab--cd Mr. so? 1-2 a-it's--- word" 5 [('break_long_words', True), ('drop_whitespace', False), ('fix_sentence_endings', True), ('max_lines', 1), ('placeholder', ' ~'), ('subsequent_indent', '* ')]
#   wrap ['1-2 ~']
#   split ['1-2', '    ', "it'sab", '--', 'cd', ' ', 'Mr.', ' ', 'so?', ' ', '1-2', ' ', "a-it's---", ' ', 'word']
#   shorten '1-2 ~'
#   dedent "1-2    it'sab--cd Mr. so? 1-2 a-it's--- word"
#   indent "+1-2    it'sab--cd Mr. so? 1-2 a-it's--- word" "1-2    it'sab--cd Mr. so? 1-2 a-it's--- word"
# 104 'end. it\'sq?" \nß-x1-2 \u2003 e.g. ' 15 [('expand_tabs', False), ('fix_sentence_endings', False)]
#   wrap ['end. it\'sq?"', 'ß-x1-2 \u2003 e.g.']
#   split ['end.', ' ', 'it\'sq?"', ' \n', 'ß-x1-2', ' ', '\u2003', ' ', 'e.g.', ' ']
#   shorten 'end. [...]'
#   dedent 'end. it\'sq?" \nß-x1-2 \u2003 e.g. '
#   indent '+end. it\'sq?" \n+ß-x1-2 \u2003 e.g. ' 'end. it\'sq?" \nß-x1-2 \u2003 e.g. '
# 105 'x-y-z \u2003Mr. a,-b  \t\r q?" Ωμέγα-λ1-2 Ωμέγα-λ' 5 [('fix_sentence_endings', False), ('replace_whitespace', True), ('subsequent_indent', '* ')]
#   wrap ['x-y-z', '* \u2003Mr', '* . a', '* ,-b', '* q?"', '* Ωμέ', '* γα-', '* λ1-', '* 2 Ω', '* μέγ', '* α-λ']
#   split ['x-y-z', ' ', '\u2003Mr.', ' ', 'a,-b', '  \t\r ', 'q?"', ' ', 'Ωμέγα-λ1-2', ' ', 'Ωμέγα-λ']
#   shorten '[...]'
#   dedent 'x-y-z \u2003Mr. a,-b  \t\r q?" Ωμέγα-λ1-2 Ωμέγα-λ'
#   indent '+x-y-z \u2003Mr. a,-b  \t\r+ q?" Ωμέγα-λ1-2 Ωμέγα-λ' '>x-y-z \u2003Mr. a,-b  \t\r> q?" Ωμέγα-λ1-2 Ωμέγα-λ'
# 106 'aa-b x.--yΩμέγα-λ --- ' 8 [('break_long_words', True), ('drop_whitespace', True), ('expand_tabs', True), ('initial_indent', '    '), ('max_lines', None), ('placeholder', ' [...]'), ('subsequent_indent', '* '), ('tabsize', 1)]
#   wrap ['    aa-b', '* x.--yΩ', '* μέγα-λ', '* ---']
#   split ['aa-b', ' ', 'x.', '--', 'yΩμέγα-λ', ' ', '---', ' ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'aa-b x.--yΩμέγα-λ --- '
#   indent '+aa-b x.--yΩμέγα-λ --- ' 'aa-b x.--yΩμέγα-λ --- '
# 107 'bc Mr. Mr.\n so?--   ' 5 [('expand_tabs', False), ('fix_sentence_endings', True), ('subsequent_indent', '  ')]
#   wrap ['bc', '  Mr.', '  Mr.', '  so?', '  --']
#   split ['bc', ' ', 'Mr.', ' ', 'Mr.', '\n ', 'so?--', '   ']
#   shorten '[...]'
#   dedent 'bc Mr. Mr.\n so?--   '
#   indent '+bc Mr. Mr.\n+ so?--   ' '>bc Mr. Mr.\n> so?--   '
# 108 'a-bq?"\x0be.g. ß-x --- it\'sab-cd --- end.---" \n ' 20 [('tabsize', 4)]
#   wrap ['a-bq?" e.g. ß-x ---', "it'sab-cd ---", 'end.---"']
#   split ['a-bq?"', '\x0b', 'e.g.', ' ', 'ß-x', ' ', '---', ' ', "it'sab-", 'cd', ' ', '---', ' ', 'end.---"', ' \n ']
#   shorten 'a-bq?" e.g. [...]'
#   dedent 'a-bq?"\x0be.g. ß-x --- it\'sab-cd --- end.---" \n'
#   indent '+a-bq?"\x0b+e.g. ß-x --- it\'sab-cd --- end.---" \n ' '>a-bq?"\x0b>e.g. ß-x --- it\'sab-cd --- end.---" \n> '
# 109 'A. éab-cdhyphen-ated ' 20 [('break_long_words', True), ('drop_whitespace', False), ('fix_sentence_endings', False), ('replace_whitespace', False), ('tabsize', 0)]
#   wrap ['A. éab-cdhyphen-ated', ' ']
#   split ['A.', ' ', 'éab-', 'cdhyphen-', 'ated', ' ']
#   shorten 'A. éab-cdhyphen-ated'
#   dedent 'A. éab-cdhyphen-ated '
#   indent '+A. éab-cdhyphen-ated ' '>A. éab-cdhyphen-ated '
# 110 'well-known' 1 [('break_on_hyphens', True), ('fix_sentence_endings', True), ('max_lines', 2), ('replace_whitespace', True), ('subsequent_indent', '')]
#   wrap ValueError: placeholder too large for max width
#   split ['well-', 'known']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'well-known'
#   indent '+well-known' 'well-known'
# 111 'ab-cdab--cd ' 12 [('drop_whitespace', False), ('expand_tabs', False), ('max_lines', 3), ('placeholder', ' ~'), ('subsequent_indent', ''), ('tabsize', 8)]
#   wrap ['ab-cdab--cd ']
#   split ['ab-', 'cdab', '--', 'cd', ' ']
#   shorten 'ab-cdab--cd'
#   dedent 'ab-cdab--cd '
#   indent '+ab-cdab--cd ' 'ab-cdab--cd '
# 112 "it's9\tab-cd _verylongwordthatwontfit _a,-b e.g." 3 [('break_long_words', False), ('break_on_hyphens', False), ('expand_tabs', True), ('initial_indent', '> '), ('replace_whitespace', True)]
#   wrap ["> it's9", 'ab-cd', '_verylongwordthatwontfit', '_a,-b', 'e.g.']
#   split ["it's9", '\t', 'ab-cd', ' ', '_verylongwordthatwontfit', ' ', '_a,-b', ' ', 'e.g.']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent "it's9\tab-cd _verylongwordthatwontfit _a,-b e.g."
#   indent "+it's9\tab-cd _verylongwordthatwontfit _a,-b e.g." ">it's9\tab-cd _verylongwordthatwontfit _a,-b e.g."
# 113 'hyphen-atedhyphen-ated end.  verylongwordthatwontfit \r end. ' 70 [('drop_whitespace', False), ('fix_sentence_endings', True), ('max_lines', 1), ('subsequent_indent', '  ')]
#   wrap ['hyphen-atedhyphen-ated end.  verylongwordthatwontfit   end.  ']
#   split ['hyphen-', 'atedhyphen-', 'ated', ' ', 'end.', '  ', 'verylongwordthatwontfit', ' \r ', 'end.', ' ']
#   shorten 'hyphen-atedhyphen-ated end.  verylongwordthatwontfit end.'
#   dedent 'hyphen-atedhyphen-ated end.  verylongwordthatwontfit \r end. '
#   indent '+hyphen-atedhyphen-ated end.  verylongwordthatwontfit \r+ end. ' 'hyphen-atedhyphen-ated end.  verylongwordthatwontfit \r end. '
# 114 '1-2verylongwordthatwontfite.g. é q?" wordwell-knownverylongwordthatwontfit -- \u2003 word ß-x -b ' 12 [('break_on_hyphens', False), ('fix_sentence_endings', True), ('initial_indent', '    '), ('max_lines', 2), ('placeholder', ' ~'), ('subsequent_indent', '  ')]
#   wrap ['    1-2veryl', '  ~']
#   split ['1-2verylongwordthatwontfite.g.', ' ', 'é', ' ', 'q?"', ' ', 'wordwell-knownverylongwordthatwontfit', ' ', '--', ' ', '\u2003', ' ', 'word', ' ', 'ß-x', ' ', '-b', ' ']
#   shorten '    ~'
#   dedent '1-2verylongwordthatwontfite.g. é q?" wordwell-knownverylongwordthatwontfit -- \u2003 word ß-x -b '
#   indent '+1-2verylongwordthatwontfite.g. é q?" wordwell-knownverylongwordthatwontfit -- \u2003 word ß-x -b ' '1-2verylongwordthatwontfite.g. é q?" wordwell-knownverylongwordthatwontfit -- \u2003 word ß-x -b '
# 115 '    \na-b a Mr. a-ba1-b2 ab-cd 1-2x-y-z' 12 [('break_long_words', True), ('drop_whitespace', False), ('fix_sentence_endings', False)]
#   wrap ['     a-b a ', 'Mr. a-ba1-b2', ' ab-cd ', '1-2x-y-z']
#   split ['    \n', 'a-b', ' ', 'a', ' ', 'Mr.', ' ', 'a-ba1-b2', ' ', 'ab-', 'cd', ' ', '1-2x-y-z']
#   shorten 'a-b a [...]'
#   dedent '\na-b a Mr. a-ba1-b2 ab-cd 1-2x-y-z'
#   indent '    \n+a-b a Mr. a-ba1-b2 ab-cd 1-2x-y-z' '>    \n>a-b a Mr. a-ba1-b2 ab-cd 1-2x-y-z'
# 116 'ß-x ab--cd   -- "a-"  ' 3 [('expand_tabs', False), ('max_lines', 2), ('replace_whitespace', False), ('tabsize', 4)]
#   wrap ValueError: placeholder too large for max width
#   split ['ß-x', ' ', 'ab', '--', 'cd', '   ', '--', ' ', '"a-"', '  ']
#   shorten 'ValueError: placeholder too large for max width'
#   dedent 'ß-x ab--cd   -- "a-"  '
#   indent '+ß-x ab--cd   -- "a-"  ' 'ß-x ab--cd   -- "a-"  '
# 117 '\u2003\x0bhyphen-atedx-y-zso? end!Ωμέγα-λ -b' 15 [('drop_whitespace', True), ('expand_tabs', True), ('initial_indent', ''), ('replace_whitespace', False), ('subsequent_indent', ''), ('tabsize', 1)]
#   wrap ['\u2003\x0bhyphen-atedx-', 'y-zso?', 'end!Ωμέγα-λ -b']
#   split ['\u2003', '\x0b', 'hyphen-', 'atedx-', 'y-', 'zso?', ' ', 'end!Ωμέγα-λ', ' ', '-b']
#   shorten 'hyphen- [...]'
#   dedent '\u2003\x0bhyphen-atedx-y-zso? end!Ωμέγα-λ -b'
#   indent '\u2003\x0b+hyphen-atedx-y-zso? end!Ωμέγα-λ -b' '\u2003\x0bhyphen-atedx-y-zso? end!Ωμέγα-λ -b'
# 118 '\x0bab-cda-b\u2003 a1-b2end! "é é 1-2end. hyphen-atedß-x ' 30 [('break_long_words', False), ('drop_whitespace', True), ('replace_whitespace', True), ('subsequent_indent', '')]
#   wrap [' ab-cda-b\u2003 a1-b2end! "é é', '1-2end. hyphen-atedß-x']
#   split ['\x0b', 'ab-', 'cda-b\u2003', ' ', 'a1-b2end!', ' ', '"é', ' ', 'é', ' ', '1-2end.', ' ', 'hyphen-', 'atedß-x', ' ']
#   shorten 'ab-cda-b a1-b2end! "é é [...]'
#   dedent '\x0bab-cda-b\u2003 a1-b2end! "é é 1-2end. hyphen-atedß-x '
#   indent '\x0b+ab-cda-b\u2003 a1-b2end! "é é 1-2end. hyphen-atedß-x ' '>\x0bab-cda-b\u2003 a1-b2end! "é é 1-2end. hyphen-atedß-x '
# 119 'a hyphen-ated Ωμέγα-λ ß-xhyphen-ateda-b ' 8 [('break_on_hyphens', True), ('drop_whitespace', True), ('expand_tabs', False), ('max_lines', 2), ('replace_whitespace', True), ('subsequent_indent', '* '), ('tabsize', 1)]
#   wrap ['a [...]']
#   split ['a', ' ', 'hyphen-', 'ated', ' ', 'Ωμέγα-λ', ' ', 'ß-xhyphen-', 'ateda-b', ' ']
#   shorten 'a [...]'
#   dedent 'a hyphen-ated Ωμέγα-λ ß-xhyphen-ateda-b '
#   indent '+a hyphen-ated Ωμέγα-λ ß-xhyphen-ateda-b ' 'a hyphen-ated Ωμέγα-λ ß-xhyphen-ateda-b '
