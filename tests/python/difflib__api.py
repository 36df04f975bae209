# difflib's API: the documentation's examples (SequenceMatcher, Differ,
# ndiff/restore, unified and context diffs with dates and lineterm),
# Match, junk helpers, diff_bytes, and the errors.
import difflib
import sys


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for op in s.get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % op)
print(s.bjunk, s.bpopular, sorted(s.b2j)[:5], s.b2j["v"])
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
m = s.find_longest_match(0, 5, 0, 4)
print(m.a, m.b, m.size, type(m).__name__, difflib.Match(1, 2, 3))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s.set_seq1("bcde")
print(s.ratio(), s.a, s.b)
s.set_seqs("", "")
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ["i"]
del b[20]
b[23:28] = ["23", "24", "25", "26", "27"]
b[30] += "x"
s = difflib.SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes():
    print(g)

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
t(lambda: difflib.get_close_matches("x", [], n=0))
t(lambda: difflib.get_close_matches("x", [], cutoff=1.5))

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
sys.stdout.writelines(d.compare(text1, text2))
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True),
                          "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
t(lambda: list(difflib.restore(diff, 3)))
t(lambda: list(difflib.restore(diff, "x")))

s1 = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
s2 = ["python\n", "eggy\n", "hamster\n", "guido\n"]
sys.stdout.writelines(difflib.context_diff(s1, s2, fromfile="before.py",
                                           tofile="after.py"))
sys.stdout.writelines(difflib.unified_diff(s1, s2, fromfile="before.py",
                                           tofile="after.py"))
for line in difflib.unified_diff(["a", "b"], ["a", "c"], "x", "y",
                                 "2020-01-01", "2020-01-02", n=0,
                                 lineterm=""):
    print(line)
for line in difflib.context_diff(["a"], [], lineterm=""):
    print(line)
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(["a\n"], ["a\n"])))
t(lambda: list(difflib.unified_diff([b"a"], ["b"])))
t(lambda: list(difflib.unified_diff(["a"], [1])))
t(lambda: list(difflib.context_diff(["a"], ["b"], fromfile=1)))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"],
                              [b"a\n", b"\xfe\n"], b"old", b"new")))
t(lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"])))

print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"),
      difflib.IS_LINE_JUNK("hello\n"), difflib.IS_LINE_JUNK("##\n"),
      difflib.IS_LINE_JUNK(""))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"),
      difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
print([n for n in difflib.__all__ if n != "HtmlDiff"])

# Output:
# 0.866 [Match(a=0, b=0, size=8), Match(a=8, b=17, size=21), Match(a=29, b=38, size=0)]
#   equal a[0:8] b[0:8]
#  insert a[8:8] b[8:17]
#   equal a[8:29] b[17:38]
# {' '} set() [';', 'T', 'a', 'c', 'd'] [3, 8]
# Match(a=0, b=0, size=2) Match(a=0, b=0, size=2)
# 0 0 2 Match Match(a=1, b=2, size=3)
# Match(a=0, b=4, size=5)
# Match(a=1, b=0, size=4)
# 0.75 0.75 1.0
# 1.0 bcde bcde
# 1.0 [] []
# [('equal', 5, 8, 5, 8), ('insert', 8, 8, 8, 9), ('equal', 8, 11, 9, 12)]
# [('equal', 16, 19, 17, 20), ('delete', 19, 20, 20, 20), ('equal', 20, 22, 20, 22), ('insert', 22, 22, 22, 23), ('equal', 22, 27, 23, 28), ('delete', 27, 28, 28, 28), ('equal', 28, 30, 28, 30), ('replace', 30, 31, 30, 31), ('equal', 31, 34, 31, 34)]
# ['apple', 'ape']
# ['while']
# []
# ['except']
# ValueError n must be > 0: 0
# ValueError cutoff must be in [0.0, 1.0]: 1.5
#     1. Beautiful is better than ugly.
# -   2. Explicit is better than implicit.
# -   3. Simple is better than complex.
# +   3.   Simple is better than complex.
# ?     ++
# -   4. Complex is better than complicated.
# ?            ^                     ---- ^
# +   4. Complicated is better than complex.
# ?           ++++ ^                      ^
# +   5. Flat is better than nested.
# - one
# ?  ^
# + ore
# ?  ^
# - two
# - three
# ?  -
# + tree
# + emu
# one
# two
# three
# ore
# tree
# emu
# ValueError unknown delta choice (must be 1 or 2): 3
# ValueError invalid literal for int() with base 10: 'x'
# *** before.py
# --- after.py
# ***************
# *** 1,4 ****
# ! bacon
# ! eggs
# ! ham
#   guido
# --- 1,4 ----
# ! python
# ! eggy
# ! hamster
#   guido
# --- before.py
# +++ after.py
# @@ -1,4 +1,4 @@
# -bacon
# -eggs
# -ham
# +python
# +eggy
# +hamster
#  guido
# --- x	2020-01-01
# +++ y	2020-01-02
# @@ -2 +2 @@
# -b
# +c
# *** 
# --- 
# ***************
# *** 1 ****
# - a
# --- 0 ----
# [] []
# TypeError lines to compare must be str, not bytes (b'a')
# TypeError lines to compare must be str, not int (1)
# TypeError all arguments must be str, not: 1
# [b'--- old\n', b'+++ new\n', b'@@ -1,2 +1,2 @@\n', b' a\n', b'-\xff\n', b'+\xfe\n']
# TypeError all arguments must be bytes, not str ('a')
# True True False False True
# True True False False
# ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes', 'Match']
